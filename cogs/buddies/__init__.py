"""/buddy: consent-first buddy pairings, automatic rounds that never repeat, and gentle follow-ups.

`_cog` holds the members' commands, `_moderation` the moderators', `_buttons` one class per button,
`_pairings` what happens to a pairing (invitation, introduction, follow-ups, consent asks, its end),
`_jobs` what runs by itself (the follow-up DM, the rotation tick, a round). `matching` is pure,
`storage` holds every query, and `notify` is what other features may call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.buddies._cog import BuddiesCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(BuddiesCog(bot))
