"""Read a web page saved from a news site (.html, .htm) into lines and metadata.

The story's main text comes from trafilatura, which tells it from the site's
furniture (navigation, cookie banners, related links, comments, scripts) by
the shape of the page. Its headings, quotes, list items and paragraphs become
the same hinted lines the Markdown reader gives, so cleaning, description and
recognition run unchanged. A photo's `<figcaption>`, which trafilatura drops,
is kept as a caption.

What the page states about itself in markup (meta tags, JSON-LD, a `<time>`
marked as the publication time) stands in for front matter, which a page
cannot have. Nothing is guessed: not a date from the text, the address or the
file's time. Nothing is fetched either: trafilatura is handed the parsed page,
never an address, and its date search (htmldate), which reads the text, is
not used.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

import lxml.html
from lxml import etree
from lxml.html import HtmlElement
from trafilatura import bare_extraction

from .model import ContentError, Problem, Removal, SourceLine
from .read import (
    CONTROL_CHARACTERS,
    LANGUAGE_TAG,
    WEB_ADDRESS,
    checked_text,
    decode,
    front_matter_date,
    normalise_line,
)

# Where a browser looks for the declared charset: the first 1024 bytes (HTML
# prescan); 4096 allows for a long <head> of comments before the <meta>.
CHARSET_PRESCAN_BYTES = 4096
_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# The HTML standard reads these labels as Windows-1252, as every browser does.
_WINDOWS_1252_LABELS = ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii")

# schema.org types of a story (https://schema.org/Article and its subtypes).
ARTICLE_TYPES = frozenset(
    "Article NewsArticle AnalysisNewsArticle AskPublicNewsArticle BackgroundNewsArticle "
    "OpinionNewsArticle ReportageNewsArticle ReviewNewsArticle BlogPosting LiveBlogPosting "
    "Report".split()
)
# Meta tags (name, property or itemprop, lower case) for each field, most trusted first:
# Open Graph (ogp.me), its article namespace, schema.org microdata, Dublin Core.
META_FIELDS = {
    "title": ("og:title", "twitter:title"),
    "date": (
        "article:published_time",
        "datepublished",
        "dc.date.issued",
        "dcterms.issued",
        "dcterms.created",
        "pubdate",
        "publishdate",
        "date",
    ),
    "byline": ("author", "dc.creator", "article:author"),
    "source": ("og:site_name", "application-name"),
    "url": ("og:url",),
    "lang": ("content-language", "dc.language", "og:locale"),
}
# A <time> is the publication time when it says so, or heads the story.
PUBLISHED_TIME = (
    '//time[@itemprop="datePublished" or @pubdate][@datetime]',
    "//article//header//time[@datetime]",
)

# trafilatura's output elements: blocks of text, and what their markup says they are.
_BLOCK_TAGS = frozenset({"p", "head", "quote", "list", "item", "table", "row", "code"})
_HINTS = {"head": "heading", "quote": "quote"}
_SKIPPED_TAGS = frozenset({"graphic"})
# Source elements whose line a block of main text is looked up on.
_SOURCE_BLOCKS = "//p|//h1|//h2|//h3|//h4|//h5|//h6|//li|//blockquote|//td|//th|//pre|//dd|//dt"
_LOOKUP_CHARS = 40
_WORD = re.compile(r"\w+")

# The reason the cleaning report gives for the page's text around its main text.
OUTSIDE_MAIN_TEXT = "outside-main-text"
# Elements that hold a piece of visible text (block-level ones, buttons, labels);
# what is inside one of the invisible ones is never shown.
_TEXT_PIECE_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 li blockquote td th pre dd dt figcaption div section article aside "
    "nav header footer form button label summary caption".split()
)
# Script, style and what a browser shows only when it cannot show the element
# itself (an ad frame's fallback text, a video's).
_INVISIBLE_TAGS = frozenset(
    {"script", "style", "noscript", "template", "iframe", "object", "video", "audio", "canvas"}
)

NO_MAIN_TEXT_FIX = (
    "save the article's own page (not a section front or a list of links), "
    "or copy the story's text into a .txt file"
)


@dataclass(frozen=True)
class WebPage:
    """A page as read: its lines of main text, what it states about itself, and warnings."""

    lines: tuple[SourceLine, ...]
    metadata: dict
    problems: tuple[Problem, ...]
    left_out: tuple[Removal, ...] = ()  # the text around the main text


def decode_page(data: bytes, shown: str) -> tuple[str, str]:
    """A page's text: by its BOM or as UTF-8 when it is that, else in the charset it
    declares, else detected as for text.

    Valid UTF-8 wins over a declaration because a page re-saved as UTF-8 often keeps
    its old `<meta charset>`, while legacy text is almost never valid UTF-8 by chance.
    """
    boms = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    if not data.startswith(boms) and not _is_utf8(data):
        declared = _DECLARED_CHARSET.search(data[:CHARSET_PRESCAN_BYTES])
        encoding = _codec(declared.group(1).decode("ascii")) if declared else None
        if encoding is not None:
            try:
                return checked_text(data.decode(encoding), encoding, shown)
            except UnicodeDecodeError:
                pass  # the declaration is wrong: detect
    return decode(data, shown)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in _WINDOWS_1252_LABELS:
        return "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def read_page(text: str, shown: str) -> WebPage:
    """The page's main text as hinted lines, and its stated metadata; `ContentError` if
    it has no main text."""
    tree = _parsed(text, shown)
    metadata, problems = page_metadata(tree, shown)
    captions = _captions_as_paragraphs(tree)
    located = _source_lines(tree)
    linked = _link_words(tree)
    try:
        extracted = bare_extraction(
            tree, include_comments=False, include_images=False, with_metadata=False
        )
    except Exception as error:  # a page is untrusted input to a library: one file fails
        raise ContentError(
            shown, f"the page's main text could not be found ({error!r})", fix=NO_MAIN_TEXT_FIX
        ) from error
    body = getattr(extracted, "body", None)
    lines: list[SourceLine] = []
    at = 0
    for raw, hint in main_text(body) if body is not None else ():
        line = normalise_line(" ".join(raw.split()))
        if not line:
            continue
        number, at = _line_number(line, located, at)
        kind = "caption" if hint is None and line in captions else hint
        lines.append(SourceLine(number, line, True, kind))
    if all(set(_WORD.findall(line.text.casefold())) <= linked for line in lines):
        # Nothing, or only the words of links: trafilatura's last resort is the
        # page's whole text, which on a section front is its menus.
        raise ContentError(shown, "no main text found in the page", fix=NO_MAIN_TEXT_FIX)
    return WebPage(tuple(lines), metadata, tuple(problems), _left_out(tree, lines))


def _left_out(tree: HtmlElement, kept: list[SourceLine]) -> tuple[Removal, ...]:
    """Each piece of the page's text that is not in its main text, with its line in the
    file: what the extractor took for furniture, shown in the cleaning report as
    cleaning's own removals are."""
    texts = [line.text for line in kept]
    joined = "\n".join(texts)
    left_out = []
    body = tree.find("body")
    for element in body.iter(*_TEXT_PIECE_TAGS) if body is not None else ():
        if any(parent.tag in _INVISIBLE_TAGS for parent in element.iterancestors()):
            continue
        text = normalise_line(_own_text(element))
        if text and text not in joined and not any(line in text for line in texts):
            left_out.append(Removal(text, OUTSIDE_MAIN_TEXT, element.sourceline or 0))
    return tuple(left_out)


