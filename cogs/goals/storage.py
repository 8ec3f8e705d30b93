"""Storage for goals and their progress logs; each goal's nudges are an engine schedule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.database import Database
from bot.engine import storage as engine
from bot.engine.recurrence import ALL_DAYS, days_to_mask, mask_to_days
from bot.engine.storage import ts
from bot.personal_data import DELETE, PersonalData
from cogs.goals.rules import Goal as GoalRule

PERSONAL_DATA = PersonalData(columns={"goals": {"user_id": DELETE}}, children={"goal_logs": ("goal_id", "goals")})


KIND = "goal"
SUMMARY = "summary"
SUMMARY_DAYS = days_to_mask(frozenset({6}))  # Sunday
SUMMARY_TIME = time(18, 0)


@dataclass(frozen=True)
class Goal:
    id: int
    user_id: int
    guild_id: int
    title: str
    days: frozenset[int] | None
    times_per_week: int | None
    at: time
    timezone: str
    share_with_buddy: bool
    state: str
    nudges_without_done: int
    fits_asked: bool

    @property
    def rule(self) -> GoalRule:
        return GoalRule(self.days, self.times_per_week)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_COLUMNS = (
    "id, user_id, guild_id, title, days, times_per_week, local_time, timezone, share_with_buddy, state,"
    " nudges_without_done, fits_asked"
)


def _goal(row: tuple) -> Goal:
    return Goal(
        row[0],
        row[1],
        row[2],
        row[3],
        mask_to_days(row[4]) if row[4] is not None else None,
        row[5],
        time.fromisoformat(row[6]),
        row[7],
        bool(row[8]),
        row[9],
        row[10],
        bool(row[11]),
    )


async def get(db: Database, goal_id: int) -> Goal | None:
    row = await db.fetchone(f"SELECT {_COLUMNS} FROM goals WHERE id = ?", (goal_id,))
    return _goal(tuple(row)) if row else None


async def mine(db: Database, user_id: int, guild_id: int, *, include_paused: bool = True) -> list[Goal]:
    states = ("active", "paused") if include_paused else ("active",)
    marks = ",".join("?" * len(states))
    rows = await db.fetchall(
        f"SELECT {_COLUMNS} FROM goals WHERE user_id = ? AND guild_id = ? AND state IN ({marks}) ORDER BY id",
        (user_id, guild_id, *states),
    )
    return [_goal(tuple(r)) for r in rows]


async def count_open(db: Database, user_id: int, guild_id: int) -> int:
    return int(
        await db.fetchval(
            "SELECT COUNT(*) FROM goals WHERE user_id = ? AND guild_id = ? AND state IN ('active', 'paused')",
            (user_id, guild_id),
        )
    )


def _schedule_days(days: frozenset[int] | None) -> int:
    # Times-per-week goals are considered every day; the rules decide whether a day gets a nudge.
    return days_to_mask(days if days is not None else ALL_DAYS)


async def create(
    db: Database,
    *,
    user_id: int,
    guild_id: int,
    title: str,
    days: frozenset[int] | None,
    times_per_week: int | None,
    at: time,
    timezone: str,
    share_with_buddy: bool,
    now: datetime,
) -> int:
    """The goal, its nudge schedule and (first time) the member's weekly summary, in one transaction."""
    async with db.transaction() as tx:
        goal_id = await tx.insert(
            "INSERT INTO goals (user_id, guild_id, title, days, times_per_week, local_time, timezone,"
            " share_with_buddy, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                user_id,
                guild_id,
                title,
                days_to_mask(days) if days is not None else None,
                times_per_week,
                at.strftime("%H:%M"),
                timezone,
                int(share_with_buddy),
                ts(now),
            ),
        )
        await engine.save_schedule(
            tx,
            kind=KIND,
            user_id=user_id,
            guild_id=guild_id,
            ref_id=goal_id,
            at=at,
            days_mask=_schedule_days(days),
            timezone=timezone,
            now=now,
        )
        exists = await tx.fetchval(
            "SELECT 1 FROM schedules WHERE kind = ? AND user_id = ? AND guild_id = ?", (SUMMARY, user_id, guild_id)
        )
        if not exists:
            await engine.save_schedule(
                tx,
                kind=SUMMARY,
                user_id=user_id,
                guild_id=guild_id,
                at=SUMMARY_TIME,
                days_mask=SUMMARY_DAYS,
                timezone=timezone,
                now=now,
            )
    return goal_id


