"""Storage for buddy pairings: configuration, the pool, avoid lists, rounds and groups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from itertools import combinations

from bot.database import Database, Executor, Row
from bot.engine.storage import from_ts, ts
from bot.identity import PersonKeys
from bot.personal_data import DELETE, FORGET, PersonalData
from cogs.buddies.matching import Pair, pair

PERSONAL_DATA = PersonalData(
    columns={
        "buddy_pool": {"user_id": DELETE},
        "buddy_avoid": {"user_id": DELETE, "avoided_id": FORGET},  # someone's never-pair entry outlives the other
        "buddy_members": {"user_id": DELETE},
        "buddy_pings": {"user_id": DELETE},
        "buddy_groups": {"proposed_by": FORGET},
        "buddy_consents": {"user_id": DELETE},
        "buddy_kindness": {"sender_id": DELETE, "user_id": DELETE},
    },
    not_theirs=frozenset({("buddy_avoid", "avoided_id"), ("buddy_groups", "proposed_by")}),
)


CADENCES = {"off": 0, "weekly": 7, "biweekly": 14, "monthly": 28}


@dataclass(frozen=True)
class Config:
    guild_id: int
    intro_channel_id: int | None = None
    cadence: str = "off"
    rotation_day: int = 0
    rotation_time: str = "10:00"
    group_size: int = 2
    recent_rounds: int = 6
    next_rotation: datetime | None = None

    @property
    def period_days(self) -> int:
        return CADENCES[self.cadence]


async def get_config(db: Database, guild_id: int) -> Config:
    row = await db.fetchone(
        "SELECT intro_channel_id, cadence, rotation_day, rotation_time, group_size, recent_rounds, next_rotation_utc"
        " FROM buddy_config WHERE guild_id = ?",
        (guild_id,),
    )
    if row is None:
        return Config(guild_id)
    return Config(guild_id, *row[:6], next_rotation=from_ts(row[6]) if row[6] is not None else None)


async def save_config(db: Database, config: Config, now: datetime) -> None:
    await db.execute(
        "INSERT INTO buddy_config (guild_id, intro_channel_id, cadence, rotation_day, rotation_time, group_size,"
        " recent_rounds, next_rotation_utc, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (guild_id) DO UPDATE SET intro_channel_id = excluded.intro_channel_id,"
        " cadence = excluded.cadence, rotation_day = excluded.rotation_day, rotation_time = excluded.rotation_time,"
        " group_size = excluded.group_size, recent_rounds = excluded.recent_rounds,"
        " next_rotation_utc = excluded.next_rotation_utc, updated_at = excluded.updated_at",
        (
            config.guild_id,
            config.intro_channel_id,
            config.cadence,
            config.rotation_day,
            config.rotation_time,
            config.group_size,
            config.recent_rounds,
            ts(config.next_rotation) if config.next_rotation else None,
            ts(now),
        ),
    )


async def due_rotations(db: Database, now: datetime) -> list[int]:
    rows = await db.fetchall(
        "SELECT guild_id FROM buddy_config WHERE next_rotation_utc IS NOT NULL AND next_rotation_utc <= ?",
        (ts(now),),
    )
    return [r[0] for r in rows]


# ---- the pool and avoid lists -------------------------------------------------------------------


async def join(db: Database, guild_id: int, user_id: int, about: str | None, timezone: str, now: datetime) -> None:
    await db.execute(
        "INSERT INTO buddy_pool (guild_id, user_id, about, timezone, joined_at) VALUES (?, ?, ?, ?, ?)"
        " ON CONFLICT (guild_id, user_id) DO UPDATE SET about = excluded.about, timezone = excluded.timezone",
        (guild_id, user_id, about, timezone, ts(now)),
    )


async def leave(db: Database, guild_id: int, user_id: int) -> bool:
    return bool(await db.execute("DELETE FROM buddy_pool WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)))


@dataclass(frozen=True)
class PoolMember:
    user_id: int
    about: str | None
    timezone: str


async def pool(db: Database, guild_id: int, now: datetime) -> list[PoolMember]:
    """Members who opted in and can be matched now: not paused, not gone, reachable, not in a pair
    a moderator set up or a group its members kept (those continue across rounds)."""
    rows = await db.fetchall(
        "SELECT p.user_id, p.about, p.timezone FROM buddy_pool p"
        " LEFT JOIN members m ON m.user_id = p.user_id"
        " LEFT JOIN schedules s ON s.user_id = p.user_id AND s.guild_id = p.guild_id AND s.kind = 'checkin'"
        " LEFT JOIN buddy_config c ON c.guild_id = p.guild_id"
        " WHERE p.guild_id = ?"
        " AND NOT (s.state = 'paused' OR (s.paused_until IS NOT NULL AND s.paused_until > ?)) IS TRUE"
        " AND (m.dm_closed_at IS NULL OR c.intro_channel_id IS NOT NULL)"
        " AND p.user_id NOT IN (SELECT bm.user_id FROM buddy_members bm JOIN buddy_groups g ON g.id = bm.group_id"
        "   WHERE g.guild_id = p.guild_id AND g.status IN ('active', 'proposed')"
        "   AND (g.round_id IS NULL OR g.kept = 1))"
        " ORDER BY p.user_id",
        (guild_id, ts(now)),
    )
    return [PoolMember(*r) for r in rows]


async def in_pool(db: Database, guild_id: int, user_id: int) -> PoolMember | None:
    row = await db.fetchone(
        "SELECT user_id, about, timezone FROM buddy_pool WHERE guild_id = ? AND user_id = ?", (guild_id, user_id)
    )
    return PoolMember(*row) if row else None


async def abouts(db: Database, guild_id: int, user_ids: tuple[int, ...]) -> dict[int, str]:
    """The "about me" lines of these members (for their introduction)."""
    if not user_ids:
        return {}
    marks = ",".join("?" * len(user_ids))
    rows = await db.fetchall(
        f"SELECT user_id, about FROM buddy_pool WHERE guild_id = ? AND user_id IN ({marks}) AND about IS NOT NULL",
        (guild_id, *user_ids),
    )
    return {r[0]: r[1] for r in rows}


async def set_avoid(
    db: Database, keys: PersonKeys, guild_id: int, user_id: int, other_id: int, avoid: bool, now: datetime
) -> bool:
    """Add or remove an avoid entry; the other person is matched by key, so the entry outlives their data."""
    if avoid:
        return bool(
            await db.execute(
                "INSERT INTO buddy_avoid (guild_id, user_id, avoided_id, avoided_key, created_at)"
                " VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (guild_id, user_id, avoided_key) DO NOTHING",
                (guild_id, user_id, other_id, keys(other_id), ts(now)),
            )
        )
    return bool(
        await db.execute(
            "DELETE FROM buddy_avoid WHERE guild_id = ? AND user_id = ? AND avoided_key = ?",
            (guild_id, user_id, keys(other_id)),
        )
    )


async def avoid_pairs(db: Database, keys: PersonKeys, guild_id: int, user_ids: list[int]) -> set[Pair]:
    """Pairs among these members that either side asked never to be made."""
    by_key = {keys(u): u for u in user_ids}
    rows = await db.fetchall("SELECT user_id, avoided_key FROM buddy_avoid WHERE guild_id = ?", (guild_id,))
    return {pair(a, by_key[k]) for a, k in rows if k in by_key}


async def recent_pairs(db: Database, guild_id: int, rounds: int) -> set[Pair]:
    """Everyone grouped together in the last `rounds` rounds, in any pairing still going (a moderator's or
    a kept group), or in one that ended during those rounds."""
    rows = await db.fetchall(
        "SELECT g.id, bm.user_id FROM buddy_groups g JOIN buddy_members bm ON bm.group_id = g.id"
        " WHERE g.guild_id = ? AND g.status IN ('active', 'ended') AND (g.round_id IS NULL OR g.status = 'active'"
        " OR g.round_id IN (SELECT id FROM buddy_rounds WHERE guild_id = ? ORDER BY id DESC LIMIT ?)"
        " OR g.ended_at >= (SELECT MIN(started_at) FROM"
        "   (SELECT started_at FROM buddy_rounds WHERE guild_id = ? ORDER BY id DESC LIMIT ?) AS recent))",
        (guild_id, guild_id, rounds, guild_id, rounds),
    )
    by_group: dict[int, list[int]] = {}
    for group_id, user_id in rows:
        by_group.setdefault(group_id, []).append(user_id)
    return {pair(a, b) for members in by_group.values() for a, b in combinations(members, 2)}


# ---- groups -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    id: int
    guild_id: int
    round_id: int | None
    status: str
    proposed_by: int | None
    started_at: datetime | None
    thread_id: int | None
    members: tuple[int, ...]


async def get_group(db: Database, group_id: int) -> Group | None:
    row = await db.fetchone(
        "SELECT id, guild_id, round_id, status, proposed_by, started_at, thread_id FROM buddy_groups WHERE id = ?",
        (group_id,),
    )
    if row is None:
        return None
    users = await db.fetchall("SELECT user_id FROM buddy_members WHERE group_id = ? ORDER BY seq, user_id", (group_id,))
    started = from_ts(row[5]) if row[5] is not None else None
    return Group(row[0], row[1], row[2], row[3], row[4], started, row[6], tuple(u[0] for u in users))


async def _groups(db: Database, rows: list[Row]) -> list[Group]:
    groups = [await get_group(db, r[0]) for r in rows]
    return [g for g in groups if g is not None]


async def _latest_group(db: Database, guild_id: int, user_id: int, statuses: tuple[str, ...]) -> Group | None:
    marks = ",".join("?" * len(statuses))
    group_id = await db.fetchval(
        "SELECT g.id FROM buddy_groups g JOIN buddy_members bm ON bm.group_id = g.id"
        f" WHERE g.guild_id = ? AND bm.user_id = ? AND g.status IN ({marks}) ORDER BY g.id DESC LIMIT 1",
        (guild_id, user_id, *statuses),
    )
    return await get_group(db, group_id) if group_id else None


async def active_group(db: Database, guild_id: int, user_id: int) -> Group | None:
    return await _latest_group(db, guild_id, user_id, ("active",))


async def open_group(db: Database, guild_id: int, user_id: int) -> Group | None:
    """An active pairing, or one proposed and still waiting for answers."""
    return await _latest_group(db, guild_id, user_id, ("active", "proposed"))


async def active_groups(db: Database, guild_id: int) -> list[Group]:
    ids = await db.fetchall(
        "SELECT id FROM buddy_groups WHERE guild_id = ? AND status = 'active' ORDER BY id", (guild_id,)
    )
    return await _groups(db, ids)


async def active_groups_of(db: Database, user_id: int) -> list[Group]:
    """This member's active pairings in every server."""
    ids = await db.fetchall(
        "SELECT g.id FROM buddy_groups g JOIN buddy_members bm ON bm.group_id = g.id"
        " WHERE bm.user_id = ? AND g.status = 'active' ORDER BY g.id",
        (user_id,),
    )
    return await _groups(db, ids)


