"""The engine under pressure, in short versions of the drills in bench/drills.py: a database that refuses
writes, a locked database, a second process, a damaged file, an outage's log, retry_after, a crash."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

from bot import members
from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.database import Database, DatabaseError
from bot.engine import storage
from bot.engine.pacer import Priority
from bot.sandbox import Sandbox, User
from tests.conftest import Community
from tests.test_dispatcher import advance_to, checkins_to, deliveries, due_now, schedule_soon
from tests.test_process import ROOT, clean_env, run

pytestmark = pytest.mark.filterwarnings("ignore::ResourceWarning")


async def crowd_due(
    bot: CheckinBot, clock: FakeClock, community: Community, prefix: str, count: int
) -> tuple[list[User], list[storage.Schedule]]:
    """`count` new members with daily check-ins, the clock at their (shared) minute, nothing else due."""
    crowd = [community.add_member(f"{prefix}{i}") for i in range(count)]
    schedules = [await schedule_soon(bot, user, community.guild) for user in crowd]
    await only_these_due(bot, clock, schedules)
    return crowd, schedules


async def only_these_due(bot: CheckinBot, clock: FakeClock, schedules: list[storage.Schedule]) -> None:
    """The clock at these schedules' minute, with whatever other tests left due before it sent first."""
    due = schedules[0].next_run
    assert due is not None and all(s.next_run == due for s in schedules)
    advance_to(clock, due - timedelta(seconds=1))
    await bot.dispatcher.run_once()
    advance_to(clock, due)


async def test_a_database_that_refuses_writes_loses_nothing_and_sends_nothing_twice(
    bot: CheckinBot,
    clock: FakeClock,
    sandbox: Sandbox,
    community: Community,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    crowd, schedules = await crowd_due(bot, clock, community, "w", 6)
    real_record = storage.record
    refusals = 0

    async def disk_full(db, outcomes, now):  # type: ignore[no-untyped-def]
        nonlocal refusals
        refusals += 1
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("bot.engine.dispatcher.storage.record", disk_full)
    caplog.set_level(logging.WARNING, logger="bot.engine.dispatcher")
    await bot.dispatcher.run_once()
    assert all(len(checkins_to(sandbox, u)) == 1 for u in crowd)  # sent, and kept in memory unrecorded
    again = await bot.dispatcher.run_once()  # the database still refuses: nothing new is claimed
    assert again == 0 and refusals >= 2
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1 and "keeping them" in errors[0].getMessage()  # one clear line, not one a try

    monkeypatch.setattr("bot.engine.dispatcher.storage.record", real_record)
    await bot.dispatcher.run_once()
    for schedule in schedules:
        assert [r["status"] for r in await deliveries(bot, schedule.id)] == ["sent"]
    assert all(len(checkins_to(sandbox, u)) == 1 for u in crowd)


async def test_answers_do_not_wait_for_a_locked_database(bot: CheckinBot, community: Community) -> None:
    other_writer = sqlite3.connect(str(bot.db.path), timeout=0.1, isolation_level=None)
    other_writer.execute("BEGIN IMMEDIATE")  # another process holds the write lock
    try:
        started = time.perf_counter()
        shown = await community.as_(community.alex).slash("help")
        settings = await community.as_(community.alex).slash("checkin settings")
        took = time.perf_counter() - started
    finally:
        other_writer.execute("ROLLBACK")
        other_writer.close()
    assert shown.ephemeral and settings.ephemeral and "check-ins" in settings.content
    assert took < 2.0, took  # reads never queue behind the lock, nor behind bookkeeping writes


async def test_a_second_process_on_the_same_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "one.sqlite3"
    first = await Database.open(path)
    try:
        with pytest.raises(DatabaseError, match="Another bot process"):
            await Database.open(path)
    finally:
        await first.close()
    again = await Database.open(path)  # and free again once the first one is gone
    await again.close()


@pytest.mark.parametrize("damage", ["garbage", "truncated"])
async def test_a_damaged_database_stops_the_bot_with_one_line(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "damaged.sqlite3"
    if damage == "garbage":
        path.write_bytes(b"this is not a database at all" * 400)
    else:
        raw = sqlite3.connect(path)
        raw.execute("CREATE TABLE t (x)")
        raw.executemany("INSERT INTO t VALUES (?)", [(i,) for i in range(20000)])
        raw.commit()
        raw.close()
        with path.open("r+b") as fh:
            fh.truncate(8192)
    env = clean_env(PYTHONPATH=str(ROOT), DISCORD_TOKEN="x" * 40, DATABASE_PATH=str(path))
    started = time.perf_counter()
    code, out, err = await run(env=env, cwd=tmp_path)
    assert code == 2 and time.perf_counter() - started < 20  # exits, never hangs
    assert err.strip().count("\n") == 0 and err.startswith("Cannot start: The database at"), err
    assert "Traceback" not in out + err


async def test_an_outage_logs_one_line_per_batch_and_retry_after_is_honoured(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community, caplog: pytest.LogCaptureFixture
) -> None:
    crowd, _ = await crowd_due(bot, clock, community, "o", 8)
    caplog.set_level(logging.WARNING)
    sandbox.inject_errors(502, count=len(crowd) * 2, path_contains="/channels/")
    sandbox.inject_errors(502, count=len(crowd), path_contains="/users/@me/channels")
    try:
        await bot.dispatcher.run_once()
    finally:
        sandbox._faults.clear()
    lines = [r.getMessage() for r in caplog.records if r.name.startswith(("bot", "cogs"))]
    assert len(lines) == 1 and "will be retried" in lines[0] and "502" in lines[0], lines

    # A 429 that is not global: the delivery comes back when Discord said, not after a fixed backoff.
    alex = community.alex
    channel_id = await bot.dispatcher.sender.open_channel(alex.id, Priority.URGENT)
    await members.set_dm_channel(bot.db, alex.id, channel_id, clock.now())
    schedule = await due_now(bot, clock, alex, community.guild)
    sandbox.shared_limit(f"/channels/{channel_id}/messages", count=1, retry_after=7.0)
    await bot.dispatcher.run_once()
    [row] = await deliveries(bot, schedule.id)
    assert row["status"] == "pending" and row["due_utc"] == storage.ts(clock.now()) + 7
    clock.advance(seconds=8)
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, alex)) == 1


