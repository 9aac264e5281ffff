"""Description: datelines, sources, bylines, dates, and saying what is unknown."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.clean import clean
from newsarchive.clean.shapes import line_key
from newsarchive.describe import describe
from newsarchive.describe.rules import parse_dateline
from newsarchive.model import Block, RawDocument, Removal
from newsarchive.read import read_document, text_lines

BODY = (
    "Officials said on Friday that the talks would continue next week, after both sides "
    "failed to agree on the wording of a joint statement."
)

TASS_LEAD = "Talks continue\n\nMOSCOW, August 19. /TASS/. "


def record(text: str, front_matter: dict | None = None):
    raw = RawDocument(Path("a.txt"), tuple(text_lines(text)), "utf-8", front_matter or {})
    return describe(clean(raw), "a", "content/a.txt")


@pytest.mark.parametrize(
    ("text", "place", "date", "agency", "dateline"),
    [
        (
            "MOSCOW, August 19. /TASS/. Officials said",
            "Moscow",
            "--08-19",
            "TASS",
            "MOSCOW, August 19. /TASS/.",
        ),
        (
            "MOSCOW, November 23 – RIA Novosti. The spokesman",
            "Moscow",
            "--11-23",
            "RIA Novosti",
            "MOSCOW, November 23 – RIA Novosti.",
        ),
        (
            "MINSK, Aug 10 (Reuters) - Police fired",
            "Minsk",
            "--08-10",
            "Reuters",
            "MINSK, Aug 10 (Reuters)",
        ),
        ("KYIV (AP) — A prominent figure", "Kyiv", None, "AP", "KYIV (AP)"),
        ("MINSK, Belarus (AP) — Tens of thousands", "Minsk", None, "AP", "MINSK, Belarus (AP)"),
        (
            "MINSK, 12 August 2020, BelTA – The commission",
            "Minsk",
            "2020-08-12",
            "BelTA",
            "MINSK, 12 August 2020, BelTA",
        ),
        (
            "MINSK, July 6, 2021 (AFP) - The court",
            "Minsk",
            "2021-07-06",
            "AFP",
            "MINSK, July 6, 2021 (AFP)",
        ),
        (
            "ST. PETERSBURG, March 3 - Officials said",
            "St. Petersburg",
            "--03-03",
            None,
            "ST. PETERSBURG, March 3",
        ),
        (
            "СОЧИ, 14 сентября. /ТАСС/. Договорённости",
            "Сочи",
            "--09-14",
            "ТАСС",
            "СОЧИ, 14 сентября. /ТАСС/.",
        ),
        (
            "Минск, 14 сентября 2020 года – Президент",
            "Минск",
            "2020-09-14",
            None,
            "Минск, 14 сентября 2020 года",
        ),
        (
            "Warszawa, 12 marca 2021 r. (PAP) – Rząd",
            "Warszawa",
            "2021-03-12",
            "PAP",
            "Warszawa, 12 marca 2021 r. (PAP)",
        ),
        ("(Reuters) - The European Union said", None, None, "Reuters", "(Reuters)"),
        (
            "Москва. 12 августа. INTERFAX.RU - Совет ЕС",
            "Москва",
            "--08-12",
            "INTERFAX.RU",
            "Москва. 12 августа. INTERFAX.RU",
        ),
        ("ТАСС, 12 августа. В Кремле", None, "--08-12", "ТАСС", "ТАСС, 12 августа."),
        (
            "МИНСК, 12 авг — РИА Новости. Президент",
            "Минск",
            "--08-12",
            "РИА Новости",
            "МИНСК, 12 авг — РИА Новости.",
        ),
        ("SLUTSK, August 12 - Officials said", "Slutsk", "--08-12", None, "SLUTSK, August 12"),
        ("KYIV — Officials said on Friday", "Kyiv", None, None, "KYIV"),
        # A country the gazetteer knows before the dash is no agency.
        ("NARVA, Estonia — On a grey morning", "Narva", None, None, "NARVA, Estonia"),
        ("Kyiv (AFP) – Officials said on Friday", "Kyiv", None, "AFP", "Kyiv (AFP)"),
        (
            "VILNIUS, Lithuania, Oct. 12, 2021 /PRNewswire/ -- Example Group today",
            "Vilnius",
            "2021-10-12",
            "PRNewswire",
            "VILNIUS, Lithuania, Oct. 12, 2021 /PRNewswire/",
        ),
        (
            "Гомель, 14 кастрычніка 2021 года – Суд",
            "Гомель",
            "2021-10-14",
            None,
            "Гомель, 14 кастрычніка 2021 года",
        ),
    ],
)
def test_datelines(text, place, date, agency, dateline):
    found = parse_dateline(text)
    assert (found.place, found.date, found.source, found.text) == (place, date, agency, dateline)


@pytest.mark.parametrize(
    "text",
    [
        "Russian President Vladimir Putin on Thursday called for talks.",
        "NATO said on Friday it was watching the border.",  # upper case, but no date or agency
        "NATO — the alliance — said it was watching.",  # a dash, but NATO is no place
        "Moscow, a city of many bridges, said nothing.",
        "He also noted that Mr. Smith was present.",
        "Moscow. The city said nothing.",
        "NATO — the alliance — said it was watching.",
        "Smith (pictured) said nothing about the talks.",  # brackets, but no dash after them
        "PARIS, France, and Germany said nothing.",  # a country, but no date or agency
    ],
)
def test_not_datelines(text):
    assert parse_dateline(text) is None


def test_front_matter_beats_the_text():
    text = f"Headline from the text\n\nMOSCOW, August 19. /TASS/. {BODY}"
    front = {"title": "Given", "date": "2020-08-20", "source": "Given Wire", "byline": "A. Writer"}
    result = record(text, front)
    assert (result.title, result.date, result.source, result.byline) == (
        "Given",
        "2020-08-20",
        "Given Wire",
        "A. Writer",
    )
    assert (result.title_basis, result.date_basis) == ("front-matter", "front-matter")
    assert result.dateline.place == "Moscow"


def test_yearless_dateline_stays_yearless():
    result = record(f"{TASS_LEAD}{BODY} The vote on August 9, 2020 was disputed.")
    assert (result.date, result.date_basis) == ("--08-19", "dateline")


def test_dateline_year_from_the_text_naming_that_day():
    text = f"{TASS_LEAD}{BODY} The talks on August 19, 2020 ended late."
    result = record(text)
    assert (result.date, result.date_basis) == ("2020-08-19", "dateline+text")


def test_publication_stamp_gives_the_date():
    result = record(f"Talks continue\n\nPublished: 14 September 2020 10:32\n\n{BODY}")
    assert (result.date, result.date_basis) == ("2020-09-14", "date-line")


@pytest.mark.parametrize(
    "header",
    [
        "Source: Example Wire| 2021-10-12 19:05:31|Editor: A. Name",
        "Source: Example Wire | 2021-10-12 19:05:31 | Editor: A. Name",  # not a breadcrumb
    ],
)
def test_an_agency_header_of_labelled_fields_gives_date_and_source(header):
    result = record(f"{header}\n\nTalks continue\n\n{BODY}")
    assert (result.date, result.date_basis, result.source, result.byline) == (
        "2021-10-12",
        "date-line",
        "Example Wire",
        None,
    )


def test_a_stamp_in_related_links_below_the_story_does_not_date_it():
    text = f"Talks continue\n\n{BODY}\n\nMore on this story\n\nOther talks fail\n\n3 March 2021"
    assert (record(text).date, record(text).date_basis) == (None, "unknown")


def test_an_update_stamp_below_the_story_dates_it():
    text = f"Talks continue\n\n{BODY}\n\nUpdated 12.08.2020 14:05"
    assert (record(text).date, record(text).date_basis) == ("2020-08-12", "date-line")


@pytest.mark.parametrize(
    ("stamps", "date", "basis"),
    [
        # The published date wins, wherever the update's stamp stands.
        (
            "Updated 13 August 2020 09:00\n\nPublished 12 August 2020 18:30\n\n",
            "2020-08-12",
            "date-line",
        ),
        ("12 August 2020 (updated: 13 August 2020)\n\n", "2020-08-12", "date-line"),
        (
            "Jane Roe — Wednesday, 12 August 2020\n\nUpdated 13 August 2020\n\n",
            "2020-08-12",
            "byline-stamp",
        ),
        ("Updated 20 August 2020\n\nMOSCOW, August 19. /TASS/. ", "--08-19", "dateline"),
        # An update's stamp on the dateline's day gives it its year.
        (
            "Updated 19.08.2020 14:05\n\nMOSCOW, August 19. /TASS/. ",
            "2020-08-19",
            "dateline+date-line",
        ),
        # A published date that reads either way round is stated: no update stands in for it.
        ("Published 05/08/2020 • Updated 13/08/2020\n\n", None, "unknown"),
        ("Updated 13/08/2020\n\nPublished 05/08/2020\n\n", None, "unknown"),
        # An update's date alone dates the article, unless it reads either way round too.
        ("Updated 13 August 2020\n\n", "2020-08-13", "date-line"),
        ("Updated 05/08/2020\n\n", None, "unknown"),
    ],
)
def test_an_updates_stamp_dates_the_article_only_when_nothing_else_does(stamps, date, basis):
    result = record(f"Talks continue next week\n\n{stamps}{BODY}")
    assert (result.date, result.date_basis) == (date, basis)


@pytest.mark.parametrize(
    "stamps",
    [
        "20 March 2021\n\nPublished 15.03.2021 10:12",
        "Published 15.03.2021 10:12\n\n20 March 2021",
        "Saturday, 20 March 2021\n\nОпубликовано: 15 марта 2021",
    ],
)
def test_a_stamp_labelled_as_the_publication_dates_it_before_a_bare_date(stamps):
    result = record(f"Talks continue\n\n{stamps}\n\n{BODY}")
    assert (result.date, result.date_basis) == ("2021-03-15", "date-line")


def test_a_release_signed_with_its_place_and_date_is_dated_by_it():
    result = record(f"PRESS RELEASE\n\nTalks continue\n\n{BODY}\n\nVilnius, 12 March 2021")
    assert (result.source, result.dateline.place, result.date, result.date_basis) == (
        None,
        "Vilnius",
        "2021-03-12",
        "date-line",
    )


def test_a_stamp_above_the_story_dates_it_before_a_place_and_date_under_it():
    text = f"Talks continue\n\nPublished 14 March 2021\n\n{BODY}\n\nVilnius, 12 March 2021"
    assert (record(text).date, record(text).date_basis) == ("2021-03-14", "date-line")


def test_a_timelines_dates_are_mentioned_and_do_not_date_the_article():
    entries = "\n\n".join(
        [
            "August 9, 2020",
            "Polls close across the land.",
            "August 12, 2020",
            "Workers go on strike.",
        ]
    )
    result = record(f"Talks continue\n\n{BODY}\n\n{entries}")
    assert (result.date, [d.value for d in result.mentioned_dates]) == (
        None,
        ["2020-08-09", "2020-08-12"],
    )


def test_no_date_anywhere_is_unknown():
    result = record(f"Talks continue\n\n{BODY}")
    assert (result.date, result.date_basis, result.source, result.byline) == (
        None,
        "unknown",
        None,
        None,
    )


@pytest.mark.parametrize(
    ("extra", "source"),
    [
        ("© 2021 Example Daily News. All rights reserved.", "Example Daily News"),
        ("Copyright 2020 The Associated Press. All rights reserved.", "The Associated Press"),
        ("Reuse of material of the Example news agency is prohibited without consent.", "Example"),
        ("Source: Example Wire", "Example Wire"),
        ("Źródło: Przykładowa Agencja Prasowa", "Przykładowa Agencja Prasowa"),
        ("Copyright (c) 2020. EFR/RL, Inc. Used with the permission of EFR/RL.", "EFR/RL"),
        ("Source: Example Wire and news agencies", "Example Wire"),
        ("Источник: «Пример Медиа»", "Пример Медиа"),
        # An outlet named only by its own newsletter box.
        ("Sign up for the Examiner's First Edition newsletter", "The Examiner"),
        # An aggregator's link to the story on the outlet's own site.
        ("Read the original article on Example Post.", "Example Post"),
        # The outlet, with the agencies it drew on; a source in lower case is no outlet.
        ("(Example TV with AFP)", "Example TV"),
        ("© Provided by Example Post", "Example Post"),  # a syndicated story's outlet
        ("Джерело: пресслужба міністерства", None),
        # A sign-off of initials and the outlet's address, in another script than the masthead.
        ("ИП / interfax-example.eu", "interfax-example.eu"),
    ],
)
def test_source_from_notices_and_credits(extra, source):
    assert record(f"Talks continue\n\n{BODY}\n\n{extra}").source == source


@pytest.mark.parametrize(
    "furniture",
    [
        "Example Daily is on Telegram! Subscribe",  # a promotion naming the masthead
        "ab/cd exampledaily.eu",  # a desk's sign-off with the outlet's web address
    ],
)
def test_a_masthead_named_again_by_furniture_is_the_source(furniture):
    masthead = "Example Daily" if "Telegram" in furniture else "ExampleDaily"
    text = f"{masthead}\n\nNews\n\nTalks continue next week\n\n{BODY}\n\n{furniture}"
    assert record(text).source == masthead


@pytest.mark.parametrize(
    ("masthead", "source"),
    [
        # Shaped like an outlet's name: capitals or title case, with an outlet's word.
        # In capitals, spelled in title case when no word of it may be an acronym.
        ("THE EXAMPLE HERALD", "The Example Herald"),
        ("Example Daily News", "Example Daily News"),
        ("Example Daily", "Example Daily"),
        ("The Independent", "The Independent"),
        # A section's label, or a name no outlet's word marks and no furniture names.
        ("World News", None),
        ("Regional Affairs", None),
        ("Kvitka Wieczorna", None),
    ],
)
def test_a_masthead_alone_above_the_headline_is_the_source_when_shaped_like_an_outlet(
    masthead, source
):
    text = f"{masthead}\n\nNews\n\nTalks continue next week\n\n{BODY}\n\nSubscribe"
    result = record(text)
    assert (result.title, result.source) == ("Talks continue next week", source)


def test_a_headline_shaped_like_an_outlets_name_stays_the_headline():
    result = record(f"Hard Times For Example Farmers\n\n{BODY}")
    assert (result.title, result.source) == ("Hard Times For Example Farmers", None)
    result = record(f"THE EXAMPLE HERALD\n\nHard Times For Example Farmers\n\n{BODY}")
    assert (result.title, result.source) == ("Hard Times For Example Farmers", "The Example Herald")


def test_a_name_the_batch_repeats_atop_its_pages_is_the_masthead():
    text = f"Kvitka Wieczorna\n\nWorld\n\nTalks continue next week\n\n{BODY}"
    raw = RawDocument(Path("a.txt"), tuple(text_lines(text)), "utf-8")
    furniture = frozenset({line_key("Kvitka Wieczorna"), line_key("World")})
    result = describe(clean(raw, furniture), "a", "content/a.txt")
    assert (result.title, result.source) == ("Talks continue next week", "Kvitka Wieczorna")


def test_source_label_line_is_the_source():
    caption = "Photo: a street. Jan Novak/Example Wire"
    text = f"Example Wire\n\nTalks continue next week\n\n{BODY}\n\n{caption}"
    assert record(text).source == "Example Wire"


@pytest.mark.parametrize(
    ("credit", "byline"),
    [
        ("By Anna Kowalczyk", "Anna Kowalczyk"),
        ("By Jonas Brekke and Ines Carvalho, Example Wire", "Jonas Brekke and Ines Carvalho"),
        (
            "(Reporting by Jan Novak; Writing by Eva Horak; Editing by Sam Lee)",
            "Jan Novak, Eva Horak",
        ),
        ("(Reporting by Minsk newsroom; Writing by Eva Horak)", "Eva Horak"),
        ("(Editing by Sam Lee)", None),
        ("Anna Nowak in Brussels and Jan Kowal in Moscow", "Anna Nowak and Jan Kowal"),
        ("Author: Anna Kowalczyk", "Anna Kowalczyk"),
        ("By Examplenews with AFP", None),  # an outlet, not a writer
        ("By Example Wire's Minsk desk", None),
        # A writer, and an agency that contributed: the agency is not part of the name.
        ("By Jane Roe with AFP", "Jane Roe"),
        ("Jane Roe with AFP", "Jane Roe"),
        ("BY JANE ROE WITH AFP", "JANE ROE"),
        ("By Jane Roe With Example Wire", "Jane Roe"),
        ("By JANE ROE Example Press", "JANE ROE"),  # a name in capitals, then the outlet
        ("By RUTA VAITKUTE and PAVEL NOVIK", "RUTA VAITKUTE and PAVEL NOVIK"),
        ("By JANE ROE & JOHN DOE Example Press", "JANE ROE & JOHN DOE"),
        ("Jane Roe — Friday, 4 March 2022, 14:52", "Jane Roe"),
        ("Аўтар: Алесь Дубовік", "Алесь Дубовік"),
        ("Story by Jane Roe", "Jane Roe"),
        ("Text: Anna Kowalczyk", "Anna Kowalczyk"),
        ("Written by: J. Marsh", "J. Marsh"),
        ("By Example Wire Staff", None),
        ("By Jan Kowal | EXAMPLE.com", "Jan Kowal"),
        ("Author: Ivan Petrov | Photo: Example Agency", "Ivan Petrov"),
        ("Jurgita Petrauskienė, LRT.lt", "Jurgita Petrauskienė"),
        ("Example Belarus Service", None),  # a desk, not a writer
        ("Von Greta Muster", "Greta Muster"),
        ("Par Claire Exemple", "Claire Exemple"),
    ],
)
def test_bylines(credit, byline):
    assert record(f"Talks continue\n\n{credit}\n\n{BODY}").byline == byline


def test_the_stamp_after_the_writers_name_dates_the_article():
    result = record(f"Talks continue\n\nМарія Коваль — Вівторок, 12 жовтня 2021, 14:05\n\n{BODY}")
    assert (result.byline, result.date, result.date_basis) == (
        "Марія Коваль",
        "2021-10-12",
        "byline-stamp",
    )


def test_a_name_alone_above_the_story_that_signs_it_is_the_byline():
    assert record(f"Talks continue\n\nAnna Kowalczyk\n\n{BODY}\n\nAnna Kowalczyk").byline == (
        "Anna Kowalczyk"
    )
    # A name alone, and nothing more, is no byline: it may be anyone's.
    assert record(f"Talks continue\n\nAnna Kowalczyk\n\n{BODY}").byline is None


def test_mentioned_dates_skip_the_dateline_and_repeat_once():
    text = (
        f"Talks continue\n\nMOSCOW, August 19. /TASS/. {BODY} The election on August 9, 2020 "
        "followed a campaign that began in May 2020; on August 9, 2020 polls closed. "
        "He has ruled since 1994, and on February 11 the agency reported calm."
    )
    assert [(d.text, d.value) for d in record(text).mentioned_dates] == [
        ("August 9, 2020", "2020-08-09"),
        ("May 2020", "2020-05"),
        ("1994", "1994"),
        ("February 11", "--02-11"),
    ]


def test_the_dateline_after_a_standfirst_mentions_no_date():
    text = (
        "Ministers agree new measures after a long night of talks\n\n"
        "The package targets officials and firms linked to the security services\n\n"
        f"MOSCOW, August 19. /TASS/. {BODY}"
    )
    result = record(text)
    assert (result.date, result.mentioned_dates) == ("--08-19", ())


def test_missing_headline_uses_first_words_and_warns():
    result = record(BODY)
    assert (
        result.title == "Officials said on Friday that the talks would continue next week, after…"
    )
    assert result.title_basis == "first-words"
    assert any("no headline found" in p.message for p in result.problems)


def test_the_dateline_is_read_after_a_byline_and_photo_captions():
    text = (
        "Talks continue\n\nBy A. WRITER\n\n"
        "FILE - Officials arrive for a meeting in Minsk on Friday. (AP Photo/A. Photographer)\n\n"
        "Guards stand outside the court in Minsk. (AP Photo/A. Photographer)\n\n"
        f"TALLINN, Estonia (AP) — {BODY}\n\n{BODY}"
    )
    result = record(text)
    assert (result.dateline.place, result.dateline.text, result.source) == (
        "Tallinn",
        "TALLINN, Estonia (AP)",
        "AP",
    )


def test_names_above_a_stamp_are_the_byline_and_a_writers_outlet_address_the_source():
    result = record(
        f"Talks continue\n\nAnna Kowalska, Piotr Nowicki\n12 października 2021 | 15:40\n\n{BODY}"
    )
    assert (result.byline, result.date) == ("Anna Kowalska and Piotr Nowicki", "2021-10-12")
    assert record(f"Talks continue\n\nJurgita Petrauskienė, LRT.lt\n\n{BODY}").source == "LRT.lt"
    # Names alone with no stamp under them may be anyone's.
    assert record(f"Talks continue\n\nAnna Kowalska, Piotr Nowicki\n\n{BODY}").byline is None


def test_a_stamp_below_the_storys_hashtags_dates_it():
    result = record(f"Talks continue\n\n{BODY}\n\n#Minsk #courts\n\n12 окт. 2021 в 14:35")
    assert result.date == "2021-10-12"


def test_a_section_in_a_saved_pages_address_is_no_source():
    banner = "This is Google's cache of https://example.pl/world/a-story."
    assert record(f"{banner}\n\nWorld\n\nTalks continue next week\n\n{BODY}").source is None


@pytest.mark.parametrize("address", ["DELFI.LT", "example-news.net", "Wyborcza.pl"])
def test_a_web_address_alone_above_the_headline_is_the_source(address):
    assert record(f"{address}\n\nTalks continue next week\n\n{BODY}").source == address


@pytest.mark.parametrize(
    ("sign_off", "byline", "source"),
    [
        ("— Marta Lindqvist, Example Herald", "Marta Lindqvist", "Example Herald"),
        ("Marta Lindqvist, Example Herald", "Marta Lindqvist", "Example Herald"),
        ("Marta Lindqvist / Example Herald", "Marta Lindqvist", "Example Herald"),
        ("– Marta Lindqvist / THE EXAMPLE HERALD", "Marta Lindqvist", "The Example Herald"),
        ("Marta Lindqvist, EXH", "Marta Lindqvist", "EXH"),  # an agency by its letters
        ("Marta Lindqvist\nExample Herald", "Marta Lindqvist", "Example Herald"),
        # Two names are no writer and an outlet; a place is no outlet.
        ("Marta Lindqvist, Jonas Brekke", None, None),
        ("Marta Lindqvist, Brussels", None, None),
    ],
)
def test_a_sign_off_under_the_story_is_the_byline_and_its_outlet_the_source(
    sign_off, byline, source
):
    result = record(f"Talks continue\n\n{BODY}\n\n{BODY}\n\n{sign_off}")
    assert (result.byline, result.source) == (byline, source)


def test_a_sign_off_under_a_byline_stays_a_credit_and_names_the_source():
    sign_off = "Jonas Brekke, Example Herald"
    result = record(f"Talks continue\n\nBy Anna Kowalczyk\n\n{BODY}\n\n{BODY}\n\n{sign_off}")
    assert (result.byline, result.source) == ("Anna Kowalczyk", "Example Herald")
    assert result.blocks[-1] == Block("credit", sign_off, 9)


@pytest.mark.parametrize(
    "ending",
    [
        # A photo's credit under its caption, and copyright lines, sign nothing.
        "Photo: Guards at the gate of the court\nMarta Lindqvist / Example Agency",
        "© Marta Lindqvist / Example Herald",
        "Copyright 2021 Marta Lindqvist, Example Herald. All rights reserved.",
    ],
)
def test_a_photo_credit_or_a_copyright_line_is_no_sign_off(ending):
    assert record(f"Talks continue\n\n{BODY}\n\n{BODY}\n\n{ending}").byline is None


@pytest.mark.parametrize(
    ("credit", "front_matter"),
    [
        ("By Anna Kowalczyk", {}),
        ("Author: Anna Kowalczyk", {}),
        ("Jane Roe — Friday, 4 March 2022, 14:52", {}),  # the stamp dates the article
        ("By Jane Roe with AFP", {"source": "AFP"}),
        ("By Anna Kowalczyk", {"byline": "Anna Kowalczyk"}),  # a saved page's author
    ],
)
def test_the_line_a_byline_is_read_from_is_lifted_out_of_the_story(credit, front_matter):
    result = record(f"Talks continue next week\n\n{credit}\n\n{BODY}", front_matter)
    assert [block.kind for block in result.blocks] == ["paragraph"]
    assert result.removed == (Removal(credit, "byline", 3),)


def test_a_sign_off_read_as_the_byline_is_lifted_too():
    result = record(f"Talks continue next week\n\n{BODY}\n\n— Marta Lindqvist, Example Herald")
    assert (result.byline, result.source) == ("Marta Lindqvist", "Example Herald")
    assert [r.reason for r in result.removed] == ["byline"]
    assert [block.kind for block in result.blocks] == ["paragraph"]


@pytest.mark.parametrize(
    ("credit", "front_matter"),
    [
        # More than the details say: the editor, the writers' places, a contributing agency.
        ("(Reporting by Jan Novak; Writing by Eva Horak; Editing by Sam Lee)", {}),
        ("Anna Nowak in Brussels and Jan Kowal in Moscow", {}),
        ("By Jane Roe with AFP", {}),
        # Another writer than the front matter's.
        ("By Anna Kowalczyk", {"byline": "Jonas Brekke"}),
    ],
)
def test_a_credit_that_says_more_than_the_byline_stays_in_the_story(credit, front_matter):
    result = record(f"Talks continue next week\n\n{credit}\n\n{BODY}", front_matter)
    assert result.blocks[0] == Block("credit", credit, 3)
    assert result.removed == ()


@pytest.mark.parametrize(
    ("credit", "byline", "source"),
    [
        ("By Olga Petrenko | Example Ledger", "Olga Petrenko", "Example Ledger"),
        (
            "By Jonas Brekke and Ines Carvalho, Example Wire",
            "Jonas Brekke and Ines Carvalho",
            "Example Wire",
        ),
        ("By Jan Kowal | EXAMPLE.com", "Jan Kowal", "EXAMPLE.com"),
        ("By Jane Roe, Senior Correspondent", "Jane Roe", None),  # her post, not an outlet
    ],
)
def test_the_outlet_after_the_writers_name_in_a_byline_is_the_source(credit, byline, source):
    result = record(f"Talks continue next week\n\n{credit}\n\n{BODY}")
    assert (result.byline, result.source) == (byline, source)


def test_a_sign_off_repeating_the_byline_and_the_source_is_lifted_with_it():
    text = f"Talks continue next week\n\nBy Olga Petrenko | Example Ledger\n\n{BODY}\n\n"
    result = record(f"{text}Olga Petrenko / Example Ledger")
    assert (result.byline, result.source) == ("Olga Petrenko", "Example Ledger")
    assert [(r.reason, r.line) for r in result.removed] == [("byline", 3), ("byline", 7)]
    assert [block.kind for block in result.blocks] == ["paragraph"]


@pytest.mark.parametrize(
    "credit",
    ["Translated from Lithuanian by Emily Carter", "(Editing by Sam Lee)"],
)
def test_a_name_alone_above_a_credit_under_the_story_signs_it(credit):
    result = record(f"Talks continue next week\n\n{BODY}\n\nJonas Petrauskas\n{credit}")
    assert result.byline == "Jonas Petrauskas"
    assert result.blocks[1:] == (Block("credit", credit, 6),)
    assert result.removed == (Removal("Jonas Petrauskas", "byline", 5),)


def test_a_second_dateline_inside_a_wire_story_mentions_no_date():
    later = "MINSK, August 20. /TASS/. Officials in Minsk said they had seen no sign of the talks."
    result = record(f"{TASS_LEAD}{BODY}\n\n{later} The vote on August 9, 2020 was disputed.")
    assert (result.date, [d.value for d in result.mentioned_dates]) == ("--08-19", ["2020-08-09"])


PROBE_FACTS = {
    # fixture -> (title, source, byline, date, date_basis), in tests/fixtures/clean
    "wire-two-datelines.txt": (
        "Baltic ministers press for new border funds as crossings stay shut",
        "Reuters",
        "Tomas Lindgren and Ieva Kalnina",
        "--10-12",
        "dateline",
    ),
    "live-blog-timestamps.txt": (
        "Storm Elsa: power cuts and closed roads across the north – as it happened",
        None,
        None,
        "2022-03-14",
        "date-line",
    ),
    "interview-q-and-a.txt": (
        '"We print at night and hand the papers out in the morning"',
        None,
        "Hanna Wolska",
        "2021-11-12",
        "date-line",
    ),
    "op-ed-author-bio.txt": (
        "Sanctions alone will not bring the regime to the table",
        None,
        "Marek Zielinski",
        None,
        "unknown",
    ),
    "pull-quote.txt": (
        "Farmers near the border count the cost of a closed crossing",
        "Example Ledger",
        "Olga Petrenko",
        None,
        "unknown",
    ),
    "photo-essay.txt": ("In pictures: a winter on the frozen lake", None, None, None, "unknown"),
    "translated-with-credit.txt": (
        "Teachers who refused to sign the letter lose their jobs",
        None,
        "Jonas Petrauskas",
        None,
        "unknown",
    ),
    "place-date-under-headline.txt": (
        "Harbour workers end strike after pay deal",
        "Northern Example News",
        None,
        "2023-03-14",
        "date-line",
    ),
    "polish-fot-credit.txt": (
        "Białoruska opozycjonistka otrzymała azyl w Polsce",
        "Przykładowa Agencja Prasowa",
        "Tomasz Wiśniewski",
        "2021-03-12",
        "date-line",
    ),
    "russian-telegram-junk.txt": (
        "В Гомеле закрыли последний независимый книжный магазин",
        None,
        "Ирина Ковалёва",
        "2021-09-15",
        "date-line",
    ),
    "press-release-signed-place-date.txt": (
        "Exiled journalists' association opens legal aid office for reporters",
        None,
        None,
        "2021-03-12",
        "date-line",
    ),
    "event-date-and-stamp.txt": (
        "Exiled theatre troupe to stage premiere in Warsaw",
        None,
        None,
        "2021-03-15",
        "date-line",
    ),
    "interview-named-speakers.txt": (
        '"The archive is our memory, and they tried to burn it"',
        None,
        "Marta Novak",
        "2022-06-21",
        "date-line",
    ),
    "wire-copyright-standards.txt": (
        "Lithuania extends state of emergency on Belarus border for three more months",
        "AP",
        "RUTA VAITKUTE and PAVEL NOVIK",
        "2021-10-08",
        "date-line",
    ),
    "consent-and-newsletter-boxes.txt": (
        "Belarusian farmers turn to buckwheat as fertiliser prices climb",
        None,
        None,
        None,
        "unknown",
    ),
    # "Last updated 3 min ago" is an age, not a date: the live blog stays undated.
    "live-blog-inline-times.txt": (
        "Protests in Grodno: police block the central square",
        None,
        None,
        None,
        "unknown",
    ),
    "german-von-headline.txt": (
        "Von Beruf Lehrerin – eine Schule für Kinder im Exil",
        None,
        "Katrin Ebner",
        "2021-11-14",
        "date-line",
    ),
    # The photos' agency is no source of the story.
    "feature-pull-quote-related-box.txt": (
        "The last ferryman on the Pripyat",
        None,
        "Oksana Melnyk",
        None,
        "unknown",
    ),
    "correction-above-headline.txt": (
        "Police detain dozens at a memorial gathering in the capital",
        None,
        "Daniel Kraus",
        "2021-07-03",
        "date-line",
    ),
}


@pytest.mark.parametrize("name", sorted(PROBE_FACTS))
def test_probe_fixtures_describe_what_their_text_states(name):
    path = Path(__file__).parent / "fixtures" / "clean" / name
    result = describe(clean(read_document(path)), "a", name)
    facts = (result.title, result.source, result.byline, result.date, result.date_basis)
    assert facts == PROBE_FACTS[name]


@pytest.mark.parametrize(
    ("stamp", "place", "date"),
    [
        ("Riga, 14 March 2023", "Riga", "2023-03-14"),
        ("TALLINN, Mar. 14, 2023", "Tallinn", "2023-03-14"),
        ("Гродно, 14 марта 2023", "Гродно", "2023-03-14"),
        ("ST. PETERSBURG, 14 March 2023", "St. Petersburg", "2023-03-14"),
        ("Tartu, Estonia, 14 March 2023, 09:40", "Tartu", "2023-03-14"),
        ("Riga, 14 March", "Riga", "--03-14"),  # the precision the stamp gives
        ("Warszawa, 12 marca 2021 r.", "Warszawa", "2021-03-12"),
        ("Berlin, den 12. März 2021", "Berlin", "2021-03-12"),
        ("Paris, le 12 mars 2021", "Paris", "2021-03-12"),
    ],
)
def test_a_place_and_date_under_the_headline_is_the_dateline(stamp, place, date):
    headline = "Harbour workers end strike after pay deal"
    result = record("\n".join(["Home   Region   Economy   Culture", headline, stamp, BODY]))
    assert (result.title, result.dateline.place, result.dateline.text) == (headline, place, stamp)
    assert (result.date, result.date_basis) == (date, "date-line")
    assert [(r.text, r.reason) for r in result.removed][-1] == (stamp, "date-line")


@pytest.mark.parametrize(
    ("ending", "source"),
    [
        # The outlet's own spelling, wherever the article writes it in mixed case.
        ("© Northern Example News 2023. All rights reserved.", "Northern Example News"),
        ("Olga Petrenko, Northern Example News", "Northern Example News"),
        ("Source: Northern Example News", "Northern Example News"),
        # A spelling opening in lower case is a sentence's, not the outlet's.
        ("He told the northern example news desk nothing.", "Northern Example News"),
    ],
)
def test_a_masthead_in_capitals_takes_the_spelling_the_article_gives_it(ending, source):
    text = f"NORTHERN EXAMPLE NEWS\n\nTalks continue next week\n\n{BODY}\n\n{ending}"
    assert record(text).source == source


@pytest.mark.parametrize(
    "masthead",
    [
        "BBC NEWS",  # a word of three letters may be an acronym
        "KYIV POST",  # ... and of four
        "EXAMPLE TV",  # a word without a vowel is one
        "EXAMPLENEWS",  # a single word may be one, whatever its length
        "DELFI.LT",  # an address is spelled as the outlet spells it
    ],
)
def test_a_masthead_in_capitals_that_may_hold_an_acronym_stays_as_written(masthead):
    text = f"{masthead}\n\nTalks continue next week\n\n{BODY}\n\n© {masthead} 2023"
    assert record(text).source == masthead


@pytest.mark.parametrize(
    ("credit", "notice", "source"),
    [
        ("(dpa/afp)", "", "dpa/afp"),
        ("(AFP)", "", "AFP"),
        # An outlet named by the article wins over the agencies it drew on.
        ("(dpa/afp)", "\n\n© 2021 Example Daily. All rights reserved.", "Example Daily"),
    ],
)
def test_an_agencies_credit_is_the_source_when_nothing_else_names_one(credit, notice, source):
    result = record(f"Talks continue next week\n\n{BODY}\n\n{credit}{notice}")
    assert (result.source, result.blocks[-1]) == (source, Block("credit", credit, 5))


def test_a_sign_off_on_two_lines_is_lifted_whole():
    result = record(f"Talks continue next week\n\n{BODY}\n\nMarta Lindqvist\nExample Herald")
    assert (result.byline, result.source) == ("Marta Lindqvist", "Example Herald")
    assert result.removed == (
        Removal("Marta Lindqvist", "byline", 5),
        Removal("Example Herald", "byline", 6),
    )
    assert [block.kind for block in result.blocks] == ["paragraph"]


def test_the_outlet_under_a_sign_off_stays_when_the_source_is_another():
    text = f"Talks continue next week\n\n{BODY}\n\nMarta Lindqvist\nExample Herald"
    result = record(text, {"source": "Example Wire"})
    assert result.blocks[1:] == (Block("credit", "Example Herald", 6),)
    assert result.removed == (Removal("Marta Lindqvist", "byline", 5),)


def test_the_cleaning_report_lists_a_lifted_byline_in_its_lines_place():
    text = "\n".join(
        [
            "Menu",
            "Talks continue next week",
            "By Anna Kowalczyk",
            "Published: 3 March 2021",
            BODY,
            "Anna Kowalczyk",
            "Example Herald",
            "Share on Facebook",
        ]
    )
    assert [(r.line, r.reason) for r in record(text).removed] == [
        (1, "navigation"),
        (3, "byline"),
        (4, "date-line"),
        (6, "byline"),
        (7, "byline"),
        (8, "share-widget"),
    ]


def test_a_german_stamp_with_uhr_dates_the_article_under_its_headline_and_byline():
    text = "\n".join(
        [
            "Startseite > Kultur > Film",
            "Anzeige",
            "Festival in Example: Jury ehrt junge Regisseurin",
            "Von Greta Muster",
            "03.11.2021, 09:40 Uhr",
            BODY,
        ]
    )
    result = record(text)
    assert (result.title, result.date, result.date_basis, result.byline) == (
        "Festival in Example: Jury ehrt junge Regisseurin",
        "2021-11-03",
        "date-line",
        "Greta Muster",
    )


@pytest.mark.parametrize(
    ("masthead", "ending", "source"),
    [
        # Cyrillic capitals, title-cased when no word of them may be an acronym.
        ("СВАБОДНАЯ ПРЫКЛАДНАЯ ДУМКА", "", "Свабодная Прыкладная Думка"),
        # A short word the article spells in mixed case elsewhere is a word, no acronym.
        ("ВОЛЬНАЯ ПРЫКЛАДНАЯ РАДА", "\n\nФота: Вольная Рада", "Вольная Прыкладная Рада"),
        ("ВОЛЬНАЯ ПРЫКЛАДНАЯ РАДА", "", "ВОЛЬНАЯ ПРЫКЛАДНАЯ РАДА"),
    ],
)
def test_a_name_in_capitals_over_a_menu_of_sections_is_the_source(masthead, ending, source):
    menu = "Палітыка Грамадства Эканоміка Спорт"
    result = record(f"{masthead}\n{menu}\nTalks continue next week\n\n{BODY}{ending}")
    assert (result.title, result.source) == ("Talks continue next week", source)


DE_BODY = (
    "Die Gespräche sollen in der kommenden Woche fortgesetzt werden, nachdem sich beide "
    "Seiten nicht auf den Wortlaut einer gemeinsamen Erklärung einigen konnten."
)
FR_BODY = (
    "Les discussions reprendront la semaine prochaine, après que les deux parties n'ont pas "
    "réussi à s'entendre sur le texte d'une déclaration commune."
)


@pytest.mark.parametrize(
    ("text", "date", "mentioned"),
    [
        (
            "Gespräche gehen weiter\n\nVeröffentlicht am 3. November 2021, 09:40 Uhr\n\n"
            f"Aktualisiert am 4. November 2021, 10:15 Uhr\n\n{DE_BODY} Am 1. Dezember 2021 "
            "folgt die nächste Runde, wie schon im Oktober 2021 vereinbart.",
            "2021-11-03",
            ["2021-12-01", "2021-10"],
        ),
        (
            "Les discussions continuent\n\nPublié le 03/11/2021 à 09h40\n\n"
            f"Mis à jour le 04/11/2021 à 10h15\n\n{FR_BODY} Le prochain cycle s'ouvrira le "
            "1er décembre 2021, comme convenu en octobre 2021.",
            "2021-11-03",
            ["2021-12-01", "2021-10"],
        ),
    ],
)
def test_german_and_french_stamps_date_the_article_and_their_dates_are_mentioned(
    text, date, mentioned
):
    result = record(text)
    assert (result.date, result.date_basis, [d.value for d in result.mentioned_dates]) == (
        date,
        "date-line",
        mentioned,
    )
