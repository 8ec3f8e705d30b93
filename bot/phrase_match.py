"""Finding crisis language (and words that tell someone else to hurt themselves) in what members write.

A member who is struggling types fast, on a phone, maybe in a second language: curly apostrophes,
typos, "kill my self", "selfharm", stray zero-width characters pasted from elsewhere. Missing such a
note costs far more than a false alarm (which costs one kind message), so matching is generous:

- text is normalised (width, case, accents, apostrophes, punctuation, invisible characters);
- phrases match on whole words, so "skill" is never "kill" and "spend it all" is not "end it all";
- a word of 5 or more letters may carry one typo (Damerau-Levenshtein distance 1); shorter words
  must be exact, because one edit on a short word lands on too many ordinary words ("die"/"dye");
- a phrase word may be written as two words ("my self") and two phrase words as one ("selfharm").

Benign phrases are ordinary sayings that would otherwise trip a phrase ("me corto el pelo", I cut my
hair; "overdone", one letter from "overdose"). A benign span excuses a match that lies wholly inside
it, or that only reached it through a typo; it never hides a phrase that is there exactly and goes
beyond it, so "want to die for real" still matches even if "to die for" were listed as benign.

Pure Python, no Discord: the cogs decide what to do with a match.
"""

from __future__ import annotations

import functools
import re
import unicodedata
import weakref
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from bot.catalogue import Catalogue

FUZZY_MIN = 5  # letters a phrase word needs before a one-letter slip is forgiven
MAX_JOIN = 3  # phrase words that may run together in one typed word ("endmylife", "#killmyself")
_SEEN_MAX = 50_000

# Every character people (or their keyboards) use as an apostrophe. They are dropped, not turned
# into spaces, so that "don’t", "don't", "donʼt" and "dont" are one word. ´ and ᾽ must go before
# NFKC, which would split them into a space and a combining accent.
_APOSTROPHES = "'`´‘’‚‛′‵ʹʻʼʽʾʿˈˊˋ՚׳᾽᾿ꞌ＇"
_DROP_APOSTROPHES = str.maketrans("", "", _APOSTROPHES)
# Hangul fillers are letters to Unicode but print as nothing, so they are used like zero-width spaces.
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")
_NON_WORD = re.compile(r"[\W_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def normalise(text: str) -> str:
    """Lower-case words without accents, apostrophes or invisible characters, separated by one space."""
    text = text.translate(_DROP_APOSTROPHES)
    if not text.isascii():  # most notes are ASCII; spare them the per-character pass
        text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
        text = _NON_ASCII.sub(_drop_hidden, text)
        text = text.translate(_DROP_APOSTROPHES)  # NFKC turns the full-width apostrophe into '
    else:
        text = text.lower()
    return " ".join(_NON_WORD.sub(" ", text).split())


@functools.lru_cache(maxsize=4096)
def _visible(c: str) -> str:
    # Marks are the accents NFKD split off; Cf are zero-width and bidi controls that could hide a phrase.
    category = unicodedata.category(c)
    return "" if category[0] == "M" or category == "Cf" or c in _INVISIBLE_LETTERS else c


def _drop_hidden(match: re.Match[str]) -> str:
    return _visible(match.group())


def words(text: str) -> list[str]:
    """The normalised words of a text, in order."""
    return normalise(text).split()


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment): edits, counting a swap of neighbours as one."""
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]


def within_one(a: str, b: str) -> bool:
    """`distance(a, b) <= 1`, without building the table: this runs for every candidate word."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    shorter = min(la, lb)
    while i < shorter and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :] or (
            i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        )
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _fits(typed: str, parts: tuple[str, ...], slips: int = 1) -> bool:
    """Whether `typed` reads as `parts` written together, with at most `slips` typos, each inside a long word.

    Without this, "skillmyself" would be one edit from "killmyself" although "kill" must be exact.
    """
    first, rest = parts[0], parts[1:]
    loose = slips > 0 and len(first) >= FUZZY_MIN
    if not rest:
        return typed == first or (loose and within_one(typed, first))
    cuts = (len(first) - 1, len(first), len(first) + 1) if loose else (len(first),)
    for cut in cuts:
        piece = typed[:cut]
        if piece == first:
            if _fits(typed[cut:], rest, slips):
                return True
        elif loose and within_one(piece, first) and _fits(typed[cut:], rest, slips - 1):
            return True
    return False


