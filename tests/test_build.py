"""End to end: real Pelican builds of real sites, read back from disk."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import DEMO, REPO, build, demo_site, files_of, make_site
from sitecheck import broken_links, html_errors

from bench.archive import make_site as make_synthetic_site
from newsarchive.pipeline import article_files

STORY = (
    "Talks on the border dispute resume\n\n"
    "MINSK, March 3 (Reuters) - Officials in the capital said on Friday that the talks would "
    "continue next week, after both sides failed to agree on a joint statement.\n\n"
    "The delegations met for more than six hours behind closed doors and left the building "
    "without speaking to the reporters who were waiting outside.\n"
)


def test_demo_has_a_page_per_article_and_a_home_page(demo):
    ids = {path.stem for path in article_files(DEMO / "content")}
    ids = ids - {"2020-10-02-eu-sanctions-officials"} | {"eu-first-sanctions-belarus"}
    pages = {p.parent.name for p in (demo / "articles").glob("*/index.html")}
    assert pages == ids
    home = (demo / "index.html").read_text(encoding="utf-8")
    assert home.count('class="article-item"') == len(ids)
    assert f"<dt>Articles</dt><dd>{len(ids)}</dd>" in home


def test_demo_article_page_shows_clean_story_and_the_cleaning_report(demo):
    page = (demo / "articles" / "2020-08-10-minsk-protests" / "index.html").read_text()
    assert (
        "<h1>Belarus police clash with protesters for second night after disputed vote</h1>" in page
    )
    assert '<dd><a class="source" href="../../sources/reuters/index.html">Reuters</a></dd>' in page
    assert (
        '<a href="../../dates/undated/08/10/index.html">'
        '<time datetime="08-10">10 August, year unknown</time></a>'
    ) in page
    assert '<figure class="caption"><figcaption>FILE PHOTO:' in page
    assert '<p class="credit">(Reporting by' in page
    body = page.split('<div class="article-body">')[1].split("</div>")[0]
    assert "Briefline" not in body and "Advertisement" not in body
    assert "<summary>Cleaning report: 15 lines removed</summary>" in page
    assert "<td><code>repeated-line</code></td><td>Try Briefline free</td>" in page


def test_windows_1251_article_is_decoded_and_its_encoding_shown(demo):
    page = (demo / "articles" / "2020-09-14-sochi-talks-ru" / "index.html").read_text()
    assert "Лукашенко" in page
    assert "(cp1251)" in page


def test_markdown_front_matter_sets_id_title_and_date(demo):
    page = (demo / "articles" / "eu-first-sanctions-belarus" / "index.html").read_text()
    assert "<h1>EU agrees sanctions on 40 Belarusian officials" in page
    assert '<time datetime="2020-10-02">2 October 2020</time>' in page
    assert "(from the front matter)" in page


def test_articles_json_follows_the_contract(demo):
    rows = json.loads((demo / "data" / "articles.json").read_text(encoding="utf-8"))
    assert len(rows) == 15
    keys = {"id", "url", "title", "date", "source", "source_path", "actors", "mentioned_dates"}
    assert all(set(row) == keys for row in rows)
    by_id = {row["id"]: row for row in rows}
    assert by_id["2020-08-14-cec-final-results"]["date"] == "2020-08-14"
    assert by_id["2020-08-14-cec-final-results"]["url"] == (
        "articles/2020-08-14-cec-final-results/index.html"
    )
    assert by_id["who-is-who-belarus-opposition"]["date"] is None
    assert all((demo / row["url"]).is_file() for row in rows)


def test_demo_site_is_valid_html(demo):
    assert html_errors(demo) == []


def test_demo_site_has_no_broken_internal_links(demo):
    assert broken_links(demo) == []


def test_demo_links_are_relative_so_it_works_from_any_folder(demo):
    for page in demo.rglob("*.html"):
        links = re.findall(r'(?:href|src)="([^"]*)"', page.read_text(encoding="utf-8"))
        internal = [link for link in links if not link.startswith(("https:", "http:", "#"))]
        assert internal, page
        assert not [link for link in internal if link.startswith("/")], page


def test_seed_site_is_valid_and_linked(seed_output):
    assert len(list((seed_output / "articles").glob("*/index.html"))) == 5
    assert html_errors(seed_output) == []
    assert broken_links(seed_output) == []


def test_same_input_gives_identical_bytes_wherever_the_output_is(tmp_path):
    site = make_site(tmp_path / "site", {"a.txt": STORY, "b/c.txt": STORY.replace("Talks", "Work")})
    assert build(site, output=tmp_path / "one") == 0
    assert build(site, output=tmp_path / "deep" / "er" / "two") == 0
    assert files_of(tmp_path / "one") == files_of(tmp_path / "deep" / "er" / "two")


def test_rebuild_with_nothing_changed_rewrites_nothing(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY})
    assert build(site) == 0
    stamps = {p: p.stat().st_mtime_ns for p in (site / "output").rglob("*") if p.is_file()}
    capsys.readouterr()
    assert build(site) == 0
    assert f"0 files written, {len(stamps)} unchanged, 0 removed" in capsys.readouterr().out
    assert stamps == {p: p.stat().st_mtime_ns for p in stamps}


def test_files_changed_by_hand_in_the_output_are_put_right(tmp_path):
    """Unchanged files are not even read; a deleted, edited or stray file still is seen."""
    site = make_site(tmp_path, {"a.txt": STORY, "b.txt": STORY.replace("Talks", "Work")})
    assert build(site) == 0
    before = files_of(site / "output")
    output = site / "output"
    (output / "index.html").unlink()
    page = output / "articles" / "a" / "index.html"
    page.write_text(page.read_text().replace("Talks", "Tlks"))
    css = output / "theme" / "css" / "archive.css"
    css.write_bytes(css.read_bytes().replace(b"a", b"b"))  # same size, later mtime
    os.utime(css, ns=(css.stat().st_atime_ns, css.stat().st_mtime_ns + 10**9))
    (output / "articles" / "stray.html").write_text("left by hand")
    assert build(site) == 0
    assert files_of(output) == before


def test_a_rebuild_that_renders_no_page_does_not_start_pelican(tmp_path, monkeypatch, capsys):
    site = make_site(tmp_path, {"a.txt": STORY})
    assert build(site) == 0
    before = files_of(site / "output")
    (site / "output" / "index.html").unlink()  # comes back from the rendered-page cache

    def no_pelican(*args):
        raise AssertionError("Pelican started")

    monkeypatch.setattr("newsarchive.plugin.render_site", no_pelican)
    capsys.readouterr()
    assert build(site) == 0
    assert "1 files written" in capsys.readouterr().out
    assert files_of(site / "output") == before


BAD_FILES = {
    "empty.txt": (b"", "content/empty.txt: skipped: empty file"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "content/picture.txt: skipped: binary"),
    "broken.md": (b"---\ntitle: [oops\n---\nText.\n", "content/broken.md:2: skipped: broken front"),
    "junk.txt": (
        b"Share on facebook\nAdvertisement\nLog in\n",
        "content/junk.txt: skipped: only junk",
    ),
}


def test_bad_files_are_named_the_rest_still_builds_and_the_exit_code_says_so(tmp_path, capsys):
    files = {"good.txt": STORY, **{name: data for name, (data, _) in BAD_FILES.items()}}
    site = make_site(tmp_path, files)
    assert build(site) == 1
    captured = capsys.readouterr()
    for _, message in BAD_FILES.values():
        assert message in captured.err
    assert "; 4 error(s), 0 warning(s)).\n" in captured.out
    assert (site / "output" / "articles" / "good" / "index.html").is_file()
    assert sorted(p.name for p in (site / "output" / "articles").iterdir()) == ["good"]


def test_strict_fails_on_warnings_and_publishes_nothing(tmp_path, capsys):
    site = make_site(tmp_path, {"good.txt": STORY})
    assert build(site) == 0
    before = files_of(site / "output")
    (site / "content" / "empty.txt").write_bytes(b"")
    (site / "content" / "new.txt").write_text(STORY.replace("Talks", "Meetings"))
    assert build(site, "--strict") == 1
    assert "--strict: 1 error(s), 0 warning(s); nothing was published" in capsys.readouterr().err
    assert files_of(site / "output") == before


def test_a_failed_render_leaves_the_output_as_it_was(tmp_path, capsys):
    site = make_site(tmp_path, {"good.txt": STORY})
    assert build(site) == 0
    before = files_of(site / "output")
    theme = tmp_path / "broken-theme"
    shutil.copytree(REPO / "themes" / "archive", theme)
    (theme / "templates" / "article.html").write_text("{% block content %}{{ article.title(")
    (site / "site.yaml").write_text("title: Test archive\ntheme: broken-theme\n")
    (site / "content" / "new.txt").write_text(STORY.replace("Talks", "Meetings"))
    assert build(site) == 1
    error = capsys.readouterr().err
    assert f"rendering failed: {theme / 'templates' / 'article.html'}:1: " in error
    assert files_of(site / "output") == before
    assert not list(tmp_path.glob(".output-staging-*"))


def test_a_template_error_while_rendering_names_the_template_and_line(tmp_path, capsys):
    site = make_site(tmp_path, {"good.txt": STORY}, config="title: T\ntheme: theme\n")
    shutil.copytree(REPO / "themes" / "archive", site / "theme")
    page = site / "theme" / "templates" / "index.html"
    page.write_text(
        page.read_text().replace("{% block content %}", "{% block content %}\n{{ x.y() }}")
    )
    line = page.read_text().splitlines().index("{{ x.y() }}") + 1
    assert build(site) == 1
    assert f"templates/index.html:{line}: 'x' is undefined" in capsys.readouterr().err


def test_untrusted_text_is_escaped_everywhere(tmp_path):
    hostile = (
        "<script>alert(1)</script> takeover of the <b>council</b>\n\n"
        'MINSK, March 3 (Reuters) - Officials said <img src=x onerror="alert(2)"> on Friday that '
        "the talks would continue next week, after both sides failed to agree.\n\n"
        "The delegations met for more than six hours behind closed doors and left the building "
        "on August 9, 2020<script>x()</script>.\n"
    )
    site = make_site(tmp_path, {"hostile.txt": hostile})
    assert build(site) == 0
    for page in (site / "output").rglob("*.html"):
        text = page.read_text(encoding="utf-8")
        assert "<script>" not in text and "<img" not in text and "<b>" not in text
    page = (site / "output" / "articles" / "hostile" / "index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&#34;alert(2)&#34;&gt;" in page
    assert '2020/08/09/index.html" data-name="Articles of 9 August 2020">August 9, 2020</a>' in page
    assert "August 9, 2020</a>&lt;script&gt;x()&lt;/script&gt;." in page


def test_site_url_makes_folder_links(tmp_path):
    site = make_site(tmp_path, {"a.txt": STORY}, "title: T\nurl: https://example.org/archive/\n")
    assert build(site) == 0
    home = (site / "output" / "index.html").read_text()
    assert 'href="./articles/a/"' in home
    assert broken_links(site / "output") == []


def test_config_error_exits_2_and_names_the_key(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY}, "title: T\ncolour: blue\n")
    assert build(site) == 2
    assert "site.yaml:2: key 'colour': unknown key" in capsys.readouterr().err


def test_installed_command_builds_the_demo(tmp_path):
    """The console script, as a user runs it, in a fresh process."""
    command = Path(sys.executable).parent / "newsarchive"
    demo_site(tmp_path / "demo")
    run = subprocess.run(
        [command, "build", "demo", "-o", "out"],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
    )
    assert run.returncode == 0, run.stderr
    assert re.search(r"Built 15 articles and \d+ actors into .*out in [\d.]+s", run.stdout)
    # The hint names this very program, as it can be run from here (no venv on the PATH).
    assert f"or run: {command} serve demo and visit http://127.0.0.1:8000/\n" in run.stdout


def test_builds_in_processes_with_different_hash_seeds_are_identical(tmp_path):
    """Set and dict orders that Python salts per process must never reach the output."""
    outputs = []
    for seed in ("1", "2"):
        site = tmp_path / f"site-{seed}"
        make_synthetic_site(site, 120, seed=1)
        environment = {**os.environ, "PYTHONHASHSEED": seed}
        command = [sys.executable, "-m", "newsarchive.cli", "build", str(site), "-o", "out"]
        subprocess.run(command, check=True, capture_output=True, env=environment, cwd=tmp_path)
        outputs.append(files_of(tmp_path / "out"))
        shutil.rmtree(tmp_path / "out")
    assert outputs[0] == outputs[1]
