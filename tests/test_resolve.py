"""Resolution across the archive: spellings join, different people stay apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.pipeline import Options, article_files, process_files
from newsarchive.registry import RegistryError, load_registry, read_registry

LEAD = "The delegations met for more than six hours behind closed doors on Friday."


def archive_of(tmp_path: Path, articles: dict[str, str], registry: str | None = None):
    for name, body in articles.items():
        (tmp_path / name).write_text(
            f"Talks on the future of the country continue\n\n{body}\n\n{LEAD}\n"
        )
    path = None
    if registry is not None:
        path = tmp_path / "actors.yaml"
        path.write_text(registry)
    files = article_files(tmp_path)
    return process_files(files, [f.name for f in files], Options(registry=load_registry(path)))


def actor_of(archive, article_id: str, text: str) -> str:
    record = next(r for r in archive.records if r.id == article_id)
    return next(m.actor for m in record.mentions if m.text == text)


@pytest.fixture(scope="module")
def seed_archive(seeds):
    files = article_files(seeds)
    return process_files(files, [f.name for f in files])


def test_seeds_every_spelling_of_tsikhanouskaya_is_one_actor_in_three_articles(seed_archive):
    by_name = {a.name: a for a in seed_archive.actors}
    wife = by_name["Svetlana Tikhanovskaya"]
    assert {"Tikhanovskaya", "Sviatlana Tsikhanouskaya", "Tichanovskaja"} <= set(wife.aliases)
    assert wife.articles == (
        "000_fdcadf4aec186293",
        "001_9c538ca53b92ee9e",
        "003_88f0e80331bde868",
    )
    husband = by_name["Sergei Tichanovski"]
    assert husband.id != wife.id and husband.articles == ("003_88f0e80331bde868",)


def test_seeds_people_are_one_actor_each(seed_archive):
    by_name = {a.name: a for a in seed_archive.actors}
    assert set(by_name["Dmitry Peskov"].aliases) == {"Dmitry Peskov", "D. Peskov", "Peskov"}
    assert len(by_name["Dmitry Peskov"].articles) == 3
    lukashenko = by_name["Alexander Lukashenko"]
    assert {"Lukashenka", "Aliaksandr Lukashenko", "Lukashenko"} <= set(lukashenko.aliases)
    assert len(lukashenko.articles) == 5
    assert by_name["Latushko"].id != lukashenko.id
    people = [a for a in seed_archive.actors if a.type == "person"]
    assert len({a.id for a in people}) == len(people)


def test_seeds_no_reporter_or_photographer_is_an_actor(seed_archive):
    aliases = {alias for actor in seed_archive.actors for alias in actor.aliases}
    for credited in ("Soldatkin", "Williams", "Trevelyan", "Nikolskyi"):
        assert not any(credited in alias for alias in aliases)


def test_a_couple_sharing_a_surname_stays_apart(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Valery Tsepkalo left the country in July, his aides said on Friday.",
            "b.txt": "Veronika Tsepkalo joined the campaign rally, her aides said on Friday.",
            "c.txt": "Veronika Tsapkala spoke at a rally. Tsepkalo said the vote was rigged.",
        },
    )
    valery = actor_of(archive, "a", "Valery Tsepkalo")
    veronika = actor_of(archive, "b", "Veronika Tsepkalo")
    assert valery != veronika
    assert actor_of(archive, "c", "Veronika Tsapkala") == veronika
    assert actor_of(archive, "c", "Tsepkalo") == veronika  # the nearest full name before it


@pytest.mark.parametrize(
    ("first", "second", "name", "other"),
    [
        # A surname alone joins the only person of that name in the archive.
        (
            "Kremlin spokesman Dmitry Peskov told reporters the talks had gone well.",
            "Peskov said on Friday that the talks had gone well for both sides.",
            "Dmitry Peskov",
            "Peskov",
        ),
        # A one-word organisation spelled two ways is one actor.
        (
            "The Viasna human rights centre said on Friday that two more were held.",
            "The Vyasna human rights centre counted 500 political prisoners.",
            "Viasna",
            "Vyasna",
        ),
        # French and German spellings join the English one with the same given name.
        (
            "President Alexander Lukashenko spoke on Friday. Lukashenko was calm.",
            "Alexandre Loukachenko a parlé vendredi. Loukachenko was calm.",
            "Alexander Lukashenko",
            "Alexandre Loukachenko",
        ),
        (
            "President Alexander Lukashenko spoke on Friday. Lukashenko was calm.",
            "Alexandre Loukachenko a parlé vendredi. Loukachenko was calm.",
            "Lukashenko",
            "Loukachenko",
        ),
        (
            "Activist Ales Bialiatski was sentenced to ten years on Friday.",
            "Der Aktivist Ales Bjaljazki wurde verurteilt, said a lawyer on Friday.",
            "Ales Bialiatski",
            "Ales Bjaljazki",
        ),
        (
            "Adviser Franak Viacorka said the talks had failed on Friday.",
            "Der Berater Franak Wjatschorka sagte, said a spokesman on Friday.",
            "Franak Viacorka",
            "Franak Wjatschorka",
        ),
        # A village unknown to the gazetteer, with and without its diacritics.
        (
            "Migrants camped in the forest near the Kuźnica crossing on Friday.",
            "The minister visited the village of Kuznica on Friday afternoon.",
            "Kuźnica",
            "Kuznica",
        ),
        # And in two transliterations.
        (
            "Lithuania says the Astravets nuclear plant is unsafe, officials said on Friday.",
            "The Astravyets nuclear power plant stands 50 km from the capital, he said.",
            "Astravets",
            "Astravyets",
        ),
        # A word the archive puts somewhere is that place, whatever its ending (-ov).
        (
            "He was moved to a penal colony in the town of Pokrov on Friday.",
            "Lawyers travelled to Pokrov, where the colony stands, on Friday.",
            "Pokrov",
            "Pokrov",
        ),
    ],
)
def test_another_spelling_in_another_article_is_the_same_actor(
    tmp_path, first, second, name, other
):
    archive = archive_of(tmp_path, {"a.txt": first, "b.txt": second})
    assert actor_of(archive, "b", other) == actor_of(archive, "a", name)


def test_acronyms_join_their_full_names(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The Central Election Commission (CEC) said turnout was high on Sunday.",
            "b.txt": "The CEC rejected every complaint, and the European Union objected.",
            "c.txt": "The EU said on Friday it would consider sanctions against officials.",
        },
    )
    assert actor_of(archive, "b", "CEC") == actor_of(archive, "a", "Central Election Commission")
    assert actor_of(archive, "c", "EU") == actor_of(archive, "b", "European Union")
    by_id = {a.id: a for a in archive.actors}
    assert by_id[actor_of(archive, "c", "EU")].name == "European Union"


REGISTRY = """\
- id: tsikhanouskaya
  name: Sviatlana Tsikhanouskaya
  type: person
  aliases: [Tikhanovskaya, Tichanovskaja]
  description: Opposition leader in exile since 2020.
  wikidata: Q96373439
