"""The /support choices: my buddy, the support team, or both; and, when there is a note and the team
is asked, whether the note goes too (`sp:team:12.1` shares it, `.0` does not). Each press re-checks
that the request is the presser's own (in the cog)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

import discord

from bot.components import SECONDARY, PersistentButton, feature

if TYPE_CHECKING:
    from cogs.support._cog import SupportCog

REQUEST = r"(?P<id>\d{1,19})(?:\.(?P<note>[01]))?"


def _cog(interaction: discord.Interaction) -> SupportCog:
    return feature(interaction, "SupportCog")


class Choice(PersistentButton, template=r"(?!)"):
    """Who to ask; the subclasses differ only in that."""

    action: ClassVar[str]

    @classmethod
    def make(cls, label: str, style: int = SECONDARY, **fields: object) -> dict[str, Any]:
        """With `note=1` or `note=0` the id carries the note choice (`.1`, `.0`); without, it is the plain request."""
        note = fields.pop("note", None)
        return super().make(label, style, **fields, note="" if note is None else f".{note}")

    async def run(self, interaction: discord.Interaction, id: int, note: int | None) -> None:
        await _cog(interaction).choose(interaction, self.action, id, note)


class Buddy(Choice, template=rf"sp:buddy:{REQUEST}"):
    action = "buddy"
    custom_id_format = "sp:buddy:{id}{note}"


class Team(Choice, template=rf"sp:team:{REQUEST}"):
    action = "team"
    custom_id_format = "sp:team:{id}{note}"


class Both(Choice, template=rf"sp:both:{REQUEST}"):
    action = "both"
    custom_id_format = "sp:both:{id}{note}"


CHOICES: dict[str, type[Choice]] = {"buddy": Buddy, "team": Team, "both": Both}
