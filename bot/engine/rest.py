"""A minimal REST client for bot-initiated DMs (and, after a crash, reading a DM channel back).

discord.py keeps one rate-limit bucket per route and channel and scans all of them whenever a new
one appears; a fan-out to thousands of DM channels makes that quadratic (40% of the bot's CPU in
the fan-out benchmark). Bot-initiated sends are already paced under the global limit by the
Pacer, and each DM channel gets one message, so this client keeps no buckets: it sends, and
reports 429s (with `retry_after`), refusals and server errors to the caller.
"""

from __future__ import annotations

import json
from typing import Any

import aiohttp

try:  # orjson is faster when present (discord.py[speed] installs it too)
    import orjson

    def _dumps(data: Any) -> bytes:
        return orjson.dumps(data)

    _loads = orjson.loads
except ImportError:  # pragma: no cover - the plain json module works the same

    def _dumps(data: Any) -> bytes:
        return json.dumps(data, separators=(",", ":")).encode()

    _loads = json.loads


class RestError(Exception):
    """Discord answered with an error status."""

    def __init__(self, status: int, data: Any, retry_after: float | None = None, is_global: bool = False) -> None:
        self.status = status
        self.code = int(data.get("code", 0)) if isinstance(data, dict) else 0
        self.retry_after = retry_after
        self.is_global = is_global
        super().__init__(f"{status} (code {self.code})")


class RestClient:
    def __init__(self, base_url: str, token: str, *, timeout: float = 15.0) -> None:
        self._base = base_url.rstrip("/")
        self._headers = {
            "Authorization": f"Bot {token}",
            "Content-Type": "application/json",
            "User-Agent": "DiscordBot (check-in bot, 0.1)",
        }
        self._timeout = aiohttp.ClientTimeout(total=timeout)
        self._session: aiohttp.ClientSession | None = None

    async def request(
        self,
        method: str,
        path: str,
        payload: dict[str, Any] | None = None,
        *,
        files: list[tuple[str, bytes]] | None = None,
    ) -> Any:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=0), timeout=self._timeout, cookie_jar=aiohttp.DummyCookieJar()
            )
        body: Any = _dumps(payload) if payload is not None else None
        headers = self._headers
        if files and payload is not None:
            # Discord's multipart form: the JSON as payload_json, each file as files[n].
            body = aiohttp.FormData(quote_fields=False)
            body.add_field("payload_json", _dumps(payload).decode(), content_type="application/json")
            for index, (name, data) in enumerate(files):
                body.add_field(f"files[{index}]", data, filename=name, content_type="application/octet-stream")
            headers = {k: v for k, v in self._headers.items() if k != "Content-Type"}
        async with self._session.request(method, self._base + path, data=body, headers=headers) as response:
            body = await response.read()
            is_json = response.headers.get("Content-Type", "").startswith("application/json")
            data = _loads(body) if is_json and body else {}
            if 200 <= response.status < 300:
                return data
            if response.status == 429:
                retry = data.get("retry_after") if isinstance(data, dict) else None
                retry_after = float(retry if retry is not None else response.headers.get("Retry-After", 1))
                is_global = bool(data.get("global")) or response.headers.get("X-RateLimit-Global") == "true"
                raise RestError(429, data, retry_after, is_global)
            raise RestError(response.status, data)

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
