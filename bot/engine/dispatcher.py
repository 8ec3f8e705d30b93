"""The dispatcher: claim what is due, render it, send it through the pacer, record what happened.

Woken by the scheduler at the earliest due time (and on a safety interval); the database decides
what is due, so a restart, a crash or an outage never loses a message and never sends one twice.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
from collections import Counter
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Protocol

from bot import members
from bot.clock import Clock
from bot.database import TRANSIENT_ERRORS, Database
from bot.engine import storage
from bot.engine.dm import DmSender, Outgoing, SendResult, nonce_for
from bot.engine.marks import GroupCommit
from bot.engine.pacer import Priority, current_priority
from bot.engine.storage import Job, Outcome
from bot.scheduler import Waker

log = logging.getLogger(__name__)

SAFETY_INTERVAL_SECONDS = 60.0
RETRY_BASE = timedelta(seconds=30)
BATCH_SECONDS = 2.0  # a claim holds about this much sending: a crash loses little
WRITE_BEHIND_SECONDS = 0.25  # outcomes are recorded in groups this often
MAX_WRITE_RETRY_SECONDS = 30.0
DATABASE_RETRY = timedelta(seconds=5)

MembershipCheck = Callable[[int, int], Awaitable[bool | None]]  # (guild, user) -> still a member?
OutcomeListener = Callable[[str, str, float | None], None]  # (kind, outcome, seconds late) -> metrics


class NotMarked(Exception):
    """The database would not note a send as under way, so it was not made."""


class Handler(Protocol):
    """A feature's part in the engine: how one of its deliveries looks."""

    kind: str

    def variant_count(self) -> int: ...

    async def render(self, job: Job) -> Outgoing | None:
        """The message for a delivery, or None when there is nothing to send any more."""
        ...


