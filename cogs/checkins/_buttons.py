"""The check-in buttons: one class per action. Their custom ids are the ones older messages carry, so
a check-in from last month still answers; each press re-checks whose check-in it is and that it is
still running (in the cog's flows)."""

from __future__ import annotations

from datetime import time
from typing import TYPE_CHECKING

import discord

from bot.components import PersistentButton, feature
from bot.engine.recurrence import ALL_DAYS, days_to_mask
from bot.errors import UserFacingError
from bot.timezones import parse_timezone

if TYPE_CHECKING:
    from cogs.checkins._cog import CheckinsCog

ID = r"\d{1,19}"
ALL_DAYS_MASK = days_to_mask(ALL_DAYS)


def _cog(interaction: discord.Interaction) -> CheckinsCog:
    return feature(interaction, "CheckinsCog")


class Consent(
    PersistentButton,
    template=r"ci:consent:(?P<hhmm>\d{4}):(?P<mask>\d{1,3}):(?P<zone>[A-Za-z0-9_+\-/]{1,64})",
):
    """Start, on the consent prompt: the prompt's time, days and zone ride in the id. It starts check-ins
    only for whoever presses it, in the server it is pressed in, so there is no one else to check."""

    custom_id_format = "ci:consent:{hhmm}:{mask}:{zone}"

    async def run(self, interaction: discord.Interaction, hhmm: int, mask: int, zone: str) -> None:
        hour, minute = divmod(hhmm, 100)
        if interaction.guild_id is None or hour > 23 or minute > 59 or not 1 <= mask <= ALL_DAYS_MASK:
            raise UserFacingError("checkin.gone")
        parsed = parse_timezone(zone)
        if parsed is None:
            raise UserFacingError("input.bad_timezone", value=zone[:60])
        await _cog(interaction).begin(interaction, time(hour, minute), mask, parsed)


class NotNow(PersistentButton, template=r"ci:notnow:-"):
    custom_id_format = "ci:notnow:-"

    async def run(self, interaction: discord.Interaction) -> None:
        await _cog(interaction).not_now(interaction)


class Answer(PersistentButton, template=rf"ci:a:(?P<delivery>{ID}):(?P<value>[1-5])"):
    custom_id_format = "ci:a:{delivery}:{value}"

    async def run(self, interaction: discord.Interaction, delivery: int, value: int) -> None:
        await _cog(interaction).answer(interaction, delivery, value)


class Note(PersistentButton, template=rf"ci:note:(?P<delivery>{ID})"):
    custom_id_format = "ci:note:{delivery}"

    async def run(self, interaction: discord.Interaction, delivery: int) -> None:
        await _cog(interaction).open_note(interaction, delivery)


class Snooze(PersistentButton, template=rf"ci:snooze:(?P<delivery>{ID})"):
    custom_id_format = "ci:snooze:{delivery}"

    async def run(self, interaction: discord.Interaction, delivery: int) -> None:
        await _cog(interaction).snooze(interaction, delivery)


class Low(PersistentButton, template=rf"ci:low:(?P<root>{ID}):(?P<choice>buddy|team|resources|noting)"):
    """What would help after a low answer."""

    custom_id_format = "ci:low:{root}:{choice}"

    async def run(self, interaction: discord.Interaction, root: int, choice: str) -> None:
        await _cog(interaction).low_choice(interaction, root, choice)


class Team(PersistentButton, template=rf"ci:team:(?P<root>{ID}):(?P<with_note>[01])"):
    """Share with the support team, after reading exactly what they would see."""

    custom_id_format = "ci:team:{root}:{with_note}"

    async def run(self, interaction: discord.Interaction, root: int, with_note: int) -> None:
        await _cog(interaction).share_with_team(interaction, root, with_note=with_note == 1)


class TeamNo(PersistentButton, template=rf"ci:teamno:(?P<root>{ID})"):
    custom_id_format = "ci:teamno:{root}"

    async def run(self, interaction: discord.Interaction, root: int) -> None:
        await _cog(interaction).team_not_now(interaction, root)


BUTTONS = (Consent, NotNow, Answer, Note, Snooze, Low, Team, TeamNo)
