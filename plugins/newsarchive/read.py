"""Stage 1, read: bytes on disk become decoded lines plus front matter.

Real archives hold UTF-8, legacy encodings (Windows-1251 for Russian sources),
Markdown with front matter, and broken files. Each broken file becomes a
`ContentError` that names the file and, where there is one, the line.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import charset_normalizer
import yaml
from markdown_it import MarkdownIt

from .model import ContentError, Problem, RawDocument, SourceLine

TEXT_SUFFIXES = (".txt", ".text")
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + MARKDOWN_SUFFIXES + HTML_SUFFIXES
# Where a saved page's front matter came from (describe's `date_basis`, `title_basis`):
# what the page states in its markup stands in for front matter.
PAGE_METADATA = "page-metadata"

# Legacy encodings met in news archives; limiting detection to these keeps a
# short Cyrillic or Western text from being taken for an exotic code page.
LEGACY_ENCODINGS = ("cp1251", "koi8_r", "iso8859_5", "cp1252", "latin_1", "cp1250")

# What to do about broken YAML in site.yaml or the registry.
YAML_FIX = (
    "correct the YAML at that line: indent with spaces, not tabs, and quote values "
    "that hold a colon or start with [, {, *, & or !"
)

# Front matter an archivist may set, with the types YAML gives them.
FRONT_MATTER_KEYS: dict[str, tuple[type, ...]] = {
    "title": (str,),
    "date": (str, int),
    "source": (str,),
    "url": (str,),
    "byline": (str,),
    "id": (str, int),
    "lang": (str,),
    "encoding": (str,),
}


class _TextDatesLoader(yaml.SafeLoader):
    """YAML that leaves dates as text, so a bad date is reported with its line."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

_FRONT_MATTER_OPEN = re.compile(r"\A---[ \t]*\r?\n")
_FRONT_MATTER_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_TIME_OF_DAY = re.compile(r"(?<=^\d{4}-\d{2}-\d{2})[ T]\d.*$")
_PARTIAL_DATE = re.compile(r"^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$")
# Zero-width characters, control characters and non-characters HTML forbids, and
# the explicit bidi embeddings, overrides and isolates: one left open reverses
# whatever a page prints after it (the date after a title, the site's name).
_INVISIBLE = dict.fromkeys(
    [
        *map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufffe\uffff"),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0x00, 0x09),
        0x0B,
        *range(0x0E, 0x20),
        *range(0x7F, 0xA0),
        *range(0xFDD0, 0xFDF0),
    ]
)
# Line breaks as editors count lines (str.splitlines also breaks at U+0085 and friends).
_LINE_BREAK = re.compile(r"\r\n|\r|\n|\u2028|\u2029")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_CONTROL_RATIO_LIMIT = 0.01
# UTF-8 with a few bad bytes (a cut-off character, a damaged download): legacy
# text almost never holds valid multi-byte UTF-8 sequences by chance, so when
# they outnumber the bad bytes this much, the file is UTF-8 with damage, not
# Windows-1250 with garbled letters.
DAMAGED_UTF8 = "utf-8 with invalid bytes"
_VALID_PER_INVALID_UTF8 = 4
# Unicode's control characters (category Cc) but tab, line feed, form feed and return.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# What a page may link to or declare: an original story's web address, and a
# language tag (BCP 47 shape: "en", "be-Latn", "pt-BR"). Anything else, such as a
# `javascript:` address, is dropped with a warning rather than put on the page.
WEB_ADDRESS = re.compile(r"\Ahttps?://[^\s<>\"'`{}|\\^]+\Z", re.I)
LANGUAGE_TAG = re.compile(r"\A[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*\Z")
_VALUE_SHAPES = {
    "url": (WEB_ADDRESS, "a web address starting with http:// or https://", "https://..."),
    "lang": (LANGUAGE_TAG, "a language tag", "en, ru or be-Latn"),
}


def read_document(
    path: Path, display_path: str | None = None, data: bytes | None = None
) -> RawDocument:
    """Read one article file (or its bytes, if read already); `ContentError` if it is none."""
    shown = display_path or str(path)
    if data is None:
        try:
            data = path.read_bytes()
        except OSError as error:
            raise ContentError(shown, f"cannot read file: {error.strerror}") from error
    if path.suffix.lower() in HTML_SUFFIXES:
        return read_web_page(data, shown)
    text, encoding = decode(data, shown)
    _require_text(text, shown)
    front_matter: dict = {}
    problems: tuple[Problem, ...] = (damaged_utf8(text, shown),) if encoding == DAMAGED_UTF8 else ()
    body_offset = 0
    is_markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    if is_markdown and _FRONT_MATTER_OPEN.match(text):
        front_matter, found, body_offset, text = split_front_matter(text, shown)
        problems += found
    elif _FRONT_MATTER_OPEN.match(text):
        front_matter, found, body_offset, text = _text_front_matter(text, shown)
        problems += found
    lines = markdown_lines(text, body_offset) if is_markdown else text_lines(text, body_offset + 1)
    if front_matter.get("encoding") and front_matter["encoding"] != encoding:
        encoding = f"{encoding}, converted from {front_matter['encoding']}"
    if not lines:
        raise ContentError(
            shown,
            "no article text after the front matter",
            fix="add the article's text below the closing ---",
        )
    return RawDocument(Path(shown), tuple(lines), encoding, front_matter, problems)


