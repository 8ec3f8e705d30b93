"""Check-ins end to end: the real bot, the sandbox, an injected clock."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest

from bot import members
from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.engine.storage import from_ts, get_schedule, ts
from bot.sandbox import Actor, Channel, Message, Sandbox, SandboxError, User
from bot.sandbox.model import PRIVATE_THREAD
from tests.conftest import Community, displayed, is_checkin, make_community, start_bot, stop_bot

ZONE = "Europe/London"
NOTE = "Your note (private unless you share it)"


def in_two_hours(clock: FakeClock) -> str:
    return (clock.now() + timedelta(hours=2)).astimezone(ZoneInfo(ZONE)).strftime("%H:%M")


async def opt_in(community: Community, user: User, clock: FakeClock, **options: str) -> None:
    """/checkin start, then Start on the consent prompt."""
    actor = community.as_(user)
    prompt = await actor.slash("checkin start", time=options.pop("time", in_two_hours(clock)), timezone=ZONE, **options)
    assert prompt.ephemeral and prompt.message is not None
    assert prompt.message.labels() == ["Start", "Not now"]
    started = await actor.click(prompt.message, "Start")
    assert "All set" in started.content, started.content


async def next_checkin(sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, user: User) -> Message:
    """Move the clock to the next slot and let the dispatcher run."""
    before = {m.id for m in sandbox.dms_to(user)}
    # To the member's next slot and a minute past it (its local time, whatever DST did meanwhile).
    due = await next_due(bot, user)
    if due is not None and due <= ts(clock.now()):
        # The clock jumped past a slot: the engine skips a stale one and plans the next.
        await bot.dispatcher.run_once()
        due = await next_due(bot, user)
    if due is not None and due > ts(clock.now()):
        clock.advance(from_ts(due) - clock.now())
    clock.advance(minutes=1)
    await bot.dispatcher.run_once()
    new = [m for m in sandbox.dms_to(user) if m.id not in before and m.interaction_id is None and is_checkin(m)]
    assert len(new) == 1, [m.content for m in new]
    return new[0]


async def next_due(bot: CheckinBot, user: User) -> int | None:
    rows = await bot.db.fetchall(
        "SELECT MIN(next_run_utc) FROM schedules WHERE user_id = ? AND kind = 'checkin' AND state = 'active'",
        (user.id,),
    )
    return rows[0][0]


async def answer_rows(bot: CheckinBot, user: User) -> list[tuple]:
    rows = await bot.db.fetchall("SELECT answer, note FROM checkin_answers WHERE user_id = ?", (user.id,))
    return [tuple(r) for r in rows]


async def test_consent_welcome_and_a_scheduled_checkin(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    prompt = await alex.slash("checkin start", time=in_two_hours(clock), timezone=ZONE, days="every day")
    assert "what this means" in prompt.content and "/checkin stop" in prompt.content
    assert await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id) is None  # not before Start
    started = await alex.click(prompt.message, "Start")
    assert "All set" in started.content and ZONE in started.content
    welcome = sandbox.dms_to(community.alex)
    assert len(welcome) == 1 and "Calm Harbour" in welcome[0].content
    await bot.dispatcher.run_once()
    assert len(sandbox.dms_to(community.alex)) == 1  # nothing before its minute
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    assert checkin.labels()[:5] == ["Doing well", "Okay", "So-so", "Struggling", "Really struggling"]
    assert checkin.labels()[5:] == ["Add a note", "Snooze 1 hour"]
    assert "/checkin pause" in checkin.content


async def test_not_now_saves_nothing(bot: CheckinBot, clock: FakeClock, community: Community) -> None:
    actor = community.as_(community.sam)
    prompt = await actor.slash("checkin start")
    declined = await actor.click(prompt.message, "Not now")
    assert "nothing was saved" in declined.content
    assert declined.message is not None and declined.message.components == []
    assert await get_schedule(bot.db, "checkin", community.sam.id, community.guild.id) is None


async def test_answers_change_in_place_and_low_answers_offer_support(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await opt_in(community, community.alex, clock)
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    dm = Actor(sandbox, community.alex)
    okay = await dm.click(checkin, "Okay")
    assert okay.message is checkin and "You answered: **Okay**" in checkin.content
    assert await answer_rows(bot, community.alex) == [(2, None)]
    assert okay.followups == []  # not a low answer: no offer

    low = await dm.click(checkin, "Struggling")
    assert "You answered: **Struggling**" in checkin.content
    assert await answer_rows(bot, community.alex) == [(4, None)]  # changed, never a second row
    offer = (await low.wait_followups(1))[0]
    assert offer.labels() == ["Let my buddy know", "Let the support team know", "Show resources", "Just noting it"]
    assert "findahelpline" not in offer.content  # crisis resources only for the hardest answer
    assert "Nobody is told anything" in offer.content

    buddy = await dm.click(offer, "Let my buddy know")
    assert "don't have a buddy" in buddy.content
    noting = await dm.click(offer, "Just noting it")
    assert "noted" in noting.content
    resources = await dm.click(offer, "Show resources")
    assert "findahelpline.com" in resources.content
    missing = await dm.click(offer, "Let the support team know")
    assert "haven't set up" in missing.content and "findahelpline.com" in missing.content


async def test_support_team_gets_only_what_the_member_chose(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    support = sandbox.add_text_channel(community.guild, "support-team", private_to=community.moderators)
    await asyncio.sleep(0.05)
    configured = await community.as_(community.maya).slash("config support", channel=support, role=community.moderators)
    assert "Done" in configured.content
    await opt_in(community, community.alex, clock)
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    dm = Actor(sandbox, community.alex)
    form = await dm.click(checkin, "Add a note")
    await dm.submit(form, {NOTE: "rough week @everyone"})
    offer = (await (await dm.click(checkin, "Struggling")).wait_followups(1))[0]
    ask = await dm.click(offer, "Let the support team know")
    # Before anything is shared, exactly what would be: where, to whom, and which answer.
    assert "private thread for the support team (only they can read it)" in ask.content
    assert "your name and today's answer, **Struggling**" in ask.content and "only if you choose" in ask.content
    assert ask.message.labels() == ["Share with my note", "Share without my note", "Not now"]
    assert sandbox.messages_in(support) == [] and threads_in(sandbox, support) == []
    sent = await dm.click(ask.message, "Share without my note")
    assert "Your note stayed private" in sent.content and "may take a little while" in sent.content
    assert sandbox.messages_in(support) == []  # never in the channel itself
    (thread,) = threads_in(sandbox, support)
    (post,) = sandbox.messages_in(thread)
    assert "rough week" not in post.content and "Struggling" in post.content
    assert post.pings == [f"role:{community.moderators.id}"]  # the role only: never the member, never @everyone

    again = await dm.click(offer, "Let the support team know")
    not_now = await dm.click(again.message, "Not now")
    assert "nothing was shared" in not_now.content and len(threads_in(sandbox, support)) == 1
    again = await dm.click(offer, "Let the support team know")
    with_note = await dm.click(again.message, "Share with my note")
    assert "Your note was shared" in with_note.content
    post = sandbox.messages_in(threads_in(sandbox, support)[-1])[-1]
    assert "rough week @everyone" in displayed(post.content)
    assert post.pings == [f"role:{community.moderators.id}"]


def threads_in(sandbox: Sandbox, channel: Channel) -> list[Channel]:
    return [c for c in sandbox.channels.values() if c.type == PRIVATE_THREAD and c.parent_id == channel.id]


async def test_hardest_answer_and_crisis_notes_always_show_resources(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await opt_in(community, community.alex, clock)
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    dm = Actor(sandbox, community.alex)
    hardest = await dm.click(checkin, "Really struggling")
    offer = (await hardest.wait_followups(1))[0]
    assert "findahelpline.com" in offer.content and "988" in offer.content
    assert offer.labels()[0] == "Let my buddy know"

    form = await dm.click(checkin, "Add a note")
    assert form.modal is not None
    with pytest.raises(SandboxError, match="longer than 1000"):
        await dm.submit(form, {NOTE: "x" * 1001})
    saved = await dm.submit(form, {NOTE: "I CAN'T go on like this"})
    assert "kept private" in saved.content and "findahelpline.com" in saved.content
    assert saved.content.index("findahelpline.com") < saved.content.index("kept private")  # care before bookkeeping
    assert await answer_rows(bot, community.alex) == [(5, "I CAN'T go on like this")]
    # Nothing about it was posted anywhere public.
    assert all("go on" not in m.content for m in sandbox.messages_in(community.general))


async def test_snooze_sends_the_same_checkin_an_hour_later(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await opt_in(community, community.alex, clock)
    checkin = await next_checkin(sandbox, bot, clock, community.alex)
    dm = Actor(sandbox, community.alex)
    snoozed = await dm.click(checkin, "Snooze 1 hour")
    assert "check in again around" in snoozed.content
    await bot.dispatcher.run_once()
    count = len(sandbox.dms_to(community.alex))
    clock.advance(minutes=61)
    await bot.dispatcher.run_once()
    again = sandbox.dms_to(community.alex)[count:]
    assert len(again) == 1 and again[0].labels()[0] == "Doing well"
    await dm.click(again[0], "Okay")
    await dm.click(checkin, "So-so")
    assert await answer_rows(bot, community.alex) == [(3, None)]  # both messages are the same check-in


async def test_pause_skip_resume_stop_and_stale_buttons(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await opt_in(community, community.alex, clock)
    alex = community.as_(community.alex)
    schedule = await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id)
    assert schedule is not None and schedule.next_run is not None
    first = schedule.next_run

    skipped = await alex.slash("checkin skip")
    assert "skip the next one" in skipped.content
    schedule = await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id)
    assert schedule.next_run == first + timedelta(days=1)

    paused = await alex.slash("checkin pause", days=3)
    assert "Paused" in paused.content
    schedule = await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id)
    assert schedule.next_run > clock.now() + timedelta(days=3)
    shown = await alex.slash("checkin settings")
    assert "paused until" in shown.content

    forever = await alex.slash("checkin pause")
    assert "until you use /checkin resume" in displayed(forever.content)
    schedule = await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id)
    assert schedule.state == "paused" and schedule.next_run is None
    clock.advance(days=2)
    before = len(sandbox.dms_to(community.alex))
    await bot.dispatcher.run_once()
    assert len(sandbox.dms_to(community.alex)) == before

    resumed = await alex.slash("checkin resume")
    assert "Welcome back" in resumed.content
    checkin = await next_checkin(sandbox, bot, clock, community.alex)

    stopped = await alex.slash("checkin stop")
    assert "stopped" in stopped.content and "history is kept" in stopped.content
    stale = await Actor(sandbox, community.alex).click(checkin, "Okay")
    assert "has ended" in stale.content and stale.ephemeral


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"time": "25:00"}, "couldn't read “25:00” as a time"),
        ({"time": "9:75"}, "couldn't read “9:75” as a time"),
        ({"time": "abc"}, "couldn't read “abc” as a time"),
        ({"timezone": "Mars/Olympus"}, "don't know the time zone “Mars/Olympus”"),
        ({"days": "funday"}, "don't know the day “funday”"),
        ({"days": " , "}, "at least one day"),
    ],
)
async def test_bad_input_is_explained_and_changes_nothing(
    bot: CheckinBot, community: Community, options: dict[str, str], expected: str
) -> None:
    result = await community.as_(community.alex).slash("checkin start", **options)
    assert result.ephemeral and expected in result.content and "Nothing was changed" in result.content
    assert await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id) is None


async def test_bad_pause_and_settings_values(bot: CheckinBot, clock: FakeClock, community: Community) -> None:
    await opt_in(community, community.alex, clock)
    alex = community.as_(community.alex)
    before = await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id)
    for days in (0, 10_000):
        refused = await alex.slash("checkin pause", days=days)
        assert "between 1 and 365" in refused.content
    refused = await alex.slash("checkin settings", time="9:75", days="weekdays")
    assert "couldn't read" in refused.content
    refused = await alex.slash("checkin settings", quiet_start="22:00")
    assert "both a start and an end" in refused.content
    assert await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id) == before

    changed = await alex.slash(
        "checkin settings", time="7am", days="mon,wed,fri", quiet_start="22:00", quiet_end="7:30"
    )
    assert "Saved" in changed.content and "07:00" in changed.content and "22:00 to 07:30" in changed.content
    after = await get_schedule(bot.db, "checkin", community.alex.id, community.guild.id)
    assert after is not None and after.days == frozenset({0, 2, 4})
    assert after.next_run.astimezone(ZoneInfo(ZONE)).strftime("%H:%M %a") in ("07:00 Mon", "07:00 Wed", "07:00 Fri")


async def test_two_starts_at_once_make_one_schedule(bot: CheckinBot, clock: FakeClock, community: Community) -> None:
    await opt_in(community, community.alex, clock)
    await community.as_(community.alex).slash("checkin stop")
    alex = community.as_(community.alex)
    results = await asyncio.gather(alex.slash("checkin start"), alex.slash("checkin start"), return_exceptions=True)
    assert all(not isinstance(r, Exception) for r in results), results
    count = await bot.db.fetchval(
        "SELECT COUNT(*) FROM schedules WHERE kind = 'checkin' AND user_id = ? AND guild_id = ?",
        (community.alex.id, community.guild.id),
    )
    assert count == 1


async def test_closed_dms_start_nothing_and_members_are_told_once(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    sandbox.open_dms(community.sam, False)
    actor = community.as_(community.sam)
    prompt = await actor.slash("checkin start")
    refused = await actor.click(prompt.message, "Start")
    assert "couldn't send you a DM" in refused.content and "Privacy Settings" in refused.content
    assert await get_schedule(bot.db, "checkin", community.sam.id, community.guild.id) is None

    # DMs that close later: the scheduled check-in bounces, and the next command brings a private note.
    await opt_in(community, community.alex, clock)
    sandbox.open_dms(community.alex, False)
    clock.advance(hours=2, minutes=1)
    await bot.dispatcher.run_once()
    assert (await members.get(bot.db, community.alex.id)).dm_closed
    shown = await community.as_(community.alex).slash("checkin settings")
    note = (await shown.wait_followups(1))[0]
    assert note.ephemeral and "didn't arrive" in note.content
    again = await community.as_(community.alex).slash("checkin settings")
    await asyncio.sleep(0.1)
    assert again.followups == []  # told once


async def test_history_lists_answers_with_a_chart(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await opt_in(community, community.alex, clock)
    dm = Actor(sandbox, community.alex)
    for label in ("Okay", "Struggling", "Doing well"):
        checkin = await next_checkin(sandbox, bot, clock, community.alex)
        await dm.click(checkin, label)
        clock.advance(hours=22)
    history = await community.as_(community.alex).slash("checkin history", days=30)
    assert history.ephemeral
    assert "Okay" in history.content and "Struggling" in history.content and "Doing well" in history.content
    message = history.message
    assert message is not None and [a["filename"] for a in message.attachments] == ["mood.png"]
    assert message.files["mood.png"].startswith(b"\x89PNG")
    refused = await community.as_(community.alex).slash("checkin history", days=0)
    assert "between 1 and 365" in refused.content


async def test_checkin_now_and_buttons_survive_a_restart(own_sandbox: Sandbox, tmp_path) -> None:
    path = tmp_path / "restart.sqlite3"
    clock = FakeClock()
    first, task = await start_bot(own_sandbox, path, clock=clock)
    community = await make_community(own_sandbox, first, "Restarted")
    await opt_in(community, community.alex, clock)
    now = await community.as_(community.alex).slash("checkin now")
    assert "On its way" in now.content
    checkin = [m for m in own_sandbox.dms_to(community.alex) if m.labels()][-1]
    await stop_bot(first, task)

    second, task = await start_bot(own_sandbox, path, clock=clock)
    try:
        answered = await Actor(own_sandbox, community.alex).click(checkin, "Doing well")
        assert "You answered: **Doing well**" in answered.content
    finally:
        await stop_bot(second, task)


async def test_buddy_hears_only_that_a_member_has_been_quiet(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    from cogs.buddies import storage as buddies

    await buddies.create_group(
        bot.db, community.guild.id, (community.alex.id, community.sam.id), clock.now(), status="active"
    )
    await opt_in(community, community.alex, clock)
    await community.as_(community.alex).slash("checkin settings", buddy_note_after=2)
    before = len(sandbox.dms_to(community.sam))
    for day in range(4):
        checkin = await next_checkin(sandbox, bot, clock, community.alex)
        if day == 0:
            await Actor(sandbox, community.alex).click(checkin, "Really struggling")
        clock.advance(hours=22)
    notes = [m for m in sandbox.dms_to(community.sam)[before:] if "hasn't answered" in m.content]
    assert len(notes) == 1  # once, after two unanswered in a row
    assert "Really struggling" not in notes[0].content and "Struggling" not in notes[0].content
    told = [m for m in sandbox.dms_to(community.alex) if "As you asked, I let your buddy" in m.content]
    assert len(told) == 1  # nothing goes to "my buddy" without the member hearing of it


async def test_timezone_autocomplete_on_start_and_settings(community: Community) -> None:
    alex = community.as_(community.alex)
    for command in ("checkin start", "checkin settings"):
        choices = await alex.autocomplete(command, "timezone", "lord")
        assert choices[0]["value"] == "Australia/Lord_Howe", command  # prefix matches first
