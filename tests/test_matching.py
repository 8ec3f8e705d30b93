"""Property tests of automatic matching, and a 20-round simulation against a random baseline."""

from __future__ import annotations

import random
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from cogs.buddies.matching import Candidate, Pair, group_sizes, match, pair

OFFSETS = [-480, -300, 0, 60, 330, 345, 600, 780]


@st.composite
def rounds(draw: st.DrawFn, max_members: int = 9) -> tuple[list[Candidate], set[Pair], set[Pair], int, int]:
    n = draw(st.integers(0, max_members))
    pool = [Candidate(100 + i, draw(st.sampled_from(OFFSETS))) for i in range(n)]
    all_pairs = [pair(a.user_id, b.user_id) for a, b in combinations(pool, 2)]
    recent = set(draw(st.lists(st.sampled_from(all_pairs), max_size=len(all_pairs)))) if all_pairs else set()
    avoid = (
        set(draw(st.lists(st.sampled_from(all_pairs), max_size=max(1, len(all_pairs) // 3)))) if all_pairs else set()
    )
    return pool, recent, avoid, draw(st.sampled_from([2, 3])), draw(st.integers(0, 2**16))


def partitions(people: list[int], sizes: list[int]):
    """Every way to split `people` into groups with exactly these sizes (an independent oracle)."""
    if not people:
        yield []
        return
    first, rest = people[0], people[1:]
    for size in set(sizes):
        left = list(sizes)
        left.remove(size)
        for companions in combinations(rest, size - 1):
            remaining = [p for p in rest if p not in companions]
            for tail in partitions(remaining, left):
                yield [(first, *companions), *tail]


def valid(groups: list[tuple[int, ...]], forbidden: set[Pair]) -> bool:
    return all(pair(a, b) not in forbidden for g in groups for a, b in combinations(g, 2))


@settings(max_examples=300, deadline=None)
@given(rounds())
def test_matching_properties(case: tuple[list[Candidate], set[Pair], set[Pair], int, int]) -> None:
    pool, recent, avoid, size, seed = case
    result = match(pool, recent=recent, avoid=avoid, preferred_size=size, seed=seed)
    placed = [m for g in result.groups for m in g]
    ids = [c.user_id for c in pool]
    # Nobody in two groups, nobody dropped silently, only sizes 2 or 3.
    assert len(placed) == len(set(placed))
    assert sorted(placed + result.unmatched) == sorted(ids)
    assert all(len(g) in (2, 3) for g in result.groups)
    # Avoid lists are never broken.
    assert valid(result.groups, avoid)
    sizes = group_sizes(len(ids), size)
    possible = any(valid(p, avoid | recent) for p in partitions(ids, sizes)) if sizes else not ids
    if possible:
        # Whenever a grouping honouring history and avoid lists exists, that is what we get.
        assert not result.relaxed_recent and not result.unmatched
        assert valid(result.groups, avoid | recent)
        assert sorted(len(g) for g in result.groups) == sorted(sizes)
    if len(ids) == 1:
        assert result.unmatched == ids  # told kindly that no match was possible
    # The same seed, the same round.
    again = match(pool, recent=recent, avoid=avoid, preferred_size=size, seed=seed)
    assert again == result


def test_odd_pool_gets_one_group_of_three() -> None:
    result = match([Candidate(i) for i in range(7)], preferred_size=2, seed=1)
    assert sorted(len(g) for g in result.groups) == [2, 2, 3]


def test_prefers_overlapping_daytime() -> None:
    pool = [Candidate(1, -300), Candidate(2, 540), Candidate(3, -240), Candidate(4, 600)]
    groups = {frozenset(g) for g in match(pool, seed=5).groups}
    assert groups == {frozenset({1, 3}), frozenset({2, 4})}


def test_large_pools_respect_history() -> None:
    rng = random.Random(7)
    pool = [Candidate(i, rng.choice(OFFSETS)) for i in range(2000)]
    recent = {pair(rng.randrange(2000), rng.randrange(2000)) for _ in range(6000)}
    avoid = {pair(rng.randrange(2000), rng.randrange(2000)) for _ in range(500)}
    result = match(pool, recent=recent, avoid=avoid, seed=3)
    assert not result.relaxed_recent and not result.unmatched
    assert valid(result.groups, recent | avoid)


def simulate(rounds: int, size: int, *, smart: bool, seed: int = 11, recent_rounds: int = 6) -> list[int]:
    """Repeat pairings per round (pairs already matched in the last `recent_rounds` rounds)."""
    rng = random.Random(seed)
    pool = [Candidate(i, rng.choice(OFFSETS)) for i in range(size)]
    history: list[set[Pair]] = []
    repeats = []
    for number in range(rounds):
        recent = set().union(*history[-recent_rounds:]) if history else set()
        if smart:
            groups = match(pool, recent=recent, seed=seed * 1000 + number).groups
        else:
            ids = [c.user_id for c in pool]
            rng.shuffle(ids)
            groups = [tuple(ids[i : i + 2]) for i in range(0, len(ids) - 1, 2)]
        pairs = {pair(a, b) for g in groups for a, b in combinations(g, 2)}
        repeats.append(len(pairs & recent))
        history.append(pairs)
    return repeats


def test_twenty_rounds_of_fifty_never_repeat_recent_pairs() -> None:
    smart = simulate(20, 50, smart=True)
    baseline = simulate(20, 50, smart=False)
    print("\nrepeat pairings per round over 20 rounds, pool of 50 (recent = last 6 rounds)")
    print(f"  matching: {smart} (total {sum(smart)})")
    print(f"  random:   {baseline} (total {sum(baseline)})")
    assert sum(smart) == 0
    assert sum(baseline) > 0
