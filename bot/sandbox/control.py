"""An HTTP control API for a sandbox running in its own process (benchmarks, demos from outside).

Routes live under `/_sandbox/` on the sandbox's own port; they are not part of Discord's API.
"""

from __future__ import annotations

import gc
import json
import time
from collections import Counter
from typing import Any

from aiohttp import web
from discord import Permissions

from bot.sandbox import flows
from bot.sandbox.actor import Actor
from bot.sandbox.server import Sandbox


def add_control_routes(app: web.Application, sandbox: Sandbox) -> None:
    async def setup(request: web.Request) -> web.Response:
        """Create a server with `members` members (and their DM channels); returns their ids."""
        body = await request.json()
        guild = sandbox.create_guild(body.get("name", "Bench"))
        moderators = sandbox.add_role(guild, "Moderators", Permissions(manage_guild=True))
        sandbox.add_text_channel(guild, "general")
        users = []
        for index in range(int(body.get("members", 0))):
            user = sandbox.create_user(f"member{index}")
            sandbox.add_member(guild, user)
            users.append(user)
        dm_channels = {str(u.id): str(sandbox._ensure_dm(u).id) for u in users}
        return _ok(
            {
                "guild_id": str(guild.id),
                "moderator_role_id": str(moderators.id),
                "user_ids": [str(u.id) for u in users],
                "dm_channels": dm_channels,
            }
        )

    async def rate_limit(request: web.Request) -> web.Response:
        body = await request.json()
        sandbox.set_global_rate_limit(body.get("per_second"))
        return _ok({})

    async def stats(request: web.Request) -> web.Response:
        # Running counters only: a scan of every message here would stall the server under load.
        return _ok(sandbox.stats())

    async def duplicates(request: web.Request) -> web.Response:
        """Channels that received more than one bot-initiated message (read once, at the end).

        `?since_reset=1` counts only messages made after the last `/reset` (a welcome before a
        burst of check-ins is not a duplicate of it).
        """
        since = sandbox.reset_watermark if request.query.get("since_reset") == "1" else 0
        per_channel = Counter(
            m.channel_id for m in sandbox.messages.values() if m.interaction_id is None and m.id > since
        )
        return _ok(
            {
                "channels_with_duplicates": sum(1 for c in per_channel.values() if c > 1),
                "channels_reached": len(per_channel),
                "most_in_one_channel": max(per_channel.values(), default=0),
            }
        )

    async def reset(request: web.Request) -> web.Response:
        sandbox.reset_stats()
        # Everything built so far lives until the end: keep the collector from rescanning it.
        gc.collect()
        gc.freeze()
        return _ok({})

    async def interact(request: web.Request) -> web.Response:
        """Run a slash command as a member; returns the time until the bot's response arrived."""
        body = await request.json()
        user = sandbox.users[int(body["user_id"])]
        guild = sandbox.guilds[int(body["guild_id"])]
        started = time.perf_counter()
        try:
            result = await Actor(sandbox, user, guild).slash(body["command"], **body.get("options", {}))
        except TimeoutError:
            return _ok({"ok": False, "seconds": time.perf_counter() - started})
        seconds = (result.interaction.responded_at or time.monotonic()) - result.interaction.created
        return _ok({"ok": True, "seconds": seconds, "content": result.content[:200]})

    async def nonces(request: web.Request) -> web.Response:
        """{"lifetime": seconds or null}: how long enforce_nonce remembers a nonce (0 = not at all)."""
        body = await request.json()
        lifetime = body.get("lifetime")
        sandbox.set_nonce_lifetime(None if lifetime is None else float(lifetime))
        return _ok({"lifetime": sandbox.nonce_lifetime})

    async def outage(request: web.Request) -> web.Response:
        """{"seconds": 90, "status": 502}: Discord down (REST and gateway); seconds 0 ends it."""
        body = await request.json()
        record = await sandbox.outage(float(body.get("seconds", 0)), int(body.get("status", 502)))
        return _ok({"outage": record.payload(time.monotonic()) if record else None})

    async def storm(request: web.Request) -> web.Response:
        """{"seconds": 20, "retry_after": 1.0}: every bot request gets a global 429 meanwhile."""
        body = await request.json()
        sandbox.rate_limit_storm(float(body.get("seconds", 0)), float(body.get("retry_after", 1.0)))
        return _ok({})

    async def shared_limit(request: web.Request) -> web.Response:
        """{"path_contains": "/users/@me/channels", "count": 1, "retry_after": 1.0}: shared-scope 429s."""
        body = await request.json()
        sandbox.shared_limit(
            str(body.get("path_contains", "")), int(body.get("count", 1)), float(body.get("retry_after", 1.0))
        )
        return _ok({})

    async def start_checkins(request: web.Request) -> web.Response:
        """The burst benchmark's member flow; answers when every member is done (it can take minutes)."""
        body = await request.json()
        users = [sandbox.users[int(u)] for u in body["user_ids"]]
        runs = await flows.start_checkins(
            sandbox,
            users,
            sandbox.guilds[int(body["guild_id"])],
            time=str(body["time"]),
            timezone=str(body.get("timezone", "UTC")),
            concurrency=int(body.get("concurrency", 16)),
            timeout=float(body.get("timeout", 300.0)),
        )
        return _ok({"members": [run.payload() for run in runs]})

    app.router.add_post("/_sandbox/setup", setup)
    app.router.add_post("/_sandbox/nonces", nonces)
    app.router.add_post("/_sandbox/outage", outage)
    app.router.add_post("/_sandbox/storm", storm)
    app.router.add_post("/_sandbox/shared_limit", shared_limit)
    app.router.add_post("/_sandbox/start_checkins", start_checkins)
    app.router.add_post("/_sandbox/rate_limit", rate_limit)
    app.router.add_get("/_sandbox/stats", stats)
    app.router.add_get("/_sandbox/duplicates", duplicates)
    app.router.add_post("/_sandbox/reset", reset)
    app.router.add_post("/_sandbox/interact", interact)


def _ok(data: Any) -> web.Response:
    return web.Response(body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})
