"""Answering a check-in: the one-tap answer, a private note, a snooze, and the offer of support after
a low answer (what the offer's buttons do is in `_support.py`)."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

import discord

from bot import scale
from bot.aggregates import week_start
from bot.care import care_for, signal
from bot.components import view_of
from bot.engine import storage as engine
from bot.errors import UserFacingError
from bot.forms import Form
from bot.member_text import clean
from bot.replies import NO_PINGS, reply
from bot.resources import server_resources
from bot.words import SOFT, STRONG
from bot.zones import server_zone
from cogs.checkins import render, storage
from cogs.checkins.storage import NOTE_MAX

if TYPE_CHECKING:
    from bot.bot import CheckinBot

SNOOZE = timedelta(hours=1)


async def own_delivery(bot: CheckinBot, interaction: discord.Interaction, delivery_id: int) -> engine.DeliveryInfo:
    """The check-in a button belongs to, refused unless it is still running and the presser's own."""
    info = await engine.get_delivery(bot.db, delivery_id)
    if info is None or info.state == "stopped" or info.kind != storage.KIND:
        raise UserFacingError("checkin.gone")
    if info.user_id != interaction.user.id:
        raise UserFacingError("checkin.not_yours")
    return info


async def resources(bot: CheckinBot, guild_id: int, where: discord.Interaction | str | None) -> str:
    """The server's crisis resources, in the member's language (`where`: their interaction or locale)."""
    return await server_resources(bot.db, bot.catalogue, guild_id, bot.catalogue_locale(where))


class NoteForm(Form):
    """A private note on a check-in; only the member it was sent to can submit it."""

    def __init__(
        self, flows: AnswersMixin, delivery_id: int, interaction: discord.Interaction, current: str | None
    ) -> None:
        text = flows.bot.text
        super().__init__(title=text("checkin.note_form.title", interaction), opener=interaction.user)
        self.flows, self.delivery_id = flows, delivery_id
        self.note: discord.ui.TextInput[NoteForm] = discord.ui.TextInput(
            label=text("checkin.note_form.label", interaction)[:45],
            placeholder=text("checkin.note_form.placeholder", interaction)[:100],
            style=discord.TextStyle.paragraph,
            max_length=NOTE_MAX,
            default=current,
        )
        self.add_item(self.note)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await self.flows.save_note(interaction, self.delivery_id, self.note.value)


class AnswersMixin:
    """The check-in DM's own buttons, for the cog."""

    bot: CheckinBot

    async def answer(self, interaction: discord.Interaction, delivery_id: int, value: int) -> None:
        """Saved in place (answering again changes it), shown on the message, and support offered if low."""
        info = await own_delivery(self.bot, interaction, delivery_id)
        chosen = scale.answer(value)
        now = self.bot.clock.now()
        zone = await server_zone(self.bot.db, info.guild_id, self.bot.settings.default_timezone)
        if not await storage.save_answer(
            self.bot.db, info.root_id, info.user_id, info.guild_id, chosen.value, now, open_since=week_start(now, zone)
        ):
            raise UserFacingError("checkin.answer_closed")
        locale = self.bot.catalogue_locale(interaction)
        message = render.checkin_message(
            self.bot.catalogue,
            locale,
            info.variant,
            delivery_id,
            chosen=chosen.value,
            extra=self._answered(chosen, locale),
        )
        await interaction.response.edit_message(content=message.content, view=view_of(message.components))
        if chosen.low:
            await self._offer_support(interaction, info, chosen.crisis)

    def _answered(self, chosen: scale.Answer, locale: str) -> str:
        label = self.bot.text(f"checkin.answers.{chosen.key}", locale)
        answered = self.bot.text("checkin.answered", locale, answer=label)
        if chosen.low:
            return answered  # the offer of support that follows acknowledges it
        _, ack = self.bot.catalogue.pick(f"checkin.ack.{chosen.key}", locale)
        return ack + "\n" + answered

    async def _offer_support(self, interaction: discord.Interaction, info: engine.DeliveryInfo, crisis: bool) -> None:
        locale = self.bot.catalogue_locale(interaction)
        _, ack = self.bot.catalogue.pick("checkin.ack.low", locale)
        parts = [ack, self.bot.text("checkin.ack.low_offer", locale)]
        current = await storage.get_answer(self.bot.db, info.root_id)
        found = await signal(self.bot.db, info.guild_id, current.note)
        if crisis or (found is not None and found.level in (STRONG, SOFT)):
            parts.append(await resources(self.bot, info.guild_id, locale))
        if await storage.claim_professional_note(self.bot.db, info.user_id, info.guild_id, self.bot.clock.now()):
            parts.append(self.bot.text("checkin.professional", locale))
        await interaction.followup.send(
            "\n\n".join(parts),
            view=view_of(render.low_components(self.bot.catalogue, locale, info.root_id)),
            allowed_mentions=NO_PINGS,
        )

    async def open_note(self, interaction: discord.Interaction, delivery_id: int) -> None:
        info = await own_delivery(self.bot, interaction, delivery_id)
        current = await storage.get_answer(self.bot.db, info.root_id)
        await interaction.response.send_modal(NoteForm(self, delivery_id, interaction, current.note))

    async def save_note(self, interaction: discord.Interaction, delivery_id: int, note: str) -> None:
        info = await own_delivery(self.bot, interaction, delivery_id)
        note = clean(note)
        if len(note) > NOTE_MAX:
            raise UserFacingError("checkin.errors.note_too_long")
        await storage.save_note(self.bot.db, info.root_id, info.user_id, info.guild_id, note, self.bot.clock.now())
        locale = self.bot.catalogue_locale(interaction)
        care = await care_for(self.bot.db, self.bot.catalogue, info.guild_id, locale, note)
        if care is None:
            await reply(interaction, self.bot.text("checkin.note_saved", interaction))
            return
        # Care first (for a strong signal, the crisis lines before anything else), then the choices.
        parts = [care.text, self.bot.text("checkin.note_saved_after", interaction)]
        view = None
        if care.about_self:
            view = view_of(render.low_components(self.bot.catalogue, locale, info.root_id))
        await interaction.response.send_message(
            "\n\n".join(parts)[:2000], view=view or discord.utils.MISSING, allowed_mentions=NO_PINGS
        )

    async def snooze(self, interaction: discord.Interaction, delivery_id: int) -> None:
        """The same check-in again in an hour; answering either message answers both."""
        info = await own_delivery(self.bot, interaction, delivery_id)
        now = self.bot.clock.now()
        due = now + SNOOZE
        await engine.snooze(self.bot.db, delivery_id, due=due, now=now)
        schedule = await engine.get_schedule_by_id(self.bot.db, info.schedule_id)
        assert schedule is not None
        locale = self.bot.catalogue_locale(interaction)
        snoozed = self.bot.text("checkin.snoozed", locale, time=due.astimezone(schedule.zone).strftime("%H:%M"))
        message = render.checkin_message(self.bot.catalogue, locale, info.variant, delivery_id, extra=snoozed)
        await interaction.response.edit_message(content=message.content, view=view_of(message.components))
        await self.bot.dispatcher.arm()
