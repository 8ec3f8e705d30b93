"""/goal: small commitments with gentle nudges, streaks with grace, and a buddy who cheers.

`_cog.py` has the commands, `_options.py` their goal option, `_buttons.py` one class per button,
`_jobs.py` what the engine sends (nudges, the weekly summary, the buddy digest), `_forms.py` the
"make it smaller" form; `rules.py` (weeks, streaks, milestones) and `chart.py` know nothing of
Discord; `storage.py` holds every query.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cogs.goals._cog import GoalsCog

if TYPE_CHECKING:
    from bot.bot import CheckinBot


async def setup(bot: CheckinBot) -> None:
    await bot.add_cog(GoalsCog(bot))
