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
from dataclasses import dataclass
from pathlib import Path

from .config import SiteConfig
from .model import Archive, Problem
from .pipeline import process_archive

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

    def summary(self) -> str:
        """What was built, how long each stage took, what was reused and written."""
        stages = ", ".join(
            f"{name} {seconds:.2f}s" for name, seconds in self.archive.timings.items()
        )
        return (
            f"Built {self.articles} articles and {len(self.archive.actors)} actors into "
            f"{self.output} in {self.seconds:.2f}s ({self.written} files written, "
            f"{self.unchanged} unchanged, {self.removed} removed; "
            f"{len(self.problems)} warning(s)).\n"
            f"Stages: {stages}; {self.archive.reused} of {self.articles} articles reused "
            f"from the cache."
        )


def build_site(config: SiteConfig, output: Path, strict: bool = False) -> BuildResult:
    """Build the site into `output`; with `strict`, any problem stops publishing."""
    from .plugin import render_site  # Pelican loads only when a site is built

    started = time.perf_counter()
    archive = process_archive(config)
    output = output.resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{output.name}-staging-", dir=output.parent))
    try:
        rendering = time.perf_counter()
        try:
            render_site(config, staging, archive)
        except Exception as error:  # Pelican raises many kinds; all mean "not built"
            raise BuildError(f"rendering failed: {error}") from error
        archive.timings["render"] = time.perf_counter() - rendering
        if strict and archive.problems:
            return BuildResult(output, archive, published=False)
        publishing = time.perf_counter()
        written, unchanged, removed = publish(staging, output)
        archive.timings["publish"] = time.perf_counter() - publishing
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    seconds = time.perf_counter() - started
    return BuildResult(output, archive, True, written, unchanged, removed, seconds)


def publish(staging: Path, output: Path) -> tuple[int, int, int]:
    """Make `output` equal to `staging`; returns (written, unchanged, removed) file counts."""
    written = unchanged = removed = 0
    fresh = {path.relative_to(staging) for path in staging.rglob("*") if path.is_file()}
    for relative in sorted(fresh):
        target = output / relative
        if target.is_file() and filecmp.cmp(staging / relative, target, shallow=False):
            unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging / relative, target)
        written += 1
    if output.is_dir():
        for path in sorted(output.rglob("*"), reverse=True):
            relative = path.relative_to(output)
            if path.is_file() and relative not in fresh:
                path.unlink()
                removed += 1
            elif path.is_dir() and not any(path.iterdir()):
                path.rmdir()
    return written, unchanged, removed
