"""Member flows the benchmarks run inside the sandbox process (through the control API)."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from time import monotonic
from typing import Any

from bot.sandbox.actor import Actor
from bot.sandbox.model import Guild, User
from bot.sandbox.server import Sandbox, SandboxError


@dataclass
class CheckinStart:
    """One member's `/checkin start`, then Start on the consent prompt (times are monotonic)."""

    user: User
    clicked: float | None = None  # the Start click's INTERACTION_CREATE was dispatched
    answered: float | None = None  # the bot's answer to the click showed (its deferred edit)
    welcome: float | None = None  # the first DM the bot sent on its own after the click arrived
    content: str = ""  # the click's response as it finally reads
    error: str | None = None

    def payload(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "user_id": str(self.user.id),
            "click_to_welcome": _between(self.clicked, self.welcome),
            "click_to_answer": _between(self.clicked, self.answered),
            "content": self.content,
        }
        if self.error is not None:
            data["error"] = self.error
        return data


def _between(start: float | None, end: float | None) -> float | None:
    return None if start is None or end is None else end - start


async def start_checkins(
    sandbox: Sandbox,
    users: list[User],
    guild: Guild,
    *,
    time: str,
    timezone: str = "UTC",
    concurrency: int = 16,
    timeout: float = 300.0,
) -> list[CheckinStart]:
    """For every member, at most `concurrency` at once: run `/checkin start time:<time>
    timezone:<timezone>` in `guild`, click Start on the reply and wait for the bot's answer to the
    click; then, outside that limit, wait for the welcome DM. Every wait is up to `timeout` seconds
    (the welcome's from the click). A member whose flow fails gets `error` and keeps what was
    measured until then; the others go on."""
    gate = asyncio.Semaphore(max(1, concurrency))

    async def one(user: User) -> CheckinStart:
        run = CheckinStart(user)
        actor = Actor(sandbox, user, guild, timeout=timeout)
        try:
            async with gate:
                prompt = await actor.slash("checkin start", time=time, timezone=timezone)
                if prompt.message is None:
                    raise SandboxError(f"/checkin start showed {user.name} no message")
                try:
                    click = await actor.click(prompt.message, "Start")
                finally:
                    if actor.last_interaction is not None and actor.last_interaction is not prompt.interaction:
                        run.clicked = actor.last_interaction.created
                run.answered = click.interaction.answered_at
                run.content = click.content
            assert run.clicked is not None
            left = max(0.0, run.clicked + timeout - monotonic())
            run.welcome = (await sandbox.next_bot_dm(user, after=run.clicked, timeout=left)).arrived
        except (TimeoutError, SandboxError) as failed:
            run.error = f"{type(failed).__name__}: {failed}"
            if actor.last_interaction is not None:
                run.content = run.content or _shown(sandbox, actor)
        return run

    return list(await asyncio.gather(*(one(user) for user in users)))


def _shown(sandbox: Sandbox, actor: Actor) -> str:
    """What the latest interaction's response reads so far (after a failure)."""
    interaction = actor.last_interaction
    if interaction is None:
        return ""
    message = sandbox.messages.get(interaction.original_id or 0) or interaction.message
    return message.content if message is not None else ""
