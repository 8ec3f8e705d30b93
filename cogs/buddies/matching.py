"""Automatic buddy matching: a pure function of the pool, the history, the avoid lists and a seed.

Rules, in order of importance:
1. Never pair two people when either avoids the other.
2. Nobody is silently left out: groups are of the preferred size, with one group of three when the
   count is odd (or pairs when threes do not divide it); only someone who cannot be placed at all
   is reported as unmatched (and told kindly).
3. Never pair people matched in the recent rounds while any valid grouping exists.
4. Prefer partners whose local daytime overlaps (a small time-zone offset difference).
5. Ties are broken by a generator seeded per round, so a round is reproducible.

Small pools are searched exhaustively; large ones greedily along the time-zone order, with a
repair pass, which in practice finds a valid grouping whenever the constraints are not dense.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

EXACT_LIMIT = 12  # pools up to this size are searched exhaustively
WINDOW = 64  # how far along the time-zone order the greedy pass looks for a partner
Pair = frozenset[int]


@dataclass(frozen=True)
class Candidate:
    user_id: int
    utc_offset_minutes: int = 0


@dataclass(frozen=True)
class Result:
    groups: list[tuple[int, ...]]
    unmatched: list[int] = field(default_factory=list)
    relaxed_recent: bool = False  # recent pairings had to be repeated (no valid grouping existed)


def pair(a: int, b: int) -> Pair:
    return frozenset((a, b))


def group_sizes(count: int, preferred: int) -> list[int]:
    """How to split `count` people: the preferred size, never anyone alone, sizes 2 or 3."""
    if count < 2:
        return []
    if preferred == 3:
        threes, rest = divmod(count, 3)
        if rest == 0:
            return [3] * threes
        if rest == 2:
            return [3] * threes + [2]
        return [3] * (threes - 1) + [2, 2]  # rest == 1: 4 = 2 + 2
    twos, rest = divmod(count, 2)
    return [2] * (twos - 1) + [3] if rest else [2] * twos


class _Rules:
    def __init__(self, forbidden: set[Pair], offsets: dict[int, int]) -> None:
        self.forbidden = forbidden
        self.offsets = offsets

    def ok(self, members: Iterable[int], newcomer: int) -> bool:
        return all(pair(m, newcomer) not in self.forbidden for m in members)

    def distance(self, a: int, b: int) -> int:
        return abs(self.offsets[a] - self.offsets[b])


def match(
    pool: Sequence[Candidate],
    *,
    recent: Iterable[Pair] = (),
    avoid: Iterable[Pair] = (),
    preferred_size: int = 2,
    seed: int = 0,
) -> Result:
    """Groups for one round; see the module docstring for the rules."""
    if preferred_size not in (2, 3):
        raise ValueError("preferred_size must be 2 or 3")
    rng = random.Random(seed)
    order = sorted(pool, key=lambda c: (c.utc_offset_minutes, rng.random()))
    ids = [c.user_id for c in order]
    if len(set(ids)) != len(ids):
        raise ValueError("a member appears twice in the pool")
    offsets = {c.user_id: c.utc_offset_minutes for c in order}
    avoid_set = {p for p in avoid if len(p) == 2}
    strict = _Rules(avoid_set | {p for p in recent if len(p) == 2}, offsets)
    groups = _solve(ids, strict, preferred_size)
    if groups is not None:
        return Result(groups)
    # No grouping honours the recent history too: repeat a recent pairing rather than drop anyone.
    relaxed = _Rules(avoid_set, offsets)
    groups = _solve(ids, relaxed, preferred_size)
    if groups is not None:
        return Result(groups, relaxed_recent=True)
    # Even the avoid lists alone cannot all be honoured: place whoever can be placed.
    placed, unmatched = _best_effort(ids, relaxed, preferred_size)
    return Result(placed, unmatched, relaxed_recent=True)


def _solve(ids: list[int], rules: _Rules, preferred: int) -> list[tuple[int, ...]] | None:
    sizes = group_sizes(len(ids), preferred)
    if not sizes:
        return [] if not ids else None
    if len(ids) <= EXACT_LIMIT:
        return _exact(ids, sizes, rules)
    return _greedy(ids, sizes, rules)


def _exact(ids: list[int], sizes: list[int], rules: _Rules) -> list[tuple[int, ...]] | None:
    """Depth-first search; partners are tried nearest offset first, so the first answer is good."""
    best: list[tuple[int, ...]] | None = None

    def search(remaining: list[int], sizes_left: list[int], built: list[tuple[int, ...]]) -> bool:
        nonlocal best
        if not remaining:
            best = list(built)
            return True
        first, rest = remaining[0], remaining[1:]
        for size in sorted(set(sizes_left), key=lambda s: s != sizes_left[0]):
            others = sorted(rest, key=lambda o: rules.distance(first, o))
            for companions in combinations(others, size - 1):
                group = (first, *companions)
                if not all(pair(a, b) not in rules.forbidden for a, b in combinations(group, 2)):
                    continue
                left = list(sizes_left)
                left.remove(size)
                if search([r for r in rest if r not in companions], left, [*built, group]):
                    return True
        return False

    return best if search(ids, sizes, []) else None


def _greedy(ids: list[int], sizes: list[int], rules: _Rules) -> list[tuple[int, ...]] | None:
    """Walk the time-zone order; each person takes the nearest allowed partners; then repair."""
    used = set()
    groups: list[tuple[int, ...]] = []
    leftovers: list[int] = []
    size_plan = list(sizes)
    index = 0
    while size_plan and index < len(ids):
        first = ids[index]
        index += 1
        if first in used:
            continue
        size = size_plan[0]
        group = [first]
        cursor, looked = index, 0
        while len(group) < size and cursor < len(ids) and looked < WINDOW:
            other = ids[cursor]
            cursor += 1
            if other in used:
                continue
            looked += 1
            if rules.ok(group, other):
                group.append(other)
        if len(group) == size:
            used.update(group)
            groups.append(tuple(group))
            size_plan.pop(0)
        else:
            leftovers.append(first)
            used.add(first)
    leftovers += [i for i in ids if i not in used]
    return _repair(groups, leftovers, rules)


def _repair(groups: list[tuple[int, ...]], leftovers: list[int], rules: _Rules) -> list[tuple[int, ...]] | None:
    """Place leftovers: with each other, into a pair (making a three), or by swapping with a pair."""
    pending = list(leftovers)
    while pending:
        x = pending.pop()
        placed = False
        for y in pending:
            if pair(x, y) not in rules.forbidden:
                pending.remove(y)
                if (
                    len(pending) == 1
                    and pair(pending[0], x) not in rules.forbidden
                    and pair(pending[0], y) not in rules.forbidden
                ):
                    groups.append((x, y, pending.pop()))
                else:
                    groups.append((x, y))
                placed = True
                break
        if placed:
            continue
        odd_one = not pending  # nobody left to pair with: join a pair as its third
        for gi, group in enumerate(groups):
            if odd_one and len(group) == 2 and rules.ok(group, x):
                groups[gi] = (*group, x)
                placed = True
                break
            if not odd_one and len(group) == 2:
                a, b = group
                for y in pending:
                    for keep, move in ((a, b), (b, a)):
                        if pair(x, keep) not in rules.forbidden and pair(move, y) not in rules.forbidden:
                            groups[gi] = (x, keep)
                            groups.append((move, y))
                            pending.remove(y)
                            placed = True
                            break
                    if placed:
                        break
            if placed:
                break
        if not placed:
            return None
    return groups


def _best_effort(ids: list[int], rules: _Rules, preferred: int) -> tuple[list[tuple[int, ...]], list[int]]:
    """Place as many as possible without breaking an avoid list; report the rest as unmatched."""
    remaining = list(ids)
    groups: list[tuple[int, ...]] = []
    unmatched: list[int] = []
    while remaining:
        first = remaining.pop(0)
        partner = next((o for o in remaining if pair(first, o) not in rules.forbidden), None)
        if partner is None:
            joined = False
            for gi, group in enumerate(groups):
                if len(group) == 2 and rules.ok(group, first):
                    groups[gi] = (*group, first)
                    joined = True
                    break
            if not joined:
                unmatched.append(first)
            continue
        remaining.remove(partner)
        group = [first, partner]
        if preferred == 3:
            third = next((o for o in remaining if rules.ok(group, o)), None)
            if third is not None:
                remaining.remove(third)
                group.append(third)
        groups.append(tuple(group))
    return groups, unmatched
