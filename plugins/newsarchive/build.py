"""One build: process the archive, render it with Pelican into a staging
folder beside the output, and publish it only when everything succeeded.

Publishing replaces changed files one by one (an atomic rename each) and
leaves identical files untouched, so a failed build never leaves a
half-written site and an unchanged file keeps its mtime for rsync and deploys.
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
import tempfile
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from .config import SiteConfig
from .model import Archive, Problem, tally
from .pipeline import built_archive
from .published import Published, stamp
from .report import user_path
from .write.site import LastPlan, SitePlan, Staging, write_site

log = logging.getLogger(__name__)


class BuildError(Exception):
    """The site could not be rendered; the output folder was left as it was."""


@dataclass(frozen=True)
class BuildResult:
    output: Path
    archive: Archive
    published: bool
    written: int = 0
    unchanged: int = 0
    removed: int = 0
    seconds: float = 0.0

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(self.archive.problems)

    @property
    def articles(self) -> int:
        return len(self.archive.records)

    @property
    def errors(self) -> int:
        """Problems that left a file out of the site."""
        return sum(problem.fatal for problem in self.problems)

    def summary(self) -> str:
        """What was built, how long each stage took, what was reused and written."""
        stages = ", ".join(
            f"{name} {seconds:.2f}s" for name, seconds in self.archive.timings.items()
        )
        return (
            f"Built {self.articles} articles and {len(self.archive.actors)} actors into "
            f"{user_path(self.output)} in {self.seconds:.2f}s ({self.written} files written, "
            f"{self.unchanged} unchanged, {self.removed} removed; "
            f"{tally(self.problems)}).\n"
            f"Stages: {stages}; {self.archive.reused} of {self.articles} articles reused "
            f"from the cache."
        )


def build_site(config: SiteConfig, output: Path, strict: bool = False) -> BuildResult:
    """Build the site into `output`; with `strict`, any problem stops publishing."""
    started = time.perf_counter()
    archive = built_archive(config)
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Staging(
        Path(tempfile.mkdtemp(prefix=f".{output.name}-staging-", dir=output.parent)),
        Published.load(config.cache_dir, output),
    )
    try:
        rendering = time.perf_counter()
        try:
            render(config, archive, staging)
        except Exception as error:  # Pelican raises many kinds; all mean "not built"
            raise BuildError(f"rendering failed: {_where(error)}{error}") from error
        archive.timings["render"] = time.perf_counter() - rendering
        if strict and archive.problems:
            return BuildResult(output, archive, published=False)
        publishing = time.perf_counter()
        written, unchanged, removed = publish(staging, output)
        if config.cache_dir is not None:
            published_index(staging, output).save(config.cache_dir)
        archive.timings["publish"] = time.perf_counter() - publishing
    finally:
        shutil.rmtree(staging.folder, ignore_errors=True)
    seconds = time.perf_counter() - started
    return BuildResult(output, archive, True, written, unchanged, removed, seconds)


def render(config: SiteConfig, archive: Archive, staging: Staging) -> None:
    """Stage the files the output lacks; start Pelican only if a page must be rendered."""
    last_plan = LastPlan.of(config)
    if last_plan.held(archive, staging):
        return
    plan = SitePlan.of(archive, config)
    to_render = write_site(plan, staging)
    if to_render:
        from .plugin import render_site  # Pelican loads only when a page is rendered

        render_site(config, staging.folder, archive, (plan, to_render))
    last_plan.remember(archive, staging)


def publish(staging: Staging, output: Path) -> tuple[int, int, int]:
    """Make `output` hold the staged and the kept files and nothing else.

    Returns (written, unchanged, removed) file counts; kept files count as unchanged.
    """
    written, unchanged = 0, len(staging.kept)
    fresh = set(_files(staging.folder))
    made: set[Path] = set()
    for relative in sorted(fresh):
        target = output / relative
        if target.is_file() and filecmp.cmp(staging.folder / relative, target, shallow=False):
            unchanged += 1
            continue
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        os.replace(staging.folder / relative, target)
        written += 1
    return written, unchanged, _remove_others(output, fresh | staging.kept)


def _files(folder: Path) -> list[str]:
    """Every file under `folder`, as a POSIX path from it."""
    return [
        Path(top, name).relative_to(folder).as_posix()
        for top, _, names in os.walk(folder)
        for name in names
    ]


def _remove_others(output: Path, wanted: set[str]) -> int:
    """Delete files of `output` not in `wanted`, then its empty folders; how many files."""
    removed = 0
    for top, folders, names in os.walk(output, topdown=False):
        for name in names:
            if Path(top, name).relative_to(output).as_posix() not in wanted:
                os.unlink(os.path.join(top, name))
                removed += 1
        for name in folders:
            folder = os.path.join(top, name)
            if not os.listdir(folder):
                os.rmdir(folder)
    return removed


def published_index(staging: Staging, output: Path) -> Published:
    """What `output` holds after publishing: kept files as they were, the rest stamped anew."""
    previous = staging.published.files if staging.published else {}
    files = {}
    for relative, content in staging.digests.items():
        found = previous[relative][0] if relative in staging.kept else stamp(output / relative)
        if found is not None:
            files[relative] = (found, content)
    return Published(output, files)


def _where(error: Exception) -> str:
    """The template and line a Jinja error points at ("index.html:3: "), if any: a syntax
    error names them; an error while rendering has the template's frame in its traceback."""
    name, line = getattr(error, "filename", None), getattr(error, "lineno", None)
    if not isinstance(name, str):
        frames = traceback.extract_tb(error.__traceback__)
        template = next((f for f in reversed(frames) if f.filename.endswith(".html")), None)
        name, line = (template.filename, template.lineno) if template else (None, None)
    if not name:
        return ""
    return f"{name}:{line}: " if isinstance(line, int) else f"{name}: "
