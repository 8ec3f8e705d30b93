"""The pacer, on a fake monotonic clock: an exact pace, no bursts after a stall, 429 back-off."""

import asyncio

from bot.engine.pacer import Pacer


class FakeTime:
    def __init__(self) -> None:
        self.now = 1000.0
        self.stamps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.now += seconds + 0.003  # every sleep overshoots a little, as real ones do


async def permits(pacer: Pacer, clock: FakeTime, count: int, *, urgent: bool = False) -> list[float]:
    stamps = []
    for _ in range(count):
        await pacer.acquire(urgent=urgent)
        stamps.append(clock.now)
    return stamps


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
    await pacer.acquire(urgent=True)
    assert clock.now - start < 0.5  # not behind 200 bulk permits (4+ seconds)
    await bulk


async def test_unpaced_never_waits() -> None:
    clock = FakeTime()
    pacer = Pacer(None, monotonic=clock.monotonic, sleep=clock.sleep)
    await permits(pacer, clock, 1000)
    assert clock.now == 1000.0
