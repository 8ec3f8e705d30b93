"""Storage for reach-outs: the notes sent, daily limits, opt-outs, blocks, reports and suspensions.

The other person in a protection (the sender someone blocked or reported) is matched by person key
(`bot.identity`), so nothing that person does, deleting their data included, can undo it. Limits
count by key too, so deleting your data does not reset them.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from bot.database import Database, Executor
from bot.engine.storage import ts
from bot.identity import PersonKeys
from bot.personal_data import DELETE, FORGET, PersonalData

PERSONAL_DATA = PersonalData(
    columns={
        "reachouts": {"sender_id": FORGET, "recipient_id": FORGET},  # rows stay: limits and reports hold
        "reachout_optouts": {"user_id": DELETE},
        "reachout_blocks": {"user_id": DELETE, "blocked_id": FORGET},  # a block outlives the blocked
        "reachout_drafts": {"sender_id": DELETE, "recipient_id": DELETE},
    },
    blank_with={"reachouts": ("message",)},
    others={"reachouts": ("sender_id",)},
    not_theirs=frozenset({("reachout_blocks", "blocked_id"), ("reachout_drafts", "recipient_id")}),
)


SENDER_PER_DAY = 5
PAIR_PER_DAY = 1
RECEIVED_PER_DAY = 10
REPORTS_TO_SUSPEND = 2  # from different members
DRAFT_LIFETIME = timedelta(minutes=15)


def day_of(now: datetime) -> str:
    return now.date().isoformat()


@dataclass(frozen=True)
class Reachout:
    id: int
    guild_id: int
    sender_id: int | None  # None once the sender deleted their data (or 30 days after an anonymous one)
    sender_key: str
    recipient_id: int | None
    message: str | None
    anonymous: bool
    revealed: bool
    reported: bool


async def record_if_allowed(
    db: Database,
    keys: PersonKeys,
    guild_id: int,
    sender_id: int,
    recipient_id: int,
    message: str | None,
    anonymous: bool,
    now: datetime,
) -> tuple[int | None, str | None]:
    """Check the daily limits and record the reach-out in one transaction, so sends made at the same
    moment cannot slip past a limit together. Returns (new id, None) or (None, the limit hit:
    'sender', 'pair' or 'recipient')."""
    day = day_of(now)
    sender_key, recipient_key = keys(sender_id), keys(recipient_id)
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT (SELECT COUNT(*) FROM reachouts WHERE sender_key = ? AND day = ?),"
            " (SELECT COUNT(*) FROM reachouts WHERE sender_key = ? AND recipient_key = ? AND day = ?),"
            " (SELECT COUNT(*) FROM reachouts WHERE recipient_key = ? AND day = ?)",
            (sender_key, day, sender_key, recipient_key, day, recipient_key, day),
        )
        assert row is not None
        if row[0] >= SENDER_PER_DAY:
            return None, "sender"
        if row[1] >= PAIR_PER_DAY:
            return None, "pair"
        if row[2] >= RECEIVED_PER_DAY:
            return None, "recipient"
        new_id = await tx.insert(
            "INSERT INTO reachouts (guild_id, sender_id, sender_key, recipient_id, recipient_key, message, anonymous,"
            " created_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (guild_id, sender_id, sender_key, recipient_id, recipient_key, message, int(anonymous), ts(now), day),
        )
        return new_id, None


async def forget(db: Database, reachout_id: int) -> None:
    """A reach-out that could not be delivered does not count against anyone's limits."""
    await db.execute("DELETE FROM reachouts WHERE id = ?", (reachout_id,))


async def get(db: Database, reachout_id: int) -> Reachout | None:
    row = await db.fetchone(
        "SELECT id, guild_id, sender_id, sender_key, recipient_id, message, anonymous, revealed, reported_at"
        " FROM reachouts WHERE id = ?",
        (reachout_id,),
    )
    if row is None:
        return None
    return Reachout(*row[:6], bool(row[6]), bool(row[7]), row[8] is not None)


async def mark_revealed(db: Database, reachout_id: int) -> None:
    await db.execute("UPDATE reachouts SET revealed = 1 WHERE id = ?", (reachout_id,))


@dataclass(frozen=True)
class Gate:
    """Why a reach-out may not go to this recipient from this sender (all False: it may)."""

    suspended: bool  # the sender's reach-outs are paused in this server
    opted_out: bool
    blocked: bool


async def gate(db: Database, keys: PersonKeys, guild_id: int, recipient_id: int, sender_id: int) -> Gate:
    sender_key = keys(sender_id)
    row = await db.fetchone(
        "SELECT EXISTS (SELECT 1 FROM reachout_suspensions WHERE guild_id = ? AND sender_key = ? AND suspended = 1),"
        " EXISTS (SELECT 1 FROM reachout_optouts WHERE guild_id = ? AND user_id = ?),"
        " EXISTS (SELECT 1 FROM reachout_blocks WHERE guild_id = ? AND user_id = ? AND blocked_key = ?)",
        (guild_id, sender_key, guild_id, recipient_id, guild_id, recipient_id, sender_key),
    )
    assert row is not None
    return Gate(bool(row[0]), bool(row[1]), bool(row[2]))


async def set_receive(db: Database, guild_id: int, user_id: int, receive: bool) -> None:
    if receive:
        await db.execute("DELETE FROM reachout_optouts WHERE guild_id = ? AND user_id = ?", (guild_id, user_id))
    else:
        await db.execute(
            "INSERT INTO reachout_optouts (guild_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING", (guild_id, user_id)
        )


_BLOCK = (
    "INSERT INTO reachout_blocks (guild_id, user_id, blocked_id, blocked_key, created_at) VALUES (?, ?, ?, ?, ?)"
    " ON CONFLICT (guild_id, user_id, blocked_key) DO NOTHING"
)


