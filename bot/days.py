"""Times and days: parsing what members type, and saying them back in the member's language.

Parsing knows nothing of Discord (`parse_time("9am")`, `parse_days("mon,wed")`); the describing
functions take the catalogue, so a Spanish member reads "lun, mié".
"""

from __future__ import annotations

import re
from datetime import time

from bot.catalogue import Catalogue
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

PAUSE_MAX_DAYS = 365


class BadInput(KindError, ValueError):
    """A time, a day or a number of days a member typed that we cannot use."""


def parse_time(text: str) -> time:
    """`09:00`, `9am`, `9:30 pm`, `21:30`, `0930`, `9` (24-hour)."""
    cleaned = text.strip().lower().replace(".", ":").replace("a:m:", "am").replace("p:m:", "pm")
    match = _TIME.match(cleaned)
    if not match:
        raise BadInput("input.bad_time", value=text[:40])
    hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            raise BadInput("input.bad_time", value=text[:40])
        hour = hour % 12 + (12 if half.startswith("p") else 0)
    if hour > 23 or minute > 59:
        raise BadInput("input.bad_time", value=text[:40])
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
        raise BadInput("input.no_days")
    days = set()
    for part in parts:
        if part not in _DAY_ALIASES:
            raise BadInput("input.bad_days", value=part[:20])
        days.add(_DAY_ALIASES[part])
    return frozenset(days)


def parse_day(text: str) -> int:
    """One weekday (Monday = 0) from `mon`, `monday`, `lun`, `lunes`, ..."""
    cleaned = text.strip().lower()
    for candidate in (cleaned, cleaned[:3], cleaned.rstrip("s")):
        if candidate in _DAY_ALIASES:
            return _DAY_ALIASES[candidate]
    raise BadInput("input.bad_day", value=text[:20])


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
        raise BadInput("input.bad_pause", max=PAUSE_MAX_DAYS)
    return days


def describe_days(cat: Catalogue, locale: str | None, days: frozenset[int]) -> str:
    """ "every day", "on weekdays", or "on Mon, Wed" in the member's language."""
    key, names = days_key(days)
    if not names:
        return cat.render(key, locale)
    return cat.render(key, locale, days=", ".join(cat.render(f"checkin.day_short.{n}", locale) for n in names))


def weekday_name(cat: Catalogue, locale: str | None, weekday: int) -> str:
    """Monday (0) to Sunday (6), spelled out in the member's language."""
    return cat.render(f"checkin.weekday.{DAY_NAMES[weekday]}", locale)
