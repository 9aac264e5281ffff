"""The search files: a lunr index built here with lunr.py, searched by lunr.js 2.3.9 in the page.

Three script files, not JSON the page fetches, so search also works when the
site is opened from disk (browsers refuse `fetch` on file://). Each sets one
key of `window.newsarchiveSearch`:

- `search/index.js`, `index`: the index in a compact form (`compact_index`);
  the page expands it into lunr's serialized form and loads it with
  `lunr.Index.load`: the same index lunr.py's `Builder.build` makes, at a
  fifth of the gzipped size (measured: 85 B instead of 401 B per article);
- `search/documents.js`, `documents` and `actors`: what a result shows and
  what the filters count, one column per key, one row per index ref (refs are
  row numbers, newest article first);
- `search/fold.js`, `fold`: the table `search_terms.fold` reads, so the page
  folds queries as the index folded the text.

Nothing here imports Pelican; `search_files` is a pure function of the archive.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from lunr import __TARGET_JS_VERSION__ as LUNR_JS_VERSION
from lunr.builder import Builder

from ..dates import date_label
from ..model import Actor, Archive, ArticleRecord
from ..slugs import source_id
from .layout import Links, newest_first
from .search_terms import INDEX_PIPELINE, SEARCH_PIPELINE, fold_table, words
from .source_pages import group_sources

INDEX_FILE = "search/index.js"
DOCUMENTS_FILE = "search/documents.js"
FOLD_FILE = "search/fold.js"
# The files by the names templates use (the search page loads all three).
SCRIPT_FILES = {"index": INDEX_FILE, "documents": DOCUMENTS_FILE, "fold": FOLD_FILE}
GLOBAL_NAME = "newsarchiveSearch"

# Indexed fields and their boosts: a match in the title or in an actor's name
# outranks one in the running text. `body` only with `search.full_text`.
FIELD_BOOSTS = {"title": 10, "actors": 5, "source": 2, "lead": 1, "body": 1}
FULL_TEXT_FIELD = "body"
# lunr's BM25 parameters (its defaults), sent to the page that scores with them.
BM25_K1 = 1.2
BM25_B = 0.75
# The lead is the first paragraph cut after a whole word at this length: it is
# indexed, shown as the result's snippet, and quoted phrases are checked on it.
# 200 characters (most of a wire story's lead: content/ averages 260) keep a
# 10,000-article search page under 2 MB gzipped (measured: 1.94 MB; 2.09 at 240).
LEAD_CHARS = 200


@dataclass(frozen=True)
class SearchDocument:
    """One article as the index sees it: the words of each field."""

    ref: str
    fields: dict[str, list[str]]


def search_files(archive: Archive, links: Links, full_text: bool) -> dict[str, str]:
    """Every search file: path under the site root -> text."""
    ordered = newest_first(archive.records)
    actors = article_actors(archive)
    documents = [
        search_document(str(ref), record, actors[record.id], full_text)
        for ref, record in enumerate(ordered)
    ]
    fields = indexed_fields(full_text)
    builder = index_builder(documents, fields)
    return {
        INDEX_FILE: script("index", compact_index(builder, fields, len(documents))),
        DOCUMENTS_FILE: documents_script(ordered, actors, links),
        FOLD_FILE: script("fold", fold_table()),
    }


def article_actors(archive: Archive) -> dict[str, list[Actor]]:
    """Article id -> the actors it mentions, in id order."""
    known = {actor.id: actor for actor in archive.actors}
    return {
        record.id: [
            known[actor_id]
            for actor_id in sorted({mention.actor for mention in record.mentions})
            if actor_id in known
        ]
        for record in archive.records
    }


def lead(record: ArticleRecord) -> str:
    """The first paragraph (the story's own summary in news writing), cut at LEAD_CHARS."""
    first = next((block.text for block in record.blocks if block.kind == "paragraph"), "")
    if len(first) <= LEAD_CHARS:
        return first
    return first[:LEAD_CHARS].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def search_document(
    ref: str, record: ArticleRecord, actors: list[Actor], full_text: bool
) -> SearchDocument:
    """The indexed text of one article; every spelling of an actor finds it."""
    first = lead(record)
    fields = {
        "title": record.title,
        "actors": "\n".join(spelling for a in actors for spelling in (a.name, *a.aliases)),
        "source": record.source or "",
        "lead": first,
    }
    if full_text:
        fields[FULL_TEXT_FIELD] = "\n".join(block.text for block in record.blocks)
    return SearchDocument(ref, {name: words(text) for name, text in fields.items()})


def indexed_fields(full_text: bool) -> list[str]:
    """The fields of the index, in FIELD_BOOSTS order."""
    return [name for name in FIELD_BOOSTS if full_text or name != FULL_TEXT_FIELD]


def index_builder(documents: list[SearchDocument], fields: list[str]) -> Builder:
    """A lunr.py builder holding the documents, with the pipelines lunr.js can load.

    `build()` on it gives the lunr.py index the page rebuilds from `compact_index`.
    """
    builder = Builder()
    builder.pipeline.add(*INDEX_PIPELINE)
    builder.search_pipeline.add(*SEARCH_PIPELINE)
    builder.k1(BM25_K1)
    builder.b(BM25_B)
    builder.ref("ref")
    for name in fields:
        builder.field(name, boost=FIELD_BOOSTS[name])
    for document in documents:
        builder.add({"ref": document.ref, **document.fields})
    return builder


def compact_index(builder: Builder, fields: list[str], document_count: int) -> dict:
    """The index as terms (sorted) and, per term and field, the refs holding it.

    Term frequencies and field lengths are all lunr needs to score, so the
    page recomputes lunr's field vectors (BM25, as `Builder.build` does)
    instead of receiving them: they were most of the serialized index.
    """
    # lunr.js builds its term set from this list and needs JavaScript's order
    # (UTF-16 code units), which differs from Python's past U+FFFF.
    terms = sorted(builder.inverted_index, key=lambda term: term.encode("utf-16-be"))
    return {
        "version": LUNR_JS_VERSION,
        "pipeline": builder.search_pipeline.serialize(),
        "fields": fields,
        "boosts": [FIELD_BOOSTS[name] for name in fields],
        "k1": BM25_K1,
        "b": BM25_B,
        "documentCount": document_count,
        "terms": terms,
        "postings": [[ref_gaps(builder, term, field) for field in fields] for term in terms],
    }


def ref_gaps(builder: Builder, term: str, field: str) -> list[int]:
    """The refs whose `field` holds `term`, as gaps from the previous ref (the first
    from -1); each further occurrence in the same document adds a 0."""
    gaps, previous = [], -1
    for ref in sorted(map(int, builder.inverted_index[term][field])):
        frequency = builder.field_term_frequencies[f"{field}/{ref}"][term]
        gaps += [ref - previous] + [0] * (frequency - 1)
        previous = ref
    return gaps


def documents_script(
    ordered: list[ArticleRecord], actors: dict[str, list[Actor]], links: Links
) -> str:
    """`documents`: one column per key, a row per ref; `actors`: who rows point to, by row."""
    everyone = sorted(
        {a.id: a for found in actors.values() for a in found}.values(), key=lambda actor: actor.id
    )
    row_of = {actor.id: row for row, actor in enumerate(everyone)}
    shown = {source.id: source.name for source in group_sources(ordered)}
    columns = {
        "title": [record.title for record in ordered],
        "url": [links.article(record.id) for record in ordered],
        "date": [record.date for record in ordered],
        "dateLabel": [date_label(record.date) for record in ordered],
        # One spelling per outlet ("ТАСС" is TASS), as its source page shows it.
        "source": [shown.get(source_id(r.source)) if r.source else None for r in ordered],
        "lead": [lead(record) for record in ordered],
        "actors": [[row_of[actor.id] for actor in actors[record.id]] for record in ordered],
    }
    table = {"id": [actor.id for actor in everyone], "name": [actor.name for actor in everyone]}
    return script("documents", columns) + script("actors", table)


def script(key: str, value) -> str:
    """A script setting `window.newsarchiveSearch[key]` to `value`, as JSON with sorted
    keys: the same archive always gives the same bytes."""
    data = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    # Line and paragraph separators end a string in JavaScript engines before ES2019.
    data = data.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return f"(window.{GLOBAL_NAME} = window.{GLOBAL_NAME} || {{}}).{key} = {data};\n"
