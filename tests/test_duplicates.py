"""Near-duplicates: the candidate filter never loses a pair the exact measure keeps."""

from __future__ import annotations

import random

from newsarchive.duplicates import NEAR_DUPLICATE_SIMILARITY, near_duplicates, shingles, similarity


def edited_copy(rng: random.Random, words: list[str], base: list[str]) -> list[str]:
    """The story republished: some words replaced, some text added at the end."""
    other = list(base)
    for _ in range(rng.randint(0, len(base) // 6)):
        other[rng.randrange(len(other))] = rng.choice(words)
    return other + [rng.choice(words) for _ in range(rng.randint(0, len(base) // 2))]


def test_every_pair_at_the_threshold_is_found_whatever_the_lengths():
    rng = random.Random(4)
    words = [f"w{i}" for i in range(3000)]
    kept = 0
    for _ in range(300):
        base = [rng.choice(words) for _ in range(rng.randint(20, 900))]
        a, b = " ".join(base), " ".join(edited_copy(rng, words, base))
        if similarity(shingles(a), shingles(b)) < NEAR_DUPLICATE_SIMILARITY:
            continue
        kept += 1
        assert [d.other for d in near_duplicates({"a": a, "b": b})["a"]] == ["b"]
    assert kept > 100  # the edits leave most pairs above the threshold


def test_stories_sharing_only_stock_phrases_are_not_duplicates():
    stock = "officials said on friday that the talks would continue next week"
    rng = random.Random(5)
    words = [f"w{i}" for i in range(3000)]
    bodies = {
        str(n): " ".join([stock, *(rng.choice(words) for _ in range(200)), stock])
        for n in range(40)
    }
    assert near_duplicates(bodies) == {}
