"""Shared fixtures: one sandbox and one real bot per test session; a fresh server per test."""

from __future__ import annotations

import asyncio
import re
from collections.abc import AsyncIterator, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from discord import Permissions

from bot.bot import CheckinBot, point_at
from bot.clock import FakeClock
from bot.database import Database
from bot.sandbox import Actor, Channel, Guild, Message, Role, Sandbox, User
from bot.sandbox.actor import DEFAULT_TIMEOUT
from bot.sandbox.model import iter_components
from bot.settings import Settings, load_settings
from tests.pg_server import PostgresServer

ENGINES = ("sqlite", "postgresql")
# On a module: its tests that touch a database run once on each engine (each engine with its own
# sandbox, clock and bot).
BOTH_ENGINES = pytest.mark.both_engines


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "both_engines: run the test on SQLite and on PostgreSQL")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if metafunc.definition.get_closest_marker("both_engines") and "engine" in metafunc.fixturenames:
        metafunc.parametrize("engine", ENGINES, indirect=True, scope="session")


def sandbox_settings(sandbox: Sandbox, database: Path | str, **overrides: object) -> Settings:
    """Settings that point the bot at the sandbox, ignoring any developer .env file; `database` is an
    SQLite file or a PostgreSQL URL."""
    where = {"database_url": database} if str(database).startswith("postgresql://") else {"database_path": database}
    return load_settings(
        _env_file=None,
        discord_token=sandbox.token,
        discord_api_base_url=sandbox.api_base_url,
        discord_gateway_url=sandbox.gateway_url,
        **where,
        **overrides,
    )


async def start_bot(
    sandbox: Sandbox, database: Path | str, *, clock: FakeClock | None = None, **overrides: object
) -> tuple[CheckinBot, asyncio.Task[None]]:
    """Start the real bot against the sandbox and wait until it is ready."""
    settings = sandbox_settings(sandbox, database, **overrides)
    bot = CheckinBot(settings, clock=clock or FakeClock())
    task = asyncio.create_task(bot.start(sandbox.token))
    ready = asyncio.create_task(bot.wait_until_ready())
    done, _ = await asyncio.wait({task, ready}, timeout=30, return_when=asyncio.FIRST_COMPLETED)
    if ready not in done:
        ready.cancel()
        if task.done():
            task.result()  # raise the start-up error
        raise TimeoutError("the bot did not become ready")
    return bot, task


async def stop_bot(bot: CheckinBot, task: asyncio.Task[None]) -> None:
    await bot.close()
    await asyncio.wait_for(task, 15)


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """One PostgreSQL server for the session, started by the first test that needs it; if it cannot
    start, those tests fail (never a silent skip)."""
    server = PostgresServer()
    try:
        yield server.start()
    finally:
        server.stop()


@pytest.fixture(scope="session")
def engine(request: pytest.FixtureRequest) -> str:
    """The database engine of this test's world: SQLite unless the module asks for BOTH_ENGINES."""
    return str(getattr(request, "param", "sqlite"))


async def fresh_database(engine: str, request: pytest.FixtureRequest, directory: Path) -> Path | str:
    """Where a new, empty database for `engine` lives: an SQLite file, or a new PostgreSQL database."""
    if engine == "postgresql":
        server: PostgresServer = request.getfixturevalue("postgres")
        return await server.new_database()
    return directory / "bot.sqlite3"


@pytest.fixture
async def database_at(engine: str, request: pytest.FixtureRequest, tmp_path: Path) -> Path | str:
    return await fresh_database(engine, request, tmp_path)


@pytest.fixture
async def database(database_at: Path | str) -> AsyncIterator[Database]:
    """A new, migrated database on this test's engine."""
    db = await Database.open(database_at)
    await db.migrate()
    yield db
    await db.close()


@pytest.fixture(scope="session")
async def sandbox(engine: str) -> AsyncIterator[Sandbox]:
    async with Sandbox() as running:
        yield running


@pytest.fixture
async def own_sandbox(sandbox: Sandbox) -> AsyncIterator[Sandbox]:
    """A second sandbox for tests that start their own bots (two bots on one sandbox would both answer).

    discord.py keeps the REST base URL in a class attribute, so it is pointed back at the shared
    sandbox afterwards.
    """
    try:
        async with Sandbox() as separate:
            yield separate
    finally:
        point_at(sandbox.api_base_url, sandbox.gateway_url)


@pytest.fixture(scope="session")
def clock(engine: str) -> FakeClock:
    return FakeClock()


