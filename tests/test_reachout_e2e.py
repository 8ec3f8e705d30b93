"""Reach-outs, /support and /resources end to end: the real bot, the sandbox, the shared clock."""

from __future__ import annotations

import asyncio

import pytest

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Channel, Message, Result, Sandbox, SandboxError, User
from bot.sandbox.model import PRIVATE_THREAD
from tests.conftest import Community, bot_dms, last_dm

BUTTONS = ["Thank you", "I'd like to talk", "Block this sender", "Don't send me these", "Report"]
FORM = "Resources (empty: the default list)"
ANON_NOTICE = "if they report this reach-out, the moderators will"


# ---- helpers -----------------------------------------------------------------------------------


async def reach(community: Community, sender: User, member: User, **options: object) -> Result:
    """/reachout send; an anonymous one is confirmed after the sender is told who can see their name."""
    actor = community.as_(sender)
    result = await actor.slash("reachout send", member=member, **options)
    if options.get("anonymous") and result.message is not None and "Send anonymously" in result.message.labels():
        assert result.ephemeral and ANON_NOTICE in result.content
        return await actor.click(result.message, "Send anonymously")
    return result


async def allow_anonymous(community: Community) -> None:
    saved = await community.as_(community.maya).slash("config reachout", allow_anonymous=True)
    assert "Anonymous reach-outs are allowed" in saved.content


async def delivered(sandbox: Sandbox, community: Community, sender: User, member: User, **options: object) -> Message:
    """A reach-out that works; returns the DM the member got."""
    before = len(bot_dms(sandbox, member))
    sent = await reach(community, sender, member, **options)
    assert sent.ephemeral and sent.content.startswith("Sent."), sent.content
    new = bot_dms(sandbox, member)[before:]
    assert len(new) == 1 and new[0].labels() == BUTTONS, [m.content for m in new]
    return new[0]


async def refused(sandbox: Sandbox, community: Community, sender: User, member: User, **options: object) -> str:
    """A reach-out that is refused privately with nothing sent; returns the reason."""
    before = len(bot_dms(sandbox, member))
    result = await reach(community, sender, member, **options)
    assert result.ephemeral and not result.content.startswith("Sent."), result.content
    assert len(bot_dms(sandbox, member)) == before
    return result.content


async def sent_today(bot: CheckinBot, sender: User) -> int:
    return await bot.db.fetchval("SELECT COUNT(*) FROM reachouts WHERE sender_id = ?", (sender.id,))


async def support_channel(sandbox: Sandbox, community: Community, *, role: bool = True) -> Channel:
    channel = sandbox.add_text_channel(community.guild, "support-team", private_to=community.moderators)
    await asyncio.sleep(0.05)
    options = {"role": community.moderators} if role else {}
    done = await community.as_(community.maya).slash("config support", channel=channel, **options)
    assert "Done" in done.content, done.content
    return channel


def threads_of(sandbox: Sandbox, channel: Channel) -> list[Channel]:
    return [c for c in sandbox.channels.values() if c.type == PRIVATE_THREAD and c.parent_id == channel.id]


async def ask_team(community: Community, user: User, note: str, choice: str) -> Result:
    """/support with a note, "The support team", then the note choice."""
    actor = community.as_(user)
    asked = await actor.slash("support", note=note)
    assert asked.ephemeral and asked.message.labels() == ["My buddy", "The support team", "Both"]
    assert "Nothing is shared until you choose" in asked.content and "findahelpline.com" in asked.content
    team = await actor.click(asked.message, "The support team")
    assert "see your note too" in team.content
    assert team.message.labels() == ["Share with my note", "Share without my note"]
    return await actor.click(team.message, choice)


# ---- reach-outs ---------------------------------------------------------------------------------


async def test_named_reachout_quotes_the_words_without_pings(sandbox: Sandbox, community: Community) -> None:
    alex, sam = community.alex, community.sam
    sent = await reach(community, alex, sam, message="Thinking of you this week")
    assert sent.ephemeral and "sam will get a gentle note." in sent.content
    assert "I'll let you know here by DM" in sent.content and "without your name" not in sent.content
    (dm,) = bot_dms(sandbox, sam)
    assert "**alex** in **Calm Harbour** wanted you to know" in dm.content
    assert "They wrote:\n> Thinking of you this week" in dm.content
    assert dm.labels() == BUTTONS and dm.pings == []

    robin = community.add_member("robin")
    role = community.moderators.id
    dm = await delivered(sandbox, community, robin, sam, message=f"hi @everyone <@&{role}>")
    assert "They wrote:" in dm.content and "everyone" in dm.content and str(role) in dm.content
    assert dm.pings == []


