"""The words people really use: crisis language in what members write to the bot, and harm in what they
write for each other. `crisis(text)` and `harm(text)` are the only entry points features need; a
server's own added phrases ride along (`extra`), and can never take a default away.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

from bot.words.detect import OTHER, SOFT, STRONG, CrisisDetector, HarmDetector, Signal, build_vocabulary
from bot.words.normalise import Reader

__all__ = [
    "OTHER", "SOFT", "STRONG", "Signal", "crisis", "crisis_detector", "harm", "harm_detector", "reader", "warm",
]  # fmt: skip


@functools.lru_cache(maxsize=1)
def reader() -> Reader:
    """The one reader every detector shares (building its vocabulary takes a moment, once)."""
    return Reader(build_vocabulary())


@functools.lru_cache(maxsize=256)
def crisis_detector(extra: tuple[str, ...] = ()) -> CrisisDetector:
    return CrisisDetector(reader(), extra)


@functools.lru_cache(maxsize=256)
def harm_detector(extra: tuple[str, ...] = ()) -> HarmDetector:
    return HarmDetector(reader(), extra)


def warm() -> None:
    """Build the reader and both detectors and compile every rule (a few seconds, once, in a thread at
    start), so no member's reply waits for any of it."""
    crisis_detector(()).compile_all()
    harm_detector(()).compile_all()


def crisis(text: str | None, extra: Iterable[str] = ()) -> Signal | None:
    """What a member's own words signal (strong, soft, worry about someone else), or None."""
    return crisis_detector(tuple(sorted(extra))).signal(text or "")


def harm(text: str | None, extra: Iterable[str] = ()) -> str | None:
    """Why words meant for another member can't be passed on (a rule's name), or None when they can."""
    return harm_detector(tuple(sorted(extra))).find(text or "")
