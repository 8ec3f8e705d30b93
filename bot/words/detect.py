"""The two detectors: crisis language in what a member writes to the bot, and harm in what a member
writes for another member. Both read the same canonical words (`normalise.Reader`) and run a grammar
(`grammar.py`); what a match means is then checked in its clause:

- a benign saying around it excuses it ("dying to see you", "5 kms today", "take my life back");
- a "not" or "never" just before lowers it ("i'm not going to hurt myself" is soft, not strong);
- someone else as the subject makes it worry about them ("my friend keeps saying she wants to die");
- the distant past lowers it, and the past with recovery in the same note ends it ("i used to want to
  die; i'm doing better");
- for harm, a prohibition or a condition around it makes it caring ("please don't hurt yourself").

Pure Python, no Discord, and fast: rules are skipped unless the text holds one of their key words.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import Generic, TypeVar

from bot.words import crisis_en, crisis_es, harm_rules, model
from bot.words.grammar import Compiler, Grammar, Rule, anchor_sets, anchor_words, first_words, lexicon, words_of
from bot.words.model import features
from bot.words.normalise import BREAK, WEAK, Reader, fold, has_word_emoji
from bot.words.vocabulary import Vocabulary, common_words

STRONG, SOFT, OTHER = "strong", "soft", "other"
Found = TypeVar("Found")  # what a detector's grammar finds: a Signal, or a harm rule's name
_RANK = {STRONG: 3, SOFT: 2, OTHER: 1}

_NEGATORS = frozenset({"not", "never", "no", "nunca", "jamas", "tampoco", "nor", "ni"})
# "can't stop thinking about it" and "no puedo dejar de pensar" are not negations of what follows.
_NOT_NEGATING_NEXT = frozenset(
    {"stop", "help", "wait", "resist", "only", "just", "sure", "shake", "puedo", "dejo", "se", "know", "matter"}
)
_FIRST = frozenset({"i", "me", "my", "myself", "mine", "im"})
# The writer as a subject ("my" is a possessive: "a guy in my class" is still about the guy).
_FIRST_SUBJECT = frozenset({"i", "me", "myself", "im", "yo"})
# English people words only: in Spanish the person is in the verb ("le pedí a mi amiga que…" is the
# writer speaking), and the Spanish grammar has its own third-person rules.
_THIRD = frozenset(crisis_en.SLOTS["third"])
FUNCTION_WORDS = frozenset(
    "i me my myself a an the to of in on at for with and or but is am are was were be been being do does "
    "did not no never it this that so just really very too all any some you your he she they we them his "
    "her their have has had will would can could should may might must if when what why how there here "
    "then than as by from up out off about into over again still even ever only more most much many like "
    "get got go going want que de la el los las un una y o a en por para con sin me mi mis te tu se su lo "
    "le les ya no si mas muy es soy estoy esta estar ser hay todo todos nada algo como cuando porque pero "
    "yo tu ella el del al".split()
)


_USED_TO_NOW = [["am"], ["is"], ["are"], ["get"], ["got"], ["getting"], ["be"], ["been"], ["so"], ["was"]]
_BENIGN_REACH = 8  # words before a match where a benign saying around it may start
# Words too common to tell a rule apart; no rule is made of these alone.
_TOO_COMMON = frozenset("i a the to my me and of is am it that this de que la el y en lo los las un una".split())


@dataclass(frozen=True)
class Signal:
    """What a text signals: `level` is strong, soft or other (worry about someone else); `rule` names why."""

    level: str
    rule: str


@dataclass
class _Lazy:
    """A regular expression compiled the first time it is needed: the grammars hold hundreds, most
    texts need a handful, and compiling them all would hold up the bot's start by seconds."""

    source: str
    _pattern: re.Pattern[str] | None = None

    @property
    def pattern(self) -> re.Pattern[str]:
        if self._pattern is None:
            self._pattern = re.compile(self.source)
        return self._pattern


@dataclass
class _Compiled(_Lazy):
    rule: Rule | None = None
    keys: frozenset[str] = frozenset()
    also: tuple[frozenset[str], ...] = ()  # further sets of words a match must hold one of
    first: frozenset[str] | None = None  # the words a match can start with; None: anywhere


def _keys(template: str, slots: dict[str, list[str]], common: frozenset[str]) -> frozenset[str]:
    """Words a rule cannot match without (any one of them): its rarest required part if it has one,
    else every word it names but the commonest."""
    anchor = anchor_words(template, slots, common)
    if anchor:
        return anchor
    words = set(words_of(template, slots))
    return frozenset(words - _TOO_COMMON or words)


