"""The "make it smaller" form, opened from "does this still fit?"."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import discord

from bot.errors import UserFacingError
from bot.forms import Form
from cogs.goals import storage
from cogs.goals.rules import TITLE_MAX

if TYPE_CHECKING:
    from cogs.goals._cog import GoalsCog

_PER_WEEK = re.compile(r"\s*([1-7])\s*")


class SmallerForm(Form):
    """A smaller title or fewer times a week; only the owner can submit it, and only while the goal is
    still theirs."""

    def __init__(self, cog: GoalsCog, goal: storage.Goal, interaction: discord.Interaction) -> None:
        text = cog.bot.text
        super().__init__(title=text("goal.form.title", interaction), opener=interaction.user)
        self.cog, self.goal = cog, goal
        self.name: discord.ui.TextInput[SmallerForm] = discord.ui.TextInput(
            label=text("goal.form.name", interaction)[:45], default=goal.title, max_length=TITLE_MAX
        )
        self.per_week: discord.ui.TextInput[SmallerForm] = discord.ui.TextInput(
            label=text("goal.form.per_week", interaction)[:45],
            required=False,
            max_length=1,
            default=str(goal.times_per_week) if goal.times_per_week else None,
        )
        self.add_item(self.name)
        self.add_item(self.per_week)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        goal = await self.cog.owned(interaction, self.goal.id)  # still theirs, and not removed meanwhile
        value = self.per_week.value or ""
        match = _PER_WEEK.fullmatch(value)
        if value.strip() and match is None:
            raise UserFacingError("goal.errors.per_week")
        per_week = int(match.group(1)) if match else None
        await self.cog.save_edit(
            interaction, goal, title=self.name.value, times_per_week=per_week, key="goal.fits_smaller"
        )
