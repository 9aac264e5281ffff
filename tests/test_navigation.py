"""End to end: date pages, sources, related articles, feeds and sitemap of real builds."""

from __future__ import annotations

import re
from pathlib import Path

import feedparser
import pytest
from conftest import build, demo_site
from sitecheck import broken_links

from newsarchive.pipeline import article_files, process_files

TASS_SEED = "004_5c78829e661dd6bc"
RIA_SEED = "000_fdcadf4aec186293"
SEEDS_WITHOUT_DATE = ("001_9c538ca53b92ee9e", "002_6c828646232d7051", "003_88f0e80331bde868")


def read(output: Path, path: str) -> str:
    return (output / path).read_text(encoding="utf-8")


def section(page: str, heading_id: str) -> str:
    """The HTML of the section labelled by `heading_id` ("" when there is none)."""
    match = re.search(rf'<section[^>]*aria-labelledby="{heading_id}".*?</section>', page, re.S)
    return match.group(0) if match else ""


def linked_articles(html: str) -> list[str]:
    return re.findall(r'href="[^"]*articles/([^/"]+)/', html)


def test_seed_with_month_and_day_only_is_on_the_year_unknown_pages(seed_output):
    for seed, path in ((TASS_SEED, "08/19"), (RIA_SEED, "11/23")):
        page = read(seed_output, f"dates/undated/{path}/index.html")
        assert "year unknown</h1>" in page
        assert "The year is not known" in page
        assert linked_articles(section(page, "published-heading")) == [seed]
    assert not list((seed_output / "dates").glob("[0-9]*/08/19"))


def test_every_seed_without_a_date_is_on_the_undated_page(seed_output):
    page = read(seed_output, "dates/undated/index.html")
    assert sorted(linked_articles(section(page, "undated-heading"))) == list(SEEDS_WITHOUT_DATE)


def test_a_mentioned_day_has_a_page_listing_the_articles_that_mention_it(seed_output):
    page = read(seed_output, "dates/2020/08/09/index.html")
    assert linked_articles(section(page, "published-heading")) == []
    assert linked_articles(section(page, "mentioned-heading")) == [RIA_SEED]
    article = read(seed_output, f"articles/{RIA_SEED}/index.html")
    assert 'class="date-link" href="../../dates/2020/08/09/index.html"' in article


def test_seed_related_articles_share_a_person(seeds, seed_output):
    files = article_files(seeds)
    records = process_files(files, [f.name for f in files]).records
    people = {r.id: {m.actor for m in r.mentions if m.type == "person"} for r in records}
    for record in records:
        page = read(seed_output, f"articles/{record.id}/index.html")
        for other in linked_articles(section(page, "related-heading")):
            assert people[record.id] & people[other], (record.id, other)


def test_demo_dates_index_counts_years_and_links_months(demo):
    page = read(demo, "dates/index.html")
    assert re.search(
        r'href="../dates/2020/index.html">2020</a> <span class="count">3 articles', page
    )
    assert 'href="../dates/2020/08/index.html"' in page
    assert 'href="../dates/undated/index.html"' in page


def test_demo_day_pages_link_to_neighbouring_days_and_up(demo):
    page = read(demo, "dates/2020/08/14/index.html")
    assert 'rel="prev" href="../../../../dates/2020/08/09/index.html"' in page
    assert 'rel="next" href="../../../../dates/2020/08/21/index.html"' in page
    assert '<a href="../../../../dates/2020/08/index.html">August 2020</a>' in page


def test_demo_sources_merge_spellings_and_list_unknown_sources(demo):
    page = read(demo, "sources/tass/index.html")
    assert "<h1>TASS</h1>" in page and "also written ТАСС" in page
    assert sorted(linked_articles(page)) == [
        "2020-08-21-kremlin-coordination-council",
        "2020-09-14-sochi-talks-ru",
    ]
    directory = read(demo, "sources/index.html")
    assert sorted(linked_articles(section(directory, "unknown-heading"))) == [
        "2021-02-12-all-belarusian-assembly",
        "who-is-who-belarus-opposition",
    ]


def test_demo_articles_link_to_previous_and_next_by_date(demo):
    page = read(demo, "articles/2020-08-14-cec-final-results/index.html")
    assert (
        'rel="next" href="../../articles/2020-08-21-kremlin-coordination-council/index.html"'
        in (page)
    )
    assert 'rel="prev"' not in page  # the oldest article with a known year


def test_demo_feed_is_atom_with_relative_links(demo):
    feed = feedparser.parse(read(demo, "feed.atom"))
    assert not feed.bozo and feed.version == "atom10"
    assert len(feed.entries) == 15
    assert all((demo / entry.link).is_file() for entry in feed.entries)
    home = read(demo, "index.html")
    assert '<link rel="alternate" type="application/atom+xml"' in home
    assert not (demo / "sitemap.xml").exists()


def test_demo_home_page_links_the_directories_and_gives_the_date_range(demo):
    home = read(demo, "index.html")
    browse = section(
        home.replace("<nav", "<section").replace("</nav>", "</section>"), "browse-heading"
    )
    assert 'href="./dates/index.html"' in browse and 'href="./sources/index.html"' in browse
    assert "10 outlets" in browse  # TASS and ТАСС are one
    assert ">14 August 2020</time>" in browse and ">6 July 2021</time>" in browse


@pytest.fixture(scope="module")
def public_demo(tmp_path_factory) -> Path:
    """The demo archive with a public `url`: folder links, absolute feeds, a sitemap."""
    config = 'title: "Demo"\nurl: https://example.org/archive/\n'
    site = demo_site(tmp_path_factory.mktemp("public"), config)
    assert build(site) == 0
    return site / "output"


def test_with_url_the_sitemap_lists_every_page(public_demo):
    sitemap = read(public_demo, "sitemap.xml")
    listed = set(re.findall(r"<loc>https://example.org/archive/(.*?)</loc>", sitemap))
    pages = {
        p.relative_to(public_demo).as_posix().removesuffix("index.html")
        for p in public_demo.rglob("*.html")
    }
    assert listed == pages
    assert len(pages) > 40


def test_with_url_feeds_link_absolutely_and_pages_by_folder(public_demo):
    feed = feedparser.parse(read(public_demo, "feed.atom"))
    assert feed.entries[0].link.startswith("https://example.org/archive/articles/")
    assert feed.entries[0].id == feed.entries[0].link
    assert 'href="../../../../dates/2020/08/09/"' in read(
        public_demo, "dates/2020/08/14/index.html"
    )
    assert broken_links(public_demo) == []
