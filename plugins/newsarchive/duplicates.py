"""The same story twice: exact copies and near-duplicates republished elsewhere.

A story republished by another outlet keeps most of its sentences but gains
other junk, datelines and credits, so it is compared by its cleaned body:
five-word shingles, a bottom-k sketch of their hashes to find candidates
cheaply at any archive size, then the exact Jaccard similarity of the
candidates' shingles.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

SHINGLE_WORDS = 5
SKETCH_SIZE = 64
# Share of shingles two bodies must have in common to be one story.
NEAR_DUPLICATE_SIMILARITY = 0.5
# Candidates must share this share of the smaller sketch (and at least 2 hashes).
# Two bodies with Jaccard 0.5 share about two thirds of equal-sized sketches,
# half when one body is twice the other, so a quarter keeps every true pair
# while template prose ("officials said on Friday") stops costing exact comparisons.
CANDIDATE_SHARED_SHARE = 0.25
CANDIDATE_SHARED_MIN = 2
# A hash in more sketches than this is boilerplate, not evidence of one story.
POSTING_LIMIT = 50
STORY_KINDS = ("paragraph", "quote", "heading")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NearDuplicate:
    other: str
    similarity: float


def body_text(blocks: Iterable) -> str:
    return "\n".join(block.text for block in blocks if block.kind in STORY_KINDS)


def content_hash(text: str) -> str:
    """Identity of a text whatever its encoding, line endings or trailing spaces."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").split("\n")]
    return hashlib.sha256("\n".join(line for line in lines if line).encode()).hexdigest()


def shingles(text: str) -> frozenset[int]:
    words = [w.casefold() for w in _WORD.findall(text)]
    if len(words) < SHINGLE_WORDS:
        return frozenset({zlib.crc32(" ".join(words).encode())}) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + SHINGLE_WORDS]).encode())
        for i in range(len(words) - SHINGLE_WORDS + 1)
    )


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def near_duplicates(bodies: dict[str, str]) -> dict[str, list[NearDuplicate]]:
    """For every body id, the others that tell the same story, most similar first."""
    sets = {key: shingles(text) for key, text in bodies.items()}
    postings: dict[int, list[str]] = defaultdict(list)
    sketch_size: dict[str, int] = {}
    for key, values in sets.items():
        sketch = sorted(values)[:SKETCH_SIZE]
        sketch_size[key] = len(sketch)
        for value in sketch:
            postings[value].append(key)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for keys in postings.values():
        if len(keys) > POSTING_LIMIT:
            continue
        for i, first in enumerate(keys):
            for second in keys[i + 1 :]:
                shared[(first, second)] += 1
    found: dict[str, list[NearDuplicate]] = defaultdict(list)
    for (first, second), count in shared.items():
        smaller = min(sketch_size[first], sketch_size[second])
        if count < max(CANDIDATE_SHARED_MIN, CANDIDATE_SHARED_SHARE * smaller):
            continue
        score = similarity(sets[first], sets[second])
        if score >= NEAR_DUPLICATE_SIMILARITY:
            found[first].append(NearDuplicate(second, round(score, 2)))
            found[second].append(NearDuplicate(first, round(score, 2)))
    return {k: sorted(v, key=lambda d: (-d.similarity, d.other)) for k, v in found.items()}
