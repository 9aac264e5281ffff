"""Source pages: `sources/`, every outlet or agency with its articles, and
`sources/<id>/` for each.

Spellings that transliterate to one id ("ТАСС" and "TASS") are one source,
shown by its most common spelling; articles whose source is not known are
listed as such on `sources/`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import ArticleRecord
from ..slugs import source_id
from .layout import SOURCES_FOLDER, Crumb, Page, index_file


@dataclass(frozen=True)
class Source:
    """One outlet: its id, the spelling shown, every spelling seen, its articles."""

    id: str
    name: str
    spellings: tuple[str, ...]  # most common first
    articles: tuple[ArticleRecord, ...]  # newest first


def group_sources(ordered: Sequence[ArticleRecord]) -> tuple[Source, ...]:
    """The archive's sources in name order, from articles given newest first."""
    by_id: dict[str, list[ArticleRecord]] = {}
    for record in ordered:
        if record.source:
            by_id.setdefault(source_id(record.source), []).append(record)
    sources = []
    for key, records in by_id.items():
        counts = Counter(record.source for record in records)
        spellings = tuple(sorted(counts, key=lambda spelling: (-counts[spelling], spelling)))
        sources.append(Source(key, spellings[0], spellings, tuple(records)))
    return tuple(sorted(sources, key=lambda source: (source.name.casefold(), source.id)))


def source_pages(ordered: Sequence[ArticleRecord]) -> list[Page]:
    """The sources directory and a page per source."""
    sources = group_sources(ordered)
    unknown = tuple(record for record in ordered if not record.source)
    return [
        Page(index_file(SOURCES_FOLDER), "sources", {"sources": sources, "unknown": unknown}),
        *(
            Page(
                index_file(f"{SOURCES_FOLDER}{source.id}/"),
                "source",
                {"source": source, "crumbs": (Crumb("Sources", SOURCES_FOLDER),)},
            )
            for source in sources
        ),
    ]
