"""The buddies buttons: one class per action, and the payloads that carry them.

Each button re-checks at the press who may press it: a moderator for the round and pairing tools,
a member of that pairing for everything else (the cog checks membership, since it loads the pairing).
Anyone can send any custom id, so nothing here trusts that the press came from the message it was on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord

from bot.checks import is_moderator
from bot.components import PRIMARY, PersistentButton, feature, rows
from bot.errors import NotModerator
from bot.messaging import Components

if TYPE_CHECKING:
    from bot.bot import CheckinBot
    from cogs.buddies._cog import BuddiesCog

ID = r"(?P<id>\d{1,19})"
PAIR = r"(?P<guild>\d{1,19})\.(?P<user>\d{1,19})"
ANSWERS = ("yes", "not_yet", "not_working")


def _cog(interaction: discord.Interaction) -> BuddiesCog:
    return feature(interaction, "BuddiesCog")


def _moderator_only(interaction: discord.Interaction) -> None:
    """Whoever presses now, with the permissions Discord computed for this press."""
    if not is_moderator(interaction):
        raise NotModerator()


# ---- members of a pairing ----------------------------------------------------------------------


class Accept(PersistentButton, template=r"bd:accept:" + ID):
    custom_id_format = "bd:accept:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).answer_proposal(interaction, id, accepted=True)


class Decline(PersistentButton, template=r"bd:decline:" + ID):
    custom_id_format = "bd:decline:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).answer_proposal(interaction, id, accepted=False)


class Connected(PersistentButton, template=r"bd:conn:" + ID + rf":(?P<answer>{'|'.join(ANSWERS)})"):
    custom_id_format = "bd:conn:{id}:{answer}"

    async def run(self, interaction: discord.Interaction, id: int, answer: str) -> None:
        await _cog(interaction).connected(interaction, id, answer)


class Keep(PersistentButton, template=r"bd:keep:" + ID):
    custom_id_format = "bd:keep:{id}"

    async def run(self, interaction: discord.Interaction, id: int) -> None:
        await _cog(interaction).keep(interaction, id)


class Consent(PersistentButton, template=r"bd:consent:" + ID + r":(?P<yes>[01])"):
    custom_id_format = "bd:consent:{id}:{yes}"

    async def run(self, interaction: discord.Interaction, id: int, yes: int) -> None:
        await _cog(interaction).consent(interaction, id, yes == 1)


class KindWord(PersistentButton, template=r"bd:kind:" + PAIR):
    custom_id_format = "bd:kind:{guild}.{user}"

    async def run(self, interaction: discord.Interaction, guild: int, user: int) -> None:
        await _cog(interaction).kind_word(interaction, guild, user)


class Myself(PersistentButton, template=r"bd:myself:" + PAIR):
    custom_id_format = "bd:myself:{guild}.{user}"

    async def run(self, interaction: discord.Interaction, guild: int, user: int) -> None:
        await _cog(interaction).reach_out_myself(interaction, guild, user)


# ---- moderators --------------------------------------------------------------------------------


class ListPage(PersistentButton, template=r"bd:list:(?P<page>\d{1,4})"):
    custom_id_format = "bd:list:{page}"

    async def run(self, interaction: discord.Interaction, page: int) -> None:
        _moderator_only(interaction)
        await _cog(interaction).show_list_page(interaction, page)


class Confirm(PersistentButton, template=r"bd:confirm:(?P<seed>\d{1,19})\.(?P<fingerprint>[0-9a-f]{16})"):
    custom_id_format = "bd:confirm:{seed}.{fingerprint}"
    text_fields = frozenset({"fingerprint"})

    async def run(self, interaction: discord.Interaction, seed: int, fingerprint: str) -> None:
        _moderator_only(interaction)
        await _cog(interaction).confirm_round(interaction, seed, fingerprint)


class Cancel(PersistentButton, template=r"bd:cancel:-"):
    custom_id_format = "bd:cancel:-"

    async def run(self, interaction: discord.Interaction) -> None:
        _moderator_only(interaction)
        await _cog(interaction).cancel(interaction)


class Replace(PersistentButton, template=r"bd:replace:(?P<ids>\d{1,19}\.\d{1,19}(?:\.\d{1,19})?)"):
    custom_id_format = "bd:replace:{ids}"

    async def run(self, interaction: discord.Interaction, ids: str) -> None:
        _moderator_only(interaction)
        await _cog(interaction).replace(interaction, tuple(int(u) for u in ids.split(".")))


ALL = (Accept, Decline, Connected, Keep, Consent, KindWord, Myself, ListPage, Confirm, Cancel, Replace)


# ---- payloads ----------------------------------------------------------------------------------


def invite_buttons(bot: CheckinBot, group_id: int) -> Components:
    def build(locale: str | None) -> list[dict[str, Any]]:
        return rows(
            [
                Accept.make(bot.text("buddy.buttons.accept", locale), PRIMARY, id=group_id),
                Decline.make(bot.text("buddy.buttons.decline", locale), id=group_id),
            ]
        )

    return build


def consent_buttons(bot: CheckinBot, group_id: int) -> Components:
    def build(locale: str | None) -> list[dict[str, Any]]:
        return rows(
            [
                Consent.make(bot.text("buddy.buttons.consent_yes", locale), PRIMARY, id=group_id, yes=1),
                Consent.make(bot.text("buddy.buttons.consent_no", locale), id=group_id, yes=0),
            ]
        )

    return build


def support_buttons(bot: CheckinBot, guild_id: int, user_id: int) -> Components:
    """Under "your buddy could use some support": a kind word, or reaching out in one's own words."""

    def build(locale: str | None) -> list[dict[str, Any]]:
        return rows(
            [
                KindWord.make(bot.text("buddy.kind_word", locale), PRIMARY, guild=guild_id, user=user_id),
                Myself.make(bot.text("buddy.reach_myself", locale), guild=guild_id, user=user_id),
            ]
        )

    return build


def followup_buttons(bot: CheckinBot, group_id: int, locale: str | None) -> list[dict[str, Any]]:
    answers = [Connected.make(bot.text(f"buddy.buttons.{a}", locale), id=group_id, answer=a) for a in ANSWERS]
    return rows(answers, [Keep.make(bot.text("buddy.buttons.keep", locale), PRIMARY, id=group_id)])


def list_buttons(bot: CheckinBot, where: Any, page: int, pages: int) -> list[dict[str, Any]]:
    nav = []
    if page > 0:
        nav.append(ListPage.make(bot.text("buddy.buttons.previous", where), page=page - 1))
    if page < pages - 1:
        nav.append(ListPage.make(bot.text("buddy.buttons.next", where), page=page + 1))
    return rows(nav)


def confirm_buttons(bot: CheckinBot, where: Any, seed: int, fingerprint: str) -> list[dict[str, Any]]:
    confirm = Confirm.make(bot.text("buddy.buttons.confirm", where), PRIMARY, seed=seed, fingerprint=fingerprint)
    return rows([confirm, Cancel.make(bot.text("buddy.buttons.cancel", where))])


def replace_buttons(bot: CheckinBot, where: Any, ids: tuple[int, ...]) -> list[dict[str, Any]]:
    joined = ".".join(str(u) for u in ids)
    replace = Replace.make(bot.text("buddy.buttons.replace", where), PRIMARY, ids=joined)
    return rows([replace, Cancel.make(bot.text("buddy.buttons.cancel", where))])
