"""Where the data lives, from `DATABASE_URL`: an SQLite file or a PostgreSQL server. Parsing only, so
settings can validate it without opening anything; the password is never shown."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


class InvalidDatabaseUrl(ValueError):
    """The URL names no usable database; the message never holds the password."""


@dataclass(frozen=True)
class Target:
    """Where the data lives: an SQLite file, or a PostgreSQL server (the URL with its password)."""

    engine: str
    path: Path | None = None
    url: str | None = field(default=None, repr=False)

    def __str__(self) -> str:
        """Fit for logs and errors: the password never appears."""
        if self.engine == SQLITE:
            return str(self.path)
        return redact(self.url or "")


def redact(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def parse_target(value: str | Path) -> Target:
    """`sqlite:///relative/file`, `sqlite:////absolute/file`, a bare path, or `postgresql://…`."""
    text = str(value).strip()
    if text.startswith(("postgresql://", "postgres://")):
        parts = urlsplit(text)
        try:
            parts.port  # noqa: B018 - validates the port
        except ValueError:
            raise InvalidDatabaseUrl(f"DATABASE_URL {redact(text)} has a port that is not a number.") from None
        if not parts.hostname and "host=" not in parts.query:
            raise InvalidDatabaseUrl(f"DATABASE_URL {redact(text)} names no host.")
        if not parts.path.strip("/"):
            raise InvalidDatabaseUrl(f"DATABASE_URL {redact(text)} names no database (…/<database> at the end).")
        return Target(POSTGRESQL, url=text)
    if text.startswith("sqlite://"):
        path = text.removeprefix("sqlite://")
        if not path.startswith("/") or path == "/":
            raise InvalidDatabaseUrl("An SQLite DATABASE_URL is sqlite:///relative/file or sqlite:////absolute/file.")
        return Target(SQLITE, path=Path(path[1:]))  # sqlite:///data/x is relative, sqlite:////srv/x absolute
    if "://" in text:
        raise InvalidDatabaseUrl(
            f"DATABASE_URL must start with sqlite:/// or postgresql://, not {redact(text).split('://')[0]}://."
        )
    if not text:
        raise InvalidDatabaseUrl("DATABASE_URL is empty.")
    return Target(SQLITE, path=Path(text))
