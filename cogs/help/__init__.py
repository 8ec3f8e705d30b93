"""/help: what a member (and a moderator) can do."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.help._cog import HelpCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(HelpCog(bot))
