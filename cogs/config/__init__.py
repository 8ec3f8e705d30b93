"""/config and /setup: server settings for moderators, as commands and as a guided flow."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.config._cog import ConfigCog
from cogs.config._setup import SetupCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(ConfigCog(bot))
    await bot.add_cog(SetupCog(bot))
