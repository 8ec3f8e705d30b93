from collections import Counter
from pathlib import Path

from bot.bot import CheckinBot, intents
from bot.catalogue import Catalogue
from bot.extensions import walk_extensions
from bot.settings import load_settings
from cogs.help.overview import walk_commands


def test_discovers_every_cog_and_skips_private_modules() -> None:
    found = list(walk_extensions())
    assert "cogs.help" in found
    assert "cogs.config" in found
    assert "cogs.checkins" in found
    assert all(not part.startswith("_") for name in found for part in name.split(".")[1:])


async def test_every_cog_loads_and_command_names_are_unique(tmp_path: Path) -> None:
    bot = CheckinBot(load_settings(_env_file=None, database_path=tmp_path / "x.sqlite3"))
    await bot.prepare()
    for extension in walk_extensions():
        await bot.load_extension(extension)
    # The bot never connected, so there is nothing to close.
    names = [c.qualified_name for c in bot.tree.walk_commands()]
    assert names, "no commands were registered"
    assert not [n for n, k in Counter(names).items() if k > 1]
    catalogue = Catalogue.load()
    for info in walk_commands(bot.tree.get_commands()):
        assert catalogue.has(info.key), f"/{info.name} has no help text ({info.key})"
    for command in bot.tree.walk_commands():
        assert 1 <= len(command.description) <= 100
        for parameter in getattr(command, "parameters", []):
            assert len(parameter.description) <= 100, f"/{command.qualified_name} {parameter.name}"
    await bot.db.close()


def test_no_privileged_intents() -> None:
    chosen = intents()
    assert not chosen.members and not chosen.presences and not chosen.message_content
    assert chosen.guilds


def test_readme_invite_url_asks_for_the_permissions_the_bot_needs() -> None:
    from pathlib import Path

    from bot.invite import REQUIRED_PERMISSIONS

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    assert f"permissions={REQUIRED_PERMISSIONS.value}" in readme
    assert not REQUIRED_PERMISSIONS.administrator and not REQUIRED_PERMISSIONS.manage_guild
