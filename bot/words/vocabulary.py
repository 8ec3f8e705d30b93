"""What counts as a word: the detectors' own lexicon, shorthand, and the ordinary words of English and
Spanish (pyspellchecker's frequency lists), so that a known word is never "corrected" into a scary one.

"dye" is an English word, so "going to dye my hair" stays about hair; "dei" is not, so "i just want
to dei" may be a slip for "die". Without a list of real words, every word one letter from a crisis
term would be a false alarm, and every real word near it would need its own exception.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable
from importlib import resources

from bot.words.shorthand import SHORTHAND

FUZZY_MIN = 5  # letters a lexicon word needs before a typo in it is read as that word
FUZZY_TWO = 9  # ... and before two typos are
SEGMENT_MIN = 4  # a run-together word shorter than this is left alone ("abus" is "a bus")
_KNOWN_MIN_COUNT = 100  # below this, pyspellchecker's lists hold mostly typos and names
_SINGLE_LETTER_WORDS = frozenset("iayeouxq")
# Words people often write as two ordinary words.
_WRITTEN_APART = frozenset(
    {
        "myself", "yourself", "himself", "herself", "themselves", "ourselves", "yourselves", "urself",
        "overdose", "overdosing", "unalive", "selfharm", "autolesion", "suicide", "suicidal", "yoself", "yaself",
        "uself", "yurself", "meself", "thyself",
    }
)  # fmt: skip


@functools.lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Ordinary English and Spanish words, folded as the reader folds text (no accents, no apostrophes)."""
    from bot.words.normalise import fold

    known: set[str] = set()
    package = resources.files("spellchecker") / "resources"
    for language in ("en", "es"):
        with (package / f"{language}.json.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            counts: dict[str, int] = json.load(text)
        known.update(fold(word) for word, count in counts.items() if count >= _KNOWN_MIN_COUNT)
    return frozenset(w for w in known if w.isalpha())


@functools.lru_cache(maxsize=1)
def common_words(most: int = 600) -> frozenset[str]:
    """The most frequent words of English and Spanish: a rule is anchored on rarer ones when it can be."""
    from bot.words.normalise import fold

    common: set[str] = set()
    package = resources.files("spellchecker") / "resources"
    for language in ("en", "es"):
        with (package / f"{language}.json.gz").open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            counts: dict[str, int] = json.load(text)
        common.update(fold(w) for w, _ in sorted(counts.items(), key=lambda item: -item[1])[:most])
    return frozenset(common)


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance at most 1 (a swap of neighbours counts as one edit)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    i = 0
    while i < min(la, lb) and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :] or (
            i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
        )
    if la > lb:
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def distance(a: str, b: str) -> int:
    """Damerau-Levenshtein distance (optimal string alignment)."""
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


class Vocabulary:
    """The lexicon (every word the grammars name), the shorthand, and the ordinary words.

    `content` are the lexicon's meaningful words (kill, morir, burden): only they are targets of
    typo correction, never a function word such as "to" or "que".
    """

    def __init__(self, lexicon: Iterable[str], content: Iterable[str]) -> None:
        self.lexicon = frozenset(lexicon) | frozenset(SHORTHAND)
        self.content = frozenset(content)
        self.known = known_words()
        self._near: dict[str, list[str]] = {}
        self._near_short: dict[str, list[str]] = {}
        for word in self.content:
            if len(word) >= FUZZY_MIN:
                for key in {word} | _deletions(word):
                    self._near.setdefault(key, []).append(word)
                if len(word) >= FUZZY_TWO:
                    for first in _deletions(word):
                        for key in _deletions(first):
                            self._near.setdefault(key, []).append(word)
            elif len(word) >= 3:
                for key in {word} | _deletions(word):
                    self._near_short.setdefault(key, []).append(word)
        # The first halves of lexicon words written apart ("my" of "my self"): most words start none.
        joinable = {w for w in self.content if len(w) >= 6} | _WRITTEN_APART
        self.join_heads = frozenset(w[:i] for w in joinable for i in range(1, len(w)))
        self._pieces = self.lexicon | {w for w in self.known if len(w) <= 3 and w in self.lexicon}
        self._longest = max((len(w) for w in self.lexicon), default=1)

    def is_word(self, token: str) -> bool:
        return token in self.lexicon or token in self.known

    def expand(self, token: str) -> tuple[str, ...]:
        """Shorthand spelled out: "wanna" → want to, "kiero" → quiero, "u" → you."""
        return SHORTHAND.get(token, (token,))

    def splittable(self, joined: str, first: str, second: str) -> bool:
        """Whether two typed pieces are one lexicon word written apart ("my self", "sui cide"); two
        ordinary words stay two ("matar a" is not "matara", "romper la" not "romperla")."""
        if joined in _WRITTEN_APART:
            return True
        if joined not in self.content:
            return False
        return not (self.is_word(first) and self.is_word(second))

    def segment(self, token: str) -> list[str] | None:
        """A run-together word read as lexicon words ("iwanttodie"), or None.

        Only words the lexicon knows (and shorthand) may be pieces, at least one of them meaningful:
        splitting into any English word would read "therapist" as "the rapist".
        """
        if len(token) < SEGMENT_MIN or self.is_word(token) or not token.isalpha():
            return None
        n = len(token)
        best: list[list[str] | None] = [None] * (n + 1)
        best[0] = []
        for end in range(1, n + 1):
            for start in range(max(0, end - self._longest), end):
                head = best[start]
                if head is None:
                    continue
                piece = token[start:end]
                if piece not in self.lexicon or (len(piece) == 1 and piece not in _SINGLE_LETTER_WORDS):
                    continue
                candidate = [*head, piece]
                current = best[end]
                if current is None or self._cost(candidate) < self._cost(current):
                    best[end] = candidate
        found = best[n]
        if found is None or len(found) < 2 or not any(p in self.content for p in found):
            return None
        return found

    def _cost(self, pieces: list[str]) -> tuple[int, int]:
        # Fewer pieces first; then fewer pieces that are only shorthand ("just end", not "jus tend").
        return len(pieces), sum(1 for p in pieces if p in SHORTHAND and SHORTHAND[p] != (p,))

    def correct(self, token: str) -> str | None:
        """The lexicon word an unknown word is a typo of (one slip, two in long words), or None."""
        if len(token) < FUZZY_MIN - 1 or self.is_word(token):
            return None
        candidates: set[str] = set()
        for key in {token} | _deletions(token):
            candidates.update(self._near.get(key, ()))
        best: tuple[int, int, int, str] | None = None
        for word in candidates:
            d = 1 if within_one(token, word) else distance(token, word)
            limit = 2 if len(word) >= FUZZY_TWO else 1
            if d > limit:
                continue
            # Closest first; then two letters swapped (the commonest slip on a phone), then the same length.
            rank = (d, 0 if sorted(word) == sorted(token) else 1, abs(len(word) - len(token)), word)
            if best is None or rank < best:
                best = (d, rank[1], rank[2], word)
        return None if best is None else best[3]

    def correct_short(self, token: str) -> str | None:
        """A short lexicon word an unknown short word may be a slip of ("dei" → die), or None."""
        if not 3 <= len(token) <= 5 or self.is_word(token):
            return None
        keys = {token} | _deletions(token)
        found = {w for key in keys for w in self._near_short.get(key, ()) if within_one(token, w)}
        if not found:
            return None
        # Two letters swapped first ("dei" is die, not den), then the same length, then alphabetical.
        return min(found, key=lambda w: (0 if sorted(w) == sorted(token) else 1, abs(len(w) - len(token)), w))
