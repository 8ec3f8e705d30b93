"""/config: server settings, for moderators only (hidden by default permissions, re-checked when run)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings
from bot.checks import moderator_only
from bot.errors import UserFacingError
from bot.replies import reply
from bot.transformers import Between, TimeOption, ZoneOption
from cogs.config._buddies import BuddiesMixin
from cogs.config._forms import open_resources_form
from cogs.config._show import ShowMixin
from cogs.config._words import WordsMixin

if TYPE_CHECKING:
    from bot.bot import CheckinBot

RetentionDays = app_commands.Transform[int, Between(7, 3650, "retention.bad", declare=False)]


def _short(value: str | None, unset: str) -> str:
    if value is None:
        return unset
    return discord.utils.escape_markdown(value if len(value) <= 40 else value[:39] + "…")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ConfigCog(
    ShowMixin,
    BuddiesMixin,
    WordsMixin,
    commands.GroupCog,
    group_name="config",
    group_description="Server settings (moderators)",
):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    async def _save(self, interaction: discord.Interaction, **values: Any) -> guild_settings.GuildSettings:
        """Save (and audit) server settings; returns what the server has now."""
        assert interaction.guild_id is not None
        if values:
            now = self.bot.clock.now()
            await guild_settings.update(self.bot.db, interaction.guild_id, now, by=interaction.user.id, **values)
        return await guild_settings.get(self.bot.db, interaction.guild_id)

    @app_commands.command(name="checkins", description="Check-in defaults: time zone and time")
    @app_commands.describe(timezone="Default time zone (IANA name)", time="Default check-in time, e.g. 09:00")
    @moderator_only()
    async def checkins(
        self, interaction: discord.Interaction, timezone: ZoneOption | None = None, time: TimeOption | None = None
    ) -> None:
        values: dict[str, object] = {}
        if timezone is not None:
            values["timezone"] = timezone.key
        if time is not None:
            values["checkin_default_time"] = time.strftime("%H:%M")
        current = await self._save(interaction, **values)
        zone = current.timezone or self.bot.settings.default_timezone
        text = self.bot.text(
            "config.checkins_saved", interaction, zone=zone, time=current.checkin_default_time or "09:00"
        )
        await reply(interaction, text)

    @app_commands.command(name="history", description="Who changed which setting, and when")
    @moderator_only()
    async def history(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        rows = await guild_settings.history(self.bot.db, interaction.guild_id)
        if not rows:
            await reply(interaction, self.bot.text("config.history_empty", interaction))
            return
        lines = [self.bot.text("config.history_title", interaction)] + [
            self._history_line(interaction, *r) for r in rows
        ]
        await reply(interaction, "\n".join(lines)[:2000])

    def _history_line(
        self, interaction: discord.Interaction, moderator: int | None, setting: str, old: str | None,
        new: str | None, at: int, subject: int | None,
    ) -> str:  # fmt: skip
        when = datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M UTC")
        who = f"<@{moderator}>" if moderator else self.bot.text("config.history_someone", interaction)
        if subject:
            setting = self.bot.text("config.history_about", interaction, setting=setting, member=f"<@{subject}>")
        unset = self.bot.text("config.unset", interaction)
        return self.bot.text(
            "config.history_line", interaction, when=when, who=who, setting=setting, old=_short(old, unset),
            new=_short(new, unset),
        )  # fmt: skip

    @app_commands.command(name="timezone", description="Set the server's default time zone")
    @app_commands.describe(timezone="An IANA time zone, e.g. Europe/London")
    @moderator_only()
    async def timezone(self, interaction: discord.Interaction, timezone: ZoneOption) -> None:
        zone: ZoneInfo = timezone
        await self._save(interaction, timezone=zone.key)
        await reply(interaction, self.bot.text("config.timezone_set", interaction, zone=zone.key))

    @app_commands.command(name="support", description="Set the support team's channel and role")
    @app_commands.describe(channel="Where members' requests for support are posted", role="Who is mentioned there")
    @moderator_only()
    async def support(
        self, interaction: discord.Interaction, channel: discord.TextChannel, role: discord.Role | None = None
    ) -> None:
        assert interaction.guild is not None
        perms = channel.permissions_for(interaction.guild.me)
        if not (perms.view_channel and perms.send_messages):
            raise UserFacingError("config.channel_unusable", channel=channel.mention)
        await self._save(interaction, support_channel_id=channel.id, support_role_id=role.id if role else None)
        role_text = role.mention if role else self.bot.text("config.no_role", interaction)
        await reply(
            interaction, self.bot.text("config.support_set", interaction, channel=channel.mention, role=role_text)
        )

    @app_commands.command(name="resources", description="Edit the crisis and support resources")
    @moderator_only()
    async def resources(self, interaction: discord.Interaction) -> None:
        await open_resources_form(self.bot, interaction)

    @app_commands.command(name="reachout", description="Allow or disallow anonymous reach-outs")
    @moderator_only()
    async def reachout(self, interaction: discord.Interaction, allow_anonymous: bool) -> None:
        await self._save(interaction, allow_anonymous=int(allow_anonymous))
        state = self.bot.text("config_reachout.on" if allow_anonymous else "config_reachout.off", interaction)
        await reply(interaction, self.bot.text("config_reachout.saved", interaction, state=state))

    @app_commands.command(name="retention", description="How long notes and reach-out messages are kept")
    @app_commands.describe(days="Days (7 to 3650; default 180)")
    @moderator_only()
    async def retention(self, interaction: discord.Interaction, days: RetentionDays) -> None:
        await self._save(interaction, retention_days=days)
        await reply(interaction, self.bot.text("retention.saved", interaction, days=days))
