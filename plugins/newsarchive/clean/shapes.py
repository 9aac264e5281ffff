"""The shape of a line: length, punctuation, quotation. Pure text predicates."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..dates import find_dates, is_date_stamp
from ..recognise.places import place_name
from .vocabulary import (
    ACRONYM,
    CLOSING_QUOTES,
    DATE_SPAN_REST,
    DOMAIN,
    FILED_STAMP,
    HEADING_END,
    LABELLED_FIELD,
    LEADING_EMOJI,
    NAME_JOINER,
    OPENING_QUOTES,
    OUTLET_WORD,
    QUOTED_SPAN,
    SECTION_WORD,
    TERMINAL,
    WORD,
)

# A body paragraph of news prose: a sentence of at least this many words...
PROSE_MIN_WORDS = 12
# ...or any line this long, even when the scrape lost its full stop.
PROSE_ANY_WORDS = 25
# Sub-headings and headlines are short; live-blog headings run to ~20 words.
HEADING_MAX_WORDS = 22
# A line is "short" junk-sized below this; promotional rules only touch those.
SHORT_MAX_WORDS = 20
# An outlet's name is as short as a masthead: "The Example Daily News".
OUTLET_MAX_WORDS = 5
# Quoted speech must cover this share of a line for it to be a quote block...
QUOTE_SHARE = 0.6
# ...or leave no more than a short attribution ("a spokesman told reporters").
ATTRIBUTION_MAX_WORDS = 8


@lru_cache(maxsize=65536)
def word_count(text: str) -> int:
    return len(WORD.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(TERMINAL.search(text))


@lru_cache(maxsize=65536)
def is_prose(text: str) -> bool:
    """A line that reads as a paragraph of the story rather than a label or prompt."""
    words = word_count(text)
    return words >= PROSE_ANY_WORDS or (words >= PROSE_MIN_WORDS and ends_sentence(text))


def is_sentence(text: str) -> bool:
    """A short line that still reads as a complete sentence ("Talks resume Monday."), or
    one opening with quoted speech ('"We stay," he said.')."""
    return (
        word_count(text) >= 4 and ends_sentence(text) and text.lstrip(OPENING_QUOTES)[:1].isupper()
    )


def is_heading_shaped(text: str) -> bool:
    """Short, capitalised, and not closed like a sentence (a question may be a heading).

    A labelled date ("Premiere: 20 March 2021, 19:00") is when an event takes place: a
    field of the story, never its headline.
    """
    text = without_emoji(text)
    words = word_count(text)
    first = text.lstrip(OPENING_QUOTES)[:1]
    return (
        1 <= words <= HEADING_MAX_WORDS
        and (first.isupper() or first.isdigit())
        and not HEADING_END.search(text)
        and not text.endswith(tuple(CLOSING_QUOTES))
        and not _labels_a_date(text)
    )


def _labels_a_date(text: str) -> bool:
    """ "When: 20 March 2021": a label, then a date with nothing but weekday and time, or
    a span of dates ("Festival dates: 14–16 May 2021")."""
    field = LABELLED_FIELD.match(text)
    if field is None:
        return False
    value = field.group("value")
    if is_date_stamp(value):
        return True
    found = find_dates(value)
    rest = value
    for date in reversed(found):
        rest = rest[: date.start] + rest[date.end :]
    return bool(found) and DATE_SPAN_REST.match(rest) is not None


def is_outlet_name(text: str) -> bool:
    """ "THE EXAMPLE HERALD", "Example Daily News", "The Guardian": a short name in capitals
    or title case, with a word outlets name themselves by and a word of its own (or "The"
    before outlets' words alone). A section's "World News" has no word of its own."""
    words = text.split()
    if (
        not 2 <= len(words) <= OUTLET_MAX_WORDS
        or any(ch.isdigit() for ch in text)
        or ends_sentence(text)
        or not all(word[:1].isupper() or NAME_JOINER.match(word) for word in words)
        or not any(OUTLET_WORD.match(word) for word in words)
    ):
        return False
    rest = [word for word in words[1:] if not NAME_JOINER.match(word)]
    if words[0].lower() == "the" and all(OUTLET_WORD.match(word) for word in rest):
        return True
    return any(
        not (OUTLET_WORD.match(word) or SECTION_WORD.match(word) or NAME_JOINER.match(word))
        for word in words
    )


# A site's menu of sections names at least this many of them.
MENU_MIN_ITEMS = 3
# What sets a menu's items apart when the scrape kept it: "Politics • Sport • Culture".
MENU_SEPARATOR = re.compile(r"\s*[•·|]\s*")


def is_section_menu(text: str) -> bool:
    """A row of a site's sections, each one word: "Politik Wirtschaft Kultur Sport", or
    single words set apart by bullets. Its words are sections' and outlets' own, two
    sections at least, so no outlet's name ("Daily News Today") or headline is one."""
    items = MENU_SEPARATOR.split(text)
    if len(items) >= MENU_MIN_ITEMS:
        return all(item[:1].isupper() and " " not in item for item in items)
    words = text.split()
    return (
        len(words) >= MENU_MIN_ITEMS
        and all(word[:1].isupper() for word in words)
        and all(SECTION_WORD.match(word) or OUTLET_WORD.match(word) for word in words)
        and sum(bool(SECTION_WORD.match(word)) for word in words) >= 2
    )


def names_an_outlet(text: str) -> bool:
    """An outlet by its name, its web address ("example.eu") or its letters ("AFP")."""
    return is_outlet_name(text) or bool(re.fullmatch(DOMAIN, text) or ACRONYM.match(text))


@dataclass(frozen=True)
class FiledStamp:
    """A publication stamp with the place it was filed from: a dateline set on its own line."""

    place: str
    stamp: str


def filed_stamp(text: str) -> FiledStamp | None:
    """ "Riga, 14 March 2023": a place, then a stamp. A label or a weekday before the comma
    ("Published, ...", "Friday, ...") makes a plain stamp, and a name of several words is a
    place only in capitals or when the gazetteer knows it: "Anna Berzina" is nowhere."""
    match = FILED_STAMP.match(text)
    if match is None or is_date_stamp(text) or not is_date_stamp(match.group("stamp")):
        return None
    place = match.group("place")
    if not (place.isupper() or " " not in place or place_name(place)):
        return None
    return FiledStamp(place, match.group("stamp"))


def without_emoji(text: str) -> str:
    """The line without the pictographs a channel post opens it with ("🔴 Court frees ...")."""
    return LEADING_EMOJI.sub("", text)


def without_quotes(text: str) -> str:
    """The line with quoted speech cut out, so words inside quotes don't count."""
    return QUOTED_SPAN.sub(" ", without_emoji(text))


def is_quotation(text: str) -> bool:
    """Quoted speech, alone or with a short attribution: a quote block."""
    if word_count(text) < 2:
        return False
    return quoted_share(text) >= QUOTE_SHARE or (
        quoted_share(text) > 0 and word_count(without_quotes(text)) <= ATTRIBUTION_MAX_WORDS
    )


def quoted_share(text: str) -> float:
    """How much of the line is quoted speech, when the line opens with a quote."""
    if not text or text[0] not in OPENING_QUOTES:
        return 0.0
    quoted = sum(len(m.group(0)) for m in QUOTED_SPAN.finditer(text))
    if quoted == 0 and text.rstrip(".").endswith(tuple(CLOSING_QUOTES)):
        quoted = len(text)  # quotation marks that do not pair as expected
    return quoted / len(text)


def text_key(text: str) -> str:
    """A line's identity within one document: case and spacing ignored, numbers kept."""
    return re.sub(r"\s+", " ", text.lower()).strip()


@lru_cache(maxsize=65536)
def line_key(text: str) -> str:
    """A line's identity for counting repeats: case, digits and spacing ignored."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", "0", text.lower())).strip()
