"""A word-level model learned from the labelled corpus: the net under the grammar.

The grammar (`crisis_en.py`, `crisis_es.py`, `harm_rules.py`) knows how things are said; people
also say them in ways no rule names ("set up the cat with my neighbour, she thinks it's for a week").
A logistic regression over the reader's words, word pairs and word beginnings (so "muriera",
"morirme" and "muero" share "muri"/"mori"/"muer"), learned from the corpus in `tests/data/words/`,
carries what those lines share: "tonight", "pills", "again", "the bridge", "no sirve de nada". It is
consulted only where no rule matched at all, so every decision the grammar makes (an idiom, a
negation, the past, someone else) stands; what it finds alone is a soft signal.

The weights are in `bot/words/model/<name>.tsv`, written by `python -m bot.words.train` from the
corpus; a test retrains and compares, so the file is never edited by hand and never drifts.
"""

from __future__ import annotations

import functools
import math
import random
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

from bot.words.normalise import BREAK, WEAK

EPOCHS = 30
RATE = 0.1
L2 = 1e-4
PREFIX = 4  # letters of a word's beginning kept as a feature of its own
DIGITS = 4  # decimals kept in the file: a retrain writes the same text
EVIDENCE = 0.5  # the weight a word needs to count as evidence on its own


def features(words: Iterable[str]) -> set[str]:
    """The words of a text, each word's beginning, and each pair of neighbours within a clause."""
    found: set[str] = set()
    previous: str | None = None
    for word in words:
        if word == BREAK:
            previous = None
            continue
        word = word.removesuffix(WEAK)
        found.add(word)
        if len(word) > PREFIX:
            found.add(word[:PREFIX] + "-")
        if previous is not None:
            found.add(previous + " " + word)
        previous = word
    return found


@dataclass(frozen=True)
class Model:
    """A weight for each feature, a bias, and the score above which the model speaks."""

    bias: float
    weights: dict[str, float]
    threshold: float

    def score(self, found: set[str]) -> float:
        weights = self.weights
        return self.bias + sum(weights.get(f, 0.0) for f in found)

    def says(self, found: set[str], stopwords: frozenset[str] | None = None) -> bool:
        """Above the threshold; with `stopwords`, also with at least one meaningful word of its own
        pulling that way ("you absolute legend" leans on "you" alone, which is evidence of nothing)."""
        if self.score(found) <= self.threshold:
            return False
        if stopwords is None:
            return True
        weights = self.weights
        return any(
            weights.get(f, 0.0) >= EVIDENCE
            for f in found
            if " " not in f and not f.endswith("-") and f not in stopwords
        )


def train(lines: Iterable[tuple[set[str], bool]], threshold: float) -> Model:
    """Logistic regression by stochastic gradient descent, in a fixed order (so it is reproducible)."""
    data = [(tuple(sorted(found)), positive) for found, positive in lines]
    weights: dict[str, float] = {}
    bias = 0.0
    order = list(range(len(data)))
    shuffle = random.Random(1)
    for _ in range(EPOCHS):
        shuffle.shuffle(order)
        for i in order:
            found, positive = data[i]
            z = bias + sum(weights.get(f, 0.0) for f in found)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            gradient = p - (1.0 if positive else 0.0)
            bias -= RATE * gradient
            for f in found:
                w = weights.get(f, 0.0)
                weights[f] = w - RATE * (gradient + L2 * w)
    kept = {f: round(w, DIGITS) for f, w in weights.items() if abs(w) >= 10**-DIGITS}
    return Model(round(bias, DIGITS), kept, threshold)


def dump(model: Model) -> str:
    """The model as text: a header line, then one feature a line, sorted (so a retrain is comparable)."""
    lines = [f"#\t{model.bias}\t{model.threshold}"]
    lines += [f"{f}\t{w}" for f, w in sorted(model.weights.items())]
    return "\n".join(lines) + "\n"


def parse(text: str) -> Model:
    rows = text.splitlines()
    _, bias, threshold = rows[0].split("\t")
    weights = {}
    for row in rows[1:]:
        feature, weight = row.split("\t")
        weights[feature] = float(weight)
    return Model(float(bias), weights, float(threshold))


@functools.lru_cache(maxsize=4)
def load(name: str) -> Model | None:
    """The shipped model `name` (crisis or harm), or None when there is none."""
    path = resources.files("bot.words") / "model" / f"{name}.tsv"
    if not path.is_file():
        return None
    return parse(path.read_text(encoding="utf-8"))
