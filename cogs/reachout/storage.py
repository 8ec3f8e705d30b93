"""Storage for reach-outs: the notes sent, daily limits, opt-outs and blocks."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.database import Database
from bot.engine.storage import ts

SENDER_PER_DAY = 5
PAIR_PER_DAY = 1
RECEIVED_PER_DAY = 10


def day_of(now: datetime) -> str:
    return now.date().isoformat()


@dataclass(frozen=True)
class Reachout:
    id: int
    guild_id: int
    sender_id: int
    recipient_id: int
    message: str | None
    anonymous: bool
    revealed: bool


async def record_if_allowed(
    db: Database, guild_id: int, sender_id: int, recipient_id: int, message: str | None, anonymous: bool, now: datetime
) -> tuple[int | None, str | None]:
    """Check the daily limits and record the reach-out in one transaction, so sends made at the same
    moment cannot slip past a limit together. Returns (new id, None) or (None, the limit hit:
    'sender', 'pair' or 'recipient')."""
    day = day_of(now)
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT (SELECT COUNT(*) FROM reachouts WHERE sender_id = ? AND day = ?),"
            " (SELECT COUNT(*) FROM reachouts WHERE sender_id = ? AND recipient_id = ? AND day = ?),"
            " (SELECT COUNT(*) FROM reachouts WHERE recipient_id = ? AND day = ?)",
            (sender_id, day, sender_id, recipient_id, day, recipient_id, day),
        )
        assert row is not None
        if row[0] >= SENDER_PER_DAY:
            return None, "sender"
        if row[1] >= PAIR_PER_DAY:
            return None, "pair"
        if row[2] >= RECEIVED_PER_DAY:
            return None, "recipient"
        new_id = await tx.insert(
            "INSERT INTO reachouts (guild_id, sender_id, recipient_id, message, anonymous, created_at, day)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (guild_id, sender_id, recipient_id, message, int(anonymous), ts(now), day),
        )
        return new_id, None


async def forget(db: Database, reachout_id: int) -> None:
    """A reach-out that could not be delivered does not count against anyone's limits."""
    await db.execute("DELETE FROM reachouts WHERE id = ?", (reachout_id,))


async def get(db: Database, reachout_id: int) -> Reachout | None:
    row = await db.fetchone(
        "SELECT id, guild_id, sender_id, recipient_id, message, anonymous, revealed FROM reachouts WHERE id = ?",
        (reachout_id,),
    )
    return Reachout(*row[:5], bool(row[5]), bool(row[6])) if row else None


async def mark_revealed(db: Database, reachout_id: int) -> None:
    await db.execute("UPDATE reachouts SET revealed = 1 WHERE id = ?", (reachout_id,))


async def receives(db: Database, guild_id: int, recipient_id: int, sender_id: int) -> tuple[bool, bool]:
    """(opted out, blocked this sender)."""
    row = await db.fetchone(
        "SELECT EXISTS (SELECT 1 FROM reachout_optouts WHERE guild_id = ? AND user_id = ?),"
        " EXISTS (SELECT 1 FROM reachout_blocks WHERE guild_id = ? AND user_id = ? AND blocked_id = ?)",
        (guild_id, recipient_id, guild_id, recipient_id, sender_id),
    )
    assert row is not None
    return bool(row[0]), bool(row[1])


async def set_receive(db: Database, guild_id: int, user_id: int, receive: bool) -> None:
    if receive:
        await db.execute("DELETE FROM reachout_optouts WHERE guild_id = ? AND user_id = ?", (guild_id, user_id))
    else:
        await db.execute(
            "INSERT OR IGNORE INTO reachout_optouts (guild_id, user_id) VALUES (?, ?)", (guild_id, user_id)
        )


async def set_block(db: Database, guild_id: int, user_id: int, blocked_id: int, block: bool) -> None:
    if block:
        await db.execute(
            "INSERT OR IGNORE INTO reachout_blocks (guild_id, user_id, blocked_id) VALUES (?, ?, ?)",
            (guild_id, user_id, blocked_id),
        )
    else:
        await db.execute(
            "DELETE FROM reachout_blocks WHERE guild_id = ? AND user_id = ? AND blocked_id = ?",
            (guild_id, user_id, blocked_id),
        )
