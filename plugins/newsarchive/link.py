"""Stage 6, link: inline links inside an article's blocks.

Each kind of link (mentioned dates here; actor names, …) finds `Span`s in a
block's text; `segment_text` turns the text and all its spans into plain and
linked `Segment`s that a template prints one by one, so every character of
the text still reaches the page through Jinja's escaping and no HTML is ever
built from article text in Python.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .dates import date_label
from .describe.rules import story_dates
from .model import ArticleRecord

DATE_LINK_CLASS = "date-link"


@dataclass(frozen=True)
class Span:
    """A stretch `text[start:end]` that links to `href` (a path from the site root; None
    marks the stretch without linking it)."""

    start: int
    end: int
    href: str | None
    css_class: str = ""
    title: str = ""


@dataclass(frozen=True)
class Segment:
    """A piece of a block's text: plain when `href` is None, else a link."""

    text: str
    href: str | None = None
    css_class: str = ""
    title: str = ""


def segment_text(text: str, spans: Iterable[Span]) -> tuple[Segment, ...]:
    """Cut `text` into segments at the spans; the pieces join back into `text`.

    Spans may come from different linkers and overlap: the one starting first
    wins, the longer on a tie, and a span overlapping a winner is dropped, so
    links never nest. Empty or out-of-range spans are ignored.
    """
    segments: list[Segment] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end, s.href or "")):
        if span.start < position or span.end <= span.start or span.end > len(text):
            continue
        if span.start > position:
            segments.append(Segment(text[position : span.start]))
        segments.append(Segment(text[span.start : span.end], span.href, span.css_class, span.title))
        position = span.end
    if position < len(text) or not segments:
        segments.append(Segment(text[position:]))
    return tuple(segments)


def date_spans(
    record: ArticleRecord, day_href: Callable[[str], str | None]
) -> dict[int, list[Span]]:
    """Links from the dates the story mentions to their pages, by block index.

    `day_href` gives the page of a date value, or None when that date has no
    page (a bare year, a month): those stay plain text.
    """
    spans: dict[int, list[Span]] = {}
    if not any(day_href(date.value) for date in record.mentioned_dates):
        return spans  # nothing to link: spare reading the text for dates again
    dateline = record.dateline.text if record.dateline else None
    for index, found in story_dates(record.blocks, dateline):
        href = day_href(found.value)
        if href is not None:
            title = f"Articles of {date_label(found.value)}"
            span = Span(found.start, found.end, href, DATE_LINK_CLASS, title)
            spans.setdefault(index, []).append(span)
    return spans


def block_segments(
    record: ArticleRecord, *span_maps: dict[int, list[Span]]
) -> tuple[tuple[Segment, ...], ...]:
    """Every block of the article as segments, with the spans of all linkers merged."""
    return tuple(
        segment_text(block.text, [span for spans in span_maps for span in spans.get(index, ())])
        for index, block in enumerate(record.blocks)
    )
