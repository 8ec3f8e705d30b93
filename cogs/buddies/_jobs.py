"""What runs without a command: the halfway follow-up the engine sends, the rotation tick, and a round."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from datetime import timedelta
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from bot.engine.dm import Outgoing
from bot.engine.storage import Job
from bot.messaging import dm_member
from bot.timezones import parse_timezone
from cogs.buddies import notify, storage
from cogs.buddies._buttons import followup_buttons
from cogs.buddies._pairings import FOLLOWUP_KIND, introduce, server_name
from cogs.buddies.matching import Candidate, match

if TYPE_CHECKING:
    from bot.bot import CheckinBot

Plan = tuple[list[tuple[int, ...]], list[int]]  # the groups, and who is left unmatched


class FollowupHandler:
    """Renders the halfway "Did you two connect?" DM for the engine."""

    kind = FOLLOWUP_KIND

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    def variant_count(self) -> int:
        return 1

    async def render(self, job: Job) -> Outgoing | None:
        group_id = int(job.slot.split("-", 1)[1])
        group = await storage.get_group(self.bot.db, group_id)
        if group is None or group.status != "active":
            return None  # the pairing ended before its follow-up: nothing to ask
        text = self.bot.text("buddy.followup", job.locale, server=server_name(self.bot, job.guild_id))
        return Outgoing(text, followup_buttons(self.bot, group_id, job.locale))


async def rotation_tick(bot: CheckinBot) -> None:
    """Run the rounds that are due (the database says which); plan each server's next one."""
    now = bot.clock.now()
    for guild_id in await storage.due_rotations(bot.db, now):
        config = await storage.get_config(bot.db, guild_id)
        try:
            await run_round(bot, guild_id, seed=int(now.timestamp()))
        finally:
            nxt = await notify.next_rotation(bot, config, after=now)
            await storage.save_config(bot.db, replace(config, next_rotation=nxt), now)


async def plan(bot: CheckinBot, guild_id: int, seed: int) -> Plan | None:
    """The groups a round would make now (the matching module, fed from storage)."""
    now = bot.clock.now()
    pool = await storage.pool(bot.db, guild_id, now)
    if len(pool) < 2:
        return None
    config = await storage.get_config(bot.db, guild_id)
    candidates = []
    for member in pool:
        zone = parse_timezone(member.timezone) or ZoneInfo("UTC")
        offset = now.astimezone(zone).utcoffset() or timedelta()
        candidates.append(Candidate(member.user_id, int(offset.total_seconds() // 60)))
    result = match(
        candidates,
        recent=await storage.recent_pairs(bot.db, guild_id, config.recent_rounds),
        avoid=await storage.avoid_pairs(bot.db, bot.keys, guild_id, [c.user_id for c in candidates]),
        preferred_size=config.group_size,
        seed=seed,
    )
    return result.groups, result.unmatched


def fingerprint(groups: list[tuple[int, ...]]) -> str:
    """A short digest of a round's plan, carried by its Confirm button."""
    canonical = ";".join(",".join(map(str, sorted(g))) for g in sorted(groups, key=sorted))
    return hashlib.blake2b(canonical.encode(), digest_size=8).hexdigest()


async def run_round(bot: CheckinBot, guild_id: int, seed: int) -> int:
    """Make a round's groups, introduce them, plan the follow-ups; returns the number of groups."""
    planned = await plan(bot, guild_id, seed)
    now = bot.clock.now()
    if planned is None:
        await _tell_unmatched(bot, guild_id, seed, [m.user_id for m in await storage.pool(bot.db, guild_id, now)])
        return 0
    groups, unmatched = planned
    round_id = await storage.new_round(bot.db, guild_id, seed, now)
    for members in groups:
        group_id = await storage.create_group(bot.db, guild_id, members, now, status="active", round_id=round_id)
        await introduce(bot, group_id)
    await _tell_unmatched(bot, guild_id, seed, unmatched)
    return len(groups)


async def _tell_unmatched(bot: CheckinBot, guild_id: int, seed: int, user_ids: list[int]) -> None:
    server = server_name(bot, guild_id)
    for user_id in user_ids:
        await dm_member(bot, user_id, "buddy.no_match", nonce=f"nomatch-{guild_id}-{seed}", server=server)