"""


def test_registry_names_describe_and_absorb_spellings(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Svetlana Tikhanovskaya spoke in Vilnius, her aides said on Friday.",
            "b.txt": "Tichanovskaja said on Friday that she would return to the country.",
        },
        REGISTRY.split("- name: Alexander")[0],
    )
    actor = next(a for a in archive.actors if a.id == "tsikhanouskaya")
    assert actor.name == "Sviatlana Tsikhanouskaya"
    assert actor.description == "Opposition leader in exile since 2020."
    assert actor.articles == ("a", "b")
    assert {"Svetlana Tikhanovskaya", "Tichanovskaja", "Tikhanovskaya"} <= set(actor.aliases)


def test_registry_not_same_as_keeps_people_apart(tmp_path):
    registry = "- name: Veronika Tsepkalo\n  type: person\n  not_same_as: [Veronika Tsapkala]\n"
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Veronika Tsepkalo joined the rally, her aides said on Friday.",
            "b.txt": "Veronika Tsapkala, a namesake, said on Friday she was not involved.",
        },
        registry,
    )
    assert actor_of(archive, "a", "Veronika Tsepkalo") == "veronika-tsepkalo"
    assert actor_of(archive, "b", "Veronika Tsapkala") != "veronika-tsepkalo"


def test_registry_same_as_merges_an_automatic_actor(tmp_path):
    registry = "- name: Alexander Lukashenko\n  type: person\n  same_as: [Batka]\n"
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Alexander Lukashenko spoke to workers at a factory on Friday.",
            "b.txt": "Kremlin spokesman Batka said on Friday the talks went well.",
        },
        registry,
    )
    assert actor_of(archive, "b", "Batka") == "alexander-lukashenko"


def test_every_same_as_naming_no_actor_is_an_error_with_its_line(tmp_path):
    """Also for a registered actor the text never names; resolution goes on without them."""
    registry = (
        "- name: Alexander Lukashenko\n  type: person\n  same_as: [Nobody Known]\n"
        "- name: Maria Kalesnikava\n  type: person\n  same_as: [No One Either]\n"
    )
    archive = archive_of(tmp_path, {"a.txt": "Alexander Lukashenko spoke on Friday."}, registry)
    assert [str(error) for error in archive.registry_errors] == [
        f"{tmp_path / 'actors.yaml'}:{line}: same_as {name!r}: no actor with that id or "
        "spelling was found"
        for line, name in ((1, "Nobody Known"), (4, "No One Either"))
    ]
    assert actor_of(archive, "a", "Alexander Lukashenko") == "alexander-lukashenko"


def test_a_registered_actor_the_text_never_names_still_takes_its_same_as(tmp_path):
    registry = "- name: Maria Kalesnikava\n  type: person\n  same_as: [Kolesnikova]\n"
    archive = archive_of(
        tmp_path, {"a.txt": "Opposition figure Kolesnikova spoke on Friday."}, registry
    )
    assert archive.registry_errors == []
    assert actor_of(archive, "a", "Kolesnikova") == "maria-kalesnikava"


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("- name: A B\n  type: person\n  colour: red\n", 3, "unknown key 'colour'"),
        ("- name: A B\n  type: animal\n", 1, "type 'animal' is not one of"),
        (
            "- name: A B\n  type: person\n- name: C D\n  type: person\n  aliases: [A B]\n",
            3,
            "alias 'A B' is claimed by two actors",
        ),
        (
            "- name: A B\n  type: person\n- id: a-b\n  name: X Y\n  type: person\n",
            3,
            "id 'a-b' is already used",
        ),
        ("- type: person\n", 1, "actor has no 'name'"),
        ("- name: A B\n  type: person\n  aliases: 3\n", 3, "'aliases' must be a list"),
        ("name: A B\n", 1, "must be a list of actors"),
        ("- name: [unclosed\n", 1, "not valid YAML"),
    ],
)
def test_registry_errors_name_file_and_line(tmp_path, text, line, message):
    path = tmp_path / "actors.yaml"
    path.write_text(text)
    with pytest.raises(RegistryError, match=message) as error:
        load_registry(path)
    assert error.value.line == line
    assert str(error.value).startswith(f"{path}:{line}: ")


def test_every_problem_of_the_registry_is_listed_and_the_usable_actors_kept(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text(
        "- name: Anna Bell\n  type: persn\n  colour: red\n"
        "- name: Carl Dunn\n  type: person\n  aliases: [Dunn]\n"
        "- name: Eve Dunn\n  type: person\n  aliases: [Dunn]\n"
        "- name: Fay Gold\n  type: organization\n"
    )
    registry, errors = read_registry(path)
    assert [(error.line, error.message.split(" (")[0]) for error in errors] == [
        (1, "type 'persn' is not one of person, organization, place"),
        (3, "unknown key 'colour'"),
        (7, "alias 'Dunn' is claimed by two actors: 'carl-dunn'"),
    ]
    assert [actor.id for actor in registry.actors] == ["carl-dunn", "fay-gold"]
    with pytest.raises(RegistryError) as raised:
        load_registry(path)
    assert [str(error) for error in raised.value.every] == [
        f"{path}:{error.line}: {error.message}" for error in errors
    ]


def test_an_article_naming_no_one_has_no_mentions(tmp_path):
    archive = archive_of(tmp_path, {"a.txt": "Nothing here names anyone at all, it seems."})
    assert archive.actors == [] and archive.records[0].mentions == ()
    assert archive.problems == []


def test_registered_spellings_are_found_where_recognition_sees_no_name(tmp_path):
    registry = (
        "- id: lukashenko\n  name: Alexander Lukashenko\n  type: person\n  aliases: [Batka]\n"
        "- id: partisans\n  name: Cyber Partisans\n  type: organization\n"
        "  aliases: [cyber partisans]\n"
        "- id: bns\n  name: BNS\n  type: organization\n"
    )
    result = archive_of(
        tmp_path,
        {
            "a.txt": "Even loyal workers now call him Batka with some irony.",
            "b.txt": "A group calling itself the cyber partisans claimed the attack.",
            # In the dateline, the agency is metadata, not a mention.
            "c.txt": "VILNIUS (BNS) – The vote count was disputed again.",
        },
        registry,
    )
    assert [(m.text, m.actor) for r in result.records for m in r.mentions] == [
        ("Batka", "lukashenko"),
        ("cyber partisans", "partisans"),
    ]


def test_a_registered_spelling_inside_a_longer_name_is_not_cut_out(tmp_path):
    registry = "- id: viasna\n  name: Viasna\n  type: organization\n"
    result = archive_of(
        tmp_path,
        {"a.txt": "The Viasna Human Rights Centre said on Monday that it would appeal."},
        registry,
    )
    (record,) = result.records
    assert [m.text for m in record.mentions] == ["Viasna Human Rights Centre"]


def test_a_surname_with_particles_and_a_dotted_acronym_join_their_actors(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Commission President Ursula von der Leyen met UN officials on Friday.",
            "b.txt": "Von der Leyen told reporters the U.N. agreed. Ms von der Leyen left.",
        },
    )
    ursula = actor_of(archive, "a", "Ursula von der Leyen")
    assert actor_of(archive, "b", "Von der Leyen") == ursula
    assert actor_of(archive, "b", "von der Leyen") == ursula
    assert actor_of(archive, "b", "U.N.") == actor_of(archive, "a", "UN")
    assert not any(len(alias.rstrip(".")) == 1 for a in archive.actors for alias in a.aliases)


def test_a_masculine_surname_alone_skips_the_woman_named_nearest_before_it(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": (
                "Alexei Navalny died in prison, officials said. Officials refused to give "
                "the body to his mother, Lyudmila Navalnaya. Navalny was 47."
            ),
        },
    )
    assert actor_of(archive, "a", "Navalny") == actor_of(archive, "a", "Alexei Navalny")
    assert actor_of(archive, "a", "Lyudmila Navalnaya") != actor_of(archive, "a", "Navalny")


def test_a_one_word_organisation_is_one_actor_however_it_is_capitalised(tmp_path):
    texts = {
        "a.txt": "The NEXTA channel said on Friday that its editor had been detained.",
        "b.txt": "Nato said the Nexta channel had been declared extremist. NATO agreed.",
    }
    archive = archive_of(tmp_path, texts)
    by_actor = {}
    for record in archive.records:
        for mention in record.mentions:
            by_actor.setdefault(mention.actor, set()).add(mention.text)
    assert sorted(by_actor.values(), key=sorted) == [{"NATO", "Nato"}, {"NEXTA", "Nexta"}]


def test_a_word_no_evidence_calls_a_person_joins_one_only_by_a_close_spelling(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Lithuanian Interior Minister Agne Bilotaite said the border was calm.",
            "b.txt": "Baltic leaders met on Friday. Lukashenka was not invited to the meeting.",
            "c.txt": "Alexander Lukashenko spoke to workers at a factory on Friday morning.",
        },
    )
    bilotaite = next(a for a in archive.actors if a.name == "Agne Bilotaite")
    assert bilotaite.aliases == ("Agne Bilotaite",)
    assert actor_of(archive, "b", "Lukashenka") == actor_of(archive, "c", "Alexander Lukashenko")


def test_a_name_the_archive_types_as_an_organisation_is_one_wherever_nothing_says_person(
    tmp_path,
):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "He was the founder of the Viasna human rights centre, officials said.",
            "b.txt": '"He is punished for his name," said Viasna. Viasna members were searched.',
        },
    )
    (viasna,) = [a for a in archive.actors if a.name == "Viasna"]
    assert (viasna.type, viasna.mentions) == ("organization", 3)


def test_the_name_of_a_person_follows_the_surname_spelling_the_archive_uses_most(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Foreign Minister Siarhei Lavrou met his counterpart on Friday.",
            "b.txt": "Foreign Minister Sergey Lavrov said on Friday that talks would go on.",
            "c.txt": "Lavrov told reporters on Friday that talks would go on for weeks.",
        },
    )
    (lavrov,) = [a for a in archive.actors if a.type == "person"]
    assert (lavrov.name, lavrov.mentions) == ("Sergey Lavrov", 3)


def test_a_name_with_look_alike_letters_of_another_script_is_the_same_actor(tmp_path):
    spoofed = "\u0410le\u0445\u0430nd\u0435r Luk\u0430shenko"  # Cyrillic А, х, а, е and а
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Alexander Lukashenko spoke to workers at a factory on Friday.",
            "b.txt": f"{spoofed} said on Friday that the talks would go on for weeks.",
        },
    )
    assert actor_of(archive, "b", spoofed) == actor_of(archive, "a", "Alexander Lukashenko")
    (actor,) = archive.actors
    assert actor.name == "Alexander Lukashenko" and actor.aliases == ("Alexander Lukashenko",)


def test_the_presidents_office_is_the_office_of_the_president(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The President's Office denied the report on Thursday morning.",
            "b.txt": "Andriy Yermak, who heads the Office of the President, said so.",
        },
    )
    assert actor_of(archive, "a", "President's Office") == actor_of(
        archive, "b", "Office of the President"
    )


def test_a_father_and_son_sharing_a_surname_stay_apart_where_the_text_says_which(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": (
                "A court sentenced Pavel Kovalchuk, the son of jailed banker Ivan Kovalchuk, "
                "on Friday. Kovalchuk Jr. denied the charges. The elder Kovalchuk is in prison. "
                "Supporters of Kovalchuk senior came to the court. The younger Kovalchuk's "
                "lawyer said they would appeal."
            ),
            "b.txt": "Ivan Kovalchuk said he was proud of his son, his lawyer told reporters.",
            "c.txt": "Kovalchuk Jr. was moved to another prison on Monday, his lawyer said.",
        },
    )
    son, father = (
        actor_of(archive, "a", "Pavel Kovalchuk"),
        actor_of(archive, "a", "Ivan Kovalchuk"),
    )
    assert son != father
    texts = {m.text: m.actor for m in archive.records[0].mentions}
    assert texts["Kovalchuk Jr."] == son and texts["Kovalchuk senior"] == father
    spans = [(m.text, m.actor) for m in archive.records[0].mentions if m.text == "Kovalchuk"]
    assert spans == [("Kovalchuk", father), ("Kovalchuk", son)]  # the elder, the younger
    assert actor_of(archive, "c", "Kovalchuk Jr.") == son


def test_a_junior_the_article_names_no_further_is_not_the_father(tmp_path):
    archive = archive_of(
        tmp_path,
        {"a.txt": "Ivan Kovalchuk spoke on Friday. Kovalchuk Jr. was not at the meeting."},
    )
    assert actor_of(archive, "a", "Kovalchuk Jr.") != actor_of(archive, "a", "Ivan Kovalchuk")


def test_a_daughter_named_beside_her_father_is_the_woman_the_article_names(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Her ally Maria Kolesnikova has been held since February. Kolesnikova's "
            "father, Alexander Kolesnikov, told reporters he had received no letter from her."
        },
    )
    daughter = actor_of(archive, "a", "Maria Kolesnikova")
    assert actor_of(archive, "a", "Kolesnikova") == daughter
    assert actor_of(archive, "a", "Alexander Kolesnikov") != daughter


def test_the_parent_in_his_sons_story_is_the_person_the_article_names(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": (
                "The bloc froze the assets of President Ivan Kovalchuk on Friday. "
                "Kovalchuk's eldest son Pavel, his security adviser, was also listed."
            )
        },
    )
    assert actor_of(archive, "a", "Kovalchuk") == actor_of(archive, "a", "Ivan Kovalchuk")
    assert len(archive.actors) == 1


def test_an_acronym_defined_in_parentheses_joins_its_name(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The Interior Ministry (MVD) reported 120 detentions on Saturday night.",
            "b.txt": "The MVD said on Friday that the protests had been broken up.",
        },
    )
    assert actor_of(archive, "b", "MVD") == actor_of(archive, "a", "Interior Ministry")


def test_cyrillic_acronyms_join_their_latin_forms(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The CEC and the KGB did not comment on the report on Friday.",
            "b.txt": "В ЦИК и в КГБ от комментариев в пятницу отказались.",
        },
    )
    assert actor_of(archive, "b", "ЦИК") == actor_of(archive, "a", "CEC")
    assert actor_of(archive, "b", "КГБ") == actor_of(archive, "a", "KGB")


# Bodies named in the languages of the region's press, one article each.
OTHER_LANGUAGES = {
    "en.txt": "The OSCE and NATO did not comment on Friday, the UN said. The Kremlin said that"
    " the Prosecutor General's Office had opened a case, and the broadcaster Deutsche Welle"
    " reported that the Seimas in Vilnius debated the report.",
    "osze.txt": "Die Urteile wurden von der OSZE kritisiert, sagte ein Sprecher am Montag.",
    "osze-full.txt": "Die Organisation für Sicherheit und Zusammenarbeit in Europa kritisierte"
    " die Urteile, sagte ein Sprecher.",
    "obwe.txt": "Na wybory nie przyjechali obserwatorzy OBWE, a rzecznik NATO milczał.",
    "obse.txt": "На выборы не приехали наблюдатели ОБСЕ, сообщили в Вене.",
    "otan.txt": "Selon l'OTAN, la mission de l'ONU reste bloquée depuis des mois.",
    "kreml.txt": "Die Opposition hat das Urteil kritisiert, und der Kreml hat nicht reagiert,"
    " sagte ein Sprecher am Montag.",
    "genprokuratura.txt": "Как уточнили в Генпрокуратуре, дело передано в суд. Генпрокуратура "
    "отказалась от комментариев.",
    "welle.txt": "Die Sprecherin sagte der Deutschen Welle, das Urteil sei nicht gerecht, und"
    " die Regierung hat nicht reagiert.",
    "amt.txt": "Das Auswärtige Amt hat die Urteile kritisiert, und ein Sprecher des Auswärtigen"
    " Amtes sagte, die Regierung werde nicht schweigen.",
    "amts.txt": "Ein Sprecher des Auswärtigen Amts sagte, die Gefangenen seien nicht vergessen,"
    " und die Regierung habe mit der Familie gesprochen.",
}


@pytest.fixture(scope="module")
def other_languages(tmp_path_factory):
    return archive_of(tmp_path_factory.mktemp("other-languages"), OTHER_LANGUAGES)


def bodies(archive, *spellings: tuple[str, str]) -> set[tuple[str, str]]:
    """The (id, type) of the actor each (article, spelling) names, once each."""
    types = {a.id: a.type for a in archive.actors}
    return {(actor, types[actor]) for actor in (actor_of(archive, *s) for s in spellings)}


def test_international_bodies_are_one_body_by_their_acronyms_in_every_language(
    other_languages,
):
    """OSZE, OBWE, ОБСЕ are the OSCE, l'OTAN is NATO: a table of general knowledge."""
    german = ("osze-full", "Organisation für Sicherheit und Zusammenarbeit in Europa")
    osce = bodies(other_languages, ("en", "OSCE"), ("osze", "OSZE"), ("obwe", "OBWE"), german)
    assert len(osce) == 1 and osce == bodies(other_languages, ("obse", "ОБСЕ"))
    assert bodies(other_languages, ("en", "NATO"), ("otan", "OTAN")) == {("nato", "organization")}
    assert bodies(other_languages, ("en", "UN"), ("otan", "ONU")) == {("un", "organization")}
    assert {kind for _, kind in osce} == {"organization"}


