"""The pacer, on a fake monotonic clock: one work-conserving budget with priorities, an exact pace,
no bursts after a stall, 429 back-off."""

import asyncio
import time

from bot.engine.pacer import Pacer, Priority


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.stamps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds + 0.003  # every sleep overshoots a little, as real ones do
        await asyncio.sleep(0)  # and lets the waiters that got their permits run


async def permits(pacer: Pacer, clock: FakeTime, count: int, *, urgent: bool = False) -> list[float]:
    return [await pacer.acquire(Priority.URGENT if urgent else Priority.SCHEDULED) for _ in range(count)]


def max_in_window(stamps: list[float], window: float = 1.0) -> int:
    return max(sum(1 for t in stamps if s <= t < s + window) for s in stamps)


async def test_exact_pace_despite_sleep_overshoot() -> None:
    clock = FakeTime()
    pacer = Pacer(48.5, monotonic=clock.monotonic, sleep=clock.sleep)
    stamps = await permits(pacer, clock, 500)
    rate = (len(stamps) - 1) / (stamps[-1] - stamps[0])
    assert 48.0 <= rate <= 48.6
    assert max_in_window(stamps) <= 50


async def test_no_burst_after_a_stall() -> None:
    clock = FakeTime()
    pacer = Pacer(45, monotonic=clock.monotonic, sleep=clock.sleep)
    before = await permits(pacer, clock, 10)
    clock.now += 5.0  # the event loop was busy, or nothing was due
    after = await permits(pacer, clock, 60)
    assert max_in_window(before + after) <= 46


async def test_back_off_after_a_429_holds_every_lane() -> None:
    clock = FakeTime()
    pacer = Pacer(45, monotonic=clock.monotonic, sleep=clock.sleep)
    await permits(pacer, clock, 3)
    pacer.back_off(2.0)
    held_from = clock.now
    (bulk,) = await permits(pacer, clock, 1)
    (urgent,) = await permits(pacer, clock, 1, urgent=True)
    assert bulk >= held_from + 2.0 and urgent >= held_from + 2.0


async def test_urgent_lane_does_not_queue_behind_bulk() -> None:
    clock = FakeTime()
    pacer = Pacer(45, monotonic=clock.monotonic, sleep=clock.sleep)
    bulk = asyncio.create_task(permits(pacer, clock, 200))
    await asyncio.sleep(0)
    start = clock.now
    granted = await pacer.acquire(Priority.URGENT)
    assert granted - start < 0.5  # not behind 200 bulk permits (4+ seconds)
    await bulk


async def test_unpaced_never_waits() -> None:
    clock = FakeTime()
    pacer = Pacer(None, monotonic=clock.monotonic, sleep=clock.sleep)
    assert set(await permits(pacer, clock, 1000)) == {1000.0}
    assert clock.now == 1000.0


async def test_urgent_sends_use_the_whole_budget_when_nothing_else_waits() -> None:
    clock = FakeTime()
    pacer = Pacer(48, monotonic=clock.monotonic, sleep=clock.sleep)
    stamps = await asyncio.gather(*(permits(pacer, clock, 1, urgent=True) for _ in range(240)))
    flat = sorted(s for group in stamps for s in group)
    rate = (len(flat) - 1) / (flat[-1] - flat[0])
    assert rate >= 47.5  # the full 48/s, not a reserved slice of it
    assert max_in_window(flat) <= 48


async def test_a_started_send_finishes_before_new_ones_start() -> None:
    pacer = Pacer(20)  # the real clock: this is about order, not timing
    order: list[str] = []

    async def one(name: str, priority: Priority) -> None:
        await pacer.acquire(priority)
        order.append(name)

    await pacer.acquire(Priority.SCHEDULED)  # the timeline is running: everything below queues
    waiting = [asyncio.create_task(one(f"scheduled{i}", Priority.SCHEDULED)) for i in range(2)]
    waiting += [asyncio.create_task(one(f"new{i}", Priority.URGENT)) for i in range(2)]
    waiting.append(asyncio.create_task(one("second request of a started send", Priority.URGENT_FOLLOW_UP)))
    await asyncio.gather(*waiting)
    await pacer.close()
    assert order == ["second request of a started send", "new0", "new1", "scheduled0", "scheduled1"]


async def test_a_cancelled_request_gives_its_place_up() -> None:
    clock = FakeTime()
    pacer = Pacer(10, monotonic=clock.monotonic, sleep=clock.sleep)
    await pacer.acquire(Priority.SCHEDULED)
    gone = asyncio.create_task(pacer.acquire(Priority.URGENT))
    await asyncio.sleep(0)
    gone.cancel()
    start = clock.now
    granted = await pacer.acquire(Priority.SCHEDULED)
    assert granted - start <= 0.2  # the next permit, not one after the cancelled request's


class MemoryBudget:
    """The shared timeline of bot/engine/budget.py, in memory: one reservation at a time."""

    def __init__(self) -> None:
        self.next_at = 0.0
        self.reservations: list[int] = []

    async def reserve(self, count: int, interval: float) -> float:
        await asyncio.sleep(0.002)  # a round trip to the database
        first = max(self.next_at, time.monotonic())
        self.next_at = first + count * interval
        self.reservations.append(count)
        return first

    def hold(self, seconds: float) -> None:
        self.next_at = max(self.next_at, time.monotonic() + seconds)


def sharing(count: int, rate: float = 100) -> tuple[MemoryBudget, list[Pacer]]:
    """`count` processes' pacers on one shared budget."""
    budget = MemoryBudget()
    pacers = [Pacer(rate) for _ in range(count)]
    for pacer in pacers:
        pacer.share(budget)
    return budget, pacers


async def test_processes_sharing_a_budget_stay_under_the_rate_together() -> None:
    budget, pacers = sharing(3)

    async def fan_out(pacer: Pacer) -> list[float]:
        return list(await asyncio.gather(*(pacer.acquire(Priority.SCHEDULED) for _ in range(100))))

    started = time.monotonic()
    stamps = [s for each in await asyncio.gather(*(fan_out(p) for p in pacers)) for s in each]
    took = time.monotonic() - started
    # Each reserved moment is used within one interval of it, or let go: at most rate + 2 in any second.
    assert max_in_window(stamps) <= 102
    assert took >= 2.9  # 300 permits at 100/s, whoever asked
    assert max(budget.reservations) <= 25  # a quarter of a second at most, so nobody waits long
    for pacer in pacers:
        await pacer.close()


async def test_a_member_waits_at_most_a_reservation_behind_other_processes_fan_outs() -> None:
    _, (busy, ours) = sharing(2)
    fan_out = [asyncio.ensure_future(busy.acquire(Priority.SCHEDULED)) for _ in range(200)]
    await asyncio.sleep(0.3)
    asked = time.monotonic()
    granted = await ours.acquire(Priority.URGENT)
    assert granted - asked < 0.6, granted - asked  # not behind the other process's two seconds of sends
    await asyncio.gather(*fan_out)
    for pacer in (busy, ours):
        await pacer.close()


async def test_a_429_in_one_process_holds_the_others() -> None:
    _, (first, second) = sharing(2)
    await first.acquire(Priority.SCHEDULED)
    first.back_off(0.5)
    held_from = time.monotonic()
    granted = await second.acquire(Priority.SCHEDULED)
    assert granted >= held_from + 0.45
    for pacer in (first, second):
        await pacer.close()
