"""Shared test helpers: temporary sites, the seeds folder, real builds."""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.search import CHROMIUM, CHROMIUM_ARGS  # one launch recipe for tests and bench
from newsarchive.cli import main
from newsarchive.model import Actor, Archive, ArticleRecord, Block, Mention, MentionedDate

REPO = Path(__file__).resolve().parents[1]
# The demo archive as shipped (content, registry, settings), which the tests
# describe. The repo's own content/ starts as the same demo but is the
# archivist's archive: an import or a deleted demo article must not fail the tests.
DEMO = REPO / "tests" / "fixtures" / "demo"
SEEDS = REPO.parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session", autouse=True)
def private_hosts() -> Iterator[Path]:
    """Warm hosts started by the tests live here, never in the runner's own folder
    (see `newsarchive.host`), and are stopped when the session ends."""
    folder = runtime_folder()
    os.environ["XDG_RUNTIME_DIR"] = str(folder)
    yield folder
    stop_hosts(folder)


def runtime_folder() -> Path:
    """A new runtime folder, short enough for a socket's path (about 100 bytes)."""
    return Path(tempfile.mkdtemp(prefix="na-"))


def stop_hosts(folder: Path) -> None:
    """Stop every host of `folder` (its lock files hold their process ids) and remove it."""
    for lock in folder.glob("*/*.lock"):
        with contextlib.suppress(ProcessLookupError, ValueError):
            os.kill(int(lock.read_text()), signal.SIGTERM)
    shutil.rmtree(folder, ignore_errors=True)


class AtATerminal:
    """`newsarchive ARGS` with its output on a pseudo-terminal, as a person runs it."""

    def __init__(self, args: list[str], environment: dict[str, str], cwd: Path | None = None):
        controller, terminal = os.openpty()
        self._controller = controller
        self._written: list[bytes] = []
        command = [sys.executable, "-m", "newsarchive.cli", *args]
        self.process = subprocess.Popen(
            command, stdin=terminal, stdout=terminal, stderr=terminal, env=environment, cwd=cwd
        )
        os.close(terminal)  # the command (and any process it hands its streams to) holds it
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        with contextlib.suppress(OSError):  # EIO: the last holder of the terminal closed it
            while chunk := os.read(self._controller, 1 << 16):
                self._written.append(chunk)

    def finish(self, timeout: float = 120) -> tuple[int, str]:
        """The exit code and everything written to the terminal."""
        code = self.process.wait(timeout=timeout)
        self._reader.join(timeout=10)
        os.close(self._controller)
        text = b"".join(self._written).decode("utf-8", "replace")
        return code, text.replace("\r\n", "\n")


def at_a_terminal(
    args: list[str], environment: dict[str, str], cwd: Path | None = None
) -> tuple[int, str]:
    """Run `newsarchive ARGS` at a pseudo-terminal: its exit code and what it wrote."""
    return AtATerminal(args, environment, cwd).finish()


def terminal_environment(runtime: Path, **changes: str) -> dict[str, str]:
    """This environment as a person's terminal has it (no `CI`), hosts kept in `runtime`."""
    environment = {k: v for k, v in os.environ.items() if k != "CI"}
    return {**environment, "XDG_RUNTIME_DIR": str(runtime), **changes}


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not here ({SEEDS} is absent)")
    return SEEDS


@pytest.fixture(scope="module")
def browser() -> Iterator:
    """Debian's headless Chromium, driven by Playwright; never a downloaded browser.
    One per module: Playwright's sync API allows one running instance per thread, and
    the bench starts its own."""
    if not CHROMIUM.exists():
        pytest.skip(f"browser tests need Chromium at {CHROMIUM} (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install playwright")
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield launched
        launched.close()


