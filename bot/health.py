"""`/healthz` and `/metrics` on METRICS_ADDRESS (off by default), for a supervisor and Prometheus.

Healthy means: the gateway is connected (every shard this process runs), the database answers, and
nothing due is more than five minutes late. Otherwise 503, with the reasons as JSON.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
from datetime import timedelta
from typing import TYPE_CHECKING

from aiohttp import web

from bot import members
from bot.database import TRANSIENT_ERRORS
from bot.engine import storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)

LATE = timedelta(minutes=5)
DATABASE_TIMEOUT_SECONDS = 2.0


async def problems(bot: CheckinBot) -> list[str]:
    """Why the bot is not healthy (empty: it is)."""
    found = []
    shards = getattr(bot, "shards", {})
    if bot.is_closed() or not bot.is_ready() or any(s.is_closed() for s in shards.values()):
        found.append("not connected to Discord's gateway")
    try:
        now = bot.clock.now()
        oldest = await asyncio.wait_for(storage.oldest_overdue(bot.db, now), DATABASE_TIMEOUT_SECONDS)
    except (TimeoutError, *TRANSIENT_ERRORS) as exc:
        found.append(f"the database does not answer ({type(exc).__name__})")
    else:
        if oldest is not None and now - oldest > LATE:
            found.append(f"a delivery is {int((now - oldest).total_seconds())} s late")
    return found


class HealthServer:
    def __init__(self, bot: CheckinBot, address: str) -> None:
        self._bot = bot
        host, _, port = address.rpartition(":")
        self._host, self._port = host or "127.0.0.1", int(port)
        self._runner: web.AppRunner | None = None
        bot.metrics.watch(lambda: bot.pacer.waited, lambda: bot.latency if math.isfinite(bot.latency) else float("nan"))

    @property
    def port(self) -> int:
        return self._port

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/metrics", self._metrics)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self._host, self._port)
        await site.start()
        if self._port == 0:  # chosen by the system (tests)
            self._port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        log.info("Health and metrics on http://%s:%d/healthz and /metrics", self._host, self._port)

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _healthz(self, request: web.Request) -> web.Response:
        found = await problems(self._bot)
        body = {"status": "ok"} if not found else {"status": "unhealthy", "reasons": found}
        return web.Response(status=200 if not found else 503, text=json.dumps(body), content_type="application/json")

    async def _metrics(self, request: web.Request) -> web.Response:
        try:
            active = await storage.active_schedules_by_kind(self._bot.db)
            closed = await members.count_dm_closed(self._bot.db)
        except TRANSIENT_ERRORS:
            pass  # the last figures stay; /healthz says the database is the problem
        else:
            self._bot.metrics.refresh(active, closed)
        return web.Response(body=self._bot.metrics.exposition(), headers={"Content-Type": "text/plain; version=0.0.4"})
