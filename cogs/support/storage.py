"""Storage for requests for support (/support): the member, their note if any, and the team's thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.database import Database
from bot.engine.storage import ts
from bot.personal_data import DELETE, PersonalData

PERSONAL_DATA = PersonalData(columns={"support_requests": {"user_id": DELETE}})


@dataclass(frozen=True)
class Request:
    id: int
    guild_id: int
    user_id: int
    note: str | None
    thread_id: int | None


async def create(db: Database, guild_id: int, user_id: int, note: str | None, now: datetime) -> int:
    return await db.insert(
        "INSERT INTO support_requests (guild_id, user_id, note, created_at) VALUES (?, ?, ?, ?)",
        (guild_id, user_id, note, ts(now)),
    )


async def get(db: Database, request_id: int) -> Request | None:
    row = await db.fetchone(
        "SELECT id, guild_id, user_id, note, thread_id FROM support_requests WHERE id = ?", (request_id,)
    )
    return Request(*row) if row else None


async def set_thread(db: Database, request_id: int, thread_id: int) -> None:
    await db.execute("UPDATE support_requests SET thread_id = ? WHERE id = ?", (thread_id, request_id))
