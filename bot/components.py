"""Persistent buttons: one routing item per feature, so buttons work after a restart.

A feature's buttons have custom ids `<prefix>:<action>:<args>`, and the feature declares, for each
action, a strict template for its args (`(?P<id>\\d{1,19})`). Anyone can send any custom id, so a
click whose id does not fit its template is answered with a short kind text and one log line, and
never reaches the feature; one that fits calls the cog's `on_button(interaction, action, args)`
with the template's fields (digits already turned into ints that fit a 64-bit column).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from typing import Any

import discord

from bot.replies import reply

log = logging.getLogger(__name__)

SECONDARY, PRIMARY, DANGER = 2, 1, 4
_INT64_MAX = 2**63 - 1


def button(custom_id: str, label: str, style: int = SECONDARY) -> dict[str, Any]:
    return {"type": 2, "style": style, "label": label[:80], "custom_id": custom_id}


def rows(*groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"type": 1, "components": group} for group in groups if group]


def parse_args(templates: Mapping[str, re.Pattern[str]], action: str, args: str) -> dict[str, int | str] | None:
    """The fields of a click's args under its action's template, or None when they do not fit."""
    template = templates.get(action)
    match = template.fullmatch(args) if template is not None else None
    if match is None:
        return None
    fields: dict[str, int | str] = {}
    for name, value in match.groupdict().items():
        if value is not None and value.isascii() and value.isdigit():
            number = int(value)
            if number > _INT64_MAX:
                return None
            fields[name] = number
        else:
            fields[name] = value
    return fields


async def answer_malformed(interaction: discord.Interaction, what: str) -> None:
    """A custom id nobody should have sent: one log line, one kind reply, no traceback."""
    custom_id = str((interaction.data or {}).get("custom_id", ""))[:100]
    log.warning("Ignored a %s with an unknown or malformed id %r from user %s", what, custom_id, interaction.user.id)
    client: Any = interaction.client
    try:
        await reply(interaction, client.text("errors.stale_component", interaction))
    except discord.HTTPException:
        log.info("Could not answer a malformed %s", what)


def routed_button(
    prefix: str, cog_name: str, actions: Mapping[str, str]
) -> type[discord.ui.DynamicItem[discord.ui.Button]]:
    """A DynamicItem class that routes `<prefix>:<action>:<args>` custom ids to the named cog."""
    templates = {action: re.compile(pattern) for action, pattern in actions.items()}

    class RoutedButton(
        discord.ui.DynamicItem[discord.ui.Button],
        template=re.escape(prefix) + r":(?P<action>[a-z_]{1,20}):(?P<args>.*)",
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
            _, action, raw = (self.item.custom_id or "::").split(":", 2)
            args = parse_args(templates, action, raw)
            if args is None:
                await answer_malformed(interaction, "button")
                return
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
        for entry in row["components"]:
            view.add_item(item(entry["custom_id"], entry["label"], discord.ButtonStyle(entry["style"]), row_index))  # type: ignore[call-arg]
    view.stop()
    return view
