"""Stage 6, link: related articles, by the actors two articles share.

Each shared actor counts by its rarity in the archive, the inverse document
frequency log(N / articles naming it): an actor named in nearly every article
(the country the archive is about) counts for little, one named in every
article for nothing. Two articles are related only when they share at least
one distinctive actor, one named in at most half of the archive's articles;
that also keeps the work small, since only those actors propose candidates.
Ties go to the article closest in date, then to the smaller id.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence, Set

from .model import ArticleRecord

RELATED_LIMIT = 5
# An actor named in more than this share of the articles says little about a
# story; it still adds its (small) weight when a distinctive actor is shared.
DISTINCTIVE_SHARE = 0.5
# Scores closer than this are a tie (sums of logarithms in different orders).
SCORE_PRECISION = 9


def rarity(actors_of: Mapping[str, Set[str]], articles: int) -> dict[str, float]:
    """Each actor's weight: log(articles / articles naming it)."""
    naming = Counter(actor for actors in actors_of.values() for actor in actors)
    return {actor: math.log(articles / count) for actor, count in naming.items()}


def related_articles(
    records: Sequence[ArticleRecord],
    actors_of: Mapping[str, Set[str]],
    limit: int = RELATED_LIMIT,
) -> dict[str, tuple[str, ...]]:
    """For each article id, up to `limit` related article ids, best first."""
    weight = rarity(actors_of, len(records))
    most = max(2, int(len(records) * DISTINCTIVE_SHARE))
    naming: dict[str, list[str]] = defaultdict(list)
    for article, actors in sorted(actors_of.items()):
        for actor in actors:
            naming[actor].append(article)
    day = {record.id: day_number(record.date) for record in records}
    related = {}
    for record in records:
        actors = actors_of.get(record.id, set())
        candidates = {
            other
            for actor in actors
            if len(naming[actor]) <= most
            for other in naming[actor]
            if other != record.id
        }
        scores = {
            other: round(sum(weight[a] for a in actors & actors_of[other]), SCORE_PRECISION)
            for other in candidates
        }
        ranked = sorted(
            (other for other in scores if scores[other] > 0),
            key=lambda other: (-scores[other], distance(day[record.id], day[other]), other),
        )
        related[record.id] = tuple(ranked[:limit])
    return related


def day_number(value: str | None) -> int | None:
    """A date's first day as a day number; None when the year is unknown."""
    if value is None or value.startswith("--"):
        return None
    parts = [int(part) for part in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2]).toordinal()


def distance(one: int | None, other: int | None) -> float:
    """Days between two dates; unknown dates are farther than any known one."""
    return math.inf if one is None or other is None else abs(one - other)
