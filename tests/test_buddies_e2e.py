"""Buddy pairings end to end: the real bot, the sandbox, the shared clock (only ever moved forward)."""

from __future__ import annotations

import asyncio
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from discord import Permissions

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Message, Result, Sandbox, SandboxError, User
from bot.sandbox.model import PRIVATE_THREAD, Overwrite
from cogs.buddies import storage as buddy_storage
from tests.conftest import Community, bot_dms, displayed, dm_ids, is_checkin, last_dm

ZONE = "Europe/London"
NOTE = "Your note (private unless you share it)"


# ---- helpers -----------------------------------------------------------------------------------


async def join(community: Community, *users: User, about: str | None = None) -> None:
    for user in users:
        joined = await community.as_(user).slash("buddy join", about=about)
        assert "You're in the buddy pool" in joined.content, joined.content


async def groups(bot: CheckinBot, community: Community, status: str | None = None) -> dict[int, frozenset[int]]:
    rows = await bot.db.fetchall(
        "SELECT g.id, g.status, bm.user_id FROM buddy_groups g JOIN buddy_members bm ON bm.group_id = g.id"
        " WHERE g.guild_id = ? ORDER BY g.id",
        (community.guild.id,),
    )
    found: dict[int, set[int]] = {}
    for group_id, group_status, user_id in rows:
        if status is None or group_status == status:
            found.setdefault(group_id, set()).add(user_id)
    return {g: frozenset(m) for g, m in found.items()}


async def status_of(bot: CheckinBot, group_id: int) -> str:
    return await bot.db.fetchval("SELECT status FROM buddy_groups WHERE id = ?", (group_id,))


def ids(*users: User) -> frozenset[int]:
    return frozenset(u.id for u in users)


async def match_and_confirm(community: Community) -> Result:
    preview = await community.as_(community.maya).slash("buddy match")
    assert preview.ephemeral and "Preview of this round" in preview.content, preview.content
    assert preview.message is not None and preview.message.labels() == ["Confirm", "Cancel"]
    done = await community.as_(community.maya).click(preview.message, "Confirm")
    assert "Done" in done.content, done.content
    return done


async def pair_accepted(sandbox: Sandbox, bot: CheckinBot, community: Community, a: User, b: User) -> int:
    """A moderator's pairing that both members accept; returns the group id, once both members have
    this pairing's introduction DM. The bot sends the introductions after it answered the last Accept,
    so without that wait one could land in the middle of the test's next step (and be counted there)."""
    seen = {user.id: dm_ids(sandbox, user) for user in (a, b)}
    proposed = await community.as_(community.maya).slash("buddy pair", first=a, second=b)
    assert "I've asked" in proposed.content, proposed.content
    for user in (a, b):
        invite = await last_dm(sandbox, user, "suggested you and", seen=seen[user.id])
        await Actor(sandbox, user).click(invite, "Accept")
    for user in (a, b):
        await last_dm(sandbox, user, "paired as buddies", seen=seen[user.id])
    (group_id,) = [g for g, m in (await groups(bot, community, "active")).items() if m == ids(a, b)]
    return group_id


async def opt_in(community: Community, user: User, clock: FakeClock) -> None:
    """/checkin start two hours from now, then Start (as in test_checkins_e2e)."""
    at = (clock.now() + timedelta(hours=2)).astimezone(ZoneInfo(ZONE)).strftime("%H:%M")
    actor = community.as_(user)
    prompt = await actor.slash("checkin start", time=at, timezone=ZONE)
    assert prompt.message is not None
    started = await actor.click(prompt.message, "Start")
    assert "All set" in started.content, started.content


async def next_checkin(sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, user: User) -> Message:
    """The one check-in the next slot brings, known by its buttons: another DM still on its way from an
    earlier step (an introduction, say) may arrive meanwhile, and is not it."""
    before = {m.id for m in sandbox.dms_to(user)}
    clock.advance(hours=2, minutes=1)
    await bot.dispatcher.run_once()
    new = [m for m in bot_dms(sandbox, user) if m.id not in before and is_checkin(m)]
    assert len(new) == 1, [m.content for m in new]
    return new[0]


