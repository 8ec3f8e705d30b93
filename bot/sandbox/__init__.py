"""A local Discord-compatible server the unmodified bot connects to, for tests and demos."""

from bot.sandbox.actor import Actor, Result
from bot.sandbox.model import Channel, Guild, Message, Role, User
from bot.sandbox.server import Sandbox, SandboxError

__all__ = ["Actor", "Channel", "Guild", "Message", "Result", "Role", "Sandbox", "SandboxError", "User"]
