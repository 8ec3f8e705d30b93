"""/goal: small commitments, gentle nudges, streaks with grace, and a buddy who cheers."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import time, timedelta
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import members
from bot.components import PRIMARY, button, persistent_view, routed_button, rows
from bot.days import DAY_NAMES, BadInput, parse_day, parse_days, parse_pause_days, parse_time
from bot.engine import storage as engine
from bot.engine.dm import Outgoing
from bot.engine.recurrence import ALL_DAYS
from bot.engine.storage import Job
from bot.errors import UserFacingError
from bot.forms import Form
from bot.member_text import clean, clean_line, inert
from bot.phrase_match import crisis_matcher
from bot.replies import reply
from bot.resources import server_resources
from cogs.buddies import storage as buddies
from cogs.checkins.render import describe_days
from cogs.checkins.storage import member_timezone
from cogs.goals import storage
from cogs.goals.chart import week_chart
from cogs.goals.rules import FITS_AFTER, MAX_ACTIVE, TITLE_MAX, milestone, nudge_today, streak, week_count, week_target

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)

DEFAULT_TIME = time(18, 0)
SNOOZE = timedelta(hours=1)


ID = r"(?P<id>\d{1,19})"
GoalButton = routed_button(
    "gl",
    "GoalsCog",
    {
        **{action: ID for action in ("done", "nottoday", "snooze", "keep", "smaller", "pause", "remove", "keepit")},
        "cheer": r"(?P<guild>\d{1,19})\.(?P<user>\d{1,19})",
    },
)
_GOAL_ID = re.compile(r"[0-9]{1,19}")
_PER_WEEK = re.compile(r"\s*([1-7])\s*")


def _view(components: list[dict[str, Any]]) -> discord.ui.View:
    return persistent_view(components, GoalButton)


class SmallerModal(Form):
    """Make a goal smaller; only its owner can submit it, and only while the goal is still theirs."""

    def __init__(self, cog: GoalsCog, goal: storage.Goal, interaction: discord.Interaction) -> None:
        text, locale = cog.bot.catalogue.render, str(interaction.locale)
        super().__init__(title=text("goal.form.title", locale), opener=interaction.user)
        self.cog, self.goal = cog, goal
        self.name: discord.ui.TextInput[SmallerModal] = discord.ui.TextInput(
            label=text("goal.form.name", locale)[:45], default=goal.title, max_length=TITLE_MAX
        )
        self.per_week: discord.ui.TextInput[SmallerModal] = discord.ui.TextInput(
            label=text("goal.form.per_week", locale)[:45],
            required=False,
            max_length=1,
            default=str(goal.times_per_week) if goal.times_per_week else None,
        )
        self.add_item(self.name)
        self.add_item(self.per_week)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        goal = await self.cog.owned(interaction, self.goal.id)  # still theirs, and not removed meanwhile
        value = self.per_week.value or ""
        match = _PER_WEEK.fullmatch(value)
        if value.strip() and match is None:
            raise UserFacingError("goal.errors.per_week")
        per_week = int(match.group(1)) if match else None
        await self.cog.save_edit(
            interaction, goal, title=self.name.value, times_per_week=per_week, key="goal.fits_smaller"
        )


class NudgeHandler:
    kind = storage.KIND

    def __init__(self, cog: GoalsCog) -> None:
        self.cog = cog

    def variant_count(self) -> int:
        return len(self.cog.bot.catalogue.entry("goal.nudge").variants)

    async def render(self, job: Job) -> Outgoing | None:
        return await self.cog.render_nudge(job)


class SummaryHandler:
    kind = storage.SUMMARY

    def __init__(self, cog: GoalsCog) -> None:
        self.cog = cog

    def variant_count(self) -> int:
        return 1

    async def render(self, job: Job) -> Outgoing | None:
        return await self.cog.render_summary(job)


@app_commands.guild_only()
class GoalsCog(commands.GroupCog, group_name="goal", group_description="Small goals with gentle nudges"):
    dynamic_items = (GoalButton,)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.dispatcher.register(NudgeHandler(self))
        self.bot.dispatcher.register(SummaryHandler(self))

    # ---- helpers -------------------------------------------------------------------------------

    def t(self, key: str, locale: Any, **params: Any) -> str:
        return self.bot.text(key, locale, **params)

    def _title(self, title: str) -> str:
        cleaned = clean_line(title)
        if not cleaned:
            raise UserFacingError("goal.errors.title_empty")
        if len(cleaned) > TITLE_MAX:
            raise UserFacingError("goal.errors.title_long", length=len(cleaned))
        return cleaned

    def _per_week(self, value: int | None) -> int | None:
        if value is not None and not 1 <= value <= 7:
            raise UserFacingError("goal.errors.per_week")
        return value

    async def _zone(self, guild_id: int, user_id: int) -> str:
        return await member_timezone(self.bot.db, guild_id, user_id, self.bot.settings.default_timezone)

    def _plan(self, locale: Any, goal: storage.Goal) -> str:
        if goal.times_per_week is not None:
            return self.t(
                "goal.plan_times", locale, count=goal.times_per_week, time=goal.at.strftime("%H:%M"), zone=goal.timezone
            )
        days = describe_days(self.bot.catalogue, self.bot.catalogue_locale(locale), goal.days or ALL_DAYS)
        return self.t("goal.plan_days", locale, days=days, time=goal.at.strftime("%H:%M"), zone=goal.timezone)

    async def _mine(self, interaction: discord.Interaction, goal: str) -> storage.Goal:
        """One of this member's goals: by the id autocomplete put in the option, or by its title."""
        assert interaction.guild_id is not None
        found = None
        if _GOAL_ID.fullmatch(goal) and int(goal) < 2**63:
            found = await storage.get(self.bot.db, int(goal))
        if found is None:
            wanted = clean_line(goal).casefold()
            mine = await storage.mine(self.bot.db, interaction.user.id, interaction.guild_id)
            found = next((g for g in mine if g.title.casefold() == wanted), None)
        if (
            found is None
            or found.state == "removed"
            or found.user_id != interaction.user.id
            or found.guild_id != interaction.guild_id
        ):
            raise UserFacingError("goal.errors.unknown")
        return found

    def _today(self, goal: storage.Goal) -> Any:
        return self.bot.clock.now().astimezone(goal.zone).date()

    async def _progress(self, goal: storage.Goal) -> tuple[int, int, int]:
        done = await storage.done_days(self.bot.db, goal.id)
        today = self._today(goal)
        return week_count(done, today), week_target(goal.rule), streak(goal.rule, today, done)

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
        days: str | None = None,
        time: str | None = None,
        times_per_week: int | None = None,
        share_with_buddy: bool = False,
    ) -> None:
        assert interaction.guild_id is not None
        cleaned = self._title(title)
        if days is not None and times_per_week is not None:
            raise UserFacingError("goal.errors.both")
        per_week = self._per_week(times_per_week)
        chosen_days = parse_days(days) if days is not None else (None if per_week else ALL_DAYS)
        at = parse_time(time) if time else DEFAULT_TIME
        if await storage.count_open(self.bot.db, interaction.user.id, interaction.guild_id) >= MAX_ACTIVE:
            raise UserFacingError("goal.errors.too_many")
        zone = await self._zone(interaction.guild_id, interaction.user.id)
        goal_id = await storage.create(
            self.bot.db,
            user_id=interaction.user.id,
            guild_id=interaction.guild_id,
            title=cleaned,
            days=chosen_days,
            times_per_week=per_week,
            at=at,
            timezone=zone,
            share_with_buddy=share_with_buddy,
            now=self.bot.clock.now(),
        )
        goal = await storage.get(self.bot.db, goal_id)
        assert goal is not None
        text = self.t("goal.added", interaction, title=cleaned, plan=self._plan(interaction, goal))
        if share_with_buddy:
            text += " " + self.t("goal.shared", interaction)
            await buddies.consent_for_current(
                self.bot.db, interaction.guild_id, interaction.user.id, self.bot.clock.now()
            )
        await reply(interaction, text)
        await self.bot.dispatcher.arm()

    @app_commands.command(name="list", description="This week's progress and streaks")
    async def list_goals(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        goals = await storage.mine(self.bot.db, interaction.user.id, interaction.guild_id)
        if not goals:
            await reply(interaction, self.t("goal.list_empty", interaction))
            return
        lines = [self.t("goal.list_title", interaction)]
        for index, goal in enumerate(goals, start=1):
            count, target, run = await self._progress(goal)
            state = self.t("goal.list_paused", interaction) if goal.state == "paused" else ""
            # A streak is shown once there is one: never "streak 0".
            key, extra = ("goal.list_line", {"streak": run}) if run else ("goal.list_line_plain", {})
            lines.append(
                self.t(
                    key, interaction, index=index, title=goal.title, count=count, target=target, state=state, **extra
                )
            )
        await reply(interaction, "\n".join(lines))

    @app_commands.command(name="log", description="Record progress on a goal")
    @app_commands.describe(goal="Which goal", note="A note for yourself (optional)")
    async def log_goal(self, interaction: discord.Interaction, goal: str, note: str | None = None) -> None:
        found = await self._mine(interaction, goal)
        note = clean(note or "")[:1000] or None
        text = await self._done(interaction, found, note)
        if note and crisis_matcher(self.bot.catalogue).matches(note):
            # A note is private, but it may say more than a log: resources, to them only.
            assert interaction.guild_id is not None
            resources = await server_resources(
                self.bot.db, self.bot.catalogue, interaction.guild_id, str(interaction.locale)
            )
            text = text + "\n\n" + self.t("goal.note_resources", interaction) + "\n" + resources
        await reply(interaction, text[:2000])

    async def _done(self, locale: Any, goal: storage.Goal, note: str | None) -> str:
        """Record today as done; returns the text to show, with a celebration at a milestone."""
        today = self._today(goal)
        done = await storage.done_days(self.bot.db, goal.id)
        already = today in done
        before = streak(goal.rule, today, done)
        await storage.log(self.bot.db, goal.id, today, "done", note, self.bot.clock.now())
        count, target, after = await self._progress(goal)
        if already:
            return self.t("goal.logged_again", locale, count=count, target=target)
        if after:
            text = self.t("goal.logged", locale, title=goal.title, count=count, target=target, streak=after)
        else:
            text = self.t("goal.logged_plain", locale, title=goal.title, count=count, target=target)
        reached = milestone(before, after)
        if reached:
            _, celebration = self.bot.catalogue.pick(
                "goal.celebrate", str(getattr(locale, "locale", locale)), streak=reached
            )
            text += "\n" + celebration
        return text

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
        goal: str,
        title: str | None = None,
        days: str | None = None,
        time: str | None = None,
        times_per_week: int | None = None,
        share_with_buddy: bool | None = None,
    ) -> None:
        found = await self._mine(interaction, goal)
        if days is not None and times_per_week is not None:
            raise UserFacingError("goal.errors.both")
        await self.save_edit(
            interaction,
            found,
            title=title,
            days=days,
            time=time,
            times_per_week=times_per_week,
            share_with_buddy=share_with_buddy,
            key="goal.edited",
        )

    async def save_edit(
        self,
        interaction: discord.Interaction,
        goal: storage.Goal,
        *,
        key: str,
        title: str | None = None,
        days: str | None = None,
        time: str | None = None,
        times_per_week: int | None = None,
        share_with_buddy: bool | None = None,
    ) -> None:
        new_title = self._title(title) if title is not None else goal.title
        per_week = self._per_week(times_per_week)
        new_days = goal.days
        if days is not None:
            new_days, per_week = parse_days(days), None
        elif per_week is not None:
            new_days = None
        else:
            per_week = goal.times_per_week
        at = parse_time(time) if time else goal.at
        share = goal.share_with_buddy if share_with_buddy is None else share_with_buddy
        if share_with_buddy:
            await buddies.consent_for_current(self.bot.db, goal.guild_id, goal.user_id, self.bot.clock.now())
        await storage.update(
            self.bot.db,
            goal,
            title=new_title,
            days=new_days,
            times_per_week=per_week,
            at=at,
            share_with_buddy=share,
            now=self.bot.clock.now(),
        )
        updated = await storage.get(self.bot.db, goal.id)
        assert updated is not None
        await reply(interaction, self.t(key, interaction, title=new_title, plan=self._plan(interaction, updated)))
        await self.bot.dispatcher.arm()

    @app_commands.command(name="pause", description="Pause a goal for some days, or until you resume")
    @app_commands.describe(goal="Which goal", days="How many days (empty: until you resume)")
    async def pause(self, interaction: discord.Interaction, goal: str, days: int | None = None) -> None:
        found = await self._mine(interaction, goal)
        try:
            count = parse_pause_days(days)
        except BadInput as exc:
            raise UserFacingError(exc.key, **exc.params) from None
        now = self.bot.clock.now()
        if count is None:
            await storage.set_state(self.bot.db, found, "paused", now)
            await reply(interaction, self.t("goal.paused", interaction, title=found.title))
            return
        until = now + timedelta(days=count)
        await storage.set_state(self.bot.db, found, "paused", now, paused_until=until)
        date_text = until.astimezone(found.zone).date().isoformat()
        await reply(interaction, self.t("goal.paused_days", interaction, title=found.title, date=date_text))

    @app_commands.command(name="resume", description="Resume a paused goal")
    @app_commands.describe(goal="Which goal")
    async def resume(self, interaction: discord.Interaction, goal: str) -> None:
        found = await self._mine(interaction, goal)
        schedule = await engine.get_schedule(self.bot.db, storage.KIND, found.user_id, found.guild_id, found.id)
        if found.state != "paused" and (schedule is None or schedule.paused_until is None):
            raise UserFacingError("goal.errors.not_paused", title=found.title)
        await storage.set_state(self.bot.db, found, "active", self.bot.clock.now())
        await reply(
            interaction, self.t("goal.resumed", interaction, title=found.title, plan=self._plan(interaction, found))
        )
        await self.bot.dispatcher.arm()

    @app_commands.command(name="remove", description="Remove a goal (asks first)")
    @app_commands.describe(goal="Which goal")
    async def remove(self, interaction: discord.Interaction, goal: str) -> None:
        found = await self._mine(interaction, goal)
        components = rows(
            [
                button(f"gl:remove:{found.id}", self.t("goal.buttons.confirm_remove", interaction), 4),
                button(f"gl:keepit:{found.id}", self.t("goal.buttons.keep_it", interaction)),
            ]
        )
        await reply(interaction, self.t("goal.remove_confirm", interaction, title=found.title), view=_view(components))

    @app_commands.command(name="summary", description="Choose when your weekly summary comes")
    @app_commands.describe(day="Day, e.g. sun", time="Time, e.g. 18:00")
    async def summary(self, interaction: discord.Interaction, day: str, time: str) -> None:
        assert interaction.guild_id is not None
        weekday_number = parse_day(day)
        key = DAY_NAMES[weekday_number]
        at = parse_time(time)
        zone = await self._zone(interaction.guild_id, interaction.user.id)
        await storage.set_summary(
            self.bot.db, interaction.user.id, interaction.guild_id, weekday_number, at, zone, self.bot.clock.now()
        )
        weekday = self.bot.text(f"checkin.weekday.{key}", interaction.locale)
        await reply(
            interaction, self.t("goal.summary_set", interaction, day=weekday, time=at.strftime("%H:%M"), zone=zone)
        )
        await self.bot.dispatcher.arm()

    @log_goal.autocomplete("goal")
    @edit.autocomplete("goal")
    @pause.autocomplete("goal")
    @resume.autocomplete("goal")
    @remove.autocomplete("goal")
    async def _goal_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        assert interaction.guild_id is not None
        goals = await storage.mine(self.bot.db, interaction.user.id, interaction.guild_id)
        wanted = current.strip().lower()
        return [app_commands.Choice(name=g.title[:100], value=str(g.id)) for g in goals if wanted in g.title.lower()][
            :25
        ]

    # ---- the engine: nudges and the weekly summary ---------------------------------------------

    async def render_nudge(self, job: Job) -> Outgoing | None:
        goal = await storage.get(self.bot.db, job.ref_id)
        if goal is None or goal.state != "active":
            return None
        today = job.due.astimezone(goal.zone).date()
        done = await storage.done_days(self.bot.db, goal.id)
        if not nudge_today(goal.rule, today, done):
            return None  # logged earlier today, or the week's target is already met
        cat, locale = self.bot.catalogue, job.locale
        if await storage.nudged(self.bot.db, goal.id) > FITS_AFTER and not goal.fits_asked:
            await storage.mark_fits_asked(self.bot.db, goal.id)
            choices = [
                button(f"gl:{action}:{goal.id}", cat.render(f"goal.buttons.{action}", locale))
                for action in ("keep", "smaller", "pause", "remove")
            ]
            return Outgoing(cat.render("goal.fits", locale, title=goal.title), rows(choices))
        count, target, run = week_count(done, today), week_target(goal.rule), streak(goal.rule, today, done)
        text = cat.render("goal.nudge", locale, variant=job.variant, title=goal.title)
        # No zero in a nudge, and no streak before there is one: nothing that could read like a score.
        if run:
            text += "\n" + cat.render("goal.nudge_progress", locale, count=count, target=target, streak=run)
        elif count:
            text += "\n" + cat.render("goal.nudge_progress_week", locale, count=count, target=target)
        return Outgoing(text, self.nudge_components(job.delivery_id, locale))

    def nudge_components(self, delivery_id: int, locale: str | None) -> list[dict]:
        cat = self.bot.catalogue
        return rows(
            [
                button(f"gl:done:{delivery_id}", cat.render("goal.buttons.done", locale), PRIMARY),
                button(f"gl:nottoday:{delivery_id}", cat.render("goal.buttons.not_today", locale)),
                button(f"gl:snooze:{delivery_id}", cat.render("goal.buttons.snooze", locale)),
            ]
        )

    async def render_summary(self, job: Job) -> Outgoing | None:
        goals = await storage.mine(self.bot.db, job.user_id, job.guild_id, include_paused=False)
        if not goals:
            return None
        cat, locale = self.bot.catalogue, job.locale
        figures = []
        for goal in goals:
            today = job.due.astimezone(goal.zone).date()
            done = await storage.done_days(self.bot.db, goal.id)
            figures.append((goal, week_count(done, today), week_target(goal.rule), streak(goal.rule, today, done)))
        lines = "\n".join(
            cat.render("goal.summary_line", locale, title=g.title, count=c, target=t, streak=s)
            if s
            else cat.render("goal.summary_line_plain", locale, title=g.title, count=c, target=t)
            for g, c, t, s in figures
        )
        guild = self.bot.get_guild(job.guild_id)
        text = cat.render("goal.summary", locale, server=guild.name if guild else "", lines=lines)
        png = await asyncio.to_thread(week_chart, [(g.title, c, t) for g, c, t, _ in figures])
        shared = [(g.title, c, t) for g, c, t, _ in figures if g.share_with_buddy]
        if shared:
            await self._buddy_digest(job.guild_id, job.user_id, shared, job.slot)
        return Outgoing(text, [], [("week.png", png)])

    async def _buddy_digest(self, guild_id: int, user_id: int, shared: list[tuple[str, int, int]], slot: str) -> None:
        """Shared goals' counts (no notes) to the member's buddy, with one-tap encouragement."""
        group = await buddies.active_group(self.bot.db, guild_id, user_id)
        if group is None or not await buddies.consented(self.bot.db, group.id, user_id):
            return  # a yes is per pairing: a new buddy sees nothing until the member agrees
        guild = self.bot.get_guild(guild_id)
        member = guild.get_member(user_id) if guild else None
        name = discord.utils.escape_markdown(member.display_name) if member else f"<@{user_id}>"
        for buddy in group.members:
            if buddy == user_id:
                continue
            info = await members.get(self.bot.db, buddy)
            lines = "\n".join(
                self.bot.text("goal.digest_line", info.last_locale, title=inert(t), count=c, target=n)
                for t, c, n in shared
            )
            text = self.bot.text("goal.digest", info.last_locale, name=name, lines=lines)
            components = rows(
                [
                    button(
                        f"gl:cheer:{guild_id}.{user_id}", self.bot.text("goal.buttons.cheer", info.last_locale), PRIMARY
                    )
                ]
            )
            await self.bot.dispatcher.send_now(buddy, Outgoing(text, components), f"digest-{user_id}-{slot}")

    # ---- buttons -------------------------------------------------------------------------------

    async def _nudged_goal(
        self, interaction: discord.Interaction, delivery_id: int
    ) -> tuple[engine.DeliveryInfo, storage.Goal]:
        info = await engine.get_delivery(self.bot.db, delivery_id)
        if info is None or info.kind != storage.KIND:
            raise UserFacingError("goal.errors.gone")
        if info.user_id != interaction.user.id:
            raise UserFacingError("goal.errors.not_yours")
        schedule = await engine.get_schedule_by_id(self.bot.db, info.schedule_id)
        goal = await storage.get(self.bot.db, schedule.ref_id) if schedule else None
        if goal is None or goal.state == "removed":
            raise UserFacingError("goal.errors.gone")
        return info, goal

    async def owned(self, interaction: discord.Interaction, goal_id: int) -> storage.Goal:
        goal = await storage.get(self.bot.db, goal_id)
        if goal is None or goal.state == "removed":
            raise UserFacingError("goal.errors.gone")
        if goal.user_id != interaction.user.id:
            raise UserFacingError("goal.errors.not_yours")
        return goal

    async def on_button(self, interaction: discord.Interaction, action: str, args: dict[str, Any]) -> None:
        locale = str(interaction.locale)
        if action in ("done", "nottoday", "snooze"):
            await self._nudge_answer(interaction, action, args["id"])
        elif action == "cheer":
            await self._cheer(interaction, args["guild"], args["user"])
            return
        goal = await self.owned(interaction, args["id"])
        if action == "keep":
            await interaction.response.edit_message(content=self.t("goal.fits_keep", locale), view=None)
        elif action == "smaller":
            await interaction.response.send_modal(SmallerModal(self, goal, interaction))
        elif action == "pause":
            await storage.set_state(self.bot.db, goal, "paused", self.bot.clock.now())
            await interaction.response.edit_message(
                content=self.t("goal.fits_paused", locale, title=goal.title), view=None
            )
        elif action == "remove":
            await storage.set_state(self.bot.db, goal, "removed", self.bot.clock.now())
            await interaction.response.edit_message(content=self.t("goal.removed", locale, title=goal.title), view=None)
        elif action == "keepit":
            await interaction.response.edit_message(
                content=self.t("goal.remove_kept", locale, title=goal.title), view=None
            )

    async def _nudge_answer(self, interaction: discord.Interaction, action: str, delivery_id: int) -> None:
        locale = str(interaction.locale)
        info, goal = await self._nudged_goal(interaction, delivery_id)
        if action == "done":
            answer = await self._done(interaction, goal, None)
        elif action == "nottoday":
            await storage.log(self.bot.db, goal.id, self._today(goal), "not_today", None, self.bot.clock.now())
            answer = self.t("goal.answer_not_today", locale)
        else:
            due = self.bot.clock.now() + SNOOZE
            count = await engine.count_slots(self.bot.db, info.schedule_id, f"{info.slot[:10]}/snooze-")
            await engine.add_delivery(
                self.bot.db,
                schedule_id=info.schedule_id,
                user_id=info.user_id,
                slot=f"{info.slot[:10]}/snooze-{count + 1}",
                due=due,
                now=self.bot.clock.now(),
                root_id=info.root_id,
                variant=info.variant,
            )
            answer = self.t("goal.answer_snoozed", locale, time=due.astimezone(goal.zone).strftime("%H:%M"))
            await self.bot.dispatcher.arm()
        first_line = interaction.message.content.split("\n")[0] if interaction.message else goal.title
        await interaction.response.edit_message(
            content=f"{first_line}\n\n{answer}",
            view=None if action != "snooze" else _view(self.nudge_components(info.id, locale)),
        )

    async def _cheer(self, interaction: discord.Interaction, guild_id: int, user_id: int) -> None:
        """A buddy's encouragement; said to have arrived only if it did."""
        group = await buddies.active_group(self.bot.db, guild_id, user_id)
        if group is None or interaction.user.id not in group.members or interaction.user.id == user_id:
            raise UserFacingError("buddy.pair.gone")
        day = self.bot.clock.now().date().isoformat()
        if not await buddies.record_kindness(self.bot.db, guild_id, interaction.user.id, user_id, f"cheer-{day}"):
            raise UserFacingError("goal.cheer_once")
        info = await members.get(self.bot.db, user_id)
        _, text = self.bot.catalogue.pick("goal.cheer_dm", info.last_locale, name=inert(interaction.user.display_name))
        await interaction.response.defer(ephemeral=True, thinking=True)
        status = await self.bot.dispatcher.send_now(
            user_id, Outgoing(text), f"cheer-{interaction.user.id}-{user_id}-{day}"
        )
        if status != "sent":
            await buddies.forget_kindness(self.bot.db, guild_id, interaction.user.id, user_id, f"cheer-{day}")
        key = "goal.cheer_sent" if status == "sent" else "goal.cheer_failed"
        await interaction.edit_original_response(content=self.t(key, interaction))
