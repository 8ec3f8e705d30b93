"""Sending a bot-initiated DM: one request when the DM channel is known, deduplicated by nonce."""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import discord
from discord.http import MultipartParameters

from bot.engine.pacer import Pacer

log = logging.getLogger(__name__)

CANNOT_DM = {50007, 50278}  # closed DMs; no shared server
UNKNOWN_CHANNEL = 10003


def nonce_for(*parts: object) -> str:
    """A Discord nonce (at most 25 characters) derived from what makes a send unique."""
    digest = hashlib.blake2b(":".join(map(str, parts)).encode(), digest_size=12).hexdigest()
    return digest[:25]


@dataclass
class Outgoing:
    """A message as Discord's API takes it (content, components)."""

    content: str
    components: list[dict[str, Any]] = field(default_factory=list)


@dataclass(frozen=True)
class SendResult:
    status: str  # sent | closed | retry
    channel_id: int | None = None
    message_id: int | None = None
    retry_after: float | None = None


class DmSender:
    def __init__(self, http: discord.http.HTTPClient, pacer: Pacer) -> None:
        self._http = http
        self.pacer = pacer

    async def open_channel(self, user_id: int, *, urgent: bool = False) -> int:
        await self.pacer.acquire(urgent=urgent)
        data = await self._http.start_private_message(user_id)
        return int(data["id"])

    async def send(
        self, user_id: int, channel_id: int | None, message: Outgoing, nonce: str, *, urgent: bool = False
    ) -> SendResult:
        """Send, classifying failures: closed DMs are final, server trouble is worth a retry."""
        try:
            if channel_id is None:
                channel_id = await self.open_channel(user_id, urgent=urgent)
            payload: dict[str, Any] = {
                "content": message.content,
                "components": message.components,
                "nonce": nonce,
                "enforce_nonce": True,
                "allowed_mentions": {"parse": []},
            }
            await self.pacer.acquire(urgent=urgent)
            try:
                data = await self._http.send_message(
                    channel_id, params=MultipartParameters(payload=payload, multipart=None, files=None)
                )
            except discord.NotFound as exc:
                if exc.code != UNKNOWN_CHANNEL:
                    raise
                # The stored DM channel is gone: open a fresh one, once.
                channel_id = await self.open_channel(user_id, urgent=urgent)
                await self.pacer.acquire(urgent=urgent)
                data = await self._http.send_message(
                    channel_id, params=MultipartParameters(payload=payload, multipart=None, files=None)
                )
            return SendResult("sent", channel_id, int(data["id"]))
        except discord.Forbidden as exc:
            if exc.code in CANNOT_DM:
                return SendResult("closed", channel_id)
            log.warning("DM to a member refused (code %s)", exc.code)
            return SendResult("closed", channel_id)
        except discord.RateLimited as exc:
            self.pacer.back_off(exc.retry_after)
            return SendResult("retry", channel_id, retry_after=exc.retry_after)
        except (TimeoutError, discord.DiscordServerError, aiohttp.ClientError, OSError) as exc:
            log.warning("DM send failed, will retry: %s", type(exc).__name__)
            return SendResult("retry", channel_id)
        except discord.HTTPException as exc:
            if exc.status >= 500:
                return SendResult("retry", channel_id)
            raise
