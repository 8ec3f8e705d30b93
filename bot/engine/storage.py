"""Storage for schedules and deliveries: the engine's source of truth.

Claiming is one short transaction: due schedules become `pending` deliveries (unique per slot) and
advance; then pending deliveries are leased to this dispatcher. A dispatcher that dies leaves a
lease that expires, and whoever claims next sends again with the same nonce, which Discord
deduplicates.

The engine's API for features is at the end ("State changes"): every change to a schedule is one
function, and each is one transaction. Features never write `schedules` or `deliveries` themselves.
A function given an open transaction (an `Executor`) joins it, so a feature can change its own rows
and a schedule atomically (a goal and its nudges); given the `Database` it opens its own. The
invariants hold by construction: a paused or stopped schedule has no next run; a snooze or an extra
check-in takes the next free slot inside the transaction, so it never creates a second delivery for
a slot; replanning changes the timing and never touches a pending delivery.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.database import Database, Executor
from bot.engine.recurrence import (
    ALL_DAYS,
    Recurrence,
    days_to_mask,
    decide,
    in_quiet_hours,
    mask_to_days,
    quiet_hours_end,
)
from bot.personal_data import DELETE, PersonalData

# A schedule and everything sent from it are the member's own.
PERSONAL_DATA = PersonalData(columns={"schedules": {"user_id": DELETE}, "deliveries": {"user_id": DELETE}})


def ts(instant: datetime) -> int:
    return int(instant.timestamp())


def from_ts(value: int) -> datetime:
    return datetime.fromtimestamp(value, UTC)


@dataclass(frozen=True)
class Schedule:
    id: int
    kind: str
    user_id: int
    guild_id: int
    ref_id: int
    at: time
    days: frozenset[int]
    timezone: str
    state: str
    paused_until: datetime | None
    pause_reason: str | None
    next_run: datetime | None
    next_slot: date | None
    last_variant: int | None

    @property
    def recurrence(self) -> Recurrence:
        return Recurrence(self.at, self.days, ZoneInfo(self.timezone))

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


_SCHEDULE_COLUMNS = (
    "id, kind, user_id, guild_id, ref_id, local_time, days, timezone, state, paused_until, pause_reason,"
    " next_run_utc, next_slot, last_variant"
)


def _schedule(row: Sequence) -> Schedule:
    return Schedule(
        id=row[0],
        kind=row[1],
        user_id=row[2],
        guild_id=row[3],
        ref_id=row[4],
        at=time.fromisoformat(row[5]),
        days=mask_to_days(row[6]),
        timezone=row[7],
        state=row[8],
        paused_until=from_ts(row[9]) if row[9] is not None else None,
        pause_reason=row[10],
        next_run=from_ts(row[11]) if row[11] is not None else None,
        next_slot=date.fromisoformat(row[12]) if row[12] else None,
        last_variant=row[13],
    )


async def get_schedule(db: Database, kind: str, user_id: int, guild_id: int, ref_id: int = 0) -> Schedule | None:
    row = await db.fetchone(
        f"SELECT {_SCHEDULE_COLUMNS} FROM schedules WHERE kind = ? AND user_id = ? AND guild_id = ? AND ref_id = ?",
        (kind, user_id, guild_id, ref_id),
    )
    return _schedule(row) if row else None


async def get_schedule_by_id(db: Database | Executor, schedule_id: int) -> Schedule | None:
    row = await db.fetchone(f"SELECT {_SCHEDULE_COLUMNS} FROM schedules WHERE id = ?", (schedule_id,))
    return _schedule(row) if row else None


@dataclass(frozen=True)
class Job:
    """A leased delivery, with what is needed to render and send it."""

    delivery_id: int
    root_id: int
    schedule_id: int
    kind: str
    user_id: int
    guild_id: int
    ref_id: int
    slot: str
    variant: int
    attempts: int
    due: datetime  # when it was first due: the catch-up window counts from here
    dm_channel_id: int | None
    dm_closed: bool
    locale: str | None
    # An earlier attempt was made and never recorded (the process died): it may have arrived, so the
    # DM channel is checked before anything is sent again.
    maybe_sent: bool = False


VariantCount = Callable[[str], int]


async def claim(
    db: Database,
    *,
    now: datetime,
    window: timedelta,
    lease: timedelta,
    limit: int,
    variants: VariantCount,
    rng: random.Random,
) -> Claimed:
    """Turn due schedules into pending deliveries and lease up to `limit` of them, atomically. Slots
    let go (too late after downtime, or superseded by a later one) are recorded as skipped, with why."""
    async with db.transaction() as tx:
        rows = await tx.fetchall(
            f"SELECT {_SCHEDULE_COLUMNS}, m.quiet_start, m.quiet_end FROM schedules s"
            " LEFT JOIN members m USING (user_id)"
            " WHERE s.state = 'active' AND s.next_run_utc <= ? ORDER BY s.next_run_utc LIMIT ?" + tx.for_update("s"),
            (ts(now), limit),
        )
        new_deliveries, skipped, advances = [], [], []
        for row in rows:
            schedule = _schedule(row)
            assert schedule.next_run is not None and schedule.next_slot is not None
            later = _quiet_until(row[14], row[15], schedule, now)
            if later is not None:
                # Quiet hours: the same slot, later. Nothing is lost, nothing arrives at night.
                advances.append((ts(later), schedule.next_slot.isoformat(), schedule.last_variant, schedule.id))
                continue
            decision = decide(schedule.recurrence, schedule.next_run, schedule.next_slot, now, window)
            variant = schedule.last_variant
            if decision.send is not None:
                choices = [i for i in range(max(1, variants(schedule.kind))) if i != schedule.last_variant] or [0]
                variant = rng.choice(choices)
                new_deliveries.append(
                    (schedule.id, decision.send.isoformat(), schedule.user_id, ts(now), ts(now), variant, ts(now))
                )
            skipped += [(schedule.id, d.isoformat(), schedule.user_id, ts(now), ts(now), why, ts(now))
                        for d, why in decision.skipped]  # fmt: skip
            advances.append((ts(decision.next_run), decision.next_slot.isoformat(), variant, schedule.id))
        if new_deliveries:
            await tx.executemany(
                "INSERT INTO deliveries (schedule_id, slot, user_id, status, due_utc, first_due, variant, created_at)"
                " VALUES (?, ?, ?, 'pending', ?, ?, ?, ?) ON CONFLICT (schedule_id, slot) DO NOTHING",
                new_deliveries,
            )
        if skipped:
            await tx.executemany(
                "INSERT INTO deliveries (schedule_id, slot, user_id, status, due_utc, first_due, reason, created_at)"
                " VALUES (?, ?, ?, 'skipped', ?, ?, ?, ?) ON CONFLICT (schedule_id, slot) DO NOTHING",
                skipped,
            )
        if advances:
            await tx.executemany(
                "UPDATE schedules SET next_run_utc = ?, next_slot = ?, last_variant = ? WHERE id = ?", advances
            )
        return Claimed(
            await _lease(tx, now, lease, limit), stale=sum(1 for s in skipped if s[5] == "stale"), planned=len(rows)
        )


def _quiet_until(quiet_start: str | None, quiet_end: str | None, schedule: Schedule, now: datetime) -> datetime | None:
    """When the member's quiet hours end, if `now` is inside them."""
    if not (quiet_start and quiet_end):
        return None
    start, end = time.fromisoformat(quiet_start), time.fromisoformat(quiet_end)
    if not in_quiet_hours(now.astimezone(schedule.zone).time(), start, end):
        return None
    return quiet_hours_end(now, schedule.zone, start, end)


