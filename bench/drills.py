"""Resilience drills: the real bot process against the sandbox in another process, under faults.

    .venv/bin/python bench/drills.py [--only crash,outage,downtime,storm,database] [--members 500]

Each drill is bounded (a few minutes at most) and prints its figures against the goal:

- crash: check-ins due in one minute, the bot SIGKILLed at random moments 10 times during the fan-out
  and restarted each time; once with the sandbox remembering nonces (as Discord does, for minutes) and
  once with nonce deduplication off (what the bot's own bookkeeping guarantees).
- outage: REST answering 502 and the gateway dropped for 90 s while check-ins are due.
- downtime: the bot stopped for longer than the catch-up window across its members' slots.
- storm: global 429s (with Discord's headers) for 20 s in the middle of a fan-out.
- database: another writer locking the database for 30 s during a fan-out; the disk full for 30 s
  (a small tmpfs, when this machine lets us mount one); a corrupt and a truncated file at start;
  a second bot process on the same file.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import random
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import (
    BotProcess,
    SandboxProcess,
    World,
    make_world,
    median,
    seed,
    table,
    wait_until_answering,
)

LIMIT = 50.0
PACE = "48"
Row = tuple[str, str, str, str]


def _ok(flag: bool) -> str:
    return "yes" if flag else "NO"


@dataclass
class Run:
    """One sandbox, one world of members with check-ins seeded, and the bot's database and log."""

    sandbox: SandboxProcess
    world: World
    path: Path
    log: Path
    due: datetime
    settings: dict[str, str] = field(default_factory=dict)

    def bot(self) -> BotProcess:
        return BotProcess(self.sandbox.env, self.path, log=self.log, SEND_RATE_PER_SECOND=PACE, **self.settings)

    async def answering_bot(self) -> BotProcess:
        """The bot started and answering commands, with the sandbox's counters reset after its start-up."""
        bot = self.bot()
        await bot.start()
        await wait_until_answering(self.sandbox, self.world)
        await self.sandbox.call("POST", "/reset")
        return bot

    async def stats(self) -> dict[str, Any]:
        return await self.sandbox.call("GET", "/stats")

    async def reach(self) -> dict[str, Any]:
        return await self.sandbox.call("GET", "/duplicates?since_reset=1")

    async def delivered(self, members: int, deadline: float) -> None:
        """Until every member has a check-in, then a moment more (a duplicate would show now)."""
        await until(lambda: self.reach_at_least(members), deadline)
        await asyncio.sleep(2.0)

    async def reach_at_least(self, members: int) -> bool:
        return (await self.reach())["channels_reached"] >= members

    async def sending(self, above: int, deadline: float) -> bool:
        while time.monotonic() < deadline:
            if (await self.stats())["messages"] > above:
                return True
            await asyncio.sleep(0.02)
        return False

    async def stat_is(self, name: str, value: object) -> bool:
        return (await self.stats())[name] == value

    def log_lines(self, start: int = 0) -> list[str]:
        lines = self.log.read_text(errors="replace").splitlines()[start:] if self.log.exists() else []
        return [line for line in lines if line.strip()]


async def until(condition: Callable[[], Awaitable[bool]], deadline: float, every: float = 0.25) -> bool:
    """Poll the sandbox's control API until `condition` holds or the deadline passes."""
    while time.monotonic() < deadline:
        if await condition():
            return True
        await asyncio.sleep(every)
    return False


@contextlib.asynccontextmanager
async def world_with_checkins(
    members: int, lead: float, *, directory: Path | None = None, **settings: str
) -> AsyncIterator[Run]:
    async with SandboxProcess() as sandbox:
        world = await make_world(sandbox, members)
        base = directory or Path(tempfile.mkdtemp(prefix="drill-"))
        path = base / "drill.sqlite3"
        due = (datetime.now(UTC) + timedelta(seconds=lead)).replace(microsecond=0)
        await seed(path, world, due)
        await sandbox.call("POST", "/rate_limit", {"per_second": LIMIT})
        yield Run(sandbox, world, path, Path(tempfile.mkdtemp(prefix="drill-log-")) / "bot.log", due, settings)


def requests_per_checkin(stats: dict[str, Any], reached: int) -> float:
    return (stats["requests"] - stats["interaction_requests"]) / max(1, reached)


def delivery_rows(run: Run, members: int, reach: dict[str, Any]) -> list[Row]:
    return [
        (
            "members with their check-in",
            str(reach["channels_reached"]),
            str(members),
            _ok(reach["channels_reached"] == members),
        ),
        (
            "members who got it twice or more",
            f"{reach['channels_with_duplicates']} (most: {reach['most_in_one_channel']})",
            "0",
            _ok(reach["channels_with_duplicates"] == 0),
        ),
    ]


# ---- crash storm ---------------------------------------------------------------------------------


