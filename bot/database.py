"""The database: one interface, two engines, and the numbered migrations that describe both.

SQLite (`bot/database_sqlite.py`, the embedded default) or PostgreSQL (`bot/database_postgres.py`),
chosen by `DATABASE_URL`. Storage modules write one SQL text for both: `?` placeholders, portable
statements (`ON CONFLICT`, `RETURNING`, `CASE`), and `for_update()` where a claim must skip rows
another process holds. Each process has one writing connection, serialised by an asyncio lock so
that a transaction opened by one task never swallows another task's statements, and a separate
reading connection, so a busy writer never stalls a member's answer.
"""

from __future__ import annotations

import abc
import asyncio
import contextlib
import logging
import re
import sqlite3
from collections.abc import AsyncIterator, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bot.database_url import POSTGRESQL, SQLITE, InvalidDatabaseUrl, Target, parse_target, redact

__all__ = ["POSTGRESQL", "SQLITE", "InvalidDatabaseUrl", "Target", "parse_target", "redact"]

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
_MIGRATION_NAME = re.compile(r"^V(\d+)__([a-z0-9_]+)(\.postgres)?\.sql$")

Params = Sequence[Any]
# A result row: `row[0]`, `row["column"]`, slices, unpacking and `dict(row)` work on both engines.
Row = Any


class DatabaseError(Exception):
    """The database cannot be used by this version of the code."""


def transient_errors() -> tuple[type[BaseException], ...]:
    """What a database that is locked, full, read-only or unreachable raises, on either engine."""
    errors: list[type[BaseException]] = [sqlite3.Error, OSError]
    with contextlib.suppress(ImportError):
        import asyncpg

        errors += [asyncpg.PostgresError, asyncpg.InterfaceError]
    return tuple(errors)


TRANSIENT_ERRORS = transient_errors()


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations(directory: Path = MIGRATIONS_DIR, engine: str = SQLITE) -> list[Migration]:
    """The numbered `V<n>__<name>.sql` files in order, each with its `.postgres.sql` variant where the
    dialects truly differ; gaps or duplicates are a programming error."""
    found: dict[int, Migration] = {}
    variants: dict[int, Migration] = {}
    for path in directory.glob("*.sql"):
        match = _MIGRATION_NAME.match(path.name)
        if not match:
            raise DatabaseError(f"migration file {path.name} is not named V<number>__<name>.sql")
        migration = Migration(int(match.group(1)), match.group(2), path.read_text("utf-8"))
        chosen = variants if match.group(3) else found
        if migration.version in chosen:
            raise DatabaseError("migration versions must be 1, 2, 3, ... with no gaps or duplicates")
        chosen[migration.version] = migration
    if engine == POSTGRESQL:
        found.update(variants)
    migrations = [found[v] for v in sorted(found)]
    if [m.version for m in migrations] != list(range(1, len(migrations) + 1)) or not set(variants) <= set(found):
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


class Executor(abc.ABC):
    """Statements on a connection whose lock the caller already holds."""

    engine: str

    @abc.abstractmethod
    async def execute(self, sql: str, params: Params = ()) -> int:
        """Run one statement; returns the number of rows changed."""

    @abc.abstractmethod
    async def executemany(self, sql: str, rows: Iterable[Params]) -> None: ...

    @abc.abstractmethod
    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]: ...

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        rows = await self.fetchall(sql, params)
        return rows[0] if rows else None

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        row = await self.fetchone(sql, params)
        return None if row is None else row[0]

    async def insert(self, sql: str, params: Params = ()) -> int:
        """Run an INSERT into a table with an `id` column; returns the new row's id."""
        return int(await self.fetchval(f"{sql} RETURNING id", params) or 0)

    def for_update(self, alias: str) -> str:
        """The clause that locks the rows a claim takes and skips those another process holds: nothing on
        SQLite, where one process owns the file and its transactions are serial."""
        return f" FOR UPDATE OF {alias} SKIP LOCKED" if self.engine == POSTGRESQL else ""


