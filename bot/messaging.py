"""DM a member in their language: the one way features send a member a message outside a schedule."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from bot import members
from bot.engine.dm import Outgoing

if TYPE_CHECKING:
    from bot.bot import CheckinBot

Components = Callable[[str | None], list[dict[str, Any]]]
Build = Callable[[str | None], Outgoing]


async def dm_built(bot: CheckinBot, user_id: int, build: Build, *, nonce: str) -> str:
    """A message built for the member's language (`build(locale)`: for a DM made of several catalogue
    texts), sent at once; returns sent, closed or retry."""
    locale = (await members.get(bot.db, user_id)).last_locale
    return await bot.dispatcher.send_now(user_id, build(locale), nonce)


async def dm_member(
    bot: CheckinBot,
    user_id: int,
    key: str,
    *,
    nonce: str,
    components: Components | None = None,
    pick: bool = False,
    **params: Any,
) -> str:
    """The catalogue text `key` in the language Discord last reported for the member (with buttons built
    for that language, a random variant when `pick`), sent at once; returns sent, closed or retry.
    `nonce` names what makes this message unique, so a retry never arrives twice."""

    def build(locale: str | None) -> Outgoing:
        if pick:
            _, text = bot.catalogue.pick(key, bot.catalogue_locale(locale), **params)
        else:
            text = bot.text(key, locale, **params)
        return Outgoing(text, components(locale) if components is not None else [])

    return await dm_built(bot, user_id, build, nonce=nonce)
