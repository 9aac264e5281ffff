"""The publishing figures on the demo archive: what an archivist waits for.

`scripts/bench --publishing` copies the demo site into a temporary folder and
takes, each build in a child process:

- cold build: no cache, no output, no warm host (as CI builds);
- no-change rebuild, with the files it wrote (the goal: none);
- one article added, from a log (as CI; a fresh process imports everything
  and loads the model itself);
- one article added at a terminal (a pseudo-terminal), run by the warm host
  an earlier build started, as an archivist's second build of a session;
- serve: seconds from an article written into content/ to its build being
  live (the build number the open pages poll).

The added articles are the synthetic generator's, full of names the demo
archive has never seen, so the statistical model has to read them.
"""

from __future__ import annotations

import compileall
import contextlib
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

from .actors import make_pool
from .archive import generate, write_article

# The demo as shipped, not the repo's content/, which is the archivist's to change.
DEMO = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "demo"
DEMO_FILES = ("site.yaml", "actors.yaml", "content")
GOAL_ONE_ADDED_SHARE = 1 / 3
# serve warms the model up in the background; an editor's first change comes later.
SETTLE_SECONDS = 5.0
_WRITTEN = re.compile(r"\((\d+) files written, (\d+) unchanged")
_MODEL_STAGE = re.compile(r"\bmodel (\d+\.\d+)s")
_SERVING = re.compile(r"Serving .* at (http://127\.0\.0\.1:\d+/)")


def newsarchive() -> str:
    return str(Path(sys.executable).parent / "newsarchive")


def demo_copy(folder: Path) -> Path:
    site = folder / "demo"
    site.mkdir()
    for name in DEMO_FILES:
        source = DEMO / name
        (shutil.copytree if source.is_dir() else shutil.copy)(source, site / name)
    return site


def new_articles(site: Path, count: int, seed: str = "publishing"):
    """Write `count` articles none of the demo's, yielding after each one."""
    for article in generate(make_pool(seed), seed, 0, count):
        write_article(article, site / "content")
        yield article.name


def build_from_a_log(site: Path) -> tuple[float, int, float]:
    """Wall seconds, files written and seconds in the model's stage of a build whose
    output goes to a log, as in CI."""
    log = site / "build.log"
    with log.open("w") as output:
        started = time.perf_counter()
        subprocess.run(
            [newsarchive(), "build", str(site)],
            stdout=output,
            stderr=subprocess.STDOUT,
            env={**os.environ, "CI": "1"},
            check=True,
        )
        wall = time.perf_counter() - started
    output = log.read_text()
    found = _MODEL_STAGE.search(output)
    return wall, _files_written(output), float(found.group(1)) if found else 0.0


def build_at_a_terminal(site: Path, runtime: Path) -> tuple[float, int]:
    """The same at a pseudo-terminal, where the build may run in a warm host kept in
    `runtime` (a folder of this run's own, so no host of the person running it is used)."""
    main, secondary = os.openpty()
    text: list[bytes] = []
    reader = threading.Thread(target=_drain, args=(main, text), daemon=True)
    reader.start()
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    environment["XDG_RUNTIME_DIR"] = str(runtime)
    started = time.perf_counter()
    child = subprocess.run(
        [newsarchive(), "build", str(site)],
        stdout=secondary,
        stderr=secondary,
        env=environment,
        check=False,
    )
    wall = time.perf_counter() - started
    os.close(secondary)
    reader.join(timeout=5)
    os.close(main)
    output = b"".join(text).decode("utf-8", "replace")
    if child.returncode != 0:
        raise RuntimeError(f"build at a terminal exited {child.returncode}:\n{output[-2000:]}")
    return wall, _files_written(output)


def _drain(descriptor: int, into: list[bytes]) -> None:
    while True:
        try:
            chunk = os.read(descriptor, 1 << 16)
        except OSError:  # the terminal closed
            return
        if not chunk:
            return
        into.append(chunk)


def _files_written(output: str) -> int:
    found = _WRITTEN.search(output)
    if found is None:
        raise RuntimeError(f"no build summary in:\n{output[-2000:]}")
    return int(found.group(1))


