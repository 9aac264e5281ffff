"""`newsarchive check`: every problem of a site at once, and nothing written.

A build stops at a broken site.yaml or registry; a check reports it like any
other problem and goes on where it can, so the archivist (or CI's annotations)
sees the whole list in one run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .config import SITE_FILE, ConfigError, SiteConfig, load_site_config
from .model import Problem, tally
from .pipeline import process_archive
from .registry import read_registry
from .report import seen_from, settings_problems, user_path


@dataclass(frozen=True)
class CheckResult:
    problems: tuple[Problem, ...]  # each path as the archivist opens it from here
    files: int  # content files looked at
    articles: int  # of those, the ones that make articles
    notes: tuple[str, ...] = ()  # how the check went on past a file it could not use

    def summary(self) -> str:
        return f"Checked {self.files} files: {self.articles} articles, {tally(self.problems)}."

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
    """The site's problems: config, then registry, then every content file.

    Nothing is written, not even the cache. A site.yaml that cannot be used
    does not stop the check: the content folder beside it is checked with the
    default settings; an actor the registry cannot use is left out.
    """
    root = site.parent if site.is_file() else site
    settings: list[Problem] = []  # paths as given
    notes: list[str] = []
    try:
        config = load_site_config(site)
    except ConfigError as error:
        settings += settings_problems(error)
        config = SiteConfig(title="", root=root)
        if not config.content_dir.is_dir():
            return CheckResult(_shown(settings, Path(".")), 0, 0)
        notes.append(
            f"{SITE_FILE} cannot be used: {user_path(config.content_dir)} was checked "
            "with the default settings"
        )
    registry, errors = read_registry(config.registry_path)
    archive = process_archive(config, registry=registry, read_only=True)
    for error in [*errors, *archive.registry_errors]:
        settings += settings_problems(error)
    problems = _shown(settings, Path(".")) + _shown(archive.problems, root)
    return CheckResult(problems, archive.files, len(archive.records), tuple(notes))


def _shown(problems: list[Problem], root: Path) -> tuple[Problem, ...]:
    return tuple(seen_from(problem, root) for problem in problems)