async def set_block(
    db: Database, keys: PersonKeys, guild_id: int, user_id: int, blocked_id: int, block: bool, now: datetime
) -> None:
    if block:
        await db.execute(_BLOCK, (guild_id, user_id, blocked_id, keys(blocked_id), ts(now)))
    else:
        await db.execute(
            "DELETE FROM reachout_blocks WHERE guild_id = ? AND user_id = ? AND blocked_key = ?",
            (guild_id, user_id, keys(blocked_id)),
        )


async def block_sender(db: Database, found: Reachout, now: datetime) -> None:
    """The recipient blocks whoever sent this reach-out, without learning who it was."""
    assert found.recipient_id is not None
    await db.execute(_BLOCK, (found.guild_id, found.recipient_id, found.sender_id, found.sender_key, ts(now)))


@dataclass(frozen=True)
class ReportResult:
    already: bool  # this recipient had already reported this reach-out
    suspended_now: bool  # this report paused the sender's reach-outs in the server


async def report(db: Database, keys: PersonKeys, found: Reachout, now: datetime) -> ReportResult:
    """Block the sender for the reporter, add the report to the abuse ledger, and pause the sender's
    reach-outs in the server once members other than each other have reported them twice; all at once."""
    assert found.recipient_id is not None
    reporter_key = keys(found.recipient_id)
    async with db.transaction() as tx:
        await tx.execute(_BLOCK, (found.guild_id, found.recipient_id, found.sender_id, found.sender_key, ts(now)))
        changed = await tx.execute(
            "UPDATE reachouts SET reported_at = ? WHERE id = ? AND reported_at IS NULL", (ts(now), found.id)
        )
        await tx.execute(
            "INSERT INTO abuse_reports (guild_id, sender_key, reporter_key, reported_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (guild_id, sender_key, reporter_key) DO UPDATE SET reported_at = excluded.reported_at",
            (found.guild_id, found.sender_key, reporter_key, ts(now)),
        )
        state = await tx.fetchone(
            "SELECT suspended, changed_at FROM reachout_suspensions WHERE guild_id = ? AND sender_key = ?",
            (found.guild_id, found.sender_key),
        )
        if state is not None and state[0]:
            return ReportResult(not changed, False)
        since = state[1] if state is not None else -1  # a moderator's restore starts a fresh count
        reporters = await tx.fetchval(
            "SELECT COUNT(*) FROM abuse_reports WHERE guild_id = ? AND sender_key = ? AND reported_at > ?",
            (found.guild_id, found.sender_key, since),
        )
        if reporters < REPORTS_TO_SUSPEND:
            return ReportResult(not changed, False)
        await _set_suspended(tx, found.guild_id, found.sender_key, True, now)
        return ReportResult(not changed, True)


async def set_suspended(
    db: Database, keys: PersonKeys, guild_id: int, sender_id: int, suspended: bool, now: datetime
) -> bool:
    """A moderator's decision; returns whether anything changed."""
    async with db.transaction() as tx:
        return await _set_suspended(tx, guild_id, keys(sender_id), suspended, now)


async def _set_suspended(tx: Executor, guild_id: int, sender_key: str, suspended: bool, now: datetime) -> bool:
    current = await tx.fetchval(
        "SELECT suspended FROM reachout_suspensions WHERE guild_id = ? AND sender_key = ?", (guild_id, sender_key)
    )
    if current is not None and bool(current) == suspended:
        return False
    if current is None and not suspended:
        return False
    await tx.execute(
        "INSERT INTO reachout_suspensions (guild_id, sender_key, suspended, changed_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (guild_id, sender_key) DO UPDATE SET suspended = excluded.suspended,"
        " changed_at = excluded.changed_at",
        (guild_id, sender_key, int(suspended), ts(now)),
    )
    return True


async def report_count(db: Database, keys: PersonKeys, guild_id: int, sender_id: int) -> int:
    """Members who ever reported this sender in this server (for the moderators' view)."""
    return int(
        await db.fetchval(
            "SELECT COUNT(*) FROM abuse_reports WHERE guild_id = ? AND sender_key = ?", (guild_id, keys(sender_id))
        )
    )


# ---- anonymous drafts --------------------------------------------------------------------------


@dataclass(frozen=True)
class Draft:
    id: int
    guild_id: int
    sender_id: int
    recipient_id: int
    message: str | None


async def save_draft(
    db: Database, guild_id: int, sender_id: int, recipient_id: int, message: str | None, now: datetime
) -> tuple[int, str]:
    """An anonymous reach-out waiting for its sender's confirmation; returns (id, token)."""
    token = secrets.token_hex(8)
    await db.execute("DELETE FROM reachout_drafts WHERE created_at < ?", (ts(now - DRAFT_LIFETIME),))
    draft_id = await db.insert(
        "INSERT INTO reachout_drafts (token, guild_id, sender_id, recipient_id, message, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (token, guild_id, sender_id, recipient_id, message, ts(now)),
    )
    return draft_id, token


async def take_draft(db: Database, draft_id: int, token: str, sender_id: int, now: datetime) -> Draft | None:
    """The draft, once, if it is this sender's, the token matches and it has not expired."""
    async with db.transaction() as tx:
        row = await tx.fetchone(
            "SELECT id, guild_id, sender_id, recipient_id, message, token, created_at FROM reachout_drafts"
            " WHERE id = ?",
            (draft_id,),
        )
        if row is None or row["sender_id"] != sender_id or not secrets.compare_digest(row["token"], token):
            return None
        await tx.execute("DELETE FROM reachout_drafts WHERE id = ?", (draft_id,))
        if row["created_at"] < ts(now - DRAFT_LIFETIME):
            return None
        return Draft(*row[:5])
