"""/insights: anonymous aggregates for moderators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.insights._cog import InsightsCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(InsightsCog(bot))