def make_site(
    root: Path, files: dict[str, str | bytes], config: str = "title: Test archive\n"
) -> Path:
    """A site folder with site.yaml and the given content files (name -> text or bytes)."""
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / "site.yaml").write_text(config, encoding="utf-8")
    for name, data in files.items():
        path = root / "content" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, bytes):
            path.write_bytes(data)
        else:
            path.write_text(data, encoding="utf-8")
    return root


@pytest.fixture
def seed_site(tmp_path: Path, seeds: Path) -> Path:
    """A site whose content is a copy of the five seed articles, no registry."""
    site = make_site(tmp_path / "seeds", {})
    for path in sorted(seeds.glob("*.txt")):
        shutil.copy(path, site / "content" / path.name)
    return site


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path, with its bytes."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def build(site: Path, *options: str, output: Path | None = None) -> int:
    """`newsarchive build SITE [OPTIONS] [-o OUTPUT]`, in this process; the exit code."""
    arguments = ["build", str(site), *options]
    if output is not None:
        arguments += ["-o", str(output)]
    return main(arguments)


def demo_site(root: Path, config: str | None = None) -> Path:
    """A copy of the demo archive and registry; `config` replaces its site.yaml."""
    shutil.copytree(DEMO / "content", root / "content")
    shutil.copy(DEMO / "actors.yaml", root / "actors.yaml")
    if config is None:
        shutil.copy(DEMO / "site.yaml", root / "site.yaml")
    else:
        (root / "site.yaml").write_text(config, encoding="utf-8")
    return root


@pytest.fixture(scope="session")
def demo_copy(tmp_path_factory) -> Path:
    """A copy of the demo site, shared by the session (its cache fills as tests run)."""
    return demo_site(tmp_path_factory.mktemp("demo"))


@pytest.fixture(scope="session")
def demo(demo_copy) -> Path:
    """The demo archive (content and registry), built once into a temporary folder."""
    assert build(demo_copy) == 0
    return demo_copy / "output"


@pytest.fixture(scope="session")
def seed_output(tmp_path_factory, seeds: Path) -> Path:
    """The five seed articles, no registry, built once."""
    site = make_site(tmp_path_factory.mktemp("seeds"), {})
    for path in sorted(seeds.glob("*.txt")):
        shutil.copy(path, site / "content" / path.name)
    assert build(site) == 0
    return site / "output"


def make_record(
    article_id: str,
    date: str | None = None,
    source: str | None = None,
    mentioned: tuple[str, ...] = (),
    actors: tuple[str, ...] = (),
    text: str = "A paragraph of the story.",
) -> ArticleRecord:
    """A hand-made article record: for the pure page and link functions."""
    return ArticleRecord(
        id=article_id,
        source_path=f"content/{article_id}.txt",
        title=f"Story {article_id}",
        title_basis="headline",
        source=source,
        byline=None,
        dateline=None,
        date=date,
        date_basis="front-matter" if date else "unknown",
        blocks=(Block("paragraph", text, 3),),
        removed=(),
        mentioned_dates=tuple(MentionedDate(value, value) for value in mentioned),
        encoding="utf-8",
        mentions=tuple(Mention(0, 0, 1, actor, actor, "person") for actor in actors),
    )


def with_actor(archive: Archive, actor: Actor, article_ids: set[str]) -> Archive:
    """The archive with `actor` mentioned once in each article of `article_ids`."""
    records = [
        dataclasses.replace(
            record, mentions=(Mention(0, 0, len(actor.name), actor.name, actor.id, actor.type),)
        )
        if record.id in article_ids
        else record
        for record in archive.records
    ]
    return Archive(records, archive.problems, [*archive.actors, actor])


TSIKHANOUSKAYA = Actor(
    id="sviatlana-tsikhanouskaya",
    name="Sviatlana Tsikhanouskaya",
    type="person",
    aliases=("Svetlana Tikhanovskaya", "Tichanovskaja", "Ціханоўская"),
    spellings=(("Tsikhanouskaya", 3),),
    articles=(),
    mentions=3,
)
