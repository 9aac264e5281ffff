"""Search in a real browser: Debian's headless Chromium driven by Playwright.

Sites are served from 127.0.0.1 in a thread (at the root and from a sub-path)
and opened from disk (file://), as readers open them. Nothing is downloaded:
the browser is the system's, and the tests skip when it is absent.
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import DEMO, REPO, SEEDS, TSIKHANOUSKAYA, make_site, with_actor
from lunr.stop_word_filter import WORDS as STOP_WORDS

from bench.search import CHROMIUM
from newsarchive.cli import main
from newsarchive.config import load_site_config
from newsarchive.pipeline import process_archive
from newsarchive.plugin import render_site
from newsarchive.write.layout import Links, newest_first
from newsarchive.write.search import (
    INDEX_FILE,
    article_actors,
    index_builder,
    indexed_fields,
    search_document,
    search_files,
)
from newsarchive.write.search_terms import fold_table, normalize, stem

JS = REPO / "themes" / "archive" / "static" / "js"

if not CHROMIUM.exists():
    pytest.skip(
        f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)",
        allow_module_level=True,
    )
pytest.importorskip("playwright.sync_api", reason="pip install playwright")

STORIES = {
    "talks.txt": (
        "Border talks resume after a week of negotiations\n\n"
        "MINSK, March 3 (Reuters) - Officials said on Friday that negotiations over the border "
        "would continue next week, after both sides failed to agree on a joint statement.\n\n"
        "The delegations met for six hours behind closed doors in Sochi and left without "
        "speaking to the reporters who waited outside.\n"
    ),
    "award.txt": (
        "Film prize for a documentary on the protests\n\n"
        "PARIS, March 5 (AP) - A documentary about the protests in Belarus won a César award on "
        "Saturday, the academy said, and its director dedicated the prize to prisoners.\n\n"
        "The film was shot over two years by a crew that left the country in the autumn.\n"
    ),
    "leader.txt": (
        "Opposition leader addresses supporters in Vilnius\n\n"
        "VILNIUS, April 2 (BNS) - Opposition leader Sviatlana Tsikhanouskaya told supporters on "
        "Sunday that Lukashenka had lost the trust of the country, a day after new arrests.\n\n"
        "She said the movement would not give up and called for the release of prisoners.\n"
    ),
    "sochi.txt": (
        "Sochi meeting ends without a statement\n\n"
        "MOSCOW, May 1 (TASS) - The meeting of the two presidents ended late in the evening "
        "without a joint statement, officials said.\n\n"
        "Both delegations described the atmosphere as constructive.\n"
    ),
}
# The actor's hand-made mentions: the award story never spells the name.
ACTOR_ARTICLES = {"leader", "award"}
TALKS = "Border talks resume after a week of negotiations"
AWARD = "Film prize for a documentary on the protests"
LEADER = "Opposition leader addresses supporters in Vilnius"
STATUS = "document.getElementById('search-status').textContent"


@pytest.fixture
def page(browser):
    """A fresh page that fails the test on any script error or dialog."""
    context = browser.new_context()
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda error: errors.append(str(error)))
    opened.on("dialog", lambda dialog: errors.append(f"dialog: {dialog.message}"))
    yield opened
    context.close()
    assert errors == []


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 in a thread; yields the base URL."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo archive, built with the default settings."""
    site = tmp_path_factory.mktemp("demo")
    shutil.copy(DEMO / "site.yaml", site / "site.yaml")
    shutil.copytree(DEMO / "content", site / "content")
    assert main(["build", str(site)]) == 0
    return site / "output"


@pytest.fixture(scope="module")
def demo_url(demo) -> Iterator[str]:
    with serve(demo) as url:
        yield url


@pytest.fixture(scope="module")
def stories_url(tmp_path_factory) -> Iterator[str]:
    """Four short stories, full text on, with hand-made actors, served from /archive/."""
    root = tmp_path_factory.mktemp("stories")
    site = make_site(root / "site", STORIES, "title: Stories\nsearch:\n  full_text: true\n")
    config = load_site_config(site)
    archive = with_actor(process_archive(config), TSIKHANOUSKAYA, ACTOR_ARTICLES)
    render_site(config, root / "www" / "archive", archive)
    with serve(root / "www") as url:
        yield url + "archive/"


def search(page, site_url: str, query: str, **filters: str) -> list[str]:
    """Open the search page with `query` in its URL; the titles it lists, in order."""
    params = "&".join(f"{key}={quote(value)}" for key, value in [("q", query), *filters.items()])
    page.goto(f"{site_url}search/index.html?{params}")
    wait_for_status(page, query)
    return result_titles(page)


def wait_for_status(page, query: str) -> None:
    """Until the page says what it found for `query`."""
    page.wait_for_function(f"{STATUS}.includes({json.dumps('“' + query.strip() + '”')})")


