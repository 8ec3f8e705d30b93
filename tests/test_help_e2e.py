"""/help and the moderator gate, end to end: the real bot, connected to the sandbox."""

import pytest

from bot.bot import CheckinBot
from bot.sandbox import Sandbox, SandboxError
from bot.sandbox.server import PRIVILEGED_INTENTS
from tests.conftest import Community, make_community, shown, start_bot, stop_bot


async def test_member_sees_member_commands_only(community: Community) -> None:
    result = await community.as_(community.alex).slash("help")
    assert result.ephemeral
    assert result.message is not None and result.message.visible_to == community.alex.id
    assert "`/help`" in shown(result.message)
    assert "For moderators" not in shown(result.message)
    assert "/config" not in shown(result.message)
    assert "I'm a bot, not a counsellor or an emergency service: /resources" in shown(result.message)


async def test_moderator_also_sees_moderator_commands(community: Community) -> None:
    result = await community.as_(community.maya).slash("help")
    assert result.ephemeral
    assert "For moderators" in shown(result.message)
    assert "`/config timezone`" in shown(result.message)
    assert result.message is not None and result.message.pings == []


async def test_help_works_in_direct_messages(sandbox: Sandbox, community: Community) -> None:
    from bot.sandbox import Actor

    result = await Actor(sandbox, community.alex).slash("help")
    assert "`/help`" in shown(result.message)
    assert "For moderators" not in shown(result.message)


async def test_moderator_command_hidden_and_rechecked(sandbox: Sandbox, community: Community) -> None:
    with pytest.raises(SandboxError, match="hidden"):
        await community.as_(community.sam).slash("config show")
    # A server can open the command to everyone in its Integrations settings: the bot re-checks.
    sandbox.allow_command_for_everyone(community.guild, "config")
    refused = await community.as_(community.sam).slash("config timezone", timezone="Europe/London")
    assert refused.ephemeral
    assert "for moderators" in refused.content
    shown = await community.as_(community.maya).slash("config show")
    assert "Europe/London" not in shown.content  # nothing was changed


async def test_moderator_sets_timezone_with_autocomplete(community: Community) -> None:
    maya = community.as_(community.maya)
    choices = await maya.autocomplete("config timezone", "timezone", "kathm")
    assert [c["value"] for c in choices] == ["Asia/Kathmandu"]
    bad = await maya.slash("config timezone", timezone="Mars/Olympus")
    assert "Mars/Olympus" in bad.content and "Nothing was changed" in bad.content
    done = await maya.slash("config timezone", timezone="asia/kathmandu")
    assert "Asia/Kathmandu" in done.content
    assert "Asia/Kathmandu" in (await maya.slash("config show")).content


async def test_bot_uses_no_privileged_intents(sandbox: Sandbox, bot: CheckinBot) -> None:
    assert sandbox.session is not None
    assert sandbox.session.intents & PRIVILEGED_INTENTS == 0


async def test_gateway_drop_resumes_without_losing_events(sandbox: Sandbox, bot: CheckinBot) -> None:
    resumes = sandbox.resumes
    await sandbox.drop_gateway()
    # Created while the bot is disconnected: the server must reach it through RESUME's replay.
    community = await make_community(sandbox, bot, "After the drop")
    result = await community.as_(community.alex).slash("help")
    assert "`/help`" in shown(result.message)
    assert sandbox.resumes == resumes + 1


async def test_restart_against_same_database(own_sandbox: Sandbox, tmp_path) -> None:
    sandbox, path = own_sandbox, tmp_path / "restart.sqlite3"
    first, task = await start_bot(sandbox, path)
    community = await make_community(sandbox, first, "Restart")
    await community.as_(community.maya).slash("config timezone", timezone="Europe/Madrid")
    syncs = sandbox.command_syncs
    await stop_bot(first, task)
    assert first.is_closed()

    second, task = await start_bot(sandbox, path)
    try:
        assert not second.commands_synced, "an unchanged command tree must not be synced again"
        assert sandbox.command_syncs == syncs
        shown = await community.as_(community.maya).slash("config show")
        assert "Europe/Madrid" in shown.content
    finally:
        await stop_bot(second, task)
