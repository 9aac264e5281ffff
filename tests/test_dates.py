"""Dates in text keep exactly the precision written."""

from __future__ import annotations

import pytest

from newsarchive.dates import date_label, find_dates, is_date_stamp, stamp_dates


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("held on August 9, 2020, and", [("August 9, 2020", "2020-08-09")]),
        ("on 9 August 2020 in", [("9 August 2020", "2020-08-09")]),
        ("on Aug. 30, 2020, file photo", [("Aug. 30, 2020", "2020-08-30")]),
        ("On February 11, the agency", [("February 11", "--02-11")]),
        ("the 9th of August rally", [("9th of August", "--08-09")]),
        ("the disputed August 2020 election", [("August 2020", "2020-08")]),
        ("in power since 1994.", [("1994", "1994")]),
        ("19 августа 2020 года в Минске", [("19 августа 2020 года", "2020-08-19")]),
        ("с 9 августа", [("9 августа", "--08-09")]),
        (
            "on 2021-11-18 and 31.12.2020",
            [("2021-11-18", "2021-11-18"), ("31.12.2020", "2020-12-31")],
        ),
        ("Feb 29 is fine without a year", [("Feb 29", "--02-29")]),
        ("МИНСК, 12 авг — РИА", [("12 авг", "--08-12")]),
        ("3 дек. 2021 года", [("3 дек. 2021 года", "2021-12-03")]),
        ("в Минске 9 июня.", [("9 июня", "--06-09")]),
        ("суд 14 кастрычніка 2021 пакараў", [("14 кастрычніка 2021", "2021-10-14")]),
        ("з 1 сакавіка", [("1 сакавіка", "--03-01")]),
        ("4 березня 2022 року у Києві", [("4 березня 2022 року", "2022-03-04")]),
        # Month names in capitals, and a time of day after a date with no year.
        ("12 OCT, 14:05", [("12 OCT", "--10-12")]),
        ("SEPT 3 2021", [("SEPT 3 2021", "2021-09-03")]),
        # ISO 8601 with its time and zone, as pages' metadata print it.
        ("at 2021-10-12T14:05:00Z the", [("2021-10-12T14:05:00Z", "2021-10-12")]),
        ("2021-10-12T14:05+03:00", [("2021-10-12T14:05+03:00", "2021-10-12")]),
        # Polish, Lithuanian and Latvian month names, and their own orders of the parts.
        ("we wtorek 12 października 2021 r.", [("12 października 2021", "2021-10-12")]),
        ("od 3 marca", [("3 marca", "--03-03")]),
        ("2021 m. spalio 12 d. Vilniuje", [("2021 m. spalio 12 d.", "2021-10-12")]),
        ("2021. gada 12. oktobrī Rīgā", [("2021. gada 12. oktobrī", "2021-10-12")]),
        # German: a full stop after the day, names and abbreviations capitalised.
        ("am 3. November 2021 in", [("3. November 2021", "2021-11-03")]),
        ("03. Nov. 2021", [("03. Nov. 2021", "2021-11-03")]),
        ("3. März 2021, 14:05 Uhr", [("3. März 2021", "2021-03-03")]),
        ("seit 1. Jänner 2020", [("1. Jänner 2020", "2020-01-01")]),
        ("bis 15. Mrz. 2022", [("15. Mrz. 2022", "2022-03-15")]),
        ("am 7. Sept. 2021", [("7. Sept. 2021", "2021-09-07")]),
        ("vom 24. Dezember", [("24. Dezember", "--12-24")]),
        ("ab 2. Jan. an", [("2. Jan.", "--01-02")]),
        ("Ende Oktober 2021 kam", [("Oktober 2021", "2021-10")]),
        ("am 2. Mai 2021 wählten", [("2. Mai 2021", "2021-05-02")]),
        # French: "1er", names with and without accents, abbreviations with a full stop.
        ("le 3 novembre 2021 à Paris", [("3 novembre 2021", "2021-11-03")]),
        ("1er mars 2021", [("1er mars 2021", "2021-03-01")]),
        ("le 3 nov. 2021", [("3 nov. 2021", "2021-11-03")]),
        (
            "le 14 fevrier 2022 et le 15 aout 2022",
            [("14 fevrier 2022", "2022-02-14"), ("15 aout 2022", "2022-08-15")],
        ),
        ("le 24 décembre 2020", [("24 décembre 2020", "2020-12-24")]),
        ("depuis le 1er mai", [("1er mai", "--05-01")]),
        ("en juillet 2021", [("juillet 2021", "2021-07")]),
        ("le 5 févr. 2021", [("5 févr. 2021", "2021-02-05")]),
    ],
)
def test_find_dates(text, found):
    assert [(d.text, d.value) for d in find_dates(text)] == found


