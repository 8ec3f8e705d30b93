from pathlib import Path

import pytest

from bot.database import Database, DatabaseError, Migration, load_migrations, split_statements
from tests.conftest import BOTH_ENGINES

V1 = Migration(1, "init", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);")
V2 = Migration(
    2,
    "tags",
    "-- a second step\nALTER TABLE notes ADD COLUMN tag TEXT;\nCREATE INDEX notes_tag ON notes (tag);",
)


async def test_fresh_database_gets_every_migration(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "sub" / "fresh.sqlite3")
    try:
        applied = await db.migrate()
        assert applied == [m.version for m in load_migrations()]
        assert await db.schema_version() == len(load_migrations())
        assert await db.fetchval("PRAGMA journal_mode") == "wal"
        assert await db.fetchval("PRAGMA foreign_keys") == 1
        assert await db.fetchval("PRAGMA busy_timeout") == 2000
        assert await db.migrate() == []  # idempotent
    finally:
        await db.close()


@BOTH_ENGINES
async def test_upgrade_keeps_rows(database_at: Path | str) -> None:
    path = database_at
    db = await Database.open(path)
    await db.migrate([V1])
    await db.execute("INSERT INTO notes (body) VALUES ('kept')")
    await db.close()

    db = await Database.open(path)
    try:
        assert await db.migrate([V1, V2]) == [2]
        rows = await db.fetchall("SELECT body, tag FROM notes")
        assert [tuple(r) for r in rows] == [("kept", None)]
        assert await db.schema_version() == 2
    finally:
        await db.close()


@BOTH_ENGINES
async def test_newer_database_refuses_and_changes_nothing(database_at: Path | str) -> None:
    path = database_at
    db = await Database.open(path)
    await db.migrate([V1, V2])
    await db.close()

    db = await Database.open(path)
    try:
        with pytest.raises(DatabaseError, match="newer version of the bot"):
            await db.migrate([V1])
        assert await db.schema_version() == 2
    finally:
        await db.close()


@BOTH_ENGINES
async def test_failed_migration_rolls_back(database_at: Path | str) -> None:
    broken = Migration(2, "broken", "ALTER TABLE notes ADD COLUMN tag TEXT;\nCREATE TABLE notes (x TEXT);")
    db = await Database.open(database_at)
    try:
        await db.migrate([V1])
        with pytest.raises(Exception, match="already exists"):
            await db.migrate([V1, broken])
        assert await db.schema_version() == 1
        assert "tag" not in await db.columns("notes")
    finally:
        await db.close()


@BOTH_ENGINES
async def test_transaction_rolls_back_on_error(database_at: Path | str) -> None:
    db = await Database.open(database_at)
    try:
        await db.migrate([V1])
        with pytest.raises(RuntimeError):
            async with db.transaction() as tx:
                await tx.execute("INSERT INTO notes (body) VALUES ('lost')")
                raise RuntimeError("boom")
        assert await db.fetchval("SELECT COUNT(*) FROM notes") == 0
    finally:
        await db.close()


def test_split_statements_handles_semicolons_in_strings() -> None:
    sql = "CREATE TABLE a (x TEXT DEFAULT ';');\n-- comment\nINSERT INTO a VALUES ('b;c');\n"
    assert split_statements(sql) == [
        "CREATE TABLE a (x TEXT DEFAULT ';');",
        "-- comment\nINSERT INTO a VALUES ('b;c');",
    ]


def test_migration_files_are_numbered_without_gaps(tmp_path: Path) -> None:
    (tmp_path / "V1__one.sql").write_text("SELECT 1;")
    (tmp_path / "V3__three.sql").write_text("SELECT 1;")
    with pytest.raises(DatabaseError, match="no gaps"):
        load_migrations(tmp_path)
    (tmp_path / "bad-name.sql").write_text("SELECT 1;")
    with pytest.raises(DatabaseError, match="not named"):
        load_migrations(tmp_path)
