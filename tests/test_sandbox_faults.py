"""The sandbox's drills: nonce memory, channel history, outages, 429 storms, shared limits, counters."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp
import discord
import pytest

from bot.bot import CheckinBot
from bot.sandbox import Actor, Channel, Guild, Sandbox, User, flows
from bot.sandbox.server import Interaction, request_kind
from tests.conftest import Community, make_community, start_bot, stop_bot

# ---- a sandbox of its own, driven over HTTP ----------------------------------------------------------


@dataclass
class Answer:
    status: int
    headers: Any
    body: Any


@dataclass
class World:
    sandbox: Sandbox
    http: aiohttp.ClientSession
    guild: Guild
    channel: Channel
    member: User

    async def call(self, method: str, path: str, body: Any = None, **query: Any) -> Answer:
        headers = {"Authorization": "Bot " + self.sandbox.token}
        url = self.sandbox.api_base_url + path
        async with self.http.request(method, url, json=body, headers=headers, params=query or None) as response:
            text = await response.text()
            return Answer(response.status, response.headers, await response.json() if text else None)

    async def control(self, method: str, path: str, body: Any = None) -> Any:
        url = f"http://{self.sandbox.host}:{self.sandbox.port}/_sandbox{path}"
        async with self.http.request(method, url, json=body) as response:
            assert response.status == 200, await response.text()
            return await response.json()

    async def post(self, body: dict[str, Any], channel: Channel | None = None) -> Answer:
        return await self.call("POST", f"/channels/{(channel or self.channel).id}/messages", body)

    def interaction(self) -> Interaction:
        return self.sandbox.new_interaction(type=2, user=self.member, guild=self.guild, channel=self.channel, data={})

    async def callback(self, interaction: Interaction, body: dict[str, Any]) -> Answer:
        return await self.call("POST", f"/interactions/{interaction.id}/{interaction.token}/callback", body)

    async def identify(self) -> aiohttp.ClientWebSocketResponse:
        ws = await self.http.ws_connect(self.sandbox.gateway_url)
        hello = await ws.receive_json()
        assert hello["op"] == 10
        await ws.send_json({"op": 2, "d": {"token": self.sandbox.token, "intents": 1, "properties": {}}})
        ready = await ws.receive_json()
        assert ready["t"] == "READY"
        return ws


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with Sandbox(control=True) as sandbox, aiohttp.ClientSession() as http:
        guild = sandbox.create_guild("Drills")
        channel = sandbox.add_text_channel(guild, "general")
        member = sandbox.create_user("alex")
        sandbox.add_member(guild, member)
        yield World(sandbox, http, guild, channel, member)


async def until_closed(ws: aiohttp.ClientWebSocketResponse) -> int | None:
    """Read the gateway's frames until it closes; the close code."""
    async for _ in ws:
        pass
    return ws.close_code


def once(nonce: str, content: str = "hello") -> dict[str, Any]:
    return {"content": content, "nonce": nonce, "enforce_nonce": True}


# ---- nonces ----------------------------------------------------------------------------------------


async def test_a_nonce_is_remembered_within_its_lifetime(world: World) -> None:
    assert world.sandbox.nonce_lifetime == 300.0
    first, second = await world.post(once("n1")), await world.post(once("n1"))
    assert first.status == second.status == 200
    assert first.body["id"] == second.body["id"] and second.body["nonce"] == "n1"
    assert [m.content for m in world.sandbox.messages_in(world.channel)] == ["hello"]
    # Without enforce_nonce, or in another channel, the same nonce is a new message.
    assert (await world.post({"content": "again", "nonce": "n1"})).body["id"] != first.body["id"]
    dm = world.sandbox._ensure_dm(world.member)
    assert (await world.post(once("n1"), dm)).body["id"] != first.body["id"]


async def test_a_nonce_is_forgotten_after_its_lifetime(world: World) -> None:
    world.sandbox.set_nonce_lifetime(0.05)
    first = await world.post(once("n1"))
    assert (await world.post(once("n1"))).body["id"] == first.body["id"]
    await asyncio.sleep(0.08)
    later = await world.post(once("n1"))
    assert later.body["id"] != first.body["id"]
    assert len(world.sandbox.messages_in(world.channel)) == 2
    # Expired entries are dropped as new nonces come in: the memory holds the last few minutes only.
    await asyncio.sleep(0.08)
    await world.post(once("n2"))
    assert list(world.sandbox._nonces) == [(world.channel.id, "n2")]


