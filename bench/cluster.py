"""Several bot processes on one PostgreSQL database and one token, against Discord's 50 requests/s.

    .venv/bin/python bench/cluster.py [--members 10000] [--guilds 30] [--processes 3]

A PostgreSQL server started for the run (tests/pg_server.py), the sandbox in its own process enforcing
50 requests/s with real 429s, and N unmodified bot processes (`python -m bot`, shards 0..N-1 of N).
10,000 check-ins are due in the same minute across 30 servers. Printed, in one run:

1. the processes together: summed rate, 429s, requests per check-in, each delivered once, and the
   p99 slash-command response on every process (20 commands a second during the fan-out);
2. the same with one process killed (SIGKILL) 10 s into the fan-out: lost, duplicated, and how long
   until its share was picked up by the others (its lease);
3. one process on SQLite, as bench/fanout.py (2) measures it, for comparison.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import BotProcess, SandboxProcess, World, make_world, percentile, seed, table, wait_until_answering
from bot.database import Database
from tests.pg_server import PostgresServer

LIMIT = 50.0
PACE = "48"
LEAD = timedelta(seconds=25)
COMMANDS_PER_SECOND = 20


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


@dataclass
class Result:
    delivered: int = 0
    duplicates: int = 0
    rate: float = float("nan")
    rate_limited: int = 0
    requests_per_checkin: float = float("nan")
    latencies: dict[int, list[float]] = field(default_factory=dict)  # per process (shard)
    failures: dict[int, int] = field(default_factory=dict)
    rss: list[float] = field(default_factory=list)
    picked_up_after: float | None = None
    exits: list[int] = field(default_factory=list)


def shard_of(guild_id: int, shards: int) -> int:
    return (guild_id >> 22) % shards


@contextlib.asynccontextmanager
async def worlds(members: int, guilds: int) -> AsyncIterator[tuple[SandboxProcess, list[World]]]:
    async with SandboxProcess() as sandbox:
        sizes = [members // guilds + (1 if i < members % guilds else 0) for i in range(guilds)]
        made = [await make_world(sandbox, size) for size in sizes]
        await sandbox.call("POST", "/rate_limit", {"per_second": LIMIT})
        yield sandbox, made


async def run(
    members: int, guilds: int, processes: int, *, database: str | None, kill_after: float | None = None
) -> Result:
    """`database`: a PostgreSQL URL for `processes` bots sharing it, or None for one bot on SQLite."""
    result = Result()
    async with worlds(members, guilds) as (sandbox, made):
        total = sum(len(w.user_ids) for w in made)
        where: str | Path = database or Path(tempfile.mkdtemp(prefix="bench-")) / "cluster.sqlite3"
        due = (datetime.now(UTC) + LEAD).replace(microsecond=0)
        for world in made:
            await seed(where, world, due)
        shards = processes if database else 1
        bots = []
        for shard in range(shards):
            settings = {"SEND_RATE_PER_SECOND": PACE}
            if database:
                settings |= {"DATABASE_URL": database, "SHARD_COUNT": str(shards), "SHARD_IDS": str(shard)}
            bots.append(BotProcess(sandbox.env, Path(where) if not database else Path("unused"), **settings))
        for bot in bots:
            await bot.start()
        for shard in range(shards):  # every process answers its own servers
            mine = next(w for w in made if shard_of(w.guild_id, shards) == shard)
            await wait_until_answering(sandbox, mine)
        await sandbox.call("POST", "/reset")
        done = asyncio.Event()
        dead: set[int] = set()
        result.latencies = {s: [] for s in range(shards)}
        result.failures = {s: 0 for s in range(shards)}

        async def one(world: World, user_id: int, command: str) -> None:
            shard = shard_of(world.guild_id, shards)
            if shard in dead:
                return
            answer = await sandbox.call(
                "POST", "/interact", {"user_id": user_id, "guild_id": world.guild_id, "command": command}
            )
            if answer.get("ok"):
                result.latencies[shard].append(answer["seconds"])
            elif shard not in dead:
                result.failures[shard] += 1

        async def members_typing() -> None:
            tasks = set()
            places = itertools.cycle([(w, u) for u in range(5) for w in made])
            commands = itertools.cycle(["help", "checkin settings"])
            while not done.is_set():
                world, index = next(places)
                task = asyncio.create_task(one(world, world.user_ids[index], next(commands)))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
                await asyncio.sleep(1 / COMMANDS_PER_SECOND)
            if tasks:
                await asyncio.gather(*tasks)

        typing = asyncio.create_task(members_typing())
        deadline = time.monotonic() + LEAD.total_seconds() + total / LIMIT * 1.5 + 120
        stats = await sandbox.call("GET", "/stats")
        killed_at: float | None = None
        while stats["messages"] < total and time.monotonic() < deadline:
            await asyncio.sleep(0.5)
            stats = await sandbox.call("GET", "/stats")
            started = stats["first_send"]
            if kill_after is not None and killed_at is None and started and stats["now"] - started >= kill_after:
                dead.add(1)
                bots[1].kill()
                killed_at = time.time()
        await asyncio.sleep(2.0)  # anything extra (a duplicate) would show up now
        done.set()
        await typing
        stats = await sandbox.call("GET", "/stats")
        stats.update(await sandbox.call("GET", "/duplicates", None))
        result.rss = [b.rss_mb() for i, b in enumerate(bots) if i not in dead]
        for index, bot in enumerate(bots):
            result.exits.append(await bot.wait(10) if index in dead else await bot.stop())
        if killed_at is not None and database:
            db = await Database.open(database)
            try:
                first_retry = await db.fetchval(
                    "SELECT MIN(sent_at) FROM deliveries WHERE status = 'sent' AND attempts >= 2"
                )
            finally:
                await db.close()
            result.picked_up_after = None if first_retry is None else first_retry - killed_at
    span = (stats["last_send"] - stats["first_send"]) if stats["first_send"] else 0.0
    result.delivered = stats["messages"]
    result.duplicates = stats["channels_with_duplicates"]
    result.rate = (stats["messages"] - 1) / span if span else float("nan")
    result.rate_limited = stats["rate_limited"]
    result.requests_per_checkin = (stats["requests"] - stats["interaction_requests"]) / max(1, stats["messages"])
    return result


def p99(values: list[float]) -> str:
    return f"{percentile(values, 0.99) * 1000:.1f} ms" if values else "n/a"


def rows_for(result: Result, total: int, *, rate_goal: bool = True) -> list[tuple[str, str, str, str]]:
    rows = []
    if rate_goal:
        share = result.rate / LIMIT
        rows.append(("summed rate", f"{result.rate:.2f}/s ({share:.1%} of 50)", ">= 95% of 50", _ok(share >= 0.95)))
    rows += [
        ("429 responses", str(result.rate_limited), "0", _ok(result.rate_limited == 0)),
        (
            "requests per check-in",
            f"{result.requests_per_checkin:.3f}",
            "<= 1.01",
            _ok(result.requests_per_checkin <= 1.01),
        ),
        (
            "delivered exactly once",
            f"{result.delivered} ({result.duplicates} dup.)",
            str(total),
            _ok(result.delivered == total and not result.duplicates),
        ),
    ]
    for shard, latencies in result.latencies.items():
        worst = percentile(latencies, 0.99) if latencies else float("inf")
        failed = result.failures.get(shard, 0)
        rows.append(
            (
                f"process {shard}: p99 slash command ({len(latencies)} answered, {failed} not)",
                p99(latencies),
                "<= 100 ms",
                _ok(worst <= 0.1 and not failed),
            )
        )
    rows.append(
        ("resident memory per process", " / ".join(f"{r:.0f} MB" for r in result.rss), "<= 200 MB",
         _ok(all(r <= 200 for r in result.rss)))
    )  # fmt: skip
    return rows


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--guilds", type=int, default=30)
    parser.add_argument("--processes", type=int, default=3)
    args = parser.parse_args()
    total = args.members
    server = PostgresServer().start()
    try:
        together = await run(args.members, args.guilds, args.processes, database=await server.new_database())
        print(
            table(
                f"1. {args.processes} processes (shards 0-{args.processes - 1}) on one PostgreSQL, {total} check-ins"
                f" due in the same minute across {args.guilds} servers, Discord at 50/s",
                rows_for(together, total),
            )
        )
        killed = await run(
            args.members, args.guilds, args.processes, database=await server.new_database(), kill_after=10.0
        )
        picked = f"{killed.picked_up_after:.0f} s" if killed.picked_up_after is not None else "nothing to pick up"
        print(
            table(
                "2. The same, process 1 killed (SIGKILL) 10 s into the fan-out",
                [
                    *rows_for(killed, total, rate_goal=False),
                    ("its share picked up by the others after", picked, "its lease (60 s)", ""),
                ],
            )
        )
    finally:
        server.stop()
    single = await run(args.members, args.guilds, 1, database=None)
    print(
        table(
            f"3. For comparison: one process on SQLite, the same {total} check-ins (bench/fanout.py's (2))",
            rows_for(single, total),
        )
    )


if __name__ == "__main__":
    asyncio.run(main())
