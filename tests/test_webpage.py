"""Saved web pages (.html, .htm): the story's main text and the page's stated metadata.

The pages here are written for the tests (tests/fixtures/html/): a news page
with all the furniture a saved page carries, and small pages built below.
"""

from __future__ import annotations

import json
import re
import socket
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, build, make_site
from sitecheck import broken_links, html_errors
from test_build import STORY

from newsarchive.cli import main
from newsarchive.model import ContentError
from newsarchive.read import read_document
from newsarchive.webpage import decode_page

SAVED_PAGE = FIXTURES / "html" / "saved-page.html"
# Words of the page's furniture: none may reach the story; the cleaning report lists them.
JUNK = (
    "We use cookies",
    "Accept all cookies",
    "More sections",
    "Related stories",
    "Ferry timetable",
    "Comments (2)",
    "seagull_watcher",
    "ridiculous waste of money",
    "my grandfather kept that light",
    "Post comment",
    "Share this story",
    "Media Ltd",
    "Terms of use",
)
# What a reader never sees on the saved page (scripts, an ad frame's fallback,
# attributes): none may reach the built site, not even the cleaning report.
NEVER_SHOWN = (
    "trackingQueue",
    "stealCookies",
    "Injected advertisement",
    "Iframe fallback",
    "ads.example.net",
    "tracker.example.net",
    "onclick",
    "acceptCookies",
    "shareStory",
    "openMenu",
    "javascript:",
)
REPORT = re.compile(r'<details class="cleaning-report">.*?</details>', re.S)
RUSSIAN_PAGE = """<!DOCTYPE html>
<html lang="ru"><head><meta charset="windows-1251">
<title>Жители посёлка отстояли старую библиотеку</title></head>
<body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>Жители посёлка отстояли старую библиотеку</h1>
<p>Совет депутатов посёлка Заречный отказался закрывать сельскую библиотеку после того,
как на заседание пришли больше ста жителей с подписями в её защиту.</p>
<p>Библиотека работает в деревянном доме с прошлого века, и теперь совет обещает найти
деньги на ремонт крыши и печи до начала отопительного сезона.</p>
<p>Заведующая библиотекой поблагодарила читателей и сказала, что в следующем месяце
откроет в читальном зале кружок для школьников.</p></article>
</body></html>
"""
NO_STORY_PAGE = """<!DOCTYPE html>
<html><head><title>Coastal Ledger: sections</title>
<script>var x = 1;</script></head>
<body><nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li>
<li><a href="/weather">Weather</a></li></ul></nav>
<footer><a href="/privacy">Privacy</a></footer></body></html>
"""


def page_of(site: Path, article_id: str) -> str:
    return (site / "output" / "articles" / article_id / "index.html").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def page_site(tmp_path_factory) -> Path:
    site = make_site(
        tmp_path_factory.mktemp("pages"),
        {"harbour.html": SAVED_PAGE.read_bytes(), "story.txt": STORY},
    )
    assert build(site) == 0
    return site


# What the built page of saved-page.html must hold: the story, by kind ...
STORY_PARTS = (
    "<h1>Harbour town votes to restore its lighthouse</h1>",
    "<h2>A narrow vote after a long debate</h2>",
    "<blockquote><p>The lighthouse is the first thing every child",
    "<p>Councillors in the small harbour town of",
    "along the coast path safely.</p>",
    '<figure class="caption"><figcaption>The granite lighthouse above the harbour wall '
    "at dusk, seen from the fish quay.</figcaption></figure>",
)
# ... and the page's metadata, saying where it came from.
METADATA_PARTS = (
    '<time datetime="2023-05-17">',
    "(from the page metadata)",
    "The title was read from the page metadata.",
    "<dd>Morwenna Tregarthen</dd>",
    "Coastal Ledger",
    '<a href="https://ledger.example.org/news/harbour-lighthouse" rel="nofollow',
    '<article class="article" lang="en-GB">',
)


