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
from bot.replies import reply
from bot.scale import SCALE
from bot.transformers import Between
from bot.zones import server_zone
from cogs.insights import storage
from cogs.insights.chart import weeks_chart
from cogs.insights.figures import Insights, Week, completed_weeks, compute

if TYPE_CHECKING:
    from bot.bot import CheckinBot

# Not declared to Discord: a number out of range is answered with the kind text that says what fits.
Weeks = app_commands.Transform[int, Between(1, 26, "insights.bad_weeks", declare=False)]


class InsightsCog(commands.Cog):
    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    @app_commands.command(name="insights", description="Anonymous aggregates: check-ins, buddies, goals")
    @app_commands.describe(weeks="How many weeks back (1 to 26, default 4)")
    @app_commands.guild_only()
    @app_commands.default_permissions(manage_guild=True)
    @moderator_only()
    async def insights(self, interaction: discord.Interaction, weeks: Weeks = 4) -> None:
        assert interaction.guild_id is not None
        zone = await server_zone(self.bot.db, interaction.guild_id, self.bot.settings.default_timezone)
        start, end, first_monday = completed_weeks(self.bot.clock.now(), zone, weeks)
        found = compute(await storage.window(self.bot.db, interaction.guild_id, start, end), first_monday, weeks, zone)
        png = await asyncio.to_thread(weeks_chart, found.weeks)
        text = "\n".join(self._lines(interaction, found, weeks))
        await reply(interaction, text[:2000], file=discord.File(io.BytesIO(png), "insights.png"))

    def _lines(self, interaction: discord.Interaction, found: Insights, weeks: int) -> list[str]:
        text = self.bot.text

        def show(figure: Figure, fmt: str) -> str:
            return text("insights.too_few", interaction) if figure.value is None else fmt.format(figure.value)

        start, end = found.start.isoformat(), found.end.isoformat()
        lines = [
            text("insights.title", interaction, weeks=weeks, start=start, end=end),
            text("insights.opted_in", interaction, value=show(found.opted_in, "{:.0f}")),
            text("insights.answer_rate", interaction, value=show(found.answer_rate, "{:.0%}")),
            text("insights.paired", interaction, value=show(found.paired, "{:.0f}")),
            text("insights.connection_rate", interaction, value=show(found.connection_rate, "{:.0%}")),
            text("insights.goal_completion", interaction, value=show(found.goal_completion, "{:.0%}")),
            text("insights.weeks_title", interaction),
        ]
        lines += [
            text(
                "insights.week_line", interaction, week=week.start.isoformat(), answers=self._answers(interaction, week)
            )
            for week in found.weeks
        ]
        if not found.weeks:
            lines.append(text("insights.no_weeks", interaction))
        lines.append(text("insights.footer", interaction))
        return lines

    def _answers(self, interaction: discord.Interaction, week: Week) -> str:
        """One week's members per answer, a small cell as "fewer than 5", a small week as "too few"."""
        if not week.shown:
            return self.bot.text("insights.too_few", interaction)
        few = self.bot.text("insights.few", interaction)
        parts = []
        for step in SCALE:
            count = week.counts[step.value]
            label = self.bot.text(f"checkin.answers.{step.key}", interaction)
            parts.append(f"{label} {few if count is None else count}")
        return ", ".join(parts)