@dataclass(frozen=True)
class Claimed:
    jobs: list[Job]
    stale: int  # slots let go this time because they were past the catch-up window
    planned: int = 0  # due schedules moved on to their next run (with or without a delivery)


async def _lease(tx: Executor, now: datetime, lease: timedelta, limit: int, only: int | None = None) -> list[Job]:
    rows = await tx.fetchall(
        "SELECT d.id, COALESCE(d.root_id, d.id), d.schedule_id, s.kind, d.user_id, s.guild_id, s.ref_id, d.slot,"
        " COALESCE(d.variant, 0), d.attempts + 1, d.first_due, m.dm_channel_id, m.dm_closed_at, m.last_locale,"
        " d.in_flight"
        " FROM deliveries d JOIN schedules s ON s.id = d.schedule_id LEFT JOIN members m ON m.user_id = d.user_id"
        " WHERE d.status = 'pending' AND d.due_utc <= ? AND (d.lease_until IS NULL OR d.lease_until < ?)"
        + (" AND d.id = ?" if only is not None else "")
        + " ORDER BY d.due_utc LIMIT ?"
        + tx.for_update("d"),
        (ts(now), ts(now), *((only,) if only is not None else ()), limit),
    )
    if not rows:
        return []
    await tx.executemany(
        "UPDATE deliveries SET lease_until = ?, attempts = attempts + 1 WHERE id = ?",
        [(ts(now + lease), row[0]) for row in rows],
    )
    return [
        Job(
            delivery_id=r[0],
            root_id=r[1],
            schedule_id=r[2],
            kind=r[3],
            user_id=r[4],
            guild_id=r[5],
            ref_id=r[6],
            slot=r[7],
            variant=r[8],
            attempts=r[9],
            due=from_ts(r[10]),
            dm_channel_id=r[11],
            dm_closed=r[12] is not None,
            locale=r[13],
            maybe_sent=bool(r[14]),
        )
        for r in rows
    ]


