"""Errors whose text a member should read, by catalogue key."""

from __future__ import annotations

from typing import Any

from discord import app_commands


class UserFacingError(app_commands.AppCommandError):
    """Raised anywhere under a command: the error handler answers with this catalogue text, kindly."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


class NotModerator(app_commands.CheckFailure):
    """A moderator command was run by someone without Manage Server."""
