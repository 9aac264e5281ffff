"""Measuring a build: wall and CPU seconds and peak memory of one child process.

Each build runs in its own child so its peak RSS is its own: `os.wait4`
returns the resource usage of exactly that child (and the children it waited
for), the same `ru_maxrss` that `getrusage(RUSAGE_CHILDREN)` would report if
it were the only child. Machines are noisy, so figures are taken several
times and reported as median, min and max.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


class BuildFailed(Exception):
    """A measured command exited non-zero; the message carries its output."""


@dataclass(frozen=True)
class Sample:
    wall_s: float
    cpu_s: float
    peak_rss_mb: float


@dataclass(frozen=True)
class Spread:
    """A figure taken several times: median, min and max."""

    median: float
    min: float
    max: float

    @classmethod
    def of(cls, values: Sequence[float]) -> Spread:
        return cls(statistics.median(values), min(values), max(values))

    def to_json(self) -> dict[str, float]:
        return {"median": self.median, "min": self.min, "max": self.max}


@dataclass(frozen=True)
class Figures:
    """Several samples of one kind of build, summarised."""

    wall_s: Spread
    cpu_s: Spread
    peak_rss_mb: Spread

    @classmethod
    def of(cls, samples: Sequence[Sample]) -> Figures:
        return cls(
            Spread.of([s.wall_s for s in samples]),
            Spread.of([s.cpu_s for s in samples]),
            Spread.of([s.peak_rss_mb for s in samples]),
        )

    def to_json(self) -> dict[str, dict[str, float]]:
        return {
            "wall_s": self.wall_s.to_json(),
            "cpu_s": self.cpu_s.to_json(),
            "peak_rss_mb": self.peak_rss_mb.to_json(),
        }


def run_measured(command: Sequence[str], cwd: Path) -> Sample:
    """Run `command` in a child process; raise `BuildFailed` if it fails."""
    with tempfile.TemporaryFile() as output:
        started = time.perf_counter()
        child = subprocess.Popen(command, cwd=cwd, stdout=output, stderr=subprocess.STDOUT)
        _pid, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            output.seek(0)
            text = output.read().decode("utf-8", "replace")
            raise BuildFailed(f"{' '.join(command)} exited {child.returncode}:\n{text[-3000:]}")
    # ru_maxrss is in kilobytes on Linux.
    return Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
