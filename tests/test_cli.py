"""The command line: inspect (text and the JSON contract), check, serve."""

from __future__ import annotations

import json
import os
import queue
import signal
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


def test_inspect_with_site_sees_the_batch(capsys):
    path = REPO / "content" / "2020-08-10-minsk-protests.txt"
    assert main(["inspect", "--json", str(path)]) == 0
    alone = {r["reason"] for r in json.loads(capsys.readouterr().out)[0]["removed"]}
    assert main(["inspect", "--json", "--site", str(REPO), str(path)]) == 0
    in_site = {r["reason"] for r in json.loads(capsys.readouterr().out)[0]["removed"]}
    assert "repeated-line" not in alone and "repeated-line" in in_site


def test_check_passes_the_demo_and_writes_nothing(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY})
    assert main(["check", str(site)]) == 0
    assert "Checked 1 files: 1 articles, 0 problem(s)." in capsys.readouterr().out
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
    line = wait_for_line(lines_of(server.stdout), "Serving")
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
