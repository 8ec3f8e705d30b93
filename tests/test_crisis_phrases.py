"""Crisis language and harmful words, read the way bot/phrase_match.py reads them, from the real catalogue.

The lists live in messages/<locale>/crisis.toml; these tables say what they must catch and what they
must leave alone. A miss costs far more than a false alarm (one kind message), so when in doubt a
sentence goes in the "must trigger" table, and the "accepted false alarms" table says so out loud.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.catalogue import Catalogue
from bot.phrase_match import PhraseMatcher, crisis_matcher, distance, harm_matcher, normalise, within_one, words


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.load()


@pytest.fixture(scope="module")
def crisis(catalogue: Catalogue) -> PhraseMatcher:
    return crisis_matcher(catalogue)


@pytest.fixture(scope="module")
def harm(catalogue: Catalogue) -> PhraseMatcher:
    return harm_matcher(catalogue)


# Every phrase the brief names, inside the kind of sentence a member writes.
CRISIS = [
    # English
    "honestly I don’t want to be here anymore",
    "I can’t go on",
    "I CAN'T go on like this",
    "there's no point living like this",
    "life is not worth living right now",
    "been feeling sucidal again",
    "i want to kill my self",
    "kms",
    "ugh i'm gonna kms",
    "sometimes i think i should just unalive myself",
    "I wish I was dead",
    "started cutting myself again last week",
    "relapsed on selfharm",
    "nobody would miss me if I was gone",
    "I thought about taking an overdose",
    "I want to kill myself",
    "thinking about suicide a lot",
    "I just want to die",
    "I want to end my life",
    "they'd be better off dead without me, I'd be better off dead",
    "I want to hurt myself",
    "thinking about self harm",
    "I just want to end it all",
    "everyone would be better off without me",
    "I don't want to live anymore",
    "no reason to live",
    "I'm such a burden to everyone",
    # Spanish
    "la verdad es que no tiene sentido vivir así",
    "siento que la vida no vale la pena",
    "a veces me corto cuando estoy mal",
    "solo quiero desaparecer",
    "soy una carga para mi familia",
    "nadie me echaría de menos",
    "pienso mucho en el sucidio",
    "kiero morir",
    "ya no kiero vivir",
    "quiero morir",
    "me quiero morir",
    "estoy pensando en suicidarme",
    "el suicidio me ronda la cabeza",
    "a veces pienso en matarme",
    "no quiero vivir más",
    "tengo ganas de hacerme daño",
    "he vuelto a la autolesión",
    "no puedo más con todo",
    "ayer me corté otra vez",
]

# Typos, joined and split words, accents, apostrophes and invisible characters.
CRISIS_SPELLINGS = [
    "im suicdal",  # a deletion
    "feeling suicidall",  # an insertion
    "i keep thinking of sucide",
    "I want to kill mysefl",  # a swap of neighbours
    "kill myslef",
    "sui cide",  # a long word split in two
    "#killmyself",  # three phrase words run together
    "endmylife",
    "self-harm",
    "self harm",
    "auto lesión",
    "autolesion",
    "suisidio",  # s for c, common in Latin America
    "SUICIDIO",
    "quiero morír",  # an accent where none belongs
    "don't want to be here",
    "dont want to be here",
    "don‘t want to be here",
    "donʼt want to be here",
    "don´t want to be here",
    "don`t want to be here",
    "su\u200bicide",  # zero-width space
    "kill\u200d myself",  # zero-width joiner
    "sui\u00adcidal",  # soft hyphen
    "\u202ekill myself",  # right-to-left override
    "k\u2060m\u2060s",  # word joiners
    "want\u3164to die",  # Hangul filler, which prints as nothing
    "ｋｉｌｌ ｍｙｓｅｌｆ",  # full-width letters
    "WANT...TO...DIE",
]

# Ordinary sentences that must not bring up crisis resources.
NOT_CRISIS = [
    "this bug is killing me",
    "I could die laughing",
    "I'm dead tired",
    "that joke killed me",
    "the deadline is killing me",
    "I killed it at the gym today",
    "me muero de risa",
    "me corto el pelo mañana",
    "the steak was overdone",
    "I'm overdoing it at work",
    "I'm dying to see that film",
    # Hyperbole about a task, like "the deadline is killing me": the crisis list has "matarme" (to kill
    # myself), not "me está matando" (it is killing me).
    "esta tarea me está matando",
    # Whole words only: these hide a phrase inside other words.
    "I need to skill myself up",
    "I'm going to spend it all on books",
    "kmsl that video",  # "killing myself laughing"
    # Ordinary words one letter from a crisis word, listed as benign.
    "putting myself first for once",
    "willing myself to get out of bed",
    "there's no point giving up now",
    "making my own life a bit easier",
    "I'll be sending it all to you tonight",
    "I really shot myself in the foot there",
    "I can't go on holiday this year",
    "me costó mucho dormir",
    "mi hermana me contó un chiste",
    "se me corta la conexión todo el rato",
    "no quiero hacerte daño",
    "tengo miedo de lastimarte",
    "el domingo me corté el pelo",
    # Plain days.
    "had a good day, went for a walk",
    "tired but okay",
    "hoy fue un día largo pero estoy bien",
]

# Borderline sentences that DO bring up resources, on purpose: the words are the same ones a member in
# crisis uses, and a kind message to someone who is fine costs little.
ACCEPTED_FALSE_ALARMS = [
    "ran 5 kms this morning",  # "kms" is also "kill myself"
    "me corto mucho al hablar en público",  # "me corto" also means "I get shy" in Spain
    "I hurt myself at football",
    "I cut myself chopping onions",
    "I can't do this anymore, this job is too much",
]

HARMFUL = [
    "kys",
    "just kys already",
    "go kill yourself",
    "you should kill your self",
    "killyourself",
    "go die",
    "honestly you should die",
    "why don't you unalive yourself",
    "nobody would miss you",
    "do everyone a favour and die",
    "do everyone a favor and die",
    "mátate",
    "matate",
    "suicídate",
    "suicidate",
    "muérete",
    "muerete ya",
    "ojalá te mueras",
    "nadie te echaría de menos",
    "tírate de un puente",
    "tirate de un puente",
    "k\u200bys",
]

NOT_HARMFUL = [
    "you're going to kill it at your exam",
    "you killed it!",
    "you'll kill it tomorrow",
    "please don't kill yourself, I'm here",
    "don't kill yourself over this exam",
    "take the pressure off yourself",
    "I hope you don't die of boredom in that meeting",
    "jaja mátame",
    "siento mucho la muerte de tu abuela",
    "muérete de envidia, estoy en la playa",
    "lo vas a bordar",
    # A member telling a buddy about their own crisis needs help, not a refused message.
    "I want to kill myself",
    "I want to jump off a bridge",
    "me quiero tirar de un puente",
    "me quiero matar",
]


@pytest.mark.parametrize("sentence", CRISIS + CRISIS_SPELLINGS + ACCEPTED_FALSE_ALARMS)
def test_crisis_language_is_found(crisis: PhraseMatcher, sentence: str) -> None:
    assert crisis.find(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_CRISIS)
def test_ordinary_sentences_are_left_alone(crisis: PhraseMatcher, sentence: str) -> None:
    assert crisis.find(sentence) is None, crisis.find(sentence)


@pytest.mark.parametrize("sentence", HARMFUL)
def test_words_telling_someone_to_hurt_themselves_are_found(harm: PhraseMatcher, sentence: str) -> None:
    assert harm.find(sentence), sentence


@pytest.mark.parametrize("sentence", NOT_HARMFUL)
def test_kind_and_ordinary_messages_are_not_harmful(harm: PhraseMatcher, sentence: str) -> None:
    assert harm.find(sentence) is None, harm.find(sentence)


@pytest.mark.parametrize(
    ("sentence", "phrase"),
    [
        ("I think I'm sucidal", "suicidal"),
        ("sucidio", "suicidio"),
        ("kill my self", "kill myself"),
        ("selfharm", "self harm"),
        ("kiero morir", "kiero morir"),
        ("I don’t want to be here", "don't want to be here"),
    ],
)
def test_find_names_the_phrase_as_listed(crisis: PhraseMatcher, sentence: str, phrase: str) -> None:
    assert crisis.find(sentence) == phrase


def test_every_locale_is_searched_whatever_the_members_language(catalogue: Catalogue, crisis: PhraseMatcher) -> None:
    assert {"en", "es"} <= set(catalogue.locales)
    for locale in catalogue.locales:
        for phrase in catalogue.entry("crisis.phrases", locale).variants:
            assert crisis.find(phrase), (locale, phrase)  # no benign phrase hides a listed one


def test_every_harmful_phrase_is_found_and_no_benign_phrase_trips_its_list(
    catalogue: Catalogue, crisis: PhraseMatcher, harm: PhraseMatcher
) -> None:
    for locale in catalogue.locales:
        for phrase in catalogue.entry("crisis.harmful_phrases", locale).variants:
            assert harm.find(phrase), (locale, phrase)
        for phrase in catalogue.entry("crisis.benign_phrases", locale).variants:
            assert crisis.find(phrase) is None, (locale, phrase)
        for phrase in catalogue.entry("crisis.harmful_benign_phrases", locale).variants:
            assert harm.find(phrase) is None, (locale, phrase)


def test_matchers_are_built_once_per_catalogue(catalogue: Catalogue) -> None:
    assert crisis_matcher(catalogue) is crisis_matcher(catalogue)
    assert harm_matcher(catalogue) is harm_matcher(catalogue)
    assert crisis_matcher(catalogue) is not harm_matcher(catalogue)
    assert crisis_matcher(Catalogue.load()) is not crisis_matcher(catalogue)


# The matcher's rules, on small lists.


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Don’t", "dont"),
        ("DON'T", "dont"),
        ("donʼt don‘t don´t don`t don′t don＇t", "dont dont dont dont dont dont"),
        ("Ｓｕｉｃｉｄｅ", "suicide"),
        ("ﬁne", "fine"),
        ("Autolesión, niño, CAFÉ", "autolesion nino cafe"),
        ("Straße", "strasse"),
        ("self-harm... now!!", "self harm now"),
        ("snake_case", "snake case"),
        ("  many   spaces\n\ttabs ", "many spaces tabs"),
        ("su\u200bi\u200ccide\u200d", "suicide"),
        ("\u202ekill\u202c \ufeffme", "kill me"),
        ("sui\u00adcide", "suicide"),
        ("a\u3164b", "ab"),
        ("e\u0301", "e"),
        ("", ""),
        ("!!!", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_words_are_the_normalised_words() -> None:
    assert words("I can’t go ON!") == ["i", "cant", "go", "on"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("", "", 0),
        ("suicide", "suicide", 0),
        ("suicidal", "sucidal", 1),  # deletion
        ("sucidal", "suicidal", 1),  # insertion
        ("suicidio", "suisidio", 1),  # substitution
        ("myself", "mysefl", 1),  # transposition
        ("kitten", "sitting", 3),
        ("abc", "", 3),
        ("", "abc", 3),
        ("ca", "abc", 3),  # optimal string alignment: a swapped pair is not edited again
        ("overdose", "overdone", 1),
    ],
)
def test_distance(a: str, b: str, expected: int) -> None:
    assert distance(a, b) == expected
    assert distance(b, a) == expected
    assert within_one(a, b) == (expected <= 1)


@given(st.text(alphabet="abcd", max_size=7), st.text(alphabet="abcd", max_size=7))
def test_within_one_agrees_with_distance(a: str, b: str) -> None:
    assert within_one(a, b) == (distance(a, b) <= 1)


def test_whole_words_only() -> None:
    matcher = PhraseMatcher(["kill myself", "end it all"])
    assert matcher.matches("I could kill myself")
    assert not matcher.matches("I want to skill myself up")
    assert not matcher.matches("skillmyself")
    assert not matcher.matches("spend it all")
    assert not matcher.matches("kill")


def test_short_words_must_be_exact_and_long_ones_may_carry_one_typo() -> None:
    matcher = PhraseMatcher(["want to die", "suicide", "morir"])
    assert not matcher.matches("want to dye")  # "die" is short
    assert not matcher.matches("wnt to die")
    assert matcher.matches("suicde")
    assert not matcher.matches("sucidie")  # two edits
    assert matcher.matches("quiero mori")  # five letters is long enough
    assert not matcher.matches("quiero mor")


def test_words_may_be_joined_or_split() -> None:
    matcher = PhraseMatcher(["kill myself", "self harm", "end my life", "overdose"])
    assert matcher.find("kill my self") == "kill myself"
    assert matcher.find("killmyself") == "kill myself"
    assert matcher.find("selfharm") == "self harm"
    assert matcher.find("endmylife") == "end my life"
    assert matcher.find("over dose") == "overdose"
    assert matcher.find("killmyslef") == "kill myself"  # a typo inside the long word of a join
    assert not matcher.matches("kilmyself")  # but never inside the short one


def test_benign_phrases_excuse_only_what_they_cover() -> None:
    benign = ["me corto el pelo", "to die for", "overdone"]
    matcher = PhraseMatcher(["me corto", "want to die", "overdose"], benign=benign)
    assert not matcher.matches("mañana me corto el pelo")
    assert matcher.matches("me corto el pelo y luego me corto")  # the second one is not about hair
    assert not matcher.matches("the steak was overdone")  # a real word, not a typo of "overdose"
    assert matcher.matches("I overdosed")  # one letter off, and not a benign word
    # "to die for" covers only part of "want to die": the phrase is there in full, so it still counts.
    assert matcher.matches("I want to die for real")
    assert not matcher.matches("this cake is to die for")


def test_phrases_are_normalised_like_text_and_empty_ones_ignored() -> None:
    matcher = PhraseMatcher(["Don’t Want To LIVE", "", "  ", "!!"])
    assert matcher.find("i dont want to live") == "Don’t Want To LIVE"
    assert not matcher.matches("")
    assert not matcher.matches("!!")
    assert PhraseMatcher([]).find("anything at all") is None


def test_fast_enough_for_every_note() -> None:
    phrases = [f"word{i} phrase{i % 97} ending{i % 13}" for i in range(3000)] + ["kill myself", "suicide"]
    matcher = PhraseMatcher(phrases, benign=["overdone"])
    note = ("Had a long day at work, the meeting ran late and I'm tired; phrase12 tomorrow is better. " * 12)[:1000]
    matcher.find(note)
    started = time.perf_counter()
    for _ in range(20):
        assert matcher.find(note) is None
    per_note = (time.perf_counter() - started) / 20
    assert per_note < 0.02, per_note  # about 0.3 ms here; the bound only catches a change of scale
