"""Actor pages, the actor directory, and article text annotated with actors."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from ..link import Span
from ..model import ACTOR_TYPES, Actor, Archive, ArticleRecord
from ..slugs import slugify
from .layout import Links

CO_MENTIONED_SHOWN = 10
CHART_BAR_WIDTH = 10
CHART_HEIGHT = 60
TYPE_HEADINGS = {"person": "People", "organization": "Organisations", "place": "Places"}


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    height: int
    month: str
    count: int


@dataclass(frozen=True)
class MonthChart:
    """Mentions per month as bars of an inline SVG, drawn at build time."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    first: str
    last: str
    undated: int


@dataclass(frozen=True)
class ActorName:
    """What a page needs to name and link an actor it lists.

    Lists of actors on other actors' and articles' pages carry this, not the
    whole actor, so a page stays cached when a listed actor is named in one
    more article somewhere else.
    """

    id: str
    name: str
    type: str

    @classmethod
    def of(cls, actor: Actor) -> ActorName:
        return cls(actor.id, actor.name, actor.type)


def with_pages(archive: Archive, min_articles: int) -> dict[str, Actor]:
    """Actors that earn a page: mentioned in at least `min_articles` articles."""
    return {a.id: a for a in archive.actors if len(a.articles) >= min_articles}


def actor_spans(
    record: ArticleRecord, actors: dict[str, Actor], paged: dict[str, Actor], links: Links
) -> dict[int, list[Span]]:
    """Every mention wrapped, by block: linked when the actor has a page, else only marked.

    The span's title (the canonical name, and the registry's description) shows
    when a reader hovers over or focuses the name.
    """
    spans: dict[int, list[Span]] = defaultdict(list)
    for mention in record.mentions:
        actor = actors[mention.actor]
        label = f"{actor.name}: {actor.description}" if actor.description else actor.name
        href = links.actor(actor.id) if actor.id in paged else None
        spans[mention.block].append(
            Span(mention.start, mention.end, href, f"actor actor-{actor.type}", label)
        )
    return spans


def actors_of(record: ArticleRecord, actors: dict[str, Actor]) -> dict[str, list[ActorName]]:
    """The article's actors by type, most mentioned first."""
    counts = Counter(m.actor for m in record.mentions)
    grouped: dict[str, list[ActorName]] = {kind: [] for kind in ACTOR_TYPES}
    for actor_id, _ in sorted(counts.items(), key=lambda kv: (-kv[1], actors[kv[0]].name, kv[0])):
        grouped[actors[actor_id].type].append(ActorName.of(actors[actor_id]))
    return {kind: found for kind, found in grouped.items() if found}


def actors_by_article(archive: Archive) -> dict[str, set[str]]:
    """Which actors each article names: computed once, read for every actor page."""
    return {record.id: {m.actor for m in record.mentions} for record in archive.records}


def co_mentioned(
    actor: Actor, named_in: dict[str, set[str]], actors: dict[str, Actor]
) -> list[tuple[ActorName, int]]:
    """The actors most often in the same articles, with how many articles they share."""
    shared: Counter[str] = Counter()
    for article in actor.articles:
        shared.update(named_in[article] - {actor.id})
    ranked = sorted(shared.items(), key=lambda kv: (-kv[1], actors[kv[0]].name, kv[0]))
    return [(ActorName.of(actors[a]), n) for a, n in ranked[:CO_MENTIONED_SHOWN]]


def month_chart(actor: Actor, records: list[ArticleRecord]) -> MonthChart | None:
    """Bars of mentions per month, first to last month with a dated mention."""
    per_month: Counter[str] = Counter()
    undated = 0
    for record in records:
        count = sum(1 for m in record.mentions if m.actor == actor.id)
        if record.date and not record.date.startswith("--") and len(record.date) >= 7:
            per_month[record.date[:7]] += count
        else:
            undated += count
    if not per_month:
        return None
    months = _month_range(min(per_month), max(per_month))
    peak = max(per_month.values())
    bars = []
    for index, month in enumerate(months):
        height = round(CHART_HEIGHT * per_month[month] / peak)
        bars.append(
            Bar(index * CHART_BAR_WIDTH, CHART_HEIGHT - height, height, month, per_month[month])
        )
    return MonthChart(
        len(months) * CHART_BAR_WIDTH, CHART_HEIGHT, tuple(bars), months[0], months[-1], undated
    )


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def directory(actors: dict[str, Actor]) -> list[tuple[str, str, list[Actor]]]:
    """(type, heading, actors A-Z) for the actor directory."""
    return [
        (
            kind,
            TYPE_HEADINGS[kind],
            sorted(
                (a for a in actors.values() if a.type == kind),
                key=lambda a: (a.name.casefold(), a.id),
            ),
        )
        for kind in ACTOR_TYPES
        if any(a.type == kind for a in actors.values())
    ]


def redirects(archive: Archive, paged: dict[str, Actor]) -> dict[str, str]:
    """Old actor URLs -> the page that now holds the actor.

    An actor's id follows its name; when the registry renames an actor or
    merges others into it, the ids its other spellings would have had keep
    leading to it.
    """
    taken = {a.id for a in archive.actors}
    moved: dict[str, str] = {}
    for actor in sorted(paged.values(), key=lambda a: a.id):
        for spelling in actor.aliases:
            old = slugify(spelling)
            if " " in spelling.strip() and "." not in spelling and old not in taken | set(moved):
                moved[old] = actor.id
    return moved
