"""A Discord-compatible server on 127.0.0.1: REST v10 and the gateway, for tests and demos.

The unmodified bot connects to it through DISCORD_API_BASE_URL and DISCORD_GATEWAY_URL. It
implements what the bot uses, records everything the bot sends (the transcript) and can misbehave
on purpose: global rate limits with real 429s, 429 storms and shared-scope 429s, injected 5xx errors,
outages (REST and gateway), dropped connections, a nonce memory that forgets after a few minutes.
"""

from __future__ import annotations

import asyncio
import bisect
import collections
import contextlib
import json
import logging
import math
import re
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import WSMsgType, web
from discord import Permissions

from bot.invite import REQUIRED_PERMISSIONS
from bot.sandbox import limits
from bot.sandbox.model import (
    DM,
    GUILD_TEXT,
    PRIVATE_THREAD,
    Channel,
    Guild,
    Member,
    Message,
    Overwrite,
    Role,
    User,
    compute_pings,
    iso_now,
    snowflake,
)
from bot.sandbox.transcript import Transcript

log = logging.getLogger(__name__)
refusal_log = logging.getLogger("bot.sandbox")

EPHEMERAL, LOADING = 64, 128
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | (1 << 15)
API_PREFIX = "/api/v10"

# The bot joins every sandbox server with what its invite URL asks for.
BOT_PERMISSIONS = REQUIRED_PERMISSIONS


class SandboxError(Exception):
    """A member action Discord's client would not allow (an unknown command, a missing button)."""


@dataclass
class Interaction:
    id: int
    token: str
    type: int
    user: User
    guild: Guild | None
    channel: Channel
    data: dict[str, Any]
    message: Message | None = None
    responded: asyncio.Future[dict[str, Any]] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )
    response_type: int | None = None
    original_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)
    modal: dict[str, Any] | None = None
    choices: list[dict[str, Any]] | None = None
    changed: asyncio.Event = field(default_factory=asyncio.Event)
    updates: int = 0  # the callback, then every edit and followup
    responded_at: float | None = None
    # When the member saw the bot's answer: the callback for an immediate one, the edit that ended
    # "thinking" for a deferred reply, the first edit or followup for a deferred update.
    answered_at: float | None = None
    created: float = field(default_factory=time.monotonic)  # just before INTERACTION_CREATE is dispatched


@dataclass
class GatewaySession:
    id: str
    seq: int = 0
    buffer: collections.deque[tuple[int, dict[str, Any]]] = field(
        default_factory=lambda: collections.deque(maxlen=10_000)
    )
    ws: web.WebSocketResponse | None = None
    intents: int = 0
    shard: int = 0


@dataclass
class Fault:
    status: int
    remaining: int
    path_contains: str
    drop: bool = False


@dataclass
class SharedLimit:
    """The next `remaining` requests whose path contains `path_contains` get a shared-scope 429."""

    path_contains: str
    remaining: int
    retry_after: float


@dataclass
class Outage:
    """Discord unreachable from `started` until `until` (monotonic); `until` moves up if ended early."""

    started: float
    until: float
    status: int

    def payload(self, now: float) -> dict[str, Any]:
        ended = self.until if now >= self.until else None
        return {"started": self.started, "ended": ended, "until": self.until, "status": self.status}


@dataclass
class RequestRecord:
    method: str
    path: str
    status: int
    at: float


@dataclass
class Refusal:
    """A request the sandbox refused the way Discord would (400: 50035 Invalid Form Body, 50006...)."""

    method: str
    path: str
    code: int
    message: str
    problems: list[limits.Problem]
    body: Any
    at: float

    def __str__(self) -> str:
        details = "; ".join(str(p) for p in self.problems)
        path = re.sub(r"/(interactions/\d+|webhooks/\d+)/[^/]+", r"/\1/<token>", self.path)
        return f"{self.method} {path} -> {self.code} {self.message}" + (f": {details}" if details else "")


class _RateLimiter:
    """Discord's global limit as a bucket: `per_second` requests, then a reset one second after the
    bucket's first request (interaction responses are not counted, as on Discord)."""

    def __init__(self, per_second: float) -> None:
        self.per_second = per_second
        self._reset_at = 0.0
        self._used = 0

    def check(self) -> float:
        """0 if the request may pass (and counts it), else seconds until the bucket resets."""
        now = time.monotonic()
        if now >= self._reset_at:
            self._reset_at, self._used = now + 1.0, 0
        if self._used < self.per_second:
            self._used += 1
            return 0.0
        return max(0.001, self._reset_at - now)


Handler = Callable[..., Awaitable[web.StreamResponse]]

REQUEST_KINDS = ("dm_open", "message", "other")


def request_kind(method: str, path: str) -> str:
    """How the benchmarks count a bot request: opening a DM, posting a message, or anything else."""
    if method == "POST" and path == "/users/@me/channels":
        return "dm_open"
    if method == "POST" and path.startswith("/channels/") and path.endswith("/messages"):
        return "message"
    return "other"


