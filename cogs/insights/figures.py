"""Anonymous aggregates for moderators that cannot be differenced into one person's answer.

- Only completed weeks (Monday to Sunday in the server's time zone) count, never the live one, so
  two views a few minutes apart always show the same figures.
- Figures count members, not answers: each member counts once a week, under the answer they gave
  most that week (a tie goes to the harder answer).
- Any figure or cell from fewer than K members is "too few to show"; the rest are rounded (counts to
  the nearest 5, rates to the nearest 5%), so a small change cannot be read off the figures either
  (`bot/aggregates.py`).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.aggregates import Figure, count_figure, rate_figure, week_start
from bot.database import Database
from bot.engine.storage import ts


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


def week_rows(weekly: dict[date, dict[int, list[int]]]) -> list[Week]:
    """Weeks from {monday: {member: [answers]}}: each member once, every cell suppressed or rounded."""
    result = []
    for monday in sorted(weekly):
        people = weekly[monday]
        per_answer = Counter(typical_answer(answers) for answers in people.values())
        counts = {v: count_figure(per_answer.get(v, 0)).value for v in range(1, 6)}
        result.append(Week(monday, {v: int(c) if c is not None else None for v, c in counts.items()}, len(people)))
    return result


async def compute(db: Database, guild_id: int, now: datetime, weeks: int, zone: ZoneInfo) -> Insights:
    start, end, first_monday = completed_weeks(now, zone, weeks)
    window = (guild_id, ts(start), ts(end))
    sent = await db.fetchone(
        "SELECT COUNT(DISTINCT d.user_id), COUNT(DISTINCT a.user_id) FROM deliveries d"
        " JOIN schedules s ON s.id = d.schedule_id LEFT JOIN checkin_answers a ON a.delivery_id = d.id"
        " AND a.answer IS NOT NULL AND a.answered_at < ?"  # a late first answer belongs to its own week
        " WHERE s.guild_id = ? AND s.kind = 'checkin' AND d.status = 'sent' AND d.root_id IS NULL"
        " AND d.sent_at >= ? AND d.sent_at < ?",
        (ts(end), *window),
    )
    assert sent is not None
    reached, answered = int(sent[0]), int(sent[1])
    rows = await db.fetchall(
        "SELECT answered_at, answer, user_id FROM checkin_answers WHERE guild_id = ? AND answer IS NOT NULL"
        " AND answered_at >= ? AND answered_at < ?",
        window,
    )
    weekly: dict[date, dict[int, list[int]]] = {first_monday + timedelta(weeks=i): {} for i in range(weeks)}
    for answered_at, answer, user_id in rows:
        day = datetime.fromtimestamp(answered_at, zone).date()
        monday = day - timedelta(days=day.weekday())
        weekly.setdefault(monday, {}).setdefault(user_id, []).append(answer)
    paired = await db.fetchval(
        "SELECT COUNT(DISTINCT bm.user_id) FROM buddy_groups g JOIN buddy_members bm ON bm.group_id = g.id"
        " WHERE g.guild_id = ? AND g.started_at IS NOT NULL AND g.started_at < ?"
        " AND (g.ended_at IS NULL OR g.ended_at >= ?)",
        (guild_id, ts(end), ts(start)),
    )
    connected = await db.fetchone(
        "SELECT COUNT(*), SUM(bm.connected = 'yes') FROM buddy_members bm JOIN buddy_groups g ON g.id = bm.group_id"
        " WHERE g.guild_id = ? AND bm.connected_at >= ? AND bm.connected_at < ?",
        window,
    )
    assert connected is not None
    return Insights(
        start=first_monday,
        end=first_monday + timedelta(weeks=weeks, days=-1),
        opted_in=count_figure(reached),
        answer_rate=rate_figure(answered, reached, reached),
        weeks=week_rows(weekly),
        paired=count_figure(int(paired or 0)),
        connection_rate=rate_figure(int(connected[1] or 0), int(connected[0]), int(connected[0])),
        goal_completion=await _goal_completion(db, guild_id, start, end),
    )


async def _goal_completion(db: Database, guild_id: int, start: datetime, end: datetime) -> Figure:
    """Days logged done in the window against the days planned, for goals that existed then."""
    rows = await db.fetchall(
        "SELECT g.user_id, g.times_per_week, g.days, g.created_at, (SELECT COUNT(*) FROM goal_logs l"
        " WHERE l.goal_id = g.id AND l.status = 'done' AND l.logged_at >= ? AND l.logged_at < ?)"
        " FROM goals g WHERE g.guild_id = ? AND g.created_at < ?",
        (ts(start), ts(end), guild_id, ts(end)),
    )
    expected = done = 0
    for _user, per_week, days_mask, created_at, count in rows:
        weeks = max(1, round((ts(end) - max(created_at, ts(start))) / (7 * 86400)))
        target = (per_week if per_week else bin(days_mask or 0).count("1")) * weeks
        expected += target
        done += min(count, target)
    return rate_figure(done, expected, len({r[0] for r in rows}))
