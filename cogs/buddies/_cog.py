"""/buddy for members: the pool, one's pairing, the never-pair list, a ping; and the answers members
give on the pairing's buttons. Moderators' commands are in `_moderation`, what runs by itself in `_jobs`."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot.errors import UserFacingError
from bot.member_text import clean_line, inert, words_for_others
from bot.messaging import dm_member
from bot.replies import reply
from bot.words import storage as word_storage
from bot.zones import member_zone, server_zone
from cogs.buddies import _jobs, storage
from cogs.buddies._buttons import ALL
from cogs.buddies._moderation import ModerationMixin
from cogs.buddies._pairings import end_group, introduce, names, others, tell_declined, tell_kept

if TYPE_CHECKING:
    from bot.bot import CheckinBot

ABOUT_MAX = 200


@app_commands.guild_only()
class BuddiesCog(ModerationMixin, commands.GroupCog, group_name="buddy", group_description="Buddy pairings"):
    dynamic_items = ALL

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.dispatcher.register(_jobs.FollowupHandler(self.bot))
        self.bot.waker.every("buddy-rotations", 60, self.rotation_tick)

    async def rotation_tick(self) -> None:
        await _jobs.rotation_tick(self.bot)

    async def _next_text(self, interaction: discord.Interaction, guild_id: int) -> str:
        config = await storage.get_config(self.bot.db, guild_id)
        if config.next_rotation is None:
            return self.bot.text("buddy.no_rotation", interaction)
        zone = await server_zone(self.bot.db, guild_id, self.bot.settings.default_timezone)
        when = config.next_rotation.astimezone(zone).strftime("%Y-%m-%d %H:%M") + f" ({zone.key})"
        return self.bot.text("buddy.next_rotation", interaction, when=when)

    # ---- member commands -----------------------------------------------------------------------

    @app_commands.command(name="join", description="Join the buddy pool")
    @app_commands.describe(about="A line about you, shown only to future buddies (max 200 characters)")
    async def join(self, interaction: discord.Interaction, about: str | None = None) -> None:
        assert interaction.guild_id is not None
        harm_phrases = await word_storage.phrases(self.bot.db, interaction.guild_id, "harm")
        about = words_for_others(clean_line(about or ""), limit=ABOUT_MAX, errors="buddy.about_", extra=harm_phrases)
        guild_id, user_id = interaction.guild_id, interaction.user.id
        zone = await member_zone(self.bot.db, guild_id, user_id, self.bot.settings.default_timezone)
        await storage.join(self.bot.db, guild_id, user_id, about, zone.key, self.bot.clock.now())
        nxt = await self._next_text(interaction, guild_id)
        await reply(interaction, self.bot.text("buddy.joined", interaction, next=nxt))

    @app_commands.command(name="leave", description="Leave the buddy pool")
    async def leave(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        if not await storage.leave(self.bot.db, interaction.guild_id, interaction.user.id):
            raise UserFacingError("buddy.not_in_pool")
        await reply(interaction, self.bot.text("buddy.left", interaction))

    @app_commands.command(name="me", description="Your current buddy and the next round")
    async def me(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        group = await storage.active_group(self.bot.db, interaction.guild_id, interaction.user.id)
        nxt = await self._next_text(interaction, interaction.guild_id)
        if group is None:
            in_pool = await storage.in_pool(self.bot.db, interaction.guild_id, interaction.user.id)
            pool = self.bot.text("buddy.me_pool_in" if in_pool else "buddy.me_pool_out", interaction)
            await reply(interaction, self.bot.text("buddy.me_none", interaction, pool=pool) + " " + nxt)
            return
        since = group.started_at.date().isoformat() if group.started_at else "?"
        buddies = names(others(group, interaction.user.id))
        await reply(interaction, self.bot.text("buddy.me_group", interaction, names=buddies, since=since, next=nxt))

    @app_commands.command(name="end", description="End your current pairing, privately and without blame")
    async def end(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        group = await storage.active_group(self.bot.db, interaction.guild_id, interaction.user.id)
        if group is None:
            raise UserFacingError("buddy.end_none")
        await end_group(self.bot, group, ended_by=interaction.user.id)
        await reply(interaction, self.bot.text("buddy.ended", interaction))

    @app_commands.command(name="avoid", description="Never be paired with someone (private)")
    async def avoid(self, interaction: discord.Interaction, member: discord.User) -> None:
        changed = await self._set_avoid(interaction, member, True)
        key = "buddy.avoid_set" if changed else "buddy.avoid_already"
        await reply(interaction, self.bot.text(key, interaction, name=inert(member.display_name)))

    @app_commands.command(name="unavoid", description="Take someone off your never-pair list")
    async def unavoid(self, interaction: discord.Interaction, member: discord.User) -> None:
        changed = await self._set_avoid(interaction, member, False)
        key = "buddy.unavoid_set" if changed else "buddy.unavoid_none"
        await reply(interaction, self.bot.text(key, interaction, name=inert(member.display_name)))

    async def _set_avoid(self, interaction: discord.Interaction, member: discord.User, avoid: bool) -> bool:
        assert interaction.guild_id is not None
        if member.id == interaction.user.id:
            raise UserFacingError("buddy.avoid_self")
        return await storage.set_avoid(
            self.bot.db, self.bot.keys, interaction.guild_id, interaction.user.id, member.id, avoid,
            self.bot.clock.now(),
        )  # fmt: skip

    @app_commands.command(name="ping", description="Let your buddy know you're thinking of them")
    async def ping(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None and interaction.guild is not None
        group = await storage.active_group(self.bot.db, interaction.guild_id, interaction.user.id)
        if group is None:
            raise UserFacingError("buddy.ping_none")
        day = self.bot.clock.now().date().isoformat()
        if not await storage.record_ping(self.bot.db, interaction.guild_id, interaction.user.id, day):
            raise UserFacingError("buddy.ping_once")
        await interaction.response.defer(ephemeral=True, thinking=True)
        name, server = inert(interaction.user.display_name), interaction.guild.name
        sent = []
        for user_id in others(group, interaction.user.id):
            nonce = f"ping-{interaction.user.id}-{day}"
            if await dm_member(self.bot, user_id, "buddy.ping_dm", nonce=nonce, name=name, server=server) == "sent":
                sent.append(user_id)
        if sent:
            content = self.bot.text("buddy.ping_sent", interaction, names=names(sent))
        else:
            await storage.forget_ping(self.bot.db, interaction.guild_id, interaction.user.id, day)
            content = self.bot.text("buddy.ping_failed", interaction)
        await interaction.edit_original_response(content=content)

    # ---- members' buttons (each checks that the presser belongs to that pairing) -----------------

    async def answer_proposal(self, interaction: discord.Interaction, group_id: int, *, accepted: bool) -> None:
        group = await storage.get_group(self.bot.db, group_id)
        if group is None or group.status != "proposed":
            raise UserFacingError("buddy.pair.gone")
        if interaction.user.id not in group.members:
            raise UserFacingError("buddy.pair.not_yours")
        answers = await storage.answer_proposal(self.bot.db, group_id, interaction.user.id, accepted)
        now = self.bot.clock.now()
        if not accepted:
            await storage.set_status(self.bot.db, group_id, "declined", now)
            declined = self.bot.text("buddy.pair.declined", interaction)
            await interaction.response.edit_message(content=declined, view=None)
            await tell_declined(self.bot, group, interaction.user.id)
            return
        if not all(a is True for a in answers):
            waiting = self.bot.text("buddy.pair.accepted_wait", interaction)
            await interaction.response.edit_message(content=waiting, view=None)
            return
        # Someone may have been paired elsewhere while this one waited: one pairing at a time.
        for user_id in group.members:
            if await storage.active_group(self.bot.db, group.guild_id, user_id):
                await storage.set_status(self.bot.db, group_id, "declined", now)
                raise UserFacingError("buddy.pair.gone")
        await storage.set_status(self.bot.db, group_id, "active", now)
        await interaction.response.edit_message(content=self.bot.text("buddy.pair.started", interaction), view=None)
        await introduce(self.bot, group_id)

    async def _own_group(self, interaction: discord.Interaction, group_id: int, *, active: bool) -> storage.Group:
        """The pairing a button names, if the presser is in it (and it is still going, when `active`)."""
        group = await storage.get_group(self.bot.db, group_id)
        if group is None or interaction.user.id not in group.members or (active and group.status != "active"):
            raise UserFacingError("buddy.pair.gone")
        return group

    async def connected(self, interaction: discord.Interaction, group_id: int, answer: str) -> None:
        group = await self._own_group(interaction, group_id, active=False)
        kept = await storage.set_connected(self.bot.db, group_id, interaction.user.id, answer, self.bot.clock.now())
        content = self.bot.text(f"buddy.followup_{answer}", interaction)
        await interaction.response.edit_message(content=content, view=None)
        if kept:
            await tell_kept(self.bot, group)

    async def keep(self, interaction: discord.Interaction, group_id: int) -> None:
        """Keep us together: once everyone in the group wants it, the group carries over the next rounds."""
        group = await self._own_group(interaction, group_id, active=True)
        kept = await storage.vote_keep(self.bot.db, group_id, interaction.user.id)
        await interaction.response.edit_message(content=self.bot.text("buddy.keep_noted", interaction), view=None)
        if kept:
            await tell_kept(self.bot, group)

    async def consent(self, interaction: discord.Interaction, group_id: int, yes: bool) -> None:
        await self._own_group(interaction, group_id, active=True)
        await storage.set_consent(self.bot.db, group_id, interaction.user.id, yes, self.bot.clock.now())
        key = "buddy.consent_given" if yes else "buddy.consent_refused"
        await interaction.response.edit_message(content=self.bot.text(key, interaction), view=None)

    # ---- the check-in's "Let my buddy know" ----------------------------------------------------

    async def _check_buddy_of(self, interaction: discord.Interaction, guild_id: int, user_id: int) -> None:
        """Only the member's buddy now, never the member themselves or an earlier buddy."""
        group = await storage.active_group(self.bot.db, guild_id, user_id)
        if group is None or interaction.user.id not in group.members or interaction.user.id == user_id:
            raise UserFacingError("buddy.pair.gone")

    async def reach_out_myself(self, interaction: discord.Interaction, guild_id: int, user_id: int) -> None:
        await self._check_buddy_of(interaction, guild_id, user_id)
        await reply(interaction, self.bot.text("buddy.reach_myself_ack", interaction))

    async def kind_word(self, interaction: discord.Interaction, guild_id: int, user_id: int) -> None:
        await self._check_buddy_of(interaction, guild_id, user_id)
        sender = interaction.user.id
        day = self.bot.clock.now().date().isoformat()
        if not await storage.record_kindness(self.bot.db, guild_id, sender, user_id, day):
            raise UserFacingError("buddy.kind_word_once")
        await interaction.response.defer(ephemeral=True, thinking=True)
        status = await dm_member(
            self.bot, user_id, "buddy.kind_word_dm", nonce=f"kind-{sender}-{user_id}-{day}",
            name=inert(interaction.user.display_name),
        )  # fmt: skip
        if status != "sent":
            await storage.forget_kindness(self.bot.db, guild_id, sender, user_id, day)
        key = "buddy.kind_word_sent" if status == "sent" else "buddy.kind_word_failed"
        await interaction.edit_original_response(content=self.bot.text(key, interaction))
