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


def test_inspect_with_site_resolves_names_as_the_built_site_does(capsys, demo, demo_copy):
    """An editor asks why a name links where it does: the answer is the site's actor."""
    article = "2021-07-06-babaryka-sentenced"  # spells Babaryka as the site's page does not
    path = demo_copy / "content" / f"{article}.txt"
    before = sorted((p, p.stat().st_mtime_ns) for p in demo_copy.rglob("*") if p.is_file())
    assert main(["inspect", "--json", "--site", str(demo_copy), str(path)]) == 0
    [record] = json.loads(capsys.readouterr().out)
    built = json.loads((demo / "data" / "articles.json").read_text(encoding="utf-8"))
    [row] = [row for row in built if row["id"] == article]
    assert sorted({mention["actor"] for mention in record["mentions"]}) == row["actors"]
    assert "viktor-babariko" in row["actors"]  # the archive's page, not this file's spelling
    after = sorted((p, p.stat().st_mtime_ns) for p in demo_copy.rglob("*") if p.is_file())
    assert after == before  # the site's cache is read, never written


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


def tree_of(folder: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and folder (None) under `folder`."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() if p.is_file() else None
        for p in folder.rglob("*")
    }


def test_check_creates_no_cache_and_leaves_a_cache_as_it_was(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY, "b.md": "---\ntitle: [x\n---\nBody.\n"})
    before = tree_of(site)
    assert main(["check", str(site)]) == 1
    assert tree_of(site) == before  # not even .newsarchive-cache/
    assert main(["build", str(site)]) == 1
    (site / "content" / "c.txt").write_text(STORY.replace("Talks", "Meetings"))
    built = tree_of(site)
    capsys.readouterr()
    assert main(["check", str(site)]) == 1
    assert "Checked 3 files: 2 articles, 1 error(s), 0 warning(s)." in capsys.readouterr().out
    assert tree_of(site) == built


def test_check_reports_problems_as_json(tmp_path, capsys, monkeypatch):
    site = make_site(tmp_path, {"a.txt": STORY, "b.md": "---\ntitle: [x\n---\nBody.\n"})
    monkeypatch.chdir(site)
    assert main(["check", "--json"]) == 1
    [problem] = json.loads(capsys.readouterr().out)
    assert problem == {
        "path": "content/b.md",
        "line": 2,
        "severity": "error",
        "message": problem["message"],
        "fix": "fix the YAML between the --- lines (quote values that hold a colon)",
    }
    assert problem["message"].startswith("skipped: broken front matter")


def test_check_reports_a_broken_registry_and_still_checks_every_file(tmp_path, capsys, monkeypatch):
    site = make_site(tmp_path, {"a.txt": STORY, "b.md": "---\ntitle: [x\n---\nBody.\n"})
    (site / "actors.yaml").write_text("- name: A. Person\n  type: human\n")
    monkeypatch.chdir(site)
    assert main(["check", "--json"]) == 1
    registry, content = json.loads(capsys.readouterr().out)
    assert registry == {
        "path": "actors.yaml",
        "line": 1,
        "message": "type 'human' is not one of person, organization, place",
        "fix": "set `type:` to one of person, organization, place",
        "severity": "error",
    }
    assert content["path"] == "content/b.md" and content["line"] == 2


REGISTRY = (
    "- name: Anna Marsh\n  type: persn\n"  # line 1
    "- name: Talks Office\n  type: organization\n  colour: blue\n"  # line 3
    "- name: Officials Union\n  type: organization\n  aliases: [Officials]\n"  # line 6
    "- name: Officials Board\n  type: organization\n  aliases: [Officials]\n"  # line 9
    "- name: Border Guard\n  type: organization\n  same_as: [Nobody At All]\n"  # line 12
)