async def test_nonce_lifetime_zero_turns_deduplication_off_and_none_keeps_them_forever(world: World) -> None:
    assert await world.control("POST", "/nonces", {"lifetime": 0}) == {"lifetime": 0.0}
    first, second = await world.post(once("n1")), await world.post(once("n1"))
    assert first.body["id"] != second.body["id"] and second.body["nonce"] == "n1"
    assert world.sandbox._nonces == {}
    assert await world.control("POST", "/nonces", {"lifetime": None}) == {"lifetime": None}
    kept = await world.post(once("n2"))
    world.sandbox._nonces[(world.channel.id, "n2")] = (int(kept.body["id"]), time.monotonic() - 10**6)
    assert (await world.post(once("n2"))).body["id"] == kept.body["id"]


# ---- Get Channel Messages --------------------------------------------------------------------------


async def test_get_channel_messages_newest_first_with_limit_nonce_and_components(world: World) -> None:
    button = {"type": 1, "components": [{"type": 2, "style": 1, "label": "Go", "custom_id": "go"}]}
    sent = [(await world.post({"content": f"m{i}"})).body["id"] for i in range(4)]
    sent.append((await world.post({**once("abc", "m4"), "components": [button]})).body["id"])
    hidden = world.interaction()  # an ephemeral answer in the channel is no part of its history
    assert (await world.callback(hidden, {"type": 4, "data": {"content": "only alex", "flags": 64}})).status == 200

    everything = await world.call("GET", f"/channels/{world.channel.id}/messages")
    assert everything.status == 200
    assert [m["id"] for m in everything.body] == sent[::-1]
    newest = everything.body[0]
    assert newest["nonce"] == "abc" and newest["components"] == [button]
    assert "nonce" not in everything.body[1] and everything.body[1]["components"] == []

    latest = await world.call("GET", f"/channels/{world.channel.id}/messages", limit=2)
    assert [m["content"] for m in latest.body] == ["m4", "m3"]
    before = await world.call("GET", f"/channels/{world.channel.id}/messages", limit=2, before=sent[3])
    assert [m["content"] for m in before.body] == ["m2", "m1"]
    after = await world.call("GET", f"/channels/{world.channel.id}/messages", limit=2, after=sent[0])
    assert [m["content"] for m in after.body] == ["m2", "m1"]  # the two right after m0, newest first
    around = await world.call("GET", f"/channels/{world.channel.id}/messages", limit=3, around=sent[2])
    assert [m["content"] for m in around.body] == ["m3", "m2", "m1"]
    world.sandbox.messages[int(sent[4])].deleted = True
    remaining = await world.call("GET", f"/channels/{world.channel.id}/messages")
    assert [m["content"] for m in remaining.body] == ["m3", "m2", "m1", "m0"]


async def test_get_channel_messages_refuses_a_bad_limit_and_an_unknown_channel(world: World) -> None:
    for limit, code in ((0, "NUMBER_TYPE_MIN"), (101, "NUMBER_TYPE_MAX"), ("many", "NUMBER_TYPE_COERCE")):
        answer = await world.call("GET", f"/channels/{world.channel.id}/messages", limit=limit)
        assert answer.status == 400 and answer.body["code"] == 50035
        assert [e["code"] for e in answer.body["errors"]["limit"]["_errors"]] == [code]
    assert (await world.call("GET", f"/channels/{world.channel.id}/messages", limit=100)).status == 200
    assert (await world.call("GET", "/channels/1/messages")).body["code"] == 10003


async def test_get_channel_messages_respects_the_global_rate_limit(world: World) -> None:
    world.sandbox.set_global_rate_limit(1)
    first = await world.call("GET", f"/channels/{world.channel.id}/messages")
    second = await world.call("GET", f"/channels/{world.channel.id}/messages")
    assert (first.status, second.status) == (200, 429)
    assert second.headers["X-RateLimit-Global"] == "true"
    assert world.sandbox.requests_by_kind["other"] == 2