def result_titles(page) -> list[str]:
    return page.eval_on_selector_all("#search-results a", "links => links.map(a => a.textContent)")


def marked(page, selector: str = "#search-results") -> set[str]:
    return set(page.eval_on_selector_all(f"{selector} mark", "ms => ms.map(m => m.textContent)"))


def load_scripts(page, *names: str) -> None:
    page.goto("about:blank")
    for name in names:
        page.add_script_tag(path=str(JS / name))


# What Python and lunr.js must agree on


def demo_words() -> set[str]:
    """Every run of text between separators in the demo archive's files, as written."""
    text = " ".join(p.read_text(errors="replace") for p in (DEMO / "content").iterdir())
    return set(re.split(r"[\s\-]+", text)) - {""}


def stemmer_words() -> list[str]:
    """Words for the stemmer comparison: every word of the demo archive, words ending
    in a vowel and y (where lunr.py and lunr.js part), and roots with Porter's suffixes."""
    found = {normalize(word) for word in demo_words()}
    vowel_y = "day monday today key money survey play say way stay obey journey ray toy buy guy"
    roots = [
        "negoti",
        "gener",
        "rel",
        "happ",
        "surv",
        "tr",
        "cr",
        "sk",
        "valid",
        "hop",
        "fil",
        "agr",
        "cit",
        "nation",
        "condition",
        "y",
        "yell",
        "form",
        "sens",
        "activ",
    ]
    suffixes = [
        "ational",
        "tional",
        "enci",
        "anci",
        "izer",
        "bli",
        "alli",
        "entli",
        "eli",
        "ousli",
        "ization",
        "ation",
        "ator",
        "alism",
        "iveness",
        "fulness",
        "ousness",
        "aliti",
        "iviti",
        "biliti",
        "logi",
        "icate",
        "ative",
        "alize",
        "iciti",
        "ical",
        "ful",
        "ness",
        "al",
        "ance",
        "ence",
        "er",
        "ic",
        "able",
        "ible",
        "ant",
        "ement",
        "ment",
        "ent",
        "ion",
        "ou",
        "ism",
        "ate",
        "iti",
        "ous",
        "ive",
        "ize",
        "sses",
        "ies",
        "ss",
        "s",
        "eed",
        "ed",
        "ing",
        "y",
        "ay",
        "ey",
        "oy",
        "e",
        "ll",
        "ly",
    ]
    generated = {root + suffix for root in roots for suffix in ["", *suffixes]}
    return sorted((found | set(vowel_y.split()) | generated) - {""})


def test_python_and_lunr_js_stem_every_word_alike(page):
    load_scripts(page, "lunr.js")
    words = stemmer_words()
    in_browser = page.evaluate(
        "words => words.map(w => lunr.stemmer(new lunr.Token(w)).toString())", words
    )
    differing = [(w, stem(w), js) for w, js in zip(words, in_browser, strict=True) if stem(w) != js]
    assert len(words) > 2000
    assert differing == []


def test_python_and_the_page_normalize_every_word_alike(page):
    load_scripts(page, "lunr.js", "search-core.js")
    tricky = "César Lukašenka Ціханоўская «Лукашенко» Lukashenko’s, don't ΣΟΦΙΑ Straße ﬁne _x_"
    words = sorted(demo_words() | set(tricky.split()) | {"𐌰𐌱", "e\u0301", "Ōsaka", "İstanbul"})
    in_browser = page.evaluate(
        "([words, table]) => { const terms = newsarchiveSearchCore.create(lunr, table);"
        " return words.map(terms.normalize); }",
        [words, fold_table()],
    )
    assert [(w, js) for w, js in zip(words, in_browser, strict=True) if normalize(w) != js] == []


def test_lunr_py_and_lunr_js_drop_the_same_stop_words(page):
    load_scripts(page, "lunr.js")
    words = sorted(STOP_WORDS | {normalize(word) for word in demo_words()})
    dropped = page.evaluate(
        "words => words.filter(w => lunr.stopWordFilter(new lunr.Token(w)) === undefined)", words
    )
    assert sorted(dropped) == sorted(STOP_WORDS)


