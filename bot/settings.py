"""Typed configuration, read from the environment and `.env` once at start-up."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot.database_url import SQLITE, InvalidDatabaseUrl, Target, parse_target

_GUILD_SYNC = re.compile(r"^guild:(\d{15,21})$")


@dataclass(frozen=True)
class CommandSync:
    """Where slash commands are synced: everywhere, one guild (fast, for development) or nowhere."""

    mode: Literal["global", "guild", "off"]
    guild_id: int | None = None

    @classmethod
    def parse(cls, value: str) -> CommandSync:
        value = value.strip().lower()
        if value in ("global", "off"):
            return cls(value)  # type: ignore[arg-type]
        match = _GUILD_SYNC.match(value)
        if match:
            return cls("guild", int(match.group(1)))
        raise ValueError("must be 'global', 'off' or 'guild:<server id>'")

    def __str__(self) -> str:
        return f"guild:{self.guild_id}" if self.mode == "guild" else self.mode


class Settings(BaseSettings):
    """Every setting the bot reads; names are the environment variable names."""

    model_config = SettingsConfigDict(
        env_file=".env",
        env_file_encoding="utf-8",
        extra="ignore",
        case_sensitive=False,
        hide_input_in_errors=True,
    )

    discord_token: SecretStr = Field(default=SecretStr(""))
    database_path: Path = Path("data/checkin-bot.sqlite3")
    # sqlite:///… or postgresql://…; secret, because it may carry a password. Empty: DATABASE_PATH.
    database_url: SecretStr = Field(default=SecretStr(""))
    discord_api_base_url: str = "https://discord.com/api/v10"
    discord_gateway_url: str = "wss://gateway.discord.gg/"
    command_sync: str = "global"
    log_level: str = "INFO"
    log_format: Literal["text", "json"] = "text"
    default_timezone: str = "UTC"
    catch_up_window_minutes: int = Field(default=120, ge=0, le=24 * 60)
    # 0 means unpaced: only for benchmarks against the sandbox, never against Discord.
    send_rate_per_second: float = Field(default=48.0, ge=0, le=50)
    # Which gateway shards this process runs (several processes on one token). Unset: discord.py asks
    # Discord how many, and this one process runs them all.
    shard_count: int | None = Field(default=None, ge=1, le=16384)
    shard_ids: str = ""
    # A daily backup of the SQLite database into this folder, keeping the newest BACKUP_KEEP. Empty: none.
    backup_dir: Path | None = None
    backup_keep: int = Field(default=7, ge=1, le=365)
    # host:port for /healthz and /metrics (e.g. 127.0.0.1:9308). Empty: off.
    metrics_address: str = ""

    @field_validator("discord_api_base_url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http(s) URL such as https://discord.com/api/v10")
        return value.rstrip("/")

    @field_validator("discord_gateway_url")
    @classmethod
    def _ws_url(cls, value: str) -> str:
        if not re.match(r"^wss?://[^\s/]+", value):
            raise ValueError("must be a ws(s) URL such as wss://gateway.discord.gg/")
        return value

    @field_validator("database_url")
    @classmethod
    def _database_url(cls, value: SecretStr) -> SecretStr:
        if value.get_secret_value().strip():
            try:
                parse_target(value.get_secret_value())
            except InvalidDatabaseUrl as exc:
                raise ValueError(str(exc).rstrip(".")) from None
        return value

    @field_validator("backup_dir", mode="before")
    @classmethod
    def _backup_dir(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("metrics_address")
    @classmethod
    def _metrics_address(cls, value: str) -> str:
        value = value.strip()
        if value and not re.match(r"^[\w.\-\[\]:]*:\d{1,5}$", value):
            raise ValueError("must be host:port, such as 127.0.0.1:9308")
        return value

    @field_validator("shard_ids")
    @classmethod
    def _shard_ids(cls, value: str) -> str:
        parts = [p.strip() for p in value.split(",") if p.strip()]
        if not all(p.isdigit() for p in parts):
            raise ValueError("must be shard numbers separated by commas, such as 0,1")
        if len(set(parts)) != len(parts):
            raise ValueError("names a shard twice")
        return ",".join(str(int(p)) for p in parts)

    @model_validator(mode="after")
    def _shards_fit(self) -> Settings:
        if self.shard_ids and self.shard_count is None:
            raise ValueError("SHARD_IDS: needs SHARD_COUNT (how many shards the bot has in all)")
        if self.shard_count is not None and any(i >= self.shard_count for i in self.shard_list or ()):
            raise ValueError(f"SHARD_IDS: must be shard numbers from 0 to {self.shard_count - 1}")
        return self

    @property
    def shard_list(self) -> list[int] | None:
        """This process's shards; None: all of them."""
        return [int(p) for p in self.shard_ids.split(",")] if self.shard_ids else None

    @field_validator("command_sync")
    @classmethod
    def _command_sync(cls, value: str) -> str:
        return str(CommandSync.parse(value))

    @field_validator("log_format", mode="before")
    @classmethod
    def _log_format(cls, value: object) -> object:
        if isinstance(value, str) and value.strip().lower() not in ("text", "json"):
            raise ValueError("must be text or json")
        return value.strip().lower() if isinstance(value, str) else value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        level = value.strip().upper()
        if level not in ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"):
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL")
        return level

    @field_validator("default_timezone")
    @classmethod
    def _timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError("must be an IANA time zone name such as Europe/London") from None
        return value

    @property
    def database(self) -> Target:
        """Where the data lives: DATABASE_URL when set, else the SQLite file at DATABASE_PATH."""
        url = self.database_url.get_secret_value().strip()
        return parse_target(url) if url else Target(SQLITE, path=self.database_path)

    @property
    def sync(self) -> CommandSync:
        return CommandSync.parse(self.command_sync)

    @property
    def has_token(self) -> bool:
        return bool(self.discord_token.get_secret_value().strip())

    @property
    def log_level_number(self) -> int:
        return logging.getLevelNamesMapping()[self.log_level]


class SettingsError(Exception):
    """A setting is invalid; the message is one line that names it and never holds its value."""


def load_settings(**overrides: Any) -> Settings:
    """Build the settings from the environment, `.env` and keyword overrides."""
    try:
        return Settings(**overrides)
    except ValidationError as exc:
        first = exc.errors()[0]
        reason = str(first["msg"]).removeprefix("Value error, ")
        name = str(first["loc"][0]).upper() if first["loc"] else "settings"
        if not first["loc"] and re.match(r"^[A-Z_]+: ", reason):  # a check across settings names its own
            name, reason = reason.split(": ", 1)
        raise SettingsError(f"Invalid setting {name}: {reason}.") from None
