"""The engine's state changes: one function each, one transaction each, and their invariants."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.database import Database
from bot.engine import storage as engine
from bot.engine.recurrence import ALL_DAYS, WEEKDAYS
from tests.conftest import BOTH_ENGINES

NOW = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)  # a Monday
ZONE = "Europe/London"


pytestmark = BOTH_ENGINES


@pytest.fixture
def db(database: Database) -> Database:
    return database


async def checkin(db: Database, user_id: int = 1) -> engine.Schedule:
    return await engine.start(
        db, kind="checkin", user_id=user_id, guild_id=9, at=time(9, 0), days=ALL_DAYS, zone=ZONE, now=NOW
    )


async def pending(db: Database, schedule_id: int) -> list[tuple]:
    rows = await db.fetchall(
        "SELECT slot, due_utc, status FROM deliveries WHERE schedule_id = ? AND status = 'pending' ORDER BY id",
        (schedule_id,),
    )
    return [tuple(r) for r in rows]


async def test_start_runs_at_the_next_slot_and_restarting_replaces_it(db: Database) -> None:
    first = await checkin(db)
    assert first.state == "active" and first.next_run == datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    again = await engine.start(
        db, kind="checkin", user_id=1, guild_id=9, at=time(20, 0), days=WEEKDAYS, zone=ZONE, now=NOW
    )
    assert again.id == first.id and again.at == time(20, 0) and again.days == WEEKDAYS


async def test_a_paused_or_stopped_schedule_has_no_next_run(db: Database) -> None:
    schedule = await checkin(db)
    paused = await engine.pause(db, schedule.id, NOW)
    assert paused.state == "paused" and paused.next_run is None and paused.pause_reason == "member"
    assert await engine.skip_next(db, schedule.id, NOW) is None  # nothing coming, nothing to skip
    resumed = await engine.resume(db, schedule.id, NOW)
    assert resumed.state == "active" and resumed.next_run is not None and resumed.pause_reason is None
    stopped = await engine.stop(db, schedule.id, NOW)
    assert stopped.state == "stopped" and stopped.next_run is None
    assert await engine.earliest_due(db) is None


async def test_a_pause_with_an_end_resumes_by_itself_after_it(db: Database) -> None:
    schedule = await checkin(db)
    until = NOW + timedelta(days=3)
    paused = await engine.pause(db, schedule.id, NOW, until=until)
    assert paused.state == "active" and paused.paused_until == until
    assert paused.next_run is not None and paused.next_run > until
    skipped = await engine.skip_next(db, schedule.id, NOW)
    assert skipped is not None and skipped.paused_until == until  # skipping keeps the pause's end
    assert skipped.next_run == paused.next_run + timedelta(days=1)


async def test_a_snooze_never_creates_a_second_delivery_for_a_slot(db: Database) -> None:
    schedule = await checkin(db)
    original = await engine.send_extra_now(db, schedule.id, now=NOW, variants=5)
    due = NOW + timedelta(hours=1)
    snoozes = await asyncio.gather(*(engine.snooze(db, original, due=due, now=NOW) for _ in range(5)))
    assert len(set(snoozes)) == 5
    slots = [row[0] for row in await pending(db, schedule.id)]
    assert len(slots) == len(set(slots)) == 6  # the original and five snoozes, each its own slot
    marks = ",".join("?" * len(snoozes))
    roots = await db.fetchall(f"SELECT DISTINCT root_id FROM deliveries WHERE id IN ({marks})", snoozes)
    assert [r[0] for r in roots] == [original]  # every snooze answers to the original


async def test_replan_keeps_pending_deliveries_and_a_paused_schedule_paused(db: Database) -> None:
    schedule = await checkin(db)
    original = await engine.send_extra_now(db, schedule.id, now=NOW, variants=5)
    await engine.snooze(db, original, due=NOW + timedelta(hours=1), now=NOW)
    before = await pending(db, schedule.id)
    replanned = await engine.replan(db, schedule.id, at=time(21, 30), days=WEEKDAYS, zone="Asia/Tokyo", now=NOW)
    assert replanned.at == time(21, 30) and replanned.timezone == "Asia/Tokyo" and replanned.next_run is not None
    assert await pending(db, schedule.id) == before
    await engine.pause(db, schedule.id, NOW)
    still = await engine.replan(db, schedule.id, at=time(7, 0), days=ALL_DAYS, zone=ZONE, now=NOW)
    assert still.state == "paused" and still.next_run is None and still.at == time(7, 0)


async def test_an_extra_checkin_takes_the_next_slot_and_a_new_variant(db: Database) -> None:
    schedule = await checkin(db)
    ids = [await engine.send_extra_now(db, schedule.id, now=NOW, variants=5) for _ in range(3)]
    slots = [r[0] for r in await pending(db, schedule.id)]
    assert slots == ["2026-03-02/now-1", "2026-03-02/now-2", "2026-03-02/now-3"] and len(set(ids)) == 3
    variants = [r[0] for r in await db.fetchall("SELECT variant FROM deliveries ORDER BY id")]
    assert all(a != b for a, b in itertools.pairwise(variants))  # never the same text twice


async def test_each_change_is_one_transaction_and_joins_an_open_one(db: Database) -> None:
    schedule = await checkin(db)
    with pytest.raises(RuntimeError):
        async with db.transaction() as tx:
            await engine.pause(tx, schedule.id, NOW)
            await engine.replan(tx, schedule.id, at=time(6, 0), days=ALL_DAYS, zone=ZONE, now=NOW)
            raise RuntimeError("the feature's own change failed")
    unchanged = await engine.get_schedule_by_id(db, schedule.id)
    assert unchanged == schedule  # the feature's failure undid the schedule change with it


async def test_an_anchor_never_runs_and_carries_one_offs_once(db: Database) -> None:
    anchor = await engine.anchor(db, kind="buddy", user_id=1, guild_id=9, now=NOW)
    assert anchor.state == "paused" and anchor.next_run is None
    assert (await engine.anchor(db, kind="buddy", user_id=1, guild_id=9, now=NOW)).id == anchor.id
    first = await engine.add_one_off(db, anchor.id, slot="followup-7", due=NOW, now=NOW)
    assert first is not None
    assert await engine.add_one_off(db, anchor.id, slot="followup-7", due=NOW, now=NOW) is None
