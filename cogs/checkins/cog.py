"""/checkin: scheduled gentle check-ins that members answer in one tap."""

from __future__ import annotations

import asyncio
import io
import logging
from collections import defaultdict
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, members, support_team
from bot.aggregates import week_start
from bot.components import PRIMARY, button, persistent_view, routed_button, rows
from bot.days import format_time, parse_days, parse_pause_days, parse_time
from bot.engine import storage as engine
from bot.engine.dm import Outgoing
from bot.engine.recurrence import ALL_DAYS, Recurrence, days_to_mask, mask_to_days
from bot.engine.storage import Job, Schedule
from bot.errors import UserFacingError
from bot.forms import Form
from bot.member_text import clean, inert
from bot.phrase_match import crisis_matcher
from bot.replies import NO_PINGS, reply
from bot.resources import server_resources
from bot.timezones import parse_timezone, suggest
from bot.zones import server_zone
from cogs.buddies import notify as buddy_notify
from cogs.buddies import storage as buddy_storage
from cogs.checkins import render, storage
from cogs.checkins.chart import mood_chart
from cogs.checkins.rules import NOTE_MAX, SCALE, answer

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)

DEFAULT_TIME = time(9, 0)
ALL_DAYS_MASK = 127
SNOOZE = timedelta(hours=1)
HISTORY_LINES = 15


ID = r"(?P<id>\d{1,19})"
CheckinButton = routed_button(
    "ci",
    "CheckinsCog",
    {
        "consent": r"(?P<hhmm>\d{4}):(?P<mask>\d{1,3}):(?P<zone>[A-Za-z0-9_+\-/]{1,64})",
        "notnow": r"-",
        "a": ID + r":(?P<value>[1-5])",
        "note": ID,
        "snooze": ID,
        "low": ID + r":(?P<choice>buddy|team|resources|noting)",
        "team": ID + r":(?P<with_note>[01])",
        "teamno": ID,
    },
)


def _view(components: list[dict[str, Any]]) -> discord.ui.View:
    return persistent_view(components, CheckinButton)


class NoteModal(Form):
    """A private note on a check-in; only the member it was sent to can submit it."""

    def __init__(
        self, cog: CheckinsCog, delivery_id: int, interaction: discord.Interaction, current: str | None
    ) -> None:
        text, locale = cog.bot.catalogue.render, str(interaction.locale)
        super().__init__(title=text("checkin.note_form.title", locale), opener=interaction.user)
        self.cog, self.delivery_id = cog, delivery_id
        self.note: discord.ui.TextInput[NoteModal] = discord.ui.TextInput(
            label=text("checkin.note_form.label", locale)[:45],
            placeholder=text("checkin.note_form.placeholder", locale)[:100],
            style=discord.TextStyle.paragraph,
            max_length=NOTE_MAX,
            default=current,
        )
        self.add_item(self.note)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.cog.save_note(interaction, self.delivery_id, self.note.value)


class CheckinHandler:
    """The engine renders scheduled check-ins through this."""

    kind = storage.KIND

    def __init__(self, cog: CheckinsCog) -> None:
        self.cog = cog
        self._buddy_note_after: dict[tuple[int, int], int] = {}

    def variant_count(self) -> int:
        return len(self.cog.bot.catalogue.entry("checkin.prompt").variants)

    async def prepare(self, jobs: list[Job]) -> None:
        """Who in this batch asked for a buddy note after unanswered check-ins (one query)."""
        self._buddy_note_after = await storage.buddy_note_settings(
            self.cog.bot.db, [(j.user_id, j.guild_id) for j in jobs]
        )

    async def render(self, job: Job) -> Outgoing | None:
        after = self._buddy_note_after.get((job.user_id, job.guild_id))
        if after and job.root_id == job.delivery_id and "/" not in job.slot:
            await self.cog.maybe_tell_buddy(job, after)
        return render.checkin_message(self.cog.bot.catalogue, job.locale, job.variant, job.delivery_id)


