"""The stages in order, over one file and over the whole archive.

A broken file becomes a `Problem` and is left out; it never stops the others.
"""

from __future__ import annotations

import bisect
import dataclasses
import importlib.metadata
import os
import time
from collections import defaultdict
from collections.abc import Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from . import __version__
from .cache import StageCache, code_fingerprint, digest
from .clean import REPEATED_LINE_MIN_ARTICLES, clean, repeated_lines
from .clean.shapes import line_key
from .config import SiteConfig
from .describe import describe
from .duplicates import body_text, near_duplicates
from .model import (
    Archive,
    ArticleRecord,
    ContentError,
    NameMention,
    Problem,
    RawDocument,
    SettingsError,
)
from .progress import progress
from .read import ARTICLE_SUFFIXES, read_document
from .recognise import places, recognise
from .recognise.registered import registered_mentions
from .recognise.statistical import (
    ModelUnavailable,
    StatisticalRecogniser,
    model_cache,
    typed_by_model,
)
from .registry import EMPTY_REGISTRY, Registry, load_registry
from .resolve import resolve
from .slugs import slugify

# Per-article results live here, beside the rendered pages, under the cache folder.
ARTICLES_FOLDER = "articles"


def article_files(folder: Path) -> list[Path]:
    """Article files under `folder`, in a stable order; hidden files are skipped."""
    return content_files(folder)[0]


def content_files(folder: Path) -> tuple[list[Path], list[tuple[Path, str, str]]]:
    """Article files under `folder`, and the symbolic links left out: (link, why, fix).

    A link is followed only to a file inside `folder` that is not read already
    under its own name: a link out of the folder could publish any file the
    build can read (a key, a password file), and a second name would make
    the same story two articles.
    """
    candidates = sorted(
        path
        for path in folder.rglob("*")
        if (path.is_file() or path.is_symlink())
        and path.suffix.lower() in ARTICLE_SUFFIXES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )
    inside = folder.resolve()
    real = {path.resolve() for path in candidates if not path.is_symlink()}
    files, links = [], []
    for path in candidates:
        if not path.is_symlink():
            files.append(path)
            continue
        target = Path(os.path.realpath(path))  # unlike resolve(), never raises on a loop
        if not path.is_file():
            why = f"broken symbolic link: {os.readlink(path)} does not exist or loops"
            links.append((path, why, "point the link at an existing file, or delete it"))
        elif not target.is_relative_to(inside):
            why = f"symbolic link to {target}, outside the content folder"
            links.append((path, why, "copy the file into the content folder instead of linking it"))
        elif target in real:
            why = f"symbolic link to {target.relative_to(inside).as_posix()}, which is read already"
            links.append((path, why, "delete the link: one file makes one article"))
        else:
            files.append(path)
    return files, links


# The archive-wide result of the last build, in one slot that each build
# overwrites: a rebuild whose inputs are all unchanged takes it whole.
LAST_ARCHIVE_SLOT = digest("the last build's archive")
# Where a build that had to go without the statistical model says so; such
# an archive is not kept, so the next build with the model redoes it.
MODEL_PROBLEM = "(statistical recognition)"


@dataclass
class Options:
    """Everything the stages need besides the files: one object, built once."""

    disabled: tuple[str, ...] = ()
    min_repeats: int = REPEATED_LINE_MIN_ARTICLES
    registry: Registry = EMPTY_REGISTRY
    cache: StageCache = field(default_factory=lambda: StageCache(None, ""))
    # None switches statistical evidence off (`actors.statistical: false`).
    model: StatisticalRecogniser | None = field(
        default_factory=lambda: StatisticalRecogniser(model_cache(None))
    )

    @classmethod
    def for_site(
        cls,
        config: SiteConfig,
        use_cache: bool = True,
        registry: Registry | None = None,
        read_only: bool = False,
    ) -> Options:
        """`registry` stands in for the site's own (which `check` may find broken);
        `read_only` uses the cache but writes nothing to it."""
        disabled = config.cleaning.disable
        min_repeats = config.cleaning.repeated_line_min_articles
        folder = config.cache_dir / ARTICLES_FOLDER if use_cache and config.cache_dir else None
        fingerprint = digest(
            __version__, code_fingerprint(), extractor_version(), disabled, min_repeats
        )
        model_folder = config.cache_dir if use_cache else None
        return cls(
            disabled,
            min_repeats,
            load_registry(config.registry_path) if registry is None else registry,
            StageCache(folder, fingerprint, read_only),
            StatisticalRecogniser(model_cache(model_folder, read_only))
            if config.actors.statistical
            else None,
        )


