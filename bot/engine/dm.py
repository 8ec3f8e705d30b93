"""Sending a bot-initiated DM: one request when the DM channel is known, deduplicated by nonce."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.engine.pacer import Pacer, Priority
from bot.engine.rest import RestClient, RestError

log = logging.getLogger(__name__)

BeforePost = Callable[[], Awaitable[None]]
CANNOT_DM = {50007, 50278}  # closed DMs; no shared server
UNKNOWN_CHANNEL = 10003


def nonce_for(*parts: object) -> str:
    """A Discord nonce (at most 25 characters) derived from what makes a send unique."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=12).hexdigest()
    return digest[:25]


@dataclass
class Outgoing:
    """A message as Discord's API takes it (content, components), with optional attached files."""

    content: str
    components: list[dict[str, Any]] = field(default_factory=list)
    files: list[tuple[str, bytes]] = field(default_factory=list)


@dataclass(frozen=True)
class SendResult:
    status: str  # sent | closed | retry (| absent, from find_sent)
    channel_id: int | None = None
    message_id: int | None = None
    retry_after: float | None = None  # what Discord asked for, on a 429
    maybe_sent: bool = False  # the answer was lost (a timeout, a dropped connection): it may have arrived
    problem: str | None = None  # for the dispatcher's one summary line per batch: "502", "timeout", ...


class DmSender:
    """Sends through the pacer. A send that must first open the DM channel asks for its second permit
    at the follow-up priority, so it finishes before other sends start."""

    def __init__(self, rest: RestClient, pacer: Pacer, *, on_rate_limited: Callable[[str], None] | None = None) -> None:
        self._rest = rest
        self.pacer = pacer
        self._on_rate_limited = on_rate_limited

    async def open_channel(self, user_id: int, priority: Priority) -> int:
        await self.pacer.acquire(priority)
        data = await self._rest.request("POST", "/users/@me/channels", {"recipient_id": str(user_id)})
        return int(data["id"])

    async def _post(
        self,
        channel_id: int,
        payload: dict[str, Any],
        priority: Priority,
        files: list[tuple[str, bytes]],
        before_post: BeforePost | None,
    ) -> dict[str, Any]:
        await self.pacer.acquire(priority)
        if before_post is not None:
            await before_post()  # after the permit, so "about to be sent" is true for moments, not seconds
        return await self._rest.request("POST", f"/channels/{channel_id}/messages", payload, files=files)

    async def find_sent(
        self, user_id: int, channel_id: int | None, nonce: str, marker: str, priority: Priority
    ) -> SendResult:
        """After a crash: whether a send an earlier life may have made arrived. "sent" (with its message)
        if the DM channel's latest messages hold one with its nonce or a component whose custom id
        carries `marker`; "absent" (with the channel) if not; "retry" or "closed" if Discord could not say.
        """
        try:
            if channel_id is None:
                channel_id = await self.open_channel(user_id, priority)
                priority = priority.follow_up()
            await self.pacer.acquire(priority)
            messages = await self._rest.request("GET", f"/channels/{channel_id}/messages?limit=20")
        except RestError as exc:
            return self._refused(exc, channel_id)
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return SendResult("retry", channel_id, maybe_sent=True, problem=type(exc).__name__)
        for message in messages if isinstance(messages, list) else []:
            ids = [c.get("custom_id", "") for row in message.get("components") or [] for c in row.get("components", [])]
            if str(message.get("nonce")) == nonce or any(marker in custom_id for custom_id in ids):
                return SendResult("sent", channel_id, int(message["id"]))
        return SendResult("absent", channel_id)

    async def send(
        self,
        user_id: int,
        channel_id: int | None,
        message: Outgoing,
        nonce: str,
        priority: Priority,
        before_post: BeforePost | None = None,
    ) -> SendResult:
        """Send, classifying failures: closed DMs are final, server trouble is worth a retry.
        `before_post` runs right before the message's request (the dispatcher notes it durably)."""
        payload: dict[str, Any] = {
            "content": message.content,
            "components": message.components,
            "nonce": nonce,
            "enforce_nonce": True,
            "allowed_mentions": {"parse": []},
        }
        try:
            if channel_id is None:
                channel_id = await self.open_channel(user_id, priority)
                priority = priority.follow_up()
            try:
                data = await self._post(channel_id, payload, priority, message.files, before_post)
            except RestError as exc:
                if exc.status != 404 or exc.code != UNKNOWN_CHANNEL:
                    raise
                # The stored DM channel is gone: open a fresh one, once.
                channel_id = await self.open_channel(user_id, priority.follow_up())
                data = await self._post(channel_id, payload, priority.follow_up(), message.files, before_post)
            return SendResult("sent", channel_id, int(data["id"]))
        except RestError as exc:
            return self._refused(exc, channel_id)
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            return SendResult("retry", channel_id, maybe_sent=True, problem=type(exc).__name__)

    def _refused(self, exc: RestError, channel_id: int | None) -> SendResult:
        if exc.status == 429:
            if self._on_rate_limited is not None:
                self._on_rate_limited("global" if exc.is_global else "route")
            if exc.is_global:
                self.pacer.back_off(exc.retry_after or 1.0)
            return SendResult("retry", channel_id, retry_after=exc.retry_after, problem="429")
        if exc.status == 403:
            if exc.code not in CANNOT_DM:
                log.warning("DM to a member refused (code %s)", exc.code)
            return SendResult("closed", channel_id)
        if exc.status >= 500:
            return SendResult("retry", channel_id, problem=str(exc.status))
        raise exc
