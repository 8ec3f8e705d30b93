"""/checkin: the slash commands. Options arrive parsed (`bot.transformers`); every schedule change is one
call to the engine's API; the check-in DM's buttons are in `_answers.py` and `_support.py`."""

from __future__ import annotations

import asyncio
import io
from collections import defaultdict
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, members
from bot.components import view_of
from bot.days import format_time, parse_pause_days, parse_time
from bot.engine import storage as engine
from bot.engine.dm import Outgoing
from bot.engine.recurrence import ALL_DAYS, Recurrence, days_to_mask, mask_to_days
from bot.engine.storage import Outcome, Schedule
from bot.errors import UserFacingError
from bot.replies import reply
from bot.scale import SCALE
from bot.transformers import Between, DaysOption, TimeOption, ZoneOption
from bot.zones import server_zone
from cogs.buddies import storage as buddy_storage
from cogs.checkins import render, storage
from cogs.checkins._answers import AnswersMixin
from cogs.checkins._buttons import BUTTONS
from cogs.checkins._jobs import CheckinHandler
from cogs.checkins._support import SupportMixin
from cogs.checkins.chart import mood_chart

if TYPE_CHECKING:
    from bot.bot import CheckinBot

DEFAULT_TIME = time(9, 0)
HISTORY_DAYS = 30
HISTORY_LINES = 15
QUIET_OFF = frozenset({"off", "none", "no"})

# The member reads the kind text that says what fits, rather than the client refusing as they type.
HistoryDays = app_commands.Transform[int, Between(1, 365, "checkin.errors.bad_history", declare=False)]
BuddyNoteAfter = app_commands.Transform[int, Between(0, 14, "checkin.errors.bad_buddy", declare=False)]


def quiet_hours(start: str | None, end: str | None) -> tuple[time | None, time | None] | None:
    """What the member asked for: None leaves quiet hours as they are, (None, None) turns them off."""
    if start is None and end is None:
        return None
    if any(v.strip().lower() in QUIET_OFF for v in (start, end) if v is not None):
        return None, None
    if start is None or end is None:
        raise UserFacingError("checkin.settings.quiet_both")
    return parse_time(start), parse_time(end)


