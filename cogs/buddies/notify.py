"""What other features ask of buddies, as plain functions over the database and the dispatcher.

Check-ins ("Let my buddy know", the quiet note), /support, /config and /setup, and privacy use these;
they never reach into the buddies cog.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from bot import guild_settings
from bot.engine.recurrence import Recurrence, resolve_local
from bot.member_text import inert
from bot.messaging import dm_member
from bot.zones import server_zone
from cogs.buddies import storage
from cogs.buddies._buttons import support_buttons
from cogs.buddies._pairings import end_group, server_name

if TYPE_CHECKING:
    from bot.bot import CheckinBot


def _server_name(bot: CheckinBot, guild_id: int) -> str:
    return server_name(bot, guild_id, unknown="")


async def let_buddy_know(bot: CheckinBot, guild_id: int, user_id: int, locale: str | None) -> tuple[bool, str]:
    """DM the member's buddies that they could use some support (nothing else). Returns whether at
    least one buddy got it, and the member's reply, which says so only if it is true."""
    group = await storage.active_group(bot.db, guild_id, user_id)
    if group is None:
        return False, bot.text("buddy.support_none", locale)
    guild = bot.get_guild(guild_id)
    member = guild.get_member(user_id) if guild else None
    name = inert(member.display_name) if member else f"<@{user_id}>"
    day = bot.clock.now().date().isoformat()
    reached = 0
    for buddy in (u for u in group.members if u != user_id):
        status = await dm_member(
            bot, buddy, "buddy.support_dm", nonce=f"support-{user_id}-{day}",
            components=support_buttons(bot, guild_id, user_id),
            name=name, server=_server_name(bot, guild_id),
        )  # fmt: skip
        reached += status == "sent"
    if not reached:
        return False, bot.text("buddy.support_failed", locale)
    return True, bot.text("buddy.support_sent", locale)


async def tell_buddy_quiet(bot: CheckinBot, guild_id: int, user_id: int) -> None:
    """The check-in's opt-in note: the buddy hears only that the member has been quiet, and only if the
    member said yes for this buddy; the member hears that it went."""
    group = await storage.active_group(bot.db, guild_id, user_id)
    if group is None or not await storage.consented(bot.db, group.id, user_id):
        return  # their yes was for an earlier buddy, or they said no to this one
    day = bot.clock.now().date().isoformat()
    server = _server_name(bot, guild_id)
    reached = 0
    for buddy in (u for u in group.members if u != user_id):
        status = await dm_member(
            bot, buddy, "buddy.quiet_note", nonce=f"quiet-{user_id}-{day}", name=f"<@{user_id}>", server=server
        )
        reached += status == "sent"
    if reached:
        # Nothing goes to "my buddy" behind the member's back.
        await dm_member(bot, user_id, "buddy.quiet_note_told", nonce=f"quiet-told-{user_id}-{day}", server=server)


async def update_config(bot: CheckinBot, guild_id: int, moderator_id: int, **changes: Any) -> storage.Config:
    """A moderator's buddy settings (/config buddies, /setup): re-plan the rotation when its timing
    changed, audit every change, save."""
    now = bot.clock.now()
    before = await storage.get_config(bot.db, guild_id)
    config = replace(before, **changes)
    if {"cadence", "rotation_day", "rotation_time"} & changes.keys():
        config = replace(config, next_rotation=None)
        config = replace(config, next_rotation=await next_rotation(bot, config, after=now))
    for key in changes:
        await guild_settings.audit(
            bot.db, guild_id, moderator_id, f"buddies.{key}", getattr(before, key), getattr(config, key), now
        )
    await storage.save_config(bot.db, config, now)
    return config


async def next_rotation(bot: CheckinBot, config: storage.Config, *, after: datetime) -> datetime | None:
    """When the next round is due in the server's zone, or None when rotation is off."""
    if config.cadence == "off":
        return None
    zone = await server_zone(bot.db, config.guild_id, bot.settings.default_timezone)
    weekly = Recurrence(time.fromisoformat(config.rotation_time), frozenset({config.rotation_day}), zone)
    first, _ = weekly.next_after(after)
    if config.next_rotation is None or config.next_rotation > after:
        return first
    # A cadence longer than a week: count whole periods from the last rotation.
    last_local = config.next_rotation.astimezone(zone).date()
    return resolve_local(last_local + timedelta(days=config.period_days), weekly.at, zone)


async def end_pairings_of(bot: CheckinBot, user_id: int) -> int:
    """A member is leaving (deleting their data): their pairings end, and each partner is told
    kindly that the pairing ended, as with /buddy end (never why). Returns the pairings ended."""
    groups = await storage.active_groups_of(bot.db, user_id)
    for group in groups:
        await end_group(bot, group, ended_by=user_id, server=_server_name(bot, group.guild_id))
    return len(groups)
