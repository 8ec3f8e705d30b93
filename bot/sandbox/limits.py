"""What Discord refuses in a message, component, modal or autocomplete payload, as pure checks.

Every limit below is Discord's documented one, from its developer documentation (the
discord/discord-api-docs repository, `developers/...` pages as of commit c98d64b; the page is named
beside each group of constants, the documented wording quoted where it helps). The checks return `Problem`s,
each at the JSON path Discord would name; `InvalidFormBody.payload()` nests them the way Discord's
400 answers do (developers/reference.mdx "Error Messages"):

    {"code": 50035, "message": "Invalid Form Body",
     "errors": {"content": {"_errors": [{"code": "BASE_TYPE_MAX_LENGTH",
                                         "message": "Must be 2000 or fewer in length."}]}}}

The error codes and wordings are those Discord answers with (as seen in public bug reports, e.g.
discord-api-docs#3395, #3673); where none is known the sandbox uses a plausible one of its own.
Lengths are counted in Unicode code points, like Python's `len`. Embed texts are measured after
trimming, as the Embed Limits section says; message content is measured as sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

# ---- messages: developers/resources/message.mdx (Create Message, Edit Message), webhook.mdx
# (Execute Webhook), topics/opcodes-and-status-codes.mdx (50006, 30015) -----------------------------
MAX_CONTENT = 2000  # "Message contents (up to 2000 characters)"
MAX_NONCE = 25  # "up to 25 characters"
MAX_EMBEDS = 10  # "Up to 10 rich embeds"
MAX_STICKERS = 3  # "IDs of up to 3 stickers"
MAX_ATTACHMENTS = 10  # error 30015 "Maximum number of attachments in a message reached (10)"
IS_COMPONENTS_V2 = 1 << 15  # message flag; then content and embeds are refused

# ---- embeds: developers/resources/message.mdx "Embed Limits" ---------------------------------------
MAX_EMBED_TITLE = 256
MAX_EMBED_DESCRIPTION = 4096
MAX_EMBED_FIELDS = 25
MAX_EMBED_FIELD_NAME = 256
MAX_EMBED_FIELD_VALUE = 1024
MAX_EMBED_FOOTER = 2048
MAX_EMBED_AUTHOR = 256
MAX_EMBED_TOTAL = 6000  # title, description, field names and values, footer and author, all embeds

# ---- components: developers/components/reference.mdx -------------------------------------------------
MAX_ACTION_ROWS = 5  # "Legacy messages allow up to 5 action rows as top-level components"
MAX_V2_COMPONENTS = 40  # "Messages allow up to 40 total components" (IS_COMPONENTS_V2)
MAX_ROW_WIDTH = 5  # "Up to 5 ... buttons or a single select component"
SELECT_WIDTH = 5
MAX_CUSTOM_ID = 100  # "custom_id ... 1 to 100 characters", unique within a message
MAX_BUTTON_LABEL = 80  # "max 80 characters"
MAX_BUTTON_URL = 512
MAX_SELECT_PLACEHOLDER = 150
MAX_SELECT_OPTIONS = 25
MAX_SELECT_VALUES = 25  # min_values 0..25, max_values 1..25
MAX_OPTION_TEXT = 100  # option label, value and description
MAX_SECTION_TEXTS = 3  # "One to three child components"
MAX_LABEL = 45  # Label component label, and the (deprecated) Text Input label
MAX_LABEL_DESCRIPTION = 100
MAX_TEXT_INPUT_PLACEHOLDER = 100
MAX_TEXT_INPUT_LENGTH = 4000  # value, min_length (0..4000) and max_length (1..4000)
MAX_TEXT_DISPLAY = 4000  # not on the reference page: the sandbox's bound for one Text Display's content

# ---- interaction responses: developers/interactions/receiving-and-responding.mdx ------------------
MAX_MODAL_TITLE = 45  # "Title of the popup modal, max 45 characters"
MAX_MODAL_COMPONENTS = 5  # "Between 1 and 5 (inclusive) components"
MAX_AUTOCOMPLETE_CHOICES = 25  # "autocomplete choices (max of 25 choices)"
# developers/interactions/application-commands.mdx, Option Choice Structure
MAX_CHOICE_NAME = 100  # "1-100 character choice name"
MAX_CHOICE_VALUE = 100  # "up to 100 characters if string"

# ---- threads: developers/resources/channel.mdx "Start Thread without Message" ---------------------
MAX_THREAD_NAME = 100  # "1-100 character channel name"
ARCHIVE_DURATIONS = (60, 1440, 4320, 10080)

BUTTON, STRING_SELECT, TEXT_INPUT = 2, 3, 4
SELECTS = (3, 5, 6, 7, 8)
ACTION_ROW, SECTION, TEXT_DISPLAY, THUMBNAIL, CONTAINER, LABEL = 1, 9, 10, 11, 17, 18
LINK, PREMIUM = 5, 6
V2_TOP_LEVEL = (1, 9, 10, 12, 13, 14, 17)
CONTAINER_CHILDREN = (1, 9, 10, 12, 13, 14)
MODAL_TOP_LEVEL = (1, 10, 18)
LABEL_CHILDREN = (3, 4, 5, 6, 7, 8, 19, 21, 22, 23)
CALLBACK_TYPES = (1, 4, 5, 6, 7, 8, 9, 10, 12)

Path = tuple[str | int, ...]

AT_MOST = "int value should be less than or equal to"
DUPLICATED_CUSTOM_ID = "Component custom id cannot be duplicated"
DUPLICATED_VALUE = "Component option value was already specified"
CUSTOM_ID_REQUIRED = "A custom id is required"
V2_ONLY = "The 'content', 'embeds', 'sticker_ids' and 'poll' fields cannot be used with IS_COMPONENTS_V2"


@dataclass(frozen=True)
class Problem:
    """One refusal: where in the body, Discord's error code and its message."""

    path: Path
    code: str
    message: str
    got: str = ""  # what was sent ("2227 characters"): the sandbox's log says it, Discord's answer does not

    def __str__(self) -> str:
        where = ".".join(str(p) for p in self.path)
        text = f"In {where}: {self.message}" if where else self.message
        return f"{text} (got {self.got})" if self.got else text


