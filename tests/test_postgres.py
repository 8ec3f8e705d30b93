"""PostgreSQL with several processes: claims that never overlap, a dead process's share picked up with
the same nonce after its lease, and the URL's password never shown."""

from __future__ import annotations

import asyncio
import json
import time
from datetime import timedelta
from pathlib import Path

import pytest

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.database import Database, DatabaseError
from bot.engine import storage
from bot.engine.budget import DatabaseBudget
from bot.engine.dispatcher import Dispatcher
from bot.engine.pacer import Pacer, Priority
from bot.sandbox import Actor, Sandbox
from tests.conftest import Community, make_community, shown, start_bot, stop_bot
from tests.pg_server import PostgresServer
from tests.test_checkins_e2e import next_checkin, opt_in
from tests.test_dispatcher import checkins_to
from tests.test_pacer import max_in_window
from tests.test_pressure import crowd_due
from tests.test_privacy import rich_history
from tests.test_process import ROOT, clean_env, run

pytestmark = pytest.mark.parametrize("engine", ["postgresql"], indirect=True, scope="session")


def another_process(bot: CheckinBot, db: Database) -> Dispatcher:
    """A second bot process's dispatcher: its own connection to the same database, the same features."""
    other = Dispatcher(db, bot.clock, bot.dispatcher.sender, window=bot.dispatcher.window, is_member=bot.is_member)
    for handler in bot.dispatcher._handlers.values():
        other.register(handler)
    return other


async def test_two_dispatchers_claiming_the_same_due_batch_send_each_check_in_once(
    bot: CheckinBot, clock: FakeClock, sandbox: Sandbox, community: Community, engine: str
) -> None:
    crowd, schedules = await crowd_due(bot, clock, community, "pg", 40)
    second_db = await Database.open(bot.settings.database)
    try:
        other = another_process(bot, second_db)
        other.batch = bot.dispatcher.batch = 7  # many small claims, racing each other
        sent = await asyncio.gather(bot.dispatcher.run_once(), other.run_once())
    finally:
        await second_db.close()
    assert [len(checkins_to(sandbox, user)) for user in crowd] == [1] * len(crowd)
    assert sum(sent) == len(crowd) and all(sent), sent  # both took a share, and no share twice
    rows = await bot.db.fetchall(
        "SELECT status, COUNT(*) FROM deliveries WHERE schedule_id IN ({}) GROUP BY status".format(
            ",".join("?" * len(schedules))
        ),
        [s.id for s in schedules],
    )
    assert {r[0]: r[1] for r in rows} == {"sent": len(crowd)}


@pytest.mark.parametrize("noted", [False, True], ids=["before-its-note", "after-its-note"])
async def test_a_process_killed_between_send_and_record_is_covered_by_the_others_after_its_lease(
    bot: CheckinBot,
    clock: FakeClock,
    sandbox: Sandbox,
    community: Community,
    engine: str,
    monkeypatch: pytest.MonkeyPatch,
    noted: bool,
) -> None:
    crowd, schedules = await crowd_due(bot, clock, community, f"k{int(noted)}", 5)
    second_db = await Database.open(bot.settings.database)
    doomed = another_process(bot, second_db)

    async def dies_before_recording() -> bool:
        doomed._unrecorded.clear()  # the outcomes were only in the dead process's memory
        return True

    async def no_note(delivery_id: int) -> None:
        return None

    monkeypatch.setattr(doomed, "_flush", dies_before_recording)
    if not noted:  # killed so early that even its "under way" note never reached the database
        monkeypatch.setattr(doomed._marks, "add", no_note)
    try:
        assert await doomed.run_once() == len(crowd)
    finally:
        await second_db.close()
    assert [len(checkins_to(sandbox, user)) for user in crowd] == [1] * len(crowd)

    # The survivor leaves them alone while the lease holds, then takes them over with the same nonce
    # (or, when the dead process had noted them, finds them in the member's DM channel).
    assert await bot.dispatcher.run_once() == 0
    clock.advance(bot.dispatcher.lease + timedelta(seconds=1))
    assert bot.dispatcher.lease < timedelta(minutes=5)  # shorter than Discord remembers a nonce
    await bot.dispatcher.run_once()
    assert [len(checkins_to(sandbox, user)) for user in crowd] == [1] * len(crowd)
    for schedule in schedules:
        statuses = await bot.db.fetchall("SELECT status FROM deliveries WHERE schedule_id = ?", (schedule.id,))
        assert [r[0] for r in statuses] == ["sent"]
    await storage.release_leases(bot.db)  # harmless here: nothing is leased any more


async def test_a_wrong_password_is_one_clear_error_without_the_password(postgres: PostgresServer, engine: str) -> None:
    url = f"postgresql://nobody:s3cret-pass@127.0.0.1:{postgres.port}/nowhere"
    with pytest.raises(DatabaseError) as raised:
        await Database.open(url)
    message = str(raised.value)
    assert "s3cret-pass" not in message and "***" in message and "cannot be used" in message


