"""The house rules, checked on the tree itself, so the structure stays as ARCHITECTURE.md describes it."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FEATURES = sorted(p.name for p in (ROOT / "cogs").iterdir() if p.is_dir() and (p / "__init__.py").exists())
# What one feature may import from another: its storage, and these public modules.
PUBLIC = {"cogs.buddies.notify"}
SQL = re.compile(r"^\s*(SELECT\b.+\bFROM\b|INSERT\s+INTO\b|UPDATE\s+\w+\s+SET\b|DELETE\s+FROM\b)", re.I | re.S)
COMMAND_MODULE_LINES = 350
FUNCTION_LINES = 45


def python_files(*parts: str) -> list[Path]:
    return sorted(p for p in ROOT.joinpath(*parts).rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(path: Path) -> list[str]:
    """Every module a file imports; `from cogs.buddies import storage` counts as `cogs.buddies.storage`."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.count(".") == 1 and node.module.startswith("cogs."):
                found += [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                found.append(node.module)
        elif isinstance(node, ast.Import):
            found += [alias.name for alias in node.names]
    return found


def test_a_feature_imports_only_bot_its_own_package_and_others_storage_or_public_modules() -> None:
    offenders = []
    for feature in FEATURES:
        for path in python_files("cogs", feature):
            for module in imported_modules(path):
                parts = module.split(".")
                if parts[0] != "cogs" or len(parts) < 2 or parts[1] == feature:
                    continue
                if len(parts) >= 3 and (parts[2] == "storage" or ".".join(parts[:3]) in PUBLIC):
                    continue
                offenders.append(f"{path.relative_to(ROOT)} imports {module}")
    assert not offenders, offenders


def test_the_core_never_imports_a_feature() -> None:
    # bot/extensions.py and bot/privacy.py find features by walking the `cogs` package, never by name.
    offenders = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in python_files("bot")
        for module in imported_modules(path)
        if module.startswith("cogs.")
    ]
    assert not offenders, offenders


def test_no_feature_looks_up_another_feature_cog() -> None:
    offenders = [str(p.relative_to(ROOT)) for p in python_files("cogs") if "get_cog(" in p.read_text()]
    assert not offenders, offenders


def test_sql_lives_only_in_storage_modules() -> None:
    offenders = []
    for path in python_files("cogs") + python_files("bot"):
        if path.name == "storage.py" or "sandbox" in path.parts or "migrations" in path.parts:
            continue
        allowed = {
            "database.py",
            "database_sqlite.py",
            "database_postgres.py",
            "database_copy.py",
            "backup.py",
            "members.py",
            "guild_settings.py",
            "meta.py",
            "identity.py",
            "privacy.py",
        }
        if path.parent.name == "bot" and path.name in allowed:
            continue  # the core's own storage modules (the database, members, server settings, ...)
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert not offenders, offenders


def test_command_modules_and_functions_stay_small() -> None:
    long_modules = [
        f"{p.relative_to(ROOT)}: {n} lines"
        for p in python_files("cogs")
        if p.name.startswith("_")
        and p.name != "__init__.py"
        and (n := len(p.read_text().splitlines())) > COMMAND_MODULE_LINES
    ]
    long_functions = []
    for path in python_files("cogs"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > FUNCTION_LINES:
                    long_functions.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name} ({length} lines)")
    assert not long_modules, long_modules
    assert not long_functions, long_functions


def test_no_type_ignore_in_features() -> None:
    offenders = [
        f"{p.relative_to(ROOT)}:{i}"
        for p in python_files("cogs")
        for i, line in enumerate(p.read_text().splitlines(), start=1)
        if "type: ignore" in line
    ]
    assert not offenders, offenders


def test_every_path_architecture_md_names_exists() -> None:
    text = (ROOT / "ARCHITECTURE.md").read_text()
    named = set(re.findall(r"`((?:bot|cogs|messages|tests|bench|scripts)/[\w./<>-]*)`", text))
    assert named, "ARCHITECTURE.md names no paths"
    missing = [p for p in named if "<" not in p and not (ROOT / p.rstrip("/")).exists()]
    assert not missing, missing
