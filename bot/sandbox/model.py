"""The sandbox's world: users, servers, roles, channels and messages, and their Discord payloads."""

from __future__ import annotations

import itertools
import re
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from discord import Permissions

DISCORD_EPOCH_MS = 1420070400000
_counter = itertools.count(1)


def snowflake() -> int:
    """A Discord-style id whose timestamp is now (so discord.py's created_at is sensible)."""
    ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
    return (ms << 22) | (next(_counter) & 0x3FFFFF)


def iso_now() -> str:
    return datetime.now(UTC).isoformat()


# Channel types (Discord's numbers).
GUILD_TEXT, DM, PRIVATE_THREAD = 0, 1, 12


@dataclass
class User:
    id: int
    name: str
    bot: bool = False
    dms_open: bool = True
    locale: str = "en-US"
    display_name: str | None = None

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "username": self.name,
            "global_name": self.display_name or self.name,
            "discriminator": "0",
            "avatar": None,
            "bot": self.bot,
            "public_flags": 0,
            "flags": 0,
        }


@dataclass
class Role:
    id: int
    name: str
    permissions: int = 0
    position: int = 0

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.id),
            "name": self.name,
            "color": 0,
            "hoist": False,
            "position": self.position,
            "permissions": str(self.permissions),
            "managed": False,
            "mentionable": True,
            "flags": 0,
            "icon": None,
            "unicode_emoji": None,
        }


@dataclass
class Overwrite:
    target_id: int
    is_member: bool
    allow: int = 0
    deny: int = 0

    def payload(self) -> dict[str, Any]:
        return {
            "id": str(self.target_id),
            "type": 1 if self.is_member else 0,
            "allow": str(self.allow),
            "deny": str(self.deny),
        }


