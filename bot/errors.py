"""Errors whose text a member should read, by catalogue key."""

from __future__ import annotations

from typing import Any

from discord import app_commands

from bot.kind_error import KindError


class UserFacingError(app_commands.AppCommandError, KindError):
    """Raised under a command: the error handler answers with this catalogue text, kindly."""

    def __init__(self, key: str, **params: Any) -> None:
        KindError.__init__(self, key, **params)


class NotModerator(app_commands.CheckFailure):
    """A moderator command was run by someone without Manage Server."""
