"""/goal: small commitments, gentle nudges, streaks with grace, and a buddy who cheers.

The commands are here, with what their replies share with the buttons and the form; the goal option
is in `_options.py`, the buttons in `_buttons.py`, what the engine sends (nudges, the weekly summary,
the buddy digest) in `_jobs.py`, the "make it smaller" form in `_forms.py`.
"""

from __future__ import annotations

from datetime import date, time, timedelta
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import words
from bot.care import care_for
from bot.components import DANGER, rows, view_of
from bot.days import describe_days, format_time, parse_pause_days, weekday_name
from bot.engine.recurrence import ALL_DAYS
from bot.errors import UserFacingError
from bot.member_text import clean, clean_line, has_link
from bot.replies import reply
from bot.transformers import DayOption, DaysOption, TimeOption
from bot.words import storage as word_storage
from bot.zones import member_zone
from cogs.buddies import storage as buddies
from cogs.goals import storage
from cogs.goals._buttons import Cheer, Done, Keep, KeepIt, NotToday, Pause, Remove, Smaller, Snooze
from cogs.goals._jobs import NudgeHandler, SummaryHandler
from cogs.goals._options import GoalOption
from cogs.goals.rules import MAX_ACTIVE, TITLE_MAX, milestone, streak, week_progress

if TYPE_CHECKING:
    from bot.bot import CheckinBot

DEFAULT_TIME = time(18, 0)


def _title(title: str, harm_phrases: tuple[str, ...]) -> str:
    """A goal's title: a buddy may read it in their digest, so it passes the checks every word for
    another member passes (no links, nothing harmful)."""
    cleaned = clean_line(title)
    if not cleaned:
        raise UserFacingError("goal.errors.title_empty")
    if len(cleaned) > TITLE_MAX:
        raise UserFacingError("goal.errors.title_long", length=len(cleaned))
    if has_link(cleaned):
        raise UserFacingError("goal.errors.title_link")
    if words.harm(cleaned, harm_phrases) is not None:
        raise UserFacingError("goal.errors.title_harmful")
    return cleaned


def _per_week(value: int | None) -> int | None:
    # Checked here rather than declared on the option: the member reads what fits, kindly.
    if value is not None and not 1 <= value <= 7:
        raise UserFacingError("goal.errors.per_week")
    return value


def _one_plan(days: frozenset[int] | None, times_per_week: int | None) -> None:
    if days is not None and times_per_week is not None:
        raise UserFacingError("goal.errors.both")