def serve_latency(site: Path, articles) -> float:
    """Seconds from a new article written to its build being live under `serve`."""
    server = subprocess.Popen(
        [newsarchive(), "serve", str(site), "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "CI": "1"},
    )
    try:
        base = next(m.group(1) for line in server.stdout if (m := _SERVING.search(line)))
        threading.Thread(target=server.stdout.read, daemon=True).start()  # keep the pipe empty
        build = _status(base)["build"]
        time.sleep(SETTLE_SECONDS)
        next(articles)
        written = time.perf_counter()
        while _status(base)["build"] == build:
            time.sleep(0.01)
        return time.perf_counter() - written
    finally:
        server.terminate()
        server.wait(timeout=30)


def _status(base: str) -> dict:
    with urllib.request.urlopen(base + "__newsarchive__/status", timeout=5) as response:
        return json.loads(response.read())


def host_ready(runtime: Path, seconds: float = 60) -> None:
    """Wait for the host an earlier build started to have loaded everything."""
    deadline = time.monotonic() + seconds
    while not any("ready" in log.read_text() for log in runtime.glob("*/host-*.log")):
        if time.monotonic() > deadline:
            raise RuntimeError(f"no warm host got ready in {runtime}")
        time.sleep(0.05)


def stop_hosts(runtime: Path) -> None:
    for lock in runtime.glob("*/host-*.lock"):
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(lock.read_text()), signal.SIGTERM)


def one_run(folder: Path) -> dict[str, float]:
    site = demo_copy(folder)
    runtime = Path(tempfile.mkdtemp(prefix="na-"))  # short: a socket's path is limited
    articles = new_articles(site, 4)
    figures = {}
    figures["cold"], _, _ = build_from_a_log(site)
    figures["no_change"], figures["no_change_written"], _ = build_from_a_log(site)
    next(articles)
    added = build_from_a_log(site)
    figures["one_added_log"], figures["one_added_written"], figures["one_added_model"] = added
    next(articles)
    try:
        build_at_a_terminal(site, runtime)  # an earlier build of the session starts the host
        host_ready(runtime)
        next(articles)
        figures["one_added_terminal"], _ = build_at_a_terminal(site, runtime)
    finally:
        stop_hosts(runtime)
        shutil.rmtree(runtime, ignore_errors=True)
    figures["serve_latency"] = serve_latency(site, articles)
    return figures


def table(runs: list[dict[str, float]]) -> str:
    def median(key: str) -> float:
        return statistics.median(run[key] for run in runs)

    cold = median("cold")
    rows = [
        ("cold build (as CI: no cache, no warm host)", f"{cold:.2f} s", ""),
        (
            "no-change rebuild",
            f"{median('no_change'):.2f} s",
            f"{median('no_change_written'):.0f} files written (goal: 0)",
        ),
    ]
    for key, label in (
        ("one_added_log", "one article added, from a log (loads everything)"),
        ("one_added_terminal", "one article added, at a terminal (host warm)"),
    ):
        share = median(key) / cold
        verdict = "met" if share < GOAL_ONE_ADDED_SHARE else "missed"
        rows.append((label, f"{median(key):.2f} s", f"{share:.0%} of cold (goal < 33%: {verdict})"))
        if key == "one_added_log":
            model = median("one_added_model")
            rows.append(
                ("  of which the model's stage", f"{model:.2f} s", f"{model / cold:.0%} of cold")
            )
    latency = median("serve_latency")
    rows.append(("serve: article written -> new build live", f"{latency:.2f} s", "(goal: < 2 s)"))
    width = max(len(label) for label, _, _ in rows)
    lines = [f"Publishing on the demo archive, median of {len(runs)} run(s):"]
    lines += [f"  {label:<{width}}  {value:>7}  {note}".rstrip() for label, value, note in rows]
    return "\n".join(lines)


def compiled_as_installed() -> None:
    """Write the plugin's bytecode, as installing a package does: a shell that sets
    PYTHONDONTWRITEBYTECODE (this sandbox does) would otherwise have every build
    compile the plugin's sources again, a tenth of a second users never pay."""
    import newsarchive

    compileall.compile_dir(Path(newsarchive.__file__).parent, quiet=1)


def main(runs: int) -> int:
    compiled_as_installed()
    results = []
    for number in range(runs):
        print(f"bench: publishing run {number + 1} of {runs}", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix="newsarchive-publishing-") as work:
            results.append(one_run(Path(work)))
    print(table(results))
    return 0
