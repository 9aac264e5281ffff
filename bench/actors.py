"""The cast of a synthetic archive: generated people, organisations and places.

Every actor carries its spelling in each romanisation scheme, so one person
appears as Kovalenko / Kovalenka / Kowalenko across the archive, and couples share
a surname with gendered endings. How often an actor is mentioned follows a
Zipf-like law, as in real archives where a few figures dominate.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass

from .names import (
    FEMALE_GIVEN,
    LITHUANIAN_SURNAMES,
    MALE_GIVEN,
    ORG_BODIES,
    ORG_QUALIFIERS,
    OTHER_FEMALE_GIVEN,
    OTHER_MALE_GIVEN,
    PLACES,
    POLISH_SURNAMES,
    ROLES,
    SCHEMES,
    SURNAME_ENDINGS,
    SURNAME_ROOTS,
    WESTERN_SURNAMES,
    acronym,
    lithuanian_wife,
    spell_surname,
    without_diacritics,
)

PEOPLE = 300
ORGANISATIONS = 60
COUPLE_SHARE = 0.12
PRESIDENTS = 3
# Zipf exponent for how often actors are mentioned: a few figures dominate.
POPULARITY_EXPONENT = 0.9
# Nationalities of generated people and how common each is in the archive.
NATIONALITIES = {"by": 0.45, "ru": 0.3, "other": 0.25}

# One spelling per romanisation scheme, in the order of `names.SCHEMES`.
Spellings = tuple[str, ...]


@dataclass(frozen=True)
class Person:
    """A generated person; `given` and `surname` hold one spelling per scheme."""

    id: str
    female: bool
    given: Spellings
    surname: Spellings
    role: str
    title: str | None
    spouse: str | None = None

    @property
    def name(self) -> str:
        return f"{self.given[0]} {self.surname[0]}"


@dataclass(frozen=True)
class Organisation:
    id: str
    name: str
    acronym: str


@dataclass(frozen=True)
class Place:
    id: str
    forms: Spellings

    @property
    def name(self) -> str:
        return self.forms[0]


@dataclass(frozen=True)
class Pool:
    """Everyone and everything the archive's articles can mention, with weights."""

    people: tuple[Person, ...]
    person_weights: tuple[float, ...]
    organisations: tuple[Organisation, ...]
    organisation_weights: tuple[float, ...]
    places: tuple[Place, ...]
    place_weights: tuple[float, ...]
    journalists: tuple[str, ...]

    def person(self, person_id: str) -> Person:
        return next(p for p in self.people if p.id == person_id)

    def actor_table(self) -> dict[str, dict[str, str]]:
        """Actor id -> canonical name and type: the truth file's actor list."""
        table = {p.id: {"name": p.name, "type": "person"} for p in self.people}
        table.update({o.id: {"name": o.name, "type": "organization"} for o in self.organisations})
        table.update({p.id: {"name": p.name, "type": "place"} for p in self.places})
        return table


def make_pool(seed: int | str, people: int = PEOPLE, organisations: int = ORGANISATIONS) -> Pool:
    """The cast for `seed`: the same seed always gives the same actors."""
    rng = random.Random(f"{seed}:pool")
    cast = _people(rng, people)
    person_weights = _zipf_weights(rng, len(cast))
    cast = _with_presidents(cast, person_weights)
    orgs = _organisations(rng, organisations)
    places = tuple(
        Place(f"place-{name.lower().replace(' ', '-')}", _place_forms(name, other))
        for name, other in PLACES
    )
    journalists = tuple(p.name for p in _people(rng, 40))
    return Pool(
        people=cast,
        person_weights=person_weights,
        organisations=orgs,
        organisation_weights=_zipf_weights(rng, len(orgs)),
        places=places,
        place_weights=tuple(1 / (rank + 1) ** POPULARITY_EXPONENT for rank in range(len(places))),
        journalists=journalists,
    )


def _zipf_weights(rng: random.Random, count: int) -> tuple[float, ...]:
    ranks = list(range(count))
    rng.shuffle(ranks)
    return tuple(1 / (rank + 1) ** POPULARITY_EXPONENT for rank in ranks)


def _place_forms(name: str, other: dict[str, str]) -> Spellings:
    return tuple(other.get(scheme, name) for scheme in SCHEMES)