class _Engine:
    """One grammar (or several) compiled, with its benign sayings."""

    def __init__(self, grammars: Sequence[Grammar], reader: Reader) -> None:
        self.reader = reader
        self.rules: list[_Compiled] = []
        self.benign_at: dict[str, list[_Lazy]] = {}  # benign sayings by the words they start with
        self.benign_anywhere: list[_Lazy] = []
        common = FUNCTION_WORDS | common_words()
        for grammar in grammars:
            compiler = Compiler({k: [fold(p) for p in v] for k, v in grammar.slots.items()})
            slots = compiler.slots
            for rule in grammar.rules:
                template = fold(rule.template)
                source = "(?<= )" + compiler.phrase(template)
                keys, first = _keys(template, slots, common), first_words(template, slots)
                also = tuple(anchor_sets(template, slots, common)[1:])
                self.rules.append(_Compiled(source, None, rule, keys, also, first))
            for saying in grammar.benign:
                template = fold(saying)
                lazy = _Lazy(compiler.phrase(template))
                first = first_words(template, slots)
                if first is None:
                    self.benign_anywhere.append(lazy)
                else:
                    for word in first:
                        self.benign_at.setdefault(word, []).append(lazy)
        self.rules.sort(key=lambda c: -_RANK.get(c.rule.level, 3) if c.rule else 0)
        # Rules by their key words: a note is read only by the rules whose key words it holds.
        self.by_key: dict[str, list[int]] = {}
        for index, compiled in enumerate(self.rules):
            for word in compiled.keys:
                self.by_key.setdefault(word, []).append(index)

    def compile_all(self) -> None:
        """Compile every rule and saying now (a running bot does this once, off the event loop)."""
        for compiled in self.rules:
            compiled.pattern  # noqa: B018
        for lazy in (*self.benign_anywhere, *(b for group in self.benign_at.values() for b in group)):
            lazy.pattern  # noqa: B018

    def text_of(self, text: str, emoji: bool = True) -> tuple[str, set[str]]:
        words = self.reader.words(text, emoji)
        plain = {w.removesuffix(WEAK) for w in words}
        return " ".join([BREAK, *words, BREAK]) + " ", plain

    def _benign_end(self, s: str, position: int) -> int:
        """Where the longest benign saying starting at `position` ends (or `position`)."""
        word = s[position : s.find(" ", position)].removesuffix(WEAK)
        furthest = position
        for lazy in (*self.benign_at.get(word, ()), *self.benign_anywhere):
            m = lazy.pattern.match(s, position)
            if m is not None and m.end() > furthest:
                furthest = m.end()
        return furthest

    def spans(self, s: str) -> list[tuple[int, int]]:
        """Every benign saying in `s` (for looking into a text; matching uses `excused`)."""
        found = ((i + 1, self._benign_end(s, i + 1)) for i, c in enumerate(s[:-1]) if c == " ")
        return [(a, b) for a, b in found if b > a]

    def excused(self, s: str, start: int, end: int) -> bool:
        """Whether a benign saying starting at most a few words before `start` covers start..end."""
        position = start
        for _ in range(_BENIGN_REACH):
            if self._benign_end(s, position) >= end:
                return True
            previous = s.rfind(" ", 0, position - 1)
            if previous < 0 or s[previous + 1 : position - 1] == BREAK:
                return False
            position = previous + 1
        return False

    def matches(self, s: str, plain: set[str]) -> Iterable[tuple[Rule, int, int, bool]]:
        """Every rule match, strongest rules first: (rule, start, end, excused by a benign saying)."""
        starts: dict[str, list[int]] = {}
        offset = 0
        for word in s.split(" "):
            if word:
                starts.setdefault(word.removesuffix(WEAK), []).append(offset)
            offset += len(word) + 1
        by_key = self.by_key
        candidates = {index for word in plain if word in by_key for index in by_key[word]}
        # Clause edges: a match lies in the clause that holds one of the rule's key words (or runs
        # into the next one, for the few rules written across a comma).
        breaks = [i for i, c in enumerate(s) if c == BREAK]
        clause_of = {p: bisect.bisect(breaks, p) for positions in starts.values() for p in positions}
        rules = self.rules
        single = len(breaks) <= 2  # one clause: every position is in it
        for index in sorted(candidates):
            compiled = rules[index]
            also = compiled.also
            if compiled.rule is None or (also and also[0].isdisjoint(plain)):
                continue
            pattern = compiled.pattern
            first = compiled.first
            if single:
                if first is None:
                    found: Iterable[re.Match[str] | None] = pattern.finditer(s)
                else:
                    found = map(pattern.match, repeat(s), sorted(p for w in first & plain for p in starts[w]))
            else:
                # The clauses that hold a key word, and the one before each (for rules across a comma).
                clauses = {clause_of[p] for w in compiled.keys & plain for p in starts[w]}
                clauses |= {c - 1 for c in clauses}
                if first is None:
                    found = pattern.finditer(s, breaks[max(min(clauses) - 1, 0)])
                else:
                    positions = sorted(p for w in first & plain for p in starts[w] if clause_of[p] in clauses)
                    found = map(pattern.match, repeat(s), positions)
            for m in found:
                if m is not None:
                    yield compiled.rule, m.start(), m.end(), self.excused(s, m.start(), m.end())


