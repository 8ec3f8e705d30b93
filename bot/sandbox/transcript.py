"""A readable record of who said what in the sandbox, and which buttons were clicked."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from bot.sandbox.model import DM, PRIVATE_THREAD, Message, User

if TYPE_CHECKING:
    from bot.sandbox.server import Sandbox


@dataclass
class Entry:
    kind: str  # "command", "click", "select", "form", "message", "edit", "note"
    where: str
    who: str
    text: str
    ephemeral: bool = False
    buttons: list[str] = field(default_factory=list)
    message_id: int | None = None

    def render(self) -> str:
        privacy = " (only they see this)" if self.ephemeral else ""
        head = f"[{self.where}] {self.who}"
        if self.kind in ("message", "edit"):
            verb = "edited its message" if self.kind == "edit" else "says"
            body = _indent(self.text)
            buttons = ("\n    " + " ".join(f"[{b}]" for b in self.buttons)) if self.buttons else ""
            return f"{head} {verb}{privacy}:\n{body}{buttons}"
        return f"{head} {self.text}"


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in (text or "(no text)").splitlines()) or "    (no text)"


class Transcript:
    def __init__(self, sandbox: Sandbox) -> None:
        self._sandbox = sandbox
        self.entries: list[Entry] = []
        self.listeners: list = []

    def _where(self, channel_id: int) -> str:
        channel = self._sandbox.channels.get(channel_id)
        if channel is None:
            return "?"
        if channel.type == DM:
            user = self._sandbox.users.get(channel.recipient_id or 0)
            return f"DM with {user.name if user else '?'}"
        prefix = "thread #" if channel.type == PRIVATE_THREAD else "#"
        return prefix + channel.name

    def _add(self, entry: Entry) -> None:
        self.entries.append(entry)
        for listener in self.listeners:
            listener(entry)

    def readable(self, text: str) -> str:
        """Text as a Discord client shows it: <@id> as @name, <#id> as #channel, a command mention
        </name:id> as /name, and a backslash escape as the character it escapes."""

        def user(match: re.Match[str]) -> str:
            found = self._sandbox.users.get(int(match.group(1)))
            return f"@{found.name}" if found else match.group(0)

        def role(match: re.Match[str]) -> str:
            for guild in self._sandbox.guilds.values():
                if int(match.group(1)) in guild.roles:
                    return f"@{guild.roles[int(match.group(1))].name}"
            return match.group(0)

        def channel(match: re.Match[str]) -> str:
            found = self._sandbox.channels.get(int(match.group(1)))
            return f"#{found.name}" if found else match.group(0)

        text = re.sub(r"</([\w\- ]+):\d+>", r"/\1", text)
        text = re.sub(r"(?<!\\)<@!?(\d+)>", user, text)
        text = re.sub(r"(?<!\\)<@&(\d+)>", role, text)
        text = re.sub(r"(?<!\\)<#(\d+)>", channel, text)
        return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", text)

    def bot_message(self, message: Message, *, reply_to: User | None = None) -> None:
        who = self._sandbox.bot_user.name
        if reply_to is not None:
            who += f" → {reply_to.name}"
        text = message.content
        for embed in message.embeds:
            text += "\n" + "\n".join(str(embed.get(k)) for k in ("title", "description") if embed.get(k))
        for attachment in message.attachments:
            text += f"\n📎 {attachment['filename']} ({attachment['size']} bytes)"
        self._add(
            Entry(
                "message",
                self._where(message.channel_id),
                who,
                self.readable(text.strip()),
                message.ephemeral,
                message.labels(),
                message.id,
            )
        )

    def bot_edit(self, message: Message) -> None:
        self._add(
            Entry(
                "edit",
                self._where(message.channel_id),
                self._sandbox.bot_user.name,
                self.readable(message.content),
                message.ephemeral,
                message.labels(),
                message.id,
            )
        )

    def member_action(self, user: User, channel_id: int, kind: str, text: str) -> None:
        self._add(Entry(kind, self._where(channel_id), user.name, text))

    def note(self, text: str) -> None:
        self._add(Entry("note", "sandbox", "·", text))

    def render(self, start: int = 0) -> str:
        return "\n".join(e.render() for e in self.entries[start:])
