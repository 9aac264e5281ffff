"""Statistical evidence: the pinned spaCy model, asked only about names nothing else settles.

These run the real model. Its weights are pinned by hash, so its labels for
a given sentence do not change from run to run.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from conftest import make_site

from newsarchive.config import load_site_config
from newsarchive.model import Archive
from newsarchive.pipeline import Options, process_files
from newsarchive.recognise import recognise
from newsarchive.recognise.places import place_name
from newsarchive.recognise.statistical import (
    _UNUSED_PIPES,
    MODEL_PACKAGE,
    SAMPLES_PER_NAME,
    ModelUnavailable,
    StatisticalRecogniser,
    _load_model,
    model_cache,
    typed_by_model,
)
from newsarchive.resolve import resolve

HEADLINE = "Talks on the border dispute resume next week\n\n"


def archive(tmp_path: Path, *bodies: str, options: Options | None = None) -> Archive:
    files = []
    for number, body in enumerate(bodies):
        path = tmp_path / f"a{number}.txt"
        path.write_text(HEADLINE + body, encoding="utf-8")
        files.append(path)
    return process_files(files, [f.name for f in files], options or Options())


def actors(result: Archive) -> dict[str, str]:
    return {actor.name: actor.type for actor in result.actors}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # What the rules leave undecided and the model types.
        ("Shares in Gazprom fell sharply on Monday.", "Gazprom", "organization"),
        ("The video was filmed in Zhodino, east of the capital.", "Zhodino", "place"),
        ("Rights group Viasna counts more than 500 prisoners.", "Viasna", "organization"),
        ("The ships crossed the Black Sea late on Sunday.", "Black Sea", "place"),
        # The model says ORG; a feminine surname's ending says person.
        ("The plan drew support from Tikhanovskaya and her team.", "Tikhanovskaya", "person"),
        # The model says GPE; "towards" backs it.
        ("The rally moved towards Okrestina, where detainees were held.", "Okrestina", "place"),
        # A company name built on a trade, whatever the model says (it says GPE).
        ("He ran Belgazprombank for two decades.", "Belgazprombank", "organization"),
    ],
)  # fmt: skip
def test_the_model_types_what_the_rules_leave_undecided(tmp_path, sentence, name, kind):
    assert name not in actors(archive(tmp_path, sentence, options=Options(model=None)))
    result = archive(tmp_path, sentence)
    assert actors(result)[name] == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters gathered near the Pushkinskaya metro station on Sunday evening.",  # PERSON
        "Turnout exceeded 84%, the commission said on Monday.",  # PERSON
        "He met Latushka in Warsaw on Tuesday.",  # GPE, and no word says it is a place
        "In a dozen cities Solidarity rallies were held on Saturday.",  # ORG: a noun's adjective
    ],
)
def test_labels_the_text_contradicts_are_dropped(tmp_path, sentence):
    names = actors(archive(tmp_path, sentence))
    assert set(names) - {"Warsaw"} == set()


def test_a_name_inside_a_longer_one_takes_the_longer_span(tmp_path):
    result = archive(
        tmp_path,
        "Observers came mostly from the Commonwealth of Independent States on Sunday.",
    )
    assert actors(result) == {"Commonwealth of Independent States": "organization"}
    (mention,) = result.records[0].mentions
    assert mention.text == "Commonwealth of Independent States"


def test_model_evidence_is_recorded_on_the_mention(tmp_path):
    sentence = "Rights group Viasna counts more than 500 prisoners."
    base = archive(tmp_path, sentence, options=Options(model=None))
    found = {r.id: recognise(r) for r in base.records}
    unplaced = resolve(base.records, found).unplaced
    assert [(m.text, m.kind) for m in unplaced] == [("Rights", None), ("Viasna", None)]
    recogniser = StatisticalRecogniser(model_cache(None))
    (typed,) = typed_by_model(base.records, unplaced, recogniser)
    assert (typed.text, typed.kind, typed.evidence) == ("Viasna", "organization", ("model:ORG",))


def test_answers_are_cached_by_paragraph(tmp_path):
    recogniser = StatisticalRecogniser(model_cache(tmp_path / "cache"))
    texts = [
        "Rights group Viasna counts more than 500 prisoners.",
        "He spoke on Independence Square.",
    ]
    first = recogniser.entities(texts)
    assert recogniser.asked == 2
    again = StatisticalRecogniser(model_cache(tmp_path / "cache"))
    assert again.entities(texts) == first
    assert again.asked == 0
    assert [label for _, _, label in first[0]] == ["ORG", "CARDINAL"]


def test_a_site_can_switch_the_model_off(tmp_path):
    site = make_site(
        tmp_path,
        {"a.txt": HEADLINE + "Shares in Gazprom fell sharply on Monday."},
        "title: T\nactors:\n  statistical: false\n",
    )
    config = load_site_config(site)
    assert Options.for_site(config).model is None
    assert Options.for_site(load_site_config(make_site(tmp_path / "b", {}))).model is not None


def test_a_model_with_other_weights_is_refused(tmp_path, monkeypatch):
    installed = Path(_load_model().path).parent  # the package folder
    copy = tmp_path / MODEL_PACKAGE
    shutil.copytree(installed, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (weights,) = copy.glob(f"{MODEL_PACKAGE}-*/ner/model")
    weights.write_bytes(weights.read_bytes() + b"\0")
    monkeypatch.setattr(sys, "path", [str(tmp_path), *sys.path])
    monkeypatch.delitem(sys.modules, MODEL_PACKAGE, raising=False)
    with pytest.raises(ModelUnavailable, match="not the pinned"):
        _load_model.__wrapped__()


def test_the_tokenizer_built_from_the_config_is_the_one_the_model_holds():
    import spacy

    loaded = _load_model()
    from_folder = spacy.load(Path(loaded.path), exclude=list(_UNUSED_PIPES))
    rules = {"exclude": ["vocab"]}  # the strings seen so far differ, not the rules
    assert loaded.tokenizer.to_bytes(**rules) == from_folder.tokenizer.to_bytes(**rules)
    text = "Mr. O'Neill didn't say (in Minsk) whether U.S.-led talks would resume."
    assert [t.text for t in loaded(text)] == [t.text for t in from_folder(text)]


@pytest.mark.parametrize(
    ("written", "place"),
    [
        ("Gomel", "Homyel'"),  # G and H spell one Belarusian sound
        ("Grodno", "Hrodna"),
        ("Минске", "Minsk"),  # Russian case endings undone
        ("Москву", "Moscow"),
        ("России", "Russia"),
        ("Белоруссией", "Belarus"),
    ],
)
def test_gazetteer_spellings(written, place):
    assert place_name(written) == place


def test_the_formal_name_of_a_state_is_the_state(tmp_path):
    result = archive(
        tmp_path,
        "Officials of the Republic of Belarus met the envoy on Monday.",
        "Belarus will hold talks with its neighbours in Minsk on Friday.",
    )
    belarus = next(a for a in result.actors if a.name == "Belarus")
    assert belarus.type == "place"
    assert set(belarus.aliases) == {"Belarus", "Republic of Belarus"}


def test_a_lone_word_after_in_is_a_place_whatever_the_label(tmp_path):
    # The model calls this town a PERSON here.
    result = archive(tmp_path, "The court in Novopolotsk had postponed the hearing.")
    assert actors(result) == {"Novopolotsk": "place"}


def test_each_name_is_put_to_the_model_a_few_times_only(tmp_path):
    recogniser = StatisticalRecogniser(model_cache(None))
    places = ["Brest", "Grodno", "Vitebsk", "Gomel", "Mogilev"]
    bodies = [f"Rights group Viasna counts more prisoners in {place} now." for place in places]
    result = archive(tmp_path, *bodies, options=Options(model=recogniser))
    assert recogniser.asked == SAMPLES_PER_NAME == 3
    viasna = next(a for a in result.actors if a.name == "Viasna")
    assert (viasna.type, len(viasna.articles)) == ("organization", 5)


def test_a_common_word_opening_a_sentence_is_not_asked_about(tmp_path):
    recogniser = StatisticalRecogniser(model_cache(None))
    result = archive(
        tmp_path,
        "Turnout exceeded 84%, the commission said on Monday.",
        "The officials said turnout was lower in the capital.",
        options=Options(model=recogniser),
    )
    assert recogniser.asked == 0
    assert result.actors == []


def test_a_town_the_gazetteer_spells_otherwise_is_one_place_wherever_it_is_named(tmp_path):
    result = archive(
        tmp_path,
        "The factory in Borisov was closed on Monday, its owners said.",
        "Workers in Borisow went on strike on Friday over unpaid wages.",
        "“I have been to Borisow three times this year,” one of the workers said.",
    )
    (town,) = result.actors
    assert town.type == "place" and set(town.aliases) == {"Borisov", "Borisow"}
    assert town.mentions == 3


def test_a_common_noun_the_model_reads_into_a_full_name_is_not_part_of_it(tmp_path):
    result = archive(
        tmp_path,
        "Unter ihnen ist der frühere Bankier Pavel Kovalchuk, sagte sie. "
        "Sein Sohn Ivan Kovalchuk ist ebenfalls in Haft.",
    )
    (record,) = result.records
    people = [(m.text, m.actor) for m in record.mentions if m.type == "person"]
    assert people == [
        ("Pavel Kovalchuk", "pavel-kovalchuk"),
        ("Ivan Kovalchuk", "ivan-kovalchuk"),
    ]
