"""What the buttons on a reach-out that arrived do: the recipient's (thank you, I'd like to talk, block
this sender, don't send me these, report) and the sender's (tell them who I am). Each re-checks that
the reach-out still exists and is the presser's to answer; the recipient never learns who sent an
anonymous one."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord

from bot import guild_settings
from bot.components import PRIMARY, rows
from bot.errors import UserFacingError
from bot.member_text import inert
from bot.messaging import dm_member
from bot.replies import NO_PINGS, reply
from bot.resources import server_resources
from cogs.reachout import storage
from cogs.reachout._buttons import Reveal

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)


class ReceivedMixin:
    bot: CheckinBot

    async def _resources(self, guild_id: int, interaction: discord.Interaction) -> str:
        return await server_resources(self.bot.db, self.bot.catalogue, guild_id, str(interaction.locale))

    async def _received(self, interaction: discord.Interaction, reachout_id: int) -> storage.Reachout:
        """The reach-out, if the presser is the one who received it."""
        found = await storage.get(self.bot.db, reachout_id)
        if found is None:
            raise UserFacingError("reachout.gone")
        if found.recipient_id is None or interaction.user.id != found.recipient_id:
            raise UserFacingError("reachout.not_yours")
        return found

    async def stop_receiving(self, interaction: discord.Interaction, reachout_id: int) -> None:
        found = await self._received(interaction, reachout_id)
        assert found.recipient_id is not None
        await storage.set_receive(self.bot.db, found.guild_id, found.recipient_id, False)
        await reply(interaction, self.bot.text("reachout.optout_done", interaction))

    async def block_sender(self, interaction: discord.Interaction, reachout_id: int) -> None:
        found = await self._received(interaction, reachout_id)
        await storage.block_sender(self.bot.db, found, self.bot.clock.now())
        await reply(interaction, self.bot.text("reachout.block_done", interaction))

    async def relay(self, interaction: discord.Interaction, reachout_id: int, action: str) -> None:
        """Thank you / I'd like to talk, to the sender; said to have arrived only if it did."""
        found = await self._received(interaction, reachout_id)
        if found.sender_id is None:
            raise UserFacingError("reachout.sender_gone")
        await interaction.response.defer(ephemeral=True, thinking=True)
        key, nonce = f"reachout.{action}_relay", f"{action}-{found.id}"
        if action == "talk" and found.anonymous and not found.revealed:

            def reveal(locale: str | None) -> list[dict[str, Any]]:
                return rows([Reveal.make(self.bot.text("reachout.reveal", locale), PRIMARY, id=found.id)])

            status = await dm_member(self.bot, found.sender_id, f"{key}_anon", nonce=nonce, components=reveal)
        else:
            name = inert(interaction.user.display_name)
            status = await dm_member(self.bot, found.sender_id, key, nonce=nonce, name=name)
        if status == "sent":
            content = self.bot.text(f"reachout.{action}_done", interaction)
        else:
            resources = await self._resources(found.guild_id, interaction)
            content = self.bot.text("reachout.relay_failed", interaction) + "\n\n" + resources
        await interaction.edit_original_response(content=content[:2000])

    async def reveal(self, interaction: discord.Interaction, reachout_id: int) -> None:
        """The sender of an anonymous reach-out tells its recipient who they are."""
        found = await storage.get(self.bot.db, reachout_id)
        if found is None:
            raise UserFacingError("reachout.gone")
        if found.sender_id is None or interaction.user.id != found.sender_id:
            raise UserFacingError("reachout.not_yours")
        if found.recipient_id is None:
            raise UserFacingError("reachout.recipient_gone")
        await interaction.response.defer(ephemeral=True, thinking=True)
        name = inert(interaction.user.display_name)
        status = await dm_member(
            self.bot, found.recipient_id, "reachout.revealed_dm", nonce=f"reveal-{found.id}", name=name
        )
        if status == "sent":
            await storage.mark_revealed(self.bot.db, found.id)
        key = "reachout.revealed" if status == "sent" else "reachout.reveal_failed"
        await interaction.edit_original_response(content=self.bot.text(key, interaction))

    async def report(self, interaction: discord.Interaction, reachout_id: int) -> None:
        """Blocked for the reporter at once; to the moderators (support channel) with the sender."""
        found = await self._received(interaction, reachout_id)
        result = await storage.report(self.bot.db, self.bot.keys, found, self.bot.clock.now())
        if result.already:
            await reply(interaction, self.bot.text("reachout.report_already", interaction))
            return
        server = await guild_settings.get(self.bot.db, found.guild_id)
        told = False
        if server.support_channel_id:
            told = await self._post_report(server, found, result.suspended_now)
        await reply(interaction, self.bot.text("reachout.reported" if told else "reachout.report_missing", interaction))

    async def _post_report(self, server: guild_settings.GuildSettings, found: storage.Reachout, paused: bool) -> bool:
        locale = server.preferred_locale
        sender = f"<@{found.sender_id}>" if found.sender_id else self.bot.text("reachout.report_sender_gone", locale)
        words = inert(found.message) if found.message else self.bot.text("reachout.report_no_message", locale)
        post = self.bot.text(
            "reachout.report_post",
            locale,
            reporter=f"<@{found.recipient_id}>",
            sender=sender,
            anonymous=self.bot.text("reachout.yes" if found.anonymous else "reachout.no", locale),
            message=words,
        )
        if paused:
            post += "\n" + self.bot.text("reachout.report_paused", locale)
        assert server.support_channel_id is not None
        try:
            channel = self.bot.get_partial_messageable(server.support_channel_id, guild_id=found.guild_id)
            await channel.send(post[:2000], allowed_mentions=NO_PINGS)
        except discord.HTTPException:
            log.warning("Could not post a reach-out report in server %s", found.guild_id)
            return False
        return True