def _clause_before(s: str, start: int, n: int) -> list[str]:
    """Up to n words before `start`, in its clause."""
    head = s[:start].rsplit(BREAK, 1)[-1].split()
    return [w.removesuffix(WEAK) for w in head[-n:]]


def _clause(s: str, start: int, end: int) -> str:
    left = s.rfind(BREAK, 0, start)
    right = s.find(BREAK, end)
    return s[left + 1 : right if right >= 0 else len(s)]


def _negated(before: list[str]) -> bool:
    for i, word in enumerate(before[-3:]):
        if word in _NEGATORS:
            following = before[-3:][i + 1 : i + 2]
            if not following or following[0] not in _NOT_NEGATING_NEXT:
                return True
    return False


def _subject_is_someone_else(before: list[str], inside: str) -> bool:
    """Whether the clause is about someone else: a third person before the match, and no "I" between
    them or inside the match ("they pumped my stomach" is about the writer)."""
    if any(w in _FIRST for w in inside.split()):
        return False
    for word in reversed(before):
        if word in _FIRST_SUBJECT:
            return False
        if word in _THIRD:
            return True
    return False


class _Detector(Generic[Found]):
    """What both detectors share: a grammar engine, a server's own phrases, and the model under them.

    `grammar` reads a text with emoji that stand for words as those words, and again with them as
    spaces if nothing was found ("i want to 🔪 myself" and "i 💀 want 💀 to 💀 die" are both read)."""

    def __init__(
        self, grammars: Sequence[Grammar], name: str, reader: Reader, extra: Iterable[str], use_model: bool
    ) -> None:
        self._engine = _Engine(grammars, reader)
        self._extra = _phrases(reader, extra)
        self._model = model.load(name) if use_model else None

    def compile_all(self) -> None:
        self._engine.compile_all()

    def grammar(self, text: str) -> tuple[Found | None, bool, str]:
        """What the rules say, whether any rule matched at all (even one excused), and the words read."""
        found = self._grammar(*self._engine.text_of(text))
        if found[0] is None and has_word_emoji(text, 2):
            again = self._grammar(*self._engine.text_of(text, emoji=False))
            if again[0] is not None:
                return again
        return found

    def _grammar(self, s: str, plain: set[str]) -> tuple[Found | None, bool, str]:
        raise NotImplementedError

    def _server_says(self, s: str) -> bool:
        return self._extra is not None and self._extra.search(s) is not None

    def _model_says(self, s: str, matched: bool, stopwords: frozenset[str] | None = None) -> bool:
        """The model speaks only where no rule matched at all, so every decision of the grammar stands."""
        return not matched and self._model is not None and self._model.says(features(s.split()), stopwords)