@dataclass(frozen=True)
class Outcome:
    delivery_id: int
    status: str  # sent | undeliverable | skipped | failed | retry
    channel_id: int | None = None
    message_id: int | None = None
    retry_at: datetime | None = None
    reason: str | None = None
    maybe_sent: bool = False  # a retry after a lost answer: the request may have arrived
    problem: str | None = None  # why a send will be retried ("429", "502", "timeout"), for one log line


async def record(db: Database, outcomes: Iterable[Outcome], now: datetime) -> None:
    """Write what happened to a batch of sends, in one transaction."""
    done, retries = [], []
    for o in outcomes:
        if o.status == "retry":
            assert o.retry_at is not None
            retries.append((ts(o.retry_at), int(o.maybe_sent), o.delivery_id))
        else:
            sent_at = ts(now) if o.status == "sent" else None
            done.append((o.status, o.channel_id, o.message_id, sent_at, o.reason, o.delivery_id))
    if not done and not retries:
        return
    async with db.transaction() as tx:
        if done:
            await tx.executemany(
                "UPDATE deliveries SET status = ?, channel_id = ?, message_id = ?, sent_at = ?, lease_until = NULL,"
                " in_flight = 0, reason = ? WHERE id = ?",
                done,
            )
        if retries:
            await tx.executemany(
                "UPDATE deliveries SET due_utc = ?, lease_until = NULL, in_flight = ?"
                " WHERE id = ? AND status = 'pending'",
                retries,
            )


async def mark_sending(db: Database, delivery_ids: list[int]) -> None:
    """These deliveries' requests go out now: after a crash, they are checked before being sent again."""
    async with db.transaction() as tx:
        await tx.executemany("UPDATE deliveries SET in_flight = 1 WHERE id = ?", [(i,) for i in delivery_ids])


async def release_leases(db: Database) -> int:
    """At start-up, when no other process can be sending (one process per SQLite file): what the last
    life leased is due again now instead of when its lease runs out, still marked possibly sent."""
    return await db.execute(
        "UPDATE deliveries SET lease_until = NULL WHERE status = 'pending' AND lease_until IS NOT NULL"
    )


async def lease_one(db: Database, delivery_id: int, now: datetime, lease: timedelta) -> Job | None:
    """Lease one specific pending delivery that is due (to send it right away)."""
    async with db.transaction() as tx:
        jobs = await _lease(tx, now, lease, 1, only=delivery_id)
        return jobs[0] if jobs else None


@dataclass(frozen=True)
class DeliveryInfo:
    id: int
    root_id: int
    schedule_id: int
    user_id: int
    guild_id: int
    kind: str
    slot: str
    status: str
    variant: int
    state: str  # the schedule's


async def get_delivery(db: Database, delivery_id: int) -> DeliveryInfo | None:
    row = await db.fetchone(
        "SELECT d.id, COALESCE(d.root_id, d.id), d.schedule_id, d.user_id, s.guild_id, s.kind, d.slot, d.status,"
        " COALESCE(d.variant, 0), s.state FROM deliveries d JOIN schedules s ON s.id = d.schedule_id WHERE d.id = ?",
        (delivery_id,),
    )
    return DeliveryInfo(*row) if row else None


