"""Source pages: one page per outlet, whatever the script its name is written in."""

from __future__ import annotations

from conftest import make_record

from newsarchive.write.layout import Links, newest_first
from newsarchive.write.source_pages import group_sources, source_pages

RECORDS = newest_first(
    [
        make_record("ru", "--09-14", source="ТАСС"),
        make_record("en", "2020-08-21", source="TASS"),
        make_record("en2", "2020-08-22", source="TASS"),
        make_record("wire", "2020-08-10", source="Reuters"),
        make_record("blog", None, source=None),
    ]
)


def test_spellings_that_transliterate_alike_are_one_source_shown_by_the_commonest():
    sources = group_sources(RECORDS)
    assert [(s.id, s.name, s.spellings) for s in sources] == [
        ("reuters", "Reuters", ("Reuters",)),
        ("tass", "TASS", ("TASS", "ТАСС")),
    ]
    assert [r.id for r in sources[1].articles] == ["en2", "en", "ru"]


def test_a_tie_between_spellings_is_settled_the_same_way_every_time():
    tie = [make_record("a", source="ТАСС"), make_record("b", source="TASS")]
    assert group_sources(tie)[0].name == group_sources(tie[::-1])[0].name == "TASS"


def test_articles_without_a_source_are_listed_as_such():
    pages = source_pages(RECORDS)
    assert [p.path for p in pages] == [
        "sources/index.html",
        "sources/reuters/index.html",
        "sources/tass/index.html",
    ]
    assert [r.id for r in pages[0].variables["unknown"]] == ["blog"]


def test_every_spelling_links_to_the_merged_page():
    links = Links(pretty=True)
    assert links.source("ТАСС") == links.source("TASS") == "sources/tass/"
