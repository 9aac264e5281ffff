"""Pages rendered by an earlier build, reused when nothing they show has changed.

Pelican re-renders every page on every build. A page's HTML depends only on
its template (and the theme's other templates), the site's settings, the
plugin's code and the variables it is given, so a digest of those finds
the earlier rendering. Records and actors, which recur on many pages, are
digested once per build, not once per page.
"""

from __future__ import annotations

import dataclasses
from functools import cache
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
        repr(dataclasses.replace(config, root=Path())),  # wherever the site is
        *(p.relative_to(config.theme_dir).as_posix() for p in theme),
        *(p.read_bytes() for p in theme),
    )
    folder = config.cache_dir / RENDERED_FOLDER if config.cache_dir else None
    return StageCache(folder, fingerprint)


def page_key(page: Page, memo: dict[int, str]) -> str:
    """The digest of everything a page shows.

    `memo` holds the digest of every object already seen in this build, by
    identity: records and actors recur on many pages and are digested once.
    Every object it names stays alive in the page plan while pages render.
    """
    parts = [page.path, page.template]
    for name, value in sorted(page.variables.items()):
        parts += [name, _digest(value, memo)]
    return digest(*parts)


# A value's description shorter than this is used as it is, not hashed: most
# values on a page (segments, mentions, blocks) are small, and hashing each
# one cost more than the rest of planning a build.
_HASHED_FROM = 256
_PRIMITIVES = (str, int, float, bool, type(None))


def _digest(value: object, memo: dict[int, str]) -> str:
    if isinstance(value, _PRIMITIVES):
        return repr(value)
    known = memo.get(id(value))
    if known is not None:
        return known
    if dataclasses.is_dataclass(value):
        parts = [
            type(value).__name__,
            *(_digest(getattr(value, name), memo) for name in _field_names(type(value))),
        ]
    elif isinstance(value, dict):
        parts = ["dict", *(f"{_digest(k, memo)}={_digest(v, memo)}" for k, v in value.items())]
    elif isinstance(value, set | frozenset):
        parts = ["set", *sorted(_digest(item, memo) for item in value)]
    elif isinstance(value, list | tuple):
        parts = [type(value).__name__, *(_digest(item, memo) for item in value)]
    else:
        parts = [repr(value)]
    described = "(" + ",".join(parts) + ")"
    result = described if len(described) < _HASHED_FROM else digest(described)
    memo[id(value)] = result
    return result


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(field.name for field in dataclasses.fields(kind))