def test_institutions_are_one_body_by_their_names_in_other_languages(other_languages):
    kremlin = bodies(other_languages, ("en", "Kremlin"), ("kreml", "Kreml"))
    office = bodies(
        other_languages,
        ("en", "Prosecutor General's Office"),
        ("genprokuratura", "Генпрокуратуре"),
        ("genprokuratura", "Генпрокуратура"),
    )
    assert (len(kremlin), len(office)) == (1, 1) and kremlin != office
    seimas = next(a for a in other_languages.actors if "Seimas" in a.aliases)
    assert (seimas.type, seimas.aliases) == ("organization", ("Seimas",))


def test_a_german_body_is_one_body_in_all_its_cases(other_languages):
    welle = bodies(other_languages, ("en", "Deutsche Welle"), ("welle", "Deutschen Welle"))
    amt = bodies(
        other_languages,
        ("amt", "Auswärtige Amt"),
        ("amt", "Auswärtigen Amtes"),
        ("amts", "Auswärtigen Amts"),
    )
    assert {kind for _, kind in welle | amt} == {"organization"}
    assert (len(welle), len(amt)) == (1, 1)


def test_names_in_a_headline_count_for_the_actors_the_story_names(tmp_path):
    (tmp_path / "a.txt").write_text(
        "Kalesnikava stays in Belarus as Kuleba confirms arrivals in Kyiv\n\n"
        "Opposition figure Maria Kolesnikova refused to leave the country on Tuesday, "
        "her allies said. Two other council members crossed the border into Ukraine.\n"
    )
    archive = process_files([tmp_path / "a.txt"], ["a.txt"])
    (record,) = archive.records
    kolesnikova = actor_of(archive, "a", "Maria Kolesnikova")
    assert [(m.text, m.actor) for m in record.title_mentions] == [("Kalesnikava", kolesnikova)]
    actor = next(a for a in archive.actors if a.id == kolesnikova)
    assert actor.mentions == 2 and "Kalesnikava" in actor.aliases
    # Named in the headline only: no actor, and never a link in the story.
    names = {alias for a in archive.actors for alias in a.aliases}
    assert not names & {"Kuleba", "Kyiv", "Belarus"}


