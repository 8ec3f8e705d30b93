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
        locale = interaction.locale
        timezone = current.timezone or self.bot.text("config.timezone_default", locale, zone=default)
        unset = self.bot.text("config.unset", locale)
        channel = f"<#{current.support_channel_id}>" if current.support_channel_id else unset
        role = f"<@&{current.support_role_id}>" if current.support_role_id else unset
        await reply(interaction, self.bot.text("config.show", locale, timezone=timezone, support=channel, role=role))

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

    @app_commands.command(name="support", description="Set the support team's channel and role")
    @app_commands.describe(channel="Where members' requests for support are posted", role="Who is mentioned there")
    @moderator_only()
    async def support(
        self, interaction: discord.Interaction, channel: discord.TextChannel, role: discord.Role | None = None
    ) -> None:
        assert interaction.guild is not None
        me = interaction.guild.me
        perms = channel.permissions_for(me)
        if not (perms.view_channel and perms.send_messages):
            raise UserFacingError("config.channel_unusable", channel=channel.mention)
        await guild_settings.update(
            self.bot.db,
            interaction.guild.id,
            self.bot.clock.now(),
            support_channel_id=channel.id,
            support_role_id=role.id if role else None,
        )
        role_text = role.mention if role else self.bot.text("config.no_role", interaction.locale)
        await reply(
            interaction,
            self.bot.text("config.support_set", interaction.locale, channel=channel.mention, role=role_text),
        )

    @timezone.autocomplete("timezone")
    async def _timezone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in suggest(current)]
