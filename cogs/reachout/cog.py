"""/reachout: a gentle "I'm here for you" note to another member, safe against misuse.

Whoever receives a reach-out can stop it from that very message (block this sender, don't send me
these, report) without learning who sent it; a report blocks at once, and reports from two members
pause the sender's reach-outs in the server until a moderator decides.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, members
from bot.checks import moderator_only
from bot.components import DANGER, PRIMARY, button, persistent_view, routed_button, rows
from bot.engine.dm import Outgoing
from bot.errors import UserFacingError
from bot.member_text import inert, words_for_others
from bot.phrase_match import crisis_matcher, harm_matcher
from bot.replies import NO_PINGS, reply
from bot.resources import server_resources
from cogs.reachout import storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)

MESSAGE_MAX = 300

ReachoutButton = routed_button(
    "ro",
    "ReachoutCog",
    {
        "thanks": r"(?P<id>\d{1,19})",
        "talk": r"(?P<id>\d{1,19})",
        "block": r"(?P<id>\d{1,19})",
        "stop": r"(?P<id>\d{1,19})",
        "report": r"(?P<id>\d{1,19})",
        "reveal": r"(?P<id>\d{1,19})",
        "anon": r"(?P<id>\d{1,19}):(?P<token>[0-9a-f]{16})",
        "cancel": r"(?P<id>\d{1,19}):(?P<token>[0-9a-f]{16})",
    },
)


def _view(components: list[dict[str, Any]]) -> discord.ui.View:
    return persistent_view(components, ReachoutButton)


def _name(user: discord.abc.User) -> str:
    return inert(user.display_name)


@app_commands.guild_only()
class ReachoutCog(commands.GroupCog, group_name="reachout", group_description="Let someone know you're there"):
    dynamic_items = (ReachoutButton,)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    def t(self, key: str, locale: Any, **params: Any) -> str:
        return self.bot.text(key, locale, **params)

    async def _dm(self, user_id: int, content: str, components: list[dict] | None = None, *, key: str) -> str:
        return await self.bot.dispatcher.send_now(user_id, Outgoing(content, components or []), key)

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
        words = words_for_others(message, limit=MESSAGE_MAX, harm=harm_matcher(self.bot.catalogue), errors="reachout.")
        server = await guild_settings.get(self.bot.db, interaction.guild.id)
        if anonymous and not server.allow_anonymous:
            raise UserFacingError("reachout.no_anonymous")
        await self._check_gate(interaction.guild.id, member.id, interaction.user.id, name)
        if anonymous:
            # Before anything is sent, the sender learns who can still see their name.
            now = self.bot.clock.now()
            draft_id, token = await storage.save_draft(
                self.bot.db, interaction.guild.id, interaction.user.id, member.id, words, now
            )
            components = rows(
                [
                    button(f"ro:anon:{draft_id}:{token}", self.t("reachout.buttons.send_anon", interaction), PRIMARY),
                    button(f"ro:cancel:{draft_id}:{token}", self.t("reachout.buttons.cancel", interaction)),
                ]
            )
            await reply(interaction, self.t("reachout.anon_notice", interaction, name=name), view=_view(components))
            return
        await self._deliver(interaction, member.id, name, words, anonymous=False)

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
        assert interaction.guild is not None
        now = self.bot.clock.now()
        reachout_id, limit = await storage.record_if_allowed(
            self.bot.db, self.bot.keys, interaction.guild.id, interaction.user.id, recipient_id, words, anonymous, now
        )
        if reachout_id is None:
            raise UserFacingError(f"reachout.limit_{limit}", name=name)
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        locale = (await members.get(self.bot.db, recipient_id)).last_locale
        server = inert(interaction.guild.name)
        text = (
            self.bot.text("reachout.dm", locale, server=server)
            if anonymous
            else self.bot.text("reachout.dm_named", locale, name=_name(interaction.user), server=server)
        )
        if words:
            text += self.bot.text("reachout.quoted", locale, message=inert(words))
        status = await self._dm(
            recipient_id, text, self._recipient_buttons(reachout_id, locale), key=f"reachout-{reachout_id}"
        )
        if status == "sent":
            anon = self.t("reachout.sent_anon", interaction) if anonymous else ""
            content = self.t("reachout.sent", interaction, name=name, anon=anon)
            if words and crisis_matcher(self.bot.catalogue).matches(words):
                # The words may be about the sender too: resources, to them only, without comment.
                content += (
                    "\n\n"
                    + self.t("reachout.sender_resources", interaction)
                    + "\n"
                    + await self._resources(interaction.guild.id, interaction)
                )
        else:
            await storage.forget(self.bot.db, reachout_id)
            content = self.t(
                "reachout.dm_closed" if status == "closed" else "reachout.dm_failed", interaction, name=name
            )
        await interaction.edit_original_response(content=content[:2000], view=None)

    def _recipient_buttons(self, reachout_id: int, locale: str | None) -> list[dict[str, Any]]:
        label = lambda key: self.bot.text(f"reachout.buttons.{key}", locale)  # noqa: E731
        return rows(
            [
                button(f"ro:thanks:{reachout_id}", label("thanks"), PRIMARY),
                button(f"ro:talk:{reachout_id}", label("talk")),
            ],
            [
                button(f"ro:block:{reachout_id}", label("block")),
                button(f"ro:stop:{reachout_id}", label("stop")),
                button(f"ro:report:{reachout_id}", label("report"), DANGER),
            ],
        )

    async def _resources(self, guild_id: int, interaction: discord.Interaction) -> str:
        return await server_resources(self.bot.db, self.bot.catalogue, guild_id, str(interaction.locale))

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
        await storage.set_block(
            self.bot.db,
            self.bot.keys,
            interaction.guild_id,
            interaction.user.id,
            member.id,
            block,
            self.bot.clock.now(),
        )
        key = "reachout.blocked" if block else "reachout.unblocked"
        await reply(interaction, self.t(key, interaction, name=_name(member)))

    @app_commands.command(name="receive", description="Turn reach-outs to you on or off")
    async def receive(self, interaction: discord.Interaction, on: bool) -> None:
        assert interaction.guild_id is not None
        await storage.set_receive(self.bot.db, interaction.guild_id, interaction.user.id, on)
        await reply(interaction, self.t("reachout.receive_on" if on else "reachout.receive_off", interaction))

    # ---- moderators ----------------------------------------------------------------------------------

    @app_commands.command(name="suspend", description="Pause a member's reach-outs in this server (moderators)")
    @moderator_only()
    async def suspend(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._moderate(interaction, member, True)

    @app_commands.command(name="restore", description="Let a member send reach-outs again (moderators)")
    @moderator_only()
    async def restore(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._moderate(interaction, member, False)

    async def _moderate(self, interaction: discord.Interaction, member: discord.User, suspend: bool) -> None:
        assert interaction.guild_id is not None
        now = self.bot.clock.now()
        changed = await storage.set_suspended(self.bot.db, self.bot.keys, interaction.guild_id, member.id, suspend, now)
        if changed:
            await guild_settings.audit(
                self.bot.db, interaction.guild_id, interaction.user.id, "reachout.suspended", not suspend, suspend, now,
                subject_id=member.id,
            )  # fmt: skip
        reports = await storage.report_count(self.bot.db, self.bot.keys, interaction.guild_id, member.id)
        key = ("reachout.suspend_done" if suspend else "reachout.restore_done") if changed else (
            "reachout.suspend_already" if suspend else "reachout.restore_already"
        )  # fmt: skip
        await reply(interaction, self.t(key, interaction, name=_name(member), reports=reports))

    # ---- the recipient's buttons, and the sender's -----------------------------------------------

    async def on_button(self, interaction: discord.Interaction, action: str, args: dict[str, str]) -> None:
        if action in ("anon", "cancel"):
            await self._confirm_anonymous(interaction, action, int(args["id"]), args["token"])
            return
        found = await storage.get(self.bot.db, int(args["id"]))
        if found is None:
            raise UserFacingError("reachout.gone")
        if action == "reveal":
            await self._reveal(interaction, found)
            return
        if found.recipient_id is None or interaction.user.id != found.recipient_id:
            raise UserFacingError("reachout.not_yours")
        now = self.bot.clock.now()
        if action == "stop":
            await storage.set_receive(self.bot.db, found.guild_id, found.recipient_id, False)
            await reply(interaction, self.t("reachout.optout_done", interaction))
        elif action == "block":
            await storage.block_sender(self.bot.db, found, now)
            await reply(interaction, self.t("reachout.block_done", interaction))
        elif action in ("thanks", "talk"):
            await self._relay(interaction, found, action)
        elif action == "report":
            await self._report(interaction, found)

    async def _confirm_anonymous(
        self, interaction: discord.Interaction, action: str, draft_id: int, token: str
    ) -> None:
        now = self.bot.clock.now()
        draft = await storage.take_draft(self.bot.db, draft_id, token, interaction.user.id, now)
        if draft is None:
            raise UserFacingError("reachout.draft_gone")
        if action == "cancel":
            await interaction.response.edit_message(content=self.t("reachout.draft_cancelled", interaction), view=None)
            return
        name = f"<@{draft.recipient_id}>"
        server = await guild_settings.get(self.bot.db, draft.guild_id)
        if not server.allow_anonymous:  # a moderator may have turned it off since
            raise UserFacingError("reachout.no_anonymous")
        await self._check_gate(draft.guild_id, draft.recipient_id, draft.sender_id, name)
        await interaction.response.defer()  # the confirmation message becomes the result below
        await self._deliver(interaction, draft.recipient_id, name, draft.message, anonymous=True)

    async def _relay(self, interaction: discord.Interaction, found: storage.Reachout, action: str) -> None:
        """Thank you / I'd like to talk, to the sender; said to have arrived only if it did."""
        if found.sender_id is None:
            raise UserFacingError("reachout.sender_gone")
        await interaction.response.defer(ephemeral=True, thinking=True)
        sender = await members.get(self.bot.db, found.sender_id)
        key = f"reachout.{action}_relay"
        components = None
        if action == "talk" and found.anonymous and not found.revealed:
            text = self.bot.text(f"{key}_anon", sender.last_locale)
            label = self.bot.text("reachout.reveal", sender.last_locale)
            components = rows([button(f"ro:reveal:{found.id}", label, PRIMARY)])
        else:
            text = self.bot.text(key, sender.last_locale, name=_name(interaction.user))
        status = await self._dm(found.sender_id, text, components, key=f"{action}-{found.id}")
        if status == "sent":
            content = self.t("reachout.thanks_done" if action == "thanks" else "reachout.talk_done", interaction)
        else:
            content = (
                self.t("reachout.relay_failed", interaction)
                + "\n\n"
                + await self._resources(found.guild_id, interaction)
            )
        await interaction.edit_original_response(content=content[:2000])

    async def _reveal(self, interaction: discord.Interaction, found: storage.Reachout) -> None:
        if found.sender_id is None or interaction.user.id != found.sender_id:
            raise UserFacingError("reachout.not_yours")
        if found.recipient_id is None:
            raise UserFacingError("reachout.recipient_gone")
        await interaction.response.defer(ephemeral=True, thinking=True)
        info = await members.get(self.bot.db, found.recipient_id)
        text = self.bot.text("reachout.revealed_dm", info.last_locale, name=_name(interaction.user))
        status = await self._dm(found.recipient_id, text, key=f"reveal-{found.id}")
        if status == "sent":
            await storage.mark_revealed(self.bot.db, found.id)
            content = self.t("reachout.revealed", interaction)
        else:
            content = self.t("reachout.reveal_failed", interaction)
        await interaction.edit_original_response(content=content)

    async def _report(self, interaction: discord.Interaction, found: storage.Reachout) -> None:
        """Blocked for the reporter at once; to the moderators (support channel) with the sender."""
        result = await storage.report(self.bot.db, self.bot.keys, found, self.bot.clock.now())
        if result.already:
            await reply(interaction, self.t("reachout.report_already", interaction))
            return
        server = await guild_settings.get(self.bot.db, found.guild_id)
        told = False
        if server.support_channel_id:
            told = await self._post_report(server, found, result.suspended_now)
        await reply(interaction, self.t("reachout.reported" if told else "reachout.report_missing", interaction))

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
