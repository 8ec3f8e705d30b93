"""Building the /help overview from the command tree, so it never falls behind the commands."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from discord import app_commands


@dataclass(frozen=True)
class CommandInfo:
    name: str  # qualified, e.g. "checkin start"
    moderator: bool

    @property
    def key(self) -> str:
        return "help.commands." + self.name.replace(" ", ".")


def _is_moderator_command(command: app_commands.Command | app_commands.Group) -> bool:
    node: app_commands.Command | app_commands.Group | None = command
    while node is not None:
        perms = node.default_permissions
        if perms is not None and perms.manage_guild:
            return True
        node = node.parent
    return False


def walk_commands(commands: Iterable[app_commands.Command | app_commands.Group]) -> Iterator[CommandInfo]:
    """Every leaf slash command, sorted, with whether it is for moderators."""
    leaves: list[CommandInfo] = []
    for command in commands:
        if isinstance(command, app_commands.Group):
            for sub in command.walk_commands():
                if isinstance(sub, app_commands.Command):
                    leaves.append(CommandInfo(sub.qualified_name, _is_moderator_command(sub)))
        elif isinstance(command, app_commands.Command):
            leaves.append(CommandInfo(command.qualified_name, _is_moderator_command(command)))
    yield from sorted(leaves, key=lambda c: c.name)
