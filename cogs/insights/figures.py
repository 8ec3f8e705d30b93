"""Anonymous aggregates for moderators that cannot be differenced into one person's answer.

- Only completed weeks (Monday to Sunday in the server's time zone) count, never the live one, so
  two views a few minutes apart always show the same figures.
- Figures count members, not answers: each member counts once a week, under the answer they gave
  most that week (a tie goes to the harder answer).
- Any figure or cell from fewer than K members is "too few to show"; the rest are rounded (counts to
  the nearest 5, rates to the nearest 5%), so a small change cannot be read off the figures either
  (`bot/aggregates.py`).

Pure arithmetic: `storage.py` reads the window's rows, this module turns them into figures.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple
from zoneinfo import ZoneInfo

from bot.aggregates import Figure, count_figure, rate_figure, week_start

WEEK_SECONDS = 7 * 86400


class AnswerRow(NamedTuple):
    answered_at: int  # a timestamp
    answer: int  # 1 best .. 5 hardest
    user_id: int


class GoalRow(NamedTuple):
    user_id: int
    times_per_week: int | None  # a goal planned as "n times a week" ...
    days: int | None  # ... or on these weekdays (a bit mask)
    created_at: int  # a timestamp
    done: int  # days logged done within the window


@dataclass(frozen=True)
class Window:
    """What the completed weeks hold, as read from the database."""

    start: int  # timestamps: the first completed week's start, the live week's start
    end: int
    reached: int  # members who got a check-in
    answered: int  # of those, members who answered at least one
    answers: list[AnswerRow]
    paired: int  # members in a pairing that was on during the window
    connection_asks: int  # "did you connect?" answers given in the window
    connected: int  # of those, yes
    goals: list[GoalRow]


@dataclass(frozen=True)
class Week:
    start: date
    counts: dict[int, int | None]  # answer (1 best .. 5 hardest) -> members (rounded), None: too few
    members: int

    @property
    def shown(self) -> bool:
        return count_figure(self.members).value is not None


@dataclass(frozen=True)
class Insights:
    start: date  # the first day of the first completed week
    end: date  # the last day of the last completed week
    opted_in: Figure
    answer_rate: Figure
    weeks: list[Week]
    paired: Figure
    connection_rate: Figure
    goal_completion: Figure


def completed_weeks(now: datetime, zone: ZoneInfo, weeks: int) -> tuple[datetime, datetime, date]:
    """The window of the last `weeks` completed weeks: (start, end) instants and the first Monday."""
    end = week_start(now, zone)
    first_monday = end.date() - timedelta(weeks=weeks)
    return datetime.combine(first_monday, time(), zone), end, first_monday


def typical_answer(answers: list[int]) -> int:
    """A member's answer for the week: the one they gave most; a tie goes to the harder one."""
    counted = Counter(answers)
    return max(counted, key=lambda a: (counted[a], a))


def by_week(
    answers: Iterable[AnswerRow], first_monday: date, weeks: int, zone: ZoneInfo
) -> dict[date, dict[int, list[int]]]:
    """{monday: {member: [answers]}}, with every week of the window present, answered or not."""
    weekly: dict[date, dict[int, list[int]]] = {first_monday + timedelta(weeks=i): {} for i in range(weeks)}
    for row in answers:
        day = datetime.fromtimestamp(row.answered_at, zone).date()
        monday = day - timedelta(days=day.weekday())
        weekly.setdefault(monday, {}).setdefault(row.user_id, []).append(row.answer)
    return weekly


def week_rows(weekly: dict[date, dict[int, list[int]]]) -> list[Week]:
    """Weeks from {monday: {member: [answers]}}: each member once, every cell suppressed or rounded."""
    result = []
    for monday in sorted(weekly):
        people = weekly[monday]
        per_answer = Counter(typical_answer(answers) for answers in people.values())
        counts = {v: count_figure(per_answer.get(v, 0)).value for v in range(1, 6)}
        result.append(Week(monday, {v: int(c) if c is not None else None for v, c in counts.items()}, len(people)))
    return result


def goal_completion(goals: Iterable[GoalRow], start: int, end: int) -> Figure:
    """Days logged done in the window against the days planned, for goals that existed then."""
    goals = list(goals)
    expected = done = 0
    for goal in goals:
        weeks = max(1, round((end - max(goal.created_at, start)) / WEEK_SECONDS))
        target = (goal.times_per_week if goal.times_per_week else bin(goal.days or 0).count("1")) * weeks
        expected += target
        done += min(goal.done, target)
    return rate_figure(done, expected, len({goal.user_id for goal in goals}))


def compute(window: Window, first_monday: date, weeks: int, zone: ZoneInfo) -> Insights:
    return Insights(
        start=first_monday,
        end=first_monday + timedelta(weeks=weeks, days=-1),
        opted_in=count_figure(window.reached),
        answer_rate=rate_figure(window.answered, window.reached, window.reached),
        weeks=week_rows(by_week(window.answers, first_monday, weeks, zone)),
        paired=count_figure(window.paired),
        connection_rate=rate_figure(window.connected, window.connection_asks, window.connection_asks),
        goal_completion=goal_completion(window.goals, window.start, window.end),
    )
