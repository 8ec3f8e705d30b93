"""Text as members type it, turned back into plain words before anything is matched.

People write on phones, fast, in a second language, and sometimes on purpose to get past a filter.
Both detectors (crisis language and harm to others) read the same canonical words, so a disguise
that is undone here is undone for both:

- width, case, accents, apostrophes (’ ' or none), invisible and bidi characters;
- look-alike letters from Cyrillic and Greek, and full-width or "fancy" letters (NFKC);
- letters spaced or dotted out ("k i l l", "k.y.s", "m-a-t-a-t-e");
- digits and symbols for letters ("k1ll", "d13", "$uicide", "k*ll"), but not numbers with a unit
  ("5km", "10am");
- repeated letters ("dieeee", "moriiiir");
- words run together ("iwanttodie", "#killmyself") or split ("my self", "sui cide");
- one typo in a word of five or more letters; a typo in a short word is only *marked* (`_w`), so the
  grammar can accept it inside a crisis frame ("i want to dei") and nowhere else ("dye my hair").

Sentence and clause breaks (. , ! ? ; and new lines) are kept as `|`, so that a pattern never joins
one clause to the next.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from bot.words.vocabulary import Vocabulary

LONG_TYPO = 6  # a typo in a word this long is likelier than a run of words
WEAK = "_w"  # suffix of a short word read through a typo: only crisis frames accept it
BREAK = "|"

_APOSTROPHES = "'`´‘’‚‛′‵ʹʻʼʽʾʿˈˊˋ՚׳᾽᾿ꞌ＇"
# A regular expression, not str.translate: translate walks a dict per character, ten times slower.
_DROP_APOSTROPHES = re.compile("[" + re.escape(_APOSTROPHES) + "]")
_INVISIBLE_LETTERS = frozenset("\u115f\u1160\u3164\uffa0")

# Letters that look Latin but are not: a disguise, or a keyboard in another script.
_LOOKALIKES = str.maketrans(
    {
        # Cyrillic
        "а": "a", "б": "b", "в": "b", "г": "r", "д": "d", "е": "e", "ё": "e", "ж": "x", "з": "3", "и": "u",
        "й": "u", "к": "k", "л": "n", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t",
        "у": "y", "ф": "f", "х": "x", "ц": "u", "ч": "4", "ш": "w", "щ": "w", "ъ": "b", "ы": "bi", "ь": "b",
        "э": "e", "ю": "io", "я": "r", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d", "ԛ": "q", "ԝ": "w",
        "ӏ": "l", "ү": "y", "һ": "h", "ԍ": "g", "є": "e", "ѡ": "w",
        # Greek
        "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o", "ι": "i", "κ": "k",
        "λ": "l", "μ": "u", "ν": "v", "ξ": "e", "ο": "o", "π": "n", "ρ": "p", "σ": "o", "ς": "s", "τ": "t",
        "υ": "u", "φ": "f", "χ": "x", "ψ": "y", "ω": "w", "ϲ": "c", "ϳ": "j",
        # Latin letters that NFKD does not take apart
        "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ŧ": "t", "ƀ": "b", "ɨ": "i", "ʉ": "u",
        "ß": "ss", "æ": "ae", "œ": "oe", "þ": "p", "ƒ": "f", "ɡ": "g", "ɑ": "a", "ɩ": "i", "ʀ": "r",
        "ꜱ": "s", "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j",
        "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v",
        "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "€": "e", "£": "l", "¡": "i", "¢": "c", "¥": "y",
    }
)  # fmt: skip

# Emoji that stand for a word in how people write about harm; any other emoji is a space.
_EMOJI_WORDS = {
    "🔪": " knife ",
    "🗡": " knife ",
    "🔫": " gun ",
    "💊": " pills ",
    "🪢": " rope ",
    "⚰": " coffin ",
    "🩸": " blood ",
    "💀": " skull ",
    "🌉": " bridge ",
    "🚆": " train ",
    "🚂": " train ",
    "🚄": " train ",
    "☠": " skull ",
}
_EMOJI = re.compile("|".join(map(re.escape, _EMOJI_WORDS)))


def has_word_emoji(text: str, at_least: int = 1) -> bool:
    """Whether the text holds (at least so many of) the emoji the reader turns into words."""
    if at_least <= 1:
        return _EMOJI.search(text) is not None
    return len(_EMOJI.findall(text)) >= at_least


# Letters spaced or dotted out: three or more single characters with separators between them.
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W_@$!*|+]|[0-9@$!*])(?:[ .\-_*/·•,+~=]+(?:[^\W_]|[@$!*])(?![^\W_])){2,}")
_SEPARATORS = re.compile(r"[ .\-_*/·•,+~=]+")
# A word: letters, digits, and the symbols people put in place of letters.
_TOKEN = re.compile(r"\*?[^\W_]+(?:[@$!*|+][^\W_]+)*[@$*]?|[@$][^\W_]+(?:[@$!*|+][^\W_]+)*[*]?|[|]")
_SENTENCE_END = re.compile(r"[.,!?;:\n¿¡()…]+")  # quotes are not breaks: `someone said "kys" to me`
_WITHOUT = re.compile(r"\bw/o\b")
# A number with a unit or an ordinal (5km, 10am, 3rd, 2do): never leet. Anything else that starts
# with a digit ("0ff", "5lit", "m4t4t3") may be letters in disguise.
_UNIT = re.compile(
    r"^\d+(?:[.,]\d+)?(?:km|kms|k|mi|miles|kg|kgs|g|gr|lb|lbs|m|cm|mm|ml|l|am|pm|h|hr|hrs|hs|min|mins|s|sec|secs|x|"
    r"st|nd|rd|th|a|o|er|do|ro|to|vo|mo|no|%)?$"
)

# Digits and symbols that stand for letters. Several readings for the ambiguous ones.
_LEET: dict[str, tuple[str, ...]] = {
    "0": ("o",),
    "1": ("i", "l"),
    "3": ("e",),
    "4": ("a",),
    "5": ("s",),
    "6": ("g",),
    "7": ("t",),
    "8": ("b",),
    "9": ("g",),
    "@": ("a",),
    "$": ("s",),
    "!": ("i", "l"),
    "|": ("l", "i"),
    "+": ("t",),
    "*": ("i", "a", "e", "o", "u"),
}
_LEET_CHARS = frozenset(_LEET)


def fold(text: str, emoji: bool = True) -> str:
    """Lower-case, no accents, apostrophes, invisible characters or look-alike letters; with `emoji`,
    the few emoji that stand for a word become that word (🔪 knife), else every emoji is a space."""
    if text.isascii():
        return text.replace("'", "").replace("`", "").lower()
    text = _DROP_APOSTROPHES.sub("", text)
    if emoji:
        text = _EMOJI.sub(lambda m: _EMOJI_WORDS[m.group()], text)
    text = unicodedata.normalize("NFKC", text).casefold()
    if _OTHER_SCRIPTS.search(text):
        text = text.translate(_LOOKALIKES)
    text = unicodedata.normalize("NFKD", text)
    return _DROP_APOSTROPHES.sub("", _NON_ASCII.sub(_visible_match, text))


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Cyrillic, Greek, IPA and small capitals, the letters that stand in for Latin ones; and the symbols
# in _LOOKALIKES: most notes hold none of them, so the translation is skipped.
_OTHER_SCRIPTS = re.compile(
    "[\u0250-\u02af\u0370-\u052f\u1d00-\u1d7f\ua700-\ua7ff\u0131\u0142\u00f8\u0111\u00f0"
    "\u0127\u0167\u0180\u0268\u0289\u00df\u00e6\u0153\u00fe\u0192\u20ac\u00a3\u00a1\u00a2\u00a5]"
)


def _visible_match(match: re.Match[str]) -> str:
    return _visible(match.group())


@functools.lru_cache(maxsize=8192)
def _visible(c: str) -> str:
    if c.isascii():
        return c
    category = unicodedata.category(c)
    if category[0] == "M" or category == "Cf" or c in _INVISIBLE_LETTERS:
        return ""  # accents NFKD split off, and zero-width characters that could hide a word
    if category[0] in "LN":
        return c
    return " "  # emoji and other symbols separate words


def _join_spaced(text: str) -> str:
    return _SPACED.sub(_joined, text)


def _joined(match: re.Match[str]) -> str:
    """The letters of a spaced-out run joined; where two kinds of separator are used ("m-a-t-a  y-a"),
    the wider one is kept as the space between words."""
    run = match.group()
    separators = _SEPARATORS.findall(run)
    wide = [sep for sep in separators if " " in sep]
    if wide and len(wide) < len(separators):
        words = re.split("|".join(sorted({re.escape(w) for w in wide}, key=len, reverse=True)), run)
        return " " + " ".join(_SEPARATORS.sub("", w) for w in words) + " "
    if separators and len({len(sep) for sep in separators}) > 1 and all(set(sep) == {" "} for sep in separators):
        widest = max(len(sep) for sep in separators)
        words = re.split(f" {{{widest},}}", run)
        return " " + " ".join(_SEPARATORS.sub("", w) for w in words) + " "
    return " " + _SEPARATORS.sub("", run) + " "


_ONE_WORD_CLAUSES = re.compile(r"(?:^|\| )[^ |]+ \| [^ |]+(?: \||$)")
_TOKEN_OR_BREAK = re.compile(_TOKEN.pattern + "|" + _SENTENCE_END.pattern)


def raw_tokens(text: str, emoji: bool = True) -> list[str]:
    """Words and sentence breaks, before any word is read."""
    text = _join_spaced(_WITHOUT.sub(" without ", fold(text, emoji)))
    out = []
    for token in _TOKEN_OR_BREAK.findall(text):
        if token[0] in "|" or token[0].isalnum() or token[0] in "@$*":
            out.append(_edges(token) if token[0] in _EDGE or token[-1] in _EDGE else token)
        else:
            out.append(BREAK)
    return out


_EDGE = frozenset("!|+*")


def _edges(token: str) -> str:
    """Punctuation around a word goes; a lone `*` at one edge stands for a letter ("*nd", "d*")."""
    token = token.strip("!|+")
    if token.startswith("*") and token.endswith("*"):
        return token.strip("*")  # *emphasis*
    return token


class Reader:
    """Turns a text into canonical words, with the vocabulary that says what a known word is."""

    def __init__(self, vocabulary: Vocabulary) -> None:
        self.vocabulary = vocabulary
        self._seen: dict[str, tuple[str, ...]] = {}

    def words(self, text: str, emoji: bool = True) -> list[str]:
        """Canonical words, with `|` between clauses and `_w` on short words read through a typo."""
        tokens = raw_tokens(text, emoji)
        vocabulary = self.vocabulary
        heads, read, seen = vocabulary.join_heads, self.read, self._seen
        out: list[str] = []
        i, n = 0, len(tokens)
        while i < n:
            token = tokens[i]
            i += 1
            if token == BREAK or not token:
                if token and out and out[-1] != BREAK:
                    out.append(BREAK)
                continue
            if token in heads and i < n:
                # "my self" → myself, "sui cide" → suicide: two pieces that make one lexicon word.
                following = tokens[i]
                pair = token + following
                if len(pair) >= 6 and vocabulary.splittable(pair, token, following):
                    out.extend(read(pair))
                    i += 1
                    continue
            found = seen.get(token)
            out.extend(found if found is not None else read(token))
        while out and out[-1] == BREAK:
            out.pop()
        if out.count(BREAK) >= 2 and _ONE_WORD_CLAUSES.search(" ".join(out)):
            return self._rejoin(out)
        return out

    def _rejoin(self, words: list[str]) -> list[str]:
        """Words cut apart with full stops ("kill. your. self.", "sui.cida.te"): three clauses or more of
        one word each are one clause, read again as one word when that spells something ("suicidate")."""
        clauses: list[list[str]] = [[]]
        for word in words:
            if word == BREAK:
                clauses.append([])
            else:
                clauses[-1].append(word)
        out: list[list[str]] = []
        i = 0
        while i < len(clauses):
            j = i
            while j < len(clauses) and len(clauses[j]) == 1:
                j += 1
            if j - i >= 2 and (j - i >= 3 or not all(self.vocabulary.is_word(c[0]) for c in clauses[i:j])):
                pieces = [c[0] for c in clauses[i:j]]
                whole = self.read("".join(pieces))
                out.append(list(whole) if len(whole) < len(pieces) else pieces)
                i = j
            else:
                out.append(clauses[i])
                i += 1
        joined: list[str] = []
        for clause in out:
            if joined:
                joined.append(BREAK)
            joined.extend(clause)
        return joined

    def read(self, token: str) -> tuple[str, ...]:
        """One typed word as canonical words (a run-together word becomes several)."""
        found = self._seen.get(token)
        if found is None:
            if len(self._seen) > 50_000:
                self._seen.clear()  # members reuse a few thousand words; the bound keeps memory flat
            found = self._seen[token] = self._read(token)
        return found

    def _read(self, token: str) -> tuple[str, ...]:
        vocabulary = self.vocabulary
        if token.isdigit() or _UNIT.match(token):
            return vocabulary.expand(token)
        if vocabulary.is_word(token):
            return vocabulary.expand(token)
        forms = list(_leet_forms(token))
        content, lexicon = vocabulary.content, vocabulary.lexicon
        known = vocabulary.known
        # A meaningful, real word first: "h*ng" is hang (not "hing"), "*nd" is end (not "and").
        for accept in (lambda f: f in content and f in known, lambda f: f in content, lambda f: f in lexicon):
            for form in forms:
                if accept(form):
                    return vocabulary.expand(form)
        squeezed = [q for q in (_squeeze(form, vocabulary) for form in forms) if q is not None]
        for word in squeezed:  # "dieeee" is die
            if word in content:
                return vocabulary.expand(word)
        for form in forms:
            if vocabulary.is_word(form):
                return vocabulary.expand(form)
        plain = _collapse(forms[0], 2)
        corrected = vocabulary.correct(plain)
        if corrected is not None and len(corrected) >= LONG_TYPO:
            return vocabulary.expand(corrected)  # "suisidar" is suicidar, before "sui si dar"
        pieces = vocabulary.segment(plain)
        if pieces is None and len(plain) > 3:
            pieces = vocabulary.segment(_collapse(plain, 1))
        if pieces is not None:
            return tuple(w for piece in pieces for w in vocabulary.expand(piece))  # "abus" is a bus
        if corrected is not None:
            return vocabulary.expand(corrected)  # "morri" is morir
        if squeezed:
            return vocabulary.expand(squeezed[0])  # "sleeeep" is sleep
        weak = vocabulary.correct_short(plain)
        if weak is not None:
            return (weak + WEAK,)
        return (plain,)


def _leet_forms(token: str) -> Iterator[str]:
    """The token with digits and symbols read as letters: each plausible reading, the likeliest first."""
    if not any(c in _LEET_CHARS for c in token):
        yield token
        return
    forms = [""]
    for c in token:
        options = _LEET.get(c, (c,))
        forms = [f + o for f in forms for o in options][:32]
    yield from forms


_RUN = re.compile(r"(.)\1+")


def _collapse(word: str, keep: int) -> str:
    return _RUN.sub(lambda m: m.group(1) * min(keep, len(m.group())), word)


def _squeeze(word: str, vocabulary: Vocabulary) -> str | None:
    """ "dieeee" → "die", "killlll" → "kill": letters held down, read back to a known word."""
    if not _RUN.search(word):
        return None
    doubled = _collapse(word, 2)
    if vocabulary.is_word(doubled):
        return doubled
    runs = [m.span() for m in _RUN.finditer(doubled)][:5]
    for mask in range(1, 1 << len(runs)):
        chars = list(doubled)
        for bit, (start, _end) in enumerate(runs):
            if mask >> bit & 1:
                chars[start] = ""
        candidate = "".join(chars)
        if vocabulary.is_word(candidate):
            return candidate
    return None
