"""/setup: a guided flow of a few ephemeral steps, for moderators; it can be re-run and shows current values."""

from __future__ import annotations

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

if TYPE_CHECKING:
    from bot.bot import CheckinBot

STEPS = ("checkins", "support", "buddies", "resources")
TIMES = [f"{h:02d}:00" for h in range(6, 23)]


class SetupView(discord.ui.View):
    """One step of the flow; every choice is saved (and audited) as soon as it is made."""

    def __init__(self, cog: SetupCog, step: int, locale: Any) -> None:
        super().__init__(timeout=600)
        self.cog, self.step, self.locale = cog, step, locale
        text = cog.bot.text
        name = STEPS[step]
        if name == "checkins":
            zones = discord.ui.Select(
                placeholder=text("setup.pick_timezone", locale),
                options=[discord.SelectOption(label=z, value=z) for z in suggest("")],
            )
            zones.callback = self._pick_timezone  # type: ignore[method-assign]
            self.add_item(zones)
            times = discord.ui.Select(
                placeholder=text("setup.pick_time", locale),
                options=[discord.SelectOption(label=t, value=t) for t in TIMES],
            )
            times.callback = self._pick_time  # type: ignore[method-assign]
            self.add_item(times)
        elif name == "support":
            channel = discord.ui.ChannelSelect(
                placeholder=text("setup.pick_support_channel", locale), channel_types=[discord.ChannelType.text]
            )
            channel.callback = self._pick_support_channel  # type: ignore[method-assign]
            self.add_item(channel)
            role = discord.ui.RoleSelect(placeholder=text("setup.pick_support_role", locale))
            role.callback = self._pick_support_role  # type: ignore[method-assign]
            self.add_item(role)
        elif name == "buddies":
            intro = discord.ui.ChannelSelect(
                placeholder=text("setup.pick_intro_channel", locale), channel_types=[discord.ChannelType.text]
            )
            intro.callback = self._pick_intro  # type: ignore[method-assign]
            self.add_item(intro)
            cadence = discord.ui.Select(
                placeholder=text("setup.pick_cadence", locale),
                options=[
                    discord.SelectOption(label=text(f"setup.cadence.{c}", locale), value=c)
                    for c in ("off", "weekly", "biweekly", "monthly")
                ],
            )
            cadence.callback = self._pick_cadence  # type: ignore[method-assign]
            self.add_item(cadence)
        else:
            edit = discord.ui.Button(label=text("setup.edit_resources", locale), style=discord.ButtonStyle.secondary)
            edit.callback = self._edit_resources  # type: ignore[method-assign]
            self.add_item(edit)
        if step < len(STEPS) - 1:
            nxt = discord.ui.Button(label=text("setup.next", locale), style=discord.ButtonStyle.primary)
            nxt.callback = self._next  # type: ignore[method-assign]
        else:
            nxt = discord.ui.Button(label=text("setup.done", locale), style=discord.ButtonStyle.primary)
            nxt.callback = self._done  # type: ignore[method-assign]
        self.add_item(nxt)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if not is_moderator(interaction):
            raise NotModerator()
        return True

    async def on_error(self, interaction: discord.Interaction, error: Exception, item: discord.ui.Item[Any]) -> None:
        await self.cog.bot.answer_error(interaction, error)

    async def _save(self, interaction: discord.Interaction, **values: object) -> None:
        assert interaction.guild_id is not None
        await guild_settings.update(
            self.cog.bot.db, interaction.guild_id, self.cog.bot.clock.now(), by=interaction.user.id, **values
        )
        await self.cog.show_step(interaction, self.step, edit=True)

    async def _pick_timezone(self, interaction: discord.Interaction) -> None:
        await self._save(interaction, timezone=self.children[0].values[0])  # type: ignore[attr-defined]

    async def _pick_time(self, interaction: discord.Interaction) -> None:
        await self._save(interaction, checkin_default_time=self.children[1].values[0])  # type: ignore[attr-defined]

    async def _pick_support_channel(self, interaction: discord.Interaction) -> None:
        channel = self.children[0].values[0]  # type: ignore[attr-defined]
        self.cog.check_channel(interaction, channel)
        await self._save(interaction, support_channel_id=channel.id)

    async def _pick_support_role(self, interaction: discord.Interaction) -> None:
        role = self.children[1].values[0]  # type: ignore[attr-defined]
        assert interaction.guild is not None
        me = interaction.guild.me
        if role.position >= me.top_role.position or role.is_default():
            raise UserFacingError("setup.role_above", role=role.mention)
        await self._save(interaction, support_role_id=role.id)

    async def _pick_intro(self, interaction: discord.Interaction) -> None:
        channel = self.children[0].values[0]  # type: ignore[attr-defined]
        self.cog.check_channel(interaction, channel, threads=True)
        await self.cog.save_buddies(interaction, intro_channel_id=channel.id)
        await self.cog.show_step(interaction, self.step, edit=True)

    async def _pick_cadence(self, interaction: discord.Interaction) -> None:
        await self.cog.save_buddies(interaction, cadence=self.children[1].values[0])  # type: ignore[attr-defined]
        await self.cog.show_step(interaction, self.step, edit=True)

    async def _edit_resources(self, interaction: discord.Interaction) -> None:
        config = self.cog.bot.get_cog("ConfigCog")
        assert interaction.guild_id is not None and config is not None
        from cogs.config.cog import ResourcesModal

        current = await guild_settings.get(self.cog.bot.db, interaction.guild_id)
        await interaction.response.send_modal(ResourcesModal(config, interaction, current))  # type: ignore[arg-type]

    async def _next(self, interaction: discord.Interaction) -> None:
        await self.cog.show_step(interaction, self.step + 1, edit=True)

    async def _done(self, interaction: discord.Interaction) -> None:
        await interaction.response.edit_message(content=self.cog.bot.text("setup.finished", interaction), view=None)