@app_commands.guild_only()
class CheckinsCog(commands.GroupCog, group_name="checkin", group_description="Gentle check-ins by DM"):
    dynamic_items = (CheckinButton,)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.dispatcher.register(CheckinHandler(self))

    # ---- helpers -------------------------------------------------------------------------------

    def t(self, key: str, interaction_or_locale: Any, **params: Any) -> str:
        return self.bot.text(key, interaction_or_locale, **params)

    def _zone(self, name: str) -> ZoneInfo:
        zone = parse_timezone(name)
        if zone is None:
            raise UserFacingError("input.bad_timezone", value=name[:60])
        return zone

    async def _defaults(self, guild_id: int) -> tuple[time, ZoneInfo]:
        server = await guild_settings.get(self.bot.db, guild_id)
        at = time.fromisoformat(server.checkin_default_time) if server.checkin_default_time else DEFAULT_TIME
        zone = parse_timezone(server.timezone or self.bot.settings.default_timezone) or ZoneInfo("UTC")
        return at, zone

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
        time: str | None = None,
        timezone: str | None = None,
        days: str | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        default_at, default_zone = await self._defaults(interaction.guild_id)
        at = parse_time(time) if time else default_at
        zone = self._zone(timezone) if timezone else default_zone
        chosen_days = parse_days(days) if days is not None else ALL_DAYS
        existing = await storage.get_schedule(self.bot.db, interaction.user.id, interaction.guild_id)
        if existing is not None and existing.state == "active":
            described = render.describe_slot(
                self.bot.catalogue, interaction.locale, existing.days, existing.at, existing.timezone
            )
            raise UserFacingError("checkin.consent.already", schedule=described)
        prefs = await storage.get_prefs(self.bot.db, interaction.user.id, interaction.guild_id)
        mask = days_to_mask(chosen_days)
        if not prefs.consented:
            when = render.describe_slot(self.bot.catalogue, interaction.locale, chosen_days, at, zone.key)
            components = render.consent_components(
                self.bot.catalogue, interaction.locale, at.strftime("%H%M"), mask, zone.key
            )
            await reply(interaction, self.t("checkin.consent.explain", interaction, when=when), view=_view(components))
            return
        await self._begin(interaction, at, mask, zone)

    async def _begin(self, interaction: discord.Interaction, at: time, mask: int, zone: ZoneInfo) -> None:
        """Welcome DM first (it proves DMs arrive), then the schedule; nothing is saved if the DM fails."""
        assert interaction.guild is not None
        async with self._busy(interaction.user.id):
            is_button = interaction.type == discord.InteractionType.component
            await interaction.response.defer(ephemeral=True, thinking=not is_button)
            now = self.bot.clock.now()
            first, _ = Recurrence(at, mask_to_days(mask), zone).next_after(now)
            first_text = render.describe_instant(self.bot.catalogue, interaction.locale, first, zone)
            welcome = Outgoing(
                self.t("checkin.welcome_dm", interaction, server=interaction.guild.name, first=first_text)
            )
            key = f"welcome-{interaction.guild_id}-{int(now.timestamp())}"
            status = await self.bot.dispatcher.send_now(interaction.user.id, welcome, key)
            if status == "sent":
                await members.remember_locale(self.bot.db, interaction.user.id, str(interaction.locale), now)
                assert interaction.guild_id is not None
                await storage.start(self.bot.db, interaction.user.id, interaction.guild_id, at, mask, zone.key, now)
                await self.bot.dispatcher.arm()
                content = self.t("checkin.consent.started", interaction, first=first_text)
            elif status == "closed":
                content = self.t("checkin.consent.dm_closed", interaction)
            else:
                content = self.t("errors.generic", interaction)
            await interaction.edit_original_response(content=content, view=None)

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
        time: str | None = None,
        timezone: str | None = None,
        days: str | None = None,
        quiet_start: str | None = None,
        quiet_end: str | None = None,
        buddy_note_after: int | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        schedule = await self._schedule_or_explain(interaction)
        now = self.bot.clock.now()
        # Validate everything first, so a bad value changes nothing.
        at = parse_time(time) if time else schedule.at
        zone = self._zone(timezone) if timezone else schedule.zone
        new_days = parse_days(days) if days is not None else schedule.days
        quiet: tuple[Any, Any] | None = None
        if quiet_start is not None or quiet_end is not None:
            off = {"off", "none", "no"}
            given = [v.strip().lower() for v in (quiet_start, quiet_end) if v is not None]
            if any(v in off for v in given):
                quiet = (None, None)
            elif quiet_start is None or quiet_end is None:
                raise UserFacingError("checkin.settings.quiet_both")
            else:
                quiet = (parse_time(quiet_start), parse_time(quiet_end))
        if buddy_note_after is not None and not 0 <= buddy_note_after <= 14:
            raise UserFacingError("checkin.errors.bad_buddy")
        changed = (time, timezone, days) != (None, None, None)
        if changed:
            await self._replan(schedule, at, days_to_mask(new_days), zone.key, now)
        if quiet is not None:
            await members.set_quiet_hours(self.bot.db, interaction.user.id, quiet[0], quiet[1], now)
        if buddy_note_after is not None:
            await storage.set_buddy_note_after(
                self.bot.db, interaction.user.id, interaction.guild_id, buddy_note_after or None
            )
            if buddy_note_after:
                await buddy_storage.consent_for_current(self.bot.db, interaction.guild_id, interaction.user.id, now)
        shown = await self._settings_text(interaction)
        anything = changed or quiet is not None or buddy_note_after is not None
        await reply(interaction, self.t("checkin.settings.changed", interaction, details=shown) if anything else shown)
        if changed:
            await self.bot.dispatcher.arm()

    async def _replan(self, schedule: Schedule, at: time, mask: int, zone: str, now: datetime) -> None:
        """New time, days or zone; a paused schedule stays paused."""
        async with self.bot.db.transaction() as tx:
            await tx.execute(
                "UPDATE schedules SET local_time = ?, days = ?, timezone = ?, updated_at = ? WHERE id = ?",
                (at.strftime("%H:%M"), mask, zone, int(now.timestamp()), schedule.id),
            )
        if schedule.state == "active":
            rec = Recurrence(at, mask_to_days(mask), ZoneInfo(zone))
            start = max(now, schedule.paused_until) if schedule.paused_until else now
            await engine.set_timing(
                self.bot.db,
                schedule.id,
                state="active",
                next_run=rec.next_after(start),
                now=now,
                paused_until=schedule.paused_until,
                pause_reason=schedule.pause_reason,
            )

    async def _settings_text(self, interaction: discord.Interaction) -> str:
        assert interaction.guild_id is not None
        schedule = await self._schedule_or_explain(interaction)
        cat, locale = self.bot.catalogue, interaction.locale
        prefs = await storage.get_prefs(self.bot.db, interaction.user.id, interaction.guild_id)
        info = await members.get(self.bot.db, interaction.user.id)
        if info.quiet_start and info.quiet_end:
            quiet = self.t(
                "checkin.settings.quiet_range",
                locale,
                start=format_time(info.quiet_start),
                end=format_time(info.quiet_end),
            )
        else:
            quiet = self.t("checkin.settings.quiet_off", locale)
        buddy = (
            self.t("checkin.settings.buddy_after", locale, count=prefs.buddy_note_after)
            if prefs.buddy_note_after
            else self.t("checkin.settings.buddy_off", locale)
        )
        return self.t(
            "checkin.settings.show",
            locale,
            schedule=render.describe_slot(cat, locale, schedule.days, schedule.at, schedule.timezone),
            next=render.describe_next(cat, locale, schedule),
            quiet=quiet,
            buddy=buddy,
        )

    @start.autocomplete("timezone")
    @settings.autocomplete("timezone")
    async def _timezone_autocomplete(
        self, interaction: discord.Interaction, current: str
    ) -> list[app_commands.Choice[str]]:
        return [app_commands.Choice(name=z, value=z) for z in suggest(current)]

    # ---- pause, resume, skip, now, stop --------------------------------------------------------

    @app_commands.command(name="pause", description="Pause check-ins for some days, or until you resume")
    @app_commands.describe(days="How many days (leave empty to pause until you resume)")
    async def pause(self, interaction: discord.Interaction, days: int | None = None) -> None:
        count = parse_pause_days(days)
        schedule = await self._schedule_or_explain(interaction)
        if schedule.state == "stopped":
            raise UserFacingError("checkin.done.not_active")
        now = self.bot.clock.now()
        if count is None:
            await engine.set_timing(
                self.bot.db, schedule.id, state="paused", next_run=None, now=now, pause_reason="member"
            )
            await reply(interaction, self.t("checkin.done.paused", interaction))
            return
        until = now + timedelta(days=count)
        nxt = schedule.recurrence.next_after(until)
        await engine.set_timing(
            self.bot.db,
            schedule.id,
            state="active",
            next_run=nxt,
            now=now,
            paused_until=until,
            pause_reason="member",
        )
        text = render.describe_instant(self.bot.catalogue, interaction.locale, nxt[0], schedule.zone)
        await reply(interaction, self.t("checkin.done.paused_days", interaction, next=text))
        await self.bot.dispatcher.arm()

    @app_commands.command(name="resume", description="Resume paused check-ins")
    async def resume(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        now = self.bot.clock.now()
        if schedule.state == "active" and schedule.paused_until is None:
            text = render.describe_next(self.bot.catalogue, interaction.locale, schedule)
            await reply(interaction, self.t("checkin.done.not_paused", interaction, next=text))
            return
        nxt = schedule.recurrence.next_after(now)
        await engine.set_timing(self.bot.db, schedule.id, state="active", next_run=nxt, now=now)
        # They were told how to open their DMs; the next check-in will tell us if they did.
        await members.mark_dm_open(self.bot.db, interaction.user.id, now)
        text = render.describe_instant(self.bot.catalogue, interaction.locale, nxt[0], schedule.zone)
        await reply(interaction, self.t("checkin.done.resumed", interaction, next=text))
        await self.bot.dispatcher.arm()

    @app_commands.command(name="skip", description="Skip just the next check-in")
    async def skip(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        if schedule.state != "active" or schedule.next_run is None:
            raise UserFacingError("checkin.done.not_active")
        now = self.bot.clock.now()
        nxt = schedule.recurrence.next_after(schedule.next_run)
        await engine.set_timing(
            self.bot.db,
            schedule.id,
            state="active",
            next_run=nxt,
            now=now,
            paused_until=schedule.paused_until,
            pause_reason=schedule.pause_reason,
        )
        text = render.describe_instant(self.bot.catalogue, interaction.locale, nxt[0], schedule.zone)
        await reply(interaction, self.t("checkin.done.skipped", interaction, next=text))

    @app_commands.command(name="now", description="Get a check-in right now")
    async def now(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        if schedule.state == "stopped":
            raise UserFacingError("checkin.done.not_active")
        async with self._busy(interaction.user.id):
            await interaction.response.defer(ephemeral=True, thinking=True)
            now = self.bot.clock.now()
            today = now.astimezone(schedule.zone).date().isoformat()
            count = await engine.count_slots(self.bot.db, schedule.id, f"{today}/now-")
            variants = len(self.bot.catalogue.entry("checkin.prompt").variants)
            choices = [i for i in range(variants) if i != schedule.last_variant] or [0]
            variant = choices[(count + schedule.id) % len(choices)]
            delivery_id = await engine.add_delivery(
                self.bot.db,
                schedule_id=schedule.id,
                user_id=interaction.user.id,
                slot=f"{today}/now-{count + 1}",
                due=now,
                now=now,
                variant=variant,
            )
            await self.bot.db.execute("UPDATE schedules SET last_variant = ? WHERE id = ?", (variant, schedule.id))
            # The member asked for it, so try even if an earlier DM bounced.
            await members.mark_dm_open(self.bot.db, interaction.user.id, now)
            outcome = await self.bot.dispatcher.deliver(delivery_id) if delivery_id else None
            if outcome is not None and outcome.status == "sent":
                content = self.t("checkin.done.now", interaction)
            elif outcome is not None and outcome.status == "undeliverable":
                await members.mark_dm_note_shown(self.bot.db, interaction.user.id, now)
                content = self.t("checkin.consent.dm_closed", interaction)
            else:
                content = self.t("errors.generic", interaction)
            await interaction.edit_original_response(content=content)

    @app_commands.command(name="stop", description="Stop check-ins (your history is kept until you delete it)")
    async def stop(self, interaction: discord.Interaction) -> None:
        schedule = await self._schedule_or_explain(interaction)
        await engine.set_timing(self.bot.db, schedule.id, state="stopped", next_run=None, now=self.bot.clock.now())
        await reply(interaction, self.t("checkin.done.stopped", interaction))

    # ---- history -------------------------------------------------------------------------------

    @app_commands.command(name="history", description="Look back at your answers, with a chart")
    @app_commands.describe(days="How many days back (default 30)")
    async def history(self, interaction: discord.Interaction, days: int | None = None) -> None:
        assert interaction.guild_id is not None
        span = 30 if days is None else days
        if not 1 <= span <= 365:
            raise UserFacingError("checkin.errors.bad_history")
        since = self.bot.clock.now() - timedelta(days=span)
        rows = await storage.history(self.bot.db, interaction.user.id, interaction.guild_id, since)
        if not rows:
            await reply(interaction, self.t("checkin.history.empty", interaction, days=span))
            return
        cat, locale = self.bot.catalogue, interaction.locale
        lines = [self.t("checkin.history.title", interaction, days=span)]
        shown = rows[-HISTORY_LINES:]
        if len(rows) > len(shown):
            lines.append(self.t("checkin.history.more", interaction, count=len(rows) - len(shown)))
        for row in shown:
            label = (
                cat.render(f"checkin.answers.{SCALE[row.answer - 1].key}", locale)
                if row.answer
                else cat.render("checkin.history.no_answer", locale)
            )
            note = f" · “{discord.utils.escape_markdown(row.note[:120])}”" if row.note else ""
            lines.append(self.t("checkin.history.line", interaction, date=row.day.isoformat(), answer=label, note=note))
        points = [(row.day, row.answer) for row in rows if row.answer]
        labels = [cat.render(f"checkin.answers.{a.key}", locale) for a in SCALE]
        png = await asyncio.to_thread(mood_chart, points, labels)
        await reply(interaction, "\n".join(lines)[:2000], file=discord.File(io.BytesIO(png), "mood.png"))

    async def maybe_tell_buddy(self, job: Job, after: int) -> None:
        """After N unanswered check-ins in a row (if the member chose that), a content-free note to
        their buddy: no answers, no notes, just that they've been quiet. Sent once per quiet spell."""
        if await storage.unanswered_streak(self.bot.db, job.schedule_id) != after:
            return
        await buddy_notify.tell_buddy_quiet(self.bot, job.guild_id, job.user_id)

    # ---- buttons -------------------------------------------------------------------------------

    async def on_button(self, interaction: discord.Interaction, action: str, args: dict[str, Any]) -> None:
        if action == "consent":
            hour, minute, mask = args["hhmm"] // 100, args["hhmm"] % 100, args["mask"]
            if hour > 23 or minute > 59 or not 1 <= mask <= ALL_DAYS_MASK:
                raise UserFacingError("checkin.gone")
            await self._begin(interaction, time(hour, minute), mask, self._zone(args["zone"]))
        elif action == "notnow":
            await interaction.response.edit_message(content=self.t("checkin.consent.not_now", interaction), view=None)
        elif action == "a":
            await self._answer(interaction, args["id"], args["value"])
        elif action == "note":
            await self._open_note(interaction, args["id"])
        elif action == "snooze":
            await self._snooze(interaction, args["id"])
        elif action == "low":
            await self._low_choice(interaction, args["id"], args["choice"])
        elif action == "team":
            await self._share_with_team(interaction, args["id"], args["with_note"] == 1)
        elif action == "teamno":
            await self._delivery(interaction, args["id"])
            await interaction.response.edit_message(content=self.t("checkin.ack.team_not_now", interaction), view=None)

    async def _delivery(self, interaction: discord.Interaction, delivery_id: int) -> engine.DeliveryInfo:
        info = await engine.get_delivery(self.bot.db, delivery_id)
        if info is None or info.state == "stopped" or info.kind != storage.KIND:
            raise UserFacingError("checkin.gone")
        if info.user_id != interaction.user.id:
            raise UserFacingError("checkin.not_yours")
        return info

    async def _answer(self, interaction: discord.Interaction, delivery_id: int, value: int) -> None:
        info = await self._delivery(interaction, delivery_id)
        chosen = answer(value)
        now = self.bot.clock.now()
        zone = await server_zone(self.bot.db, info.guild_id, self.bot.settings.default_timezone)
        open_since = week_start(now, zone)
        if not await storage.save_answer(
            self.bot.db, info.root_id, info.user_id, info.guild_id, chosen.value, now, open_since=open_since
        ):
            raise UserFacingError("checkin.answer_closed")
        cat, locale = self.bot.catalogue, str(interaction.locale)
        label = cat.render(f"checkin.answers.{chosen.key}", locale)
        answered = cat.render("checkin.answered", locale, answer=label)
        if not chosen.low:
            _, ack = cat.pick(f"checkin.ack.{chosen.key}", locale)
            answered = ack + "\n" + answered
        message = render.checkin_message(cat, locale, info.variant, delivery_id, chosen=chosen.value, extra=answered)
        await interaction.response.edit_message(content=message.content, view=_view(message.components))
        if chosen.low:
            await self._offer_support(interaction, info, chosen.crisis)

    async def _offer_support(self, interaction: discord.Interaction, info: engine.DeliveryInfo, crisis: bool) -> None:
        cat, locale = self.bot.catalogue, str(interaction.locale)
        _, ack = cat.pick("checkin.ack.low", locale)
        parts = [ack, cat.render("checkin.ack.low_offer", locale)]
        current = await storage.get_answer(self.bot.db, info.root_id)
        if crisis or (current.note and self._crisis(current.note)):
            parts.append(await self._resources(info.guild_id, locale))
        if await storage.claim_professional_note(self.bot.db, info.user_id, info.guild_id, self.bot.clock.now()):
            parts.append(self.t("checkin.professional", locale))
        await interaction.followup.send(
            "\n\n".join(parts),
            view=_view(render.low_components(cat, locale, info.root_id)),
            allowed_mentions=NO_PINGS,
        )

    def _crisis(self, text: str | None) -> bool:
        return bool(text) and crisis_matcher(self.bot.catalogue).matches(text or "")

    async def _resources(self, guild_id: int, locale: str | None) -> str:
        return await server_resources(self.bot.db, self.bot.catalogue, guild_id, locale)

    async def _open_note(self, interaction: discord.Interaction, delivery_id: int) -> None:
        info = await self._delivery(interaction, delivery_id)
        current = await storage.get_answer(self.bot.db, info.root_id)
        await interaction.response.send_modal(NoteModal(self, delivery_id, interaction, current.note))

    async def save_note(self, interaction: discord.Interaction, delivery_id: int, note: str) -> None:
        info = await self._delivery(interaction, delivery_id)
        note = clean(note)
        if len(note) > NOTE_MAX:
            raise UserFacingError("checkin.errors.note_too_long")
        await storage.save_note(self.bot.db, info.root_id, info.user_id, info.guild_id, note, self.bot.clock.now())
        locale = str(interaction.locale)
        if self._crisis(note):
            # Care first, then help, and only then the bookkeeping.
            parts = [
                self.t("checkin.note_saved_heavy", locale),
                await self._resources(info.guild_id, locale),
                self.t("checkin.note_saved_after", locale),
            ]
            await interaction.response.send_message(
                "\n\n".join(parts)[:2000],
                view=_view(render.low_components(self.bot.catalogue, locale, info.root_id)),
                allowed_mentions=NO_PINGS,
            )
            return
        await reply(interaction, self.t("checkin.note_saved", locale))

    async def _snooze(self, interaction: discord.Interaction, delivery_id: int) -> None:
        info = await self._delivery(interaction, delivery_id)
        now = self.bot.clock.now()
        count = await engine.count_slots(self.bot.db, info.schedule_id, f"{info.slot[:10]}/snooze-")
        due = now + SNOOZE
        await engine.add_delivery(
            self.bot.db,
            schedule_id=info.schedule_id,
            user_id=info.user_id,
            slot=f"{info.slot[:10]}/snooze-{count + 1}",
            due=due,
            now=now,
            root_id=info.root_id,
            variant=info.variant,
        )
        schedule = await engine.get_schedule_by_id(self.bot.db, info.schedule_id)
        assert schedule is not None
        at = due.astimezone(schedule.zone).strftime("%H:%M")
        cat, locale = self.bot.catalogue, str(interaction.locale)
        message = render.checkin_message(
            cat, locale, info.variant, delivery_id, extra=cat.render("checkin.snoozed", locale, time=at)
        )
        await interaction.response.edit_message(content=message.content, view=_view(message.components))
        await self.bot.dispatcher.arm()

    async def _low_choice(self, interaction: discord.Interaction, root_id: int, choice: str) -> None:
        info = await self._delivery(interaction, root_id)
        locale = str(interaction.locale)
        if choice == "buddy":
            await interaction.response.defer(ephemeral=True, thinking=True)
            told, text = await buddy_notify.let_buddy_know(self.bot, info.guild_id, info.user_id, locale)
            if told:
                await interaction.edit_original_response(content=text)
                return
            # Not delivered, so not claimed: the support team and the resources instead.
            resources = await self._resources(info.guild_id, locale)
            team = rows([button(f"ci:low:{root_id}:team", self.t("checkin.buttons.team", locale), PRIMARY)])
            await interaction.edit_original_response(content=(text + "\n\n" + resources)[:2000], view=_view(team))
        elif choice == "resources":
            await reply(interaction, await self._resources(info.guild_id, locale))
        elif choice == "noting":
            await reply(interaction, self.t("checkin.ack.noting", locale))
        elif choice == "team":
            await self._confirm_team(interaction, info)

    async def _confirm_team(self, interaction: discord.Interaction, info: engine.DeliveryInfo) -> None:
        """Before anything is shared: exactly what the support team would see, and where."""
        locale = str(interaction.locale)
        server = await guild_settings.get(self.bot.db, info.guild_id)
        if not server.support_channel_id:
            resources = await self._resources(info.guild_id, locale)
            await reply(interaction, self.t("checkin.ack.team_missing", locale) + "\n\n" + resources)
            return
        current = await storage.get_answer(self.bot.db, info.root_id)
        answer_label = self._answer_label(current.value, locale)
        key = "checkin.ack.team_confirm_note" if current.note else "checkin.ack.team_confirm"
        components = render.share_components(self.bot.catalogue, locale, info.root_id, has_note=bool(current.note))
        await reply(interaction, self.t(key, locale, answer=answer_label), view=_view(components))

    def _answer_label(self, value: int | None, locale: str | None) -> str:
        if not value:
            return self.t("checkin.ack.team_no_answer", locale)
        return self.t(f"checkin.answers.{SCALE[value - 1].key}", locale)

    async def _share_with_team(self, interaction: discord.Interaction, root_id: int, with_note: bool) -> None:
        """A private thread in the support channel, mentioning only the support role; the note only if chosen."""
        info = await self._delivery(interaction, root_id)
        locale = str(interaction.locale)
        server = await guild_settings.get(self.bot.db, info.guild_id)
        current = await storage.get_answer(self.bot.db, info.root_id)
        team_locale = server.preferred_locale
        note = (
            self.bot.text("checkin.ack.team_post_note", team_locale, note=inert(current.note))
            if with_note and current.note
            else ""
        )
        post = self.bot.text(
            "checkin.ack.team_post",
            team_locale,
            role=await support_team.role_mention(self.bot, info.guild_id),
            member=f"<@{info.user_id}>",
            answer=self._answer_label(current.value, team_locale),
            note=note,
        ).strip()
        name = self.bot.text("support.thread_name", team_locale, date=self.bot.clock.now().date().isoformat())
        status, _ = await support_team.tell_team(self.bot, info.guild_id, name=name, post=post)
        if status != "sent":
            resources = await self._resources(info.guild_id, locale)
            key = "checkin.ack.team_missing" if status == "missing" else "checkin.ack.team_failed"
            await reply(interaction, self.t(key, locale) + "\n\n" + resources)
            return
        if not current.note:
            shared = ""
        elif with_note:
            shared = self.t("checkin.ack.team_note_shared", locale)
        else:
            shared = self.t("checkin.ack.team_note_kept", locale)
        await interaction.response.edit_message(
            content=self.t("checkin.ack.team_sent", locale, note_shared=shared), view=None
        )
