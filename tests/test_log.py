"""The log: secrets never appear in it, and a Discord outage does not fill it with tracebacks."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import aiohttp
import pytest

from bot.log import JsonFormatter, quiet_libraries, setup_logging

TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.Gabcde.very-secret-token-value"


@pytest.fixture
def stream(monkeypatch: pytest.MonkeyPatch) -> Iterator[io.StringIO]:
    out = io.StringIO()
    monkeypatch.setattr("sys.stderr", out)
    root = logging.getLogger()
    saved = (list(root.handlers), root.level)
    setup_logging(logging.INFO, [TOKEN])
    yield out
    root.handlers[:] = saved[0]
    root.setLevel(saved[1])


def test_the_token_is_redacted_in_messages_and_tracebacks(stream: io.StringIO) -> None:
    log = logging.getLogger("bot.test")
    log.warning("connecting with %s", TOKEN)
    try:
        raise RuntimeError(f"bad token {TOKEN}")
    except RuntimeError:
        log.exception("failed")
    assert TOKEN not in stream.getvalue()
    assert stream.getvalue().count("[redacted]") == 2  # the message, and the exception in the traceback


def test_a_failed_gateway_reconnect_is_one_warning_line_without_a_traceback(stream: io.StringIO) -> None:
    shard = logging.getLogger("discord.shard")
    for _ in range(3):
        try:
            raise aiohttp.ClientConnectionError("Cannot connect to host gateway.discord.gg:443")
        except aiohttp.ClientConnectionError:
            shard.exception("Attempting a reconnect for shard ID %s in %.2fs", 0, 4.5)
    lines = stream.getvalue().splitlines()
    assert len(lines) == 3 and "Traceback" not in stream.getvalue()
    assert "WARNING" in lines[0] and "in 4.50s (ClientConnectionError: Cannot connect to host" in lines[0]


def test_other_errors_keep_their_traceback(stream: io.StringIO) -> None:
    try:
        raise KeyError("a bug")
    except KeyError:
        logging.getLogger("discord.client").exception("Ignoring exception in on_ready")
    assert "Traceback" in stream.getvalue() and "ERROR" in stream.getvalue()


def test_json_lines_carry_the_structured_fields() -> None:
    record = logging.LogRecord("bot.engine.dispatcher", logging.WARNING, __file__, 1, "%d retried", (3,), None)
    record.outcome, record.count = "retry", 3
    line = json.loads(JsonFormatter().format(record))
    assert line["message"] == "3 retried" and line["level"] == "WARNING" and line["logger"] == "bot.engine.dispatcher"
    assert line["outcome"] == "retry" and line["count"] == 3 and line["time"].endswith("+00:00")


def test_libraries_that_log_payloads_never_go_below_info() -> None:
    quiet_libraries(logging.DEBUG)
    try:
        for name in ("discord.gateway", "discord.http", "aiosqlite", "asyncpg"):
            assert not logging.getLogger(name).isEnabledFor(logging.DEBUG), name
    finally:
        quiet_libraries(logging.INFO)
    assert not logging.getLogger("apscheduler").isEnabledFor(logging.INFO)  # job chatter off by default
    assert not logging.getLogger("discord").isEnabledFor(logging.INFO)
