"""Related articles: shared actors weighted by rarity, ties broken by date."""

from __future__ import annotations

import math

from conftest import make_record

from newsarchive.related import day_number, distance, rarity, related_articles


def test_rarity_is_the_inverse_document_frequency():
    weights = rarity({"a": {"country", "tsikh"}, "b": {"country"}}, articles=4)
    assert weights == {"country": math.log(2), "tsikh": math.log(4)}


def test_an_actor_in_every_article_relates_nothing():
    records = [make_record(i, "2020-08-10") for i in "abc"]
    actors = {"a": {"belarus"}, "b": {"belarus"}, "c": {"belarus"}}
    assert related_articles(records, actors) == {"a": (), "b": (), "c": ()}


def test_rarer_shared_actors_rank_higher_and_commonest_alone_is_not_enough():
    records = [make_record(i) for i in "abcdefgh"]
    actors = {
        "a": {"belarus", "babaryka", "kalesnikava"},
        "b": {"belarus", "babaryka"},  # shares a rare actor
        "c": {"belarus", "kalesnikava", "latushka"},
        "d": {"belarus", "kalesnikava", "latushka"},
        "e": {"belarus"},  # shares only the country, named in 6 of 8 articles
        "f": {"belarus"},
        "g": set(),
        "h": set(),
    }
    related = related_articles(records, actors)
    assert related["a"] == ("b", "c", "d")  # babaryka (2 articles) beats kalesnikava (3)
    assert related["e"] == ()
    assert related["c"] == ("d", "a")
    assert related["g"] == ()


def test_ties_go_to_the_article_closest_in_date_then_unknown_dates_then_ids():
    records = [
        make_record("x", "2020-08-20"),
        make_record("far", "2021-06-01"),
        make_record("near", "2020-08-10"),
        make_record("month", "2020-09"),
        make_record("yearless", "--08-19"),
        make_record("undated"),
        *(make_record(f"other{n}") for n in range(8)),
    ]
    shared = {"tsikhanouskaya"}
    actors = {r: shared for r in ("x", "far", "near", "month", "yearless", "undated")}
    assert related_articles(records, actors, limit=5)["x"] == (
        "near",
        "month",
        "far",
        "undated",
        "yearless",
    )


def test_at_most_limit_related_articles():
    records = [make_record(f"r{n}") for n in range(20)]
    actors = {f"r{n}": {"rare"} for n in range(7)}
    assert len(related_articles(records, actors)["r0"]) == 5
    assert related_articles(records, actors, limit=2)["r0"] == ("r1", "r2")


def test_day_numbers_keep_precision_and_unknown_years_are_farthest():
    assert day_number("2020-08-09") - day_number("2020-08") == 8
    assert day_number("2020") == day_number("2020-01-01")
    assert day_number("--08-19") is None and day_number(None) is None
    assert distance(day_number("2020-08-09"), None) == math.inf
