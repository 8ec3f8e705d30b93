"""A pairing's life outside any one command: the invitation, the introduction (a private thread, or
DMs), the halfway follow-up, the consent asks, keep-together and the end."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import timedelta
from typing import TYPE_CHECKING

import discord

from bot import guild_settings
from bot.engine import storage as engine
from bot.engine.dm import Outgoing
from bot.member_text import inert
from bot.messaging import dm_built, dm_member
from cogs.buddies import storage
from cogs.buddies._buttons import consent_buttons, invite_buttons
from cogs.checkins import storage as checkin_storage
from cogs.goals import storage as goal_storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)

# Follow-ups are engine deliveries hanging off one anchor schedule per member and server.
FOLLOWUP_KIND = "buddy"
FOLLOWUP_SLOT = "followup-{group_id}"
THREAD_ARCHIVE_MINUTES = 10080
PRIVATE_THREAD = 12


def names(user_ids: Iterable[int]) -> str:
    return ", ".join(f"<@{u}>" for u in user_ids)


def others(group: storage.Group, user_id: int | None) -> list[int]:
    return [u for u in group.members if u != user_id]


def server_name(bot: CheckinBot, guild_id: int, unknown: str = "your server") -> str:
    guild = bot.get_guild(guild_id)
    return guild.name if guild else unknown


async def end_group(bot: CheckinBot, group: storage.Group, *, ended_by: int | None, server: str | None = None) -> None:
    """End a pairing; everyone but whoever ended it is told kindly, never why."""
    await storage.set_status(bot.db, group.id, "ended", bot.clock.now())
    if server is None:
        server = server_name(bot, group.guild_id)
    for user_id in others(group, ended_by):
        await dm_member(bot, user_id, "buddy.ended_partner", nonce=f"ended-{group.id}", server=server)


async def invite(bot: CheckinBot, group_id: int, ids: tuple[int, ...], server: str) -> None:
    """A moderator's suggestion: each member is asked, and it starts only when everyone accepts."""
    for user_id in ids:
        await dm_member(
            bot, user_id, "buddy.pair.invite", nonce=f"invite-{group_id}", components=invite_buttons(bot, group_id),
            server=server, others=names(u for u in ids if u != user_id),
        )  # fmt: skip


async def tell_declined(bot: CheckinBot, group: storage.Group, declined_by: int) -> None:
    """Nobody learns who said no: the others hear only that it didn't start, the moderator likewise."""
    server = server_name(bot, group.guild_id)
    for user_id in others(group, declined_by):
        await dm_member(bot, user_id, "buddy.pair.declined_other", nonce=f"declined-{group.id}", server=server)
    if group.proposed_by:
        await dm_member(
            bot, group.proposed_by, "buddy.pair.declined_moderator", nonce=f"declined-mod-{group.id}",
            names=names(group.members),
        )  # fmt: skip


async def tell_kept(bot: CheckinBot, group: storage.Group) -> None:
    server = server_name(bot, group.guild_id)
    for user_id in group.members:
        await dm_member(bot, user_id, "buddy.kept", nonce=f"kept-{group.id}", server=server)


# ---- introductions -----------------------------------------------------------------------------


async def introduce(bot: CheckinBot, group_id: int) -> None:
    """A private thread in the intro channel with an icebreaker; DMs naming the others otherwise.
    Then the follow-ups are planned and consent is asked for this buddy."""
    group = await storage.get_group(bot.db, group_id)
    assert group is not None
    config = await storage.get_config(bot.db, group.guild_id)
    abouts = await storage.abouts(bot.db, group.guild_id, group.members)
    if not (config.intro_channel_id and await _intro_thread(bot, group, config.intro_channel_id, abouts)):
        await _intro_dms(bot, group, abouts)
    await plan_followups(bot, group)
    await ask_consent(bot, group)


def _about_lines(bot: CheckinBot, locale: str | None, user_ids: Iterable[int], abouts: dict[int, str]) -> list[str]:
    return [
        bot.text("buddy.about_line", locale, name=f"<@{u}>", about=inert(abouts[u])) for u in user_ids if abouts.get(u)
    ]


