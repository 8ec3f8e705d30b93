"""Copy a whole database into an empty one, table by table (how a community that started on SQLite
moves up to PostgreSQL), then check that every table holds the same number of rows."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from bot.database import Database, DatabaseError, load_migrations

log = logging.getLogger(__name__)

CHUNK = 1000


@dataclass(frozen=True)
class Copied:
    table: str
    rows: int


def _in_dependency_order(tables: list[str], parents: dict[str, set[str]]) -> list[str]:
    """Parents before children, so every foreign key finds its row (a table's own references are kept
    by copying in id order: a snooze is always younger than the check-in it belongs to)."""
    ordered: list[str] = []
    placed: set[str] = set()
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in placed and parents.get(t, set()) - {t} <= placed]
        if not ready:
            raise DatabaseError("the tables' foreign keys form a cycle; nothing was copied")
        ordered += sorted(ready)
        placed |= set(ready)
    return ordered


async def copy_database(source: Database, target: Database) -> list[Copied]:
    """Everything in `source` into `target`, which must be empty; the source is only read."""
    latest = load_migrations(engine=source.engine)[-1].version
    version = await source.schema_version()
    if version != latest:
        raise DatabaseError(
            f"The database at {source.target} is at schema version {version}, this bot's is {latest}: start"
            " the bot on it once (it upgrades itself), stop it, then copy. Nothing was copied."
        )
    if await target.tables():
        raise DatabaseError(
            f"The database at {target.target} is not empty. Copy into a new, empty database; nothing was copied."
        )
    await target.migrate()
    tables = [t for t in await source.tables() if t != "schema_version"]
    parents = {t: await source.references(t) for t in tables}
    copied = []
    async with target.transaction() as tx:
        for table in reversed(_in_dependency_order(tables, parents)):
            await tx.execute(f"DELETE FROM {table}")  # rows the migrations seeded: the source has its own
        for table in _in_dependency_order(tables, parents):
            columns = await source.columns(table)
            kinds = await target.column_kinds(table)
            names = ", ".join(columns)
            marks = ", ".join("?" * len(columns))
            key = "id" if "id" in columns else ", ".join(columns)
            rows = await source.fetchall(f"SELECT {names} FROM {table} ORDER BY {key}")
            values = [[_as(kinds.get(c), v) for c, v in zip(columns, row, strict=True)] for row in rows]
            for start in range(0, len(values), CHUNK):
                await tx.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", values[start : start + CHUNK])
            copied.append(Copied(table, len(rows)))
        await target.ids_follow_copied_rows(tx, [t for t in tables if "id" in await source.columns(t)])
    for item in copied:
        there = await target.fetchval(f"SELECT COUNT(*) FROM {item.table}")
        if there != item.rows:
            raise DatabaseError(f"{item.table}: {item.rows} rows read but {there} written; check the target")
    return copied


def _as(kind: str | None, value: object) -> object:
    """SQLite lets a column hold any type; a stricter engine wants the declared one."""
    if value is None or kind is None:
        return value
    if kind == "text" and not isinstance(value, str):
        return str(value)
    if kind == "integer" and isinstance(value, str) and value.lstrip("-").isdigit():
        return int(value)
    return value
