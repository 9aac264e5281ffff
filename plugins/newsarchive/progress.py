"""Progress of long builds: a bar on a terminal, a few plain lines in CI logs."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

# Below this many articles a build is over before a bar would help.
SHOW_FROM = 200
PLAIN_STEPS = 10

Advance = Callable[[], None]


@contextmanager
def progress(total: int, label: str = "Processing articles") -> Iterator[Advance]:
    """Yield a function to call once per article done."""
    if total < SHOW_FROM:
        yield lambda: None
    elif at_a_terminal():
        yield from _bar(total, label)
    else:
        yield from _plain(total, label)


def at_a_terminal() -> bool:
    """A person is watching: not a pipe, a log file or a CI job."""
    return sys.stderr.isatty() and not os.environ.get("CI")


def _bar(total: int, label: str) -> Iterator[Advance]:
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def _plain(total: int, label: str) -> Iterator[Advance]:
    done = 0
    step = max(1, total // PLAIN_STEPS)

    def advance() -> None:
        nonlocal done
        done += 1
        if done % step == 0 or done == total:
            print(f"{label}: {done}/{total}", file=sys.stderr, flush=True)

    yield advance