def extractor_version() -> str:
    """trafilatura's version: another may find a saved page's main text otherwise."""
    return importlib.metadata.version("trafilatura")


class Timings(dict):
    """Seconds spent per stage, summed over the articles."""

    @contextmanager
    def measure(self, stage: str):
        started = time.perf_counter()
        try:
            yield
        finally:
            self[stage] = self.get(stage, 0.0) + time.perf_counter() - started


def process_archive(
    config: SiteConfig,
    use_cache: bool = True,
    registry: Registry | None = None,
    read_only: bool = False,
) -> Archive:
    """Every stage over the site's content folder."""
    files, links = content_files(config.content_dir)
    shown = [display_path(path, config.root) for path in files]
    skipped = [
        ContentError(display_path(link, config.root), why, fix=fix) for link, why, fix in links
    ]
    options = Options.for_site(config, use_cache, registry, read_only)
    return process_files(files, shown, options, skipped=skipped)


def process_files(
    files: Sequence[Path],
    shown: Sequence[str],
    options: Options | None = None,
    batch: Sequence[RawDocument] = (),
    skipped: Sequence[ContentError] = (),
) -> Archive:
    """Run every stage; `batch` adds documents that only inform cleaning, and
    `skipped` reports files left out before reading."""
    options = options or Options()
    timings = Timings()
    with timings.measure("gazetteer"):
        _load_gazetteer(options.cache)
    problems: list[Problem] = [problem for error in skipped for problem in error.problems()]
    documents: list[tuple[RawDocument, str]] = []
    for path, display in zip(files, shown, strict=True):
        try:
            with timings.measure("read"):
                documents.append(_read(path, display, options.cache))
        except ContentError as error:
            problems.extend(error.problems())
    repeated = repeated_lines([doc for doc, _ in documents] + list(batch), options.min_repeats)
    records: list[ArticleRecord] = []
    found: dict[str, list[NameMention]] = {}
    last = options.cache.get(LAST_ARCHIVE_SLOT)
    held = {record.source_path: record.id for record in last[1].records} if last else {}
    ids = unique_ids([document for document, _ in documents], held)
    reused = 0
    with progress(len(documents)) as advance:
        for (document, content_key), (article_id, clash) in zip(documents, ids, strict=True):
            try:
                record, names, from_cache = _article(
                    document, content_key, article_id, repeated, options, timings
                )
            except ContentError as error:
                problems.extend(error.problems())
                advance()
                continue
            if clash:
                problems.append(
                    Problem(
                        str(document.path),
                        clash,
                        fix="set a distinct `id:` in its front matter to choose it",
                    )
                )
            problems.extend(record.problems)
            records.append(record)
            found[record.id] = names
            reused += from_cache
            advance()
    inputs = _archive_inputs(documents, ids, repeated, problems, options)
    if last is not None and last[0] == inputs:
        archive = last[1]
    else:
        archive = annotate(records, found, problems, options, timings)
        with timings.measure("duplicates"):
            archive.also_published = near_duplicates({r.id: body_text(r.blocks) for r in records})
        if not any(problem.path == MODEL_PROBLEM for problem in archive.problems):
            options.cache.put(LAST_ARCHIVE_SLOT, (inputs, archive))
    archive.timings = timings
    archive.reused = reused
    archive.inputs = inputs
    archive.files = len(files) + len(skipped)
    return archive


def built_archive(config: SiteConfig) -> Archive:
    """The archive a build publishes. It stops on a registry that claims what the
    archive lacks (a `same_as` naming no actor), with every such problem."""
    archive = process_archive(config)
    if archive.registry_errors:
        raise SettingsError.of_all(archive.registry_errors)
    return archive


