"""Storage for what the bot knows about reaching a member: DM channel, closed DMs, locale, quiet hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from bot.database import Database, Executor
from bot.personal_data import DELETE, PersonalData

PERSONAL_DATA = PersonalData(columns={"members": {"user_id": DELETE}})


@dataclass(frozen=True)
class MemberInfo:
    user_id: int
    dm_channel_id: int | None
    dm_closed: bool
    dm_note_shown: bool
    last_locale: str | None
    quiet_start: time | None
    quiet_end: time | None


def _time(value: str | None) -> time | None:
    return time.fromisoformat(value) if value else None


async def get(db: Database, user_id: int) -> MemberInfo:
    row = await db.fetchone(
        "SELECT dm_channel_id, dm_closed_at, dm_note_shown, last_locale, quiet_start, quiet_end"
        " FROM members WHERE user_id = ?",
        (user_id,),
    )
    if row is None:
        return MemberInfo(user_id, None, False, False, None, None, None)
    return MemberInfo(
        user_id,
        row["dm_channel_id"],
        row["dm_closed_at"] is not None,
        bool(row["dm_note_shown"]),
        row["last_locale"],
        _time(row["quiet_start"]),
        _time(row["quiet_end"]),
    )


_UPSERT = (
    "INSERT INTO members (user_id, updated_at{cols}) VALUES (?, ?{marks})"
    " ON CONFLICT (user_id) DO UPDATE SET updated_at = excluded.updated_at{sets}"
)


async def _upsert(db: Database | Executor, user_id: int, now: datetime, **values: object) -> None:
    cols = "".join(f", {k}" for k in values)
    marks = ", ?" * len(values)
    sets = "".join(f", {k} = excluded.{k}" for k in values)
    await db.execute(_UPSERT.format(cols=cols, marks=marks, sets=sets), (user_id, now.isoformat(), *values.values()))


async def seen(db: Database, user_id: int, locale: str | None, now: datetime) -> None:
    """The member used the bot: refresh the language Discord reported, for members we already know.

    Never creates a row: it runs beside every interaction, and must not bring back a member who has
    just deleted their data.
    """
    await db.execute(
        "UPDATE members SET last_locale = ?, updated_at = ? WHERE user_id = ? AND last_locale IS DISTINCT FROM ?",
        (locale, now.isoformat(), user_id, locale),
    )


async def remember_locale(db: Database, user_id: int, locale: str | None, now: datetime) -> None:
    """Create or update the member's row with their language (when they start something)."""
    await _upsert(db, user_id, now, last_locale=locale)


async def set_dm_channel(db: Database | Executor, user_id: int, channel_id: int, now: datetime) -> None:
    await _upsert(db, user_id, now, dm_channel_id=channel_id)


async def mark_dm_closed(db: Database | Executor, user_id: int, now: datetime) -> None:
    await _upsert(db, user_id, now, dm_closed_at=now.isoformat(), dm_note_shown=0)


async def mark_dm_open(db: Database | Executor, user_id: int, now: datetime) -> None:
    await _upsert(db, user_id, now, dm_closed_at=None, dm_note_shown=0)


async def mark_dm_note_shown(db: Database, user_id: int, now: datetime) -> None:
    await _upsert(db, user_id, now, dm_note_shown=1)


async def set_quiet_hours(db: Database, user_id: int, start: time | None, end: time | None, now: datetime) -> None:
    await _upsert(
        db,
        user_id,
        now,
        quiet_start=start.strftime("%H:%M") if start else None,
        quiet_end=end.strftime("%H:%M") if end else None,
    )


async def count_closed_dms(db: Database, guild_id: int) -> int:
    """Members with anything scheduled in this server whose DMs to the bot are closed."""
    return int(
        await db.fetchval(
            "SELECT COUNT(DISTINCT m.user_id) FROM members m JOIN schedules s ON s.user_id = m.user_id"
            " WHERE s.guild_id = ? AND m.dm_closed_at IS NOT NULL",
            (guild_id,),
        )
    )


async def count_dm_closed(db: Database) -> int:
    """How many members have their DMs closed to the bot (a figure for hosts; nobody is named)."""
    return int(await db.fetchval("SELECT COUNT(*) FROM members WHERE dm_closed_at IS NOT NULL") or 0)