class Database(abc.ABC):
    """The process's writing connection (locked autocommit calls and explicit transactions) and its
    reading connections, on either engine."""

    engine: str
    target: Target
    # Whether this process is the only one using the data (an SQLite file and its lock): then what an
    # earlier life leased is ours to take back at start.
    exclusive: bool

    def __init__(self) -> None:
        self._lock = asyncio.Lock()

    @property
    def path(self) -> Path | None:
        return self.target.path

    @staticmethod
    async def open(target: str | Path | Target, *, read_only: bool = False) -> Database:
        """Open the database a path or `DATABASE_URL` names, refusing one that cannot be used.
        `read_only`: to look while a bot runs on it (the doctor); SQLite's process lock is not taken."""
        where = target if isinstance(target, Target) else parse_target(target)
        if where.engine == POSTGRESQL:
            from bot.database_postgres import PostgresDatabase

            return await PostgresDatabase.connect(where)
        from bot.database_sqlite import SqliteDatabase

        return await SqliteDatabase.connect(where, read_only=read_only)

    @abc.abstractmethod
    async def close(self) -> None: ...

    @abc.abstractmethod
    def _writer(self) -> contextlib.AbstractAsyncContextManager[Executor]:
        """The writing connection, outside a transaction (the lock is held)."""

    @abc.abstractmethod
    def _begin(self) -> contextlib.AbstractAsyncContextManager[Executor]:
        """One transaction on the writing connection (the lock is held): committed, or rolled back on any
        exception."""

    @abc.abstractmethod
    def _reading(self) -> contextlib.AbstractAsyncContextManager[Executor]:
        """A reading connection, which never waits for the writer."""

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[Executor]:
        """BEGIN ... COMMIT, rolled back on any exception."""
        async with self._lock, self._begin() as tx:
            yield tx

    async def execute(self, sql: str, params: Params = ()) -> int:
        async with self._lock, self._writer() as writer:
            return await writer.execute(sql, params)

    async def insert(self, sql: str, params: Params = ()) -> int:
        async with self._lock, self._writer() as writer:
            return await writer.insert(sql, params)

    async def fetchone(self, sql: str, params: Params = ()) -> Row | None:
        async with self._reading() as reader:
            return await reader.fetchone(sql, params)

    async def fetchall(self, sql: str, params: Params = ()) -> list[Row]:
        async with self._reading() as reader:
            return await reader.fetchall(sql, params)

    async def fetchval(self, sql: str, params: Params = ()) -> Any:
        async with self._reading() as reader:
            return await reader.fetchval(sql, params)

    @abc.abstractmethod
    async def tables(self) -> list[str]:
        """The names of the tables in the database (the schema's own bookkeeping included)."""

    @abc.abstractmethod
    async def columns(self, table: str) -> list[str]:
        """A table's column names, in their order."""

    @abc.abstractmethod
    async def column_kinds(self, table: str) -> dict[str, str]:
        """Each column's kind of value: `integer`, `text` or `real`."""

    @abc.abstractmethod
    async def references(self, table: str) -> set[str]:
        """The tables this table's foreign keys point at."""

    @abc.abstractmethod
    async def ids_follow_copied_rows(self, tx: Executor, tables: list[str]) -> None:
        """After rows were copied in with their ids, new rows get ids after theirs."""

    async def schema_version(self) -> int:
        """The highest applied migration, 0 for an empty database."""
        if "schema_version" not in await self.tables():
            return 0
        return int(await self.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version"))

    async def migrate(self, migrations: list[Migration] | None = None) -> list[int]:
        """Apply pending migrations, each in its own transaction; returns the versions applied."""
        migrations = load_migrations(engine=self.engine) if migrations is None else migrations
        latest = migrations[-1].version if migrations else 0
        current = await self.schema_version()
        if current > latest:
            raise DatabaseError(
                f"The database at {self.target} is at schema version {current}, but this code only knows "
                f"versions up to {latest}. It was written by a newer version of the bot: upgrade the bot "
                "(or point DATABASE_URL at another database). Nothing was changed."
            )
        applied = []
        for migration in migrations:
            if migration.version <= current:
                continue
            async with self.transaction() as tx:
                # Several processes may start at once on one database: one migrates, the others wait.
                await self._lock_schema(tx)
                await tx.execute(
                    "CREATE TABLE IF NOT EXISTS schema_version ("
                    " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
                )
                if migration.version <= await tx.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_version"):
                    continue  # another process applied it meanwhile
                for statement in split_statements(migration.sql):
                    await tx.execute(self.dialect(statement))
                await tx.execute(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, datetime.now(UTC).isoformat()),
                )
            log.info("Applied database migration V%d (%s)", migration.version, migration.name)
            applied.append(migration.version)
        return applied

    def dialect(self, ddl: str) -> str:
        """A migration statement for this engine (the files are written in SQLite's dialect)."""
        return ddl

    async def _lock_schema(self, tx: Executor) -> None:
        """Keep other processes out of the schema until this transaction ends (SQLite's BEGIN IMMEDIATE
        already does)."""
        return None