@dataclass
class Channel:
    id: int
    type: int
    name: str = ""
    guild_id: int | None = None
    parent_id: int | None = None
    recipient_id: int | None = None  # DM channels
    overwrites: list[Overwrite] = field(default_factory=list)
    thread_members: set[int] = field(default_factory=set)
    owner_id: int | None = None

    def payload(self, users: dict[int, User] | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {"id": str(self.id), "type": self.type, "name": self.name, "flags": 0}
        if self.type == DM:
            recipient = (users or {}).get(self.recipient_id or 0)
            data["recipients"] = [recipient.payload()] if recipient else []
            data["last_message_id"] = None
            return data
        data.update(
            guild_id=str(self.guild_id),
            position=0,
            permission_overwrites=[o.payload() for o in self.overwrites],
            nsfw=False,
            topic=None,
            last_message_id=None,
            rate_limit_per_user=0,
            parent_id=str(self.parent_id) if self.parent_id else None,
        )
        if self.type == PRIVATE_THREAD:
            data.update(
                owner_id=str(self.owner_id) if self.owner_id else None,
                member_count=len(self.thread_members),
                message_count=0,
                thread_metadata={
                    "archived": False,
                    "auto_archive_duration": 10080,
                    "archive_timestamp": iso_now(),
                    "locked": False,
                    "invitable": False,
                },
            )
        return data


@dataclass
class Member:
    user: User
    roles: list[int] = field(default_factory=list)
    joined_at: str = field(default_factory=iso_now)
    nick: str | None = None

    def payload(self, *, with_user: bool = True, permissions: int | None = None) -> dict[str, Any]:
        data: dict[str, Any] = {
            "roles": [str(r) for r in self.roles],
            "joined_at": self.joined_at,
            "deaf": False,
            "mute": False,
            "flags": 0,
            "nick": self.nick,
            "avatar": None,
            "pending": False,
            "communication_disabled_until": None,
        }
        if with_user:
            data["user"] = self.user.payload()
        if permissions is not None:
            data["permissions"] = str(permissions)
        return data


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    preferred_locale: str = "en-US"
    roles: dict[int, Role] = field(default_factory=dict)
    channels: dict[int, Channel] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    # Commands a server opened to everyone, overriding default_member_permissions.
    command_overrides: set[str] = field(default_factory=set)

    @property
    def everyone(self) -> Role:
        return self.roles[self.id]

    def role_named(self, name: str) -> Role:
        for role in self.roles.values():
            if role.name == name:
                return role
        raise KeyError(name)

    def channel_named(self, name: str) -> Channel:
        for channel in self.channels.values():
            if channel.name == name:
                return channel
        raise KeyError(name)

    def base_permissions(self, user_id: int) -> int:
        """Discord's computation: owner and administrators have everything."""
        if user_id == self.owner_id:
            return Permissions.all().value
        member = self.members.get(user_id)
        if member is None:
            return 0
        value = self.everyone.permissions
        for role_id in member.roles:
            role = self.roles.get(role_id)
            if role:
                value |= role.permissions
        if value & Permissions(administrator=True).value:
            return Permissions.all().value
        return value

    def permissions_in(self, user_id: int, channel: Channel | None) -> int:
        """Base permissions with the channel's overwrites applied (@everyone, roles, then member)."""
        value = self.base_permissions(user_id)
        if channel is None or value == Permissions.all().value:
            return value
        if channel.type == PRIVATE_THREAD and channel.parent_id:
            channel = self.channels.get(channel.parent_id, channel)
        member = self.members.get(user_id)
        roles = set(member.roles) if member else set()
        allow = deny = 0
        for ow in channel.overwrites:
            if not ow.is_member and ow.target_id == self.id:
                value = (value & ~ow.deny) | ow.allow
        for ow in channel.overwrites:
            if not ow.is_member and ow.target_id in roles:
                allow |= ow.allow
                deny |= ow.deny
        value = (value & ~deny) | allow
        for ow in channel.overwrites:
            if ow.is_member and ow.target_id == user_id:
                value = (value & ~ow.deny) | ow.allow
        return value

    def payload(self, users: dict[int, User], bot_user_id: int) -> dict[str, Any]:
        bot_member = self.members.get(bot_user_id)
        return {
            "id": str(self.id),
            "name": self.name,
            "icon": None,
            "splash": None,
            "discovery_splash": None,
            "banner": None,
            "description": None,
            "owner_id": str(self.owner_id),
            "afk_channel_id": None,
            "afk_timeout": 300,
            "verification_level": 0,
            "default_message_notifications": 0,
            "explicit_content_filter": 0,
            "mfa_level": 0,
            "nsfw_level": 0,
            "premium_tier": 0,
            "premium_progress_bar_enabled": False,
            "system_channel_id": None,
            "system_channel_flags": 0,
            "rules_channel_id": None,
            "public_updates_channel_id": None,
            "safety_alerts_channel_id": None,
            "vanity_url_code": None,
            "application_id": None,
            "preferred_locale": self.preferred_locale,
            "features": [],
            "roles": [r.payload() for r in self.roles.values()],
            "emojis": [],
            "stickers": [],
            "channels": [c.payload(users) for c in self.channels.values() if c.type != PRIVATE_THREAD],
            "threads": [],
            "members": [bot_member.payload()] if bot_member else [],
            "member_count": len(self.members),
            "large": False,
            "unavailable": False,
            "joined_at": iso_now(),
            "voice_states": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
            "max_video_channel_users": 25,
        }


_MENTION = re.compile(r"<@!?(\d+)>|<@&(\d+)>|@(everyone|here)")


@dataclass
class Message:
    id: int
    channel_id: int
    author_id: int
    content: str = ""
    embeds: list[dict[str, Any]] = field(default_factory=list)
    components: list[dict[str, Any]] = field(default_factory=list)
    attachments: list[dict[str, Any]] = field(default_factory=list)
    flags: int = 0
    guild_id: int | None = None
    visible_to: int | None = None  # ephemeral: only this user sees it
    interaction_id: int | None = None
    nonce: str | None = None
    allowed_mentions: dict[str, Any] | None = None
    pings: list[str] = field(default_factory=list)
    created_at: str = field(default_factory=iso_now)
    edited_at: str | None = None
    deleted: bool = False
    files: dict[str, bytes] = field(default_factory=dict)
    arrived: float = field(default_factory=time.monotonic)  # when the sandbox stored it

    @property
    def ephemeral(self) -> bool:
        return bool(self.flags & 64)

    def labels(self) -> list[str]:
        """The labels (or placeholders) of every interactive component, in order."""
        return [c.get("label") or c.get("placeholder") or c.get("custom_id", "") for c in iter_components(self)]

    def payload(self, users: dict[int, User]) -> dict[str, Any]:
        author = users[self.author_id]
        data: dict[str, Any] = {
            "id": str(self.id),
            "channel_id": str(self.channel_id),
            "type": 0,
            "author": author.payload(),
            "content": self.content,
            "timestamp": self.created_at,
            "edited_timestamp": self.edited_at,
            "tts": False,
            "mention_everyone": "@everyone" in self.pings,
            "mentions": [],
            "mention_roles": [],
            "attachments": self.attachments,
            "embeds": self.embeds,
            "components": self.components,
            "pinned": False,
            "flags": self.flags,
        }
        if self.guild_id:
            data["guild_id"] = str(self.guild_id)
        if self.nonce is not None:
            data["nonce"] = self.nonce
        return data


def iter_components(message_or_components: Message | list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flatten action rows (and v2 containers) into the interactive components they hold."""
    roots = message_or_components.components if isinstance(message_or_components, Message) else message_or_components
    found: list[dict[str, Any]] = []

    def walk(items: list[dict[str, Any]]) -> None:
        for item in items:
            if "components" in item:
                walk(item["components"])
            if "component" in item:
                walk([item["component"]])
            if item.get("type") in (2, 3, 4, 5, 6, 7, 8) and item.get("custom_id"):
                found.append(item)

    walk(roots)
    return found


def compute_pings(content: str, allowed: dict[str, Any] | None, guild: Guild | None) -> list[str]:
    """What Discord would actually ping for this content under these allowed_mentions."""
    parse = {"users", "roles", "everyone"} if allowed is None else set(allowed.get("parse", []))
    allowed_users = set() if allowed is None else {str(u) for u in allowed.get("users", [])}
    allowed_roles = set() if allowed is None else {str(r) for r in allowed.get("roles", [])}
    pings = []
    for match in _MENTION.finditer(content or ""):
        if _escaped(content, match.start()):
            continue  # Discord shows a backslash-escaped mention as text and pings no one
        user_id, role_id, everyone = match.groups()
        if user_id and ("users" in parse or user_id in allowed_users):
            pings.append(f"user:{user_id}")
        elif role_id and ("roles" in parse or role_id in allowed_roles):
            pings.append(f"role:{role_id}")
        elif everyone and "everyone" in parse:
            pings.append(f"@{everyone}")
    return pings


def _escaped(content: str, at: int) -> bool:
    """Whether the character at `at` is escaped: an odd number of backslashes right before it."""
    backslashes = 0
    while at - backslashes > 0 and content[at - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