async def update(
    db: Database,
    goal: Goal,
    *,
    title: str,
    days: frozenset[int] | None,
    times_per_week: int | None,
    at: time,
    share_with_buddy: bool,
    now: datetime,
) -> None:
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE goals SET title = ?, days = ?, times_per_week = ?, local_time = ?, share_with_buddy = ?,"
            " nudges_without_done = 0 WHERE id = ?",
            (
                title,
                days_to_mask(days) if days is not None else None,
                times_per_week,
                at.strftime("%H:%M"),
                int(share_with_buddy),
                goal.id,
            ),
        )
        if goal.state == "active":
            await engine.save_schedule(
                tx,
                kind=KIND,
                user_id=goal.user_id,
                guild_id=goal.guild_id,
                ref_id=goal.id,
                at=at,
                days_mask=_schedule_days(days),
                timezone=goal.timezone,
                now=now,
            )


async def set_state(
    db: Database, goal: Goal, state: str, now: datetime, *, paused_until: datetime | None = None
) -> None:
    """Pause (until a date, or until resumed), resume or remove a goal and its nudges together."""
    await db.execute("UPDATE goals SET state = ?, nudges_without_done = 0 WHERE id = ?", (state, goal.id))
    schedule = await engine.get_schedule(db, KIND, goal.user_id, goal.guild_id, goal.id)
    if schedule is None:
        return
    if state == "active" or (state == "paused" and paused_until is not None):
        start = max(now, paused_until) if paused_until else now
        await engine.set_timing(
            db,
            schedule.id,
            state="active",
            next_run=schedule.recurrence.next_after(start),
            now=now,
            paused_until=paused_until,
            pause_reason="member" if paused_until else None,
        )
    else:
        await engine.set_timing(
            db, schedule.id, state="stopped" if state == "removed" else "paused", next_run=None, now=now
        )


async def log(db: Database, goal_id: int, day: date, status: str, note: str | None, now: datetime) -> None:
    """Record a day's progress (one entry a day: logging again updates it)."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO goal_logs (goal_id, local_date, status, note, logged_at) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (goal_id, local_date) DO UPDATE SET status = excluded.status,"
            " note = COALESCE(excluded.note, goal_logs.note), logged_at = excluded.logged_at",
            (goal_id, day.isoformat(), status, note, ts(now)),
        )
        if status == "done":
            await tx.execute("UPDATE goals SET nudges_without_done = 0 WHERE id = ?", (goal_id,))


async def done_days(db: Database, goal_id: int) -> set[date]:
    rows = await db.fetchall("SELECT local_date FROM goal_logs WHERE goal_id = ? AND status = 'done'", (goal_id,))
    return {date.fromisoformat(r[0]) for r in rows}


async def nudged(db: Database, goal_id: int) -> int:
    """A nudge went out: count it towards "does this still fit?"; returns the new count."""
    await db.execute("UPDATE goals SET nudges_without_done = nudges_without_done + 1 WHERE id = ?", (goal_id,))
    return int(await db.fetchval("SELECT nudges_without_done FROM goals WHERE id = ?", (goal_id,)))


async def mark_fits_asked(db: Database, goal_id: int) -> None:
    await db.execute("UPDATE goals SET fits_asked = 1, nudges_without_done = 0 WHERE id = ?", (goal_id,))


async def set_summary(
    db: Database, user_id: int, guild_id: int, day: int, at: time, timezone: str, now: datetime
) -> None:
    async with db.transaction() as tx:
        await engine.save_schedule(
            tx,
            kind=SUMMARY,
            user_id=user_id,
            guild_id=guild_id,
            at=at,
            days_mask=days_to_mask(frozenset({day})),
            timezone=timezone,
            now=now,
        )


async def has_shared(db: Database, user_id: int, guild_id: int) -> bool:
    """Whether this member shares any goal (not removed) with their buddy in this server."""
    return bool(
        await db.fetchval(
            "SELECT EXISTS (SELECT 1 FROM goals WHERE user_id = ? AND guild_id = ? AND share_with_buddy = 1"
            " AND state != 'removed')",
            (user_id, guild_id),
        )
    )
