"""The error a member should read, by catalogue key: plain Python, so domain modules can raise it."""

from __future__ import annotations

from typing import Any


class KindError(Exception):
    """Raised anywhere under an interaction: the member is answered with this catalogue text."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params
