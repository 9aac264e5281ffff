"""`scripts/bench`: build synthetic archives and print the figures issues report against.

For each archive size: cold build, rebuild with nothing changed, rebuild after
adding 1% new articles (each in a child process: wall and CPU seconds, peak
RSS); time per stage in this process; recognition throughput; search index
size and time to first result; resolution quality against the generator's
truth; and the anchor, plain Pelican building the same stories, with the ratio
of the cold builds. Every figure is the median of `--runs` runs, with min and
max. Everything is built in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from newsarchive import __version__
from newsarchive.config import load_site_config
from newsarchive.pipeline import process_archive

from . import anchor, publishing, search
from .actors import make_pool
from .archive import TruthMention, generate, write_article, write_site_config
from .measure import Figures, Sample, Spread, run_measured
from .score import Resolution, describe_resolution, score_records
from .stages import STAGES, StageTime, recognition_throughput, time_stages

DEFAULT_SIZES = (1000, 10000)
QUICK_SIZES = (300,)
REPO = Path(__file__).resolve().parents[1]
# Folders a cold build starts without: the output and any build cache.
CACHE_FOLDERS = (".newsarchive-cache",)
# The goals, for 10,000 articles on 2 cores.
GOAL_COLD_VS_PELICAN = 3.0
GOAL_NO_CHANGE_SHARE = 0.15
GOAL_ADD_ONE_PERCENT_SHARE = 0.25
GOAL_PEAK_RSS_MB = 2048
BUILDS = ("cold", "no_change", "add_1_percent", "pelican_cold")
BUILD_LABELS = {
    "cold": "cold build",
    "no_change": "no-change rebuild",
    "add_1_percent": "+1% articles rebuild",
    "pelican_cold": "plain Pelican, cold",
}


@dataclass(frozen=True)
class SizeResult:
    """Every figure for one archive size."""

    articles: int
    text_mb: float
    builds: dict[str, Figures]
    stages: dict[str, dict[str, Spread] | None]
    recognition_mb_per_s: float | None
    index: dict[str, float] | None
    first_result_s: float | None
    resolution: Resolution | None

    @property
    def ratio_cold_vs_pelican(self) -> float:
        return self.builds["cold"].wall_s.median / self.builds["pelican_cold"].wall_s.median

    def share_of_cold(self, build: str) -> float:
        return self.builds[build].wall_s.median / self.builds["cold"].wall_s.median

    @property
    def peak_rss_mb(self) -> float:
        return max(self.builds[b].peak_rss_mb.max for b in ("cold", "no_change", "add_1_percent"))

    def goals(self) -> dict[str, bool]:
        return {
            "cold_at_most_3x_pelican": self.ratio_cold_vs_pelican <= GOAL_COLD_VS_PELICAN,
            "no_change_at_most_15_percent_of_cold": self.share_of_cold("no_change")
            <= GOAL_NO_CHANGE_SHARE,
            "add_1_percent_at_most_25_percent_of_cold": self.share_of_cold("add_1_percent")
            <= GOAL_ADD_ONE_PERCENT_SHARE,
            "peak_rss_under_2_gb": self.peak_rss_mb < GOAL_PEAK_RSS_MB,
        }

    def to_json(self) -> dict:
        return {
            "articles": self.articles,
            "text_mb": self.text_mb,
            "builds": {name: figures.to_json() for name, figures in self.builds.items()},
            "stages": {
                name: None if times is None else {k: v.to_json() for k, v in times.items()}
                for name, times in self.stages.items()
            },
            "recognition_mb_per_s_per_core": self.recognition_mb_per_s,
            "search_index": self.index,
            "time_to_first_result_s": self.first_result_s,
            "resolution": None if self.resolution is None else self.resolution.to_json(),
            "ratio_cold_vs_pelican": self.ratio_cold_vs_pelican,
            "no_change_share_of_cold": self.share_of_cold("no_change"),
            "add_1_percent_share_of_cold": self.share_of_cold("add_1_percent"),
            "goals": self.goals(),
        }


def bench_size(articles: int, runs: int, seed: str, work: Path) -> SizeResult:
    """Generate an archive of `articles`, then take every figure `runs` times."""
    site, pelican_site = work / "site", work / "pelican"
    progress(f"{articles} articles: generating the archive and its Markdown twin")
    truth = write_archives(site, pelican_site, articles, seed)
    text_mb = sum(p.stat().st_size for p in (site / "content").iterdir()) / 1e6
    progress(f"{articles} articles: time per stage, {runs} run(s)")
    stages, throughput = stage_figures(site, runs)
    samples: dict[str, list[Sample]] = {name: [] for name in BUILDS}
    for number in range(1, runs + 1):
        progress(f"{articles} articles: builds, run {number} of {runs}")
        measure_builds(site, work / "output", articles, seed, samples)
        samples["pelican_cold"].append(cold_pelican_build(pelican_site, work / "pelican-output"))
    index = search.index_size(work / "output", articles)
    first_result = search.time_to_first_result(work / "output")
    progress(f"{articles} articles: resolution quality")
    records = process_archive(load_site_config(site)).records
    return SizeResult(
        articles=articles,
        text_mb=text_mb,
        builds={name: Figures.of(values) for name, values in samples.items()},
        stages=stages,
        recognition_mb_per_s=throughput,
        index=index,
        first_result_s=first_result,
        resolution=score_records(records, truth, site / "content"),
    )


def write_archives(
    site: Path, pelican_site: Path, articles: int, seed: str
) -> dict[str, list[TruthMention]]:
    """The raw archive for newsarchive and the same stories as Markdown for Pelican."""
    content, markdown = site / "content", pelican_site / "content"
    content.mkdir(parents=True)
    markdown.mkdir(parents=True)
    write_site_config(site, seed)
    anchor.write_settings(pelican_site)
    truth = {}
    for article in generate(make_pool(seed), seed, 0, articles):
        truth[article.name] = write_article(article, content)
        anchor.write_markdown(article, markdown)
    return truth


def measure_builds(
    site: Path, output: Path, articles: int, seed: str, samples: dict[str, list[Sample]]
) -> None:
    """Cold build, no-change rebuild, +1% rebuild; the added articles are removed after."""
    shutil.rmtree(output, ignore_errors=True)
    for folder in CACHE_FOLDERS:
        shutil.rmtree(site / folder, ignore_errors=True)
    command = [sys.executable, "-m", "newsarchive.cli", "build", str(site), "-o", str(output)]
    samples["cold"].append(run_measured(command, site))
    samples["no_change"].append(run_measured(command, site))
    content = site / "content"
    added = []
    for article in generate(make_pool(seed), seed, articles, math.ceil(articles / 100)):
        write_article(article, content)
        added.append(content / article.name)
    try:
        samples["add_1_percent"].append(run_measured(command, site))
    finally:
        for path in added:
            path.unlink()


def cold_pelican_build(pelican_site: Path, output: Path) -> Sample:
    shutil.rmtree(output, ignore_errors=True)
    return run_measured(anchor.pelican_command(pelican_site, output), pelican_site)


def stage_figures(
    site: Path, runs: int
) -> tuple[dict[str, dict[str, Spread] | None], float | None]:
    """Time per stage over `runs` runs, and recognition throughput (median)."""
    times: list[dict[str, StageTime | None]] = []
    throughputs: list[float] = []
    for _ in range(runs):
        run_times, run = time_stages(load_site_config(site))
        times.append(run_times)
        throughput = recognition_throughput(run_times, run)
        if throughput is not None:
            throughputs.append(throughput)
    return stage_spreads(times), statistics.median(throughputs) if throughputs else None


def stage_spreads(
    runs: list[dict[str, StageTime | None]],
) -> dict[str, dict[str, Spread] | None]:
    """Per stage: wall and CPU seconds over the runs; None for a stage not there yet."""
    spreads: dict[str, dict[str, Spread] | None] = {}
    for name, _stage in STAGES:
        times = [run[name] for run in runs]
        if any(t is None for t in times):
            spreads[name] = None
            continue
        spreads[name] = {
            "wall_s": Spread.of([t.wall_s for t in times if t is not None]),
            "cpu_s": Spread.of([t.cpu_s for t in times if t is not None]),
        }
    return spreads


def spread_text(spread: Spread, digits: int = 2) -> str:
    return f"{spread.median:.{digits}f} [{spread.min:.{digits}f}–{spread.max:.{digits}f}]"


def table(result: SizeResult, runs: int, seed: str) -> str:
    """The human-readable report for one archive size."""
    row = "  {:<30}{:<26}{:<26}{}".format
    lines = [
        f"{result.articles} articles ({result.text_mb:.1f} MB of raw text), seed {seed}, "
        f"{runs} run(s): median [min–max]",
        row("builds", "wall s", "CPU s", "peak RSS MB"),
    ]
    for name in BUILDS:
        figures = result.builds[name]
        lines.append(
            row(
                BUILD_LABELS[name],
                spread_text(figures.wall_s),
                spread_text(figures.cpu_s),
                spread_text(figures.peak_rss_mb, 0),
            )
        )
    lines.append(row("cold / plain Pelican", f"{result.ratio_cold_vs_pelican:.2f}x", "", ""))
    lines.append(row("stages, in process", "wall s", "CPU s", "ms per article"))
    for name, spreads in result.stages.items():
        if spreads is None:
            lines.append(row(name, f"n/a (no {name} stage yet)", "", ""))
            continue
        per_article = spreads["wall_s"].median / result.articles * 1000
        wall, cpu = spread_text(spreads["wall_s"]), spread_text(spreads["cpu_s"])
        lines.append(row(name, wall, cpu, f"{per_article:.2f}"))
    lines += [
        row("recognition throughput", _throughput_text(result.recognition_mb_per_s), "", ""),
        row("search index size", _index_text(result.index), "", ""),
        row("time to first result", _first_result_text(result.first_result_s), "", ""),
        row("resolution quality", describe_resolution(result.resolution), "", ""),
        "  goals (set for 10,000 articles on 2 cores):",
        *goal_lines(result),
    ]
    return "\n".join(line.rstrip() for line in lines)


def goal_lines(result: SizeResult) -> list[str]:
    met = result.goals()
    figures = (
        ("cold build at most 3x plain Pelican", f"{result.ratio_cold_vs_pelican:.2f}x"),
        ("no-change rebuild at most 15% of cold", f"{result.share_of_cold('no_change'):.0%}"),
        ("+1% rebuild at most 25% of cold", f"{result.share_of_cold('add_1_percent'):.0%}"),
        ("peak memory under 2 GB", f"{result.peak_rss_mb:.0f} MB"),
    )
    return [
        f"    {label:<40}{'met' if ok else 'NOT met'} ({value})"
        for (label, value), ok in zip(figures, met.values(), strict=True)
    ]


def _throughput_text(value: float | None) -> str:
    return "n/a (no recognise stage yet)" if value is None else f"{value:.2f} MB/s per core"


def _index_text(index: dict[str, float] | None) -> str:
    if index is None:
        return search.NO_SEARCH_PAGE
    return (
        f"{index['raw_bytes'] / 1e6:.1f} MB raw, {index['gzip_bytes'] / 1e6:.1f} MB gzipped "
        f"({index['raw_bytes_per_article'] / 1e3:.1f} / "
        f"{index['gzip_bytes_per_article'] / 1e3:.1f} KB per article)"
    )


def _first_result_text(seconds: float | None) -> str:
    return search.NO_SEARCH_PAGE if seconds is None else f"{seconds:.2f} s"


def environment() -> dict:
    """What the figures depend on besides the code: for comparing JSON files."""
    commit = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True, check=False
    ).stdout.strip()
    return {
        "newsarchive": __version__,
        "commit": commit or None,
        "python": platform.python_version(),
        "machine": platform.machine(),
        "cores": len(os.sched_getaffinity(0)),
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
    }


def progress(message: str) -> None:
    print(f"bench: {message}", file=sys.stderr, flush=True)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="bench",
        description="Benchmark newsarchive on synthetic archives, beside plain Pelican.",
    )
    sizes = parser.add_mutually_exclusive_group()
    sizes.add_argument(
        "--articles", type=int, nargs="+", metavar="N", help="archive sizes (default: 1000 10000)"
    )
    sizes.add_argument("--quick", action="store_true", help="one small archive of 300 articles")
    sizes.add_argument(
        "--publishing",
        action="store_true",
        help="the demo archive's cold, no-change and one-added builds, and serve's rebuild",
    )
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (default: 3)")
    parser.add_argument("--seed", default="1", help="the generator's seed (default: 1)")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write every figure as JSON")
    args = parser.parse_args(argv)
    if args.runs < 1 or any(n < 1 for n in args.articles or ()):
        parser.error("--runs and --articles must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.publishing:
        return publishing.main(args.runs)
    sizes = args.articles or (QUICK_SIZES if args.quick else DEFAULT_SIZES)
    results = []
    for articles in sizes:
        with tempfile.TemporaryDirectory(prefix="newsarchive-bench-") as work:
            result = bench_size(articles, args.runs, args.seed, Path(work))
        results.append(result)
        print(table(result, args.runs, args.seed) + "\n", flush=True)
    if args.json:
        document = {
            "environment": environment(),
            "seed": args.seed,
            "runs": args.runs,
            "sizes": {str(r.articles): r.to_json() for r in results},
            # The largest archive's ratio, the one figure to compare across commits.
            "ratio_cold_vs_pelican": max(results, key=lambda r: r.articles).ratio_cold_vs_pelican,
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        progress(f"figures written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
