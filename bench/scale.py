"""A million active schedules, on SQLite and on PostgreSQL: start-up time, memory, and the cost of
one dispatcher wake-up.

    .venv/bin/python bench/scale.py [--schedules 1000000] [--engine sqlite|postgresql|both]

Start to ready is measured from spawning `python -m bot` to its first answered slash command.
A wake-up's cost is the claim transaction it runs; it is timed with 1,000 and with N schedules
that are not due (median of many runs): the ratio should be close to 1. PostgreSQL runs on a
server started for the run (tests/pg_server.py).
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import BotProcess, SandboxProcess, make_world, median, seed, table, wait_until_answering
from bot.database import Database
from bot.engine import storage
from tests.pg_server import PostgresServer

FAR = timedelta(days=3)


async def wake_up_cost(path: Path | str, runs: int = 300) -> float:
    """Median seconds of one claim (a wake-up with nothing due) on this database."""
    db = await Database.open(path)
    now = datetime.now(UTC)
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        await storage.claim(
            db,
            now=now,
            window=timedelta(hours=2),
            lease=timedelta(minutes=2),
            limit=500,
            variants=lambda kind: 5,
            rng=random.Random(1),
        )
        timings.append(time.perf_counter() - started)
    await db.close()
    return median(timings)


async def measure(n: int, engine: str, server: PostgresServer | None) -> None:
    folder = Path(tempfile.mkdtemp(prefix="bench-scale-"))

    async def new_database(name: str) -> Path | str:
        return await server.new_database() if server is not None else folder / f"{name}.sqlite3"

    async with SandboxProcess() as sandbox:
        world = await make_world(sandbox, 10)
        big = await new_database("big")
        seeding = time.perf_counter()
        await seed(big, world, datetime.now(UTC) + FAR, extra_not_due=n - len(world.user_ids))
        seeded = time.perf_counter() - seeding
        where = {"DATABASE_URL": str(big)} if server is not None else {}
        bot = BotProcess(sandbox.env, big if server is None else Path("unused"), **where)  # type: ignore[arg-type]
        await bot.start()
        ready = await wait_until_answering(sandbox, world)
        ready_from_spawn = time.perf_counter() - bot.started
        await asyncio.sleep(1.0)
        rss = bot.rss_mb()
        code = await bot.stop()
        small = await new_database("small")
        await seed(small, await make_world(sandbox, 10), datetime.now(UTC) + FAR, extra_not_due=1_000 - 10)
    small_cost = await wake_up_cost(small)
    big_cost = await wake_up_cost(big)
    ratio = big_cost / small_cost
    print(
        table(
            f"4. {n:,} active schedules in the database ({engine}; seeded in {seeded:.0f} s)",
            [
                (
                    "start to ready (first command answered)",
                    f"{ready_from_spawn:.2f} s",
                    "<= 3 s",
                    _ok(ready_from_spawn <= 3),
                ),
                ("resident memory after start", f"{rss:.0f} MB", "<= 200 MB", _ok(rss <= 200)),
                ("wake-up, 1,000 not due (median)", f"{small_cost * 1000:.3f} ms", "", ""),
                (f"wake-up, {n:,} not due (median)", f"{big_cost * 1000:.3f} ms", "", ""),
                ("ratio", f"{ratio:.2f}", "~1 (independent)", _ok(ratio < 1.5)),
                ("clean shutdown (exit status)", str(code), "0", _ok(code == 0)),
            ],
        )
    )
    print(f"(time from the sandbox seeing the bot to its first answer: {ready:.2f} s)")


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--schedules", type=int, default=1_000_000)
    parser.add_argument("--engine", choices=["sqlite", "postgresql", "both"], default="both")
    args = parser.parse_args()
    if args.engine in ("sqlite", "both"):
        await measure(args.schedules, "sqlite", None)
    if args.engine in ("postgresql", "both"):
        server = PostgresServer().start()
        try:
            await measure(args.schedules, "postgresql", server)
        finally:
            server.stop()


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


if __name__ == "__main__":
    asyncio.run(main())
