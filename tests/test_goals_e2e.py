"""Goals end to end: the real bot, the sandbox, an injected clock."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Message, Sandbox, User
from cogs.buddies import storage as buddies
from cogs.goals import storage as goals
from tests.conftest import Community

ZONE = ZoneInfo("UTC")  # the bot's default zone: members without check-ins get it


def soon(clock: FakeClock, hours: float = 2) -> str:
    return (clock.now() + timedelta(hours=hours)).astimezone(ZONE).strftime("%H:%M")


def nudges(sandbox: Sandbox, user: User, since: int = 0) -> list[Message]:
    # Identified by their opening words (from messages/en/goals.toml): answering removes the buttons.
    openings = ("A gentle nudge for", "going today? No pressure", "Small steps count")
    return [
        m for m in sandbox.dms_to(user)[since:] if m.interaction_id is None and any(o in m.content for o in openings)
    ]


async def tick(bot: CheckinBot, clock: FakeClock, **delta: float) -> None:
    clock.advance(**delta)
    await bot.dispatcher.run_once()


async def goal_rows(bot: CheckinBot, user: User) -> list[tuple]:
    rows = await bot.db.fetchall(
        "SELECT g.title, l.status FROM goal_logs l JOIN goals g ON g.id = l.goal_id WHERE g.user_id = ?", (user.id,)
    )
    return [tuple(r) for r in rows]


async def test_bad_input_is_explained_and_changes_nothing(bot: CheckinBot, community: Community) -> None:
    alex = community.as_(community.alex)
    cases = [
        ({"title": "   "}, "short title"),
        ({"title": "x" * 101}, "101 characters"),
        ({"title": "stretch", "times_per_week": 0}, "between 1 and 7"),
        ({"title": "stretch", "times_per_week": 8}, "between 1 and 7"),
        ({"title": "stretch", "days": "mon", "times_per_week": 2}, "not both"),
        ({"title": "stretch", "time": "25:00"}, "couldn't read"),
    ]
    for options, expected in cases:
        result = await alex.slash("goal add", **options)
        assert result.ephemeral and expected in result.content, (options, result.content)
    assert await goals.count_open(bot.db, community.alex.id, community.guild.id) == 0
    for index in range(10):
        await alex.slash("goal add", title=f"goal {index}")
    eleventh = await alex.slash("goal add", title="one more")
    assert "already have 10 goals" in eleventh.content
    assert await goals.count_open(bot.db, community.alex.id, community.guild.id) == 10
    unknown = await alex.slash("goal log", goal="999999")
    assert "couldn't find that goal" in unknown.content
    theirs = (await goals.mine(bot.db, community.alex.id, community.guild.id))[0]
    not_mine = await community.as_(community.sam).slash("goal log", goal=str(theirs.id))
    assert "couldn't find that goal" in not_mine.content
    assert await goal_rows(bot, community.alex) == []


async def test_nudge_at_its_minute_and_the_answers(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    added = await alex.slash("goal add", title="@everyone walk <@&1>", days="every day", time=soon(clock))
    assert "Added" in added.content and added.message is not None and added.message.pings == []
    await bot.dispatcher.run_once()
    assert nudges(sandbox, community.alex) == []
    await tick(bot, clock, hours=2, minutes=1)
    (nudge,) = nudges(sandbox, community.alex)
    assert nudge.labels() == ["Done", "Not today", "Snooze 1 hour"]
    assert "@everyone walk" in nudge.content and nudge.pings == []  # stored as written, never pings
    dm = Actor(sandbox, community.alex)
    done = await dm.click(nudge, "Done")
    assert "1/7 this week" in done.content and done.message is nudge and nudge.components == []

    # The next day: Not today, then Snooze on the day after.
    await tick(bot, clock, hours=24)
    second = nudges(sandbox, community.alex)[-1]
    assert second is not nudge
    skipped = await dm.click(second, "Not today")
    assert "that's okay" in skipped.content
    await tick(bot, clock, hours=24)
    third = nudges(sandbox, community.alex)[-1]
    snoozed = await dm.click(third, "Snooze 1 hour")
    assert "again around" in snoozed.content
    count = len(nudges(sandbox, community.alex))
    await tick(bot, clock, minutes=61)
    assert len(nudges(sandbox, community.alex)) == count + 1
    statuses = sorted(s for _, s in await goal_rows(bot, community.alex))
    assert statuses == ["done", "not_today"]


async def test_logging_early_means_no_nudge_that_day(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    await alex.slash("goal add", title="read", time=soon(clock))
    goal = (await goals.mine(bot.db, community.alex.id, community.guild.id))[0]
    logged = await alex.slash("goal log", goal=str(goal.id), note="chapter 3")
    assert "Logged **read**" in logged.content
    choices = await alex.autocomplete("goal log", "goal", "rea")
    assert [c["name"] for c in choices] == ["read"]
    await tick(bot, clock, hours=2, minutes=1)
    assert nudges(sandbox, community.alex) == []


async def test_times_per_week_stops_nudging_when_the_week_is_met(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    await alex.slash("goal add", title="swim", times_per_week=1, time=soon(clock))
    await tick(bot, clock, hours=2, minutes=1)
    (nudge,) = nudges(sandbox, community.alex)
    today = clock.now().date()
    await Actor(sandbox, community.alex).click(nudge, "Done")
    days_left = 6 - today.weekday()  # the rest of this (Monday to Sunday) week
    for _ in range(days_left):
        await tick(bot, clock, hours=24)
    assert len(nudges(sandbox, community.alex)) == 1
    await tick(bot, clock, hours=24)  # a new week
    assert len(nudges(sandbox, community.alex)) == 2


async def test_still_fits_is_asked_once(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    await alex.slash("goal add", title="meditate 30 minutes", time=soon(clock))
    await tick(bot, clock, hours=2, minutes=1)
    for _ in range(3):
        await tick(bot, clock, hours=24)
    messages = [m for m in sandbox.dms_to(community.alex) if m.interaction_id is None]
    asks = [m for m in messages if "still fit" in m.content]
    assert len(asks) == 1 and asks[0].labels() == ["Keep it", "Make it smaller", "Pause it", "Remove it"]
    assert not any(word in asks[0].content.lower() for word in ("failed", "missed", "should"))
    for _ in range(4):
        await tick(bot, clock, hours=24)
    assert len([m for m in sandbox.dms_to(community.alex) if "still fit" in m.content]) == 1
    form = await Actor(sandbox, community.alex).click(asks[0], "Make it smaller")
    saved = await Actor(sandbox, community.alex).submit(form, {"Goal": "meditate 5 minutes"})
    assert "meditate 5 minutes" in saved.content
    goal = (await goals.mine(bot.db, community.alex.id, community.guild.id))[0]
    assert goal.title == "meditate 5 minutes"


async def test_streak_milestone_is_celebrated(bot: CheckinBot, clock: FakeClock, community: Community) -> None:
    alex = community.as_(community.alex)
    await alex.slash("goal add", title="stretch", time=soon(clock, 12))
    goal = (await goals.mine(bot.db, community.alex.id, community.guild.id))[0]
    texts = []
    for _ in range(3):
        texts.append((await alex.slash("goal log", goal=str(goal.id))).content)
        clock.advance(days=1)
    assert "🎉" not in texts[1] and any(mark in texts[2] for mark in ("🎉", "✨", "🌱"))
    again = await alex.slash("goal log", goal=str(goal.id))
    clock.advance(hours=1)
    twice = await alex.slash("goal log", goal=str(goal.id))
    assert "Logged" in again.content and "kept it at one" in twice.content


async def test_weekly_summary_and_buddy_digest(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    await buddies.create_group(
        bot.db, community.guild.id, (community.alex.id, community.sam.id), clock.now(), status="active"
    )
    alex = community.as_(community.alex)
    await alex.slash("goal add", title="walk", share_with_buddy=True, time=soon(clock, 30))
    await alex.slash("goal add", title="journal privately", time=soon(clock, 30))
    walk = (await goals.mine(bot.db, community.alex.id, community.guild.id))[0]
    await alex.slash("goal log", goal=str(walk.id), note="a secret note")
    # Move to the next Sunday 18:00 UTC (the default summary time).
    now = clock.now().astimezone(ZONE)
    sunday = (now + timedelta(days=(6 - now.weekday()) % 7)).replace(hour=18, minute=1, second=0, microsecond=0)
    if sunday <= now:
        sunday += timedelta(days=7)
    before_alex, before_sam = len(sandbox.dms_to(community.alex)), len(sandbox.dms_to(community.sam))
    await tick(bot, clock, seconds=(sunday - now).total_seconds())
    summary = next(m for m in sandbox.dms_to(community.alex)[before_alex:] if "Your week" in m.content)
    assert "walk" in summary.content and "journal privately" in summary.content
    assert [a["filename"] for a in summary.attachments] == ["week.png"] and summary.files["week.png"].startswith(
        b"\x89PNG"
    )
    digest = next(m for m in sandbox.dms_to(community.sam)[before_sam:] if "shared goals" in m.content)
    assert "walk" in digest.content and "journal" not in digest.content and "secret" not in digest.content
    cheer = await Actor(sandbox, community.sam).click(digest, "Send encouragement")
    assert "Sent" in cheer.content
    assert any("cheering you on" in m.content or "in your corner" in m.content for m in sandbox.dms_to(community.alex))
    again = await Actor(sandbox, community.sam).click(digest, "Send encouragement")
    assert "already encouraged them today" in again.content  # once a day from one buddy to the other


async def test_pause_remove_and_stale_buttons(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    await alex.slash("goal add", title="garden", time=soon(clock))
    goal = (await goals.mine(bot.db, community.alex.id, community.guild.id))[0]
    await tick(bot, clock, hours=2, minutes=1)
    (nudge,) = nudges(sandbox, community.alex)
    paused = await alex.slash("goal pause", goal=str(goal.id), days=3)
    assert "Paused **garden** until" in paused.content
    for _ in range(2):
        await tick(bot, clock, hours=24)
    assert len(nudges(sandbox, community.alex)) == 1
    refused = await alex.slash("goal pause", goal=str(goal.id), days=0)
    assert "between 1 and 365" in refused.content
    resumed = await alex.slash("goal resume", goal=str(goal.id))
    assert "Resumed" in resumed.content
    ask = await alex.slash("goal remove", goal=str(goal.id))
    assert ask.message is not None and ask.message.labels() == ["Remove", "Keep"]
    kept = await alex.click(ask.message, "Keep")
    assert "keep" in kept.content.lower()
    ask = await alex.slash("goal remove", goal=str(goal.id))
    removed = await alex.click(ask.message, "Remove")
    assert "Removed **garden**" in removed.content
    stale = await Actor(sandbox, community.alex).click(nudge, "Done")
    assert "has been removed" in stale.content and stale.ephemeral
    await tick(bot, clock, hours=48)
    assert len(nudges(sandbox, community.alex)) == 1


async def test_a_pause_for_some_days_ends_by_itself(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    alex = community.as_(community.alex)
    await alex.slash("goal add", title="stretch gently", time=soon(clock))
    goal = (await goals.mine(bot.db, community.alex.id, community.guild.id))[0]
    await alex.slash("goal pause", goal=str(goal.id), days=2)
    await tick(bot, clock, hours=2, minutes=1)  # just past the nudge's minute, every day from here
    await tick(bot, clock, hours=24)
    assert nudges(sandbox, community.alex) == []  # nothing while paused
    await tick(bot, clock, hours=24)  # the pause ended two days after it began
    assert len(nudges(sandbox, community.alex)) == 1  # and nudges again once the pause is over, unasked
