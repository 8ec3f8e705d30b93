"""`python -m bot`: connect to Discord with a token, or to the local sandbox (with a demo) without one."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

from bot.catalogue import Catalogue, CatalogueError
from bot.database import DatabaseError
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    parser.add_argument("--quiet", action="store_true", help="sandbox demo: print only the transcript, not the log")
    args = parser.parse_args(argv)
    try:
        settings = load_settings()
    except SettingsError as exc:
        print(exc, file=sys.stderr)
        return EXIT_CONFIG
    secrets = [settings.discord_token.get_secret_value()]
    setup_logging(logging.WARNING if args.quiet else settings.log_level_number, secrets)
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


if __name__ == "__main__":
    sys.exit(main())
