"""/buddy: consent-first buddy pairings."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.buddies.cog import BuddiesCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(BuddiesCog(bot))
