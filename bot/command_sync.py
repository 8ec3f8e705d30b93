"""Sync slash commands only when the command tree changed since the last sync."""

from __future__ import annotations

import hashlib
import json
import logging
from typing import TYPE_CHECKING

import discord

from bot import meta
from bot.settings import CommandSync

if TYPE_CHECKING:
    from bot.bot import CheckinBot

log = logging.getLogger(__name__)


async def tree_payload(bot: CheckinBot, guild: discord.abc.Snowflake | None) -> list[dict]:
    tree = bot.tree
    commands = tree._get_all_commands(guild=guild)
    translator = tree.translator
    if translator is not None:
        return [await c.get_translated_payload(tree, translator) for c in commands]
    return [c.to_dict(tree) for c in commands]


def payload_hash(payload: list[dict]) -> str:
    """A stable hash of what would be sent to Discord."""
    canonical = json.dumps(sorted(payload, key=lambda c: c["name"]), sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def leaf_ids(synced: list[discord.app_commands.AppCommand]) -> dict[str, int]:
    """Each leaf command's qualified name ("checkin pause") -> its top-level command's id, for mentions."""
    ids: dict[str, int] = {}

    def walk(prefix: str, options: list, top_id: int) -> None:
        subs = [o for o in options if isinstance(o, discord.app_commands.AppCommandGroup)]
        if not subs:
            ids[prefix] = top_id
        for sub in subs:
            walk(f"{prefix} {sub.name}", sub.options, top_id)

    for command in synced:
        if command.type == discord.AppCommandType.chat_input:
            walk(command.name, command.options, command.id)
    return ids


async def sync_if_changed(bot: CheckinBot, sync: CommandSync) -> bool:
    """Sync per COMMAND_SYNC when the hash differs from the stored one; returns whether it synced.
    Either way the commands' ids end up in the catalogue, so texts can mention commands."""
    if sync.mode == "off":
        return False
    guild = discord.Object(sync.guild_id) if sync.mode == "guild" and sync.guild_id else None
    if guild is not None:
        bot.tree.copy_global_to(guild=guild)
    digest = payload_hash(await tree_payload(bot, guild))
    # The application id and API base are part of the key: a different application (or a fresh
    # sandbox) has never seen these commands, whatever this database remembers.
    key = f"command_sync:{bot.settings.discord_api_base_url}:{bot.application_id}:{sync}"
    ids_key = f"command_ids:{bot.settings.discord_api_base_url}:{bot.application_id}:{sync}"
    if await meta.get(bot.db, key) == digest:
        log.info("Slash commands unchanged since the last sync; not syncing")
        known = await meta.get(bot.db, ids_key)
        if known is None:  # synced by a version that did not keep the ids: ask Discord once
            known = json.dumps(leaf_ids(await bot.tree.fetch_commands(guild=guild)))
            await meta.set(bot.db, ids_key, known)
        bot.catalogue.use_command_ids(json.loads(known))
        return False
    synced = await bot.tree.sync(guild=guild)
    ids = leaf_ids(synced)
    await meta.set(bot.db, ids_key, json.dumps(ids))
    await meta.set(bot.db, key, digest)
    bot.catalogue.use_command_ids(ids)
    log.info("Synced %d slash commands (%s)", len(synced), sync)
    return True
