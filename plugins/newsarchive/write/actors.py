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
# Twenty years by month. An archive spanning more (front matter may date a story
# anywhere from 0001 to 9999) is drawn by year, or by runs of years, so a page
# never holds more bars than this.
CHART_MAX_BARS = 240
TYPE_HEADINGS = {"person": "People", "organization": "Organisations", "place": "Places"}


@dataclass(frozen=True)
class Bar:
    x: int
    y: int
    height: int
    period: str
    count: int


@dataclass(frozen=True)
class MentionChart:
    """Mentions per period (a month, a year or a run of years) as bars of an inline
    SVG, drawn at build time."""

    width: int
    height: int
    bars: tuple[Bar, ...]
    first: str
    last: str
    undated: int
    period: str


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


def mention_chart(actor: Actor, records: list[ArticleRecord]) -> MentionChart | None:
    """Bars of mentions per period, from the first to the last month with a dated mention."""
    per_month, undated = _mentions_per_month(actor, records)
    if not per_month:
        return None
    first, last = min(per_month), max(per_month)
    months = _months_per_bar(first, last)
    start = first if months == 1 else first - first % 12
    counts: Counter[int] = Counter()
    for month, count in per_month.items():
        counts[(month - start) // months] += count
    peak = max(counts.values())
    bars = []
    for index in range((last - start) // months + 1):
        height = round(CHART_HEIGHT * counts[index] / peak)
        label = _period(start + index * months, months, last)
        bars.append(
            Bar(index * CHART_BAR_WIDTH, CHART_HEIGHT - height, height, label, counts[index])
        )
    by_month = months == 1
    return MentionChart(
        len(bars) * CHART_BAR_WIDTH,
        CHART_HEIGHT,
        tuple(bars),
        _when(first, by_month),
        _when(last, by_month),
        undated,
        {1: "month", 12: "year"}.get(months, f"{months // 12} years"),
    )


def _mentions_per_month(actor: Actor, records: list[ArticleRecord]) -> tuple[Counter[int], int]:
    """The actor's mentions by month (counted from year 0), and those in articles of no month."""
    per_month: Counter[int] = Counter()
    undated = 0
    for record in records:
        count = sum(1 for m in record.mentions if m.actor == actor.id)
        if record.date and not record.date.startswith("--") and len(record.date) >= 7:
            per_month[int(record.date[:4]) * 12 + int(record.date[5:7]) - 1] += count
        else:
            undated += count
    return per_month, undated


def _months_per_bar(first: int, last: int) -> int:
    """1 while the months fit the chart; else whole years, as few to a bar as fit."""
    if last - first < CHART_MAX_BARS:
        return 1
    years = last // 12 - first // 12 + 1
    return 12 * -(-years // CHART_MAX_BARS)


def _period(start: int, months: int, last: int) -> str:
    """A bar's label: "2020-08", "2020" or "2000–2041" (never past the `last` month)."""
    if months == 1:
        return _when(start, by_month=True)
    end = min(start + months - 1, last)
    return _when(start, False) if end // 12 == start // 12 else f"{start // 12:04d}–{end // 12:04d}"


def _when(month: int, by_month: bool) -> str:
    """A month counted from year 0 as "2020-08", or as its year alone."""
    return f"{month // 12:04d}-{month % 12 + 1:02d}" if by_month else f"{month // 12:04d}"


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
