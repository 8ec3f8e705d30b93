"""/reachout suspend and restore: a moderator pauses a member's reach-outs in the server, or lets them
send again (two members' reports pause them on their own; the moderator decides from there)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot import guild_settings
from bot.checks import moderator_only
from bot.member_text import inert
from bot.replies import reply
from cogs.reachout import storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot


class ModerationMixin:
    bot: CheckinBot

    @app_commands.command(name="suspend", description="Pause a member's reach-outs in this server (moderators)")
    @moderator_only()
    async def suspend(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._moderate(interaction, member, True)

    @app_commands.command(name="restore", description="Let a member send reach-outs again (moderators)")
    @moderator_only()
    async def restore(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._moderate(interaction, member, False)

    async def _moderate(self, interaction: discord.Interaction, member: discord.User, suspend: bool) -> None:
        assert interaction.guild_id is not None
        now = self.bot.clock.now()
        changed = await storage.set_suspended(self.bot.db, self.bot.keys, interaction.guild_id, member.id, suspend, now)
        if changed:
            await guild_settings.audit(
                self.bot.db, interaction.guild_id, interaction.user.id, "reachout.suspended", not suspend, suspend, now,
                subject_id=member.id,
            )  # fmt: skip
        reports = await storage.report_count(self.bot.db, self.bot.keys, interaction.guild_id, member.id)
        done = "reachout.suspend_done" if suspend else "reachout.restore_done"
        already = "reachout.suspend_already" if suspend else "reachout.restore_already"
        name = inert(member.display_name)
        await reply(interaction, self.bot.text(done if changed else already, interaction, name=name, reports=reports))