def test_a_same_as_that_resolution_already_satisfies_is_no_error(tmp_path):
    registry = "- name: Central Election Commission\n  type: organization\n  same_as: [ЦИК]\n"
    archive = archive_of(
        tmp_path,
        {"a.txt": "The CEC said on Sunday that turnout was high. В ЦИК это подтвердили."},
        registry,
    )
    assert actor_of(archive, "a", "ЦИК") == actor_of(archive, "a", "CEC")


def test_a_given_name_alone_is_the_one_person_of_that_name_in_the_article(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Opposition figure Maria Kolesnikova was sentenced on Monday. "
            "Maria smiled at the cameras, her lawyer said.",
            "b.txt": "Alexander Lukashenko met Alexander Kolesnikov on Monday. "
            "Alexander said nothing.",
        },
    )
    assert actor_of(archive, "a", "Maria") == actor_of(archive, "a", "Maria Kolesnikova")
    record = next(r for r in archive.records if r.id == "b")
    assert "Alexander" not in {m.text for m in record.mentions}


def test_an_outlet_an_article_comes_from_is_an_organisation_when_told_something(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "MINSK, Aug 10 (Belapan) - Police detained 30 people, the ministry said.",
            "b.txt": "The minister told Belapan on Friday that the border would stay shut.",
        },
    )
    belapan = next(a for a in archive.actors if a.name == "Belapan")
    assert belapan.type == "organization"


