"""The sandbox behaves like Discord where the bot depends on it."""

import asyncio

import discord
import pytest

from bot.bot import CheckinBot
from bot.sandbox import Sandbox
from tests.conftest import Community


async def test_dm_to_closed_dms_is_refused_with_50007(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    sandbox.open_dms(community.sam, False)
    user = await bot.fetch_user(community.sam.id)
    with pytest.raises(discord.Forbidden) as caught:
        await user.send("hello")
    assert caught.value.code == 50007
    assert sandbox.dms_to(community.sam) == []


async def test_nonce_with_enforce_nonce_deduplicates(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    channel = await bot.create_dm(discord.Object(community.alex.id))
    first = await channel.send("once", nonce="abc123")
    second = await channel.send("once", nonce="abc123")
    assert first.id == second.id
    assert [m.content for m in sandbox.dms_to(community.alex)] == ["once"]


async def test_member_text_never_pings(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    channel = bot.get_channel(community.general.id)
    assert isinstance(channel, discord.TextChannel)
    sent = await channel.send(f"@everyone look <@&{community.moderators.id}>")
    assert sandbox.messages[sent.id].pings == []  # the bot's default allowed_mentions is none


async def test_injected_5xx_is_retried_by_the_client(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    channel = await bot.create_dm(discord.Object(community.alex.id))
    sandbox.inject_errors(502, count=1, path_contains=f"/channels/{channel.id}/messages")
    before = len(sandbox.rest_requests(f"/channels/{channel.id}/messages"))
    await channel.send("after a hiccup")
    statuses = [r.status for r in sandbox.rest_requests(f"/channels/{channel.id}/messages")][before:]
    assert statuses == [502, 200]


async def test_global_rate_limit_answers_real_429s(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    channel = await bot.create_dm(discord.Object(community.alex.id))
    sandbox.set_global_rate_limit(5)
    try:
        await asyncio.gather(*(channel.send(f"burst {i}") for i in range(8)))
    finally:
        sandbox.set_global_rate_limit(None)
    assert sandbox.rate_limited_responses >= 1
    texts = [m.content for m in sandbox.dms_to(community.alex)]
    assert sorted(t for t in texts if t.startswith("burst")) == sorted(f"burst {i}" for i in range(8))


async def test_missing_permissions_in_a_channel(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    closed = sandbox.add_text_channel(community.guild, "read-only", bot_can_post=False)
    for _ in range(100):
        if bot.get_channel(closed.id) is not None:
            break
        await asyncio.sleep(0.01)
    channel = bot.get_channel(closed.id)
    assert isinstance(channel, discord.TextChannel)
    assert not channel.permissions_for(channel.guild.me).send_messages
    with pytest.raises(discord.Forbidden) as caught:
        await channel.send("hi")
    assert caught.value.code == 50013


async def test_private_thread_with_members(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    channel = bot.get_channel(community.general.id)
    assert isinstance(channel, discord.TextChannel)
    thread = await channel.create_thread(name="buddies", type=discord.ChannelType.private_thread, invitable=False)
    await thread.add_user(discord.Object(community.alex.id))
    await thread.send("welcome")
    stored = sandbox.channels[thread.id]
    assert community.alex.id in stored.thread_members
    assert [m.content for m in sandbox.messages_in(stored)] == ["welcome"]
