"""A throwaway PostgreSQL server in a temporary directory, for the tests and the benchmarks.

It uses the machine's own PostgreSQL binaries (Debian's `initdb` and `pg_ctl`; `.ci/run` installs
them when missing). When they are missing or the server does not start, it raises: a run that was
meant to test PostgreSQL never passes silently without it.
"""

from __future__ import annotations

import glob
import itertools
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import asyncpg

# Durability is not what these tests are about; speed is.
_FAST = "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"


def _binary(name: str) -> str:
    found = shutil.which(name) or next(iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None)
    if not found:
        raise RuntimeError(
            f"PostgreSQL's {name} was not found: install PostgreSQL (Debian: apt-get install postgresql;"
            " .ci/run does this) to run the PostgreSQL half of the tests."
        )
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    """`initdb` + `pg_ctl start` in a new directory; `stop()` removes it all."""

    def __init__(self) -> None:
        self.directory = Path(tempfile.mkdtemp(prefix="checkin-pg-"))
        self.port = _free_port()
        self._names = itertools.count(1)
        # PostgreSQL refuses to run as root: then it runs as the postgres user the package created.
        self._as: list[str] = []
        if os.geteuid() == 0:
            self._as = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.directory, "postgres", "postgres")

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self._as, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            log = self.directory / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{' '.join(command)} failed:\n{done.stdout}{done.stderr}{tail}")

    def start(self) -> PostgresServer:
        data = self.directory / "data"
        self._run(_binary("initdb"), "-D", str(data), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync")
        options = f"-p {self.port} -k {self.directory} -c listen_addresses=127.0.0.1 {_FAST}"
        self._run(_binary("pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.directory / "server.log"), "-w",
                  "start")  # fmt: skip
        return self

    def stop(self) -> None:
        data = self.directory / "data"
        if data.exists():
            subprocess.run([*self._as, _binary("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True, timeout=60)  # fmt: skip
        shutil.rmtree(self.directory, ignore_errors=True)

    async def new_database(self) -> str:
        """A fresh, empty database on this server; its URL."""
        name = f"t{os.getpid()}_{next(self._names)}"
        admin = await asyncpg.connect(self.url)
        try:
            await admin.execute(f'CREATE DATABASE "{name}"')
        finally:
            await admin.close()
        return self.url.rsplit("/", 1)[0] + f"/{name}"