def _people(rng: random.Random, count: int) -> tuple[Person, ...]:
    """`count` people, some of them couples sharing a surname; a few presidents."""
    made: list[Person] = []
    taken: set[tuple[str, str]] = set()
    while len(made) < count:
        nationality = rng.choices(list(NATIONALITIES), list(NATIONALITIES.values()))[0]
        couple = rng.random() < COUPLE_SHARE and len(made) + 2 <= count
        surnames = _surnames(rng, nationality, {s for _, s in taken})
        genders = (False, True) if couple else (rng.random() < 0.4,)
        members = []
        for female in genders:
            given = _given(rng, nationality, female)
            surname = surnames[1] if female else surnames[0]
            if (given[0], surname[0]) in taken:
                break
            taken.add((given[0], surname[0]))
            role, title = rng.choice(ROLES[1:])
            person_id = f"person-{len(made) + len(members):03d}"
            members.append(Person(person_id, female, given, surname, role, title))
        if couple and len(members) == 2:
            husband, wife = members
            members = [_married(husband, wife.id), _married(wife, husband.id)]
        made.extend(members)
    return tuple(made)


def _married(person: Person, spouse: str) -> Person:
    return dataclasses.replace(person, spouse=spouse)


def _with_presidents(people: tuple[Person, ...], weights: tuple[float, ...]) -> tuple[Person, ...]:
    """The most mentioned people are heads of state, as in real archives."""
    top = sorted(range(len(people)), key=lambda index: -weights[index])[:PRESIDENTS]
    role, title = ROLES[0]
    return tuple(
        dataclasses.replace(p, role=role, title=title) if index in top else p
        for index, p in enumerate(people)
    )


def _given(rng: random.Random, nationality: str, female: bool) -> Spellings:
    """A given name's spelling per scheme."""
    if nationality == "other":
        name = rng.choice(OTHER_FEMALE_GIVEN if female else OTHER_MALE_GIVEN)
        return _diacritics_dropped_when_loose(name)
    forms = rng.choice(FEMALE_GIVEN if female else MALE_GIVEN).split()
    return _russians_stay_russian(tuple(forms), nationality)


def _surnames(rng: random.Random, nationality: str, used: set[str]) -> tuple[Spellings, Spellings]:
    """(masculine, feminine) surname spellings per scheme; prefers unused surnames."""
    for _attempt in range(3):
        male, female = _surname_pair(rng, nationality)
        if male[0] not in used:
            break
    return male, female


def _surname_pair(rng: random.Random, nationality: str) -> tuple[Spellings, Spellings]:
    if nationality == "other":
        male, female = _other_surname_pair(rng)
        return _diacritics_dropped_when_loose(male), _diacritics_dropped_when_loose(female)
    root = rng.choice(SURNAME_ROOTS)
    male_ending, female_ending = rng.choice(SURNAME_ENDINGS)
    return (
        _slavic_surname(root + male_ending, nationality),
        _slavic_surname(root + female_ending, nationality),
    )


def _slavic_surname(russian_style: str, nationality: str) -> Spellings:
    spellings = tuple(spell_surname(russian_style, scheme) for scheme in SCHEMES)
    return _russians_stay_russian(spellings, nationality)


def _other_surname_pair(rng: random.Random) -> tuple[str, str]:
    """(masculine, feminine): Lithuanian -as/-ienė, Polish -ski/-ska, or one form."""
    kind = rng.randrange(3)
    if kind == 0:
        male = rng.choice(LITHUANIAN_SURNAMES)
        return male, lithuanian_wife(male)
    if kind == 1:
        return rng.choice(POLISH_SURNAMES)
    name = rng.choice(WESTERN_SURNAMES)
    return name, name


def _russians_stay_russian(forms: Spellings, nationality: str) -> Spellings:
    """Belarusian romanisation applies to Belarusians; a Russian keeps the Russian form."""
    if nationality != "ru":
        return forms
    by = SCHEMES.index("by")
    return (*forms[:by], forms[0], *forms[by + 1 :])


def _diacritics_dropped_when_loose(name: str) -> Spellings:
    return tuple(without_diacritics(name) if s == "loose" else name for s in SCHEMES)


def _organisations(rng: random.Random, count: int) -> tuple[Organisation, ...]:
    combos = [(q, b) for q in ORG_QUALIFIERS for b in ORG_BODIES]
    chosen = rng.sample(combos, min(count, len(combos)))
    return tuple(
        Organisation(f"org-{index:02d}", f"{q} {b}", acronym(f"{q} {b}"))
        for index, (q, b) in enumerate(chosen)
    )
