"""The resources form, shared by /config resources and /setup's last step."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord

from bot import guild_settings
from bot.checks import is_moderator
from bot.errors import NotModerator, UserFacingError
from bot.forms import Form
from bot.member_text import clean
from bot.replies import reply
from bot.resources import OTHER_SUPPORT_MAX, RESOURCES_MAX

if TYPE_CHECKING:
    from bot.bot import CheckinBot


class ResourcesForm(Form):
    """The crisis list and the other-support section; re-checked on submit, so a moderator demoted
    meanwhile is refused."""

    def __init__(
        self, bot: CheckinBot, interaction: discord.Interaction, current: guild_settings.GuildSettings
    ) -> None:
        super().__init__(
            title=bot.text("resources.form_title", interaction),
            opener=interaction.user,
            allowed=is_moderator,
            refused=NotModerator(),
        )
        self.bot = bot
        crisis, other = current.resources_text, current.support_text
        self.body = self._field(bot.text("resources.form_label", interaction), RESOURCES_MAX, crisis)
        self.other = self._field(bot.text("resources.form_other_label", interaction), OTHER_SUPPORT_MAX, other)

    def _field(self, label: str, limit: int, current: str | None) -> discord.ui.TextInput[ResourcesForm]:
        """An optional paragraph holding what the server has now (empty: the default text)."""
        field: discord.ui.TextInput[ResourcesForm] = discord.ui.TextInput(
            label=label[:45],
            style=discord.TextStyle.paragraph,
            required=False,
            max_length=limit,
            default=current[:limit] if current else None,
        )
        self.add_item(field)
        return field

    async def on_submit(self, interaction: discord.Interaction) -> None:
        """Both sections at once; an empty section goes back to the default."""
        assert interaction.guild_id is not None
        text, other = self.body.value or "", self.other.value or ""
        if len(text) > RESOURCES_MAX:
            raise UserFacingError("resources.too_long", length=len(text))
        cleaned, other_cleaned = clean(text) or None, clean(other)[:OTHER_SUPPORT_MAX] or None
        await guild_settings.update(
            self.bot.db,
            interaction.guild_id,
            self.bot.clock.now(),
            by=interaction.user.id,
            resources_text=cleaned,
            support_text=other_cleaned,
        )
        await reply(interaction, self.bot.text("resources.saved" if cleaned else "resources.reset", interaction))


async def open_resources_form(bot: CheckinBot, interaction: discord.Interaction) -> None:
    assert interaction.guild_id is not None
    current = await guild_settings.get(bot.db, interaction.guild_id)
    await interaction.response.send_modal(ResourcesForm(bot, interaction, current))
