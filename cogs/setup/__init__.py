"""/setup: a guided set-up for moderators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.setup.cog import SetupCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(SetupCog(bot))
