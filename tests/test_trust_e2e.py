"""Trust and the seeds, end to end: private support posts, consent that follows the person, pairings
that respect avoid lists and last when they work, limits on kindness, a partner told when a member
leaves, the gentle route to professional help, and command mentions in every language."""

from __future__ import annotations

import asyncio

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Sandbox, User
from tests.conftest import Community, bot_dms, displayed, last_dm
from tests.test_buddies_e2e import groups, ids, join, match_and_confirm, pair_accepted, status_of
from tests.test_checkins_e2e import next_checkin, opt_in

CONSENT = "You have a new buddy"
PROFESSIONAL = "A counsellor, a doctor or a therapist can help"


async def end_pairing(community: Community, user: User) -> None:
    ended = await community.as_(user).slash("buddy end")
    assert "has ended" in ended.content


# ---- support-team posts ---------------------------------------------------------------------------


async def test_a_support_channel_everyone_can_read_is_flagged(sandbox: Sandbox, community: Community) -> None:
    public = sandbox.add_text_channel(community.guild, "support")
    await asyncio.sleep(0.05)
    maya = community.as_(community.maya)
    await maya.slash("config support", channel=public, role=community.moderators)
    shown = await maya.slash("config show")
    assert "is visible to everyone" in shown.content and "hide it from @everyone" in shown.content
    setup = await maya.slash("setup")
    step = await maya.click(setup.message, "Next")
    assert "is visible to everyone" in step.content

    private = sandbox.add_text_channel(community.guild, "team-only", private_to=community.moderators)
    await asyncio.sleep(0.05)
    await maya.slash("config support", channel=private, role=community.moderators)
    assert "visible to everyone" not in (await maya.slash("config show")).content


# ---- consent follows the person ------------------------------------------------------------------