def test_a_given_name_that_is_also_a_city_is_the_person_only_where_the_article_has_one(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "His girlfriend Sofia Sapega was moved to house arrest. "
            "Her mother said Sofia had called her from the flat.",
            "b.txt": "The ministers met in Sofia on Friday. Sofia hosted the talks.",
        },
    )
    assert actor_of(archive, "a", "Sofia") == actor_of(archive, "a", "Sofia Sapega")
    sofia = next(a for a in archive.actors if a.id == actor_of(archive, "b", "Sofia"))
    assert sofia.type == "place" and sofia.mentions == 2


def test_a_body_the_text_calls_a_countrys_is_not_another_countrys_of_that_name(tmp_path):
    stories = {
        "a.txt": "He now sits on Russia's Supreme Council. The Supreme Council met on Friday.",
        "b.txt": "In Belarus, the Supreme Council met on Friday to discuss the border.",
        "c.txt": "Georgia's Supreme Council denied the report on Thursday morning.",
    }
    records = archive_of(tmp_path, stories).records
    councils = [{m.actor for m in r.mentions if "Council" in m.text} for r in records]
    # One actor per article: the bare name in "a" is Russia's, named just before.
    assert [len(actors) for actors in councils] == [1, 1, 1]
    assert len(set.union(*councils)) == 3


def test_russian_names_of_bodies_are_one_actor_in_any_case(tmp_path):
    records = archive_of(
        tmp_path,
        {
            "a.txt": "В Кремле заявили, что Государственная дума соберется в понедельник.",
            "b.txt": "The Kremlin said on Friday that the State Duma would meet on Monday.",
            "c.txt": "Решение Государственной думы в Кремле не комментировали. Секретарь "
            "Центральной избирательной комиссии Иван Петров был краток.",
            "d.txt": "Глава ЦИК Иван Петров ответил журналистам в понедельник.",
        },
    ).records
    actors = [{m.text: m.actor for m in record.mentions} for record in records]
    assert actors[0]["Кремле"] == actors[1]["Kremlin"] == actors[2]["Кремле"]
    assert actors[0]["Государственная дума"] == actors[1]["State Duma"]
    assert actors[2]["Государственной думы"] == actors[1]["State Duma"]
    assert actors[2]["Центральной избирательной комиссии"] == actors[3]["ЦИК"]


