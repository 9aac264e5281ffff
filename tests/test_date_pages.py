"""Date pages: grouping articles by the dates they carry and mention, never guessing."""

from __future__ import annotations

import pytest
from conftest import make_record

from newsarchive.write.date_pages import (
    Crumb,
    Neighbours,
    build_calendar,
    by_month,
    crumbs,
    date_pages,
    month_cells,
    month_weeks,
    neighbours,
    periods_of,
    precision,
)
from newsarchive.write.layout import Links, newest_first

RECORDS = [
    make_record("day", "2020-08-14", mentioned=("2020-08-09", "--08-09", "1994", "2020-08")),
    make_record("same-day", "2020-08-14", mentioned=("2020-08-14",)),  # its own day
    make_record("month", "2020-09"),
    make_record("year", "2021"),
    make_record("tass", "--08-19"),
    make_record("ria", "--11-23", mentioned=("2020-08-09", "--02-11")),
    make_record("undated", mentioned=("2021-02-12",)),
]
CALENDAR = build_calendar(newest_first(RECORDS))


def ids(records) -> list[str]:
    return [record.id for record in records]


@pytest.mark.parametrize(
    ("value", "kind", "periods"),
    [
        ("2020-08-09", "day", ("2020", "2020-08", "2020-08-09")),
        ("2020-08", "month", ("2020", "2020-08")),
        ("2020", "year", ("2020",)),
        ("--08-19", "month-day", ("--08-19",)),
    ],
)
def test_a_date_is_listed_at_its_own_precision_and_above(value, kind, periods):
    assert precision(value) == kind
    assert periods_of(value) == periods


def test_articles_are_grouped_by_what_their_dates_say():
    assert ids(CALENDAR.published["2020"]) == ["month", "day", "same-day"]
    assert ids(CALENDAR.published["2020-08"]) == ["day", "same-day"]
    assert ids(CALENDAR.published["2020-08-14"]) == ["day", "same-day"]
    assert ids(CALENDAR.published["2021"]) == ["year"]
    assert ids(CALENDAR.published["--08-19"]) == ["tass"]
    assert ids(CALENDAR.undated) == ["undated"]


def test_a_year_unknown_date_is_never_given_a_year():
    assert all("tass" not in ids(CALENDAR.published.get(v, ())) for v in CALENDAR.days)
    assert "--08-19" in CALENDAR.month_days and "2020-08-19" not in CALENDAR.days


def test_mentioned_days_get_pages_with_their_month_and_year_even_without_articles():
    assert ids(CALENDAR.mentioned["2020-08-09"]) == ["day", "ria"]
    assert ids(CALENDAR.mentioned["2021-02-12"]) == ["undated"]
    assert CALENDAR.days == ("2020-08-09", "2020-08-14", "2021-02-12")
    assert CALENDAR.months == ("2020-08", "2020-09", "2021-02")
    assert CALENDAR.years == ("2020", "2021")
    assert CALENDAR.month_days == ("--02-11", "--08-09", "--08-19", "--11-23")


def test_an_article_is_not_listed_as_mentioning_its_own_day():
    assert "2020-08-14" not in CALENDAR.mentioned


def test_bare_years_and_months_mentioned_make_no_page():
    assert "1994" not in CALENDAR.years and "1994" not in CALENDAR.mentioned
    assert "2020-08" not in CALENDAR.mentioned


def test_every_date_page_has_its_place_in_the_url_layout():
    links = Links(pretty=True)
    paths = [page.path for page in date_pages(CALENDAR)]
    assert len(paths) == len(set(paths))
    expected_values = [*CALENDAR.years, *CALENDAR.months, *CALENDAR.days, *CALENDAR.month_days]
    assert sorted(paths) == sorted(
        ["dates/index.html", "dates/undated/index.html"]
        + [links.date(value) + "index.html" for value in expected_values]
    )
    assert "dates/undated/08/19/index.html" in paths
    assert "dates/2020/08/09/index.html" in paths


def page(path: str):
    return next(p for p in date_pages(CALENDAR) if p.path == path)


def test_a_day_page_lists_published_and_mentioning_articles_separately():
    day = page("dates/2020/08/09/index.html").variables
    assert day["published"] == ()
    assert ids(day["mentioned"]) == ["day", "ria"]
    assert day["same_day"] == ("--08-09",)  # the same day, year unknown
    assert day["neighbours"] == Neighbours(None, "2020-08-14")
    assert day["year_known"] is True


def test_a_year_unknown_page_is_labelled_and_points_to_the_same_day_in_known_years():
    day = page("dates/undated/08/09/index.html").variables
    assert day["year_known"] is False
    assert ids(day["mentioned"]) == ["day"]
    assert day["same_day"] == ("2020-08-09",)
    assert day["crumbs"][-1] == Crumb("Year unknown or no date", "dates/undated/")


def test_the_undated_page_lists_every_undated_article_and_every_yearless_day():
    undated = page("dates/undated/index.html").variables
    assert ids(undated["undated"]) == ["undated"]
    assert [cell.value for cell in undated["month_days"]] == list(CALENDAR.month_days)


def test_the_dates_index_counts_articles_per_year_and_month_newest_year_first():
    years = page("dates/index.html").variables["years"]
    assert [(y.value, y.published) for y in years] == [("2021", 1), ("2020", 3)]
    august = years[1].months[7]
    assert (august.value, august.name, august.published, august.has_page) == (
        "2020-08",
        "August",
        2,
        True,
    )
    assert not years[1].months[0].has_page


def test_a_year_page_groups_by_month_with_month_not_known_last():
    groups = by_month(CALENDAR.published["2020"])
    assert [(g.value, ids(g.articles)) for g in groups] == [
        ("2020-09", ["month"]),
        ("2020-08", ["day", "same-day"]),
    ]
    year_only = by_month(CALENDAR.published["2021"])
    assert [(g.value, ids(g.articles)) for g in year_only] == [(None, ["year"])]


def test_month_calendar_weeks_start_on_monday():
    weeks = month_weeks("2020-08", CALENDAR)  # 1 August 2020 was a Saturday
    assert weeks[0][:5] == (None,) * 5 and weeks[0][5].day == 1
    nine = weeks[1][6]
    assert (nine.value, nine.published, nine.mentioned, nine.has_page) == ("2020-08-09", 0, 2, True)
    fourteen = weeks[2][4]
    assert (fourteen.day, fourteen.published, fourteen.has_page) == (14, 2, True)
    assert len(month_cells("2020", CALENDAR)) == 12


def test_neighbours_and_crumbs():
    assert neighbours(("2019", "2020", "2021"), "2020") == Neighbours("2019", "2021")
    assert neighbours(("2020",), "2020") == Neighbours(None, None)
    assert [c.path for c in crumbs("2020-08-09")] == ["dates/", "dates/2020/", "dates/2020/08/"]
    assert [c.label for c in crumbs("2020-08-09")] == ["Dates", "2020", "August 2020"]
    assert crumbs(None) == (Crumb("Dates", "dates/"),)


def test_an_empty_archive_still_has_the_dates_and_undated_pages():
    assert [p.path for p in date_pages(build_calendar([]))] == [
        "dates/index.html",
        "dates/undated/index.html",
    ]
