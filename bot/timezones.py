"""IANA time zone names: validation and autocomplete suggestions."""

from __future__ import annotations

import functools
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# Common zones first, so an empty query suggests something useful.
_POPULAR = (
    "UTC",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Berlin",
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/Bogota",
    "America/Argentina/Buenos_Aires",
    "America/Sao_Paulo",
    "Asia/Kolkata",
    "Asia/Tokyo",
    "Australia/Sydney",
    "Pacific/Auckland",
)


@functools.cache
def all_zones() -> tuple[str, ...]:
    return tuple(sorted(z for z in available_timezones() if "/" in z or z == "UTC"))


def parse_timezone(name: str) -> ZoneInfo | None:
    """The zone for an IANA name (case-insensitive), or None."""
    name = name.strip()
    if not name:
        return None
    lookup = {z.lower(): z for z in all_zones()}
    canonical = lookup.get(name.lower().replace(" ", "_"))
    if canonical is None:
        return None
    try:
        return ZoneInfo(canonical)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def suggest(query: str, limit: int = 25) -> list[str]:
    """Zones matching what the member typed: prefix matches first, then any part of the name."""
    query = query.strip().lower().replace(" ", "_")
    if not query:
        return list(_POPULAR[:limit])
    zones = all_zones()
    starts = [z for z in zones if z.lower().startswith(query) or z.lower().split("/")[-1].startswith(query)]
    contains = [z for z in zones if query in z.lower() and z not in starts]
    return (starts + contains)[:limit]
