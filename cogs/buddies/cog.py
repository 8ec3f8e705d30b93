"""/buddy: consent-first buddy pairings, automatic rounds that never repeat, and gentle follow-ups."""

from __future__ import annotations

import hashlib
import logging
import math
from dataclasses import replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, members
from bot.aggregates import count_figure
from bot.checks import is_moderator, moderator_only
from bot.components import PRIMARY, button, persistent_view, routed_button, rows
from bot.engine import storage as engine
from bot.engine.dm import Outgoing
from bot.engine.storage import Job
from bot.errors import NotModerator, UserFacingError
from bot.member_text import clean_line, inert, words_for_others
from bot.phrase_match import harm_matcher
from bot.replies import NO_PINGS, reply
from bot.timezones import parse_timezone
from bot.zones import server_zone
from cogs.buddies import notify, storage
from cogs.buddies.matching import Candidate, match
from cogs.checkins import storage as checkin_storage
from cogs.checkins.storage import member_timezone
from cogs.goals import storage as goal_storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)

ABOUT_MAX = 200
PAGE = 10
KIND = "buddy"  # engine deliveries (follow-ups) hang off one anchor schedule per member and server


ID = r"(?P<id>\d{1,19})"
PAIR = r"(?P<guild>\d{1,19})\.(?P<user>\d{1,19})"
BuddyButton = routed_button(
    "bd",
    "BuddiesCog",
    {
        "accept": ID,
        "decline": ID,
        "conn": ID + r":(?P<answer>yes|not_yet|not_working)",
        "list": r"(?P<page>\d{1,4})",
        "confirm": r"(?P<seed>\d{1,19})\.(?P<fingerprint>[0-9a-f]{16})",
        "cancel": r"-",
        "replace": r"(?P<ids>\d{1,19}\.\d{1,19}(\.\d{1,19})?)",
        "kind": PAIR,
        "myself": PAIR,
        "keep": ID,
        "consent": ID + r":(?P<yes>[01])",
    },
)
# Buttons only a moderator may press: re-checked at the press, since anyone can send any custom id.
MODERATOR_ACTIONS = {"list", "confirm", "cancel", "replace"}


def _view(components: list[dict[str, Any]]) -> discord.ui.View:
    return persistent_view(components, BuddyButton)


class FollowupHandler:
    """Renders the halfway "Did you two connect?" DM for the engine."""

    kind = KIND

    def __init__(self, cog: BuddiesCog) -> None:
        self.cog = cog

    def variant_count(self) -> int:
        return 1

    async def render(self, job: Job) -> Outgoing | None:
        group_id = int(job.slot.split("-", 1)[1])
        group = await storage.get_group(self.cog.bot.db, group_id)
        if group is None or group.status != "active":
            return None  # the pairing ended before its follow-up: nothing to ask
        cat = self.cog.bot.catalogue
        server = self.cog.server_name(job.guild_id)
        buttons = [
            button(f"bd:conn:{group_id}:{answer}", cat.render(f"buddy.buttons.{answer}", job.locale))
            for answer in ("yes", "not_yet", "not_working")
        ]
        keep = [button(f"bd:keep:{group_id}", cat.render("buddy.buttons.keep", job.locale), PRIMARY)]
        return Outgoing(cat.render("buddy.followup", job.locale, server=server), rows(buttons, keep))


