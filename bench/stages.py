"""Time per stage, measured by calling the stage functions in this process.

The stages run in the pipeline's order over the generated files, each
handing its results to the next through one `StageRun`. A stage that is not
in the code yet is a *hook*: a function that returns False, reported as
"n/a". When the stage lands, its hook calls it and returns True; nothing
else in the bench needs to change.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.clean import clean, repeated_lines
from newsarchive.config import SiteConfig
from newsarchive.describe import describe
from newsarchive.model import Archive, ArticleRecord, CleanedDocument, NameMention, RawDocument
from newsarchive.pipeline import Options, annotate, article_files, unique_ids
from newsarchive.plugin import render_site
from newsarchive.read import read_document
from newsarchive.recognise import recognise as recognise_names
from newsarchive.recognise.places import place_names
from newsarchive.write.layout import Links
from newsarchive.write.search import search_files


@dataclass
class StageRun:
    """What the stages have made so far, for the next stage to use."""

    config: SiteConfig
    documents: list[RawDocument] = field(default_factory=list)
    cleaned: list[CleanedDocument] = field(default_factory=list)
    records: list[ArticleRecord] = field(default_factory=list)
    recognised_bytes: int = 0  # UTF-8 bytes of text the recognise stage read
    found: dict[str, list[NameMention]] = field(default_factory=dict)
    archive: Archive | None = None


def read(run: StageRun) -> bool:
    """Decoding every file, as the build finds them in the content folder."""
    files = article_files(run.config.content_dir)
    run.documents = [read_document(path, path.name) for path in files]
    return True


def clean_documents(run: StageRun) -> bool:
    """Cleaning includes finding the lines repeated across the batch, as a build does."""
    cleaning = run.config.cleaning
    repeated = repeated_lines(run.documents, cleaning.repeated_line_min_articles)
    run.cleaned = [clean(doc, repeated, cleaning.disable) for doc in run.documents]
    return True


def describe_documents(run: StageRun) -> bool:
    """Describing every cleaned document under the page id the build would give it."""
    run.records = []
    ids = unique_ids([document.raw for document in run.cleaned])
    for document, (article_id, _clash) in zip(run.cleaned, ids, strict=True):
        run.records.append(describe(document, article_id, str(document.raw.path)))
    return True


def recognise(run: StageRun) -> bool:
    """Names of people, organisations and places in every article (gazetteer preloaded)."""
    place_names()
    run.found = {record.id: recognise_names(record) for record in run.records}
    run.recognised_bytes = sum(
        len(block.text.encode()) for record in run.records for block in record.blocks
    )
    return True


def resolve(run: StageRun) -> bool:
    """Archive-wide resolution of the mentions into actors (the model asked, uncached)."""
    options = Options.for_site(run.config, use_cache=False)
    run.archive = annotate(run.records, run.found, [], options)
    return True


def write(run: StageRun) -> bool:
    """Rendering every page with Pelican into a scratch folder (the build's last step)."""
    output = Path(tempfile.mkdtemp(prefix="newsarchive-bench-write-"))
    try:
        render_site(run.config, output, run.archive or Archive(run.records, []))
    finally:
        shutil.rmtree(output, ignore_errors=True)
    return True


def search_index(run: StageRun) -> bool:
    """Building the search index and its documents, as the build writes them."""
    archive = run.archive or Archive(run.records, [])
    search_files(archive, Links.for_site(run.config), run.config.search.full_text)
    return True


Stage = Callable[[StageRun], bool]
# The stages in the pipeline's order, as the table names them.
STAGES: tuple[tuple[str, Stage], ...] = (
    ("read", read),
    ("clean", clean_documents),
    ("describe", describe_documents),
    ("recognise", recognise),
    ("resolve", resolve),
    ("write", write),
    ("search index", search_index),
)


@dataclass(frozen=True)
class StageTime:
    wall_s: float
    cpu_s: float


def time_stages(config: SiteConfig) -> tuple[dict[str, StageTime | None], StageRun]:
    """Each stage's wall and CPU time over the site's articles (None: not there yet)."""
    run = StageRun(config)
    times: dict[str, StageTime | None] = {}
    for name, stage in STAGES:
        wall, cpu = _clocks()
        ran = stage(run)
        wall_after, cpu_after = _clocks()
        times[name] = StageTime(wall_after - wall, cpu_after - cpu) if ran else None
    return times, run


def recognition_throughput(times: dict[str, StageTime | None], run: StageRun) -> float | None:
    """MB of text recognised per CPU second: per core, whatever the parallelism."""
    stage = times.get("recognise")
    if stage is None or not run.recognised_bytes or stage.cpu_s <= 0:
        return None
    return run.recognised_bytes / 1e6 / stage.cpu_s


def _clocks() -> tuple[float, float]:
    """Wall seconds, and CPU seconds of this process and the children it waited for."""
    t = os.times()
    return time.perf_counter(), t.user + t.system + t.children_user + t.children_system
