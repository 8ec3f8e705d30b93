"""Server settings: moderators only (hidden by default permissions and re-checked when run)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, support_team
from bot.checks import is_moderator, moderator_only
from bot.days import parse_day, parse_time
from bot.errors import NotModerator, UserFacingError
from bot.forms import Form
from bot.member_text import clean
from bot.replies import reply
from bot.resources import OTHER_SUPPORT_MAX, RESOURCES_MAX
from bot.timezones import parse_timezone, suggest
from cogs.buddies import notify as buddy_notify
from cogs.checkins.render import weekday_name

if TYPE_CHECKING:
    from bot.bot import CheckinBot


def _can_post(channel: object, me: discord.Member) -> bool:
    perms = channel.permissions_for(me)  # type: ignore[attr-defined]
    return bool(perms.view_channel and perms.send_messages)


def _short(value: str | None, locale: object, text: object) -> str:
    if value is None:
        return text("config.unset", locale)  # type: ignore[operator]
    return discord.utils.escape_markdown(value if len(value) <= 40 else value[:39] + "…")


class ResourcesModal(Form):
    """The server's resources; re-checked on submit, so a moderator demoted meanwhile is refused."""

    def __init__(self, cog: ConfigCog, interaction: discord.Interaction, current: guild_settings.GuildSettings) -> None:
        text, locale = cog.bot.catalogue.render, str(interaction.locale)
        crisis, other = current.resources_text, current.support_text
        super().__init__(
            title=text("resources.form_title", locale),
            opener=interaction.user,
            allowed=is_moderator,
            refused=NotModerator(),
        )
        self.cog = cog
        self.body: discord.ui.TextInput[ResourcesModal] = discord.ui.TextInput(
            label=text("resources.form_label", locale)[:45],
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=RESOURCES_MAX,
            default=crisis[:RESOURCES_MAX] if crisis else None,
        )
        self.other: discord.ui.TextInput[ResourcesModal] = discord.ui.TextInput(
            label=text("resources.form_other_label", locale)[:45],
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=OTHER_SUPPORT_MAX,
            default=other[:OTHER_SUPPORT_MAX] if other else None,
        )
        self.add_item(self.body)
        self.add_item(self.other)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.cog.save_resources(interaction, self.body.value, self.other.value or "")


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ConfigCog(commands.GroupCog, group_name="config", group_description="Server settings (moderators)"):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    @app_commands.command(name="show", description="Show this server's settings")
    @moderator_only()
    async def show(self, interaction: discord.Interaction) -> None:
        """Every setting with its value, and what needs attention."""
        assert interaction.guild is not None
        from cogs.buddies import storage as buddy_storage

        guild, locale, text = interaction.guild, interaction.locale, self.bot.text
        current = await guild_settings.get(self.bot.db, guild.id)
        buddies = await buddy_storage.get_config(self.bot.db, guild.id)
        unset = text("config.unset", locale)
        rotation = (
            text("buddy.config.cadence_off", locale)
            if buddies.cadence == "off"
            else text(
                "buddy.config.cadence",
                locale,
                cadence=buddies.cadence,
                day=weekday_name(self.bot.catalogue, self.bot.catalogue_locale(locale), buddies.rotation_day),
                time=buddies.rotation_time,
            )
        )
        next_rotation = buddies.next_rotation.strftime("%Y-%m-%d %H:%M UTC") if buddies.next_rotation else unset
        settings = text(
            "config.show",
            locale,
            timezone=current.timezone
            or text("config.timezone_default", locale, zone=self.bot.settings.default_timezone),
            time=current.checkin_default_time or "09:00",
            support=f"<#{current.support_channel_id}>" if current.support_channel_id else unset,
            role=f"<@&{current.support_role_id}>" if current.support_role_id else unset,
            resources=text("config.resources_custom" if current.resources_text else "config.resources_default", locale),
            anonymous=text("config_reachout.on" if current.allow_anonymous else "config_reachout.off", locale),
            retention=current.retention_days,
            intro=f"<#{buddies.intro_channel_id}>" if buddies.intro_channel_id else text("buddy.config.none", locale),
            rotation=rotation,
            size=buddies.group_size,
            recent=buddies.recent_rounds,
            next=next_rotation,
        )
        problems = []
        if not current.support_channel_id:
            problems.append(text("config.health_no_support", locale))
        support = guild.get_channel(current.support_channel_id) if current.support_channel_id else None
        if support is not None and support_team.visible_to_everyone(support):
            problems.append(text("config.health_support_public", locale, channel=support.mention))
        for channel_id in (current.support_channel_id, buddies.intro_channel_id):
            channel = guild.get_channel(channel_id) if channel_id else None
            if channel_id and (channel is None or not _can_post(channel, guild.me)):
                problems.append(text("config.health_cannot_post", locale, channel=f"<#{channel_id}>"))
        closed = await self.bot.db.fetchval(
            "SELECT COUNT(DISTINCT m.user_id) FROM members m JOIN schedules s ON s.user_id = m.user_id"
            " WHERE s.guild_id = ? AND m.dm_closed_at IS NOT NULL",
            (guild.id,),
        )
        if closed:
            problems.append(text("config.health_dms_closed", locale, count=closed))
        health = "\n".join(problems) if problems else text("config.health_ok", locale)
        await reply(interaction, (settings + "\n\n" + text("config.health_title", locale) + "\n" + health)[:2000])

    @app_commands.command(name="checkins", description="Check-in defaults: time zone and time")
    @app_commands.describe(timezone="Default time zone (IANA name)", time="Default check-in time, e.g. 09:00")
    @moderator_only()
    async def checkins(
        self, interaction: discord.Interaction, timezone: str | None = None, time: str | None = None
    ) -> None:
        assert interaction.guild_id is not None
        values: dict[str, object] = {}
        if timezone is not None:
            zone = parse_timezone(timezone)
            if zone is None:
                raise UserFacingError("input.bad_timezone", value=timezone[:60])
            values["timezone"] = zone.key
        if time is not None:
            values["checkin_default_time"] = parse_time(time).strftime("%H:%M")
        if values:
            await guild_settings.update(
                self.bot.db, interaction.guild_id, self.bot.clock.now(), by=interaction.user.id, **values
            )
        current = await guild_settings.get(self.bot.db, interaction.guild_id)
        await reply(
            interaction,
            self.bot.text(
                "config.checkins_saved",
                interaction.locale,
                zone=current.timezone or self.bot.settings.default_timezone,
                time=current.checkin_default_time or "09:00",
            ),
        )

    @app_commands.command(name="history", description="Who changed which setting, and when")
    @moderator_only()
    async def history(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        rows = await guild_settings.history(self.bot.db, interaction.guild_id)
        locale = interaction
        if not rows:
            await reply(interaction, self.bot.text("config.history_empty", locale))
            return
        lines = [self.bot.text("config.history_title", locale)]
        for moderator, setting, old, new, at, subject in rows:
            when = datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d %H:%M UTC")
            who = f"<@{moderator}>" if moderator else self.bot.text("config.history_someone", locale)
            if subject:
                setting = self.bot.text("config.history_about", locale, setting=setting, member=f"<@{subject}>")
            lines.append(
                self.bot.text(
                    "config.history_line",
                    locale,
                    when=when,
                    who=who,
                    setting=setting,
                    old=_short(old, locale, self.bot.text),
                    new=_short(new, locale, self.bot.text),
                )
            )
        await reply(interaction, "\n".join(lines)[:2000])

    @app_commands.command(name="timezone", description="Set the server's default time zone")
    @app_commands.describe(timezone="An IANA time zone, e.g. Europe/London")
    @moderator_only()
    async def timezone(self, interaction: discord.Interaction, timezone: str) -> None:
        zone = parse_timezone(timezone)
        if zone is None:
            raise UserFacingError("input.bad_timezone", value=timezone[:60])
        assert interaction.guild_id is not None
        await guild_settings.update(
            self.bot.db, interaction.guild_id, self.bot.clock.now(), by=interaction.user.id, timezone=zone.key
        )
        await reply(interaction, self.bot.text("config.timezone_set", interaction, zone=zone.key))

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
            by=interaction.user.id,
            support_channel_id=channel.id,
            support_role_id=role.id if role else None,
        )
        role_text = role.mention if role else self.bot.text("config.no_role", interaction)
        await reply(
            interaction,
            self.bot.text("config.support_set", interaction, channel=channel.mention, role=role_text),
        )

    @app_commands.command(name="buddies", description="Buddy pairings: intro channel, rotation, group size")
    @app_commands.describe(
        intro_channel="Where each new group gets a private thread (empty: introductions by DM)",
        cadence="How often new pairs are made",
        day="Rotation day, e.g. mon",
        time="Rotation time in the server's time zone, e.g. 10:00",
        group_size="2 (pairs) or 3 (small groups)",
        recent_rounds="How many past rounds count as recent (never repeated); default 6",
    )
    @app_commands.choices(
        cadence=[
            app_commands.Choice(name="off", value="off"),
            app_commands.Choice(name="weekly", value="weekly"),
            app_commands.Choice(name="every 2 weeks", value="biweekly"),
            app_commands.Choice(name="monthly", value="monthly"),
        ],
        group_size=[app_commands.Choice(name="2", value=2), app_commands.Choice(name="3", value=3)],
    )
    @moderator_only()
    async def buddies(
        self,
        interaction: discord.Interaction,
        intro_channel: discord.TextChannel | None = None,
        cadence: str | None = None,
        day: str | None = None,
        time: str | None = None,
        group_size: int | None = None,
        recent_rounds: int | None = None,
    ) -> None:
        assert interaction.guild is not None

        changes: dict[str, object] = {}
        if intro_channel is not None:
            perms = intro_channel.permissions_for(interaction.guild.me)
            if not (perms.view_channel and perms.create_private_threads and perms.send_messages_in_threads):
                raise UserFacingError("config.channel_unusable", channel=intro_channel.mention)
            changes["intro_channel_id"] = intro_channel.id
        if day is not None:
            changes["rotation_day"] = parse_day(day)
        if time is not None:
            changes["rotation_time"] = parse_time(time).strftime("%H:%M")
        if recent_rounds is not None:
            if not 0 <= recent_rounds <= 52:
                raise UserFacingError("buddy.config.bad_recent")
            changes["recent_rounds"] = recent_rounds
        if cadence is not None:
            changes["cadence"] = cadence
        if group_size is not None:
            changes["group_size"] = group_size
        config = await buddy_notify.update_config(self.bot, interaction.guild.id, interaction.user.id, **changes)
        locale = interaction
        channel = (
            f"<#{config.intro_channel_id}>" if config.intro_channel_id else self.bot.text("buddy.config.none", locale)
        )
        if config.cadence == "off":
            rotation = self.bot.text("buddy.config.cadence_off", locale)
        else:
            rotation = self.bot.text(
                "buddy.config.cadence",
                locale,
                cadence=config.cadence,
                day=weekday_name(self.bot.catalogue, self.bot.catalogue_locale(locale), config.rotation_day),
                time=config.rotation_time,
            )
        nxt = (
            config.next_rotation.strftime("%Y-%m-%d %H:%M UTC")
            if config.next_rotation
            else self.bot.text("buddy.config.not_set", locale)
        )
        await reply(
            interaction,
            self.bot.text(
                "buddy.config.saved",
                locale,
                channel=channel,
                cadence=rotation,
                size=config.group_size,
                recent=config.recent_rounds,
                next=nxt,
            ),
        )

    @app_commands.command(name="resources", description="Edit the crisis and support resources")
    @moderator_only()
    async def resources(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        current = await guild_settings.get(self.bot.db, interaction.guild_id)
        await interaction.response.send_modal(ResourcesModal(self, interaction, current))

    async def save_resources(self, interaction: discord.Interaction, text: str, other: str) -> None:
        """Both sections at once; an empty section goes back to the default."""
        assert interaction.guild_id is not None
        if len(text) > RESOURCES_MAX:
            raise UserFacingError("resources.too_long", length=len(text))
        cleaned, other_cleaned = clean(text) or None, clean(other)[:OTHER_SUPPORT_MAX] or None
        await guild_settings.update(
            self.bot.db,
            interaction.guild_id,
            self.bot.clock.now(),
            by=interaction.user.id,
            resources_text=cleaned,
            support_text=other_cleaned,
        )
        await reply(interaction, self.bot.text("resources.saved" if cleaned else "resources.reset", interaction.locale))

    @app_commands.command(name="reachout", description="Allow or disallow anonymous reach-outs")
    @moderator_only()
    async def reachout(self, interaction: discord.Interaction, allow_anonymous: bool) -> None:
        assert interaction.guild_id is not None
        await guild_settings.update(
            self.bot.db,
            interaction.guild_id,
            self.bot.clock.now(),
            by=interaction.user.id,
            allow_anonymous=int(allow_anonymous),
        )
        state = self.bot.text("config_reachout.on" if allow_anonymous else "config_reachout.off", interaction.locale)
        await reply(interaction, self.bot.text("config_reachout.saved", interaction, state=state))

    @app_commands.command(name="retention", description="How long notes and reach-out messages are kept")
    @app_commands.describe(days="Days (7 to 3650; default 180)")
    @moderator_only()
    async def retention(self, interaction: discord.Interaction, days: int) -> None:
        assert interaction.guild_id is not None
        if not 7 <= days <= 3650:
            raise UserFacingError("retention.bad")
        await guild_settings.update(
            self.bot.db, interaction.guild_id, self.bot.clock.now(), by=interaction.user.id, retention_days=days
        )
        await reply(interaction, self.bot.text("retention.saved", interaction, days=days))

    @timezone.autocomplete("timezone")
    async def _timezone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in suggest(current)]
