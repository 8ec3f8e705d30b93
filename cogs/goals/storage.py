"""Storage for goals and their progress logs; each goal's nudges are an engine schedule."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from bot.database import Database, Executor
from bot.engine import storage as engine
from bot.engine.recurrence import ALL_DAYS, days_to_mask, mask_to_days
from bot.engine.storage import ts
from bot.personal_data import DELETE, PersonalData
from cogs.goals.rules import Goal as GoalRule

PERSONAL_DATA = PersonalData(columns={"goals": {"user_id": DELETE}}, children={"goal_logs": ("goal_id", "goals")})


KIND = "goal"
SUMMARY = "summary"
SUMMARY_DAYS = frozenset({6})  # Sunday
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


def _plan(
    days: frozenset[int] | None, times_per_week: int | None, at: time, share_with_buddy: bool
) -> tuple[int | None, int | None, str, int]:
    """A goal's days, times per week, nudge time and sharing, as its columns hold them."""
    return days_to_mask(days) if days is not None else None, times_per_week, at.strftime("%H:%M"), int(share_with_buddy)


def _schedule_days(days: frozenset[int] | None) -> frozenset[int]:
    # Times-per-week goals are considered every day; the rules decide whether a day gets a nudge.
    return days if days is not None else ALL_DAYS


async def _start_nudges(
    tx: Executor,
    user_id: int,
    guild_id: int,
    goal_id: int,
    at: time,
    days: frozenset[int] | None,
    zone: str,
    now: datetime,
) -> None:
    await engine.start(
        tx,
        kind=KIND,
        user_id=user_id,
        guild_id=guild_id,
        ref_id=goal_id,
        at=at,
        days=_schedule_days(days),
        zone=zone,
        now=now,
    )


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
    summary = await engine.get_schedule(db, SUMMARY, user_id, guild_id)
    async with db.transaction() as tx:
        goal_id = await tx.insert(
            "INSERT INTO goals (user_id, guild_id, title, days, times_per_week, local_time, share_with_buddy,"
            " timezone, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, guild_id, title, *_plan(days, times_per_week, at, share_with_buddy), timezone, ts(now)),
        )
        await _start_nudges(tx, user_id, guild_id, goal_id, at, days, timezone, now)
        if summary is None:
            await engine.start(
                tx,
                kind=SUMMARY,
                user_id=user_id,
                guild_id=guild_id,
                at=SUMMARY_TIME,
                days=SUMMARY_DAYS,
                zone=timezone,
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
    """The goal and its nudges' timing together."""
    schedule = await _nudges(db, goal)
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE goals SET title = ?, days = ?, times_per_week = ?, local_time = ?, share_with_buddy = ?,"
            " nudges_without_done = 0 WHERE id = ?",
            (title, *_plan(days, times_per_week, at, share_with_buddy), goal.id),
        )
        if goal.state == "active":
            # Nudges from now on, as for a new goal (this also ends a pause from when the member had left).
            await _start_nudges(tx, goal.user_id, goal.guild_id, goal.id, at, days, goal.timezone, now)
        elif schedule is not None:
            # A paused goal stays paused, and /goal resume brings it back on the new plan.
            await engine.replan(tx, schedule.id, at=at, days=_schedule_days(days), zone=goal.timezone, now=now)


async def _nudges(db: Database, goal: Goal) -> engine.Schedule | None:
    return await engine.get_schedule(db, KIND, goal.user_id, goal.guild_id, goal.id)


async def _change(
    db: Database, goal: Goal, state: str, schedule_change: Callable[[Executor, int], Awaitable[object]]
) -> None:
    """The goal's state and its nudges' schedule, in one transaction."""
    schedule = await _nudges(db, goal)
    async with db.transaction() as tx:
        await tx.execute("UPDATE goals SET state = ?, nudges_without_done = 0 WHERE id = ?", (state, goal.id))
        if schedule is not None:
            await schedule_change(tx, schedule.id)


async def pause(db: Database, goal: Goal, now: datetime, *, until: datetime | None = None) -> None:
    """Until resumed; with `until`, the goal stays active and its schedule runs again after that moment
    (a goal marked paused would never be nudged again, whatever its schedule said)."""
    state = "paused" if until is None else "active"
    await _change(db, goal, state, lambda tx, schedule: engine.pause(tx, schedule, now, until=until))


async def resume(db: Database, goal: Goal, now: datetime) -> bool:
    """Nudges again from now on; False, and nothing changed, when the goal was not paused."""
    schedule = await _nudges(db, goal)
    if goal.state != "paused" and (schedule is None or schedule.paused_until is None):
        return False
    await _change(db, goal, "active", lambda tx, schedule: engine.resume(tx, schedule, now))
    return True


async def remove(db: Database, goal: Goal, now: datetime) -> None:
    """The nudges stop; the logs stay in the member's history."""
    await _change(db, goal, "removed", lambda tx, schedule: engine.stop(tx, schedule, now))


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
    await engine.start(
        db, kind=SUMMARY, user_id=user_id, guild_id=guild_id, at=at, days=frozenset({day}), zone=timezone, now=now
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
