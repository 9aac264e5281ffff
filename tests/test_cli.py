"""The command line: inspect (text and the JSON contract), check, serve."""

from __future__ import annotations

import json
import os
import queue
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, make_site

from newsarchive.cli import main

CONTRACT_KEYS = {
    "source_path",
    "id",
    "title",
    "source",
    "byline",
    "dateline",
    "date",
    "date_basis",
    "blocks",
    "removed",
    "mentions",
    "mentioned_dates",
}
STORY = (
    "Talks on the border dispute resume\n\n"
    "MINSK, March 3 (Reuters) - Officials in the capital said on Friday that the talks would "
    "continue next week, after both sides failed to agree on a joint statement.\n"
)


def test_inspect_json_is_the_contract(seeds, capsys):
    files = sorted(str(p) for p in seeds.glob("*.txt"))
    assert main(["inspect", "--json", *files]) == 0
    objects = json.loads(capsys.readouterr().out)
    assert [o["source_path"] for o in objects] == files
    for item in objects:
        assert set(item) == CONTRACT_KEYS
        assert all(set(b) == {"kind", "text"} for b in item["blocks"])
        assert all(set(r) == {"text", "reason"} for r in item["removed"])
        assert all(set(d) == {"text", "value"} for d in item["mentioned_dates"])
    tass = objects[4]
    assert tass["dateline"] == {"place": "Moscow", "text": "MOSCOW, August 19. /TASS/."}
    assert (tass["date"], tass["date_basis"], tass["source"]) == ("--08-19", "dateline", "TASS")


def test_inspect_text_lists_kept_blocks_and_removed_lines(tmp_path, capsys):
    path = tmp_path / "story.txt"
    path.write_text("Advertisement\n\n" + STORY + "\nShare on facebook\n", encoding="utf-8")
    assert main(["inspect", str(path)]) == 0
    out = capsys.readouterr().out
    assert "title     Talks on the border dispute resume  [headline]" in out
    assert "date      --03-03  [dateline]" in out
    assert "kept 1 blocks:" in out and "paragraph  MINSK, March 3 (Reuters)" in out
    assert "removed 2 lines:" in out
    assert "   1  ad-marker" in out and "   7  share-widget" in out


def test_inspect_reports_a_bad_file_and_exits_1(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text(STORY, encoding="utf-8")
    assert main(["inspect", "--json", str(tmp_path / "empty.txt"), str(tmp_path / "good.txt")]) == 1
    captured = capsys.readouterr()
    assert [o["id"] for o in json.loads(captured.out)] == ["good"]
    assert f"error: {tmp_path / 'empty.txt'}: skipped: empty file" in captured.err


def test_inspect_with_site_sees_the_batch(capsys, demo_copy):
    path = demo_copy / "content" / "2020-08-10-minsk-protests.txt"
    assert main(["inspect", "--json", str(path)]) == 0
    alone = {r["reason"] for r in json.loads(capsys.readouterr().out)[0]["removed"]}
    assert main(["inspect", "--json", "--site", str(demo_copy), str(path)]) == 0
    in_site = {r["reason"] for r in json.loads(capsys.readouterr().out)[0]["removed"]}
    assert "repeated-line" not in alone and "repeated-line" in in_site


def test_check_passes_the_demo_and_writes_nothing(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY})
    assert main(["check", str(site)]) == 0
    assert "Checked 1 files: 1 articles, 0 error(s), 0 warning(s)." in capsys.readouterr().out
    assert not (site / "output").exists()