@pytest.mark.parametrize(
    "text",
    [
        "80.1% of the vote and 10,000 arrests",
        "he may 5 times",  # "may" as a verb
        "February 30, 2020",  # no such day
        "in 3000 years",
        "about 1,994 people",
        # "Mai" is also a given name: a German month only with a day and a year.
        "Mai 2021 war",
        "mit Mai 12 Stimmen",
        "von 3. Mai",
        "mit 12. Mai",
        # A sentence ending in a number before a month shared with English is no date.
        "rose to 12. November saw more",
        # "Jan" is also a given name: a yearless abbreviation needs its full stop.
        "Platz 2. Jan Weber",
    ],
)
def test_no_dates(text):
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("Published: 14 September 2020 10:32", "2020-09-14"),
        ("Updated 11.09.2020 18:05", "2020-09-11"),
        ("Thursday, November 18, 2021", "2021-11-18"),
        ("August 19", "--08-19"),
        ("12:20 pm, August 12, 2020", "2020-08-12"),
        ("Updated 4:12 PM GMT+3, August 12, 2020", "2020-08-12"),
        ("First published on Mon 24 May 2021 17.12 BST", "2021-05-24"),
        ("Last modified on Mon 24 May 2021 20.45 BST", "2021-05-24"),
        ("August 12, 2023 5:42 PM 2 min read", "2023-08-12"),
        ("Posted on 2020-08-12 14:05 GMT+3 by admin", "2020-08-12"),
        ("Обновлено 12.08.2020 14:05", "2020-08-12"),
        ("Published 24/05/2021 - 09:15 • Updated 25/05/2021 - 10:00", "2021-05-24"),
        ("Published 05/24/2021", "2021-05-24"),
        ("March 3, 2022 10:41 AM GMT+1 Updated 2 hours ago", "2022-03-03"),
        ("14 кастрычніка 2021", "2021-10-14"),
        # The time beside the date as a segment of its own, and labels with "time".
        ("13 October 2021 | 16:41", "2021-10-13"),
        ("16:41 | 13 October 2021", "2021-10-13"),
        ("Published time: 12 Oct, 2021 14:05", "2021-10-12"),
        ("Edited time: 12 Oct, 2021 15:30", "2021-10-12"),
        ("22:14 GMT 12.10.2021", "2021-10-12"),
        ("Source: Example Wire| 2021-10-12 19:05:31|Editor: A. Name", "2021-10-12"),
        ("Example Post · 14 Oct 2021", "2021-10-14"),
        # Fourth probe: ISO with "T" and "Z", weekdays in Cyrillic, "Issued on".
        ("2021-10-12T14:05:00Z", "2021-10-12"),
        ("Вівторок, 12 жовтня 2021, 14:05", "2021-10-12"),
        ("вторник, 12 октября 2021, 14:05", "2021-10-12"),
        ("Issued on: 24/10/2021 - 14:05", "2021-10-24"),
        ("24-10-2021 (updated: 25-10-2021)", "2021-10-24"),
        ("Оновлено: 12 жовтня 2021, 18:40", "2021-10-12"),
        ("Апублікавана 12.10.2021 14:05", "2021-10-12"),
        # Fifth probe: Polish, Lithuanian and Latvian stamps; "в 14:35" after the date.
        ("12 października 2021 | 15:40", "2021-10-12"),
        ("Aktualizacja: 12 października 2021 o godz. 15:40", "2021-10-12"),
        ("2021 m. spalio 12 d. 14:32", "2021-10-12"),
        ("Atnaujinta 2021 m. spalio 12 d. 16:05", "2021-10-12"),
        ("Publicēts 2021. gada 12. oktobrī", "2021-10-12"),
        ("12 окт. 2021 в 14:35", "2021-10-12"),
        # German and Bulgarian clocks: "Uhr", "ч." after the time; "г." after a year.
        ("03.11.2021, 09:40 Uhr", "2021-11-03"),
        ("Aktualisiert: 03.11.2021, 09:40 Uhr", "2021-11-03"),
        ("15.03.2021 г., 18:20", "2021-03-15"),
        ("15.03.2021, 18:20 ч.", "2021-03-15"),
        # German stamps: "Veröffentlicht am", "Stand:", "Erstellt:", "Aktualisiert am".
        ("Veröffentlicht am 3. November 2021, 09:40 Uhr", "2021-11-03"),
        ("Stand: 03.11.2021, 09:40 Uhr", "2021-11-03"),
        ("Erstellt: 03. Nov. 2021", "2021-11-03"),
        ("Aktualisiert am 3. März 2021 um 14:05 Uhr", "2021-03-03"),
        ("Mittwoch, 3. November 2021, 14:05 Uhr", "2021-11-03"),
        # French stamps: a slash date is day first.
        ("Publié le 3 novembre 2021 à 09h40", "2021-11-03"),
        ("Publié le 03/11/2021 à 09:40", "2021-11-03"),
        ("Mis à jour le 4 novembre 2021 à 10h15", "2021-11-04"),
        ("Publié le mercredi 3 novembre 2021", "2021-11-03"),
        # Polish "r." (roku) after the year; German "den" and French "le" before the day.
        ("12 marca 2021 r.", "2021-03-12"),
        ("Freitag, den 12. März 2021", "2021-03-12"),
        ("le 12 mars 2021", "2021-03-12"),
    ],
)
def test_date_only_lines(line, value):
    assert next(stamp.found.value for stamp in stamp_dates(line) if stamp.found) == value