def time_of(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


@app_commands.guild_only()
class CheckinsCog(
    AnswersMixin, SupportMixin, commands.GroupCog, group_name="checkin", group_description="Gentle check-ins by DM"
):
    dynamic_items = BUTTONS

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.dispatcher.register(CheckinHandler(self))

    async def _schedule_or_explain(self, interaction: discord.Interaction) -> Schedule:
        assert interaction.guild_id is not None
        schedule = await storage.get_schedule(self.bot.db, interaction.user.id, interaction.guild_id)
        if schedule is None:
            raise UserFacingError("checkin.settings.none")
        return schedule

    def _busy(self, user_id: int) -> asyncio.Lock:
        lock = self._locks[user_id]
        if lock.locked():
            raise UserFacingError("checkin.errors.busy")
        return lock

    def _next(self, interaction: discord.Interaction, schedule: Schedule) -> str:
        assert schedule.next_run is not None
        locale = self.bot.catalogue_locale(interaction)
        return render.describe_instant(self.bot.catalogue, locale, schedule.next_run, schedule.zone)

    # ---- starting ------------------------------------------------------------------------------

    @app_commands.command(name="start", description="Start gentle check-ins by DM")
    @app_commands.describe(
        time="When, e.g. 09:00, 9am or 21:30",
        timezone="Your time zone (IANA name, e.g. Europe/London)",
        days="every day, weekdays, weekends, or a list such as mon,wed,fri",
    )
    async def start(
        self,
        interaction: discord.Interaction,
        time: TimeOption | None = None,
        timezone: ZoneOption | None = None,
        days: DaysOption | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        locale = self.bot.catalogue_locale(interaction)
        existing = await storage.get_schedule(self.bot.db, interaction.user.id, interaction.guild_id)
        if existing is not None and existing.state == "active":
            described = render.describe_slot(self.bot.catalogue, locale, existing.days, existing.at, existing.timezone)
            raise UserFacingError("checkin.consent.already", schedule=described)
        server = await guild_settings.get(self.bot.db, interaction.guild_id)
        at = time or time_of(server.checkin_default_time) or DEFAULT_TIME
        zone = timezone or await server_zone(self.bot.db, interaction.guild_id, self.bot.settings.default_timezone)
        chosen = days if days is not None else ALL_DAYS
        mask = days_to_mask(chosen)
        if (await storage.get_prefs(self.bot.db, interaction.user.id, interaction.guild_id)).consented:
            await self.begin(interaction, at, mask, zone)
            return
        when = render.describe_slot(self.bot.catalogue, locale, chosen, at, zone.key)
        components = render.consent_components(self.bot.catalogue, locale, at.strftime("%H%M"), mask, zone.key)
        explain = self.bot.text("checkin.consent.explain", interaction, when=when)
        await reply(interaction, explain, view=view_of(components))

    async def begin(self, interaction: discord.Interaction, at: time, mask: int, zone: ZoneInfo) -> None:
        """Welcome DM first (it proves DMs arrive), then the schedule; nothing is saved if the DM fails."""
        assert interaction.guild is not None and interaction.guild_id is not None
        async with self._busy(interaction.user.id):
            is_button = interaction.type == discord.InteractionType.component
            await interaction.response.defer(ephemeral=True, thinking=not is_button)
            now = self.bot.clock.now()
            first, _ = Recurrence(at, mask_to_days(mask), zone).next_after(now)
            first_text = render.describe_instant(
                self.bot.catalogue, self.bot.catalogue_locale(interaction), first, zone
            )
            welcome = self.bot.text("checkin.welcome_dm", interaction, server=interaction.guild.name, first=first_text)
            key = f"welcome-{interaction.guild_id}-{int(now.timestamp())}"
            status = await self.bot.dispatcher.send_now(interaction.user.id, Outgoing(welcome), key)
            if status == "sent":
                await members.remember_locale(self.bot.db, interaction.user.id, str(interaction.locale), now)
                await storage.start(self.bot.db, interaction.user.id, interaction.guild_id, at, mask, zone.key, now)
                await self.bot.dispatcher.arm()
                content = self.bot.text("checkin.consent.started", interaction, first=first_text)
            elif status == "closed":
                content = self.bot.text("checkin.consent.dm_closed", interaction)
            else:
                content = self.bot.text("errors.generic", interaction)
            await interaction.edit_original_response(content=content, view=None)

    async def not_now(self, interaction: discord.Interaction) -> None:
        """Not now, on the consent prompt: nothing was saved, so there is nothing to undo."""
        text = self.bot.text("checkin.consent.not_now", interaction)
        await interaction.response.edit_message(content=text, view=None)

    # ---- settings ------------------------------------------------------------------------------

    @app_commands.command(name="settings", description="See or change your check-ins")
    @app_commands.describe(
        time="New time, e.g. 09:00",
        timezone="New time zone (IANA name)",
        days="every day, weekdays, weekends, or e.g. mon,wed,fri",
        quiet_start="Quiet hours start, e.g. 22:00 (or off)",
        quiet_end="Quiet hours end, e.g. 07:30 (or off)",
        buddy_note_after="Unanswered check-ins in a row before your buddy gets a content-free note (0 = off)",
    )
    async def settings(
        self,
        interaction: discord.Interaction,
        time: TimeOption | None = None,
        timezone: ZoneOption | None = None,
        days: DaysOption | None = None,
        quiet_start: str | None = None,
        quiet_end: str | None = None,
        buddy_note_after: BuddyNoteAfter | None = None,
    ) -> None:
        schedule = await self._schedule_or_explain(interaction)
        quiet = quiet_hours(quiet_start, quiet_end)  # read before anything changes, so a bad value changes nothing
        now = self.bot.clock.now()
        replanned = time is not None or timezone is not None or days is not None
        if replanned:
            at, zone = time or schedule.at, timezone.key if timezone else schedule.timezone
            await engine.replan(
                self.bot.db, schedule.id, at=at, days=schedule.days if days is None else days, zone=zone, now=now
            )
        if quiet is not None:
            await members.set_quiet_hours(self.bot.db, interaction.user.id, quiet[0], quiet[1], now)
        if buddy_note_after is not None:
            await self._set_buddy_note(interaction, buddy_note_after, now)
        shown = await self._settings_text(interaction)
        if replanned or quiet is not None or buddy_note_after is not None:
            shown = self.bot.text("checkin.settings.changed", interaction, details=shown)
        await reply(interaction, shown)
        if replanned:
            await self.bot.dispatcher.arm()

    async def _set_buddy_note(self, interaction: discord.Interaction, after: int, now: datetime) -> None:
        """0 turns it off; a number is also a yes for the member's current buddy."""
        assert interaction.guild_id is not None
        await storage.set_buddy_note_after(self.bot.db, interaction.user.id, interaction.guild_id, after or None)
        if after:
            await buddy_storage.consent_for_current(self.bot.db, interaction.guild_id, interaction.user.id, now)

    async def _settings_text(self, interaction: discord.Interaction) -> str:
        assert interaction.guild_id is not None
        schedule = await self._schedule_or_explain(interaction)
        cat, locale = self.bot.catalogue, self.bot.catalogue_locale(interaction)
        prefs = await storage.get_prefs(self.bot.db, interaction.user.id, interaction.guild_id)
        info = await members.get(self.bot.db, interaction.user.id)
        if info.quiet_start and info.quiet_end:
            start, end = format_time(info.quiet_start), format_time(info.quiet_end)
            quiet = self.bot.text("checkin.settings.quiet_range", locale, start=start, end=end)
        else:
            quiet = self.bot.text("checkin.settings.quiet_off", locale)
        buddy = (
            self.bot.text("checkin.settings.buddy_after", locale, count=prefs.buddy_note_after)
            if prefs.buddy_note_after
            else self.bot.text("checkin.settings.buddy_off", locale)
        )
        return self.bot.text(
            "checkin.settings.show",
            locale,
            schedule=render.describe_slot(cat, locale, schedule.days, schedule.at, schedule.timezone),
            next=render.describe_next(cat, locale, schedule),
            quiet=quiet,
            buddy=buddy,
        )

    # ---- pause, resume, skip, now, stop --------------------------------------------------------

    @app_commands.command(name="pause", description="Pause check-ins for some days, or until you resume")
    @app_commands.describe(days="How many days (leave empty to pause until you resume)")
    async def pause(self, interaction: discord.Interaction, days: int | None = None) -> None:
        # Checked here rather than with PauseDays, which declares its bounds: the member reads the kind
        # "between 1 and 365" instead of their client refusing the number.
        days = parse_pause_days(days)
        schedule = await self._schedule_or_explain(interaction)
        if schedule.state == "stopped":
            raise UserFacingError("checkin.done.not_active")
        now = self.bot.clock.now()
        if days is None:
            await engine.pause(self.bot.db, schedule.id, now, reason="member")
            await reply(interaction, self.bot.text("checkin.done.paused", interaction))
            return
        paused = await engine.pause(self.bot.db, schedule.id, now, until=now + timedelta(days=days), reason="member")
        await reply(
            interaction, self.bot.text("checkin.done.paused_days", interaction, next=self._next(interaction, paused))
        )
        await self.bot.dispatcher.arm()

    @app_commands.command(name="resume", description="Resume paused check-ins")
    async def resume(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        if schedule.state == "active" and schedule.paused_until is None:
            text = render.describe_next(self.bot.catalogue, self.bot.catalogue_locale(interaction), schedule)
            await reply(interaction, self.bot.text("checkin.done.not_paused", interaction, next=text))
            return
        now = self.bot.clock.now()
        resumed = await engine.resume(self.bot.db, schedule.id, now)
        # They were told how to open their DMs; the next check-in will tell us if they did.
        await members.mark_dm_open(self.bot.db, interaction.user.id, now)
        await reply(
            interaction, self.bot.text("checkin.done.resumed", interaction, next=self._next(interaction, resumed))
        )
        await self.bot.dispatcher.arm()

    @app_commands.command(name="skip", description="Skip just the next check-in")
    async def skip(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        skipped = await engine.skip_next(self.bot.db, schedule.id, self.bot.clock.now())
        if skipped is None:
            raise UserFacingError("checkin.done.not_active")
        await reply(
            interaction, self.bot.text("checkin.done.skipped", interaction, next=self._next(interaction, skipped))
        )

    @app_commands.command(name="now", description="Get a check-in right now")
    async def now(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        if schedule.state == "stopped":
            raise UserFacingError("checkin.done.not_active")
        async with self._busy(interaction.user.id):
            await interaction.response.defer(ephemeral=True, thinking=True)
            now = self.bot.clock.now()
            variants = render.prompt_variants(self.bot.catalogue)
            delivery_id = await engine.send_extra_now(self.bot.db, schedule.id, now=now, variants=variants)
            # The member asked for it, so try even if an earlier DM bounced.
            await members.mark_dm_open(self.bot.db, interaction.user.id, now)
            outcome = await self.bot.dispatcher.deliver(delivery_id)
            await interaction.edit_original_response(content=await self._sent_now(interaction, outcome, now))

    async def _sent_now(self, interaction: discord.Interaction, outcome: Outcome | None, now: datetime) -> str:
        if outcome is not None and outcome.status == "sent":
            return self.bot.text("checkin.done.now", interaction)
        if outcome is not None and outcome.status == "undeliverable":
            # Told here and now, so the note after the command would say it twice.
            await members.mark_dm_note_shown(self.bot.db, interaction.user.id, now)
            return self.bot.text("checkin.consent.dm_closed", interaction)
        return self.bot.text("errors.generic", interaction)

    @app_commands.command(name="stop", description="Stop check-ins (your history is kept until you delete it)")
    async def stop(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        await engine.stop(self.bot.db, schedule.id, self.bot.clock.now())
        await reply(interaction, self.bot.text("checkin.done.stopped", interaction))

    # ---- history -------------------------------------------------------------------------------

    @app_commands.command(name="history", description="Look back at your answers, with a chart")
    @app_commands.describe(days="How many days back (default 30)")
    async def history(self, interaction: discord.Interaction, days: HistoryDays | None = None) -> None:
        assert interaction.guild_id is not None
        span = HISTORY_DAYS if days is None else days
        since = self.bot.clock.now() - timedelta(days=span)
        rows = await storage.history(self.bot.db, interaction.user.id, interaction.guild_id, since)
        if not rows:
            await reply(interaction, self.bot.text("checkin.history.empty", interaction, days=span))
            return
        locale = self.bot.catalogue_locale(interaction)
        points = [(row.day, row.answer) for row in rows if row.answer]
        labels = [self.bot.text(f"checkin.answers.{a.key}", locale) for a in SCALE]
        png = await asyncio.to_thread(mood_chart, points, labels)
        text = self._history_text(locale, rows, span)
        await reply(interaction, text, file=discord.File(io.BytesIO(png), "mood.png"))

    def _history_text(self, locale: str, rows: list[storage.HistoryRow], span: int) -> str:
        lines = [self.bot.text("checkin.history.title", locale, days=span)]
        shown = rows[-HISTORY_LINES:]
        if len(rows) > len(shown):
            lines.append(self.bot.text("checkin.history.more", locale, count=len(rows) - len(shown)))
        for row in shown:
            label = render.answer_label(self.bot.catalogue, locale, row.answer, unanswered="checkin.history.no_answer")
            note = f" · “{discord.utils.escape_markdown(row.note[:120])}”" if row.note else ""
            lines.append(
                self.bot.text("checkin.history.line", locale, date=row.day.isoformat(), answer=label, note=note)
            )
        return "\n".join(lines)[:2000]
