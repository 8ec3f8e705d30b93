"""The sandbox refuses what Discord refuses: message, component, embed, modal and autocomplete limits."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord
import pytest

from bot.sandbox import Channel, Guild, Sandbox, User, limits
from bot.sandbox.model import compute_pings
from bot.sandbox.server import Interaction

# ---- payload builders ------------------------------------------------------------------------------


def button(custom_id: str = "b", label: str = "Go", **extra: Any) -> dict[str, Any]:
    return {"type": 2, "style": 1, "label": label, "custom_id": custom_id, **extra}


def row(*components: dict[str, Any]) -> dict[str, Any]:
    return {"type": 1, "components": list(components)}


def select(custom_id: str = "s", options: int = 2, **extra: Any) -> dict[str, Any]:
    choices = [{"label": f"option {i}", "value": str(i)} for i in range(options)]
    return {"type": 3, "custom_id": custom_id, "options": choices, **extra}


def text_input(custom_id: str = "t", label: str = "Note", **extra: Any) -> dict[str, Any]:
    return {"type": 4, "custom_id": custom_id, "style": 1, "label": label, **extra}


def modal(title: str = "A form", rows: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:
    return {"custom_id": "form", "title": title, "components": rows or [row(text_input())], **extra}


def codes(problems: list[limits.Problem]) -> list[tuple[str, str]]:
    return [(".".join(str(p) for p in problem.path), problem.code) for problem in problems]


# ---- unit tests of limits.py -----------------------------------------------------------------------


def test_content_up_to_2000_characters() -> None:
    assert limits.message_problems({"content": "x" * 2000}) == []
    assert codes(limits.message_problems({"content": "x" * 2001})) == [("content", "BASE_TYPE_MAX_LENGTH")]
    (problem,) = limits.message_problems({"content": "x" * 2001})
    assert str(problem) == "In content: Must be 2000 or fewer in length. (got 2001 characters)"


def test_an_empty_message_is_refused_on_create_only() -> None:
    for body in ({}, {"content": ""}, {"content": "   \n"}, {"content": None, "embeds": [], "components": []}):
        with pytest.raises(limits.EmptyMessage) as refused:
            limits.check_message(body, creating=True)
        assert refused.value.payload() == {"code": 50006, "message": "Cannot send an empty message"}
        limits.check_message(body, creating=False)
    limits.check_message({}, files=1, creating=True)
    limits.check_message({"embeds": [{"title": "t"}]}, creating=True)
    limits.check_message({"components": [row(button())]}, creating=True)


def test_invalid_form_body_has_discords_shape() -> None:
    body = {"content": "x" * 2001, "components": [row(button(label="l" * 81))]}
    with pytest.raises(limits.InvalidFormBody) as refused:
        limits.check_message(body, creating=True)
    assert refused.value.status == 400
    assert refused.value.payload() == {
        "code": 50035,
        "message": "Invalid Form Body",
        "errors": {
            "content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 2000 or fewer in length."}]},
            "components": {
                "0": {
                    "components": {
                        "0": {
                            "label": {
                                "_errors": [
                                    {"code": "BASE_TYPE_MAX_LENGTH", "message": "Must be 80 or fewer in length."}
                                ]
                            }
                        }
                    }
                }
            },
        },
    }


def test_action_rows_and_buttons() -> None:
    five_rows = [row(button(f"r{i}")) for i in range(5)]
    assert limits.components_problems(five_rows, ("components",)) == []
    six_rows = [row(button(f"r{i}")) for i in range(6)]
    assert codes(limits.components_problems(six_rows, ("components",))) == [("components", "BASE_TYPE_MAX_LENGTH")]
    five = row(*(button(f"b{i}") for i in range(5)))
    assert limits.components_problems([five], ("components",)) == []
    six = row(*(button(f"b{i}") for i in range(6)))
    assert codes(limits.components_problems([six], ("components",))) == [
        ("components.0.components", "BASE_TYPE_BAD_LENGTH")
    ]
    assert codes(limits.components_problems([row()], ("components",))) == [
        ("components.0.components", "BASE_TYPE_BAD_LENGTH")
    ]
    not_a_row = limits.components_problems([button()], ("components",))
    assert codes(not_a_row) == [("components.0", "UNION_TYPE_CHOICES")]


def test_a_select_is_alone_in_its_row() -> None:
    assert limits.components_problems([row(select())], ("components",)) == []
    crowded = limits.components_problems([row(select(), button())], ("components",))
    assert codes(crowded) == [("components.0.components.1", "COMPONENT_LAYOUT_WIDTH_EXCEEDED")]
    assert codes(limits.components_problems([row(button(), select())], ("c",))) == [
        ("c.0.components.1", "COMPONENT_LAYOUT_WIDTH_EXCEEDED")
    ]


def test_button_label_and_custom_id() -> None:
    def problems(*buttons: dict[str, Any]) -> list[tuple[str, str]]:
        return codes(limits.components_problems([row(*buttons)], ("components",)))

    assert problems(button(label="l" * 80, custom_id="c" * 100)) == []
    assert problems(button(label="l" * 81)) == [("components.0.components.0.label", "BASE_TYPE_MAX_LENGTH")]
    assert problems(button(custom_id="c" * 101)) == [("components.0.components.0.custom_id", "BASE_TYPE_BAD_LENGTH")]
    assert problems(button(custom_id="")) == [("components.0.components.0.custom_id", "BASE_TYPE_REQUIRED")]
    no_id = {"type": 2, "style": 2, "label": "Go"}
    assert problems(no_id) == [("components.0.components.0.custom_id", "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED")]
    link = {"type": 2, "style": 5, "label": "Docs", "url": "https://example.com"}
    assert problems(link) == []
    assert problems({**link, "url": None}) == [("components.0.components.0.url", "BASE_TYPE_REQUIRED")]
    assert problems(button("same"), button("same")) == [
        ("components.0.components.1.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED")
    ]
    across_rows = limits.components_problems([row(button("same")), row(select("same"))], ("components",))
    assert codes(across_rows) == [("components.1.components.0.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED")]


def test_select_menus() -> None:
    def problems(component: dict[str, Any]) -> list[tuple[str, str]]:
        return codes(limits.components_problems([row(component)], ("c",)))

    assert problems(select(options=25, placeholder="p" * 150, min_values=1, max_values=25)) == []
    assert problems(select(placeholder="p" * 151)) == [("c.0.components.0.placeholder", "BASE_TYPE_MAX_LENGTH")]
    assert problems(select(options=0)) == [("c.0.components.0.options", "BASE_TYPE_BAD_LENGTH")]
    assert problems(select(options=26)) == [("c.0.components.0.options", "BASE_TYPE_BAD_LENGTH")]
    long_label = select()
    long_label["options"] = [{"label": "l" * 101, "value": "v", "description": "d" * 101}]
    assert problems(long_label) == [
        ("c.0.components.0.options.0.label", "BASE_TYPE_BAD_LENGTH"),
        ("c.0.components.0.options.0.description", "BASE_TYPE_MAX_LENGTH"),
    ]
    assert problems(select(min_values=3, max_values=2, options=5)) == [
        ("c.0.components.0.min_values", "NUMBER_TYPE_MAX")
    ]
    assert problems(select(max_values=26, options=25)) == [("c.0.components.0.max_values", "NUMBER_TYPE_MAX")]
    assert problems(select(max_values=3, options=2)) == [("c.0.components.0.max_values", "NUMBER_TYPE_MAX")]
    twice = select()
    twice["options"][1]["value"] = "0"
    assert problems(twice) == [("c.0.components.0.options.1.value", "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED")]
    assert problems({"type": 8, "custom_id": "channel", "placeholder": "Pick a channel"}) == []


def test_embed_limits() -> None:
    def problems(*embeds: dict[str, Any]) -> list[tuple[str, str]]:
        return codes(limits.message_problems({"embeds": list(embeds)}))

    full = {
        "title": "t" * 256,
        "description": "d" * 4096,
        "footer": {"text": "f" * 1000},
        "author": {"name": "a" * 256},
        "fields": [{"name": "n", "value": "v" * 10}] * 25,
    }
    assert problems(full) == []
    assert problems({"description": "d" * 4097}) == [("embeds.0.description", "BASE_TYPE_MAX_LENGTH")]
    assert problems({"title": "t" * 257}) == [("embeds.0.title", "BASE_TYPE_MAX_LENGTH")]
    assert problems({"fields": [{"name": "n", "value": "v"}] * 26}) == [("embeds.0.fields", "BASE_TYPE_MAX_LENGTH")]
    assert problems({"fields": [{"name": "n" * 257, "value": "v" * 1025}]}) == [
        ("embeds.0.fields.0.name", "BASE_TYPE_MAX_LENGTH"),
        ("embeds.0.fields.0.value", "BASE_TYPE_MAX_LENGTH"),
    ]
    assert problems({"fields": [{"name": "n", "value": ""}]}) == [("embeds.0.fields.0.value", "BASE_TYPE_REQUIRED")]
    assert problems({"footer": {"text": "f" * 2049}}) == [("embeds.0.footer.text", "BASE_TYPE_MAX_LENGTH")]
    assert problems({"author": {"name": "a" * 257}}) == [("embeds.0.author.name", "BASE_TYPE_MAX_LENGTH")]
    assert problems(*[{"title": "t"}] * 10) == []
    assert problems(*[{"title": "t"}] * 11) == [("embeds", "BASE_TYPE_MAX_LENGTH")]
    # The 6,000 characters are summed over every embed of the message; whitespace is trimmed first.
    assert problems({"description": "d" * 3000}, {"description": "d" * 3000}) == []
    assert problems({"description": "d" * 3000}, {"description": "d" * 3000, "title": "t"}) == [
        ("embeds", "MAX_EMBED_SIZE_EXCEEDED")
    ]
    assert problems({"description": "d" * 3000 + "   "}, {"description": "  " + "d" * 3000}) == []
    assert limits.embed_text_length(full) == 256 + 4096 + 1000 + 256 + 25 * 11


def test_attachments_stickers_and_nonce() -> None:
    assert limits.message_problems({"content": "x"}, files=10) == []
    assert codes(limits.message_problems({"content": "x"}, files=11)) == [("attachments", "BASE_TYPE_MAX_LENGTH")]
    eleven = [{"id": i, "filename": f"{i}.png"} for i in range(11)]
    assert codes(limits.message_problems({"attachments": eleven})) == [("attachments", "BASE_TYPE_MAX_LENGTH")]
    assert codes(limits.message_problems({"sticker_ids": ["1", "2", "3", "4"]})) == [
        ("sticker_ids", "BASE_TYPE_MAX_LENGTH")
    ]
    assert codes(limits.message_problems({"content": "x", "nonce": "n" * 26})) == [("nonce", "BASE_TYPE_MAX_LENGTH")]


def test_components_v2_messages() -> None:
    v2 = limits.IS_COMPONENTS_V2
    text = {"type": 10, "content": "hello"}
    assert limits.message_problems({"flags": v2, "components": [text, row(button())]}) == []
    assert codes(limits.message_problems({"flags": v2, "content": "hi", "components": [text]})) == [
        ("content", "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2")
    ]
    many = [{"type": 17, "components": [text] * 20}, {"type": 17, "components": [text] * 19}]
    assert codes(limits.message_problems({"flags": v2, "components": many})) == [("components", "BASE_TYPE_MAX_LENGTH")]
    # Without the flag only action rows may be top level.
    assert codes(limits.message_problems({"components": [text]})) == [("components.0", "UNION_TYPE_CHOICES")]


def test_modal_limits() -> None:
    assert limits.modal_problems(modal(title="t" * 45)) == []
    assert codes(limits.modal_problems(modal(title="t" * 46))) == [("data.title", "BASE_TYPE_BAD_LENGTH")]
    assert codes(limits.modal_problems(modal(title=""))) == [("data.title", "BASE_TYPE_REQUIRED")]
    assert codes(limits.modal_problems(modal(custom_id="c" * 101))) == [("data.custom_id", "BASE_TYPE_BAD_LENGTH")]
    six = [row(text_input(f"t{i}")) for i in range(6)]
    assert codes(limits.modal_problems(modal(rows=six))) == [("data.components", "BASE_TYPE_BAD_LENGTH")]
    assert codes(limits.modal_problems({**modal(), "components": []})) == [("data.components", "BASE_TYPE_BAD_LENGTH")]
    two_in_a_row = row(text_input("a"), text_input("b"))
    assert codes(limits.modal_problems(modal(rows=[two_in_a_row]))) == [
        ("data.components.0.components", "BASE_TYPE_BAD_LENGTH")
    ]
    field = text_input(label="l" * 46, placeholder="p" * 101, value="v" * 4001, min_length=-1, max_length=4001)
    assert codes(limits.modal_problems(modal(rows=[row(field)]))) == [
        ("data.components.0.components.0.label", "BASE_TYPE_BAD_LENGTH"),
        ("data.components.0.components.0.placeholder", "BASE_TYPE_MAX_LENGTH"),
        ("data.components.0.components.0.value", "BASE_TYPE_MAX_LENGTH"),
        ("data.components.0.components.0.min_length", "NUMBER_TYPE_MIN"),
        ("data.components.0.components.0.max_length", "NUMBER_TYPE_MAX"),
    ]
    ok = text_input(min_length=0, max_length=4000, value="v" * 4000, placeholder="p" * 100, label="l" * 45)
    assert limits.modal_problems(modal(rows=[row(ok)])) == []
    assert codes(limits.modal_problems(modal(rows=[row(text_input(min_length=10, max_length=5))]))) == [
        ("data.components.0.components.0.min_length", "NUMBER_TYPE_MAX")
    ]
    assert codes(limits.modal_problems(modal(rows=[row(text_input("x")), row(text_input("x"))]))) == [
        ("data.components.1.components.0.custom_id", "COMPONENT_CUSTOM_ID_DUPLICATED")
    ]
    assert codes(limits.modal_problems(modal(rows=[row(button())]))) == [
        ("data.components.0.components.0", "UNION_TYPE_CHOICES")
    ]


def test_modal_label_components() -> None:
    labelled = {"type": 18, "label": "Your note", "description": "d" * 100, "component": text_input(label=None)}
    assert limits.modal_problems(modal(rows=[labelled, {"type": 18, "label": "Pick", "component": select()}])) == []
    assert codes(limits.modal_problems(modal(rows=[{**labelled, "label": "l" * 46}]))) == [
        ("data.components.0.label", "BASE_TYPE_BAD_LENGTH")
    ]
    assert codes(limits.modal_problems(modal(rows=[{**labelled, "description": "d" * 101}]))) == [
        ("data.components.0.description", "BASE_TYPE_MAX_LENGTH")
    ]
    disabled = {"type": 18, "label": "Pick", "component": select(disabled=True)}
    assert codes(limits.modal_problems(modal(rows=[disabled]))) == [
        ("data.components.0.component.disabled", "COMPONENT_INVALID")
    ]


def test_autocomplete_limits() -> None:
    choices = [{"name": f"choice {i}", "value": str(i)} for i in range(25)]
    assert limits.autocomplete_problems({"choices": choices}) == []
    assert (
        limits.autocomplete_problems({"choices": [{"name": "n" * 100, "value": "v" * 100}, {"name": "i", "value": 7}]})
        == []
    )
    assert codes(limits.autocomplete_problems({"choices": [*choices, {"name": "x", "value": "x"}]})) == [
        ("data.choices", "BASE_TYPE_MAX_LENGTH")
    ]
    assert codes(
        limits.autocomplete_problems({"choices": [{"name": "n" * 101, "value": "v" * 101}, {"name": "", "value": "e"}]})
    ) == [
        ("data.choices.0.name", "BASE_TYPE_BAD_LENGTH"),
        ("data.choices.0.value", "BASE_TYPE_MAX_LENGTH"),
        ("data.choices.1.name", "BASE_TYPE_REQUIRED"),
    ]


def test_interaction_responses() -> None:
    limits.check_interaction_response({"type": 5, "data": {"flags": 64}})
    limits.check_interaction_response({"type": 6})
    with pytest.raises(limits.EmptyMessage):
        limits.check_interaction_response({"type": 4, "data": {}})
    with pytest.raises(limits.InvalidFormBody) as refused:
        limits.check_interaction_response({"type": 7, "data": {"content": "x" * 2001}})
    assert codes(refused.value.problems) == [("data.content", "BASE_TYPE_MAX_LENGTH")]
    with pytest.raises(limits.InvalidFormBody) as refused:
        limits.check_interaction_response({"type": 9, "data": modal(title="t" * 46)})
    assert codes(refused.value.problems) == [("data.title", "BASE_TYPE_BAD_LENGTH")]
    with pytest.raises(limits.InvalidFormBody):
        limits.check_interaction_response({"type": 8, "data": {"choices": [{"name": "", "value": "v"}]}})
    with pytest.raises(limits.InvalidFormBody):
        limits.check_interaction_response({"type": 3})


def test_thread_names() -> None:
    assert limits.thread_problems({"name": "n" * 100, "auto_archive_duration": 10080}) == []
    assert codes(limits.thread_problems({"name": "n" * 101})) == [("name", "BASE_TYPE_BAD_LENGTH")]
    assert codes(limits.thread_problems({"name": ""})) == [("name", "BASE_TYPE_REQUIRED")]
    assert codes(limits.thread_problems({"name": "n", "auto_archive_duration": 5})) == [
        ("auto_archive_duration", "BASE_TYPE_CHOICES")
    ]


def test_escaped_mentions_ping_nobody() -> None:
    assert compute_pings(r"\<@123> \<@!124> \<@&5> \@everyone \@here", None, None) == []
    assert compute_pings(r"<@123> \\<@124> \\\@everyone @here", None, None) == ["user:123", "user:124", "@here"]
    assert compute_pings(r"hi \<@123> and <@123>", {"parse": ["users"]}, None) == ["user:123"]


# ---- end to end, over HTTP, through a running sandbox ----------------------------------------------


@dataclass
class World:
    sandbox: Sandbox
    http: aiohttp.ClientSession
    guild: Guild
    channel: Channel
    member: User

    @property
    def api(self) -> str:
        return self.sandbox.api_base_url

    async def call(self, method: str, path: str, body: Any = None) -> tuple[int, Any]:
        headers = {"Authorization": "Bot " + self.sandbox.token}
        async with self.http.request(method, self.api + path, json=body, headers=headers) as response:
            text = await response.text()
            return response.status, (await response.json() if text else None)

    async def post(self, body: dict[str, Any]) -> tuple[int, Any]:
        return await self.call("POST", f"/channels/{self.channel.id}/messages", body)

    def interaction(self) -> Interaction:
        return self.sandbox.new_interaction(type=2, user=self.member, guild=self.guild, channel=self.channel, data={})

    async def callback(self, interaction: Interaction, body: dict[str, Any]) -> tuple[int, Any]:
        return await self.call("POST", f"/interactions/{interaction.id}/{interaction.token}/callback", body)

    def webhook(self, interaction: Interaction) -> str:
        return f"/webhooks/{self.sandbox.application_id}/{interaction.token}"

    def stored(self) -> list[str]:
        return [m.content for m in self.sandbox.messages_in(self.channel)]


@pytest.fixture
async def world() -> AsyncIterator[World]:
    async with Sandbox() as sandbox, aiohttp.ClientSession() as http:
        guild = sandbox.create_guild("Limits")
        channel = sandbox.add_text_channel(guild, "general")
        member = sandbox.create_user("alex")
        sandbox.add_member(guild, member)
        yield World(sandbox, http, guild, channel, member)


def error_codes(answer: Any, *path: str) -> list[str]:
    node = answer["errors"]
    for key in path:
        node = node[key]
    return [e["code"] for e in node["_errors"]]


async def test_too_long_content_is_refused_and_nothing_is_stored(
    world: World, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="bot.sandbox"):
        status, answer = await world.post({"content": "x" * 2001})
    assert status == 400
    assert answer["code"] == 50035 and answer["message"] == "Invalid Form Body"
    assert error_codes(answer, "content") == ["BASE_TYPE_MAX_LENGTH"]
    assert world.stored() == [] and world.sandbox.messages == {}
    assert [r.code for r in world.sandbox.invalid_requests] == [50035]
    refusal = world.sandbox.invalid_requests[0]
    assert refusal.method == "POST" and refusal.path == f"/channels/{world.channel.id}/messages"
    logged = [r for r in caplog.records if r.name == "bot.sandbox" and r.levelno == logging.WARNING]
    assert len(logged) == 1 and "In content: Must be 2000 or fewer in length. (got 2001" in logged[0].getMessage()
    assert "\n" not in logged[0].getMessage()
    assert world.sandbox.rest_requests("/messages")[-1].status == 400


async def test_content_of_exactly_2000_characters_is_accepted(world: World) -> None:
    status, answer = await world.post({"content": "x" * 2000})
    assert status == 200 and answer["content"] == "x" * 2000
    assert world.stored() == ["x" * 2000] and world.sandbox.invalid_requests == []


async def test_an_empty_message_is_refused_with_50006(world: World) -> None:
    status, answer = await world.post({"content": "", "embeds": []})
    assert (status, answer) == (400, {"code": 50006, "message": "Cannot send an empty message"})
    assert world.stored() == []


@pytest.mark.parametrize(
    ("components", "where"),
    [
        ([row(button(f"r{i}")) for i in range(6)], ("components",)),
        ([row(*(button(f"b{i}") for i in range(6)))], ("components", "0", "components")),
        ([row(button(label="l" * 81))], ("components", "0", "components", "0", "label")),
        ([row(button(custom_id="c" * 101))], ("components", "0", "components", "0", "custom_id")),
        ([row(select(), button())], ("components", "0", "components", "1")),
    ],
    ids=["6 action rows", "6 buttons in a row", "81-character label", "101-character custom id", "select and button"],
)
async def test_invalid_components_are_refused(world: World, components: list[Any], where: tuple[str, ...]) -> None:
    status, answer = await world.post({"content": "pick one", "components": components})
    assert status == 400 and answer["code"] == 50035
    assert error_codes(answer, *where)
    assert world.stored() == []


async def test_embed_limits_are_enforced(world: World) -> None:
    status, answer = await world.post({"embeds": [{"description": "d" * 4097}]})
    assert status == 400 and error_codes(answer, "embeds", "0", "description") == ["BASE_TYPE_MAX_LENGTH"]
    status, answer = await world.post({"embeds": [{"description": "d" * 4000}, {"description": "d" * 2001}]})
    assert status == 400 and error_codes(answer, "embeds") == ["MAX_EMBED_SIZE_EXCEEDED"]
    assert world.stored() == []
    status, _ = await world.post({"embeds": [{"description": "d" * 4000}, {"description": "d" * 2000}]})
    assert status == 200 and len(world.sandbox.messages_in(world.channel)) == 1


async def test_an_edit_over_the_limit_leaves_the_message_alone(world: World) -> None:
    _, sent = await world.post({"content": "before"})
    status, answer = await world.call(
        "PATCH", f"/channels/{world.channel.id}/messages/{sent['id']}", {"content": "x" * 2001}
    )
    assert status == 400 and error_codes(answer, "content") == ["BASE_TYPE_MAX_LENGTH"]
    message = world.sandbox.messages[int(sent["id"])]
    assert message.content == "before" and message.edited_at is None
    # An edit may empty the content (the message keeps what else it has): no 50006 there.
    status, _ = await world.call("PATCH", f"/channels/{world.channel.id}/messages/{sent['id']}", {"content": ""})
    assert status == 200


async def test_a_modal_with_a_46_character_title_is_refused(world: World) -> None:
    interaction = world.interaction()
    status, answer = await world.callback(interaction, {"type": 9, "data": modal(title="t" * 46)})
    assert status == 400 and error_codes(answer, "data", "title") == ["BASE_TYPE_BAD_LENGTH"]
    assert interaction.response_type is None and interaction.modal is None
    assert not interaction.responded.done()
    assert world.sandbox.refusals_for(interaction) == world.sandbox.invalid_requests
    # Not acknowledged, so the bot may still answer properly.
    status, _ = await world.callback(interaction, {"type": 9, "data": modal(title="t" * 45)})
    assert status == 200 and interaction.modal is not None and interaction.response_type == 9


async def test_a_label_modal_is_accepted(world: World) -> None:
    labelled = {"type": 18, "label": "Note", "component": text_input(label=None, max_length=20)}
    status, _ = await world.callback(world.interaction(), {"type": 9, "data": modal(rows=[labelled])})
    assert status == 200 and world.sandbox.invalid_requests == []


async def test_a_too_long_interaction_reply_is_refused(world: World) -> None:
    interaction = world.interaction()
    status, answer = await world.callback(interaction, {"type": 4, "data": {"content": "x" * 2001}})
    assert status == 400 and error_codes(answer, "data", "content") == ["BASE_TYPE_MAX_LENGTH"]
    assert interaction.response_type is None and world.stored() == []
    status, answer = await world.callback(interaction, {"type": 4, "data": {"content": ""}})
    assert status == 400 and answer["code"] == 50006


async def test_a_followup_over_the_limit_is_refused(world: World) -> None:
    interaction = world.interaction()
    status, _ = await world.callback(interaction, {"type": 5, "data": {"flags": 64}})
    assert status == 200
    status, answer = await world.call("POST", world.webhook(interaction), {"content": "x" * 2001, "flags": 64})
    assert status == 400 and error_codes(answer, "content") == ["BASE_TYPE_MAX_LENGTH"]
    assert interaction.followup_ids == []
    status, answer = await world.call("POST", world.webhook(interaction), {"content": ""})
    assert status == 400 and answer["code"] == 50006
    status, answer = await world.call(
        "PATCH", world.webhook(interaction) + "/messages/@original", {"embeds": [{"title": "t" * 257}]}
    )
    assert status == 400 and error_codes(answer, "embeds", "0", "title") == ["BASE_TYPE_MAX_LENGTH"]
    original = world.sandbox.messages[interaction.original_id or 0]
    assert original.embeds == [] and original.flags & 128  # still "thinking"
    status, _ = await world.call("PATCH", world.webhook(interaction) + "/messages/@original", {"content": "done"})
    assert status == 200 and original.content == "done"
    assert len(world.sandbox.invalid_requests) == 3


async def test_too_many_autocomplete_choices_are_refused(world: World) -> None:
    interaction = world.interaction()
    choices = [{"name": f"zone {i}", "value": str(i)} for i in range(26)]
    status, answer = await world.callback(interaction, {"type": 8, "data": {"choices": choices}})
    assert status == 400 and error_codes(answer, "data", "choices") == ["BASE_TYPE_MAX_LENGTH"]
    assert interaction.choices is None


async def test_a_thread_name_over_100_characters_is_refused(world: World) -> None:
    status, answer = await world.call("POST", f"/channels/{world.channel.id}/threads", {"name": "n" * 101, "type": 12})
    assert status == 400 and error_codes(answer, "name") == ["BASE_TYPE_BAD_LENGTH"]
    assert [c for c in world.guild.channels.values() if c.parent_id] == []


async def test_escaped_mentions_in_a_sent_message_ping_nobody(world: World) -> None:
    status, sent = await world.post({"content": rf"\<@{world.member.id}> \@everyone"})
    assert status == 200 and world.sandbox.messages[int(sent["id"])].pings == []
    status, sent = await world.post({"content": f"<@{world.member.id}> @everyone"})
    assert world.sandbox.messages[int(sent["id"])].pings == [f"user:{world.member.id}", "@everyone"]


async def test_discord_py_reads_the_refusal(world: World) -> None:
    """The shape is Discord's: discord.py turns it into an HTTPException with the flattened field errors."""
    url = f"{world.api}/channels/{world.channel.id}/messages"
    headers = {"Authorization": "Bot " + world.sandbox.token}
    async with world.http.post(url, json={"content": "x" * 2001}, headers=headers) as response:
        error = discord.HTTPException(response, await response.json())
    assert error.status == 400 and error.code == 50035
    assert error.text == "Invalid Form Body\nIn content: Must be 2000 or fewer in length."
