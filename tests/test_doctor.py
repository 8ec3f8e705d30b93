"""`checkin-bot doctor` end to end against the sandbox, beside a running bot: all well, then a server
where the bot lacks a permission, then a token Discord refuses."""

from __future__ import annotations

from pathlib import Path

from discord import Permissions

from bot import backup
from bot.clock import FakeClock
from bot.sandbox import Sandbox
from tests.conftest import make_community, start_bot, stop_bot
from tests.test_process import ROOT, clean_env, run
from tests.test_reachout_e2e import support_channel


async def test_the_doctor_says_what_works_and_how_to_fix_what_does_not(own_sandbox: Sandbox, tmp_path: Path) -> None:
    path = tmp_path / "bot.sqlite3"
    bot, task = await start_bot(own_sandbox, path, clock=FakeClock())
    try:
        community = await make_community(own_sandbox, bot)
        channel = await support_channel(own_sandbox, community)
        await backup.back_up(path, tmp_path / "backups" / backup.default_name(bot.clock.now()))
        env = clean_env(
            PYTHONPATH=str(ROOT), DISCORD_TOKEN=own_sandbox.token, DISCORD_API_BASE_URL=own_sandbox.api_base_url,
            DATABASE_PATH=str(path), BACKUP_DIR=str(tmp_path / "backups"),
        )  # fmt: skip
        code, out, err = await run("doctor", env=env, cwd=tmp_path)
        assert code == 0, out + err
        assert "✗" not in out and "All is well." in out
        for expected in ("✓ the token works", "✓ needs no privileged intent", "invite URL: https://discord.com/oauth2",
                         "#support-team (support channel) lets the bot post and open private threads",
                         "slash commands synced", "schema version", "last backup", "time zone data",
                         "system clock within"):  # fmt: skip
            assert expected in out, expected
        assert own_sandbox.token not in out + err

        # A moderator takes away the bot's right to open private threads in the support channel.
        (own,) = [o for o in channel.overwrites if o.target_id == own_sandbox.bot_user.id]
        own.deny |= Permissions(create_private_threads=True).value
        code, out, _ = await run("doctor", env=env, cwd=tmp_path)
        assert code == 1
        assert "✗ server" in out and "lacks create_private_threads" in out, out
        assert "→ give the bot's role create_private_threads in #support-team" in out

        code, out, err = await run("doctor", env={**env, "DISCORD_TOKEN": "not-the-token-at-all"}, cwd=tmp_path)
        assert code == 1 and "✗ the token was refused (HTTP 401)" in out and "Developer Portal" in out
        assert "not-the-token-at-all" not in out + err
    finally:
        await stop_bot(bot, task)
