"""The bot in adversarial hands and in hard moments, end to end: a harasser who deletes their data,
reach-outs used to harass, the crisis path, messages that did not arrive, forged buttons and forms,
malformed custom ids, and member text that must stay inert."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Message, Sandbox, User
from bot.sandbox.model import PRIVATE_THREAD, snowflake
from cogs.buddies import storage as buddies
from tests.conftest import Community, bot_dms, displayed, last_dm, shown
from tests.test_checkins_e2e import NOTE, next_checkin, opt_in
from tests.test_reachout_e2e import allow_anonymous, delivered, reach, refused, support_channel

OPTED_OUT = "isn't receiving reach-outs right now, so nothing was sent."
STALE = "isn't active any more"


async def delete_data(community: Community, user: User) -> None:
    actor = community.as_(user)
    ask = await actor.slash("privacy delete")
    done = await actor.click(ask.message, "Delete everything")
    assert "has been deleted" in done.content


async def visible_message(community: Community, user: User) -> Message:
    """Any message the member can see in the server, to press forged buttons on."""
    result = await community.as_(user).slash("privacy show")
    assert result.message is not None
    return result.message


def no_tracebacks(caplog: pytest.LogCaptureFixture) -> None:
    traced = [r for r in caplog.records if r.exc_info and r.name.startswith(("bot", "cogs", "discord"))]
    assert traced == [], [r.getMessage() for r in traced]


# ---- protections outlive the person they protect against ---------------------------------------------


async def test_a_harasser_who_deletes_their_data_cannot_undo_anyones_protection(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    channel = await support_channel(sandbox, community)
    dm = await delivered(sandbox, community, alex, sam, message="you again")
    await community.as_(sam).slash("reachout block", member=alex)
    await community.as_(sam).slash("buddy avoid", member=alex)
    await delete_data(community, alex)

    # Sam's pending Report still works, and reaches the moderators.
    reported = await Actor(sandbox, sam).click(dm, "Report")
    assert "passed this to the moderators" in reported.content and "already" not in reported.content
    (post,) = sandbox.messages_in(channel)
    assert "a member who has since deleted their data" in post.content and "you again" not in post.content

    # The block still holds, and still reads like an opt-out; the daily limit was not reset.
    assert OPTED_OUT in await refused(sandbox, community, alex, sam)
    others = [community.add_member(f"p{i}") for i in range(5)]
    for person in others[:4]:
        await delivered(sandbox, community, alex, person)
    assert "reached out 5 times today" in await refused(sandbox, community, alex, others[4])

    # Sam's avoid entry still holds: in a pool of four, Alex and Sam are never paired.
    for user in (alex, sam, *others[:2]):
        await community.as_(user).slash("buddy join")
    for _ in range(3):
        preview = await community.as_(community.maya).slash("buddy match")
        assert (
            f"<@{alex.id}>, <@{sam.id}>" not in preview.content and f"<@{sam.id}>, <@{alex.id}>" not in preview.content
        )
    # Nothing readable about Alex remains in the protections: the id is gone, the key is not.
    rows = await bot.db.fetchall("SELECT avoided_id, avoided_key FROM buddy_avoid WHERE user_id = ?", (sam.id,))
    assert [(r[0], r[1] is not None) for r in rows] == [(None, True)]


async def test_the_blocker_deleting_their_data_removes_only_their_own_protections(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    await community.as_(sam).slash("reachout block", member=alex)
    await delete_data(community, sam)
    assert await bot.db.fetchval("SELECT COUNT(*) FROM reachout_blocks WHERE user_id = ?", (sam.id,)) == 0
    await delivered(sandbox, community, alex, sam)  # Sam's choice, Sam's to remove


# ---- reach-outs cannot become a harassment channel ---------------------------------------------------


async def test_links_harm_and_hidden_characters_never_reach_anyone(sandbox: Sandbox, community: Community) -> None:
    alex, sam = community.alex, community.sam
    for words in (
        "[verify here](https://discord-verify.example/login)",
        "go to https://example.org now",
        "join discord.gg/abcdef",
        "see www.example.net",
        "log in at verify-account.com/login",
    ):
        reason = await refused(sandbox, community, alex, sam, message=words)
        assert "Links can't be sent" in reason and "nothing was sent" in reason, words
    for words in ("kys", "just kill yourself", "mátate ya", "ojalá te mueras", "nobody would miss you"):
        reason = await refused(sandbox, community, alex, sam, message=words)
        assert "can't be passed on, even if they were kindly meant" in reason, words  # refused without accusing

    hidden = "hi \u202eevil\u202c friend\u200b\u2066 ok"
    dm = await delivered(sandbox, community, alex, sam, message=hidden)
    assert not any(c in dm.content for c in "\u202e\u202c\u200b\u2066")
    assert "hi evil friend ok" in displayed(dm.content)

    role = community.moderators.id
    dm = await delivered(sandbox, community, community.add_member("kai"), sam, message=f"**hey** <@&{role}> @here")
    assert "**hey**" in displayed(dm.content) and "\\*\\*hey\\*\\*" in dm.content  # shown as typed, never bold
    assert dm.pings == []


async def test_block_this_sender_from_the_message_itself(sandbox: Sandbox, community: Community) -> None:
    alex, sam = community.alex, community.sam
    dm = await delivered(sandbox, community, alex, sam, message="hello")
    blocked = await Actor(sandbox, sam).click(dm, "Block this sender")
    assert (
        blocked.ephemeral and "can't reach out to you again" in blocked.content and "won't be told" in blocked.content
    )
    assert "alex" not in blocked.content  # works without revealing who it was
    assert OPTED_OUT in await refused(sandbox, community, alex, sam)
    assert bot_dms(sandbox, alex) == []  # the sender learns nothing
    await delivered(sandbox, community, community.add_member("robin"), sam)  # only that sender is blocked


async def test_two_reports_pause_a_sender_until_a_moderator_decides(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    channel = await support_channel(sandbox, community)
    robin, sam, kai, tara = (community.add_member(n) for n in ("robin", "sam2", "kai", "tara"))
    first = await delivered(sandbox, community, robin, sam)
    second = await delivered(sandbox, community, robin, kai)

    reported = await Actor(sandbox, sam).click(first, "Report")
    assert "can't reach out to you again" in reported.content
    again = await Actor(sandbox, sam).click(first, "Report")
    assert "already reported" in again.content
    assert OPTED_OUT in await refused(sandbox, community, robin, sam)  # blocked at once for the reporter
    await delivered(sandbox, community, robin, tara)  # one member's report does not pause anyone

    await Actor(sandbox, kai).click(second, "Report")
    paused = await refused(sandbox, community, robin, community.add_member("uma"))
    assert (
        paused
        == "Reach-outs from you are paused in this server for now, so nothing was sent. A moderator can tell you more."
    )
    assert "reports" not in paused.lower() and "sam2" not in paused  # told only that reach-outs are paused
    posts = sandbox.messages_in(channel)
    assert len(posts) == 2 and "paused in this server until a moderator decides" in posts[-1].content

    sandbox.allow_command_for_everyone(community.guild, "reachout")
    denied = await community.as_(community.alex).slash("reachout restore", member=robin)
    assert "for moderators" in denied.content
    restored = await community.as_(community.maya).slash("reachout restore", member=robin)
    assert "can send reach-outs again" in restored.content and "Reports about them so far: 2" in restored.content
    await delivered(sandbox, community, robin, community.add_member("vic"))
    assert OPTED_OUT in await refused(sandbox, community, robin, sam)  # Sam's block stays
    suspended = await community.as_(community.maya).slash("reachout suspend", member=robin)
    assert "are paused" in suspended.content
    history = await community.as_(community.maya).slash("config history")
    assert f"reachout.suspended for <@{robin.id}>" in history.content


async def test_anonymous_is_off_by_default_and_the_sender_is_told_first(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    reason = await refused(sandbox, community, alex, sam, anonymous=True)
    assert "doesn't allow anonymous reach-outs" in reason
    await allow_anonymous(community)
    asked = await community.as_(alex).slash("reachout send", member=sam, message="thinking of you", anonymous=True)
    assert asked.ephemeral and "if they report this reach-out, the moderators will" in asked.content
    assert asked.message.labels() == ["Send anonymously", "Cancel"] and bot_dms(sandbox, sam) == []
    send_id = asked.message.components[0]["components"][0]["custom_id"]
    cancelled = await community.as_(alex).click(asked.message, "Cancel")
    assert "nothing was sent" in cancelled.content and bot_dms(sandbox, sam) == []
    stale = await community.as_(alex).forge_click(cancelled.message, send_id)  # pressed again after Cancel
    assert STALE in stale.content and bot_dms(sandbox, sam) == []
    sent = await reach(community, alex, sam, message="thinking of you", anonymous=True)
    assert sent.content.startswith("Sent.") and "without your name" in sent.content
    (dm,) = bot_dms(sandbox, sam)
    assert "Someone in" in dm.content and "alex" not in dm.content


# ---- the crisis path ----------------------------------------------------------------------------------


async def test_crisis_language_however_it_is_written_brings_resources(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await opt_in(community, community.alex, clock)
    dm = Actor(sandbox, community.alex)
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    for note, crisis in (
        ("honestly I don’t want to be here anymore", True),  # the iPhone's curly apostrophe
        ("no tiene sentido vivir", True),  # Spanish, from a member whose Discord is in English
        ("sucidal again", True),
        ("this bug is killing me lol", False),
    ):
        saved = await dm.submit(await dm.click(checkin, "Add a note"), {NOTE: note})
        assert ("findahelpline.com" in saved.content) is crisis, (note, saved.content)

    alex = community.as_(community.alex)
    await alex.slash("goal add", title="walk")
    logged = await alex.slash("goal log", goal="walk", note="kms tbh")
    assert "findahelpline.com" in logged.content and "just for you" in logged.content
    plain = await alex.slash("goal log", goal="walk", note="I could die laughing")
    assert "findahelpline.com" not in plain.content
    sent = await reach(community, community.sam, community.alex, message="I can’t go on, but I'm here for you")
    assert sent.content.startswith("Sent.") and "findahelpline.com" in sent.content  # offered to the sender only
    reached = await last_dm(sandbox, community.alex, "wanted you to know")  # the reach-out, not just the newest DM
    assert "findahelpline.com" not in reached.content


# ---- what the bot confirms is true ------------------------------------------------------------------


async def test_a_buddy_message_that_did_not_arrive_is_not_called_sent(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    await buddies.create_group(bot.db, community.guild.id, (alex.id, sam.id), clock.now(), status="active")
    await opt_in(community, alex, clock)
    sandbox.open_dms(sam, False)
    checkin = await next_checkin(sandbox, bot, clock, alex)
    dm = Actor(sandbox, alex)
    offer = (await (await dm.click(checkin, "Struggling")).wait_followups(1))[0]
    told = await dm.click(offer, "Let my buddy know")
    assert "I've let your buddy know" not in told.content
    assert "couldn't reach your buddy" in told.content and "findahelpline.com" in told.content
    assert told.message.labels() == ["Let the support team know"]

    asked = await community.as_(alex).slash("support")
    buddy = await community.as_(alex).click(asked.message, "My buddy")
    assert "couldn't reach your buddy" in buddy.content and buddy.message.labels() == ["The support team"]


async def test_id_like_to_talk_that_did_not_arrive_is_not_called_sent(sandbox: Sandbox, community: Community) -> None:
    alex, sam = community.alex, community.sam
    dm = await delivered(sandbox, community, alex, sam)
    sandbox.open_dms(alex, False)
    talk = await Actor(sandbox, sam).click(dm, "I'd like to talk")
    assert "I've let them know" not in talk.content
    assert "couldn't get that to them" in talk.content and "findahelpline.com" in talk.content


# ---- resources are always within reach ---------------------------------------------------------------


async def test_resources_in_a_dm_and_custom_lists_keep_the_emergency_lines(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    maya = community.as_(community.maya)
    form = await maya.slash("config resources")
    await maya.submit(form, {"Resources (empty: the default list)": "Harbour Line: call 0800 555"})
    lonely = await Actor(sandbox, community.add_member("new")).slash("resources")  # in a DM, no servers known
    assert lonely.ephemeral
    assert "findahelpline.com" in lonely.content
    assert [e["title"] for e in lonely.message.embeds] == ["For a run of hard days"]  # non-crisis support too

    await opt_in(community, community.alex, clock)
    in_dm = await Actor(sandbox, community.alex).slash("resources")
    assert in_dm.message.guild_id is None
    assert "findahelpline.com" in in_dm.content and "emergency number" in in_dm.content
    assert "From Calm Harbour" in shown(in_dm.message) and "Harbour Line: call 0800 555" in shown(in_dm.message)

    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    assert "I'm a bot, not a counsellor or an emergency service: /resources" in displayed(checkin.content)
    offer = (await (await Actor(sandbox, community.alex).click(checkin, "Really struggling")).wait_followups(1))[0]
    assert "Harbour Line" in offer.content and "findahelpline.com" in offer.content


# ---- buttons and forms are checked when they are pressed ---------------------------------------------


async def test_forged_moderator_buttons_are_refused(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    alex, sam = community.alex, community.sam
    robin, kai = community.add_member("robin"), community.add_member("kai")
    for user in (alex, sam, robin, kai):
        await community.as_(user).slash("buddy join")
    maya = community.as_(community.maya)
    preview = await maya.slash("buddy match")
    confirm = next(c["custom_id"] for c in preview.message.components[0]["components"])
    listing = await maya.slash("buddy list")
    now = bot.clock.now()
    group_id = await buddies.create_group(bot.db, community.guild.id, (robin.id, kai.id), now, status="active")
    busy = await maya.slash("buddy pair", first=robin, second=alex)
    assert busy.message.labels() == ["Replace the current pairing", "Cancel"]

    # A member sending the moderators' custom ids changes nothing.
    seen = await visible_message(community, alex)
    forged = (confirm, "bd:list:0", f"bd:replace:{robin.id}.{alex.id}", "bd:cancel:-")
    actor = Actor(sandbox, alex, community.guild)
    for custom_id, result in zip(
        forged, await asyncio.gather(*(actor.forge_click(seen, c) for c in forged)), strict=True
    ):
        assert "for moderators" in result.text or STALE in result.text, (custom_id, result.text)

    # A moderator who lost Manage Server is refused at the press, on the real buttons.
    community.guild.members[community.maya.id].roles.remove(community.moderators.id)
    pressed = [(preview.message, "Confirm"), (busy.message, "Replace the current pairing"), (busy.message, "Cancel")]
    for message, label in pressed:
        result = await maya.click(message, label)
        assert "for moderators" in result.text, (label, result.text)
    assert listing.message is not None
    assert await bot.db.fetchval("SELECT COUNT(*) FROM buddy_rounds WHERE guild_id = ?", (community.guild.id,)) == 0
    assert (await buddies.get_group(bot.db, group_id)).status == "active"  # nobody's pairing was ended
    assert bot_dms(sandbox, robin) == [] and bot_dms(sandbox, kai) == []


async def test_forged_expired_and_demoted_forms_are_refused(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    field = "Resources (empty: the default list)"
    maya, alex = community.as_(community.maya), community.as_(community.alex)
    opened = await maya.slash("config resources")
    form_id = opened.modal["custom_id"]
    assert form_id != "config-resources" and len(form_id) > 20  # a random token per opening
    forged = await alex.forge_submit(form_id, {"resources": "Call 0700 FORGED"})
    assert "opened by someone else" in forged.content and forged.ephemeral
    guessed = await alex.forge_submit("config-resources", {"resources": "x"})
    assert "That form has closed" in guessed.content

    # Maya loses Manage Server while the form is open: her submission is refused.
    community.guild.members[community.maya.id].roles.remove(community.moderators.id)
    demoted = await maya.submit(opened, {field: "Call 0700 DEMOTED"})
    assert "for moderators" in demoted.content
    current = (await alex.slash("resources")).content
    assert "DEMOTED" not in current and "FORGED" not in current

    # Another member pressing "Make it smaller" on someone's goal sees nothing of it.
    await alex.slash("goal add", title="private goal title")
    goal_id = await bot.db.fetchval("SELECT id FROM goals WHERE user_id = ?", (community.alex.id,))
    seen = await visible_message(community, community.sam)
    smaller = await Actor(sandbox, community.sam, community.guild).forge_click(seen, f"gl:smaller:{goal_id}")
    assert smaller.modal is None and "private goal title" not in smaller.text and smaller.text
    old_style = await community.as_(community.sam).forge_submit(f"gl-smaller:{goal_id}", {"name": "mine now"})
    assert "That form has closed" in old_style.content
    assert await bot.db.fetchval("SELECT title FROM goals WHERE id = ?", (goal_id,)) == "private goal title"


MALFORMED = [
    "ci:a:abc:1",
    "ci:a:1:9",
    "ci:a:1",
    "ci:a:99999999999999999999:1",
    "ci:note:-1",
    "ci:snooze:1.5",
    "ci:low:1:everything",
    "ci:team:1:2",
    "ci:consent:2599:127:UTC",
    "ci:consent:0900:0:UTC",
    "ci:consent:0900:127:../../etc",
    "ci:notnow:x",
    "ci:zzz:1",
    "bd:accept:x",
    "bd:conn:1:maybe",
    "bd:list:-1",
    "bd:confirm:1.zz",
    "bd:replace:1",
    "bd:kind:1",
    "bd:myself:a.b",
    "gl:done:²",
    "gl:done:" + "9" * 30,
    "gl:cheer:1",
    "gl:keep:",
    "gl:remove:1:2",
    "ro:thanks:x",
    "ro:report:",
    "ro:anon:1:zz",
    "ro:cancel:1",
    "sp:team:1.5",
    "sp:buddy:x",
    "pv:delete:abc",
    "pv:keep:",
    "ci:a:" + "1" * 19 + ":1",
    "bd:decline:٣",
    "gl:snooze:１",
]
UNCLAIMED = ["zz:1", "ci", "hello", "x" * 100]


def old_bot_message(sandbox: Sandbox, user: User, custom_ids: list[str]) -> Message:
    """A message in the member's DMs carrying buttons with these ids, as if sent by an older bot."""
    channel = sandbox._ensure_dm(user)
    buttons = [{"type": 2, "style": 2, "label": f"b{i}", "custom_id": c} for i, c in enumerate(custom_ids)]
    rows = [{"type": 1, "components": buttons[i : i + 5]} for i in range(0, len(buttons), 5)]
    message = Message(snowflake(), channel.id, sandbox.bot_user.id, content="an old message", components=rows)
    sandbox.messages[message.id] = message
    return message


