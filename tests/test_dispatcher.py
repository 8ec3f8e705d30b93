"""The scheduling engine end to end: the real bot's dispatcher, its database and the sandbox.

The session clock only moves forward; every time here is relative to `clock.now()`. Other tests'
schedules may fire when the clock moves, so assertions are only about this test's members.
"""

from __future__ import annotations

import asyncio
import itertools
import random
import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import members
from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.database_postgres import PostgresExecutor
from bot.database_sqlite import SqliteExecutor
from bot.engine import storage
from bot.engine.dispatcher import Dispatcher
from bot.engine.pacer import Priority
from bot.engine.recurrence import ALL_DAYS, days_to_mask
from bot.engine.storage import Schedule, from_ts, ts
from bot.sandbox import Guild, Message, Sandbox, User
from cogs.checkins import storage as checkins
from cogs.checkins._jobs import CheckinHandler
from tests.conftest import BOTH_ENGINES, Community

pytestmark = BOTH_ENGINES

ZONE = "Europe/London"
PROMPTS = (
    "Hi, just checking in.",
    "Hey. How has today been",
    "A quiet check-in from me",
    "Hello again.",
    "Thinking of you.",
)


async def schedule_soon(bot: CheckinBot, user: User, guild: Guild, hours: float = 2) -> Schedule:
    """A daily check-in at a local time a couple of hours from now."""
    local = (bot.clock.now() + timedelta(hours=hours)).astimezone(ZoneInfo(ZONE))
    at = local.time().replace(second=0, microsecond=0)
    schedule = await checkins.start(bot.db, user.id, guild.id, at, days_to_mask(ALL_DAYS), ZONE, bot.clock.now())
    assert schedule.next_run is not None and schedule.next_run > bot.clock.now()
    return schedule


def advance_to(clock: FakeClock, instant: datetime) -> None:
    assert instant >= clock.now(), "the shared clock only moves forward"
    clock.advance(instant - clock.now())


def checkins_to(sandbox: Sandbox, user: User) -> list[Message]:
    """The check-ins a member received: bot-initiated DMs with a prompt and the answer buttons."""
    return [
        m
        for m in sandbox.dms_to(user)
        if m.interaction_id is None and m.content.startswith(PROMPTS) and "Doing well" in m.labels()
    ]


async def deliveries(bot: CheckinBot, schedule_id: int) -> list[sqlite3.Row]:
    return await bot.db.fetchall("SELECT * FROM deliveries WHERE schedule_id = ? ORDER BY id", (schedule_id,))


async def claim_and_die(bot: CheckinBot, clock: FakeClock) -> list[storage.Job]:
    """What a dispatcher does before it sends: claim and lease everything due (then, here, nothing)."""
    claimed = await storage.claim(
        bot.db,
        now=clock.now(),
        window=bot.dispatcher.window,
        lease=bot.dispatcher.lease,
        limit=1000,
        variants=lambda kind: 5,
        rng=random.Random(1),
    )
    return claimed.jobs


async def due_now(bot: CheckinBot, clock: FakeClock, user: User, guild: Guild) -> Schedule:
    """A schedule, with everything else due flushed first, and the clock at its minute."""
    schedule = await schedule_soon(bot, user, guild)
    await bot.dispatcher.run_once()
    assert schedule.next_run is not None
    advance_to(clock, schedule.next_run)
    return schedule


async def test_checkin_arrives_at_its_minute_once(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    alex = community.alex
    schedule = await schedule_soon(bot, alex, community.guild)
    assert schedule.next_run is not None and schedule.next_slot is not None
    await bot.dispatcher.run_once()
    advance_to(clock, schedule.next_run - timedelta(seconds=1))
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, alex) == []
    assert await deliveries(bot, schedule.id) == []

    clock.advance(seconds=1)
    await bot.dispatcher.run_once()
    [dm] = checkins_to(sandbox, alex)
    assert dm.labels() == [
        "Doing well",
        "Okay",
        "So-so",
        "Struggling",
        "Really struggling",
        "Add a note",
        "Snooze 1 hour",
    ]
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, alex)) == 1

    [row] = await deliveries(bot, schedule.id)
    assert (row["status"], row["message_id"], row["channel_id"]) == ("sent", dm.id, dm.channel_id)
    assert row["slot"] == schedule.next_slot.isoformat()


