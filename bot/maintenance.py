"""The operator's maintenance commands: copy the database, back it up, restore a backup."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot import backup
from bot.database import Database, DatabaseError
from bot.database_copy import copy_database
from bot.database_url import POSTGRESQL, Target
from bot.settings import Settings

DEFAULT_BACKUP_DIR = Path("data/backups")


async def copy(source: Target, target: Target) -> None:
    """Copy the whole database into an empty one and check the row counts, printing each table's."""
    origin = await Database.open(source)
    try:
        destination = await Database.open(target)
        try:
            print(f"Copying {source} into {target} ...")
            copied = await copy_database(origin, destination)
        finally:
            await destination.close()
    finally:
        await origin.close()
    width = max(len(c.table) for c in copied)
    for item in copied:
        print(f"  {item.table:<{width}}  {item.rows:>9,} rows")
    total = sum(c.rows for c in copied)
    print(f"Copied {total:,} rows in {len(copied)} tables; every table's row count matches.")
    print("Now set DATABASE_URL to the new database and start the bot.")


async def back_up(settings: Settings, path: Path | None) -> None:
    """A consistent copy of the database now (the bot may be running), checked before it counts."""
    target = settings.database
    if target.engine == POSTGRESQL:
        print("PostgreSQL databases are backed up with PostgreSQL's own tool:")
        print("  " + backup.pg_dump_command(target))
        return
    assert target.path is not None
    directory = settings.backup_dir or DEFAULT_BACKUP_DIR
    destination = path or directory / backup.default_name(datetime.now(UTC))
    made = await backup.back_up(target.path, destination)
    print(f"Backed up {target.path} to {made.path} ({made.size / 1024:,.0f} KB, schema version {made.schema_version}).")
    if path is None and settings.backup_dir is not None:
        for removed in backup.rotate(settings.backup_dir, settings.backup_keep):
            print(f"  removed the old backup {removed.name} (BACKUP_KEEP={settings.backup_keep})")


def restore(settings: Settings, path: Path) -> None:
    """Put a backup in place of the database; the bot must be stopped, and the old file is kept."""
    target: Target = settings.database
    if target.engine == POSTGRESQL:
        raise DatabaseError(
            "PostgreSQL databases are restored with pg_restore into an empty database"
            " (pg_restore --dbname=postgresql://… backup.dump), then DATABASE_URL pointed at it."
        )
    assert target.path is not None
    kept = backup.restore(path, target.path, datetime.now(UTC))
    print(f"Restored {path} to {target.path}.")
    if kept.exists():
        print(f"The database it replaced is kept beside it, as {kept.name}.")
