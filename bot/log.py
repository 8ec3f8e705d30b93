"""Logging set-up with a filter that keeps secrets (the bot token) out of every log line."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Iterable

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


def setup_logging(level: int, secrets: Iterable[str] = ()) -> None:
    """One stream handler on the root logger, with secret redaction."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s: %(message)s", "%H:%M:%S"))
    handler.addFilter(QuietReconnects())
    handler.addFilter(RedactSecrets(secrets))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    # discord.py's gateway chatter is noise at INFO.
    logging.getLogger("discord").setLevel(max(level, logging.WARNING))
    # "PyNaCl is not installed, voice will NOT be supported": the bot has no voice features.
    logging.getLogger("discord.client").setLevel(max(level, logging.ERROR))
