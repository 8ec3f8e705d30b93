"""Acting as a member in the sandbox: run slash commands, click buttons, pick options, fill forms."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

from bot.sandbox.model import GUILD_TEXT, Channel, Guild, Message, Role, User, iter_components
from bot.sandbox.server import LOADING, Interaction, Sandbox, SandboxError

DEFAULT_TIMEOUT = 10.0
_OPTION_TYPES = {1: "subcommand", 2: "group"}


@dataclass
class Result:
    """What the bot did with one interaction."""

    sandbox: Sandbox
    interaction: Interaction

    @property
    def response_type(self) -> int | None:
        return self.interaction.response_type

    @property
    def message(self) -> Message | None:
        """The response message (or, for an update, the message that was edited)."""
        if self.interaction.original_id is not None:
            return self.sandbox.messages.get(self.interaction.original_id)
        if self.interaction.response_type in (6, 7):
            return self.interaction.message
        return None

    @property
    def content(self) -> str:
        message = self.message
        return message.content if message else ""

    @property
    def ephemeral(self) -> bool:
        message = self.message
        return bool(message and message.ephemeral)

    @property
    def modal(self) -> dict[str, Any] | None:
        return self.interaction.modal

    @property
    def choices(self) -> list[dict[str, Any]]:
        return self.interaction.choices or []

    @property
    def followups(self) -> list[Message]:
        return [self.sandbox.messages[i] for i in self.interaction.followup_ids]

    @property
    def messages(self) -> list[Message]:
        """The response and every followup, in order."""
        found = [self.message] if self.message is not None else []
        return found + self.followups

    @property
    def text(self) -> str:
        """All the text the member was shown for this interaction."""
        return "\n".join(m.content for m in self.messages)

    async def wait_followups(self, count: int = 1, timeout: float = DEFAULT_TIMEOUT) -> list[Message]:
        async def enough() -> None:
            while len(self.interaction.followup_ids) < count:
                self.interaction.changed.clear()
                await self.interaction.changed.wait()

        await asyncio.wait_for(enough(), timeout)
        return self.followups


class Actor:
    """One user acting in the sandbox, in a server (guild) or in DMs (guild=None)."""

    def __init__(
        self, sandbox: Sandbox, user: User, guild: Guild | None = None, *, timeout: float = DEFAULT_TIMEOUT
    ) -> None:
        self.sandbox, self.user, self.guild = sandbox, user, guild
        # How long to wait for the bot's response to an interaction, and again for a deferred one to finish.
        self.timeout = timeout
        self.last_interaction: Interaction | None = None  # the latest one sent, answered or not

    def default_channel(self) -> Channel:
        if self.guild is None:
            return self.sandbox._ensure_dm(self.user)
        for channel in self.guild.channels.values():
            if channel.type == GUILD_TEXT:
                return channel
        return self.sandbox.add_text_channel(self.guild, "general")

    # ---- slash commands ------------------------------------------------------------------------

    async def slash(self, command: str, *, in_channel: Channel | None = None, **options: Any) -> Result:
        """Run `/command sub [option=value ...]` (in `in_channel`, default the first text channel)."""
        channel = in_channel or self.default_channel()
        data = self._command_data(command, options, focused=None)
        self.sandbox.transcript.member_action(self.user, channel.id, "command", f"ran /{command}" + _describe(options))
        return await self._send(2, channel, data)

    async def autocomplete(self, command: str, option: str, value: str, **options: Any) -> list[dict[str, Any]]:
        """Type `value` into `option` and return the suggestions the bot offers."""
        channel = self.default_channel()
        data = self._command_data(command, {**options, option: value}, focused=option)
        result = await self._send(4, channel, data)
        return result.choices

    def _command_data(self, command: str, options: dict[str, Any], focused: str | None) -> dict[str, Any]:
        words = command.split()
        schema = self.sandbox.find_command(self.guild, words[0])
        self._check_can_use(schema)
        data: dict[str, Any] = {"id": schema["id"], "name": schema["name"], "type": 1}  # the default name
        if self.guild is not None:
            data["guild_id"] = str(self.guild.id)
        resolved: dict[str, dict[str, Any]] = {}
        node, target = schema, data
        for word in words[1:]:
            sub = next(
                (
                    o
                    for o in node.get("options", [])
                    if word in {o["name"], *(o.get("name_localizations") or {}).values()} and o["type"] in _OPTION_TYPES
                ),
                None,
            )
            if sub is None:
                raise SandboxError(f"/{command}: no subcommand {word!r}")
            # Discord sends the default (English) name, whatever the member typed.
            entry: dict[str, Any] = {"name": sub["name"], "type": sub["type"], "options": []}
            target.setdefault("options", []).append(entry)
            node, target = sub, entry
        if any(o["type"] in _OPTION_TYPES for o in node.get("options", [])):
            raise SandboxError(f"/{command} needs a subcommand")
        leaf_options = target.setdefault("options", [])
        known = {o["name"]: o for o in node.get("options", [])}
        for name in options:
            if name not in known:
                raise SandboxError(f"/{command} has no option {name!r}")
        for spec in node.get("options", []):
            name = spec["name"]
            if name not in options or options[name] is None:
                if spec.get("required") and focused is None:
                    raise SandboxError(f"/{command}: option {name!r} is required")
                continue
            value = self._option_value(spec, options[name], resolved, validate=name != focused)
            option: dict[str, Any] = {"name": name, "type": spec["type"], "value": value}
            if name == focused:
                option["focused"] = True
            leaf_options.append(option)
        if resolved:
            data["resolved"] = resolved
        return data

    def _check_can_use(self, schema: dict[str, Any]) -> None:
        contexts = schema.get("contexts")
        if self.guild is None and (schema.get("dm_permission") is False or (contexts and 1 not in contexts)):
            raise SandboxError(f"/{schema['name']} cannot be used in DMs")
        required = schema.get("default_member_permissions")
        if self.guild is None or required is None or schema["name"] in self.guild.command_overrides:
            return
        needed = int(required)
        if needed == 0 or self.guild.base_permissions(self.user.id) & needed != needed:
            raise SandboxError(f"/{schema['name']} is hidden from {self.user.name} by its default permissions")

    def _option_value(
        self, spec: dict[str, Any], value: Any, resolved: dict[str, dict[str, Any]], *, validate: bool
    ) -> Any:
        kind = spec["type"]
        if kind == 3:
            value = str(value)
            if validate and "max_length" in spec and len(value) > spec["max_length"]:
                raise SandboxError(f"Discord refuses {spec['name']}: longer than {spec['max_length']}")
        elif kind == 4:
            value = int(value)
        elif kind == 10:
            value = float(value)
        elif kind == 5:
            value = bool(value)
        elif kind in (6, 9) and isinstance(value, User):
            resolved.setdefault("users", {})[str(value.id)] = value.payload()
            member = self.guild.members.get(value.id) if self.guild else None
            if member is not None and self.guild is not None:
                resolved.setdefault("members", {})[str(value.id)] = member.payload(
                    with_user=False, permissions=self.guild.base_permissions(value.id)
                )
            value = str(value.id)
        elif kind == 7 and isinstance(value, Channel):
            resolved.setdefault("channels", {})[str(value.id)] = self._resolved_channel(value, self.guild)
            value = str(value.id)
        elif kind in (8, 9) and isinstance(value, Role):
            resolved.setdefault("roles", {})[str(value.id)] = value.payload()
            value = str(value.id)
        if validate and kind in (4, 10):
            low, high = spec.get("min_value"), spec.get("max_value")
            if (low is not None and value < low) or (high is not None and value > high):
                raise SandboxError(f"Discord refuses {spec['name']}={value}: outside {low}..{high}")
        if validate and spec.get("choices") and value not in [c["value"] for c in spec["choices"]]:
            raise SandboxError(f"Discord refuses {spec['name']}={value!r}: not one of the choices")
        return value

    def _resolved_channel(self, channel: Channel, guild: Guild | None) -> dict[str, Any]:
        permissions = guild.permissions_in(self.user.id, channel) if guild else 0
        return {**channel.payload(self.sandbox.users), "permissions": str(permissions)}

    # ---- components and forms ------------------------------------------------------------------

    def _component(self, message: Message, label: str) -> dict[str, Any]:
        if message.visible_to is not None and message.visible_to != self.user.id:
            raise SandboxError(f"{self.user.name} cannot see that message")
        for component in iter_components(message):
            if label in (component.get("label"), component.get("placeholder"), component.get("custom_id")):
                if component.get("disabled"):
                    raise SandboxError(f"[{label}] is disabled")
                return component
        raise SandboxError(f"no [{label}] on that message; it has {message.labels()}")

    def _context_of(self, message: Message) -> tuple[Guild | None, Channel]:
        channel = self.sandbox.channels[message.channel_id]
        guild = self.sandbox.guilds.get(channel.guild_id or 0)
        return guild, channel

    async def click(self, message: Message, label: str) -> Result:
        """Click the button with this label on a message."""
        message = self.sandbox.messages[message.id]
        component = self._component(message, label)
        if component["type"] != 2:
            raise SandboxError(f"[{label}] is not a button")
        guild, channel = self._context_of(message)
        self.sandbox.transcript.member_action(self.user, channel.id, "click", f"clicked [{label}]")
        data = {"custom_id": component["custom_id"], "component_type": 2}
        return await self._send(3, channel, data, message=message, guild=guild)

    async def forge_click(self, message: Message, custom_id: str) -> Result:
        """Press a button with any custom id on a message this user can see, as a modified client can:
        Discord delivers whatever custom id a client sends, so the bot must check every press."""
        message = self.sandbox.messages[message.id]
        if message.visible_to is not None and message.visible_to != self.user.id:
            raise SandboxError(f"{self.user.name} cannot see that message")
        guild, channel = self._context_of(message)
        self.sandbox.transcript.member_action(self.user, channel.id, "click", f"sent a button press {custom_id!r}")
        data = {"custom_id": custom_id, "component_type": 2}
        return await self._send(3, channel, data, message=message, guild=guild)

    async def forge_submit(
        self, custom_id: str, values: dict[str, str], *, in_channel: Channel | None = None
    ) -> Result:
        """Submit a form nobody opened for this user (a guessed or copied custom id)."""
        channel = in_channel or self.default_channel()
        rows = [{"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]} for k, v in values.items()]
        self.sandbox.transcript.member_action(self.user, channel.id, "form", f"sent a form {custom_id!r}")
        return await self._send(5, channel, {"custom_id": custom_id, "components": rows})

    async def select(self, message: Message, placeholder: str, *values: Any) -> Result:
        """Pick values in a select menu (strings, or users, roles and channels for those selects)."""
        message = self.sandbox.messages[message.id]
        component = self._component(message, placeholder)
        guild, channel = self._context_of(message)
        resolved: dict[str, dict[str, Any]] = {}
        raw = []
        for value in values:
            if isinstance(value, Channel):
                resolved.setdefault("channels", {})[str(value.id)] = self._resolved_channel(value, guild)
                raw.append(str(value.id))
            elif isinstance(value, Role):
                resolved.setdefault("roles", {})[str(value.id)] = value.payload()
                raw.append(str(value.id))
            elif isinstance(value, User):
                resolved.setdefault("users", {})[str(value.id)] = value.payload()
                raw.append(str(value.id))
            else:
                raw.append(str(value))
        data: dict[str, Any] = {
            "custom_id": component["custom_id"],
            "component_type": component["type"],
            "values": raw,
        }
        if resolved:
            data["resolved"] = resolved
        shown = ", ".join(getattr(v, "name", str(v)) for v in values)
        self.sandbox.transcript.member_action(self.user, channel.id, "select", f"picked {shown} in [{placeholder}]")
        return await self._send(3, channel, data, message=message, guild=guild)

    async def submit(self, opened: Result, values: dict[str, str]) -> Result:
        """Fill in and submit the form the bot opened; keys are field labels or custom ids."""
        modal = opened.modal
        if modal is None:
            raise SandboxError("the bot did not open a form for that interaction")
        rows = []
        used = set()
        for top in modal.get("components", []):
            inner = top.get("components") or ([top["component"]] if "component" in top else [])
            filled = []
            for field in inner:
                label = top.get("label") or field.get("label")
                key = label if label in values else field.get("custom_id")
                value = values.get(key, field.get("value") or "") if key else ""
                if key in values:
                    used.add(key)
                if field.get("required", True) and not value:
                    raise SandboxError(f"Discord requires the field {label!r}")
                if "max_length" in field and len(value) > field["max_length"]:
                    raise SandboxError(f"Discord refuses {label!r}: longer than {field['max_length']}")
                filled.append({"type": field.get("type", 4), "custom_id": field["custom_id"], "value": value})
            if top.get("type") == 18:
                rows.extend({"type": 18, "component": f} for f in filled)
            else:
                rows.append({"type": 1, "components": filled})
        unknown = set(values) - used
        if unknown:
            raise SandboxError(f"the form has no fields {sorted(unknown)}")
        source = opened.interaction
        self.sandbox.transcript.member_action(
            self.user, source.channel.id, "form", f"submitted the form '{modal.get('title', '')}'"
        )
        data = {"custom_id": modal["custom_id"], "components": rows}
        return await self._send(5, source.channel, data, message=source.message, guild=source.guild)

    # ---- plumbing ------------------------------------------------------------------------------

    async def _send(
        self,
        kind: int,
        channel: Channel,
        data: dict[str, Any],
        *,
        message: Message | None = None,
        guild: Guild | bool | None = False,
    ) -> Result:
        target_guild = self.guild if guild is False else guild
        if target_guild is not None and self.user.id not in target_guild.members:
            raise SandboxError(f"{self.user.name} is not a member of {target_guild.name}")
        interaction = self.sandbox.new_interaction(
            type=kind,
            user=self.user,
            guild=target_guild,
            channel=channel,
            data=data,
            message=message,  # type: ignore[arg-type]
        )
        self.last_interaction = interaction
        await self.sandbox.dispatch("INTERACTION_CREATE", self.sandbox.interaction_payload(interaction))
        try:
            await asyncio.wait_for(asyncio.shield(interaction.responded), self.timeout)
        except TimeoutError:
            refused = "".join(f"\n  refused: {r}" for r in self.sandbox.refusals_for(interaction))
            raise TimeoutError(f"the bot did not answer {self.user.name}'s interaction in time{refused}") from None
        result = Result(self.sandbox, interaction)
        try:
            if interaction.response_type == 5:
                await self._until(
                    interaction, lambda: result.message is not None and not result.message.flags & LOADING
                )
            elif interaction.response_type == 6:
                # A deferred update: the member sees something once the bot edits or follows up.
                await self._until(interaction, lambda: interaction.updates >= 2)
        except TimeoutError:
            refused = "".join(f"\n  refused: {r}" for r in self.sandbox.refusals_for(interaction))
            if not refused:
                raise
            raise TimeoutError(f"the bot never finished {self.user.name}'s deferred interaction{refused}") from None
        return result

    async def _until(self, interaction: Interaction, condition: Any) -> None:
        """Wait for `condition` about one interaction: the sandbox signals every change to it (callback,
        edits, followups), so thousands of members can wait at once without rescanning messages."""

        async def holds() -> None:
            while not condition():
                interaction.changed.clear()
                await interaction.changed.wait()

        try:
            await asyncio.wait_for(holds(), self.timeout)
        except TimeoutError:
            raise TimeoutError("no matching message arrived in the sandbox") from None

    # ---- reading -------------------------------------------------------------------------------

    def dms(self) -> list[Message]:
        return self.sandbox.dms_to(self.user)

    async def next_dm(self, after: int = 0, timeout: float = DEFAULT_TIMEOUT) -> Message:
        """The first DM the bot sends this user whose id is greater than `after`."""
        channel_ids = lambda: self.sandbox.dm_channels.get(self.user.id)  # noqa: E731
        return await self.sandbox.wait_for_message(
            lambda m: m.channel_id == channel_ids() and m.id > after and m.interaction_id is None,
            timeout=timeout,
        )


def _describe(options: dict[str, Any]) -> str:
    if not options:
        return ""
    parts = [f"{k}:{getattr(v, 'name', v)}" for k, v in options.items()]
    return " " + " ".join(parts)
