"""Each check of `checkin-bot doctor`: a line that is fine, or one that is not and says how to fix it."""

from __future__ import annotations

import email.utils
import json
import zoneinfo
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import aiohttp
from discord import Permissions

from bot import backup
from bot.database import Database, load_migrations
from bot.doctor import storage
from bot.engine import storage as engine_storage
from bot.invite import REQUIRED_PERMISSIONS
from bot.settings import Settings

# Application flags: each privileged intent, enabled (or enabled while the bot is small).
PRIVILEGED = {"Presence": (1 << 12) | (1 << 13), "Server Members": (1 << 14) | (1 << 15),
              "Message Content": (1 << 18) | (1 << 19)}  # fmt: skip
# What the bot needs in the support and intro channels: to see them, post, and open private threads.
THREADS = ("view_channel", "send_messages", "create_private_threads", "send_messages_in_threads")
LATE = timedelta(minutes=5)
CLOCK_SKEW = timedelta(seconds=10)


@dataclass(frozen=True)
class Line:
    ok: bool
    text: str
    fix: str = ""


class Discord:
    """Just enough of Discord's REST API to look (GETs only, with the bot's token)."""

    def __init__(self, session: aiohttp.ClientSession, base: str, token: str) -> None:
        self._session, self._base, self._headers = session, base, {"Authorization": f"Bot {token}"}
        self.date: datetime | None = None

    async def get(self, path: str) -> tuple[int, Any]:
        async with self._session.get(self._base + path, headers=self._headers) as answer:
            if "Date" in answer.headers:
                self.date = email.utils.parsedate_to_datetime(answer.headers["Date"])
            body = await answer.json(content_type=None) if answer.status != 204 else None
            return answer.status, body


def channel_permissions(guild_id: int, bot_id: int, roles: list[dict], member: dict, channel: dict) -> Permissions:
    """The bot's permissions in a channel, as Discord computes them: roles, then overwrites."""
    by_id = {int(r["id"]): int(r["permissions"]) for r in roles}
    mine = [int(r) for r in member.get("roles", [])]
    value = by_id.get(guild_id, 0)
    for role in mine:
        value |= by_id.get(role, 0)
    if value & Permissions(administrator=True).value:
        return Permissions.all()
    overwrites = {(int(o["id"]), int(o.get("type", 0))): o for o in channel.get("permission_overwrites", [])}
    everyone = overwrites.get((guild_id, 0))
    if everyone:
        value = (value & ~int(everyone["deny"])) | int(everyone["allow"])
    allow = deny = 0
    for role in mine:
        found = overwrites.get((role, 0))
        if found:
            allow, deny = allow | int(found["allow"]), deny | int(found["deny"])
    value = (value & ~deny) | allow
    own = overwrites.get((bot_id, 1))
    if own:
        value = (value & ~int(own["deny"])) | int(own["allow"])
    return Permissions(value)


def clock_lines(discord_date: datetime | None) -> list[Line]:
    lines = []
    try:
        zoneinfo.ZoneInfo("Europe/London")
        count = len(zoneinfo.available_timezones())
        lines.append(Line(count > 300, f"time zone data present ({count} zones)", "pip install tzdata"))
    except zoneinfo.ZoneInfoNotFoundError:
        lines.append(Line(False, "no time zone data", "install tzdata (pip install tzdata, or the OS package)"))
    if discord_date is not None:
        skew = abs(datetime.now(UTC) - discord_date)
        lines.append(
            Line(skew <= CLOCK_SKEW, f"system clock within {skew.total_seconds():.0f} s of Discord's",
                 "sync the clock (e.g. enable systemd-timesyncd or chrony): check-ins go out by it")
        )  # fmt: skip
    return lines


async def database_lines(db: Database, settings: Settings, now: datetime) -> list[Line]:
    latest = load_migrations(engine=db.engine)[-1].version
    version = await db.schema_version()
    size = await storage.size_bytes(db)
    lines = [
        Line(True, f"database: {db.engine} at {db.target} ({size / 1024 / 1024:.1f} MB)"),
        Line(version == latest, f"schema version {version} (this bot's: {latest})",
             "start the bot once: it upgrades the database itself"),
    ]  # fmt: skip
    if db.engine == "sqlite":
        newest = backup.latest(settings.backup_dir)
        if settings.backup_dir is None:
            lines.append(Line(False, "no automatic backups", "set BACKUP_DIR (and BACKUP_KEEP) for a daily backup"))
        elif newest is None:
            lines.append(Line(False, f"no backup in {settings.backup_dir} yet", "run checkin-bot backup"))
        else:
            age = now - datetime.fromtimestamp(newest.stat().st_mtime, UTC)
            hours = age.total_seconds() / 3600
            fix = "check the bot's log for 'The daily backup failed'"
            lines.append(Line(age < timedelta(days=2), f"last backup {newest.name}, {hours:.0f} h ago", fix))
    else:
        lines.append(Line(True, "backups: PostgreSQL's pg_dump (see the README), not checked here"))
    pending = await engine_storage.pending_count(db)
    oldest = await storage.oldest_pending(db, now)
    overdue = await engine_storage.oldest_overdue(db, now)
    late = max((now - t for t in (oldest, overdue) if t is not None), default=timedelta(0))
    lines.append(
        Line(late <= LATE, f"{pending} deliveries pending; the oldest overdue is {late.total_seconds():.0f} s late",
             "is the bot running? check /healthz and its log")
    )  # fmt: skip
    failed = await engine_storage.failed_since(db, now - timedelta(days=1))
    summary = ", ".join(f"{n} {reason}" for reason, n in sorted(failed.items())) or "none"
    lines.append(Line(True, f"deliveries not delivered in the last 24 h: {summary}"))
    return lines


