"""/config show: every setting with its value, and what needs attention."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot import guild_settings, members, support_team
from bot.checks import moderator_only
from bot.days import weekday_name
from bot.replies import reply
from cogs.buddies import storage as buddy_storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot


def _can_post(channel: discord.abc.GuildChannel, me: discord.Member) -> bool:
    perms = channel.permissions_for(me)
    return bool(perms.view_channel and perms.send_messages)


def rotation_text(bot: CheckinBot, where: object, config: buddy_storage.Config) -> str:
    """ "off", or "weekly, Monday at 10:00" in the moderator's language."""
    if config.cadence == "off":
        return bot.text("buddy.config.cadence_off", where)
    day = weekday_name(bot.catalogue, bot.catalogue_locale(where), config.rotation_day)
    return bot.text("buddy.config.cadence", where, cadence=config.cadence, day=day, time=config.rotation_time)


class ShowMixin:
    bot: CheckinBot

    @app_commands.command(name="show", description="Show this server's settings")
    @moderator_only()
    async def show(self, interaction: discord.Interaction) -> None:
        assert interaction.guild is not None
        current = await guild_settings.get(self.bot.db, interaction.guild.id)
        buddies = await buddy_storage.get_config(self.bot.db, interaction.guild.id)
        health = await self._health(interaction, current, buddies) or [self.bot.text("config.health_ok", interaction)]
        title = self.bot.text("config.health_title", interaction)
        body = self._settings(interaction, current, buddies) + "\n\n" + title + "\n" + "\n".join(health)
        await reply(interaction, body[:2000])

    def _settings(
        self, interaction: discord.Interaction, current: guild_settings.GuildSettings, buddies: buddy_storage.Config
    ) -> str:
        text, unset = self.bot.text, self.bot.text("config.unset", interaction)
        default_zone = text("config.timezone_default", interaction, zone=self.bot.settings.default_timezone)
        return text(
            "config.show",
            interaction,
            timezone=current.timezone or default_zone,
            time=current.checkin_default_time or "09:00",
            support=f"<#{current.support_channel_id}>" if current.support_channel_id else unset,
            role=f"<@&{current.support_role_id}>" if current.support_role_id else unset,
            resources=text(
                "config.resources_custom" if current.resources_text else "config.resources_default", interaction
            ),
            anonymous=text("config_reachout.on" if current.allow_anonymous else "config_reachout.off", interaction),
            retention=current.retention_days,
            intro=f"<#{buddies.intro_channel_id}>"
            if buddies.intro_channel_id
            else text("buddy.config.none", interaction),
            rotation=rotation_text(self.bot, interaction, buddies),
            size=buddies.group_size,
            recent=buddies.recent_rounds,
            next=buddies.next_rotation.strftime("%Y-%m-%d %H:%M UTC") if buddies.next_rotation else unset,
        )

    async def _health(
        self, interaction: discord.Interaction, current: guild_settings.GuildSettings, buddies: buddy_storage.Config
    ) -> list[str]:
        guild, text = interaction.guild, self.bot.text
        assert guild is not None
        problems = []
        if not current.support_channel_id:
            problems.append(text("config.health_no_support", interaction))
        support = guild.get_channel(current.support_channel_id) if current.support_channel_id else None
        if support is not None and support_team.visible_to_everyone(support):
            problems.append(text("config.health_support_public", interaction, channel=support.mention))
        for channel_id in (current.support_channel_id, buddies.intro_channel_id):
            channel = guild.get_channel(channel_id) if channel_id else None
            if channel_id and (channel is None or not _can_post(channel, guild.me)):
                problems.append(text("config.health_cannot_post", interaction, channel=f"<#{channel_id}>"))
        closed = await members.count_closed_dms(self.bot.db, guild.id)
        if closed:
            problems.append(text("config.health_dms_closed", interaction, count=closed))
        return problems