@pytest.fixture(scope="session")
async def bot(
    sandbox: Sandbox, clock: FakeClock, engine: str, request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[CheckinBot]:  # fmt: skip
    where = await fresh_database(engine, request, tmp_path_factory.mktemp("db"))
    running, task = await start_bot(sandbox, where, clock=clock)
    yield running
    await stop_bot(running, task)


@dataclass
class Community:
    """A fresh server: moderator Maya, members Alex and Sam, and #general."""

    sandbox: Sandbox
    guild: Guild
    moderators: Role
    general: Channel
    maya: User
    alex: User
    sam: User

    def as_(self, user: User) -> Actor:
        return Actor(self.sandbox, user, self.guild)

    def add_member(self, name: str, **kwargs: object) -> User:
        user = self.sandbox.create_user(name, **kwargs)  # type: ignore[arg-type]
        self.sandbox.add_member(self.guild, user)
        return user


async def make_community(sandbox: Sandbox, bot: CheckinBot, name: str = "Calm Harbour") -> Community:
    maya = sandbox.create_user("maya")
    guild = sandbox.create_guild(name, owner=sandbox.create_user("owner"))
    moderators = sandbox.add_role(guild, "Moderators", Permissions(manage_guild=True))
    alex, sam = sandbox.create_user("alex"), sandbox.create_user("sam")
    sandbox.add_member(guild, maya, moderators)
    sandbox.add_member(guild, alex)
    sandbox.add_member(guild, sam)
    general = sandbox.add_text_channel(guild, "general")
    for _ in range(200):  # the bot learns about the new server through GUILD_CREATE
        known = bot.get_guild(guild.id)
        if known is not None and known.get_channel(general.id) is not None and known.get_role(moderators.id):
            break
        await asyncio.sleep(0.01)
    else:
        raise TimeoutError("the bot never saw the new server")
    return Community(sandbox, guild, moderators, general, maya, alex, sam)


@pytest.fixture
async def community(sandbox: Sandbox, bot: CheckinBot) -> Community:
    return await make_community(sandbox, bot)


def displayed(content: str) -> str:
    """Text as Discord shows it: a command mention shows as the command's name, and a backslash
    before punctuation is an escape and is not shown."""
    named = re.sub(r"</([\w\- ]+):\d+>", r"/\1", content)
    return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", named)


def shown(message: Message | None) -> str:
    """Everything a member reads in a message: its content and its embeds, as Discord displays them."""
    if message is None:
        return ""
    parts = [message.content]
    for embed in message.embeds:
        parts += [embed.get("title", ""), embed.get("description", "")]
        parts += [f"{f.get('name', '')}\n{f.get('value', '')}" for f in embed.get("fields", [])]
    return displayed("\n".join(p for p in parts if p))


def bot_dms(sandbox: Sandbox, user: User, fragment: str = "") -> list[Message]:
    """DMs the bot sent this user on its own (not interaction answers) that contain `fragment`."""
    return [m for m in sandbox.dms_to(user) if m.interaction_id is None and fragment in m.content]


def dm_ids(sandbox: Sandbox, user: User) -> frozenset[int]:
    """The ids of every DM this user has now: give them to `last_dm` as `seen` to wait for a DM sent
    after this point, not one an earlier step already brought."""
    return frozenset(m.id for m in sandbox.dms_to(user))


def is_checkin(message: Message) -> bool:
    """A check-in DM, known by its answer buttons (not by its place among the member's DMs)."""
    return any(c.get("custom_id", "").startswith("ci:a:") for c in iter_components(message))


async def last_dm(
    sandbox: Sandbox, user: User, fragment: str, *, seen: Collection[int] = (), timeout: float = DEFAULT_TIMEOUT
) -> Message:
    """The latest such DM whose id is not in `seen`, waiting for one if there is none yet: some DMs are
    sent after the click that causes them was answered. Without `seen`, an older DM with the same words
    would be taken for the one still on its way."""

    def fresh() -> list[Message]:
        return [m for m in bot_dms(sandbox, user, fragment) if m.id not in seen]

    def arrived(message: Message) -> bool:
        return (
            message.channel_id == sandbox.dm_channels.get(user.id)
            and message.interaction_id is None
            and message.visible_to in (None, user.id)
            and fragment in message.content
            and message.id not in seen
        )

    if not fresh():
        try:
            await sandbox.wait_for_message(arrived, timeout=timeout)
        except TimeoutError:
            raise AssertionError(f"no DM with {fragment!r}: {[m.content for m in sandbox.dms_to(user)]}") from None
    return fresh()[-1]
