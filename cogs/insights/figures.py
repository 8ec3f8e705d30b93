"""Anonymous aggregates for moderators, with k-anonymity: no figure from fewer than K members."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from bot.database import Database
from bot.engine.storage import ts

K = 5  # a figure computed from fewer members than this is "too few to show"


@dataclass(frozen=True)
class Figure:
    value: float | None  # None: too few members to show
    members: int


def _figure(value: float, members: int) -> Figure:
    return Figure(value if members >= K else None, members)


@dataclass(frozen=True)
class Week:
    start: date
    counts: dict[int, int]  # answer (1 best .. 5 hardest) -> how many
    members: int

    @property
    def shown(self) -> bool:
        return self.members >= K


@dataclass(frozen=True)
class Insights:
    opted_in: Figure
    answer_rate: Figure
    weeks: list[Week]
    pairings: Figure
    connection_rate: Figure
    goal_completion: Figure


async def compute(db: Database, guild_id: int, now: datetime, weeks: int) -> Insights:
    since = now - timedelta(weeks=weeks)
    opted = await db.fetchval(
        "SELECT COUNT(*) FROM schedules WHERE guild_id = ? AND kind = 'checkin' AND state = 'active'", (guild_id,)
    )
    sent = await db.fetchone(
        "SELECT COUNT(*), COUNT(DISTINCT d.user_id), COUNT(a.answer) FROM deliveries d"
        " JOIN schedules s ON s.id = d.schedule_id LEFT JOIN checkin_answers a ON a.delivery_id = d.id"
        " WHERE s.guild_id = ? AND s.kind = 'checkin' AND d.status = 'sent' AND d.root_id IS NULL AND d.sent_at >= ?",
        (guild_id, ts(since)),
    )
    assert sent is not None
    rate = sent[2] / sent[0] if sent[0] else 0.0
    rows = await db.fetchall(
        "SELECT answered_at, answer, user_id FROM checkin_answers WHERE guild_id = ? AND answer IS NOT NULL"
        " AND answered_at >= ?",
        (guild_id, ts(since)),
    )
    by_week: dict[date, tuple[dict[int, int], set[int]]] = {}
    for answered_at, answer, user_id in rows:
        day = datetime.fromtimestamp(answered_at, UTC).date()
        monday = day - timedelta(days=day.weekday())
        counts, people = by_week.setdefault(monday, ({v: 0 for v in range(1, 6)}, set()))
        counts[answer] += 1
        people.add(user_id)
    week_list = [Week(start, counts, len(people)) for start, (counts, people) in sorted(by_week.items())]
    pairs = await db.fetchone(
        "SELECT COUNT(DISTINCT g.id), COUNT(DISTINCT bm.user_id) FROM buddy_groups g"
        " JOIN buddy_members bm ON bm.group_id = g.id WHERE g.guild_id = ? AND g.status = 'active'",
        (guild_id,),
    )
    assert pairs is not None
    connected = await db.fetchone(
        "SELECT COUNT(*), SUM(bm.connected = 'yes') FROM buddy_members bm JOIN buddy_groups g ON g.id = bm.group_id"
        " WHERE g.guild_id = ? AND bm.connected IS NOT NULL",
        (guild_id,),
    )
    assert connected is not None
    goal_rows = await db.fetchall(
        "SELECT g.user_id, g.times_per_week, g.days, (SELECT COUNT(*) FROM goal_logs l WHERE l.goal_id = g.id"
        " AND l.status = 'done' AND l.logged_at >= ?) FROM goals g WHERE g.guild_id = ? AND g.state = 'active'",
        (ts(since), guild_id),
    )
    expected = done = 0
    for _user, per_week, days_mask, count in goal_rows:
        target = per_week if per_week else bin(days_mask or 0).count("1")
        expected += target * weeks
        done += min(count, target * weeks)
    goal_people = len({r[0] for r in goal_rows})
    return Insights(
        opted_in=_figure(float(opted), int(opted)),
        answer_rate=_figure(rate, int(sent[1])),
        weeks=week_list,
        pairings=_figure(float(pairs[0]), int(pairs[1])),
        connection_rate=_figure((connected[1] or 0) / connected[0] if connected[0] else 0.0, int(connected[0])),
        goal_completion=_figure(done / expected if expected else 0.0, goal_people),
    )
