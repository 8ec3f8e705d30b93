"""A server's own phrases for the crisis and harm detectors. The defaults live in the grammars and
are never stored, so nothing here can remove one."""

from __future__ import annotations

from datetime import datetime

from bot.database import Database

DETECTORS = ("crisis", "harm")
PHRASE_MAX = 100
PHRASES_MAX = 50  # per server and detector: each one is read on every note


async def phrases(db: Database, guild_id: int | None, detector: str) -> tuple[str, ...]:
    """The server's added phrases for one detector, sorted (so equal lists share a compiled detector)."""
    if guild_id is None:
        return ()
    rows = await db.fetchall(
        "SELECT phrase FROM server_words WHERE guild_id = ? AND detector = ? ORDER BY phrase",
        (guild_id, detector),
    )
    return tuple(r[0] for r in rows)


async def add(db: Database, guild_id: int, detector: str, phrase: str, now: datetime) -> bool:
    """Adds a phrase; False when the server already has it."""
    if phrase in await phrases(db, guild_id, detector):
        return False
    await db.execute(
        "INSERT INTO server_words (guild_id, detector, phrase, added_at) VALUES (?, ?, ?, ?)",
        (guild_id, detector, phrase, int(now.timestamp())),
    )
    return True


async def remove(db: Database, guild_id: int, detector: str, phrase: str) -> bool:
    """Removes one of the server's own phrases; False when it had no such phrase."""
    if phrase not in await phrases(db, guild_id, detector):
        return False
    await db.execute(
        "DELETE FROM server_words WHERE guild_id = ? AND detector = ? AND phrase = ?", (guild_id, detector, phrase)
    )
    return True