async def what_alex_sees(community: Community) -> tuple[str, str, dict]:
    alex = community.as_(community.alex)
    settings = await alex.slash("checkin settings")
    goals = await alex.slash("goal list")
    export = await alex.slash("privacy export")
    assert export.message is not None
    return shown(settings.message), shown(goals.message), json.loads(export.message.files["my-data.json"])


async def test_copy_database_moves_a_community_from_sqlite_to_postgresql(
    own_sandbox: Sandbox, postgres: PostgresServer, tmp_path: Path, engine: str
) -> None:
    clock = FakeClock()
    small = tmp_path / "small.sqlite3"
    first, task = await start_bot(own_sandbox, small, clock=clock)
    try:
        community = await make_community(own_sandbox, first)
        await rich_history(own_sandbox, first, clock, community)
        before = await what_alex_sees(community)
    finally:
        await stop_bot(first, task)

    url = await postgres.new_database()
    env = clean_env(PYTHONPATH=str(ROOT), DATABASE_PATH=str(small))
    code, out, err = await run("copy-database", "--to", url, env=env, cwd=tmp_path)
    assert code == 0, err
    assert "every table's row count matches" in out and "reachouts" in out and "deliveries" in out
    again = await run("copy-database", "--to", url, env=env, cwd=tmp_path)
    assert again[0] == 2 and "not empty" in again[2] and again[2].count("\n") <= 1  # refused, one line

    second, task = await start_bot(own_sandbox, url, clock=clock)
    try:
        assert second.db.engine == "postgresql"
        after = await what_alex_sees(community)
        # New rows get new ids after the copied ones.
        await community.as_(community.alex).slash("goal add", title="after the move")
        ids = await second.db.fetchall("SELECT id FROM goals ORDER BY id")
        assert len({r[0] for r in ids}) == len(ids) == 3
    finally:
        await stop_bot(second, task)
    assert after == before


async def test_processes_share_discords_limit_through_the_database(database_at: str, engine: str) -> None:
    first = await Database.open(database_at)
    await first.migrate()
    second = await Database.open(database_at)
    pacers = [Pacer(50), Pacer(50)]
    try:
        for pacer, db in zip(pacers, (first, second), strict=True):
            pacer.share(DatabaseBudget(db))
        started = time.monotonic()
        stamps = await asyncio.gather(*(p.acquire(Priority.SCHEDULED) for p in pacers for _ in range(60)))
        took = time.monotonic() - started
    finally:
        for pacer in pacers:
            await pacer.close()
        await first.close()
        await second.close()
    assert max_in_window(list(stamps)) <= 52  # together, as one pacer at 50/s would
    assert took >= 119 / 50 - 0.1


class EitherBot:
    """Waits for a new server the way make_community does, whichever process's shard it is on."""

    def __init__(self, *bots: CheckinBot) -> None:
        self.bots = bots

    def get_guild(self, guild_id: int):  # type: ignore[no-untyped-def]
        return next((g for b in self.bots if (g := b.get_guild(guild_id)) is not None), None)


async def test_two_processes_split_the_shards_and_each_answers_its_own(
    own_sandbox: Sandbox, postgres: PostgresServer, engine: str
) -> None:
    clock = FakeClock()
    url = await postgres.new_database()
    # Started together, as a supervisor would: one migrates the new database, the other waits for it.
    (first, first_task), (second, second_task) = await asyncio.gather(
        start_bot(own_sandbox, url, clock=clock, shard_count=2, shard_ids="0"),
        start_bot(own_sandbox, url, clock=clock, shard_count=2, shard_ids="1"),
    )
    try:
        assert sorted(own_sandbox.stats()["shards"]) == [0, 1]
        by_shard: dict[int, Community] = {}
        while len(by_shard) < 2:  # one server on each shard
            community = await make_community(own_sandbox, EitherBot(first, second))  # type: ignore[arg-type]
            by_shard.setdefault(own_sandbox.shard_of(community.guild.id), community)
        for shard, community in by_shard.items():
            owner, other = (first, second) if shard == 0 else (second, first)
            assert owner.get_guild(community.guild.id) is not None and other.get_guild(community.guild.id) is None
            await opt_in(community, community.alex, clock)  # answered by the process that owns the shard
            assert "check-in" in shown((await community.as_(community.alex).slash("checkin settings")).message)
        # The check-ins go out once, whichever process claims them; buttons in DMs come to shard 0.
        await next_checkin(own_sandbox, second, clock, by_shard[0].alex)  # both were due at the same minute
        await asyncio.gather(first.dispatcher.run_once(), second.dispatcher.run_once())
        for community in by_shard.values():
            (checkin,) = checkins_to(own_sandbox, community.alex)
            answered = await Actor(own_sandbox, community.alex).click(checkin, "Okay")
            assert answered.content, "the DM click was answered by the process that runs shard 0"
    finally:
        await stop_bot(second, second_task)
        await stop_bot(first, first_task)