async def test_crash_between_claim_and_send(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    sam = community.sam
    schedule = await due_now(bot, clock, sam, community.guild)
    # A dispatcher claims (and leases) the delivery, then dies before sending.
    jobs = await claim_and_die(bot, clock)
    assert [j.user_id for j in jobs if j.schedule_id == schedule.id] == [sam.id]
    assert checkins_to(sandbox, sam) == []

    await bot.dispatcher.run_once()  # the lease is still held
    assert checkins_to(sandbox, sam) == []

    clock.advance(bot.dispatcher.lease + timedelta(seconds=1))
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, sam)) == 1
    [row] = await deliveries(bot, schedule.id)
    assert row["status"] == "sent"


async def test_crash_between_send_and_record(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    alex = community.alex
    schedule = await due_now(bot, clock, alex, community.guild)

    async def record_dies(db, outcomes, now):  # type: ignore[no-untyped-def]
        raise RuntimeError("the process died before recording")

    monkeypatch.setattr("bot.engine.dispatcher.storage.record", record_dies)
    with pytest.raises(RuntimeError, match="died"):
        await bot.dispatcher.run_once()
    monkeypatch.undo()
    [first] = checkins_to(sandbox, alex)
    [row] = await deliveries(bot, schedule.id)
    assert row["status"] == "pending" and row["message_id"] is None

    clock.advance(bot.dispatcher.lease + timedelta(seconds=1))
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, alex) == [first]  # the nonce made the resend return the same message
    [row] = await deliveries(bot, schedule.id)
    assert (row["status"], row["message_id"]) == ("sent", first.id)


async def test_concurrent_dispatchers_send_each_checkin_once(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    second = Dispatcher(bot.db, bot.clock, bot.dispatcher.sender, window=bot.dispatcher.window, is_member=bot.is_member)
    second.register(CheckinHandler(bot.get_cog("CheckinsCog")))  # type: ignore[arg-type]
    crowd = [community.add_member(f"member{i}") for i in range(20)]
    schedules = [await schedule_soon(bot, user, community.guild) for user in crowd]
    assert len({s.next_run for s in schedules}) == 1
    await bot.dispatcher.run_once()
    advance_to(clock, schedules[0].next_run)  # type: ignore[arg-type]

    sent = await asyncio.gather(bot.dispatcher.run_once(), second.run_once())
    assert sum(sent) >= len(crowd)
    for user in crowd:
        assert len(checkins_to(sandbox, user)) == 1, user.name
    for schedule in schedules:
        assert [r["status"] for r in await deliveries(bot, schedule.id)] == ["sent"]


async def test_downtime_catch_up_sends_only_the_latest_slot(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    maya = community.maya
    schedule = await schedule_soon(bot, maya, community.guild)
    assert schedule.next_run is not None and schedule.next_slot is not None
    await bot.dispatcher.run_once()
    advance_to(clock, schedule.next_run + timedelta(days=1, hours=1))  # down since before the first slot
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, maya)) == 1
    rows = [(r["status"], r["slot"], r["reason"]) for r in await deliveries(bot, schedule.id)]
    latest, missed = (schedule.next_slot + timedelta(days=1)).isoformat(), schedule.next_slot.isoformat()
    assert sorted(rows) == [("sent", latest, None), ("skipped", missed, "superseded")]  # the gap leaves a trace


async def test_downtime_past_the_window_sends_nothing(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    maya = community.maya
    schedule = await schedule_soon(bot, maya, community.guild)
    assert schedule.next_run is not None and schedule.next_slot is not None
    await bot.dispatcher.run_once()
    advance_to(clock, schedule.next_run + timedelta(days=1, hours=3))
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, maya) == []
    rows = [(r["status"], r["reason"]) for r in await deliveries(bot, schedule.id)]
    assert sorted(rows) == [("skipped", "stale"), ("skipped", "superseded")]  # nothing sent, and why
    after = await checkins.get_schedule(bot.db, maya.id, community.guild.id)
    assert after is not None and after.state == "active"
    assert after.next_run == schedule.next_run + timedelta(days=2)
    assert after.next_slot == schedule.next_slot + timedelta(days=2)


