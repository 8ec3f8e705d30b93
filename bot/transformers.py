"""Slash-command options parsed before the command body runs (`app_commands.Transform`).

A command that takes `time: TimeOption` receives a `datetime.time`; anything unreadable is answered
with the kind catalogue text and the body never runs, so it starts from valid values.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import time
from typing import Any
from zoneinfo import ZoneInfo

import discord
from discord import app_commands

from bot import days
from bot.errors import UserFacingError
from bot.kind_error import KindError
from bot.timezones import parse_timezone, suggest


def _kind(error: KindError) -> UserFacingError:
    return UserFacingError(error.key, **error.params)


class _Parsed(app_commands.Transformer):
    """A text option read by one of `bot.days`' parsers; its kind error is the member's answer."""

    def __init__(self, parse: Callable[[str], Any]) -> None:
        self.parse = parse

    async def transform(self, interaction: discord.Interaction, value: str) -> Any:
        try:
            return self.parse(value)
        except days.BadInput as exc:
            raise _kind(exc) from None


class _Zone(app_commands.Transformer):
    """An IANA zone, with suggestions as the member types."""

    async def transform(self, interaction: discord.Interaction, value: str) -> ZoneInfo:
        zone = parse_timezone(value)
        if zone is None:
            raise UserFacingError("input.bad_timezone", value=value[:60])
        return zone

    async def autocomplete(self, interaction: discord.Interaction, value: str) -> list[app_commands.Choice[str]]:  # type: ignore[override]
        return [app_commands.Choice(name=z, value=z) for z in suggest(value)]


class Between(app_commands.Transformer):
    """A whole number within bounds, refused with the kind text `key` otherwise (also a value a modified
    client sent anyway). With `declare`, the bounds are in the command too, so Discord's client enforces
    them as the member types; without, the member reads the kind text, which says what fits."""

    def __init__(self, low: int, high: int, key: str, *, declare: bool = True) -> None:
        self.low, self.high, self.key, self.declare = low, high, key, declare

    @property
    def type(self) -> discord.AppCommandOptionType:
        return discord.AppCommandOptionType.integer

    @property
    def min_value(self) -> int | None:
        return self.low if self.declare else None

    @property
    def max_value(self) -> int | None:
        return self.high if self.declare else None

    async def transform(self, interaction: discord.Interaction, value: int) -> int:
        if not self.low <= int(value) <= self.high:
            raise UserFacingError(self.key, low=self.low, high=self.high, max=self.high)
        return int(value)


TimeOption = app_commands.Transform[time, _Parsed(days.parse_time)]
DaysOption = app_commands.Transform[frozenset[int], _Parsed(days.parse_days)]
DayOption = app_commands.Transform[int, _Parsed(days.parse_day)]
ZoneOption = app_commands.Transform[ZoneInfo, _Zone]
PauseDays = app_commands.Transform[int, Between(1, days.PAUSE_MAX_DAYS, "input.bad_pause", declare=False)]
