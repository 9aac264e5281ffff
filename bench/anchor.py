"""The anchor: plain Pelican 4.12 building the same stories as Markdown.

No plugin and Pelican's default theme, with the settings `pelican-quickstart`
writes for a new site (feeds off while developing, ten articles a page), so
the ratio newsarchive / Pelican says what cleaning, annotation and search
cost on top of the engine. Each article is its story as generated (headline
as title, sub-headings as Markdown headings, junk left out) with the Title
and Date that Pelican requires, and the file's name as its slug (headlines
repeat across an archive, and Pelican refuses two pages at one address).
"""

from __future__ import annotations

import sys
from pathlib import Path

from .archive import TRUTH_KINDS, Article
from .prose import plain

SETTINGS = """\
AUTHOR = "Bench"
SITENAME = "Plain Pelican anchor"
SITEURL = ""
TIMEZONE = "UTC"
DEFAULT_LANG = "en"
FEED_ALL_ATOM = None
CATEGORY_FEED_ATOM = None
TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = None
AUTHOR_FEED_RSS = None
DEFAULT_PAGINATION = 10
RELATIVE_URLS = True
"""
# Story lines the anchor keeps: what newsarchive shows as the article body.
STORY_KINDS = (*TRUTH_KINDS, "credit")


def markdown_article(article: Article) -> str:
    """The article's story as Pelican Markdown with its metadata."""
    body = []
    for line in article.lines:
        text = plain(list(line.pieces))
        if line.kind == "heading":
            body.append(f"## {text}")
        elif line.kind in STORY_KINDS:
            body.append(text)
    header = (
        f"Title: {article.headline}\nDate: {article.date.isoformat()}\n"
        f"Slug: {Path(article.name).stem}\n"
    )
    return header + "\n" + "\n\n".join(body) + "\n"


def write_markdown(article: Article, content: Path) -> None:
    """The article as `content/<name>.md`."""
    name = Path(article.name).with_suffix(".md").name
    (content / name).write_text(markdown_article(article), encoding="utf-8")


def write_settings(folder: Path) -> None:
    (folder / "pelicanconf.py").write_text(SETTINGS, encoding="utf-8")


def pelican_command(folder: Path, output: Path) -> list[str]:
    """Plain Pelican's command line for the anchor site, quiet."""
    return [
        sys.executable,
        "-m",
        "pelican",
        str(folder / "content"),
        "-o",
        str(output),
        "-s",
        str(folder / "pelicanconf.py"),
        "-q",
        "--log-handler",
        "plain",
    ]