class _Node:
    """One step into the phrase trie.

    `children` are the phrase's next words; `edges` adds, for matching, the next 2..MAX_JOIN words
    run together, each label leading to the node(s) after them.
    """

    __slots__ = ("children", "edges", "phrase")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.edges: dict[str, list[_Node]] = {}
        self.phrase: str | None = None


def _trie(phrases: Iterable[str]) -> _Node:
    root = _Node()
    for phrase in phrases:
        node = root
        tokens = words(phrase)
        for token in tokens:
            node = node.children.setdefault(token, _Node())
        if tokens and node.phrase is None:  # two phrases that normalise alike: report the first
            node.phrase = phrase
    return root


def _add_edges(root: _Node) -> dict[str, set[tuple[str, ...]]]:
    """Fill in every node's `edges`; returns every label with the phrase words it is made of."""
    labels: dict[str, set[tuple[str, ...]]] = {}
    stack = [root]
    while stack:
        node = stack.pop()
        paths = [((word,), child) for word, child in node.children.items()]
        for depth in range(MAX_JOIN):
            if depth:
                paths = [((*parts, more), after) for parts, child in paths for more, after in child.children.items()]
            for parts, target in paths:
                label = "".join(parts)
                targets = node.edges.setdefault(label, [])
                if target not in targets:
                    targets.append(target)
                labels.setdefault(label, set()).add(parts)
        stack.extend(node.children.values())
    return labels


