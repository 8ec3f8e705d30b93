"""Storage for the bot's own small facts (the `bot_meta` table)."""

from __future__ import annotations

from bot.database import Database


async def get(db: Database, key: str) -> str | None:
    return await db.fetchval("SELECT value FROM bot_meta WHERE key = ?", (key,))


async def set(db: Database, key: str, value: str) -> None:
    await db.execute(
        "INSERT INTO bot_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
