"""The no-token demo: the real bot, connected to the local sandbox, playing a short scenario."""

from __future__ import annotations

import asyncio
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from discord import Permissions

from bot.catalogue import Catalogue
from bot.clock import Clock, FakeClock
from bot.engine import storage as engine_storage
from bot.sandbox import Actor, Guild, Role, Sandbox, SandboxError, User
from bot.sandbox.model import Channel, Message
from bot.sandbox.transcript import Entry
from bot.settings import Settings

if TYPE_CHECKING:
    from bot.bot import CheckinBot

BANNER = """\
────────────────────────────────────────────────────────────────────────────
 No DISCORD_TOKEN is set, so this is the LOCAL DISCORD SANDBOX: a pretend
 Discord server on 127.0.0.1 that the real, unmodified bot connects to.
 Nothing leaves this machine. To connect to Discord instead, create an
 application (see README.md), then put DISCORD_TOKEN=... in .env and run again.
────────────────────────────────────────────────────────────────────────────"""


@dataclass
class DemoWorld:
    sandbox: Sandbox
    guild: Guild
    moderators: Role
    general: Channel
    support: Channel
    intros: Channel
    maya: User  # moderator
    alex: User
    sam: User
    bot: CheckinBot | None = None
    clock: FakeClock | None = None

    def as_(self, user: User) -> Actor:
        return Actor(self.sandbox, user, self.guild)


def build_world(sandbox: Sandbox) -> DemoWorld:
    """A small peer-support community: one moderator, a few members, two channels."""
    maya = sandbox.create_user("Maya")
    guild = sandbox.create_guild("Calm Harbour", owner=maya)
    moderators = sandbox.add_role(guild, "Moderators", Permissions(manage_guild=True, manage_threads=True))
    alex, sam = sandbox.create_user("Alex"), sandbox.create_user("Sam")
    sandbox.add_member(guild, maya, moderators)
    sandbox.add_member(guild, alex)
    sandbox.add_member(guild, sam)
    general = sandbox.add_text_channel(guild, "general")
    support = sandbox.add_text_channel(guild, "support-team", private_to=moderators)
    intros = sandbox.add_text_channel(guild, "buddy-intros")
    return DemoWorld(sandbox, guild, moderators, general, support, intros, maya, alex, sam)


Step = Callable[[DemoWorld], Awaitable[None]]


async def _help(world: DemoWorld) -> None:
    await world.as_(world.alex).slash("help")
    await world.as_(world.maya).slash("help")


async def _server_settings(world: DemoWorld) -> None:
    await world.as_(world.maya).slash("config timezone", timezone="Europe/London")
    await world.as_(world.maya).slash("config show")
    try:
        await world.as_(world.sam).slash("config show")
    except SandboxError as exc:
        world.sandbox.transcript.note(f"Discord does not offer /config to Sam: {exc}")


async def _support_team(world: DemoWorld) -> None:
    await world.as_(world.maya).slash("config support", channel=world.support, role=world.moderators)


async def _jump_to_next_dm(world: DemoWorld, user: User, note: str) -> Message:
    """The demo's clock is injected: jump to the engine's next due message instead of waiting for it."""
    assert world.bot is not None and world.clock is not None
    due = await engine_storage.earliest_due(world.bot.db)
    assert due is not None
    world.sandbox.transcript.note(note)
    world.clock.set(max(due, world.clock.now()))
    await world.bot.dispatcher.run_once()
    return world.sandbox.dms_to(user)[-1]


async def _checkins(world: DemoWorld) -> None:
    assert world.bot is not None and world.clock is not None
    alex = world.as_(world.alex)
    prompt = await alex.slash("checkin start", time="9am", days="weekdays")
    assert prompt.message is not None
    await alex.click(prompt.message, "Start")
    checkin = await _jump_to_next_dm(world, world.alex, "(the demo's clock jumps to Alex's next check-in)")
    dm = Actor(world.sandbox, world.alex)
    struggling = await dm.click(checkin, "Struggling")
    offer = (await struggling.wait_followups(1))[0]
    confirm = await dm.click(offer, "Let the support team know")
    assert confirm.message is not None
    await dm.click(confirm.message, "Tell the support team")
    await alex.slash("checkin history")


async def _buddies(world: DemoWorld) -> None:
    maya = world.as_(world.maya)
    await maya.slash("config buddies", intro_channel=world.intros, group_size=2)
    await world.as_(world.alex).slash("buddy join", about="Night owl, learning to bake bread")
    await world.as_(world.sam).slash("buddy join")
    preview = await maya.slash("buddy match")
    assert preview.message is not None
    await maya.click(preview.message, "Confirm")
    await world.as_(world.alex).slash("buddy me")


