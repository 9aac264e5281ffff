"""Date pages: `dates/`, a page per year, month and day, the year-unknown
pages `dates/undated/<mm>/<dd>/` and `dates/undated/` for undated articles.

A date keeps its precision and is never guessed: an article dated 2020-08 is
listed on the pages of August 2020 and of 2020 but on no day, and one dated
--08-19 only on the year-unknown page of 19 August. A day page also lists the
articles whose text mentions that day, and exists even when no article was
published on it.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..dates import MONTH_NAMES, date_label
from ..model import ArticleRecord
from .layout import DATES_FOLDER, UNDATED_FOLDER, Crumb, Page, date_folder, index_file

# Weeks start on Monday in the month calendars (ISO 8601), whatever the machine's locale.
FIRST_WEEKDAY = calendar.MONDAY
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
DAY_PRECISIONS = ("day", "month-day")


def precision(value: str) -> str:
    """What a date value names: "year", "month", "day", or "month-day" (year unknown)."""
    if value.startswith("--"):
        return "month-day"
    return ("year", "month", "day")[value.count("-")]


def periods_of(value: str) -> tuple[str, ...]:
    """The date pages an article dated `value` is listed on: 2020-08-09 is on three."""
    if precision(value) == "month-day":
        return (value,)
    parts = value.split("-")
    return tuple("-".join(parts[: n + 1]) for n in range(len(parts)))


@dataclass(frozen=True)
class Calendar:
    """Which date pages exist and which articles each lists, newest first."""

    published: dict[str, tuple[ArticleRecord, ...]]  # year, month, day or month-day
    mentioned: dict[str, tuple[ArticleRecord, ...]]  # day or month-day
    undated: tuple[ArticleRecord, ...]
    years: tuple[str, ...]  # the values that have a page, each kind in date order
    months: tuple[str, ...]
    days: tuple[str, ...]
    month_days: tuple[str, ...]


def build_calendar(ordered: Sequence[ArticleRecord]) -> Calendar:
    """Group articles (given newest first) by the dates they were published on and mention.

    An article is not listed as mentioning the day it was published on: it is
    already listed as published there.
    """
    published: dict[str, list[ArticleRecord]] = defaultdict(list)
    mentioned: dict[str, list[ArticleRecord]] = defaultdict(list)
    for record in ordered:
        for period in periods_of(record.date) if record.date else ():
            published[period].append(record)
        for value in sorted({d.value for d in record.mentioned_dates}):
            if precision(value) in DAY_PRECISIONS and value != record.date:
                mentioned[value].append(record)
    pages = {*published, *mentioned}
    days = {v for v in pages if precision(v) == "day"}
    months = {v for v in published if precision(v) == "month"} | {d[:7] for d in days}
    years = {v for v in published if precision(v) == "year"} | {m[:4] for m in months}
    return Calendar(
        published={key: tuple(records) for key, records in published.items()},
        mentioned={key: tuple(records) for key, records in mentioned.items()},
        undated=tuple(r for r in ordered if r.date is None),
        years=tuple(sorted(years)),
        months=tuple(sorted(months)),
        days=tuple(sorted(days)),
        month_days=tuple(sorted(v for v in pages if precision(v) == "month-day")),
    )


@dataclass(frozen=True)
class Neighbours:
    """The pages of the same kind just before and after, when there are any."""

    previous: str | None
    next: str | None


def neighbours(values: tuple[str, ...], value: str) -> Neighbours:
    """`value`'s neighbours among `values` (sorted, holding `value`)."""
    at = bisect_left(values, value)
    return Neighbours(
        values[at - 1] if at > 0 else None, values[at + 1] if at + 1 < len(values) else None
    )


def crumbs(value: str | None) -> tuple[Crumb, ...]:
    """The pages above a date page, from `dates/` down to its parent."""
    trail = [Crumb("Dates", DATES_FOLDER)]
    if value is None:
        return tuple(trail)
    if precision(value) == "month-day":
        return (*trail, Crumb("Year unknown or no date", UNDATED_FOLDER))
    ancestors = periods_of(value)[:-1]
    return (*trail, *(Crumb(date_label(a), date_folder(a)) for a in ancestors))


@dataclass(frozen=True)
class MonthCell:
    """One month in a calendar of months: its page (if any) and how many articles."""

    value: str
    name: str
    published: int
    has_page: bool


@dataclass(frozen=True)
class DayCell:
    """One day in a calendar (`None` cells pad a month's first and last weeks)."""

    value: str
    published: int
    mentioned: int

    @property
    def day(self) -> int:
        return int(self.value[-2:])

    @property
    def has_page(self) -> bool:
        """A day has a page exactly when it lists an article."""
        return bool(self.published or self.mentioned)


