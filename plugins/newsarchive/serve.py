"""`newsarchive serve`: build, serve on 127.0.0.1, rebuild when sources change.

Pages served get a small script that asks for the build number every second:
a new number reloads the page, an error shows as a banner. A failed rebuild
keeps the last good site online. The files on disk are never changed by it.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from .build import BuildError, BuildResult, build_site
from .config import SiteConfig, load_site_config
from .model import SettingsError
from .recognise.statistical import warm_up
from .report import print_problems, settings_problems

POLL_SECONDS = 0.5
STATUS_PATH = "/__newsarchive__/status"
# Injected into served HTML only: reload on a new build, show a failed one.
RELOAD_SCRIPT = b"""<script>
(function () {
  var seen = null;
  function banner(text) {
    var box = document.getElementById("newsarchive-error");
    if (!text) { if (box) { box.remove(); } return; }
    if (!box) {
      box = document.createElement("div");
      box.id = "newsarchive-error";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;top:0;left:0;right:0;z-index:9999;padding:.75rem 1rem;" +
        "background:#8a2c0f;color:#fff;font:14px/1.4 system-ui,sans-serif;white-space:pre-wrap";
      document.body.prepend(box);
    }
    box.textContent = "The last rebuild failed; this is the last good site.\\n" + text;
  }
  function poll() {
    fetch("%s", {cache: "no-store"}).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.build !== seen) { location.reload(); return; }
      seen = s.build;
      banner(s.error);
    }).catch(function () {}).then(function () { setTimeout(poll, 1000); });
  }
  poll();
})();
</script>
""".replace(b"%s", STATUS_PATH.encode())


@dataclass
class Status:
    """What the pages poll: which build is live, and the last rebuild's error."""

    build: int = 1
    error: str | None = None

    def to_json(self) -> bytes:
        return json.dumps({"build": self.build, "error": self.error}).encode()


def serve(config: SiteConfig, site: Path, output: Path, port: int) -> int:
    status = Status()
    handler = functools.partial(_Handler, status, directory=str(output))
    try:  # before the build: a port in use is said at once
        server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    except OSError as error:
        print(
            f"error: cannot serve on 127.0.0.1:{port}: {error.strerror or error}; "
            "stop what uses the port or choose another with --port",
            file=sys.stderr,
        )
        return 2
    watched = _snapshot(config)  # before building, so no change can slip between
    try:
        result = build_site(config, output)
    except BaseException:
        server.server_close()
        raise
    _report(result, config)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    if config.actors.statistical:
        # The first rebuild with new names would otherwise wait seconds for spaCy.
        threading.Thread(target=warm_up, daemon=True).start()
    print(f"Serving {output} at http://127.0.0.1:{server.server_port}/ (Ctrl-C stops)", flush=True)
    try:
        looked = 0.0
        while True:
            # A huge archive takes a while to look over: never spend over a third of the time on it.
            time.sleep(max(POLL_SECONDS, 2 * looked))
            started = time.perf_counter()
            current = _snapshot(config)
            looked = time.perf_counter() - started
            if current != watched:
                watched = current
                config = _rebuild(site, output, config, status)
    except KeyboardInterrupt:
        print("\nStopped.")
    finally:
        server.shutdown()
        server.server_close()
    return 0


def _rebuild(site: Path, output: Path, config: SiteConfig, status: Status) -> SiteConfig:
    try:
        config = load_site_config(site)
        result = build_site(config, output)
    except SettingsError as error:
        print_problems(settings_problems(error))
        return _keep_serving(status, "\n".join(map(str, error.every)), config)
    except BuildError as error:
        print(f"error: {error}", file=sys.stderr)
        return _keep_serving(status, str(error), config)
    status.error = None
    status.build += 1
    _report(result, config)
    return config


def _keep_serving(status: Status, error: str, config: SiteConfig) -> SiteConfig:
    """A failed rebuild: the pages show `error`, and the last good site stays."""
    status.error = error
    print("The rebuild failed; still serving the last good site.", file=sys.stderr, flush=True)
    return config


def _report(result: BuildResult, config: SiteConfig) -> None:
    """What a build met and made, as `newsarchive build` says it."""
    print_problems(result.problems, config.root)
    print(result.summary(), flush=True)


def _snapshot(config: SiteConfig) -> dict[str, int]:
    """Modification times of everything a rebuild depends on (10,000 files: about 0.05 s)."""
    extra = [config.root / "site.yaml", config.registry_path or config.root / "actors.yaml"]
    times = {}
    for path in extra:
        with contextlib.suppress(OSError):
            times[str(path)] = path.stat().st_mtime_ns
    folders = [str(config.content_dir), str(config.theme_dir)]
    while folders:
        with contextlib.suppress(OSError), os.scandir(folders.pop()) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                else:
                    with contextlib.suppress(OSError):
                        times[entry.path] = entry.stat().st_mtime_ns
    return times


class _Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, status: Status, *args, **kwargs):
        self.status = status
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        if self.path == STATUS_PATH:
            self._send(self.status.to_json(), "application/json")
            return
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"  # a folder without its slash is redirected below
        if path.suffix == ".html" and path.is_file():
            body = path.read_bytes().replace(b"</body>", RELOAD_SCRIPT + b"</body>", 1)
            self._send(body, "text/html; charset=utf-8")
            return
        super().do_GET()

    def _send(self, body: bytes, content_type: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        pass