async def crash_storm(members: int, nonce_lifetime: float, kills: int = 10) -> None:
    rng = random.Random(13)
    async with world_with_checkins(members, lead=15) as run:
        await run.sandbox.call("POST", "/nonces", {"lifetime": nonce_lifetime})
        bot = await run.answering_bot()
        killed, lives = 0, 1
        deadline = time.monotonic() + 15 + members / 40 + 240
        while killed < kills and time.monotonic() < deadline:
            before = (await run.stats())["messages"]
            if not await run.sending(before, deadline) or (await run.reach())["channels_reached"] >= members:
                break
            await asyncio.sleep(rng.uniform(0.05, 0.9))
            bot.kill()
            await bot.wait(10)
            killed += 1
            bot = run.bot()
            await bot.start()
            lives += 1
        await run.delivered(members, deadline)
        stats, reach = await run.stats(), await run.reach()
        code = await bot.stop()
    memory = "off" if nonce_lifetime == 0 else f"{nonce_lifetime:.0f} s"
    print(
        table(
            f"Crash storm: {members} check-ins due, {killed} SIGKILLs during the fan-out, nonce memory {memory}",
            [
                *delivery_rows(run, members, reach),
                ("bot lives", str(lives), str(kills + 1), _ok(lives == kills + 1)),
                (
                    "requests per check-in",
                    f"{requests_per_checkin(stats, reach['channels_reached']):.3f}",
                    "",
                    "",
                ),
                (
                    "message posts / DM opens / other (history reads)",
                    " / ".join(str(stats["requests_by_kind"][k]) for k in ("message", "dm_open", "other")),
                    "",
                    "",
                ),
                ("429s", str(stats["rate_limited"]), "0", _ok(stats["rate_limited"] == 0)),
                ("last life's exit code", str(code), "0", _ok(code == 0)),
            ],
        )
    )


# ---- Discord outage ------------------------------------------------------------------------------


async def outage(members: int, seconds: float = 90) -> None:
    async with world_with_checkins(members, lead=25) as run:
        bot = await run.answering_bot()
        lines_before = len(run.log_lines())
        # Discord goes down a few seconds before the check-ins are due and stays down through them.
        await asyncio.sleep(max(0.0, (run.due - datetime.now(UTC)).total_seconds() - 5))
        await run.sandbox.call("POST", "/outage", {"seconds": seconds, "status": 502})
        cpu_start, started = bot.cpu_seconds(), time.monotonic()
        await until(lambda: run.stat_is("outage", False), time.monotonic() + seconds + 30)
        ended = time.monotonic()
        cpu_share = (bot.cpu_seconds() - cpu_start) / (ended - started)
        identifies = await run.stats()
        await until(lambda: run.stat_is("connected", True), ended + 180)
        gateway_back = time.monotonic() - ended
        answered = await wait_until_answering(run.sandbox, run.world, timeout=120)
        await run.delivered(members, time.monotonic() + 180)
        stats, reach = await run.stats(), await run.reach()
        code = await bot.stop()
        lines = run.log_lines(lines_before)
    tracebacks = sum("Traceback" in line for line in lines)
    print(
        table(
            f"Discord outage: REST 502 and the gateway down for {seconds:.0f} s while {members} check-ins are due",
            [
                *delivery_rows(run, members, reach),
                ("gateway back after Discord is", f"{gateway_back:.1f} s", "<= 65 s", _ok(gateway_back <= 65)),
                ("then a slash command answered in", f"{answered:.1f} s", "", ""),
                (
                    "bot CPU during the outage",
                    f"{cpu_share:.1%} of a core",
                    "near idle (<= 5%)",
                    _ok(cpu_share <= 0.05),
                ),
                ("log lines (outage to the end)", str(len(lines)), "a few, one per batch", _ok(len(lines) <= 30)),
                ("tracebacks in the log", str(tracebacks), "0", _ok(tracebacks == 0)),
                (
                    "gateway sessions (identify / resume)",
                    f"{identifies['identifies']} / {identifies['resumes']}",
                    "",
                    "",
                ),
                ("429s", str(stats["rate_limited"]), "0", _ok(stats["rate_limited"] == 0)),
                ("bot exit code", str(code), "0", _ok(code == 0)),
            ],
        )
    )


# ---- long downtime -------------------------------------------------------------------------------


