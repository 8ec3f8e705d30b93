"""/config buddies: the intro channel, the rotation, group size and how many rounds count as recent."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

import discord
from discord import app_commands

from bot.checks import moderator_only
from bot.errors import UserFacingError
from bot.replies import reply
from bot.transformers import Between, DayOption, TimeOption
from cogs.buddies import notify as buddy_notify
from cogs.config._show import rotation_text

if TYPE_CHECKING:
    from bot.bot import CheckinBot

RecentRounds = app_commands.Transform[int, Between(0, 52, "buddy.config.bad_recent", declare=False)]


class BuddiesMixin:
    bot: CheckinBot

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
        day: DayOption | None = None,
        time: TimeOption | None = None,
        group_size: int | None = None,
        recent_rounds: RecentRounds | None = None,
    ) -> None:
        assert interaction.guild is not None
        if intro_channel is not None:
            perms = intro_channel.permissions_for(interaction.guild.me)
            if not (perms.view_channel and perms.create_private_threads and perms.send_messages_in_threads):
                raise UserFacingError("config.channel_unusable", channel=intro_channel.mention)
        changes = _changes(intro_channel, cadence, day, time, group_size, recent_rounds)
        config = await buddy_notify.update_config(self.bot, interaction.guild.id, interaction.user.id, **changes)
        none = self.bot.text("buddy.config.none", interaction)
        nxt = config.next_rotation.strftime("%Y-%m-%d %H:%M UTC") if config.next_rotation else None
        saved = self.bot.text(
            "buddy.config.saved",
            interaction,
            channel=f"<#{config.intro_channel_id}>" if config.intro_channel_id else none,
            cadence=rotation_text(self.bot, interaction, config),
            size=config.group_size,
            recent=config.recent_rounds,
            next=nxt or self.bot.text("buddy.config.not_set", interaction),
        )
        await reply(interaction, saved)


def _changes(
    intro_channel: discord.TextChannel | None,
    cadence: str | None,
    day: int | None,
    at: time | None,
    group_size: int | None,
    recent_rounds: int | None,
) -> dict[str, object]:
    """Only what the moderator gave: everything else stays as it is."""
    given = {
        "intro_channel_id": intro_channel.id if intro_channel is not None else None,
        "cadence": cadence,
        "rotation_day": day,
        "rotation_time": at.strftime("%H:%M") if at is not None else None,
        "group_size": group_size,
        "recent_rounds": recent_rounds,
    }
    return {k: v for k, v in given.items() if v is not None}
