"""/privacy: what is stored, an export, deletion; and the daily retention job."""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.privacy._cog import PrivacyCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(PrivacyCog(bot))