async def test_anonymous_reachout_never_names_the_sender(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    await allow_anonymous(community)
    sent = await reach(community, alex, sam, message="You've got this", anonymous=True)
    assert "without your name" in sent.content
    (dm,) = bot_dms(sandbox, sam)
    assert "Someone in **Calm Harbour**" in dm.content and "> You've got this" in dm.content
    recipient = Actor(sandbox, sam)
    thanks = await recipient.click(dm, "Thank you")
    assert "passed on your thanks" in thanks.content
    relay = await last_dm(sandbox, alex, "says thank you")
    talk = await recipient.click(dm, "I'd like to talk")
    assert "let them know you'd like to talk" in talk.content
    wants = await last_dm(sandbox, alex, "would like to talk")
    assert wants.labels() == ["Tell them who I am"]
    for message in [relay, wants, *sandbox.dms_to(sam)]:
        assert "alex" not in message.content and str(alex.id) not in message.content, message.content

    revealed = await Actor(sandbox, alex).click(wants, "Tell them who I am")
    assert "they know it was you" in revealed.content
    assert "reached out to you is **alex**" in (await last_dm(sandbox, sam, "reached out to you is")).content

    saved = await community.as_(community.maya).slash("config reachout", allow_anonymous=False)
    assert "Anonymous reach-outs are not allowed" in saved.content
    robin = community.add_member("robin")
    reason = await refused(sandbox, community, robin, sam, anonymous=True)
    assert "doesn't allow anonymous reach-outs" in reason and "nothing was sent" in reason
    assert await sent_today(bot, robin) == 0
    await delivered(sandbox, community, robin, sam)  # with their name it still works


async def test_daily_limits_and_their_reset(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    people = [community.add_member(f"r{i}") for i in range(6)]
    for person in people[:5]:
        await delivered(sandbox, community, alex, person)
    assert "reached out 5 times today" in await refused(sandbox, community, alex, people[5])

    await delivered(sandbox, community, sam, people[1])
    assert "already reached out to r1 today" in await refused(sandbox, community, sam, people[1])

    tara = community.add_member("tara")
    senders = [community.add_member(f"s{i}") for i in range(11)]
    for sender in senders[:10]:
        await delivered(sandbox, community, sender, tara)
    assert "tara has received several notes today" in await refused(sandbox, community, senders[10], tara)

    clock.advance(days=1)
    await delivered(sandbox, community, alex, people[5])
    await delivered(sandbox, community, sam, people[1])
    await delivered(sandbox, community, senders[10], tara)


async def test_opt_out_and_blocks_read_the_same(sandbox: Sandbox, community: Community) -> None:
    alex, sam = community.alex, community.sam
    robin, kai = community.add_member("robin"), community.add_member("kai")
    dm = await delivered(sandbox, community, alex, sam)
    stop = await Actor(sandbox, sam).click(dm, "Don't send me these")
    assert stop.ephemeral and "won't get reach-outs in this server" in stop.content
    opted_out = await refused(sandbox, community, robin, sam)
    assert opted_out == "sam isn't receiving reach-outs right now, so nothing was sent."
    on = await community.as_(sam).slash("reachout receive", on=True)
    assert "Reach-outs are on" in on.content
    await delivered(sandbox, community, robin, sam)

    itself = await community.as_(sam).slash("reachout block", member=sam)
    assert "can't block yourself" in itself.content
    blocked = await community.as_(sam).slash("reachout block", member=kai)
    assert blocked.ephemeral and "kai can't reach out to you here, and won't be told" in blocked.content
    assert await refused(sandbox, community, kai, sam) == opted_out  # a block is never revealed
    assert bot_dms(sandbox, kai) == []
    unblocked = await community.as_(sam).slash("reachout unblock", member=kai)
    assert "kai can reach out to you again" in unblocked.content
    await delivered(sandbox, community, kai, sam)


async def test_report_shows_moderators_the_sender(sandbox: Sandbox, community: Community) -> None:
    channel = await support_channel(sandbox, community)
    await allow_anonymous(community)
    dm = await delivered(sandbox, community, community.alex, community.sam, message="hey @everyone", anonymous=True)
    reported = await Actor(sandbox, community.sam).click(dm, "Report")
    assert reported.ephemeral and "passed this to the moderators privately" in reported.content
    (post,) = sandbox.messages_in(channel)
    assert "Reach-out report" in post.content and f"<@{community.alex.id}>" in post.content
    assert f"<@{community.sam.id}>" in post.content and "anonymous: yes" in post.content
    assert "hey" in post.content and post.pings == []


async def test_report_without_a_support_channel(sandbox: Sandbox, community: Community) -> None:
    await allow_anonymous(community)
    dm = await delivered(sandbox, community, community.alex, community.sam, anonymous=True)
    reported = await Actor(sandbox, community.sam).click(dm, "Report")
    assert reported.ephemeral and "haven't set up a support channel" in reported.content
    assert "/reachout block" in reported.content


async def test_bad_reachouts_are_explained_and_send_nothing(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    helper = community.add_member("helperbot", bot=True)
    stranger = sandbox.create_user("stranger")
    cases = [
        (alex, {}, "can't reach out to yourself"),
        (helper, {}, "helperbot is a bot"),
        (stranger, {}, "stranger isn't a member of this server"),
        (sam, {"message": "x" * 301}, "Your message is 301 characters; the limit is 300"),
    ]
    for member, options, expected in cases:
        reason = await refused(sandbox, community, alex, member, **options)
        assert expected in reason and "Nothing was sent" in reason, reason
    sandbox.open_dms(sam, False)
    assert await refused(sandbox, community, alex, sam) == "sam doesn't accept DMs from me, so nothing was sent."
    assert await sent_today(bot, alex) == 0
    sandbox.open_dms(sam, True)
    await delivered(sandbox, community, alex, sam, message="x" * 300)  # the failed one didn't count
    assert await sent_today(bot, alex) == 1


# ---- /support and /resources --------------------------------------------------------------------


async def test_support_team_thread_shares_only_what_was_chosen(sandbox: Sandbox, community: Community) -> None:
    channel = await support_channel(sandbox, community)
    role = community.moderators.id
    done = await ask_team(community, community.alex, "rough week", "Share without my note")
    assert "in a private thread only they can read" in done.content and "findahelpline.com" in done.content
    assert "may take a little while" in done.content  # the team are people, not a service
    (thread,) = threads_of(sandbox, channel)
    (post,) = sandbox.messages_in(thread)
    assert f"<@&{role}>" in post.content and f"<@{community.alex.id}>" in post.content
    assert "rough week" not in post.content and post.pings == [f"role:{role}"]

    done = await ask_team(community, community.sam, "need a hand @everyone", "Share with my note")
    assert "in a private thread only they can read" in done.content
    (thread,) = [t for t in threads_of(sandbox, channel) if t.id != thread.id]
    (post,) = sandbox.messages_in(thread)
    assert "need a hand" in post.content and f"<@{community.sam.id}>" in post.content
    assert post.pings == [f"role:{role}"]  # never the member, never @everyone


async def test_support_without_a_team_or_a_buddy(sandbox: Sandbox, community: Community) -> None:
    done = await ask_team(community, community.alex, "rough week", "Share without my note")
    assert "haven't set up a support team channel" in done.content and "findahelpline.com" in done.content
    shown = await community.as_(community.maya).slash("config show")
    assert "Support team: channel not set" in shown.content and "No support team channel" in shown.content
    asked = await community.as_(community.sam).slash("support")
    buddy = await community.as_(community.sam).click(asked.message, "My buddy")
    assert "don't have a buddy" in buddy.content and "findahelpline.com" in buddy.content
    assert [c for c in sandbox.channels.values() if c.guild_id == community.guild.id and c.type == PRIVATE_THREAD] == []


async def test_resources_default_custom_and_reset(community: Community) -> None:
    maya, alex = community.as_(community.maya), community.as_(community.alex)
    default = await alex.slash("resources")
    assert default.ephemeral and "Support and crisis resources" in default.content
    assert "findahelpline.com" in default.content

    saved = await maya.submit(await maya.slash("config resources"), {FORM: "Calm Line: call 0800 123"})
    assert "Saved" in saved.content
    custom = await alex.slash("resources")
    assert "Calm Line: call 0800 123" in custom.content
    # A server's own list never removes the emergency line and the helpline finder: they follow it.
    assert custom.content.index("Calm Line") < custom.content.index("emergency number")
    assert custom.content.index("Calm Line") < custom.content.index("findahelpline.com")
    assert "Lifeline" not in custom.content  # the rest of the default list gives way to the server's

    with pytest.raises(SandboxError, match="longer than 900"):
        await maya.submit(await maya.slash("config resources"), {FORM: "x" * 901})
    assert "Calm Line" in (await alex.slash("resources")).content

    cleared = await maya.submit(await maya.slash("config resources"), {FORM: ""})
    assert "Cleared" in cleared.content
    assert "findahelpline.com" in (await alex.slash("resources")).content


async def test_config_reachout_is_for_moderators(sandbox: Sandbox, community: Community) -> None:
    alex = community.as_(community.alex)
    with pytest.raises(SandboxError, match="hidden"):
        await alex.slash("config reachout", allow_anonymous=False)
    sandbox.allow_command_for_everyone(community.guild, "config")
    await allow_anonymous(community)
    no = await alex.slash("config reachout", allow_anonymous=False)
    assert no.ephemeral and "for moderators" in no.content
    await delivered(sandbox, community, community.alex, community.sam, anonymous=True)  # still allowed


async def test_sends_at_once_still_respect_the_daily_limits(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    twice = await asyncio.gather(reach(community, alex, sam), reach(community, alex, sam))
    assert sorted(r.content.startswith("Sent.") for r in twice) == [False, True], [r.content for r in twice]
    assert len(bot_dms(sandbox, sam)) == 1 and await sent_today(bot, alex) == 1
    people = [community.add_member(f"p{i}") for i in range(6)]
    await asyncio.gather(*(reach(community, alex, person) for person in people))
    assert await sent_today(bot, alex) == 5
