"""The check-in answer scale, 1 (doing well) to 5 (really struggling): shared by check-ins, which ask
it, and insights, which count it, so neither reaches into the other."""

from __future__ import annotations

from dataclasses import dataclass

from bot.kind_error import KindError


class OffScale(KindError, ValueError):
    """A value that is not on the scale (only a forged or very old button sends one)."""


@dataclass(frozen=True)
class Answer:
    value: int  # 1 = doing well ... 5 = really struggling
    key: str  # the catalogue text is checkin.answers.<key>

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
        raise OffScale("checkin.gone")
    return SCALE[value - 1]
