"""Sending a bot-initiated DM: one request when the DM channel is known, deduplicated by nonce."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any

import aiohttp

from bot.engine.pacer import Pacer
from bot.engine.rest import RestClient, RestError

log = logging.getLogger(__name__)

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
    status: str  # sent | closed | retry
    channel_id: int | None = None
    message_id: int | None = None
    retry_after: float | None = None


class DmSender:
    def __init__(self, rest: RestClient, pacer: Pacer) -> None:
        self._rest = rest
        self.pacer = pacer

    async def open_channel(self, user_id: int, *, urgent: bool = False) -> int:
        await self.pacer.acquire(urgent=urgent)
        data = await self._rest.post("/users/@me/channels", {"recipient_id": str(user_id)})
        return int(data["id"])

    async def _post(
        self, channel_id: int, payload: dict[str, Any], urgent: bool, files: list[tuple[str, bytes]]
    ) -> dict[str, Any]:
        await self.pacer.acquire(urgent=urgent)
        return await self._rest.post(f"/channels/{channel_id}/messages", payload, files=files)

    async def send(
        self, user_id: int, channel_id: int | None, message: Outgoing, nonce: str, *, urgent: bool = False
    ) -> SendResult:
        """Send, classifying failures: closed DMs are final, server trouble is worth a retry."""
        payload: dict[str, Any] = {
            "content": message.content,
            "components": message.components,
            "nonce": nonce,
            "enforce_nonce": True,
            "allowed_mentions": {"parse": []},
        }
        try:
            if channel_id is None:
                channel_id = await self.open_channel(user_id, urgent=urgent)
            try:
                data = await self._post(channel_id, payload, urgent, message.files)
            except RestError as exc:
                if exc.status != 404 or exc.code != UNKNOWN_CHANNEL:
                    raise
                # The stored DM channel is gone: open a fresh one, once.
                channel_id = await self.open_channel(user_id, urgent=urgent)
                data = await self._post(channel_id, payload, urgent, message.files)
            return SendResult("sent", channel_id, int(data["id"]))
        except RestError as exc:
            if exc.status == 429:
                if exc.is_global:
                    self.pacer.back_off(exc.retry_after or 1.0)
                return SendResult("retry", channel_id, retry_after=exc.retry_after)
            if exc.status == 403:
                if exc.code not in CANNOT_DM:
                    log.warning("DM to a member refused (code %s)", exc.code)
                return SendResult("closed", channel_id)
            if exc.status >= 500:
                log.warning("DM send failed with %s, will retry", exc.status)
                return SendResult("retry", channel_id)
            raise
        except (TimeoutError, aiohttp.ClientError, OSError) as exc:
            log.warning("DM send failed, will retry: %s", type(exc).__name__)
            return SendResult("retry", channel_id)
