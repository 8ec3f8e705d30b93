"""SQLite (WAL mode), the embedded default: one file, one bot process.

Reads go through a second, read-only connection: in WAL mode they never wait for a writer, so a
busy or locked database does not stall a member's answer. A lock file beside the database makes a
second bot process refuse to start, so nobody gets everything twice.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import sqlite3
from collections.abc import AsyncIterator, Iterable
from pathlib import Path

import aiosqlite

from bot.database import SQLITE, Database, DatabaseError, Executor, Params, Row, Target

# Short enough that a member's command still gets its answer within Discord's three seconds.
BUSY_TIMEOUT_MS = 2000


class SqliteExecutor(Executor):
    engine = SQLITE

    def __init__(self, conn: aiosqlite.Connection) -> None:
        self._conn = conn

    async def execute(self, sql: str, params: Params = ()) -> int:
        cursor = await self._conn.execute(sql, params)
        count = cursor.rowcount
        await cursor.close()
        return count

    async def executemany(self, sql: str, rows: Iterable[Params]) -> None:
        await self._conn.executemany(sql, rows)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        async with self._conn.execute(sql, params) as cursor:
            return list(await cursor.fetchall())

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        async with self._conn.execute(sql, params) as cursor:
            return await cursor.fetchone()


class ProcessLock:
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
                " send everything twice: stop the other one, or point DATABASE_URL elsewhere (several"
                " processes need PostgreSQL)."
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


class SqliteDatabase(Database):
    engine = SQLITE
    exclusive = True

    def __init__(
        self, conn: aiosqlite.Connection, target: Target, reader: aiosqlite.Connection | None,
        lock: ProcessLock | None,
    ) -> None:  # fmt: skip
        super().__init__()
        self._conn = conn
        self._exec = SqliteExecutor(conn)
        self._read = SqliteExecutor(reader) if reader is not None else self._exec
        self._reader_conn = reader
        self.target = target
        self._process_lock = lock

    @classmethod
    async def connect(cls, target: Target, *, read_only: bool = False) -> SqliteDatabase:
        """Open (creating folders as needed) with WAL, foreign keys and a busy timeout; refuses a file that
        another process holds, or that is not a readable SQLite database."""
        assert target.path is not None
        path = target.path
        if read_only:
            if not path.exists():
                raise DatabaseError(f"There is no database at {path}.")
            try:
                reader = await _connect(path, read_only=True)
            except (sqlite3.Error, OSError) as exc:
                raise DatabaseError(f"The database at {path} cannot be read ({exc}).") from None
            looking = cls(reader, target, None, None)
            looking.exclusive = False
            return looking
        memory = str(path) == ":memory:"
        lock = None
        connections: list[aiosqlite.Connection] = []
        try:
            if not memory:
                path.parent.mkdir(parents=True, exist_ok=True)
                lock = ProcessLock(path)
            connections.append(await _connect(path, read_only=False))
            if not memory:
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
        return cls(connections[0], target, connections[1] if len(connections) > 1 else None, lock)

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()
            if self._reader_conn is not None:
                await self._reader_conn.close()
        if self._process_lock is not None:
            self._process_lock.release()

    @contextlib.asynccontextmanager
    async def _writer(self) -> AsyncIterator[Executor]:
        yield self._exec

    @contextlib.asynccontextmanager
    async def _begin(self) -> AsyncIterator[Executor]:
        # IMMEDIATE takes the write lock up front: a read-check-write never races another writer.
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._exec
        except BaseException:
            await self._conn.execute("ROLLBACK")
            raise
        else:
            await self._conn.execute("COMMIT")

    @contextlib.asynccontextmanager
    async def _reading(self) -> AsyncIterator[Executor]:
        if self._reader_conn is None:  # an in-memory database has one connection: wait for the writer
            async with self._lock:
                yield self._exec
        else:
            yield self._read

    async def tables(self) -> list[str]:
        rows = await self.fetchall("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        return [row[0] for row in rows]

    async def columns(self, table: str) -> list[str]:
        return [row["name"] for row in await self.fetchall(f"PRAGMA table_info({table})")]

    async def column_kinds(self, table: str) -> dict[str, str]:
        kinds = {"INTEGER": "integer", "TEXT": "text", "REAL": "real"}
        rows = await self.fetchall(f"PRAGMA table_info({table})")
        return {row["name"]: kinds.get(str(row["type"]).upper(), "text") for row in rows}

    async def references(self, table: str) -> set[str]:
        return {row["table"] for row in await self.fetchall(f"PRAGMA foreign_key_list({table})")}

    async def ids_follow_copied_rows(self, tx: Executor, tables: list[str]) -> None:
        return None  # a new rowid is always one past the largest