async def test_discord_py_reads_history_with_the_nonce(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    channel = await bot.create_dm(discord.Object(community.alex.id))
    await channel.send("first")
    sent = await channel.send("second", nonce="n-42")
    history = [m async for m in channel.history(limit=10)]
    assert [m.content for m in history] == ["second", "first"]
    assert history[0].id == sent.id and history[0].nonce == "n-42"


# ---- outages ---------------------------------------------------------------------------------------


async def test_an_outage_fails_rest_and_the_gateway_until_it_ends(world: World) -> None:
    ws = await world.identify()
    closed = asyncio.ensure_future(until_closed(ws))
    started = time.monotonic()
    outage = await world.control("POST", "/outage", {"seconds": 0.5, "status": 502})
    assert outage["outage"]["status"] == 502 and outage["outage"]["ended"] is None
    assert await asyncio.wait_for(closed, 5) == 4000

    answer = await world.call("GET", "/users/@me")
    assert (answer.status, answer.body) == (502, {"message": "502: Bad Gateway", "code": 0})
    assert (await world.post({"content": "lost"})).status == 502
    with pytest.raises(aiohttp.WSServerHandshakeError) as refused:
        await world.http.ws_connect(world.sandbox.gateway_url)
    assert refused.value.status == 502
    # Interaction callbacks and webhooks are not behind the outage.
    assert (await world.callback(world.interaction(), {"type": 4, "data": {"content": "still here"}})).status == 200
    stats = await world.control("GET", "/stats")
    assert stats["outage"] is True and stats["connected"] is False
    assert stats["responses_by_status"]["502"] == 2

    await asyncio.sleep(max(0.0, started + 0.6 - time.monotonic()))
    assert (await world.call("GET", "/users/@me")).status == 200
    assert (await world.post({"content": "back"})).status == 200
    again = await world.identify()
    await again.close()
    (record,) = (await world.control("GET", "/stats"))["outages"]
    assert record["ended"] is not None and record["ended"] - record["started"] == pytest.approx(0.5)
    assert [m.content for m in world.sandbox.messages_in(world.channel)] == ["still here", "back"]


async def test_an_outage_can_be_ended_early(world: World) -> None:
    await world.sandbox.outage(60, status=503)
    answer = await world.call("GET", "/users/@me")
    assert answer.status == 503 and answer.body["message"] == "503: Service Unavailable"
    await world.control("POST", "/outage", {"seconds": 0})
    assert (await world.call("GET", "/users/@me")).status == 200
    assert world.sandbox.current_outage() is None and world.sandbox.outages[0].until < time.monotonic()


async def test_the_bot_rides_out_an_outage_and_reconnects(own_sandbox: Sandbox, tmp_path: Path) -> None:
    bot, task = await start_bot(own_sandbox, tmp_path / "outage.sqlite3")
    for _ in range(3000):  # start_bot may return before discord.py has even logged in
        if bot.is_ready():
            break
        await asyncio.sleep(0.01)

    async def identify_at_once(shard_id: int | None, *, initial: bool = False) -> None:
        """discord.py waits 5 s before every IDENTIFY but the first; not needed against the sandbox."""

    bot.before_identify_hook = identify_at_once  # type: ignore[method-assign]
    try:
        community = await make_community(own_sandbox, bot, "Outage")
        connections = own_sandbox.identifies + own_sandbox.resumes
        await own_sandbox.outage(1.0)
        assert own_sandbox.session is not None and own_sandbox.session.ws is None
        # discord.py retries a 502 after 1 s, by which time Discord is back.
        user = await bot.fetch_user(community.alex.id)
        assert user.id == community.alex.id
        statuses = [r.status for r in own_sandbox.rest_requests(f"/users/{community.alex.id}")]
        assert statuses[0] == 502 and statuses[-1] == 200
        for _ in range(3000):
            ws = own_sandbox.session.ws if own_sandbox.session else None
            if ws is not None and not ws.closed and own_sandbox.identifies + own_sandbox.resumes > connections:
                break
            await asyncio.sleep(0.01)
        else:
            raise AssertionError("the bot never reconnected after the outage")
        result = await Actor(own_sandbox, community.alex, community.guild).slash("help")
        assert result.content or result.message is not None
    finally:
        await stop_bot(bot, task)


# ---- 429s ------------------------------------------------------------------------------------------


async def test_a_storm_answers_global_429s_until_it_ends(world: World) -> None:
    await world.control("POST", "/storm", {"seconds": 0.3, "retry_after": 0.25})
    for _ in range(3):
        answer = await world.call("GET", "/users/@me")
        assert answer.status == 429
        assert answer.body == {"message": "You are being rate limited.", "retry_after": 0.25, "global": True}
        assert answer.headers["Retry-After"] == "1"
        assert answer.headers["X-RateLimit-Global"] == "true" and answer.headers["X-RateLimit-Scope"] == "global"
        assert answer.headers["Via"]
    assert (await world.callback(world.interaction(), {"type": 4, "data": {"content": "answered"}})).status == 200
    assert world.sandbox.rate_limited_responses == 3
    assert world.sandbox.stats()["storm"] is True
    await asyncio.sleep(0.35)
    assert (await world.call("GET", "/users/@me")).status == 200
    stats = await world.control("GET", "/stats")
    assert stats["storm"] is False and stats["rate_limited"] == 3
    assert stats["rate_limited_by_scope"] == {"global": 3, "shared": 0}


async def test_discord_py_waits_out_a_storm(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    channel = await bot.create_dm(discord.Object(community.alex.id))
    sandbox.rate_limit_storm(0.2, retry_after=0.3)
    await channel.send("after the storm")
    statuses = [r.status for r in sandbox.rest_requests(f"/channels/{channel.id}/messages", "POST")]
    assert statuses == [429, 200]


async def test_a_shared_limit_answers_shared_scope_429s(world: World) -> None:
    await world.control(
        "POST", "/shared_limit", {"path_contains": "/users/@me/channels", "count": 2, "retry_after": 2.5}
    )
    assert (await world.call("GET", "/users/@me")).status == 200  # other routes are not limited
    for _ in range(2):
        answer = await world.call("POST", "/users/@me/channels", {"recipient_id": str(world.member.id)})
        assert answer.status == 429
        assert answer.body == {"message": "You are being rate limited.", "retry_after": 2.5, "global": False}
        assert answer.headers["X-RateLimit-Scope"] == "shared" and answer.headers["Retry-After"] == "3"
        assert "X-RateLimit-Global" not in answer.headers
        assert answer.headers["X-RateLimit-Remaining"] == "0" and answer.headers["X-RateLimit-Reset-After"] == "2.500"
    assert (await world.call("POST", "/users/@me/channels", {"recipient_id": str(world.member.id)})).status == 200
    assert world.sandbox.rate_limited_by_scope == {"global": 0, "shared": 2}


async def test_discord_py_honours_retry_after_on_a_shared_limit(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    newcomer = community.add_member("newcomer")
    sandbox.shared_limit("/users/@me/channels", count=1, retry_after=0.3)
    started = time.monotonic()
    channel = await bot.create_dm(discord.Object(newcomer.id))
    assert time.monotonic() - started >= 0.3
    assert channel.id == sandbox.dm_channels[newcomer.id]
    assert [r.status for r in sandbox.rest_requests("/users/@me/channels")][-2:] == [429, 200]


# ---- counters --------------------------------------------------------------------------------------


def test_request_kinds() -> None:
    assert request_kind("POST", "/users/@me/channels") == "dm_open"
    assert request_kind("POST", "/channels/1/messages") == "message"
    assert request_kind("GET", "/channels/1/messages") == "other"
    assert request_kind("PATCH", "/channels/1/messages/2") == "other"
    assert request_kind("POST", "/channels/1/threads") == "other"


async def test_stats_count_bot_requests_by_kind_and_per_second(world: World) -> None:
    await world.call("POST", "/users/@me/channels", {"recipient_id": str(world.member.id)})
    await asyncio.gather(*(world.post({"content": f"m{i}"}) for i in range(3)))
    await world.call("GET", "/users/@me")
    await world.callback(world.interaction(), {"type": 4, "data": {"content": "not a bot request"}})
    world.sandbox.rate_limit_storm(10)
    await world.call("GET", "/users/@me")
    world.sandbox.rate_limit_storm(0)
    stats = await world.control("GET", "/stats")
    assert stats["requests_by_kind"] == {"dm_open": 1, "message": 3, "other": 2}
    assert stats["max_requests_per_second"] == 6  # all within a second; the callback is not counted
    assert stats["interaction_requests"] == 1 and stats["requests"] == 7
    assert stats["responses_by_status"] == {"200": 5, "429": 1} and stats["rate_limited"] == 1
    assert stats["messages"] == 3 and stats["max_posts_per_second"] == 3

    await world.control("POST", "/reset")
    stats = await world.control("GET", "/stats")
    assert stats["requests_by_kind"] == {"dm_open": 0, "message": 0, "other": 0}
    assert stats["max_requests_per_second"] == 0 and stats["rate_limited"] == 0
    assert stats["responses_by_status"] == {} and stats["rate_limited_by_scope"] == {"global": 0, "shared": 0}
    assert stats["requests"] == 0 and stats["messages"] == 0 and stats["max_posts_per_second"] == 0


async def test_the_rolling_second_forgets_older_requests(world: World) -> None:
    await asyncio.gather(*(world.call("GET", "/users/@me") for _ in range(4)))
    window = world.sandbox._request_window
    for index in range(len(window)):  # pretend those four came two seconds ago
        window[index] -= 2.0
    await world.call("GET", "/users/@me")
    assert len(window) == 1 and world.sandbox.max_requests_per_second == 4


# ---- world building and the burst flow -------------------------------------------------------------


async def test_setup_with_thousands_of_members_is_fast(world: World) -> None:
    started = time.perf_counter()
    made = await world.control("POST", "/setup", {"members": 3000})
    assert time.perf_counter() - started < 3.0
    assert len(made["user_ids"]) == 3000 and len(made["dm_channels"]) == 3000
    assert len(world.sandbox.guilds[int(made["guild_id"])].members) == 3002  # with the owner and the bot


async def test_start_checkins_control_route_with_nobody(world: World) -> None:
    body = {"user_ids": [], "guild_id": str(world.guild.id), "time": "09:00", "timezone": "UTC"}
    assert await world.control("POST", "/start_checkins", body) == {"members": []}


async def test_next_bot_dm_waits_for_a_message_after_the_given_time(world: World) -> None:
    dm = world.sandbox._ensure_dm(world.member)
    await world.post({"content": "old"}, dm)
    mark = time.monotonic()
    waiting = asyncio.ensure_future(world.sandbox.next_bot_dm(world.member, after=mark, timeout=5))
    await asyncio.sleep(0.01)
    assert not waiting.done()
    await world.post({"content": "new"}, dm)
    assert (await waiting).content == "new"
    assert (await world.sandbox.next_bot_dm(world.member, after=mark)).content == "new"
    with pytest.raises(TimeoutError):
        await world.sandbox.next_bot_dm(world.member, after=time.monotonic(), timeout=0.05)
    assert world.sandbox._dm_waiters == {}


async def test_start_checkins_for_three_members(sandbox: Sandbox, bot: CheckinBot, community: Community) -> None:
    members = [community.alex, community.sam, community.add_member("kim")]
    runs = await flows.start_checkins(sandbox, members, community.guild, time="09:00", timezone="UTC", concurrency=2)
    assert [run.user for run in runs] == members
    for run in runs:
        shown = run.payload()
        assert "error" not in shown, shown
        assert shown["user_id"] == str(run.user.id)
        assert 0 < shown["click_to_welcome"] < 30 and 0 < shown["click_to_answer"] < 30
        assert "All set" in shown["content"]
        welcome = [m for m in sandbox.dms_to(run.user) if m.interaction_id is None]
        assert len(welcome) == 1 and welcome[0].arrived - run.clicked == shown["click_to_welcome"]
    # A second time, the members are already checked in: no Start button, and it says so.
    (again,) = await flows.start_checkins(sandbox, members[:1], community.guild, time="09:00", timeout=5)
    assert again.error is not None and "Start" in again.error and again.clicked is None


# ---- shards ----------------------------------------------------------------------------------------


async def _identify(sandbox: Sandbox, shard: list[int]) -> tuple[aiohttp.ClientSession, Any, dict | None]:
    session = aiohttp.ClientSession()
    ws = await session.ws_connect(sandbox.gateway_url)
    await ws.receive_json()  # HELLO
    await ws.send_json({"op": 2, "d": {"token": sandbox.token, "intents": 1, "shard": shard, "properties": {}}})
    message = await ws.receive()
    ready = json.loads(message.data) if message.type == aiohttp.WSMsgType.TEXT else None
    return session, ws, ready


async def test_the_gateway_refuses_a_shard_outside_its_count_as_discord_does(own_sandbox: Sandbox) -> None:
    session, ws, ready = await _identify(own_sandbox, [2, 2])
    try:
        assert ready is None and ws.close_code == 4010
    finally:
        await session.close()


async def test_each_shard_is_told_about_its_own_servers_only(own_sandbox: Sandbox) -> None:
    guilds = [own_sandbox.create_guild(f"Shard test {i}") for i in range(6)]
    opened = [await _identify(own_sandbox, [shard, 2]) for shard in (0, 1)]
    try:
        for shard, (_, _, ready) in enumerate(opened):
            assert ready is not None and ready["t"] == "READY" and ready["d"]["shard"] == [shard, 2]
            told = {int(g["id"]) for g in ready["d"]["guilds"]}
            assert told == {g.id for g in guilds if (g.id >> 22) % 2 == shard} & set(own_sandbox.guilds)
        assert sorted(own_sandbox.sessions) == [0, 1] and own_sandbox.shard_of(None) == 0  # DMs: shard 0
    finally:
        for session, ws, _ in opened:
            await ws.close()
            await session.close()