async def test_consent_to_notify_my_buddy_is_asked_again_for_each_pairing(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex, sam, robin = community.alex, community.sam, community.add_member("robin")
    await opt_in(community, alex, clock)
    await community.as_(alex).slash("checkin settings", buddy_note_after=2)
    await pair_accepted(sandbox, bot, community, alex, sam)
    ask = await last_dm(sandbox, alex, CONSENT)
    assert f"<@{sam.id}>" in ask.content and "haven't answered your check-ins" in ask.content
    assert ask.labels() == ["Yes, share with them", "No, keep it to me"]
    assert bot_dms(sandbox, sam, CONSENT) == []  # Sam shares nothing, so nothing to ask Sam
    yes = await Actor(sandbox, alex).click(ask, "Yes, share with them")
    assert "nothing else" in yes.content

    await end_pairing(community, alex)
    await pair_accepted(sandbox, bot, community, alex, robin)
    again = await last_dm(sandbox, alex, CONSENT, seen={ask.id})  # the new ask may still be on its way
    assert again.id != ask.id and f"<@{robin.id}>" in again.content  # asked again, for the new buddy
    no = await Actor(sandbox, alex).click(again, "No, keep it to me")
    assert "won't get any of it" in no.content
    for _ in range(3):
        await next_checkin(sandbox, bot, clock, alex)
        clock.advance(hours=22)
    assert bot_dms(sandbox, robin, "hasn't answered") == []  # Alex's yes was for Sam, not for Robin
    assert bot_dms(sandbox, alex, "As you asked") == []


async def test_the_shared_goal_text_says_the_title_is_shown(community: Community) -> None:
    added = await community.as_(community.alex).slash("goal add", title="walk", share_with_buddy=True)
    assert "this goal's title and this week's count" in added.content and "never your notes" in added.content


# ---- pairings ------------------------------------------------------------------------------------


async def test_a_moderator_pairing_respects_avoid_lists(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    await community.as_(sam).slash("buddy avoid", member=alex)
    refused = await community.as_(community.maya).slash("buddy pair", first=alex, second=sam)
    assert "isn't possible" in refused.content and "avoid" not in refused.content.lower()
    assert await groups(bot, community) == {}
    assert bot_dms(sandbox, alex) == [] and bot_dms(sandbox, sam) == []


async def test_kind_words_are_limited_to_one_a_day_between_two_buddies(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    await pair_accepted(sandbox, bot, community, alex, sam)
    await opt_in(community, alex, clock)
    checkin = await next_checkin(sandbox, bot, clock, alex)
    offer = (await (await Actor(sandbox, alex).click(checkin, "Struggling")).wait_followups(1))[0]
    await Actor(sandbox, alex).click(offer, "Let my buddy know")
    support = await last_dm(sandbox, sam, "could use some support")
    first = await Actor(sandbox, sam).click(support, "Send a kind word")
    assert "Thank you for being there" in first.content
    second = await Actor(sandbox, sam).click(support, "Send a kind word")
    assert "already sent them a kind word today" in second.content
    assert len(bot_dms(sandbox, alex, "sent you a kind word")) == 1
    clock.advance(days=1)
    third = await Actor(sandbox, sam).click(support, "Send a kind word")
    assert "Thank you for being there" in third.content


async def test_a_partner_is_told_kindly_when_a_member_deletes_their_data(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    group_id = await pair_accepted(sandbox, bot, community, community.alex, community.sam)
    ask = await community.as_(community.sam).slash("privacy delete")
    await community.as_(community.sam).click(ask.message, "Delete everything")
    told = await last_dm(sandbox, community.alex, "has ended")
    assert "nobody did anything wrong" in told.content and "sam" not in told.content and "delet" not in told.content
    assert await status_of(bot, group_id) == "ended"


async def test_a_pairing_that_works_is_kept_across_rounds(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex, sam = community.alex, community.sam
    robin, kai = community.add_member("robin"), community.add_member("kai")
    await join(community, alex, sam)
    await match_and_confirm(community)
    ((kept_id, kept),) = (await groups(bot, community, "active")).items()
    clock.advance(days=8)
    await bot.dispatcher.run_once()
    alex_asked = await last_dm(sandbox, alex, "Did you two connect?")
    sam_asked = await last_dm(sandbox, sam, "Did you two connect?")
    noted = await Actor(sandbox, alex).click(alex_asked, "Keep us together")
    assert "If everyone in your group wants to keep going" in noted.content
    assert bot_dms(sandbox, alex, "You'll stay buddies") == []  # not until everyone wants it
    await Actor(sandbox, sam).click(sam_asked, "Yes")  # a Yes counts as wanting to keep going
    assert "through the next rounds" in (await last_dm(sandbox, alex, "You'll stay buddies")).content

    for _ in range(2):  # two more rounds, with others in the pool
        await join(community, robin, kai)
        await match_and_confirm(community)
        active = await groups(bot, community, "active")
        assert active[kept_id] == kept  # the pair carries over
        assert ids(robin, kai) in active.values()  # and everyone else is matched without them
    assert await status_of(bot, kept_id) == "active"
    await end_pairing(community, alex)  # and it still ends privately, any time
    assert await status_of(bot, kept_id) == "ended"


# ---- a gentle route to professional help ---------------------------------------------------------


async def low_answer(sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, user: User) -> str:
    checkin = await next_checkin(sandbox, bot, clock, user)
    offer = (await (await Actor(sandbox, user).click(checkin, "Struggling")).wait_followups(1))[0]
    clock.advance(hours=22)
    return offer.content


async def test_the_professional_help_note_comes_once_in_thirty_days(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.alex
    await opt_in(community, alex, clock)
    offers = [await low_answer(sandbox, bot, clock, alex) for _ in range(3)]
    assert [PROFESSIONAL in o for o in offers] == [False, False, True]  # after three low answers in a week
    assert "/resources" in displayed(offers[2])
    later = [await low_answer(sandbox, bot, clock, alex) for _ in range(3)]
    assert not any(PROFESSIONAL in o for o in later)  # not again within 30 days
    assert all(PROFESSIONAL not in m.content for m in sandbox.dms_to(community.sam))  # to the member only

    clock.advance(days=30)
    again = [await low_answer(sandbox, bot, clock, alex) for _ in range(3)]
    assert [PROFESSIONAL in o for o in again] == [False, False, True]

    resources = await community.as_(alex).slash("resources")
    assert [e["title"] for e in resources.message.embeds] == ["For a run of hard days"]
    maya = community.as_(community.maya)
    form = await maya.slash("config resources")
    await maya.submit(form, {"Other support (empty: the default words)": "Harbour Counselling: free on Tuesdays"})
    edited = await community.as_(alex).slash("resources")
    assert edited.message.embeds[0]["description"] == "Harbour Counselling: free on Tuesdays"


# ---- texts name commands the way each member's client does --------------------------------------


async def test_spanish_texts_mention_commands_by_id(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    lucia = community.add_member("lucia", locale="es-ES")
    prompt = await community.as_(lucia).slash("checkin start", time="09:00")
    await community.as_(lucia).click(prompt.message, "Empezar")
    paused = await community.as_(lucia).slash("checkin pause")
    command = next(c for c in sandbox.global_commands if c["name"] == "checkin")
    # A command mention: Lucía's client shows the command's Spanish name, and it is clickable.
    assert f"</checkin resume:{command['id']}>" in paused.content
    resume = next(o for o in command["options"] if o["name"] == "resume")
    assert resume["name_localizations"]["es-ES"] != "resume"
    assert "/checkin resume" not in paused.content.replace("</checkin resume", "")  # no plain English name left
    # Day names in Spanish texts are Spanish.
    settings = await community.as_(lucia).slash("checkin settings", days="mon,wed")
    assert "lun, mié" in settings.content and "mon, wed" not in settings.content
