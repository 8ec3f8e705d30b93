"""What the engine sends for goals: the nudges, the weekly summary, and the buddy digest with it."""

from __future__ import annotations

import asyncio
from datetime import date
from typing import TYPE_CHECKING

import discord

from bot.care import harmful
from bot.components import PRIMARY, rows
from bot.engine.dm import Outgoing
from bot.engine.storage import Job
from bot.member_text import inert
from bot.messaging import dm_built
from cogs.buddies import storage as buddies
from cogs.goals import storage
from cogs.goals._buttons import Cheer, Keep, Pause, Remove, Smaller, nudge_buttons
from cogs.goals.chart import week_chart
from cogs.goals.rules import FITS_AFTER, nudge_today, week_progress

if TYPE_CHECKING:
    from bot.bot import CheckinBot

Figures = tuple[str, int, int]  # a goal's title, done this week, the week's target


class NudgeHandler:
    """A goal's nudge on its days, unless today is already done or the week's target is met."""

    kind = storage.KIND

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    def variant_count(self) -> int:
        return len(self.bot.catalogue.entry("goal.nudge").variants)

    async def render(self, job: Job) -> Outgoing | None:
        goal = await storage.get(self.bot.db, job.ref_id)
        if goal is None or goal.state != "active":
            return None
        today = job.due.astimezone(goal.zone).date()
        done = await storage.done_days(self.bot.db, goal.id)
        if not nudge_today(goal.rule, today, done):
            return None  # logged earlier today, or the week's target is already met
        if await storage.nudged(self.bot.db, goal.id) > FITS_AFTER and not goal.fits_asked:
            await storage.mark_fits_asked(self.bot.db, goal.id)
            return self._still_fits(goal, job.locale)
        return Outgoing(self._nudge_text(job, goal, today, done), nudge_buttons(self.bot, job.delivery_id, job.locale))

    def _still_fits(self, goal: storage.Goal, locale: str | None) -> Outgoing:
        """Asked once, after a few nudges in a row without Done: any answer is fine."""
        text = self.bot.text
        choices = [
            Keep.make(text("goal.buttons.keep", locale), goal=goal.id),
            Smaller.make(text("goal.buttons.smaller", locale), goal=goal.id),
            Pause.make(text("goal.buttons.pause", locale), goal=goal.id),
            Remove.make(text("goal.buttons.remove", locale), goal=goal.id),
        ]
        return Outgoing(text("goal.fits", locale, title=goal.title), rows(choices))

    def _nudge_text(self, job: Job, goal: storage.Goal, today: date, done: set[date]) -> str:
        count, target, run = week_progress(goal.rule, today, done)
        text = self.bot.text("goal.nudge", job.locale, variant=job.variant, title=goal.title)
        # No zero in a nudge, and no streak before there is one: nothing that could read like a score.
        if run:
            text += "\n" + self.bot.text("goal.nudge_progress", job.locale, count=count, target=target, streak=run)
        elif count:
            text += "\n" + self.bot.text("goal.nudge_progress_week", job.locale, count=count, target=target)
        return text


class SummaryHandler:
    """The member's week across their active goals, with a chart; shared goals go to their buddy too."""

    kind = storage.SUMMARY

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    def variant_count(self) -> int:
        return 1

    async def render(self, job: Job) -> Outgoing | None:
        goals = await storage.mine(self.bot.db, job.user_id, job.guild_id, include_paused=False)
        if not goals:
            return None
        lines, figures, shared = [], [], []
        for goal in goals:
            done = await storage.done_days(self.bot.db, goal.id)
            count, target, run = week_progress(goal.rule, job.due.astimezone(goal.zone).date(), done)
            key, extra = ("goal.summary_line", {"streak": run}) if run else ("goal.summary_line_plain", {})
            lines.append(self.bot.text(key, job.locale, title=goal.title, count=count, target=target, **extra))
            figures.append((goal.title, count, target))
            # Titles are checked when they are set; one from before the check never reaches a buddy unchecked.
            if goal.share_with_buddy and not await harmful(self.bot.db, job.guild_id, goal.title):
                shared.append((goal.title, count, target))
        guild = self.bot.get_guild(job.guild_id)
        text = self.bot.text("goal.summary", job.locale, server=guild.name if guild else "", lines="\n".join(lines))
        png = await asyncio.to_thread(week_chart, figures)
        if shared:
            await buddy_digest(self.bot, job.guild_id, job.user_id, shared, job.slot)
        return Outgoing(text, [], [("week.png", png)])


async def buddy_digest(bot: CheckinBot, guild_id: int, user_id: int, shared: list[Figures], slot: str) -> None:
    """Shared goals' counts (never notes) to the member's buddy, with one-tap encouragement.

    Written here and sent through the dispatcher rather than with `dm_member`: each line of it is a
    catalogue text in the buddy's own language, which one key and its parameters cannot say."""
    group = await buddies.active_group(bot.db, guild_id, user_id)
    if group is None or not await buddies.consented(bot.db, group.id, user_id):
        return  # a yes is per pairing: a new buddy sees nothing until the member agrees
    guild = bot.get_guild(guild_id)
    member = guild.get_member(user_id) if guild else None
    name = discord.utils.escape_markdown(member.display_name) if member else f"<@{user_id}>"

    def digest(locale: str | None) -> Outgoing:
        lines = "\n".join(
            bot.text("goal.digest_line", locale, title=inert(title), count=count, target=target)
            for title, count, target in shared
        )
        cheer = Cheer.make(bot.text("goal.buttons.cheer", locale), PRIMARY, guild=guild_id, user=user_id)
        return Outgoing(bot.text("goal.digest", locale, name=name, lines=lines), rows([cheer]))

    for buddy in (u for u in group.members if u != user_id):
        await dm_built(bot, buddy, digest, nonce=f"digest-{user_id}-{slot}")
