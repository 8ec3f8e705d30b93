"""The moderators' /buddy commands (pair, unpair, list, match) and the buttons under their replies.

Discord cannot hide single subcommands of /buddy (which members use), so every command and every
button here re-checks Manage Server when it is used.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

import discord
from discord import app_commands

from bot.aggregates import count_figure
from bot.checks import moderator_only
from bot.components import view_of
from bot.errors import UserFacingError
from bot.member_text import inert
from bot.replies import NO_PINGS, reply
from cogs.buddies import _jobs, storage
from cogs.buddies._buttons import confirm_buttons, list_buttons, replace_buttons
from cogs.buddies._pairings import end_group, invite, names

if TYPE_CHECKING:
    from bot.bot import CheckinBot

PAGE = 10
MAX_ID = 2**63 - 1


class ModerationMixin:
    bot: CheckinBot

    @app_commands.command(name="pair", description="Suggest a pairing; it starts when everyone accepts")
    @moderator_only()
    async def pair_members(
        self,
        interaction: discord.Interaction,
        first: discord.User,
        second: discord.User,
        third: discord.User | None = None,
    ) -> None:
        assert interaction.guild_id is not None
        chosen = [m for m in (first, second, third) if m is not None]
        _check_pairable(chosen)
        ids = tuple(m.id for m in chosen)
        await self._check_not_avoided(interaction.guild_id, ids)
        busy = [u for u in ids if await storage.open_group(self.bot.db, interaction.guild_id, u)]
        if busy:
            text = self.bot.text("buddy.pair.busy", interaction, names=names(busy))
            await reply(interaction, text, view=view_of(replace_buttons(self.bot, interaction, ids)))
            return
        await self._propose(interaction, ids)

    async def _check_not_avoided(self, guild_id: int, ids: tuple[int, ...]) -> None:
        """A member's never-pair list holds for moderators too; the moderator is told only that it can't be."""
        if await storage.avoid_pairs(self.bot.db, self.bot.keys, guild_id, list(ids)):
            raise UserFacingError("buddy.pair.not_possible")

    async def _propose(self, interaction: discord.Interaction, ids: tuple[int, ...]) -> None:
        assert interaction.guild_id is not None and interaction.guild is not None
        if not interaction.response.is_done():
            await interaction.response.defer(ephemeral=True, thinking=True)
        group_id = await storage.create_group(
            self.bot.db, interaction.guild_id, ids, self.bot.clock.now(), status="proposed",
            proposed_by=interaction.user.id,
        )  # fmt: skip
        await invite(self.bot, group_id, ids, interaction.guild.name)
        content = self.bot.text("buddy.pair.proposed", interaction, names=names(ids))
        if interaction.type == discord.InteractionType.application_command:
            await interaction.edit_original_response(content=content)
        else:
            await interaction.followup.send(content, ephemeral=True, allowed_mentions=NO_PINGS)

    async def replace(self, interaction: discord.Interaction, ids: tuple[int, ...]) -> None:
        """End the current pairings of the members a moderator chose, then propose theirs."""
        assert interaction.guild_id is not None
        if len(set(ids)) != len(ids) or any(u > MAX_ID for u in ids):
            raise UserFacingError("buddy.pair.gone")
        await self._check_not_avoided(interaction.guild_id, ids)
        await interaction.response.edit_message(content=self.bot.text("buddy.pair.replacing", interaction), view=None)
        for user_id in ids:
            group = await storage.open_group(self.bot.db, interaction.guild_id, user_id)
            if group is not None:
                await end_group(self.bot, group, ended_by=None)
        await self._propose(interaction, ids)

    async def cancel(self, interaction: discord.Interaction) -> None:
        await interaction.response.edit_message(content=self.bot.text("buddy.pair.cancelled", interaction), view=None)

    @app_commands.command(name="unpair", description="End a member's current pairing")
    @moderator_only()
    async def unpair(self, interaction: discord.Interaction, member: discord.User) -> None:
        assert interaction.guild_id is not None
        group = await storage.active_group(self.bot.db, interaction.guild_id, member.id)
        name = inert(member.display_name)
        if group is None:
            raise UserFacingError("buddy.pair.unpair_none", name=name)
        await interaction.response.defer(ephemeral=True, thinking=True)
        await end_group(self.bot, group, ended_by=None)
        await interaction.edit_original_response(content=self.bot.text("buddy.pair.unpaired", interaction, name=name))

    # ---- the list ----------------------------------------------------------------------------------

    @app_commands.command(name="list", description="See current pairings")
    @moderator_only()
    async def list_pairings(self, interaction: discord.Interaction) -> None:
        content, buttons = await self._list_page(interaction, 0)
        await reply(interaction, content, view=view_of(buttons) if buttons else None)

    async def show_list_page(self, interaction: discord.Interaction, page: int) -> None:
        content, buttons = await self._list_page(interaction, page)
        await interaction.response.edit_message(content=content, view=view_of(buttons) if buttons else None)

    async def _list_page(self, interaction: discord.Interaction, page: int) -> tuple[str, list[dict[str, Any]]]:
        assert interaction.guild_id is not None
        groups = await storage.active_groups(self.bot.db, interaction.guild_id)
        if not groups:
            return self.bot.text("buddy.list.empty", interaction), []
        pages = math.ceil(len(groups) / PAGE)
        page = max(0, min(page, pages - 1))
        lines = [
            self.bot.text("buddy.list.title", interaction, page=page + 1, pages=pages),
            await self._connection_line(interaction, interaction.guild_id),
        ]
        for index, group in enumerate(groups[page * PAGE : (page + 1) * PAGE], start=page * PAGE + 1):
            since = group.started_at.date().isoformat() if group.started_at else "?"
            lines.append(
                self.bot.text("buddy.list.line", interaction, index=index, names=names(group.members), since=since)
            )
        return "\n".join(lines), list_buttons(self.bot, interaction, page, pages)

    async def _connection_line(self, interaction: discord.Interaction, guild_id: int) -> str:
        counts = await storage.connection_counts(self.bot.db, guild_id)

        def shown(answer: str) -> str:  # the same rule as /insights: no cell from fewer than 5 members
            figure = count_figure(counts.get(answer, 0))
            return self.bot.text("insights.few", interaction) if figure.value is None else f"{figure.value:.0f}"

        return self.bot.text(
            "buddy.list.connected", interaction,
            yes=shown("yes"), not_yet=shown("not_yet"), not_working=shown("not_working"),
        )  # fmt: skip

    # ---- a round, previewed ----------------------------------------------------------------------

    @app_commands.command(name="match", description="Run automatic matching now, with a preview")
    @moderator_only()
    async def match_now(self, interaction: discord.Interaction) -> None:
        assert interaction.guild_id is not None
        seed = int(self.bot.clock.now().timestamp())
        plan = await _jobs.plan(self.bot, interaction.guild_id, seed)
        if plan is None:
            count = len(await storage.pool(self.bot.db, interaction.guild_id, self.bot.clock.now()))
            raise UserFacingError("buddy.match.too_few", count=count)
        groups, unmatched = plan
        lines = "\n".join(f"{i}. {names(g)}" for i, g in enumerate(groups, start=1))
        extra = self.bot.text("buddy.match.unmatched", interaction, names=names(unmatched)) if unmatched else ""
        text = self.bot.text("buddy.match.preview", interaction, count=len(groups), lines=lines, unmatched=extra)
        buttons = confirm_buttons(self.bot, interaction, seed, _jobs.fingerprint(groups))
        await reply(interaction, text[:2000], view=view_of(buttons))

    async def confirm_round(self, interaction: discord.Interaction, seed: int, fingerprint: str) -> None:
        assert interaction.guild_id is not None
        plan = await _jobs.plan(self.bot, interaction.guild_id, seed)
        if plan is None or _jobs.fingerprint(plan[0]) != fingerprint:
            # The pool changed since the preview: never pair people the moderator did not see.
            expired = self.bot.text("buddy.match.expired", interaction)
            await interaction.response.edit_message(content=expired, view=None)
            return
        await interaction.response.defer()
        count = await _jobs.run_round(self.bot, interaction.guild_id, seed=seed)
        done = self.bot.text("buddy.match.done", interaction, count=count)
        await interaction.edit_original_response(content=done, view=None)


def _check_pairable(chosen: list[discord.User]) -> None:
    if len({m.id for m in chosen}) != len(chosen):
        raise UserFacingError("buddy.pair.self")
    for member in chosen:
        name = inert(member.display_name)
        if member.bot:
            raise UserFacingError("buddy.pair.bot", name=name)
        if not isinstance(member, discord.Member):
            raise UserFacingError("buddy.pair.not_member", name=name)
