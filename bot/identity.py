"""Person keys: an HMAC of a Discord user id with a secret of this installation.

A protection one member keeps against another (a block, an avoid entry, a report) must outlive
the other person's data: if they delete everything and come back, the block still holds. So the
other person is also stored as a key. Without the secret (which lives only in this database) a key
says nothing about who it is; with their id gone, nothing readable about them remains.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import secrets

from bot.database import Database

log = logging.getLogger(__name__)

SECRET_META_KEY = "person_key_secret"

# table -> (id column, key column): rows whose key the bot fills in (rows from before keys existed).
KEYED_COLUMNS: dict[str, tuple[tuple[str, str], ...]] = {
    "reachout_blocks": (("blocked_id", "blocked_key"),),
    "buddy_avoid": (("avoided_id", "avoided_key"),),
    "reachouts": (("sender_id", "sender_key"), ("recipient_id", "recipient_key")),
}


class PersonKeys:
    """Turns user ids into person keys with this installation's secret."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def __call__(self, user_id: int) -> str:
        digest = hmac.new(self._secret, str(int(user_id)).encode(), hashlib.sha256)
        return digest.hexdigest()[:32]


async def load(db: Database) -> PersonKeys:
    """The installation's keys: the secret is made once (first start) and then read back."""
    await db.execute(
        "INSERT INTO bot_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING",
        (SECRET_META_KEY, secrets.token_hex(32)),
    )
    secret = await db.fetchval("SELECT value FROM bot_meta WHERE key = ?", (SECRET_META_KEY,))
    keys = PersonKeys(bytes.fromhex(secret))
    await _fill_missing(db, keys)
    return keys


async def _fill_missing(db: Database, keys: PersonKeys) -> None:
    """Rows written before person keys existed get theirs (a no-op on every later start)."""
    filled = 0
    async with db.transaction() as tx:
        for table, pairs in KEYED_COLUMNS.items():
            for id_column, key_column in pairs:
                rows = await tx.fetchall(
                    f"SELECT id, {id_column} FROM {table} WHERE {key_column} IS NULL AND {id_column} IS NOT NULL"
                )
                for row in rows:
                    filled += await tx.execute(
                        f"UPDATE {table} SET {key_column} = ? WHERE id = ?", (keys(row[1]), row[0])
                    )
    if filled:
        log.info("Filled in %d person keys for rows from an older version", filled)
