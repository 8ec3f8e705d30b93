"""The dispatcher: claim what is due, render it, send it through the pacer, record what happened.

Woken by the scheduler at the earliest due time (and on a safety interval); the database decides
what is due, so a restart, a crash or an outage never loses a message and never sends one twice.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Protocol

from bot import members
from bot.clock import Clock
from bot.database import Database
from bot.engine import storage
from bot.engine.dm import DmSender, Outgoing, nonce_for
from bot.engine.storage import Job, Outcome
from bot.scheduler import Waker

log = logging.getLogger(__name__)

SAFETY_INTERVAL_SECONDS = 60.0
RETRY_BASE = timedelta(seconds=30)

MembershipCheck = Callable[[int, int], Awaitable[bool | None]]  # (guild, user) -> still a member?


class Handler(Protocol):
    """A feature's part in the engine: how one of its deliveries looks."""

    kind: str

    def variant_count(self) -> int: ...

    async def render(self, job: Job) -> Outgoing | None:
        """The message for a delivery, or None when there is nothing to send any more."""
        ...


class Dispatcher:
    def __init__(
        self,
        db: Database,
        clock: Clock,
        sender: DmSender,
        *,
        window: timedelta,
        is_member: MembershipCheck,
        waker: Waker | None = None,
        lease: timedelta = timedelta(minutes=2),
        batch: int = 500,
        concurrency: int = 100,
        rng: random.Random | None = None,
    ) -> None:
        self.db, self.clock, self.sender = db, clock, sender
        self.window, self.lease, self.batch = window, lease, batch
        self._is_member = is_member
        self._waker = waker
        self._handlers: dict[str, Handler] = {}
        self._semaphore = asyncio.Semaphore(concurrency)
        self._lock = asyncio.Lock()
        self._rng = rng or random.Random()

    def register(self, handler: Handler) -> None:
        self._handlers[handler.kind] = handler

    def _variants(self, kind: str) -> int:
        handler = self._handlers.get(kind)
        return handler.variant_count() if handler else 1

    # ---- waking up -----------------------------------------------------------------------------

    def start(self) -> None:
        if self._waker is not None:
            self._waker.every("dispatch-safety", SAFETY_INTERVAL_SECONDS, self.wake)
            self._waker.at("dispatch", datetime.now().astimezone(), self.wake)

    async def wake(self) -> None:
        await self.run_once()
        await self.arm()

    async def arm(self) -> None:
        """Ask the scheduler to wake us at the earliest due time (one indexed query)."""
        if self._waker is None:
            return
        earliest = await storage.earliest_due(self.db)
        if earliest is not None:
            # The clock may be injected: wake after the same delay, measured on the real clock.
            delay = max(0.0, (earliest - self.clock.now()).total_seconds())
            self._waker.at("dispatch", datetime.now().astimezone() + timedelta(seconds=delay), self.wake)

    # ---- the loop ------------------------------------------------------------------------------

    async def run_once(self) -> int:
        """Claim and send everything due now, batch after batch; returns how many were sent."""
        sent = 0
        async with self._lock:
            while True:
                now = self.clock.now()
                jobs = await storage.claim(
                    self.db,
                    now=now,
                    window=self.window,
                    lease=self.lease,
                    limit=self.batch,
                    variants=self._variants,
                    rng=self._rng,
                )
                if not jobs:
                    return sent
                await self._prepare(jobs)
                outcomes = await asyncio.gather(*(self._guarded(job) for job in jobs))
                await self._record(outcomes)
                sent += sum(1 for o in outcomes if o.status == "sent")

    async def send_now(self, user_id: int, message: Outgoing, key: str) -> str:
        """A DM a member is waiting on (urgent lane, outside any schedule); returns sent, closed or retry.

        Keeps what the bot knows about reaching them up to date: their DM channel, and whether
        their DMs are closed (a DM that arrives again lets scheduled messages resume)."""
        info = await members.get(self.db, user_id)
        result = await self.sender.send(user_id, info.dm_channel_id, message, nonce_for(key, user_id), urgent=True)
        now = self.clock.now()
        if result.status == "sent":
            if result.channel_id is not None and result.channel_id != info.dm_channel_id:
                await members.set_dm_channel(self.db, user_id, result.channel_id, now)
            if info.dm_closed:
                await members.mark_dm_open(self.db, user_id, now)
        elif result.status == "closed":
            await members.mark_dm_closed(self.db, user_id, now)
        return result.status

    async def _prepare(self, jobs: list[Job]) -> None:
        """Let each feature load what its whole batch needs in one query, not one per message."""
        by_kind: dict[str, list[Job]] = {}
        for job in jobs:
            by_kind.setdefault(job.kind, []).append(job)
        for kind, batch in by_kind.items():
            prepare = getattr(self._handlers.get(kind), "prepare", None)
            if prepare is not None:
                await prepare(batch)

    async def deliver(self, delivery_id: int) -> Outcome | None:
        """Send one pending delivery right away (a check-in a member asked for)."""
        job = await storage.lease_one(self.db, delivery_id, self.clock.now(), self.lease)
        if job is None:
            return None
        await self._prepare([job])
        outcome = await self._guarded(job, urgent=True)
        await self._record([outcome])
        return outcome

    async def _guarded(self, job: Job, *, urgent: bool = False) -> Outcome:
        async with self._semaphore:
            try:
                return await self._send(job, urgent=urgent)
            except Exception:
                log.exception("Delivery %s (%s) failed", job.delivery_id, job.kind)
                return self._retry_or_fail(job)

    async def _send(self, job: Job, *, urgent: bool) -> Outcome:
        if job.dm_closed:
            # Marked unreachable: no retries, no requests, until the member opens their DMs again.
            return Outcome(job.delivery_id, "undeliverable")
        handler = self._handlers.get(job.kind)
        message = await handler.render(job) if handler else None
        if message is None:
            return Outcome(job.delivery_id, "skipped")
        nonce = nonce_for(job.schedule_id, job.slot)
        result = await self.sender.send(job.user_id, job.dm_channel_id, message, nonce, urgent=urgent)
        if result.status == "sent":
            if result.channel_id != job.dm_channel_id and result.channel_id is not None:
                await members.set_dm_channel(self.db, job.user_id, result.channel_id, self.clock.now())
            return Outcome(job.delivery_id, "sent", result.channel_id, result.message_id)
        if result.status == "closed":
            return await self._unreachable(job)
        return self._retry_or_fail(job)

    async def _unreachable(self, job: Job) -> Outcome:
        now = self.clock.now()
        still_member = await self._is_member(job.guild_id, job.user_id)
        if still_member is False:
            # They left the server: pause quietly; nothing is deleted.
            await storage.pause(self.db, job.schedule_id, now, reason="left")
            return Outcome(job.delivery_id, "skipped")
        await members.mark_dm_closed(self.db, job.user_id, now)
        return Outcome(job.delivery_id, "undeliverable")

    def _retry_or_fail(self, job: Job) -> Outcome:
        retry_at = self.clock.now() + RETRY_BASE * (2 ** min(job.attempts - 1, 6))
        if retry_at - job.due > self.window:
            return Outcome(job.delivery_id, "failed")
        return Outcome(job.delivery_id, "retry", retry_at=retry_at)

    async def _record(self, outcomes: list[Outcome]) -> None:
        await storage.record(self.db, outcomes, self.clock.now())
