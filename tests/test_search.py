"""The search index, without a browser: terms, the compact index, the documents file."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from conftest import TSIKHANOUSKAYA, with_actor
from lunr.stemmer import porter_stemmer

from newsarchive.config import ConfigError, load_site_config
from newsarchive.model import Archive, Block
from newsarchive.pipeline import process_archive
from newsarchive.write.layout import Links, newest_first
from newsarchive.write.search import (
    DOCUMENTS_FILE,
    FOLD_FILE,
    INDEX_FILE,
    LEAD_CHARS,
    article_actors,
    index_builder,
    indexed_fields,
    lead,
    search_document,
    search_files,
)
from newsarchive.write.search_terms import fold, fold_table, normalize, stem, words

LINKS = Links(pretty=False)

# Stems lunr.js 2.3.9 gives (run in its own test suite's way: lunr.stemmer).
LUNR_JS_STEMS = {
    "day": "day",
    "monday": "monday",
    "today": "today",
    "key": "key",
    "money": "money",
    "survey": "survey",
    "play": "play",
    "try": "tri",
    "sky": "ski",
    "happy": "happi",
    "negotiations": "negoti",
    "negotiating": "negoti",
    "generalizations": "gener",
    "yesterday": "yesterday",
    "running": "run",
    "agreed": "agre",
}


@pytest.mark.parametrize(("word", "expected"), LUNR_JS_STEMS.items())
def test_stem_is_lunr_js_stem(word, expected):
    assert stem(word) == expected


def test_lunr_py_stemmer_is_why_we_have_our_own():
    """If lunr.py ever agrees with lunr.js, search_terms.stem can go."""
    assert porter_stemmer.stem("monday") == "mondai" != stem("monday")


@pytest.mark.parametrize(
    ("written", "normalized"),
    [
        ("César", "cesar"),
        ("Lukašenka", "lukashenka"),
        ("Лукашенко", "lukashenko"),
        ("Ціханоўская", "tsikhanouskaya"),
        ("Lukashenko’s,", "lukashenko"),
        ("«Тихановская»", "tikhanovskaya"),
        ("Ce\u0301sar", "cesar"),  # decomposed accent
        ("STRAßE", "strasse"),
        ("(Reuters)", "reuters"),
        ("don't", "dont"),
        ("—", ""),
    ],
)
def test_normalize_folds_case_accents_and_scripts(written, normalized):
    assert normalize(written) == normalized


def test_fold_table_gives_plain_lower_case_ascii_that_folds_to_itself():
    values = set(fold_table().values())
    assert all(value.isascii() and value == value.lower() for value in values)
    assert all(fold(value) == value for value in values)


def test_words_split_where_lunr_js_splits_a_query():
    assert words("Talks–resume in\u2009Minsk\u00a0on Monday-night") == [
        "talks",
        "resume",
        "in",
        "minsk",
        "on",
        "monday",
        "night",
    ]


@pytest.fixture(scope="module")
def demo_archive(demo_copy) -> Archive:
    return process_archive(load_site_config(demo_copy))


def python_search(archive: Archive, query: str, full_text: bool = False) -> set[str]:
    """Article ids lunr.py finds for `query` in the index `search_files` writes."""
    ordered = sorted(archive.records, key=lambda r: r.id)
    actors = article_actors(archive)
    documents = [search_document(str(n), r, actors[r.id], full_text) for n, r in enumerate(ordered)]
    index = index_builder(documents, indexed_fields(full_text)).build()
    return {ordered[int(hit["ref"])].id for hit in index.search(query)}


def test_every_spelling_of_an_actor_finds_the_articles_that_mention_it(demo_archive):
    mentioned = {"2020-08-10-minsk-protests", "2021-07-06-babaryka-sentenced"}
    archive = with_actor(demo_archive, TSIKHANOUSKAYA, mentioned)
    for spelling in ("Tichanovskaja", "tikhanovskaya", "Ціханоўская", "Sviatlana"):
        assert mentioned <= python_search(archive, spelling), spelling


def test_monday_is_found(demo_archive):
    assert "2021-09-06-kalesnikava-sentenced" in python_search(demo_archive, "monday")


def test_body_is_searched_only_with_full_text(demo_archive):
    """'barricades' is only in the body of one demo article."""
    assert python_search(demo_archive, "courtroom") == set()
    assert python_search(demo_archive, "courtroom", full_text=True)


def test_lead_is_the_first_paragraph_cut_after_a_word(demo_archive):
    record = demo_archive.records[0]
    long = "word " * 100
    cut = lead(
        dataclasses.replace(record, blocks=(Block("heading", "H"), Block("paragraph", long)))
    )
    assert cut.endswith("word…") and len(cut) <= LEAD_CHARS + 1
    short = lead(dataclasses.replace(record, blocks=(Block("paragraph", "Short lead."),)))
    assert short == "Short lead."


def read_script(text: str) -> dict:
    """The values a search script assigns, by key."""
    values = {}
    for line in text.splitlines():
        prefix, _, data = line.partition(" = {")
        assert prefix.startswith("(window.newsarchiveSearch = window.newsarchiveSearch || {}).")
        key = prefix.rsplit(".", 1)[1]
        values[key] = json.loads("{" + data.removesuffix(";"))
    return values


def test_search_files_are_scripts_with_the_index_documents_and_fold_table(demo_archive):
    files = search_files(demo_archive, LINKS, full_text=False)
    assert set(files) == {INDEX_FILE, DOCUMENTS_FILE, FOLD_FILE}
    index = read_script(files[INDEX_FILE])["index"]
    assert index["fields"] == ["title", "actors", "source", "lead"]
    assert index["pipeline"] == ["newsarchiveNormalize", "stemmer"]
    assert index["documentCount"] == len(demo_archive.records)
    assert len(index["postings"]) == len(index["terms"])
    documents = read_script(files[DOCUMENTS_FILE])["documents"]
    assert set(documents) == {"title", "url", "date", "dateLabel", "source", "lead", "actors"}
    assert all(len(column) == len(demo_archive.records) for column in documents.values())
    assert documents["url"][0] == "articles/2021-07-06-babaryka-sentenced/index.html"  # newest
    # The demo has TASS twice, once as "ТАСС": one outlet, one facet, as on its source page.
    tass = [row for row, record in enumerate(newest_first(demo_archive.records))
            if record.source in ("TASS", "ТАСС")]  # fmt: skip
    assert len(tass) == 2 and {documents["source"][row] for row in tass} == {"TASS"}
    assert read_script(files[FOLD_FILE])["fold"]["š"] == "sh"


def test_compact_postings_decode_to_the_builders_term_frequencies(demo_archive):
    archive = with_actor(demo_archive, TSIKHANOUSKAYA, {"2020-08-10-minsk-protests"})
    index = read_script(search_files(archive, LINKS, full_text=True)[INDEX_FILE])["index"]
    decoded: dict[str, dict[str, int]] = {}
    for term, postings in zip(index["terms"], index["postings"], strict=True):
        for field, gaps in zip(index["fields"], postings, strict=True):
            ref = -1
            for gap in gaps:
                ref += gap
                counts = decoded.setdefault(f"{field}/{ref}", {})
                counts[term] = counts.get(term, 0) + 1
    assert decoded["actors/" + str(_row(archive, "2020-08-10-minsk-protests"))] == {
        "sviatlana": 1,
        "tsikhanouskaya": 2,  # "Ціханоўская" folds to it
        "svetlana": 1,
        "tikhanovskaya": 1,
        "tichanovskaja": 1,
    }


def _row(archive: Archive, article_id: str) -> int:
    files = search_files(archive, LINKS, full_text=False)
    urls = read_script(files[DOCUMENTS_FILE])["documents"]["url"]
    return urls.index(LINKS.article(article_id))


def test_terms_are_in_javascripts_order_past_the_basic_plane(demo_archive):
    """lunr.js refuses a term list out of UTF-16 order; Python sorts code points."""
    record = dataclasses.replace(
        demo_archive.records[0], title="𐌰𐌱𐌲 ﬀtest", blocks=(Block("paragraph", "ﬃ 𝔞𝔟 x"),)
    )
    files = search_files(Archive([record], []), LINKS, full_text=False)
    terms = read_script(files[INDEX_FILE])["index"]["terms"]
    assert terms == sorted(terms, key=lambda term: term.encode("utf-16-be"))
    assert terms != sorted(terms)


def test_same_archive_gives_the_same_bytes(demo_archive, demo_copy):
    first = search_files(demo_archive, LINKS, full_text=True)
    again = search_files(process_archive(load_site_config(demo_copy)), LINKS, full_text=True)
    assert first == again


def test_site_yaml_switches_full_text_and_names_a_bad_value(tmp_path: Path):
    (tmp_path / "content").mkdir()
    (tmp_path / "site.yaml").write_text("title: T\nsearch:\n  full_text: true\n")
    assert load_site_config(tmp_path).search.full_text is True
    (tmp_path / "site.yaml").write_text("title: T\nsearch:\n  full_text: 1\n")
    with pytest.raises(ConfigError, match="must be true/false, not a whole number") as error:
        load_site_config(tmp_path)
    assert (error.value.key, error.value.line) == ("search.full_text", 3)
