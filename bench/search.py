"""Search figures read from a built site: index size and time to first result.

The search page is being added elsewhere; until a build has `search/`, both
figures are None and the table prints "n/a".
"""

from __future__ import annotations

import gzip
from pathlib import Path

SEARCH_FOLDER = "search"
NO_SEARCH_PAGE = "n/a (no search page yet)"


def index_size(output: Path, articles: int) -> dict[str, float] | None:
    """Bytes of the JSON the search page loads, raw and gzipped, total and per article."""
    files = sorted((output / SEARCH_FOLDER).glob("**/*.json"))
    if not files:
        return None
    raw = sum(path.stat().st_size for path in files)
    packed = sum(len(gzip.compress(path.read_bytes())) for path in files)
    return {
        "raw_bytes": raw,
        "gzip_bytes": packed,
        "raw_bytes_per_article": raw / articles,
        "gzip_bytes_per_article": packed / articles,
    }


def time_to_first_result(output: Path) -> float | None:
    """Hook: seconds from opening `search/` in headless Chromium to the first result shown.

    When the search page lands, drive the system Chromium with playwright here:
    serve `output` on 127.0.0.1, open the page, type a surname, wait for the
    first result, and return the elapsed seconds.
    """
    return None
