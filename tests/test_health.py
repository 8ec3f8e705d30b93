"""/healthz and /metrics during an end-to-end run: healthy, then late, then a database that does not
answer; the numbers move as check-ins go out, and no label names anyone."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import aiohttp
import pytest

from bot.clock import FakeClock
from bot.sandbox import Sandbox
from tests.conftest import make_community, start_bot, stop_bot
from tests.test_checkins_e2e import next_checkin, opt_in


async def get(port: int, path: str) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}{path}") as answer:
        return answer.status, await answer.text()


def value(metrics: str, name: str) -> float:
    """The sample `name` (with its labels, as exposed), 0 when absent."""
    for line in metrics.splitlines():
        if line.startswith(name + " "):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


async def test_health_and_metrics_follow_what_the_bot_does(
    own_sandbox: Sandbox, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FakeClock()
    bot, task = await start_bot(own_sandbox, tmp_path / "bot.sqlite3", clock=clock, metrics_address="127.0.0.1:0")
    try:
        assert bot.health is not None
        port = bot.health.port
        status, body = await get(port, "/healthz")
        assert status == 200 and '"ok"' in body

        community = await make_community(own_sandbox, bot)
        await opt_in(community, community.alex, clock)
        _, before = await get(port, "/metrics")
        await next_checkin(own_sandbox, bot, clock, community.alex)
        _, after = await get(port, "/metrics")
        sent = 'checkin_deliveries_total{kind="checkin",outcome="sent"}'
        assert value(after, sent) == value(before, sent) + 1
        assert value(after, 'checkin_delivery_lag_seconds_count{kind="checkin"}') >= 1
        assert value(after, 'checkin_active_schedules{kind="checkin"}') == 1
        assert value(after, "checkin_interaction_response_seconds_count") >= 2  # the command and the click
        assert value(after, "checkin_members_dm_closed") == 0
        assert "checkin_gateway_latency_seconds" in after and "checkin_pacer_wait_seconds" in after
        for person in (community.alex, community.sam, community.maya):
            assert str(person.id) not in after and person.name not in after  # counts, never people

        clock.advance(days=1, minutes=10)  # the next check-in is due and nobody sends it
        status, body = await get(port, "/healthz")
        assert status == 503 and "late" in body

        async def locked(db, now):  # type: ignore[no-untyped-def]
            raise sqlite3.OperationalError("database is locked")

        monkeypatch.setattr("bot.health.storage.oldest_overdue", locked)
        status, body = await get(port, "/healthz")
        assert status == 503 and "database does not answer" in body
    finally:
        await stop_bot(bot, task)
