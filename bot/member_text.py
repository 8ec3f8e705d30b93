"""Member text made inert: words one member writes for another never ping, link or hide anything.

`clean` runs on input (what is stored); `inert` runs on output, wherever member text is placed in
a message someone else reads. `has_link` lets a feature refuse links where they could be used to
lure someone (a reach-out arriving inside the bot's own DM must not carry a "verify here" link).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from bot.kind_error import KindError
from bot.words import harm

# Characters that change how text is shown without being seen: bidi overrides and isolates
# (U+202A-U+202E, U+2066-U+2069), zero-width spaces and joiners, the BOM, invisible operators,
# tag characters: all of Unicode's "format" category, plus control characters other than newlines.
_KEEP_CONTROLS = {"\n"}


def clean(text: str) -> str:
    """Strip hidden characters and surrounding space (tabs become spaces)."""
    out = []
    for char in text.replace("\r\n", "\n").replace("\t", " "):
        category = unicodedata.category(char)
        if category == "Cf" or (category == "Cc" and char not in _KEEP_CONTROLS):
            continue
        out.append(char)
    return "".join(out).strip()


def clean_line(text: str) -> str:
    """`clean`, on one line (a title, an "about me" line): newlines become spaces."""
    return " ".join(clean(text).split())


_SCHEME = re.compile(r"\b[a-z][a-z0-9+.\-]{1,20}:(//|\\\\)", re.IGNORECASE)
_MASKED = re.compile(r"\[[^\]]*\]\s*\([^)]*\)")
_WWW = re.compile(r"\bwww\d{0,3}\s*\.", re.IGNORECASE)
_INVITE = re.compile(r"\b(discord\s*\.\s*gg|discord(app)?\s*\.\s*com\s*/\s*invite)\b", re.IGNORECASE)
# A bare domain such as "verify-account.com/login": common and abused top-level domains only, so
# ordinary sentences ("see you at 5.30", "okay.so") are not mistaken for links.
_TLDS = (
    "com|net|org|info|biz|io|gg|ly|me|co|xyz|app|dev|link|site|online|top|click|gift|gifts|shop|store|live|"
    "tv|us|uk|de|es|fr|it|nl|pl|br|mx|ar|cl|au|ca|in|ru|cn|tk|ml|ga|cf|gq|sh|to|cc|ws|su|pw|bit|lol|fun|"
    "page|zip|mov|cam|icu|club|vip|win|bid|loan|work|email|support|help|login|account|com\\.\\w{2}"
)
_DOMAIN = re.compile(rf"\b[a-z0-9][a-z0-9\-]{{0,62}}(\.[a-z0-9\-]{{1,63}})*\.({_TLDS})\b(/\S*)?", re.IGNORECASE)


def has_link(text: str) -> bool:
    """Whether the text carries a link Discord would make clickable, or one a reader could follow."""
    folded = unicodedata.normalize("NFKC", clean(text))
    return any(p.search(folded) for p in (_SCHEME, _MASKED, _WWW, _INVITE, _DOMAIN))


# Everything Discord's markdown, mentions, custom emoji, timestamps and autolinks start with. A
# backslash before ASCII punctuation is always shown as that character, so escaping all of these
# keeps the words exactly as written while nothing in them is live.
_SPECIAL = re.compile(r"([\\*_~|`>#\-\[\]()<@:])")


def inert(text: str) -> str:
    """Member text ready to be placed in a message someone else reads."""
    return _SPECIAL.sub(r"\\\1", clean(text))


def words_for_others(text: str | None, *, limit: int, errors: str, extra: Iterable[str] = ()) -> str | None:
    """Words a member writes for another member to read, cleaned (None when empty). Refused, with the
    catalogue texts `<errors>too_long`, `<errors>no_links` and `<errors>harmful`: too long, a link,
    or words telling someone to hurt themselves (`bot.words.harm`, with the server's `extra` phrases)."""
    words = clean(text or "") or None
    if words is None:
        return None
    if len(words) > limit:
        raise KindError(f"{errors}too_long", length=len(words))
    if has_link(words):
        raise KindError(f"{errors}no_links")
    if harm(words, extra) is not None:
        raise KindError(f"{errors}harmful")
    return words
