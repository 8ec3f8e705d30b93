"""The server's and the member's time zone: one function each, used by every feature."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from bot import guild_settings
from bot.database import Database
from bot.engine import storage as engine
from bot.timezones import parse_timezone


async def server_zone(db: Database, guild_id: int, fallback: str) -> ZoneInfo:
    """The server's default zone, else the bot's DEFAULT_TIMEZONE (`fallback`)."""
    server = await guild_settings.get(db, guild_id)
    return parse_timezone(server.timezone or fallback) or ZoneInfo("UTC")


async def member_zone(db: Database, guild_id: int, user_id: int, fallback: str) -> ZoneInfo:
    """The member's zone here: their check-in zone, else the server's."""
    schedule = await engine.get_schedule(db, "checkin", user_id, guild_id)
    if schedule is not None:
        return schedule.zone
    return await server_zone(db, guild_id, fallback)
