"""Backups: a consistent copy in the middle of a fan-out, checked; rotation; a restore that brings
back every row, keeps the old file and refuses while a bot runs on the database."""

from __future__ import annotations

import asyncio
import os
import sqlite3
from pathlib import Path

from bot import backup
from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.database import Database
from tests.conftest import Community
from tests.test_pressure import crowd_due
from tests.test_process import ROOT, clean_env, run


def listing(directory: Path) -> list[Path]:
    return sorted(directory.iterdir())


def rows(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


async def test_a_backup_in_the_middle_of_a_fan_out_is_one_consistent_moment(
    bot: CheckinBot, clock: FakeClock, community: Community, tmp_path: Path
) -> None:
    _, schedules = await crowd_due(bot, clock, community, "b", 60)
    bot.dispatcher.batch = 5  # many small claims, so backups land between them
    fan_out = asyncio.create_task(bot.dispatcher.run_once())
    copies = []
    while not fan_out.done():
        copies.append(await backup.back_up(bot.db.path, tmp_path / backup.default_name(clock.now()).replace(
            ".sqlite3", f"-{len(copies)}.sqlite3")))  # fmt: skip
    await fan_out
    ids = ",".join(str(s.id) for s in schedules)
    for copy in copies:
        assert copy.schema_version == await bot.db.schema_version() and copy.size > 0
        # A claim moves a schedule on and creates its delivery in one transaction: a copy holds both or neither.
        moved = rows(copy.path, f"SELECT COUNT(*) FROM schedules WHERE id IN ({ids}) AND next_run_utc > "
                                f"{int(schedules[0].next_run.timestamp())}")[0][0]  # type: ignore[union-attr]  # fmt: skip
        made = rows(copy.path, f"SELECT COUNT(*) FROM deliveries WHERE schedule_id IN ({ids})")[0][0]
        assert moved == made
    assert len(copies) >= 2


async def test_backup_and_restore_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    db = await Database.open(path)
    await db.migrate()
    for i in range(25):
        await db.execute("INSERT INTO bot_meta (key, value) VALUES (?, ?)", (f"row{i}", "kept"))
    env = clean_env(PYTHONPATH=str(ROOT), DATABASE_PATH=str(path))
    code, out, err = await run("backup", str(tmp_path / "copy.sqlite3"), env=env, cwd=tmp_path)  # the bot runs
    assert code == 0, err
    assert "Backed up" in out and (tmp_path / "copy.sqlite3").exists()

    refused = await run("restore", str(tmp_path / "copy.sqlite3"), env=env, cwd=tmp_path)
    assert refused[0] == 2 and "Another bot process" in refused[2] and refused[2].count("\n") <= 1
    await db.execute("DELETE FROM bot_meta WHERE key LIKE 'row%'")  # a mistake, then the bot is stopped
    await db.close()

    code, out, err = await run("restore", str(tmp_path / "copy.sqlite3"), env=env, cwd=tmp_path)
    assert code == 0, err
    assert rows(path, "SELECT COUNT(*) FROM bot_meta WHERE key LIKE 'row%'") == [(25,)]  # every row back
    kept = [p for p in listing(tmp_path) if ".before-restore-" in p.name and not p.name.endswith(("-wal", "-shm"))]
    assert len(kept) == 1 and rows(kept[0], "SELECT COUNT(*) FROM bot_meta WHERE key LIKE 'row%'") == [(0,)]

    (tmp_path / "broken.sqlite3").write_bytes(b"not a database at all" * 100)
    damaged = await run("restore", str(tmp_path / "broken.sqlite3"), env=env, cwd=tmp_path)
    assert damaged[0] == 2 and "Cannot restore" in damaged[2]
    assert rows(path, "SELECT COUNT(*) FROM bot_meta WHERE key LIKE 'row%'") == [(25,)]  # nothing changed


async def test_the_daily_backup_keeps_the_newest_and_skips_when_one_is_fresh(bot: CheckinBot, tmp_path: Path) -> None:
    for day in range(1, 10):  # nine old backups, from last year
        old = tmp_path / f"{backup.PREFIX}20250{day}01-030000{backup.SUFFIX}"
        old.write_bytes(b"old")
        os.utime(old, (1_700_000_000, 1_700_000_000))
    before = (bot.settings.backup_dir, bot.settings.backup_keep)
    bot.settings.backup_dir, bot.settings.backup_keep = tmp_path, 7
    try:
        await bot.daily_backup()
        await bot.daily_backup()  # the newest is fresh: nothing more
    finally:
        bot.settings.backup_dir, bot.settings.backup_keep = before
    kept = [p.name for p in listing(tmp_path)]
    assert len(kept) == 7 and not kept[-1].startswith(f"{backup.PREFIX}2025")  # six old ones and today's
    assert backup.latest(tmp_path) is not None and rows(backup.latest(tmp_path), "SELECT 1") == [(1,)]  # type: ignore[arg-type]
