"""/support and /resources: asking for a hand, and where to find help."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.support._cog import SupportCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(SupportCog(bot))