class Sandbox:
    """The server, its world, and the record of what the bot did."""

    def __init__(
        self, *, host: str = "127.0.0.1", port: int = 0, control: bool = False, nonce_lifetime: float | None = 300.0
    ) -> None:
        self.host, self.port = host, port
        self.control = control
        # Seconds a (channel, nonce) is remembered for enforce_nonce: None = forever, 0 = no deduplication.
        self.nonce_lifetime = nonce_lifetime
        self.token = "sandbox." + secrets.token_urlsafe(24)
        self.application_id = snowflake()
        self.bot_user = User(snowflake(), "Check-in Bot", bot=True)
        self.developer = User(snowflake(), "sandbox developer")
        self.users: dict[int, User] = {self.bot_user.id: self.bot_user, self.developer.id: self.developer}
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, Channel] = {}
        self.messages: dict[int, Message] = {}
        self.dm_channels: dict[int, int] = {}  # user id -> DM channel id
        self.global_commands: list[dict[str, Any]] = []
        self.guild_commands: dict[int, list[dict[str, Any]]] = {}
        self.command_syncs = 0
        self.interactions: dict[str, Interaction] = {}
        self.transcript = Transcript(self)
        self.requests: list[RequestRecord] = []
        # Payloads Discord would have refused (too long, too many components...): tests assert none.
        self.invalid_requests: list[Refusal] = []
        self.rate_limited_responses = 0
        # Running figures for benchmarks, kept as requests arrive so reading them costs nothing.
        self.sent_posts = 0
        self.interaction_requests = 0
        self.first_post: float | None = None
        self.last_post: float | None = None
        self.max_posts_per_second = 0
        self._post_window: collections.deque[float] = collections.deque()
        # Every bot request (not interaction callbacks or webhooks, which Discord's global limit ignores).
        self.requests_by_kind: dict[str, int] = dict.fromkeys(REQUEST_KINDS, 0)
        self.responses_by_status: collections.Counter[int] = collections.Counter()
        self.rate_limited_by_scope: dict[str, int] = {"global": 0, "shared": 0}
        self.reset_watermark = 0
        self.max_requests_per_second = 0
        self._request_window: collections.deque[float] = collections.deque()
        self._limiter: _RateLimiter | None = None
        self._faults: list[Fault] = []
        self._shared_limits: list[SharedLimit] = []
        self.outages: list[Outage] = []
        self._storm_until = 0.0
        self._storm_retry_after = 1.0
        # (channel, nonce) -> (message id, monotonic time), oldest first.
        self._nonces: dict[tuple[int, str], tuple[int, float]] = {}
        self._interactions_by_id: dict[int, Interaction] = {}
        # Messages per channel, in creation order; rebuilt if someone stores into `messages` directly.
        self._by_channel: dict[int, list[Message]] = {}
        self._indexed = 0
        self._dm_waiters: dict[int, list[tuple[float, asyncio.Future[Message]]]] = {}
        # One gateway session per shard, as Discord keeps them: guild events go to the guild's shard,
        # (guild_id >> 22) % shard_count, and everything else (DMs, DM interactions) to shard 0.
        self.sessions: dict[int, GatewaySession] = {}
        self.shard_count = 1
        self.recommended_shards = 1  # what GET /gateway/bot tells a bot that lets discord.py decide
        self.ready = asyncio.Event()
        self.identifies = 0
        self.resumes = 0
        self._runner: web.AppRunner | None = None
        self._routes = self._build_routes()
        self._message_event = asyncio.Condition()

    # ---- lifecycle -----------------------------------------------------------------------------

    async def start(self) -> Sandbox:
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("GET", "/gateway", self._gateway)
        app.router.add_route("*", API_PREFIX + "/{tail:.*}", self._rest)
        app.router.add_route("GET", "/attachments/{message_id}/{filename}", self._attachment)
        if self.control:
            from bot.sandbox.control import add_control_routes

            add_control_routes(app, self)
        self._runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    @property
    def session(self) -> GatewaySession | None:
        """Shard 0's session (the only one unless the bot is sharded)."""
        return self.sessions.get(0) or next(iter(self.sessions.values()), None)

    def shard_of(self, guild_id: int | None) -> int:
        return 0 if guild_id is None else (int(guild_id) >> 22) % self.shard_count

    async def stop(self) -> None:
        for session in list(self.sessions.values()):
            if session.ws is not None:
                with contextlib.suppress(Exception):
                    await session.ws.close(code=1001)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> Sandbox:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    @property
    def api_base_url(self) -> str:
        return f"http://{self.host}:{self.port}{API_PREFIX}"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    def settings_env(self) -> dict[str, str]:
        """The environment that points an unmodified bot process at this sandbox."""
        return {
            "DISCORD_TOKEN": self.token,
            "DISCORD_API_BASE_URL": self.api_base_url,
            "DISCORD_GATEWAY_URL": self.gateway_url,
        }

    # ---- building a world ----------------------------------------------------------------------

    def create_user(self, name: str, *, bot: bool = False, dms_open: bool = True, locale: str = "en-US") -> User:
        user = User(snowflake(), name, bot=bot, dms_open=dms_open, locale=locale)
        self.users[user.id] = user
        return user

    def create_guild(self, name: str, *, owner: User | None = None, locale: str = "en-US") -> Guild:
        """A server with an @everyone role, the bot as a member (with its invite permissions)."""
        owner = owner or self.create_user(f"{name} owner")
        guild = Guild(snowflake(), name, owner.id, preferred_locale=locale)
        guild.roles[guild.id] = Role(
            guild.id,
            "@everyone",
            Permissions(view_channel=True, send_messages=True, use_application_commands=True).value,
        )
        # Admins usually place the bot's role above ordinary roles (it must be, to use them).
        bot_role = Role(snowflake(), self.bot_user.name, BOT_PERMISSIONS.value, position=10)
        guild.roles[bot_role.id] = bot_role
        guild.members[owner.id] = Member(owner)
        guild.members[self.bot_user.id] = Member(self.bot_user, roles=[bot_role.id])
        self.guilds[guild.id] = guild
        self._dispatch_later("GUILD_CREATE", lambda: guild.payload(self.users, self.bot_user.id))
        return guild

    def add_role(self, guild: Guild, name: str, permissions: Permissions | int = 0, position: int = 2) -> Role:
        value = permissions.value if isinstance(permissions, Permissions) else permissions
        role = Role(snowflake(), name, value, position)
        guild.roles[role.id] = role
        self._dispatch_later("GUILD_ROLE_CREATE", lambda: {"guild_id": str(guild.id), "role": role.payload()})
        return role

    def add_member(self, guild: Guild, user: User, *roles: Role) -> Member:
        member = Member(user, roles=[r.id for r in roles])
        guild.members[user.id] = member
        return member

    def remove_member(self, guild: Guild, user: User) -> None:
        """The member left the server (no event: the bot has no member intent)."""
        guild.members.pop(user.id, None)

    def add_text_channel(
        self,
        guild: Guild,
        name: str,
        *,
        bot_can_post: bool = True,
        private_to: Role | None = None,
        bot_can_see: bool = True,
    ) -> Channel:
        channel = Channel(snowflake(), GUILD_TEXT, name, guild_id=guild.id)
        if not bot_can_post:
            channel.overwrites.append(Overwrite(self.bot_user.id, True, deny=Permissions(send_messages=True).value))
        if private_to is not None:
            # Hidden from @everyone, open to the role; the bot is let in unless told otherwise.
            see = Permissions(view_channel=True).value
            channel.overwrites.append(Overwrite(guild.id, False, deny=see))
            channel.overwrites.append(Overwrite(private_to.id, False, allow=see))
            if bot_can_see:
                channel.overwrites.append(Overwrite(self.bot_user.id, True, allow=see))
        guild.channels[channel.id] = channel
        self.channels[channel.id] = channel
        self._dispatch_later("CHANNEL_CREATE", lambda: channel.payload(self.users))
        return channel

    def open_dms(self, user: User, is_open: bool = True) -> None:
        user.dms_open = is_open

    def allow_command_for_everyone(self, guild: Guild, command: str) -> None:
        """What a server admin does in Integrations settings: overrides default_member_permissions."""
        guild.command_overrides.add(command.split()[0])

    # ---- misbehaving on purpose ----------------------------------------------------------------

    def set_global_rate_limit(self, per_second: float | None) -> None:
        self._limiter = _RateLimiter(per_second) if per_second else None

    def inject_errors(self, status: int = 500, *, count: int = 1, path_contains: str = "") -> None:
        """The next `count` matching REST requests fail with `status`."""
        self._faults.append(Fault(status, count, path_contains))

    def drop_connections(self, *, count: int = 1, path_contains: str = "") -> None:
        """The next `count` matching REST requests get their connection closed with no answer."""
        self._faults.append(Fault(0, count, path_contains, drop=True))

    async def drop_gateway(self) -> None:
        """Close the gateway connection abruptly; the bot should RESUME and miss nothing."""
        for session in list(self.sessions.values()):
            if session.ws is not None:
                ws, session.ws = session.ws, None
                await ws.close(code=4000, message=b"sandbox dropped the connection")

    def set_nonce_lifetime(self, seconds: float | None) -> None:
        """How long a nonce is remembered for enforce_nonce: None = forever, 0 = no deduplication."""
        self.nonce_lifetime = seconds
        if seconds == 0:
            self._nonces.clear()

    async def outage(self, seconds: float, status: int = 502) -> Outage | None:
        """Discord down for `seconds`: REST (but interaction callbacks and webhooks) answers `status`,
        the gateway connection is dropped and new ones are refused with `status` at the upgrade.
        `seconds <= 0` ends the current outage."""
        now = time.monotonic()
        self.end_outage()
        if seconds <= 0:
            return None
        record = Outage(now, now + seconds, status)
        self.outages.append(record)
        self.transcript.note(f"Discord is down for {seconds:g} s ({status})")
        await self.drop_gateway()
        return record

    def end_outage(self) -> None:
        now = time.monotonic()
        for record in self.outages:
            if record.until > now:
                record.until = now

    def current_outage(self) -> Outage | None:
        if not self.outages:
            return None
        record = self.outages[-1]
        return record if record.started <= time.monotonic() < record.until else None

    def rate_limit_storm(self, seconds: float, retry_after: float = 1.0) -> None:
        """For `seconds`, every bot request (not interaction callbacks or webhooks) gets a global 429."""
        self._storm_until = time.monotonic() + max(0.0, seconds)
        self._storm_retry_after = retry_after

    def shared_limit(self, path_contains: str, count: int = 1, retry_after: float = 1.0) -> None:
        """The next `count` requests whose path contains `path_contains` get a shared-scope 429
        (a per-resource limit: not global, not counted against the bot)."""
        self._shared_limits.append(SharedLimit(path_contains, count, retry_after))

    def reset_stats(self) -> None:
        """Zero the running counters (the world, faults and outages stay as they are)."""
        self.requests.clear()
        self.rate_limited_responses = self.sent_posts = self.interaction_requests = 0
        self.first_post = self.last_post = None
        self.max_posts_per_second = self.max_requests_per_second = 0
        self._post_window.clear()
        self._request_window.clear()
        self.requests_by_kind = dict.fromkeys(REQUEST_KINDS, 0)
        self.responses_by_status.clear()
        self.rate_limited_by_scope = {"global": 0, "shared": 0}
        # Ids are time-ordered: anything made after this one was made after the reset.
        self.reset_watermark = snowflake()

    def stats(self) -> dict[str, Any]:
        """Running counters only: reading them costs nothing, whatever the load."""
        now = time.monotonic()
        return {
            "messages": self.sent_posts,
            "requests": len(self.requests),
            "interaction_requests": self.interaction_requests,
            "requests_by_kind": dict(self.requests_by_kind),
            "responses_by_status": {str(k): v for k, v in sorted(self.responses_by_status.items())},
            "rate_limited": self.rate_limited_responses,
            "rate_limited_by_scope": dict(self.rate_limited_by_scope),
            "max_requests_per_second": self.max_requests_per_second,
            "first_send": self.first_post,
            "last_send": self.last_post,
            "max_posts_per_second": self.max_posts_per_second,
            "ready": self.ready.is_set(),
            "connected": bool(self.sessions)
            and all(s.ws is not None and not s.ws.closed for s in self.sessions.values()),
            "shards": sorted(self.sessions),
            "identifies": self.identifies,
            "resumes": self.resumes,
            "guilds": len(self.guilds),
            "command_syncs": self.command_syncs,
            "outage": self.current_outage() is not None,
            "outages": [o.payload(now) for o in self.outages],
            "storm": now < self._storm_until,
            "now": now,
        }

    # ---- messages as members see them ----------------------------------------------------------

    def dm_channel_of(self, user: User) -> Channel | None:
        channel_id = self.dm_channels.get(user.id)
        return self.channels.get(channel_id) if channel_id else None

    def messages_in(self, channel: Channel | None, *, visible_to: User | None = None) -> list[Message]:
        if channel is None:
            return []
        return [
            m
            for m in self.messages.values()
            if m.channel_id == channel.id
            and not m.deleted
            and (m.visible_to is None or (visible_to is not None and m.visible_to == visible_to.id))
        ]

    def dms_to(self, user: User) -> list[Message]:
        """Messages the bot sent to this user's DMs (including interaction answers there)."""
        return self.messages_in(self.dm_channel_of(user), visible_to=user)

    async def wait_for_message(self, predicate: Callable[[Message], bool], *, timeout: float = 5.0) -> Message:
        """The first message (existing or future, created or edited) that matches."""

        def find() -> Message | None:
            for message in self.messages.values():
                if not message.deleted and predicate(message):
                    return message
            return None

        async with self._message_event:
            try:
                await asyncio.wait_for(self._message_event.wait_for(find), timeout)
            except TimeoutError:
                raise TimeoutError("no matching message arrived in the sandbox") from None
            found = find()
            assert found is not None
            return found

    async def _notify(self) -> None:
        async with self._message_event:
            self._message_event.notify_all()

    def channel_messages(self, channel_id: int) -> list[Message]:
        """Every message stored in a channel (deleted and ephemeral ones too), in creation order."""
        if self._indexed != len(self.messages):
            self._by_channel = {}
            for message in self.messages.values():
                self._by_channel.setdefault(message.channel_id, []).append(message)
            self._indexed = len(self.messages)
        return self._by_channel.get(channel_id, [])

    def _first_bot_dm(self, user_id: int, after: float) -> Message | None:
        channel_id = self.dm_channels.get(user_id)
        if channel_id is None:
            return None
        for message in self.channel_messages(channel_id):
            if message.arrived > after and message.interaction_id is None and not message.deleted:
                return message
        return None

    async def next_bot_dm(self, user: User, *, after: float, timeout: float = 5.0) -> Message:
        """The first message the bot sent on its own (not an interaction answer) to this user's DMs
        that arrived after the monotonic time `after`; cheap enough for thousands of waiters."""
        found = self._first_bot_dm(user.id, after)
        if found is not None:
            return found
        future: asyncio.Future[Message] = asyncio.get_running_loop().create_future()
        waiters = self._dm_waiters.setdefault(user.id, [])
        waiters.append((after, future))
        try:
            return await asyncio.wait_for(future, timeout)
        except TimeoutError:
            raise TimeoutError(f"the bot sent {user.name} no DM in time") from None
        finally:
            with contextlib.suppress(ValueError):
                waiters.remove((after, future))
            if not waiters:
                self._dm_waiters.pop(user.id, None)

    def _wake_dm_waiters(self, channel: Channel, message: Message) -> None:
        if channel.type != DM or channel.recipient_id not in self._dm_waiters:
            return
        for after, future in self._dm_waiters[channel.recipient_id]:
            if message.arrived > after and not future.done():
                future.set_result(message)

    def refusals_for(self, interaction: Interaction) -> list[Refusal]:
        """What the sandbox refused of the bot's answers (callback, edits, followups) to an interaction."""
        return [r for r in self.invalid_requests if f"/{interaction.token}" in r.path]

    def rest_requests(self, path_contains: str = "", method: str | None = None) -> list[RequestRecord]:
        return [r for r in self.requests if path_contains in r.path and (method is None or r.method == method)]

    # ---- gateway -------------------------------------------------------------------------------

    def _dispatch_later(self, event: str, payload: Callable[[], dict[str, Any]]) -> None:
        """Dispatch once the current (synchronous) world-building step is done."""
        if not self.sessions:
            return
        with contextlib.suppress(RuntimeError):
            asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(self.dispatch(event, payload())))

    async def dispatch(self, event: str, data: dict[str, Any], session: GatewaySession | None = None) -> None:
        if session is None:
            guild_id = data.get("guild_id") or (data.get("id") if event.startswith("GUILD_") else None)
            session = self.sessions.get(self.shard_of(guild_id))
        if session is None:  # nobody runs that shard: Discord has nowhere to send it
            return
        session.seq += 1
        frame = {"op": 0, "t": event, "s": session.seq, "d": data}
        session.buffer.append((session.seq, frame))
        if session.ws is not None and not session.ws.closed:
            try:
                await session.ws.send_str(json.dumps(frame))
            except (ConnectionError, RuntimeError):
                session.ws = None

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        outage = self.current_outage()
        if outage is not None:
            # As Cloudflare does when Discord is down: the upgrade fails (discord.py backs off and retries).
            return _outage_response(outage.status)
        ws = web.WebSocketResponse(heartbeat=None, max_msg_size=0)
        await ws.prepare(request)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None}))
        async for msg in ws:
            if msg.type != WSMsgType.TEXT:
                continue
            frame = json.loads(msg.data)
            op, data = frame.get("op"), frame.get("d")
            if op == 1:
                await ws.send_str(json.dumps({"op": 11, "d": None, "s": None, "t": None}))
            elif op == 2:
                if not await self._identify(ws, data):
                    break
            elif op == 6:
                await self._resume(ws, data)
        for session in self.sessions.values():
            if session.ws is ws:
                session.ws = None
        return ws

    async def _identify(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> bool:
        if data.get("token") not in (self.token, "Bot " + self.token):
            await ws.close(code=4004, message=b"Authentication failed.")
            return False
        intents = int(data.get("intents", 0))
        if intents & PRIVILEGED_INTENTS:
            await ws.close(code=4014, message=b"Disallowed intent(s).")
            return False
        shard = data.get("shard") or [0, 1]
        shard_id, count = int(shard[0]), int(shard[1])
        others = [s for s in self.sessions.values() if s.shard != shard_id and s.ws is not None]
        if count < 1 or not 0 <= shard_id < count or (others and count != self.shard_count):
            await ws.close(code=4010, message=b"Invalid shard.")
            return False
        self.shard_count = count
        self.identifies += 1
        session = GatewaySession(secrets.token_hex(16), ws=ws, intents=intents, shard=shard_id)
        self.sessions[shard_id] = session
        mine = [g for g in self.guilds.values() if self.shard_of(g.id) == shard_id]
        await self.dispatch(
            "READY",
            {
                "v": 10,
                "user": self.bot_user.payload(),
                "guilds": [{"id": str(g.id), "unavailable": True} for g in mine],
                "session_id": session.id,
                "resume_gateway_url": self.gateway_url,
                "shard": shard,
                "application": {"id": str(self.application_id), "flags": 0},
                "private_channels": [],
                "relationships": [],
                "presences": [],
                "guild_join_requests": [],
                "geo_ordered_rtc_regions": [],
                "user_settings": {},
            },
            session,
        )
        for guild in mine:
            await self.dispatch("GUILD_CREATE", guild.payload(self.users, self.bot_user.id), session)
        self.ready.set()
        return True

    async def _resume(self, ws: web.WebSocketResponse, data: dict[str, Any]) -> None:
        session = next((s for s in self.sessions.values() if s.id == data.get("session_id")), None)
        if (
            session is None
            or data.get("session_id") != session.id
            or data.get("token")
            not in (
                self.token,
                "Bot " + self.token,
            )
        ):
            await ws.send_str(json.dumps({"op": 9, "d": False, "s": None, "t": None}))
            return
        self.resumes += 1
        session.ws = ws
        last = int(data.get("seq") or 0)
        for seq, frame in list(session.buffer):
            if seq > last:
                await ws.send_str(json.dumps(frame))
        await self.dispatch("RESUMED", {}, session)

    # ---- REST plumbing -------------------------------------------------------------------------

    def _build_routes(self) -> list[tuple[str, re.Pattern[str], Handler]]:
        table = [
            ("GET", r"/users/@me", self._get_me),
            ("GET", r"/users/(\d+)", self._get_user),
            ("GET", r"/oauth2/applications/@me", self._get_application),
            ("GET", r"/gateway/bot", self._get_gateway_bot),
            ("GET", r"/gateway", self._get_gateway_bot),
            ("GET", r"/applications/(\d+)/commands", self._get_commands),
            ("PUT", r"/applications/(\d+)/commands", self._put_commands),
            ("GET", r"/applications/(\d+)/guilds/(\d+)/commands", self._get_commands),
            ("PUT", r"/applications/(\d+)/guilds/(\d+)/commands", self._put_commands),
            ("POST", r"/users/@me/channels", self._create_dm),
            ("GET", r"/channels/(\d+)", self._get_channel),
            ("GET", r"/channels/(\d+)/messages", self._get_messages),
            ("POST", r"/channels/(\d+)/messages", self._create_message),
            ("GET", r"/channels/(\d+)/messages/(\d+)", self._get_message),
            ("PATCH", r"/channels/(\d+)/messages/(\d+)", self._edit_message),
            ("DELETE", r"/channels/(\d+)/messages/(\d+)", self._delete_message),
            ("POST", r"/channels/(\d+)/threads", self._create_thread),
            ("PUT", r"/channels/(\d+)/thread-members/(\d+)", self._add_thread_member),
            ("GET", r"/guilds/(\d+)/members/(\d+)", self._get_member),
            ("GET", r"/guilds/(\d+)/channels", self._get_guild_channels),
            ("GET", r"/guilds/(\d+)/roles", self._get_guild_roles),
            ("POST", r"/interactions/(\d+)/([^/]+)/callback", self._interaction_callback),
            ("POST", r"/webhooks/(\d+)/([^/]+)", self._followup),
            ("GET", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", self._webhook_get),
            ("PATCH", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", self._webhook_edit),
            ("DELETE", r"/webhooks/(\d+)/([^/]+)/messages/(@original|\d+)", self._webhook_delete),
        ]
        return [(m, re.compile("^" + p + "$"), h) for m, p, h in table]

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        arrived = time.monotonic()
        is_interaction = path.startswith(("/interactions/", "/webhooks/"))
        if not is_interaction:
            self._count_request(request.method, path, arrived)
        response = await self._route(request, path, is_interaction)
        self.requests.append(RequestRecord(request.method, path, response.status, arrived))
        if not is_interaction:
            self.responses_by_status[response.status] += 1
        if request.method == "POST" and path.endswith("/messages") and response.status == 200:
            self._count_post(arrived)
        return response

    def _count_request(self, method: str, path: str, at: float) -> None:
        """A bot request as it arrives, whatever the answer (429s and 502s too: the bot sent them)."""
        self.requests_by_kind[request_kind(method, path)] += 1
        window = self._request_window
        window.append(at)
        while at - window[0] >= 1.0:
            window.popleft()
        self.max_requests_per_second = max(self.max_requests_per_second, len(window))

    def _count_post(self, at: float) -> None:
        self.sent_posts += 1
        self.first_post = self.first_post if self.first_post is not None else at
        self.last_post = at
        window = self._post_window
        window.append(at)
        while window and at - window[0] >= 1.0:
            window.popleft()
        self.max_posts_per_second = max(self.max_posts_per_second, len(window))

    async def _route(self, request: web.Request, path: str, is_interaction: bool) -> web.StreamResponse:
        self.interaction_requests += is_interaction
        if not is_interaction:
            outage = self.current_outage()
            if outage is not None:
                return _outage_response(outage.status)
        if not is_interaction and request.headers.get("Authorization") != "Bot " + self.token:
            return _json({"message": "401: Unauthorized", "code": 0}, 401)
        if not is_interaction and time.monotonic() < self._storm_until:
            return self._too_many_requests(self._storm_retry_after, is_global=True)
        for limit in self._shared_limits:
            if limit.remaining > 0 and limit.path_contains in path:
                limit.remaining -= 1
                return self._too_many_requests(limit.retry_after, is_global=False)
        for fault in self._faults:
            if fault.remaining > 0 and fault.path_contains in path:
                fault.remaining -= 1
                if fault.drop:
                    if request.transport is not None:
                        request.transport.close()
                    return web.Response(status=599)
                return _json({"message": "Sandbox injected error", "code": 0}, fault.status)
        # Interaction responses are not counted against the global rate limit (as on Discord).
        if self._limiter is not None and not is_interaction:
            wait = self._limiter.check()
            if wait:
                return self._too_many_requests(wait, is_global=True)
        for method, pattern, handler in self._routes:
            if method != request.method:
                continue
            match = pattern.match(path)
            if match:
                body, files = await _read_body(request)
                try:
                    return await handler(request, body, files, *match.groups())
                except limits.InvalidRequest as refused:
                    return self._refuse(request.method, path, body, refused)
        return _json({"message": "404: Not Found", "code": 0}, 404)

    def _too_many_requests(self, retry_after: float, *, is_global: bool) -> web.Response:
        """Discord's 429: global (the bot's whole budget) or shared (a per-resource limit)."""
        scope = "global" if is_global else "shared"
        self.rate_limited_responses += 1
        self.rate_limited_by_scope[scope] += 1
        body = {"message": "You are being rate limited.", "retry_after": round(retry_after, 3), "global": is_global}
        # Via: discord.py takes a 429 without it for a Cloudflare ban.
        headers = {"Retry-After": str(max(1, math.ceil(retry_after))), "X-RateLimit-Scope": scope, "Via": "1.1 google"}
        if is_global:
            headers["X-RateLimit-Global"] = "true"
        else:
            headers.update(
                {
                    "X-RateLimit-Limit": "1",
                    "X-RateLimit-Remaining": "0",
                    "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
                    "X-RateLimit-Reset-After": f"{retry_after:.3f}",
                }
            )
        return _json(body, 429, headers)

    def _refuse(self, method: str, path: str, body: Any, refused: limits.InvalidRequest) -> web.Response:
        """Answer as Discord does for a payload it will not accept, and remember it for the tests."""
        record = Refusal(method, path, refused.code, refused.message, refused.problems, body, time.monotonic())
        self.invalid_requests.append(record)
        refusal_log.warning("sandbox refused %s", record)
        self.transcript.note(f"Discord refused the bot's request: {refused.summary()}")
        return _json(refused.payload(), refused.status)

    async def _attachment(self, request: web.Request) -> web.StreamResponse:
        message = self.messages.get(int(request.match_info["message_id"]))
        name = request.match_info["filename"]
        if message is None or name not in message.files:
            return web.Response(status=404)
        return web.Response(body=message.files[name])

    # ---- REST handlers -------------------------------------------------------------------------

    async def _get_me(self, request: web.Request, body: Any, files: Any) -> web.StreamResponse:
        return _json(self.bot_user.payload())

    async def _get_user(self, request: web.Request, body: Any, files: Any, user_id: str) -> web.StreamResponse:
        user = self.users.get(int(user_id))
        if user is None:
            return _json({"message": "Unknown User", "code": 10013}, 404)
        return _json(user.payload())

    async def _get_application(self, request: web.Request, body: Any, files: Any) -> web.StreamResponse:
        owner = self.developer
        return _json(
            {
                "id": str(self.application_id),
                "name": self.bot_user.name,
                "description": "Local Discord sandbox",
                "icon": None,
                "rpc_origins": [],
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": owner.payload(),
                "team": None,
                "verify_key": "0" * 64,
                "flags": 0,
                "summary": "",
            }
        )

    async def _get_gateway_bot(self, request: web.Request, body: Any, files: Any) -> web.StreamResponse:
        return _json(
            {
                "url": self.gateway_url,
                "shards": self.recommended_shards,
                "session_start_limit": {
                    "total": 1000,
                    "remaining": 999,
                    "reset_after": 86_400_000,
                    "max_concurrency": 1,
                },
            }
        )

    def _commands_for(self, guild_id: str | None) -> list[dict[str, Any]]:
        if guild_id is None:
            return self.global_commands
        return self.guild_commands.setdefault(int(guild_id), [])

    async def _get_commands(
        self, request: web.Request, body: Any, files: Any, app_id: str, guild_id: str | None = None
    ) -> web.StreamResponse:
        return _json(self._commands_for(guild_id))

    async def _put_commands(
        self, request: web.Request, body: Any, files: Any, app_id: str, guild_id: str | None = None
    ) -> web.StreamResponse:
        existing = {c["name"]: c for c in self._commands_for(guild_id)}
        stored = []
        for command in body:
            previous = existing.get(command["name"])
            item = dict(command)
            item.update(
                id=previous["id"] if previous else str(snowflake()),
                application_id=str(self.application_id),
                version=str(snowflake()),
                type=command.get("type", 1),
            )
            if guild_id is not None:
                item["guild_id"] = guild_id
            stored.append(item)
        if guild_id is None:
            self.global_commands = stored
        else:
            self.guild_commands[int(guild_id)] = stored
        self.command_syncs += 1
        return _json(stored)

    async def _create_dm(self, request: web.Request, body: Any, files: Any) -> web.StreamResponse:
        user = self.users.get(int(body["recipient_id"]))
        if user is None:
            return _json({"message": "Unknown User", "code": 10013}, 404)
        channel = self._ensure_dm(user)
        return _json(channel.payload(self.users))

    def _ensure_dm(self, user: User) -> Channel:
        channel_id = self.dm_channels.get(user.id)
        if channel_id is None:
            channel = Channel(snowflake(), DM, recipient_id=user.id)
            self.channels[channel.id] = channel
            self.dm_channels[user.id] = channel.id
            return channel
        return self.channels[channel_id]

    async def _get_channel(self, request: web.Request, body: Any, files: Any, channel_id: str) -> web.StreamResponse:
        channel = self.channels.get(int(channel_id))
        if channel is None:
            return _json({"message": "Unknown Channel", "code": 10003}, 404)
        return _json(channel.payload(self.users))

    def _bot_can(self, channel: Channel, **perms: bool) -> bool:
        guild = self.guilds.get(channel.guild_id or 0)
        if guild is None:
            return True
        needed = Permissions(**perms).value
        return self.has_permissions(guild, self.bot_user.id, channel, needed)

    def has_permissions(self, guild: Guild, user_id: int, channel: Channel | None, needed: int) -> bool:
        value = guild.permissions_in(user_id, channel)
        return value & needed == needed

    async def _create_message(
        self, request: web.Request, body: dict[str, Any], files: dict[str, tuple[str, bytes]], channel_id: str
    ) -> web.StreamResponse:
        channel = self.channels.get(int(channel_id))
        if channel is None:
            return _json({"message": "Unknown Channel", "code": 10003}, 404)
        if channel.type == DM:
            recipient = self.users[channel.recipient_id or 0]
            shares_server = any(recipient.id in g.members for g in self.guilds.values())
            if not recipient.dms_open or not shares_server:
                return _json({"message": "Cannot send messages to this user", "code": 50007}, 403)
        elif channel.type == PRIVATE_THREAD:
            if not self._bot_can(channel, view_channel=True, send_messages_in_threads=True):
                return _json({"message": "Missing Permissions", "code": 50013}, 403)
        elif not self._bot_can(channel, view_channel=True, send_messages=True):
            return _json({"message": "Missing Permissions", "code": 50013}, 403)
        limits.check_message(body, files=len(files), creating=True)
        nonce = body.get("nonce")
        if nonce is not None and body.get("enforce_nonce"):
            previous = self._remembered_nonce(channel.id, str(nonce))
            if previous is not None:
                return _json(previous.payload(self.users))
        message = self._new_message(channel, body, files, author=self.bot_user)
        if nonce is not None:
            message.nonce = str(nonce)
            self._remember_nonce(channel.id, message.nonce, message)
        self.transcript.bot_message(message)
        await self._notify()
        self._wake_dm_waiters(channel, message)
        return _json(message.payload(self.users))

    def _remembered_nonce(self, channel_id: int, nonce: str) -> Message | None:
        """The message sent with this nonce within the nonce lifetime (expired ones are forgotten here)."""
        lifetime = self.nonce_lifetime
        if lifetime == 0:
            return None
        found = self._nonces.get((channel_id, nonce))
        if found is None:
            return None
        message_id, at = found
        if lifetime is not None and time.monotonic() - at >= lifetime:
            del self._nonces[(channel_id, nonce)]
            return None
        return self.messages.get(message_id)

    def _remember_nonce(self, channel_id: int, nonce: str, message: Message) -> None:
        lifetime = self.nonce_lifetime
        if lifetime == 0:
            return
        now = time.monotonic()
        key = (channel_id, nonce)
        self._nonces.pop(key, None)  # re-inserted last, so the dict stays oldest first
        self._nonces[key] = (message.id, now)
        if lifetime is not None:
            # Forget what has expired, oldest first, so the memory holds only the last few minutes.
            while self._nonces:
                oldest = next(iter(self._nonces))
                if now - self._nonces[oldest][1] < lifetime:
                    break
                del self._nonces[oldest]

    def _new_message(
        self,
        channel: Channel,
        body: dict[str, Any],
        files: dict[str, tuple[str, bytes]],
        *,
        author: User,
        flags: int = 0,
        visible_to: int | None = None,
    ) -> Message:
        guild = self.guilds.get(channel.guild_id or 0)
        message = Message(
            snowflake(),
            channel.id,
            author.id,
            content=body.get("content") or "",
            embeds=body.get("embeds") or [],
            components=body.get("components") or [],
            flags=flags | int(body.get("flags") or 0),
            guild_id=channel.guild_id,
            visible_to=visible_to,
            allowed_mentions=body.get("allowed_mentions"),
        )
        if message.ephemeral and visible_to is None:
            raise ValueError("ephemeral messages need a viewer")
        message.pings = compute_pings(message.content, message.allowed_mentions, guild)
        self._attach(message, body, files)
        self.messages[message.id] = message
        if self._indexed == len(self.messages) - 1:
            self._by_channel.setdefault(channel.id, []).append(message)
            self._indexed += 1
        return message

    def _attach(self, message: Message, body: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> None:
        for index, (filename, data) in enumerate(files.values()):
            message.files[filename] = data
            message.attachments.append(
                {
                    "id": str(snowflake()),
                    "filename": filename,
                    "size": len(data),
                    "url": f"http://{self.host}:{self.port}/attachments/{message.id}/{filename}",
                    "proxy_url": f"http://{self.host}:{self.port}/attachments/{message.id}/{filename}",
                    "content_type": "image/png" if filename.endswith(".png") else "application/octet-stream",
                    "ephemeral": message.ephemeral,
                    "index": index,
                }
            )

    def _edit(self, message: Message, body: dict[str, Any], files: dict[str, tuple[str, bytes]]) -> None:
        if "content" in body:
            message.content = body["content"] or ""
        if "embeds" in body:
            message.embeds = body["embeds"] or []
        if "components" in body:
            message.components = body["components"] or []
        if "allowed_mentions" in body:
            message.allowed_mentions = body["allowed_mentions"]
        if "attachments" in body and not files:
            keep = {str(a.get("id")) for a in body["attachments"] or []}
            message.attachments = [a for a in message.attachments if a["id"] in keep]
        if files:
            message.attachments, message.files = [], {}
            self._attach(message, body, files)
        message.flags &= ~LOADING
        guild = self.guilds.get(message.guild_id or 0)
        message.pings = compute_pings(message.content, message.allowed_mentions, guild)
        message.edited_at = iso_now()

    async def _get_message(
        self, request: web.Request, body: Any, files: Any, channel_id: str, message_id: str
    ) -> web.StreamResponse:
        message = self.messages.get(int(message_id))
        if message is None or message.deleted or message.channel_id != int(channel_id):
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        return _json(message.payload(self.users))

    async def _get_messages(self, request: web.Request, body: Any, files: Any, channel_id: str) -> web.StreamResponse:
        """Get Channel Messages: newest first; `limit` 1..100 (50); one of `around`, `before`, `after`."""
        channel = self.channels.get(int(channel_id))
        if channel is None:
            return _json({"message": "Unknown Channel", "code": 10003}, 404)
        if channel.type != DM and not self._bot_can(channel, view_channel=True):
            return _json({"message": "Missing Access", "code": 50001}, 403)
        query = request.query
        problems: list[limits.Problem] = []
        limit = _query_int(query, "limit", 50, problems, low=1, high=100)
        anchors = {key: _query_int(query, key, None, problems) for key in ("around", "before", "after")}
        if problems:
            raise limits.InvalidFormBody(problems)
        if channel.type != DM and not self._bot_can(channel, read_message_history=True):
            return _json([])  # as Discord: no history without Read Message History
        shown = sorted(
            (m for m in self.channel_messages(channel.id) if not m.deleted and m.visible_to is None),
            key=lambda m: m.id,
        )
        ids = [m.id for m in shown]
        around, before, after = anchors["around"], anchors["before"], anchors["after"]
        if around is not None:
            middle = bisect.bisect_left(ids, around)
            start = max(0, middle - limit // 2)
            chosen = shown[start : start + limit]
        elif before is not None:
            end = bisect.bisect_left(ids, before)
            chosen = shown[max(0, end - limit) : end]
        elif after is not None:
            start = bisect.bisect_right(ids, after)
            chosen = shown[start : start + limit]
        else:
            chosen = shown[-limit:]
        return _json([m.payload(self.users) for m in reversed(chosen)])

    async def _edit_message(
        self, request: web.Request, body: dict[str, Any], files: Any, channel_id: str, message_id: str
    ) -> web.StreamResponse:
        message = self.messages.get(int(message_id))
        if message is None or message.deleted or message.channel_id != int(channel_id):
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        limits.check_message(body, files=len(files), creating=False)
        self._edit(message, body, files)
        self.transcript.bot_edit(message)
        interaction = self._interactions_by_id.get(message.interaction_id or 0)
        if interaction is not None:
            self._touch(interaction)
        await self._notify()
        return _json(message.payload(self.users))

    async def _delete_message(
        self, request: web.Request, body: Any, files: Any, channel_id: str, message_id: str
    ) -> web.StreamResponse:
        message = self.messages.get(int(message_id))
        if message is None or message.deleted:
            return _json({"message": "Unknown Message", "code": 10008}, 404)
        message.deleted = True
        return web.Response(status=204)

    async def _create_thread(
        self, request: web.Request, body: dict[str, Any], files: Any, channel_id: str
    ) -> web.StreamResponse:
        parent = self.channels.get(int(channel_id))
        if parent is None or parent.type != GUILD_TEXT:
            return _json({"message": "Unknown Channel", "code": 10003}, 404)
        if not self._bot_can(parent, view_channel=True, create_private_threads=True):
            return _json({"message": "Missing Permissions", "code": 50013}, 403)
        limits.check_thread(body)
        thread = Channel(
            snowflake(),
            PRIVATE_THREAD,
            body.get("name", "thread"),
            guild_id=parent.guild_id,
            parent_id=parent.id,
        )
        thread.owner_id = self.bot_user.id
        thread.thread_members.add(self.bot_user.id)
        self.channels[thread.id] = thread
        self.guilds[parent.guild_id or 0].channels[thread.id] = thread
        self.transcript.note(f"bot created private thread #{thread.name} in #{parent.name}")
        await self.dispatch("THREAD_CREATE", {**thread.payload(self.users), "newly_created": True})
        return _json(thread.payload(self.users), 201)

    async def _add_thread_member(
        self, request: web.Request, body: Any, files: Any, thread_id: str, user_id: str
    ) -> web.StreamResponse:
        thread = self.channels.get(int(thread_id))
        user = self.users.get(int(user_id))
        if thread is None or thread.type != PRIVATE_THREAD:
            return _json({"message": "Unknown Channel", "code": 10003}, 404)
        guild = self.guilds[thread.guild_id or 0]
        if user is None or user.id not in guild.members:
            return _json({"message": "Unknown Member", "code": 10007}, 404)
        thread.thread_members.add(user.id)
        self.transcript.note(f"bot added {user.name} to thread #{thread.name}")
        return web.Response(status=204)

    async def _get_member(
        self, request: web.Request, body: Any, files: Any, guild_id: str, user_id: str
    ) -> web.StreamResponse:
        guild = self.guilds.get(int(guild_id))
        if guild is None:
            return _json({"message": "Unknown Guild", "code": 10004}, 404)
        member = guild.members.get(int(user_id))
        if member is None:
            return _json({"message": "Unknown Member", "code": 10007}, 404)
        return _json(member.payload())

    async def _get_guild_channels(
        self, request: web.Request, body: Any, files: Any, guild_id: str
    ) -> web.StreamResponse:
        guild = self.guilds.get(int(guild_id))
        if guild is None:
            return _json({"message": "Unknown Guild", "code": 10004}, 404)
        return _json([c.payload(self.users) for c in guild.channels.values() if c.type != PRIVATE_THREAD])

    async def _get_guild_roles(self, request: web.Request, body: Any, files: Any, guild_id: str) -> web.StreamResponse:
        guild = self.guilds.get(int(guild_id))
        if guild is None:
            return _json({"message": "Unknown Guild", "code": 10004}, 404)
        return _json([r.payload() for r in guild.roles.values()])

    # ---- interactions --------------------------------------------------------------------------

    async def _interaction_callback(
        self, request: web.Request, body: dict[str, Any], files: Any, interaction_id: str, token: str
    ) -> web.StreamResponse:
        interaction = self.interactions.get(token)
        if interaction is None or str(interaction.id) != interaction_id:
            return _json({"message": "Unknown interaction", "code": 10062}, 404)
        if interaction.response_type is not None:
            return _json({"message": "Interaction has already been acknowledged.", "code": 40060}, 400)
        limits.check_interaction_response(body, files=len(files))
        kind, data = int(body["type"]), body.get("data") or {}
        interaction.response_type = kind
        resource: dict[str, Any] | None = None
        flags = int(data.get("flags") or 0)
        if kind in (4, 5):
            message = self._new_message(
                interaction.channel,
                data,
                files,
                author=self.bot_user,
                flags=(LOADING if kind == 5 else 0),
                visible_to=interaction.user.id if flags & EPHEMERAL else None,
            )
            message.interaction_id = interaction.id
            interaction.original_id = message.id
            resource = {"type": kind, "message": message.payload(self.users)}
            if kind == 4:
                self.transcript.bot_message(message, reply_to=interaction.user)
        elif kind == 7 and interaction.message is not None:
            self._edit(interaction.message, data, files)
            self.transcript.bot_edit(interaction.message)
            resource = {"type": kind, "message": interaction.message.payload(self.users)}
        elif kind == 8:
            interaction.choices = data.get("choices", [])
        elif kind == 9:
            interaction.modal = data
            self.transcript.note(f"bot opened a form for {interaction.user.name}: {data.get('title', '')}")
        out: dict[str, Any] = {
            "interaction": {
                "id": str(interaction.id),
                "type": interaction.type,
                "response_message_id": str(interaction.original_id) if interaction.original_id else None,
                "response_message_loading": kind == 5,
                "response_message_ephemeral": bool(flags & EPHEMERAL),
            }
        }
        if resource is not None:
            out["resource"] = resource
        interaction.updates += 1
        interaction.responded_at = time.monotonic()
        self._touch(interaction)
        if not interaction.responded.done():
            interaction.responded.set_result(out)
        await self._notify()
        return _json(out)

    def _touch(self, interaction: Interaction) -> None:
        """The bot changed what the member sees of an interaction: note when they first saw an answer."""
        if interaction.answered_at is None:
            kind = interaction.response_type
            original = self.messages.get(interaction.original_id or 0)
            if (
                kind not in (5, 6)
                or (kind == 5 and original is not None and not original.flags & LOADING)
                or (kind == 6 and interaction.updates >= 2)
            ):
                interaction.answered_at = time.monotonic()
        interaction.changed.set()

    def _interaction_for(self, app_id: str, token: str) -> Interaction | None:
        if app_id != str(self.application_id):
            return None
        return self.interactions.get(token)

    async def _followup(
        self, request: web.Request, body: dict[str, Any], files: Any, app_id: str, token: str
    ) -> web.StreamResponse:
        interaction = self._interaction_for(app_id, token)
        if interaction is None:
            return _json({"message": "Unknown Webhook", "code": 10015}, 404)
        if interaction.response_type is None:
            return _json({"message": "Interaction has not been acknowledged", "code": 40060}, 400)
        limits.check_message(body, files=len(files), creating=True)
        flags = int(body.get("flags") or 0)
        message = self._new_message(
            interaction.channel,
            body,
            files,
            author=self.bot_user,
            visible_to=interaction.user.id if flags & EPHEMERAL else None,
        )
        message.interaction_id = interaction.id
        interaction.followup_ids.append(message.id)
        interaction.updates += 1
        self._touch(interaction)
        self.transcript.bot_message(message, reply_to=interaction.user)
        await self._notify()
        return _json(message.payload(self.users))

    def _webhook_message(self, app_id: str, token: str, which: str) -> tuple[Interaction, Message] | None:
        """The interaction and the (live) message a webhook URL names: @original or a followup."""
        interaction = self._interaction_for(app_id, token)
        if interaction is None:
            return None
        if which == "@original":
            if interaction.original_id is None and interaction.response_type in (6, 7):
                message = interaction.message
            else:
                message = self.messages.get(interaction.original_id or 0)
        else:
            allowed = {interaction.original_id, *interaction.followup_ids}
            if interaction.message is not None:
                allowed.add(interaction.message.id)
            message = self.messages.get(int(which)) if int(which) in allowed else None
        if message is None or message.deleted:
            return None
        return interaction, message

    async def _webhook_get(
        self, request: web.Request, body: Any, files: Any, app_id: str, token: str, which: str
    ) -> web.StreamResponse:
        found = self._webhook_message(app_id, token, which)
        if found is None:
            return _unknown_message()
        return _json(found[1].payload(self.users))

    async def _webhook_edit(
        self, request: web.Request, body: dict[str, Any], files: Any, app_id: str, token: str, which: str
    ) -> web.StreamResponse:
        found = self._webhook_message(app_id, token, which)
        if found is None:
            return _unknown_message()
        interaction, message = found
        limits.check_message(body, files=len(files), creating=False)
        was_loading = bool(message.flags & LOADING)
        self._edit(message, body, files)
        if was_loading:
            self.transcript.bot_message(message, reply_to=interaction.user)
        else:
            self.transcript.bot_edit(message)
        interaction.updates += 1
        self._touch(interaction)
        await self._notify()
        return _json(message.payload(self.users))

    async def _webhook_delete(
        self, request: web.Request, body: Any, files: Any, app_id: str, token: str, which: str
    ) -> web.StreamResponse:
        found = self._webhook_message(app_id, token, which)
        if found is None:
            return _unknown_message()
        found[1].deleted = True
        return web.Response(status=204)

    # ---- creating interactions (used by Actor) -------------------------------------------------

    def find_command(self, guild: Guild | None, name: str) -> dict[str, Any]:
        commands = list(self.global_commands)
        if guild is not None:
            commands = self.guild_commands.get(guild.id, []) + commands
        for command in commands:
            # A member's client shows (and lets them type) the name in their own language.
            names = {command["name"], *(command.get("name_localizations") or {}).values()}
            if name in names and command.get("type", 1) == 1:
                return command
        raise SandboxError(f"/{name} is not registered with the sandbox (was the command tree synced?)")

    def new_interaction(
        self,
        *,
        type: int,
        user: User,
        guild: Guild | None,
        channel: Channel,
        data: dict[str, Any],
        message: Message | None = None,
    ) -> Interaction:
        interaction = Interaction(
            id=snowflake(),
            token=secrets.token_urlsafe(32),
            type=type,
            user=user,
            guild=guild,
            channel=channel,
            data=data,
            message=message,
        )
        self.interactions[interaction.token] = interaction
        self._interactions_by_id[interaction.id] = interaction
        return interaction

    def interaction_payload(self, interaction: Interaction) -> dict[str, Any]:
        user, guild, channel = interaction.user, interaction.guild, interaction.channel
        payload: dict[str, Any] = {
            "id": str(interaction.id),
            "application_id": str(self.application_id),
            "type": interaction.type,
            "token": interaction.token,
            "version": 1,
            "data": interaction.data,
            "channel_id": str(channel.id),
            "channel": channel.payload(self.users),
            "locale": user.locale,
            "attachment_size_limit": 25 * 1024 * 1024,
            "entitlements": [],
            "entitlement_sku_ids": [],
        }
        if guild is not None:
            member = guild.members[user.id]
            payload.update(
                guild_id=str(guild.id),
                guild={"id": str(guild.id), "locale": guild.preferred_locale, "features": []},
                guild_locale=guild.preferred_locale,
                member=member.payload(permissions=guild.permissions_in(user.id, channel)),
                app_permissions=str(guild.permissions_in(self.bot_user.id, channel)),
                context=0,
                authorizing_integration_owners={"0": str(guild.id)},
            )
        else:
            payload.update(
                user=user.payload(),
                context=1,
                app_permissions=str(Permissions(send_messages=True, embed_links=True, attach_files=True).value),
                authorizing_integration_owners={"0": "0"},
            )
        if interaction.message is not None:
            payload["message"] = interaction.message.payload(self.users)
        return payload


async def _read_body(request: web.Request) -> tuple[Any, dict[str, tuple[str, bytes]]]:
    files: dict[str, tuple[str, bytes]] = {}
    if not request.can_read_body:
        return {}, files
    content_type = request.headers.get("Content-Type", "")
    if content_type.startswith("multipart/"):
        body: Any = {}
        reader = await request.multipart()
        async for part in reader:
            if part.name == "payload_json":
                body = json.loads(await part.text())
            elif part.filename:
                files[part.name or part.filename] = (part.filename, bytes(await part.read()))
        return body, files
    raw = await request.read()
    return (json.loads(raw) if raw else {}), files


def _query_int(
    query: Any, key: str, default: int | None, problems: list[limits.Problem], *, low: int = 0, high: int = 2**64
) -> int | None:
    raw = query.get(key)
    if raw is None:
        return default
    try:
        value = int(raw)
    except ValueError:
        problems.append(limits.Problem((key,), "NUMBER_TYPE_COERCE", f'Value "{raw}" is not int.'))
        return default
    if value < low:
        problems.append(
            limits.Problem((key,), "NUMBER_TYPE_MIN", f"int value should be greater than or equal to {low}.")
        )
    elif value > high:
        problems.append(limits.Problem((key,), "NUMBER_TYPE_MAX", f"int value should be less than or equal to {high}."))
    return value


def _outage_response(status: int) -> web.Response:
    """What Discord's edge answers while Discord is down (a JSON body, as the API's own errors)."""
    reason = {502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout"}.get(status, "Server Error")
    return _json({"message": f"{status}: {reason}", "code": 0}, status)


def _unknown_message() -> web.Response:
    return _json({"message": "Unknown Message", "code": 10008}, 404)


def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    # discord.py parses a body as JSON only when Content-Type is exactly application/json.
    merged = {"Content-Type": "application/json"}
    merged.update(headers or {})
    return web.Response(body=json.dumps(data).encode(), status=status, headers=merged)