@pytest.mark.parametrize(
    ("line", "stamps"),
    [
        (
            "Published 24/05/2021 • Updated 25/05/2021",
            [("2021-05-24", False), ("2021-05-25", True)],
        ),
        ("24-10-2021 (updated: 25-10-2021)", [("2021-10-24", False), ("2021-10-25", True)]),
        ("Last modified on Mon 24 May 2021 20.45 BST", [("2021-05-24", True)]),
        ("Published 05/08/2021 • Updated 13/08/2021", [(None, False), ("2021-08-13", True)]),
        ("Published • Обновлено 12.08.2020", [("2020-08-12", True)]),  # a label alone writes none
        ("Aktualisiert am 04.11.2021, 10:15 Uhr", [("2021-11-04", True)]),
        ("Stand: 03.11.2021", [("2021-11-03", False)]),
        (
            "Publié le 03/11/2021 à 09:40 Mis à jour le 04/11/2021 à 10:15",
            [("2021-11-03", False), ("2021-11-04", True)],
        ),
        ("Mis à jour le 4 novembre 2021", [("2021-11-04", True)]),
    ],
)
def test_a_stamp_line_says_which_of_its_dates_date_an_update(line, stamps):
    assert [(s.found.value if s.found else None, s.updated) for s in stamp_dates(line)] == stamps


def test_a_sentence_with_a_date_is_not_a_date_line():
    assert stamp_dates("August 19, 2020 was a Wednesday") == []
    assert not is_date_stamp("Updated: the talks resume on Monday")
    assert not is_date_stamp("14:02")  # a time with no label is a live blog's entry
    assert not is_date_stamp("14:02 | 15:30")  # times alone, however many
    assert not is_date_stamp("Source: Example Wire | Editor: A. Name")  # fields, no date
    assert not is_date_stamp("Example Post · Politics")  # an outlet and a section, no date
    assert not is_date_stamp("Example Post")
    assert not is_date_stamp("Stand")  # "Stand" labels a stamp only with its colon
    assert not is_date_stamp("Stand by 12 October 2021")


@pytest.mark.parametrize(
    "line",
    [
        "Published",
        "Published on 12/08/2020 - 14:05",
        "Date",
        "Updated at 14.08 GMT",  # a live blog's update stamp: a time, no date
        "Updated 9:41 am",
        "Issued on: 12/10/2021 - 14:05",
        "12-10-2021",  # dashes, day and month either way round
        # An age, relative to when the page was saved, under its label.
        "Last updated 3 min ago",
        "Updated 2 hours ago",
        "Posted 5 mins ago",
    ],
)
def test_stamps_whose_date_cannot_be_read_are_stamps_without_a_date(line):
    """A bare label, or a slash date that reads either way round: a stamp, date unknown."""
    assert is_date_stamp(line)
    assert all(stamp.found is None for stamp in stamp_dates(line))


@pytest.mark.parametrize(
    ("value", "label"),
    [
        ("2020-08-09", "9 August 2020"),
        ("2020-08", "August 2020"),
        ("2020", "2020"),
        ("--08-19", "19 August, year unknown"),
        (None, "date unknown"),
    ],
)
def test_date_labels(value, label):
    assert date_label(value) == label
