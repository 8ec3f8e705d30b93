"""Storage for per-server settings every feature shares (time zone, support team, resources)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.database import Database
from bot.personal_data import FORGET, PersonalData

# A settings change stays (it is about the server); who made it, or whom it was about, is forgotten.
PERSONAL_DATA = PersonalData(
    columns={"config_audit": {"moderator_id": FORGET, "subject_id": FORGET}},
    not_theirs=frozenset({("config_audit", "subject_id")}),
)


@dataclass(frozen=True)
class GuildSettings:
    guild_id: int
    timezone: str | None = None
    preferred_locale: str | None = None
    support_channel_id: int | None = None
    support_role_id: int | None = None
    resources_text: str | None = None
    checkin_default_time: str | None = None
    allow_anonymous: bool = False  # anonymous reach-outs: off until a moderator allows them
    retention_days: int = 180
    support_text: str | None = None  # the non-crisis support section, next to the crisis resources


_COLUMNS = (
    "timezone",
    "preferred_locale",
    "support_channel_id",
    "support_role_id",
    "resources_text",
    "checkin_default_time",
    "allow_anonymous",
    "retention_days",
    "support_text",
)


async def get(db: Database, guild_id: int) -> GuildSettings:
    row = await db.fetchone(f"SELECT {', '.join(_COLUMNS)} FROM guilds WHERE guild_id = ?", (guild_id,))
    if row is None:
        return GuildSettings(guild_id)
    return GuildSettings(guild_id, *row)


async def update(db: Database, guild_id: int, now: datetime, *, by: int | None = None, **values: object) -> None:
    """Set some of the columns above (creating the server's row on first use); `by` is audited."""
    unknown = set(values) - set(_COLUMNS)
    if unknown:
        raise ValueError(f"unknown server settings: {sorted(unknown)}")
    if by is not None:
        before = await get(db, guild_id)
        for key, value in values.items():
            await audit(db, guild_id, by, key, getattr(before, key), value, now)
    cols = "".join(f", {k}" for k in values)
    marks = ", ?" * len(values)
    sets = ", ".join(f"{k} = excluded.{k}" for k in values)
    await db.execute(
        f"INSERT INTO guilds (guild_id, joined_at{cols}) VALUES (?, ?{marks})"
        f" ON CONFLICT (guild_id) DO UPDATE SET {sets}",
        (guild_id, now.isoformat(), *values.values()),
    )


async def audit(
    db: Database,
    guild_id: int,
    moderator_id: int,
    setting: str,
    old: object,
    new: object,
    now: datetime,
    *,
    subject_id: int | None = None,
) -> None:
    """One line of /config history (only when something really changed); `subject_id` is the member a
    moderator action was about (forgotten if they delete their data)."""
    old_text = None if old is None else str(old)
    new_text = None if new is None else str(new)
    if old_text == new_text:
        return
    await db.execute(
        "INSERT INTO config_audit (guild_id, moderator_id, setting, old_value, new_value, changed_at, subject_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (guild_id, moderator_id, setting, old_text, new_text, int(now.timestamp()), subject_id),
    )


async def history(db: Database, guild_id: int, limit: int = 20) -> list[tuple]:
    rows = await db.fetchall(
        "SELECT moderator_id, setting, old_value, new_value, changed_at, subject_id FROM config_audit"
        " WHERE guild_id = ?"
        " ORDER BY id DESC LIMIT ?",
        (guild_id, limit),
    )
    return [tuple(r) for r in rows]
