"""The goal option of /goal log, edit, pause, resume and remove: the member's own goals, suggested as
they type, and found by the id a suggestion carries or by the title they typed."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, cast

import discord
from discord import app_commands

from bot.errors import UserFacingError
from bot.member_text import clean_line
from cogs.goals import storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot

_GOAL_ID = re.compile(r"[0-9]{1,19}")


def _bot(interaction: discord.Interaction) -> CheckinBot:
    return cast("CheckinBot", interaction.client)


class _Goal(app_commands.Transformer):
    """One of the member's own goals here: by the id the autocomplete put in the option, or by its title."""

    async def transform(self, interaction: discord.Interaction, value: str) -> storage.Goal:
        assert interaction.guild_id is not None
        db = _bot(interaction).db
        found = await storage.get(db, int(value)) if _GOAL_ID.fullmatch(value) and int(value) < 2**63 else None
        if found is None:
            wanted = clean_line(value).casefold()
            mine = await storage.mine(db, interaction.user.id, interaction.guild_id)
            found = next((g for g in mine if g.title.casefold() == wanted), None)
        here = (interaction.user.id, interaction.guild_id)
        if found is None or found.state == "removed" or (found.user_id, found.guild_id) != here:
            raise UserFacingError("goal.errors.unknown")
        return found

    async def autocomplete(
        self, interaction: discord.Interaction, value: int | float | str, /
    ) -> list[app_commands.Choice[int | float | str]]:
        assert interaction.guild_id is not None
        goals = await storage.mine(_bot(interaction).db, interaction.user.id, interaction.guild_id)
        wanted = str(value).strip().lower()
        matching = [g for g in goals if wanted in g.title.lower()][:25]
        return [app_commands.Choice(name=g.title[:100], value=str(g.id)) for g in matching]


GoalOption = app_commands.Transform[storage.Goal, _Goal]
