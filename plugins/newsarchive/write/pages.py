"""Which pages the site has and what each page's template receives."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..config import SiteConfig
from ..model import Actor, Archive, ArticleRecord
from .actors import (
    actors_of,
    annotated_blocks,
    co_mentioned,
    directory,
    month_chart,
    redirects,
    with_pages,
)
from .links import Links


@dataclass(frozen=True)
class Page:
    """One output file: its path under the site root, template and variables."""

    path: str
    template: str
    variables: dict = field(default_factory=dict)


def newest_first(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Dated articles newest first, then those known only by month and day, then undated."""

    def rank(record: ArticleRecord) -> int:
        if record.date is None:
            return 2
        return 1 if record.date.startswith("--") else 0

    by_id = sorted(records, key=lambda r: r.id)
    by_date = sorted(by_id, key=lambda r: r.date or "", reverse=True)
    return sorted(by_date, key=rank)


def links_for(config: SiteConfig) -> Links:
    return Links(pretty=config.url is not None)


def plan_pages(archive: Archive, config: SiteConfig) -> list[Page]:
    """Every page of the site; each feature adds its pages here."""
    links = links_for(config)
    ordered = newest_first(archive.records)
    paged = with_pages(archive, config.actors.min_articles)
    return [
        home_page(ordered, config),
        *article_pages(ordered, archive, paged, links),
        *actor_pages(archive, paged),
        Page("actors/index.html", "actors", {"groups": directory(paged)}),
        *redirect_pages(archive, paged, links),
    ]


def home_page(ordered: list[ArticleRecord], config: SiteConfig) -> Page:
    stats = {
        "articles": len(ordered),
        "sources": len({r.source for r in ordered if r.source}),
        "undated": sum(1 for r in ordered if r.date is None),
        "removed": sum(len(r.removed) for r in ordered),
        "reasons": Counter(removal.reason for r in ordered for removal in r.removed).most_common(),
    }
    return Page(
        "index.html", "index", {"articles": ordered[: config.home_articles], "stats": stats}
    )


def article_pages(
    ordered: list[ArticleRecord], archive: Archive, paged: dict[str, Actor], links: Links
) -> list[Page]:
    actors = {actor.id: actor for actor in archive.actors}
    by_id = {record.id: record for record in archive.records}
    return [
        Page(
            f"articles/{record.id}/index.html",
            "article",
            {
                "article": record,
                "blocks": annotated_blocks(record, actors, set(paged), links),
                "actors_by_type": actors_of(record, actors),
                "also_published": [
                    (by_id[twin.other], twin.similarity)
                    for twin in archive.also_published.get(record.id, ())
                ],
                "paged": paged,
            },
        )
        for record in ordered
    ]


def actor_pages(archive: Archive, paged: dict[str, Actor]) -> list[Page]:
    actors = {actor.id: actor for actor in archive.actors}
    by_id = {record.id: record for record in archive.records}
    pages = []
    for actor in paged.values():
        records = newest_first([by_id[article] for article in actor.articles])
        pages.append(
            Page(
                f"actors/{actor.id}/index.html",
                "actor",
                {
                    "actor": actor,
                    "articles": records,
                    "co_mentioned": co_mentioned(actor, archive, actors),
                    "chart": month_chart(actor, records),
                    "paged": paged,
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
