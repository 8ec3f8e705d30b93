"""The rule for every figure moderators see: never from fewer than K members, and rounded.

Figures come only from completed weeks (Monday to Sunday in the server's zone), and what a completed
week counted does not change later: an answer given in an earlier week is not changed afterwards.
Rounding keeps two views from being subtracted into one person's answer; suppression keeps a small
group from being identified.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

K = 5  # a figure computed from fewer members than this is "too few to show"
ROUND_COUNT = 5
ROUND_RATE = 0.05


@dataclass(frozen=True)
class Figure:
    value: float | None  # None: too few members to show
    members: int


def count_figure(count: int) -> Figure:
    """A number of members, rounded to the nearest 5, or too few."""
    if count < K:
        return Figure(None, count)
    return Figure(float(ROUND_COUNT * round(count / ROUND_COUNT)), count)


def rate_figure(part: int, whole: int, members: int) -> Figure:
    """A share, rounded to the nearest 5%, from at least K members, or too few."""
    if members < K or whole == 0:
        return Figure(None, members)
    return Figure(round(part / whole / ROUND_RATE) * ROUND_RATE, members)


def week_start(now: datetime, zone: ZoneInfo) -> datetime:
    """The start (Monday 00:00 in the server's zone) of the week `now` is in: the live week begins here."""
    today = now.astimezone(zone).date()
    return datetime.combine(today - timedelta(days=today.weekday()), time(), zone)