def test_an_acronym_in_parentheses_before_or_after_a_name_is_its_spelling_archive_wide(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Workers at the Homel Glass Works (HGW) stopped two furnaces on Monday.",
            "b.txt": "On Tuesday BMZ (Baltic Metal Works) said that its exports had halved.",
            "c.txt": "Later in the week HGW confirmed the layoffs, and BMZ denied any.",
        },
    )
    glass = actor_of(archive, "a", "Homel Glass Works")
    metal = actor_of(archive, "b", "Baltic Metal Works")
    assert actor_of(archive, "a", "HGW") == actor_of(archive, "c", "HGW") == glass
    # Another language's acronym whose letters meet the name's initials only in part.
    assert actor_of(archive, "b", "BMZ") == actor_of(archive, "c", "BMZ") == metal
    assert glass != metal


@pytest.mark.parametrize(
    ("defined", "name", "inside"),
    [
        # No letter fits; two letters must both fit; an acronym another name spells out;
        # a news agency; a country; a person's party.
        ("The Budget Committee (PSL) met on Friday.", "Budget Committee", "PSL"),
        ("The Eastern Partnership Council (EU) met.", "Eastern Partnership Council", "EU"),
        ("The Economic Policy Council (EPA) met.", "Economic Policy Council", "EPA"),
        ("The Polish Border Guard (PAP) counted 40.", "Polish Border Guard", "PAP"),
        ("The Economic Policy Council (UK) met.", "Economic Policy Council", "UK"),
        ("Senator Jan Nowakowski (KPO) voted for it.", "Jan Nowakowski", "KPO"),
    ],
)
def test_a_parenthesised_word_the_name_does_not_abbreviate_is_not_its_spelling(
    tmp_path, defined, name, inside
):
    later = (
        "The Environmental Protection Agency (EPA), the PSL, PAP, the EU, the UK and KPO agreed."
    )
    archive = archive_of(tmp_path, {"a.txt": defined, "b.txt": later})
    assert actor_of(archive, "b", inside) != actor_of(archive, "a", name)


def test_a_foreign_name_in_russian_cases_is_one_actor_named_in_the_nominative(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Премьер встретился с Анджеем Дудой в среду. Визит Анджея Дуды "
            "продлится два дня, а с Адамом Дудой, его однофамильцем, встречи не будет.",
            "b.txt": "В четверг Анджей Дуда выступил в сейме, Томаш Новак его поддержал.",
            "c.txt": "Спикер поблагодарил Томаша Новака. С Томашем Новаком согласились все.",
        },
    )
    duda = actor_of(archive, "b", "Анджей Дуда")
    assert actor_of(archive, "a", "Анджеем Дудой") == actor_of(archive, "a", "Анджея Дуды") == duda
    assert actor_of(archive, "a", "Адамом Дудой") != duda
    novak = actor_of(archive, "b", "Томаш Новак")
    assert actor_of(archive, "c", "Томаша Новака") == actor_of(archive, "c", "Томашем Новаком")
    assert actor_of(archive, "c", "Томашем Новаком") == novak
    names = {a.id: a.name for a in archive.actors}
    assert (names[duda], names[novak]) == ("Анджей Дуда", "Томаш Новак")


def test_lacinka_case_forms_are_the_actor_of_every_other_spelling(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "President Alexander Lukashenko met Sviatlana Tsikhanouskaya's envoy.",
            "b.txt": "Alaksandar Łukašenka nie sustreŭsia z Śviatłanaj Cichanoŭskaj. Z "
            "Łukašenkam havaryŭ jaje muž Siarhiej Cichanoŭski, a paśla Cichanoŭskaj "
            "patelefanavaŭ pasoł. Prava Alaksandra Łukašenki nichto nie pryznaje.",
        },
    )
    lukashenko = actor_of(archive, "a", "Alexander Lukashenko")
    for spelling in ("Alaksandar Łukašenka", "Łukašenkam", "Alaksandra Łukašenki"):
        assert actor_of(archive, "b", spelling) == lukashenko, spelling
    wife = actor_of(archive, "b", "Śviatłanaj Cichanoŭskaj")
    assert actor_of(archive, "b", "Cichanoŭskaj") == wife
    assert actor_of(archive, "b", "Siarhiej Cichanoŭski") != wife


def test_a_given_name_in_russian_and_belarusian_forms_is_one_person_not_his_brother(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The minister's sons Mikalai Kavalenka and Viktar Kavalenka were there.",
            "b.txt": "Nikolai Kovalenko and his brother Dmitry Kovalenko left on Friday.",
        },
    )
    mikalai = actor_of(archive, "a", "Mikalai Kavalenka")
    assert actor_of(archive, "b", "Nikolai Kovalenko") == mikalai
    others = {
        actor_of(archive, "a", "Viktar Kavalenka"),
        actor_of(archive, "b", "Dmitry Kovalenko"),
    }
    assert mikalai not in others and len(others) == 2


def test_a_place_named_by_its_street_is_that_street_unless_the_name_is_a_known_place(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Relatives waited outside the jail on Valadarskaha Street on Monday.",
            "b.txt": "The jail located at Valadarskaha was full again on Tuesday.",
            "c.txt": "Police closed Moscow Avenue on Friday. Officials in Moscow said so.",
        },
    )
    street = actor_of(archive, "a", "Valadarskaha Street")
    assert actor_of(archive, "b", "Valadarskaha") == street
    assert actor_of(archive, "c", "Moscow") != actor_of(archive, "c", "Moscow Avenue")


def test_a_given_name_beside_a_declined_surname_gives_its_person_no_gender(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Reżim Aleksandra Łukaszenki nie ustępuje, mówią analitycy z Wilna.",
            "b.txt": "President Alexander Lukashenko spoke to workers on Friday.",
            "c.txt": "His daughter-in-law Alexandra Lukashenko was not there on Friday.",
        },
    )
    father = actor_of(archive, "b", "Alexander Lukashenko")
    assert actor_of(archive, "a", "Aleksandra Łukaszenki") == father
    assert actor_of(archive, "c", "Alexandra Lukashenko") != father


