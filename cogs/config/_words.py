"""/config words: a server's own phrases for the crisis and harm detectors, on top of the defaults
(which no server can remove). Every change is audited; the phrases themselves are read like any
member's text, so their disguises are undone too."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import discord
from discord import app_commands

from bot import guild_settings
from bot.checks import moderator_only
from bot.errors import UserFacingError
from bot.member_text import clean_line
from bot.replies import reply
from bot.words import storage as word_storage

if TYPE_CHECKING:
    from bot.bot import CheckinBot


class WordsMixin:
    """The `/config words` command, for the config cog."""

    bot: CheckinBot

    @app_commands.command(name="words", description="Add phrases to the crisis or harm check, or list them")
    @app_commands.describe(
        action="add, remove (only your server's own), or list",
        check="crisis: offer resources to the writer; harm: refuse words meant for another member",
        phrase="The phrase (up to 100 characters)",
    )
    @moderator_only()
    async def words(
        self,
        interaction: discord.Interaction,
        action: Literal["add", "remove", "list"],
        check: Literal["crisis", "harm"],
        phrase: str | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        guild_id, db = interaction.guild_id, self.bot.db
        if action == "list":
            own = await word_storage.phrases(db, guild_id, check)
            listed = "\n".join(f"• {discord.utils.escape_markdown(p)}" for p in own)
            key = "words.listed" if own else "words.none"
            await reply(interaction, self.bot.text(key, interaction, check=check, phrases=listed)[:2000])
            return
        cleaned = clean_line(phrase or "")
        if not cleaned:
            raise UserFacingError("words.phrase_needed")
        if len(cleaned) > word_storage.PHRASE_MAX:
            raise UserFacingError("words.too_long", length=len(cleaned))
        now = self.bot.clock.now()
        if action == "add":
            if len(await word_storage.phrases(db, guild_id, check)) >= word_storage.PHRASES_MAX:
                raise UserFacingError("words.too_many")
            if not await word_storage.add(db, guild_id, check, cleaned, now):
                raise UserFacingError("words.already")
            await guild_settings.audit(db, guild_id, interaction.user.id, f"words.{check}", None, cleaned, now)
            await reply(interaction, self.bot.text("words.added", interaction, check=check))
            return
        if not await word_storage.remove(db, guild_id, check, cleaned):
            raise UserFacingError("words.not_own")
        await guild_settings.audit(db, guild_id, interaction.user.id, f"words.{check}", cleaned, None, now)
        await reply(interaction, self.bot.text("words.removed", interaction, check=check))