async def downtime(members: int, window_minutes: int = 1) -> None:
    async with world_with_checkins(members, lead=20, CATCH_UP_WINDOW_MINUTES=str(window_minutes)) as run:
        bot = run.bot()
        await bot.start()
        await wait_until_answering(run.sandbox, run.world)
        assert await bot.stop() == 0  # stopped before the slot...
        back = run.due + timedelta(minutes=window_minutes, seconds=15)
        await asyncio.sleep((back - datetime.now(UTC)).total_seconds())  # ...and back after its window
        await run.sandbox.call("POST", "/reset")
        bot = run.bot()
        await bot.start()
        await wait_until_answering(run.sandbox, run.world)
        await asyncio.sleep(8)
        reach = await run.reach()
        code = await bot.stop()
    with contextlib.closing(sqlite3.connect(f"file:{run.path}?mode=ro", uri=True)) as db:
        skipped = db.execute(
            "SELECT COUNT(*) FROM deliveries WHERE status = 'skipped' AND reason = 'stale'"
        ).fetchone()[0]
        tomorrow = int((run.due.replace(second=0) + timedelta(days=1)).timestamp())  # the slot is HH:MM
        right = db.execute(
            "SELECT COUNT(*) FROM schedules WHERE kind = 'checkin' AND state = 'active' AND next_run_utc = ?",
            (tomorrow,),
        ).fetchone()[0]
    print(
        table(
            f"Long downtime: the bot away from before {members} slots until past their"
            f" {window_minutes}-minute catch-up window",
            [
                ("stale check-ins sent", str(reach["channels_reached"]), "0", _ok(reach["channels_reached"] == 0)),
                ("skipped slots recorded (reason 'stale')", str(skipped), str(members), _ok(skipped == members)),
                ("schedules whose next slot is tomorrow's", str(right), str(members), _ok(right == members)),
                ("bot exit code", str(code), "0", _ok(code == 0)),
            ],
        )
    )


# ---- 429 storm -----------------------------------------------------------------------------------


async def storm(members: int, seconds: float = 20) -> None:
    async with world_with_checkins(members, lead=15) as run:
        bot = await run.answering_bot()
        deadline = time.monotonic() + 15 + members / 40 + seconds + 180
        await run.sending(0, deadline)
        await asyncio.sleep(2)
        await run.sandbox.call("POST", "/storm", {"seconds": seconds, "retry_after": 1.0})
        await run.delivered(members, deadline)
        stats, reach = await run.stats(), await run.reach()
        code = await bot.stop()
    per = requests_per_checkin(stats, reach["channels_reached"])
    print(
        table(
            f"429 storm: global 429s for {seconds:.0f} s in the middle of a fan-out of {members}",
            [
                *delivery_rows(run, members, reach),
                ("requests per check-in (whole run)", f"{per:.3f}", "< 1.05", _ok(per < 1.05)),
                ("429s answered", str(stats["rate_limited"]), "", ""),
                ("bot exit code", str(code), "0", _ok(code == 0)),
            ],
        )
    )


# ---- database faults -----------------------------------------------------------------------------


def hold_write_lock(path: Path, seconds: float, started: threading.Event) -> None:
    """Another writer (a backup tool, a careless sqlite3 shell) holding the write lock."""
    db = sqlite3.connect(path, isolation_level=None, timeout=30)
    try:
        db.execute("BEGIN IMMEDIATE")
        started.set()
        time.sleep(seconds)
        db.execute("ROLLBACK")
    finally:
        db.close()


async def commands_meanwhile(run: Run, until: Callable[[], bool]) -> list[float]:
    """Slash commands from members, two a second, while the fault lasts: seconds to each answer."""
    latencies: list[float] = []
    i = 0
    while not until():
        user = run.world.user_ids[i % len(run.world.user_ids)]
        command = "help" if i % 2 else "checkin settings"
        result = await run.sandbox.call(
            "POST", "/interact", {"user_id": user, "guild_id": run.world.guild_id, "command": command}
        )
        latencies.append(result["seconds"] if result.get("ok") else float("inf"))
        i += 1
        await asyncio.sleep(0.5)
    return latencies


async def write_fault(
    members: int, title: str, fault: Callable[[Run], Awaitable[None]], directory: Path | None = None
) -> None:
    async with world_with_checkins(members, lead=15, directory=directory) as run:
        bot = await run.answering_bot()
        lines_before = len(run.log_lines())
        deadline = time.monotonic() + 15 + members / 40 + 240
        await run.sending(0, deadline)
        task = asyncio.create_task(fault(run))
        latencies = await commands_meanwhile(run, task.done)
        await task
        await run.delivered(members, deadline)
        stats, reach = await run.stats(), await run.reach()
        alive = bot.process is not None and bot.process.returncode is None
        code = await bot.stop()
        lines = run.log_lines(lines_before)
    answered = [s for s in latencies if s != float("inf")]
    worst = max(latencies, default=0.0)
    print(
        table(
            title,
            [
                *delivery_rows(run, members, reach),
                ("bot process alive throughout", _ok(alive), "yes", _ok(alive)),
                ("log lines (fault to the end)", str(len(lines)), "a clear few", _ok(0 < len(lines) <= 10)),
                (
                    "slash commands answered meanwhile",
                    f"{len(answered)} of {len(latencies)}",
                    "all",
                    _ok(len(answered) == len(latencies)),
                ),
                (
                    "their answer time p50 / worst",
                    f"{median(answered) * 1000 if answered else float('nan'):.0f} ms / {worst * 1000:.0f} ms",
                    "worst < 1 s",
                    _ok(worst < 1.0),
                ),
                ("429s", str(stats["rate_limited"]), "0", _ok(stats["rate_limited"] == 0)),
                ("bot exit code", str(code), "0", _ok(code == 0)),
            ],
        )
    )
    for line in lines[:3]:
        print(f"  log: {line[:160]}")


