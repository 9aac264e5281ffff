"""Stage 6, link: a block's text cut into plain and linked segments.

Pages render segments, never pre-built HTML: every piece of article text
stays text until the template escapes it, and a link only wraps it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A stretch of a block to link: where, to what, and how it reads on hover."""

    start: int
    end: int
    href: str | None
    css_class: str = ""
    label: str = ""


@dataclass(frozen=True)
class Segment:
    text: str
    href: str | None = None
    css_class: str = ""
    label: str = ""


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Cut `text` at the spans; overlapping spans keep the first, by start."""
    result: list[Segment] = []
    position = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < position or span.end <= span.start or span.end > len(text):
            continue
        if span.start > position:
            result.append(Segment(text[position : span.start]))
        result.append(Segment(text[span.start : span.end], span.href, span.css_class, span.label))
        position = span.end
    if position < len(text):
        result.append(Segment(text[position:]))
    return result
