"""One pace for every bot-initiated request, so the bot stays under Discord's global rate limit.

Interaction responses never pass through here: Discord does not count them in the global limit,
and a member who clicked something should never wait behind a fan-out of check-ins.
"""

from __future__ import annotations

import asyncio
import collections
import math
import time
from collections.abc import Awaitable, Callable

DISCORD_GLOBAL_LIMIT = 50.0


class _Lane:
    def __init__(self, rate: float | None) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.cap = math.ceil(rate) if rate else 0  # permits in any rolling second, whatever happens
        self.granted: collections.deque[float] = collections.deque()
        self.next = 0.0
        self.lock = asyncio.Lock()


class Pacer:
    """Evenly spaced permits at `rate` per second (no bursts after a stall); `None` means unpaced.

    Sends a member is waiting for (a welcome DM, a check-in they asked for) use the urgent lane,
    paced separately within the headroom between `rate` and Discord's limit, so they never queue
    behind a fan-out of scheduled check-ins.
    """

    def __init__(
        self,
        rate: float | None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self._bulk = _Lane(rate)
        self._urgent = _Lane(max(1.0, DISCORD_GLOBAL_LIMIT - rate) if rate else None)
        self._blocked_until = 0.0
        self._monotonic, self._sleep = monotonic, sleep

    async def acquire(self, *, urgent: bool = False) -> None:
        lane = self._urgent if urgent else self._bulk
        if not lane.interval and not self._blocked_until:
            return
        async with lane.lock:
            now = self._monotonic()
            # On an exact timeline (sleep overshoot must not slow the pace), but never ahead of
            # one interval of slack: after a stall the pace restarts instead of bursting.
            start = max(lane.next, self._blocked_until, now - lane.interval)
            granted = lane.granted
            while granted and granted[0] <= start - 1.0:
                granted.popleft()
            if len(granted) >= lane.cap:
                start = max(start, granted[0] + 1.0)
            if start > now:
                await self._sleep(start - now)
            granted.append(start)
            lane.next = start + lane.interval

    def back_off(self, seconds: float) -> None:
        """Discord said 429: nobody sends until `retry_after` has passed."""
        self._blocked_until = max(self._blocked_until, self._monotonic() + seconds)
