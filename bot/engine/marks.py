"""Group commit for "about to be sent" marks.

Each send is noted durably right before its request, so that after a crash only those few deliveries
need checking against their DM channel. Callers that arrive while a write is under way share the next
one: at Discord's pace that is one small write per send, in a fast fan-out a few large ones.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable


class GroupCommit:
    def __init__(self, write: Callable[[list[int]], Awaitable[None]]) -> None:
        self._write = write
        self._pending: list[tuple[int, asyncio.Future[None]]] = []
        self._writer: asyncio.Task[None] | None = None

    async def add(self, item: int) -> None:
        """Return once `item` is written; raise what the write raised if it was refused."""
        done = asyncio.get_running_loop().create_future()
        self._pending.append((item, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._drain())
        await done

    async def _drain(self) -> None:
        while self._pending:
            group, self._pending = self._pending, []
            try:
                await self._write([item for item, _ in group])
            except Exception as exc:  # each caller decides what a refused write means for its send
                for _, done in group:
                    if not done.done():
                        done.set_exception(exc)
            else:
                for _, done in group:
                    if not done.done():
                        done.set_result(None)