async def discord_lines(api: Discord, db: Database | None, settings: Settings) -> list[Line]:
    status, me = await api.get("/users/@me")
    if status != 200:
        return [Line(False, f"the token was refused (HTTP {status})",
                     "reset the token in the Developer Portal (Bot tab) and set DISCORD_TOKEN to it")]  # fmt: skip
    lines = [Line(True, f"the token works: logged in as {me.get('username')} ({me['id']})")]
    status, app = await api.get("/oauth2/applications/@me")
    if status == 200:
        flags = int(app.get("flags") or 0)
        on = [name for name, bits in PRIVILEGED.items() if flags & bits]
        note = f"; on in the portal: {', '.join(on)} (not used: it can be turned off)" if on else ""
        lines.append(Line(True, "needs no privileged intent" + note))
        invite = (f"https://discord.com/oauth2/authorize?client_id={app['id']}&scope=bot+applications.commands"
                  f"&permissions={REQUIRED_PERMISSIONS.value}")  # fmt: skip
        lines.append(Line(True, f"invite URL: {invite}"))
        if db is not None:
            lines += await command_lines(api, db, settings, int(app["id"]))
    if db is not None:
        for server in await storage.servers(db):
            lines += await server_lines(api, server, int(me["id"]))
    return lines


async def command_lines(api: Discord, db: Database, settings: Settings, app_id: int) -> list[Line]:
    sync = settings.sync
    key = f"command_ids:{settings.discord_api_base_url}:{app_id}:{sync}"
    stored = await storage.stored(db, key)
    if sync.mode == "off":
        return [Line(True, "slash commands: COMMAND_SYNC=off, not synced by the bot")]
    where = (
        f"/applications/{app_id}/guilds/{sync.guild_id}/commands"
        if sync.guild_id
        else f"/applications/{app_id}/commands"
    )
    status, registered = await api.get(where)
    if stored is None or status != 200:
        return [Line(False, "slash commands were never synced for this application", "start the bot: it syncs them")]
    expected = {name.split(" ")[0]: ident for name, ident in json.loads(stored).items()}
    present = {c["name"]: int(c["id"]) for c in registered or []}
    missing = sorted(n for n in expected if n not in present)
    return [Line(not missing, f"slash commands synced ({len(present)} on Discord, matching the last sync)"
                 if not missing else f"slash commands missing on Discord: /{', /'.join(missing)}",
                 "restart the bot (it re-syncs when its commands changed) or check COMMAND_SYNC")]  # fmt: skip


async def server_lines(api: Discord, server: storage.Server, bot_id: int) -> list[Line]:
    g = server.guild_id
    status, member = await api.get(f"/guilds/{g}/members/{bot_id}")
    if status != 200:
        return [Line(False, f"server {g}: the bot is not in it any more (HTTP {status})", "invite it again, or ignore")]
    _, roles = await api.get(f"/guilds/{g}/roles")
    _, channels = await api.get(f"/guilds/{g}/channels")
    channels = {int(c["id"]): c for c in channels or []}
    lines = []
    for what, channel_id in (
        ("support channel", server.support_channel_id),
        ("intro channel", server.intro_channel_id),
    ):
        if channel_id is None:
            lines.append(Line(True, f"server {g}: no {what} set"))
            continue
        channel = channels.get(channel_id)
        if channel is None:
            lines.append(Line(False, f"server {g}: the {what} is gone", "choose another with /config"))
            continue
        have = channel_permissions(g, bot_id, roles or [], member, channel)
        lacking = [name for name in THREADS if not getattr(have, name)]
        name = channel.get("name")
        verdict = "lets the bot post and open private threads" if not lacking else f"lacks {', '.join(lacking)}"
        fix = f"give the bot's role {', '.join(lacking)} in #{name} (channel settings, Permissions)"
        lines.append(Line(not lacking, f"server {g}: #{name} ({what}) {verdict}", fix))
    if server.support_role_id is not None:
        role = next((r for r in roles or [] if int(r["id"]) == server.support_role_id), None)
        everyone = channel_permissions(g, bot_id, roles or [], member, {"permission_overwrites": []})
        can = role is not None and (role.get("mentionable") or everyone.mention_everyone)
        text = f"server {g}: the support role can{'' if can else 'not'} be mentioned by the bot"
        fix = "make the role mentionable (Server Settings, Roles) or give the bot Mention @everyone"
        lines.append(Line(bool(can), text, fix))
    lines.append(Line(True, f"server {g}: {server.closed_dms} members with check-ins have their DMs closed"))
    return lines
