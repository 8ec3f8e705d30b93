"""Goal rules that know nothing of Discord: weeks in the member's zone, streaks with grace, milestones.

A goal is either on specific days ("walk on mon, wed, fri") or a number of times per week ("3 times
a week"). Weeks run Monday to Sunday in the member's own time zone. Healing is not linear: one
missed day per week never breaks a streak, and a missed week is never mentioned.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

MILESTONES = (3, 7, 30, 100)
TITLE_MAX = 100
MAX_ACTIVE = 10
FITS_AFTER = 3  # nudges in a row without Done before asking, once, whether the goal still fits


def week_start(day: date) -> date:
    """The Monday of the week `day` is in."""
    return day - timedelta(days=day.weekday())


def local_day(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()


def week_bounds(instant: datetime, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """The UTC instants where the member's local week (Monday 00:00 to next Monday 00:00) begins and ends."""
    monday = week_start(local_day(instant, zone))
    start = datetime.combine(monday, datetime.min.time(), tzinfo=zone)
    end = datetime.combine(monday + timedelta(days=7), datetime.min.time(), tzinfo=zone)
    return start.astimezone(ZoneInfo("UTC")), end.astimezone(ZoneInfo("UTC"))


@dataclass(frozen=True)
class Goal:
    days: frozenset[int] | None  # specific weekdays (Monday = 0), or None for times per week
    times_per_week: int | None

    def __post_init__(self) -> None:
        if (self.days is None) == (self.times_per_week is None):
            raise ValueError("a goal has either days or times per week")


def nudge_today(goal: Goal, today: date, done_days: Iterable[date]) -> bool:
    """Whether today gets a nudge: not when it is already done today, nor when the week's target is met."""
    done = set(done_days)
    if today in done:
        return False
    if goal.days is not None:
        return today.weekday() in goal.days
    assert goal.times_per_week is not None
    monday = week_start(today)
    this_week = sum(1 for d in done if monday <= d <= today)
    return this_week < goal.times_per_week


def streak(goal: Goal, today: date, done_days: Iterable[date]) -> int:
    """Days done in the current streak; one missed expected day per week is forgiven.

    Specific days: walk back over the goal's days. Times per week: walk back week by week; a week
    that fell one short still counts (its grace), two short ends the streak. Today and the
    current week are still open, so they never break anything.
    """
    done = set(done_days)
    if goal.days is not None:
        total, graced_weeks = 0, set()
        day = today
        for _ in range(800):
            if day.weekday() in goal.days:
                if day in done:
                    total += 1
                elif day != today:
                    week = week_start(day)
                    if week in graced_weeks:
                        break
                    graced_weeks.add(week)
            day -= timedelta(days=1)
        return total
    assert goal.times_per_week is not None
    monday = week_start(today)
    total = sum(1 for d in done if monday <= d <= today)
    for _ in range(200):
        monday -= timedelta(days=7)
        count = sum(1 for d in done if monday <= d < monday + timedelta(days=7))
        if count < goal.times_per_week - 1:
            break
        total += count
    return total


def milestone(before: int, after: int) -> int | None:
    """The milestone reached by going from `before` to `after`, if any."""
    reached = [m for m in MILESTONES if before < m <= after]
    return reached[-1] if reached else None


def week_count(done_days: Iterable[date], today: date) -> int:
    monday = week_start(today)
    return sum(1 for d in set(done_days) if monday <= d <= monday + timedelta(days=6))


def week_target(goal: Goal) -> int:
    return goal.times_per_week if goal.times_per_week is not None else len(goal.days or ())


def week_progress(goal: Goal, today: date, done_days: Iterable[date]) -> tuple[int, int, int]:
    """What a member reads about a goal: done this week, the week's target, and the streak."""
    done = set(done_days)
    return week_count(done, today), week_target(goal), streak(goal, today, done)