def read_web_page(data: bytes, shown: str) -> RawDocument:
    """A saved web page: its main text, and what its markup states in place of front matter."""
    from . import webpage  # trafilatura loads only when an archive holds pages

    text, encoding = webpage.decode_page(data, shown)
    _require_text(text, shown)
    page = webpage.read_page(text, shown)
    return RawDocument(
        Path(shown),
        page.lines,
        encoding,
        page.metadata,
        page.problems,
        PAGE_METADATA,
        page.left_out,
    )


def _require_text(text: str, shown: str) -> None:
    if not text.strip():
        raise ContentError(
            shown,
            "empty file: no text to make an article of",
            fix="add the article's text, or delete the file",
        )


def read_utf8(path: Path) -> str:
    """A settings file's text (site.yaml, actors.yaml): UTF-8, else a `ContentError`
    naming the line of the first byte that is not."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ContentError(path, f"cannot read file: {error.strerror}") from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ContentError(
            path,
            f"not UTF-8 (byte {data[error.start]:#04x} cannot be decoded)",
            line=data.count(b"\n", 0, error.start) + 1,
            fix="re-save the file as UTF-8",
        ) from error


def decode(data: bytes, shown: str) -> tuple[str, str]:
    """Decode bytes, trying UTF-8 first, then the legacy encodings of the field."""
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return checked_text(data.decode(name), name, shown)
    sample = data[:8192]
    # A stray NUL or two is damage in a text (and is dropped with the other
    # controls); many of them mean a binary file, or UTF-16 without its BOM.
    if sample.count(b"\x00") > len(sample) * _CONTROL_RATIO_LIMIT:
        raise ContentError(
            shown,
            "binary file (it is full of NUL bytes), not text",
            fix="only text articles belong in content/: move this file out",
        )
    try:
        return checked_text(data.decode("utf-8"), "utf-8", shown)
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    invalid = damaged.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(damaged) - len(damaged.encode("ascii", "ignore")) - invalid
    if valid >= _VALID_PER_INVALID_UTF8 * invalid:
        return checked_text(damaged, DAMAGED_UTF8, shown)
    best = charset_normalizer.from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None:
        raise ContentError(
            shown,
            "cannot decode: not UTF-8 and no known legacy encoding fits",
            fix="open it in an editor that knows its encoding and re-save it as UTF-8",
        )
    return checked_text(str(best), best.encoding, shown)


def damaged_utf8(text: str, shown: str) -> Problem:
    """Where UTF-8 was damaged, for the archivist to mend from the original."""
    first = text.index("\ufffd")
    count = text.count("\ufffd")
    return Problem(
        shown,
        f"{count} byte(s) are not valid UTF-8 and show as \ufffd; the file was cut or damaged",
        text.count("\n", 0, first) + 1,
        fix="save the article again from its source as UTF-8, or mend the marked characters",
    )


def checked_text(text: str, encoding: str, shown: str) -> tuple[str, str]:
    controls = len(CONTROL_CHARACTERS.findall(text))  # a regex: a 100 KB page in 1 ms, not 50
    if text and controls / len(text) > _CONTROL_RATIO_LIMIT:
        raise ContentError(
            shown,
            "binary file (too many control characters), not text",
            fix="only text articles belong in content/: move this file out",
        )
    return text, encoding


def normalise_line(text: str) -> str:
    """One spelling of whitespace and composed characters, so rules see one shape."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    return _SPACES.sub(" ", text).strip()


def text_lines(text: str, first_number: int = 1) -> list[SourceLine]:
    lines: list[SourceLine] = []
    blank_before = False
    for number, raw in enumerate(_LINE_BREAK.split(text), start=first_number):
        line, hint = without_markup(raw)
        line = normalise_line(line)
        if not line:
            blank_before = True
            continue
        lines.append(SourceLine(number, line, blank_before or not lines, hint))
        blank_before = False
    return lines


