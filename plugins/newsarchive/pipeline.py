"""The stages in order, over one file and over the whole archive.

A broken file becomes a `Problem` and is left out; it never stops the others.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from pathlib import Path

from .clean import clean, repeated_lines
from .config import SiteConfig
from .describe import describe
from .model import Archive, ArticleRecord, ContentError, Problem, RawDocument
from .read import ARTICLE_SUFFIXES, read_document
from .recognise import recognise
from .registry import EMPTY_REGISTRY, Registry, load_registry
from .resolve import resolve
from .slugs import slugify


def article_files(folder: Path) -> list[Path]:
    """Article files under `folder`, in a stable order; hidden files are skipped."""
    return sorted(
        path
        for path in folder.rglob("*")
        if path.is_file()
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def process_archive(config: SiteConfig) -> Archive:
    """Read, clean and describe every article of the site's content folder."""
    files = article_files(config.content_dir)
    shown = [_display_path(path, config.root) for path in files]
    return process_files(
        files,
        shown,
        config.cleaning.disable,
        config.cleaning.repeated_line_min_articles,
        registry=load_registry(config.registry_path),
    )


def process_files(
    files: Sequence[Path],
    shown: Sequence[str],
    disabled: Iterable[str] = (),
    min_repeats: int = 3,
    batch: Sequence[RawDocument] = (),
    registry: Registry = EMPTY_REGISTRY,
) -> Archive:
    """Run every stage; `batch` adds documents that only inform cleaning."""
    problems: list[Problem] = []
    documents: list[RawDocument] = []
    for path, display in zip(files, shown, strict=True):
        try:
            documents.append(read_document(path, display))
        except ContentError as error:
            problems.append(_skipped(error))
    repeated = repeated_lines([*documents, *batch], min_repeats)
    records: list[ArticleRecord] = []
    taken: dict[str, str] = {}
    for document in documents:
        try:
            cleaned = clean(document, repeated, disabled)
        except ContentError as error:
            problems.append(_skipped(error))
            continue
        article_id, clash = unique_id(document, taken)
        if clash:
            problems.append(Problem(str(document.path), clash))
        record = describe(cleaned, article_id, str(document.path))
        problems.extend(record.problems)
        records.append(record)
    return annotate(records, problems, registry)


def annotate(records: list[ArticleRecord], problems: list[Problem], registry: Registry) -> Archive:
    """Recognise names in each article, then resolve them across the whole archive."""
    found = {record.id: recognise(record) for record in records}
    resolution = resolve(records, found, registry)
    annotated = [
        dataclasses.replace(record, mentions=resolution.mentions.get(record.id, ()))
        for record in records
    ]
    return Archive(annotated, problems, resolution.actors)


def unique_id(document: RawDocument, taken: dict[str, str]) -> tuple[str, str | None]:
    """The page id: front matter `id`, else the file name's stem; never reused.

    When two files want one id, the later file (in path order) takes its
    folder's name as a prefix, so both keep a page and the first keeps its URL.
    """
    wanted = slugify(str(document.front_matter.get("id") or document.path.stem)) or "article"
    candidate = wanted
    prefixed = slugify(f"{document.path.parent.name}-{wanted}")
    number = 1
    while candidate in taken:
        number += 1
        candidate = prefixed if number == 2 else f"{prefixed}-{number}"
    taken[candidate] = str(document.path)
    if candidate == wanted:
        return candidate, None
    return (
        candidate,
        f"id {wanted!r} is already used by {taken[wanted]}; this article is {candidate!r}",
    )


def _skipped(error: ContentError) -> Problem:
    return Problem(error.path, f"skipped: {error.reason}", error.line, fatal=True)


def _display_path(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)
