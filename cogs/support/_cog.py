"""/support: privately ask your buddy or the support team for a hand; /resources."""

from __future__ import annotations

from typing import TYPE_CHECKING

import discord
from discord import app_commands
from discord.ext import commands

from bot import guild_settings, support_team
from bot.care import care_for
from bot.components import PRIMARY, SECONDARY, rows, view_of
from bot.engine import storage as engine
from bot.errors import UserFacingError
from bot.member_text import clean, inert
from bot.replies import reply
from bot.resources import crisis_resources, other_support, server_resources
from cogs.buddies import notify as buddy_notify
from cogs.support import storage
from cogs.support._buttons import CHOICES, Both, Buddy, Team

if TYPE_CHECKING:
    from bot.bot import CheckinBot

NOTE_MAX = 1000
DM_SERVERS_SHOWN = 5  # embeds per message stay well within Discord's 6,000 characters


class SupportCog(commands.Cog):
    dynamic_items = (Buddy, Team, Both)

    def __init__(self, bot: CheckinBot) -> None:
        self.bot = bot

    async def _resources(self, guild_id: int, interaction: discord.Interaction) -> str:
        return await server_resources(self.bot.db, self.bot.catalogue, guild_id, str(interaction.locale))

    @app_commands.command(name="resources", description="Crisis and support resources")
    @app_commands.allowed_contexts(guilds=True, dms=True, private_channels=False)
    async def resources_command(self, interaction: discord.Interaction) -> None:
        """In a server, its own list; in a DM (where check-ins arrive), the default list and the own
        lists of the servers the member uses the bot in."""
        title, locale = self.bot.text("resources.title", interaction), str(interaction.locale)
        other_title = self.bot.text("resources.other_title", interaction)[:256]
        server = await guild_settings.get(self.bot.db, interaction.guild_id) if interaction.guild_id else None
        own_crisis, own_other = (server.resources_text, server.support_text) if server else (None, None)
        text = title + "\n" + crisis_resources(self.bot.catalogue, locale, own_crisis)
        embeds = [discord.Embed(title=other_title, description=other_support(self.bot.catalogue, locale, own_other))]
        if server is None:
            embeds += await self._servers_own(interaction, DM_SERVERS_SHOWN)
        await reply(interaction, text, embeds=embeds)

    async def _servers_own(self, interaction: discord.Interaction, most: int) -> list[discord.Embed]:
        """The own lists of the servers the member uses the bot in, one embed each."""
        embeds: list[discord.Embed] = []
        for guild_id in await engine.guilds_of(self.bot.db, interaction.user.id):
            guild = self.bot.get_guild(guild_id)
            server = await guild_settings.get(self.bot.db, guild_id)
            own = [t for t in (server.resources_text, server.support_text) if t]
            if guild is None or not own or len(embeds) >= most:
                continue
            heading = self.bot.text("resources.from_server", interaction, server=inert(guild.name))
            embeds.append(discord.Embed(title=heading[:256], description="\n\n".join(own)[:2048]))
        return embeds

    @app_commands.command(name="support", description="Privately ask your buddy or the support team for support")
    @app_commands.describe(note="Anything you'd like them to know (shared only if you choose)")
    @app_commands.guild_only()
    async def support(self, interaction: discord.Interaction, note: str | None = None) -> None:
        assert interaction.guild_id is not None
        note = clean(note or "") or None
        if note is not None and len(note) > NOTE_MAX:
            raise UserFacingError("support.note_too_long", length=len(note))
        request_id = await storage.create(
            self.bot.db, interaction.guild_id, interaction.user.id, note, self.bot.clock.now()
        )
        choices = [
            kind.make(
                self.bot.text(f"support.{action}", interaction),
                PRIMARY if action == "team" else SECONDARY,
                id=request_id,
            )
            for action, kind in CHOICES.items()
        ]
        locale = self.bot.catalogue_locale(interaction)
        care = await care_for(self.bot.db, self.bot.catalogue, interaction.guild_id, locale, note)
        if care is not None:
            # Words that signal more: care and the crisis lines first, then the choices.
            text = care.text + "\n\n" + self.bot.text("support.intro", interaction)
        else:
            # Resources first: whatever they choose, help is already on the screen.
            resources = await self._resources(interaction.guild_id, interaction)
            text = "\n\n".join(
                [
                    self.bot.text("support.intro", interaction),
                    self.bot.text("support.resources_first", interaction) + "\n" + resources,
                ]
            )
        await reply(interaction, text, view=view_of(rows(choices)))

    async def choose(self, interaction: discord.Interaction, action: str, request_id: int, note: int | None) -> None:
        """A press on one of the choices: only the member who asked may choose, and the team sees the
        note only if the member said so."""
        request = await storage.get(self.bot.db, request_id)
        if request is None or request.user_id != interaction.user.id:
            raise UserFacingError("support.gone")
        wants_team = action in ("team", "both")
        if wants_team and request.note and note is None:
            await self._ask_about_note(interaction, action, request_id)
            return
        await interaction.response.defer()
        parts = []
        view = None
        if action in ("buddy", "both"):
            told, text = await buddy_notify.let_buddy_know(
                self.bot, request.guild_id, interaction.user.id, str(interaction.locale)
            )
            parts.append(text)
            if not told and not wants_team:
                # The buddy was not reached: offer the team instead of claiming anything.
                view = view_of(rows([Team.make(self.bot.text("support.team", interaction), PRIMARY, id=request_id)]))
        if wants_team:
            parts.append(await self._tell_team(interaction, request, request.note if note == 1 else None))
        parts.append(await self._resources(request.guild_id, interaction))
        await interaction.edit_original_response(content="\n\n".join(parts)[:2000], view=view)

    async def _ask_about_note(self, interaction: discord.Interaction, action: str, request_id: int) -> None:
        kind = CHOICES[action]
        components = rows(
            [
                kind.make(
                    self.bot.text("checkin.buttons.share_with_note", interaction), PRIMARY, id=request_id, note=1
                ),
                kind.make(self.bot.text("checkin.buttons.share_without_note", interaction), id=request_id, note=0),
            ]
        )
        await interaction.response.edit_message(
            content=self.bot.text("support.include_note", interaction), view=view_of(components)
        )

    async def _tell_team(self, interaction: discord.Interaction, request: storage.Request, note: str | None) -> str:
        """A private thread in the support channel that mentions only the support role."""
        server = await guild_settings.get(self.bot.db, request.guild_id)
        locale = server.preferred_locale
        shared = self.bot.text("support.thread_note", locale, note=inert(note)) if note else ""
        role = await support_team.role_mention(self.bot, request.guild_id)
        post = self.bot.text("support.thread_post", locale, role=role, member=f"<@{interaction.user.id}>", note=shared)
        name = self.bot.text("support.thread_name", locale, date=self.bot.clock.now().date().isoformat())
        status, thread_id = await support_team.tell_team(self.bot, request.guild_id, name=name, post=post.strip())
        if status == "missing":
            return self.bot.text("support.no_team", interaction)
        if status == "failed":
            return self.bot.text("support.team_failed", interaction)
        await storage.set_thread(self.bot.db, request.id, thread_id)
        return self.bot.text("support.next_team", interaction)
