"""The crisis and harm detectors on every surface, end to end: the real bot, the sandbox, the clock.

One shared function (`bot.care.care_for`) answers a member's own words wherever they write them
(check-in notes, /support notes, goal notes); one check (`bot.words.harm`) guards every word that
reaches another member (reach-outs, the buddy "about" line, goal titles). Moderators can add phrases
to either, audited, and cannot remove the defaults.
"""

from __future__ import annotations

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Sandbox
from tests.conftest import Community, bot_dms
from tests.test_checkins_e2e import NOTE, next_checkin, opt_in

HELPLINE = "findahelpline.com"
EMERGENCY = "immediate danger"
CHOICES = ["Let my buddy know", "Let the support team know", "Show resources", "Just noting it"]
REFUSED = "can't be passed on, even if they were kindly meant"


async def note_reply(sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community, note: str):  # type: ignore[no-untyped-def]
    """A fresh check-in for Alex, answered with a note; returns the bot's reply to the note."""
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    dm = Actor(sandbox, community.alex)
    form = await dm.click(checkin, "Add a note")
    return await dm.submit(form, {NOTE: note})


async def test_check_in_notes_get_care_by_the_strength_of_what_they_say(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await opt_in(community, community.alex, clock)

    # Strong (a plan, typed on a phone): the crisis lines first, with the emergency line, then the choices.
    strong = await note_reply(sandbox, bot, clock, community, "i have the pills saved up, tonight is the night")
    assert strong.content.index(EMERGENCY) < strong.content.index("kept private")
    assert strong.content.startswith("Thank you for telling me")
    assert strong.message is not None and strong.message.labels() == CHOICES

    # Soft (a burden, in Spanish, whatever Alex's Discord speaks): acknowledged, resources offered, choices.
    soft = await note_reply(sandbox, bot, clock, community, "siento que soy una carga para todos")
    assert soft.content.startswith("That sounds really heavy") and HELPLINE in soft.content
    assert soft.message is not None and soft.message.labels() == CHOICES

    # Worry about someone else: how to help them, and the lines; not the member's own choices.
    other = await note_reply(sandbox, bot, clock, community, "my brother keeps talking about killing himself")
    assert "worried about someone" in other.content and HELPLINE in other.content
    assert other.message is None or not other.message.labels()

    # Everyday words: saved, nothing more.
    everyday = await note_reply(sandbox, bot, clock, community, "ran 5 kms and i'm dead tired lol")
    assert HELPLINE not in everyday.content and "saved" in everyday.content.lower()

    # Nothing about any of it was posted where others can read.
    assert all("pills" not in m.content and "carga" not in m.content for m in sandbox.messages_in(community.general))


async def test_support_and_goal_notes_get_the_same_care(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    support = await alex.slash("support", note="honestly i don't see any way out anymore")
    assert support.ephemeral and support.content.startswith("That sounds really heavy")
    assert HELPLINE in support.content and support.message is not None and support.message.labels()

    plain = await alex.slash("support", note="could use a chat about exams")
    assert not plain.content.startswith("That sounds really heavy") and HELPLINE in plain.content  # resources always

    await alex.slash("goal add", title="walk 20 minutes")
    goal_id = await bot.db.fetchval("SELECT id FROM goals WHERE user_id = ?", (community.alex.id,))
    logged = await alex.slash("goal log", goal=str(goal_id), note="did it, but i keep thinking about ending it all")
    assert logged.ephemeral and logged.content.startswith("Thank you for telling me") and EMERGENCY in logged.content
    running = await alex.slash("goal log", goal=str(goal_id), note="10 kms today, legs are dead")
    assert HELPLINE not in running.content


async def test_words_for_another_member_are_refused_kindly_and_caring_ones_pass(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    actor = community.as_(alex)
    for harmful in ("k y s", "go k1ll y0urself", "nobody would miss you", "ojalá te mueras", "i know where you live"):
        before = len(bot_dms(sandbox, sam))
        refused = await actor.slash("reachout send", member=sam, message=harmful)
        assert refused.ephemeral and REFUSED in refused.content, (harmful, refused.content)
        assert len(bot_dms(sandbox, sam)) == before, harmful  # nothing was sent
    caring = await actor.slash("reachout send", member=sam, message="please don't hurt yourself, i'm here for you")
    assert caring.content.startswith("Sent."), caring.content
    assert "please don" in bot_dms(sandbox, sam)[-1].content

    about = await actor.slash("buddy join", about="new here. kill yourself lol")
    assert about.ephemeral and "can't go in your “about me” line" in about.content
    assert await bot.db.fetchval("SELECT COUNT(*) FROM buddy_pool WHERE user_id = ?", (alex.id,)) == 0

    for title, reason in (("get better or kys", "title can't be used"), ("read www.example.com daily", "Links can't")):
        refused_goal = await actor.slash("goal add", title=title)
        assert refused_goal.ephemeral and reason in refused_goal.content, refused_goal.content
    assert await bot.db.fetchval("SELECT COUNT(*) FROM goals WHERE user_id = ?", (alex.id,)) == 0
    kept = await actor.slash("goal add", title="kill it at the gym, run 5 kms")
    assert "kill it" in kept.content or await bot.db.fetchval(
        "SELECT COUNT(*) FROM goals WHERE user_id = ?", (alex.id,)
    )


async def test_moderators_add_phrases_audited_and_cannot_remove_the_defaults(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    maya = community.as_(community.maya)
    added = await maya.slash("config words", action="add", check="crisis", phrase="going to the quiet place")
    assert added.ephemeral and "Added" in added.content
    again = await maya.slash("config words", action="add", check="crisis", phrase="going to the quiet place")
    assert "already" in again.content
    await maya.slash("config words", action="add", check="harm", phrase="pineapple brain")

    listed = await maya.slash("config words", action="list", check="crisis")
    assert "going to the quiet place" in listed.content
    default = await maya.slash("config words", action="remove", check="harm", phrase="kill yourself")
    assert "can't be removed" in default.content

    alex = community.as_(community.alex)
    support = await alex.slash("support", note="i think i'm going to the quiet place tonight")
    assert support.content.startswith("That sounds really heavy") and HELPLINE in support.content
    refused = await alex.slash("reachout send", member=community.sam, message="you p1neapple brain")
    assert REFUSED in refused.content

    history = await maya.slash("config history")
    assert "words.crisis" in history.content and "words.harm" in history.content

    removed = await maya.slash("config words", action="remove", check="harm", phrase="pineapple brain")
    assert "Removed" in removed.content
    sent = await alex.slash("reachout send", member=community.sam, message="you pineapple brain, see you friday")
    assert sent.content.startswith("Sent."), sent.content
    # The defaults still hold after the server's own phrase is gone.
    assert REFUSED in (await alex.slash("reachout send", member=community.sam, message="kill yourself")).content

    # Only moderators: the command is hidden from members, and re-checked if a server opens it.
    sandbox.allow_command_for_everyone(community.guild, "config")
    refused_member = await alex.slash("config words", action="add", check="crisis", phrase="x")
    assert "for moderators" in refused_member.content
