"""What other features ask of buddies, as plain functions over the database and the dispatcher."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot import members
from bot.engine.dm import Outgoing
from cogs.buddies import storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def end_pairings_of(bot: CheckinBot, user_id: int) -> int:
    """A member is leaving (deleting their data): their pairings end, and each partner is told
    kindly that the pairing ended, as with /buddy end (never why). Returns the pairings ended."""
    groups = await storage.active_groups_of(bot.db, user_id)
    now = bot.clock.now()
    for group in groups:
        await storage.set_status(bot.db, group.id, "ended", now)
        guild = bot.get_guild(group.guild_id)
        server = guild.name if guild else ""
        for partner in group.members:
            if partner == user_id:
                continue
            info = await members.get(bot.db, partner)
            text = bot.text("buddy.ended_partner", info.last_locale, server=server)
            await bot.dispatcher.send_now(partner, Outgoing(text), f"ended-{group.id}")
    return len(groups)