class Dispatcher:
    """Claims small batches (about two seconds of sending), sends each job through the pacer, and records
    each outcome as soon as its send returns (written behind in small groups), so a crash costs at most
    the few sends in flight. A delivery an earlier life may have sent is checked against its DM
    channel before it is sent again."""

    def __init__(
        self,
        db: Database,
        clock: Clock,
        sender: DmSender,
        *,
        window: timedelta,
        is_member: MembershipCheck,
        waker: Waker | None = None,
        lease: timedelta = timedelta(seconds=60),
        batch: int | None = None,
        concurrency: int = 100,
        rng: random.Random | None = None,
        on_outcome: OutcomeListener | None = None,
    ) -> None:
        self.db, self.clock, self.sender = db, clock, sender
        self.window, self.lease = window, lease
        rate = sender.pacer.rate
        self.batch = batch or (max(20, min(500, round(rate * BATCH_SECONDS))) if rate else 500)
        self._is_member = is_member
        self._waker = waker
        self._handlers: dict[str, Handler] = {}
        self._semaphore = asyncio.Semaphore(concurrency)
        self._lock = asyncio.Lock()
        self._rng = rng or random.Random()
        self._on_outcome = on_outcome
        self._unrecorded: list[Outcome] = []
        self._marks = GroupCommit(lambda ids: storage.mark_sending(db, ids))
        self._write_failures = 0
        self.sent_total = 0

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
        if self._unrecorded:
            delay = min(2.0**self._write_failures, MAX_WRITE_RETRY_SECONDS)  # try the database again soon
        else:
            earliest = await storage.earliest_due(self.db)
            if earliest is None:
                return
            # The clock may be injected: wake after the same delay, measured on the real clock.
            delay = max(0.0, (earliest - self.clock.now()).total_seconds())
        self._waker.at("dispatch", datetime.now().astimezone() + timedelta(seconds=delay), self.wake)

    # ---- the loop ------------------------------------------------------------------------------

    async def run_once(self) -> int:
        """Claim and send everything due now, batch after batch; returns how many were sent."""
        sent = 0
        async with self._lock:
            token = current_priority.set(Priority.SCHEDULED)  # discord.py's requests from here too
            try:
                while await self._flush():
                    claimed = await storage.claim(
                        self.db, now=self.clock.now(), window=self.window, lease=self.lease, limit=self.batch,
                        variants=self._variants, rng=self._rng,
                    )  # fmt: skip
                    if claimed.stale:
                        log.info("Let %d check-ins go that were past the catch-up window", claimed.stale)
                    if claimed.jobs:
                        sent += await self._run_batch(claimed.jobs)
                    elif not claimed.planned:  # nothing due left (a batch of stale slots is not the end)
                        break
            finally:
                current_priority.reset(token)
        return sent

    async def _run_batch(self, jobs: list[Job]) -> int:
        await self._prepare(jobs)
        done = asyncio.Event()
        writer = asyncio.create_task(self._write_behind(done))
        try:
            outcomes = await asyncio.gather(*(self._guarded(job) for job in jobs))
        finally:
            done.set()  # never cancelled mid-write: that would drop the group it was writing
            await writer
        await self._flush()
        problems = Counter(o.problem for o in outcomes if o.problem)
        if problems:
            # One line per batch, not one per send: an outage must not flood the log.
            summary = ", ".join(f"{count} × {problem}" for problem, count in problems.most_common())
            log.warning(
                "%d of %d deliveries will be retried (%s)", sum(problems.values()), len(jobs), summary,
                extra={"outcome": "retry", "count": sum(problems.values())},
            )  # fmt: skip
        return sum(1 for o in outcomes if o.status == "sent")

    async def _write_behind(self, done: asyncio.Event) -> None:
        while not done.is_set():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(done.wait(), WRITE_BEHIND_SECONDS)
            if not self._write_failures:  # after a refusal, run_once retries before claiming more
                await self._flush()

    async def _flush(self) -> bool:
        """Record what has happened so far; False (with one log line) if the database refused, in which
        case the outcomes stay in memory, nothing new is claimed, and they are tried again first."""
        if not self._unrecorded:
            return True
        batch, self._unrecorded = self._unrecorded, []
        try:
            await storage.record(self.db, batch, self.clock.now())
        except TRANSIENT_ERRORS as exc:
            self._unrecorded = batch + self._unrecorded
            if not self._write_failures:
                log.error(
                    "Could not record %d delivery outcomes (%s); keeping them, and sending nothing new until"
                    " the database takes them", len(self._unrecorded), exc,
                )  # fmt: skip
            self._write_failures += 1
            return False
        if self._write_failures:
            log.warning("Recorded the %d delivery outcomes that were waiting for the database", len(batch))
            self._write_failures = 0
        return True

    async def send_now(self, user_id: int, message: Outgoing, key: str) -> str:
        """A DM a member is waiting on (outside any schedule, before any fan-out); returns sent, closed or
        retry. Keeps what the bot knows about reaching them up to date: their DM channel, and whether
        their DMs are closed (a DM that arrives again lets scheduled messages resume)."""
        info = await members.get(self.db, user_id)
        nonce = nonce_for(key, user_id)
        result = await self.sender.send(user_id, info.dm_channel_id, message, nonce, Priority.URGENT)
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
        outcome = await self._guarded(job, Priority.URGENT)
        await storage.record(self.db, [outcome], self.clock.now())
        return outcome

    async def _guarded(self, job: Job, priority: Priority = Priority.SCHEDULED) -> Outcome:
        async with self._semaphore:
            try:
                outcome = await self._send(job, priority)
            except Exception:
                log.exception(
                    "Delivery %s (%s) failed", job.delivery_id, job.kind,
                    extra={"delivery": job.delivery_id, "kind": job.kind, "outcome": "error"},
                )  # fmt: skip
                outcome = self._retry_or_fail(job)
        if priority == Priority.SCHEDULED:
            self._unrecorded.append(outcome)  # recorded as soon as the writer runs, not after the batch
        self.sent_total += outcome.status == "sent"
        if self._on_outcome is not None:
            lag = (self.clock.now() - job.due).total_seconds() if outcome.status == "sent" else None
            self._on_outcome(job.kind, outcome.status, lag)
        return outcome

    async def _send(self, job: Job, priority: Priority) -> Outcome:
        if job.dm_closed:
            # Marked unreachable: no retries, no requests, until the member opens their DMs again.
            return Outcome(job.delivery_id, "undeliverable")
        nonce = nonce_for(job.schedule_id, job.slot)
        channel_id = job.dm_channel_id
        if job.maybe_sent:
            # An earlier life may have sent it and died before recording it: look before sending again.
            found = await self.sender.find_sent(job.user_id, channel_id, nonce, f":{job.root_id}", priority)
            if found.status == "retry":  # Discord could not say: still possibly sent
                return self._retry_or_fail(job, found.retry_after, maybe_sent=True, problem=found.problem)
            if found.status != "absent":
                return await self._outcome(job, found)
            channel_id = found.channel_id
        handler = self._handlers.get(job.kind)
        message = await handler.render(job) if handler else None
        if message is None:
            return Outcome(job.delivery_id, "skipped")

        async def about_to_send() -> None:
            try:
                await self._marks.add(job.delivery_id)
            except TRANSIENT_ERRORS as exc:
                raise NotMarked(str(exc)) from exc

        try:
            result = await self.sender.send(job.user_id, channel_id, message, nonce, priority, about_to_send)
        except NotMarked as exc:  # nothing went out: try again once the database takes writes
            return Outcome(job.delivery_id, "retry", retry_at=self.clock.now() + DATABASE_RETRY, problem=str(exc))
        return await self._outcome(job, result)

    async def _outcome(self, job: Job, result: SendResult) -> Outcome:
        if result.status == "sent":
            if result.channel_id != job.dm_channel_id and result.channel_id is not None:
                await members.set_dm_channel(self.db, job.user_id, result.channel_id, self.clock.now())
            return Outcome(job.delivery_id, "sent", result.channel_id, result.message_id)
        if result.status == "closed":
            return await self._unreachable(job)
        return self._retry_or_fail(job, result.retry_after, maybe_sent=result.maybe_sent, problem=result.problem)

    async def _unreachable(self, job: Job) -> Outcome:
        now = self.clock.now()
        still_member = await self._is_member(job.guild_id, job.user_id)
        if still_member is False:
            # They left the server: pause quietly; nothing is deleted.
            await storage.pause(self.db, job.schedule_id, now, reason="left")
            return Outcome(job.delivery_id, "skipped", reason="left")
        await members.mark_dm_closed(self.db, job.user_id, now)
        return Outcome(job.delivery_id, "undeliverable", reason="dm_closed")

    def _retry_or_fail(
        self, job: Job, retry_after: float | None = None, *, maybe_sent: bool = False, problem: str | None = None
    ) -> Outcome:
        """Discord's retry_after when it gave one (a 429), else a growing backoff; never past the window."""
        if retry_after is not None:
            retry_at = self.clock.now() + timedelta(seconds=retry_after)
        else:
            retry_at = self.clock.now() + RETRY_BASE * (2 ** min(job.attempts - 1, 6))
        if retry_at - job.due > self.window:
            return Outcome(job.delivery_id, "failed", reason=problem or "retries")
        return Outcome(job.delivery_id, "retry", retry_at=retry_at, maybe_sent=maybe_sent, problem=problem)