def test_the_page_rebuilds_the_index_lunr_py_builds(page, demo_copy):
    """search/index.js is compact; expanded in the page, it is lunr.py's own index."""
    demo_archive = process_archive(load_site_config(demo_copy))
    archive = with_actor(demo_archive, TSIKHANOUSKAYA, {"2020-08-10-minsk-protests"})
    compact = search_files(archive, Links(pretty=False), full_text=True)[INDEX_FILE]
    load_scripts(page, "lunr.js", "search-core.js")
    page.add_script_tag(content=compact)
    rebuilt = page.evaluate(
        "() => { const core = newsarchiveSearchCore;"
        " core.create(lunr, {}).registerPipeline();"
        " return core.loadIndex(lunr, newsarchiveSearch.index).toJSON(); }"
    )
    ordered = newest_first(archive.records)
    actors = article_actors(archive)
    documents = [search_document(str(n), r, actors[r.id], True) for n, r in enumerate(ordered)]
    built = index_builder(documents, indexed_fields(True)).build().serialize()
    assert rebuilt["pipeline"] == built["pipeline"] and rebuilt["fields"] == built["fields"]
    assert vectors_by_term(rebuilt) == pytest.approx(vectors_by_term(built), abs=0.0011)


def vectors_by_term(serialized: dict) -> dict[str, float]:
    """Field vectors keyed by "field/ref/term", whatever each side numbered its terms."""
    term_of = {posting["_index"]: term for term, posting in serialized["invertedIndex"]}
    scores = {}
    for field_ref, elements in serialized["fieldVectors"]:
        for position in range(0, len(elements), 2):
            scores[f"{field_ref}/{term_of[elements[position]]}"] = elements[position + 1]
    return scores


# Searching


def test_monday_finds_the_articles_that_say_monday(page, demo_url):
    titles = search(page, demo_url, "monday")
    assert "Belarus court sentences Kalesnikava to 11 years in prison" in titles
    assert "Monday" in marked(page)


def test_the_start_of_a_word_finds_it_despite_stemming(page, stories_url):
    assert search(page, stories_url, "negotiat") == [TALKS]
    assert marked(page) == {"negotiations"}
    assert set(search(page, stories_url, "Tsikhan")) == {LEADER, AWARD}  # AWARD: the actor


def test_accents_and_scripts_fold(page, stories_url):
    assert search(page, stories_url, "cesar") == [AWARD]
    assert marked(page) == {"César"}
    assert search(page, stories_url, "Lukašenka") == [LEADER]


def test_any_spelling_of_an_actor_finds_its_articles(page, stories_url):
    for spelling in ("Tichanovskaja", "Svetlana Tikhanovskaya", "Ціханоўская"):
        assert set(search(page, stories_url, spelling)) == {LEADER, AWARD}, spelling


def test_a_title_match_ranks_above_the_body(page, stories_url):
    assert search(page, stories_url, "sochi") == ["Sochi meeting ends without a statement", TALKS]


def test_quoted_phrases_keep_their_word_order(page, demo_url):
    assert search(page, demo_url, '"second night"') == [
        "Belarus police clash with protesters for second night after disputed vote"
    ]
    assert search(page, demo_url, '"night second"') == []
    assert page.evaluate(STATUS) == 'No results for “"night second"”.'


def test_a_query_of_markup_is_shown_as_text_and_runs_nothing(page, demo_url):
    hostile = "<img src=x onerror=alert(1)>"
    page.goto(f"{demo_url}search/index.html")
    page.fill("#search-input", hostile)
    wait_for_status(page, hostile)
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert hostile in page.evaluate(STATUS)
    page.goto(f"{demo_url}search/index.html?q={quote(hostile)}")
    wait_for_status(page, hostile)
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.input_value("#search-input") == hostile


def test_never_says_no_results_while_the_index_loads(page, demo_url):
    held = []
    page.route("**/search/index.js", lambda route: held.append(route))
    page.goto(f"{demo_url}search/index.html")
    page.fill("#search-input", "monday")
    page.wait_for_function(f"{STATUS} === 'Loading the search index…'")
    page.wait_for_timeout(300)
    assert page.evaluate(STATUS) == "Loading the search index…"
    assert page.get_attribute("#search-results", "aria-busy") == "true"
    held[0].continue_()
    wait_for_status(page, "monday")
    assert page.get_attribute("#search-results", "aria-busy") is None
    assert len(result_titles(page)) == 2


def test_the_index_loads_only_when_wanted(page, demo_url):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{demo_url}search/index.html")
    page.wait_for_load_state("load")
    assert not [url for url in requested if "/search/index.js" in url]
    page.focus("#search-input")
    page.wait_for_function(f"{STATUS} === ''")
    assert [url for url in requested if url.endswith("/search/index.js")]


def filter_options(page, group: str) -> dict[str, str]:
    """The options of a filter group: value -> its count, as shown."""
    return dict(
        page.eval_on_selector_all(
            f"#search-filters input[name={group}]",
            "boxes => boxes.map(box => [box.value,"
            " box.parentElement.querySelector('.filter-count').textContent])",
        )
    )


def count_of(options: dict[str, str], value: str) -> int:
    return int(options[value].strip("()"))


