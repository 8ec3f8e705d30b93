"""Buttons, selects, modals, deferrals and followups through the sandbox, with a throwaway cog."""

from __future__ import annotations

import aiohttp
import discord
import pytest
from discord import app_commands
from discord.ext import commands

from bot.bot import CheckinBot
from bot.sandbox import Actor, Sandbox, SandboxError
from tests.conftest import Community, make_community, start_bot, stop_bot


class NoteModal(discord.ui.Modal, title="A note"):
    note = discord.ui.TextInput(label="Note", max_length=20)

    async def on_submit(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message(f"noted: {self.note.value}", ephemeral=True)


class Panel(discord.ui.View):
    def __init__(self) -> None:
        super().__init__(timeout=None)

    @discord.ui.button(label="Open form", custom_id="t:form")
    async def form(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.send_modal(NoteModal())

    @discord.ui.button(label="Change", custom_id="t:change")
    async def change(self, interaction: discord.Interaction, button: discord.ui.Button) -> None:
        await interaction.response.edit_message(content="changed", view=None)

    @discord.ui.select(placeholder="Pick one", custom_id="t:pick", options=[discord.SelectOption(label="a")])
    async def pick(self, interaction: discord.Interaction, select: discord.ui.Select) -> None:
        await interaction.response.send_message(f"picked {select.values[0]}", ephemeral=True)

    @discord.ui.select(cls=discord.ui.ChannelSelect, placeholder="Pick a channel", custom_id="t:channel")
    async def channel(self, interaction: discord.Interaction, select: discord.ui.ChannelSelect) -> None:
        await interaction.response.send_message(f"channel {select.values[0].name}", ephemeral=True)


class Playground(commands.Cog):
    @app_commands.command(name="panel", description="test panel")
    async def panel(self, interaction: discord.Interaction) -> None:
        await interaction.response.send_message("panel", view=Panel(), ephemeral=True)

    @app_commands.command(name="slow", description="deferred then followups")
    async def slow(self, interaction: discord.Interaction) -> None:
        await interaction.response.defer(ephemeral=True, thinking=True)
        await interaction.edit_original_response(content="done thinking")
        await interaction.followup.send("and one more", ephemeral=True)

    @app_commands.command(name="dm", description="DM me")
    async def dm(self, interaction: discord.Interaction) -> None:
        await interaction.user.send("a DM with a button", view=Panel())
        await interaction.response.send_message("sent", ephemeral=True)


@pytest.fixture
async def playground(own_sandbox: Sandbox, tmp_path) -> tuple[CheckinBot, Community]:
    bot, task = await start_bot(own_sandbox, tmp_path / "p.sqlite3", command_sync="off")
    await bot.add_cog(Playground())
    bot.add_view(Panel())
    await bot.tree.sync()
    try:
        yield bot, await make_community(own_sandbox, bot)
    finally:
        await stop_bot(bot, task)


async def test_buttons_selects_and_modals(playground: tuple[CheckinBot, Community]) -> None:
    _, community = playground
    alex = community.as_(community.alex)
    panel = (await alex.slash("panel")).message
    assert panel is not None and panel.labels() == ["Open form", "Change", "Pick one", "Pick a channel"]

    opened = await alex.click(panel, "Open form")
    assert opened.modal is not None and opened.modal["title"] == "A note"
    with pytest.raises(SandboxError, match="longer than 20"):
        await alex.submit(opened, {"Note": "x" * 21})
    submitted = await alex.submit(opened, {"Note": "hello"})
    assert submitted.content == "noted: hello" and submitted.ephemeral

    picked = await alex.select(panel, "Pick one", "a")
    assert picked.content == "picked a"
    chose = await alex.select(panel, "Pick a channel", community.general)
    assert chose.content == "channel general"

    changed = await alex.click(panel, "Change")
    assert changed.message is panel and panel.content == "changed" and panel.components == []
    with pytest.raises(SandboxError, match="no \\[Change\\]"):
        await alex.click(panel, "Change")


async def test_deferred_response_and_followup(playground: tuple[CheckinBot, Community]) -> None:
    _, community = playground
    result = await community.as_(community.alex).slash("slow")
    assert result.content == "done thinking"
    followups = await result.wait_followups(1)
    assert [m.content for m in followups] == ["and one more"]
    assert all(m.ephemeral for m in result.messages)


async def test_buttons_in_dms_and_other_members_cannot_click_ephemeral(
    own_sandbox: Sandbox, playground: tuple[CheckinBot, Community]
) -> None:
    _, community = playground
    await community.as_(community.alex).slash("dm")
    dm = await Actor(own_sandbox, community.alex).next_dm()
    result = await Actor(own_sandbox, community.alex).click(dm, "Change")
    assert result.message is dm and dm.content == "changed"
    panel = (await community.as_(community.alex).slash("panel")).message
    assert panel is not None
    with pytest.raises(SandboxError, match="cannot see"):
        await community.as_(community.sam).click(panel, "Change")


async def test_dropped_http_connection_surfaces_as_an_error(
    own_sandbox: Sandbox, playground: tuple[CheckinBot, Community]
) -> None:
    bot, community = playground
    channel = await bot.create_dm(discord.Object(community.alex.id))
    own_sandbox.drop_connections(count=1, path_contains=f"/channels/{channel.id}/messages")
    with pytest.raises(aiohttp.ClientError):
        await channel.send("lost in transit")
    await channel.send("second try")
    assert [m.content for m in own_sandbox.dms_to(community.alex)] == ["second try"]