async def test_malformed_custom_ids_get_a_kind_answer_and_no_traceback(
    sandbox: Sandbox, community: Community, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    dm = Actor(sandbox, community.alex)
    # Ids that fit a feature's prefix but not its template, on a real message: refused before any feature code.
    for start in range(0, len(MALFORMED), 25):
        batch = MALFORMED[start : start + 25]
        message = old_bot_message(sandbox, community.alex, batch)
        results = await asyncio.gather(*(dm.click(message, f"b{i}") for i in range(len(batch))))
        for custom_id, result in zip(batch, results, strict=True):
            # A kind, specific answer: the template's refusal, or the feature's own for a value that fits it.
            assert result.ephemeral and result.text and "something went wrong" not in result.text, custom_id
    # The same ids, and ids nothing claims, sent on a message that does not carry them.
    seen = await visible_message(community, community.alex)
    actor = Actor(sandbox, community.alex, community.guild)
    results = await asyncio.gather(*(actor.forge_click(seen, c) for c in MALFORMED + UNCLAIMED))
    assert all(r.ephemeral and STALE in r.text for r in results), [r.text for r in results]
    no_tracebacks(caplog)
    logged = [r for r in caplog.records if "malformed id" in r.getMessage()]
    assert len(logged) >= len(MALFORMED) + len(UNCLAIMED)


async def test_goal_options_that_are_not_ids_are_answered_kindly(
    community: Community, caplog: pytest.LogCaptureFixture
) -> None:
    alex = community.as_(community.alex)
    for value in ("²", "9" * 30, "-1", "１２"):
        result = await alex.slash("goal log", goal=value)
        assert "couldn't find that goal" in result.content.lower() or "can't find" in result.content.lower(), value
    no_tracebacks(caplog)


# ---- member text never pings ------------------------------------------------------------------------


async def test_an_about_line_that_mentions_someone_else_pings_nobody(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    intro = sandbox.add_text_channel(community.guild, "buddies")
    await asyncio.sleep(0.05)
    await community.as_(community.maya).slash("config buddies", intro_channel=intro)
    outsider = community.add_member("outsider")
    about = f"hi <@{outsider.id}> and @everyone <@&{community.moderators.id}>"
    await community.as_(community.alex).slash("buddy join", about=about)
    await community.as_(community.sam).slash("buddy join")
    preview = await community.as_(community.maya).slash("buddy match")
    await community.as_(community.maya).click(preview.message, "Confirm")
    (thread,) = [c for c in sandbox.channels.values() if c.type == PRIVATE_THREAD and c.parent_id == intro.id]
    (post,) = sandbox.messages_in(thread)
    assert about in displayed(post.content)
    assert set(post.pings) <= {f"user:{community.alex.id}", f"user:{community.sam.id}"}
    assert f"user:{outsider.id}" not in post.pings and not any(p.startswith(("role", "@")) for p in post.pings)
