"""How a module declares the personal data it stores (Red-DiscordBot's data-deletion idea).

Every storage module that writes a member's id declares `PERSONAL_DATA`, and `bot/privacy.py`
loops over the declarations for export and deletion, so a feature's data is described next to the
SQL that writes it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

DELETE, FORGET = "delete", "forget"


@dataclass(frozen=True)
class PersonalData:
    """`columns`: table -> {column that can hold a user id: what deleting that person's data does}.

    DELETE removes the row (it is theirs). FORGET keeps the row and blanks their id: the row is about
    the server (a settings change), or it is someone else's protection against them (a block, an
    avoid entry, a reach-out that counts towards their limits or that a recipient may still report),
    which nothing they do may undo; such rows are still matched through a person key.
    """

    columns: dict[str, dict[str, str]]
    # Words blanked along with a forgotten id (a reach-out's words belong to both of its people).
    blank_with: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Columns that hold someone else's id in a row about this member: exported only when it is them.
    others: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (table, column): rows that are someone else's private choice about this member, exported to nobody.
    not_theirs: frozenset[tuple[str, str]] = frozenset()
    # child table -> (its column naming the parent row, parent table): exported with the parent's rows.
    children: dict[str, tuple[str, str]] = field(default_factory=dict)
