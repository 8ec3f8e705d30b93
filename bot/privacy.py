"""Members' control of their data: what is stored, an export, deletion, and retention.

Every table that can hold a member's id is listed here with the columns that can; a test scans
every table of the real schema after a deletion, so a table added later without an entry here fails.
Deletion removes what is theirs and keeps what protects someone else from them (see PERSONAL).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from bot.database import Database
from bot.engine.storage import ts

DELETE, FORGET = "delete", "forget"

# table -> {column that can hold a user id: what deleting that person's data does to the row}.
# DELETE removes the row (it is theirs). FORGET keeps the row and blanks their id: the row is about
# the server (a settings change), or it is someone else's protection against them (a block, an
# avoid entry, a reach-out that counts towards their limits or that a recipient may still report),
# which nothing they do may undo; such rows are still matched through a person key (bot/identity.py).
PERSONAL: dict[str, dict[str, str]] = {
    "members": {"user_id": DELETE},
    "schedules": {"user_id": DELETE},
    "deliveries": {"user_id": DELETE},
    "checkin_prefs": {"user_id": DELETE},
    "checkin_answers": {"user_id": DELETE},
    "buddy_pool": {"user_id": DELETE},
    "buddy_avoid": {"user_id": DELETE, "avoided_id": FORGET},
    "buddy_members": {"user_id": DELETE},
    "buddy_pings": {"user_id": DELETE},
    "buddy_consents": {"user_id": DELETE},
    "buddy_kindness": {"sender_id": DELETE, "user_id": DELETE},
    "buddy_groups": {"proposed_by": FORGET},
    "goals": {"user_id": DELETE},
    "reachouts": {"sender_id": FORGET, "recipient_id": FORGET},
    "reachout_optouts": {"user_id": DELETE},
    "reachout_blocks": {"user_id": DELETE, "blocked_id": FORGET},
    "reachout_drafts": {"sender_id": DELETE, "recipient_id": DELETE},
    "support_requests": {"user_id": DELETE},
    "config_audit": {"moderator_id": FORGET, "subject_id": FORGET},
}
# Words blanked along with a forgotten id: a reach-out's words belong to both of its people.
BLANK_WITH: dict[str, tuple[str, ...]] = {"reachouts": ("message",)}
# Columns that hold someone else's id in a row about this member: exported only when it is them.
OTHERS: dict[str, tuple[str, ...]] = {"reachouts": ("sender_id",)}
# Rows that are someone else's private choice about this member: exported to nobody.
NOT_THEIRS = {
    ("buddy_avoid", "avoided_id"),
    ("reachout_blocks", "blocked_id"),
    ("buddy_groups", "proposed_by"),
    ("reachout_drafts", "recipient_id"),
    ("config_audit", "subject_id"),
}
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
            # Person keys say nothing to the member and are someone else's protection: never exported.
            record = {k: v for k, v in dict(row).items() if not k.endswith("_key")}
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
    """Delete every row that is theirs and forget them in every row that is not; returns rows changed."""
    changed = 0
    async with db.transaction() as tx:
        for table, columns in PERSONAL.items():
            doomed = [c for c, action in columns.items() if action == DELETE]
            if doomed:
                where = " OR ".join(f"{c} = ?" for c in doomed)
                changed += await tx.execute(f"DELETE FROM {table} WHERE {where}", tuple(user_id for _ in doomed))
            for column in (c for c, action in columns.items() if action == FORGET):
                blanks = "".join(f", {b} = NULL" for b in BLANK_WITH.get(table, ()))
                changed += await tx.execute(
                    f"UPDATE {table} SET {column} = NULL{blanks} WHERE {column} = ?", (user_id,)
                )
    return changed


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
            "UPDATE reachouts SET sender_id = NULL WHERE anonymous = 1 AND sender_id IS NOT NULL AND created_at < ?",
            (ts(now - timedelta(days=SENDER_KEPT_DAYS)),),
        )
        changed += await tx.execute(
            "UPDATE support_requests SET note = NULL WHERE note IS NOT NULL AND created_at < ? - 86400 *"
            " COALESCE((SELECT retention_days FROM guilds WHERE guilds.guild_id = support_requests.guild_id), 180)",
            (ts(now),),
        )
    return changed
