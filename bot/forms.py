"""Forms (modals) that are checked when they are submitted, not only when they were opened.

discord.py finds an open modal by its custom id alone, so a fixed or guessable id lets anyone
submit someone else's form. Every form here carries a random per-open token, expires, can be
submitted only by the member it was opened for, and re-runs its permission check on submit (a
moderator who lost Manage Server meanwhile is refused). A submission for a form that is not open
(forged, expired, or from before a restart) gets a kind "please open it again".
"""

from __future__ import annotations

import logging
import secrets
import time
from collections.abc import Callable
from typing import Any, ClassVar

import discord

from bot.kind_error import KindError
from bot.replies import reply

log = logging.getLogger(__name__)

PREFIX = "fm:"
LIFETIME_SECONDS = 15 * 60


class Form(discord.ui.Modal):
    """A modal for one member, open for `LIFETIME_SECONDS`; `allowed` is re-checked on submit."""

    open_forms: ClassVar[dict[str, Form]] = {}

    def __init__(
        self,
        *,
        title: str,
        opener: discord.abc.User,
        allowed: Callable[[discord.Interaction], bool] | None = None,
        refused: Exception | None = None,
    ) -> None:
        custom_id = PREFIX + secrets.token_hex(12)
        super().__init__(title=title[:45], custom_id=custom_id, timeout=LIFETIME_SECONDS)
        self.opener_id = opener.id
        self.expires = time.monotonic() + LIFETIME_SECONDS
        self._allowed = allowed
        self._refused = refused
        Form.open_forms[custom_id] = self

    @classmethod
    def is_open(cls, custom_id: str) -> bool:
        form = cls.open_forms.get(custom_id)
        if form is not None and time.monotonic() >= form.expires:
            cls.open_forms.pop(custom_id, None)
            form.stop()
            return False
        return form is not None

    def stop(self) -> None:
        Form.open_forms.pop(self.custom_id, None)
        super().stop()

    async def on_timeout(self) -> None:
        Form.open_forms.pop(self.custom_id, None)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if time.monotonic() >= self.expires:
            return False  # answered as an unknown form by the bot's interaction listener
        if interaction.user.id != self.opener_id:
            raise KindError("errors.form_not_yours")
        if self._allowed is not None and not self._allowed(interaction):
            raise self._refused or KindError("errors.form_not_allowed")
        return True

    async def on_error(self, interaction: discord.Interaction, error: Exception, /) -> None:
        client: Any = interaction.client
        await client.answer_error(interaction, error)


async def answer_unknown_form(interaction: discord.Interaction) -> bool:
    """Answer a form submission nothing is waiting for; returns whether it was one."""
    custom_id = str((interaction.data or {}).get("custom_id", ""))
    if Form.is_open(custom_id):
        return False
    log.warning("Ignored a form with an unknown or expired id %r from user %s", custom_id[:100], interaction.user.id)
    client: Any = interaction.client
    try:
        await reply(interaction, client.text("errors.form_expired", interaction))
    except discord.HTTPException:
        log.info("Could not answer an unknown form")
    return True
