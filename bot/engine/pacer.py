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
restarts instead of catching up.
"""

from __future__ import annotations

import asyncio
import collections
import contextvars
import enum
import math
import time
from collections.abc import Awaitable, Callable

DISCORD_GLOBAL_LIMIT = 50.0


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

    async def close(self) -> None:
        if self._granter is not None:
            self._granter.cancel()
