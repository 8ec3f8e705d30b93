"""The crisis and harm detectors (bot/words/), on the labelled corpus in tests/data/words/ and on the
disguises and rules it is built from. The corpus thresholds are the issue's: crisis recall >= 97% in
each language, everyday flagged <= 3%, harm refused 100%, caring passed >= 98%."""

from __future__ import annotations

import pytest

from bench.words import CORPUS, load, score
from bot import words
from bot.words.normalise import fold, raw_tokens

LINES = load(CORPUS)


@pytest.fixture(scope="module")
def result():  # type: ignore[no-untyped-def]
    return score(LINES)


def _misses(result, category: str, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{line.source} -> {said}: {line.text}" for line, said in result.misses.get((category, lang), [])]


def test_the_corpus_is_large_and_labelled_in_both_languages() -> None:
    counts: dict[tuple[str, str], int] = {}
    for line in LINES:
        counts[(line.category, line.lang)] = counts.get((line.category, line.lang), 0) + 1
    assert counts[("crisis", "en")] + counts[("crisis", "es")] >= 350
    assert min(counts[("crisis", "en")], counts[("crisis", "es")]) >= 150
    assert counts[("everyday", "en")] + counts[("everyday", "es")] >= 200
    assert counts[("harm", "en")] + counts[("harm", "es")] >= 120
    assert counts[("caring", "en")] + counts[("caring", "es")] >= 60


@pytest.mark.parametrize("lang", ["en", "es"])
def test_crisis_recall_is_at_least_97_percent(result, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert result.rate("crisis", lang) >= 0.97, _misses(result, "crisis", lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_everyday_sayings_are_flagged_at_most_3_percent(result, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert result.rate("everyday", lang) >= 0.97, _misses(result, "everyday", lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_every_harmful_message_is_refused(result, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert result.rate("harm", lang) == 1.0, _misses(result, "harm", lang)


@pytest.mark.parametrize("lang", ["en", "es"])
def test_caring_messages_pass_at_least_98_percent(result, lang: str) -> None:  # type: ignore[no-untyped-def]
    assert result.rate("caring", lang) >= 0.98, _misses(result, "caring", lang)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        # Negation lowers a signal but still offers help; the past with recovery is left alone.
        ("i'm not going to hurt myself, i'm just really sad", words.SOFT),
        ("no me voy a hacer daño, solo estoy triste", words.SOFT),
        ("i used to want to die; i'm doing better now", None),
        ("antes quería morirme, ahora estoy mejor", None),
        # Worry about someone else is its own answer.
        ("my friend keeps saying she wants to die", words.OTHER),
        ("mi amiga dice que se quiere morir", words.OTHER),
        # Intent is strong; a passive wish is soft.
        ("i'm going to kill myself tonight", words.STRONG),
        ("wish i could just not wake up", words.SOFT),
    ],
)
def test_the_documented_decisions(text: str, level: str | None) -> None:
    found = words.crisis(text)
    assert (found.level if found else None) == level, found


@pytest.mark.parametrize(
    ("typed", "plain"),
    [
        ("k i l l  y o u r s e l f", "kill yourself"),
        ("k.y.s", "kys"),
        ("m-a-t-a-t-e", "matate"),
        ("k1ll y0urs3lf", "kill yourself"),
        ("$uicide", "suicide"),
        ("kіll yоurself", "kill yourself"),  # Cyrillic і and о
        ("ｋｉｌｌ ｙｏｕｒｓｅｌｆ", "kill yourself"),
        ("kill\u200byourself", "kill yourself"),
        ("i want to dieeeee", "i want to die"),
        ("iwanttodie", "i want to die"),
        ("mequieromorir", "me quiero morir"),
        ("I don’t want to be here", "i do not want to be here"),
        ("ya no kiero vivir", "ya no quiero vivir"),
    ],
)
def test_the_reader_undoes_disguises(typed: str, plain: str) -> None:
    assert " ".join(words.reader().words(typed)) == plain


def test_a_short_word_typo_counts_only_inside_a_crisis_frame() -> None:
    assert words.crisis("i just want to dei") is not None
    assert words.crisis("going to dye my hair") is None
    assert words.crisis("the dei committee meets today") is None


def test_numbers_with_units_are_never_read_as_letters() -> None:
    assert "5" in raw_tokens("ran 5 kms") and words.crisis("ran 5 kms this morning") is None
    assert fold("ÁÉÍ ñ") == "aei n"


def test_a_servers_own_phrases_add_to_the_defaults_and_never_remove_one() -> None:
    assert words.crisis("feeling like a ghost tonight") is None
    assert words.crisis("feeling like a ghost tonight", ["like a ghost"]) is not None
    assert words.crisis("i want to kill myself", ["like a ghost"]) is not None
    assert words.harm("you absolute pineapple") is None
    assert words.harm("you absolute p1neapple", ["pineapple"]) is not None  # read like any text
    assert words.harm("kill yourself", ["pineapple"]) is not None


def test_detectors_are_built_once_per_list_of_phrases() -> None:
    assert words.crisis_detector(()) is words.crisis_detector(())
    assert words.harm_detector(("a",)) is words.harm_detector(("a",))
    assert words.crisis_detector(("a",)) is not words.crisis_detector(())


def test_empty_and_odd_input_is_calm() -> None:
    for text in ("", "   ", "|||", "💀💀💀", "\u200b", "a" * 5000, "1 2 3 4 5 6 7 8 9"):
        words.crisis(text)
        words.harm(text)
    assert words.crisis(None) is None and words.harm(None) is None


def test_the_shipped_word_model_is_what_the_corpus_trains() -> None:
    """The model files are never edited by hand: a retrain from the corpus writes exactly them."""
    from bot.words import model, train

    rows = train.corpus()
    for name in ("crisis", "harm"):
        shipped = (train.OUT / f"{name}.tsv").read_text(encoding="utf-8")
        assert model.dump(train.build(name, rows)) == shipped, f"run: python -m bot.words.train ({name})"


def test_the_model_speaks_only_where_no_rule_did() -> None:
    # A benign saying the grammar excused stays excused, whatever the model would say.
    assert words.crisis("i'm dying to see the new season") is None
    # The documented decisions are the grammar's: the past with recovery stays quiet.
    assert words.crisis("i used to self harm years ago, 2 years clean now and proud") is None
