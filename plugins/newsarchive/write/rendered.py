"""Pages rendered by an earlier build, reused when nothing they show has changed.

Pelican re-renders every page on every build. A page's HTML depends only on
its template (and the theme's other templates), the site's settings, the
plugin's code and the variables it is given, so a digest of those finds
the earlier rendering. Variables shared by many pages (the set of actors
with pages, say) are digested once per build, not once per page.
"""

from __future__ import annotations

from pathlib import Path

from ..cache import StageCache, code_fingerprint, digest
from ..config import SiteConfig
from .layout import Page

RENDERED_FOLDER = "pages"


def rendered_cache(config: SiteConfig) -> StageCache:
    """The cache of rendered pages: fresh whenever the theme, settings or code change."""
    theme = sorted(p for p in config.theme_dir.rglob("*") if p.is_file())
    fingerprint = digest(
        code_fingerprint(),
        repr(config),
        *(p.relative_to(config.theme_dir).as_posix() for p in theme),
        *(p.read_bytes() for p in theme),
    )
    folder = config.cache_dir / RENDERED_FOLDER if config.cache_dir else None
    return StageCache(folder, fingerprint)


def page_key(page: Page, shared: dict[int, str]) -> str:
    """The digest of everything a page shows; `shared` memoises values pages share."""
    parts = [page.path, page.template]
    for name, value in sorted(page.variables.items()):
        if id(value) not in shared:
            shared[id(value)] = digest(repr(value))
        parts += [name, shared[id(value)]]
    return digest(*parts)


def write_page(output: Path, page: Page, html: bytes) -> None:
    path = output / page.path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(html)
