"""Atom feeds and the sitemap: valid, stable across builds, links that work anywhere."""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import feedparser
from conftest import make_record

from newsarchive.config import SiteConfig
from newsarchive.model import Actor, Archive
from newsarchive.write.feeds import UNKNOWN_DATE_TIME, atom_time, feed_files
from newsarchive.write.layout import Page
from newsarchive.write.sitemap import sitemap_files

CONFIG = SiteConfig(title="Test <archive> & co", root=Path("."))
PUBLIC = dataclasses.replace(CONFIG, url="https://example.org/archive/")
RECORDS = [
    make_record("old", "2020-08-10", source="Reuters", actors=("tsikhanouskaya",)),
    make_record("new", "2021-02", actors=("tsikhanouskaya", "latushka")),
    make_record("yearless", "--08-19", source="TASS"),
    make_record("undated", text="Says <b>hello</b> & more."),
]
ACTORS = [
    Actor(
        "tsikhanouskaya",
        "Sviatlana Tsikhanouskaya",
        "person",
        ("Tsikhanouskaya",),
        (("Tsikhanouskaya", 2),),
        ("new", "old"),
        2,
    )
]
ARCHIVE = Archive(RECORDS, [], ACTORS)


def parsed(config: SiteConfig = CONFIG, archive: Archive = ARCHIVE) -> dict:
    return {path: feedparser.parse(text) for path, text in feed_files(archive, config).items()}


def test_the_archive_and_each_actor_have_a_valid_atom_feed():
    feeds = parsed()
    assert sorted(feeds) == ["actors/tsikhanouskaya/feed.atom", "feed.atom"]
    for feed in feeds.values():
        assert not feed.bozo, feed.bozo_exception
        assert feed.version == "atom10"
        assert feed.feed.id and feed.feed.title and feed.feed.updated
        assert all(entry.id and entry.title and entry.updated for entry in feed.entries)


def test_the_archive_feed_lists_articles_newest_first_with_text_escaped():
    feed = parsed()["feed.atom"]
    assert feed.feed.title == "Test <archive> & co"
    assert [e.title for e in feed.entries] == [
        "Story new",
        "Story old",
        "Story yearless",
        "Story undated",
    ]
    assert feed.entries[3].summary == "Says <b>hello</b> & more."


def test_an_actor_feed_follows_that_actor_only():
    feed = parsed()["actors/tsikhanouskaya/feed.atom"]
    assert feed.feed.title.startswith("Sviatlana Tsikhanouskaya")
    assert [e.title for e in feed.entries] == ["Story new", "Story old"]


def test_updated_is_the_date_at_its_precision_and_a_fixed_time_when_the_year_is_unknown():
    assert atom_time("2020-08-10") == "2020-08-10T00:00:00Z"
    assert atom_time("2021-02") == "2021-02-01T00:00:00Z"
    assert atom_time("2021") == "2021-01-01T00:00:00Z"
    assert atom_time("--08-19") == atom_time(None) == UNKNOWN_DATE_TIME
    feed = parsed()["feed.atom"]
    assert feed.feed.updated == "2021-02-01T00:00:00Z"
    assert [e.updated for e in feed.entries][2:] == [UNKNOWN_DATE_TIME] * 2


def test_an_empty_archive_has_a_valid_feed_that_never_changes():
    empty = feed_files(Archive([], []), CONFIG)
    assert not feedparser.parse(empty["feed.atom"]).bozo
    assert empty == feed_files(Archive([], []), CONFIG)
    assert f"<updated>{UNKNOWN_DATE_TIME}</updated>" in empty["feed.atom"]


def test_ids_are_stable_across_builds_and_edits_of_the_text():
    before = parsed()["feed.atom"]
    edited = [dataclasses.replace(r, title=r.title + " (updated)") for r in RECORDS]
    after = parsed(archive=Archive(edited[::-1], [], ACTORS))["feed.atom"]
    assert [e.id for e in before.entries] == [e.id for e in after.entries]
    assert before.feed.id == after.feed.id
    assert all(e.id.startswith("urn:uuid:") for e in before.entries)
    assert len({e.id for e in before.entries}) == len(RECORDS)
    assert feed_files(ARCHIVE, CONFIG) == feed_files(ARCHIVE, CONFIG)


def test_without_url_links_are_relative_to_the_feed_so_they_work_from_disk():
    feeds = parsed()
    assert feeds["feed.atom"].entries[0].link == "articles/new/index.html"
    actor = feeds["actors/tsikhanouskaya/feed.atom"]
    assert actor.entries[0].link == "../../articles/new/index.html"
    assert actor.feed.link == "../../actors/tsikhanouskaya/index.html"


def test_with_url_links_and_ids_are_absolute():
    feed = parsed(PUBLIC)["feed.atom"]
    assert feed.entries[0].link == "https://example.org/archive/articles/new/"
    assert feed.entries[0].id == "https://example.org/archive/articles/new/"
    assert feed.feed.id == "https://example.org/archive/feed.atom"
    self_link = next(link for link in feed.feed.links if link.rel == "self")
    assert self_link.href == "https://example.org/archive/feed.atom"


def test_feed_articles_caps_the_feeds():
    capped = dataclasses.replace(CONFIG, feed_articles=2)
    assert [len(f.entries) for f in parsed(capped).values()] == [2, 2]


PAGES = [
    Page("index.html", "index"),
    Page("dates/2020/index.html", "year"),
    Page("articles/a/index.html", "article"),
]


def test_the_sitemap_lists_every_page_by_its_public_address():
    files = sitemap_files(PAGES, "https://example.org/archive")
    root = ET.fromstring(files["sitemap.xml"])
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    assert [loc.text for loc in root.findall("s:url/s:loc", namespace)] == [
        "https://example.org/archive/",
        "https://example.org/archive/articles/a/",
        "https://example.org/archive/dates/2020/",
    ]


def test_no_sitemap_without_a_public_url():
    assert sitemap_files(PAGES, None) == {}


def test_characters_xml_cannot_hold_are_dropped_so_the_feed_stays_well_formed():
    record = make_record("bell", "2020-08-10", text="A bell\x07 rang\x0c twice\x1b.")
    feed = feedparser.parse(feed_files(Archive([record], []), CONFIG)["feed.atom"])
    assert not feed.bozo
    assert feed.entries[0].summary == "A bell rang twice."
