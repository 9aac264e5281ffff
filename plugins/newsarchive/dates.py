"""Dates written in article text, read without guessing.

A date keeps exactly the precision the text gives: "August 9, 2020" is
2020-08-09, "August 9" is --08-09 (year unknown), "August 2020" is 2020-08,
"since 1994" is 1994. English and Russian month names are understood.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # Russian genitive and nominative forms, as in "19 августа 2020 года".
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
}
# Capitalised English names only: "may" and "march" are also verbs.
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_RU_MONTH = "(?:" + "|".join(k for k in MONTHS if not k.isascii()) + ")"
_MONTH = rf"(?P<month>{_EN_MONTH}|{_RU_MONTH})"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"

_DATE_FORMS = [
    rf"\b{_MONTH} {_DAY},? {_YEAR}\b",  # August 9, 2020
    rf"\b{_DAY}(?: of)? {_MONTH},? {_YEAR}(?: (?:года|г\.))?",  # 9 August 2020
    rf"\b{_YEAR}-(?P<month_number>[01]\d)-(?P<day>[0-3]\d)\b",  # 2020-08-09
    rf"\b(?P<day>[0-3]?\d)\.(?P<month_number>[01]?\d)\.{_YEAR}\b",  # 09.08.2020
    rf"\b{_MONTH} {_DAY}\b(?!,? \d)",  # August 9
    rf"\b{_DAY}(?: of)? {_MONTH}\b(?!,? \d)",  # 9 August
    rf"\b{_MONTH},? {_YEAR}\b",  # August 2020
    rf"\b(?:in|since|until|till|by|from|of|before|after|early|late|mid-)\s+{_YEAR}\b(?![-.,]\d)",
]
_COMPILED_FORMS = [re.compile(form) for form in _DATE_FORMS]

_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs"
    r"|Fri|Sat|Sun)\.?,?"
)
_TIME = (
    r"(?:,?\s*(?:at\s*)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|UTC[+-]?\d*|GMT[+-]?\d*))?)"
)
# A line that is nothing but a publication or update stamp.
DATE_ONLY_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|date|modified)(?: on)?\s*:?\s*)?"
    rf"(?:{_WEEKDAY}\s*)?(?P<date>.+?){_TIME}?\s*$",
    re.IGNORECASE,
)


_DIGIT = re.compile(r"\d")


@dataclass(frozen=True)
class FoundDate:
    start: int
    end: int
    text: str
    value: str


def find_dates(text: str) -> list[FoundDate]:
    """Every date written in `text`, left to right, each with its precision."""
    found: list[FoundDate] = []
    if not _DIGIT.search(text):
        return found  # every form of date has a number in it
    position = 0
    while True:
        match = _first_match(text, position)
        if match is None:
            return found
        value = _value(match)
        if value is not None:
            # "since 1994" mentions the year; the cue word only made it certain.
            start, end = match.span("year") if len(value) == 4 else match.span()
            found.append(FoundDate(start, end, text[start:end], value))
        position = match.end()


def _first_match(text: str, position: int) -> re.Match | None:
    """The leftmost, then longest, match among the forms (most precise wins ties)."""
    best = None
    for form in _COMPILED_FORMS:
        match = form.search(text, position)
        if match and (
            best is None
            or match.start() < best.start()
            or (match.start() == best.start() and match.end() > best.end())
        ):
            best = match
    return best


def _value(match: re.Match) -> str | None:
    groups = match.groupdict()
    month = groups.get("month_number")
    month_number = (
        int(month) if month else MONTHS.get((groups.get("month") or "").lower().rstrip("."))
    )
    day = int(groups["day"]) if groups.get("day") else None
    year = int(groups["year"]) if groups.get("year") else None
    return format_date(year, month_number, day)


def format_date(year: int | None, month: int | None, day: int | None) -> str | None:
    """The contract's date forms; None when the parts do not make a real date."""
    try:
        if year and month and day:
            return dt.date(year, month, day).isoformat()
        if month and day:
            dt.date(2000, month, day)  # a leap year, so 29 February passes
            return f"--{month:02d}-{day:02d}"
        if year and month:
            return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None
        if year and not month and not day:
            return f"{year:04d}"
    except ValueError:
        return None
    return None


def date_only_line(text: str) -> FoundDate | None:
    """The date of a line that holds nothing but a date stamp, else None."""
    match = DATE_ONLY_LINE.match(text)
    if not match:
        return None
    dates = find_dates(match.group("date"))
    if len(dates) == 1 and dates[0].text.strip() == match.group("date").strip(" ,."):
        return dates[0]
    return None


def datetime_attribute(value: str) -> str:
    """A date for `<time datetime>`: the Nu checker wants "08-19", not "--08-19"."""
    return value.removeprefix("--")


def date_label(value: str | None) -> str:
    """A date for readers, saying plainly what is not known."""
    if not value:
        return "date unknown"
    if value.startswith("--"):
        return f"{int(value[5:7])} {MONTH_NAMES[int(value[2:4]) - 1]}, year unknown"
    parts = [int(part) for part in value.split("-")]
    if len(parts) == 3:
        return f"{parts[2]} {MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[parts[1] - 1]} {parts[0]}"
    return str(parts[0])
