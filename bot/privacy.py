"""Members' control of their data: what is stored, an export, deletion, and retention.

Each module that stores a member's id declares it (`PERSONAL_DATA`, see `bot/personal_data.py`) and
this module loops over the declarations; a test scans every table of the real schema after a
deletion, so a table added later without a declaration fails. Deletion removes what is theirs and
keeps what protects someone else from them.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from datetime import datetime, timedelta
from typing import Any

import cogs
from bot.database import Database
from bot.engine.storage import ts
from bot.personal_data import DELETE, FORGET, PersonalData

SENDER_KEPT_DAYS = 30
CORE_MODULES = ("bot.members", "bot.engine.storage", "bot.guild_settings")


@functools.cache
def declarations() -> tuple[PersonalData, ...]:
    """Every module's declaration: the core's, then each feature's storage module (found by walking
    `cogs/`, as the extensions are), so a new feature's data is covered by declaring it."""
    modules = [importlib.import_module(name) for name in CORE_MODULES]
    for package in pkgutil.iter_modules(cogs.__path__):
        try:
            modules.append(importlib.import_module(f"cogs.{package.name}.storage"))
        except ModuleNotFoundError as exc:
            if exc.name != f"cogs.{package.name}.storage":
                raise
    return tuple(m.PERSONAL_DATA for m in modules if hasattr(m, "PERSONAL_DATA"))


def personal_columns() -> dict[str, dict[str, str]]:
    """table -> {column: DELETE or FORGET}, over every declaration."""
    merged: dict[str, dict[str, str]] = {}
    for declared in declarations():
        for table, columns in declared.columns.items():
            merged.setdefault(table, {}).update(columns)
    return merged


async def export(db: Database, user_id: int) -> dict[str, Any]:
    """Everything stored about this member, and nothing about anyone else."""
    data: dict[str, Any] = {}
    for declared in declarations():
        for table, columns in declared.columns.items():
            own = [c for c in columns if (table, c) not in declared.not_theirs]
            if own:
                data[table] = await _own_rows(db, declared, table, own, user_id)
        for child, (column, parent) in declared.children.items():
            ids = [row["id"] for row in data.get(parent, [])]
            marks = ",".join("?" * len(ids))
            rows = await db.fetchall(f"SELECT * FROM {child} WHERE {column} IN ({marks})", ids) if ids else []
            data[child] = [dict(r) for r in rows]
    return data


async def _own_rows(
    db: Database, declared: PersonalData, table: str, own: list[str], user_id: int
) -> list[dict[str, Any]]:
    where = " OR ".join(f"{c} = ?" for c in own)
    records = []
    for row in await db.fetchall(f"SELECT * FROM {table} WHERE {where}", tuple(user_id for _ in own)):
        # Person keys say nothing to the member and are someone else's protection: never exported.
        record = {k: v for k, v in dict(row).items() if not k.endswith("_key")}
        for column in declared.others.get(table, ()):
            if record.get(column) != user_id:
                record[column] = None  # another person's id (an anonymous sender, say) stays private
        records.append(record)
    return records


async def delete(db: Database, user_id: int) -> int:
    """Delete every row that is theirs and forget them in every row that is not; returns rows changed."""
    changed = 0
    async with db.transaction() as tx:
        for declared in declarations():
            for table, columns in declared.columns.items():
                doomed = [c for c, action in columns.items() if action == DELETE]
                if doomed:
                    where = " OR ".join(f"{c} = ?" for c in doomed)
                    changed += await tx.execute(f"DELETE FROM {table} WHERE {where}", tuple(user_id for _ in doomed))
                for column in (c for c, action in columns.items() if action == FORGET):
                    blanks = "".join(f", {b} = NULL" for b in declared.blank_with.get(table, ()))
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