async def earliest_due(db: Database) -> datetime | None:
    """When the next wake-up is needed: the earliest active schedule or pending delivery."""
    # A delivery leased by a dispatcher that died is due again only when its lease runs out.
    value = await db.fetchval(
        "SELECT MIN(t) FROM (SELECT MIN(next_run_utc) AS t FROM schedules WHERE state = 'active'"
        " UNION ALL SELECT MIN(CASE WHEN lease_until IS NOT NULL AND lease_until >= due_utc"
        " THEN lease_until + 1 ELSE due_utc END) FROM deliveries WHERE status = 'pending') AS due"
    )
    return from_ts(value) if value is not None else None


async def guilds_of(db: Database, user_id: int) -> list[int]:
    """The servers in which this member has anything scheduled (check-ins, goals, buddy follow-ups)."""
    rows = await db.fetchall("SELECT DISTINCT guild_id FROM schedules WHERE user_id = ? ORDER BY guild_id", (user_id,))
    return [r[0] for r in rows]


# ---- State changes: the engine's API for features -----------------------------------------------

PAUSED_ANCHOR_TIME = time(0, 0)


@contextlib.asynccontextmanager
async def _transaction(db: Database | Executor) -> AsyncIterator[Executor]:
    if isinstance(db, Executor):
        yield db
    else:
        async with db.transaction() as tx:
            yield tx


async def _load(tx: Executor, schedule_id: int) -> Schedule:
    row = await tx.fetchone(f"SELECT {_SCHEDULE_COLUMNS} FROM schedules WHERE id = ?", (schedule_id,))
    if row is None:
        raise LookupError(f"no schedule {schedule_id}")
    return _schedule(row)


async def _set(
    tx: Executor,
    schedule_id: int,
    now: datetime,
    *,
    state: str,
    next_run: tuple[datetime, date] | None,
    paused_until: datetime | None = None,
    pause_reason: str | None = None,
) -> Schedule:
    await tx.execute(
        "UPDATE schedules SET state = ?, next_run_utc = ?, next_slot = ?, paused_until = ?, pause_reason = ?,"
        " updated_at = ? WHERE id = ?",
        (
            state,
            ts(next_run[0]) if next_run else None,
            next_run[1].isoformat() if next_run else None,
            ts(paused_until) if paused_until else None,
            pause_reason,
            ts(now),
            schedule_id,
        ),
    )
    return await _load(tx, schedule_id)


async def start(
    db: Database | Executor,
    *,
    kind: str,
    user_id: int,
    guild_id: int,
    ref_id: int = 0,
    at: time,
    days: frozenset[int],
    zone: str,
    now: datetime,
) -> Schedule:
    """Create or restart (one per member, server and feature row) an active schedule from `now` on."""
    next_run, next_slot = Recurrence(at, days, ZoneInfo(zone)).next_after(now)
    async with _transaction(db) as tx:
        await tx.execute(
            "INSERT INTO schedules (kind, user_id, guild_id, ref_id, local_time, days, timezone, state,"
            " next_run_utc, next_slot, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'active', ?, ?, ?, ?)"
            " ON CONFLICT (kind, user_id, guild_id, ref_id) DO UPDATE SET local_time = excluded.local_time,"
            " days = excluded.days, timezone = excluded.timezone, state = 'active', paused_until = NULL,"
            " pause_reason = NULL, next_run_utc = excluded.next_run_utc, next_slot = excluded.next_slot,"
            " updated_at = excluded.updated_at",
            (kind, user_id, guild_id, ref_id, at.strftime("%H:%M"), days_to_mask(days), zone, ts(next_run),
             next_slot.isoformat(), ts(now), ts(now)),
        )  # fmt: skip
        row = await tx.fetchone(
            f"SELECT {_SCHEDULE_COLUMNS} FROM schedules WHERE kind = ? AND user_id = ? AND guild_id = ? AND ref_id = ?",
            (kind, user_id, guild_id, ref_id),
        )
        assert row is not None
        return _schedule(row)


async def anchor(db: Database | Executor, *, kind: str, user_id: int, guild_id: int, now: datetime) -> Schedule:
    """A schedule that never runs by itself, to hang one-off deliveries on (a buddy follow-up)."""
    async with _transaction(db) as tx:
        await tx.execute(
            "INSERT INTO schedules (kind, user_id, guild_id, local_time, days, timezone, state, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 'UTC', 'paused', ?, ?) ON CONFLICT DO NOTHING",
            (kind, user_id, guild_id, PAUSED_ANCHOR_TIME.strftime("%H:%M"), days_to_mask(ALL_DAYS), ts(now), ts(now)),
        )
        row = await tx.fetchone(
            f"SELECT {_SCHEDULE_COLUMNS} FROM schedules WHERE kind = ? AND user_id = ? AND guild_id = ? AND ref_id = 0",
            (kind, user_id, guild_id),
        )
        assert row is not None
        return _schedule(row)


