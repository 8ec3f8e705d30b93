"""Storage for per-server settings every feature shares (time zone, support team, resources)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.database import Database


@dataclass(frozen=True)
class GuildSettings:
    guild_id: int
    timezone: str | None = None
    preferred_locale: str | None = None
    support_channel_id: int | None = None
    support_role_id: int | None = None
    resources_text: str | None = None
    checkin_default_time: str | None = None
    allow_anonymous: bool = True
    retention_days: int = 180


_COLUMNS = (
    "timezone",
    "preferred_locale",
    "support_channel_id",
    "support_role_id",
    "resources_text",
    "checkin_default_time",
    "allow_anonymous",
    "retention_days",
)


async def get(db: Database, guild_id: int) -> GuildSettings:
    row = await db.fetchone(f"SELECT {', '.join(_COLUMNS)} FROM guilds WHERE guild_id = ?", (guild_id,))
    if row is None:
        return GuildSettings(guild_id)
    return GuildSettings(guild_id, *row)


async def update(db: Database, guild_id: int, now: datetime, **values: object) -> None:
    """Set some of the columns above, creating the server's row on first use."""
    unknown = set(values) - set(_COLUMNS)
    if unknown:
        raise ValueError(f"unknown server settings: {sorted(unknown)}")
    cols = "".join(f", {k}" for k in values)
    marks = ", ?" * len(values)
    sets = ", ".join(f"{k} = excluded.{k}" for k in values)
    await db.execute(
        f"INSERT INTO guilds (guild_id, joined_at{cols}) VALUES (?, ?{marks})"
        f" ON CONFLICT (guild_id) DO UPDATE SET {sets}",
        (guild_id, now.isoformat(), *values.values()),
    )


async def set_timezone(db: Database, guild_id: int, timezone: str, now: datetime) -> None:
    await update(db, guild_id, now, timezone=timezone)
