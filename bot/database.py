"""The SQLite database (WAL mode) and its numbered migrations.

One connection writes, and an asyncio lock serialises it so that a transaction opened by one task
never swallows another task's statements. Reads go through a second, read-only connection: in WAL
mode they never wait for a writer, so a busy or locked database does not stall a member's answer.
One process per database file: a lock file beside it makes a second bot process refuse to start,
so nobody gets everything twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import logging
import os
import re
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiosqlite

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_MIGRATION_NAME = re.compile(r"^V(\d+)__([a-z0-9_]+)\.sql$")
# Short enough that a member's command still gets its answer within Discord's three seconds.
BUSY_TIMEOUT_MS = 2000

Params = Sequence[Any] | dict[str, Any]


class DatabaseError(Exception):
    """The database cannot be used by this version of the code."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(directory: Path = MIGRATIONS_DIR) -> list[Migration]:
    """The numbered `V<n>__<name>.sql` files in order; gaps or duplicates are a programming error."""
    migrations = []
    for path in directory.glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise DatabaseError(f"migration file {path.name} is not named V<number>__<name>.sql")
        migrations.append(Migration(int(match.group(1)), match.group(2), path.read_text("utf-8")))
    migrations.sort(key=lambda m: m.version)
    expected = list(range(1, len(migrations) + 1))
    if [m.version for m in migrations] != expected:
        raise DatabaseError("migration versions must be 1, 2, 3, ... with no gaps or duplicates")
    return migrations


def split_statements(sql: str) -> list[str]:
    """Split a script into statements, so a migration can run inside one explicit transaction."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip() and not all(part.strip().startswith("--") or not part.strip() for part in buffer.splitlines()):
        raise DatabaseError("a migration ends with an incomplete statement")
    return statements


class Executor:
    """Statements on a connection whose lock the caller already holds."""

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows changed."""
        cursor = await self._conn.execute(sql, params)
        count = cursor.rowcount
        await cursor.close()
        return count

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        await self._conn.executemany(sql, rows)

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT; returns the new row id."""
        cursor = await self._conn.execute(sql, params)
        rowid = cursor.lastrowid
        await cursor.close()
        return int(rowid or 0)

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        async with self._conn.execute(sql, params) as cursor:
            return await cursor.fetchone()

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        async with self._conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]


class _ProcessLock:
    """An exclusive lock on `<database>.lock`, held for the process's lifetime (the OS frees it when the
    process dies, however it dies)."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + ".lock")
        self._file = self.path.open("a+")
        try:
            fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._file.seek(0)
            holder = self._file.read().strip() or "another process"
            self._file.close()
            raise DatabaseError(
                f"Another bot process ({holder}) is already using {path}. Two processes on one SQLite file would"
                " send everything twice: stop the other one, or point DATABASE_PATH elsewhere."
            ) from None
        self._file.seek(0)
        self._file.truncate()
        self._file.write(f"pid {os.getpid()}")
        self._file.flush()

    def release(self) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(self._file, fcntl.LOCK_UN)
        self._file.close()


async def _connect(path: Path, *, read_only: bool) -> aiosqlite.Connection:
    pending = aiosqlite.connect(str(path), isolation_level=None)
    # aiosqlite's worker thread is not a daemon: one left behind keeps a failed process from exiting.
    pending._thread.daemon = True
    conn = await pending
    try:
        conn.row_factory = sqlite3.Row
        await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        await conn.execute("PRAGMA foreign_keys = ON")
        if read_only:
            await conn.execute("PRAGMA query_only = ON")
        else:
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
        # Reading the schema reads the file's header and first pages: a file that is not a database, or
        # is damaged there, fails here, at start-up, with one clear line.
        await conn.execute("SELECT COUNT(*) FROM sqlite_master")
    except BaseException:
        await conn.close()
        raise
    return conn


class Database:
    """The process's write connection (locked autocommit calls and explicit transactions) and its
    read connection."""

    def __init__(
        self, conn: aiosqlite.Connection, path: Path, reader: aiosqlite.Connection | None = None,
        lock: _ProcessLock | None = None,
    ) -> None:  # fmt: skip
        self._conn = conn
        self._reader = reader or conn
        self.path = path
        self._lock = asyncio.Lock()
        self._reader_lock = self._lock if reader is None else contextlib.nullcontext()
        self._exec = Executor(conn)
        self._read = Executor(self._reader)
        self._process_lock = lock

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        """Open (creating folders as needed) with WAL, foreign keys and a busy timeout; refuses a file that
        another process holds, or that is not a readable SQLite database."""
        path = Path(path)
        lock = None
        connections: list[aiosqlite.Connection] = []
        try:
            if str(path) != ":memory:":
                path.parent.mkdir(parents=True, exist_ok=True)
                lock = _ProcessLock(path)
            connections.append(await _connect(path, read_only=False))
            if str(path) != ":memory:":
                connections.append(await _connect(path, read_only=True))
        except (sqlite3.Error, OSError) as exc:
            for conn in connections:
                await conn.close()
            if lock is not None:
                lock.release()
            raise DatabaseError(
                f"The database at {path} cannot be used ({exc}). If the file is damaged, restore a backup or"
                " move it aside; nothing was changed."
            ) from None
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        return cls(connections[0], path, connections[1] if len(connections) > 1 else None, lock)

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()
            if self._reader is not self._conn:
                await self._reader.close()
        if self._process_lock is not None:
            self._process_lock.release()

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Executor]:
        """BEGIN IMMEDIATE ... COMMIT, rolled back on any exception."""
        async with self._lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._exec
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            else:
                await self._conn.execute("COMMIT")

    async def execute(self, sql: str, params: Params = ()) -> int:
        async with self._lock:
            return await self._exec.execute(sql, params)

    async def insert(self, sql: str, params: Params = ()) -> int:
        async with self._lock:
            return await self._exec.insert(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> sqlite3.Row | None:
        async with self._reader_lock:
            return await self._read.fetchone(sql, params)

    async def fetchall(self, sql: str, params: Params = ()) -> list[sqlite3.Row]:
        async with self._reader_lock:
            return await self._read.fetchall(sql, params)

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        async with self._reader_lock:
            return await self._read.fetchval(sql, params)

    async def schema_version(self) -> int:
        """The highest applied migration, 0 for an empty database."""
        exists = await self.fetchval("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'")
        if not exists:
            return 0
        return int(await self.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version"))

    async def migrate(self, migrations: list[Migration] | None = None) -> list[int]:
        """Apply pending migrations, each in its own transaction; returns the versions applied."""
        migrations = load_migrations() if migrations is None else migrations
        latest = migrations[-1].version if migrations else 0
        current = await self.schema_version()
        if current > latest:
            raise DatabaseError(
                f"The database at {self.path} is at schema version {current}, but this code only knows "
                f"versions up to {latest}. It was written by a newer version of the bot: upgrade the bot "
                "(or point DATABASE_PATH at another file). Nothing was changed."
            )
        applied = []
        for migration in migrations:
            if migration.version <= current:
                continue
            async with self.transaction() as tx:
                await tx.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version ("
                    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                for statement in split_statements(migration.sql):
                    await tx.execute(statement)
                await tx.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).isoformat()),
                )
            log.info("Applied database migration V%d (%s)", migration.version, migration.name)
            applied.append(migration.version)
        return applied
