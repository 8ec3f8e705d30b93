"""`python -m bot`: connect to Discord with a token, or to the local sandbox (with a demo) without one.

python -m bot [run] [--quiet]
python -m bot copy-database --to postgresql://user:password@host:5432/db [--from URL]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from urllib.parse import urlsplit

from bot.catalogue import Catalogue, CatalogueError
from bot.database import DatabaseError
from bot.database_url import InvalidDatabaseUrl, Target, parse_target
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


async def copy(source: Target, target: Target) -> None:
    """Copy the whole database into an empty one and check the row counts, printing each table's."""
    from bot.database import Database
    from bot.database_copy import copy_database

    origin = await Database.open(source)
    try:
        destination = await Database.open(target)
        try:
            print(f"Copying {source} into {target} ...")
            copied = await copy_database(origin, destination)
        finally:
            await destination.close()
    finally:
        await origin.close()
    width = max(len(c.table) for c in copied)
    for item in copied:
        print(f"  {item.table:<{width}}  {item.rows:>9,} rows")
    total = sum(c.rows for c in copied)
    print(f"Copied {total:,} rows in {len(copied)} tables; every table's row count matches.")
    print("Now set DATABASE_URL to the new database and start the bot.")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", metavar="{run,copy-database}")
    run = commands.add_parser("run", help="run the bot (the default)")
    for each in (parser, run):
        each.add_argument("--quiet", action="store_true", help="sandbox demo: print only the transcript, not the log")
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
    setup_logging(logging.WARNING if getattr(args, "quiet", False) else settings.log_level_number, secrets)
    if args.command == "copy-database":
        try:
            source = parse_target(args.source) if args.source else settings.database
            asyncio.run(copy(source, parse_target(args.to)))
        except (DatabaseError, InvalidDatabaseUrl) as exc:
            print(f"Cannot copy: {exc}", file=sys.stderr)
            return EXIT_CONFIG
        return 0
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


def _passwords(url: str) -> list[str]:
    """A DATABASE_URL's password, to be kept out of every log line."""
    password = urlsplit(url).password if url else None
    return [password] if password else []


if __name__ == "__main__":
    sys.exit(main())
