"""/privacy: what is stored, a JSON export, deletion after a confirmation; the daily retention job."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, privacy
from bot.components import DANGER, rows, view_of
from bot.replies import reply
from cogs.buddies import notify as buddy_notify
from cogs.privacy._buttons import Delete, Keep

if TYPE_CHECKING:
    from bot.bot import CheckinBot

DAY = 24 * 60 * 60
DEFAULT_RETENTION_DAYS = 180  # what /privacy show says outside a server


class PrivacyCog(commands.GroupCog, group_name="privacy", group_description="Your data: what's stored, export, delete"):
    dynamic_items = (Delete, Keep)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.waker.every("retention", DAY, self.retention)

    async def retention(self) -> int:
        """Delete check-in notes and reach-out words past each server's retention (daily)."""
        return await privacy.purge_old(self.bot.db, self.bot.clock.now())

    @app_commands.command(name="show", description="What I store about you")
    async def show(self, interaction: discord.Interaction) -> None:
        days = DEFAULT_RETENTION_DAYS
        if interaction.guild_id is not None:
            days = (await guild_settings.get(self.bot.db, interaction.guild_id)).retention_days
        await reply(interaction, self.bot.text("privacy.summary", interaction, days=days))

    @app_commands.command(name="export", description="Download everything I store about you")
    async def export(self, interaction: discord.Interaction) -> None:
        data = await privacy.export(self.bot.db, interaction.user.id)
        body = json.dumps({"user_id": interaction.user.id, "data": data}, indent=2, ensure_ascii=False, default=str)
        await reply(
            interaction,
            self.bot.text("privacy.export_done", interaction),
            file=discord.File(io.BytesIO(body.encode()), "my-data.json"),
        )

    @app_commands.command(name="delete", description="Delete everything I store about you")
    async def delete(self, interaction: discord.Interaction) -> None:
        user_id = interaction.user.id
        components = rows(
            [
                Delete.make(self.bot.text("privacy.delete_button", interaction), DANGER, id=user_id),
                Keep.make(self.bot.text("privacy.cancel_button", interaction), id=user_id),
            ]
        )
        await reply(interaction, self.bot.text("privacy.delete_confirm", interaction), view=view_of(components))

    async def delete_confirmed(self, interaction: discord.Interaction, user_id: int) -> None:
        """Only the member the question was for can delete; anyone else's press keeps everything."""
        if user_id != interaction.user.id:
            await self.keep(interaction)
            return
        await interaction.response.defer()
        await buddy_notify.end_pairings_of(self.bot, user_id)
        await privacy.delete(self.bot.db, user_id)
        await interaction.edit_original_response(content=self.bot.text("privacy.deleted", interaction), view=None)

    async def keep(self, interaction: discord.Interaction) -> None:
        await interaction.response.edit_message(content=self.bot.text("privacy.kept", interaction), view=None)