class PhraseMatcher:
    """Finds any of a list of phrases in a text, forgiving typos and run-together or split words.

    Build it once (it indexes every phrase word) and call `matches` on each note.
    """

    def __init__(self, phrases: Iterable[str], benign: Iterable[str] = ()) -> None:
        self._root = _trie(phrases)
        self._parts = _add_edges(self._root)
        self._labels = set(self._parts)
        self._benign = _trie(benign)  # matched word for word: a loose benign phrase could hide a real one
        # Symmetric deletion index: two words within one edit always share a one-letter deletion (or
        # one is a deletion of the other), so a typed word finds its candidates by a few dict look-ups.
        self._near: dict[str, list[str]] = {}
        for label in self._labels:
            if len(label) >= FUZZY_MIN:
                for key in {label} | _deletions(label):
                    self._near.setdefault(key, []).append(label)
        # A typed pair can only be one phrase word if its first part starts a phrase word, or its
        # second ends one (the single slip sits in the other half): this skips most pairs cheaply.
        self._prefixes = {label[:i] for label in self._labels for i in range(1, len(label) + 1)}
        self._suffixes = {label[i:] for label in self._labels for i in range(len(label))}
        # Members reuse the same few thousand words, so remembering each word's candidates makes a
        # note mostly dict look-ups; the bound keeps a long-running bot's memory flat.
        self._seen: dict[str, list[tuple[str, bool]]] = {}

    def matches(self, text: str) -> bool:
        """Whether the text contains any of the phrases."""
        return self.find(text) is not None

    def find(self, text: str) -> str | None:
        """The first phrase (as listed) found in the text, or None."""
        tokens = words(text)
        steps = self._steps(tokens)
        benign: list[bool] | None = None
        cover: list[int] = []
        n = len(tokens)
        for start in range(n):
            if not steps[start]:
                continue
            stack: list[tuple[_Node, int, bool]] = [(self._root, start, False)]
            while stack:
                node, j, excused = stack.pop()
                if j >= n:
                    continue
                for label, width, typo in steps[j]:
                    children = node.edges.get(label)
                    if not children:
                        continue
                    end = j + width
                    if benign is None and (typo or any(child.phrase is not None for child in children)):
                        benign, cover = self._benign_spans(tokens)  # most notes never get this far
                    # A typo on words a benign phrase covers is no evidence: they mean what they say.
                    now_excused = excused or (typo and benign is not None and any(benign[j:end]))
                    for child in children:
                        if child.phrase is not None and not now_excused and cover[start] < end:
                            return child.phrase
                        if child.edges:
                            stack.append((child, end, now_excused))
        return None

    def _steps(self, tokens: list[str]) -> list[list[tuple[str, int, bool]]]:
        """For each position, the labels that may be read there: (label, words it takes, took a typo)."""
        steps: list[list[tuple[str, int, bool]]] = []
        last = len(tokens) - 1
        for j, token in enumerate(tokens):
            here = [(label, 1, typo) for label, typo in self._candidates(token)]
            if j < last and self._pair_may_match(token, tokens[j + 1]):
                here.extend((label, 2, typo) for label, typo in self._candidates(token + tokens[j + 1]))
            steps.append(here)
        return steps

    def _candidates(self, typed: str) -> list[tuple[str, bool]]:
        """Phrase words (and run-together phrase words) the typed word may be, with whether it took a typo."""
        found = self._seen.get(typed)
        if found is not None:
            return found
        if len(self._seen) >= _SEEN_MAX:
            self._seen.clear()
        found = [(typed, False)] if typed in self._labels else []
        if len(typed) >= FUZZY_MIN - 1:
            near: set[str] = set()
            for key in {typed} | _deletions(typed):
                near.update(self._near.get(key, ()))
            near.discard(typed)
            found.extend((label, True) for label in near if any(_fits(typed, parts) for parts in self._parts[label]))
        self._seen[typed] = found
        return found

    def _pair_may_match(self, first: str, second: str) -> bool:
        return first in self._prefixes or second in self._suffixes or first[:-1] in self._prefixes

    def _benign_spans(self, tokens: list[str]) -> tuple[list[bool], list[int]]:
        """Which tokens a benign phrase covers, and for each start the furthest end a benign span reaches."""
        n = len(tokens)
        covered = [False] * n
        reach = [0] * n
        furthest = 0
        for start in range(n):
            node, j = self._benign, start
            while j < n and (child := node.children.get(tokens[j])):
                node, j = child, j + 1
                if node.phrase is not None:
                    furthest = max(furthest, j)
                    for k in range(start, j):
                        covered[k] = True
            reach[start] = furthest
        return covered, reach


_MATCHERS: weakref.WeakKeyDictionary[Catalogue, dict[str, PhraseMatcher]] = weakref.WeakKeyDictionary()


def _from_catalogue(catalogue: Catalogue, phrases_key: str, benign_key: str) -> PhraseMatcher:
    # Every locale's list at once: a member may write in another language than their Discord speaks.
    built = _MATCHERS.setdefault(catalogue, {})
    if phrases_key not in built:
        built[phrases_key] = PhraseMatcher(
            [p for locale in catalogue.locales for p in catalogue.entry(phrases_key, locale).variants],
            [p for locale in catalogue.locales for p in catalogue.entry(benign_key, locale).variants],
        )
    return built[phrases_key]


def crisis_matcher(catalogue: Catalogue) -> PhraseMatcher:
    """Notes that should be answered with crisis resources (`crisis.phrases` of every locale)."""
    return _from_catalogue(catalogue, "crisis.phrases", "crisis.benign_phrases")


def harm_matcher(catalogue: Catalogue) -> PhraseMatcher:
    """Messages to another member that tell them to hurt themselves (`crisis.harmful_phrases`)."""
    return _from_catalogue(catalogue, "crisis.harmful_phrases", "crisis.harmful_benign_phrases")