# Markup a scrape leaves in plain text: character references ("&quot;", "&nbsp;"),
# text-formatting HTML tags ("<br>", "<b>"), Markdown emphasis, links and images,
# "## " headings. The words stay; a Markdown image, which has none of the story's,
# goes. Other tags (<script>, <img>) are no formatting: they stay text, escaped on pages.
_CHARACTER_REFERENCE = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,30});")
_HTML_TAG = re.compile(
    r"</?(?:a|b|i|u|s|em|strong|span|font|small|sup|sub|br|hr|p|div|h[1-6]|li|ul|ol"
    r"|blockquote|figure|figcaption|center)\b[^<>]*>",
    re.IGNORECASE,
)
# A link's or image's text holds no bracket: so its pattern, tried at every "[", stops
# at the next one rather than reading to the end of the line (50,000 "[" took 15 s).
_MARKDOWN_IMAGE = re.compile(r"!\[[^\[\]]*\]\([^)\s]*(?: \"[^\"]*\")?\)")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://|/|#)[^)\s]*(?: \"[^\"]*\")?\)")
_MARKDOWN_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=\S)\*(?![\w*])")
_MARKDOWN_HEADING = re.compile(r"^\s*#{1,6}\s+(?=\S)")


def without_markup(line: str) -> tuple[str, str | None]:
    """A plain-text line without the markup left in it, and "heading" if it was one."""
    if not any(mark in line for mark in "&<*_[#"):
        return line, None
    line = _CHARACTER_REFERENCE.sub(lambda m: html.unescape(m.group(0)), line)
    line = _HTML_TAG.sub(" ", line)
    line = _MARKDOWN_IMAGE.sub(" ", line)
    line = _MARKDOWN_LINK.sub(r"\1", line)
    line = _MARKDOWN_STRONG.sub(r"\2", line)
    line = _MARKDOWN_EMPHASIS.sub(r"\1", line)
    heading = _MARKDOWN_HEADING.match(line)
    return (line[heading.end() :], "heading") if heading else (line, None)


def _text_front_matter(text: str, shown: str) -> tuple[dict, tuple[Problem, ...], int, str]:
    """Front matter on a .txt file (as `import` writes it), or none when the
    opening `---` is just part of the scraped text."""
    try:
        front_matter, problems, body_offset, body = split_front_matter(text, shown)
    except ContentError:
        return {}, (), 0, text
    if problems or not front_matter:
        return {}, (), 0, text
    return front_matter, problems, body_offset, body


def split_front_matter(text: str, shown: str) -> tuple[dict, tuple[Problem, ...], int, str]:
    """Return (front matter, problems, lines before the body, body text)."""
    opening = _FRONT_MATTER_OPEN.match(text)
    assert opening is not None
    closing = _FRONT_MATTER_CLOSE.search(text, opening.end())
    if closing is None:
        raise ContentError(
            shown,
            "front matter opened with '---' is never closed",
            line=1,
            fix="end the front matter with a line holding only ---",
        )
    yaml_text = text[opening.end() : closing.start()]
    try:
        node = yaml.compose(yaml_text, Loader=_TextDatesLoader)
        values = yaml.load(yaml_text, Loader=_TextDatesLoader)
    except yaml.YAMLError as error:
        # Where the broken construct began, else where the parser noticed.
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(
            shown,
            f"broken front matter: {problem}",
            line=line,
            fix="fix the YAML between the --- lines (quote values that hold a colon)",
        ) from error
    body_offset = text.count("\n", 0, closing.end())
    if node is None:  # only blank lines or comments: nothing is set
        return {}, (), body_offset, text[closing.end() :]
    if not isinstance(values, dict):
        raise ContentError(
            shown,
            "front matter must be a mapping of keys to values",
            line=2,
            fix="write one `key: value` per line, e.g. `title: ...`",
        )
    key_lines = {k.value: k.start_mark.line + 2 for k, _ in node.value}
    front_matter, problems = _checked_front_matter(values, key_lines, shown)
    return front_matter, problems, body_offset, text[closing.end() :]


def _checked_front_matter(values: dict, key_lines: dict, shown: str):
    """The usable front matter and its warnings; a `ContentError` for a value the file
    cannot be published with, carrying every other problem of the front matter."""
    checked: dict = {}
    problems: list[Problem] = []
    errors: list[ContentError] = []
    for key, value in values.items():
        line = key_lines.get(key)
        expected = FRONT_MATTER_KEYS.get(key)
        if expected is None:
            known = ", ".join(FRONT_MATTER_KEYS)
            problems.append(
                Problem(
                    shown,
                    f"unknown front matter key {key!r} ignored (known keys: {known})",
                    line,
                    fix="correct the key's spelling, or remove it",
                )
            )
            continue
        if value is None:
            continue
        if not isinstance(value, expected) or isinstance(value, bool):
            errors.append(
                ContentError(
                    shown,
                    f"front matter key {key!r} must be text, not {type(value).__name__}",
                    line=line,
                    fix="give it one value, in quotes if in doubt",
                )
            )
            continue
        value = front_matter_text(value)
        if not value:
            continue
        if key in _VALUE_SHAPES and not _VALUE_SHAPES[key][0].match(value):
            problems.append(_misshapen(key, value, shown, line))
            continue
        try:
            checked[key] = front_matter_date(value, shown, line) if key == "date" else value
        except ContentError as error:
            errors.append(error)
    if errors:
        first, *others = errors
        first.also = (
            *(Problem(e.path, e.reason, e.line, fatal=True, fix=e.fix) for e in others),
            *problems,
        )
        raise first
    return checked, tuple(problems)


