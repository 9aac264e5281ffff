"""Shared test helpers: temporary sites, the seeds folder, real builds."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from newsarchive.model import Actor, Archive, Mention

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