async def pause(
    db: Database | Executor, schedule_id: int, now: datetime, *, until: datetime | None = None, reason: str = "member"
) -> Schedule:
    """Until a moment (it resumes by itself: the next run is the first slot after it), or until resumed."""
    async with _transaction(db) as tx:
        schedule = await _load(tx, schedule_id)
        if until is None:
            return await _set(tx, schedule_id, now, state="paused", next_run=None, pause_reason=reason)
        nxt = schedule.recurrence.next_after(until)
        return await _set(tx, schedule_id, now, state="active", next_run=nxt, paused_until=until, pause_reason=reason)


async def resume(db: Database | Executor, schedule_id: int, now: datetime) -> Schedule:
    """Active again from now on, whatever paused it."""
    async with _transaction(db) as tx:
        schedule = await _load(tx, schedule_id)
        return await _set(tx, schedule_id, now, state="active", next_run=schedule.recurrence.next_after(now))


async def skip_next(db: Database | Executor, schedule_id: int, now: datetime) -> Schedule | None:
    """Skip only the next run; None when nothing is coming (paused or stopped)."""
    async with _transaction(db) as tx:
        schedule = await _load(tx, schedule_id)
        if schedule.state != "active" or schedule.next_run is None:
            return None
        return await _set(
            tx,
            schedule_id,
            now,
            state="active",
            next_run=schedule.recurrence.next_after(schedule.next_run),
            paused_until=schedule.paused_until,
            pause_reason=schedule.pause_reason,
        )


async def replan(
    db: Database | Executor, schedule_id: int, *, at: time, days: frozenset[int], zone: str, now: datetime
) -> Schedule:
    """New time, days or zone. A paused schedule stays paused; a pause with an end date keeps it; a
    pending delivery (a snooze, one due now) is left as it is."""
    async with _transaction(db) as tx:
        await tx.execute(
            "UPDATE schedules SET local_time = ?, days = ?, timezone = ?, updated_at = ? WHERE id = ?",
            (at.strftime("%H:%M"), days_to_mask(days), zone, ts(now), schedule_id),
        )
        schedule = await _load(tx, schedule_id)
        if schedule.state != "active":
            return schedule
        start = max(now, schedule.paused_until) if schedule.paused_until else now
        return await _set(
            tx,
            schedule_id,
            now,
            state="active",
            next_run=schedule.recurrence.next_after(start),
            paused_until=schedule.paused_until,
            pause_reason=schedule.pause_reason,
        )


async def stop(db: Database | Executor, schedule_id: int, now: datetime) -> Schedule:
    async with _transaction(db) as tx:
        return await _set(tx, schedule_id, now, state="stopped", next_run=None)


async def _free_slot(tx: Executor, schedule_id: int, prefix: str) -> str:
    count = await tx.fetchval(
        "SELECT COUNT(*) FROM deliveries WHERE schedule_id = ? AND slot LIKE ?", (schedule_id, prefix + "%")
    )
    return f"{prefix}{int(count) + 1}"


async def snooze(db: Database | Executor, delivery_id: int, *, due: datetime, now: datetime) -> int:
    """The same message again at `due`, as a delivery of its own that answers to the original."""
    async with _transaction(db) as tx:
        row = await tx.fetchone(
            "SELECT schedule_id, slot, COALESCE(root_id, id), user_id, variant FROM deliveries WHERE id = ?",
            (delivery_id,),
        )
        if row is None:
            raise LookupError(f"no delivery {delivery_id}")
        schedule_id, slot, root_id, user_id, variant = row
        new_slot = await _free_slot(tx, schedule_id, f"{slot[:10]}/snooze-")
        return await tx.insert(
            "INSERT INTO deliveries (schedule_id, slot, root_id, user_id, status, due_utc, first_due, variant,"
            " created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?, ?, ?)",
            (schedule_id, new_slot, root_id, user_id, ts(due), ts(due), variant, ts(now)),
        )


