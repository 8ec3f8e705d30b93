"""The crisis and harm detectors, measured: recall and false alarms per language and category on the
labelled corpus (tests/data/words/), the blind held-out set (bench/data/heldout/), and time per note.

    .venv/bin/python bench/words.py            # both sets, timing on notes of 1,000 characters
    .venv/bin/python bench/words.py --misses   # also print every line that went wrong

Each corpus line is `lang<TAB>kind<TAB>level<TAB>text`; level says what must happen:
strong/soft (crisis: the member is offered resources), none (everyday: nothing), other (worry about
someone else), refuse (harm: not passed on), pass (caring: passed on).
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import random
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot import words  # noqa: E402
from bot.words.vocabulary import known_words  # noqa: E402

CORPUS = ROOT / "tests" / "data" / "words"
HELDOUT = ROOT / "bench" / "data" / "heldout"
CATEGORIES = {
    "strong": "crisis",
    "soft": "crisis",
    "none": "everyday",
    "other": "other",
    "refuse": "harm",
    "pass": "caring",
}


@dataclass(frozen=True)
class Line:
    lang: str
    kind: str
    level: str
    text: str
    source: str

    @property
    def category(self) -> str:
        return CATEGORIES[self.level]


def load(folder: Path) -> list[Line]:
    """Every labelled line of every .tsv file in the folder."""
    lines: list[Line] = []
    for path in sorted(folder.glob("*.tsv")):
        for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not raw.strip() or raw.startswith("#"):
                continue
            lang, kind, level, text = raw.split("\t")
            if level not in CATEGORIES:
                raise ValueError(f"{path.name}:{number}: unknown level {level!r}")
            lines.append(Line(lang, kind, level, text, f"{path.name}:{number}"))
    return lines


def judge(line: Line) -> tuple[bool, str]:
    """Whether the detectors did what the line's label asks, and what they said."""
    if line.category == "harm" or line.category == "caring":
        rule = words.harm(line.text)
        return (rule is not None) == (line.category == "harm"), str(rule)
    signal = words.crisis(line.text)
    level = signal.level if signal else "none"
    if line.category == "crisis":
        return level in (words.STRONG, words.SOFT), level
    if line.category == "other":
        return level == words.OTHER, level
    if line.kind in ("negation", "past"):  # the documented decisions: exactly as labelled
        return level == line.level, level
    return level in ("none", words.OTHER), level  # everyday: no offer of crisis resources


@dataclass
class Score:
    right: Counter[tuple[str, str]] = field(default_factory=Counter)
    total: Counter[tuple[str, str]] = field(default_factory=Counter)
    misses: dict[tuple[str, str], list[tuple[Line, str]]] = field(default_factory=lambda: defaultdict(list))

    def rate(self, category: str, lang: str) -> float:
        total = self.total[(category, lang)]
        return self.right[(category, lang)] / total if total else 1.0


def score(lines: list[Line]) -> Score:
    result = Score()
    for line in lines:
        ok, said = judge(line)
        key = (line.category, line.lang)
        result.total[key] += 1
        if ok:
            result.right[key] += 1
        else:
            result.misses[key].append((line, said))
    return result


def report(name: str, result: Score, misses: bool) -> None:
    print(f"\n{name}")
    print(f"  {'':10} {'en':>16} {'es':>16}")
    labels = {
        "crisis": "crisis recall",
        "everyday": "everyday clean",
        "other": "someone else",
        "harm": "harm refused",
        "caring": "caring passed",
    }
    for category, label in labels.items():
        cells = []
        for lang in ("en", "es"):
            total = result.total[(category, lang)]
            cells.append(
                f"{result.right[(category, lang)]}/{total} {100 * result.rate(category, lang):5.1f}%" if total else "-"
            )
        print(f"  {label:16} {cells[0]:>16} {cells[1]:>16}")
    if misses:
        for key, wrong in sorted(result.misses.items()):
            print(f"  -- {key[0]} {key[1]}")
            for line, said in wrong:
                print(f"     {line.source} [{line.kind}/{line.level} -> {said}] {line.text}")


