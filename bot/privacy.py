"""Members' control of their data: what is stored, an export, deletion, and retention.

Every table that can hold a member's id is listed here with the columns that can; a test scans
every table of the real schema after a deletion, so a table added later without an entry here fails.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.database import Database
from bot.engine.storage import ts

# table -> columns that hold a user id
PERSONAL: dict[str, tuple[str, ...]] = {
    "members": ("user_id",),
    "schedules": ("user_id",),
    "deliveries": ("user_id",),
    "checkin_prefs": ("user_id",),
    "checkin_answers": ("user_id",),
    "buddy_pool": ("user_id",),
    "buddy_avoid": ("user_id", "avoided_id"),
    "buddy_members": ("user_id",),
    "buddy_pings": ("user_id",),
    "buddy_groups": ("proposed_by",),
    "goals": ("user_id",),
    "reachouts": ("sender_id", "recipient_id"),
    "reachout_optouts": ("user_id",),
    "reachout_blocks": ("user_id", "blocked_id"),
    "support_requests": ("user_id",),
    "config_audit": ("moderator_id",),
}
# Columns that hold someone else's id or choice in a row about this member: never exported.
OTHERS: dict[str, tuple[str, ...]] = {"reachouts": ("sender_id",)}
# Rows that are someone else's private choice about this member (exported to nobody, deleted).
NOT_THEIRS = {("buddy_avoid", "avoided_id"), ("reachout_blocks", "blocked_id"), ("buddy_groups", "proposed_by")}
# Rows that are about the server, not the member: kept, with the member's id forgotten.
ANONYMIZE = {("buddy_groups", "proposed_by"), ("config_audit", "moderator_id")}
SENDER_KEPT_DAYS = 30


async def export(db: Database, user_id: int) -> dict[str, Any]:
    """Everything stored about this member, and nothing about anyone else."""
    data: dict[str, Any] = {}
    for table, columns in PERSONAL.items():
        own = [c for c in columns if (table, c) not in NOT_THEIRS]
        if not own:
            continue
        where = " OR ".join(f"{c} = ?" for c in own)
        rows = await db.fetchall(f"SELECT * FROM {table} WHERE {where}", tuple(user_id for _ in own))
        records = []
        for row in rows:
            record = dict(row)
            for column in OTHERS.get(table, ()):
                if record.get(column) != user_id:
                    record[column] = None  # another person's id (an anonymous sender, say) stays private
            records.append(record)
        data[table] = records
    goal_ids = [g["id"] for g in data.get("goals", [])]
    if goal_ids:
        marks = ",".join("?" * len(goal_ids))
        data["goal_logs"] = [
            dict(r) for r in await db.fetchall(f"SELECT * FROM goal_logs WHERE goal_id IN ({marks})", goal_ids)
        ]
    else:
        data["goal_logs"] = []
    return data


async def delete(db: Database, user_id: int) -> int:
    """Delete every row about this member in every table (schedules included); returns rows removed."""
    removed = 0
    async with db.transaction() as tx:
        for table, columns in PERSONAL.items():
            if all((table, c) in ANONYMIZE for c in columns):
                # A row about the server (a proposed group, a settings change) stays; who it was goes.
                for column in columns:
                    removed += await tx.execute(f"UPDATE {table} SET {column} = NULL WHERE {column} = ?", (user_id,))
                continue
            where = " OR ".join(f"{c} = ?" for c in columns)
            removed += await tx.execute(f"DELETE FROM {table} WHERE {where}", tuple(user_id for _ in columns))
    return removed


async def purge_old(db: Database, now: datetime) -> int:
    """The daily retention job: notes and reach-out words older than each server's limit, senders after 30 days."""
    changed = 0
    async with db.transaction() as tx:
        changed += await tx.execute(
            "UPDATE checkin_answers SET note = NULL WHERE note IS NOT NULL AND answered_at < ? - 86400 *"
            " COALESCE((SELECT retention_days FROM guilds WHERE guilds.guild_id = checkin_answers.guild_id), 180)",
            (ts(now),),
        )
        changed += await tx.execute(
            "UPDATE reachouts SET message = NULL WHERE message IS NOT NULL AND created_at < ? - 86400 *"
            " COALESCE((SELECT retention_days FROM guilds WHERE guilds.guild_id = reachouts.guild_id), 180)",
            (ts(now),),
        )
        # An anonymous sender is kept for moderation for 30 days, then forgotten.
        changed += await tx.execute(
            "UPDATE reachouts SET sender_id = 0 WHERE anonymous = 1 AND sender_id != 0 AND created_at < ?",
            (ts(now - timedelta(days=SENDER_KEPT_DAYS)),),
        )
        changed += await tx.execute(
            "UPDATE support_requests SET note = NULL WHERE note IS NOT NULL AND created_at < ? - 86400 *"
            " COALESCE((SELECT retention_days FROM guilds WHERE guilds.guild_id = support_requests.guild_id), 180)",
            (ts(now),),
        )
    return changed