@app_commands.guild_only()
class BuddiesCog(commands.GroupCog, group_name="buddy", group_description="Buddy pairings"):
    dynamic_items = (BuddyButton,)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot
        super().__init__()

    async def cog_load(self) -> None:
        self.bot.dispatcher.register(FollowupHandler(self))
        self.bot.waker.every("buddy-rotations", 60, self.rotation_tick)

    # ---- helpers -------------------------------------------------------------------------------

    def t(self, key: str, locale: Any, **params: Any) -> str:
        return self.bot.text(key, locale, **params)

    def server_name(self, guild_id: int) -> str:
        guild = self.bot.get_guild(guild_id)
        return guild.name if guild else "your server"

    def names(self, user_ids: tuple[int, ...] | list[int]) -> str:
        return ", ".join(f"<@{u}>" for u in user_ids)

    async def _zone_of(self, guild_id: int, user_id: int) -> str:
        return await member_timezone(self.bot.db, guild_id, user_id, self.bot.settings.default_timezone)

    async def _next_text(self, locale: Any, guild_id: int) -> str:
        config = await storage.get_config(self.bot.db, guild_id)
        if config.next_rotation is None:
            return self.t("buddy.no_rotation", locale)
        zone = await self._server_zone(guild_id)
        when = config.next_rotation.astimezone(zone).strftime("%Y-%m-%d %H:%M") + f" ({zone.key})"
        return self.t("buddy.next_rotation", locale, when=when)

    async def _server_zone(self, guild_id: int) -> ZoneInfo:
        return await server_zone(self.bot.db, guild_id, self.bot.settings.default_timezone)

    async def dm(self, user_id: int, content: str, components: list[dict] | None = None, *, key: str) -> str:
        """A DM a member is waiting on; returns the sender's status."""
        return await self.bot.dispatcher.send_now(user_id, Outgoing(content, components or []), key)

    # ---- member commands -----------------------------------------------------------------------

    @app_commands.command(name="join", description="Join the buddy pool")
    @app_commands.describe(about="A line about you, shown only to future buddies (max 200 characters)")
    async def join(self, interaction: discord.Interaction, about: str | None = None) -> None:
        assert interaction.guild_id is not None
        harm = harm_matcher(self.bot.catalogue)
        about = words_for_others(clean_line(about or ""), limit=ABOUT_MAX, harm=harm, errors="buddy.about_")
        zone = await self._zone_of(interaction.guild_id, interaction.user.id)
        await storage.join(self.bot.db, interaction.guild_id, interaction.user.id, about, zone, self.bot.clock.now())
        nxt = await self._next_text(interaction, interaction.guild_id)
        await reply(interaction, self.t("buddy.joined", interaction, next=nxt))

    @app_commands.command(name="leave", description="Leave the buddy pool")
    async def leave(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        if not await storage.leave(self.bot.db, interaction.guild_id, interaction.user.id):
            raise UserFacingError("buddy.not_in_pool")
        await reply(interaction, self.t("buddy.left", interaction))

    @app_commands.command(name="me", description="Your current buddy and the next round")
    async def me(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        group = await storage.active_group(self.bot.db, interaction.guild_id, interaction.user.id)
        nxt = await self._next_text(interaction, interaction.guild_id)
        if group is None:
            in_pool = await storage.in_pool(self.bot.db, interaction.guild_id, interaction.user.id)
            pool = self.t("buddy.me_pool_in" if in_pool else "buddy.me_pool_out", interaction)
            await reply(interaction, self.t("buddy.me_none", interaction, pool=pool) + " " + nxt)
            return
        others = [u for u in group.members if u != interaction.user.id]
        since = group.started_at.date().isoformat() if group.started_at else "?"
        await reply(interaction, self.t("buddy.me_group", interaction, names=self.names(others), since=since, next=nxt))

    @app_commands.command(name="end", description="End your current pairing, privately and without blame")
    async def end(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        group = await storage.active_group(self.bot.db, interaction.guild_id, interaction.user.id)
        if group is None:
            raise UserFacingError("buddy.end_none")
        await self._end_group(group, ended_by=interaction.user.id)
        await reply(interaction, self.t("buddy.ended", interaction))

    async def _end_group(self, group: storage.Group, *, ended_by: int | None) -> None:
        await storage.set_status(self.bot.db, group.id, "ended", self.bot.clock.now())
        server = self.server_name(group.guild_id)
        for user_id in group.members:
            if user_id == ended_by:
                continue
            info = await members.get(self.bot.db, user_id)
            text = self.bot.text("buddy.ended_partner", info.last_locale, server=server)
            await self.dm(user_id, text, key=f"ended-{group.id}")

    @app_commands.command(name="avoid", description="Never be paired with someone (private)")
    async def avoid(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._avoid(interaction, member, True)

    @app_commands.command(name="unavoid", description="Take someone off your never-pair list")
    async def unavoid(self, interaction: discord.Interaction, member: discord.User) -> None:
        await self._avoid(interaction, member, False)

    async def _avoid(self, interaction: discord.Interaction, member: discord.User, avoid: bool) -> None:
        assert interaction.guild_id is not None
        if member.id == interaction.user.id:
            raise UserFacingError("buddy.avoid_self")
        name = inert(member.display_name)
        changed = await storage.set_avoid(
            self.bot.db,
            self.bot.keys,
            interaction.guild_id,
            interaction.user.id,
            member.id,
            avoid,
            self.bot.clock.now(),
        )
        if avoid:
            key = "buddy.avoid_set" if changed else "buddy.avoid_already"
        else:
            key = "buddy.unavoid_set" if changed else "buddy.unavoid_none"
        await reply(interaction, self.t(key, interaction, name=name))

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
        others = [u for u in group.members if u != interaction.user.id]
        name = inert(interaction.user.display_name)
        sent = []
        for user_id in others:
            info = await members.get(self.bot.db, user_id)
            text = self.bot.text("buddy.ping_dm", info.last_locale, name=name, server=interaction.guild.name)
            if await self.dm(user_id, text, key=f"ping-{interaction.user.id}-{day}") == "sent":
                sent.append(user_id)
        if not sent:
            await self.bot.db.execute(
                "DELETE FROM buddy_pings WHERE guild_id = ? AND user_id = ? AND day = ?",
                (interaction.guild_id, interaction.user.id, day),
            )
            content = self.t("buddy.ping_failed", interaction)
        else:
            content = self.t("buddy.ping_sent", interaction, names=self.names(sent))
        await interaction.edit_original_response(content=content)

    # ---- moderator commands --------------------------------------------------------------------

    @app_commands.command(name="pair", description="Suggest a pairing; it starts when everyone accepts")
    @moderator_only()
    async def pair_members(
        self,
        interaction: discord.Interaction,
        first: discord.User,
        second: discord.User,
        third: discord.User | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        chosen = [m for m in (first, second, third) if m is not None]
        self._check_pairable(interaction, chosen)
        ids = tuple(m.id for m in chosen)
        await self._check_not_avoided(interaction.guild_id, ids)
        busy = [u for u in ids if await storage.open_group(self.bot.db, interaction.guild_id, u)]
        if busy:
            joined = ".".join(str(u) for u in ids)
            components = rows(
                [
                    button(f"bd:replace:{joined}", self.t("buddy.buttons.replace", interaction), PRIMARY),
                    button("bd:cancel:-", self.t("buddy.buttons.cancel", interaction)),
                ]
            )
            await reply(
                interaction, self.t("buddy.pair.busy", interaction, names=self.names(busy)), view=_view(components)
            )
            return
        await self._propose(interaction, ids)

    async def _check_not_avoided(self, guild_id: int, ids: tuple[int, ...]) -> None:
        """A member's never-pair list holds for moderators too; the moderator is told only that it can't be."""
        if await storage.avoid_pairs(self.bot.db, self.bot.keys, guild_id, list(ids)):
            raise UserFacingError("buddy.pair.not_possible")

    def _check_pairable(self, interaction: discord.Interaction, chosen: list[discord.User]) -> None:
        if len({m.id for m in chosen}) != len(chosen):
            raise UserFacingError("buddy.pair.self")
        for member in chosen:
            name = inert(member.display_name)
            if member.bot:
                raise UserFacingError("buddy.pair.bot", name=name)
            if not isinstance(member, discord.Member):
                raise UserFacingError("buddy.pair.not_member", name=name)

    async def _propose(self, interaction: discord.Interaction, ids: tuple[int, ...]) -> None:
        assert interaction.guild_id is not None and interaction.guild is not None
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        now = self.bot.clock.now()
        group_id = await storage.create_group(
            self.bot.db, interaction.guild_id, ids, now, status="proposed", proposed_by=interaction.user.id
        )
        for user_id in ids:
            others = self.names([u for u in ids if u != user_id])
            info = await members.get(self.bot.db, user_id)
            text = self.bot.text("buddy.pair.invite", info.last_locale, server=interaction.guild.name, others=others)
            components = rows(
                [
                    button(f"bd:accept:{group_id}", self.bot.text("buddy.buttons.accept", info.last_locale), PRIMARY),
                    button(f"bd:decline:{group_id}", self.bot.text("buddy.buttons.decline", info.last_locale)),
                ]
            )
            await self.dm(user_id, text, components, key=f"invite-{group_id}")
        content = self.t("buddy.pair.proposed", interaction, names=self.names(ids))
        if interaction.type == discord.InteractionType.application_command:
            await interaction.edit_original_response(content=content)
        else:
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_PINGS)

    @app_commands.command(name="unpair", description="End a member's current pairing")
    @moderator_only()
    async def unpair(self, interaction: discord.Interaction, member: discord.User) -> None:
        assert interaction.guild_id is not None
        group = await storage.active_group(self.bot.db, interaction.guild_id, member.id)
        name = inert(member.display_name)
        if group is None:
            raise UserFacingError("buddy.pair.unpair_none", name=name)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await self._end_group(group, ended_by=None)
        await interaction.edit_original_response(content=self.t("buddy.pair.unpaired", interaction, name=name))

    @app_commands.command(name="list", description="See current pairings")
    @moderator_only()
    async def list_pairings(self, interaction: discord.Interaction) -> None:
        content, view = await self._list_page(interaction, 0)
        await reply(interaction, content, view=view)

    async def _list_page(self, interaction: discord.Interaction, page: int) -> tuple[str, discord.ui.View | None]:
        assert interaction.guild_id is not None
        groups = await storage.active_groups(self.bot.db, interaction.guild_id)
        if not groups:
            return self.t("buddy.list.empty", interaction), None
        pages = math.ceil(len(groups) / PAGE)
        page = max(0, min(page, pages - 1))
        counts = await storage.connection_counts(self.bot.db, interaction.guild_id)

        def shown(answer: str) -> str:  # the same rule as /insights: no cell from fewer than 5 members
            figure = count_figure(counts.get(answer, 0))
            return self.t("insights.few", interaction) if figure.value is None else f"{figure.value:.0f}"

        lines = [
            self.t("buddy.list.title", interaction, page=page + 1, pages=pages),
            self.t(
                "buddy.list.connected",
                interaction,
                yes=shown("yes"),
                not_yet=shown("not_yet"),
                not_working=shown("not_working"),
            ),
        ]
        for index, group in enumerate(groups[page * PAGE : (page + 1) * PAGE], start=page * PAGE + 1):
            since = group.started_at.date().isoformat() if group.started_at else "?"
            lines.append(
                self.t("buddy.list.line", interaction, index=index, names=self.names(group.members), since=since)
            )
        nav = []
        if page > 0:
            nav.append(button(f"bd:list:{page - 1}", self.t("buddy.buttons.previous", interaction)))
        if page < pages - 1:
            nav.append(button(f"bd:list:{page + 1}", self.t("buddy.buttons.next", interaction)))
        return "\n".join(lines), (_view(rows(nav)) if nav else None)

    @app_commands.command(name="match", description="Run automatic matching now, with a preview")
    @moderator_only()
    async def match_now(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        seed = int(self.bot.clock.now().timestamp())
        plan = await self._plan(interaction.guild_id, seed)
        if plan is None:
            count = len(await storage.pool(self.bot.db, interaction.guild_id, self.bot.clock.now()))
            raise UserFacingError("buddy.match.too_few", count=count)
        groups, unmatched = plan
        fingerprint = _fingerprint(groups)
        lines = "\n".join(f"{i}. {self.names(g)}" for i, g in enumerate(groups, start=1))
        extra = self.t("buddy.match.unmatched", interaction, names=self.names(unmatched)) if unmatched else ""
        text = self.t("buddy.match.preview", interaction, count=len(groups), lines=lines, unmatched=extra)
        components = rows(
            [
                button(f"bd:confirm:{seed}.{fingerprint}", self.t("buddy.buttons.confirm", interaction), PRIMARY),
                button("bd:cancel:-", self.t("buddy.buttons.cancel", interaction)),
            ]
        )
        await reply(interaction, text[:2000], view=_view(components))

    async def _plan(self, guild_id: int, seed: int) -> tuple[list[tuple[int, ...]], list[int]] | None:
        """The groups a round would make now (the matching module, fed from storage)."""
        now = self.bot.clock.now()
        pool = await storage.pool(self.bot.db, guild_id, now)
        if len(pool) < 2:
            return None
        config = await storage.get_config(self.bot.db, guild_id)
        candidates = []
        for member in pool:
            zone = parse_timezone(member.timezone) or ZoneInfo("UTC")
            offset = now.astimezone(zone).utcoffset() or timedelta()
            candidates.append(Candidate(member.user_id, int(offset.total_seconds() // 60)))
        result = match(
            candidates,
            recent=await storage.recent_pairs(self.bot.db, guild_id, config.recent_rounds),
            avoid=await storage.avoid_pairs(self.bot.db, self.bot.keys, guild_id, [c.user_id for c in candidates]),
            preferred_size=config.group_size,
            seed=seed,
        )
        return result.groups, result.unmatched

    async def run_round(self, guild_id: int, seed: int) -> int:
        """Make a round's groups, introduce them, plan the follow-ups; returns the number of groups."""
        plan = await self._plan(guild_id, seed)
        now = self.bot.clock.now()
        if plan is None:
            for member in await storage.pool(self.bot.db, guild_id, now):
                info = await members.get(self.bot.db, member.user_id)
                text = self.bot.text("buddy.no_match", info.last_locale, server=self.server_name(guild_id))
                await self.dm(member.user_id, text, key=f"nomatch-{guild_id}-{seed}")
            return 0
        groups, unmatched = plan
        round_id = await storage.new_round(self.bot.db, guild_id, seed, now)
        for members_ in groups:
            group_id = await storage.create_group(
                self.bot.db, guild_id, members_, now, status="active", round_id=round_id
            )
            await self._introduce(group_id)
        for user_id in unmatched:
            info = await members.get(self.bot.db, user_id)
            text = self.bot.text("buddy.no_match", info.last_locale, server=self.server_name(guild_id))
            await self.dm(user_id, text, key=f"nomatch-{guild_id}-{seed}")
        return len(groups)

    async def _introduce(self, group_id: int) -> None:
        """A private thread in the intro channel with an icebreaker; DMs naming the others otherwise."""
        group = await storage.get_group(self.bot.db, group_id)
        assert group is not None
        config = await storage.get_config(self.bot.db, group.guild_id)
        server = await guild_settings.get(self.bot.db, group.guild_id)
        locale = server.preferred_locale
        abouts = await storage.abouts(self.bot.db, group.guild_id, group.members)
        if config.intro_channel_id:
            try:
                channel = self.bot.get_partial_messageable(config.intro_channel_id, guild_id=group.guild_id)
                # Without the member intent the bot has no names to put in a thread title: a date it is.
                thread_name = self.bot.text("buddy.intro_thread", locale, date=self.bot.clock.now().date().isoformat())
                data = await self.bot.http.start_thread_without_message(
                    channel.id, name=thread_name, auto_archive_duration=10080, type=12, invitable=False
                )
                thread_id = int(data["id"])
                for user_id in group.members:
                    await self.bot.http.add_user_to_thread(thread_id, user_id)
                _, icebreaker = self.bot.catalogue.pick("buddy.icebreaker", locale, mentions=self.names(group.members))
                lines = [icebreaker] + [
                    self.bot.text("buddy.about_line", locale, name=f"<@{u}>", about=inert(abouts[u]))
                    for u in group.members
                    if abouts.get(u)
                ]
                # Only the group's own members are pinged; anything an "about" line mentions is inert.
                pings = discord.AllowedMentions(
                    users=[discord.Object(u) for u in group.members], everyone=False, roles=False
                )
                await self.bot.get_partial_messageable(thread_id).send("\n".join(lines)[:2000], allowed_mentions=pings)
                await storage.set_thread(self.bot.db, group.id, thread_id)
                await self._plan_followups(group)
                await self._ask_consent(group)
                return
            except discord.HTTPException:
                log.info("No intro thread for group %s (permissions?); introducing by DM", group.id)
        for user_id in group.members:
            info = await members.get(self.bot.db, user_id)
            others = [u for u in group.members if u != user_id]
            about_lines = "".join(
                "\n" + self.bot.text("buddy.about_line", info.last_locale, name=f"<@{u}>", about=inert(abouts[u]))
                for u in others
                if abouts.get(u)
            )
            text = self.bot.text(
                "buddy.intro_dm",
                info.last_locale,
                server=self.server_name(group.guild_id),
                names=self.names(others),
                abouts=about_lines,
            )
            await self.dm(user_id, text, key=f"intro-{group.id}")
        await self._plan_followups(group)
        await self._ask_consent(group)

    async def _plan_followups(self, group: storage.Group) -> None:
        """Halfway through the rotation (a week when there is none): "Did you two connect?"."""
        config = await storage.get_config(self.bot.db, group.guild_id)
        now = self.bot.clock.now()
        halfway = now + timedelta(days=(config.period_days or 14) / 2)
        for user_id in group.members:
            async with self.bot.db.transaction() as tx:
                await tx.execute(
                    "INSERT OR IGNORE INTO schedules (kind, user_id, guild_id, local_time, days, timezone, state,"
                    " created_at, updated_at) VALUES (?, ?, ?, '00:00', 127, 'UTC', 'paused', ?, ?)",
                    (KIND, user_id, group.guild_id, int(now.timestamp()), int(now.timestamp())),
                )
            anchor = await engine.get_schedule(self.bot.db, KIND, user_id, group.guild_id)
            assert anchor is not None
            await engine.add_delivery(
                self.bot.db, schedule_id=anchor.id, user_id=user_id, slot=f"followup-{group.id}", due=halfway, now=now
            )
        await self.bot.dispatcher.arm()

    # ---- rotation ------------------------------------------------------------------------------

    async def rotation_tick(self) -> None:
        """Run the rounds that are due (the database says which); plan each server's next one."""
        now = self.bot.clock.now()
        for guild_id in await storage.due_rotations(self.bot.db, now):
            config = await storage.get_config(self.bot.db, guild_id)
            try:
                await self.run_round(guild_id, seed=int(now.timestamp()))
            finally:
                nxt = await self.next_rotation(config, after=now)
                await storage.save_config(self.bot.db, _with(config, next_rotation=nxt), now)

    async def next_rotation(self, config: storage.Config, *, after: datetime) -> datetime | None:
        return await notify.next_rotation(self.bot, config, after=after)

    # ---- buttons -------------------------------------------------------------------------------

    async def on_button(self, interaction: discord.Interaction, action: str, args: dict[str, Any]) -> None:
        if action in MODERATOR_ACTIONS and not is_moderator(interaction):
            raise NotModerator()
        if action in ("accept", "decline"):
            await self._answer_proposal(interaction, args["id"], action == "accept")
        elif action == "conn":
            await self._connected(interaction, args["id"], args["answer"])
        elif action == "list":
            content, view = await self._list_page(interaction, args["page"])
            await interaction.response.edit_message(content=content, view=view)
        elif action == "confirm":
            await self._confirm_round(interaction, args["seed"], args["fingerprint"])
        elif action == "cancel":
            await interaction.response.edit_message(content=self.t("buddy.pair.cancelled", interaction), view=None)
        elif action == "replace":
            await self._replace(interaction, tuple(int(u) for u in args["ids"].split(".")))
        elif action in ("kind", "myself"):
            await self._support_reply(interaction, action, args["guild"], args["user"])
        elif action == "keep":
            await self._keep(interaction, args["id"])
        elif action == "consent":
            await self._consent(interaction, args["id"], args["yes"] == 1)

    async def _confirm_round(self, interaction: discord.Interaction, seed: int, fingerprint: str) -> None:
        assert interaction.guild_id is not None
        plan = await self._plan(interaction.guild_id, seed)
        if plan is None or _fingerprint(plan[0]) != fingerprint:
            # The pool changed since the preview: never pair people the moderator did not see.
            await interaction.response.edit_message(content=self.t("buddy.match.expired", interaction), view=None)
            return
        await interaction.response.defer()
        count = await self.run_round(interaction.guild_id, seed=seed)
        await interaction.edit_original_response(
            content=self.t("buddy.match.done", interaction, count=count), view=None
        )

    async def _replace(self, interaction: discord.Interaction, ids: tuple[int, ...]) -> None:
        """End the current pairings of the members a moderator chose, then propose theirs."""
        assert interaction.guild_id is not None
        if len(set(ids)) != len(ids) or any(u > 2**63 - 1 for u in ids):
            raise UserFacingError("buddy.pair.gone")
        await self._check_not_avoided(interaction.guild_id, ids)
        await interaction.response.edit_message(content=self.t("buddy.pair.replacing", interaction), view=None)
        for user_id in ids:
            group = await storage.open_group(self.bot.db, interaction.guild_id, user_id)
            if group is not None:
                await self._end_group(group, ended_by=None)
        await self._propose(interaction, ids)

    async def _answer_proposal(self, interaction: discord.Interaction, group_id: int, accepted: bool) -> None:
        group = await storage.get_group(self.bot.db, group_id)
        if group is None or group.status != "proposed":
            raise UserFacingError("buddy.pair.gone")
        if interaction.user.id not in group.members:
            raise UserFacingError("buddy.pair.not_yours")
        answers = await storage.answer_proposal(self.bot.db, group_id, interaction.user.id, accepted)
        now = self.bot.clock.now()
        if not accepted:
            await storage.set_status(self.bot.db, group_id, "declined", now)
            await interaction.response.edit_message(content=self.t("buddy.pair.declined", interaction), view=None)
            server = self.server_name(group.guild_id)
            for user_id in group.members:
                if user_id != interaction.user.id:
                    info = await members.get(self.bot.db, user_id)
                    text = self.bot.text("buddy.pair.declined_other", info.last_locale, server=server)
                    await self.dm(user_id, text, key=f"declined-{group_id}")
            if group.proposed_by:
                info = await members.get(self.bot.db, group.proposed_by)
                text = self.bot.text("buddy.pair.declined_moderator", info.last_locale, names=self.names(group.members))
                await self.dm(group.proposed_by, text, key=f"declined-mod-{group_id}")
            return
        if all(a is True for a in answers):
            # Someone may have been paired elsewhere while this one waited: one pairing at a time.
            for user_id in group.members:
                if await storage.active_group(self.bot.db, group.guild_id, user_id):
                    await storage.set_status(self.bot.db, group_id, "declined", now)
                    raise UserFacingError("buddy.pair.gone")
            await storage.set_status(self.bot.db, group_id, "active", now)
            await interaction.response.edit_message(content=self.t("buddy.pair.started", interaction), view=None)
            await self._introduce(group_id)
        else:
            await interaction.response.edit_message(content=self.t("buddy.pair.accepted_wait", interaction), view=None)

    async def _connected(self, interaction: discord.Interaction, group_id: int, answer: str) -> None:
        group = await storage.get_group(self.bot.db, group_id)
        if group is None or interaction.user.id not in group.members or answer not in ("yes", "not_yet", "not_working"):
            raise UserFacingError("buddy.pair.gone")
        kept = await storage.set_connected(self.bot.db, group_id, interaction.user.id, answer, self.bot.clock.now())
        await interaction.response.edit_message(content=self.t(f"buddy.followup_{answer}", interaction), view=None)
        if kept:
            await self._tell_kept(group)

    async def _keep(self, interaction: discord.Interaction, group_id: int) -> None:
        """Keep us together: once everyone in the group wants it, the group carries over the next rounds."""
        group = await storage.get_group(self.bot.db, group_id)
        if group is None or group.status != "active" or interaction.user.id not in group.members:
            raise UserFacingError("buddy.pair.gone")
        kept = await storage.vote_keep(self.bot.db, group_id, interaction.user.id)
        await interaction.response.edit_message(content=self.t("buddy.keep_noted", interaction), view=None)
        if kept:
            await self._tell_kept(group)

    async def _tell_kept(self, group: storage.Group) -> None:
        server = self.server_name(group.guild_id)
        for user_id in group.members:
            info = await members.get(self.bot.db, user_id)
            await self.dm(user_id, self.bot.text("buddy.kept", info.last_locale, server=server), key=f"kept-{group.id}")

    # ---- consent follows the person --------------------------------------------------------------

    async def _shared_things(self, guild_id: int, user_id: int) -> list[str]:
        """What this member chose to let "my buddy" receive, as catalogue keys."""
        things = []
        prefs = await checkin_storage.get_prefs(self.bot.db, user_id, guild_id)
        if prefs.buddy_note_after:
            things.append("buddy.consent_quiet")
        if await goal_storage.has_shared(self.bot.db, user_id, guild_id):
            things.append("buddy.consent_goals")
        return things

    async def _ask_consent(self, group: storage.Group) -> None:
        """A new pairing: each member who shares something with "my buddy" is asked again, for this buddy."""
        server = self.server_name(group.guild_id)
        for user_id in group.members:
            things = await self._shared_things(group.guild_id, user_id)
            if not things:
                continue
            info = await members.get(self.bot.db, user_id)
            locale = info.last_locale
            listed = "\n".join("• " + self.bot.text(key, locale) for key in things)
            others = self.names([u for u in group.members if u != user_id])
            text = self.bot.text("buddy.consent_ask", locale, server=server, names=others, things=listed)
            components = rows(
                [
                    button(f"bd:consent:{group.id}:1", self.bot.text("buddy.buttons.consent_yes", locale), PRIMARY),
                    button(f"bd:consent:{group.id}:0", self.bot.text("buddy.buttons.consent_no", locale)),
                ]
            )
            await self.dm(user_id, text, components, key=f"consent-{group.id}")

    async def _consent(self, interaction: discord.Interaction, group_id: int, yes: bool) -> None:
        group = await storage.get_group(self.bot.db, group_id)
        if group is None or group.status != "active" or interaction.user.id not in group.members:
            raise UserFacingError("buddy.pair.gone")
        await storage.set_consent(self.bot.db, group_id, interaction.user.id, yes, self.bot.clock.now())
        key = "buddy.consent_given" if yes else "buddy.consent_refused"
        await interaction.response.edit_message(content=self.t(key, interaction), view=None)

    # ---- the check-in's "Let my buddy know" ----------------------------------------------------

    async def _support_reply(self, interaction: discord.Interaction, action: str, guild_id: int, user_id: int) -> None:
        group = await storage.active_group(self.bot.db, guild_id, user_id)
        if group is None or interaction.user.id not in group.members or interaction.user.id == user_id:
            raise UserFacingError("buddy.pair.gone")
        if action == "myself":
            await reply(interaction, self.t("buddy.reach_myself_ack", interaction))
            return
        day = self.bot.clock.now().date().isoformat()
        if not await storage.record_kindness(self.bot.db, guild_id, interaction.user.id, user_id, day):
            raise UserFacingError("buddy.kind_word_once")
        info = await members.get(self.bot.db, user_id)
        text = self.bot.text("buddy.kind_word_dm", info.last_locale, name=inert(interaction.user.display_name))
        await interaction.response.defer(ephemeral=True, thinking=True)
        status = await self.dm(user_id, text, key=f"kind-{interaction.user.id}-{user_id}-{day}")
        if status != "sent":
            await storage.forget_kindness(self.bot.db, guild_id, interaction.user.id, user_id, day)
        key = "buddy.kind_word_sent" if status == "sent" else "buddy.kind_word_failed"
        await interaction.edit_original_response(content=self.t(key, interaction))


def _fingerprint(groups: list[tuple[int, ...]]) -> str:
    """A short digest of a round's plan, carried by its Confirm button."""
    canonical = ";".join(",".join(map(str, sorted(g))) for g in sorted(groups, key=sorted))
    return hashlib.blake2b(canonical.encode(), digest_size=8).hexdigest()


def _with(config: storage.Config, **changes: Any) -> storage.Config:
    return replace(config, **changes)
