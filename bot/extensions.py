"""Finding the feature cogs: every public package or module under `cogs/` that has a `setup`."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import cogs


def walk_extensions(package: ModuleType = cogs) -> Iterator[str]:
    """Yield the dotted names of loadable extensions, skipping modules whose name starts with `_`."""
    for module in pkgutil.walk_packages(package.__path__, f"{package.__name__}."):
        if any(part.startswith("_") for part in module.name.split(".")[1:]):
            continue
        imported = importlib.import_module(module.name)
        setup = getattr(imported, "setup", None)
        if setup is not None and inspect.iscoroutinefunction(setup):
            yield module.name
