"""Every file of the site, written only where the output does not already hold it.

A build plans its files first: each page with the digest of everything it
shows, the data and search files, the theme's static files. Each file is
then kept (the output already holds it, see `published.py`), written from
memory or from the rendered-page cache, or left to render. Pelican is
needed only for the last, so a build that renders nothing never starts it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..cache import StageCache, digest
from ..config import SiteConfig
from ..model import Archive
from ..published import Published
from .data import data_files
from .layout import Links, Page
from .pages import plan_pages
from .rendered import page_key, rendered_cache
from .search import search_files

THEME_STATIC_DIR = "theme"  # where the theme's static/ folder is published


@dataclass
class Staging:
    """Where a build writes its files, and which of them it did not need to write.

    `digests` names the content of every file of the site, `kept` the files
    the output already holds and that `publish` must leave alone.
    """

    folder: Path
    published: Published | None = None
    digests: dict[str, str] = field(default_factory=dict)
    kept: set[str] = field(default_factory=set)
    made: set[Path] = field(default_factory=set)  # folders known to exist

    def keeps(self, relative: str, content: str) -> bool:
        """Record the file's digest; whether the output already holds it."""
        self.digests[relative] = content
        if self.published is not None and self.published.holds(relative, content):
            self.kept.add(relative)
            return True
        return False

    def write(self, relative: str, data: bytes) -> None:
        path = self.folder / relative
        if path.parent not in self.made:  # mkdir is costly on some filesystems
            path.parent.mkdir(parents=True, exist_ok=True)
            self.made.add(path.parent)
        path.write_bytes(data)


@dataclass
class SitePlan:
    """The site's pages with their cache keys, and its other files' bytes."""

    pages: list[tuple[Page, str]]
    files: dict[str, bytes]
    cache: StageCache

    @classmethod
    def of(cls, archive: Archive, config: SiteConfig) -> SitePlan:
        pages, memo = plan_pages(archive, config), {}
        cache = rendered_cache(config)
        texts = {
            **data_files(archive, config, pages),
            **search_files(archive, Links.for_site(config), config.search.full_text),
        }
        return cls(
            # A key names the page's bytes only with the theme, settings and code.
            [(page, digest(cache.fingerprint, page_key(page, memo))) for page in pages],
            {
                **{name: text.encode("utf-8") for name, text in texts.items()},
                **theme_static_files(config.theme_dir),
            },
            cache,
        )

    def render(self, pages: list[tuple[Page, str]], render: Callable[[Page], bytes]) -> None:
        """Render pages no cache holds (`render` writes each into the staging folder)."""
        for page, key in pages:
            self.cache.put(key, render(page))


@dataclass
class LastPlan:
    """The name and digest of every file the last build planned, with the archive
    it was planned from, in one slot of the rendered-page cache (whose
    fingerprint covers theme, settings and code) that each build overwrites.

    A rebuild from the same archive plans the same files; when the output
    still holds them all, there is nothing to plan, render or write.
    """

    cache: StageCache
    SLOT = digest("the last build's plan")

    @classmethod
    def of(cls, config: SiteConfig) -> LastPlan:
        return cls(rendered_cache(config))

    def held(self, archive: Archive, staging: Staging) -> bool:
        """Whether the output holds the whole last plan; if so, records it all as kept."""
        if not archive.inputs or staging.published is None:
            return False
        last = self.cache.get(self.SLOT)
        if last is None or last[0] != archive.inputs:
            return False
        files: dict[str, str] = last[1]
        if not all(staging.published.holds(name, content) for name, content in files.items()):
            return False
        for name, content in files.items():
            staging.keeps(name, content)
        return True

    def remember(self, archive: Archive, staging: Staging) -> None:
        if archive.inputs:
            self.cache.put(self.SLOT, (archive.inputs, dict(staging.digests)))


def theme_static_files(theme: Path) -> dict[str, bytes]:
    """The theme's static/ folder, as Pelican would copy it under theme/."""
    static = theme / "static"
    return {
        f"{THEME_STATIC_DIR}/{path.relative_to(static).as_posix()}": path.read_bytes()
        for path in sorted(static.rglob("*"))
        if path.is_file()
    }


def write_site(plan: SitePlan, staging: Staging) -> list[tuple[Page, str]]:
    """Stage every file the output does not hold; returns the pages left to render."""
    to_render = []
    for page, key in plan.pages:
        if staging.keeps(page.path, key):
            continue
        html = plan.cache.get(key)
        if html is None:
            to_render.append((page, key))
        else:
            staging.write(page.path, html)
    for name, data in plan.files.items():
        if not staging.keeps(name, digest(data)):
            staging.write(name, data)
    return to_render
