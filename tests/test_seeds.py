"""Acceptance over the five real seed articles in ../shared/seeds (read in place).

Expectations name lines by number, so no seed sentence is copied here: every
junk line removed, every other line kept with its kind, the right headline,
source, dateline and dates.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from newsarchive.pipeline import article_files, process_files


@dataclass(frozen=True)
class Expected:
    title_line: int
    removed: dict[int, str]  # line -> rule that must remove it
    kinds: dict[int, str] = field(default_factory=dict)  # line -> kind other than paragraph
    source: str | None = None
    date: str | None = None
    place: str | None = None
    byline: str | None = None
    mentioned: tuple[str, ...] = ()


EXPECTED = {
    "000_fdcadf4aec186293.txt": Expected(
        title_line=1,
        removed={},
        source="RIA Novosti",
        date="--11-23",
        place="Moscow",
        mentioned=("2020-08-09", "--02-11"),
    ),
    "001_9c538ca53b92ee9e.txt": Expected(
        title_line=9,
        removed={
            1: "subscription-prompt",
            2: "subscription-prompt",
            3: "before-story",
            4: "before-story",
            5: "source-label",
            6: "duplicate-line",
            7: "before-story",
            31: "subscription-prompt",
            32: "subscription-prompt",
            33: "subscription-prompt",
            34: "navigation",
            35: "navigation",
            36: "subscription-prompt",
            37: "subscription-prompt",
            38: "navigation",
            39: "subscription-prompt",
            40: "subscription-prompt",
            41: "subscription-prompt",
            42: "after-story",
        },
        kinds={11: "caption", 19: "quote", 21: "quote", 27: "quote", 29: "credit"},
        source="Reuters",
        byline="Vladimir Soldatkin, Matthias Williams",
        mentioned=("2020-08",),
    ),
    "002_6c828646232d7051.txt": Expected(
        title_line=1,
        removed={5: "ad-marker", 37: "copyright-notice", 41: "ad-marker"},
        kinds={
            9: "quote",
            13: "heading",
            17: "quote",
            21: "quote",
            25: "quote",
            27: "heading",
            33: "quote",
        },
        source="BNS",
        mentioned=("--08-09", "1994"),
    ),
    "003_88f0e80331bde868.txt": Expected(
        title_line=1,
        removed={
            29: "share-widget",
            30: "share-widget",
            31: "share-widget",
            32: "share-widget",
            33: "share-widget",
            36: "comment-form",
            38: "comment-form",
            40: "comment-form",
        },
        kinds={9: "heading", 19: "heading"},
    ),
    "004_5c78829e661dd6bc.txt": Expected(
        title_line=3,
        removed={1: "navigation"},
        kinds={7: "quote", 16: "heading", 21: "quote"},
        source="TASS",
        date="--08-19",
        place="Moscow",
    ),
}


@pytest.fixture(scope="module")
def records(seeds):
    files = article_files(seeds)
    archive = process_files(files, [f.name for f in files])
    assert archive.problems == []
    return {record.source_path: record for record in archive.records}


def test_every_seed_has_expectations(seeds):
    assert sorted(p.name for p in seeds.glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_junk_removed_with_its_rule(records, name):
    record = records[name]
    assert {r.line: r.reason for r in record.removed} == EXPECTED[name].removed


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_other_line_kept_with_its_kind(records, seeds, name):
    expected = EXPECTED[name]
    lines = (seeds / name).read_text(encoding="utf-8").splitlines()
    story = {n for n, text in enumerate(lines, 1) if text.strip()}
    story -= set(expected.removed) | {expected.title_line}
    kept = {block.line: block.kind for block in records[name].blocks}
    assert set(kept) == story
    assert {n: k for n, k in kept.items() if k != "paragraph"} == expected.kinds


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_title_is_the_headline_line(records, seeds, name):
    lines = (seeds / name).read_text(encoding="utf-8").splitlines()
    assert records[name].title == lines[EXPECTED[name].title_line - 1].strip()
    assert records[name].title_basis == "headline"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_source_dateline_date_byline(records, name):
    record, expected = records[name], EXPECTED[name]
    assert record.source == expected.source
    assert record.date == expected.date
    assert record.date_basis == ("dateline" if expected.date else "unknown")
    assert (record.dateline.place if record.dateline else None) == expected.place
    assert record.byline == expected.byline


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_mentioned_dates(records, name):
    assert tuple(d.value for d in records[name].mentioned_dates) == EXPECTED[name].mentioned
