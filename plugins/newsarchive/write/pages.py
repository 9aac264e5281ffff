"""Which pages the site has and what each page's template receives."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain

from ..config import SiteConfig
from ..link import block_segments, date_spans
from ..model import Actor, Archive, ArticleRecord
from ..related import related_articles
from ..slugs import source_id
from .actors import (
    ActorName,
    actor_spans,
    actors_by_article,
    actors_of,
    co_mentioned,
    directory,
    mention_chart,
    redirects,
    with_pages,
)
from .date_pages import DAY_PRECISIONS, build_calendar, date_pages, precision
from .layout import Links, Page, newest_first
from .source_pages import source_pages

__all__ = ["Links", "Page", "newest_first", "plan_pages"]

# How many actors the home page lists, for the latest month and for all time.
HOME_ACTORS = 10
# Places say where a story happened, not what it is about: sharing Minsk does
# not make two stories related.
RELATED_ACTOR_TYPES = ("person", "organization")


def plan_pages(archive: Archive, config: SiteConfig) -> list[Page]:
    """Every page of the site; each feature adds its pages here."""
    links = Links.for_site(config)
    ordered = newest_first(archive.records)
    paged = with_pages(archive, config.actors.min_articles)
    has_page = frozenset(paged)
    return [
        home_page(ordered, archive.actors, has_page, config),
        *article_pages(ordered, archive, paged, has_page, links),
        *actor_pages(archive, paged, has_page),
        Page("actors/index.html", "actors", {"groups": directory(paged)}),
        *redirect_pages(archive, paged, links),
        *date_pages(build_calendar(ordered)),
        *source_pages(ordered),
        search_page(),
    ]


def home_page(
    ordered: list[ArticleRecord],
    actors: Sequence[Actor],
    has_page: frozenset[str],
    config: SiteConfig,
) -> Page:
    stats = {
        "articles": len(ordered),
        "sources": len({source_id(r.source) for r in ordered if r.source}),
        "undated": sum(1 for r in ordered if r.date is None),
        "removed": sum(len(r.removed) for r in ordered),
        "reasons": Counter(removal.reason for r in ordered for removal in r.removed).most_common(),
    }
    month = latest_month(ordered)
    month_actors = most_mentioned(
        actors, [r for r in ordered if month and (r.date or "").startswith(month)]
    )
    top_actors = most_mentioned(actors, ordered)
    return Page(
        "index.html",
        "index",
        {
            "articles": ordered[: config.home_articles],
            "stats": {**stats, "actor_pages": len(has_page)},
            "date_range": date_range(ordered),
            "latest_month": month,
            "month_actors": month_actors,
            "top_actors": top_actors,
            "paged": linkable(has_page, (c.actor for c in month_actors + top_actors)),
        },
    )


def linkable(has_page: frozenset[str], shown: Iterable[Actor | ActorName]) -> frozenset[str]:
    """Which of the actors a page shows have a page to link to.

    Pages get only these, not every actor with a page, so a page stays cached
    when an actor it does not show gains or loses its page.
    """
    return has_page.intersection(actor.id for actor in shown)


@dataclass(frozen=True)
class DateRange:
    """The first and last dates with a known year (at whatever precision)."""

    first: str
    last: str


def date_range(ordered: Sequence[ArticleRecord]) -> DateRange | None:
    known = [r.date for r in ordered if r.date and precision(r.date) != "month-day"]
    return DateRange(min(known), max(known)) if known else None


def latest_month(ordered: Sequence[ArticleRecord]) -> str | None:
    """The newest month that articles are known to be from, e.g. "2021-09"."""
    months = [r.date[:7] for r in ordered if r.date and precision(r.date) in ("day", "month")]
    return max(months, default=None)


@dataclass(frozen=True)
class ActorCount:
    actor: Actor
    mentions: int


def most_mentioned(
    actors: Sequence[Actor], records: Sequence[ArticleRecord], limit: int = HOME_ACTORS
) -> tuple[ActorCount, ...]:
    """The actors mentioned most often in `records`, most first, then by name."""
    counts = Counter(mention.actor for record in records for mention in record.mentions)
    known = [actor for actor in actors if counts[actor.id]]
    known.sort(key=lambda actor: (-counts[actor.id], actor.name.casefold(), actor.id))
    return tuple(ActorCount(actor, counts[actor.id]) for actor in known[:limit])


@dataclass(frozen=True)
class ArticleNeighbours:
    """The articles just before and after one, by date; None at either end."""

    older: ArticleRecord | None
    newer: ArticleRecord | None


def article_neighbours(ordered: Sequence[ArticleRecord]) -> dict[str, ArticleNeighbours]:
    """Previous and next article by date, among articles whose year is known.

    An article known only by month and day, or not dated at all, has no place
    in time to take, so it has no neighbours (its date page has its peers).
    """
    timeline = [r for r in ordered if r.date and precision(r.date) != "month-day"]
    return {
        record.id: ArticleNeighbours(
            timeline[at + 1] if at + 1 < len(timeline) else None,
            timeline[at - 1] if at > 0 else None,
        )
        for at, record in enumerate(timeline)
    }


def related_actors(records: Sequence[ArticleRecord]) -> dict[str, set[str]]:
    """The actors each article names that can relate it to another."""
    return {
        record.id: {m.actor for m in record.mentions if m.type in RELATED_ACTOR_TYPES}
        for record in records
    }


def article_pages(
    ordered: list[ArticleRecord],
    archive: Archive,
    paged: dict[str, Actor],
    has_page: frozenset[str],
    links: Links,
) -> list[Page]:
    """A page per article: its text with date and actor links, the actors it names,
    related articles, neighbours, and the same story published elsewhere."""
    by_id = {record.id: record for record in ordered}
    actors = {actor.id: actor for actor in archive.actors}
    related = related_articles(ordered, related_actors(ordered))
    neighbours = article_neighbours(ordered)
    no_neighbours = ArticleNeighbours(None, None)

    def day_href(value: str) -> str | None:
        return links.date(value) if precision(value) in DAY_PRECISIONS else None

    pages = []
    for r in ordered:
        by_type = actors_of(r, actors)
        pages.append(
            Page(
                f"articles/{r.id}/index.html",
                "article",
                {
                    "article": r,
                    "segments": block_segments(
                        r, date_spans(r, day_href), actor_spans(r, actors, paged, links)
                    ),
                    "related": tuple(by_id[other] for other in related[r.id]),
                    "neighbours": neighbours.get(r.id, no_neighbours),
                    "actors_by_type": by_type,
                    "also_published": [
                        (by_id[twin.other], twin.similarity)
                        for twin in archive.also_published.get(r.id, ())
                    ],
                    "paged": linkable(has_page, chain.from_iterable(by_type.values())),
                },
            )
        )
    return pages


def actor_pages(archive: Archive, paged: dict[str, Actor], has_page: frozenset[str]) -> list[Page]:
    actors = {actor.id: actor for actor in archive.actors}
    by_id = {record.id: record for record in archive.records}
    pages = []
    named_in = actors_by_article(archive)
    for actor in paged.values():
        records = newest_first([by_id[article] for article in actor.articles])
        alongside = co_mentioned(actor, named_in, actors)
        pages.append(
            Page(
                f"actors/{actor.id}/index.html",
                "actor",
                {
                    "actor": actor,
                    "articles": records,
                    "co_mentioned": alongside,
                    "chart": mention_chart(actor, records),
                    "paged": linkable(has_page, (other for other, _ in alongside)),
                },
            )
        )
    return pages


def redirect_pages(archive: Archive, paged: dict[str, Actor], links: Links) -> list[Page]:
    return [
        Page(
            f"actors/{old}/index.html",
            "redirect",
            {"target": paged[new], "old_id": old, "target_link": links.actor(new)},
        )
        for old, new in redirects(archive, paged).items()
    ]


def search_page() -> Page:
    """The search form; its index comes with the data files (write/search.py)."""
    return Page("search/index.html", "search")
