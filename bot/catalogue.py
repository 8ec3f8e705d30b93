"""The message catalogue: every text a member or moderator reads, per locale, from `messages/`.

Each `messages/<locale>/*.toml` file holds tables of keys; a value is one text or a list of
variants, with `{named}` placeholders. Nested tables flatten to dotted keys (`help.title`).
The whole catalogue is validated when it is loaded, so a missing key or a placeholder mismatch
stops the bot at start-up instead of failing in front of a member.
"""

from __future__ import annotations

import random
import re
import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

MESSAGES_DIR = Path(__file__).resolve().parent.parent / "messages"
DEFAULT_LOCALE = "en"


class CatalogueError(Exception):
    """The catalogue on disk is incomplete or inconsistent."""


def placeholders(text: str) -> frozenset[str]:
    """The `{named}` fields a text uses."""
    names = set()
    for _, field, _, _ in string.Formatter().parse(text):
        if field is None:
            continue
        if not field or not field.isidentifier():
            raise CatalogueError(f"placeholder {{{field}}} in {text!r} must be a plain name")
        names.add(field)
    return frozenset(names)


def _flatten(table: Mapping[str, Any], prefix: str, out: dict[str, tuple[str, ...]], origin: str) -> None:
    for name, value in table.items():
        key = f"{prefix}.{name}" if prefix else name
        if isinstance(value, Mapping):
            _flatten(value, key, out, origin)
        elif isinstance(value, str):
            out[key] = (value,)
        elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            out[key] = tuple(value)
        else:
            raise CatalogueError(f"{origin}: {key} must be a text or a non-empty list of texts")
        if not isinstance(value, Mapping) and not all(v.strip() for v in out[key]):
            raise CatalogueError(f"{origin}: {key} has an empty text")


@dataclass(frozen=True)
class Entry:
    variants: tuple[str, ...]
    fields: frozenset[str]


def normalise_locale(locale: str | None) -> str:
    """Discord's `es-ES`, `es-419` or `en-GB` to the catalogue's `es` / `en`."""
    if not locale:
        return DEFAULT_LOCALE
    return str(locale).split("-")[0].lower()


class Catalogue:
    """Validated texts per locale, with rendering and variant picking."""

    def __init__(self, locales: dict[str, dict[str, Entry]]) -> None:
        self._locales = locales
        self._mentions: tuple[re.Pattern[str], dict[str, int]] | None = None

    def use_command_ids(self, ids: Mapping[str, int]) -> None:
        """Turn `/checkin pause` in every text into a command mention (`</checkin pause:ID>`), which each
        member's client shows in their own language and makes clickable. `ids` maps a leaf command's
        qualified name to its top-level command's id."""
        if not ids:
            self._mentions = None
            return
        names = "|".join(re.escape(n) for n in sorted(ids, key=len, reverse=True))
        # Not inside code (`/help`), not already a mention (</…>), and not the start of a longer word.
        pattern = re.compile(rf"(?<![<\w`/])/({names})(?![\w-])")
        self._mentions = (pattern, dict(ids))

    def _with_mentions(self, template: str) -> str:
        if self._mentions is None:
            return template
        pattern, ids = self._mentions
        return pattern.sub(lambda m: f"</{m.group(1)}:{ids[m.group(1)]}>", template)

    @classmethod
    def load(cls, directory: Path = MESSAGES_DIR) -> Catalogue:
        """Read and validate every locale folder under `directory`."""
        locales: dict[str, dict[str, Entry]] = {}
        for folder in sorted(p for p in directory.iterdir() if p.is_dir()):
            texts: dict[str, tuple[str, ...]] = {}
            for path in sorted(p for p in folder.glob("*.toml") if not p.name.startswith("_")):
                with path.open("rb") as fh:
                    try:
                        data = tomllib.load(fh)
                    except tomllib.TOMLDecodeError as exc:
                        raise CatalogueError(f"{path}: {exc}") from None
                found: dict[str, tuple[str, ...]] = {}
                _flatten(data, "", found, str(path))
                clash = texts.keys() & found.keys()
                if clash:
                    raise CatalogueError(f"{path}: keys defined twice: {sorted(clash)}")
                texts.update(found)
            entries = {}
            for key, variants in texts.items():
                fields = frozenset().union(*(placeholders(v) for v in variants))
                entries[key] = Entry(variants, fields)
            locales[folder.name] = entries
        if DEFAULT_LOCALE not in locales:
            raise CatalogueError(f"{directory} has no '{DEFAULT_LOCALE}' folder")
        catalogue = cls(locales)
        catalogue.validate()
        return catalogue

    def validate(self) -> None:
        """Every locale has exactly the default locale's keys, with the same placeholders."""
        base = self._locales[DEFAULT_LOCALE]
        problems = []
        for locale, entries in self._locales.items():
            if locale == DEFAULT_LOCALE:
                continue
            for key in sorted(base.keys() - entries.keys()):
                problems.append(f"{locale}: missing key {key}")
            for key in sorted(entries.keys() - base.keys()):
                problems.append(f"{locale}: key {key} is not in {DEFAULT_LOCALE}")
            for key in sorted(base.keys() & entries.keys()):
                if base[key].fields != entries[key].fields:
                    problems.append(
                        f"{locale}: {key} uses {sorted(entries[key].fields)}, "
                        f"{DEFAULT_LOCALE} uses {sorted(base[key].fields)}"
                    )
        if problems:
            raise CatalogueError("message catalogue is inconsistent:\n  " + "\n  ".join(problems))

    @property
    def locales(self) -> list[str]:
        return sorted(self._locales)

    def keys(self, locale: str = DEFAULT_LOCALE) -> list[str]:
        return sorted(self._locales[locale])

    def entry(self, key: str, locale: str | None = None) -> Entry:
        entries = self._locales.get(normalise_locale(locale)) or self._locales[DEFAULT_LOCALE]
        try:
            return entries[key]
        except KeyError:
            raise KeyError(f"message key {key!r} is not in the catalogue") from None

    def resolve(self, *candidates: str | None) -> str:
        """The first candidate locale the catalogue has (member's, then server's), else English."""
        for candidate in candidates:
            if candidate and normalise_locale(candidate) in self._locales:
                return normalise_locale(candidate)
        return DEFAULT_LOCALE

    def has(self, key: str) -> bool:
        return key in self._locales[DEFAULT_LOCALE]

    def render(self, key: str, locale: str | None = None, *, variant: int = 0, **params: Any) -> str:
        """The text for `key` in `locale` (falling back to English), with placeholders filled."""
        entry = self.entry(key, locale)
        missing = entry.fields - params.keys()
        if missing:
            raise KeyError(f"message {key!r} needs {sorted(missing)}")
        # Mentions go into the catalogue's own text, never into the member text a placeholder carries.
        return self._with_mentions(entry.variants[variant % len(entry.variants)]).format_map(params)

    def pick(
        self,
        key: str,
        locale: str | None = None,
        *,
        avoid: int | None = None,
        rng: random.Random | None = None,
        **params: Any,
    ) -> tuple[int, str]:
        """A random variant other than `avoid` (the one the member saw last); returns (index, text)."""
        count = len(self.entry(key, locale).variants)
        choices = [i for i in range(count) if i != avoid] or [0]
        index = (rng or random).choice(choices)
        return index, self.render(key, locale, variant=index, **params)
