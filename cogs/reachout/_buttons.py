"""The buttons on a reach-out: the recipient's (thank you, I'd like to talk, block this sender, don't
send me these, report), the sender's (tell them who I am), and the sender's confirmation of an
anonymous one (send, cancel; its token is re-checked with the draft). Each press re-checks, in the
cog, that the reach-out is the presser's to answer."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot.components import PersistentButton, feature

if TYPE_CHECKING:
    from cogs.reachout._cog import ReachoutCog

DRAFT = r"(?P<id>\d{1,19}):(?P<token>[0-9a-f]{16})"


def _cog(interaction: discord.Interaction) -> ReachoutCog:
    return feature(interaction, "ReachoutCog")


class Thanks(PersistentButton, template=r"ro:thanks:(?P<id>\d{1,19})"):
    custom_id_format = "ro:thanks:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).relay(interaction, id, "thanks")


class Talk(PersistentButton, template=r"ro:talk:(?P<id>\d{1,19})"):
    custom_id_format = "ro:talk:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).relay(interaction, id, "talk")


class Block(PersistentButton, template=r"ro:block:(?P<id>\d{1,19})"):
    custom_id_format = "ro:block:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).block_sender(interaction, id)


class Stop(PersistentButton, template=r"ro:stop:(?P<id>\d{1,19})"):
    custom_id_format = "ro:stop:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).stop_receiving(interaction, id)


class Report(PersistentButton, template=r"ro:report:(?P<id>\d{1,19})"):
    custom_id_format = "ro:report:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).report(interaction, id)


class Reveal(PersistentButton, template=r"ro:reveal:(?P<id>\d{1,19})"):
    custom_id_format = "ro:reveal:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).reveal(interaction, id)


class SendAnonymously(PersistentButton, template=rf"ro:anon:{DRAFT}"):
    custom_id_format = "ro:anon:{id}:{token}"
    text_fields = frozenset({"token"})

    async def run(self, interaction: discord.Interaction, id: int, token: str) -> None:
        await _cog(interaction).confirm_anonymous(interaction, id, token)


class Cancel(PersistentButton, template=rf"ro:cancel:{DRAFT}"):
    custom_id_format = "ro:cancel:{id}:{token}"
    text_fields = frozenset({"token"})

    async def run(self, interaction: discord.Interaction, id: int, token: str) -> None:
        await _cog(interaction).cancel_anonymous(interaction, id, token)


BUTTONS = (Thanks, Talk, Block, Stop, Report, Reveal, SendAnonymously, Cancel)
