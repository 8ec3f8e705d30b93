"""The /help command."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.checks import is_moderator
from bot.replies import reply
from bot.translator import CatalogueTranslator
from cogs.help.overview import walk_commands

if TYPE_CHECKING:
    from bot.bot import CheckinBot


class HelpCog(commands.Cog):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    @app_commands.command(name="help", description="See what this bot can do for you")
    async def help(self, interaction: discord.Interaction) -> None:
        """An ephemeral overview; moderators also see their commands."""
        text = self.bot.text
        locale = interaction
        infos = list(walk_commands(self.bot.tree.get_commands()))
        translator = self.bot.tree.translator
        catalogue_locale = self.bot.catalogue.resolve(
            str(interaction.locale), str(interaction.guild_locale) if interaction.guild_locale else None
        )

        def shown(name: str) -> str:
            # The member's client shows command names in their language (Spanish clients: /ayuda).
            if isinstance(translator, CatalogueTranslator):
                return translator.command_name(name, catalogue_locale)
            return name

        lines = [f"**{text('help.title', locale)}**", text("help.intro", locale), ""]
        lines.append(text("help.member_heading", locale))
        for info in infos:
            if not info.moderator:
                lines.append(text("help.line", locale, command=shown(info.name), description=text(info.key, locale)))
        if is_moderator(interaction):
            lines += ["", text("help.moderator_heading", locale)]
            for info in infos:
                if info.moderator:
                    lines.append(
                        text("help.line", locale, command=shown(info.name), description=text(info.key, locale))
                    )
        lines += ["", text("help.privacy", locale), text("help.footer", locale)]
        await reply(interaction, "\n".join(lines))
