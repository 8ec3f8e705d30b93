"""Moderators: /setup from an empty server, /config commands and history, /insights (k-anonymity)."""

from __future__ import annotations

import asyncio

import pytest
from discord import Permissions

from bot.bot import CheckinBot
from bot.clock import FakeClock
from bot.sandbox import Actor, Sandbox, SandboxError
from tests.conftest import Community
from tests.test_checkins_e2e import next_checkin, opt_in


async def seen_by_bot(bot: CheckinBot, channel_id: int) -> None:
    for _ in range(100):
        if bot.get_channel(channel_id) is not None:
            return
        await asyncio.sleep(0.01)


async def test_setup_from_an_empty_server(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    support = sandbox.add_text_channel(community.guild, "support-team", private_to=community.moderators)
    intros = sandbox.add_text_channel(community.guild, "buddy-intros")
    hidden = sandbox.add_text_channel(community.guild, "mods-only", private_to=community.moderators, bot_can_see=False)
    high = sandbox.add_role(community.guild, "Admins", Permissions(administrator=True), position=50)
    for channel in (support, intros, hidden):
        await seen_by_bot(bot, channel.id)
    maya = community.as_(community.maya)
    with pytest.raises(SandboxError, match="hidden"):
        await community.as_(community.alex).slash("setup")

    step = await maya.slash("setup")
    assert step.ephemeral and "step 1 of 4" in step.content
    message = step.message
    assert message is not None
    await maya.select(message, "Default time zone", "Europe/Madrid")
    await maya.select(message, "Default check-in time", "08:00")
    assert "08:00 (Europe/Madrid)" in message.content
    await maya.click(message, "Next")
    assert "step 2 of 4" in message.content
    refused = await maya.select(message, "Support team channel", hidden)
    assert "can't see or post" in refused.content and "nothing was changed" in refused.content
    refused = await maya.select(message, "Support team role", high)
    assert "above my own role" in refused.content
    await maya.select(message, "Support team channel", support)
    await maya.select(message, "Support team role", community.moderators)
    assert f"<#{support.id}>" in message.content and f"<@&{community.moderators.id}>" in message.content
    await maya.click(message, "Next")
    await maya.select(message, "Buddy intro channel", intros)
    await maya.select(message, "How often buddies rotate", "weekly")
    assert "weekly" in message.content
    await maya.click(message, "Next")
    assert "step 4 of 4" in message.content and "default international list" in message.content
    finished = await maya.click(message, "Done")
    assert "All set" in finished.content

    shown = await maya.slash("config show")
    for expected in ("Europe/Madrid", "08:00", f"<#{support.id}>", f"<#{intros.id}>", "weekly", "Nothing: everything"):
        assert expected in shown.content, expected
    history = await maya.slash("config history")
    for setting in ("timezone", "checkin_default_time", "support_channel_id", "support_role_id", "buddies.cadence"):
        assert setting in history.content, setting
    assert f"<@{community.maya.id}>" in history.content

    # Re-running shows the current values.
    again = await maya.slash("setup")
    assert "08:00 (Europe/Madrid)" in again.content


async def test_config_show_health_and_checkins(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    maya = community.as_(community.maya)
    shown = await maya.slash("config show")
    assert "No support team channel" in shown.content
    closed = sandbox.add_text_channel(community.guild, "read-only", bot_can_post=False)
    await seen_by_bot(bot, closed.id)
    refused = await maya.slash("config support", channel=closed)
    assert "can't see or post" in refused.content
    saved = await maya.slash("config checkins", timezone="Asia/Kathmandu", time="7:30")
    assert "07:30 (Asia/Kathmandu)" in saved.content
    bad = await maya.slash("config checkins", timezone="Mars/Olympus")
    assert "Nothing was changed" in bad.content
    too_long = await maya.slash("config resources")
    with pytest.raises(SandboxError, match="longer than 900"):
        await maya.submit(too_long, {"Resources (empty: the default list)": "x" * 901})
    sandbox.allow_command_for_everyone(community.guild, "config")
    for command, options in (("config checkins", {"time": "10:00"}), ("config history", {}), ("config show", {})):
        refused = await community.as_(community.alex).slash(command, **options)
        assert "for moderators" in refused.content


async def test_insights_with_enough_members_and_with_too_few(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    maya = community.as_(community.maya)
    few = await maya.slash("insights", weeks=4)
    assert few.content.count("too few to show") >= 4
    assert few.message is not None and few.message.files["insights.png"].startswith(b"\x89PNG")

    people = [community.add_member(f"m{i}") for i in range(6)]
    for person in people:
        await opt_in(community, person, clock)
    await next_checkin(sandbox, bot, clock, people[0])  # one run delivers everyone's (they share the minute)
    for person, label in zip(people, ["Okay"] * 5 + ["Struggling"], strict=True):
        message = [m for m in sandbox.dms_to(person) if "Doing well" in m.labels()][-1]
        await Actor(sandbox, person).click(message, label)
    old = [m for m in sandbox.dms_to(people[0]) if "Doing well" in m.labels()][-1]  # answered this week
    live = await maya.slash("insights", weeks=4)
    assert (
        "Okay" not in live.content and "Members who got check-ins: too few to show" in live.content
    )  # never the live week

    # Once the week is over it shows: members, not answers; small cells suppressed; counts rounded.
    now = clock.now()
    clock.advance(days=7 - now.weekday(), hours=1 - now.hour, minutes=-now.minute)
    enough = await maya.slash("insights", weeks=4)
    assert "Members who got check-ins: 5" in enough.content  # six members, shown to the nearest 5
    assert "answered at least one: 100%" in enough.content
    assert "Okay 5" in enough.content and "Struggling fewer than 5" in enough.content
    assert "Members in a buddy pairing: too few to show" in enough.content
    for person in people:
        assert person.name not in enough.content and str(person.id) not in enough.content

    # Two views a few minutes apart never differ by one member's answer: not a new one, not a change.
    late = community.add_member("late")
    await opt_in(community, late, clock)
    checkin = await next_checkin(sandbox, bot, clock, late)
    await Actor(sandbox, late).click(checkin, "Really struggling")
    changed = await Actor(sandbox, people[0]).click(old, "Really struggling")
    assert "stays as it was" in changed.text
    again = await maya.slash("insights", weeks=4)
    assert again.content == enough.content
    refused = await maya.slash("insights", weeks=0)
    assert "between 1 and 26" in refused.content
