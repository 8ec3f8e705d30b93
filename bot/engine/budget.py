"""Discord's global limit shared by every process of one bot, through the database they share.

Discord counts the limit per bot token, not per process. With several processes (PostgreSQL), each
one's pacer reserves its permits a few at a time from one row: a reservation moves the moment the
budget next has room forward by `count × interval` in a single UPDATE, so the reservations of all
processes form one timeline at the configured rate, as if one pacer handed them all out. A process
asks only for as many as are waiting (at most a quarter of a second's worth), so a member's DM in
one process waits at most for the other processes' current reservations, never behind their whole
fan-out; a permit not used within one interval of its moment is let go, never sent late into
someone else's.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from typing import Protocol

from bot.database import TRANSIENT_ERRORS, Database
from bot.engine import storage

log = logging.getLogger(__name__)


class SharedBudget(Protocol):
    async def reserve(self, count: int, interval: float) -> float:
        """Reserve `count` permits `interval` seconds apart; the first one's moment, on this process's
        monotonic clock."""
        ...

    def hold(self, seconds: float) -> None:
        """A global 429: nobody, in any process, gets a permit for `seconds`."""
        ...


class DatabaseBudget:
    """The shared timeline in the `send_budget` row. Processes on different machines agree through
    their wall clocks (NTP keeps them within milliseconds; the pace keeps headroom below 50/s)."""

    def __init__(
        self,
        db: Database,
        *,
        wall: Callable[[], float] = time.time,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._db = db
        self._wall, self._monotonic = wall, monotonic
        self._holds: set[asyncio.Task[None]] = set()

    async def reserve(self, count: int, interval: float) -> float:
        wall, mono = self._wall(), self._monotonic()
        first = await storage.reserve_sends(self._db, count, round(wall * 1e6), round(interval * 1e6))
        return mono + (first / 1e6 - wall)

    def hold(self, seconds: float) -> None:
        task = asyncio.get_running_loop().create_task(self._hold(seconds), name="budget-hold")
        self._holds.add(task)
        task.add_done_callback(self._holds.discard)

    async def _hold(self, seconds: float) -> None:
        try:
            await storage.hold_sends(self._db, round((self._wall() + seconds) * 1e6))
        except TRANSIENT_ERRORS as exc:  # each process still backs off itself when Discord tells it
            log.debug("Could not share a 429's retry_after with the other processes: %s", exc)
