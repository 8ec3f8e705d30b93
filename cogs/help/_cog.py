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

        def listing(moderator: bool) -> str:
            return "\n".join(
                text("help.line", locale, command=shown(info.name), description=text(info.key, locale))
                for info in infos
                if info.moderator == moderator
            )

        # The command list goes in embeds (4,096 characters each), so /help fits Discord's limits
        # in every language however many commands there are.
        embeds = [discord.Embed(title=text("help.member_heading", locale), description=listing(False)[:4096])]
        if is_moderator(interaction):
            embeds.append(discord.Embed(title=text("help.moderator_heading", locale), description=listing(True)[:4096]))
        lines = [
            f"**{text('help.title', locale)}**",
            text("help.intro", locale),
            text("help.privacy", locale),
            text("help.not_a_counsellor", locale),
            text("help.footer", locale),
        ]
        await reply(interaction, "\n".join(lines), embeds=embeds)