def crossvalidated(lines: list[Line]) -> Score:
    """The corpus judged with a model that never saw the line it judges (five folds, as the trainer
    chooses its threshold): the honest figure, since the shipped model learned from every line."""
    from bot.words import model, train
    from bot.words.detect import FUNCTION_WORDS, CrisisDetector, HarmDetector

    result = Score()
    crisis_grammar = CrisisDetector(words.reader(), use_model=False)
    harm_grammar = HarmDetector(words.reader(), use_model=False)
    for name, category_of in (("crisis", ("crisis", "everyday")), ("harm", ("harm", "caring"))):
        shipped = model.load(name)
        assert shipped is not None
        read = []
        for line in lines:
            if name == "crisis" and line.category not in ("crisis", "everyday", "other"):
                continue
            if name == "crisis":
                signal, matched, s = crisis_grammar.grammar(line.text)
                flagged = signal is not None and signal.level in (words.STRONG, words.SOFT)
            else:
                rule, matched, s = harm_grammar.grammar(line.text)
                flagged = rule is not None
            positive = line.category == ("crisis" if name == "crisis" else "harm")
            read.append((line, model.features(s.split()), positive, flagged, matched))
        for fold in range(train.FOLDS):
            trained = model.train(((f, p) for i, (_l, f, p, _g, _m) in enumerate(read) if i % train.FOLDS != fold), 0.0)
            at_threshold = dataclasses.replace(trained, threshold=shipped.threshold)
            for i, (line, found, _p, flagged, matched) in enumerate(read):
                if i % train.FOLDS != fold or line.category not in category_of:
                    continue
                stop = FUNCTION_WORDS if name == "harm" else None
                said = flagged or (not matched and at_threshold.says(found, stop))
                ok = said if line.category in ("crisis", "harm") else not said
                key = (line.category, line.lang)
                result.total[key] += 1
                result.right[key] += ok
                if not ok:
                    result.misses[key].append((line, "flagged" if said else "missed"))
    return result


def notes_of(lines: list[Line], size: int, count: int, seed: int = 7) -> list[str]:
    """Notes of about `size` characters: corpus lines run together, as a long check-in note would be."""
    rng = random.Random(seed)
    texts = [line.text for line in lines]
    notes = []
    for _ in range(count):
        parts: list[str] = []
        while sum(len(p) + 2 for p in parts) < size:
            parts.append(rng.choice(texts))
        notes.append(". ".join(parts)[:size])
    return notes


def timing(lines: list[Line]) -> None:
    notes = notes_of(lines, 1000, 400)
    words.warm()  # every rule compiled, as the bot does at start
    for note in notes:  # the reader's memory of everyday words, as a running bot's holds
        words.crisis(note)
        words.harm(note)
    notes = notes_of(lines, 1000, 400, seed=8)  # then time other notes
    for name, detect in (("crisis", words.crisis), ("harm", words.harm)):
        samples = []
        for note in notes:
            start = time.perf_counter()
            detect(note)
            samples.append((time.perf_counter() - start) * 1000)
        samples.sort()
        p99 = samples[int(len(samples) * 0.99) - 1]
        print(f"  {name:7} per note of 1,000 characters: p50 {statistics.median(samples):.3f} ms, p99 {p99:.3f} ms")


def memory() -> None:
    gc.collect()
    tracemalloc.start()
    words.reader.cache_clear()
    words.crisis_detector.cache_clear()
    words.harm_detector.cache_clear()
    known_words.cache_clear()
    words.crisis("warm up")
    words.harm("warm up")
    current, _peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"  memory of both detectors (vocabulary included): {current / 1e6:.1f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--misses", action="store_true", help="print every line that went wrong")
    args = parser.parse_args()
    start = time.perf_counter()
    words.crisis("")
    words.harm("")
    print(f"built in {time.perf_counter() - start:.2f} s")
    corpus = load(CORPUS)
    report(f"corpus (tests/data/words, {len(corpus)} lines)", score(corpus), args.misses)
    report("corpus, cross-validated (each line judged by a model trained without it)", crossvalidated(corpus), False)
    if HELDOUT.exists():
        heldout = load(HELDOUT)
        report(f"held out (bench/data/heldout, {len(heldout)} lines, never tuned on)", score(heldout), args.misses)
    print("\ntime and memory")
    timing(corpus)
    memory()


if __name__ == "__main__":
    main()