def test_a_bare_surname_after_a_relative_is_the_person_whose_relative_he_is(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": (
                "President Ivan Kovalchuk arrived with his son Pavel Kovalchuk on Monday. "
                "Kovalchuk, who has ruled the country since 1994, said the talks went well."
            ),
            "b.txt": (
                "Valery Marchenko left the country in July. His wife Veronika Marchenko "
                "stayed behind. Marchenko said on Friday he would not return."
            ),
            "c.txt": "Her son Pavel Kovalchuk was detained on Monday. Kovalchuk denied it.",
            "d.txt": (
                "Her father Oleg Kovalchuk was not let in. Kovalchuk said he was ready. "
                "The prosecutor, Ivan Kovalchuk, asked for twelve years."
            ),
        },
    )
    ivan, pavel = (
        actor_of(archive, "a", "Ivan Kovalchuk"),
        actor_of(archive, "a", "Pavel Kovalchuk"),
    )
    assert ivan != pavel and actor_of(archive, "a", "Kovalchuk") == ivan
    assert actor_of(archive, "b", "Marchenko") == actor_of(archive, "b", "Valery Marchenko")
    # With no one else of the surname named before it, the relative is whom it means.
    assert actor_of(archive, "c", "Kovalchuk") == pavel
    assert actor_of(archive, "d", "Kovalchuk") == actor_of(archive, "d", "Oleg Kovalchuk")


def test_a_bare_surname_beside_only_a_relative_is_the_archives_main_bearer(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Ivan Kovalchuk spoke on Monday. Ivan Kovalchuk then met the governors.",
            "b.txt": (
                "Kovalchuk named his son Pavel Kovalchuk as a security adviser on Monday. "
                "Kovalchuk said the choice was about experience."
            ),
        },
    )
    ivan, pavel = (
        actor_of(archive, "a", "Ivan Kovalchuk"),
        actor_of(archive, "b", "Pavel Kovalchuk"),
    )
    assert ivan != pavel
    bare = [m.actor for m in archive.records[1].mentions if m.text == "Kovalchuk"]
    assert bare == [ivan, ivan]


def test_a_prize_named_after_a_person_is_not_a_mention_of_him(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The prize was founded by the will of Alfred Nobel. Nobel died in 1896.",
            "b.txt": "The Nobel laureate Ivan Kovalchuk and a Nobel Prize winner met on Friday.",
        },
    )
    nobel = next(a for a in archive.actors if a.name == "Alfred Nobel")
    assert nobel.articles == ("a",) and nobel.mentions == 2


def test_a_bare_body_is_the_archives_one_body_of_that_name_a_country_has(tmp_path):
    one, several, russias = tmp_path / "one", tmp_path / "several", tmp_path / "russias"
    one.mkdir(), several.mkdir(), russias.mkdir()
    court = "The Supreme Court of Belarus rejected the appeal on Thursday."
    bare = "The Supreme Court dissolved the association of journalists in 2021."
    archive = archive_of(
        one,
        {
            "a.txt": court,
            "b.txt": bare,
            "c.txt": "The Interior Ministry of Belarus said the Central Election Commission met.",
            "d.txt": "The Interior Ministry said 200 people were held on Sunday evening.",
        },
    )
    assert actor_of(archive, "b", "Supreme Court") == actor_of(
        archive, "a", "Supreme Court of Belarus"
    )
    assert actor_of(archive, "d", "Interior Ministry") == actor_of(
        archive, "c", "Interior Ministry of Belarus"
    )
    # Where the archive has several countries' courts, the bare one may be any of them.
    ukraine = "The Supreme Court of Ukraine upheld the sentence on Friday morning."
    archive = archive_of(several, {"a.txt": court, "b.txt": bare, "c.txt": ukraine})
    courts = [r.mentions[0].actor for r in archive.records]
    assert len(set(courts)) == 3
    # A body the archive names only as a country's ("Russia's") is no bare name's.
    possessive = "Russia's Supreme Court upheld the sentence on Friday morning."
    archive = archive_of(russias, {"a.txt": possessive, "b.txt": bare})
    assert len({r.mentions[-1].actor for r in archive.records}) == 2


def test_a_french_body_joins_its_acronym_by_the_initials_of_its_words(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The OSCE said on Friday that it had not been invited to observe the vote.",
            "b.txt": "L'Organisation pour la sécurité et la coopération en Europe a protesté.",
        },
    )
    assert actor_of(archive, "b", "Organisation pour la sécurité et la coopération en Europe") == (
        actor_of(archive, "a", "OSCE")
    )


def test_an_acronym_followed_by_a_country_in_the_genitive_is_that_countrys_body(tmp_path):
    records = archive_of(
        tmp_path,
        {
            "a.txt": "В МИД России заявили, что визит ничего не изменит. В МИД добавили, что ждут.",
            "b.txt": "Глава МИД Белоруссии отказался от комментариев в понедельник.",
            "c.txt": "The KGB of Belarus said on Friday that two men had been detained.",
            "d.txt": "Вчера сотрудники КГБ Белоруссии задержали двоих. The KGB confirmed it.",
        },
    ).records
    actors = [[(m.text, m.actor) for m in r.mentions if m.type == "organization"] for r in records]
    (russia, bare), (belarus,) = actors[0], actors[1]
    assert bare[1] == russia[1] != belarus[1]  # the bare one is the article's country's
    assert actors[2][0][1] == actors[3][0][1] == actors[3][1][1]  # the KGB is one, as before


def test_a_country_in_french_or_lacinka_is_the_country_and_a_body_before_it_its_body(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "The opposition leader moved to Lithuania in August, her aides said.",
            "b.txt": "Elle a trouvé refuge en Lituanie, selon les médias de la région.",
            "c.txt": "Cichanoŭskaja sustrełasia z deputatami Sejma Litvy. Sakratar Sejma "
            "Andrius Mazuronis skazaŭ, što Litva budzie padtrymlivać apazicyju.",
        },
    )
    lithuania = actor_of(archive, "a", "Lithuania")
    for article, spelling in [("b", "Lituanie"), ("c", "Litvy"), ("c", "Litva")]:
        assert actor_of(archive, article, spelling) == lithuania, spelling
    record = next(r for r in archive.records if r.id == "c")
    assert {(m.actor, m.type) for m in record.mentions if m.text == "Sejma"} == {
        ("sejma", "organization")
    }


