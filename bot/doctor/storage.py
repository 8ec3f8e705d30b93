"""What the doctor reads from the database (read-only): the servers' channels and roles, members with
closed DMs, the schema, the deliveries that are waiting or failed."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from bot.database import SQLITE, Database
from bot.engine.storage import from_ts, ts


@dataclass(frozen=True)
class Server:
    guild_id: int
    support_channel_id: int | None
    support_role_id: int | None
    intro_channel_id: int | None
    closed_dms: int


async def servers(db: Database) -> list[Server]:
    rows = await db.fetchall(
        "SELECT g.guild_id, g.support_channel_id, g.support_role_id, b.intro_channel_id,"
        " (SELECT COUNT(*) FROM checkin_prefs p JOIN members m ON m.user_id = p.user_id"
        "  WHERE p.guild_id = g.guild_id AND m.dm_closed_at IS NOT NULL)"
        " FROM guilds g LEFT JOIN buddy_config b ON b.guild_id = g.guild_id ORDER BY g.guild_id"
    )
    return [Server(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]


def _file_sizes(path: Path) -> int:
    files = [path, path.with_name(path.name + "-wal")]
    return sum(os.path.getsize(f) for f in files if f.exists())


async def size_bytes(db: Database) -> int:
    if db.engine == SQLITE:
        assert db.path is not None
        return _file_sizes(db.path)
    return int(await db.fetchval("SELECT pg_database_size(current_database())"))


async def stored(db: Database, key: str) -> str | None:
    return await db.fetchval("SELECT value FROM bot_meta WHERE key = ?", (key,))


async def stored_like(db: Database, prefix: str) -> dict[str, str]:
    rows = await db.fetchall("SELECT key, value FROM bot_meta WHERE key LIKE ?", (prefix + "%",))
    return {r[0]: r[1] for r in rows}


async def oldest_pending(db: Database, now: datetime) -> datetime | None:
    value = await db.fetchval(
        "SELECT MIN(due_utc) FROM deliveries WHERE status = 'pending' AND due_utc <= ?", (ts(now),)
    )
    return from_ts(value) if value is not None else None
