"""The permissions the bot asks for when invited, and the invite URL."""

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


def invite_url(application_id: int | str) -> str:
    """The OAuth2 URL that adds the bot (with slash commands) to a server."""
    return (
        "https://discord.com/oauth2/authorize"
        f"?client_id={application_id}&scope=bot+applications.commands&permissions={REQUIRED_PERMISSIONS.value}"
    )
