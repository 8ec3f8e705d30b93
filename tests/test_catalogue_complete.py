"""The whole catalogue: every key the code uses exists in every locale, renders within Discord's
limits, and no cog carries a user-facing text of its own."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from bot.catalogue import Catalogue
from bot.timezones import all_zones

ROOT = Path(__file__).resolve().parent.parent
CODE = [p for p in (ROOT / "cogs").rglob("*.py")] + [
    p for p in (ROOT / "bot").rglob("*.py") if "sandbox" not in p.parts
]
KEY = re.compile(r"^[a-z_]+(\.[a-z_]+)+$")
LABEL_KEYS = re.compile(r"\.buttons\.|^buddy\.(kind_word|reach_myself)$|^reachout\.reveal$|^support\.(buddy|team|both)$"
                        r"|^privacy\.(delete|cancel)_button$|^setup\.(next|done|edit_resources)$")  # fmt: skip
FORM_KEYS = re.compile(r"form.*(label|name|per_week|title)$|^checkin\.note_form\.(label|title)$")


def keys_used_in_code() -> set[str]:
    """String literals that look like catalogue keys, and f-string prefixes like 'checkin.answers.'."""
    found = set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and KEY.match(node.value):
                found.add(node.value)
    return found


def test_every_key_used_in_code_exists_in_every_locale() -> None:
    catalogue = Catalogue.load()
    assert set(catalogue.locales) >= {"en", "es"}
    known_prefixes = {k.rsplit(".", 1)[0] for k in catalogue.keys("en")}
    missing = []
    for key in keys_used_in_code():
        if key.startswith(("discord.", "bot.", "cogs.", "tests.")) or key.count(".") < 1:
            continue
        if catalogue.has(key) or key in known_prefixes or key.endswith((".png", ".json")):
            continue
        if key.endswith(("_", ".")) and any(k.startswith(key) for k in catalogue.keys("en")):
            continue  # the fixed part of an f-string key such as f"reachout.limit_{limit}"
        if key.split(".")[0] in {k.split(".")[0] for k in catalogue.keys("en")}:
            missing.append(key)
    assert not missing, missing
    for locale in catalogue.locales:
        assert catalogue.keys(locale) == catalogue.keys("en"), locale  # the loader also checks placeholders


def test_every_message_renders_within_discords_limits() -> None:
    catalogue = Catalogue.load()
    for locale in catalogue.locales:
        for key in catalogue.keys(locale):
            entry = catalogue.entry(key, locale)
            sample = {name: "x" * 30 for name in entry.fields}
            for variant in range(len(entry.variants)):
                text = catalogue.render(key, locale, variant=variant, **sample)
                assert len(text) <= 2000, (locale, key)
                if LABEL_KEYS.search(key) or key.startswith(("checkin.answers.", "setup.cadence.")):
                    assert len(text) <= 80, (locale, key, text)
                if FORM_KEYS.search(key):
                    assert len(text) <= 45, (locale, key, text)


def test_custom_ids_stay_under_100_characters() -> None:
    from cogs.checkins import render

    catalogue = Catalogue.load()
    longest_zone = max(all_zones(), key=len)
    built = (
        render.checkin_components(catalogue, "es", 2**63, 5)
        + render.consent_components(catalogue, "es", "2359", 127, longest_zone)
        + render.low_components(catalogue, "es", 2**63)
        + render.share_components(catalogue, "es", 2**63, has_note=True)
    )
    for row in built:
        for button in row["components"]:
            assert len(button["custom_id"]) <= 100 and len(button["label"]) <= 80, button
    samples = [
        f"ci:consent:2359:127:{longest_zone}",
        f"ci:a:{2**63}:5",
        f"bd:kind:{2**63}.{2**63}",
        f"bd:confirm:{2**40}.{'f' * 16}",
        f"bd:replace:{2**63}.{2**63}.{2**63}",
        f"gl:cheer:{2**63}.{2**63}",
        f"sp:team:{2**63}.1",
        f"ro:report:{2**63}",
        f"pv:delete:{2**63}",
    ]
    assert all(len(s) <= 100 for s in samples), [s for s in samples if len(s) > 100]


USER_FACING = {"reply", "send_message", "send", "edit_message", "edit_original_response", "pick", "Outgoing"}


def test_no_cog_contains_user_facing_text() -> None:
    """Text a member reads is never a literal in a cog: only catalogue keys, ids and mentions."""
    offenders = []
    for path in (ROOT / "cogs").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            arguments = list(node.args) + [
                k.value for k in node.keywords if k.arg in ("content", "label", "placeholder", "title")
            ]
            if name in USER_FACING or any(k.arg in ("label", "placeholder") for k in node.keywords):
                for argument in arguments:
                    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                        text = argument.value
                        if re.search(r"[A-Za-z]{3,}", text) and not KEY.match(text):
                            offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text!r}")
    assert not offenders, offenders
