"""Storage for per-server settings every feature shares (time zone, preferred locale)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.database import Database


@dataclass(frozen=True)
class GuildSettings:
    guild_id: int
    timezone: str | None
    preferred_locale: str | None


async def get(db: Database, guild_id: int) -> GuildSettings:
    row = await db.fetchone("SELECT timezone, preferred_locale FROM guilds WHERE guild_id = ?", (guild_id,))
    if row is None:
        return GuildSettings(guild_id, None, None)
    return GuildSettings(guild_id, row["timezone"], row["preferred_locale"])


async def set_timezone(db: Database, guild_id: int, timezone: str, now: datetime) -> None:
    await db.execute(
        "INSERT INTO guilds (guild_id, timezone, joined_at) VALUES (?, ?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET timezone = excluded.timezone",
        (guild_id, timezone, now.isoformat()),
    )