def _own_text(element: HtmlElement) -> str:
    """An element's text but for the pieces inside it that hold text of their own
    (a cookie notice's words, not its button's)."""
    parts = [element.text or ""]
    for child in element:
        if _inline(child):
            parts.append(child.text_content())
        parts.append(child.tail or "")
    return " ".join(" ".join(parts).split())


def _inline(element: HtmlElement) -> bool:
    """Text-level markup (a link, a bold name, a time), not a piece or a list of them."""
    return (
        isinstance(element.tag, str)
        and element.tag not in _TEXT_PIECE_TAGS | _INVISIBLE_TAGS
        and next(element.iter(*_TEXT_PIECE_TAGS), None) is None
    )


def _link_words(tree: HtmlElement) -> frozenset[str]:
    return frozenset(
        word for link in tree.iter("a") for word in _WORD.findall(link.text_content().casefold())
    )


def _parsed(text: str, shown: str) -> HtmlElement:
    # An XML declaration naming an encoding is refused in a decoded string; it is spent.
    # A stray control character (lxml stops at a NUL) is damage, dropped as in text.
    text = CONTROL_CHARACTERS.sub("", re.sub(r"\A\s*<\?xml[^>]*>", "", text))
    try:
        tree = lxml.html.document_fromstring(text)
    except (ValueError, etree.ParserError) as error:
        raise ContentError(
            shown, f"not an HTML page ({error})", fix="only saved web pages belong in .html files"
        ) from error
    return tree