def test_check_reports_problems_as_json(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY, "b.md": "---\ntitle: [x\n---\nBody.\n"})
    assert main(["check", "--json", str(site)]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    assert problem == {
        "path": "content/b.md",
        "line": 2,
        "severity": "error",
        "message": problem["message"],
        "fix": "fix the YAML between the --- lines (quote values that hold a colon)",
    }
    assert problem["message"].startswith("skipped: broken front matter")


def test_check_reports_a_broken_registry_and_still_checks_every_file(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY, "b.md": "---\ntitle: [x\n---\nBody.\n"})
    (site / "actors.yaml").write_text("- name: A. Person\n  type: human\n")
    assert main(["check", "--json", str(site)]) == 1
    registry, content = json.loads(capsys.readouterr().out)
    assert registry == {
        "path": "actors.yaml",
        "line": 1,
        "message": "type 'human' is not one of person, organization, place",
        "fix": "set `type:` to one of person, organization, place",
        "severity": "error",
    }
    assert content["path"] == "content/b.md" and content["line"] == 2


def test_check_reports_a_broken_site_yaml_as_a_problem_with_a_fix(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY}, config="title: T\nactors:\n  min_articles: 0\n")
    assert main(["check", "--json", str(site)]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {
            "path": "site.yaml",
            "line": 3,
            "message": "key 'actors.min_articles': must be at least 1",
            "fix": "change `actors.min_articles` in site.yaml: it must be at least 1",
            "severity": "error",
        }
    ]
    assert main(["check", str(tmp_path / "nowhere")]) == 1
    captured = capsys.readouterr()
    assert "fix: create site.yaml in the site folder" in captured.err
    assert "Checked 0 files: 0 articles, 1 error(s), 0 warning(s)." in captured.out


def test_check_fails_on_warnings_only_when_strict(tmp_path, capsys):
    warned = '---\nurl: "javascript:alert(1)"\n---\n' + STORY
    site = make_site(tmp_path, {"a.md": warned})
    assert main(["check", str(site)]) == 0
    captured = capsys.readouterr()
    assert "warning: content/a.md:2: front matter 'url' ignored" in captured.err
    assert "Checked 1 files: 1 articles, 0 error(s), 1 warning(s)." in captured.out
    assert main(["check", "--strict", str(site)]) == 1


def test_check_writes_github_annotations_with_file_and_line(tmp_path, capsys):
    warned = '---\nurl: "javascript:a,b"\n---\n' + STORY
    site = make_site(tmp_path, {"a,1.md": warned, "b.md": "---\ntitle: [x\n---\nBody.\n"})
    assert main(["check", "--github", str(site)]) == 1
    error, warning = sorted(capsys.readouterr().out.splitlines())
    assert warning.startswith("::warning file=content/a%2C1.md,line=2::front matter 'url' ignored")
    assert error.startswith("::error file=content/b.md,line=2::skipped: broken front matter")
    assert error.endswith(
        ". Fix: fix the YAML between the --- lines (quote values that hold a colon)"
    )


def lines_of(stream) -> queue.Queue:
    """Lines of a child's output, read in the background so a test can time out."""
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in stream], daemon=True).start()
    return lines


def wait_for_line(lines: queue.Queue, text: str, seconds: float = 10) -> str:
    deadline = time.monotonic() + seconds
    while True:
        line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        if text in line:
            return line


def start_server(site: Path) -> tuple[subprocess.Popen, str, queue.Queue]:
    command = [str(Path(sys.executable).parent / "newsarchive"), "serve", str(site), "--port", "0"]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = wait_for_line(lines_of(server.stdout), "Serving", seconds=60)
    return server, line.split(" at ")[1].split()[0], lines_of(server.stderr)


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def test_serve_builds_serves_and_rebuilds_on_change(tmp_path):
    site = make_site(tmp_path, {"a.txt": STORY})
    server, base, _ = start_server(site)
    try:
        assert base.startswith("http://127.0.0.1:")
        assert "Talks on the border dispute resume" in fetch(base + "index.html")
        (site / "content" / "b.txt").write_text(STORY.replace("Talks", "Meetings"))
        deadline = time.monotonic() + 10
        while "Meetings on the border" not in fetch(base + "index.html"):
            assert time.monotonic() < deadline, "no rebuild within 10 s"
            time.sleep(0.2)
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=10) == 0