async def create_group(
    db: Database,
    guild_id: int,
    members: tuple[int, ...],
    now: datetime,
    *,
    status: str,
    round_id: int | None = None,
    proposed_by: int | None = None,
) -> int:
    async with db.transaction() as tx:
        group_id = await tx.insert(
            "INSERT INTO buddy_groups (guild_id, round_id, status, proposed_by, created_at, started_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (guild_id, round_id, status, proposed_by, ts(now), ts(now) if status == "active" else None),
        )
        await tx.executemany(
            "INSERT INTO buddy_members (group_id, user_id, seq) VALUES (?, ?, ?)",
            [(group_id, u, seq) for seq, u in enumerate(members)],
        )
    return group_id


async def new_round(db: Database, guild_id: int, seed: int, now: datetime) -> int:
    """End the previous round's groups and open a new round."""
    async with db.transaction() as tx:
        await tx.execute(
            "UPDATE buddy_groups SET status = 'ended', ended_at = ? WHERE guild_id = ? AND status = 'active'"
            " AND round_id IS NOT NULL AND kept = 0",
            (ts(now), guild_id),
        )
        return await tx.insert(
            "INSERT INTO buddy_rounds (guild_id, seed, started_at) VALUES (?, ?, ?)", (guild_id, seed, ts(now))
        )


