"""Check-in rules that know nothing of Discord: the answer scale."""

from __future__ import annotations

from dataclasses import dataclass

from bot.kind_error import KindError

NOTE_MAX = 1000


class RuleError(KindError, ValueError):
    """Input a member typed that we cannot use; `key` names the catalogue text that explains it."""


@dataclass(frozen=True)
class Answer:
    value: int  # 1 = doing well ... 5 = really struggling
    key: str

    @property
    def low(self) -> bool:
        """Answers that get an acknowledging reply and the offer of support."""
        return self.value >= 4

    @property
    def crisis(self) -> bool:
        return self.value == 5


SCALE = tuple(
    Answer(v, k) for v, k in ((1, "great"), (2, "okay"), (3, "meh"), (4, "struggling"), (5, "really_struggling"))
)


def answer(value: int) -> Answer:
    if not 1 <= value <= 5:
        raise RuleError("checkin.gone")
    return SCALE[value - 1]
