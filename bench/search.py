"""Search figures read from a built site: index size and time to first result.

Both come from what a reader's browser gets: the script files `search/`
loads, and the real page driven in the system's headless Chromium.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import os
import threading
import time
from pathlib import Path

SEARCH_FOLDER = "search"
NO_SEARCH_PAGE = "n/a (no search page yet)"
# Debian's Chromium; elsewhere (a GitHub runner's Chrome) NEWSARCHIVE_CHROMIUM names another.
CHROMIUM = Path(os.environ.get("NEWSARCHIVE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]
# A word every synthetic article's lead is likely to hold.
FIRST_QUERY = "president"
RESULT_TIMEOUT_MS = 60_000


def index_size(output: Path, articles: int) -> dict[str, float] | None:
    """Bytes of the scripts the search page loads, raw and gzipped, total and per article."""
    files = sorted((output / SEARCH_FOLDER).glob("*.js"))
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
    """Seconds from opening `search/?q=...` in headless Chromium to the first result shown.

    None when the site has no search page, Chromium is absent or playwright is
    not installed.
    """
    if not (output / SEARCH_FOLDER / "index.html").is_file() or not CHROMIUM.exists():
        return None
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    handler = functools.partial(_Quiet, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/{SEARCH_FOLDER}/index.html?q={FIRST_QUERY}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("#search-results a", timeout=RESULT_TIMEOUT_MS)
            elapsed = time.perf_counter() - started
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return elapsed


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass
