"""Telling a server's support team: always a private thread in their channel, pinging only their role.

Used by /support and by a check-in's "Let the support team know", so a member's request is never
posted where the whole channel reads it, whichever way they asked.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import discord

from bot import guild_settings

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)

PRIVATE_THREAD = 12
A_WEEK_MINUTES = 10080


def visible_to_everyone(channel: discord.abc.GuildChannel) -> bool:
    """Whether @everyone can read the channel (a support channel should be for the team only)."""
    return bool(channel.permissions_for(channel.guild.default_role).view_channel)


async def tell_team(bot: CheckinBot, guild_id: int, *, name: str, post: str) -> tuple[str, int | None]:
    """Open a private thread in the support channel with `post`; returns (sent, missing or failed, the
    thread's id)."""
    server = await guild_settings.get(bot.db, guild_id)
    if not server.support_channel_id:
        return "missing", None
    role = server.support_role_id
    mentions = discord.AllowedMentions(everyone=False, users=False, roles=[discord.Object(role)] if role else False)
    try:
        data = await bot.http.start_thread_without_message(
            server.support_channel_id,
            name=name[:100],
            auto_archive_duration=A_WEEK_MINUTES,
            type=PRIVATE_THREAD,
            invitable=False,
        )
        thread_id = int(data["id"])
        await bot.get_partial_messageable(thread_id).send(post[:2000], allowed_mentions=mentions)
    except discord.HTTPException:
        log.warning("Could not open a support thread in server %s", guild_id)
        return "failed", None
    return "sent", thread_id


async def role_mention(bot: CheckinBot, guild_id: int) -> str:
    server = await guild_settings.get(bot.db, guild_id)
    return f"<@&{server.support_role_id}>" if server.support_role_id else ""
