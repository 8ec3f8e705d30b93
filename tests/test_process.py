"""The bot as a separate, unmodified process: the demo, bad settings, a token, SIGTERM."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sys
from pathlib import Path

from bot.sandbox import Actor, Sandbox
from tests.conftest import shown

ROOT = Path(__file__).resolve().parent.parent


def clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DISCORD_", "COMMAND_SYNC", "DATABASE_"))}
    env.update(extra)
    return env


async def run(*args: str, env: dict[str, str], cwd: Path, timeout: float = 60) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot",
        *args,
        env=env,
        cwd=cwd,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def test_no_token_plays_the_sandbox_demo(tmp_path: Path) -> None:
    env = clean_env(PYTHONPATH=str(ROOT))
    code, out, err = await run("--quiet", env=env, cwd=tmp_path)
    assert code == 0, err
    assert "LOCAL DISCORD SANDBOX" in out
    assert "DISCORD_TOKEN" in out  # says how to connect to Discord instead
    assert "Alex ran /help" in out
    assert "For moderators" in out


async def test_invalid_setting_exits_2_with_one_line(tmp_path: Path) -> None:
    secret = "Mz.secret-token-that-must-not-leak"
    env = clean_env(PYTHONPATH=str(ROOT), DISCORD_TOKEN=secret, DEFAULT_TIMEZONE="Mars/Olympus")
    code, out, err = await run(env=env, cwd=tmp_path)
    assert code == 2
    assert err.strip().splitlines() == [err.strip()]
    assert err.startswith("Invalid setting DEFAULT_TIMEZONE:")
    assert secret not in out + err


async def test_real_process_with_token_answers_and_shuts_down_on_sigterm(tmp_path: Path) -> None:
    async with Sandbox() as sandbox:
        guild = sandbox.create_guild("Process Test")
        alex = sandbox.create_user("alex")
        sandbox.add_member(guild, alex)
        sandbox.add_text_channel(guild, "general")
        env = clean_env(
            PYTHONPATH=str(ROOT),
            LOG_LEVEL="DEBUG",
            DATABASE_PATH=str(tmp_path / "process.sqlite3"),
            **sandbox.settings_env(),
        )
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            env=env,
            cwd=tmp_path,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        try:
            await asyncio.wait_for(sandbox.ready.wait(), 30)
            for _ in range(300):
                if sandbox.global_commands:
                    break
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.5)  # GUILD_CREATE reaches the bot's cache
            result = await Actor(sandbox, alex, guild).slash("help")
            assert result.ephemeral and "`/help`" in shown(result.message)
        finally:
            process.send_signal(signal.SIGTERM)
            out, err = await asyncio.wait_for(process.communicate(), 30)
        logs = out.decode() + err.decode()
        assert process.returncode == 0, logs
        assert "Shut down cleanly" in logs
        assert sandbox.token not in logs
        assert len(logs) > 200  # DEBUG logging really ran


async def test_no_member_words_reach_the_log_even_at_debug_and_json_lines_parse(tmp_path: Path) -> None:
    """The demo's members write an "about" line, a goal title and a reach-out; none may be logged."""
    env = clean_env(PYTHONPATH=str(ROOT), LOG_LEVEL="DEBUG", LOG_FORMAT="json")
    code, out, err = await run(env=env, cwd=tmp_path, timeout=120)
    assert code == 0, err[-2000:]
    for words in ("Night owl, learning to bake bread", "walk 20 minutes", "Thinking of you this week."):
        assert words in out  # the transcript shows what members wrote, as Discord would
        assert words not in err, words
    lines = [json.loads(line) for line in err.splitlines() if line.strip()]
    assert lines and all({"time", "level", "logger", "message"} <= set(line) for line in lines)
    assert any(line["level"] == "DEBUG" for line in lines)  # really at DEBUG
    assert not any(line["logger"].startswith(("discord.gateway", "discord.http", "aiosqlite")) and
                   line["level"] == "DEBUG" for line in lines)  # fmt: skip
