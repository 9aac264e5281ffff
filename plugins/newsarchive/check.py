"""`newsarchive check`: every problem of a site at once, and nothing written.

A build stops at a broken site.yaml or registry; a check reports it like any
other problem and goes on where it can, so the archivist (or CI's annotations)
sees the whole list in one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import ConfigError, load_site_config
from .model import Problem
from .pipeline import display_path, process_archive
from .registry import EMPTY_REGISTRY, RegistryError


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[Problem, ...]
    files: int  # content files looked at
    articles: int  # of those, the ones that make articles

    @property
    def errors(self) -> int:
        return sum(p.fatal for p in self.problems)

    def to_json(self) -> list[dict]:
        """One object per problem, the shape CI annotations want."""
        return [
            {
                "path": p.path,
                "line": p.line,
                "message": p.message,
                "fix": p.fix,
                "severity": p.severity,
            }
            for p in self.problems
        ]

    def to_github(self) -> str:
        """GitHub Actions workflow commands: each problem an annotation on its file and line."""
        lines = []
        for p in self.problems:
            where = f"file={_property(p.path)}" + (f",line={p.line}" if p.line else "")
            text = f"{p.message}. Fix: {p.fix}" if p.fix else p.message
            lines.append(f"::{p.severity} {where}::{_data(text)}")
        return "\n".join(lines)


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _property(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def check_site(site: Path) -> CheckResult:
    """The site's problems: config, then registry, then every content file."""
    root = site.parent if site.is_file() else site
    try:
        config = load_site_config(site)
    except ConfigError as error:
        return CheckResult((_as_problem(error, root),), 0, 0)
    problems = []
    try:
        archive = process_archive(config)
    except RegistryError as error:
        problems.append(_as_problem(error, root))
        archive = process_archive(config, registry=EMPTY_REGISTRY)
    problems.extend(archive.problems)
    articles = len(archive.records)
    return CheckResult(tuple(problems), articles + sum(p.fatal for p in archive.problems), articles)


def _as_problem(error: ConfigError | RegistryError, root: Path) -> Problem:
    path = display_path(Path(error.path), root)
    return Problem(path, error.message, error.line, fatal=True, fix=error.fix)