async def send_extra_now(db: Database | Executor, schedule_id: int, *, now: datetime, variants: int) -> int:
    """One more delivery of this schedule, due now (a check-in the member asked for), with a text
    variant other than the last one they saw."""
    async with _transaction(db) as tx:
        schedule = await _load(tx, schedule_id)
        today = now.astimezone(schedule.zone).date().isoformat()
        slot = await _free_slot(tx, schedule_id, f"{today}/now-")
        choices = [i for i in range(max(1, variants)) if i != schedule.last_variant] or [0]
        variant = choices[(int(slot.rsplit("-", 1)[1]) + schedule.id) % len(choices)]
        await tx.execute("UPDATE schedules SET last_variant = ? WHERE id = ?", (variant, schedule_id))
        return await tx.insert(
            "INSERT INTO deliveries (schedule_id, slot, user_id, status, due_utc, first_due, variant, created_at)"
            " VALUES (?, ?, ?, 'pending', ?, ?, ?, ?)",
            (schedule_id, slot, schedule.user_id, ts(now), ts(now), variant, ts(now)),
        )


async def add_one_off(
    db: Database | Executor, schedule_id: int, *, slot: str, due: datetime, now: datetime
) -> int | None:
    """A named one-off delivery (a pairing's follow-up); None if that slot already exists."""
    async with _transaction(db) as tx:
        user_id = await tx.fetchval("SELECT user_id FROM schedules WHERE id = ?", (schedule_id,))
        changed = await tx.execute(
            "INSERT INTO deliveries (schedule_id, slot, user_id, status, due_utc, first_due, created_at)"
            " VALUES (?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT (schedule_id, slot) DO NOTHING",
            (schedule_id, slot, user_id, ts(due), ts(due), ts(now)),
        )
        if not changed:
            return None
        return int(
            await tx.fetchval("SELECT id FROM deliveries WHERE schedule_id = ? AND slot = ?", (schedule_id, slot))
        )


async def reserve_sends(db: Database, count: int, now_us: int, interval_us: int) -> int:
    """Reserve `count` consecutive permits of the shared budget (every process of the bot draws on it);
    returns the moment of the first, in microseconds since the epoch. The rest follow `interval_us`
    apart, and nobody else gets a permit in between."""
    async with db.transaction() as tx:
        end = await tx.fetchval(
            "UPDATE send_budget SET next_at = CASE WHEN next_at > ? THEN next_at ELSE ? END + ?"
            " WHERE scope = 'global' RETURNING next_at",
            (now_us, now_us, count * interval_us),
        )
    return int(end) - count * interval_us


async def hold_sends(db: Database, until_us: int) -> None:
    """Discord said 429 for the whole bot: no process gets a permit before `until_us`."""
    await db.execute(
        "UPDATE send_budget SET next_at = CASE WHEN next_at > ? THEN next_at ELSE ? END WHERE scope = 'global'",
        (until_us, until_us),
    )


async def active_schedules_by_kind(db: Database) -> dict[str, int]:
    rows = await db.fetchall("SELECT kind, COUNT(*) FROM schedules WHERE state = 'active' GROUP BY kind")
    return {row[0]: int(row[1]) for row in rows}


async def oldest_overdue(db: Database, now: datetime) -> datetime | None:
    """The earliest moment something was due and has not been sent yet (None: nothing is late)."""
    value = await db.fetchval(
        "SELECT MIN(t) FROM (SELECT MIN(next_run_utc) AS t FROM schedules WHERE state = 'active'"
        " AND next_run_utc <= ? UNION ALL SELECT MIN(due_utc) FROM deliveries WHERE status = 'pending'"
        " AND due_utc <= ?) AS late",
        (ts(now), ts(now)),
    )
    return from_ts(value) if value is not None else None


async def failed_since(db: Database, since: datetime) -> dict[str, int]:
    """Deliveries that failed or could not be delivered since `since`, by reason."""
    rows = await db.fetchall(
        "SELECT COALESCE(reason, status), COUNT(*) FROM deliveries WHERE status IN ('failed', 'undeliverable')"
        " AND created_at >= ? GROUP BY COALESCE(reason, status)",
        (ts(since),),
    )
    return {row[0]: int(row[1]) for row in rows}


async def pending_count(db: Database) -> int:
    return int(await db.fetchval("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'") or 0)
