"""Member text made inert: hidden characters, links, and escapes that keep the words as written."""

from __future__ import annotations

import re

import pytest

from bot.kind_error import KindError
from bot.member_text import clean, clean_line, has_link, inert, words_for_others


def displayed(content: str) -> str:
    return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", content)


def test_clean_strips_hidden_characters_and_keeps_newlines() -> None:
    assert clean("  hi\u202e there\u200b\u2066\u2069\ufeff \x07\n  ok  ") == "hi there \n  ok"
    assert clean_line("one\ntwo\t three") == "one two three"
    assert clean("👩‍👩‍👧 family") == "👩👩👧 family"  # joiners are format characters too: never hidden text


@pytest.mark.parametrize(
    "text",
    [
        "[verify here](https://evil.example/login)",
        "[x] (hxxp)",
        "https://example.org",
        "HTTP://EXAMPLE.ORG",
        "ftp://files.example",
        "www.example.net",
        "discord.gg/abc",
        "discord . gg / abc",
        "discord.com/invite/abc",
        "free-nitro.gift",
        "verify-account.com/login",
        "ｈｔｔｐｓ://fullwidth.example",
        "https\u200b://hidden.example",
    ],
)
def test_links_are_found_however_they_are_written(text: str) -> None:
    assert has_link(text)


@pytest.mark.parametrize(
    "text", ["see you at 5.30", "okay.so that happened", "I'm 3.5 weeks in", "e.g. walking", "a/b"]
)
def test_ordinary_sentences_are_not_links(text: str) -> None:
    assert not has_link(text)


def test_inert_text_shows_as_written_and_does_nothing() -> None:
    raw = "**bold** _it_ ~~s~~ ||spoiler|| `code` > quote # head -# sub [a](b) <@123> <@&4> <#5> @everyone https://x.y"
    escaped = inert(raw)
    assert displayed(escaped) == raw
    for live in ("**", "<@", "@everyone", "https://", "`", "||", "[a](b)"):
        assert not re.search(r"(?<!\\)" + re.escape(live), escaped), live  # only ever behind a backslash


def test_words_for_others_refuse_with_the_features_own_texts() -> None:
    assert words_for_others("  ", limit=10, errors="x.") is None
    assert words_for_others(" hi\u200b ", limit=10, errors="x.") == "hi"
    cases = (
        ("a" * 11, "x.too_long", ()),
        ("go to www.a.com", "x.no_links", ()),
        ("just kill yourself", "x.harmful", ()),
        ("you are a pineapple", "x.harmful", ("pineapple",)),  # a server's own phrase
    )
    for text, key, extra in cases:
        with pytest.raises(KindError) as refused:
            words_for_others(text, limit=20 if key != "x.too_long" else 10, errors="x.", extra=extra)
        assert refused.value.key == key
