"""Measuring a build: wall and CPU seconds and peak memory of one child process.

Each build runs in its own child so its usage is its own: `os.wait4` returns
the resource usage of exactly that child (and the children it waited for),
the `ru_maxrss` that `getrusage(RUSAGE_CHILDREN)` reports. On Linux a child
starts with its parent's peak RSS (fork copies it and exec keeps it), so the
build is started by a small launcher process, this file run as a script,
rather than by the bench itself, which holds whole archives in memory. The
launcher's own ~10 MB is then the floor of every figure. Machines are noisy,
so figures are taken several times and reported as median, min and max.
"""

from __future__ import annotations

import dataclasses
import json
import os
import statistics
import subprocess
import sys
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
    """Run `command` through the launcher; raise `BuildFailed` if it fails."""
    # -I: the launcher sees neither this folder nor PYTHONPATH (the build still does).
    launcher = [sys.executable, "-I", __file__, *command]
    with tempfile.TemporaryFile() as output:
        report = subprocess.run(launcher, cwd=cwd, stdout=subprocess.PIPE, stderr=output)
        if report.returncode != 0:
            output.seek(0)
            text = output.read().decode("utf-8", "replace")
            raise BuildFailed(f"{' '.join(command)} exited {report.returncode}:\n{text[-3000:]}")
    return Sample(**json.loads(report.stdout))


def launch(command: Sequence[str]) -> int:
    """The launcher: run `command` (its output to stderr), print its usage as JSON."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=sys.stderr)
    _pid, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux.
    sample = Sample(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)
    print(json.dumps(dataclasses.asdict(sample)))
    return child.returncode


if __name__ == "__main__":
    sys.exit(launch(sys.argv[1:]))
