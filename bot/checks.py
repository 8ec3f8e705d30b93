"""Permission checks: moderator commands are hidden by default permissions and re-checked when run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import discord
from discord import app_commands

from bot.errors import NotModerator

T = TypeVar("T")


def is_moderator(interaction: discord.Interaction) -> bool:
    """Manage Server in this channel, as Discord computed it for the interaction."""
    return interaction.guild is not None and interaction.permissions.manage_guild


def moderator_only() -> Callable[[T], T]:
    """Hide a command from non-moderators by default and refuse it when a server changed that default."""

    def predicate(interaction: discord.Interaction) -> bool:
        if not is_moderator(interaction):
            raise NotModerator()
        return True

    def decorator(func: T) -> T:
        func = app_commands.guild_only()(func)
        func = app_commands.default_permissions(manage_guild=True)(func)
        return app_commands.check(predicate)(func)

    return decorator
