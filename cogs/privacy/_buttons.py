"""The two answers to "Delete everything I store about you?": each re-checks that the member pressing
is the member the question was for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.components import PersistentButton, feature

if TYPE_CHECKING:
    from cogs.privacy._cog import PrivacyCog


def _cog(interaction: discord.Interaction) -> PrivacyCog:
    return feature(interaction, "PrivacyCog")


class Delete(PersistentButton, template=r"pv:delete:(?P<id>\d{1,19})"):
    custom_id_format = "pv:delete:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).delete_confirmed(interaction, id)


class Keep(PersistentButton, template=r"pv:keep:(?P<id>\d{1,19})"):
    custom_id_format = "pv:keep:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).keep(interaction)