def test_check_lists_every_registry_problem_and_a_build_prints_them_all(
    tmp_path, capsys, monkeypatch
):
    site = make_site(tmp_path, {"a.txt": STORY})
    (site / "actors.yaml").write_text(REGISTRY)
    monkeypatch.chdir(site)
    assert main(["check", "--json"]) == 1
    assert [
        (p["path"], p["line"], p["message"][:40]) for p in json.loads(capsys.readouterr().out)
    ] == [
        ("actors.yaml", 1, "type 'persn' is not one of person, organ"),
        ("actors.yaml", 5, "unknown key 'colour' (known keys: id, na"),
        ("actors.yaml", 9, "alias 'Officials' is claimed by two acto"),
        ("actors.yaml", 12, "same_as 'Nobody At All': no actor with t"),
    ]
    assert main(["build"]) == 2
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:")]
    assert [line.split(": ")[1] for line in errors] == [
        "actors.yaml:1",
        "actors.yaml:5",
        "actors.yaml:9",
    ]
    (site / "actors.yaml").write_text(
        "- name: Border Guard\n  type: organization\n  same_as: [Nobody At All]\n"
        "- name: Talks Office\n  type: organization\n  same_as: [No Such Office]\n"
    )
    assert main(["build"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: actors.yaml:1: same_as 'Nobody At All': no actor with that id or spelling was "
        "found",
        "  fix: correct the name to an id or spelling the archive has (see data/actors.json), "
        "or remove it from same_as",
        "error: actors.yaml:4: same_as 'No Such Office': no actor with that id or spelling was "
        "found",
        "  fix: correct the name to an id or spelling the archive has (see data/actors.json), "
        "or remove it from same_as",
    ]
    assert not (site / "output").exists()


def test_check_lists_every_site_yaml_problem_and_still_checks_the_content(
    tmp_path, capsys, monkeypatch
):
    config = "title: T\nhome_articles: ten\nfeed_articles: [5]\nlanguage: 12\n"
    site = make_site(tmp_path, {"a.txt": STORY, "b.txt": b""}, config=config)
    monkeypatch.chdir(site)
    assert main(["check"]) == 1
    captured = capsys.readouterr()
    assert [line for line in captured.err.splitlines() if not line.startswith("  fix")] == [
        "error: site.yaml:2: key 'home_articles': must be a whole number, not text",
        "error: site.yaml:3: key 'feed_articles': must be a whole number, not a list",
        "error: site.yaml:4: key 'language': must be text, not a whole number",
        "error: content/b.txt: skipped: empty file: no text to make an article of",
        "note: site.yaml cannot be used: content was checked with the default settings",
    ]
    assert captured.out == "Checked 2 files: 1 articles, 4 error(s), 0 warning(s).\n"
    assert main(["build"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("error: site.yaml:") == 3 and captured.out == ""


def test_check_reports_a_bad_date_with_a_misspelt_key(tmp_path, capsys, monkeypatch):
    front = "---\ntitle: Talks\ndate: 2021-02-30\nsorce: Example Wire\n---\n"
    site = make_site(tmp_path, {"a.md": front + STORY})
    monkeypatch.chdir(site)
    assert main(["check", "--json"]) == 1
    assert [
        (p["line"], p["severity"], p["message"][:34]) for p in json.loads(capsys.readouterr().out)
    ] == [
        (3, "error", "skipped: front matter date '2021-0"),
        (4, "warning", "unknown front matter key 'sorce' i"),
    ]


def test_check_reports_a_broken_site_yaml_as_a_problem_with_a_fix(tmp_path, capsys, monkeypatch):
    site = make_site(tmp_path, {"a.txt": STORY}, config="title: T\nactors:\n  min_articles: 0\n")
    monkeypatch.chdir(site)
    assert main(["check", "--json"]) == 1
    assert json.loads(capsys.readouterr().out) == [
        {
            "path": "site.yaml",
            "line": 3,
            "message": "key 'actors.min_articles': must be at least 1",
            "fix": "change `actors.min_articles` in site.yaml: it must be at least 1",
            "severity": "error",
        }
    ]


def test_a_missing_site_names_the_folder(tmp_path, capsys):
    assert main(["check", str(tmp_path / "nowhere")]) == 1
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        f"error: {tmp_path / 'nowhere'}: no such folder",
        "  fix: give the command the folder that holds site.yaml",
    ]
    assert captured.out == "Checked 0 files: 0 articles, 1 error(s), 0 warning(s).\n"
    assert main(["build", str(tmp_path)]) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: {tmp_path}: this folder holds no site.yaml",
        "  fix: create site.yaml in it with a line `title: Your archive's name`, or give the "
        "command the folder that holds site.yaml",
    ]


def test_every_command_shows_paths_as_they_open_from_the_current_folder(
    tmp_path, capsys, monkeypatch
):
    site = make_site(tmp_path / "site", {"a.txt": STORY, "b.txt": b""}, config="title: T\n")
    (site / "actors.yaml").write_text("- name: A Person\n  type: persn\n")
    monkeypatch.chdir(tmp_path)
    for command in (["check", "site"], ["check", str(site)]):
        assert main(command) == 1
        errors = [line for line in capsys.readouterr().err.splitlines() if "error" in line]
        assert [line.split(": ")[1] for line in errors] == [
            "site/actors.yaml:1",
            "site/content/b.txt",
        ]
    assert main(["build", str(site)]) == 2
    assert capsys.readouterr().err.startswith("error: site/actors.yaml:1: type 'persn'")
    (site / "actors.yaml").unlink()
    assert main(["build", str(site)]) == 1
    captured = capsys.readouterr()
    assert captured.err.startswith("error: site/content/b.txt: skipped: empty file")
    assert "into site/output in" in captured.out
    monkeypatch.chdir(site / "content")
    assert main(["check", str(site)]) == 1
    assert capsys.readouterr().err.startswith("error: b.txt: skipped: empty file")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["check", "../site"]) == 1
    assert capsys.readouterr().err.startswith("error: ../site/content/b.txt: skipped")


