"""Shared test helpers: temporary sites, the seeds folder, real builds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsarchive.cli import main

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO.parent / "shared" / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.skip(f"the seed articles are not here ({SEEDS} is absent)")
    return SEEDS


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


def build(site: Path, *options: str, output: Path | None = None) -> int:
    """Run `newsarchive build` in this process (the real Pelican)."""
    arguments = ["build", str(site), *options]
    if output is not None:
        arguments += ["-o", str(output)]
    return main(arguments)


@pytest.fixture(scope="session")
def demo(tmp_path_factory) -> Path:
    """The repo's demo archive (content and registry), built once into a temporary folder."""
    site = tmp_path_factory.mktemp("demo")
    for name in ("site.yaml", "actors.yaml"):
        shutil.copy(REPO / name, site / name)
    shutil.copytree(REPO / "content", site / "content")
    assert build(site) == 0
    return site / "output"
