"""A member whose Discord speaks Spanish: Spanish command names, replies, consent and check-ins."""

from __future__ import annotations

import tomllib
from pathlib import Path

from bot.bot import CheckinBot
from bot.catalogue import Catalogue
from bot.clock import FakeClock
from bot.sandbox import Sandbox
from tests.conftest import Community
from tests.conftest import shown as shown_text
from tests.test_checkins_e2e import ZONE, in_two_hours, next_checkin

ROOT = Path(__file__).resolve().parent.parent
SPANISH = tomllib.loads((ROOT / "messages/es/_commands.toml").read_text())["commands"]


def first_words(text: str, count: int = 4) -> str:
    return " ".join(text.split()[:count])


async def test_spanish_member_gets_spanish_commands_and_checkins(
    sandbox: Sandbox, bot: CheckinBot, clock: FakeClock, community: Community
) -> None:
    catalogue = Catalogue.load()
    # The synced commands carry Spanish names and descriptions for both Spanish locales.
    help_command = next(c for c in sandbox.global_commands if c["name"] == "help")
    for locale in ("es-ES", "es-419"):
        assert help_command["name_localizations"][locale] == SPANISH["help"]
        assert help_command["description_localizations"][locale] == SPANISH[help_command["description"]]

    lucia = community.add_member("lucia", locale="es-ES")
    actor = community.as_(lucia)
    shown = await actor.slash(SPANISH["help"])  # typed in Spanish
    assert first_words(catalogue.render("help.intro", "es")) in shown.content

    start = f"{SPANISH['checkin']} {SPANISH['start']}"
    prompt = await actor.slash(start, time=in_two_hours(clock), timezone=ZONE)
    assert first_words(catalogue.render("checkin.consent.explain", "es", when="x")) in prompt.content
    assert prompt.message is not None
    start_label = catalogue.render("checkin.buttons.start", "es")
    started = await actor.click(prompt.message, start_label)
    assert first_words(catalogue.render("checkin.consent.started", "es", first="x"), 3) in started.content

    checkin = await next_checkin(sandbox, bot, clock, lucia)
    spanish_prompts = catalogue.entry("checkin.prompt", "es").variants
    assert any(checkin.content.startswith(p) for p in spanish_prompts)
    assert checkin.labels()[0] == catalogue.render("checkin.answers.great", "es")

    bad = await actor.slash(start, time="25:00")
    assert first_words(catalogue.render("input.bad_time", "es", value="25:00"), 3) in bad.content


async def test_unknown_locale_falls_back_to_the_servers_then_english(
    sandbox: Sandbox, bot: CheckinBot, community: Community
) -> None:
    catalogue = Catalogue.load()
    community.guild.preferred_locale = "es-ES"
    pierre = community.add_member("pierre", locale="fr")
    shown = await community.as_(pierre).slash("help")
    assert first_words(catalogue.render("help.intro", "es")) in shown.content
    community.guild.preferred_locale = "en-US"
    english = await community.as_(pierre).slash("help")
    assert first_words(catalogue.render("help.intro", "en")) in english.content


async def test_help_shows_command_names_as_a_spanish_client_does(community: Community) -> None:
    lucia = community.add_member("lucia", locale="es-419")
    shown = await community.as_(lucia).slash(SPANISH["help"])
    assert f"`/{SPANISH['checkin']} {SPANISH['pause']}`" in shown_text(shown.message)
    assert "`/checkin pause`" not in shown.content or SPANISH["pause"] == "pause"