def _archive_inputs(
    documents: list[tuple[RawDocument, str]],
    ids: list[tuple[str, str | None]],
    repeated: frozenset[str],
    problems: list[Problem],
    options: Options,
) -> str:
    """A digest of everything the archive-wide steps read.

    The files' bytes, paths and ids, the lines found to be furniture, the
    problems met so far, the registry, the settings and the code: when all
    are as in the last build, so is its resolution.
    """
    return digest(
        "archive",
        options.cache.fingerprint,
        [(key, article_id) for (_, key), (article_id, _) in zip(documents, ids, strict=True)],
        sorted(repeated),
        [repr(problem) for problem in problems],
        repr(options.registry),
        options.model is not None,
        places.gazetteer_version(),
    )


def _load_gazetteer(cache: StageCache) -> None:
    """Place names once per process; from the cache when it has them (far faster)."""
    key = digest("gazetteer", places.gazetteer_version(), places.COUNTRY_ALIASES)
    names = cache.get(key)
    if names is None:
        names = places.place_names()
        cache.put(key, names)
    places.install(names)


def _read(path: Path, display: str, cache: StageCache) -> tuple[RawDocument, str]:
    """The decoded document (cached by its bytes) and the key of those bytes."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ContentError(display, f"cannot read file: {error.strerror}") from error
    key = digest("read", display, data)
    document = cache.get(key)
    if document is None:
        document = read_document(path, display, data)
        cache.put(key, document)
    return document, key


def _article(
    document: RawDocument,
    content_key: str,
    article_id: str,
    repeated: frozenset[str],
    options: Options,
    timings: Timings,
) -> tuple[ArticleRecord, list[NameMention], bool]:
    """Clean, describe and recognise one article, or take the result from the cache."""
    furniture = sorted({line_key(line.text) for line in document.lines} & repeated)
    key = digest("article", content_key, article_id, furniture)
    cached = options.cache.get(key)
    if cached is not None:
        return (*cached, True)
    with timings.measure("clean"):
        cleaned = clean(document, repeated, options.disabled)
    with timings.measure("describe"):
        record = describe(cleaned, article_id, str(document.path))
    with timings.measure("recognise"):
        names = recognise(record)
    options.cache.put(key, (record, names))
    return record, names, False


def annotate(
    records: list[ArticleRecord],
    found: dict[str, list[NameMention]],
    problems: list[Problem],
    options: Options,
    timings: Timings | None = None,
) -> Archive:
    """Resolve the names each article mentions across the whole archive.

    The registry's spellings join the recognised names first. Names left
    unplaced go to the statistical model; what it types is resolved again
    with the rest.
    """
    timings = timings if timings is not None else Timings()
    with timings.measure("resolve"):
        found = _merged(found, registered_mentions(records, options.registry))
        resolution = resolve(records, found, options.registry)
    if resolution.unplaced and options.model is not None:
        with timings.measure("model"):
            typed = _ask_model(records, resolution.unplaced, options.model, problems)
        if typed:
            found = _merged(found, typed)
            with timings.measure("resolve"):
                resolution = resolve(records, found, options.registry)
    annotated = [
        dataclasses.replace(
            record,
            mentions=resolution.mentions.get(record.id, ()),
            title_mentions=resolution.title_mentions.get(record.id, ()),
        )
        for record in records
    ]
    return Archive(
        annotated, problems, resolution.actors, registry_errors=resolution.registry_errors
    )


def _ask_model(
    records: list[ArticleRecord],
    unplaced: list[NameMention],
    model: StatisticalRecogniser,
    problems: list[Problem],
) -> list[NameMention]:
    try:
        return typed_by_model(records, unplaced, model)
    except ModelUnavailable as error:
        problems.append(
            Problem(
                MODEL_PROBLEM,
                f"skipped: {error}",
                fix="reinstall newsarchive, or set `actors.statistical: false` in site.yaml",
            )
        )
        return []


def _merged(
    found: dict[str, list[NameMention]], extra: list[NameMention]
) -> dict[str, list[NameMention]]:
    """`found` with the `extra` names in place of the names they hold.

    An extra name that would cut across another name, or that a typed name
    already holds, is left out.
    """
    extra_by_article: dict[str, list[NameMention]] = defaultdict(list)
    for name in extra:
        extra_by_article[name.article].append(name)
    return {
        article: _merged_names(mentions, extra_by_article[article])
        for article, mentions in found.items()
    }


def _merged_names(mentions: list[NameMention], extra: list[NameMention]) -> list[NameMention]:
    """One article's names with the `extra` ones merged in (see `_merged`)."""
    placed, new = _NameIndex(mentions), _NameIndex()
    for name in extra:
        near = placed.overlapping(name) + new.overlapping(name)
        if not any(_crosses(name, m) or (m.kind and _holds(m, name)) for m in near):
            new.add(name)
    kept = [m for m in mentions if not any(_holds(n, m) for n in new.overlapping(m))]
    return sorted(kept + new.names(), key=lambda m: (m.block, m.start))


