"""Group commit of "about to be sent" marks: callers share writes, and a refusal reaches each of them."""

from __future__ import annotations

import asyncio

import pytest

from bot.engine.marks import GroupCommit


async def test_callers_that_arrive_during_a_write_share_the_next_one() -> None:
    writes: list[list[int]] = []
    gate = asyncio.Event()

    async def write(items: list[int]) -> None:
        writes.append(items)
        await gate.wait()

    marks = GroupCommit(write)
    first = asyncio.create_task(marks.add(1))
    await asyncio.sleep(0)
    rest = [asyncio.create_task(marks.add(i)) for i in (2, 3, 4)]
    await asyncio.sleep(0)
    assert writes == [[1]] and not first.done()  # nobody returns before their write is done
    gate.set()
    await asyncio.gather(first, *rest)
    assert writes == [[1], [2, 3, 4]]


async def test_a_refused_write_fails_every_caller_in_it_and_the_next_write_is_tried_afresh() -> None:
    refuse = True

    async def write(items: list[int]) -> None:
        if refuse:
            raise OSError("disk full")

    marks = GroupCommit(write)
    results = await asyncio.gather(marks.add(1), marks.add(2), return_exceptions=True)
    assert all(isinstance(r, OSError) for r in results)
    refuse = False
    await marks.add(3)


async def test_a_caller_that_gives_up_does_not_break_the_others() -> None:
    gate = asyncio.Event()

    async def write(items: list[int]) -> None:
        await gate.wait()

    marks = GroupCommit(write)
    impatient = asyncio.create_task(marks.add(1))
    patient = asyncio.create_task(marks.add(2))
    await asyncio.sleep(0)
    impatient.cancel()
    gate.set()
    await patient
    with pytest.raises(asyncio.CancelledError):
        await impatient
