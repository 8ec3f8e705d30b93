"""Storage for check-ins: consent and preferences, answers and notes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from bot.database import Database
from bot.engine import storage as engine
from bot.engine.recurrence import mask_to_days
from bot.engine.storage import Schedule, ts
from bot.personal_data import DELETE, PersonalData

NOTE_MAX = 1000  # characters in a private note on a check-in

PERSONAL_DATA = PersonalData(columns={"checkin_prefs": {"user_id": DELETE}, "checkin_answers": {"user_id": DELETE}})


KIND = "checkin"


@dataclass(frozen=True)
class Prefs:
    consented: bool
    buddy_note_after: int | None


async def get_prefs(db: Database, user_id: int, guild_id: int) -> Prefs:
    row = await db.fetchone(
        "SELECT buddy_note_after FROM checkin_prefs WHERE user_id = ? AND guild_id = ?", (user_id, guild_id)
    )
    return Prefs(row is not None, row["buddy_note_after"] if row else None)


async def get_schedule(db: Database, user_id: int, guild_id: int) -> Schedule | None:
    return await engine.get_schedule(db, KIND, user_id, guild_id)


async def start(
    db: Database, user_id: int, guild_id: int, at: time, days_mask: int, timezone: str, now: datetime
) -> Schedule:
    """Record consent and (re)start the member's schedule, in one transaction."""
    async with db.transaction() as tx:
        await tx.execute(
            "INSERT INTO checkin_prefs (user_id, guild_id, consented_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id, guild_id) DO NOTHING",
            (user_id, guild_id, ts(now)),
        )
        return await engine.start(
            tx,
            kind=KIND,
            user_id=user_id,
            guild_id=guild_id,
            at=at,
            days=mask_to_days(days_mask),
            zone=timezone,
            now=now,
        )


async def buddy_note_settings(db: Database, members: list[tuple[int, int]]) -> dict[tuple[int, int], int]:
    """(user, server) -> N, for those of these members who turned the buddy note on."""
    users = sorted({u for u, _ in members})
    if not users:
        return {}
    marks = ",".join("?" * len(users))
    rows = await db.fetchall(
        f"SELECT user_id, guild_id, buddy_note_after FROM checkin_prefs WHERE user_id IN ({marks})"
        " AND buddy_note_after IS NOT NULL",
        users,
    )
    return {(r[0], r[1]): r[2] for r in rows}


async def set_buddy_note_after(db: Database, user_id: int, guild_id: int, count: int | None) -> None:
    await db.execute(
        "UPDATE checkin_prefs SET buddy_note_after = ? WHERE user_id = ? AND guild_id = ?",
        (count, user_id, guild_id),
    )


@dataclass(frozen=True)
class Answer:
    value: int | None
    note: str | None


async def get_answer(db: Database, root_id: int) -> Answer:
    row = await db.fetchone("SELECT answer, note FROM checkin_answers WHERE delivery_id = ?", (root_id,))
    return Answer(row["answer"], row["note"]) if row else Answer(None, None)


async def save_answer(
    db: Database, root_id: int, user_id: int, guild_id: int, value: int, now: datetime, *, open_since: datetime
) -> bool:
    """One row per check-in: answering again changes it, while the week it was first answered in is
    still the live one (`open_since`): a completed week's figures never change. The first answer's
    time counts (not a note's written earlier). Returns whether the answer was saved."""
    changed = await db.execute(
        "INSERT INTO checkin_answers (delivery_id, user_id, guild_id, answer, answered_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id) DO UPDATE SET answer = excluded.answer,"
        " answered_at = CASE WHEN checkin_answers.answer IS NULL THEN excluded.answered_at"
        " ELSE checkin_answers.answered_at END, updated_at = excluded.updated_at"
        " WHERE checkin_answers.answer IS NULL OR checkin_answers.answered_at >= ?",
        (root_id, user_id, guild_id, value, ts(now), ts(now), ts(open_since)),
    )
    return bool(changed)


async def save_note(db: Database, root_id: int, user_id: int, guild_id: int, note: str, now: datetime) -> None:
    await db.execute(
        "INSERT INTO checkin_answers (delivery_id, user_id, guild_id, note, answered_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (delivery_id) DO UPDATE SET note = excluded.note,"
        " updated_at = excluded.updated_at",
        (root_id, user_id, guild_id, note, ts(now), ts(now)),
    )


@dataclass(frozen=True)
class HistoryRow:
    day: date
    answer: int | None
    note: str | None


async def history(db: Database, user_id: int, guild_id: int, since: datetime) -> list[HistoryRow]:
    rows = await db.fetchall(
        "SELECT d.slot, a.answer, a.note FROM checkin_answers a JOIN deliveries d ON d.id = a.delivery_id"
        " WHERE a.user_id = ? AND a.guild_id = ? AND a.answered_at >= ? ORDER BY a.answered_at",
        (user_id, guild_id, ts(since)),
    )
    return [HistoryRow(date.fromisoformat(r["slot"][:10]), r["answer"], r["note"]) for r in rows]


async def unanswered_streak(db: Database, schedule_id: int) -> int:
    """How many of the latest sent check-ins in a row have no answer."""
    rows = await db.fetchall(
        "SELECT a.answer FROM deliveries d LEFT JOIN checkin_answers a ON a.delivery_id = d.id"
        " WHERE d.schedule_id = ? AND d.status = 'sent' AND d.root_id IS NULL ORDER BY d.id DESC LIMIT 30",
        (schedule_id,),
    )
    count = 0
    for row in rows:
        if row["answer"] is not None:
            break
        count += 1
    return count


PROFESSIONAL_AFTER_LOW = 3  # low answers ...
PROFESSIONAL_WITHIN = timedelta(days=7)  # ... within a week
PROFESSIONAL_QUIET = timedelta(days=30)  # then not again for a month


async def claim_professional_note(db: Database, user_id: int, guild_id: int, now: datetime) -> bool:
    """Whether it is time for the gentle note about professional help (and, if so, that it was shown):
    after three low answers within seven days, once, then not again for thirty days."""
    async with db.transaction() as tx:
        low = await tx.fetchval(
            "SELECT COUNT(*) FROM checkin_answers WHERE user_id = ? AND guild_id = ? AND answer >= 4"
            " AND answered_at >= ?",
            (user_id, guild_id, ts(now - PROFESSIONAL_WITHIN)),
        )
        last = await tx.fetchval(
            "SELECT professional_note_at FROM checkin_prefs WHERE user_id = ? AND guild_id = ?", (user_id, guild_id)
        )
        if low < PROFESSIONAL_AFTER_LOW or (last is not None and last > ts(now - PROFESSIONAL_QUIET)):
            return False
        await tx.execute(
            "UPDATE checkin_prefs SET professional_note_at = ? WHERE user_id = ? AND guild_id = ?",
            (ts(now), user_id, guild_id),
        )
        return True
