"""/reachout: let someone know you're there for them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.reachout._cog import ReachoutCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(ReachoutCog(bot))
