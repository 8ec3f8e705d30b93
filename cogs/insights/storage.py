"""The rows behind /insights: other features' tables, read over a window of completed weeks.

Queries only; it stores nothing, so it declares no personal data. `figures.py` does the arithmetic.
"""

from __future__ import annotations

from datetime import datetime

from bot.database import Database
from bot.engine.storage import ts
from cogs.insights.figures import AnswerRow, GoalRow, Window


async def window(db: Database, guild_id: int, start: datetime, end: datetime) -> Window:
    """Everything the figures need from [start, end)."""
    begin, until = ts(start), ts(end)
    reached, answered = await _reach(db, guild_id, begin, until)
    asks, connected = await _connections(db, guild_id, begin, until)
    return Window(
        start=begin,
        end=until,
        reached=reached,
        answered=answered,
        answers=await _answers(db, guild_id, begin, until),
        paired=await _paired(db, guild_id, begin, until),
        connection_asks=asks,
        connected=connected,
        goals=await _goals(db, guild_id, begin, until),
    )


async def _reach(db: Database, guild_id: int, start: int, end: int) -> tuple[int, int]:
    """Members who got a check-in, and of those, members who answered one before the window closed."""
    row = await db.fetchone(
        "SELECT COUNT(DISTINCT d.user_id), COUNT(DISTINCT a.user_id) FROM deliveries d"
        " JOIN schedules s ON s.id = d.schedule_id LEFT JOIN checkin_answers a ON a.delivery_id = d.id"
        " AND a.answer IS NOT NULL AND a.answered_at < ?"  # a late first answer belongs to its own week
        " WHERE s.guild_id = ? AND s.kind = 'checkin' AND d.status = 'sent' AND d.root_id IS NULL"
        " AND d.sent_at >= ? AND d.sent_at < ?",
        (end, guild_id, start, end),
    )
    assert row is not None
    return int(row[0]), int(row[1])


async def _answers(db: Database, guild_id: int, start: int, end: int) -> list[AnswerRow]:
    rows = await db.fetchall(
        "SELECT answered_at, answer, user_id FROM checkin_answers WHERE guild_id = ? AND answer IS NOT NULL"
        " AND answered_at >= ? AND answered_at < ?",
        (guild_id, start, end),
    )
    return [AnswerRow(*row) for row in rows]


async def _paired(db: Database, guild_id: int, start: int, end: int) -> int:
    paired = await db.fetchval(
        "SELECT COUNT(DISTINCT bm.user_id) FROM buddy_groups g JOIN buddy_members bm ON bm.group_id = g.id"
        " WHERE g.guild_id = ? AND g.started_at IS NOT NULL AND g.started_at < ?"
        " AND (g.ended_at IS NULL OR g.ended_at >= ?)",
        (guild_id, end, start),
    )
    return int(paired or 0)


async def _connections(db: Database, guild_id: int, start: int, end: int) -> tuple[int, int]:
    row = await db.fetchone(
        "SELECT COUNT(*), COUNT(CASE WHEN bm.connected = 'yes' THEN 1 END)"
        " FROM buddy_members bm JOIN buddy_groups g ON g.id = bm.group_id"
        " WHERE g.guild_id = ? AND bm.connected_at >= ? AND bm.connected_at < ?",
        (guild_id, start, end),
    )
    assert row is not None
    return int(row[0]), int(row[1] or 0)


async def _goals(db: Database, guild_id: int, start: int, end: int) -> list[GoalRow]:
    """Goals that existed before the window closed, with the days logged done within it."""
    rows = await db.fetchall(
        "SELECT g.user_id, g.times_per_week, g.days, g.created_at, (SELECT COUNT(*) FROM goal_logs l"
        " WHERE l.goal_id = g.id AND l.status = 'done' AND l.logged_at >= ? AND l.logged_at < ?)"
        " FROM goals g WHERE g.guild_id = ? AND g.created_at < ?",
        (start, end, guild_id, end),
    )
    return [GoalRow(*row) for row in rows]