async def set_status(db: Database, group_id: int, status: str, now: datetime) -> None:
    column = "started_at" if status == "active" else "ended_at"
    await db.execute(f"UPDATE buddy_groups SET status = ?, {column} = ? WHERE id = ?", (status, ts(now), group_id))


async def set_thread(db: Database, group_id: int, thread_id: int) -> None:
    await db.execute("UPDATE buddy_groups SET thread_id = ? WHERE id = ?", (thread_id, group_id))


async def answer_proposal(db: Database, group_id: int, user_id: int, accepted: bool) -> list[bool | None]:
    """Record one member's answer; returns everyone's answers so far."""
    await db.execute(
        "UPDATE buddy_members SET accepted = ? WHERE group_id = ? AND user_id = ?", (int(accepted), group_id, user_id)
    )
    rows = await db.fetchall("SELECT accepted FROM buddy_members WHERE group_id = ?", (group_id,))
    return [None if r[0] is None else bool(r[0]) for r in rows]


async def set_connected(db: Database, group_id: int, user_id: int, answer: str, now: datetime) -> bool:
    """Record a follow-up answer; returns whether the group is now kept (everyone said Yes or Keep)."""
    async with db.transaction() as tx:
        await tx.execute(
            # The first answer stands: a completed week's follow-up figures never change.
            "UPDATE buddy_members SET connected = ?, connected_at = ? WHERE group_id = ? AND user_id = ?"
            " AND connected IS NULL",
            (answer, ts(now), group_id, user_id),
        )
        return await _settle_keep(tx, group_id)


