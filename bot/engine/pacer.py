"""One work-conserving budget for every bot-initiated request, under Discord's global rate limit.

Every REST request the bot makes on its own (DMs, thread creation, channel posts, member look-ups,
edits outside an interaction) takes a permit here first; interaction responses do not, because
Discord does not count them in the global limit. Permits come on one exact timeline at `rate` per
second and go to the most urgent waiter:

1. the second request of a send a member is waiting for (their welcome DM after its DM channel was
   opened), so nobody's welcome waits behind other members' first requests;
2. anything a member is waiting for (a welcome DM, a check-in they asked for, a reply's side effects);
3. the second request of a scheduled send;
4. scheduled sends (the fan-out).

Scheduled sends use whatever the urgent ones leave, and all of the budget when nobody is waiting.
Never more than ⌈rate⌉ permits in any rolling second, and no burst after a stall: the timeline
restarts instead of catching up. With several processes on one token, the timeline is shared
(`bot/engine/budget.py`): permits are reserved from it a few at a time.
"""

from __future__ import annotations

import asyncio
import collections
import contextvars
import enum
import logging
import math
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from bot.database import TRANSIENT_ERRORS

if TYPE_CHECKING:
    from bot.engine.budget import SharedBudget

log = logging.getLogger(__name__)

DISCORD_GLOBAL_LIMIT = 50.0
# A reservation from a shared budget covers at most this much sending.
RESERVATION_SECONDS = 0.25


class Priority(enum.IntEnum):
    URGENT_FOLLOW_UP = 0
    URGENT = 1
    SCHEDULED_FOLLOW_UP = 2
    SCHEDULED = 3

    def follow_up(self) -> Priority:
        """The priority of the next request of the same send."""
        return Priority.URGENT_FOLLOW_UP if self <= Priority.URGENT else Priority.SCHEDULED_FOLLOW_UP


# Requests made while handling a member's interaction are urgent; the dispatcher's fan-out and the
# scheduler's jobs set this to SCHEDULED for everything they cause, discord.py's requests included.
current_priority: contextvars.ContextVar[Priority] = contextvars.ContextVar("priority", default=Priority.URGENT)


class Pacer:
    """Evenly spaced permits at `rate` per second, most urgent waiter first; `None` means unpaced."""

    def __init__(
        self,
        rate: float | None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.rate = rate
        self._interval = 1.0 / rate if rate else 0.0
        self._cap = math.ceil(rate) if rate else 0  # permits in any rolling second, whatever happens
        self._granted: collections.deque[float] = collections.deque()
        self._next = 0.0
        self._blocked_until = 0.0
        self._queues: dict[Priority, collections.deque[asyncio.Future[float]]] = {
            p: collections.deque() for p in Priority
        }
        self._granter: asyncio.Task[None] | None = None
        self._monotonic, self._sleep = monotonic, sleep
        self.waited = 0.0  # total seconds requests spent waiting for a permit (for metrics)
        self._budget: SharedBudget | None = None
        self._slots: collections.deque[float] = collections.deque()  # reserved moments not yet used
        self._chunk = max(1, round(rate * RESERVATION_SECONDS)) if rate else 1
        self._budget_failing = False

    def share(self, budget: SharedBudget) -> None:
        """Draw permits from a timeline shared with the bot's other processes."""
        if self._interval:
            self._budget = budget

    @property
    def waiting(self) -> int:
        return sum(len(q) for q in self._queues.values())

    def waiting_at_least(self, priority: Priority) -> int:
        """Waiters at this priority or more urgent."""
        return sum(len(q) for p, q in self._queues.items() if p <= priority)

    async def acquire(self, priority: Priority | None = None) -> float:
        """Wait for a permit (at the context's priority unless one is given); returns its moment."""
        now = self._monotonic()
        if not self._interval and now >= self._blocked_until:
            return now
        chosen = current_priority.get() if priority is None else priority
        waiter: asyncio.Future[float] = asyncio.get_running_loop().create_future()
        self._queues[chosen].append(waiter)
        if self._granter is None or self._granter.done():
            self._granter = asyncio.create_task(self._grant(), name="pacer")
        try:
            return await waiter
        finally:
            self.waited += self._monotonic() - now

    def back_off(self, seconds: float) -> None:
        """Discord said 429 for the whole bot: nobody gets a permit until `retry_after` has passed."""
        self._blocked_until = max(self._blocked_until, self._monotonic() + seconds)
        if self._budget is not None:
            self._budget.hold(seconds)  # nor in the bot's other processes

    def _next_waiter(self) -> asyncio.Future[float] | None:
        for priority in Priority:
            queue = self._queues[priority]
            while queue:
                waiter = queue.popleft()
                if not waiter.done():  # a cancelled request gives its place up
                    return waiter
        return None

    async def _grant(self) -> None:
        """Hand out permits while anyone waits (then stop: the next request starts a new granter)."""
        while self.waiting:
            now = self._monotonic()
            if self._budget is not None:
                slot = await self._shared_slot(now)
                if slot is None:
                    continue
                start = slot
            else:
                # On an exact timeline (sleep overshoot must not slow the pace), but never ahead of one
                # interval of slack: after a stall the pace restarts instead of bursting.
                start = max(self._next, self._blocked_until, now - self._interval)
            while self._granted and self._granted[0] <= now - 1.0:
                self._granted.popleft()
            if self._cap and len(self._granted) >= self._cap:
                start = max(start, self._granted[0] + 1.0)  # the rolling second, counted in real moments
            if start > now:
                await self._sleep(start - now)
                continue  # look again: a 429 may have arrived, or the rolling second moved
            waiter = self._next_waiter()  # chosen at the permit's moment: the most urgent one now
            if waiter is None:
                continue
            waiter.set_result(now)
            if self._interval:
                self._granted.append(now)
                self._next = start + self._interval
                if self._budget is not None:
                    self._slots.popleft()

    async def _shared_slot(self, now: float) -> float | None:
        """The next reserved moment still usable; None after reserving more (look again then)."""
        assert self._budget is not None
        # A moment more than an interval ago, or inside a 429's pause, is let go: sending it now could
        # land inside another process's reservation.
        while self._slots and (self._slots[0] < now - self._interval or self._slots[0] < self._blocked_until):
            self._slots.popleft()
        if self._slots:
            return self._slots[0]
        want = max(1, min(self.waiting, self._chunk))
        try:
            first = await self._budget.reserve(want, self._interval)
        except TRANSIENT_ERRORS as exc:
            # Without the shared timeline nothing is sent: other processes may be using the budget.
            if not self._budget_failing:
                log.warning("Could not reserve sends from the shared budget (%s); waiting for the database", exc)
            self._budget_failing = True
            await self._sleep(1.0)
            return None
        self._budget_failing = False
        self._slots.extend(first + i * self._interval for i in range(want))
        return None

    async def close(self) -> None:
        if self._granter is not None:
            self._granter.cancel()
