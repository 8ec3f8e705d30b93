"""/reachout: a gentle "I'm here for you" note to another member, safe against misuse."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, members
from bot.components import persistent_view, routed_button
from bot.engine.dm import Outgoing
from bot.errors import UserFacingError
from bot.replies import NO_PINGS, reply
from cogs.checkins.render import PRIMARY, button, rows
from cogs.reachout import storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot

MESSAGE_MAX = 300


ReachoutButton = routed_button("ro", "ReachoutCog")


def _view(components: list[dict[str, Any]]) -> discord.ui.View:
    return persistent_view(components, ReachoutButton)


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

    @app_commands.command(name="send", description="Send someone a gentle note that you're there for them")
    @app_commands.describe(
        member="Who", message="Your own words (optional, up to 300 characters)", anonymous="Hide your name from them"
    )
    async def send(
        self,
        interaction: discord.Interaction,
        member: discord.User,
        message: str | None = None,
        anonymous: bool = False,
    ) -> None:
        assert interaction.guild is not None
        name = discord.utils.escape_markdown(member.display_name)
        if member.id == interaction.user.id:
            raise UserFacingError("reachout.self")
        if member.bot:
            raise UserFacingError("reachout.bot", name=name)
        if not isinstance(member, discord.Member):
            raise UserFacingError("reachout.not_member", name=name)
        words = (message or "").strip() or None
        if words and len(words) > MESSAGE_MAX:
            raise UserFacingError("reachout.too_long", length=len(words))
        server = await guild_settings.get(self.bot.db, interaction.guild.id)
        if anonymous and not server.allow_anonymous:
            raise UserFacingError("reachout.no_anonymous")
        opted_out, blocked = await storage.receives(self.bot.db, interaction.guild.id, member.id, interaction.user.id)
        if opted_out or blocked:
            raise UserFacingError("reachout.opted_out", name=name)  # a block reads exactly like an opt-out
        now = self.bot.clock.now()
        reachout_id, limit = await storage.record_if_allowed(
            self.bot.db, interaction.guild.id, interaction.user.id, member.id, words, anonymous, now
        )
        if reachout_id is None:
            raise UserFacingError(f"reachout.limit_{limit}", name=name)
        await interaction.response.defer(ephemeral=True, thinking=True)
        info = await members.get(self.bot.db, member.id)
        locale = info.last_locale
        sender_name = discord.utils.escape_markdown(interaction.user.display_name)
        text = (
            self.bot.text("reachout.dm", locale, server=interaction.guild.name)
            if anonymous
            else self.bot.text("reachout.dm_named", locale, name=sender_name, server=interaction.guild.name)
        )
        if words:
            text += self.bot.text("reachout.quoted", locale, message=discord.utils.escape_mentions(words))
        components = rows(
            [
                button(f"ro:thanks:{reachout_id}", self.bot.text("reachout.buttons.thanks", locale), PRIMARY),
                button(f"ro:talk:{reachout_id}", self.bot.text("reachout.buttons.talk", locale)),
            ],
            [
                button(f"ro:stop:{reachout_id}", self.bot.text("reachout.buttons.stop", locale)),
                button(f"ro:report:{reachout_id}", self.bot.text("reachout.buttons.report", locale), 4),
            ],
        )
        status = await self._dm(member.id, text, components, key=f"reachout-{reachout_id}")
        if status == "sent":
            anon = self.t("reachout.sent_anon", interaction) if anonymous else ""
            content = self.t("reachout.sent", interaction, name=name, anon=anon)
        else:
            await storage.forget(self.bot.db, reachout_id)
            content = self.t("reachout.dm_closed" if status == "closed" else "errors.generic", interaction, name=name)
        await interaction.edit_original_response(content=content)

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
        await storage.set_block(self.bot.db, interaction.guild_id, interaction.user.id, member.id, block)
        name = discord.utils.escape_markdown(member.display_name)
        await reply(interaction, self.t("reachout.blocked" if block else "reachout.unblocked", interaction, name=name))

    @app_commands.command(name="receive", description="Turn reach-outs to you on or off")
    async def receive(self, interaction: discord.Interaction, on: bool) -> None:
        assert interaction.guild_id is not None
        await storage.set_receive(self.bot.db, interaction.guild_id, interaction.user.id, on)
        await reply(interaction, self.t("reachout.receive_on" if on else "reachout.receive_off", interaction))

    # ---- the recipient's buttons, and the sender's reveal --------------------------------------

    async def on_button(self, interaction: discord.Interaction, action: str, args: str) -> None:
        reachout_id = int(args)
        found = await storage.get(self.bot.db, reachout_id)
        if found is None:
            raise UserFacingError("support.gone")
        if action == "reveal":
            if interaction.user.id != found.sender_id:
                raise UserFacingError("buddy.pair.not_yours")
            await interaction.response.defer(ephemeral=True, thinking=True)
            info = await members.get(self.bot.db, found.recipient_id)
            name = discord.utils.escape_markdown(interaction.user.display_name)
            await self._dm(
                found.recipient_id,
                self.bot.text("reachout.revealed_dm", info.last_locale, name=name),
                key=f"reveal-{reachout_id}",
            )
            await storage.mark_revealed(self.bot.db, reachout_id)
            await interaction.edit_original_response(content=self.t("reachout.revealed", interaction))
            return
        if interaction.user.id != found.recipient_id:
            raise UserFacingError("buddy.pair.not_yours")
        if action == "stop":
            await storage.set_receive(self.bot.db, found.guild_id, found.recipient_id, False)
            await reply(interaction, self.t("reachout.optout_done", interaction))
        elif action in ("thanks", "talk"):
            await interaction.response.defer(ephemeral=True, thinking=True)
            sender = await members.get(self.bot.db, found.sender_id)
            name = discord.utils.escape_markdown(interaction.user.display_name)
            key = f"reachout.{action}_relay"
            components = None
            if action == "talk" and found.anonymous and not found.revealed:
                text = self.bot.text(f"{key}_anon", sender.last_locale)
                components = rows(
                    [button(f"ro:reveal:{reachout_id}", self.bot.text("reachout.reveal", sender.last_locale), PRIMARY)]
                )
            else:
                text = self.bot.text(key, sender.last_locale, name=name)
            await self._dm(found.sender_id, text, components, key=f"{action}-{reachout_id}")
            done = "reachout.thanks_done" if action == "thanks" else "reachout.talk_done"
            await interaction.edit_original_response(content=self.t(done, interaction))
        elif action == "report":
            await self._report(interaction, found)

    async def _report(self, interaction: discord.Interaction, found: storage.Reachout) -> None:
        """To the moderators (support channel), with the sender, even an anonymous one."""
        server = await guild_settings.get(self.bot.db, found.guild_id)
        if not server.support_channel_id:
            await reply(interaction, self.t("reachout.report_missing", interaction))
            return
        locale = server.preferred_locale
        post = self.bot.text(
            "reachout.report_post",
            locale,
            reporter=f"<@{found.recipient_id}>",
            sender=f"<@{found.sender_id}>",
            anonymous=self.bot.text("reachout.yes" if found.anonymous else "reachout.no", locale),
            message=discord.utils.escape_mentions(found.message or self.bot.text("reachout.report_no_message", locale)),
        )
        try:
            await self.bot.get_partial_messageable(server.support_channel_id, guild_id=found.guild_id).send(
                post, allowed_mentions=NO_PINGS
            )
        except discord.HTTPException:
            await reply(interaction, self.t("reachout.report_missing", interaction))
            return
        await reply(interaction, self.t("reachout.reported", interaction))
