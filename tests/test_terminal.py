"""What a build does for a person at a terminal that it does not do in a log or CI job:
a progress bar instead of plain lines, and the model kept warm for the next build."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from conftest import make_site

from newsarchive.progress import PLAIN_STEPS, SHOW_FROM, progress
from newsarchive.recognise.statistical import ModelUnavailable, read_entities

# A name the rules cannot type, so the build asks the model.
STORY = (
    "Export curbs tighten\n\n"
    "Shares in Gazprom fell sharply on Monday after the new export curbs were announced, "
    "and traders expected further falls later in the week.\n"
)


def test_a_long_run_in_a_log_prints_a_line_per_tenth(capsys):
    total = SHOW_FROM + 50
    with progress(total) as advance:
        for _ in range(total):
            advance()
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == PLAIN_STEPS
    assert lines[0] == f"Processing articles: {total // PLAIN_STEPS}/{total}"
    assert lines[-1] == f"Processing articles: {total}/{total}"


def test_a_short_run_prints_no_progress(capsys):
    with progress(SHOW_FROM - 1) as advance:
        for _ in range(SHOW_FROM - 1):
            advance()
    assert capsys.readouterr().err == ""


def build_at_a_terminal(site: Path, runtime: Path, environment: dict[str, str]) -> str:
    """`newsarchive build SITE` with its output on a pseudo-terminal; what it wrote there."""
    controller, terminal = os.openpty()
    command = [sys.executable, "-m", "newsarchive.cli", "build", str(site)]
    env = {**environment, "XDG_RUNTIME_DIR": str(runtime)}
    try:
        subprocess.run(command, check=True, stdout=terminal, stderr=terminal, env=env)
        os.set_blocking(controller, False)
        written = b""
        with contextlib.suppress(BlockingIOError, OSError):
            while chunk := os.read(controller, 1 << 16):
                written += chunk
    finally:
        os.close(terminal)
        os.close(controller)
    return written.decode("utf-8", "replace")


@pytest.fixture
def runtime() -> Path:
    """A short private runtime folder (a socket path must fit in about 100 bytes)."""
    try:
        read_entities(["Warm-up."])
    except ModelUnavailable as error:
        pytest.skip(str(error))
    folder = Path(tempfile.mkdtemp(prefix="na-"))
    yield folder
    for lock in folder.glob("*/*.lock"):
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(lock.read_text()), signal.SIGTERM)
    shutil.rmtree(folder, ignore_errors=True)


def test_a_build_at_a_terminal_leaves_the_model_loaded_for_the_next(tmp_path, runtime):
    site = make_site(tmp_path / "site", {"story.txt": STORY})
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    said = build_at_a_terminal(site, runtime, environment)
    (lock,) = runtime.glob(f"newsarchive-{os.getuid()}/model-*.lock")
    os.kill(int(lock.read_text()), 0)  # the host is running
    assert "The statistical model stays loaded for 10 minutes" in said


def test_a_build_in_ci_loads_the_model_itself(tmp_path, runtime):
    site = make_site(tmp_path / "site", {"story.txt": STORY})
    said = build_at_a_terminal(site, runtime, {**os.environ, "CI": "true"})
    assert list(runtime.iterdir()) == []
    assert "stays loaded" not in said
    assert "Gazprom" in (site / "output" / "articles" / "story" / "index.html").read_text()


def test_model_warm_minutes_zero_turns_the_host_off(tmp_path, runtime):
    config = "title: Test archive\nactors:\n  model_warm_minutes: 0\n"
    site = make_site(tmp_path / "site", {"story.txt": STORY}, config)
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    build_at_a_terminal(site, runtime, environment)
    assert list(runtime.iterdir()) == []
