"""Logging set-up: quiet by default, plain text or one JSON object a line, and never a secret (the
token, the database password) or a member's words in any line at any level."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

import aiohttp
import discord

REDACTED = "[redacted]"
# What losing the connection to Discord looks like (it is retried, and expected during an outage).
CONNECTION_ERRORS = (
    OSError,
    asyncio.TimeoutError,
    aiohttp.ClientError,
    discord.ConnectionClosed,
    discord.GatewayNotFound,
)


class RedactSecrets(logging.Filter):
    """Replace any secret appearing in a record's message or traceback."""

    def __init__(self, secrets: Iterable[str]) -> None:
        super().__init__()
        self._secrets = [s for s in secrets if s and len(s) >= 8]

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        cleaned = self._scrub(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_text:
            record.exc_text = self._scrub(record.exc_text)
        return True

    def _scrub(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text


class QuietReconnects(logging.Filter):
    """discord.py logs each failed gateway reconnect with a traceback; while Discord is down that is a
    wall of identical tracebacks. A connection failure becomes one warning line naming the error."""

    LOGGERS = ("discord.shard", "discord.client", "discord.gateway")

    def filter(self, record: logging.LogRecord) -> bool:
        if not record.name.startswith(self.LOGGERS) or not record.exc_info:
            return True
        error = record.exc_info[1]
        if not isinstance(error, CONNECTION_ERRORS):
            return True
        record.msg, record.args = f"{record.getMessage()} ({type(error).__name__}: {error})", None
        record.exc_info, record.exc_text = None, None
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


# Structured fields a log call may pass in `extra`; JSON lines carry them as keys. Never member text.
FIELDS = ("guild", "kind", "delivery", "outcome", "shard", "count")


class JsonFormatter(logging.Formatter):
    """One JSON object a line, for log collectors: time, level, logger, message and the fields."""

    def format(self, record: logging.LogRecord) -> str:
        data: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        data |= {name: getattr(record, name) for name in FIELDS if hasattr(record, name)}
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            data["exception"] = record.exc_text
        return json.dumps(data, default=str, ensure_ascii=False)


TEXT_FORMAT = logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S")


def quiet_libraries(level: int) -> None:
    """Libraries say only what an operator needs. Some log raw payloads at DEBUG, members' words
    included (discord.py's gateway events and request bodies, aiosqlite's statements with their
    parameters), so those never go below INFO, whatever LOG_LEVEL says."""
    debugging = level <= logging.DEBUG
    for name in ("discord", "apscheduler"):
        logging.getLogger(name).setLevel(logging.INFO if debugging else max(level, logging.WARNING))
    logging.getLogger("aiosqlite").setLevel(max(level, logging.INFO))
    logging.getLogger("asyncpg").setLevel(max(level, logging.INFO))
    # "PyNaCl is not installed, voice will NOT be supported": the bot has no voice features.
    logging.getLogger("discord.client").setLevel(max(level, logging.ERROR))


def setup_logging(level: int, secrets: Iterable[str] = (), *, fmt: str = "text") -> None:
    """One stream handler on the root logger, with secret redaction."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TEXT_FORMAT)
    handler.addFilter(QuietReconnects())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    quiet_libraries(level)
