"""/setup: a guided flow of a few ephemeral steps for moderators; it can be re-run and shows current values.

Every choice is saved (and audited) as soon as it is made, and every press re-checks Manage Server.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, support_team
from bot.checks import is_moderator, moderator_only
from bot.errors import NotModerator, UserFacingError
from bot.replies import reply
from bot.timezones import suggest
from cogs.buddies import notify as buddy_notify
from cogs.buddies import storage as buddy_storage
from cogs.config._forms import open_resources_form

if TYPE_CHECKING:
    from bot.bot import CheckinBot

STEPS = ("checkins", "support", "buddies", "resources")
TIMES = [f"{h:02d}:00" for h in range(6, 23)]
CADENCES = ("off", "weekly", "biweekly", "monthly")
Callback = Callable[[discord.Interaction], Awaitable[None]]


def check_channel(interaction: discord.Interaction, channel: Any, *, threads: bool = False) -> None:
    """A channel the bot cannot see or post in (or make private threads in) is refused kindly."""
    assert interaction.guild is not None
    real = interaction.guild.get_channel(channel.id)
    perms = real.permissions_for(interaction.guild.me) if real is not None else None
    ok = perms is not None and perms.view_channel and perms.send_messages
    if threads:
        ok = ok and perms is not None and perms.create_private_threads and perms.send_messages_in_threads
    if not ok:
        raise UserFacingError("config.channel_unusable", channel=channel.mention)


class SetupView(discord.ui.View):
    """One step of the flow."""

    def __init__(self, bot: CheckinBot, step: int, interaction: discord.Interaction) -> None:
        super().__init__(timeout=600)
        self.bot, self.step, self.where = bot, step, interaction
        getattr(self, f"_build_{STEPS[step]}")()
        last = step == len(STEPS) - 1
        label = self.bot.text("setup.done" if last else "setup.next", interaction)
        self._add(discord.ui.Button(label=label, style=discord.ButtonStyle.primary), self._done if last else self._next)

    def _add(self, item: discord.ui.Item[Any], callback: Callback) -> None:
        item.callback = callback
        self.add_item(item)

    def _select(self, placeholder: str, options: list[tuple[str, str]], callback: Callback) -> None:
        choices = [discord.SelectOption(label=label, value=value) for label, value in options]
        self._add(discord.ui.Select(placeholder=self.bot.text(placeholder, self.where), options=choices), callback)

    def _build_checkins(self) -> None:
        self._select("setup.pick_timezone", [(z, z) for z in suggest("")], self._pick_timezone)
        self._select("setup.pick_time", [(t, t) for t in TIMES], self._pick_time)

    def _build_support(self) -> None:
        text = self.bot.text
        channel = discord.ui.ChannelSelect(
            placeholder=text("setup.pick_support_channel", self.where), channel_types=[discord.ChannelType.text]
        )
        self._add(channel, self._pick_support_channel)
        self._add(
            discord.ui.RoleSelect(placeholder=text("setup.pick_support_role", self.where)), self._pick_support_role
        )

    def _build_buddies(self) -> None:
        intro = discord.ui.ChannelSelect(
            placeholder=self.bot.text("setup.pick_intro_channel", self.where), channel_types=[discord.ChannelType.text]
        )
        self._add(intro, self._pick_intro)
        cadences = [(self.bot.text(f"setup.cadence.{c}", self.where), c) for c in CADENCES]
        self._select("setup.pick_cadence", cadences, self._pick_cadence)

    def _build_resources(self) -> None:
        label = self.bot.text("setup.edit_resources", self.where)
        self._add(discord.ui.Button(label=label, style=discord.ButtonStyle.secondary), self._edit_resources)

    def _value(self, index: int) -> Any:
        select: Any = self.children[index]  # a select of this step, in the order _build_<step> added it
        return select.values[0]

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if not is_moderator(interaction):
            raise NotModerator()
        return True

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        await self.bot.answer_error(interaction, error)

    async def _save(self, interaction: discord.Interaction, **values: object) -> None:
        assert interaction.guild_id is not None
        now = self.bot.clock.now()
        await guild_settings.update(self.bot.db, interaction.guild_id, now, by=interaction.user.id, **values)
        await show_step(self.bot, interaction, self.step, edit=True)

    async def _save_buddies(self, interaction: discord.Interaction, **changes: Any) -> None:
        assert interaction.guild_id is not None
        await buddy_notify.update_config(self.bot, interaction.guild_id, interaction.user.id, **changes)
        await show_step(self.bot, interaction, self.step, edit=True)

    async def _pick_timezone(self, interaction: discord.Interaction) -> None:
        await self._save(interaction, timezone=self._value(0))

    async def _pick_time(self, interaction: discord.Interaction) -> None:
        await self._save(interaction, checkin_default_time=self._value(1))

    async def _pick_support_channel(self, interaction: discord.Interaction) -> None:
        channel = self._value(0)
        check_channel(interaction, channel)
        await self._save(interaction, support_channel_id=channel.id)

    async def _pick_support_role(self, interaction: discord.Interaction) -> None:
        role = self._value(1)
        assert interaction.guild is not None
        if role.position >= interaction.guild.me.top_role.position or role.is_default():
            raise UserFacingError("setup.role_above", role=role.mention)
        await self._save(interaction, support_role_id=role.id)

    async def _pick_intro(self, interaction: discord.Interaction) -> None:
        channel = self._value(0)
        check_channel(interaction, channel, threads=True)
        await self._save_buddies(interaction, intro_channel_id=channel.id)

    async def _pick_cadence(self, interaction: discord.Interaction) -> None:
        await self._save_buddies(interaction, cadence=self._value(1))

    async def _edit_resources(self, interaction: discord.Interaction) -> None:
        await open_resources_form(self.bot, interaction)

    async def _next(self, interaction: discord.Interaction) -> None:
        await show_step(self.bot, interaction, self.step + 1, edit=True)

    async def _done(self, interaction: discord.Interaction) -> None:
        await interaction.response.edit_message(content=self.bot.text("setup.finished", interaction), view=None)


async def _step_values(bot: CheckinBot, interaction: discord.Interaction, step: str) -> dict[str, str]:
    assert interaction.guild_id is not None
    current = await guild_settings.get(bot.db, interaction.guild_id)
    unset = bot.text("config.unset", interaction)
    if step == "checkins":
        zone = current.timezone or bot.settings.default_timezone
        return {"zone": zone, "time": current.checkin_default_time or "09:00"}
    if step == "support":
        channel = f"<#{current.support_channel_id}>" if current.support_channel_id else unset
        return {"channel": channel, "role": f"<@&{current.support_role_id}>" if current.support_role_id else unset}
    if step == "buddies":
        buddies = await buddy_storage.get_config(bot.db, interaction.guild_id)
        none = bot.text("buddy.config.none", interaction)
        channel = f"<#{buddies.intro_channel_id}>" if buddies.intro_channel_id else none
        return {"channel": channel, "cadence": bot.text(f"setup.cadence.{buddies.cadence}", interaction)}
    key = "config.resources_custom" if current.resources_text else "config.resources_default"
    return {"resources": bot.text(key, interaction)}


async def show_step(bot: CheckinBot, interaction: discord.Interaction, step: int, *, edit: bool) -> None:
    assert interaction.guild is not None
    values = await _step_values(bot, interaction, STEPS[step])
    header = bot.text("setup.header", interaction, step=step + 1, total=len(STEPS))
    content = header + "\n" + bot.text(f"setup.step.{STEPS[step]}", interaction, **values)
    current = await guild_settings.get(bot.db, interaction.guild.id)
    support = interaction.guild.get_channel(current.support_channel_id or 0)
    if STEPS[step] == "support" and support is not None and support_team.visible_to_everyone(support):
        content += "\n" + bot.text("config.health_support_public", interaction, channel=support.mention)
    view = SetupView(bot, step, interaction)
    if edit:
        await interaction.response.edit_message(content=content, view=view)
    else:
        await reply(interaction, content, view=view)


class SetupCog(commands.Cog):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    @app_commands.command(name="setup", description="Set up the bot for this server, step by step")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def setup(self, interaction: discord.Interaction) -> None:
        await show_step(self.bot, interaction, 0, edit=False)
