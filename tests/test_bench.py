"""The bench: synthetic archive generator, truth, resolution scoring, a tiny smoke run."""

from __future__ import annotations

import itertools
import json
import re
import sys
from pathlib import Path

import pytest

from bench.actors import make_pool
from bench.anchor import markdown_article
from bench.archive import TRUTH_FILE, TruthMention, generate, load_truth, make_site
from bench.measure import BuildFailed, run_measured
from bench.run import main as bench_main
from bench.score import (
    NO_ACTORS_STAGE,
    Span,
    describe_resolution,
    pairwise_scores,
    predicted_spans,
    score_records,
)
from newsarchive.model import ArticleRecord, Block, Mention

# Kinds of junk and structure every archive of a few dozen articles shows.
EXPECTED_FEATURES = {
    "subscription",
    "share",
    "ad",
    "comment",
    "copyright",
    "navigation",
    "outlet",
    "stamp",
    "byline",
    "caption",
    "credit",
    "heading",
    "quote",
    "dateline:TASS",
    "dateline:Reuters",
    "dateline:AP",
    "dateline:BNS",
}
# The agencies' dateline forms, as the seeds show them.
DATELINES = (
    r"^[A-Z]+, [A-Z][a-z]+ \d{1,2}\. /TASS/\. ",
    r"^[A-Z]+, [A-Z][a-z]+ \d{1,2} \(Reuters\) - ",
    r"^[A-Z]+ \(AP\) — ",
    r"^[A-Z]+, [A-Z][a-z]+ \d{1,2} – BNS\. ",
)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    site = tmp_path_factory.mktemp("synthetic")
    make_site(site, 15, seed=7)
    return site


