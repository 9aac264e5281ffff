"""Inline links: cutting a block's text into plain and linked segments."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from conftest import make_record

from newsarchive.clean import clean
from newsarchive.describe import describe
from newsarchive.link import Segment, Span, block_segments, date_spans, segment_text
from newsarchive.model import Block, RawDocument
from newsarchive.read import text_lines

TEXT = "Protests began on August 9, 2020 in Minsk."


def joined(segments: tuple[Segment, ...]) -> str:
    return "".join(segment.text for segment in segments)


def test_text_without_spans_is_one_plain_segment():
    assert segment_text(TEXT, []) == (Segment(TEXT),)
    assert segment_text("", []) == (Segment(""),)


def test_spans_become_links_and_the_pieces_join_back_into_the_text():
    segments = segment_text(TEXT, [Span(18, 32, "dates/2020/08/09/", "date-link", "9 August")])
    assert segments == (
        Segment("Protests began on "),
        Segment("August 9, 2020", "dates/2020/08/09/", "date-link", "9 August"),
        Segment(" in Minsk."),
    )
    assert joined(segments) == TEXT


def test_a_span_at_each_end_leaves_no_empty_segment():
    segments = segment_text("Minsk today", [Span(0, 5, "a/"), Span(6, 11, "b/")])
    assert segments == (Segment("Minsk", "a/"), Segment(" "), Segment("today", "b/"))


@pytest.mark.parametrize(
    ("spans", "linked"),
    [
        ([Span(36, 41, "minsk/"), Span(18, 24, "august/")], ["August", "Minsk"]),
        ([Span(18, 24, "month/"), Span(18, 32, "day/")], ["August 9, 2020"]),  # longer wins
        ([Span(18, 32, "day/"), Span(25, 41, "overlap/")], ["August 9, 2020"]),  # first wins
        ([Span(30, 20, "backwards/"), Span(40, 99, "past-the-end/")], []),
    ],
)
def test_overlapping_or_impossible_spans_never_nest(spans, linked):
    segments = segment_text(TEXT, spans)
    assert [s.text for s in segments if s.href] == linked
    assert joined(segments) == TEXT


def test_segments_merge_the_spans_of_several_linkers_block_by_block():
    blocks = (Block("paragraph", "First paragraph names Minsk."), Block("quote", "Second one."))
    article = replace(make_record("a"), blocks=blocks)
    places = {0: [Span(22, 27, "actors/minsk/")]}
    days = {1: [Span(0, 6, "dates/x/")], 0: [Span(0, 5, "dates/y/")]}
    segments = block_segments(article, places, days)
    assert [joined(block) for block in segments] == [b.text for b in blocks]
    assert [s.href for s in segments[0]] == ["dates/y/", None, "actors/minsk/", None]
    assert segments[1][0] == Segment("Second", "dates/x/")


def describe_text(text: str):
    raw = RawDocument(Path("a.txt"), tuple(text_lines(text)), "utf-8", {})
    return describe(clean(raw), "a", "content/a.txt")


def test_mentioned_days_link_to_their_pages_but_not_the_dateline_or_bare_years():
    article = describe_text(
        "Talks resume\n\nMOSCOW, August 19. /TASS/. Officials recalled the vote of "
        "August 9, 2020, the march of August 16 and the years since 1994.\n"
    )

    def day_href(value: str) -> str | None:
        return None if value == "1994" else f"day/{value}/"  # a bare year has no page

    spans = date_spans(article, day_href)
    text = article.blocks[0].text
    assert [(text[s.start : s.end], s.href) for s in spans[0]] == [
        ("August 9, 2020", "day/2020-08-09/"),
        ("August 16", "day/--08-16/"),
    ]
    assert spans[0][0].css_class == "date-link"
    assert {d.value for d in article.mentioned_dates} == {"2020-08-09", "--08-16", "1994"}