class CrisisDetector(_Detector[Signal]):
    """Crisis language in a member's own words, in every language the bot has a grammar for."""

    def __init__(self, reader: Reader, extra: Iterable[str] = (), *, use_model: bool = True) -> None:
        super().__init__([crisis_en.GRAMMAR, crisis_es.GRAMMAR], "crisis", reader, extra, use_model)
        compiler = Compiler({})
        self._past = [re.compile("(?<= )" + compiler.phrase(fold(p))) for p in crisis_en.PAST + crisis_es.PAST]
        recovered = [compiler.phrase(fold(p)) for p in crisis_en.RECOVERED + crisis_es.RECOVERED]
        self._recovered = re.compile("(?<= )(?:" + "|".join(recovered) + ")")

    def signal(self, text: str) -> Signal | None:
        """The strongest signal in the text, or None for everyday words."""
        if not text or not text.strip():
            return None
        found, matched, s = self.grammar(text)
        if found is None and self._server_says(s):
            return Signal(SOFT, "server")
        if self._model_says(s, matched):
            return Signal(SOFT, "model")  # no rule spoke: what the corpus's words say, gently
        return found

    def _grammar(self, s: str, plain: set[str]) -> tuple[Signal | None, bool, str]:
        best: Signal | None = None
        recovered: bool | None = None
        matched = False
        for rule, start, end, excused in self._engine.matches(s, plain):
            matched = True
            if best is not None and best.level == SOFT and rule.level != STRONG:
                break  # the strong rules are behind us: nothing left can say more than soft
            if excused:
                continue
            level = rule.level
            before = _clause_before(s, start, 6)
            if rule.personal and level != OTHER:
                if _subject_is_someone_else(before, s[start:end]):
                    level = OTHER
                elif rule.negatable and _negated(before):
                    level = SOFT if level == STRONG else ""
                if level in (STRONG, SOFT) and self._in_past(s, start, end):
                    if recovered is None:
                        recovered = any(
                            not _negated(_clause_before(s, m.start(), 2)) for m in self._recovered.finditer(s)
                        )
                    level = "" if recovered else SOFT
            if level and (best is None or _RANK[level] > _RANK[best.level]):
                best = Signal(level, rule.name)
                if level == STRONG:
                    return best, True, s
        return best, matched, s

    def _in_past(self, s: str, start: int, end: int) -> bool:
        clause = " " + _clause(s, start, end)
        for pattern in self._past:
            for m in pattern.finditer(clause):
                if not (m.group().startswith("used to") and clause[: m.start()].split()[-1:] in _USED_TO_NOW):
                    return True
        return False


class HarmDetector(_Detector[str]):
    """Words that tell or wish someone else to hurt or kill themselves, or threaten them."""

    def __init__(self, reader: Reader, extra: Iterable[str] = (), *, use_model: bool = True) -> None:
        super().__init__([harm_rules.GRAMMAR], "harm", reader, extra, use_model)

    def find(self, text: str) -> str | None:
        """The name of the rule the text breaks, or None when it may be passed on."""
        if not text or not text.strip():
            return None
        found, matched, s = self.grammar(text)
        if found is not None:
            return found
        if self._server_says(s):
            return "server"
        if self._model_says(s, matched, FUNCTION_WORDS):
            return "model"
        return None

    def _grammar(self, s: str, plain: set[str]) -> tuple[str | None, bool, str]:
        matched = False
        for rule, start, _end, excused in self._engine.matches(s, plain):
            matched = True
            if excused:
                continue
            before = _clause_before(s, start, 4)
            if before and before[-1] in _FIRST and rule.name in ("go_die", "kill_yourself"):
                continue  # "i want to die already" is the sender's own pain, answered elsewhere
            return rule.name, True, s
        return None, matched, s

    def harmful(self, text: str) -> bool:
        return self.find(text) is not None


def _phrases(reader: Reader, phrases: Iterable[str]) -> re.Pattern[str] | None:
    """A server's own phrases, read like any text (so their disguises are undone too), matched word for word."""
    alternatives = []
    for phrase in phrases:
        words = [w.removesuffix(WEAK) for w in reader.words(phrase) if w != BREAK]
        if words:
            alternatives.append(" ".join(re.escape(w) + f"(?:{WEAK})?" for w in words) + " ")
    if not alternatives:
        return None
    return re.compile("(?<= )(?:" + "|".join(sorted(set(alternatives), key=len, reverse=True)) + ")")


def build_vocabulary() -> Vocabulary:
    """The vocabulary both detectors read with: every word any grammar names. Only the rules' words are
    meaningful (targets of typo correction); words that only benign sayings use are known, not sought."""
    words: set[str] = set()
    content: set[str] = set()
    for grammar in (crisis_en.GRAMMAR, crisis_es.GRAMMAR, harm_rules.GRAMMAR):
        slots = {k: [fold(p) for p in v] for k, v in grammar.slots.items()}
        rules = lexicon(slots, [fold(r.template) for r in grammar.rules])
        words |= rules | lexicon(slots, [fold(b) for b in grammar.benign])
        content |= {w for w in rules if w not in FUNCTION_WORDS and not w.isdigit()}
    return Vocabulary(words, content)
