"""`checkin-bot doctor`: a readable report of what works and what does not, each line ✓ or ✗ with the
fix in plain words. Exit status 0 when all is well, 1 when not. It only looks (GET requests, a
read-only database), so it can run beside the bot; the token is never printed."""

from __future__ import annotations

from datetime import UTC, datetime

import aiohttp

from bot.database import Database, DatabaseError
from bot.doctor.checks import Discord, Line, clock_lines, database_lines, discord_lines
from bot.settings import Settings


async def diagnose(settings: Settings) -> list[tuple[str, list[Line]]]:
    now = datetime.now(UTC)
    sections: list[tuple[str, list[Line]]] = []
    db: Database | None = None
    try:
        db = await Database.open(settings.database, read_only=True)
    except DatabaseError as exc:
        sections.append(
            (
                "Database",
                [Line(False, str(exc), "start the bot once (it creates it), or check DATABASE_URL / DATABASE_PATH")],
            )
        )
    try:
        if db is not None:
            sections.append(("Database", await database_lines(db, settings, now)))
        date = None
        if settings.has_token:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as session:
                api = Discord(session, settings.discord_api_base_url, settings.discord_token.get_secret_value())
                try:
                    sections.append(("Discord", await discord_lines(api, db, settings)))
                except aiohttp.ClientError as exc:
                    sections.append(("Discord", [Line(False, f"Discord cannot be reached ({type(exc).__name__})",
                                                      "check the network and DISCORD_API_BASE_URL")]))  # fmt: skip
                date = api.date
        else:
            sections.append(("Discord", [Line(False, "no DISCORD_TOKEN set", "put the bot's token in .env")]))
        sections.append(("Clock", clock_lines(date)))
    finally:
        if db is not None:
            await db.close()
    return sections


def report(sections: list[tuple[str, list[Line]]]) -> tuple[str, bool]:
    out, healthy = [], True
    for title, lines in sections:
        out.append(title)
        for line in lines:
            healthy &= line.ok
            out.append(f"  {'✓' if line.ok else '✗'} {line.text}")
            if not line.ok and line.fix:
                out.append(f"      → {line.fix}")
    out.append("All is well." if healthy else "Something needs attention (✗ above).")
    return "\n".join(out), healthy