def main_text(body: HtmlElement) -> Iterator[tuple[str, str | None]]:
    """(text, hint) for each block of trafilatura's main text, in order."""
    yield from _blocks(body, None)


def _blocks(element: HtmlElement, hint: str | None) -> Iterator[tuple[str, str | None]]:
    hint = _HINTS.get(element.tag, hint)
    inner = [child for child in element if child.tag in _BLOCK_TAGS]
    if element.tag == "row":
        yield "; ".join(" ".join(cell.itertext()) for cell in element), hint
    elif not inner:
        if element.tag not in _SKIPPED_TAGS:
            yield " ".join(_text(element)), hint
    else:
        yield element.text or "", hint
        for child in element:
            if child.tag in _BLOCK_TAGS:
                yield from _blocks(child, hint)
                yield child.tail or "", hint
            elif child.tag not in _SKIPPED_TAGS:
                yield " ".join(_text(child)) + (child.tail or ""), hint


def _text(element: HtmlElement) -> Iterator[str]:
    """An element's text; a line break (<lb/>) is a space."""
    for piece in element.iter():
        if piece.tag in _SKIPPED_TAGS:
            continue
        if piece is not element and piece.tag == "lb":
            yield " "
        yield piece.text or ""
        if piece is not element:
            yield piece.tail or ""


def _captions_as_paragraphs(tree: HtmlElement) -> frozenset[str]:
    """Photo captions, which trafilatura drops, become paragraphs it keeps; their
    texts, so the lines can be hinted as captions again."""
    captions = set()
    for caption in tree.iter("figcaption"):
        captions.add(normalise_line(caption.text_content()))
        caption.attrib.clear()  # a class such as "caption" would have it discarded
        caption.tag = "p"
        figure = caption.getparent()
        if figure is not None and figure.tag == "figure":  # trafilatura drops figures whole
            figure.tag = "div"
    return frozenset(captions - {""})


def _source_lines(tree: HtmlElement) -> list[tuple[str, int]]:
    """The text of each block element of the page with its line, in document order."""
    return [
        (normalise_line(element.text_content()), element.sourceline or 0)
        for element in tree.xpath(_SOURCE_BLOCKS)
    ]


def _line_number(line: str, located: list[tuple[str, int]], at: int) -> tuple[int, int]:
    """The source line of a block of main text, searching on from the last one found;
    the last line found when the page's markup splits the text differently."""
    start = line[:_LOOKUP_CHARS]
    for index in range(at, len(located)):
        if located[index][0].startswith(start) or start in located[index][0]:
            return located[index][1], index + 1
    return (located[at - 1][1] if at else 1), at


def page_metadata(tree: HtmlElement, shown: str) -> tuple[dict, list[Problem]]:
    """What the page states in its markup, as front matter keys: for each, the first
    value of the right shape; a warning for a field whose every value is misshapen."""
    metadata: dict = {}
    refused: dict[str, Problem] = {}
    for source in (_json_ld(tree), _page_facts(tree), _meta_tags(tree), _published_time(tree)):
        for key, (value, line) in source.items():
            value = normalise_line(value or "")
            if not value or key in metadata:
                continue
            checked = _checked_value(key, value)
            if checked:
                metadata[key] = checked
            elif key not in refused:
                refused[key] = Problem(
                    shown,
                    f"the page's {key} {value[:80]!r} ignored: it is not {_SHAPES[key]}",
                    line,
                    fix="nothing to do unless the value matters: then correct it in the page",
                )
    problems = [problem for key, problem in sorted(refused.items()) if key not in metadata]
    return dict(sorted(metadata.items())), problems