async def _intro_thread(bot: CheckinBot, group: storage.Group, channel_id: int, abouts: dict[int, str]) -> bool:
    """False when the bot may not make the thread (permissions): the caller introduces by DM."""
    locale = (await guild_settings.get(bot.db, group.guild_id)).preferred_locale
    # Without the member intent the bot has no names to put in a thread title: a date it is.
    title = bot.text("buddy.intro_thread", locale, date=bot.clock.now().date().isoformat())
    _, icebreaker = bot.catalogue.pick("buddy.icebreaker", bot.catalogue_locale(locale), mentions=names(group.members))
    text = "\n".join([icebreaker, *_about_lines(bot, locale, group.members, abouts)])[:2000]
    # Only the group's own members are pinged; anything an "about" line mentions is inert.
    pings = discord.AllowedMentions(users=[discord.Object(u) for u in group.members], everyone=False, roles=False)
    try:
        data = await bot.http.start_thread_without_message(
            channel_id, name=title, auto_archive_duration=THREAD_ARCHIVE_MINUTES, type=PRIVATE_THREAD, invitable=False
        )
        thread_id = int(data["id"])
        for user_id in group.members:
            await bot.http.add_user_to_thread(thread_id, user_id)
        await bot.get_partial_messageable(thread_id).send(text, allowed_mentions=pings)
    except discord.HTTPException:
        log.info("No intro thread for group %s (permissions?); introducing by DM", group.id)
        return False
    await storage.set_thread(bot.db, group.id, thread_id)
    return True


async def _intro_dms(bot: CheckinBot, group: storage.Group, abouts: dict[int, str]) -> None:
    server = server_name(bot, group.guild_id)
    for user_id in group.members:
        partners = others(group, user_id)

        def intro(locale: str | None, partners: list[int] = partners) -> Outgoing:
            lines = "".join("\n" + line for line in _about_lines(bot, locale, partners, abouts))
            return Outgoing(bot.text("buddy.intro_dm", locale, server=server, names=names(partners), abouts=lines))

        await dm_built(bot, user_id, intro, nonce=f"intro-{group.id}")


async def plan_followups(bot: CheckinBot, group: storage.Group) -> None:
    """Halfway through the rotation (a week when there is none): "Did you two connect?"."""
    config = await storage.get_config(bot.db, group.guild_id)
    now = bot.clock.now()
    halfway = now + timedelta(days=(config.period_days or 14) / 2)
    slot = FOLLOWUP_SLOT.format(group_id=group.id)
    for user_id in group.members:
        async with bot.db.transaction() as tx:
            anchor = await engine.anchor(tx, kind=FOLLOWUP_KIND, user_id=user_id, guild_id=group.guild_id, now=now)
            await engine.add_one_off(tx, anchor.id, slot=slot, due=halfway, now=now)
    await bot.dispatcher.arm()


# ---- consent follows the person ------------------------------------------------------------------


async def _shared_things(bot: CheckinBot, guild_id: int, user_id: int) -> list[str]:
    """What this member chose to let "my buddy" receive, as catalogue keys."""
    things = []
    prefs = await checkin_storage.get_prefs(bot.db, user_id, guild_id)
    if prefs.buddy_note_after:
        things.append("buddy.consent_quiet")
    if await goal_storage.has_shared(bot.db, user_id, guild_id):
        things.append("buddy.consent_goals")
    return things


async def ask_consent(bot: CheckinBot, group: storage.Group) -> None:
    """A new pairing: each member who shares something with "my buddy" is asked again, for this buddy."""
    server = server_name(bot, group.guild_id)
    for user_id in group.members:
        things = await _shared_things(bot, group.guild_id, user_id)
        if not things:
            continue
        partners = names(others(group, user_id))

        def ask(locale: str | None, things: list[str] = things, partners: str = partners) -> Outgoing:
            listed = "\n".join("• " + bot.text(key, locale) for key in things)
            text = bot.text("buddy.consent_ask", locale, server=server, names=partners, things=listed)
            return Outgoing(text, consent_buttons(bot, group.id)(locale))

        await dm_built(bot, user_id, ask, nonce=f"consent-{group.id}")
