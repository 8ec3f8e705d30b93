"""One pace for every bot-initiated request, so the bot stays under Discord's global rate limit.

Interaction responses never pass through here: Discord does not count them in the global limit,
and a member who clicked something should never wait behind a fan-out of check-ins.
"""

from __future__ import annotations

import asyncio
import time

DISCORD_GLOBAL_LIMIT = 50.0


class _Lane:
    def __init__(self, rate: float | None) -> None:
        self.interval = 1.0 / rate if rate else 0.0
        self.next = 0.0
        self.lock = asyncio.Lock()


class Pacer:
    """Evenly spaced permits at `rate` per second (no bursts after a stall); `None` means unpaced.

    Sends a member is waiting for (a welcome DM, a check-in they asked for) use the urgent lane,
    paced separately within the headroom between `rate` and Discord's limit, so they never queue
    behind a fan-out of scheduled check-ins.
    """

    def __init__(self, rate: float | None) -> None:
        self._bulk = _Lane(rate)
        self._urgent = _Lane(max(1.0, DISCORD_GLOBAL_LIMIT - rate) if rate else None)
        self._blocked_until = 0.0

    async def acquire(self, *, urgent: bool = False) -> None:
        lane = self._urgent if urgent else self._bulk
        if not lane.interval and not self._blocked_until:
            return
        async with lane.lock:
            now = time.monotonic()
            start = max(lane.next, self._blocked_until, now)
            if start > now:
                await asyncio.sleep(start - now)
            lane.next = max(start, time.monotonic()) + lane.interval

    def back_off(self, seconds: float) -> None:
        """Discord said 429: nobody sends until `retry_after` has passed."""
        self._blocked_until = max(self._blocked_until, time.monotonic() + seconds)
