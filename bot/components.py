"""Components: button and row payloads, and persistent buttons that work after a restart.

Each button action is one `PersistentButton` subclass with a strict, typed template for its custom
id (`ci:a:(?P<delivery>\\d{1,19}):(?P<value>[1-5])`), the way RoboDanny does it. discord.py routes a
click to the class whose template the id fits; the fields arrive already typed (digits as ints that
fit a 64-bit column) in `run`. Anyone can send any custom id: one that fits no template, or does not
fit a column, is answered with a short kind text and one log line (see `answer_malformed` and the
bot's unanswered-click check), and never reaches a feature.
"""

from __future__ import annotations

import logging
import re
from typing import Any, ClassVar

import discord

from bot.replies import reply

log = logging.getLogger(__name__)

SECONDARY, PRIMARY, DANGER = 2, 1, 4
_INT64_MAX = 2**63 - 1


def button(custom_id: str, label: str, style: int = SECONDARY) -> dict[str, Any]:
    return {"type": 2, "style": style, "label": label[:80], "custom_id": custom_id}


def rows(*groups: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{"type": 1, "components": group} for group in groups if group]


def typed_fields(match: re.Match[str], text_fields: frozenset[str] = frozenset()) -> dict[str, int | str] | None:
    """A template's named fields, digits as ints (except `text_fields`, such as a hex token that may
    happen to be all digits); None when a number does not fit a 64-bit column."""
    fields: dict[str, int | str] = {}
    for name, value in match.groupdict().items():
        if name in text_fields:
            fields[name] = value
        elif value is not None and value.isdigit():
            # A template's \d also matches other scripts' digits ("٣"): never an id here.
            if not value.isascii() or int(value) > _INT64_MAX:
                return None
            fields[name] = int(value)
        else:
            fields[name] = value
    return fields


class PersistentButton(discord.ui.DynamicItem[discord.ui.Button], template=r"(?!)"):
    """One button action. A subclass gives `template=` (named fields) and `custom_id_format` (the same
    fields, to build the id), and implements `run(interaction, **fields)`; every failure under it gets
    the bot's kind answer."""

    custom_id_format: ClassVar[str] = ""
    text_fields: ClassVar[frozenset[str]] = frozenset()  # fields that stay text even when all digits

    def __init__(self, custom_id: str, fields: dict[str, int | str] | None) -> None:
        super().__init__(discord.ui.Button(custom_id=custom_id))
        self.fields = fields

    @classmethod
    def id_for(cls, **fields: object) -> str:
        # Not `custom_id`: discord.py's DynamicItem has a property of that name.
        return cls.custom_id_format.format(**fields)

    @classmethod
    def make(cls, label: str, style: int = SECONDARY, **fields: object) -> dict[str, Any]:
        """The button's payload, for a message or a DM the engine sends."""
        return button(cls.id_for(**fields), label, style)

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction, item: discord.ui.Button, match: re.Match[str]
    ) -> PersistentButton:
        return cls(item.custom_id or "", typed_fields(match, cls.text_fields))

    async def callback(self, interaction: discord.Interaction) -> None:
        if self.fields is None:
            await answer_malformed(interaction, "button")
            return
        client: Any = interaction.client
        try:
            await self.run(interaction, **self.fields)
        except Exception as exc:  # every click gets an answer, never silence
            await client.answer_error(interaction, exc)

    async def run(self, interaction: discord.Interaction, **fields: Any) -> None:
        raise NotImplementedError


def view_of(components: list[dict[str, Any]]) -> discord.ui.View:
    """A view to send with a reply, from component payloads. Stopped, so discord.py keeps no copy:
    the clicks are routed by the persistent buttons' templates."""
    view = discord.ui.View(timeout=None)
    for row_index, row in enumerate(components):
        for entry in row["components"]:
            style = discord.ButtonStyle(entry["style"])
            view.add_item(
                discord.ui.Button(custom_id=entry["custom_id"], label=entry["label"], style=style, row=row_index)
            )
    view.stop()
    return view


async def answer_malformed(interaction: discord.Interaction, what: str) -> None:
    """A custom id nobody should have sent: one log line, one kind reply, no traceback."""
    custom_id = str((interaction.data or {}).get("custom_id", ""))[:100]
    log.warning("Ignored a %s with an unknown or malformed id %r from user %s", what, custom_id, interaction.user.id)
    client: Any = interaction.client
    try:
        await reply(interaction, client.text("errors.stale_component", interaction))
    except discord.HTTPException:
        log.info("Could not answer a malformed %s", what)


def feature(interaction: discord.Interaction, cog_name: str) -> Any:
    """The running cog of a feature, for that feature's own buttons and forms (never another's:
    features talk to each other through plain modules such as `cogs/buddies/notify.py`)."""
    cog = interaction.client.get_cog(cog_name)  # type: ignore[attr-defined]
    if cog is None:
        raise LookupError(f"the {cog_name} feature is not loaded")
    return cog
