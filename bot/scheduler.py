"""APScheduler as the bot's alarm clock: it only wakes the bot; the database says what is due."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

from bot.engine.pacer import Priority, current_priority

log = logging.getLogger(__name__)

Job = Callable[[], Awaitable[None]]


class Waker:
    """Named wake-ups: one-shot at an instant, or on an interval; running wake-ups never overlap."""

    def __init__(self) -> None:
        self._scheduler = AsyncIOScheduler(job_defaults={"coalesce": True, "max_instances": 1})
        self._running: set[asyncio.Task[None]] = set()
        self._jobs: dict[str, Job] = {}

    @property
    def running(self) -> bool:
        return self._scheduler.running

    def start(self) -> None:
        if not self._scheduler.running:
            self._scheduler.start()

    def every(self, name: str, seconds: float, job: Job) -> None:
        """Run `job` every `seconds` (a safety net: wake-ups at due times are set with `at`)."""
        self._jobs[name] = job
        self._scheduler.add_job(
            self._fire, IntervalTrigger(seconds=seconds), args=[name], id=name, replace_existing=True
        )

    def at(self, name: str, when: datetime, job: Job) -> None:
        """Run `job` once at `when` (replacing an earlier wake-up of the same name)."""
        self._jobs[name] = job
        self._scheduler.add_job(self._fire, DateTrigger(run_date=when), args=[name], id=name, replace_existing=True)

    async def _fire(self, name: str) -> None:
        job = self._jobs.get(name)
        if job is None:
            return
        task = asyncio.current_task()
        if task is not None:
            self._running.add(task)
        # Nothing a wake-up does is waited for by a member: it shares the budget behind their requests.
        token = current_priority.set(Priority.SCHEDULED)
        try:
            await job()
        except Exception:
            log.exception("Scheduled job %s failed", name)
        finally:
            current_priority.reset(token)
            if task is not None:
                self._running.discard(task)

    async def shutdown(self, timeout: float = 10.0) -> None:
        """Stop waking anything up and let running jobs finish."""
        if self._scheduler.running:
            self._scheduler.shutdown(wait=False)
        if self._running:
            await asyncio.wait(set(self._running), timeout=timeout)
