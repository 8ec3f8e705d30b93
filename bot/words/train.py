"""Learn the word model from the labelled corpus, and choose its threshold by cross-validation.

    .venv/bin/python -m bot.words.train          # writes bot/words/model/crisis.tsv and harm.tsv
    .venv/bin/python -m bot.words.train --check  # exit 1 if the shipped files differ from a retrain

The threshold is the lowest (so the most generous) in a grid at which, over five folds where the
model never saw the line it judges, the model adds at most `MAX_EVERYDAY` false alarms on everyday
lines (crisis), or refuses at most `MAX_CARING` of the caring messages (harm), beyond the grammar's.
Deterministic: the folds are fixed, so a retrain writes the same file.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections.abc import Callable
from pathlib import Path

from bot.words import detect, model
from bot.words.detect import CrisisDetector, HarmDetector

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "words"
OUT = Path(__file__).resolve().parent / "model"
FOLDS = 5
GRID = [x / 4 for x in range(-8, 17)]  # -2.0 .. 4.0 on the logit scale
MAX_EVERYDAY = 0.15
MAX_CARING = 0.03

Row = tuple[str, str, str, str]  # lang, kind, level, text


def corpus(folder: Path = CORPUS) -> list[Row]:
    rows: list[Row] = []
    for path in sorted(folder.glob("*.tsv")):
        for raw in path.read_text(encoding="utf-8").splitlines():
            if raw.strip() and not raw.startswith("#"):
                lang, kind, level, text = raw.split("\t")
                rows.append((lang, kind, level, text))
    return rows


def _crisis_examples(rows: list[Row]) -> list[tuple[set[str], bool, bool, bool, bool]]:
    """(features, crisis?, everyday?, grammar flagged it, a rule matched) for each line the crisis model learns."""
    grammar = CrisisDetector(_reader(), use_model=False)
    out = []
    for _lang, _kind, level, text in rows:
        if level not in ("strong", "soft", "none", "other", "pass"):
            continue  # words for another member that pass the harm check are no crisis either
        found, matched, s = grammar.grammar(text)
        flagged = found is not None and found.level in (detect.STRONG, detect.SOFT)
        out.append((model.features(s.split()), level in ("strong", "soft"), level == "none", flagged, matched))
    return out


def _harm_examples(rows: list[Row]) -> list[tuple[set[str], bool, bool, bool, bool]]:
    """(features, harmful?, caring?, grammar refused it, a rule matched) for every line: anything
    that is not harm is a negative, a member's own pain included."""
    grammar = HarmDetector(_reader(), use_model=False)
    out = []
    for _lang, _kind, level, text in rows:
        found, matched, s = grammar.grammar(text)
        out.append((model.features(s.split()), level == "refuse", level == "pass", found is not None, matched))
    return out


def _reader():  # type: ignore[no-untyped-def]
    from bot.words import reader

    return reader()


def _choose(examples: list[tuple[set[str], bool, bool, bool, bool]], most_wrong: float, guarded: bool) -> float:
    """The lowest threshold whose cross-validated false alarms (on the 'careful' lines) stay within bounds."""
    scores: list[float] = [0.0] * len(examples)
    evidence: list[bool] = [False] * len(examples)
    for fold in range(FOLDS):
        trained = model.train(((f, p) for i, (f, p, *_rest) in enumerate(examples) if i % FOLDS != fold), 0.0)
        anything = dataclasses.replace(trained, threshold=float("-inf"))
        for i, (found, *_rest) in enumerate(examples):
            if i % FOLDS == fold:
                scores[i] = trained.score(found)
                evidence[i] = anything.says(found, detect.FUNCTION_WORDS) if guarded else True
    careful = [(i, e) for i, e in enumerate(examples) if e[2]]
    for threshold in GRID:
        wrong = sum(
            1
            for i, (_f, _p, _c, flagged, matched) in careful
            if not flagged and not matched and evidence[i] and scores[i] > threshold
        )
        if wrong <= most_wrong * len(careful):
            return threshold
    return GRID[-1]


def build(name: str, rows: list[Row]) -> model.Model:
    examples: Callable[[list[Row]], list[tuple[set[str], bool, bool, bool, bool]]]
    examples, most_wrong = (_crisis_examples, MAX_EVERYDAY) if name == "crisis" else (_harm_examples, MAX_CARING)
    found = examples(rows)
    threshold = _choose(found, most_wrong, guarded=name == "harm")
    return model.train(((f, p) for f, p, *_rest in found), threshold)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with the shipped files instead of writing")
    args = parser.parse_args()
    rows = corpus()
    stale = []
    for name in ("crisis", "harm"):
        text = model.dump(build(name, rows))
        path = OUT / f"{name}.tsv"
        if args.check:
            if not path.is_file() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
        else:
            OUT.mkdir(exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"{path.relative_to(ROOT)}: threshold {text.splitlines()[0].split(chr(9))[2]}")
    if stale:
        print(f"out of date: {', '.join(stale)} (run: python -m bot.words.train)", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
