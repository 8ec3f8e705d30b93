"""/checkin: scheduled gentle check-ins that members answer in one tap."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.checkins.cog import CheckinsCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(CheckinsCog(bot))