class _NameIndex:
    """Names by block, sorted by start, so the names overlapping one are found
    without a look at every other: a paragraph may repeat a name 10,000 times."""

    def __init__(self, names: Sequence[NameMention] = ()) -> None:
        self._blocks: dict[int, list[NameMention]] = defaultdict(list)
        self._longest = 0
        for name in names:
            self.add(name)

    def add(self, name: NameMention) -> None:
        bisect.insort(self._blocks[name.block], name, key=_start)
        self._longest = max(self._longest, name.end - name.start)

    def overlapping(self, name: NameMention) -> list[NameMention]:
        """The names that share a character with `name` (no name is longer than the
        longest, so none starting further back reaches it)."""
        names = self._blocks.get(name.block, [])
        low = bisect.bisect_right(names, name.start - self._longest, key=_start)
        high = bisect.bisect_left(names, name.end, key=_start)
        return [other for other in names[low:high] if other.end > name.start]

    def names(self) -> list[NameMention]:
        return [name for block in self._blocks.values() for name in block]


def _start(name: NameMention) -> int:
    return name.start


def _holds(outer: NameMention, inner: NameMention) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end


def _crosses(a: NameMention, b: NameMention) -> bool:
    overlap = a.start < b.end and b.start < a.end
    return overlap and not _holds(a, b) and not _holds(b, a)


def unique_ids(
    documents: Sequence[RawDocument], held: Mapping[str, str] = MappingProxyType({})
) -> list[tuple[str, str | None]]:
    """Each page's id and, when it had to change, why: front matter `id`, else the
    file name's stem; never reused.

    Every id goes to the file with the firmest claim before any clash is
    settled: one that names it in front matter, then the one whose page had it
    in the last build (`held`: file -> id), then the one nearest the top of the
    content folder, then the first in path order. A file that wants a taken id
    is prefixed with its folder's name (then numbered), so a clash never takes
    the id another file wants, and a published page keeps its address.
    """
    wanted = [
        slugify(str(doc.front_matter.get("id") or doc.path.stem)) or "article" for doc in documents
    ]

    def claim(index: int) -> tuple[bool, bool, int, int]:
        document = documents[index]
        return (
            not document.front_matter.get("id"),
            held.get(str(document.path)) != wanted[index],
            len(document.path.parts),
            index,
        )

    claims = sorted(range(len(documents)), key=claim)
    owners: dict[str, str] = {}
    for index in claims:
        owners.setdefault(wanted[index], str(documents[index].path))
    taken = set(owners)
    ids: list[tuple[str, str | None]] = []
    for want, document in zip(wanted, documents, strict=True):
        if owners[want] == str(document.path):
            ids.append((want, None))
            continue
        prefixed = candidate = slugify(f"{document.path.parent.name}-{want}")
        number = 1
        while candidate in taken:
            number += 1
            candidate = f"{prefixed}-{number}"
        taken.add(candidate)
        clash = f"id {want!r} is already used by {owners[want]}; this article is {candidate!r}"
        ids.append((candidate, clash))
    return ids


def display_path(path: Path, root: Path) -> str:
    """A file as reports name it: relative to the site folder when it is inside it.

    A symbolic link is named as itself, not as its target, so the name does not
    depend on where the build was started.
    """
    for file, folder in (
        (Path(os.path.abspath(path)), Path(os.path.abspath(root))),
        (Path(os.path.realpath(path)), root.resolve()),
    ):
        if file.is_relative_to(folder):
            return file.relative_to(folder).as_posix()
    return str(path)
