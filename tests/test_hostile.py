"""Hostile and odd input: real builds of sites whose articles attack the page.

Article text, front matter and the registry are untrusted: nothing from them
may reach a page unescaped, become a live link of a dangerous kind, or make a
page invalid; a bad file is named with its line and left out; and no text,
however long or repetitive, makes the build's work grow faster than the text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import build, make_site
from sitecheck import html_errors
from test_build import STORY

from newsarchive import dates, pipeline
from newsarchive.recognise.statistical import MODEL_TEXT_LIMIT, StatisticalRecogniser, model_cache

BODY = STORY.split("\n\n", 1)[1]


def page(site: Path, article_id: str) -> str:
    return (site / "output" / "articles" / article_id / "index.html").read_text(encoding="utf-8")


def test_front_matter_url_and_lang_that_are_no_address_or_tag_are_dropped(
    tmp_path, capsys, monkeypatch
):
    hostile = (
        "---\n"
        "title: A story with a hostile original address\n"
        "url: \"javascript:alert('u')\"\n"
        "lang: 'en\" onload=\"x'\n"
        "---\n\n" + BODY
    )
    data_url = "---\nurl: 'data:text/html,<script>alert(1)</script>'\nlang: be-Latn\n---\n\n"
    files = {
        "js.md": hostile,
        "data.md": data_url + STORY,
        "fine.md": "---\nurl: https://e.org/a\n---\n\n" + STORY,
    }
    site = make_site(tmp_path, files)
    monkeypatch.chdir(site)
    assert build(site) == 0
    errors = capsys.readouterr().err
    assert (
        "warning: content/js.md:3: front matter 'url' ignored: \"javascript:alert('u')\" is not "
        "a web address starting with http:// or https://\n  fix: write it as https://..., "
        "or remove it\n"
    ) in errors
    assert (
        "warning: content/js.md:4: front matter 'lang' ignored: 'en\" onload=\"x' is not" in errors
    )
    assert "warning: content/data.md:2: front matter 'url' ignored: 'data:text/html," in errors
    assert "javascript:" not in page(site, "js") and "<dt>Original</dt>" not in page(site, "js")
    assert '<article class="article">' in page(site, "js")
    assert "data:text" not in page(site, "data")
    assert '<article class="article" lang="be-Latn">' in page(site, "data")
    assert '<a href="https://e.org/a" rel="nofollow noopener">' in page(site, "fine")
    assert html_errors(site / "output") == []
    assert build(site, "--strict") == 1


def test_stray_nuls_invisible_and_bidi_controls_are_dropped_from_the_text(tmp_path):
    damaged = (
        "Talks \u202eon the border\u202c dispute \u2067resume\n\n"
        "MINSK, March 3 (Reuters) - Officials\x00 in the capital said on Fri\u200bday that the "
        "talks would continue next week, after both sides failed to agree on a\x00 statement.\n\n"
        + BODY.split("\n\n")[1]
    )
    site = make_site(tmp_path, {"damaged.txt": damaged, "binary.txt": b"\x00\x01" * 64 + b"x"})
    assert build(site, "--strict") == 1
    assert build(site) == 1  # the binary file is left out, the rest published
    text = page(site, "damaged")
    assert "<h1>Talks on the border dispute resume</h1>" in text
    assert "Officials in the capital said on Friday that" in text
    assert "agree on a statement." in text
    assert not any(ch in text for ch in "\x00\u200b\u202e\u202c\u2067")
    assert not (site / "output" / "articles" / "binary").exists()


def test_symbolic_links_out_of_the_content_folder_or_to_read_files_are_left_out(
    tmp_path, capsys, monkeypatch
):
    secret = tmp_path / "secret.txt"
    secret.write_text("Private notes\n\n" + BODY.replace("Officials", "Secret officials"))
    site = make_site(tmp_path / "site", {"story.txt": STORY, "sub/other.txt": BODY})
    content = site / "content"
    (content / "leak.txt").symlink_to(secret)
    (content / "again.txt").symlink_to("story.txt")
    (content / "alias.txt").symlink_to("sub/other.txt.orig")
    (content / "loop-a.txt").symlink_to("loop-b.txt")
    (content / "loop-b.txt").symlink_to("loop-a.txt")
    (content / "sub" / "other.txt").rename(content / "sub" / "other.txt.orig")
    monkeypatch.chdir(site)
    assert build(site, "-o", str(tmp_path / "out")) == 1
    errors = capsys.readouterr().err
    assert (
        f"error: content/leak.txt: skipped: symbolic link to {secret}, outside the content "
        "folder\n  fix: copy the file into the content folder instead of linking it\n"
    ) in errors
    assert (
        "error: content/again.txt: skipped: symbolic link to story.txt, which is read already\n"
        "  fix: delete the link: one file makes one article\n"
    ) in errors
    assert "error: content/loop-a.txt: skipped: broken symbolic link: loop-b.txt" in errors
    assert sorted(p.name for p in (tmp_path / "out" / "articles").iterdir()) == ["alias", "story"]
    assert "Secret officials" not in (tmp_path / "out" / "data" / "articles.json").read_text()
    alias = (tmp_path / "out" / "articles" / "alias" / "index.html").read_text()
    assert "From <code>content/alias.txt</code>" in alias


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        (
            "actors.yaml",
            b"- name: X\n  type: person\n  aliases: ['']\n",
            "actors.yaml:3: 'aliases' must be a list of names",
        ),
        (
            "actors.yaml",
            b"- name: '<>'\n  type: person\n",
            "actors.yaml:1: the actor's id is empty (its name has no letters or digits)\n"
            "  fix: add `id:` with letters or digits, e.g. `id: cec-belarus`",
        ),
        (
            "actors.yaml",
            b"- name: X\n  type: person\n  wikidata: 'javascript:x'\n",
            "actors.yaml:3: wikidata 'javascript:x' is not an item id like Q7747",
        ),
        (
            "actors.yaml",
            b"- name: X\n  type: !!python/name:os.system person\n",
            "actors.yaml:2: 'type': could not determine a constructor for the tag",
        ),
        (
            "actors.yaml",
            b"- name: X\n  type: person\n  description: caf\xe9\n",
            "actors.yaml:3: not UTF-8 (byte 0xe9 cannot be decoded)",
        ),
        ("site.yaml", b"title: caf\xe9\n", "site.yaml:1: not UTF-8 (byte 0xe9 cannot be decoded)"),
        (
            "site.yaml",
            b"title: T\nurl: 'https://e.org/\"><script>'\n",
            "site.yaml:2: key 'url': must start with http:// or https:// and hold no spaces, "
            "quotes or <>",
        ),
        (
            "site.yaml",
            b"title: T\nlanguage: 'en\" x'\n",
            "site.yaml:2: key 'language': 'en\" x' is not a language tag such as en, ru or be-Latn",
        ),
    ],
    ids=[
        "empty-alias",
        "empty-id",
        "wikidata",
        "python-tag",
        "registry-not-utf8",
        "site-not-utf8",
        "site-url",
        "site-language",
    ],
)
def test_a_broken_registry_or_site_yaml_is_an_error_naming_file_and_line(
    tmp_path, capsys, name, data, message
):
    site = make_site(tmp_path, {"story.txt": STORY})
    (site / name).write_bytes(data)
    assert build(site) == 2
    assert f"error: {site / name}:{message.split(':', 1)[1]}" in capsys.readouterr().err
    assert not (site / "output").exists()


def test_raw_html_in_markdown_is_markup_its_text_kept_and_its_tags_dropped(tmp_path):
    markdown = (
        "---\ntitle: Officials meet behind closed doors\n---\n\n"
        'MINSK, March 3 - Officials said <img src=x onerror="alert(2)"> on <b>Friday</b> '
        "that the talks would continue next week &amp; beyond.\n\n"
        "<script>alert('block')</script>\n\n"
        '<div onclick="alert(6)">\n'
        "  <p>The delegations met for more than six hours &lt;b&gt; behind closed doors.</p>\n"
        "  <p>They left the building\n  without speaking to reporters waiting outside.</p>\n"
        "  <style>p { color: red }</style>\n"
        "</div>\n"
    )
    site = make_site(tmp_path, {"html.md": markdown})
    assert build(site) == 0
    body = page(site, "html").split('<div class="article-body">')[1].split("</div>")[0]
    paragraphs = [line.strip() for line in body.strip().splitlines()]
    assert paragraphs == [
        "<p>MINSK, March 3 - Officials said on Friday that the talks would continue next week "
        "&amp; beyond.</p>",
        "<p>The delegations met for more than six hours &lt;b&gt; behind closed doors.</p>",
        "<p>They left the building without speaking to reporters waiting outside.</p>",
    ]


def test_a_clash_of_ids_never_takes_the_id_another_file_wants(tmp_path, capsys, monkeypatch):
    files = {"a.md": "---\nid: story\n---\n\n" + STORY, "content-story.txt": STORY}
    site = make_site(tmp_path, files)
    monkeypatch.chdir(site)
    assert build(site) == 0
    (site / "content" / "b.md").write_text(
        "---\nid: story\n---\n\n" + STORY.replace("MINSK", "KYIV")
    )
    (site / "content" / "story.txt").write_text(STORY.replace("MINSK", "RIGA"))
    assert build(site) == 0
    articles = sorted(p.name for p in (site / "output" / "articles").iterdir())
    assert articles == ["content-story", "content-story-2", "content-story-3", "story"]
    assert "RIGA" not in page(site, "content-story") and "KYIV" not in page(site, "content-story")
    errors = capsys.readouterr().err
    assert (
        "warning: content/b.md: id 'story' is already used by content/a.md; this article is "
        "'content-story-2'\n"
    ) in errors
    assert "warning: content/story.txt: id 'story' is already used by content/a.md; this " in errors


@pytest.mark.parametrize(
    ("published", "added"),
    [
        ("raids.txt", "aug"),  # a batch folder below the page
        ("october/raids.txt", "august"),  # the same depth, earlier in path order
    ],
)
def test_a_published_page_keeps_its_id_when_a_file_added_later_wants_it(
    tmp_path, capsys, monkeypatch, published, added
):
    site = make_site(tmp_path, {published: STORY})
    monkeypatch.chdir(site)
    assert build(site) == 0
    (site / "content" / added).mkdir()
    (site / "content" / added / "raids.txt").write_text(STORY.replace("MINSK", "RIGA"))
    assert build(site) == 0
    assert "RIGA" not in page(site, "raids") and "RIGA" in page(site, f"{added}-raids")
    assert (
        f"warning: content/{added}/raids.txt: id 'raids' is already used by "
        f"content/{published}; this article is '{added}-raids'\n"
    ) in capsys.readouterr().err


def test_an_id_named_in_front_matter_is_the_firmest_claim(tmp_path, capsys, monkeypatch):
    files = {"a/raids.txt": STORY, "b/notes.md": "---\nid: raids\n---\n\n" + STORY}
    site = make_site(tmp_path, files)
    monkeypatch.chdir(site)
    assert build(site) == 0
    articles = sorted(p.name for p in (site / "output" / "articles").iterdir())
    assert articles == ["a-raids", "raids"]
    assert "content/a/raids.txt: id 'raids' is already used by content/b/notes.md" in (
        capsys.readouterr().err
    )


def test_a_file_that_is_only_a_headline_says_so(tmp_path, capsys, monkeypatch):
    site = make_site(
        tmp_path, {"story.txt": STORY, "title.txt": "Share on facebook\nJust a headline here\n"}
    )
    monkeypatch.chdir(site)
    assert build(site) == 1
    assert (
        "error: content/title.txt: skipped: no story text: cleaning kept only a headline "
        "('Just a headline here', line 2) and removed 1 of 2 lines\n"
    ) in capsys.readouterr().err


def test_an_unreadable_file_is_named_and_the_rest_still_builds(tmp_path, capsys, monkeypatch):
    """As chmod 000 does for any user but root (the tests may run as root)."""
    site = make_site(tmp_path, {"story.txt": STORY, "locked.txt": STORY})
    read_bytes = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path.name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return read_bytes(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    monkeypatch.chdir(site)
    assert build(site) == 1
    assert "error: content/locked.txt: skipped: cannot read file: Permission denied\n" in (
        capsys.readouterr().err
    )
    assert sorted(p.name for p in (site / "output" / "articles").iterdir()) == ["story"]


# A site that never loads the statistical model: these tests are about what the text holds.
NO_MODEL = "title: Test archive\nactors:\n  statistical: false\n"


def dated(date: str, text: str = STORY) -> str:
    return f"---\ndate: {date}\n---\n\n{text}"


def test_the_mention_chart_of_dates_in_the_years_1_and_9999_stays_small(tmp_path):
    """Years 0001 and 9999 are valid dates; a chart of every month between them was
    120,000 bars (and past 9999-12, months counted on to 99989-12): 105 MB a page."""
    story = STORY.replace("Officials", "Dmitry Peskov and officials")
    files = {"first.md": dated("0001-01-01", story), "last.md": dated("9999-12-31", story)}
    site = make_site(tmp_path, files, NO_MODEL)
    assert build(site) == 0
    actor = (site / "output" / "actors" / "dmitry-peskov" / "index.html").read_text()
    assert actor.count("<rect ") == 239
    assert "<title>0001–0042: 1</title>" in actor and "<title>9997–9999: 1</title>" in actor
    assert "Mentions of Dmitry Peskov per 42 years, 0001 to 9999</title>" in actor
    assert '<h2 id="chart-heading">Mentions per 42 years</h2>' in actor


def test_the_mention_chart_of_the_last_months_of_9999_ends_there(tmp_path):
    story = STORY.replace("Officials", "Dmitry Peskov and officials")
    files = {"a.md": dated("9999-11", story), "b.md": dated("9999-12", story)}
    site = make_site(tmp_path, files, NO_MODEL)
    assert build(site) == 0
    actor = (site / "output" / "actors" / "dmitry-peskov" / "index.html").read_text()
    assert re.findall(r"<rect [^>]*><title>([^<]*)</title>", actor) == ["9999-11: 1", "9999-12: 1"]
    assert "Mentions of Dmitry Peskov per month, 9999-11 to 9999-12</title>" in actor


def test_a_registered_name_written_ten_thousand_times_is_merged_in_linear_time(
    tmp_path, monkeypatch
):
    """Each registered spelling was compared with every name of its paragraph:
    10,000 repeats of one name took two minutes to merge."""
    compared = []

    def counted(predicate):
        return lambda a, b: compared.append(1) or predicate(a, b)

    for name in ("_crosses", "_holds"):
        monkeypatch.setattr(pipeline, name, counted(getattr(pipeline, name)))
    repeats = 10_000
    story = STORY.replace("Officials", "Sviatlana Tsikhanouskaya said. " * repeats + "Officials")
    registry = "- name: Sviatlana Tsikhanouskaya\n  type: person\n"
    site = make_site(tmp_path, {"story.txt": story}, NO_MODEL)
    (site / "actors.yaml").write_text(registry, encoding="utf-8")
    assert build(site) == 0
    actors = json.loads((site / "output" / "data" / "actors.json").read_text(encoding="utf-8"))
    assert [(a["id"], a["mentions"]) for a in actors] == [("sviatlana-tsikhanouskaya", repeats)]
    assert len(compared) == 3 * repeats  # each with the one name at its place, never more


def test_names_too_long_for_a_file_name_still_make_pages(tmp_path):
    """An id, a source or an actor's name longer than a file name may be (255 bytes)
    stopped the whole build: "File name too long"."""
    long_id = "---\nid: " + "щ" * 100 + "\nsource: " + "Long Source Name " * 20 + "\n---\n\n"
    registry = "- name: " + "Registered Name " * 20 + "\n  type: person\n"
    story = STORY.replace("Officials", "Registered Name " * 20 + "and officials")
    site = make_site(tmp_path, {"long.md": long_id + story, "story.txt": STORY}, NO_MODEL)
    (site / "actors.yaml").write_text(registry, encoding="utf-8")
    assert build(site) == 0
    output = site / "output"
    articles = sorted(path.name for path in (output / "articles").iterdir())
    assert articles[1] == "story" and re.fullmatch(r"(shch){57}shc-[0-9a-f]{8}", articles[0])
    source, reuters = sorted(path.name for path in (output / "sources").iterdir() if path.is_dir())
    assert reuters == "reuters"
    assert re.fullmatch(r"(long-source-name-){13}long-sourc-[0-9a-f]{8}", source)
    actors = json.loads((output / "data" / "actors.json").read_text(encoding="utf-8"))
    assert [len(actor["id"]) for actor in actors] == [240]
    assert (output / actors[0]["url"]).is_file()


def test_front_matter_with_nothing_in_it_or_blank_and_invisible_text_is_read_as_the_text_is(
    tmp_path,
):
    """Empty front matter left the file out ("must be a mapping"); a title of spaces
    became a blank headline, and bidi overrides and control characters (as YAML
    escapes) reached the page, reversing what follows or making it invalid HTML."""
    files = {
        "empty.md": "---\n---\n\n" + STORY,
        "comment.md": "---\n# nothing set yet\n---\n\n" + STORY,
        "blank.md": "---\ntitle: '   '\nsource: ''\n---\n\n" + STORY,
        "hidden.md": '---\ntitle: "A \\u202Etitle\\x01 with\\u2028 \\t controls\\u200B"\n---\n\n'
        + STORY,
    }
    site = make_site(tmp_path, files, NO_MODEL)
    assert build(site, "--strict") == 0
    for article in ("empty", "comment", "blank"):
        assert "<h1>Talks on the border dispute resume</h1>" in page(site, article)
    assert "<h1>A title with controls</h1>" in page(site, "hidden")


class ScanCounter:
    """A date form that counts the characters its searches read: the work of
    `find_dates`, measured without a clock."""

    def __init__(self, form: re.Pattern[str], scanned: list[int]) -> None:
        self.form, self.scanned = form, scanned

    def search(self, text: str, position: int = 0) -> re.Match[str] | None:
        match = self.form.search(text, position)
        self.scanned.append((match.end() if match else len(text)) - position)
        return match


def test_a_paragraph_of_thousands_of_dates_is_read_once_through_per_form(tmp_path, monkeypatch):
    """Every form of date was searched again from each date found to the end of
    the text: 3,000 dates in a paragraph took minutes."""
    scanned: list[int] = []
    forms = [ScanCounter(form, scanned) for form in dates._COMPILED_FORMS]
    monkeypatch.setattr(dates, "_COMPILED_FORMS", forms)
    paragraph = "Talks were held on March 3, 2020 and again on 4 May 2021. " * 1500
    site = make_site(tmp_path, {"dates.txt": STORY + "\n" + paragraph}, NO_MODEL)
    assert build(site) == 0
    (article,) = json.loads((site / "output" / "data" / "articles.json").read_text())
    assert [d["value"] for d in article["mentioned_dates"]] == ["2020-03-03", "2021-05-04"]
    # Cleaning and description each read it about once through per form (before: once per date).
    assert sum(scanned) <= 3 * len(forms) * len(paragraph)


def test_a_line_of_fifty_thousand_brackets_is_kept_as_it_is(tmp_path):
    """A Markdown link's text ran to the end of the line from every '[' (15 s for
    this line), and the statistical model's tokenizer peeled the brackets off one
    at a time (hours)."""
    line = "[" * 50_000
    site = make_site(tmp_path, {"brackets.txt": f"{STORY}\nOfficials wrote {line} here.\n"})
    assert build(site, "--strict") == 0
    assert f"<p>Officials wrote {line} here.</p>" in page(site, "brackets")


def test_the_model_reads_the_start_of_a_paragraph_longer_than_it_takes():
    """spaCy refuses a text over 1,000,000 characters (E088): the build crashed."""
    sentence = "The European Commission said on Monday. "
    recogniser = StatisticalRecogniser(model_cache(None))
    (entities,) = recogniser.entities([sentence * 26_000])
    assert len(entities) == 2 * MODEL_TEXT_LIMIT // len(sentence)
    assert entities[-2:] == ((19_960, 19_983, "ORG"), (19_992, 19_998, "DATE"))
