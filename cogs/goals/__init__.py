"""/goal: small commitments with gentle nudges."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.goals.cog import GoalsCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(GoalsCog(bot))
