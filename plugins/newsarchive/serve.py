"""`newsarchive serve`: build, serve on 127.0.0.1, rebuild when sources change.

A failed rebuild keeps the last good site online and says what went wrong.
"""

from __future__ import annotations

import functools
import http.server
import sys
import threading
import time
from pathlib import Path

from .build import BuildError, build_site
from .config import ConfigError, SiteConfig, load_site_config
from .registry import RegistryError

POLL_SECONDS = 0.5


def serve(config: SiteConfig, site: Path, output: Path, port: int) -> int:
    watched = _snapshot(config)  # before building, so no change can slip between
    result = build_site(config, output)
    print(f"Built {result.articles} articles in {result.seconds:.2f}s.")
    handler = functools.partial(_QuietHandler, directory=str(output))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"Serving {output} at http://127.0.0.1:{server.server_port}/ (Ctrl-C stops)", flush=True)
    try:
        while True:
            time.sleep(POLL_SECONDS)
            current = _snapshot(config)
            if current != watched:
                watched = current
                config = _rebuild(site, output, config)
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        server.shutdown()
        server.server_close()
    return 0


def _rebuild(site: Path, output: Path, config: SiteConfig) -> SiteConfig:
    try:
        config = load_site_config(site)
        result = build_site(config, output)
        print(
            f"Rebuilt {result.articles} articles in {result.seconds:.2f}s "
            f"({result.written} files written)."
        )
    except (ConfigError, BuildError, RegistryError) as error:
        print(f"error: {error}; still serving the last good site", file=sys.stderr)
    return config


def _snapshot(config: SiteConfig) -> dict[Path, float]:
    """Modification times of everything a rebuild depends on."""
    roots = [config.content_dir, config.theme_dir]
    files = [config.root / "site.yaml"] + [p for r in roots if r.is_dir() for p in r.rglob("*")]
    return {path: path.stat().st_mtime for path in files if path.is_file()}


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args) -> None:
        pass
