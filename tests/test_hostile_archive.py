"""The hostile archive of `bench/hostile.py`, built for real: every perturbation of
real and synthetic articles together in one site.

The promises: the build finishes, leaving out only the files that cannot be
articles, each named with its line; no markup from the content is live on a
page; every page is valid and every internal link resolves; the same input
built again elsewhere, in another process, gives the same bytes.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import REPO, build, files_of
from sitecheck import broken_links, html_errors

from bench.hostile import hostile_files, live_markup, write_site

# The files that cannot be articles, each with the line its problem is on.
LEFT_OUT = {
    "content/front-matter/february-30.md:2",
    "content/front-matter/injected.md:6",
    "content/front-matter/list-title.md:2",
    "content/front-matter/not-a-mapping.md:2",
    "content/front-matter/tabs.md:2",
    "content/front-matter/unclosed.md:1",
    "content/front-matter/wrong-types.md:2",
}
# Hidden files, which a build never reads.
HIDDEN = {"names/.hidden-story.txt", "names/..two-dots.txt"}
LEFT_OUT_FILE = re.compile(r"^error: (\S+?:\d+): skipped: ", re.M)


@dataclass(frozen=True)
class Built:
    """The hostile site built in this process, and a copy of it built at the same time
    in another process, from another folder into another, with another hash seed."""

    site: Path
    code: int
    errors: str
    again: subprocess.CompletedProcess
    again_output: Path

    @property
    def output(self) -> Path:
        return self.site / "output"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Built:
    site = write_site(tmp_path_factory.mktemp("hostile"))
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    shutil.copytree(site, elsewhere / "site")
    environment = {
        **os.environ,
        "CI": "1",
        "PYTHONHASHSEED": "12345",
        "PYTHONPATH": os.pathsep.join([str(REPO / "plugins"), str(REPO)]),
    }
    command = [sys.executable, "-m", "newsarchive.cli", "build", "site", "-o", "out"]
    again = subprocess.Popen(
        command, cwd=elsewhere, env=environment, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    errors = io.StringIO()
    with contextlib.chdir(site), contextlib.redirect_stderr(errors):
        code = build(site)
    stdout, stderr = again.communicate(timeout=600)
    finished = subprocess.CompletedProcess(command, again.returncode, stdout, stderr)
    return Built(site, code, errors.getvalue(), finished, elsewhere / "out")


def test_only_files_that_cannot_be_articles_are_left_out_each_named_with_its_line(hostile):
    assert hostile.code == 1
    assert "Traceback" not in hostile.errors
    assert set(LEFT_OUT_FILE.findall(hostile.errors)) == LEFT_OUT
    articles = json.loads((hostile.output / "data" / "articles.json").read_text(encoding="utf-8"))
    assert len(articles) == len(hostile_files()) - len(HIDDEN) - len(LEFT_OUT)


def test_no_markup_from_the_content_is_live_on_any_page(hostile):
    assert live_markup(hostile.output) == []
    for path in hostile.output.rglob("*.json"):
        json.loads(path.read_text(encoding="utf-8"))
    for path in [*hostile.output.rglob("*.atom"), *hostile.output.rglob("*.xml")]:
        ET.parse(path)


def test_every_page_is_valid_and_every_internal_link_resolves(hostile):
    assert html_errors(hostile.output) == []
    assert broken_links(hostile.output) == []


def test_the_same_archive_built_elsewhere_in_another_process_gives_the_same_bytes(hostile):
    assert hostile.again.returncode == 1, hostile.again.stderr.decode()
    assert files_of(hostile.again_output) == files_of(hostile.output)