def test_filters_or_within_a_group_and_across_groups_with_counts(page, demo_url):
    everything = search(page, demo_url, "belarus")
    years = filter_options(page, "year")
    assert set(years) == {"2020", "2021"}
    page.check("#search-filters input[name=year][value='2020']")
    wait_for_status(page, "belarus")
    assert len(result_titles(page)) == count_of(years, "2020")
    assert filter_options(page, "year") == years  # a group does not count against itself
    page.check("#search-filters input[name=year][value='2021']")
    wait_for_status(page, "belarus")
    in_either_year = count_of(years, "2020") + count_of(years, "2021")
    assert len(result_titles(page)) == in_either_year < len(everything)
    sources = filter_options(page, "source")  # counted among the chosen years only
    assert sum(count_of(sources, source) for source in sources) == in_either_year
    page.check("#search-filters input[name=source][value=TASS]")
    wait_for_status(page, "belarus")
    assert len(result_titles(page)) == count_of(sources, "TASS") == 1
    assert page.evaluate(STATUS) == f"1 of {len(everything)} results for “belarus”, filtered."
    assert page.url.endswith("?q=belarus&year=2020&year=2021&source=TASS")


def test_query_and_filters_come_back_from_the_url(page, demo_url):
    titles = search(page, demo_url, "belarus", source="Reuters")
    assert page.input_value("#search-input") == "belarus"
    assert page.is_checked("#search-filters input[name=source][value=Reuters]")
    assert len(titles) == 2
    page.reload()
    wait_for_status(page, "belarus")
    assert result_titles(page) == titles


def test_keyboard_alone_reaches_a_result_and_its_words_are_marked_there(page, demo_url):
    page.goto(f"{demo_url}search/index.html")
    page.focus("#search-input")
    page.keyboard.type("monday")
    wait_for_status(page, "monday")
    page.keyboard.press("ArrowDown")
    first = result_titles(page)[0]
    assert page.evaluate("document.activeElement.textContent") == first
    page.keyboard.press("Enter")
    page.wait_for_selector(".article-body mark")
    assert "?highlight=monday" in page.url
    assert marked(page, ".article-body") == {"Monday"}


def test_more_results_come_a_page_at_a_time(page, tmp_path):
    stories = {
        f"border-{n:02}.txt": STORIES["talks.txt"].replace("Border talks", f"Border talks {n}")
        for n in range(25)
    }
    site = make_site(tmp_path, stories)
    assert main(["build", str(site)]) == 0
    page.goto((site / "output" / "search" / "index.html").as_uri() + "?q=border")
    wait_for_status(page, "border")
    assert page.evaluate(STATUS) == "25 results for “border”."
    assert len(result_titles(page)) == 20
    page.click("#search-more")
    assert len(result_titles(page)) == 25
    assert page.evaluate("document.activeElement.textContent") == result_titles(page)[20]
    assert page.is_hidden("#search-more")


def test_search_works_from_a_sub_path(page, stories_url):
    assert "/archive/" in stories_url
    search(page, stories_url, "negotiations")
    page.click("#search-results a")
    page.wait_for_selector(".article-body mark")
    assert page.url.startswith(f"{stories_url}articles/talks/index.html?highlight=")


def test_search_works_from_disk(page, demo):
    page.goto((demo / "search" / "index.html").as_uri() + "?q=monday")
    wait_for_status(page, "monday")
    assert len(result_titles(page)) == 2
    page.click("#search-results a")
    page.wait_for_selector(".article-body mark")


def test_without_javascript_the_page_says_search_needs_it(browser, demo_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{demo_url}search/index.html?q=monday")
    assert "needs JavaScript" in page.inner_text("main")
    context.close()


# The seed articles (../shared/seeds), as the issue asks


@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory) -> Iterator[str]:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not here ({SEEDS} is absent)")
    full_text = "title: Seeds\nsearch:\n  full_text: true\n"
    site = make_site(tmp_path_factory.mktemp("seeds"), {}, full_text)
    for path in sorted(SEEDS.glob("*.txt")):
        shutil.copy(path, site / "content" / path.name)
    assert main(["build", str(site)]) == 0
    with serve(site / "output") as url:
        yield url


def test_seeds_peskov_and_monday(page, seeds_url):
    assert len(search(page, seeds_url, "Peskov")) == 3
    assert len(search(page, seeds_url, "monday")) == 1


def test_seeds_every_spelling_of_tsikhanouskaya_finds_the_same_articles(page, seeds_url):
    rows = json.loads(page.request.get(f"{seeds_url}data/articles.json").text())
    if not any(row["actors"] for row in rows):
        pytest.skip("needs the actors stage: no article of the seeds has resolved actors yet")
    spellings = ("Tsikhanouskaya", "Tichanovskaja", "Tikhanovskaya")
    found = [set(search(page, seeds_url, spelling)) for spelling in spellings]
    assert len(found[0]) == 3 and found[0] == found[1] == found[2]