@app_commands.guild_only()
class GoalsCog(commands.GroupCog, group_name="goal", group_description="Small goals with gentle nudges"):
    dynamic_items = (Done, NotToday, Snooze, Keep, Smaller, Pause, Remove, KeepIt, Cheer)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.dispatcher.register(NudgeHandler(self.bot))
        self.bot.dispatcher.register(SummaryHandler(self.bot))

    # ---- shared with the buttons and the form --------------------------------------------------

    def plan(self, where: Any, goal: storage.Goal) -> str:
        """When the nudges come, in the member's words: "I'll nudge you on weekdays at 18:00 (UTC)"."""
        at = format_time(goal.at)
        if goal.times_per_week is not None:
            return self.bot.text("goal.plan_times", where, count=goal.times_per_week, time=at, zone=goal.timezone)
        days = describe_days(self.bot.catalogue, self.bot.catalogue_locale(where), goal.days or ALL_DAYS)
        return self.bot.text("goal.plan_days", where, days=days, time=at, zone=goal.timezone)

    def today(self, goal: storage.Goal) -> date:
        return self.bot.clock.now().astimezone(goal.zone).date()

    async def owned(self, interaction: discord.Interaction, goal_id: int) -> storage.Goal:
        """The goal a button or form is about, only for its owner and only while it exists."""
        goal = await storage.get(self.bot.db, goal_id)
        if goal is None or goal.state == "removed":
            raise UserFacingError("goal.errors.gone")
        if goal.user_id != interaction.user.id:
            raise UserFacingError("goal.errors.not_yours")
        return goal

    async def record_done(self, where: Any, goal: storage.Goal, note: str | None) -> str:
        """Record today as done; returns the text to show, with a celebration at a milestone."""
        today = self.today(goal)
        done = await storage.done_days(self.bot.db, goal.id)
        before = streak(goal.rule, today, done)
        await storage.log(self.bot.db, goal.id, today, "done", note, self.bot.clock.now())
        count, target, after = week_progress(goal.rule, today, done | {today})
        if today in done:
            return self.bot.text("goal.logged_again", where, count=count, target=target)
        if after:
            text = self.bot.text("goal.logged", where, title=goal.title, count=count, target=target, streak=after)
        else:
            text = self.bot.text("goal.logged_plain", where, title=goal.title, count=count, target=target)
        reached = milestone(before, after)
        if reached:
            _, celebration = self.bot.catalogue.pick("goal.celebrate", self.bot.catalogue_locale(where), streak=reached)
            text += "\n" + celebration
        return text

    async def save_edit(
        self,
        interaction: discord.Interaction,
        goal: storage.Goal,
        *,
        key: str,
        title: str | None = None,
        days: frozenset[int] | None = None,
        at: time | None = None,
        times_per_week: int | None = None,
        share_with_buddy: bool | None = None,
    ) -> None:
        """Change a goal (what is not given stays); days and times a week replace each other."""
        harm_phrases = await word_storage.phrases(self.bot.db, goal.guild_id, "harm")
        new_title = _title(title, harm_phrases) if title is not None else goal.title
        per_week = _per_week(times_per_week)
        new_days = goal.days
        if days is not None:
            new_days, per_week = days, None
        elif per_week is not None:
            new_days = None
        else:
            per_week = goal.times_per_week
        share = goal.share_with_buddy if share_with_buddy is None else share_with_buddy
        now = self.bot.clock.now()
        if share_with_buddy:
            await buddies.consent_for_current(self.bot.db, goal.guild_id, goal.user_id, now)
        await storage.update(
            self.bot.db,
            goal,
            title=new_title,
            days=new_days,
            times_per_week=per_week,
            at=at if at is not None else goal.at,
            share_with_buddy=share,
            now=now,
        )
        updated = await storage.get(self.bot.db, goal.id)
        assert updated is not None
        await reply(interaction, self.bot.text(key, interaction, title=new_title, plan=self.plan(interaction, updated)))
        await self.bot.dispatcher.arm()

    # ---- commands ------------------------------------------------------------------------------

    @app_commands.command(name="add", description="Set a small goal, with gentle nudges")
    @app_commands.describe(
        title="What, e.g. walk 20 minutes (1 to 100 characters)",
        days="Specific days: every day, weekdays, or e.g. mon,wed,fri",
        time="Nudge time, e.g. 18:00 (default 18:00)",
        times_per_week="Or: how many times a week (1 to 7)",
        share_with_buddy="Let your buddy see this goal's title and weekly count (never notes)",
    )
    async def add(
        self,
        interaction: discord.Interaction,
        title: str,
        days: DaysOption | None = None,
        time: TimeOption | None = None,
        times_per_week: int | None = None,
        share_with_buddy: bool = False,
    ) -> None:
        assert interaction.guild_id is not None
        cleaned = _title(title, await word_storage.phrases(self.bot.db, interaction.guild_id, "harm"))
        _one_plan(days, times_per_week)
        per_week = _per_week(times_per_week)
        if await storage.count_open(self.bot.db, interaction.user.id, interaction.guild_id) >= MAX_ACTIVE:
            raise UserFacingError("goal.errors.too_many")
        zone = await member_zone(
            self.bot.db, interaction.guild_id, interaction.user.id, self.bot.settings.default_timezone
        )
        now = self.bot.clock.now()
        goal_id = await storage.create(
            self.bot.db,
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            title=cleaned,
            days=days if days is not None else (None if per_week else ALL_DAYS),
            times_per_week=per_week,
            at=time if time is not None else DEFAULT_TIME,
            timezone=zone.key,
            share_with_buddy=share_with_buddy,
            now=now,
        )
        goal = await storage.get(self.bot.db, goal_id)
        assert goal is not None
        text = self.bot.text("goal.added", interaction, title=cleaned, plan=self.plan(interaction, goal))
        if share_with_buddy:
            text += " " + self.bot.text("goal.shared", interaction)
            await buddies.consent_for_current(self.bot.db, interaction.guild_id, interaction.user.id, now)
        await reply(interaction, text)
        await self.bot.dispatcher.arm()

    @app_commands.command(name="list", description="This week's progress and streaks")
    async def list_goals(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        goals = await storage.mine(self.bot.db, interaction.user.id, interaction.guild_id)
        if not goals:
            await reply(interaction, self.bot.text("goal.list_empty", interaction))
            return
        lines = [self.bot.text("goal.list_title", interaction)]
        for index, goal in enumerate(goals, start=1):
            done = await storage.done_days(self.bot.db, goal.id)
            count, target, run = week_progress(goal.rule, self.today(goal), done)
            state = self.bot.text("goal.list_paused", interaction) if goal.state == "paused" else ""
            # A streak is shown once there is one: never "streak 0".
            key, extra = ("goal.list_line", {"streak": run}) if run else ("goal.list_line_plain", {})
            params = {"index": index, "title": goal.title, "count": count, "target": target, "state": state}
            lines.append(self.bot.text(key, interaction, **params, **extra))
        await reply(interaction, "\n".join(lines))

    @app_commands.command(name="log", description="Record progress on a goal")
    @app_commands.describe(goal="Which goal", note="A note for yourself (optional)")
    async def log_goal(self, interaction: discord.Interaction, goal: GoalOption, note: str | None = None) -> None:
        assert interaction.guild_id is not None
        note = clean(note or "")[:1000] or None
        text = await self.record_done(interaction, goal, note)
        locale = self.bot.catalogue_locale(interaction)
        care = await care_for(self.bot.db, self.bot.catalogue, interaction.guild_id, locale, note)
        if care is not None:
            # A note is private, but it may say more than a log: care first, to them only.
            text = "\n\n".join([care.text, text, self.bot.text("goal.note_private", interaction)])
        await reply(interaction, text[:2000])

    @app_commands.command(name="edit", description="Change a goal")
    @app_commands.describe(
        goal="Which goal",
        title="New title",
        days="New days",
        time="New nudge time",
        times_per_week="New times per week",
        share_with_buddy="Let your buddy see this goal's title and weekly count (never notes)",
    )
    async def edit(
        self,
        interaction: discord.Interaction,
        goal: GoalOption,
        title: str | None = None,
        days: DaysOption | None = None,
        time: TimeOption | None = None,
        times_per_week: int | None = None,
        share_with_buddy: bool | None = None,
    ) -> None:
        _one_plan(days, times_per_week)
        await self.save_edit(
            interaction,
            goal,
            title=title,
            days=days,
            at=time,
            times_per_week=times_per_week,
            share_with_buddy=share_with_buddy,
            key="goal.edited",
        )

    @app_commands.command(name="pause", description="Pause a goal for some days, or until you resume")
    @app_commands.describe(goal="Which goal", days="How many days (empty: until you resume)")
    async def pause(self, interaction: discord.Interaction, goal: GoalOption, days: int | None = None) -> None:
        # Checked here rather than with PauseDays: the member reads the kind "between 1 and 365".
        count = parse_pause_days(days)
        now = self.bot.clock.now()
        if count is None:
            await storage.pause(self.bot.db, goal, now)
            await reply(interaction, self.bot.text("goal.paused", interaction, title=goal.title))
            return
        until = now + timedelta(days=count)
        await storage.pause(self.bot.db, goal, now, until=until)
        day = until.astimezone(goal.zone).date().isoformat()
        await reply(interaction, self.bot.text("goal.paused_days", interaction, title=goal.title, date=day))

    @app_commands.command(name="resume", description="Resume a paused goal")
    @app_commands.describe(goal="Which goal")
    async def resume(self, interaction: discord.Interaction, goal: GoalOption) -> None:
        if not await storage.resume(self.bot.db, goal, self.bot.clock.now()):
            raise UserFacingError("goal.errors.not_paused", title=goal.title)
        plan = self.plan(interaction, goal)
        await reply(interaction, self.bot.text("goal.resumed", interaction, title=goal.title, plan=plan))
        await self.bot.dispatcher.arm()

    @app_commands.command(name="remove", description="Remove a goal (asks first)")
    @app_commands.describe(goal="Which goal")
    async def remove(self, interaction: discord.Interaction, goal: GoalOption) -> None:
        components = rows(
            [
                Remove.make(self.bot.text("goal.buttons.confirm_remove", interaction), DANGER, goal=goal.id),
                KeepIt.make(self.bot.text("goal.buttons.keep_it", interaction), goal=goal.id),
            ]
        )
        text = self.bot.text("goal.remove_confirm", interaction, title=goal.title)
        await reply(interaction, text, view=view_of(components))

    @app_commands.command(name="summary", description="Choose when your weekly summary comes")
    @app_commands.describe(day="Day, e.g. sun", time="Time, e.g. 18:00")
    async def summary(self, interaction: discord.Interaction, day: DayOption, time: TimeOption) -> None:
        assert interaction.guild_id is not None
        user_id, guild_id = interaction.user.id, interaction.guild_id
        zone = await member_zone(self.bot.db, guild_id, user_id, self.bot.settings.default_timezone)
        await storage.set_summary(self.bot.db, user_id, guild_id, day, time, zone.key, self.bot.clock.now())
        weekday = weekday_name(self.bot.catalogue, self.bot.catalogue_locale(interaction), day)
        text = self.bot.text("goal.summary_set", interaction, day=weekday, time=format_time(time), zone=zone.key)
        await reply(interaction, text)
        await self.bot.dispatcher.arm()
