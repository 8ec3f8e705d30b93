"""checkin-bot (or `python -m bot`): run the check-in bot, connected to Discord with a token, or to the
local sandbox (with a demo) without one; and the operator's commands.

python -m bot [run] [--quiet]
python -m bot copy-database --to postgresql://user:password@host:5432/db [--from URL]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from pathlib import Path
from urllib.parse import urlsplit

from bot.catalogue import Catalogue, CatalogueError
from bot.database import DatabaseError
from bot.database_url import InvalidDatabaseUrl, parse_target
from bot.log import setup_logging
from bot.settings import Settings, SettingsError, load_settings

log = logging.getLogger("bot")

EXIT_CONFIG = 2


async def run_bot(settings: Settings, catalogue: Catalogue) -> None:
    """Connect to Discord (or whatever DISCORD_API_BASE_URL points at) until SIGTERM/SIGINT."""
    from bot.bot import CheckinBot

    bot = CheckinBot(settings, catalogue=catalogue)
    await bot.prepare()  # a database that cannot be used stops here, before Discord is contacted
    loop = asyncio.get_running_loop()
    stopping: list[asyncio.Task[None]] = []  # keeps the shutdown task referenced until it ends
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, lambda: stopping.append(asyncio.create_task(bot.close())))
    try:
        await bot.start(settings.discord_token.get_secret_value())
    finally:
        # start() returns as soon as the gateway is closed; wait for the rest of the shutdown.
        await bot.close()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="checkin-bot", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", metavar="{run,doctor,backup,restore,copy-database}")
    run = commands.add_parser("run", help="run the bot (the default)", description="Run the bot.")
    for each in (parser, run):
        each.add_argument("--quiet", action="store_true", help="sandbox demo: print only the transcript, not the log")
    commands.add_parser(
        "doctor",
        help="check the token, each server's channels and roles, the database and the clock",
        description="A readable report, each line ✓ or ✗ with the fix. Exit status 0 when all is well, 1 when not."
        " It only looks, so it can run beside the bot.",
    )
    saving = commands.add_parser(
        "backup",
        help="a consistent copy of the database, while the bot runs",
        description="Copies the SQLite database with SQLite's online backup API (the bot may be running) and"
        " checks the copy. For PostgreSQL, prints the pg_dump command to use.",
    )
    saving.add_argument("path", nargs="?", type=Path, help="where (default: BACKUP_DIR, else data/backups)")
    restoring = commands.add_parser(
        "restore",
        help="put a backup in place of the database (stop the bot first)",
        description="Checks the backup, keeps the current database beside it, and puts the backup in its place."
        " Refuses while a bot is running on the database.",
    )
    restoring.add_argument("path", type=Path, help="the backup file")
    copying = commands.add_parser(
        "copy-database",
        help="copy this bot's database into a new, empty one (e.g. from SQLite to PostgreSQL)",
        description="Copies every table into an empty database and checks the row counts. Stop the bot first.",
    )
    copying.add_argument("--to", required=True, metavar="URL", help="postgresql://user:password@host:5432/db")
    copying.add_argument("--from", dest="source", metavar="URL", help="default: DATABASE_URL or DATABASE_PATH")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONFIG
    secrets = [settings.discord_token.get_secret_value(), *_passwords(settings.database_url.get_secret_value())]
    level = logging.WARNING if getattr(args, "quiet", False) else settings.log_level_number
    setup_logging(level, secrets, fmt=settings.log_format)
    if args.command in ("copy-database", "backup", "restore"):
        return _maintain(args, settings)
    if args.command == "doctor":
        from bot.doctor import diagnose, report

        text, healthy = report(asyncio.run(diagnose(settings)))
        print(text)
        return 0 if healthy else 1
    try:
        catalogue = Catalogue.load()
        if settings.has_token:
            asyncio.run(run_bot(settings, catalogue))
        else:
            from bot.sandbox.demo import run_demo

            asyncio.run(run_demo(settings, catalogue))
    except (DatabaseError, CatalogueError) as exc:
        print(f"Cannot start: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    except KeyboardInterrupt:
        return 130
    return 0


def _maintain(args: argparse.Namespace, settings: Settings) -> int:
    from bot import maintenance

    try:
        if args.command == "copy-database":
            source = parse_target(args.source) if args.source else settings.database
            asyncio.run(maintenance.copy(source, parse_target(args.to)))
        elif args.command == "backup":
            asyncio.run(maintenance.back_up(settings, args.path))
        else:
            maintenance.restore(settings, args.path)
    except (DatabaseError, InvalidDatabaseUrl) as exc:
        print(f"Cannot {args.command.replace('-', ' ')}: {exc}", file=sys.stderr)
        return EXIT_CONFIG
    return 0


def _passwords(url: str) -> list[str]:
    """A DATABASE_URL's password, to be kept out of every log line."""
    password = urlsplit(url).password if url else None
    return [password] if password else []


if __name__ == "__main__":
    sys.exit(main())
