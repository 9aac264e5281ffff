"""Dates written in article text, read without guessing.

A date keeps exactly the precision the text gives: "August 9, 2020" is
2020-08-09, "August 9" is --08-09 (year unknown), "August 2020" is 2020-08,
"since 1994" is 1994. English, Russian, Belarusian, Ukrainian, Polish,
Lithuanian, Latvian, German and French month names are understood.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
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
    # Belarusian genitive forms, as in "14 кастрычніка 2021" ("мая" is shared with Russian).
    "студзеня": 1,
    "лютага": 2,
    "сакавіка": 3,
    "красавіка": 4,
    "траўня": 5,
    "чэрвеня": 6,
    "ліпеня": 7,
    "жніўня": 8,
    "верасня": 9,
    "кастрычніка": 10,
    "лістапада": 11,
    "снежня": 12,
    # Ukrainian genitive forms, as in "4 березня 2022 року".
    "січня": 1,
    "лютого": 2,
    "березня": 3,
    "квітня": 4,
    "травня": 5,
    "червня": 6,
    "липня": 7,
    "серпня": 8,
    "вересня": 9,
    "жовтня": 10,
    "листопада": 11,
    "грудня": 12,
    # Polish genitive forms, as in "12 października 2021".
    "stycznia": 1,
    "lutego": 2,
    "marca": 3,
    "kwietnia": 4,
    "maja": 5,
    "czerwca": 6,
    "lipca": 7,
    "sierpnia": 8,
    "września": 9,
    "października": 10,
    "listopada": 11,
    "grudnia": 12,
    # Lithuanian genitive forms, as in "2021 m. spalio 12 d.".
    "sausio": 1,
    "vasario": 2,
    "kovo": 3,
    "balandžio": 4,
    "gegužės": 5,
    "birželio": 6,
    "liepos": 7,
    "rugpjūčio": 8,
    "rugsėjo": 9,
    "spalio": 10,
    "lapkričio": 11,
    "gruodžio": 12,
    # Latvian locative forms, as in "2021. gada 12. oktobrī".
    "janvārī": 1,
    "februārī": 2,
    "martā": 3,
    "aprīlī": 4,
    "maijā": 5,
    "jūnijā": 6,
    "jūlijā": 7,
    "augustā": 8,
    "septembrī": 9,
    "oktobrī": 10,
    "novembrī": 11,
    "decembrī": 12,
}
# Russian abbreviations of wire datelines: "МИНСК, 12 авг — РИА Новости."
RU_ABBREVIATIONS = {
    "янв": 1,
    "фев": 2,
    "апр": 4,
    "июн": 6,
    "июл": 7,
    "авг": 8,
    "сен": 9,
    "сент": 9,
    "окт": 10,
    "ноя": 11,
    "нояб": 11,
    "дек": 12,
}
MONTHS |= RU_ABBREVIATIONS
# German names, capitalised as nouns are: "3. März 2021", "03. Nov. 2021".
DE_NAMES = {
    "Januar": 1,
    "Jänner": 1,
    "Februar": 2,
    "März": 3,
    "April": 4,
    "Mai": 5,
    "Juni": 6,
    "Juli": 7,
    "August": 8,
    "September": 9,
    "Oktober": 10,
    "November": 11,
    "Dezember": 12,
}
DE_ABBREVIATIONS = {
    "Jan": 1,
    "Feb": 2,
    "Mär": 3,
    "Mrz": 3,
    "Apr": 4,
    "Jun": 6,
    "Jul": 7,
    "Aug": 8,
    "Sep": 9,
    "Sept": 9,
    "Okt": 10,
    "Nov": 11,
    "Dez": 12,
}
# French names, in lower case inside a date, with and without their accents: "1er mars 2021".
FR_NAMES = {
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
}
FR_ABBREVIATIONS = {
    "janv": 1,
    "févr": 2,
    "fevr": 2,
    "fév": 2,
    "fev": 2,
    "avr": 4,
    "juil": 7,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "déc": 12,
    "dec": 12,
}
# Capitalised English names only ("may" and "march" are also verbs), or all in
# capitals as agencies' stamps set them ("12 OCT, 14:05").
_EN_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
    r"|JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER"
    r"|DECEMBER|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT|SEP|OCT|NOV|DEC)\.?"
)
# Names in the region's other languages, in lower case as they are written inside a date;
# full names before abbreviations ("августа", not "авг"); only an abbreviation takes a full
# stop.
_EN_NAMES = frozenset(m.lower() for m in MONTH_NAMES) | {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"
}  # fmt: skip


def _names_pattern(
    names: Iterable[str], abbreviations: Iterable[str], full_stop: str = r"\.?"
) -> str:
    """An alternation of month names, longest first so that "августа" is not read as
    "авг"; only an abbreviation takes a full stop (`full_stop` says if it must)."""
    full = "|".join(sorted(names, key=len, reverse=True))
    short = "|".join(sorted(abbreviations, key=len, reverse=True))
    return f"(?:{full}|(?:{short}){full_stop})"


_RU_MONTH = _names_pattern(
    (k for k in MONTHS if k not in _EN_NAMES and k not in RU_ABBREVIATIONS), RU_ABBREVIATIONS
)
_MONTH = rf"(?P<month>{_EN_MONTH}|{_RU_MONTH})"
# German: "Mai" is also a given name, so it is a month only between a day and a year;
# names English shares ("November") need a year too, so that "rose to 12. November saw"
# stays a sentence ending in a number; without a year an abbreviation needs its full stop
# ("2. Jan Weber" ranks a man named Jan).
_DE_OWN_NAMES = [n for n in DE_NAMES if n != "Mai" and n.lower() not in _EN_NAMES]
_DE_MONTH = rf"(?P<month>{_names_pattern(DE_NAMES, DE_ABBREVIATIONS)})"
_DE_OWN_MONTH = rf"(?P<month>{_names_pattern(_DE_OWN_NAMES, DE_ABBREVIATIONS)})"
_DE_YEARLESS_MONTH = "(?P<month>{})".format(
    _names_pattern(_DE_OWN_NAMES, DE_ABBREVIATIONS, full_stop=r"\.")
)
_FR_MONTH = rf"(?P<month>{_names_pattern(FR_NAMES, FR_ABBREVIATIONS)})"
MONTHS |= {k.lower(): v for k, v in (DE_NAMES | DE_ABBREVIATIONS).items()}
MONTHS |= FR_NAMES | FR_ABBREVIATIONS
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DE_DAY = r"(?P<day>[0-3]?\d)\."  # "3. November"
_FR_DAY = r"(?P<day>[0-3]?\d)(?:er)?"  # "1er mars"
_YEAR = r"(?P<year>(?:1[89]|20)\d{2})"
# A day and month not followed by a number, unless that number is a time of day
# ("12 OCT, 14:05"): "August 9, 20" is a date cut short, not a date without a year.
_NO_YEAR_AFTER = r"(?!,? \d+(?![:\d]))"

_DATE_FORMS = [
    rf"\b{_MONTH} {_DAY},? {_YEAR}\b",  # August 9, 2020
    rf"\b{_DAY}(?: of)? {_MONTH},? {_YEAR}(?: (?:года|року|г\.|р\.))?",  # 9 August 2020
    rf"\b{_YEAR} m\. {_MONTH} {_DAY} d\.",  # Lithuanian: 2021 m. spalio 12 d.
    rf"\b{_YEAR}\. gada {_DAY}\. {_MONTH}",  # Latvian: 2021. gada 12. oktobrī
    rf"\b{_DE_DAY} {_DE_MONTH} {_YEAR}\b",  # German: 3. November 2021
    rf"\b{_DE_DAY} {_DE_YEARLESS_MONTH}(?!\w){_NO_YEAR_AFTER}",  # German: 24. Dezember
    rf"\b{_DE_OWN_MONTH} {_YEAR}\b",  # German: Oktober 2021
    rf"\b{_FR_DAY} {_FR_MONTH} {_YEAR}\b",  # French: 3 novembre 2021
    rf"\b{_FR_DAY} {_FR_MONTH}(?!\w){_NO_YEAR_AFTER}",  # French: 1er mai
    rf"\b{_FR_MONTH} {_YEAR}\b",  # French: juillet 2021
    # 2020-08-09, and ISO 8601 with its time: 2020-08-09T14:05:00Z, 2020-08-09T14:05+03:00
    rf"\b{_YEAR}-(?P<month_number>[01]\d)-(?P<day>[0-3]\d)"
    r"(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b",
    rf"\b(?P<day>[0-3]?\d)\.(?P<month_number>[01]?\d)\.{_YEAR}\b",  # 09.08.2020
    rf"\b{_MONTH} {_DAY}\b{_NO_YEAR_AFTER}",  # August 9
    rf"\b{_DAY}(?: of)? {_MONTH}\b{_NO_YEAR_AFTER}",  # 9 August
    rf"\b{_MONTH},? {_YEAR}\b",  # August 2020
    rf"\b(?:in|since|until|till|by|from|of|before|after|early|late|mid-)\s+{_YEAR}\b(?![-.,]\d)",
]
_COMPILED_FORMS = [re.compile(form) for form in _DATE_FORMS]

_WEEKDAY = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Tues|Wed|Thu|Thurs"
    r"|Fri|Sat|Sun"
    # Russian, Belarusian and Ukrainian, as stamps write them ("Вівторок, 12 жовтня 2021").
    r"|(?i:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|панядзелак|аўторак"
    r"|серада|чацвер|пятніца|субота|нядзеля|понеділок|вівторок|середа|четвер|п[’'ʼ]?ятниця"
    r"|неділя"
    # German and French: "Mittwoch, 3. November 2021", "mercredi 3 novembre 2021".
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))\.?,?"
)
# "14:05", "4:12 PM GMT+3", "07:12 Uhr", "20.43 BST", "at 10:32 a.m. UTC", "в 14:35",
# "o godz. 15:40", "um 14:05 Uhr", "à 09h40".
_TIME = (
    r"(?:(?:at|в|о|об|o|o godz\.|godz\.|um|à)\s*)?\d{1,2}[:.h]\d{2}(?::\d{2})?"
    r"(?:\s*[aApP]\.?[mM]\.?)?"
    r"(?:\s*(?:[A-Z]{2,5}|UTC|GMT|МСК)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"
    # The hour's word some languages write after the clock: "07:12 Uhr", "18:20 ч.".
    r"(?:\s*(?:Uhr|ч\.))?"
)
# Labels of publication stamps across outlets: "First published on", "Обновлено".
_STAMP_LABEL = re.compile(
    r"^(?:first published|published|last updated|updated|last modified|modified|edited|posted"
    r"|issued|date|опубликовано|обновлено|дата публикации|опубліковано|оновлено|дата публікації"
    r"|апублікавана|абноўлена"
    # Polish, Lithuanian and Latvian: "Aktualizacja:", "Atnaujinta", "Publicēts".
    r"|opublikowano|aktualizacja|zaktualizowano|publikacja|data publikacji|publikuota"
    r"|atnaujinta|paskelbta|publicēts|atjaunots|atjaunināts"
    # German: "Veröffentlicht am", "Aktualisiert:", "Erstellt:", and "Stand:" (a word too,
    # so only with its colon); French: "Publié le", "Mis à jour le".
    r"|veröffentlicht|aktualisiert|erstellt|stand(?=\s*:)|publi[ée]|mis [àa] jour|modifi[ée]"
    r")\b(?: (?:time|date))?(?: (?:on|am|le))?\s*:?\s*",
    re.IGNORECASE,
)
# Labels of a stamp that dates an update, not the publication: "Last modified", "Обновлено".
_UPDATE_LABEL = re.compile(
    r"^(?:last updated|updated|last modified|modified|edited|обновлено|оновлено|абноўлена"
    r"|aktualizacja|zaktualizowano|atnaujinta|atjaunots|atjaunināts|aktualisiert"
    r"|mis [àa] jour|modifi[ée])\b",
    re.IGNORECASE,
)
# Labels in languages that write the day first, so that "Publié le 03/11/2021" reads.
_DAY_FIRST_LABEL = re.compile(
    r"^(?:veröffentlicht|aktualisiert|erstellt|stand|publi[ée]|mis [àa] jour|modifi[ée])\b",
    re.IGNORECASE,
)
# One line may stamp twice: "Published 12/08/2020 • Updated 12/08/2020".
_STAMP_SEPARATOR = re.compile(
    r"\s*[•|·]\s*|\s+\(?(?=(?:updated|last updated|last modified|обновлено|оновлено|абноўлена"
    r"|mis [àa] jour)\b)",
    re.IGNORECASE,
)
# Labelled fields an agency's header sets beside its stamp: "Source: Xinhua| 2021-10-12
# 19:05:31|Editor: A. Name". They hold no date, and do not make a line a stamp.
STAMP_FIELD = re.compile(
    r"^(?P<label>source|editor|web editor|author|источник|автор|редактор)\s*:\s*"
    r"(?P<value>[^:|•·]{1,40})$",
    re.IGNORECASE,
)
# The outlet (or section) an aggregator sets before its stamp: "Example Post · 14 Oct 2021".
_STAMP_OUTLET = re.compile(r"^[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3}$")
# Tails some stamps carry: "2 min read", "by admin" (a blog's account, not a byline),
# "Updated 2 hours ago" (an age relative to when the page was saved; "Last updated" keeps
# its label whole).
_STAMP_TAIL = re.compile(
    r"(?:\s+\d+\s*min(?:ute)?s?\.? read|\s+by\s+[\w.' -]{1,40}"
    r"|\s+(?:(?<!last )updated\s+)?(?:an?|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)"
    r" ago)$",
    re.I,
)
# What may stand beside the date in a stamp: weekday, time, time zone, "года" (before
# the time or after it: "15.03.2021 г., 18:20"; Polish "12 marca 2021 r."), and the
# article German and French set before the day ("Freitag, den 12. März", "le 12 mars").
_YEAR_WORD = r"(?:года|року|г\.|р\.|r\.)"
_DAY_ARTICLE = r"(?:den|le)\s+"
_STAMP_FILLER = re.compile(
    rf"^[\s,\-–—]*(?:{_WEEKDAY})?[\s,\-–—]*(?:{_DAY_ARTICLE})?(?:{_YEAR_WORD}[\s,\-–—]*)?"
    rf"(?:{_TIME})?[\s,\-–—]*{_YEAR_WORD}?[\s,.)]*$"
)
# "12/08/2020", "12-08-2020": day-first in Europe, month-first in the US, so read only
# when unambiguous.
_SLASH_DATE = re.compile(rf"\b(?P<first>[0-3]?\d)([/-])(?P<second>[0-3]?\d)\2{_YEAR}\b")


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
    upcoming = [form.search(text) for form in _COMPILED_FORMS]
    position = 0
    while True:
        match = _first_match(text, position, upcoming)
        if match is None:
            return found
        value = _value(match)
        if value is not None:
            # "since 1994" mentions the year; the cue word only made it certain.
            start, end = match.span("year") if len(value) == 4 else match.span()
            found.append(FoundDate(start, end, text[start:end], value))
        position = match.end()


def _first_match(
    text: str, position: int, upcoming: list[re.Match[str] | None]
) -> re.Match[str] | None:
    """The leftmost, then longest, match among the forms (most precise wins ties).

    `upcoming` holds each form's next match, searched for again only once the
    reading has passed its start: searching every form anew from each date read
    the rest of the text once per date (3,000 dates in a paragraph took minutes).
    """
    best = None
    for index, form in enumerate(_COMPILED_FORMS):
        match = upcoming[index]
        if match is not None and match.start() < position:
            match = upcoming[index] = form.search(text, position)
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


@dataclass(frozen=True)
class StampDate:
    """A date a stamp writes: `found` is None when it reads either way round ("05/08/2020");
    `updated` when its label says it dates an update ("Updated", "Обновлено"), `labelled`
    when a label says what it dates at all ("Published", "Опубликовано"; not "20 March")."""

    found: FoundDate | None
    updated: bool
    labelled: bool = False


def stamp_dates(text: str) -> list[StampDate]:
    """The dates a stamp-only line writes, readable or not, in order; [] if it is no stamp."""
    return [stamp for stamp in _stamp_dates(text) or () if stamp is not None]


def is_date_stamp(text: str) -> bool:
    """A publication stamp, even one whose date cannot be read ("Published", "12/08/2020")."""
    return _stamp_dates(text) is not None


def _stamp_dates(text: str) -> list[StampDate | None] | None:
    """Each stamp segment's date on a stamp-only line (None where it writes none); None if
    the line is not a stamp."""
    text = _STAMP_TAIL.sub("", text.strip()) if _DIGIT.search(text) else text.strip()
    segments = _STAMP_SEPARATOR.split(text)
    dates: list[StampDate | None] = []
    anchored = False  # a label or a date: a time alone ("14:02") is no stamp
    for index, segment in enumerate(segments):
        label = _STAMP_LABEL.match(segment)
        rest = segment[label.end() :] if label else segment
        anchored = anchored or label is not None
        if index == 0 and len(segments) > 1 and not label and _STAMP_OUTLET.match(segment):
            dates.append(None)  # "Example Post · 14 Oct 2021": an aggregator names the outlet
            continue
        if not rest.strip(" :,."):
            if label is None:
                return None
            dates.append(None)
            continue
        found = _segment_date(rest, bool(label and _DAY_FIRST_LABEL.match(label.group(0))))
        if found is None and (_STAMP_FILLER.match(rest) or STAMP_FIELD.match(segment)):
            # "Updated at 14.08 GMT", or the time beside a date ("12 October 2021 | 16:41").
            dates.append(None)
            continue
        if found is None:
            return None
        anchored = True
        updated = bool(label and _UPDATE_LABEL.match(label.group(0)))
        dates.append(StampDate(found if found.value else None, updated, label is not None))
    return dates if anchored else None


def _segment_date(text: str, day_first: bool) -> FoundDate | None:
    """The one date of a stamp segment, with nothing but weekday and time beside it."""
    found = find_dates(text) or [_slash_date(m, day_first) for m in _SLASH_DATE.finditer(text)]
    if len(found) != 1:
        return None
    date = found[0]
    if not (_STAMP_FILLER.match(text[: date.start]) and _STAMP_FILLER.match(text[date.end :])):
        return None
    return date


def _slash_date(match: re.Match, day_first: bool) -> FoundDate:
    """A slash date; its value is empty when day and month could be either way round and
    the stamp's language does not say which comes first."""
    first, second, year = (int(match.group(g)) for g in ("first", "second", "year"))
    if day_first or first > 12 or first == second:
        value = format_date(year, second, first)
    elif second > 12:
        value = format_date(year, first, second)
    else:
        value = None
    return FoundDate(match.start(), match.end(), match.group(0), value or "")


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