class InvalidRequest(Exception):
    """A request Discord answers with 400: `payload()` is the JSON body it sends back."""

    status = 400

    def __init__(self, code: int, message: str, problems: Sequence[Problem] = ()) -> None:
        self.code, self.message, self.problems = code, message, list(problems)
        super().__init__(self.summary())

    def summary(self) -> str:
        details = "; ".join(str(p) for p in self.problems)
        return f"{self.code} {self.message}" + (f": {details}" if details else "")

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.problems:
            body["errors"] = nest(self.problems)
        return body


class InvalidFormBody(InvalidRequest):
    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(50035, "Invalid Form Body", problems)


class EmptyMessage(InvalidRequest):
    def __init__(self) -> None:
        super().__init__(50006, "Cannot send an empty message")


def nest(problems: Iterable[Problem]) -> dict[str, Any]:
    """Discord's `errors` object: keys (array indices as strings) down to an `_errors` list."""
    root: dict[str, Any] = {}
    for problem in problems:
        node = root
        for key in problem.path:
            node = node.setdefault(str(key), {})
        node.setdefault("_errors", []).append({"code": problem.code, "message": problem.message})
    return root


# ---- small helpers ---------------------------------------------------------------------------------


def _length(
    path: Path, value: Any, high: int, low: int = 0, *, required: bool = False, trim: bool = False
) -> list[Problem]:
    """A string field of `low`..`high` characters (None or absent is fine unless required)."""
    if value is None:
        return [Problem(path, "BASE_TYPE_REQUIRED", "This field is required")] if required else []
    if not isinstance(value, str):
        return [Problem(path, "STRING_TYPE_CONVERT", "Could not interpret value as string.")]
    size = len(value.strip()) if trim else len(value)
    if required and size == 0 and low <= 1:
        return [Problem(path, "BASE_TYPE_REQUIRED", "This field is required")]
    got = f"{size} characters"
    if low > 0 and not low <= size <= high:
        return [Problem(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.", got)]
    if size > high:
        return [Problem(path, "BASE_TYPE_MAX_LENGTH", f"Must be {high} or fewer in length.", got)]
    return []


def _count(path: Path, items: Any, high: int, low: int = 0) -> list[Problem]:
    """An array of `low`..`high` items (None or absent counts as empty)."""
    if items is not None and not isinstance(items, list):
        return [Problem(path, "BASE_TYPE_ARRAY", "Must be an array.")]
    size = len(items or [])
    got = f"{size} items"
    if low > 0 and not low <= size <= high:
        return [Problem(path, "BASE_TYPE_BAD_LENGTH", f"Must be between {low} and {high} in length.", got)]
    if size > high:
        return [Problem(path, "BASE_TYPE_MAX_LENGTH", f"Must be {high} or fewer in length.", got)]
    return []


def _integer(path: Path, value: Any, low: int, high: int) -> list[Problem]:
    if value is None:
        return []
    if not isinstance(value, int) or isinstance(value, bool):
        return [Problem(path, "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')]
    if value < low:
        return [Problem(path, "NUMBER_TYPE_MIN", f"int value should be greater than or equal to {low}.", str(value))]
    if value > high:
        return [Problem(path, "NUMBER_TYPE_MAX", f"{AT_MOST} {high}.", str(value))]
    return []


def _type_choices(path: Path, allowed: Sequence[int]) -> Problem:
    shown = "(" + ", ".join(str(a) for a in allowed) + ("," if len(allowed) == 1 else "") + ")"
    return Problem(path, "UNION_TYPE_CHOICES", f'Value of field "type" must be one of {shown}.')


def _dicts(items: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(i, item) for i, item in enumerate(items or []) if isinstance(item, dict)]


# ---- embeds ----------------------------------------------------------------------------------------


def embed_text_length(embed: dict[str, Any]) -> int:
    """The characters an embed counts against the 6,000 limit (trimmed, as Discord does)."""

    def size(value: Any) -> int:
        return len(value.strip()) if isinstance(value, str) else 0

    total = size(embed.get("title")) + size(embed.get("description"))
    total += size((embed.get("footer") or {}).get("text")) + size((embed.get("author") or {}).get("name"))
    for field in embed.get("fields") or []:
        if isinstance(field, dict):
            total += size(field.get("name")) + size(field.get("value"))
    return total


def embed_problems(embed: dict[str, Any], path: Path) -> list[Problem]:
    problems = _length((*path, "title"), embed.get("title"), MAX_EMBED_TITLE, trim=True)
    problems += _length((*path, "description"), embed.get("description"), MAX_EMBED_DESCRIPTION, trim=True)
    problems += _count((*path, "fields"), embed.get("fields"), MAX_EMBED_FIELDS)
    for i, field in _dicts(embed.get("fields")):
        where = (*path, "fields", i)
        problems += _length((*where, "name"), field.get("name"), MAX_EMBED_FIELD_NAME, required=True, trim=True)
        problems += _length((*where, "value"), field.get("value"), MAX_EMBED_FIELD_VALUE, required=True, trim=True)
    footer, author = embed.get("footer"), embed.get("author")
    if isinstance(footer, dict):
        problems += _length((*path, "footer", "text"), footer.get("text"), MAX_EMBED_FOOTER, required=True, trim=True)
    if isinstance(author, dict):
        problems += _length((*path, "author", "name"), author.get("name"), MAX_EMBED_AUTHOR, required=True, trim=True)
    return problems


def embeds_problems(embeds: Any, path: Path) -> list[Problem]:
    problems = _count(path, embeds, MAX_EMBEDS)
    for i, embed in _dicts(embeds):
        problems += embed_problems(embed, (*path, i))
    total = sum(embed_text_length(e) for _, e in _dicts(embeds))
    if total > MAX_EMBED_TOTAL:
        message = f"Embed size exceeds maximum size of {MAX_EMBED_TOTAL}"
        problems.append(Problem(path, "MAX_EMBED_SIZE_EXCEEDED", message, f"{total} characters"))
    return problems


# ---- components ------------------------------------------------------------------------------------


class _CustomIds:
    """custom_id must be unique among the components of one message (or one modal)."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def check(self, component: dict[str, Any], path: Path) -> list[Problem]:
        custom_id = component.get("custom_id")
        if not isinstance(custom_id, str) or not custom_id:
            return []
        if custom_id in self.seen:
            return [Problem((*path, "custom_id"), "COMPONENT_CUSTOM_ID_DUPLICATED", DUPLICATED_CUSTOM_ID)]
        self.seen.add(custom_id)
        return []


def _custom_id(component: dict[str, Any], path: Path) -> list[Problem]:
    return _length((*path, "custom_id"), component.get("custom_id"), MAX_CUSTOM_ID, 1, required=True)


def button_problems(button: dict[str, Any], path: Path) -> list[Problem]:
    style = button.get("style")
    if style not in (1, 2, 3, 4, 5, 6):
        return [Problem((*path, "style"), "BASE_TYPE_CHOICES", "Value must be one of (1, 2, 3, 4, 5, 6).")]
    problems = _length((*path, "label"), button.get("label"), MAX_BUTTON_LABEL)
    if style == LINK:
        problems += _length((*path, "url"), button.get("url"), MAX_BUTTON_URL, 1, required=True)
        if button.get("custom_id") is not None:
            problems.append(
                Problem((*path, "custom_id"), "BUTTON_COMPONENT_INVALID", "Link buttons cannot have a custom id")
            )
    elif style == PREMIUM:
        if button.get("sku_id") is None:
            problems.append(Problem((*path, "sku_id"), "BASE_TYPE_REQUIRED", "This field is required"))
    else:
        if button.get("custom_id") is None:
            problems.append(Problem((*path, "custom_id"), "BUTTON_COMPONENT_CUSTOM_ID_REQUIRED", CUSTOM_ID_REQUIRED))
        else:
            problems += _custom_id(button, path)
        if button.get("url") is not None:
            problems.append(Problem((*path, "url"), "BUTTON_COMPONENT_INVALID", "Only link buttons can have a url"))
    return problems


def select_problems(select: dict[str, Any], path: Path, *, in_modal: bool = False) -> list[Problem]:
    problems = _custom_id(select, path)
    problems += _length((*path, "placeholder"), select.get("placeholder"), MAX_SELECT_PLACEHOLDER)
    low, high = select.get("min_values"), select.get("max_values")
    problems += _integer((*path, "min_values"), low, 0, MAX_SELECT_VALUES)
    problems += _integer((*path, "max_values"), high, 1, MAX_SELECT_VALUES)
    low = low if isinstance(low, int) else 1
    high = high if isinstance(high, int) else 1
    if low > high:
        problems.append(Problem((*path, "min_values"), "NUMBER_TYPE_MAX", f"{AT_MOST} {high}."))
    if in_modal and select.get("disabled"):
        problems.append(Problem((*path, "disabled"), "COMPONENT_INVALID", "Modal components cannot be disabled"))
    if select.get("type") == STRING_SELECT:
        options = select.get("options")
        problems += _count((*path, "options"), options, MAX_SELECT_OPTIONS, 1)
        values: set[str] = set()
        defaults = 0
        for i, option in _dicts(options):
            where = (*path, "options", i)
            problems += _length((*where, "label"), option.get("label"), MAX_OPTION_TEXT, 1, required=True)
            problems += _length((*where, "value"), option.get("value"), MAX_OPTION_TEXT, 1, required=True)
            problems += _length((*where, "description"), option.get("description"), MAX_OPTION_TEXT)
            value = option.get("value")
            if isinstance(value, str) and value in values:
                problems.append(
                    Problem((*where, "value"), "SELECT_COMPONENT_OPTION_VALUE_DUPLICATED", DUPLICATED_VALUE)
                )
            values.add(value if isinstance(value, str) else "")
            defaults += bool(option.get("default"))
        if isinstance(options, list) and options and MAX_SELECT_VALUES >= high > len(options):
            problems.append(Problem((*path, "max_values"), "NUMBER_TYPE_MAX", f"{AT_MOST} {len(options)}."))
        if defaults > high:
            problems.append(
                Problem(
                    (*path, "options"), "SELECT_COMPONENT_TOO_MANY_DEFAULTS", f"At most {high} options can be default"
                )
            )
    elif select.get("default_values"):
        problems += _count((*path, "default_values"), select.get("default_values"), high, low)
    return problems


def _width(component: dict[str, Any]) -> int:
    return SELECT_WIDTH if component.get("type") in SELECTS else 1


def action_row_problems(row: dict[str, Any], path: Path, ids: _CustomIds) -> list[Problem]:
    children = row.get("components")
    problems = _count((*path, "components"), children, MAX_ROW_WIDTH, 1)
    if not isinstance(children, list):
        return problems
    width, crowded = 0, len(children) > MAX_ROW_WIDTH  # then the count is the problem, not the width
    for j, child in enumerate(children):
        where = (*path, "components", j)
        if not isinstance(child, dict) or child.get("type") not in (BUTTON, *SELECTS):
            problems.append(_type_choices(where, (BUTTON, *SELECTS)))
            continue
        width += _width(child)
        if width > MAX_ROW_WIDTH and not crowded:
            problems.append(
                Problem(where, "COMPONENT_LAYOUT_WIDTH_EXCEEDED", "The specified component exceeds the maximum width")
            )
        problems += button_problems(child, where) if child["type"] == BUTTON else select_problems(child, where)
        problems += ids.check(child, where)
    return problems


def _count_components(components: Iterable[Any]) -> int:
    total = 0
    for component in components:
        if not isinstance(component, dict):
            continue
        total += 1
        total += _count_components(component.get("components") or [])
        if isinstance(component.get("accessory"), dict):
            total += 1
    return total


def _v2_problems(component: dict[str, Any], path: Path, allowed: Sequence[int], ids: _CustomIds) -> list[Problem]:
    kind = component.get("type")
    if kind not in allowed:
        return [_type_choices(path, allowed)]
    if kind == ACTION_ROW:
        return action_row_problems(component, path, ids)
    if kind == TEXT_DISPLAY:
        return _length((*path, "content"), component.get("content"), MAX_TEXT_DISPLAY, 1, required=True)
    problems: list[Problem] = []
    if kind == SECTION:
        texts = component.get("components")
        problems += _count((*path, "components"), texts, MAX_SECTION_TEXTS, 1)
        for i, text in _dicts(texts):
            problems += _v2_problems(text, (*path, "components", i), (TEXT_DISPLAY,), ids)
        accessory = component.get("accessory")
        if not isinstance(accessory, dict):
            problems.append(Problem((*path, "accessory"), "BASE_TYPE_REQUIRED", "This field is required"))
        elif accessory.get("type") == BUTTON:
            problems += button_problems(accessory, (*path, "accessory")) + ids.check(accessory, (*path, "accessory"))
        elif accessory.get("type") != THUMBNAIL:
            problems.append(_type_choices((*path, "accessory"), (BUTTON, THUMBNAIL)))
    elif kind == CONTAINER:
        for i, child in _dicts(component.get("components")):
            problems += _v2_problems(child, (*path, "components", i), CONTAINER_CHILDREN, ids)
    return problems


def components_problems(components: Any, path: Path, *, v2: bool = False) -> list[Problem]:
    """A message's components: legacy action rows, or the Components V2 layout when flagged."""
    if components is None:
        return []
    if not isinstance(components, list):
        return [Problem(path, "BASE_TYPE_ARRAY", "Must be an array.")]
    ids = _CustomIds()
    problems: list[Problem] = []
    if v2:
        total = _count_components(components)
        if total > MAX_V2_COMPONENTS:
            message = f"Must be {MAX_V2_COMPONENTS} or fewer in length."
            problems.append(Problem(path, "BASE_TYPE_MAX_LENGTH", message, f"{total} components"))
        for i, component in enumerate(components):
            if not isinstance(component, dict):
                problems.append(_type_choices((*path, i), V2_TOP_LEVEL))
                continue
            problems += _v2_problems(component, (*path, i), V2_TOP_LEVEL, ids)
        return problems
    problems += _count(path, components, MAX_ACTION_ROWS)
    for i, row in enumerate(components):
        if not isinstance(row, dict) or row.get("type") != ACTION_ROW:
            problems.append(_type_choices((*path, i), (ACTION_ROW,)))
            continue
        problems += action_row_problems(row, (*path, i), ids)
    return problems


# ---- messages --------------------------------------------------------------------------------------


def message_problems(body: dict[str, Any], *, files: int = 0, path: Path = ()) -> list[Problem]:
    """Everything wrong with a message body (create or edit, a channel message or a webhook's)."""
    if not isinstance(body, dict):
        return [Problem(path, "DICT_TYPE_CONVERT", "Only dictionaries may be used in a DictType")]
    flags = body.get("flags") if isinstance(body.get("flags"), int) else 0
    v2 = bool(flags & IS_COMPONENTS_V2)
    problems = _length((*path, "content"), body.get("content"), MAX_CONTENT)
    nonce = body.get("nonce")
    if isinstance(nonce, str):
        problems += _length((*path, "nonce"), nonce, MAX_NONCE)
    problems += embeds_problems(body.get("embeds"), (*path, "embeds"))
    problems += components_problems(body.get("components"), (*path, "components"), v2=v2)
    problems += _count((*path, "sticker_ids"), body.get("sticker_ids"), MAX_STICKERS)
    attachments = body.get("attachments")
    count = max(len(attachments) if isinstance(attachments, list) else 0, files)
    if count > MAX_ATTACHMENTS:
        message = f"Must be {MAX_ATTACHMENTS} or fewer in length."
        problems.append(Problem((*path, "attachments"), "BASE_TYPE_MAX_LENGTH", message, f"{count} attachments"))
    if v2:
        for key in ("content", "embeds", "sticker_ids", "poll"):
            if body.get(key):
                problems.append(Problem((*path, key), "MESSAGE_CANNOT_USE_LEGACY_FIELDS_WITH_COMPONENTS_V2", V2_ONLY))
    return problems


def is_empty_message(body: dict[str, Any], *, files: int = 0) -> bool:
    """Discord's "at least one of content, embeds, sticker_ids, components, files or poll"."""
    content = body.get("content")
    has_text = isinstance(content, str) and bool(content.strip())
    others = ("embeds", "components", "sticker_ids", "poll")
    return not (has_text or files or any(body.get(key) for key in others))


def check_message(body: Any, *, files: int = 0, creating: bool, path: Path = ()) -> None:
    """Raise what Discord answers for this message body: 50035 for invalid fields, 50006 if empty."""
    problems = message_problems(body, files=files, path=path)
    if problems:
        raise InvalidFormBody(problems)
    if creating and is_empty_message(body, files=files):
        raise EmptyMessage


# ---- modals, autocomplete, threads ----------------------------------------------------------------


def text_input_problems(field: dict[str, Any], path: Path, *, needs_label: bool) -> list[Problem]:
    problems = _custom_id(field, path)
    if field.get("style") not in (1, 2):
        problems.append(Problem((*path, "style"), "BASE_TYPE_CHOICES", "Value must be one of (1, 2)."))
    problems += _length((*path, "label"), field.get("label"), MAX_LABEL, 1 if needs_label else 0, required=needs_label)
    problems += _length((*path, "placeholder"), field.get("placeholder"), MAX_TEXT_INPUT_PLACEHOLDER)
    problems += _length((*path, "value"), field.get("value"), MAX_TEXT_INPUT_LENGTH)
    low, high = field.get("min_length"), field.get("max_length")
    problems += _integer((*path, "min_length"), low, 0, MAX_TEXT_INPUT_LENGTH)
    problems += _integer((*path, "max_length"), high, 1, MAX_TEXT_INPUT_LENGTH)
    if isinstance(low, int) and isinstance(high, int) and low > high:
        problems.append(Problem((*path, "min_length"), "NUMBER_TYPE_MAX", f"{AT_MOST} {high}."))
    return problems


def modal_problems(data: Any, path: Path = ("data",)) -> list[Problem]:
    """A modal (interaction callback type 9): title, custom_id and 1..5 rows of fields."""
    if not isinstance(data, dict):
        return [Problem(path, "BASE_TYPE_REQUIRED", "This field is required")]
    problems = _custom_id(data, path)
    problems += _length((*path, "title"), data.get("title"), MAX_MODAL_TITLE, 1, required=True)
    rows = data.get("components")
    problems += _count((*path, "components"), rows, MAX_MODAL_COMPONENTS, 1)
    ids = _CustomIds()
    for i, row in enumerate(rows if isinstance(rows, list) else []):
        where = (*path, "components", i)
        kind = row.get("type") if isinstance(row, dict) else None
        if kind not in MODAL_TOP_LEVEL:
            problems.append(_type_choices(where, MODAL_TOP_LEVEL))
        elif kind == ACTION_ROW:  # the classic form: one text input per row
            inner = row.get("components")
            problems += _count((*where, "components"), inner, 1, 1)
            for j, field in _dicts(inner):
                at = (*where, "components", j)
                if field.get("type") != TEXT_INPUT:
                    problems.append(_type_choices(at, (TEXT_INPUT,)))
                    continue
                problems += text_input_problems(field, at, needs_label=True) + ids.check(field, at)
        elif kind == LABEL:
            problems += _length((*where, "label"), row.get("label"), MAX_LABEL, 1, required=True)
            problems += _length((*where, "description"), row.get("description"), MAX_LABEL_DESCRIPTION)
            child = row.get("component")
            at = (*where, "component")
            if not isinstance(child, dict) or child.get("type") not in LABEL_CHILDREN:
                problems.append(_type_choices(at, LABEL_CHILDREN))
            elif child["type"] == TEXT_INPUT:
                problems += text_input_problems(child, at, needs_label=False) + ids.check(child, at)
            elif child["type"] in SELECTS:
                problems += select_problems(child, at, in_modal=True) + ids.check(child, at)
            else:
                problems += _custom_id(child, at) + ids.check(child, at)
        else:
            problems += _length((*where, "content"), row.get("content"), MAX_TEXT_DISPLAY, 1, required=True)
    return problems


def autocomplete_problems(data: Any, path: Path = ("data",)) -> list[Problem]:
    """Autocomplete suggestions (interaction callback type 8)."""
    if not isinstance(data, dict):
        return [Problem(path, "BASE_TYPE_REQUIRED", "This field is required")]
    choices = data.get("choices")
    problems = _count((*path, "choices"), choices, MAX_AUTOCOMPLETE_CHOICES)
    for i, choice in _dicts(choices):
        where = (*path, "choices", i)
        problems += _length((*where, "name"), choice.get("name"), MAX_CHOICE_NAME, 1, required=True)
        for locale, name in (choice.get("name_localizations") or {}).items():
            problems += _length((*where, "name_localizations", locale), name, MAX_CHOICE_NAME, 1)
        value = choice.get("value")
        if value is None:
            problems.append(Problem((*where, "value"), "BASE_TYPE_REQUIRED", "This field is required"))
        elif isinstance(value, str):
            problems += _length((*where, "value"), value, MAX_CHOICE_VALUE)
    return problems


def check_interaction_response(body: Any, *, files: int = 0) -> None:
    """Raise what Discord answers for an interaction callback body (types 4, 5, 7, 8, 9 carry data)."""
    if not isinstance(body, dict) or body.get("type") not in CALLBACK_TYPES:
        raise InvalidFormBody([_type_choices(("type",), CALLBACK_TYPES)])
    kind, data = body["type"], body.get("data")
    if kind == 4:
        check_message(data or {}, files=files, creating=True, path=("data",))
    elif kind in (5, 7) and data is not None:
        check_message(data, files=files, creating=False, path=("data",))
    elif kind == 8:
        problems = autocomplete_problems(data)
        if problems:
            raise InvalidFormBody(problems)
    elif kind == 9:
        problems = modal_problems(data)
        if problems:
            raise InvalidFormBody(problems)


def thread_problems(body: Any) -> list[Problem]:
    """Starting a thread: a 1..100 character name and one of Discord's archive durations."""
    if not isinstance(body, dict):
        return [Problem(("name",), "BASE_TYPE_REQUIRED", "This field is required")]
    problems = _length(("name",), body.get("name"), MAX_THREAD_NAME, 1, required=True)
    duration = body.get("auto_archive_duration")
    if duration is not None and duration not in ARCHIVE_DURATIONS:
        problems.append(
            Problem(("auto_archive_duration",), "BASE_TYPE_CHOICES", "Value must be one of (60, 1440, 4320, 10080).")
        )
    return problems


def check_thread(body: Any) -> None:
    problems = thread_problems(body)
    if problems:
        raise InvalidFormBody(problems)