async def test_join_me_leave_and_about_lines(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    alex, guild_id = community.as_(community.alex), community.guild.id

    async def pool() -> list[tuple]:
        rows = await bot.db.fetchall("SELECT user_id, about FROM buddy_pool WHERE guild_id = ?", (guild_id,))
        return [tuple(r) for r in rows]

    joined = await alex.slash("buddy join", about="I like long walks")
    assert joined.ephemeral and "only shown to future buddies" in joined.content
    assert await pool() == [(community.alex.id, "I like long walks")]
    me = await alex.slash("buddy me")
    assert "don't have a buddy right now" in me.content and "You're in the pool for the next round" in me.content
    assert "when a moderator runs a round" in me.content

    left = await alex.slash("buddy leave")
    assert "You're out of the buddy pool" in left.content and await pool() == []
    again = await alex.slash("buddy leave")
    assert again.ephemeral and "weren't in the buddy pool, so nothing changed" in again.content

    too_long = await alex.slash("buddy join", about="x" * 201)
    assert "201 characters" in too_long.content and "Nothing was changed" in too_long.content
    assert await pool() == []

    about = "@everyone come say hi <3"
    await join(community, community.alex, about=about)
    assert await pool() == [(community.alex.id, about)]  # stored as written
    await join(community, community.sam)
    await match_and_confirm(community)
    intro = await last_dm(sandbox, community.sam, "paired as buddies")
    assert f"<@{community.alex.id}>" in intro.content and about in displayed(intro.content)
    assert "@everyone" not in intro.pings and "@here" not in intro.pings


async def test_match_makes_private_threads(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    maya = community.as_(community.maya)
    intro = sandbox.add_text_channel(community.guild, "buddies")
    await asyncio.sleep(0.05)  # the bot learns about the channel
    configured = await maya.slash("config buddies", intro_channel=intro)
    assert "Saved" in configured.content and f"<#{intro.id}>" in configured.content
    robin, kai = community.add_member("robin"), community.add_member("kai")
    everyone = (community.alex, community.sam, robin, kai)
    await join(community, community.alex, about="@everyone tea?")
    await join(community, community.sam, robin, kai)

    preview = await maya.slash("buddy match")
    assert preview.ephemeral and "Preview of this round" in preview.content
    assert all(f"<@{u.id}>" in preview.content for u in everyone)
    assert preview.message is not None and preview.message.labels() == ["Confirm", "Cancel"]
    assert await groups(bot, community) == {}  # a preview changes nothing
    await maya.click(preview.message, "Confirm")

    made = await groups(bot, community, "active")
    assert len(made) == 2 and frozenset().union(*made.values()) == ids(*everyone)
    threads = [c for c in sandbox.channels.values() if c.type == PRIVATE_THREAD and c.parent_id == intro.id]
    assert len(threads) == 2
    for thread in threads:
        members = frozenset(thread.thread_members - {sandbox.bot_user.id})
        assert members in made.values() and sandbox.bot_user.id in thread.thread_members
        assert community.maya.id not in thread.thread_members  # moderators never see the thread
        (icebreaker,) = sandbox.messages_in(thread)
        assert set(icebreaker.pings) == {f"user:{u}" for u in members}  # only the group, never @everyone
        if community.alex.id in members:
            assert "@everyone tea?" in icebreaker.content
        group_id = next(g for g, m in made.items() if m == members)
        assert await bot.db.fetchval("SELECT thread_id FROM buddy_groups WHERE id = ?", (group_id,)) == thread.id
    assert sandbox.dms_to(community.maya) == []  # nothing of the threads reached the moderator

    partner = next(iter(next(m for m in made.values() if community.alex.id in m) - ids(community.alex)))
    me = await community.as_(community.alex).slash("buddy me")
    assert "You're paired with" in me.content and f"<@{partner}>" in me.content


async def test_intros_by_dm_without_threads(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    await join(community, community.alex, community.sam)
    await match_and_confirm(community)
    assert f"<@{community.sam.id}>" in (await last_dm(sandbox, community.alex, "paired as buddies")).content
    assert f"<@{community.alex.id}>" in (await last_dm(sandbox, community.sam, "paired as buddies")).content

    # An intro channel where the bot can no longer create threads: introductions fall back to DMs.
    intro = sandbox.add_text_channel(community.guild, "buddies")
    await asyncio.sleep(0.05)
    await community.as_(community.maya).slash("config buddies", intro_channel=intro)
    intro.overwrites.append(Overwrite(sandbox.bot_user.id, True, deny=Permissions(create_private_threads=True).value))
    for user in (community.alex, community.sam):
        await community.as_(user).slash("buddy leave")
    robin, kai = community.add_member("robin"), community.add_member("kai")
    await join(community, robin, kai)
    await match_and_confirm(community)
    assert [c for c in sandbox.channels.values() if c.parent_id == intro.id] == []
    assert ids(robin, kai) in (await groups(bot, community, "active")).values()
    assert f"<@{kai.id}>" in (await last_dm(sandbox, robin, "paired as buddies")).content
    assert f"<@{robin.id}>" in (await last_dm(sandbox, kai, "paired as buddies")).content


async def test_pair_needs_consent_of_all(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    maya = community.as_(community.maya)
    proposed = await maya.slash("buddy pair", first=community.alex, second=community.sam)
    assert proposed.ephemeral and "starts only when everyone accepts" in proposed.content
    (group_id,) = await groups(bot, community)
    invites = {u.id: await last_dm(sandbox, u, "suggested you and") for u in (community.alex, community.sam)}
    assert all(m.labels() == ["Accept", "Decline"] for m in invites.values())
    assert f"<@{community.sam.id}>" in invites[community.alex.id].content
    waiting = await Actor(sandbox, community.alex).click(invites[community.alex.id], "Accept")
    assert "Waiting for the others" in waiting.content and await status_of(bot, group_id) == "proposed"
    assert bot_dms(sandbox, community.alex, "paired as buddies") == []
    started = await Actor(sandbox, community.sam).click(invites[community.sam.id], "Accept")
    assert "you're buddies now" in started.content and await status_of(bot, group_id) == "active"
    assert f"<@{community.sam.id}>" in (await last_dm(sandbox, community.alex, "paired as buddies")).content

    robin, kai = community.add_member("robin"), community.add_member("kai")
    await maya.slash("buddy pair", first=robin, second=kai)
    (other_id,) = [g for g, m in (await groups(bot, community)).items() if m == ids(robin, kai)]
    declined = await Actor(sandbox, robin).click(await last_dm(sandbox, robin, "suggested you and"), "Decline")
    assert "nobody will be told who said no" in declined.content
    assert await status_of(bot, other_id) == "declined"
    told = await last_dm(sandbox, kai, "didn't start this time")
    assert "robin" not in told.content and str(robin.id) not in told.content and "declin" not in told.content
    moderator = await last_dm(sandbox, community.maya, "didn't start")
    assert "Nobody is named" in moderator.content and "declin" not in moderator.content
    late = await Actor(sandbox, kai).click(await last_dm(sandbox, kai, "suggested you and"), "Accept")
    assert "no longer open" in late.content and await status_of(bot, other_id) == "declined"


async def test_pair_intro_shows_about_lines(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    await join(community, community.alex, about="I knit on Sundays")
    await pair_accepted(sandbox, bot, community, community.alex, community.sam)
    assert "I knit on Sundays" in (await last_dm(sandbox, community.sam, "paired as buddies")).content


async def test_pair_bad_input_and_replace(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    maya = community.as_(community.maya)
    helper = community.add_member("helperbot", bot=True)
    stranger = sandbox.create_user("stranger")
    cases = [
        (community.alex, community.alex, "can't be paired with themselves"),
        (community.alex, helper, "is a bot"),
        (community.alex, stranger, "isn't a member of this server"),
    ]
    for first, second, expected in cases:
        refused = await maya.slash("buddy pair", first=first, second=second)
        assert refused.ephemeral and expected in refused.content and "Nothing was changed" in refused.content
    assert await groups(bot, community) == {} and bot_dms(sandbox, community.alex) == []

    old = await pair_accepted(sandbox, bot, community, community.alex, community.sam)
    robin = community.add_member("robin")
    offer = await maya.slash("buddy pair", first=community.alex, second=robin)
    assert offer.ephemeral and "already have a buddy" in offer.content and f"<@{community.alex.id}>" in offer.content
    assert offer.message is not None and offer.message.labels() == ["Replace the current pairing", "Cancel"]
    assert len(await groups(bot, community)) == 1 and bot_dms(sandbox, robin) == []
    cancelled = await maya.click(offer.message, "Cancel")
    assert "nothing was changed" in cancelled.content and await status_of(bot, old) == "active"

    offer = await maya.slash("buddy pair", first=community.alex, second=robin)
    replaced = await maya.click(offer.message, "Replace the current pairing")
    assert "I've asked" in (await replaced.wait_followups(1))[0].content
    assert await status_of(bot, old) == "ended"
    assert "has ended" in (await last_dm(sandbox, community.sam, "buddy pairing")).content
    assert ids(community.alex, robin) in (await groups(bot, community, "proposed")).values()
    assert (await last_dm(sandbox, robin, "suggested you and")).labels() == ["Accept", "Decline"]


async def test_replace_does_not_say_unchanged(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    await pair_accepted(sandbox, bot, community, community.alex, community.sam)
    maya, robin = community.as_(community.maya), community.add_member("robin")
    offer = await maya.slash("buddy pair", first=community.alex, second=robin)
    replaced = await maya.click(offer.message, "Replace the current pairing")
    await replaced.wait_followups(1)  # all the moderator is shown: the update, then "I've asked"
    assert "nothing was changed" not in replaced.text.lower()


async def test_two_proposals_one_active_pair(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    maya, robin = community.as_(community.maya), community.add_member("robin")
    await maya.slash("buddy pair", first=community.alex, second=community.sam)
    await maya.slash("buddy pair", first=community.alex, second=robin)
    for user in (community.alex, community.sam, robin):
        for invite in bot_dms(sandbox, user, "suggested you and"):
            await Actor(sandbox, user).click(invite, "Accept")
    active = (await groups(bot, community, "active")).values()
    assert sum(community.alex.id in members for members in active) <= 1


async def test_end_is_kind_and_rematchable(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    alex, maya = community.as_(community.alex), community.as_(community.maya)
    nothing = await alex.slash("buddy end")
    assert "there's nothing to end" in nothing.content
    await join(community, community.alex, community.sam)
    group_id = await pair_accepted(sandbox, bot, community, community.alex, community.sam)
    too_few = await maya.slash("buddy match")
    assert "aren't enough people" in too_few.content and "0 in the pool" in too_few.content

    ended = await alex.slash("buddy end")
    assert "has ended, privately" in ended.content and await status_of(bot, group_id) == "ended"
    told = await last_dm(sandbox, community.sam, "has ended")
    assert "nobody did anything wrong" in told.content
    assert "alex" not in told.content and str(community.alex.id) not in told.content
    assert bot_dms(sandbox, community.alex, "has ended") == []  # the one who ended it isn't DMed
    assert "don't have a buddy" in (await community.as_(community.sam).slash("buddy me")).content

    preview = await maya.slash("buddy match")
    assert f"<@{community.alex.id}>" in preview.content and f"<@{community.sam.id}>" in preview.content


async def test_avoid_forces_the_grouping(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    alex = community.as_(community.alex)
    robin, kai = community.add_member("robin"), community.add_member("kai")
    refused = await alex.slash("buddy avoid", member=community.alex)
    assert "That's you, so there's nothing to avoid" in refused.content
    avoided = await alex.slash("buddy avoid", member=community.sam)
    assert "won't be paired with sam" in avoided.content and "Nobody is told" in avoided.content
    again = await alex.slash("buddy avoid", member=community.sam)
    assert "already won't be paired" in again.content
    await alex.slash("buddy avoid", member=robin)
    assert bot_dms(sandbox, community.sam) == [] and bot_dms(sandbox, robin) == []

    await join(community, community.alex, community.sam, robin, kai)
    await match_and_confirm(community)
    assert set((await groups(bot, community, "active")).values()) == {
        ids(community.alex, kai),
        ids(community.sam, robin),
    }

    undone = await alex.slash("buddy unavoid", member=community.sam)
    assert "can be matched with you again" in undone.content
    undone = await alex.slash("buddy unavoid", member=community.sam)
    assert "wasn't on your list" in undone.content
    rows = await bot.db.fetchall(
        "SELECT user_id, avoided_id FROM buddy_avoid WHERE guild_id = ?", (community.guild.id,)
    )
    assert [tuple(r) for r in rows] == [(community.alex.id, robin.id)]


async def test_ping_once_a_day_and_only_with_a_buddy(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    robin = community.add_member("robin")
    lonely = await community.as_(robin).slash("buddy ping")
    assert "nobody to send this to" in lonely.content
    await pair_accepted(sandbox, bot, community, community.alex, community.sam)
    sent = await community.as_(community.alex).slash("buddy ping")
    assert "Sent." in sent.content and f"<@{community.sam.id}>" in sent.content
    note = await last_dm(sandbox, community.sam, "is thinking of you")
    assert "**alex** from Calm Harbour" in note.content
    count = len(sandbox.dms_to(community.sam))
    twice = await community.as_(community.alex).slash("buddy ping")
    assert "already sent a note today" in twice.content
    assert len(sandbox.dms_to(community.sam)) == count


async def test_halfway_followup_records_answers(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await join(community, community.alex, community.sam)
    await match_and_confirm(community)
    (group_id,) = await groups(bot, community, "active")
    await bot.dispatcher.run_once()
    assert bot_dms(sandbox, community.alex, "Did you two connect?") == []  # not before halfway
    clock.advance(days=8)
    await bot.dispatcher.run_once()
    asked = {u.id: await last_dm(sandbox, u, "Did you two connect?") for u in (community.alex, community.sam)}
    assert all(
        m.labels() == ["Yes", "Not yet", "This isn't working for me", "Keep us together"] for m in asked.values()
    )

    yes = await Actor(sandbox, community.alex).click(asked[community.alex.id], "Yes")
    assert "Thanks for letting me know" in yes.content and yes.message.components == []
    no = await Actor(sandbox, community.sam).click(asked[community.sam.id], "This isn't working for me")
    assert "/buddy end" in no.content
    rows = await bot.db.fetchall("SELECT user_id, connected FROM buddy_members WHERE group_id = ?", (group_id,))
    assert dict(tuple(r) for r in rows) == {community.alex.id: "yes", community.sam.id: "not_working"}


async def test_let_my_buddy_know_shares_nothing_but_the_need(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await pair_accepted(sandbox, bot, community, community.alex, community.sam)
    await opt_in(community, community.alex, clock)
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    dm = Actor(sandbox, community.alex)
    await dm.submit(await dm.click(checkin, "Add a note"), {NOTE: "secret rough week"})
    offer = (await (await dm.click(checkin, "Struggling")).wait_followups(1))[0]
    told = await dm.click(offer, "Let my buddy know")
    assert "let your buddy know" in told.content and "Nothing else was shared" in told.content

    support = await last_dm(sandbox, community.sam, "could use some support")
    assert "alex" in support.content or f"<@{community.alex.id}>" in support.content
    assert "Struggling" not in support.content and "secret" not in support.content
    assert support.labels() == ["Send a kind word", "I'll reach out myself"]
    buddy = Actor(sandbox, community.sam)
    kind = await buddy.click(support, "Send a kind word")
    assert "Thank you for being there" in kind.content
    assert "**sam** sent you a kind word" in (await last_dm(sandbox, community.alex, "kind word")).content
    myself = await buddy.click(support, "I'll reach out myself")
    assert "in your own words" in myself.content


async def test_moderator_commands_refused(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    # Discord cannot hide single subcommands of /buddy (which members use), so the bot re-checks them.
    alex = community.as_(community.alex)
    with pytest.raises(SandboxError, match="hidden"):
        await alex.slash("config buddies", cadence="weekly")
    await join(community, community.alex, community.sam)
    sandbox.allow_command_for_everyone(community.guild, "buddy")
    attempts = [
        ("buddy match", {}),
        ("buddy pair", {"first": community.alex, "second": community.sam}),
        ("buddy list", {}),
        ("buddy unpair", {"member": community.sam}),
    ]
    for command, options in attempts:
        refused = await alex.slash(command, **options)
        assert refused.ephemeral and "for moderators" in refused.content, (command, refused.content)
    assert await groups(bot, community) == {}
    assert await bot.db.fetchval("SELECT COUNT(*) FROM buddy_rounds WHERE guild_id = ?", (community.guild.id,)) == 0
    assert bot_dms(sandbox, community.sam) == []


async def test_confirm_refuses_a_stale_preview(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    await join(community, community.alex, community.sam)
    preview = await community.as_(community.maya).slash("buddy match")
    await join(community, community.add_member("robin"))
    confirmed = await community.as_(community.maya).click(preview.message, "Confirm")
    assert "no longer valid" in confirmed.content and await groups(bot, community) == {}


async def test_weekly_rotation_makes_groups_and_plans_the_next(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    zone = ZoneInfo(bot.settings.default_timezone)
    tomorrow = (clock.now().astimezone(zone) + timedelta(days=1)).date()
    day = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")[tomorrow.weekday()]
    configured = await community.as_(community.maya).slash("config buddies", cadence="weekly", day=day, time="10:00")
    weekday = tomorrow.strftime("%A")  # shown in the member's language: English here
    assert "Saved" in configured.content and f"weekly, {weekday} at 10:00" in configured.content
    due = datetime.combine(tomorrow, time(10, 0), zone)
    assert (await buddy_storage.get_config(bot.db, community.guild.id)).next_rotation == due
    robin = community.add_member("robin")
    await join(community, community.alex, community.sam, robin)

    cog = bot.get_cog("BuddiesCog")
    await cog.rotation_tick()  # not due yet
    assert await groups(bot, community) == {}
    clock.advance(due - clock.now() + timedelta(minutes=1))
    await cog.rotation_tick()
    assert list((await groups(bot, community, "active")).values()) == [ids(community.alex, community.sam, robin)]
    assert (await buddy_storage.get_config(bot.db, community.guild.id)).next_rotation == due + timedelta(days=7)
    assert all(bot_dms(sandbox, u, "paired as buddies") for u in (community.alex, community.sam, robin))
    await cog.rotation_tick()  # already done: no second round
    assert await bot.db.fetchval("SELECT COUNT(*) FROM buddy_rounds WHERE guild_id = ?", (community.guild.id,)) == 1


async def test_list_is_paginated(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    people = [community.add_member(f"p{i}") for i in range(24)]
    for a, b in zip(people[::2], people[1::2], strict=True):
        await buddy_storage.create_group(bot.db, community.guild.id, (a.id, b.id), bot.clock.now(), status="active")
    maya = community.as_(community.maya)
    first = await maya.slash("buddy list")
    assert "page 1 of 2" in first.content and first.message is not None
    assert first.message.labels() == ["Next"] and "11." not in first.content
    second = await maya.click(first.message, "Next")
    assert "page 2 of 2" in second.content and "11." in second.content and "10." not in second.content
    assert "12." in second.content and second.message is not None and second.message.labels() == ["Previous"]
    assert "counts only" in second.content

    # Follow-up counts follow the insights rule: no figure from fewer than five members.
    groups_made = await buddy_storage.active_groups(bot.db, community.guild.id)
    for group in groups_made[:3]:
        for user_id in group.members:
            await buddy_storage.set_connected(bot.db, group.id, user_id, "yes", bot.clock.now())
    await buddy_storage.set_connected(
        bot.db, groups_made[3].id, groups_made[3].members[0], "not_working", bot.clock.now()
    )
    counted = await maya.slash("buddy list")
    assert "5 connected" in counted.content and "fewer than 5 not working" in counted.content