def test_check_fails_on_warnings_only_when_strict(tmp_path, capsys, monkeypatch):
    warned = '---\nurl: "javascript:alert(1)"\n---\n' + STORY
    site = make_site(tmp_path, {"a.md": warned})
    monkeypatch.chdir(site)
    assert main(["check"]) == 0
    captured = capsys.readouterr()
    assert "warning: content/a.md:2: front matter 'url' ignored" in captured.err
    assert "Checked 1 files: 1 articles, 0 error(s), 1 warning(s)." in captured.out
    assert main(["check", "--strict"]) == 1


def test_check_writes_github_annotations_with_file_and_line(tmp_path, capsys, monkeypatch):
    warned = '---\nurl: "javascript:a,b"\n---\n' + STORY
    site = make_site(tmp_path, {"a,1.md": warned, "b.md": "---\ntitle: [x\n---\nBody.\n"})
    monkeypatch.chdir(site)
    assert main(["check", "--github"]) == 1
    *annotations, summary = capsys.readouterr().out.splitlines()
    assert summary.startswith("Checked 2 files")
    error, warning = sorted(annotations)
    assert warning.startswith("::warning file=content/a%2C1.md,line=2::front matter 'url' ignored")
    assert error.startswith("::error file=content/b.md,line=2::skipped: broken front matter")
    assert error.endswith(
        ". Fix: fix the YAML between the --- lines (quote values that hold a colon)"
    )


@pytest.mark.parametrize("command", [["inspect", "--json"], ["inspect"], ["check"]])
def test_a_closed_output_ends_any_command_quietly(tmp_path, command):
    """`newsarchive inspect --json FILE | head -1`: no traceback, the status of SIGPIPE."""
    site = make_site(tmp_path, {f"{n}.txt": STORY.replace("Talks", f"Talks {n}") for n in range(9)})
    files = [str(path) for path in sorted((site / "content").iterdir())]
    arguments = [*command, *files] if command[0] == "inspect" else [*command, str(site)]
    child = subprocess.Popen(
        [sys.executable, "-m", "newsarchive.cli", *arguments],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    child.stdout.close()  # the reader is gone before the command writes a line
    assert (child.stderr.read(), child.wait(timeout=120)) == (b"", 141)


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


def test_serve_names_each_file_left_out_as_build_does(tmp_path):
    site = make_site(tmp_path, {"a.txt": STORY, "b.txt": b""})
    server, _, errors = start_server(site)
    try:
        assert wait_for_line(errors, "error: ") == (
            f"error: {site / 'content' / 'b.txt'}: skipped: empty file: no text to make an "
            "article of\n"
        )
        (site / "content" / "c.txt").write_bytes(b"")
        assert wait_for_line(errors, "c.txt").startswith(f"error: {site / 'content' / 'c.txt'}")
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
        assert wait_for_line(errors, "error: ").startswith(
            f"error: {site / 'site.yaml'}:2: key 'bogus': unknown key"
        )
        wait_for_line(errors, "The rebuild failed; still serving the last good site.")
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