def file_bytes(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def test_same_seed_same_archive_and_truth(archive, tmp_path):
    make_site(tmp_path / "again", 15, seed=7)
    make_site(tmp_path / "other", 15, seed=8)
    assert file_bytes(tmp_path / "again") == file_bytes(archive)
    assert file_bytes(tmp_path / "other") != file_bytes(archive)


def test_archive_has_the_requested_files_and_a_buildable_site(archive):
    assert len(list((archive / "content").glob("*.txt"))) == 15
    assert (archive / "site.yaml").read_text().startswith("title: ")


def test_articles_carry_every_kind_of_junk_and_structure():
    articles = list(generate(make_pool(1), 1, 0, 60))
    assert set().union(*(a.features for a in articles)) >= EXPECTED_FEATURES
    texts = "\n".join(a.render()[0] for a in articles)
    for form in DATELINES:
        assert re.search(form, texts, re.M), form
    assert re.search(r"^FILE PHOTO: .+ REUTERS/[A-Z]", texts, re.M)
    assert re.search(r"^\(Reporting by [^;]+; .*Editing by [^)]+\)$", texts, re.M)
    words = [len(a.render()[0].split()) for a in articles]
    assert 500 < sorted(words)[len(words) // 2] < 900


def test_articles_continue_one_series_so_one_percent_more_is_the_next_ones():
    pool = make_pool(1)
    first_ten = [a.render() for a in generate(pool, 1, 0, 10)]
    assert [a.render() for a in generate(pool, 1, 5, 5)] == first_ten[5:]


def test_truth_names_an_actor_at_each_span(archive):
    truth = load_truth(archive / TRUTH_FILE)
    actors = json.loads((archive / TRUTH_FILE).read_text())["actors"]
    assert set(truth) == {p.name for p in (archive / "content").glob("*.txt")}
    for name, mentions in truth.items():
        text = (archive / "content" / name).read_text(encoding="utf-8")
        assert len(mentions) > 10
        for mention, following in itertools.pairwise(mentions):
            assert mention.end <= following.start
        for mention in mentions:
            assert text[mention.start : mention.end] == mention.text
            assert mention.actor in actors


def test_people_are_spelled_many_ways_and_couples_share_a_surname():
    pool = make_pool(1)
    assert len(pool.people) == 300
    assert max(len(set(p.surname)) for p in pool.people) >= 4
    couples = [(p, pool.person(p.spouse)) for p in pool.people if p.spouse and not p.female]
    assert any(husband.surname[0] != wife.surname[0] for husband, wife in couples)
    texts = "\n".join(a.render()[0] for a in generate(pool, 1, 0, 40))
    assert re.search(r"\bM(?:r|s)\. [A-Z]", texts)
    assert re.search(r"\b[A-Z]\. [A-Z][a-z]", texts)
    assert re.search(r"\bPresident [A-Z]", texts)
    assert re.search(r"\(([A-Z]{2,4})\)", texts)


def test_pairwise_precision_and_recall_on_a_hand_made_example():
    # Truth: a1..a3 and a6 are actor A, b4 and b5 actor B. Predicted: X = {a1, a2},
    # Y = {a3, b4, b5}; a6 is not found, and one prediction is outside the truth.
    truth = {
        "f.txt": [TruthMention(s, s + 5, "name", actor) for s, actor in
                  ((0, "A"), (10, "A"), (20, "A"), (30, "B"), (40, "B"), (50, "A"))],
    }  # fmt: skip
    predicted = {
        "f.txt": [Span(0, 5, "X"), Span(10, 15, "X"), Span(19, 25, "Y"), Span(30, 35, "Y"),
                  Span(40, 45, "Y"), Span(60, 65, "X")],
    }  # fmt: skip
    result = pairwise_scores(truth, predicted)
    # Correct pairs: (a1, a2) and (b4, b5). Predicted pairs among matched: 1 + 3.
    # True pairs: C(4, 2) + C(2, 2) = 7.
    assert result.precision == pytest.approx(2 / 4)
    assert result.recall == pytest.approx(2 / 7)
    assert (result.true_mentions, result.predicted_mentions, result.matched_mentions) == (6, 6, 5)


def record_with(blocks: tuple[Block, ...], mentions: tuple[Mention, ...]) -> ArticleRecord:
    return ArticleRecord(
        id="a",
        source_path="content/a.txt",
        title="Headline",
        title_basis="headline",
        source=None,
        byline=None,
        dateline=None,
        date=None,
        date_basis="unknown",
        blocks=blocks,
        removed=(),
        mentioned_dates=(),
        encoding="utf-8",
        mentions=mentions,
    )


def test_mentions_in_blocks_are_located_in_their_file(tmp_path):
    text = "Share this\n\nHeadline here\n\nMINSK (AP) — Koval met Zhuk.\n"
    block = Block("paragraph", "MINSK (AP) — Koval met Zhuk.", line=5)
    record = record_with((block,), (Mention(0, 13, 18, "Koval", "p1", "person"),))
    [span] = predicted_spans(record, text)
    assert text[span.start : span.end] == "Koval"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    truth = {"a.txt": [TruthMention(span.start, span.end, "Koval", "A")]}
    assert score_records([record], truth, tmp_path).matched_mentions == 1


def test_resolution_is_not_applicable_before_the_actors_stage(tmp_path):
    record = record_with((Block("paragraph", "Text.", 1),), ())
    result = score_records([record], {"a.txt": []}, tmp_path)
    assert result is None
    assert describe_resolution(result) == NO_ACTORS_STAGE


def test_anchor_article_is_the_story_as_pelican_markdown():
    article = next(generate(make_pool(1), 1, 3, 1))
    markdown = markdown_article(article)
    assert markdown.startswith(f"Title: {article.headline}\nDate: {article.date.isoformat()}\n")
    junk = [line.pieces[0].text for line in article.lines if line.kind == "subscription"]
    assert junk and not any(line in markdown for line in junk)


def test_measured_child_reports_its_own_usage_and_failures(tmp_path):
    sample = run_measured([sys.executable, "-c", "bytearray(60_000_000)"], tmp_path)
    assert sample.peak_rss_mb > 60 and sample.wall_s > 0
    with pytest.raises(BuildFailed, match="exited 3"):
        run_measured([sys.executable, "-c", "raise SystemExit(3)"], tmp_path)


def test_bench_smoke_run_writes_every_figure(tmp_path, capsys):
    # About 5 seconds: three newsarchive builds and one Pelican build of 20 articles.
    figures = tmp_path / "figures.json"
    assert bench_main(["--articles", "20", "--runs", "1", "--json", str(figures)]) == 0
    table = capsys.readouterr().out
    assert "cold / plain Pelican" in table and "n/a (no actors stage yet)" not in table
    document = json.loads(figures.read_text())
    size = document["sizes"]["20"]
    assert document["ratio_cold_vs_pelican"] == size["ratio_cold_vs_pelican"] > 0
    for build in ("cold", "no_change", "add_1_percent", "pelican_cold"):
        assert size["builds"][build]["wall_s"]["median"] > 0
    assert size["stages"]["clean"]["wall_s"]["median"] > 0
    assert size["stages"]["recognise"]["cpu_s"]["median"] > 0
    assert 0 < size["resolution"]["precision"] <= 1 and 0 < size["resolution"]["recall"] <= 1


def test_the_publishing_figures_come_from_real_builds_and_serve(tmp_path, monkeypatch):
    from bench import publishing

    monkeypatch.setattr(publishing, "SETTLE_SECONDS", 0.0)
    figures = publishing.one_run(tmp_path)
    assert figures["no_change_written"] == 0
    # The new article's page, and the pages that list it (home, dates, source, actors).
    assert figures["one_added_written"] > 5
    # The added article is full of names new to the archive: the model reads it.
    assert 0 < figures["one_added_model"] < figures["one_added_log"]
    assert 0 < figures["serve_latency"] < figures["cold"] * 10
    report = publishing.table([figures])
    assert report.splitlines()[0] == "Publishing on the demo archive, median of 1 run(s):"
    assert "no-change rebuild" in report and "0 files written (goal: 0)" in report