async def test_closed_dms_are_marked_and_never_retried(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    sam = community.sam
    sandbox.open_dms(sam, False)
    schedule = await due_now(bot, clock, sam, community.guild)
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, sam) == []
    assert [r["status"] for r in await deliveries(bot, schedule.id)] == ["undeliverable"]
    assert (await members.get(bot.db, sam.id)).dm_closed

    channel = sandbox.dm_channel_of(sam)
    assert channel is not None
    on_channel = len(sandbox.rest_requests(f"/channels/{channel.id}"))
    # Other members' DMs may be opened in the same run, so the sender is watched for this member.
    asked: list[int] = []
    sender = bot.dispatcher.sender
    for name in ("send", "open_channel"):
        real = getattr(sender, name)
        monkeypatch.setattr(
            sender, name, lambda user_id, *a, real=real, **k: asked.append(user_id) or real(user_id, *a, **k)
        )

    clock.advance(days=1)  # the next slot
    await bot.dispatcher.run_once()
    monkeypatch.undo()
    assert sam.id not in asked
    assert len(sandbox.rest_requests(f"/channels/{channel.id}")) == on_channel
    assert [r["status"] for r in await deliveries(bot, schedule.id)] == ["undeliverable", "undeliverable"]


async def test_member_who_left_is_paused(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    alex = community.alex
    sandbox.remove_member(community.guild, alex)
    assert not any(alex.id in g.members for g in sandbox.guilds.values())
    schedule = await due_now(bot, clock, alex, community.guild)
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, alex) == []
    after = await storage.get_schedule_by_id(bot.db, schedule.id)
    assert after is not None
    assert (after.state, after.pause_reason, after.next_run) == ("paused", "left", None)
    assert not (await members.get(bot.db, alex.id)).dm_closed


async def test_server_error_is_retried_later(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    alex = community.alex
    # Open the DM channel first, so the injected error hits this member's send and nobody else's.
    channel_id = await bot.dispatcher.sender.open_channel(alex.id, Priority.URGENT)
    schedule = await due_now(bot, clock, alex, community.guild)
    sandbox.inject_errors(503, count=1, path_contains=f"/channels/{channel_id}/messages")
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, alex) == []
    [row] = await deliveries(bot, schedule.id)
    assert row["status"] == "pending" and row["lease_until"] is None
    assert row["due_utc"] > ts(clock.now())

    advance_to(clock, from_ts(row["due_utc"]))
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, alex)) == 1
    assert [r.status for r in sandbox.rest_requests(f"/channels/{channel_id}/messages", "POST")] == [503, 200]
    assert [r["status"] for r in await deliveries(bot, schedule.id)] == ["sent"]