@pytest.mark.parametrize("parts", [STORY_PARTS, METADATA_PARTS], ids=["story", "metadata"])
def test_the_story_and_metadata_of_a_saved_page_are_kept(page_site, parts):
    page = page_of(page_site, "harbour")
    assert [part for part in parts if part not in page] == []


def test_no_furniture_or_script_of_the_page_reaches_the_site(page_site):
    output = page_site / "output"
    for path in output.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".xml", ".js"):
            text = path.read_text(encoding="utf-8")
            if path.name == "lunr.js":
                continue
            assert [word for word in NEVER_SHOWN if word in text] == [], path
            shown = REPORT.sub("", text)
            found = [junk for junk in JUNK if junk in shown]
            assert found == [], f"{path.relative_to(output)} holds {found}"


def test_the_cleaning_report_lists_the_furniture_around_the_story(page_site):
    [report] = REPORT.findall(page_of(page_site, "harbour"))
    left_out = re.findall(r"<td><code>outside-main-text</code></td><td>([^<]*)</td>", report)
    assert [junk for junk in JUNK if not any(junk in text for text in left_out)] == []
    assert "Nothing was removed" not in report


def test_the_built_site_is_valid_and_its_links_work(page_site):
    assert html_errors(page_site / "output") == []
    assert broken_links(page_site / "output") == []


def test_inspect_says_the_date_came_from_the_page(capsys):
    assert main(["inspect", "--json", str(SAVED_PAGE)]) == 0
    [record] = json.loads(capsys.readouterr().out)
    assert (record["date"], record["date_basis"]) == ("2023-05-17", "page-metadata")
    assert (record["title"], record["byline"], record["source"]) == (
        "Harbour town votes to restore its lighthouse",
        "Morwenna Tregarthen",
        "Coastal Ledger",
    )
    assert [b["kind"] for b in record["blocks"]] == [
        "paragraph",
        "paragraph",
        "caption",
        "heading",
        "paragraph",
        "quote",
        "paragraph",
        "paragraph",
    ]


def test_lines_are_numbered_as_in_the_page():
    lines = read_document(SAVED_PAGE).lines
    source = SAVED_PAGE.read_text(encoding="utf-8").splitlines()
    for line in lines:
        assert line.text[:30] in " ".join(source[line.number - 1 : line.number + 1])


def test_a_page_without_stated_metadata_gets_none_invented(tmp_path):
    """No date from the text ('17 May 2023'), the address or the file's time."""
    page = SAVED_PAGE.read_text(encoding="utf-8")
    for stated in (
        '"datePublished": "2023-05-17T09:30:00+01:00",',
        '<time datetime="2023-05-17T09:30:00+01:00">17 May 2023</time>',
        '<meta property="og:site_name" content="Coastal Ledger">',
    ):
        page = page.replace(stated, "")
    page = page.replace("/news/harbour-lighthouse", "/news/2023/05/17/harbour-lighthouse")
    path = tmp_path / "bare.html"
    path.write_text(page.replace("<p>Councillors", "<p>On 17 May 2023, councillors"), "utf-8")
    document = read_document(path)
    assert "date" not in document.front_matter
    assert document.front_matter["source"] == "Coastal Ledger"  # JSON-LD's publisher


def test_a_page_in_windows_1251_is_read_by_its_declared_charset(tmp_path):
    site = make_site(tmp_path, {"библиотека.html": RUSSIAN_PAGE.encode("cp1251")})
    assert build(site) == 0
    [article] = (site / "output" / "articles").iterdir()
    page = (article / "index.html").read_text(encoding="utf-8")
    assert "<h1>Жители посёлка отстояли старую библиотеку</h1>" in page
    assert "<p>Совет депутатов посёлка Заречный" in page
    assert "(cp1251)" in page and "Главная" not in REPORT.sub("", page)
    assert "<td><code>outside-main-text</code></td><td>Главная Новости</td>" in page
    assert '<article class="article" lang="ru">' in page


