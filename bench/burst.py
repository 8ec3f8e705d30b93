"""Launch day: N members run /checkin start and press Start (16 at a time) against a Discord that
allows 50 requests a second with real 429s; then all their first check-ins are due in the same minute.

    .venv/bin/python bench/burst.py [--members 1000] [--limit 50]

The real bot process and the sandbox in another process, as the other benchmarks; nothing is seeded.
Printed: click → welcome DM p50/p95/max against the floor (2·N/limit: each new member costs opening
their DM channel and the DM itself), 429s; then the fan-out's rate, 429s, requests per check-in and
duplicates.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import BotProcess, SandboxProcess, make_world, percentile, table, wait_until_answering


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


async def burst(members: int, limit: float, pace: float) -> None:
    async with SandboxProcess() as sandbox:
        world = await make_world(sandbox, members)
        path = Path(tempfile.mkdtemp(prefix="bench-")) / "burst.sqlite3"
        await sandbox.call("POST", "/rate_limit", {"per_second": limit})
        bot = BotProcess(sandbox.env, path, SEND_RATE_PER_SECOND=str(pace))
        await bot.start()
        await wait_until_answering(sandbox, world)
        floor = 2 * members / limit
        # Their check-ins come at the first whole minute safely after every welcome should be out.
        due = (datetime.now(UTC) + timedelta(seconds=1.25 * floor + 45)).replace(second=0, microsecond=0)
        due += timedelta(minutes=1)
        await sandbox.call("POST", "/reset")
        started = time.perf_counter()
        result = await sandbox.call(
            "POST",
            "/start_checkins",
            {
                "user_ids": world.user_ids[:members],
                "guild_id": world.guild_id,
                "time": due.strftime("%H:%M"),
                "timezone": "UTC",
                "concurrency": 16,
                "timeout": 600,
            },
        )
        clicks_done = time.perf_counter() - started
        runs = result["members"]
        welcome = [r["click_to_welcome"] for r in runs if r.get("click_to_welcome") is not None]
        answered = [r["click_to_answer"] for r in runs if r.get("click_to_answer") is not None]
        failed = [r for r in runs if r.get("error") or "All set" not in (r.get("content") or "")]
        welcome_stats = await sandbox.call("GET", "/stats")

        # The fan-out: wait for the minute, then for every check-in.
        await sandbox.call("POST", "/reset")
        await asyncio.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()))
        deadline = time.monotonic() + members / limit * 2 + 60
        stats = await sandbox.call("GET", "/stats")
        while stats["messages"] < members and time.monotonic() < deadline:
            await asyncio.sleep(0.5)
            stats = await sandbox.call("GET", "/stats")
        await asyncio.sleep(1.5)
        stats = await sandbox.call("GET", "/stats")
        duplicates = (await sandbox.call("GET", "/duplicates?since_reset=1"))["channels_with_duplicates"]
        code = await bot.stop()

    span = (stats["last_send"] - stats["first_send"]) if stats["first_send"] else float("nan")
    rate = (stats["messages"] - 1) / span if span else float("nan")
    per_checkin = (stats["requests"] - stats["interaction_requests"]) / max(1, stats["messages"])
    p50, p95, worst = statistics.median(welcome), percentile(welcome, 0.95), max(welcome)
    goal = 1.25 * floor + 5
    busiest, welcome_429s = welcome_stats["max_requests_per_second"], welcome_stats["rate_limited"]
    rows = [
        ("members answered All set", f"{members - len(failed)}", str(members), _ok(not failed)),
        ("click → welcome DM p50", f"{p50:.1f} s", "", ""),
        ("click → welcome DM p95", f"{p95:.1f} s", f"<= {goal:.1f} s (1.25 × {floor:.0f} s + 5)", _ok(p95 <= goal)),
        ("click → welcome DM max", f"{worst:.1f} s", f"floor {floor:.0f} s", ""),
        ("click → All set p95", f"{percentile(answered, 0.95):.1f} s", "", ""),
        ("all clicks done in", f"{clicks_done:.0f} s", "", ""),
        ("429s during the welcomes", str(welcome_429s), "0", _ok(welcome_429s == 0)),
        ("requests in the busiest second", str(busiest), f"<= {limit:.0f}", _ok(busiest <= limit)),
    ]
    print(table(f"Launch day: {members} members press Start, 16 at a time, Discord at {limit:.0f}/s", rows))
    rows = [
        ("delivered", f"{stats['messages']}", str(members), _ok(stats["messages"] == members)),
        ("fan-out rate", f"{rate:.2f}/s ({rate / limit:.1%})", f">= 95% of {limit:.0f}/s", _ok(rate >= 0.95 * limit)),
        ("429s", str(stats["rate_limited"]), "0", _ok(stats["rate_limited"] == 0)),
        ("requests per check-in", f"{per_checkin:.3f}", "<= 1.01", _ok(per_checkin <= 1.01)),
        ("duplicates", str(duplicates), "0", _ok(duplicates == 0)),
        ("bot exit code", str(code), "0", _ok(code == 0)),
    ]
    print(table(f"Then {members} first check-ins due at {due:%H:%M} UTC (bot paced at {pace}/s)", rows))
    if failed:
        print("\nfirst failures:", [r.get("error") or r.get("content") for r in failed[:3]])


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=1000)
    parser.add_argument("--limit", type=float, default=50.0)
    parser.add_argument("--pace", type=float, default=48.0)
    args = parser.parse_args()
    await burst(args.members, args.limit, args.pace)


if __name__ == "__main__":
    asyncio.run(main())
