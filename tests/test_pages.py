"""Page planning: the home page, article pages and the whole site's list of pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from conftest import make_record

from newsarchive.config import SiteConfig
from newsarchive.model import Actor, Archive, Mention
from newsarchive.write.layout import Links, date_folder, newest_first
from newsarchive.write.pages import (
    ArticleNeighbours,
    article_neighbours,
    article_pages,
    date_range,
    home_page,
    latest_month,
    most_mentioned,
    plan_pages,
    related_actors,
)

CONFIG = SiteConfig(title="T", root=Path("."))


def actor(actor_id: str, mentions: int) -> Actor:
    return Actor(actor_id, actor_id.title(), "person", (), (), (), mentions)


def test_the_url_layout_of_dates():
    assert date_folder("2020-08-09") == "dates/2020/08/09/"
    assert date_folder("2020-08") == "dates/2020/08/"
    assert date_folder("2020") == "dates/2020/"
    assert date_folder("--08-19") == "dates/undated/08/19/"
    assert date_folder(None) == "dates/undated/"
    assert Links(pretty=False).date("2020") == "dates/2020/index.html"


def test_previous_and_next_by_date_only_where_the_year_is_known():
    ordered = newest_first(
        [
            make_record("b", "2020-09"),
            make_record("a", "2020-08-10"),
            make_record("c", "2021"),
            make_record("yearless", "--08-19"),
            make_record("undated"),
        ]
    )
    neighbours = article_neighbours(ordered)
    assert {
        key: (n.older and n.older.id, n.newer and n.newer.id) for key, n in neighbours.items()
    } == {
        "c": ("b", None),
        "b": ("a", "c"),
        "a": (None, "b"),
    }


def test_the_home_page_gives_the_date_range_and_the_most_mentioned_actors():
    records = [
        make_record("old", "2020-08-10", actors=("babaryka", "babaryka", "latushka")),
        make_record("new", "2021-09-06", actors=("kalesnikava",)),
        make_record("newer-yearless", "--12-01", actors=("latushka",)),
        make_record("month", "2021-09", actors=("kalesnikava", "latushka")),
    ]
    ordered = newest_first(records)
    assert date_range(ordered).first == "2020-08-10"
    assert date_range(ordered).last == "2021-09-06"
    assert latest_month(ordered) == "2021-09"
    actors = [actor("babaryka", 2), actor("latushka", 3), actor("kalesnikava", 2)]
    has_page = frozenset(["babaryka", "latushka", "someone-not-shown"])
    home = home_page(ordered, actors, has_page, CONFIG).variables
    # Only the shown actors' pages matter to the home page (and to its cache key).
    assert home["paged"] == {"babaryka", "latushka"}
    assert home["stats"]["actor_pages"] == 3
    assert [(a.actor.id, a.mentions) for a in home["month_actors"]] == [
        ("kalesnikava", 2),
        ("latushka", 1),
    ]
    assert [(a.actor.id, a.mentions) for a in home["top_actors"]] == [
        ("latushka", 3),
        ("babaryka", 2),
        ("kalesnikava", 2),
    ]


def test_an_archive_without_known_years_has_no_date_range_nor_latest_month():
    ordered = [make_record("a", "--08-19"), make_record("b")]
    assert date_range(ordered) is None and latest_month(ordered) is None
    assert most_mentioned([], ordered) == ()


def test_places_do_not_relate_articles():
    record = make_record("a")
    mentions = (Mention(0, 0, 1, "M", "minsk", "place"), Mention(0, 0, 1, "P", "peskov", "person"))
    assert related_actors([dataclasses.replace(record, mentions=mentions)]) == {"a": {"peskov"}}


def test_article_pages_carry_related_articles_neighbours_and_date_links():
    records = newest_first(
        [
            make_record(
                "a",
                "2020-08-10",
                mentioned=("2020-08-09",),
                actors=("rare",),
                text="Since August 9, 2020, protests.",
            ),
            make_record("b", "2020-08-11", actors=("rare",)),
            *(make_record(f"other{n}") for n in range(4)),
        ]
    )
    rare = Actor("rare", "Rare Name", "person", ("Rare Name",), (("Rare Name", 2),), ("a", "b"), 2)
    archive = Archive(records, [], [rare])
    pages = {
        p.path: p.variables
        for p in article_pages(records, archive, {}, frozenset(), Links(pretty=True))
    }
    page = pages["articles/a/index.html"]
    assert [r.id for r in page["related"]] == ["b"]
    assert page["neighbours"] == ArticleNeighbours(None, records[0])
    linked = [s for s in page["segments"][0] if s.href]
    assert [(s.text, s.href) for s in linked] == [("August 9, 2020", "dates/2020/08/09/")]
    assert pages["articles/other0/index.html"]["related"] == ()


def test_every_page_has_its_own_path():
    records = [make_record("a", "2020-08-10", source="TASS"), make_record("b", source="ТАСС")]
    paths = [page.path for page in plan_pages(Archive(records, []), CONFIG)]
    assert len(paths) == len(set(paths))
    assert {
        "index.html",
        "dates/index.html",
        "sources/index.html",
        "sources/tass/index.html",
    } <= set(paths)
