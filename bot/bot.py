"""The Bot class: a thin shell that wires settings, database, scheduler and the feature cogs."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import discord
import yarl
from discord import app_commands
from discord.ext import commands
from discord.webhook.async_ import AsyncWebhookAdapter, async_context

from bot import backup, identity, members, words
from bot.catalogue import Catalogue
from bot.clock import Clock, SystemClock
from bot.command_sync import sync_if_changed
from bot.components import answer_malformed
from bot.database import SQLITE, TRANSIENT_ERRORS, Database, DatabaseError
from bot.engine import storage as engine_storage
from bot.engine.budget import DatabaseBudget
from bot.engine.dispatcher import Dispatcher
from bot.engine.dm import DmSender
from bot.engine.pacer import Pacer
from bot.engine.rest import RestClient
from bot.errors import NotModerator
from bot.extensions import walk_extensions
from bot.forms import answer_unknown_form
from bot.health import HealthServer
from bot.kind_error import KindError
from bot.metrics import Metrics
from bot.replies import NO_PINGS, reply
from bot.scheduler import Waker
from bot.settings import Settings
from bot.translator import CatalogueTranslator

log = logging.getLogger(__name__)

BACKUP_EVERY_SECONDS = 23.5 * 3600  # "daily", without drifting later each day
BACKUP_CHECK_SECONDS = 3600

# A click nothing answers within this time (a forged id, a view that expired) gets a kind reply,
# inside Discord's three seconds.
UNANSWERED_CLICK_SECONDS = 2.5
# Interaction callbacks and followups: not counted in Discord's global rate limit.
_UNCOUNTED_ROUTES = ("/interactions/", "/webhooks/")


class _TimedAnswers(AsyncWebhookAdapter):
    """discord.py's way of answering interactions, timing each answer from the interaction's own
    moment (its id) for the metrics."""

    def __init__(self, observe: Callable[[float], None]) -> None:
        super().__init__()
        self._observe = observe

    async def create_interaction_response(self, interaction_id: int, *args: Any, **kwargs: Any) -> Any:
        answer = await super().create_interaction_response(interaction_id, *args, **kwargs)
        created = discord.utils.snowflake_time(int(interaction_id))
        self._observe(max(0.0, (datetime.now(UTC) - created).total_seconds()))
        return answer


# discord.py waits up to 1,024 s between gateway reconnects; after an outage the bot should be back
# within about a minute of Discord.
GATEWAY_BACKOFF_EXPONENT = 6


class _CappedBackoff(discord.backoff.ExponentialBackoff):  # type: ignore[type-arg]
    def __init__(self, base: int = 1, *, integral: bool = False) -> None:
        super().__init__(base, integral=integral)  # type: ignore[arg-type]
        self._max = GATEWAY_BACKOFF_EXPONENT


discord.shard.ExponentialBackoff = _CappedBackoff  # type: ignore[misc]
discord.client.ExponentialBackoff = _CappedBackoff  # type: ignore[misc]

# Tasks discord.py starts for interactions; shutdown waits for them so no answer is cut off.
_INTERACTION_TASK_PREFIXES = ("CommandTree-invoker", "discord-ui-view-dispatch", "discord-ui-modal-dispatch")


def point_at(api_base_url: str, gateway_url: str) -> None:
    """Send every REST call and the gateway connection to the configured (possibly local) server."""
    discord.http.Route.BASE = api_base_url.rstrip("/")
    discord.gateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(gateway_url)


def intents() -> discord.Intents:
    """Only the guilds intent: no message content, no member list, no presences."""
    chosen = discord.Intents.none()
    chosen.guilds = True
    return chosen


def _children(component: Any) -> list[Any]:
    return list(getattr(component, "children", ()))


class CheckinBot(commands.AutoShardedBot):
    """The check-in bot."""

    def __init__(
        self,
        settings: Settings,
        *,
        clock: Clock | None = None,
        catalogue: Catalogue | None = None,
        **options: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=intents(),
            allowed_mentions=NO_PINGS,
            shard_count=settings.shard_count,
            shard_ids=settings.shard_list,
            **options,
        )
        self.settings = settings
        self.clock: Clock = clock or SystemClock()
        self.catalogue = catalogue or Catalogue.load()
        self.waker = Waker()
        self.db: Database = None  # type: ignore[assignment]  # opened in setup_hook
        self.dispatcher: Dispatcher = None  # type: ignore[assignment]  # built in setup_hook
        self.keys: identity.PersonKeys = None  # type: ignore[assignment]  # loaded in setup_hook
        self._item_templates: list[re.Pattern[str]] = []
        self._background: set[asyncio.Task[Any]] = set()
        self._shutdown: asyncio.Task[None] | None = None
        self.tree.on_error = self.on_app_command_error
        self.commands_synced = False
        self.pacer = Pacer(settings.send_rate_per_second or None)
        self.metrics = Metrics()
        self.health: HealthServer | None = None
        self._pace_discord_py_requests()

    def _pace_discord_py_requests(self) -> None:
        """discord.py's own requests (threads, channel posts, member look-ups, edits outside an interaction,
        the command sync) take a permit from the same budget as the engine's DMs; interaction responses
        do not, as Discord does not count them in the global limit."""
        unpaced = self.http.request

        async def paced(route: discord.http.Route, **kwargs: Any) -> Any:
            if not route.path.startswith(_UNCOUNTED_ROUTES):
                await self.pacer.acquire()
            return await unpaced(route, **kwargs)

        self.http.request = paced  # type: ignore[method-assign]

    async def login(self, token: str) -> None:
        # Pointed here rather than in __init__: a bot that is only built (as in tests) changes nothing global.
        point_at(self.settings.discord_api_base_url, self.settings.discord_gateway_url)
        await super().login(token)

    async def setup_hook(self) -> None:
        # Set in the task that goes on to connect: every interaction handler started from it inherits it.
        async_context.set(_TimedAnswers(self.metrics.responses.observe))
        if self.db is None:  # `python -m bot` prepares first, so a bad database stops it before login
            await self.prepare()
        await self.tree.set_translator(CatalogueTranslator())
        self.waker.start()
        for extension in walk_extensions():
            await self.load_extension(extension)
        for cog in self.cogs.values():
            items = getattr(cog, "dynamic_items", ())
            if items:
                self.add_dynamic_items(*items)
                self._item_templates += [item.__discord_ui_compiled_template__ for item in items]
        self.commands_synced = await sync_if_changed(self, self.settings.sync)
        # The word detectors take a moment to build; do it now, off the loop, not in a member's first reply.
        self.spawn(asyncio.to_thread(words.warm), name="words")
        self.dispatcher.start()
        if self.settings.metrics_address and self.health is None:
            self.health = HealthServer(self, self.settings.metrics_address)
            await self.health.start()
        if self.settings.backup_dir is not None and self.db.engine == SQLITE:
            self.waker.every("backup", BACKUP_CHECK_SECONDS, self.daily_backup)
            self.spawn(self.daily_backup(), name="backup")

    async def daily_backup(self) -> None:
        """A backup into BACKUP_DIR when the newest one is a day old (checked hourly, and at start)."""
        directory = self.settings.backup_dir
        assert directory is not None and self.db.path is not None
        newest = backup.latest(directory)
        now = datetime.now(UTC)
        if newest is not None and now.timestamp() - newest.stat().st_mtime < BACKUP_EVERY_SECONDS:
            return
        try:
            made = await backup.back_up(self.db.path, directory / backup.default_name(now))
        except (DatabaseError, OSError) as exc:
            log.error("The daily backup failed: %s", exc)
            return
        removed = backup.rotate(directory, self.settings.backup_keep)
        log.info("Backed up the database to %s (%d old backups removed)", made.path, len(removed))

    async def on_ready(self) -> None:
        # One line per start (and per reconnect that needed a new session), not per event.
        shards = self.shard_ids if self.shard_ids is not None else list(range(self.shard_count or 1))
        log.info(
            "Ready as %s in %d servers (shards %s of %s; database: %s)", self.user, len(self.guilds),
            ",".join(map(str, shards)), self.shard_count, self.db.engine,
            extra={"count": len(self.guilds)},
        )  # fmt: skip

    async def prepare(self) -> None:
        """Open and migrate the database and build the engine: everything cogs rely on."""
        self.db = await Database.open(self.settings.database)
        await self.db.migrate()
        self.keys = await identity.load(self.db)
        # One process per SQLite file (Database.open holds its lock): what the last life leased is ours.
        # Shared with other processes (PostgreSQL), a lease is someone's until it runs out.
        released = await engine_storage.release_leases(self.db) if self.db.exclusive else 0
        if not self.db.exclusive:  # other processes may run on this token: Discord's limit is theirs too
            self.pacer.share(DatabaseBudget(self.db))
        if released:
            log.info("Found %d deliveries a previous run was sending; they are checked before any re-send", released)
        self.rest = RestClient(self.settings.discord_api_base_url, self.settings.discord_token.get_secret_value())
        sender = DmSender(self.rest, self.pacer, on_rate_limited=self._rate_limited)
        self.dispatcher = Dispatcher(
            self.db,
            self.clock,
            sender,
            window=timedelta(minutes=self.settings.catch_up_window_minutes),
            is_member=self.is_member,
            waker=self.waker,
            on_outcome=self.metrics.delivered,
        )

    def _rate_limited(self, scope: str) -> None:
        self.metrics.rate_limited.labels(scope=scope).inc()

    async def is_member(self, guild_id: int, user_id: int) -> bool | None:
        """Whether someone is still in a server (None when Discord could not say)."""
        try:
            await self.http.get_member(guild_id, user_id)
        except discord.NotFound:
            return False
        except discord.HTTPException:
            return None
        return True

    async def on_interaction(self, interaction: discord.Interaction) -> None:
        if interaction.type == discord.InteractionType.modal_submit:
            await answer_unknown_form(interaction)
        elif interaction.type == discord.InteractionType.component and not self._claimed(interaction):
            self.spawn(self._answer_if_unanswered(interaction), name="unanswered-click")
        # Scheduled DMs are written in the language Discord last reported for the member. Bookkeeping,
        # so never on the interaction's path: a busy database must not delay anyone's answer.
        self.spawn(self._remember_locale(interaction.user.id, str(interaction.locale)), name="seen")

    async def _remember_locale(self, user_id: int, locale: str) -> None:
        try:
            await members.seen(self.db, user_id, locale, self.clock.now())
        except TRANSIENT_ERRORS as exc:
            log.debug("Could not note a member's language: %s", exc)

    def _claimed(self, interaction: discord.Interaction) -> bool:
        """Whether a persistent button will answer this click: discord.py routes one only when its id fits
        a template and the message really carries a component with that id."""
        custom_id = str((interaction.data or {}).get("custom_id", ""))
        if interaction.message is None or not any(t.fullmatch(custom_id) for t in self._item_templates):
            return False
        shown = (getattr(c, "custom_id", None) for row in interaction.message.components for c in _children(row))
        return custom_id in shown

    async def _answer_if_unanswered(self, interaction: discord.Interaction) -> None:
        """A click no persistent button claims is answered by a live view (like /setup's) or not at all."""
        await asyncio.sleep(UNANSWERED_CLICK_SECONDS)
        if not interaction.response.is_done():
            await answer_malformed(interaction, "component")

    async def on_app_command_completion(
        self, interaction: discord.Interaction, command: app_commands.Command | app_commands.ContextMenu
    ) -> None:
        """Once after a failed DM, tell the member (privately) how to let the bot reach them."""
        info = await members.get(self.db, interaction.user.id)
        if info.dm_closed and not info.dm_note_shown:
            await members.mark_dm_note_shown(self.db, interaction.user.id, self.clock.now())
            try:
                await interaction.followup.send(
                    self.text("errors.dm_closed_note", interaction.locale),
                    ephemeral=True,
                    allowed_mentions=NO_PINGS,
                )
            except discord.HTTPException:
                log.info("Could not show the closed-DMs note")

    def spawn(self, coro: Any, *, name: str | None = None) -> asyncio.Task[Any]:
        """Start background work that shutdown will wait for."""
        task = asyncio.create_task(coro, name=name)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    def catalogue_locale(self, where: Any = None) -> str:
        """The catalogue locale for an interaction (the member's Discord locale, then the server's, then
        English) or for a locale (a scheduled DM uses the last locale seen for the member)."""
        if isinstance(where, discord.Interaction):
            guild_locale = str(where.guild_locale) if where.guild_locale else None
            return self.catalogue.resolve(str(where.locale), guild_locale)
        return self.catalogue.resolve(str(where) if where else None)

    def text(self, key: str, where: Any = None, **params: Any) -> str:
        """A catalogue text in the locale `catalogue_locale` picks."""
        return self.catalogue.render(key, self.catalogue_locale(where), **params)

    async def on_app_command_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """The one place a failing command is answered: kindly, ephemerally, with the trace in the log."""
        await self.answer_error(interaction, error)

    async def answer_error(self, interaction: discord.Interaction, error: Exception) -> None:
        """Answer any failure under an interaction (command, button or form) with a kind text."""
        original = getattr(error, "original", error)
        locale = interaction
        if isinstance(original, KindError):
            content = self.text(original.key, locale, **original.params)
        elif isinstance(error, NotModerator):
            content = self.text("errors.not_moderator", locale)
        elif isinstance(error, app_commands.NoPrivateMessage):
            content = self.text("errors.guild_only", locale)
        elif isinstance(error, app_commands.CommandOnCooldown):
            content = self.text("errors.cooldown", locale, seconds=int(error.retry_after) + 1)
        else:
            where = interaction.command.qualified_name if interaction.command else interaction.type.name
            log.error("Interaction %s failed", where, exc_info=original)
            content = self.text("errors.generic", locale)
        try:
            await reply(interaction, content)
        except discord.HTTPException:
            log.warning("Could not tell the member about a failure", exc_info=True)

    async def close(self) -> None:
        """Graceful shutdown: stop waking up, finish in-flight work, disconnect, close the database."""
        if self._shutdown is None:
            self._shutdown = asyncio.create_task(self._close())
        await asyncio.shield(self._shutdown)

    async def _close(self) -> None:
        log.info("Shutting down: finishing in-flight work")
        await self.waker.shutdown()
        current = asyncio.current_task()
        pending = {
            t
            for t in asyncio.all_tasks()
            if t is not current and not t.done() and t.get_name().startswith(_INTERACTION_TASK_PREFIXES)
        } | {t for t in self._background if not t.done()}
        if pending:
            await asyncio.wait(pending, timeout=10)
        await super().close()
        if self.health is not None:
            await self.health.stop()
        await self.pacer.close()
        if self.dispatcher is not None:
            await self.rest.close()
        if self.db is not None:
            await self.db.close()
        log.info("Shut down cleanly")
