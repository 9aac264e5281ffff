"""Problems as the archivist reads them, whichever command found them.

A path is shown as the archivist can open it from the folder they ran the
command in: relative to that folder when the file is inside it, else as given.
"""

from __future__ import annotations

import dataclasses
import sys
from collections.abc import Iterable
from pathlib import Path

from .model import Problem, SettingsError
from .pipeline import MODEL_PROBLEM, display_path


def user_path(path: Path | str) -> str:
    """`path` as it opens from the current folder."""
    return display_path(Path(path), Path.cwd())


def seen_from(problem: Problem, root: Path) -> Problem:
    """`problem`, whose path is relative to `root`, with a path the archivist can open."""
    if problem.path == MODEL_PROBLEM:  # names no file
        return problem
    return dataclasses.replace(problem, path=user_path(root / problem.path))


def settings_problems(error: SettingsError) -> list[Problem]:
    """Every problem a `SettingsError` carries, as errors with their paths as given."""
    return [Problem(e.path, e.message, e.line, fatal=True, fix=e.fix) for e in error.every]


def print_problems(problems: Iterable[Problem], root: Path = Path(".")) -> None:
    """Each problem on stderr, with its fix below it; paths relative to `root`."""
    for problem in problems:
        shown = seen_from(problem, root)
        print(f"{shown.severity}: {shown}", file=sys.stderr)
        if shown.fix:
            print(f"  fix: {shown.fix}", file=sys.stderr)
