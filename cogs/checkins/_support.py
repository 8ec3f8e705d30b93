"""After a low answer: the member's choice of support (a buddy, the support team, resources, or just
noting it), and the support team's private thread, which shares only what the member chose."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot import guild_settings, support_team
from bot.components import view_of
from bot.engine import storage as engine
from bot.member_text import inert
from bot.replies import reply
from cogs.buddies import notify as buddy_notify
from cogs.checkins import render, storage
from cogs.checkins._answers import own_delivery, resources

if TYPE_CHECKING:
    from bot.bot import CheckinBot


class SupportMixin:
    """The offer's buttons, for the cog."""

    bot: CheckinBot

    async def low_choice(self, interaction: discord.Interaction, root_id: int, choice: str) -> None:
        info = await own_delivery(self.bot, interaction, root_id)
        if choice == "buddy":
            await self._tell_buddy(interaction, info)
        elif choice == "resources":
            await reply(interaction, await resources(self.bot, info.guild_id, interaction))
        elif choice == "noting":
            await reply(interaction, self.bot.text("checkin.ack.noting", interaction))
        elif choice == "team":
            await self._confirm_team(interaction, info)

    async def _tell_buddy(self, interaction: discord.Interaction, info: engine.DeliveryInfo) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        locale = self.bot.catalogue_locale(interaction)
        told, text = await buddy_notify.let_buddy_know(self.bot, info.guild_id, info.user_id, locale)
        if told:
            await interaction.edit_original_response(content=text)
            return
        # Not delivered, so not claimed: the support team and the resources instead.
        found = await resources(self.bot, info.guild_id, locale)
        team = view_of(render.team_components(self.bot.catalogue, locale, info.root_id))
        await interaction.edit_original_response(content=(text + "\n\n" + found)[:2000], view=team)

    async def _confirm_team(self, interaction: discord.Interaction, info: engine.DeliveryInfo) -> None:
        """Before anything is shared: exactly what the support team would see, and where."""
        server = await guild_settings.get(self.bot.db, info.guild_id)
        if not server.support_channel_id:
            await self._team_unreachable(interaction, info, "checkin.ack.team_missing")
            return
        locale = self.bot.catalogue_locale(interaction)
        current = await storage.get_answer(self.bot.db, info.root_id)
        label = render.answer_label(self.bot.catalogue, locale, current.value, unanswered="checkin.ack.team_no_answer")
        key = "checkin.ack.team_confirm_note" if current.note else "checkin.ack.team_confirm"
        components = render.share_components(self.bot.catalogue, locale, info.root_id, has_note=bool(current.note))
        await reply(interaction, self.bot.text(key, locale, answer=label), view=view_of(components))

    async def _team_unreachable(self, interaction: discord.Interaction, info: engine.DeliveryInfo, key: str) -> None:
        found = await resources(self.bot, info.guild_id, interaction)
        await reply(interaction, self.bot.text(key, interaction) + "\n\n" + found)

    async def share_with_team(self, interaction: discord.Interaction, root_id: int, *, with_note: bool) -> None:
        """A private thread in the support channel, mentioning only the support role; the note only if chosen."""
        info = await own_delivery(self.bot, interaction, root_id)
        current = await storage.get_answer(self.bot.db, info.root_id)
        name, post = await self._team_post(info, current, with_note=with_note)
        status, _ = await support_team.tell_team(self.bot, info.guild_id, name=name, post=post)
        if status != "sent":
            key = "checkin.ack.team_missing" if status == "missing" else "checkin.ack.team_failed"
            await self._team_unreachable(interaction, info, key)
            return
        if not current.note:
            shared = ""
        elif with_note:
            shared = self.bot.text("checkin.ack.team_note_shared", interaction)
        else:
            shared = self.bot.text("checkin.ack.team_note_kept", interaction)
        sent = self.bot.text("checkin.ack.team_sent", interaction, note_shared=shared)
        await interaction.response.edit_message(content=sent, view=None)

    async def _team_post(
        self, info: engine.DeliveryInfo, current: storage.Answer, *, with_note: bool
    ) -> tuple[str, str]:
        """The thread's name and first post, in the server's language."""
        server = await guild_settings.get(self.bot.db, info.guild_id)
        team = self.bot.catalogue_locale(server.preferred_locale)
        note = (
            self.bot.text("checkin.ack.team_post_note", team, note=inert(current.note))
            if with_note and current.note
            else ""
        )
        answer = render.answer_label(self.bot.catalogue, team, current.value, unanswered="checkin.ack.team_no_answer")
        post = self.bot.text(
            "checkin.ack.team_post",
            team,
            role=await support_team.role_mention(self.bot, info.guild_id),
            member=f"<@{info.user_id}>",
            answer=answer,
            note=note,
        ).strip()
        name = self.bot.text("support.thread_name", team, date=self.bot.clock.now().date().isoformat())
        return name, post

    async def team_not_now(self, interaction: discord.Interaction, root_id: int) -> None:
        await own_delivery(self.bot, interaction, root_id)
        await interaction.response.edit_message(
            content=self.bot.text("checkin.ack.team_not_now", interaction), view=None
        )
