"""Slash command names and descriptions in the member's language, from `messages/<locale>/_commands.toml`."""

from __future__ import annotations

import tomllib
from pathlib import Path

from discord import Locale, app_commands

from bot.catalogue import MESSAGES_DIR, normalise_locale


def load_command_texts(directory: Path = MESSAGES_DIR) -> dict[str, dict[str, str]]:
    """catalogue locale -> {English command text: translation}."""
    texts: dict[str, dict[str, str]] = {}
    for path in sorted(directory.glob("*/_commands.toml")):
        with path.open("rb") as fh:
            texts[path.parent.name] = dict(tomllib.load(fh).get("commands", {}))
    return texts


class CatalogueTranslator(app_commands.Translator):
    def __init__(self, texts: dict[str, dict[str, str]] | None = None) -> None:
        self._texts = load_command_texts() if texts is None else texts

    async def translate(
        self, string: app_commands.locale_str, locale: Locale, context: app_commands.TranslationContext
    ) -> str | None:
        table = self._texts.get(normalise_locale(locale.value))
        if not table:
            return None
        return table.get(string.message)

    def command_name(self, qualified: str, locale: str | None) -> str:
        """A command's name as the member's client shows it (e.g. "checkin pausar")."""
        table = self._texts.get(normalise_locale(locale)) or {}
        return " ".join(table.get(word, word) for word in qualified.split())