async def locked_for(run: Run, seconds: float = 30) -> None:
    started = threading.Event()
    thread = threading.Thread(target=hold_write_lock, args=(run.path, seconds, started), daemon=True)
    thread.start()
    await asyncio.to_thread(thread.join)


async def disk_full_for(run: Run, seconds: float = 30) -> None:
    filler = run.path.parent / "filler"
    with filler.open("wb") as fh, contextlib.suppress(OSError):
        while True:
            fh.write(b"\0" * 65536)
            fh.flush()
    await asyncio.sleep(seconds)
    filler.unlink()


@contextlib.contextmanager
def small_disk() -> Any:
    """A 64 MB tmpfs, or None when this machine does not let us mount one."""
    mount = Path(tempfile.mkdtemp(prefix="drill-disk-"))
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        yield None
        return
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


async def start_refused(sandbox: SandboxProcess, path: Path) -> tuple[int, str, float]:
    """Run `python -m bot` on `path`; its exit code, its stderr and how long it took to exit."""
    probe = BotProcess(sandbox.env, path)
    started = time.perf_counter()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", env=probe.env, stderr=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.DEVNULL
    )
    try:
        _, err = await asyncio.wait_for(process.communicate(), 30)
    except TimeoutError:
        process.kill()
        return -1, "still running after 30 s", 30.0
    return process.returncode or 0, err.decode(errors="replace").strip(), time.perf_counter() - started


async def at_start(members: int) -> None:
    rows: list[Row] = []
    async with world_with_checkins(members, lead=600) as run:
        directory = run.path.parent
        (directory / "corrupt.sqlite3").write_bytes(b"this is not a database\n" * 400)
        truncated = directory / "truncated.sqlite3"
        truncated.write_bytes(run.path.read_bytes()[:8192])
        for name, path in (("corrupt file", directory / "corrupt.sqlite3"), ("truncated file", truncated)):
            code, err, took = await start_refused(run.sandbox, path)
            lines = err.count("\n") + 1 if err else 0
            rows.append(
                (
                    f"{name}: exit code / stderr lines / seconds",
                    f"{code} / {lines} / {took:.1f}",
                    "2 / 1 / quick",
                    _ok(code == 2 and lines == 1 and took < 20),
                )
            )
            rows.append((f"{name}: the line", err[:70], "", ""))
        first = run.bot()
        await first.start()
        await wait_until_answering(run.sandbox, run.world)
        code, err, took = await start_refused(run.sandbox, run.path)
        rows.append(
            (
                "second process on the same file: exit code / seconds",
                f"{code} / {took:.1f}",
                "2 / quick",
                _ok(code == 2 and took < 20),
            )
        )
        rows.append(("second process: the line", err[:70], "", ""))
        still = await wait_until_answering(run.sandbox, run.world, timeout=10)
        rows.append(("the first still answers", f"in {still * 1000:.0f} ms", "yes", "yes"))
        await first.stop()
    print(table("Database faults at start", rows))


async def database(members: int) -> None:
    await write_fault(members, f"Another writer locks the database for 30 s during a fan-out of {members}", locked_for)
    with small_disk() as disk:
        if disk is None:
            print("\n(disk full drill skipped: this machine does not let the drill mount a small tmpfs)")
        else:
            await write_fault(members, f"The disk is full for 30 s during a fan-out of {members}", disk_full_for, disk)
    await at_start(members)


DRILLS = {
    "crash": lambda n: _both_nonce_settings(n),
    "outage": lambda n: outage(min(n, 300)),
    "downtime": lambda n: downtime(min(n, 200)),
    "storm": lambda n: storm(max(n, 1000)),
    "database": database,
}


async def _both_nonce_settings(members: int) -> None:
    await crash_storm(members, nonce_lifetime=300)
    await crash_storm(members, nonce_lifetime=0)


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--members", type=int, default=500)
    parser.add_argument("--only", default=",".join(DRILLS), help="comma-separated: " + ", ".join(DRILLS))
    args = parser.parse_args()
    for name in args.only.split(","):
        await DRILLS[name.strip()](args.members)


if __name__ == "__main__":
    asyncio.run(main())
