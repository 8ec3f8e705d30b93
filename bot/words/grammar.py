"""A small grammar of what people say, compiled to regular expressions over canonical words.

A rule is a template of slots and words, not a sentence: `{want} *2 {kill_self}` covers "i want to
kill myself", "i really just want to end my life", "wanna unalive myself" and every other way the
slots combine. Templates read:

- `word` a word; `a/b/c` one of several words;
- `{slot}` one of a slot's phrases (a slot's phrases may use the same notation, and other slots);
- `{slot~}` the same, also accepting a short word read through a typo ("dei" for die);
- `*N` up to N words of anything, never across a sentence break;
- `^` the start of a sentence, `$` its end; a `?` after a word or slot makes it optional;
- `a b | c d` either sequence; `(a b | c)` the same inside a template, `(…)?` optional;
- `;` one clause break, for the few things said across a comma ("the bridge is right there, use it").

Rules run over " | w1 w2 … | " (the reader's words with a break at either end).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.words.normalise import BREAK, WEAK

Slots = Mapping[str, Iterable[str]]

_ELEMENT = re.compile(r"\{(\w+)(~?)\}(\??)|\*(\d)|(\^)|(\$)|([\w/]+)(\??)|(\()|(\)\??)|(\|)|(;)")


@dataclass(frozen=True)
class Rule:
    """One way of saying something, with what it means.

    `level`: what a match signals (strong, soft, other, harm). `negatable`: a "not"/"never" just
    before it lowers it (strong to soft, soft to nothing). `personal`: it is about the writer unless
    the sentence's subject is someone else ("my friend wants to die" is worry about a friend).
    """

    name: str
    level: str
    template: str
    negatable: bool = True
    personal: bool = True


@dataclass
class Compiled:
    rule: Rule
    pattern: re.Pattern[str]


@dataclass
class Grammar:
    """Slots, rules, and the benign sayings that excuse a match lying inside them."""

    slots: dict[str, list[str]]
    rules: list[Rule]
    benign: list[str] = field(default_factory=list)


# What each slot of a slots mapping holds, worked out once (grammars reuse their slots hundreds of times).
# Each entry keeps its slots mapping alive, so the id in its key can never be another mapping's.
_SLOT_WORDS: dict[tuple[int, str], tuple[Slots, frozenset[str]]] = {}
_SLOT_FIRST: dict[tuple[int, str], tuple[Slots, frozenset[str] | None, bool]] = {}


def words_of(phrase: str, slots: Slots, seen: frozenset[str] = frozenset()) -> Iterable[str]:
    for m in _ELEMENT.finditer(phrase):
        slot, word = m.group(1), m.group(7)
        if slot:
            if slot in seen:
                raise ValueError(f"slot {slot} refers to itself")
            key = (id(slots), slot)
            if key not in _SLOT_WORDS:
                _SLOT_WORDS[key] = frozenset(
                    w for inner in slots.get(slot, ()) for w in words_of(inner, slots, seen | {slot})
                )
            yield from _SLOT_WORDS[key]
        elif word:
            yield from word.split("/")


def first_words(template: str, slots: Slots) -> frozenset[str] | None:
    """The words a match of the template can start with (None: any word, as after a leading gap).

    The detector tries a rule only where one of these stands, instead of at every character."""
    found, _nullable, _end = _first_of_alternation(list(_ELEMENT.finditer(template)), 0, slots, frozenset())
    return None if found is None else frozenset(found)


def _first_of_alternation(
    elements: list[re.Match[str]], i: int, slots: Slots, seen: frozenset[str]
) -> tuple[set[str] | None, bool, int]:
    found: set[str] | None = set()
    nullable_any = False
    while True:
        branch, nullable, i = _first_of_sequence(elements, i, slots, seen)
        found = None if found is None or branch is None else found | branch
        nullable_any = nullable_any or nullable
        if i < len(elements) and elements[i].group(11):  # another branch
            i += 1
            continue
        return found, nullable_any, i


def _first_of_sequence(
    elements: list[re.Match[str]], i: int, slots: Slots, seen: frozenset[str]
) -> tuple[set[str] | None, bool, int]:
    found: set[str] | None = set()
    nullable = True  # still looking: everything so far may match no word at all
    while i < len(elements):
        m = elements[i]
        slot, _weak, slot_opt, gap, start, end, word, word_opt, opening, closing, bar, clause = m.groups()
        if closing or bar:
            break
        i += 1
        here: set[str] | None
        if clause:
            here, empty = {BREAK}, False
        elif opening:
            here, empty, i = _first_of_alternation(elements, i, slots, seen)
            empty = empty or elements[i].group(10).endswith("?")
            i += 1
        elif slot:
            key = (id(slots), slot)
            cached_first = _SLOT_FIRST.get(key)
            if cached_first is None or cached_first[0] is not slots:
                union: set[str] | None = set()
                slot_empty = False
                for phrase in slots.get(slot, ()) if slot not in seen else ():
                    elements_of = list(_ELEMENT.finditer(phrase))
                    inner, inner_empty, _ = _first_of_alternation(elements_of, 0, slots, seen | {slot})
                    union = None if union is None or inner is None else union | inner
                    slot_empty = slot_empty or inner_empty
                cached_first = _SLOT_FIRST[key] = (slots, None if union is None else frozenset(union), slot_empty)
            _, first_of_slot, slot_empty = cached_first
            here = None if first_of_slot is None else set(first_of_slot)
            empty = bool(slot_opt) or slot_empty
        elif gap:
            here, empty = None, True
        elif start or end:
            here, empty = set(), True
        else:
            here, empty = {w for w in word.split("/") if w}, bool(word_opt) or "" in word.split("/")
        if nullable:
            found = None if found is None or here is None else found | here
            nullable = empty
    return found, nullable, i


def anchor_words(template: str, slots: Slots, common: frozenset[str]) -> frozenset[str] | None:
    """A set of words of which every match of the template holds at least one, chosen to be as rare
    as possible (no `common` word if it can be helped): the detector skips a rule whose anchor is
    not in the text. None when no such set can be named (a template of gaps and optionals)."""
    found = _anchor_of_alternation(list(_ELEMENT.finditer(template)), 0, slots, common)[0]
    return None if found is None else frozenset(found)


def anchor_sets(template: str, slots: Slots, common: frozenset[str], most: int = 2) -> list[frozenset[str]]:
    """Up to `most` sets of words, each of which every match holds one of (the rarest first): for a
    template that is one sequence, its rarest required parts; otherwise the single `anchor_words`."""
    elements = list(_ELEMENT.finditer(template))
    if any(m.group(11) for m in elements) or any(m.group(9) for m in elements[:0]):
        single = anchor_words(template, slots, common)
        return [single] if single else []
    parts: list[set[str]] = []
    i = 0
    while i < len(elements):
        m = elements[i]
        slot, _weak, slot_opt, _gap, _start, _end, word, word_opt, opening, _closing, _bar, _clause = m.groups()
        i += 1
        if opening:
            depth, j = 1, i
            while j < len(elements) and depth:
                depth += 1 if elements[j].group(9) else -1 if elements[j].group(10) else 0
                j += 1
            inner = "".join(e.group() + " " for e in elements[i : j - 1])
            optional = elements[j - 1].group(10).endswith("?")
            found = None if optional else anchor_words(inner, slots, common)
            if found:
                parts.append(set(found))
            i = j
        elif slot and not slot_opt:
            words = set(words_of("{" + slot + "}", slots))
            if words:
                parts.append(words)
        elif word and not word_opt and "" not in word.split("/"):
            parts.append(set(word.split("/")))
    parts.sort(key=lambda p: _rarity(p, common))
    return [frozenset(p) for p in parts[:most]]


def _rarity(words: set[str], common: frozenset[str]) -> tuple[int, int]:
    return len(words & common), len(words)


def _anchor_of_alternation(
    elements: list[re.Match[str]], i: int, slots: Slots, common: frozenset[str]
) -> tuple[set[str] | None, int]:
    union: set[str] | None = set()
    while True:
        branch, i = _anchor_of_sequence(elements, i, slots, common)
        union = None if union is None or branch is None else union | branch
        if i < len(elements) and elements[i].group(11):
            i += 1
            continue
        return union, i


def _anchor_of_sequence(
    elements: list[re.Match[str]], i: int, slots: Slots, common: frozenset[str]
) -> tuple[set[str] | None, int]:
    best: set[str] | None = None
    while i < len(elements):
        m = elements[i]
        slot, _weak, slot_opt, _gap, _start, _end, word, word_opt, opening, closing, bar, _clause = m.groups()
        if closing or bar:
            break
        i += 1
        here: set[str] | None = None
        if opening:
            inner, i = _anchor_of_alternation(elements, i, slots, common)
            optional = elements[i].group(10).endswith("?")
            i += 1
            here = None if optional else inner
        elif slot and not slot_opt:
            here = set(words_of("{" + slot + "}", slots)) or None
        elif word and not word_opt and "" not in word.split("/"):
            here = set(word.split("/"))
        if here and (best is None or _rarity(here, common) < _rarity(best, common)):
            best = here
    return best, i


def lexicon(slots: Slots, templates: Iterable[str]) -> set[str]:
    """Every word the grammar names."""
    found: set[str] = set()
    for phrases in slots.values():
        for phrase in phrases:
            found.update(words_of(phrase, slots))
    for template in templates:
        found.update(words_of(template, slots))
    return {w for w in found if w}


_BUILTIN = {"number": r"\d[\d.,]* "}  # slots no list of words can spell


class Compiler:
    """Turns templates into regular expressions, each slot compiled once."""

    def __init__(self, slots: Slots) -> None:
        self.slots = slots
        self._cache: dict[tuple[str, bool], str] = {}

    def slot(self, name: str, weak: bool) -> str:
        if name in _BUILTIN:
            return _BUILTIN[name]
        key = (name, weak)
        if key not in self._cache:
            if name not in self.slots:
                raise KeyError(f"unknown slot {{{name}}}")
            self._cache[key] = "(?:" + "|".join(self.phrase(p, weak) for p in self.slots[name]) + ")"
        return self._cache[key]

    def phrase(self, template: str, weak: bool = False) -> str:
        elements = list(_ELEMENT.finditer(template))
        piece, used = self._alternation(elements, 0, weak)
        if used != len(elements):
            raise ValueError(f"unbalanced ')' in {template!r}")
        return piece

    def _alternation(self, elements: list[re.Match[str]], i: int, weak: bool) -> tuple[str, int]:
        branches: list[str] = []
        out: list[str] = []
        while i < len(elements):
            m = elements[i]
            slot, slot_weak, slot_opt, gap, start, end, word, word_opt, opening, closing, bar, clause = m.groups()
            if closing:
                break
            i += 1
            if clause:
                out.append(rf"{re.escape(BREAK)} ")
            elif bar:
                branches.append("".join(out))
                out = []
            elif opening:
                inner, i = self._alternation(elements, i, weak)
                if i >= len(elements) or not elements[i].group(10):
                    raise ValueError("unbalanced '('")
                optional = elements[i].group(10).endswith("?")
                i += 1
                out.append(f"(?:{inner})?" if optional else f"(?:{inner})")
            elif slot:
                piece = self.slot(slot, weak or bool(slot_weak))
                out.append(f"(?:{piece})?" if slot_opt else piece)
            elif gap:
                out.append(f"(?:[^ {re.escape(BREAK)}]+ ){{0,{gap}}}")
            elif start:
                out.append(rf"(?<={re.escape(BREAK)} )")
            elif end:
                out.append(rf"(?={re.escape(BREAK)})")
            elif word:
                alternatives = [_word(w, weak) for w in word.split("/")]
                piece = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
                out.append(f"(?:{piece})?" if word_opt else piece)
        branches.append("".join(out))
        joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return joined, i

    def compile(self, template: str) -> re.Pattern[str]:
        return re.compile("(?<= )" + self.phrase(template))


def _word(word: str, weak: bool) -> str:
    escaped = re.escape(word)
    return (f"{escaped}(?:{WEAK})? " if weak else f"{escaped} ") if word else ""
