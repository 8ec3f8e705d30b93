"""The permissions the bot asks for when invited (the README's invite URL carries their value)."""

from __future__ import annotations

from discord import Permissions

REQUIRED_PERMISSIONS = Permissions(
    view_channel=True,
    send_messages=True,
    send_messages_in_threads=True,
    create_private_threads=True,
    embed_links=True,
    attach_files=True,
    read_message_history=True,
)
