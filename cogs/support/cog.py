"""/support: privately ask your buddy or the support team for a hand; /resources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, support_team
from bot.components import PRIMARY, button, persistent_view, routed_button, rows
from bot.engine import storage as engine
from bot.engine.storage import ts
from bot.errors import UserFacingError
from bot.member_text import clean, inert
from bot.replies import reply
from bot.resources import crisis_resources, other_support, server_resources
from cogs.buddies import notify as buddy_notify

if TYPE_CHECKING:
    from bot.bot import CheckinBot

NOTE_MAX = 1000


REQUEST = r"(?P<id>\d{1,19})(\.(?P<note>[01]))?"
SupportButton = routed_button("sp", "SupportCog", {"buddy": REQUEST, "team": REQUEST, "both": REQUEST})
DM_SERVERS_SHOWN = 5  # embeds per message stay well within Discord's 6,000 characters


def _view(components: list[dict[str, Any]]) -> discord.ui.View:
    return persistent_view(components, SupportButton)


class SupportCog(commands.Cog):
    dynamic_items = (SupportButton,)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    def t(self, key: str, locale: Any, **params: Any) -> str:
        return self.bot.text(key, locale, **params)

    async def resources_text(self, guild_id: int, locale: Any) -> str:
        return await server_resources(self.bot.db, self.bot.catalogue, guild_id, str(getattr(locale, "locale", locale)))

    @app_commands.command(name="resources", description="Crisis and support resources")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    async def resources_command(self, interaction: discord.Interaction) -> None:
        """In a server, its own list; in a DM (where check-ins arrive), the default list and the own
        lists of the servers the member uses the bot in."""
        title, locale = self.t("resources.title", interaction), str(interaction.locale)
        other_title = self.t("resources.other_title", interaction)[:256]
        if interaction.guild_id is not None:
            server = await guild_settings.get(self.bot.db, interaction.guild_id)
            other = discord.Embed(
                title=other_title, description=other_support(self.bot.catalogue, locale, server.support_text)
            )
            text = title + "\n" + crisis_resources(self.bot.catalogue, locale, server.resources_text)
            await reply(interaction, text, embeds=[other])
            return
        text = title + "\n" + crisis_resources(self.bot.catalogue, locale, None)
        embeds = [discord.Embed(title=other_title, description=other_support(self.bot.catalogue, locale, None))]
        for guild_id in await engine.guilds_of(self.bot.db, interaction.user.id):
            guild = self.bot.get_guild(guild_id)
            server = await guild_settings.get(self.bot.db, guild_id)
            own = [t for t in (server.resources_text, server.support_text) if t]
            if guild is None or not own or len(embeds) > DM_SERVERS_SHOWN:
                continue
            heading = self.t("resources.from_server", interaction, server=inert(guild.name))
            embeds.append(discord.Embed(title=heading[:256], description="\n\n".join(own)[:2048]))
        await reply(interaction, text, embeds=embeds)

    @app_commands.command(name="support", description="Privately ask your buddy or the support team for support")
    @app_commands.describe(note="Anything you'd like them to know (shared only if you choose)")
    @app_commands.guild_only()
    async def support(self, interaction: discord.Interaction, note: str | None = None) -> None:
        assert interaction.guild_id is not None
        note = clean(note or "") or None
        if note is not None and len(note) > NOTE_MAX:
            raise UserFacingError("support.note_too_long", length=len(note))
        request_id = await self.bot.db.insert(
            "INSERT INTO support_requests (guild_id, user_id, note, created_at) VALUES (?, ?, ?, ?)",
            (interaction.guild_id, interaction.user.id, note, ts(self.bot.clock.now())),
        )
        choices = [
            button(
                f"sp:{choice}:{request_id}",
                self.t(f"support.{choice}", interaction),
                PRIMARY if choice == "team" else 2,
            )
            for choice in ("buddy", "team", "both")
        ]
        # Resources first: whatever they choose, help is already on the screen.
        text = "\n\n".join(
            [
                self.t("support.intro", interaction),
                self.t("support.resources_first", interaction)
                + "\n"
                + await self.resources_text(interaction.guild_id, interaction),
            ]
        )
        await reply(interaction, text, view=_view(rows(choices)))

    async def on_button(self, interaction: discord.Interaction, action: str, args: dict[str, Any]) -> None:
        request_id, note_choice = args["id"], args["note"]
        row = await self.bot.db.fetchone(
            "SELECT guild_id, user_id, note, thread_id FROM support_requests WHERE id = ?", (request_id,)
        )
        if row is None or row["user_id"] != interaction.user.id:
            raise UserFacingError("support.gone")
        guild_id, note = row["guild_id"], row["note"]
        wants_team = action in ("team", "both")
        if wants_team and note and note_choice is None:
            components = rows(
                [
                    button(
                        f"sp:{action}:{request_id}.1", self.t("checkin.buttons.share_with_note", interaction), PRIMARY
                    ),
                    button(f"sp:{action}:{request_id}.0", self.t("checkin.buttons.share_without_note", interaction)),
                ]
            )
            await interaction.response.edit_message(
                content=self.t("support.include_note", interaction), view=_view(components)
            )
            return
        await interaction.response.defer()
        parts = []
        view = None
        if action in ("buddy", "both"):
            told, text = await buddy_notify.let_buddy_know(
                self.bot, guild_id, interaction.user.id, str(interaction.locale)
            )
            parts.append(text)
            if not told and not wants_team:
                # The buddy was not reached: offer the team instead of claiming anything.
                label = self.t("support.team", interaction)
                view = _view(rows([button(f"sp:team:{request_id}", label, PRIMARY)]))
        if wants_team:
            parts.append(await self._tell_team(interaction, request_id, guild_id, note if note_choice == 1 else None))
        parts.append(await self.resources_text(guild_id, interaction))
        await interaction.edit_original_response(content="\n\n".join(parts)[:2000], view=view)

    async def _tell_team(
        self, interaction: discord.Interaction, request_id: int, guild_id: int, note: str | None
    ) -> str:
        """A private thread in the support channel that mentions only the support role."""
        server = await guild_settings.get(self.bot.db, guild_id)
        locale = server.preferred_locale
        shared = self.bot.text("support.thread_note", locale, note=inert(note)) if note else ""
        role = await support_team.role_mention(self.bot, guild_id)
        post = self.bot.text("support.thread_post", locale, role=role, member=f"<@{interaction.user.id}>", note=shared)
        name = self.bot.text("support.thread_name", locale, date=self.bot.clock.now().date().isoformat())
        status, thread_id = await support_team.tell_team(self.bot, guild_id, name=name, post=post.strip())
        if status == "missing":
            return self.t("support.no_team", interaction)
        if status == "failed":
            return self.t("support.team_failed", interaction)
        await self.bot.db.execute("UPDATE support_requests SET thread_id = ? WHERE id = ?", (thread_id, request_id))
        return self.t("support.next_team", interaction)
