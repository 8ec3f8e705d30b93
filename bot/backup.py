"""Backups of the SQLite database: a consistent copy while the bot runs, checked before it counts,
rotated, and restored only into a database no bot is using.

The copy is made with SQLite's online backup API from a read-only connection of its own, so it
needs neither the bot's lock nor a pause: the copy is one consistent moment of the database, even
in the middle of a fan-out. PostgreSQL has its own tools (`pg_dump`); `pg_dump_command` says how.
"""

from __future__ import annotations

import asyncio
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.database import DatabaseError, load_migrations
from bot.database_sqlite import ProcessLock
from bot.database_url import Target, redact

PREFIX = "checkin-bot-"
SUFFIX = ".sqlite3"


@dataclass(frozen=True)
class Backup:
    path: Path
    schema_version: int
    size: int


def default_name(now: datetime) -> str:
    return f"{PREFIX}{now.strftime('%Y%m%d-%H%M%S')}{SUFFIX}"


def _check(path: Path) -> int:
    """Open a copy, check every page, and return its schema version; refuse anything else."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} cannot be opened as a database ({exc})") from None
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            raise DatabaseError(f"{path} is damaged ({verdict})")
        version = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path} is not a database of this bot ({exc})") from None
    finally:
        conn.close()
    return int(version)


def _copy(source: Path, destination: Path) -> Backup:
    if not source.exists():
        raise DatabaseError(f"There is no database at {source} to back up.")
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=5)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=1024)  # in steps: the bot's writers are never held up for long
                dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal beside it
            finally:
                dst.close()
        finally:
            src.close()
        version = _check(partial)
        partial.replace(destination)  # only a checked copy ever carries the backup's name
    except sqlite3.Error as exc:
        raise DatabaseError(f"Could not back up {source} ({exc}); nothing was written.") from None
    finally:
        partial.unlink(missing_ok=True)
    return Backup(destination, version, destination.stat().st_size)


async def back_up(source: Path, destination: Path) -> Backup:
    """A consistent, checked copy of the database at `source` (the bot may be running)."""
    return await asyncio.to_thread(_copy, source, destination)


def rotate(directory: Path, keep: int) -> list[Path]:
    """Delete all but the newest `keep` backups in `directory`; returns what was deleted."""
    backups = sorted(directory.glob(f"{PREFIX}*{SUFFIX}"))
    doomed = backups[:-keep] if keep > 0 else []
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def latest(directory: Path | None) -> Path | None:
    if directory is None or not directory.is_dir():
        return None
    return max(directory.glob(f"{PREFIX}*{SUFFIX}"), default=None)


def restore(backup: Path, database: Path, now: datetime) -> Path:
    """Put `backup` in place of the database at `database`; returns where the old file was kept.

    Refuses while a bot process holds the database (its lock file), and refuses a backup that is
    damaged or from a newer version of the bot."""
    version = _check(backup)
    latest_known = load_migrations()[-1].version
    if version > latest_known:
        raise DatabaseError(f"{backup} is from a newer version of the bot (schema {version}); nothing was changed.")
    lock = ProcessLock(database)  # raises if a bot is running on it
    try:
        kept = database.with_name(f"{database.name}.before-restore-{now.strftime('%Y%m%d-%H%M%S')}")
        if database.exists():
            database.replace(kept)
        for extra in ("-wal", "-shm"):  # the old file's journal goes with it, never onto the restored one
            journal = database.with_name(database.name + extra)
            if journal.exists():
                journal.replace(kept.with_name(kept.name + extra))
        shutil.copyfile(backup, database)
    finally:
        lock.release()
    return kept


def pg_dump_command(target: Target) -> str:
    """How to back up a PostgreSQL database (the password stays out of the command line)."""
    return (
        f'PGPASSWORD=… pg_dump --format=custom --file=checkin-bot-$(date +%Y%m%d).dump "{redact(target.url or "")}"'
        "  (restore into an empty database with pg_restore --dbname=…)"
    )