def front_matter_text(value: object) -> str:
    """A value as one line of text, cleaned as the article's lines are: front matter
    is as untrusted as the text, and a title shows where a headline would."""
    return normalise_line(" ".join(str(value).split()))


def _misshapen(key: str, value: str, shown: str, line: int | None) -> Problem:
    _, shape, example = _VALUE_SHAPES[key]
    return Problem(
        shown,
        f"front matter {key!r} ignored: {value[:80]!r} is not {shape}",
        line,
        fix=f"write it as {example}, or remove it",
    )


def front_matter_date(value: object, shown: str, line: int | None) -> str:
    """A front matter date as one of the contract's forms (full, month, year, --MM-DD)."""
    text = _TIME_OF_DAY.sub("", str(value).strip())
    if _PARTIAL_DATE.match(text) and _valid_partial_date(text):
        return text
    raise ContentError(
        shown,
        f"front matter date {text!r} is not YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD",
        line=line,
        fix="write the date as 2020-08-19, 2020-08, 2020, or '--08-19' when the year is unknown",
    )


def _valid_partial_date(text: str) -> bool:
    # 2000 is a leap year, so "--02-29" stays valid without a year.
    candidate = "2000-" + text[2:] if text.startswith("--") else (text + "-01-01")[:10]
    try:
        dt.date.fromisoformat(candidate)
    except ValueError:
        return False
    return True


_MARKDOWN = MarkdownIt("commonmark")
_BLOCK_HINTS = {"heading_open": "heading", "blockquote_open": "quote"}


def markdown_lines(text: str, body_offset: int = 0) -> list[SourceLine]:
    """Markdown blocks as lines, keeping what the markup says each block is.

    Raw HTML is markup, not text: inline tags are dropped and an HTML block
    gives the text between its tags, so `<div>A story line</div>` keeps its line
    and `<script>` keeps nothing.
    """
    lines: list[SourceLine] = []
    open_hints: list[str] = []
    for token in _MARKDOWN.parse(text):
        if token.type in _BLOCK_HINTS:
            open_hints.append(_BLOCK_HINTS[token.type])
        elif token.type in ("heading_close", "blockquote_close"):
            open_hints.pop()
        elif token.type in ("inline", "html_block") and token.map:
            hint = open_hints[-1] if open_hints else None
            first = body_offset + token.map[0] + 1
            pieces = (
                [(0, _inline_text(token))] if token.type == "inline" else html_text(token.content)
            )
            for offset, piece in pieces:
                plain = normalise_line(piece)
                if plain:
                    lines.append(SourceLine(first + offset, plain, True, hint))
    return lines


def _inline_text(token) -> str:
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)


class _HtmlText(HTMLParser):
    """The text of an HTML fragment, one piece per block element, with the
    line (from 0) each piece starts on; script and style hold no text."""

    SILENT = frozenset({"script", "style", "noscript", "template", "iframe", "object"})
    BLOCKS = frozenset(
        "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 "
        "h4 h5 h6 header hr li main nav ol p pre section table td th tr ul".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.pieces: list[tuple[int, str]] = []
        self.silent = 0
        self.open_piece = False

    def handle_starttag(self, tag, attrs):
        self._tag(tag, +1)

    def handle_endtag(self, tag):
        self._tag(tag, -1)

    def handle_startendtag(self, tag, attrs):
        self.open_piece = self.open_piece and tag not in self.BLOCKS

    def _tag(self, tag: str, step: int) -> None:
        if tag in self.SILENT:
            self.silent = max(0, self.silent + step)
        if tag in self.BLOCKS:
            self.open_piece = False

    def handle_data(self, data):
        if self.silent or not data.strip():
            return
        if self.open_piece:
            line, text = self.pieces[-1]
            self.pieces[-1] = (line, text + data)
        else:
            self.pieces.append((self.getpos()[0] - 1, data))
            self.open_piece = True


def html_text(fragment: str) -> list[tuple[int, str]]:
    """(line from 0, text) for each block of text in an HTML fragment."""
    parser = _HtmlText()
    parser.feed(fragment)
    parser.close()
    return [(line, " ".join(text.split())) for line, text in parser.pieces]