_SHAPES = {
    "date": "a date as YYYY-MM-DD",
    "url": "a web address starting with http:// or https://",
    "lang": "a language tag",
}


def _checked_value(key: str, value: str) -> str | None:
    """The value as front matter holds it, or None when it has the wrong shape."""
    if key == "date":  # as front matter would hold it: "2021-10-12T14:05:00Z" is 2021-10-12
        try:
            return front_matter_date(value, "", None)
        except ContentError:
            return None
    if key == "url":
        return value if WEB_ADDRESS.match(value) else None
    if key == "lang":
        value = value.replace("_", "-")
        return value if LANGUAGE_TAG.match(value) else None
    return value


def _json_ld(tree: HtmlElement) -> dict[str, tuple[str, int | None]]:
    """The story's schema.org description in JSON-LD, when the page has one."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        story = next(_stories(data), None)
        if story is not None:
            line = script.sourceline
            publisher = story.get("publisher")
            fields = {
                "title": _plain(story.get("headline")),
                "date": _plain(story.get("datePublished")),
                "byline": _names(story.get("author")),
                "source": _names(publisher) if isinstance(publisher, dict) else "",
                "lang": _plain(story.get("inLanguage")),
            }
            return {key: (value, line) for key, value in fields.items() if value}
    return {}


def _stories(data: object) -> Iterator[dict]:
    """Objects of a story's type anywhere in JSON-LD (lists, @graph)."""
    if isinstance(data, list):
        for item in data:
            yield from _stories(item)
    elif isinstance(data, dict):
        kinds = data.get("@type")
        kinds = {kinds} if isinstance(kinds, str) else set(kinds or ())
        if kinds & ARTICLE_TYPES:
            yield data
        yield from _stories(data.get("@graph"))


def _plain(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _names(value: object) -> str:
    """A schema.org Person or Organization (or a list of them, or a bare name) as text."""
    if isinstance(value, list):
        return ", ".join(dict.fromkeys(name for item in value if (name := _names(item))))
    if isinstance(value, dict):
        return _plain(value.get("name"))
    text = _plain(value)
    return "" if WEB_ADDRESS.match(text) else text


def _meta_tags(tree: HtmlElement) -> dict[str, tuple[str, int | None]]:
    tags: dict[str, tuple[str, int | None]] = {}
    for meta in tree.iter("meta"):
        name = meta.get("property") or meta.get("name") or meta.get("itemprop")
        name = name or meta.get("http-equiv") or ""
        content = meta.get("content")
        if content and content.strip():
            tags.setdefault(name.strip().lower(), (content, meta.sourceline))
    found = {}
    for key, names in META_FIELDS.items():
        value = next((tags[name] for name in names if name in tags), None)
        if value is not None and not (key == "byline" and WEB_ADDRESS.match(value[0].strip())):
            found[key] = value
    return found


def _page_facts(tree: HtmlElement) -> dict[str, tuple[str, int | None]]:
    """The page's canonical address and its language."""
    found = {}
    canonical = tree.xpath('//link[@rel="canonical"][@href]')
    if canonical:
        found["url"] = (canonical[0].get("href"), canonical[0].sourceline)
    if tree.get("lang"):
        found["lang"] = (tree.get("lang"), tree.sourceline)
    return found


def _published_time(tree: HtmlElement) -> dict[str, tuple[str, int | None]]:
    """A `<time>` marked as the publication time, or heading the story."""
    for path in PUBLISHED_TIME:
        times = tree.xpath(path)
        if times:
            return {"date": (times[0].get("datetime"), times[0].sourceline)}
    return {}
