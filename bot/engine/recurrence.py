"""When a recurring local-time message is due, as a UTC instant: the rules, with DST made explicit.

A schedule is a local wall-clock time on some weekdays in an IANA zone. On a spring-forward day a
time that does not exist runs once, at the first valid instant after it (the moment the clocks
jump); on a fall-back day a time that happens twice runs once, at its first occurrence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ALL_DAYS = frozenset(range(7))  # Monday = 0 ... Sunday = 6, as date.weekday()
WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})


def days_to_mask(days: frozenset[int]) -> int:
    return sum(1 << d for d in days)


def mask_to_days(mask: int) -> frozenset[int]:
    return frozenset(d for d in range(7) if mask & (1 << d))


def _exists(local: datetime) -> bool:
    """Whether a naive-with-zone wall time really happens (it does not inside a DST gap)."""
    back = local.astimezone(UTC).astimezone(local.tzinfo)
    return back.replace(tzinfo=None) == local.replace(tzinfo=None)


def _gap_end(local: datetime) -> datetime:
    """The UTC instant the clocks jumped over a non-existent wall time (the first valid one after)."""
    zone = local.tzinfo
    assert zone is not None
    # fold=1 reads the wall time with the offset after the jump (an instant before it) and fold=0
    # with the offset before it (an instant after it): the jump lies between them.
    low = local.replace(fold=1).astimezone(UTC)
    high = local.replace(fold=0).astimezone(UTC)
    if low > high:
        low, high = high, low
    after = high.astimezone(zone).utcoffset()
    while high - low > timedelta(seconds=1):
        middle = low + (high - low) / 2
        if middle.astimezone(zone).utcoffset() == after:
            high = middle
        else:
            low = middle
    return high.replace(microsecond=0)


def resolve_local(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant for wall time `at` on `day` in `zone`, by the DST rules above."""
    local = datetime.combine(day, at, tzinfo=zone)
    if not _exists(local):
        return _gap_end(local)
    first = local.replace(fold=0).astimezone(UTC)
    second = local.replace(fold=1).astimezone(UTC)
    return min(first, second)


@dataclass(frozen=True)
class Recurrence:
    """A local time on some weekdays in a zone."""

    at: time
    days: frozenset[int]
    zone: ZoneInfo

    def __post_init__(self) -> None:
        if not self.days:
            raise ValueError("a recurrence needs at least one day")

    def on(self, day: date) -> datetime | None:
        """The UTC instant of the slot on this local date, if the date is one of the days."""
        if day.weekday() not in self.days:
            return None
        return resolve_local(day, self.at, self.zone)

    def next_after(self, instant: datetime) -> tuple[datetime, date]:
        """The first slot strictly after `instant`: (UTC instant, local date)."""
        start = instant.astimezone(self.zone).date() - timedelta(days=1)
        for offset in range(9):
            day = start + timedelta(days=offset)
            when = self.on(day)
            if when is not None and when > instant:
                return when, day
        raise AssertionError("a weekly recurrence always has a slot within 9 days")

    def latest_at_or_before(self, instant: datetime) -> tuple[datetime, date] | None:
        """The last slot at or before `instant` (within the past week)."""
        start = instant.astimezone(self.zone).date() + timedelta(days=1)
        for offset in range(9):
            day = start - timedelta(days=offset)
            when = self.on(day)
            if when is not None and when <= instant:
                return when, day
        return None


def in_quiet_hours(local: time, start: time | None, end: time | None) -> bool:
    """Whether a local wall time falls in [start, end), which may wrap past midnight."""
    if start is None or end is None or start == end:
        return False
    if start < end:
        return start <= local < end
    return local >= start or local < end


def quiet_hours_end(instant: datetime, zone: ZoneInfo, start: time, end: time) -> datetime:
    """The first instant at or after `instant` that is outside the quiet hours."""
    local = instant.astimezone(zone)
    if not in_quiet_hours(local.time(), start, end):
        return instant
    day = local.date()
    if start > end and local.time() >= start:
        day += timedelta(days=1)
    return resolve_local(day, end, zone)


@dataclass(frozen=True)
class Decision:
    """What the dispatcher does with a due schedule."""

    send: date | None  # the local date of the slot to deliver now, or None (too late: let it go)
    next_run: datetime  # the following slot
    next_slot: date
    # Slots let go, with why: "stale" (past the catch-up window), "superseded" (a later one is sent).
    skipped: tuple[tuple[date, str], ...] = ()


def decide(rec: Recurrence, run_at: datetime, slot: date, now: datetime, window: timedelta) -> Decision:
    """A due schedule: deliver the latest missed slot if it is within the catch-up window, never a burst."""
    latest = rec.latest_at_or_before(now)
    if latest is not None and latest[1] > slot:
        action_at, candidate = latest
    else:
        action_at, candidate = run_at, slot
    send = candidate if now - action_at <= window else None
    next_run, next_slot = rec.next_after(max(now, action_at))
    skipped = []
    if send is None:
        skipped.append((candidate, "stale"))
    if candidate != slot:
        skipped.append((slot, "superseded"))
    return Decision(send, next_run, next_slot, tuple(skipped))