def test_a_declared_charset_beats_detection():
    text = RUSSIAN_PAGE.replace("windows-1251", "koi8-r")
    assert decode_page(text.encode("koi8_r"), "page.html") == (text, "koi8-r")
    # A page re-saved as UTF-8 that still declares its old charset.
    assert decode_page(text.encode("utf-8"), "page.html") == (text, "utf-8")
    undeclared = text.replace('<meta charset="koi8-r">', "").encode("cp1251")
    assert decode_page(undeclared, "page.html")[1] == "cp1251"  # detected, as for text


def test_a_page_with_no_story_is_named_and_the_rest_still_builds(tmp_path, capsys, monkeypatch):
    files = {
        "story.txt": STORY,
        "sections.html": NO_STORY_PAGE,
        "photo.htm": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x00" * 8,
        "empty.html": "",
    }
    site = make_site(tmp_path, files)
    monkeypatch.chdir(site)
    assert build(site) == 1
    errors = capsys.readouterr().err
    assert (
        "error: content/sections.html: skipped: no main text found in the page\n"
        "  fix: save the article's own page (not a section front or a list of links), "
        "or copy the story's text into a .txt file\n"
    ) in errors
    assert "error: content/photo.htm: skipped: binary file" in errors
    assert "error: content/empty.html: skipped: empty file" in errors
    assert sorted(p.name for p in (site / "output" / "articles").iterdir()) == ["story"]


def test_reading_a_page_never_touches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a page was read over the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    assert read_document(SAVED_PAGE).front_matter["date"] == "2023-05-17"


def test_reading_a_page_is_deterministic_and_quick():
    data = SAVED_PAGE.read_bytes()
    first = read_document(SAVED_PAGE, data=data)
    started = time.perf_counter()
    for _ in range(10):
        assert read_document(SAVED_PAGE, data=data) == first
    assert (time.perf_counter() - started) / 10 < 0.5  # about 15 ms on one core


def test_a_broken_page_is_a_content_error(tmp_path):
    path = tmp_path / "broken.html"
    path.write_bytes(b"<html><body><p>\xff\xfe\x00\x01" + b"\x00" * 200)
    with pytest.raises(ContentError, match="binary file"):
        read_document(path)


def test_stray_control_characters_in_a_page_are_dropped(tmp_path):
    path = tmp_path / "damaged.html"
    page = SAVED_PAGE.read_text(encoding="utf-8").replace("Councillors", "Counc\x00ill\x01ors")
    path.write_text(page, encoding="utf-8")
    assert read_document(path).lines[1].text.startswith("Councillors in the small harbour")


def test_misshapen_metadata_is_refused_and_the_next_value_taken(tmp_path, capsys, monkeypatch):
    page = SAVED_PAGE.read_text(encoding="utf-8")
    for stated, hostile in (
        ("https://ledger.example.org/news/harbour-lighthouse", "/news/harbour-lighthouse"),
        ('property="og:type" content="article"', 'property="og:url" content="https://e.org/h"'),
        ("2023-05-17T09:30:00+01:00", "last Tuesday"),  # JSON-LD and <time>
        ('lang="en-GB"', "lang=\"en' onload='x\""),
        ('"headline": "Harbour', '"headline": "\\u003cscript>alert(1)\\u003c/script> Harbour'),
    ):
        page = page.replace(stated, hostile)
    site = make_site(tmp_path, {"harbour.html": page})
    monkeypatch.chdir(site)
    assert build(site) == 0
    errors = capsys.readouterr().err
    assert (
        "warning: content/harbour.html:13: the page's date 'last Tuesday' ignored: "
        "it is not a date as YYYY-MM-DD\n"
    ) in errors
    assert "warning: content/harbour.html:2: the page's lang \"en' onload='x\" ignored" in errors
    assert "harbour-lighthouse" not in errors  # a relative canonical link gives way to og:url
    built = page_of(site, "harbour")
    assert '<a href="https://e.org/h" rel="nofollow' in built
    assert "<script>alert" not in built and "&lt;script&gt;alert(1)&lt;/script&gt; Harbour" in built
    assert "onload" not in built and '<span class="unknown">date unknown</span>' in built
