"""`newsarchive import`: a batch checked against the archive, added once, reported."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from conftest import build, make_site

from newsarchive.cli import main

STORY = (
    "Talks on the border dispute resume\n\n"
    "MINSK, March 3 (Reuters) - Officials in the capital said on Friday that the talks would "
    "continue next week, after both sides failed to agree on the wording of a joint statement "
    "that both governments had promised to publish before the end of the month.\n\n"
    "The delegations met for more than six hours behind closed doors and left the building "
    "without speaking to the reporters who had been waiting outside since the morning.\n"
)
RUSSIAN = (
    "Оппозиция провела митинг в столице\n\n"
    "МИНСК, 20 сентября. Тысячи человек вышли на улицы столицы, требуя освобождения "
    "политзаключённых и проведения новых выборов, сообщили правозащитники.\n"
)


@pytest.fixture
def site(tmp_path):
    return make_site(tmp_path / "site", {"existing.txt": STORY})


@pytest.fixture
def batch(tmp_path):
    folder = tmp_path / "Batch 2021-03"
    folder.mkdir()
    (folder / "copy of existing.txt").write_text(STORY)
    (folder / "Минск митинг.txt").write_bytes(RUSSIAN.encode("cp1251"))
    (folder / "empty.txt").write_bytes(b"")
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00")
    republished = STORY.replace("(Reuters)", "(Example Wire)").replace("morning", "dawn")
    (folder / "republished.txt").write_text("Example Wire\n\n" + republished)
    return folder


def run(*arguments: str) -> int:
    return main(["import", *arguments])


def test_each_kind_of_file_is_reported_and_the_good_ones_added(site, batch, capsys, monkeypatch):
    monkeypatch.chdir(site.parent)  # files are named as they open from here
    assert run(str(batch), "--site", "site") == 1  # rejections make the exit code 1
    out = capsys.readouterr().out
    assert "copy of existing.txt  skipped   identical to site/content/existing.txt" in out
    assert "empty.txt" in out and "rejected  empty file" in out
    assert "photo.txt" in out and "rejected  binary file" in out
    assert "site/content/batch-2021-03/minsk-miting.txt (from cp1251)" in out
    assert "near-duplicate of site/content/existing.txt (" in out
    assert out.rstrip().endswith(
        "2 added, 1 skipped (already in the archive), 2 rejected, 1 near-duplicates (kept, "
        "linked), 0 warning(s)"
    )
    converted = (site / "content" / "batch-2021-03" / "minsk-miting.txt").read_text("utf-8")
    assert converted.startswith("---\nencoding: cp1251\n---\nОппозиция провела митинг")


def test_importing_twice_changes_nothing(site, batch, capsys):
    run(str(batch), "--site", str(site))
    files = {p: p.read_bytes() for p in (site / "content").rglob("*") if p.is_file()}
    capsys.readouterr()
    run(str(batch), "--site", str(site))
    assert "0 added, 3 skipped" in capsys.readouterr().out
    assert files == {p: p.read_bytes() for p in (site / "content").rglob("*") if p.is_file()}


def test_dry_run_writes_nothing(site, batch, capsys):
    run(str(batch), "--site", str(site), "--dry-run")
    assert "Dry run: nothing was written." in capsys.readouterr().out
    assert [p.name for p in (site / "content").iterdir()] == ["existing.txt"]


def test_manifest_fills_front_matter_and_zip_batches_work(site, tmp_path, capsys):
    archive = tmp_path / "wire.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr(
            "stories/new.txt", STORY.replace("Talks", "Meetings").replace("six", "nine")
        )
    manifest = tmp_path / "manifest.csv"
    manifest.write_text(
        "path,url,date,source,title\n"
        "stories/new.txt,https://example.org/a,2021-03-03,Example Wire,Given\n"
    )
    assert run(str(archive), "--site", str(site), "--manifest", str(manifest)) == 0
    written = (site / "content" / "wire" / "new.txt").read_text()
    assert written.startswith(
        "---\ndate: '2021-03-03'\nsource: Example Wire\ntitle: Given\nurl: https://example.org/a\n---\n"
    )
    assert build(site) == 0
    page = (site / "output" / "articles" / "new" / "index.html").read_text()
    assert "<h1>Given</h1>" in page and '<time datetime="2021-03-03">' in page


def test_a_bad_manifest_names_file_and_line(site, batch, tmp_path, capsys):
    manifest = tmp_path / "m.csv"
    manifest.write_text("path,date\nx.txt,yesterday\n")
    assert run(str(batch), "--site", str(site), "--manifest", str(manifest)) == 2
    assert f"{manifest}:2: front matter date 'yesterday'" in capsys.readouterr().err


def test_a_manifest_that_cannot_be_used_is_one_error_with_a_fix(site, batch, tmp_path, capsys):
    missing = tmp_path / "missing.csv"
    assert run(str(batch), "--site", str(site), "--manifest", str(missing)) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: {missing}: cannot read file: No such file or directory",
        "  fix: give --manifest the path of the batch's CSV file",
    ]
    pathless = tmp_path / "pathless.csv"
    pathless.write_text("url,title\nhttps://example.org/a,A title\n")
    assert run(str(batch), "--site", str(site), "--manifest", str(pathless)) == 2
    assert capsys.readouterr().err.splitlines() == [
        f"error: {pathless}:1: the manifest needs a 'path' column "
        "(columns: path, url, date, source, title)",
        "  fix: write the manifest as CSV whose first line names its columns (path, url, date, "
        "source, title; only path is needed), then one line per file",
    ]
    assert [p.name for p in (site / "content").iterdir()] == ["existing.txt"]


def test_the_manifest_is_no_file_of_the_batch_and_a_row_naming_none_is_a_warning(
    site, tmp_path, capsys
):
    folder = tmp_path / "wire"
    folder.mkdir()
    (folder / "story.txt").write_text(STORY.replace("Talks", "Meetings").replace("six", "two"))
    (folder / "list.csv").write_text(
        "path,source\nstory.txt,Example Wire\nstory-two.txt,Example Wire\n"
    )
    manifest = str(folder / "list.csv")
    assert run(str(folder), "--site", str(site), "--manifest", manifest, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "list.csv  rejected" not in out
    assert re.search(
        rf"^{re.escape(manifest)}:3 +warning +no file 'story-two.txt' in the batch$", out, re.M
    )
    assert "1 added, 0 skipped (already in the archive), 0 rejected" in out
    assert out.endswith(", 1 warning(s)\nDry run: nothing was written.\n")


def test_zip_entries_with_unsafe_paths_are_listed_as_rejected(site, tmp_path, capsys):
    archive = tmp_path / "wire.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        zipped.writestr("../outside.txt", STORY.replace("Talks", "Outside talks"))
        zipped.writestr("/etc/rooted.txt", STORY.replace("Talks", "Rooted talks"))
        zipped.writestr("inside.txt", STORY.replace("Talks", "Inside talks").replace("six", "two"))
    assert run(str(archive), "--site", str(site)) == 1
    out = capsys.readouterr().out
    for name in ("../outside.txt", "/etc/rooted.txt"):
        assert re.search(
            rf"wire\.zip:{re.escape(name)} +rejected +unsafe path in the zip archive "
            r"\(absolute, or climbing out with \.\.\)$",
            out,
            re.M,
        )
    assert sorted(p.name for p in (site / "content").rglob("*.txt")) == [
        "existing.txt",
        "inside.txt",
    ]


def test_a_file_the_build_would_leave_out_is_rejected_with_the_builds_reason(
    site, tmp_path, capsys
):
    folder = tmp_path / "short"
    folder.mkdir()
    (folder / "caption.txt").write_text("Ministers arrive for the border talks\n")
    (folder / "story.txt").write_text(STORY.replace("Talks", "Meetings").replace("six", "two"))
    assert run(str(folder), "--site", str(site)) == 1
    out = capsys.readouterr().out
    assert re.search(
        r"/caption\.txt +rejected +no story text: cleaning kept only a headline "
        r"\('Ministers arrive for the border talks', line 1\) and removed 0 of 1 lines$",
        out,
        re.M,
    )
    assert sorted(p.name for p in (site / "content").rglob("*.txt")) == [
        "existing.txt",
        "story.txt",
    ]
    assert main(["check", str(site)]) == 0
    assert "0 error(s), 0 warning(s)" in capsys.readouterr().out


def test_a_new_file_never_takes_an_id_an_article_has(site, tmp_path, monkeypatch):
    """The page already published under an id keeps it; the new file gets a free one."""
    (site / "content" / "named.md").write_text("---\nid: statement\n---\n\n" + STORY)
    folder = tmp_path / "Batch"
    folder.mkdir()
    talks = STORY.replace("MINSK", "KYIV").replace("six hours", "four hours")
    (folder / "existing.txt").write_text(talks)
    (folder / "statement.txt").write_text(RUSSIAN)
    monkeypatch.chdir(site)
    assert run(str(folder), "--site", ".") == 0
    added = sorted(p.name for p in (site / "content" / "batch").iterdir())
    assert added == ["existing-2.txt", "statement-2.txt"]
    assert build(site) == 0
    pages = sorted(p.name for p in (site / "output" / "articles").iterdir())
    assert pages == ["existing", "existing-2", "statement", "statement-2"]


def test_damaged_utf8_is_added_with_a_warning_naming_its_line(site, tmp_path, capsys):
    """Once written back as UTF-8 the damage is only marks in the text: say it now."""
    folder = tmp_path / "Batch"
    folder.mkdir()
    data = RUSSIAN.encode("utf-8")
    cut = data.index("МИНСК".encode())
    (folder / "cut.txt").write_bytes(data[:cut] + data[cut + 1 :])
    assert run(str(folder), "--site", str(site)) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[1].split(None, 2) == [
        str(folder / "cut.txt"),
        "added",
        f"{site}/content/batch/cut.txt (from utf-8 with invalid bytes)",  # outside the cwd
    ]
    assert table[2].split(None, 1) == [
        "warning",
        "line 3: 1 byte(s) are not valid UTF-8 and show as \ufffd; the file was cut or damaged; "
        "save the article again from its source as UTF-8, or mend the marked characters",
    ]
    assert table[-1].endswith("1 warning(s)")


def test_near_duplicates_link_to_each_other_on_their_pages(site, batch):
    run(str(batch), "--site", str(site))
    assert build(site) == 0
    page = (site / "output" / "articles" / "republished" / "index.html").read_text()
    section = page.split('aria-labelledby="also-heading"')[1].split("</section>")[0]
    assert (
        'href="../../articles/existing/index.html">Talks on the border dispute resume</a>'
        in section
    )
    other = (site / "output" / "articles" / "existing" / "index.html").read_text()
    assert 'href="../../articles/republished/index.html"' in other


def test_links_and_unreadable_files_in_a_batch_are_rejected_not_copied(
    site, batch, tmp_path, monkeypatch, capsys
):
    secret = tmp_path / "private.txt"
    secret.write_text(STORY.replace("Talks", "Secret talks"))
    (batch / "linked.txt").symlink_to(secret)
    unreadable = batch / "locked.txt"
    unreadable.write_text(STORY.replace("Talks", "Locked talks"))
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:  # chmod 000 does not stop root, who may run the tests
        if path == unreadable:
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    assert run(str(batch), "--site", str(site)) == 1
    out = capsys.readouterr().out
    assert re.search(
        rf"/linked\.txt +rejected  symbolic link to {re.escape(str(secret))}$", out, re.M
    )
    assert re.search(r"/locked\.txt +rejected  unreadable: Permission denied$", out, re.M)
    imported = "".join(p.read_text() for p in (site / "content").rglob("*.txt"))
    assert "Secret talks" not in imported and "Locked talks" not in imported


def saved_page(story: str, furniture: str) -> str:
    """`story` (headline, blank line, paragraphs) as a page saved from a news site."""
    headline, *paragraphs = story.strip().split("\n\n")
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">\n'
        f"<title>{headline}</title>\n"
        '<meta property="og:site_name" content="Example Wire"></head>\n'
        f'<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>\n{furniture}\n'
        f"<article><h1>{headline}</h1>\n{body}</article>\n"
        '<aside><h3>Related</h3><a href="/x">Ministers meet again next week</a></aside>\n'
        "</body></html>\n"
    )


def test_a_saved_page_is_added_as_it_is_and_compared_by_its_story(
    site, tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(site)
    folder = tmp_path / "pages"
    folder.mkdir()
    republished = STORY.replace("(Reuters)", "(Example Wire)").replace("morning", "dawn")
    page = saved_page(republished, "<div>Subscribe for 1 euro a month</div>")
    (folder / "Border talks.html").write_text(page, encoding="utf-8")
    resaved = saved_page(republished, '<div class="promo">Download our app today</div>')
    (folder / "border talks (1).htm").write_text(resaved, encoding="utf-8")
    menu = '<html><body><nav><a href="/">Home</a> <a href="/world">World</a></nav></body></html>'
    (folder / "menu.html").write_text(menu, encoding="utf-8")
    assert run(str(folder), "--site", str(site), "--dry-run") == 1
    out = capsys.readouterr().out
    assert re.search(r"/Border talks\.html +added +content/pages/border-talks\.html$", out, re.M)
    assert "near-duplicate of content/existing.txt" in out
    assert re.search(
        r"\(1\)\.htm +skipped +identical to content/pages/border-talks\.html$", out, re.M
    )
    assert re.search(r"/menu\.html +rejected +no main text found in the page$", out, re.M)
    assert run(str(folder), "--site", str(site)) == 1
    capsys.readouterr()
    assert (site / "content" / "pages" / "border-talks.html").read_text("utf-8") == page
    assert run(str(folder), "--site", str(site)) == 1
    assert "0 added, 2 skipped" in capsys.readouterr().out
    assert build(site) == 0
    built = (site / "output" / "articles" / "border-talks" / "index.html").read_text("utf-8")
    assert "<h1>Talks on the border dispute resume</h1>" in built
    story = built[: built.index('<details class="cleaning-report">')]
    assert "Subscribe" not in story  # only the cleaning report names the page's furniture
    assert 'href="../../articles/existing/index.html"' in built  # the same story, linked
