"""What the bot says when a member's own words signal distress: one function for every place a member
writes to the bot (check-in notes, /support notes, goal notes, reach-out words), so each surface gives
the same care.

- strong (intent, a plan, means, farewells, self-harm now): crisis resources first, with the
  emergency line, warmly; the surface's own choices come after;
- soft (a wish to be dead, a burden, no way out): a warm acknowledgement, the resources offered;
- worry about someone else: how to help them, with the resources.

The detector never tells anyone by itself: what the member gets is only ever shown to them.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot import words
from bot.catalogue import Catalogue
from bot.database import Database
from bot.resources import crisis_resources, server_resources
from bot.words import storage as word_storage


@dataclass(frozen=True)
class Care:
    """The words to show the member (resources included), and how strong the signal was."""

    level: str
    text: str

    @property
    def strong(self) -> bool:
        return self.level == words.STRONG

    @property
    def about_self(self) -> bool:
        return self.level in (words.STRONG, words.SOFT)


async def signal(db: Database, guild_id: int | None, text: str | None) -> words.Signal | None:
    """What the member's own words signal, with the server's added phrases."""
    if not text:
        return None
    return words.crisis(text, await word_storage.phrases(db, guild_id, "crisis"))


async def care_for(
    db: Database, catalogue: Catalogue, guild_id: int | None, locale: str | None, text: str | None
) -> Care | None:
    """The care a member's words call for, or None for everyday words."""
    found = await signal(db, guild_id, text)
    if found is None:
        return None
    if guild_id is None:
        resources = crisis_resources(catalogue, locale, None)
    else:
        resources = await server_resources(db, catalogue, guild_id, locale)
    if found.level == words.STRONG:
        parts = [catalogue.render("care.strong", locale), resources]
    elif found.level == words.SOFT:
        parts = [catalogue.render("care.soft", locale), resources]
    else:
        parts = [catalogue.render("care.other", locale), resources]
    return Care(found.level, "\n\n".join(parts))


async def harmful(db: Database, guild_id: int | None, text: str | None) -> bool:
    """Whether words meant for another member can't be passed on (defaults and the server's phrases)."""
    if not text:
        return False
    return words.harm(text, await word_storage.phrases(db, guild_id, "harm")) is not None
