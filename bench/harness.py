"""Shared pieces for benchmarks: the sandbox and the real bot, each in its own process."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import statistics
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import aiohttp

from bot.database import Database
from bot.engine.recurrence import ALL_DAYS, days_to_mask

ROOT = Path(__file__).resolve().parent.parent


class SandboxProcess:
    """`python -m bot.sandbox` in a subprocess, driven through its control API."""

    def __init__(self) -> None:
        self.process: asyncio.subprocess.Process | None = None
        self.env: dict[str, str] = {}
        self.session: aiohttp.ClientSession | None = None

    async def __aenter__(self) -> SandboxProcess:
        self.process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.sandbox", cwd=ROOT, stdout=asyncio.subprocess.PIPE
        )
        assert self.process.stdout is not None
        line = await asyncio.wait_for(self.process.stdout.readline(), 30)
        self.env = json.loads(line)
        # Some control calls drive a whole flow (a thousand members starting): no 5-minute cap.
        self.session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0), timeout=aiohttp.ClientTimeout(total=1800)
        )
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self.session is not None:
            await self.session.close()
        if self.process is not None and self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
            await self.process.wait()

    async def call(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        assert self.session is not None
        url = self.env["CONTROL_URL"] + path
        async with self.session.request(method, url, json=body) as response:
            return await response.json()


class BotProcess:
    """`python -m bot` (unmodified) pointed at the sandbox."""

    def __init__(
        self, sandbox_env: dict[str, str], database: Path, *, log: Path | None = None, **settings: str
    ) -> None:
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith("DISCORD_")},
            **{k: v for k, v in sandbox_env.items() if k.startswith("DISCORD_")},
            "DATABASE_PATH": str(database),
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
            **settings,
        }
        self.process: asyncio.subprocess.Process | None = None
        self.started = 0.0
        self.log = log

    async def start(self) -> None:
        self.started = time.perf_counter()
        # Appended to, so the lives of a bot restarted in a drill share one log.
        with contextlib.ExitStack() as files:
            stderr = files.enter_context(self.log.open("ab")) if self.log else asyncio.subprocess.DEVNULL
            self.process = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "bot", cwd=ROOT, env=self.env, stderr=stderr
            )

    def kill(self) -> None:
        """SIGKILL: no shutdown, no last write, as a crash or the OOM killer does."""
        assert self.process is not None
        self.process.kill()

    async def wait(self, timeout: float) -> int:
        assert self.process is not None
        return await asyncio.wait_for(self.process.wait(), timeout)

    def cpu_seconds(self) -> float:
        """User + system CPU time the process has used so far."""
        assert self.process is not None
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def rss_mb(self) -> float:
        assert self.process is not None
        for line in Path(f"/proc/{self.process.pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    async def stop(self) -> int:
        assert self.process is not None
        self.process.send_signal(signal.SIGTERM)
        return await asyncio.wait_for(self.process.wait(), 60)


@dataclass
class World:
    guild_id: int
    user_ids: list[int]
    dm_channels: dict[str, str]


async def make_world(sandbox: SandboxProcess, members: int) -> World:
    data = await sandbox.call("POST", "/setup", {"members": members})
    return World(int(data["guild_id"]), [int(u) for u in data["user_ids"]], data["dm_channels"])


async def seed(
    path: Path | str, world: World, due: datetime, *, extra_not_due: int = 0, stored_dm_channels: bool = True
) -> None:
    """Check-in schedules for every member, all due at `due` (UTC), plus schedules that are not due."""
    db = await Database.open(path)
    await db.migrate()
    now = int(datetime.now(UTC).timestamp())
    at = due.strftime("%H:%M")
    mask = days_to_mask(ALL_DAYS)
    slot = due.date().isoformat()
    rows = [(u, world.guild_id, due) for u in world.user_ids]
    fake_users = [(10**17 + i, world.guild_id, None) for i in range(extra_not_due)]
    async with db.transaction() as tx:
        await tx.executemany(
            "INSERT INTO members (user_id, dm_channel_id, updated_at) VALUES (?, ?, ?)",
            [
                (u, int(world.dm_channels[str(u)]) if stored_dm_channels else None, due.isoformat())
                for u in world.user_ids
            ],
        )
        await tx.executemany(
            "INSERT INTO checkin_prefs (user_id, guild_id, consented_at) VALUES (?, ?, ?)",
            [(u, g, now) for u, g, _ in rows + fake_users],
        )
        await tx.executemany(
            "INSERT INTO schedules (kind, user_id, guild_id, local_time, days, timezone, state, next_run_utc,"
            " next_slot, created_at, updated_at) VALUES ('checkin', ?, ?, ?, ?, 'UTC', 'active', ?, ?, ?, ?)",
            [
                (u, g, at, mask, int((d or datetime(2099, 1, 1, tzinfo=UTC)).timestamp()), slot, now, now)
                for u, g, d in rows + fake_users
            ],
        )
    await db.close()


async def wait_until_answering(sandbox: SandboxProcess, world: World, timeout: float = 60) -> float:
    """Seconds until the bot answers a slash command (its real readiness)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        stats = await sandbox.call("GET", "/stats")
        if stats["ready"] and stats["command_syncs"]:
            result = await sandbox.call(
                "POST", "/interact", {"user_id": world.user_ids[0], "guild_id": world.guild_id, "command": "help"}
            )
            if result.get("ok"):
                return time.perf_counter() - started
        await asyncio.sleep(0.05)
    raise TimeoutError("the bot never answered")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def table(title: str, rows: list[tuple[str, str, str, str]]) -> str:
    """A plain table: figure, measured, goal, verdict."""
    header = ("figure", "measured", "goal", "ok")
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    lines = [f"\n{title}", "  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(lines)


def median(values: list[float]) -> float:
    return statistics.median(values)