class SetupCog(commands.Cog):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    @app_commands.command(name="setup", description="Set up the bot for this server, step by step")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def setup(self, interaction: discord.Interaction) -> None:
        await self.show_step(interaction, 0, edit=False)

    def check_channel(self, interaction: discord.Interaction, channel: Any, *, threads: bool = False) -> None:
        """A channel the bot cannot see or post in (or make private threads in) is refused kindly."""
        assert interaction.guild is not None
        real = interaction.guild.get_channel(channel.id)
        perms = real.permissions_for(interaction.guild.me) if real is not None else None
        ok = perms is not None and perms.view_channel and perms.send_messages
        if threads:
            ok = ok and perms is not None and perms.create_private_threads and perms.send_messages_in_threads
        if not ok:
            raise UserFacingError("config.channel_unusable", channel=channel.mention)

    async def save_buddies(self, interaction: discord.Interaction, **changes: Any) -> None:
        assert interaction.guild_id is not None
        await buddy_notify.update_config(self.bot, interaction.guild_id, interaction.user.id, **changes)

    async def show_step(self, interaction: discord.Interaction, step: int, *, edit: bool) -> None:
        assert interaction.guild_id is not None
        current = await guild_settings.get(self.bot.db, interaction.guild_id)
        buddies = await buddy_storage.get_config(self.bot.db, interaction.guild_id)
        text = self.bot.text
        unset = text("config.unset", interaction)
        values = {
            "checkins": {
                "zone": current.timezone or self.bot.settings.default_timezone,
                "time": current.checkin_default_time or "09:00",
            },
            "support": {
                "channel": f"<#{current.support_channel_id}>" if current.support_channel_id else unset,
                "role": f"<@&{current.support_role_id}>" if current.support_role_id else unset,
            },
            "buddies": {
                "channel": f"<#{buddies.intro_channel_id}>"
                if buddies.intro_channel_id
                else text("buddy.config.none", interaction),
                "cadence": text(f"setup.cadence.{buddies.cadence}", interaction),
            },
            "resources": {
                "resources": text(
                    "config.resources_custom" if current.resources_text else "config.resources_default", interaction
                )
            },
        }[STEPS[step]]
        content = (
            text("setup.header", interaction, step=step + 1, total=len(STEPS))
            + "\n"
            + text(f"setup.step.{STEPS[step]}", interaction, **values)
        )
        support = interaction.guild.get_channel(current.support_channel_id or 0) if interaction.guild else None
        if STEPS[step] == "support" and support is not None and support_team.visible_to_everyone(support):
            content += "\n" + text("config.health_support_public", interaction, channel=support.mention)
        view = SetupView(self, step, interaction)
        if edit:
            await interaction.response.edit_message(content=content, view=view)
        else:
            await reply(interaction, content, view=view)
