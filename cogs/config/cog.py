"""Server settings: moderators only (hidden by default permissions and re-checked when run)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings
from bot.checks import moderator_only
from bot.errors import UserFacingError
from bot.replies import reply
from bot.timezones import parse_timezone, suggest

if TYPE_CHECKING:
    from bot.bot import CheckinBot


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ConfigCog(commands.GroupCog, group_name="config", group_description="Server settings (moderators)"):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="show", description="Show this server's settings")
    @moderator_only()
    async def show(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        current = await guild_settings.get(self.bot.db, interaction.guild_id)
        default = self.bot.settings.default_timezone
        timezone = current.timezone or self.bot.text(
            "config.timezone_default", interaction.locale, zone=default
        )
        await reply(interaction, self.bot.text("config.show", interaction.locale, timezone=timezone))

    @app_commands.command(name="timezone", description="Set the server's default time zone")
    @app_commands.describe(timezone="An IANA time zone, e.g. Europe/London")
    @moderator_only()
    async def timezone(self, interaction: discord.Interaction, timezone: str) -> None:
        zone = parse_timezone(timezone)
        if zone is None:
            raise UserFacingError("config.bad_timezone", value=timezone[:60])
        assert interaction.guild_id is not None
        await guild_settings.set_timezone(self.bot.db, interaction.guild_id, zone.key, self.bot.clock.now())
        await reply(interaction, self.bot.text("config.timezone_set", interaction.locale, zone=zone.key))

    @timezone.autocomplete("timezone")
    async def _timezone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in suggest(current)]