async def _goals(world: DemoWorld) -> None:
    assert world.bot is not None and world.clock is not None
    alex = world.as_(world.alex)
    await alex.slash("goal add", title="walk 20 minutes", times_per_week=3, time="18:00", share_with_buddy=True)
    nudge = await _jump_to_next_dm(world, world.alex, "(the demo's clock jumps to the goal's next nudge)")
    await Actor(world.sandbox, world.alex).click(nudge, "Done")
    await alex.slash("goal list")


async def _reachout(world: DemoWorld) -> None:
    await world.as_(world.alex).slash("reachout send", member=world.sam, message="Thinking of you this week.")
    note = world.sandbox.dms_to(world.sam)[-1]
    await Actor(world.sandbox, world.sam).click(note, "Thank you")
    await world.as_(world.sam).slash("resources")
    await world.as_(world.alex).slash("privacy show")


async def _moderators(world: DemoWorld) -> None:
    maya = world.as_(world.maya)
    await maya.slash("config show")
    await maya.slash("insights", weeks=4)
    await maya.slash("config history")
    lucia = world.sandbox.create_user("Lucía", locale="es-ES")
    world.sandbox.add_member(world.guild, lucia)
    await Actor(world.sandbox, lucia, world.guild).slash("ayuda")


async def _closed_dms(world: DemoWorld) -> None:
    world.sandbox.open_dms(world.sam, False)
    sam = world.as_(world.sam)
    prompt = await sam.slash("checkin start", time="20:00")
    assert prompt.message is not None
    await sam.click(prompt.message, "Start")


SCENARIO: list[tuple[str, Step]] = [
    ("A member and a moderator ask what the bot can do", _help),
    ("The moderator sets the server's time zone; members cannot", _server_settings),
    ("The moderator points the support team at a private channel", _support_team),
    ("Alex opts in to check-ins, answers one, and asks the support team for a hand", _checkins),
    ("Alex and Sam join the buddy pool; the moderator runs a round with a preview", _buddies),
    ("Alex sets a small goal, gets a nudge at its time, and marks it done", _goals),
    ("Alex reaches out to Sam; Sam says thank you; resources and privacy", _reachout),
    ("Sam's DMs are closed: nothing starts, and Sam is told how to fix it", _closed_dms),
    (
        "The moderator's view (settings, anonymous insights, history); a Spanish-speaking member asks /ayuda",
        _moderators,
    ),
]


async def play(world: DemoWorld, out: Callable[[str], None] = print) -> None:
    for number, (title, step) in enumerate(SCENARIO, start=1):
        out(f"\n── {number}. {title}")
        await step(world)
        await asyncio.sleep(0.05)  # let followups land before the next step


async def run_demo(
    settings: Settings,
    catalogue: Catalogue,
    *,
    clock: Clock | None = None,
    out: Callable[[str], None] = print,
) -> None:
    """Start the sandbox, connect the real bot with a throwaway database, play the scenario."""
    from bot.bot import CheckinBot

    out(BANNER)
    with tempfile.TemporaryDirectory(prefix="checkin-demo-") as tmp:
        async with Sandbox() as sandbox:
            world = build_world(sandbox)
            sandbox.transcript.listeners.append(lambda entry: _print_entry(entry, out))
            demo_settings = settings.model_copy(
                update={
                    "discord_token": settings.discord_token.__class__(sandbox.token),
                    "discord_api_base_url": sandbox.api_base_url,
                    "discord_gateway_url": sandbox.gateway_url,
                    "database_path": Path(tmp) / "demo.sqlite3",
                    "command_sync": "global",
                }
            )
            world.clock = clock if isinstance(clock, FakeClock) else FakeClock(datetime.now(UTC))
            bot = CheckinBot(demo_settings, catalogue=catalogue, clock=world.clock)
            world.bot = bot
            out(f"Sandbox listening on {sandbox.api_base_url}; starting the bot ...")
            runner = asyncio.create_task(bot.start(sandbox.token))
            try:
                await asyncio.wait_for(bot.wait_until_ready(), 30)
                out(f"The bot is connected as {bot.user} and sees the server '{world.guild.name}'.")
                await play(world, out)
            finally:
                await bot.close()
                await runner
    out("\nThat was the sandbox demo. Run ./scripts/test for the full test suite.")


def _print_entry(entry: Entry, out: Callable[[str], None]) -> None:
    out(entry.render())