def month_cells(year: str, cal: Calendar) -> tuple[MonthCell, ...]:
    """The twelve months of `year`, for a calendar-style view."""
    cells = []
    for number, name in enumerate(MONTH_NAMES, 1):
        value = f"{year}-{number:02d}"
        count = len(cal.published.get(value, ()))
        cells.append(MonthCell(value, name, count, _has(cal.months, value)))
    return tuple(cells)


def month_weeks(month: str, cal: Calendar) -> tuple[tuple[DayCell | None, ...], ...]:
    """The weeks of `month` (Monday first), each day with its counts and page."""
    year, number = (int(part) for part in month.split("-"))
    weeks = calendar.Calendar(FIRST_WEEKDAY).monthdayscalendar(year, number)
    return tuple(
        tuple(day_cell(f"{month}-{day:02d}", cal) if day else None for day in week)
        for week in weeks
    )


def day_cell(value: str, cal: Calendar) -> DayCell:
    """A day (or a day of unknown year) with the number of articles its page lists."""
    return DayCell(value, len(cal.published.get(value, ())), len(cal.mentioned.get(value, ())))


def _has(values: tuple[str, ...], value: str) -> bool:
    at = bisect_left(values, value)
    return at < len(values) and values[at] == value


@dataclass(frozen=True)
class MonthGroup:
    """Articles of one month on a year page; `value` is None for "month not known"."""

    value: str | None
    articles: tuple[ArticleRecord, ...]


def by_month(records: Iterable[ArticleRecord]) -> tuple[MonthGroup, ...]:
    """Articles of one year (newest first) in groups by month, in that order."""
    groups: dict[str | None, list[ArticleRecord]] = {}
    for record in records:
        assert record.date is not None
        month = record.date[:7] if precision(record.date) != "year" else None
        groups.setdefault(month, []).append(record)
    return tuple(MonthGroup(month, tuple(records)) for month, records in groups.items())


def date_pages(cal: Calendar) -> list[Page]:
    """Every date page: the index, the undated page, years, months, days, month-days."""
    return [
        dates_index_page(cal),
        undated_page(cal),
        *(year_page(year, cal) for year in cal.years),
        *(month_page(month, cal) for month in cal.months),
        *(day_page(day, cal) for day in cal.days),
        *(month_day_page(value, cal) for value in cal.month_days),
    ]


@dataclass(frozen=True)
class YearSummary:
    value: str
    published: int
    months: tuple[MonthCell, ...]


def dates_index_page(cal: Calendar) -> Page:
    years = tuple(
        YearSummary(year, len(cal.published.get(year, ())), month_cells(year, cal))
        for year in reversed(cal.years)
    )
    year_unknown = sum(len(cal.published.get(v, ())) for v in cal.month_days)
    return Page(
        index_file(DATES_FOLDER),
        "dates",
        {"years": years, "year_unknown": year_unknown, "undated_count": len(cal.undated)},
    )


def undated_page(cal: Calendar) -> Page:
    """Undated articles, and the days known without a year."""
    days = tuple(day_cell(value, cal) for value in cal.month_days)
    return Page(
        index_file(UNDATED_FOLDER),
        "undated",
        {"month_days": days, "undated": cal.undated, "crumbs": crumbs(None)},
    )


def year_page(year: str, cal: Calendar) -> Page:
    return Page(
        index_file(date_folder(year)),
        "year",
        {
            "date": year,
            "crumbs": crumbs(year),
            "neighbours": neighbours(cal.years, year),
            "months": month_cells(year, cal),
            "groups": by_month(cal.published.get(year, ())),
        },
    )


def month_page(month: str, cal: Calendar) -> Page:
    return Page(
        index_file(date_folder(month)),
        "month",
        {
            "date": month,
            "crumbs": crumbs(month),
            "neighbours": neighbours(cal.months, month),
            "weeks": month_weeks(month, cal),
            "weekdays": WEEKDAY_NAMES,
            "published": cal.published.get(month, ()),
        },
    )


def day_page(day: str, cal: Calendar) -> Page:
    """A day: published on it, mentioning it, and the same day with the year unknown."""
    same_day = f"--{day[5:]}"
    return _day_like_page(day, cal, cal.days, (same_day,) if _has(cal.month_days, same_day) else ())


def month_day_page(value: str, cal: Calendar) -> Page:
    """A day known without its year; it links to the same day in the years known."""
    return _day_like_page(
        value, cal, cal.month_days, tuple(d for d in cal.days if d.endswith(value[1:]))
    )


def _day_like_page(
    value: str, cal: Calendar, siblings: tuple[str, ...], same_day: tuple[str, ...]
) -> Page:
    return Page(
        index_file(date_folder(value)),
        "day",
        {
            "date": value,
            "year_known": precision(value) == "day",
            "crumbs": crumbs(value),
            "neighbours": neighbours(siblings, value),
            "published": cal.published.get(value, ()),
            "mentioned": cal.mentioned.get(value, ()),
            "same_day": same_day,
        },
    )
