"""The hand-marked probe corpus (bench/probe): today's mistakes, pinned.

These counts are not goals but a record: a change to recognition or
resolution that moves any of them must update this test on purpose, saying
in its commit which mistakes it fixed or made (`python -m bench.probe -v`
lists them by name).
"""

from __future__ import annotations

import pytest

from bench.archive import TruthMention
from bench.probe import MarkError, ProbeScore, score_probe, unmarked


@pytest.fixture(scope="module")
def score() -> ProbeScore:
    return score_probe()


def test_the_probe_makes_todays_mistakes_and_no_others(score: ProbeScore):
    assert (score.true_actors, score.true_mentions) == (255, 813)
    assert score.counts() == {
        "wrong merges": 0,
        "split pieces": 4,
        "junk actors": 2,
        "wrong types": 1,
        "missed actors": 5,
        "missed mentions": 17,
        "missed in headlines": 7,
    }


def test_no_two_actors_are_merged(score: ProbeScore):
    assert score.merges == []


def test_marks_become_plain_text_and_exact_offsets():
    plain, mentions = unmarked("Talks in {Minsk|l:minsk} with {the CEC|o:cec}.\n")
    assert plain == "Talks in Minsk with the CEC.\n"
    assert mentions == [
        TruthMention(9, 14, "Minsk", "l:minsk"),
        TruthMention(20, 27, "the CEC", "o:cec"),
    ]
    assert [plain[m.start : m.end] for m in mentions] == ["Minsk", "the CEC"]


def test_a_broken_mark_names_its_file_and_line():
    with pytest.raises(MarkError, match=r"^story\.txt:2: a brace"):
        unmarked("Headline\nTalks in {Minsk|x:minsk}.\n", "story.txt")
