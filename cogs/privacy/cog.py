"""/privacy: what is stored, a JSON export, deletion after a confirmation; the daily retention job."""

from __future__ import annotations

import io
import json
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, privacy
from bot.components import DANGER, button, persistent_view, routed_button, rows
from bot.replies import reply
from cogs.buddies import notify as buddy_notify

if TYPE_CHECKING:
    from bot.bot import CheckinBot

DAY = 24 * 60 * 60


PrivacyButton = routed_button("pv", "PrivacyCog", {"delete": r"(?P<id>\d{1,19})", "keep": r"(?P<id>\d{1,19})"})


def _view(components: list[dict[str, Any]]) -> discord.ui.View:
    return persistent_view(components, PrivacyButton)


class PrivacyCog(commands.GroupCog, group_name="privacy", group_description="Your data: what's stored, export, delete"):
    dynamic_items = (PrivacyButton,)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.waker.every("retention", DAY, self.retention)

    async def retention(self) -> int:
        """Delete check-in notes and reach-out words past each server's retention (daily)."""
        return await privacy.purge_old(self.bot.db, self.bot.clock.now())

    def t(self, key: str, locale: Any, **params: Any) -> str:
        return self.bot.text(key, locale, **params)

    @app_commands.command(name="show", description="What I store about you")
    async def show(self, interaction: discord.Interaction) -> None:
        days = 180
        if interaction.guild_id is not None:
            days = (await guild_settings.get(self.bot.db, interaction.guild_id)).retention_days
        await reply(interaction, self.t("privacy.summary", interaction, days=days))

    @app_commands.command(name="export", description="Download everything I store about you")
    async def export(self, interaction: discord.Interaction) -> None:
        data = await privacy.export(self.bot.db, interaction.user.id)
        body = json.dumps({"user_id": interaction.user.id, "data": data}, indent=2, ensure_ascii=False, default=str)
        await reply(
            interaction,
            self.t("privacy.export_done", interaction),
            file=discord.File(io.BytesIO(body.encode()), "my-data.json"),
        )

    @app_commands.command(name="delete", description="Delete everything I store about you")
    async def delete(self, interaction: discord.Interaction) -> None:
        components = rows(
            [
                button(f"pv:delete:{interaction.user.id}", self.t("privacy.delete_button", interaction), DANGER),
                button(f"pv:keep:{interaction.user.id}", self.t("privacy.cancel_button", interaction)),
            ]
        )
        await reply(interaction, self.t("privacy.delete_confirm", interaction), view=_view(components))

    async def on_button(self, interaction: discord.Interaction, action: str, args: dict[str, Any]) -> None:
        user_id = args["id"]
        if user_id != interaction.user.id:
            await interaction.response.edit_message(content=self.t("privacy.kept", interaction), view=None)
            return
        if action == "delete":
            await interaction.response.defer()
            await buddy_notify.end_pairings_of(self.bot, user_id)
            await privacy.delete(self.bot.db, user_id)
            await interaction.edit_original_response(content=self.t("privacy.deleted", interaction), view=None)
        else:
            await interaction.response.edit_message(content=self.t("privacy.kept", interaction), view=None)