@pytest.mark.skipif(os.name != "posix", reason="signals")
def test_serve_keeps_the_last_good_site_when_a_rebuild_fails(tmp_path):
    site = make_site(tmp_path, {"a.txt": STORY})
    server, base, errors = start_server(site)
    try:
        page = fetch(base + "index.html")
        assert "__newsarchive__/status" in page  # the reload script, in served pages only
        assert "__newsarchive__" not in (site / "output" / "index.html").read_text()
        assert json.loads(fetch(base + "__newsarchive__/status")) == {"build": 1, "error": None}
        (site / "site.yaml").write_text("title: T\nbogus: 1\n")
        error = wait_for_line(errors, "still serving")
        assert "key 'bogus': unknown key" in error
        assert "Talks on the border dispute resume" in fetch(base + "index.html")
        status = json.loads(fetch(base + "__newsarchive__/status"))
        assert status["build"] == 1 and "key 'bogus': unknown key" in status["error"]
        (site / "site.yaml").write_text("title: Fixed\n")
        deadline = time.monotonic() + 10
        while json.loads(fetch(base + "__newsarchive__/status")) != {"build": 2, "error": None}:
            assert time.monotonic() < deadline, "no rebuild within 10 s"
            time.sleep(0.2)
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)


def wait_for_build(base: str, number: int) -> dict:
    """The server's status once build `number` is live (a rebuild was seen and finished)."""
    deadline = time.monotonic() + 30
    while (status := json.loads(fetch(base + "__newsarchive__/status")))["build"] < number:
        assert time.monotonic() < deadline, f"no build {number} within 30 s"
        time.sleep(0.2)
    return status


def test_serve_rebuilds_when_the_registry_or_the_theme_changes(tmp_path):
    site = make_site(tmp_path, {"a.txt": STORY}, config="title: T\ntheme: theme\n")
    shutil.copytree(REPO / "themes" / "archive", site / "theme")
    server, base, _ = start_server(site)
    try:
        (site / "actors.yaml").write_text(
            "- name: Talks Commission\n  type: organization\n  aliases: [Officials]\n"
        )
        assert wait_for_build(base, 2) == {"build": 2, "error": None}
        assert "Talks Commission" in fetch(base + "actors/index.html")
        footer = site / "theme" / "templates" / "base.html"
        footer.write_text(footer.read_text().replace("</footer>", "<p>Theme edited</p></footer>"))
        assert wait_for_build(base, 3) == {"build": 3, "error": None}
        assert "<p>Theme edited</p>" in fetch(base + "index.html")
    finally:
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=10) == 0


def test_an_open_page_reloads_after_a_rebuild_and_shows_a_failed_one(tmp_path, browser):
    site = make_site(tmp_path, {"a.txt": STORY})
    server, base, _ = start_server(site)
    page = browser.new_page()
    try:
        page.goto(base + "index.html")
        (site / "content" / "a.txt").write_text(STORY.replace("Talks", "Meetings"))
        page.wait_for_function("document.body.textContent.includes('Meetings on the border')")
        (site / "site.yaml").write_text("title: T\nbogus: 1\n")
        banner = page.wait_for_selector("#newsarchive-error[role=alert]")
        assert "The last rebuild failed; this is the last good site." in banner.text_content()
        assert "key 'bogus': unknown key" in banner.text_content()
        assert "Meetings on the border" in page.text_content("main")
        (site / "site.yaml").write_text("title: Fixed archive\n")
        page.wait_for_function("document.title.includes('Fixed archive')")
        assert page.query_selector("#newsarchive-error") is None
    finally:
        page.close()
        server.send_signal(signal.SIGINT)
        assert server.wait(timeout=10) == 0


def test_serve_on_a_port_in_use_says_so_before_building(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY})
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert main(["serve", str(site), "--port", str(port)]) == 2
    assert f"error: cannot serve on 127.0.0.1:{port}: Address already in use" in (
        capsys.readouterr().err
    )
    assert not (site / "output").exists()
