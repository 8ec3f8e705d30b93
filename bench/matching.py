"""Buddy matching: time for 1,000 and 10,000 members, and repeat pairings over 20 rounds.

.venv/bin/python bench/matching.py
"""

from __future__ import annotations

import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.harness import median, table
from cogs.buddies.matching import Candidate, match, pair
from tests.test_matching import OFFSETS, simulate


def timing(members: int, runs: int = 7) -> float:
    rng = random.Random(members)
    pool = [Candidate(i, rng.choice(OFFSETS)) for i in range(members)]
    # Six rounds of history and a few avoid lists, as a real server would have.
    recent = {pair(rng.randrange(members), rng.randrange(members)) for _ in range(members * 3)}
    avoid = {pair(rng.randrange(members), rng.randrange(members)) for _ in range(members // 20)}
    seconds = []
    for seed in range(runs):
        started = time.perf_counter()
        result = match(pool, recent=recent, avoid=avoid, seed=seed)
        seconds.append(time.perf_counter() - started)
        assert not result.unmatched and not result.relaxed_recent
    return median(seconds)


def main() -> None:
    small, large = timing(1_000), timing(10_000)
    print(
        table(
            "Matching time (median of 7 seeded rounds, 3 past pairings per member, avoid lists)",
            [
                ("1,000 members", f"{small * 1000:.1f} ms", "", ""),
                ("10,000 members", f"{large * 1000:.1f} ms", "< 2 s", "yes" if large < 2 else "NO"),
            ],
        )
    )
    smart = simulate(20, 50, smart=True)
    baseline = simulate(20, 50, smart=False)
    print("\nRepeat pairings per round, pool of 50, 20 rounds ('recent' = the last 6 rounds)")
    print("round     " + " ".join(f"{i:>2}" for i in range(1, 21)) + "  total")
    print("matching  " + " ".join(f"{n:>2}" for n in smart) + f"  {sum(smart):>5}")
    print("random    " + " ".join(f"{n:>2}" for n in baseline) + f"  {sum(baseline):>5}")


if __name__ == "__main__":
    main()