@pytest.mark.parametrize("channel_known", [True, False], ids=["dm-channel-stored", "died-before-storing-it"])
async def test_after_a_crash_a_possibly_sent_checkin_is_checked_not_resent(
    bot: CheckinBot,
    clock: FakeClock,
    sandbox: Sandbox,
    community: Community,
    monkeypatch: pytest.MonkeyPatch,
    channel_known: bool,
) -> None:
    sam = community.sam
    sandbox.set_nonce_lifetime(0)  # no help from Discord's nonce memory: only the bot's own bookkeeping
    try:
        schedule = await due_now(bot, clock, sam, community.guild)

        async def died(db, outcomes, now):  # type: ignore[no-untyped-def]
            raise RuntimeError("killed before recording")

        monkeypatch.setattr("bot.engine.dispatcher.storage.record", died)
        with pytest.raises(RuntimeError):
            await bot.dispatcher.run_once()
        monkeypatch.undo()
        bot.dispatcher._unrecorded.clear()  # a killed process keeps nothing in memory
        if not channel_known:
            await bot.db.execute("UPDATE members SET dm_channel_id = NULL WHERE user_id = ?", (sam.id,))
        assert len(checkins_to(sandbox, sam)) == 1
        await storage.release_leases(bot.db)  # what a restart does with the last life's leases
        await bot.dispatcher.run_once()
    finally:
        sandbox.set_nonce_lifetime(300)
    assert len(checkins_to(sandbox, sam)) == 1  # found in the DM channel, recorded, not sent again
    [row] = await deliveries(bot, schedule.id)
    assert row["status"] == "sent" and row["message_id"] == checkins_to(sandbox, sam)[0].id


async def test_a_429_storm_loses_nothing_duplicates_nothing_and_wastes_few_requests(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    crowd, _ = await crowd_due(bot, clock, community, "s", 12)
    sandbox.reset_stats()
    sandbox.rate_limit_storm(0.6, retry_after=0.2)  # every bot request: a global 429, with Discord's headers
    for _ in range(20):
        await bot.dispatcher.run_once()
        if all(checkins_to(sandbox, u) for u in crowd):
            break
        clock.advance(seconds=1)  # requeued for when Discord said; the pacer also waited it out
        await asyncio.sleep(0.1)
    assert [len(checkins_to(sandbox, u)) for u in crowd] == [1] * len(crowd)
    stats = sandbox.stats()
    assert stats["rate_limited"] >= 1
    bot_requests = stats["requests"] - stats["interaction_requests"]
    # Each 429 stops everyone for retry_after: a handful of wasted requests, not one per check-in per try
    # (each new member costs two: opening the DM channel, then the check-in).
    assert bot_requests - stats["rate_limited"] == 2 * len(crowd) and stats["rate_limited"] <= 6, stats


async def test_a_send_is_noted_as_under_way_just_before_its_request_and_not_made_if_it_cannot_be(
    bot: CheckinBot,
    clock: FakeClock,
    sandbox: Sandbox,
    community: Community,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    crowd, _ = await crowd_due(bot, clock, community, "m", 4)
    marked_before_request: list[bool] = []
    real_request = bot.dispatcher.sender._rest.request

    async def watching(method, path, payload=None, files=None):  # type: ignore[no-untyped-def]
        if method == "POST" and path.endswith("/messages"):
            rows = await bot.db.fetchall("SELECT COUNT(*) FROM deliveries WHERE in_flight = 1")
            # This send's mark is there, and none of the sends still waiting has one yet (those made
            # already keep theirs until their outcome is written behind).
            marked_before_request.append(1 <= rows[0][0] <= len(marked_before_request) + 1)
        return await real_request(method, path, payload, files=files)

    monkeypatch.setattr(bot.dispatcher.sender._rest, "request", watching)
    monkeypatch.setattr(bot.dispatcher, "_semaphore", asyncio.Semaphore(1))  # one after another
    await bot.dispatcher.run_once()
    assert marked_before_request == [True] * len(crowd)
    assert all(len(checkins_to(sandbox, u)) == 1 for u in crowd)

    # The database refuses the mark: the send is not made (it could not be checked after a crash).
    late = community.add_member("late")
    schedule = await due_now(bot, clock, late, community.guild)

    async def locked(db, ids):  # type: ignore[no-untyped-def]
        raise sqlite3.OperationalError("database is locked")

    monkeypatch.setattr("bot.engine.dispatcher.storage.mark_sending", locked)
    caplog.set_level(logging.WARNING)
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, late) == []
    [row] = await deliveries(bot, schedule.id)
    assert row["status"] == "pending" and row["in_flight"] == 0
    lines = [r.getMessage() for r in caplog.records if r.name.startswith("bot")]
    assert len(lines) == 1 and "database is locked" in lines[0] and "Traceback" not in caplog.text
    monkeypatch.undo()
    clock.advance(seconds=6)
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, late)) == 1