async def test_wake_up_queries_use_the_due_indexes(
    bot: CheckinBot, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[tuple[str, tuple]] = []
    Executor = SqliteExecutor if bot.db.engine == "sqlite" else PostgresExecutor
    real_fetchall = Executor.fetchall

    async def spy(self, sql, params=()):  # type: ignore[no-untyped-def]
        seen.append((sql, tuple(params)))
        return await real_fetchall(self, sql, params)

    monkeypatch.setattr(Executor, "fetchall", spy)
    past = clock.now() - timedelta(days=365)  # nothing is due then: a claim with no side effects
    window, lease = bot.dispatcher.window, bot.dispatcher.lease
    claimed = await storage.claim(
        bot.db, now=past, window=window, lease=lease, limit=10, variants=lambda kind: 5, rng=random.Random(1)
    )
    monkeypatch.undo()
    assert claimed.jobs == []

    async def plan(fragment: str) -> str:
        sql, params = next((s, p) for s, p in seen if fragment in s)
        if bot.db.engine == "sqlite":
            rows = await bot.db.fetchall("EXPLAIN QUERY PLAN " + sql, params)
            return " | ".join(row["detail"] for row in rows)
        # PostgreSQL prefers a sequential scan of a test's few rows: ask whether the index can serve.
        async with bot.db.transaction() as tx:
            await tx.execute("SET LOCAL enable_seqscan = off")
            rows = await tx.fetchall("EXPLAIN " + sql, params)
        return " | ".join(row[0] for row in rows)

    schedules_plan = await plan("FROM schedules s")
    deliveries_plan = await plan("FROM deliveries d")
    if bot.db.engine == "sqlite":
        assert "SEARCH s USING INDEX schedules_due" in schedules_plan, schedules_plan
        assert "SEARCH d USING INDEX deliveries_pending" in deliveries_plan, deliveries_plan
    else:
        assert "using schedules_due" in schedules_plan.lower(), schedules_plan
        assert "using deliveries_pending" in deliveries_plan.lower(), deliveries_plan


async def test_retries_stop_at_the_catch_up_window(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    alex = community.alex
    channel_id = await bot.dispatcher.sender.open_channel(alex.id, Priority.URGENT)
    await members.set_dm_channel(bot.db, alex.id, channel_id, clock.now())
    schedule = await due_now(bot, clock, alex, community.guild)
    sandbox.inject_errors(503, count=1000, path_contains=f"/channels/{channel_id}/messages")
    first_due = clock.now()
    try:
        while clock.now() - first_due <= bot.dispatcher.window + timedelta(minutes=40):
            await bot.dispatcher.run_once()
            clock.advance(minutes=5)
    finally:
        sandbox._faults.clear()
    (row,) = await deliveries(bot, schedule.id)
    assert row["status"] == "failed"  # given up, never sent hours late
    assert checkins_to(sandbox, alex) == []


async def test_a_held_lease_does_not_make_wake_ups_spin(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    schedule = await due_now(bot, clock, community.alex, community.guild)
    jobs = await claim_and_die(bot, clock)
    assert any(j.schedule_id == schedule.id for j in jobs)
    earliest = await storage.earliest_due(bot.db)
    assert earliest is not None and earliest > clock.now()  # not "now" again and again
    advance_to(clock, clock.now() + bot.dispatcher.lease + timedelta(seconds=2))
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, community.alex)) == 1


async def test_never_the_same_text_twice_in_a_row(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    schedule = await due_now(bot, clock, community.alex, community.guild)
    for _ in range(8):
        await bot.dispatcher.run_once()
        clock.advance(days=1)
    texts = [m.content.split("\n")[0] for m in checkins_to(sandbox, community.alex)]
    assert len(texts) == 8
    assert all(a != b for a, b in itertools.pairwise(texts))
    variants = [r["variant"] for r in await deliveries(bot, schedule.id)]
    assert all(a != b for a, b in itertools.pairwise(variants))


async def test_quiet_hours_hold_a_checkin_until_they_end(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community
) -> None:
    alex = community.alex
    schedule = await schedule_soon(bot, alex, community.guild)
    assert schedule.next_run is not None
    slot_local = schedule.next_run.astimezone(ZoneInfo(ZONE))
    start = (slot_local - timedelta(minutes=30)).time().replace(second=0, microsecond=0)
    end = (slot_local + timedelta(hours=2)).time().replace(second=0, microsecond=0)
    await members.set_quiet_hours(bot.db, alex.id, start, end, clock.now())
    await bot.dispatcher.run_once()
    advance_to(clock, schedule.next_run)
    await bot.dispatcher.run_once()
    assert checkins_to(sandbox, alex) == []  # not during quiet hours
    advance_to(clock, schedule.next_run + timedelta(hours=2, minutes=1))
    await bot.dispatcher.run_once()
    assert len(checkins_to(sandbox, alex)) == 1  # the same check-in, once they end
    [row] = await deliveries(bot, schedule.id)
    assert row["slot"] == slot_local.date().isoformat()


async def test_downtime_past_the_window_moves_every_schedule_on_even_more_than_a_batch(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community, monkeypatch: pytest.MonkeyPatch
) -> None:
    crowd = [community.add_member(f"d{i}") for i in range(5)]
    schedules = [await schedule_soon(bot, user, community.guild) for user in crowd]
    await bot.dispatcher.run_once()
    monkeypatch.setattr(bot.dispatcher, "batch", 2)  # all-stale batches must not end the run early
    first = schedules[0].next_run
    assert first is not None
    advance_to(clock, first + timedelta(hours=3))
    await bot.dispatcher.run_once()
    assert all(checkins_to(sandbox, u) == [] for u in crowd)
    for schedule in schedules:
        assert [(r["status"], r["reason"]) for r in await deliveries(bot, schedule.id)] == [("skipped", "stale")]
        after = await checkins.get_schedule(bot.db, schedule.user_id, community.guild.id)
        assert after is not None and after.next_run == schedule.next_run + timedelta(days=1)  # type: ignore[operator]
