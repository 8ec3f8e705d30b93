"""/checkin: scheduled gentle check-ins that members answer in one tap.

`_cog.py` has the slash commands, `_answers.py` and `_support.py` what the check-in DM's buttons do
(`_buttons.py`, one class per action), `_jobs.py` how the engine renders a scheduled check-in;
`render.py`, `rules.py` and `chart.py` know nothing of Discord, and `storage.py` holds every query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.checkins._cog import CheckinsCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(CheckinsCog(bot))