async def connection_counts(db: Database, guild_id: int) -> dict[str, int]:
    rows = await db.fetchall(
        "SELECT bm.connected, COUNT(*) FROM buddy_members bm JOIN buddy_groups g ON g.id = bm.group_id"
        " WHERE g.guild_id = ? AND bm.connected IS NOT NULL GROUP BY bm.connected",
        (guild_id,),
    )
    return {r[0]: r[1] for r in rows}


async def record_ping(db: Database, guild_id: int, user_id: int, day: str) -> bool:
    """True the first time today; False when they already pinged today."""
    return bool(
        await db.execute(
            "INSERT INTO buddy_pings (guild_id, user_id, day) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (guild_id, user_id, day),
        )
    )


async def forget_ping(db: Database, guild_id: int, user_id: int, day: str) -> None:
    """A ping that reached nobody does not use up the day's."""
    await db.execute("DELETE FROM buddy_pings WHERE guild_id = ? AND user_id = ? AND day = ?", (guild_id, user_id, day))


# ---- consent per pairing, kept groups, kindness ------------------------------------------------------


async def set_consent(db: Database, group_id: int, user_id: int, granted: bool, now: datetime) -> None:
    await db.execute(
        "INSERT INTO buddy_consents (group_id, user_id, granted, answered_at) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (group_id, user_id) DO UPDATE SET granted = excluded.granted, answered_at = excluded.answered_at",
        (group_id, user_id, int(granted), ts(now)),
    )


async def consented(db: Database, group_id: int, user_id: int) -> bool:
    """Whether this member said yes, for this pairing, to their buddy getting what they chose to share."""
    return bool(
        await db.fetchval("SELECT granted FROM buddy_consents WHERE group_id = ? AND user_id = ?", (group_id, user_id))
    )


async def vote_keep(db: Database, group_id: int, user_id: int) -> bool:
    """Record that a member wants to keep the group; returns whether the group is now kept, which
    happens when every member pressed Keep us together or answered Yes to the follow-up."""
    async with db.transaction() as tx:
        await tx.execute("UPDATE buddy_members SET keep = 1 WHERE group_id = ? AND user_id = ?", (group_id, user_id))
        return await _settle_keep(tx, group_id)


async def _settle_keep(tx: Executor, group_id: int) -> bool:
    wanting = await tx.fetchone(
        "SELECT COUNT(*), COUNT(CASE WHEN keep = 1 OR connected = 'yes' THEN 1 END) FROM buddy_members"
        " WHERE group_id = ?",
        (group_id,),
    )
    assert wanting is not None
    kept = wanting[0] > 0 and wanting[0] == wanting[1]
    if not kept:
        return False
    changed = await tx.execute(
        "UPDATE buddy_groups SET kept = 1 WHERE id = ? AND kept = 0 AND status = 'active'", (group_id,)
    )
    return bool(changed)


async def record_kindness(db: Database, guild_id: int, sender_id: int, user_id: int, day: str) -> bool:
    """True the first kind word (or encouragement) today from this member to that one."""
    return bool(
        await db.execute(
            "INSERT INTO buddy_kindness (guild_id, sender_id, user_id, day) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING",
            (guild_id, sender_id, user_id, day),
        )
    )


async def forget_kindness(db: Database, guild_id: int, sender_id: int, user_id: int, day: str) -> None:
    """A kind word that did not arrive does not use up the day's."""
    await db.execute(
        "DELETE FROM buddy_kindness WHERE guild_id = ? AND sender_id = ? AND user_id = ? AND day = ?",
        (guild_id, sender_id, user_id, day),
    )


async def consent_for_current(db: Database, guild_id: int, user_id: int, now: datetime) -> None:
    """A member who turns sharing on while paired is choosing it for the buddy they have now."""
    group = await active_group(db, guild_id, user_id)
    if group is not None:
        await set_consent(db, group.id, user_id, True, now)
