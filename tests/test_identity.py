"""Person keys: stable for one installation, different across installations, filled in for old rows."""

from __future__ import annotations

from pathlib import Path

from bot import identity
from bot.database import Database


async def test_keys_are_stable_per_installation_and_say_nothing_elsewhere(tmp_path: Path) -> None:
    first = await Database.open(tmp_path / "a.sqlite3")
    await first.migrate()
    keys = await identity.load(first)
    again = await identity.load(first)
    assert keys(123) == again(123) and keys(123) != keys(124)
    # A real id is 17 to 20 digits: a key that held it would hold all of them, which a random one
    # never does by chance (a short id such as "123" can turn up in 32 hex digits now and then).
    member = 1578484887977984057
    assert str(member) not in keys(member) and len(keys(member)) == 32
    other = await Database.open(tmp_path / "b.sqlite3")
    await other.migrate()
    assert (await identity.load(other))(123) != keys(123)  # another installation, another secret
    await first.close()
    await other.close()


async def test_rows_from_before_keys_get_theirs_at_start(tmp_path: Path) -> None:
    db = await Database.open(tmp_path / "old.sqlite3")
    await db.migrate()
    await db.execute("INSERT INTO reachout_blocks (guild_id, user_id, blocked_id) VALUES (1, 2, 3)")
    await db.execute(
        "INSERT INTO reachouts (guild_id, sender_id, recipient_id, created_at, day) VALUES (1, 3, 2, 0, '2026-01-01')"
    )
    keys = await identity.load(db)
    assert await db.fetchval("SELECT blocked_key FROM reachout_blocks") == keys(3)
    row = await db.fetchone("SELECT sender_key, recipient_key FROM reachouts")
    assert tuple(row) == (keys(3), keys(2))
    await db.close()
