"""Persistent buttons: one routing item per feature, so buttons work after a restart.

A feature's buttons have custom ids `<prefix>:<action>:<args>`; a click calls the cog's
`on_button(interaction, action, args)`, and any failure gets the bot's kind answer.
"""

from __future__ import annotations

import re
from typing import Any

import discord


def routed_button(prefix: str, cog_name: str) -> type[discord.ui.DynamicItem[discord.ui.Button]]:
    """A DynamicItem class that routes `<prefix>:…` custom ids to the named cog."""

    class RoutedButton(
        discord.ui.DynamicItem[discord.ui.Button], template=re.escape(prefix) + r":(?P<action>[a-z_]+):(?P<args>.+)"
    ):
        def __init__(
            self,
            custom_id: str,
            label: str = "",
            style: discord.ButtonStyle = discord.ButtonStyle.secondary,
            row: int = 0,
        ) -> None:
            super().__init__(discord.ui.Button(custom_id=custom_id, label=label or None, style=style, row=row))

        @classmethod
        async def from_custom_id(
            cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
        ) -> RoutedButton:
            return cls(item.custom_id or "", item.label or "", item.style)

        async def callback(self, interaction: discord.Interaction) -> None:
            client: Any = interaction.client
            _, action, args = (self.item.custom_id or "::").split(":", 2)
            try:
                await client.get_cog(cog_name).on_button(interaction, action, args)
            except Exception as exc:  # every click gets an answer, never silence
                await client.answer_error(interaction, exc)

    RoutedButton.__name__ = RoutedButton.__qualname__ = f"{cog_name}Button"
    return RoutedButton


def persistent_view(components: list[dict[str, Any]], item: type[discord.ui.DynamicItem[Any]]) -> discord.ui.View:
    """A view of routed buttons built from component payloads; stopped, so discord.py keeps no copy."""
    view = discord.ui.View(timeout=None)
    for row_index, row in enumerate(components):
        for button in row["components"]:
            view.add_item(item(button["custom_id"], button["label"], discord.ButtonStyle(button["style"]), row_index))  # type: ignore[call-arg]
    view.stop()
    return view
