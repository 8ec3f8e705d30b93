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
        return _ok(
            {
                "messages": sandbox.sent_posts,
                "requests": len(sandbox.requests),
                "interaction_requests": sandbox.interaction_requests,
                "rate_limited": sandbox.rate_limited_responses,
                "first_send": sandbox.first_post,
                "last_send": sandbox.last_post,
                "max_posts_per_second": sandbox.max_posts_per_second,
                "ready": sandbox.ready.is_set(),
                "guilds": len(sandbox.guilds),
                "command_syncs": sandbox.command_syncs,
            }
        )

    async def duplicates(request: web.Request) -> web.Response:
        """Channels that received more than one bot-initiated message (read once, at the end)."""
        per_channel = Counter(m.channel_id for m in sandbox.messages.values() if m.interaction_id is None)
        return _ok({"channels_with_duplicates": sum(1 for c in per_channel.values() if c > 1)})

    async def reset(request: web.Request) -> web.Response:
        sandbox.requests.clear()
        sandbox.rate_limited_responses = sandbox.sent_posts = sandbox.interaction_requests = 0
        sandbox.first_post = sandbox.last_post = None
        sandbox.max_posts_per_second = 0
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

    app.router.add_post("/_sandbox/setup", setup)
    app.router.add_post("/_sandbox/rate_limit", rate_limit)
    app.router.add_get("/_sandbox/stats", stats)
    app.router.add_get("/_sandbox/duplicates", duplicates)
    app.router.add_post("/_sandbox/reset", reset)
    app.router.add_post("/_sandbox/interact", interact)


def _ok(data: Any) -> web.Response:
    return web.Response(body=json.dumps(data).encode(), headers={"Content-Type": "application/json"})