def test_a_german_genitive_is_the_person_it_names(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Maria Kolesnikowa sitzt seit einem Jahr in Haft, und ihr Vater Alexander"
            " Kolesnikow hat der Kanzlerin einen Brief geschrieben. Kolesnikowas Vater sagte,"
            " seine Tochter habe nichts verbrochen, und Kolesnikows Anwalt stimmte zu.",
        },
    )
    record = archive.records[0]
    daughter, father = (
        actor_of(archive, "a", "Maria Kolesnikowa"),
        actor_of(archive, "a", "Alexander Kolesnikow"),
    )
    assert [(m.text, m.actor) for m in record.mentions] == [
        ("Maria Kolesnikowa", daughter),
        ("Alexander Kolesnikow", father),
        ("Kolesnikowa", daughter),
        ("Kolesnikow", father),
    ]


# Russian names in the shapes of Russian papers and documents, one article each.
RUSSIAN = {
    "full.txt": "Президент Александр Лукашенко подписал указ во вторник, сообщили в пресс-службе.",
    "initials.txt": "Документ, подписанный Лукашенко А.Г., вступает в силу со дня опубликования,"
    " а Лукашенко В.А. его не комментировал.",
    "sovbeza.txt": "Зампред Совбеза Дмитрий Медведев написал в Telegram, что визит ничего не"
    " изменит.",
    "sovbez.txt": "Вчера Совбез собрался на заседание, сообщили журналистам в пятницу.",
    "secretary.txt": "Секретарь Совбеза Николай Патрушев заявил, что угрозы растут.",
    "trubetskoy-en.txt": "Prince Sergei Trubetskoy returned to Moscow on Friday, his aides said.",
    "trubetskoy.txt": "Князь Сергей Трубецкой вернулся в Москву в пятницу. Вчера Трубецкой"
    " сказал журналистам, что устал.",
    "zaslavskaya.txt": "Журналистка Ольга Заславская приехала в Минск. Встречу с Заславской"
    " отменили, а Сергей Заславский уехал.",
}


@pytest.fixture(scope="module")
def russian(tmp_path_factory):
    return archive_of(tmp_path_factory.mktemp("russian"), RUSSIAN)


def test_a_surname_with_initials_after_it_joins_the_full_name(russian):
    president = actor_of(russian, "full", "Александр Лукашенко")
    assert actor_of(russian, "initials", "Лукашенко А.Г.") == president
    assert actor_of(russian, "initials", "Лукашенко В.А.") != president


def test_a_russian_name_typed_in_one_case_is_typed_in_every_case(russian):
    council = actor_of(russian, "sovbeza", "Совбеза")
    assert actor_of(russian, "sovbez", "Совбез") == council
    assert actor_of(russian, "secretary", "Совбеза") == council


def test_a_russian_masculine_surname_in_skoy_is_a_man_not_a_womans_case_form(russian):
    man = actor_of(russian, "trubetskoy-en", "Sergei Trubetskoy")
    assert actor_of(russian, "trubetskoy", "Сергей Трубецкой") == man
    assert actor_of(russian, "trubetskoy", "Трубецкой") == man
    woman = actor_of(russian, "zaslavskaya", "Ольга Заславская")
    assert actor_of(russian, "zaslavskaya", "Заславской") == woman
    assert actor_of(russian, "zaslavskaya", "Сергей Заславский") != woman


def test_a_russian_feminine_surname_in_a_case_form_is_the_wife_not_the_husband(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Жена блогера Ольга Зарецкая выступила в Гродно, сообщили в штабе.",
            "b.txt": "Муж Зарецкой, журналист Игорь Зарецкий, задержан в мае. "
            "Следователи оставили Зарецкого под стражей, а Зарецкую вызвали на допрос.",
        },
    )
    wife = actor_of(archive, "a", "Ольга Зарецкая")
    husband = actor_of(archive, "b", "Игорь Зарецкий")
    assert wife != husband
    assert actor_of(archive, "b", "Зарецкой") == wife
    assert actor_of(archive, "b", "Зарецкую") == wife
    assert actor_of(archive, "b", "Зарецкого") == husband


def test_a_page_is_named_in_the_nominative_a_polish_case_form_rebuilt(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Delegacja spotkała się w piątek z ministrem Tomaszem Wierzbickim.",
            "b.txt": "Wierzbicki zapowiedział, że rozmowy będą kontynuowane w maju.",
        },
    )
    actor = next(a for a in archive.actors if "Tomaszem Wierzbickim" in a.aliases)
    assert actor.name == "Tomasz Wierzbicki"
    assert actor_of(archive, "b", "Wierzbicki") == actor.id


@pytest.mark.parametrize(
    ("declined", "bare", "nominative"),
    [
        ("prezydentem Andrzejem Dudą", "Duda", "Andrzej Duda"),
        ("liderką Swiatłaną Cichanouską", "Cichanouska", "Swiatłana Cichanouska"),
    ],
)
def test_a_page_is_named_in_the_nominative_an_a_stem_case_form_rebuilt(
    tmp_path, declined, bare, nominative
):
    """Polish accusative and instrumental forms replace a noun's "-a" ("Dudą", "Dudę")."""
    archive = archive_of(
        tmp_path,
        {
            "a.txt": f"Delegacja spotkała się w piątek z {declined} w Warszawie.",
            "b.txt": f"{bare} zapowiedział, że rozmowy będą kontynuowane w maju.",
        },
    )
    actor = next(a for a in archive.actors if declined.split(maxsplit=1)[1] in a.aliases)
    assert actor.name == nominative
    assert actor_of(archive, "b", bare) == actor.id


def test_a_page_is_named_by_a_nominative_spelling_over_a_case_form(tmp_path):
    archive = archive_of(
        tmp_path,
        {
            "a.txt": "Delegacja spotkała się w piątek z ministrem Tomaszem Wierzbickim.",
            "b.txt": "Minister Tomasz Wierzbicki zapowiedział, że rozmowy będą trwały.",
        },
    )
    actor = next(a for a in archive.actors if "Tomaszem Wierzbickim" in a.aliases)
    assert actor.name == "Tomasz Wierzbicki"
