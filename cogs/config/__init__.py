"""/config: server settings for moderators."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.config.cog import ConfigCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(ConfigCog(bot))
