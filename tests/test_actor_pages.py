"""Actor pages, the directory, annotated article text and data/actors.json, as built."""

from __future__ import annotations

import json
import re

from conftest import build, make_site
from sitecheck import broken_links, html_errors

STORY = (
    "Talks on the border dispute resume\n\n"
    "MINSK, March 3 (Reuters) - Kremlin spokesman Dmitry Peskov said on Friday that the talks "
    "with Sviatlana Tsikhanouskaya would continue next week in Vilnius.\n\n"
    "Peskov added that the sides had failed to agree on a joint statement after six hours.\n"
)


def page(output, path: str) -> str:
    return (output / path / "index.html").read_text(encoding="utf-8")


def test_mentions_link_to_actor_pages_with_the_canonical_name(demo):
    html = page(demo, "articles/2020-08-21-kremlin-coordination-council")
    assert re.search(
        r'<a class="actor actor-person" href="\.\./\.\./actors/dmitry-peskov/index\.html" '
        r'data-name="Dmitry Peskov">D\. Peskov</a>',
        html,
    )
    assert (
        '<a class="actor actor-organization" href="../../actors/coordination-council/'
        'index.html" data-name="Coordination Council: Opposition body formed in August 2020 '
        'to negotiate a transfer of power.">Coordination Council</a>'
    ) in html
    section = html.split('aria-labelledby="actors-heading"')[1].split("</section>")[0]
    assert "<dt>People</dt>" in section and "<dt>Organisations</dt>" in section


def test_actor_page_lists_spellings_articles_and_companions(demo):
    html = page(demo, "actors/tsikhanouskaya")
    assert "<h1>Sviatlana Tsikhanouskaya</h1>" in html
    assert "Opposition candidate in the 2020 presidential election" in html
    for spelling in ("Tichanovskaja", "Tsikhanouskaya", "Svetlana Tikhanovskaya"):
        assert re.search(rf"<li>{spelling} <span class=\"count\">\(\d+\)</span></li>", html)
    assert html.count('class="article-item"') == 15
    assert 'href="../../actors/alexander-lukashenko/index.html">Alexander Lukashenko</a>' in html
    assert '<svg role="img" aria-labelledby="chart-title"' in html


def test_husband_and_wife_have_separate_pages(demo):
    wife, husband = page(demo, "actors/tsikhanouskaya"), page(demo, "actors/sergei-tikhanovsky")
    assert "Siarhei Tsikhanouski" in husband and "Siarhei Tsikhanouski" not in wife


def test_directory_groups_actors_by_type_a_to_z(demo):
    html = page(demo, "actors")
    people = html.split('<h2 id="person">People</h2>')[1].split("</section>")[0]
    names = re.findall(r'index\.html">([^<]+)</a>', people)
    assert names == sorted(names, key=str.casefold) and "Sviatlana Tsikhanouskaya" in names
    assert (
        '<h2 id="organization">Organisations</h2>' in html and '<h2 id="place">Places</h2>' in html
    )


def test_actors_json_follows_the_contract(demo):
    rows = json.loads((demo / "data" / "actors.json").read_text(encoding="utf-8"))
    keys = {"id", "name", "type", "aliases", "url", "articles", "mentions"}
    assert all(set(row) == keys for row in rows)
    cec = next(row for row in rows if row["id"] == "cec")
    assert {"CEC", "Central Election Commission", "ЦИК"} <= set(cec["aliases"])
    assert cec["url"] == "actors/cec/index.html"
    articles = json.loads((demo / "data" / "articles.json").read_text(encoding="utf-8"))
    assert (
        "tsikhanouskaya"
        in next(a for a in articles if a["id"] == "2020-08-10-minsk-protests")["actors"]
    )


def test_old_urls_of_renamed_actors_redirect(demo):
    html = page(demo, "actors/svetlana-tikhanovskaya")
    assert (
        '<meta http-equiv="refresh" content="0; url=../../actors/tsikhanouskaya/index.html">'
        in html
    )


def test_min_articles_leaves_rare_actors_unlinked_and_nothing_broken(tmp_path):
    other = (
        "Weather talk\n\nKremlin spokesman Dmitry Peskov said on Friday it would rain for days.\n"
    )
    site = make_site(
        tmp_path, {"a.txt": STORY, "b.txt": other}, "title: T\nactors:\n  min_articles: 2\n"
    )
    assert build(site) == 0
    output = site / "output"
    assert (output / "actors" / "dmitry-peskov" / "index.html").is_file()
    assert not (output / "actors" / "vilnius").exists()
    html = page(output, "articles/a")
    assert '<span class="actor actor-place" data-name="Vilnius">Vilnius</span>' in html
    rows = {r["id"]: r for r in json.loads((output / "data" / "actors.json").read_text())}
    assert rows["vilnius"]["url"] is None
    assert broken_links(output) == [] and html_errors(output) == []
