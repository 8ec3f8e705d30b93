"""/reachout: a gentle "I'm here for you" note to another member, safe against misuse.

Whoever receives a reach-out can stop it from that very message (block this sender, don't send me
these, report) without learning who sent it (`_received.py`); a report blocks at once, and reports
from two members pause the sender's reach-outs in the server until a moderator decides
(`_moderation.py`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings
from bot.care import signal
from bot.components import DANGER, PRIMARY, rows, view_of
from bot.engine.dm import Outgoing
from bot.errors import UserFacingError
from bot.member_text import inert, words_for_others
from bot.messaging import dm_built
from bot.replies import reply
from bot.words import SOFT, STRONG
from bot.words import storage as word_storage
from cogs.reachout import storage
from cogs.reachout._buttons import BUTTONS, Block, Cancel, Report, SendAnonymously, Stop, Talk, Thanks
from cogs.reachout._moderation import ModerationMixin
from cogs.reachout._received import ReceivedMixin

if TYPE_CHECKING:
    from bot.bot import CheckinBot

MESSAGE_MAX = 300


def _name(user: discord.abc.User) -> str:
    return inert(user.display_name)


@app_commands.guild_only()
class ReachoutCog(
    ModerationMixin,
    ReceivedMixin,
    commands.GroupCog,
    group_name="reachout",
    group_description="Let someone know you're there",
):
    dynamic_items = BUTTONS

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    # ---- sending ---------------------------------------------------------------------------------

    @app_commands.command(name="send", description="Send someone a gentle note that you're there for them")
    @app_commands.describe(
        member="Who",
        message="Your own words (optional, up to 300 characters, no links)",
        anonymous="Hide your name from them (moderators can still see it if they report it)",
    )
    async def send(
        self,
        interaction: discord.Interaction,
        member: discord.User,
        message: str | None = None,
        anonymous: bool = False,
    ) -> None:
        assert interaction.guild is not None
        name = _name(member)
        if member.id == interaction.user.id:
            raise UserFacingError("reachout.self")
        if member.bot:
            raise UserFacingError("reachout.bot", name=name)
        if not isinstance(member, discord.Member):
            raise UserFacingError("reachout.not_member", name=name)
        harm_phrases = await word_storage.phrases(self.bot.db, interaction.guild.id, "harm")
        words = words_for_others(message, limit=MESSAGE_MAX, errors="reachout.", extra=harm_phrases)
        server = await guild_settings.get(self.bot.db, interaction.guild.id)
        if anonymous and not server.allow_anonymous:
            raise UserFacingError("reachout.no_anonymous")
        await self._check_gate(interaction.guild.id, member.id, interaction.user.id, name)
        if anonymous:
            await self._offer_anonymous(interaction, member.id, name, words)
            return
        await self._deliver(interaction, member.id, name, words, anonymous=False)

    async def _offer_anonymous(
        self, interaction: discord.Interaction, recipient_id: int, name: str, words: str | None
    ) -> None:
        """Before anything is sent, the sender learns who can still see their name."""
        assert interaction.guild_id is not None
        now = self.bot.clock.now()
        draft_id, token = await storage.save_draft(
            self.bot.db, interaction.guild_id, interaction.user.id, recipient_id, words, now
        )
        components = rows(
            [
                SendAnonymously.make(
                    self.bot.text("reachout.buttons.send_anon", interaction), PRIMARY, id=draft_id, token=token
                ),
                Cancel.make(self.bot.text("reachout.buttons.cancel", interaction), id=draft_id, token=token),
            ]
        )
        notice = self.bot.text("reachout.anon_notice", interaction, name=name)
        await reply(interaction, notice, view=view_of(components))

    async def confirm_anonymous(self, interaction: discord.Interaction, draft_id: int, token: str) -> None:
        """Only the draft's sender can send it, once, before it expires; the server's setting and the
        recipient's choices are checked again, as they may have changed since."""
        draft = await self._take_draft(interaction, draft_id, token)
        name = f"<@{draft.recipient_id}>"
        server = await guild_settings.get(self.bot.db, draft.guild_id)
        if not server.allow_anonymous:
            raise UserFacingError("reachout.no_anonymous")
        await self._check_gate(draft.guild_id, draft.recipient_id, draft.sender_id, name)
        await interaction.response.defer()  # the confirmation message becomes the result below
        await self._deliver(interaction, draft.recipient_id, name, draft.message, anonymous=True)

    async def cancel_anonymous(self, interaction: discord.Interaction, draft_id: int, token: str) -> None:
        await self._take_draft(interaction, draft_id, token)
        content = self.bot.text("reachout.draft_cancelled", interaction)
        await interaction.response.edit_message(content=content, view=None)

    async def _take_draft(self, interaction: discord.Interaction, draft_id: int, token: str) -> storage.Draft:
        draft = await storage.take_draft(self.bot.db, draft_id, token, interaction.user.id, self.bot.clock.now())
        if draft is None:
            raise UserFacingError("reachout.draft_gone")
        return draft

    async def _check_gate(self, guild_id: int, recipient_id: int, sender_id: int, name: str) -> None:
        gate = await storage.gate(self.bot.db, self.bot.keys, guild_id, recipient_id, sender_id)
        if gate.suspended:
            raise UserFacingError("reachout.suspended")
        if gate.opted_out or gate.blocked:
            raise UserFacingError("reachout.opted_out", name=name)  # a block reads exactly like an opt-out

    async def _deliver(
        self, interaction: discord.Interaction, recipient_id: int, name: str, words: str | None, *, anonymous: bool
    ) -> None:
        """Record within the limits, then DM; a DM that does not arrive does not count."""
        assert interaction.guild_id is not None
        reachout_id, limit = await storage.record_if_allowed(
            self.bot.db, self.bot.keys, interaction.guild_id, interaction.user.id, recipient_id, words, anonymous,
            self.bot.clock.now(),
        )  # fmt: skip
        if reachout_id is None:
            raise UserFacingError(f"reachout.limit_{limit}", name=name)
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        status = await self._send_note(interaction, reachout_id, recipient_id, words, anonymous=anonymous)
        if status == "sent":
            content = await self._sent(interaction, name, words, anonymous=anonymous)
        else:
            await storage.forget(self.bot.db, reachout_id)
            key = "reachout.dm_closed" if status == "closed" else "reachout.dm_failed"
            content = self.bot.text(key, interaction, name=name)
        await interaction.edit_original_response(content=content[:2000], view=None)

    async def _send_note(
        self, interaction: discord.Interaction, reachout_id: int, recipient_id: int, words: str | None, *,
        anonymous: bool,
    ) -> str:  # fmt: skip
        """The note in the recipient's language with their buttons, the sender's words quoted under it."""
        assert interaction.guild is not None
        server, sender = inert(interaction.guild.name), _name(interaction.user)

        def note(locale: str | None) -> Outgoing:
            if anonymous:
                text = self.bot.text("reachout.dm", locale, server=server)
            else:
                text = self.bot.text("reachout.dm_named", locale, name=sender, server=server)
            if words:
                text += self.bot.text("reachout.quoted", locale, message=inert(words))
            return Outgoing(text, self._recipient_buttons(reachout_id, locale))

        return await dm_built(self.bot, recipient_id, note, nonce=f"reachout-{reachout_id}")

    async def _sent(self, interaction: discord.Interaction, name: str, words: str | None, *, anonymous: bool) -> str:
        assert interaction.guild_id is not None
        anon = self.bot.text("reachout.sent_anon", interaction) if anonymous else ""
        content = self.bot.text("reachout.sent", interaction, name=name, anon=anon)
        found = await signal(self.bot.db, interaction.guild_id, words)
        if found is not None and found.level in (STRONG, SOFT):
            # The words may be about the sender too: resources, to them only, without comment.
            resources = await self._resources(interaction.guild_id, interaction)
            content += "\n\n" + self.bot.text("reachout.sender_resources", interaction) + "\n" + resources
        return content

    def _recipient_buttons(self, reachout_id: int, locale: str | None) -> list[dict[str, Any]]:
        def label(key: str) -> str:
            return self.bot.text(f"reachout.buttons.{key}", locale)

        return rows(
            [Thanks.make(label("thanks"), PRIMARY, id=reachout_id), Talk.make(label("talk"), id=reachout_id)],
            [
                Block.make(label("block"), id=reachout_id),
                Stop.make(label("stop"), id=reachout_id),
                Report.make(label("report"), DANGER, id=reachout_id),
            ],
        )

    # ---- the member's own settings -----------------------------------------------------------------

    @app_commands.command(name="block", description="Stop someone reaching out to you (they aren't told)")
    async def block(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._block(interaction, member, True)

    @app_commands.command(name="unblock", description="Let someone reach out to you again")
    async def unblock(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._block(interaction, member, False)

    async def _block(self, interaction: discord.Interaction, member: discord.User, block: bool) -> None:
        assert interaction.guild_id is not None
        if member.id == interaction.user.id:
            raise UserFacingError("reachout.block_self")
        now = self.bot.clock.now()
        await storage.set_block(
            self.bot.db, self.bot.keys, interaction.guild_id, interaction.user.id, member.id, block, now
        )
        key = "reachout.blocked" if block else "reachout.unblocked"
        await reply(interaction, self.bot.text(key, interaction, name=_name(member)))

    @app_commands.command(name="receive", description="Turn reach-outs to you on or off")
    async def receive(self, interaction: discord.Interaction, on: bool) -> None:
        assert interaction.guild_id is not None
        await storage.set_receive(self.bot.db, interaction.guild_id, interaction.user.id, on)
        await reply(interaction, self.bot.text("reachout.receive_on" if on else "reachout.receive_off", interaction))
