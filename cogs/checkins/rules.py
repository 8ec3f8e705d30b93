"""Check-in rules that know nothing of Discord: parsing what members type, the answer scale."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from bot.engine.recurrence import ALL_DAYS, WEEKDAYS, WEEKENDS
from bot.kind_error import KindError

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_ALIASES = {
    **{name: i for i, name in enumerate(DAY_NAMES)},
    **{
        name: i for i, name in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
    },
    "tues": 1,
    "wednes": 2,
    "thur": 3,
    "thurs": 3,
    # Spanish, for members whose Discord speaks it.
    "lun": 0,
    "mar": 1,
    "mie": 2,
    "mié": 2,
    "jue": 3,
    "vie": 4,
    "sab": 5,
    "sáb": 5,
    "dom": 6,
    "lunes": 0,
    "martes": 1,
    "miercoles": 2,
    "miércoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sabado": 5,
    "sábado": 5,
    "domingo": 6,
}
_EVERY_DAY = {"every day", "everyday", "daily", "all", "todos los días", "todos los dias", "diario"}
_WEEKDAYS = {"weekdays", "weekday", "workdays", "entre semana", "laborables"}
_WEEKENDS = {"weekends", "weekend", "fines de semana", "fin de semana"}

_TIME = re.compile(r"^(\d{1,2})(?::?(\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?$")

NOTE_MAX = 1000
PAUSE_MAX_DAYS = 365


class RuleError(KindError, ValueError):
    """Input a member typed that we cannot use; `key` names the catalogue text that explains it."""


def parse_time(text: str) -> time:
    """`09:00`, `9am`, `9:30 pm`, `21:30`, `0930`, `9` (24-hour)."""
    cleaned = text.strip().lower().replace(".", ":").replace("a:m:", "am").replace("p:m:", "pm")
    match = _TIME.match(cleaned)
    if not match:
        raise RuleError("checkin.errors.bad_time", value=text[:40])
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            raise RuleError("checkin.errors.bad_time", value=text[:40])
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise RuleError("checkin.errors.bad_time", value=text[:40])
    return time(hour, minute)


def parse_days(text: str) -> frozenset[int]:
    """`every day`, `weekdays`, `weekends`, or a list such as `mon,wed,fri`."""
    cleaned = " ".join(text.strip().lower().split())
    if cleaned in _EVERY_DAY:
        return ALL_DAYS
    if cleaned in _WEEKDAYS:
        return WEEKDAYS
    if cleaned in _WEEKENDS:
        return WEEKENDS
    parts = [p for p in re.split(r"[,\s/]+", cleaned) if p]
    if not parts:
        raise RuleError("checkin.errors.no_days")
    days = set()
    for part in parts:
        if part not in _DAY_ALIASES:
            raise RuleError("checkin.errors.bad_day", value=part[:20])
        days.add(_DAY_ALIASES[part])
    return frozenset(days)


def parse_day(text: str) -> int:
    """One weekday (Monday = 0) from `mon`, `monday`, `lun`, `lunes`, ..."""
    cleaned = text.strip().lower()
    for candidate in (cleaned, cleaned[:3], cleaned.rstrip("s")):
        if candidate in _DAY_ALIASES:
            return _DAY_ALIASES[candidate]
    raise RuleError("checkin.errors.bad_day", value=text[:20])


def format_time(at: time) -> str:
    return at.strftime("%H:%M")


def days_key(days: frozenset[int]) -> tuple[str, tuple[str, ...]]:
    """A catalogue key that describes a set of days, and (for a list) the days' names to localise."""
    if days == ALL_DAYS:
        return "checkin.days.every_day", ()
    if days == WEEKDAYS:
        return "checkin.days.weekdays", ()
    if days == WEEKENDS:
        return "checkin.days.weekends", ()
    return "checkin.days.list", tuple(DAY_NAMES[d] for d in sorted(days))


def parse_pause_days(days: int | None) -> int | None:
    if days is None:
        return None
    if not 1 <= days <= PAUSE_MAX_DAYS:
        raise RuleError("checkin.errors.bad_pause", max=PAUSE_MAX_DAYS)
    return days


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
