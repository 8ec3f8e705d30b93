"""Crisis and support resources: the server's own list, never without the emergency essentials."""

from __future__ import annotations

from bot import guild_settings
from bot.catalogue import Catalogue
from bot.database import Database

# A server's own list is kept short enough that every message carrying it (a check-in's reply, a
# /support answer) still fits Discord's 2,000 characters with the essentials beneath it.
RESOURCES_MAX = 900
OTHER_SUPPORT_MAX = 600  # shown in its own embed, beside the crisis resources


def crisis_resources(cat: Catalogue, locale: str | None, server_text: str | None) -> str:
    """The intro, then the server's list followed by the locale's emergency line and helpline finder
    (which no custom text can remove), or the locale's default list."""
    intro = cat.render("crisis.intro", locale)
    if not server_text:
        return intro + "\n" + cat.render("crisis.default_resources", locale)
    own = server_text if len(server_text) <= RESOURCES_MAX else server_text[: RESOURCES_MAX - 1] + "…"
    return intro + "\n" + own + "\n" + cat.render("resources.essentials", locale)


async def server_resources(db: Database, cat: Catalogue, guild_id: int, locale: str | None) -> str:
    """`crisis_resources` with the server's own list, if it has one."""
    server = await guild_settings.get(db, guild_id)
    return crisis_resources(cat, locale, server.resources_text)


def other_support(cat: Catalogue, locale: str | None, server_text: str | None) -> str:
    """Support for a run of hard days that is not a crisis: the server's own words, or the default."""
    return server_text[:OTHER_SUPPORT_MAX] if server_text else cat.render("resources.other_default", locale)
