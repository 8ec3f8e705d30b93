"""/insights: how the community is doing, as anonymous aggregates only (k-anonymity)."""

from __future__ import annotations

import asyncio
import io
from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.aggregates import Figure
from bot.checks import moderator_only
from bot.errors import UserFacingError
from bot.replies import reply
from bot.zones import server_zone
from cogs.checkins.rules import SCALE
from cogs.insights.chart import weeks_chart
from cogs.insights.figures import compute

if TYPE_CHECKING:
    from bot.bot import CheckinBot


class InsightsCog(commands.Cog):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    @app_commands.command(name="insights", description="Anonymous aggregates: check-ins, buddies, goals")
    @app_commands.describe(weeks="How many weeks back (1 to 26, default 4)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def insights(self, interaction: discord.Interaction, weeks: int | None = None) -> None:
        assert interaction.guild_id is not None
        span = 4 if weeks is None else weeks
        if not 1 <= span <= 26:
            raise UserFacingError("insights.bad_weeks")
        zone = await server_zone(self.bot.db, interaction.guild_id, self.bot.settings.default_timezone)
        found = await compute(self.bot.db, interaction.guild_id, self.bot.clock.now(), span, zone)
        locale = interaction

        def show(figure: Figure, fmt: str) -> str:
            if figure.value is None:
                return self.bot.text("insights.too_few", locale)
            return fmt.format(figure.value)

        lines = [
            self.bot.text(
                "insights.title", locale, weeks=span, start=found.start.isoformat(), end=found.end.isoformat()
            ),
            self.bot.text("insights.opted_in", locale, value=show(found.opted_in, "{:.0f}")),
            self.bot.text("insights.answer_rate", locale, value=show(found.answer_rate, "{:.0%}")),
            self.bot.text("insights.paired", locale, value=show(found.paired, "{:.0f}")),
            self.bot.text("insights.connection_rate", locale, value=show(found.connection_rate, "{:.0%}")),
            self.bot.text("insights.goal_completion", locale, value=show(found.goal_completion, "{:.0%}")),
            self.bot.text("insights.weeks_title", locale),
        ]
        labels = [self.bot.text(f"checkin.answers.{a.key}", locale) for a in SCALE]
        for week in found.weeks:
            if week.shown:
                few = self.bot.text("insights.few", locale)
                parts = ", ".join(
                    f"{labels[v - 1]} {few if week.counts[v] is None else week.counts[v]}" for v in range(1, 6)
                )
            else:
                parts = self.bot.text("insights.too_few", locale)
            lines.append(self.bot.text("insights.week_line", locale, week=week.start.isoformat(), answers=parts))
        if not found.weeks:
            lines.append(self.bot.text("insights.no_weeks", locale))
        lines.append(self.bot.text("insights.footer", locale))
        png = await asyncio.to_thread(weeks_chart, found.weeks)
        await reply(interaction, "\n".join(lines)[:2000], file=discord.File(io.BytesIO(png), "insights.png"))
