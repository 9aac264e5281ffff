"""Stage 5, resolve: every mention, archive-wide, to one actor.

People: full names group by the surname's transliteration-proof skeleton,
its grammatical gender and compatible given names, so Tikhanovskaya,
Tsikhanouskaya and Tichanovskaja are one woman and her husband Tichanovski
another. A surname alone, an initial or "Mr." joins the full name used
nearest before it in the same article, else the only (or most mentioned)
compatible person in the archive. Organisations join by name and by
acronym ("Central Election Commission (CEC)", "European Union" ~ "EU");
places by the gazetteer's name. The registry's names, aliases, `same_as`
and `not_same_as` come first. This is the one archive-wide stage: it is a
pass over mentions with dictionary look-ups, cheap at any archive size.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import cache

from anyascii import anyascii

from .model import TITLE_BLOCK, Actor, ArticleRecord, Mention, NameMention
from .names import (
    ascii_lower,
    declined_words,
    foreign_skeletons,
    genders_compatible,
    given_compatible,
    given_gender,
    name_keys,
    nominative_of,
    nominative_script,
    russian_stem,
    skeleton,
    surname_gender,
)
from .recognise import (
    COUNTRY_OF,
    GIVEN_ALONE,
    RELATIVE,
    given_nominative,
    is_acronym,
    is_given_name,
)
from .recognise.places import place_name
from .recognise.vocabulary import (
    ACRONYMS_IN_ENGLISH,
    INSTITUTIONS_IN_ENGLISH,
    NEWS_OUTLETS,
    STREET_HEADS,
)
from .registry import EMPTY_REGISTRY, RegisteredActor, Registry, RegistryError
from .slugs import slugify

# How alike (difflib's ratio of the ASCII spellings) a word no evidence calls a person must
# be to a surname already seen to join that person: transliterations measure 0.7 and more.
SPELLING_SIMILARITY = 0.6
# Small words an acronym leaves out, in English, French, German and Polish ("Organisation
# pour la sécurité et la coopération en Europe" is the OSCE, "Organizacja Bezpieczeństwa i
# Współpracy w Europie" the OBWE).
_ORG_CONNECTORS = frozenset(
    "of for and the in on de & pour sur des du la le les et en aux au d l fur und i w".split()
)
_ACRONYM_OF_PLACE = re.compile(r"^([A-ZА-Я][A-ZА-Я0-9&]{1,5}) of\b")
# "central election commission of belarus": the part before names the body.
_OF_PLACE = re.compile(r" of [a-z ]+$")
# "the Republic of Belarus" is Belarus.
_STATE_FORM = re.compile(r"^(?:the )?(?:Republic|Kingdom|Principality|Grand Duchy) of ", re.I)
# "the President's Office" is "the Office of the President".
_HOLDERS_OFFICE = re.compile(r"^(.+?)(?:'s|’s) (\w+)$")
# A name in Russian words, not an acronym ("Кремле", "Верховный суд"; not "ЦИК").
_RUSSIAN_WORDS = re.compile(r"[А-ЯЁ][а-яё-]+(?: [А-ЯЁа-яё][а-яё-]+)*")
_PARENTHESIS = re.compile(r" ?\(")
_WORDS = re.compile(r"[^\W\d_]+")
# Letters transliterations swap: Komitet/Committee, Wolny/Volny, Jurij/Yuri/Iurii.
_SWAPPED_LETTERS = str.maketrans("CWYJ", "KVII")


@dataclass
class _Cluster:
    number: int
    kind: str
    key: str
    gender: str | None = None
    registered: RegisteredActor | None = None
    mentions: list[NameMention] = field(default_factory=list)
    givens: list[str] = field(default_factory=list)
    # given names seen only beside a declined surname: maybe in a case, so of no gender
    declined_givens: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)  # as written, for `spelled_like`

    def accepts(self, mention: NameMention) -> bool:
        """Whether a person mention can be this cluster's person."""
        if not genders_compatible(self.gender, mention.gender):
            return False
        if self.registered and _listed(mention.text, self.registered.not_same_as):
            return False
        declined = not nominative_script(mention.surname or "")
        return all(
            given_compatible(given, mention.given, declined or given in self.declined_givens)
            for given in self.givens
        )

    def spelled_like(self, surname: str) -> bool:
        """Whether a word is close to a spelling of this person's surname, not only
        alike in skeleton ("Baltic" is not "Bilotaite", "Lukashenka" is "Lukashenko")."""
        written = self.surnames
        if self.registered:
            written = written | {name.split()[-1] for name in self.registered.spellings}
        return any(_spelled_alike(surname, other) for other in written)

    def add(self, mention: NameMention) -> None:
        self.append(mention)
        if _full(mention) and mention.given not in self.givens:
            self.givens.append(mention.given)
            if not nominative_script(mention.surname or ""):
                self.declined_givens.add(mention.given)
        elif _full(mention) and nominative_script(mention.surname or ""):
            self.declined_givens.discard(mention.given)
        self.gender = self.gender or mention.gender

    def append(self, mention: NameMention) -> None:
        self.mentions.append(mention)
        if mention.surname:
            self.surnames.add(mention.surname)


@cache
def _spelled_alike(a: str, b: str) -> bool:
    """Pairs recur across an archive; difflib's ratio is the costly part of resolving."""
    return SequenceMatcher(None, ascii_lower(a), ascii_lower(b)).ratio() >= SPELLING_SIMILARITY


@dataclass
class Resolution:
    actors: list[Actor]
    mentions: dict[str, tuple[Mention, ...]]  # article id -> its mentions, in text order
    # Names neither the text nor the archive could type: left out, or put to the model.
    unplaced: list[NameMention] = field(default_factory=list)
    title_mentions: dict[str, tuple[Mention, ...]] = field(default_factory=dict)
    # A registered `same_as` that names no actor: the registry needs correcting.
    registry_errors: list[RegistryError] = field(default_factory=list)


def resolve(
    records: list[ArticleRecord],
    found: dict[str, list[NameMention]],
    registry: Registry = EMPTY_REGISTRY,
) -> Resolution:
    """Cluster every mention into actors, the registry's corrections applied."""
    people = _People(registry)
    others = _Others(registry)
    ordered = [m for record in records for m in found.get(record.id, ())]
    aliased = registry.by_alias()
    typed_elsewhere = _organizations_and_places(ordered) | _outlets(records)
    undecided: list[NameMention] = []
    given_alone: list[NameMention] = []
    others.name_countries_bodies(ordered)
    for mention in ordered:
        registered = aliased.get(mention.text.casefold())
        kind = mention.kind
        elsewhere = typed_elsewhere.get(mention.text, typed_elsewhere.get(_any_case(mention.text)))
        if kind not in ("organization", "place") and not _says_person(mention, elsewhere):
            kind = elsewhere or kind
        if GIVEN_ALONE in mention.evidence:
            given_alone.append(mention)
        elif registered is not None:
            people.add_registered(mention, registered) if registered.type == "person" else (
                others.add(mention, registered.type, registered)
            )
        elif mention.kind == "person" and _full(mention):
            people.add_full(mention)
        elif kind in ("organization", "place"):
            others.add(mention, kind)
        else:
            undecided.append(mention)
    people.index_articles()
    people.index_bare_surnames(undecided)
    for mention in given_alone:
        if not people.add_given_alone(mention) and mention.kind == "place":
            others.add(mention, "place")
    for mention in undecided:
        if mention.kind == "person":
            people.add_partial(mention, create=True)
    unplaced = [
        mention
        for mention in undecided
        if mention.kind is None
        and not people.add_partial(mention, create=False)
        and mention.block != TITLE_BLOCK  # the model reads story paragraphs only
    ]
    others.link_acronyms(records, ordered)
    others.link_place_spellings()
    others.link_street_names()
    others.link_country_bodies()
    others.link_word_spellings()
    others.link_declined_names()
    clusters, dangling = _apply_same_as([*people.clusters(), *others.clusters()], registry)
    return replace(
        _build(records, _named_in_the_story(clusters), registry),
        unplaced=unplaced,
        registry_errors=dangling,
    )


def _named_in_the_story(clusters: list[_Cluster]) -> list[_Cluster]:
    """Names in a headline count for an actor the same article's story names too; a
    headline alone names no one (its capitals and shortened wording mislead)."""
    kept = []
    for cluster in clusters:
        in_story = {m.article for m in cluster.mentions if m.block != TITLE_BLOCK}
        cluster.mentions = [
            m for m in cluster.mentions if m.block != TITLE_BLOCK or m.article in in_story
        ]
        if cluster.mentions:
            kept.append(cluster)
    return kept


def _written(records: dict[str, ArticleRecord], mention: NameMention) -> str:
    """The text a mention's offsets point into: its block's, or the headline."""
    record = records[mention.article]
    return record.title if mention.block == TITLE_BLOCK else record.blocks[mention.block].text


def _organizations_and_places(mentions: list[NameMention]) -> dict[str, str]:
    """Each name the text types as an organisation or place somewhere in the archive; an
    organisation's in any case too (see `_any_case`)."""
    return {
        _any_case(m.text) if m.kind == "organization" else m.text: m.kind
        for m in mentions
        if m.kind in ("organization", "place")
    }


def _any_case(name: str) -> str:
    """A one-word Russian name by its stem, and a name of several Latin words without
    their German case endings, so that the text typing a body in one case types it in
    every case ("Зампред Совбеза Дмитрий Медведев" ... "Совбез собрался"; "die Deutsche
    Welle" ... "der Deutschen Welle"). Not a place: the gazetteer reads its cases, and an
    adjective shares its stem ("Минского тракторного завода" is no "Минске")."""
    if " " in name:
        return name if _CYRILLIC.search(name) else _uninflected(name.casefold())
    return russian_stem(name) if _RUSSIAN_WORDS.fullmatch(name) else name


# German declines a body's adjectives and its head noun's genitive ("der Deutschen Welle",
# "des Auswärtigen Amtes", "Amts"): endings cut from each word of four letters or more.
_GERMAN_CASE_ENDING = re.compile(r"(?<=[^\W\d_]{3})(?:en|er|es|em|e|s)\b")
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)


def _uninflected(name: str) -> str:
    return _GERMAN_CASE_ENDING.sub("", name)


def _outlets(records: list[ArticleRecord]) -> dict[str, str]:
    """The outlets the archive's articles come from: "told Reuters" names an outlet."""
    return {r.source: "organization" for r in records if r.source and " " not in r.source}


def _says_person(mention: NameMention, elsewhere: str | None) -> bool:
    """Whether the name itself says it is a person: a given name, a gendered surname or
    a title; "said Viasna" alone does not, when the archive calls Viasna a centre, and
    a surname's ending alone does not when the archive puts the word somewhere ("in
    the town of Pokrov"), nor a first word that is no given name ("der Deutschen Welle")."""
    titled = any(e.startswith("title:") for e in mention.evidence)
    if _full_given(mention.given) and not is_given_name(mention.given or ""):
        return titled  # its first word's ending gave it a gender, no person's name did
    gendered = bool(mention.gender) and elsewhere != "place"
    return bool(mention.given) or gendered or titled


def _generation(mention: NameMention) -> str | None:
    """ "junior" or "senior" where the text says which of two relatives a name means."""
    return next((e.split(":")[1] for e in mention.evidence if e.startswith("generation:")), None)


def _full(mention: NameMention) -> bool:
    return _full_given(mention.given) and GIVEN_ALONE not in mention.evidence


def _same_given(a: str, b: str) -> bool:
    """One given name in two spellings ("Maria", "Мария"); not "Scott" and "State"."""
    return skeleton(a) == skeleton(b) and _spelled_alike(a, b)


def _full_given(given: str | None) -> bool:
    return bool(given) and len(given.rstrip(".")) > 1


def _listed(text: str, names: Iterable[str]) -> bool:
    return any(text.casefold() == n.casefold() or slugify(text) == slugify(n) for n in names)


class _People:
    """Person clusters by surname skeleton, built in the order mentions come."""

    def __init__(self, registry: Registry):
        self.by_surname: dict[str, list[_Cluster]] = defaultdict(list)
        # skeleton -> people whose full name, read as French or German, has that skeleton
        self.by_reading: dict[str, list[_Cluster]] = defaultdict(list)
        self.registered: dict[str, _Cluster] = {}
        self.count = 0
        self.in_article: dict[str, list[tuple[int, int, _Cluster]]] = defaultdict(list)
        self.full_spans: list[tuple[NameMention, _Cluster]] = []
        # (article, cluster number) -> "junior" or "senior", as the article says of the person
        self.generations: dict[tuple[str, int], str] = {}
        # article -> the people it introduces as someone's relative, and where
        self.relatives: dict[str, dict[int, tuple[int, int]]] = defaultdict(dict)
        # (article, surname key) -> where the article first writes the surname alone
        self.first_bare: dict[tuple[str, str], tuple[int, int]] = {}
        for actor in registry.actors:
            if actor.type == "person":
                words = actor.name.split()
                cluster = self._new(words[-1])
                cluster.registered = actor
                cluster.gender = surname_gender(words[-1]) or (
                    given_gender(words[0]) if len(words) > 1 else None
                )
                if len(words) > 1:
                    cluster.givens.append(words[0])
                self.registered[actor.id] = cluster

    def _new(self, surname: str) -> _Cluster:
        """A person, found under every key the surname may have ("Путиным": Путин's too)."""
        self.count += 1
        keys = name_keys(surname)
        cluster = _Cluster(self.count, "person", keys[0])
        for key in keys:
            self.by_surname[key].append(cluster)
        return cluster

    def _written(self, surname: str) -> list[_Cluster]:
        """The people filed under any key of the surname, each once."""
        found = {c.number: c for key in name_keys(surname) for c in self.by_surname.get(key, ())}
        return list(found.values())

    def add_registered(self, mention: NameMention, actor: RegisteredActor) -> None:
        cluster = self.registered[actor.id]
        cluster.append(mention)
        if _full(mention):
            self.full_spans.append((mention, cluster))

    def add_full(self, mention: NameMention) -> None:
        surname = mention.surname or ""
        cluster = next((c for c in self._written(surname) if c.accepts(mention)), None)
        if cluster is None:  # "Alexandre Loukachenko": one given name, a foreign spelling
            read = [c for c in self._read_as(mention.surname or "") if c.givens]
            cluster = next((c for c in read if c.accepts(mention)), None)
        if cluster is None:
            cluster = self._new(surname)
            for reading in foreign_skeletons(surname):
                self.by_reading[reading].append(cluster)
        cluster.add(mention)
        self.full_spans.append((mention, cluster))

    def _read_as(self, surname: str) -> list[_Cluster]:
        """People whose surname this one may be a French or German spelling of, or who
        may be written so themselves; dictionary look-ups, never a scan."""
        found = list(self.by_reading.get(skeleton(surname), ()))
        for reading in foreign_skeletons(surname):
            found += self.by_surname.get(reading, ())
        return found

    def index_articles(self) -> None:
        first: dict[tuple[str, int], NameMention] = {}
        for mention, cluster in self.full_spans:
            self.in_article[mention.article].append((mention.block, mention.start, cluster))
            if generation := _generation(mention):
                self.generations[mention.article, cluster.number] = generation
            seen = first.setdefault((mention.article, cluster.number), mention)
            if (mention.block, mention.start) < (seen.block, seen.start):
                first[mention.article, cluster.number] = mention
        for (article, number), mention in first.items():
            if RELATIVE in mention.evidence:  # as the article introduces him
                self.relatives[article][number] = (mention.block, mention.start)

    def index_bare_surnames(self, mentions: list[NameMention]) -> None:
        """Note where each article first writes a surname alone (see `_not_relatives`)."""
        for mention in mentions:
            at = (mention.block, mention.start)
            for key in name_keys(mention.surname or ""):
                earliest = self.first_bare.get((mention.article, key), at)
                self.first_bare[mention.article, key] = min(earliest, at)

    def add_given_alone(self, mention: NameMention) -> bool:
        """ "Maria" joins the one person of that given name the article names in full;
        with none, or two ("Alexander Lukashenko", "Alexander Kolesnikov"), it is no one."""
        named = {
            c.number: c
            for _, _, c in self.in_article[mention.article]
            if any(_full_given(g) and _same_given(g, mention.text) for g in c.givens)
            and genders_compatible(c.gender, given_gender(mention.text))
        }
        if len(named) == 1:
            (cluster,) = named.values()
            cluster.append(mention)
        return len(named) == 1

    def add_partial(self, mention: NameMention, create: bool) -> bool:
        """A surname alone joins the nearest compatible full name, else the archive's.

        Returns whether it found (or, with `create`, made) a person to join."""
        surname = mention.surname or ""
        written = [*self._written(surname), *self._read_as(surname)]
        candidates = [c for c in written if c.accepts(mention)]
        if mention.kind is None:  # no word says it is a person: the spelling must
            candidates = [c for c in candidates if c.spelled_like(mention.surname or "")]
        local = [
            (block, start, c)
            for block, start, c in self.in_article[mention.article]
            if c in candidates
        ]
        if generation := _generation(mention):
            kin = {c.number for _, _, c in self.in_article[mention.article] if c in written}
            local, candidates = self._of_generation(
                mention.article, generation, local, candidates, kin
            )
        else:
            local, candidates = self._not_relatives(mention, local, candidates)
        if local:
            before = [item for item in local if item[:2] < (mention.block, mention.start)]
            chosen = (before[-1] if before else local[0])[2]
        elif candidates:
            chosen = max(candidates, key=lambda c: (len(c.mentions), -c.number))
        elif create:
            chosen = self._new(surname)
        else:
            return False
        chosen.add(mention)
        return True

    def _not_relatives(self, mention: NameMention, local: list, candidates: list):
        """ "Ivan X arrived with his son Pavel X. X, who has ruled ...": a bare surname is
        not the relative the article introduces by a kinship word but another of the
        surname the article names before it (or, before it names any, the first); where
        it names only relatives there, the archive's main bearer of the surname if the
        article wrote it before introducing the relative ("X named his son Pavel X"),
        else the relative ("Her father Ivan X ... X said")."""
        relatives = self.relatives.get(mention.article)
        if not relatives or not local:
            return local, candidates
        at = (mention.block, mention.start)
        named = [item for item in local if item[:2] < at] or local
        others = [item for item in named if item[2].number not in relatives]
        if others:
            return others, candidates
        main = max(candidates, key=lambda c: (len(c.mentions), -c.number))
        introduced = min(relatives[number] for number in {item[2].number for item in named})
        keys = name_keys(mention.surname or "")
        first = min(self.first_bare.get((mention.article, key), introduced) for key in keys)
        if main.number in relatives or first >= introduced:
            return local, candidates
        return [], [main]

    def _of_generation(
        self, article: str, generation: str, local: list, candidates: list, kin: set[int]
    ):
        """ "Babaryka Jr." is the person the article calls the junior of that surname (or,
        where it marks only the senior, its unmarked one), else one the archive calls so;
        never a relative the article leaves unmarked ("Viktar Babaryka ... Babaryka Jr.").
        `kin`: the article's people of the surname, of either gender ("Kolesnikova's
        father, Alexander Kolesnikov" marks him the senior: she is its unmarked one)."""
        said = [self.generations.get((article, item[2].number)) for item in local]
        if generation == "senior" and not any(said):
            # "Alexander Lukashenko ... Lukashenko's son Viktor": the parent is the person
            # the article names, its child is named otherwise; the mark parts no two people.
            return local, candidates
        wanted = {generation}
        of_kin = {self.generations.get((article, number)) for number in kin}
        if generation not in said and of_kin - {None, generation}:
            wanted.add(None)  # the article marks the other relative: the rest are this one
        local = [item for item, s in zip(local, said, strict=True) if s in wanted]
        marked = {number for (_, number), s in self.generations.items() if s == generation}
        return local, [c for c in candidates if c.number in marked]

    def clusters(self) -> list[_Cluster]:
        """Every person named, and every registered one (whose `same_as` may claim some)."""
        every = {c.number: c for group in self.by_surname.values() for c in group}
        return [c for c in every.values() if c.mentions or c.registered]


class _Others:
    """Organisations and places, by normalised name; acronyms join their full names."""

    def __init__(self, registry: Registry):
        self.by_key: dict[str, _Cluster] = {}
        self.count = 10**6  # after people, for stable ordering
        self.parent: dict[str, str] = {}
        # (article, a body's bare key) -> its key with the country the article gives it
        self.country_bodies: dict[tuple[str, str], str] = {}
        for actor in registry.actors:
            if actor.type != "person":
                cluster = self._cluster(_other_key(actor.name, actor.type), actor.type)
                cluster.registered = actor

    def _cluster(self, key: str, kind: str) -> _Cluster:
        if key not in self.by_key:
            self.count += 1
            self.by_key[key] = _Cluster(self.count, kind, key)
        return self.by_key[key]

    def add(
        self, mention: NameMention, kind: str, registered: RegisteredActor | None = None
    ) -> None:
        key = _other_key(registered.name, kind) if registered else self._key(mention, kind)
        self._cluster(key, kind).mentions.append(mention)

    def name_countries_bodies(self, mentions: list[NameMention]) -> None:
        """Note the bodies each article names as a country's ("Russia's Security Council",
        "the Supreme Court of Belarus"): the bare name there ("the Security Council") is
        that body; elsewhere it is not, since another article may mean another country's."""
        for mention in mentions:
            if mention.kind != "organization":
                continue
            key = _mention_key(mention, "organization")
            country = _OF_PLACE.search(key)
            if country and place_name(country.group(0).removeprefix(" of ")):
                self.country_bodies[mention.article, key[: country.start()]] = key

    def _key(self, mention: NameMention, kind: str) -> str:
        key = _mention_key(mention, kind)
        if kind != "organization":
            return key
        return self.country_bodies.get((mention.article, key), key)

    def _root(self, key: str) -> str:
        while self.parent.get(key, key) != key:
            key = self.parent[key]
        return key

    def _union(self, a: str, b: str) -> None:
        ra, rb = self._root(a), self._root(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda k: self.by_key[k].number)
            self.parent[drop] = keep

    def link_acronyms(self, records: list[ArticleRecord], mentions: list[NameMention]) -> None:
        """Join an organisation's names: "European Union" ~ "EU" by initials,
        "Minsk Tractor Works (MTZ)" and "MTZ (Minsk Tractor Works)" by definition,
        "Supreme Court of Belarus" ~ "Supreme Court" when one article uses both."""
        organizations = {k: c for k, c in self.by_key.items() if c.kind == "organization"}
        acronyms = {k: k for k in organizations if " " not in k and k.isupper()}
        for key, cluster in organizations.items():
            for spelling in cluster.registered.spellings if cluster.registered else ():
                if spelling.isupper() and " " not in spelling:
                    acronyms.setdefault(spelling, key)
        spelled_out: dict[str, str] = {}  # acronym -> the name it abbreviates
        for key in organizations:
            general = _OF_PLACE.sub("", key)  # "MFA of russia" is no bare "MFA"
            for initials in {_initials(key), _initials(general)} - {key, general}:
                if initials in acronyms:
                    self._union(key, acronyms[initials])
                    spelled_out.setdefault(initials, key)
        keys_in: dict[str, set[str]] = defaultdict(set)
        named = [
            (m, key) for m in mentions if (key := self._key(m, "organization")) in organizations
        ]
        for mention, key in named:
            keys_in[mention.article].add(key)
        for acronym, name in _definitions(records, named):
            # An acronym spells out one name: "EU" stays the European Union's.
            if self._root(spelled_out.setdefault(acronym, name)) == self._root(name):
                self._union(name, acronym)
        for keys in keys_in.values():
            for key in keys:
                if (general := _OF_PLACE.sub("", key)) != key and general in keys:
                    self._union(key, general)

    def link_place_spellings(self) -> None:
        """A place the gazetteer does not know joins one it knows by another spelling
        of the same name ("Borisow" is Barysaw, written "Borisov" elsewhere), and another
        it does not know ("Kuźnica" and "Kuznica", "Astravets" and "Astravyets")."""
        places = [(k, c) for k, c in self.by_key.items() if c.kind == "place"]
        known: dict[str, set[str]] = defaultdict(set)
        for key, cluster in places:
            if place_name(key) is not None:
                for mention in cluster.mentions:
                    known[skeleton(mention.text)].add(key)
        unknown: dict[str, str] = {}  # skeleton -> the first such place of that skeleton
        for key, _ in places:
            if place_name(key) is not None:
                continue
            first = unknown.setdefault(skeleton(key), key)
            if _spelled_alike(first, key):
                self._union(first, key)
            if len(found := known.get(skeleton(key), ())) == 1:
                (other,) = found
                if any(_spelled_alike(key, m.text) for m in self.by_key[other].mentions):
                    self._union(other, key)

    def link_street_names(self) -> None:
        """A place named after its street is on that street ("Okrestina", the detention
        centre on Okrestina Street): a name the text calls a place, which the gazetteer
        does not know, joins the archive's one street of that name."""
        streets: dict[str, list[str]] = defaultdict(list)
        for key, cluster in self.by_key.items():
            name, _, head = key.rpartition(" ")
            unknown = name and place_name(name) is None  # "Moscow" is no "Moscow Avenue"
            if cluster.kind == "place" and unknown and head.lower() in STREET_HEADS:
                streets[name].append(key)
        self._join_the_one(streets, "place")

    def link_country_bodies(self) -> None:
        """A body named bare ("the Supreme Court", "the Interior Ministry") is the one
        body of that name the archive calls a country's by its full name ("the Supreme
        Court of Belarus"); where it names several countries' (Belarus's, Ukraine's),
        the bare name stays its own, as an article may mean any of them. So does it
        where the one is named only as a country's ("Russia's Security Council"): a
        paper says whose a body is when its readers would think of another's; not so
        an acronym, which Russian writes with its country ("КГБ Белоруссии")."""
        bodies: dict[str, list[str]] = defaultdict(list)
        for key, cluster in self.by_key.items():
            name, _, place = key.rpartition(" of ")
            if cluster.kind == "organization" and name and place_name(place):
                bodies[name].append(key)
        full_names = {
            name: keys
            for name, keys in bodies.items()
            if " " not in name or any(" of " in m.text for m in self.by_key[keys[0]].mentions)
        }
        self._join_the_one(full_names, "organization")

    def _join_the_one(self, specific: dict[str, list[str]], kind: str) -> None:
        """Join each bare name of `kind` to the one longer name the archive has for it
        (`specific`: bare key -> keys of the longer names)."""
        for name, keys in specific.items():
            bare = self.by_key.get(name)
            if len(keys) == 1 and bare and bare.kind == kind:
                self._union(keys[0], name)

    def link_declined_names(self) -> None:
        """A body's name of several words in German cases is one body ("die Deutsche
        Welle", "der Deutschen Welle"; "des Auswärtigen Amtes", "Amts"): its words are
        alike once their case endings are cut (see `_uninflected`)."""
        first: dict[str, str] = {}
        for key, cluster in self.by_key.items():
            if cluster.kind == "organization" and " " in key and " of " not in key:
                self._union(first.setdefault(_uninflected(key), key), key)

    def link_word_spellings(self) -> None:
        """An organisation named by one word joins another spelling of that word
        ("Vyasna" is Viasna): same skeleton, spelled alike, and neither an acronym."""
        first: dict[str, str] = {}
        for key, cluster in self.by_key.items():
            words = {m.text for m in cluster.mentions}
            if cluster.kind != "organization" or " " in key or all(w.isupper() for w in words):
                continue
            other = first.setdefault(skeleton(key), key)
            spellings = {m.text for m in self.by_key[other].mentions}  # a few, not every mention
            if other != key and any(_spelled_alike(a, b) for a in words for b in spellings):
                self._union(other, key)

    def clusters(self) -> list[_Cluster]:
        merged: dict[str, _Cluster] = {}
        for key, cluster in sorted(self.by_key.items(), key=lambda kv: kv[1].number):
            root = merged.setdefault(self._root(key), self.by_key[self._root(key)])
            if root is not cluster:
                root.mentions.extend(cluster.mentions)
                root.registered = root.registered or cluster.registered
        return [c for c in merged.values() if c.mentions or c.registered]


def _mention_key(mention: NameMention, kind: str) -> str:
    """A body the text calls a country's ("Russia's Security Council") is keyed with the
    country, so it joins that country's body and not the one another article names bare;
    a bare name still joins it where the same article uses both (see `link_acronyms`)."""
    key = _other_key(mention.text, kind)
    country = next((e for e in mention.evidence if e.startswith(COUNTRY_OF)), None)
    if country is None or " of " in key:
        return key
    place = country.removeprefix(COUNTRY_OF)
    if " " not in key:  # an acronym: "МИД России" is Russia's MFA, not every country's
        return f"{key} of {place.casefold()}"
    return _other_key(f"{mention.text} of {place}", kind)


def _other_key(text: str, kind: str) -> str:
    """One key per organisation or place, whatever the article's spelling."""
    if kind == "place":
        return place_name(_STATE_FORM.sub("", text)) or text
    text = text.removeprefix("the ").removeprefix("The ")
    if holders := _HOLDERS_OFFICE.match(text):
        text = f"{holders.group(2)} of the {holders.group(1)}"
    if acronym := _ACRONYM_OF_PLACE.match(text):
        return acronym.group(1)  # "KGB of Belarus" is the KGB
    if _RUSSIAN_WORDS.fullmatch(text):
        return _russian_key(text)
    if " " not in text:  # "Kreml" is the Kremlin
        return _in_english(INSTITUTIONS_IN_ENGLISH.get(text.casefold(), text))
    return re.sub(r"[^a-z0-9&-]+", " ", anyascii(text).casefold()).strip()


def _russian_key(text: str) -> str:
    """A Russian name in any case: "в Кремле" is the Kremlin, "Центральной избирательной
    комиссии" the CEC (its initials, ЦИК, are a known acronym), other names by their stems."""
    words = text.split()
    initials = "".join(w[0] for w in words).upper()
    if len(words) > 1 and initials in ACRONYMS_IN_ENGLISH:
        return ACRONYMS_IN_ENGLISH[initials]
    stems = [russian_stem(w) for w in words]
    if english := INSTITUTIONS_IN_ENGLISH.get(" ".join(stems)):
        return _other_key(english, "organization")
    key = " ".join(anyascii(stem) for stem in stems)
    return key.upper() if len(words) == 1 else key.casefold()


def _initials(key: str) -> str:
    """A name's initials as its English acronym ("organisation fur sicherheit und
    zusammenarbeit in europa" is the OSCE, whose German acronym is OSZE)."""
    words = [w for w in key.split() if w not in _ORG_CONNECTORS]
    return _in_english("".join(w[0] for w in words).upper()) if len(words) > 1 else key


def _in_english(acronym: str) -> str:
    """The English acronym of a body's acronym in another language or script, as the
    archive keys it: "ЦИК" is the CEC, "OSZE" the OSCE; "U.N.", "Nato", "NATO" are one."""
    english = ACRONYMS_IN_ENGLISH.get(acronym.upper(), acronym)
    return anyascii(english).replace(".", "").upper()


def _definitions(
    records: list[ArticleRecord], named: list[tuple[NameMention, str]]
) -> Iterable[tuple[str, str]]:
    """(acronym's key, name's key) for each organisation named with its acronym in
    parentheses, after it or before it, where the acronym may abbreviate the name."""
    by_id = {r.id: r for r in records}
    at = {(m.article, m.block, m.start): (m, key) for m, key in named}
    for mention, key in named:
        text = _written(by_id, mention)
        opened = _PARENTHESIS.match(text, mention.end)
        inside = at.get((mention.article, mention.block, opened.end())) if opened else None
        if inside is None or not text.startswith(")", inside[0].end):
            continue
        if is_acronym(mention.text) == is_acronym(inside[0].text):
            continue
        (short, short_key), (long, long_key) = sorted(
            ((mention, key), inside), key=lambda pair: not is_acronym(pair[0].text)
        )
        if _abbreviates(short, long):
            yield short_key, long_key


def _abbreviates(acronym: NameMention, name: NameMention) -> bool:
    """Whether an acronym's letters fit the initials of a name's words in order: both
    of two letters ("EU"); of more, a third, as an acronym may abbreviate the name in
    its own language ("the Interior Ministry (MVD)", "the State Security Department
    (VSD)"). Never a country ("(UK)") or a news agency credited ("(PAP)")."""
    if place_name(acronym.text) or acronym.text.casefold() in NEWS_OUTLETS:
        return False
    letters = _letter_classes(acronym.text)
    initials = _letter_classes("".join(w[0] for w in _WORDS.findall(anyascii(name.text))))
    fitting = _common_letters(letters, initials)
    return fitting == len(letters) if len(letters) <= 2 else fitting >= len(letters) // 3


def _letter_classes(text: str) -> str:
    """Capital letters, with those that transliterations swap made one (C/K, W/V, Y/J/I)."""
    return re.sub("[^A-Z]", "", anyascii(text).upper()).translate(_SWAPPED_LETTERS)


def _common_letters(a: str, b: str) -> int:
    """How many letters of `a` appear in `b` in the same order (longest common subsequence)."""
    row = [0] * (len(b) + 1)
    for letter in a:
        previous = row[:]
        for index, other in enumerate(b, 1):
            row[index] = (
                previous[index - 1] + 1 if letter == other else max(previous[index], row[index - 1])
            )
    return row[-1]


def _apply_same_as(
    clusters: list[_Cluster], registry: Registry
) -> tuple[list[_Cluster], list[RegistryError]]:
    """Merge automatically found actors into the registered ones that claim them; a
    claim naming no actor is an error. A registered actor the text never names still
    has its (empty) cluster here, so its claims are merged and checked too."""
    claims = [(c, name) for c in clusters if c.registered for name in c.registered.same_as]
    merged_away: set[int] = set()
    dangling = []
    for owner, name in claims:
        if _listed(name, _spellings(owner)):
            continue  # resolution already put that spelling with this actor
        target = next(
            (
                c
                for c in clusters
                if c is not owner
                and c.number not in merged_away
                and (_listed(name, _spellings(c)) or slugify(name) == _actor_slug(c))
            ),
            None,
        )
        if target is None:
            dangling.append(
                RegistryError(
                    str(registry.path),
                    owner.registered.line,
                    f"same_as {name!r}: no actor with that id or spelling was found",
                    "correct the name to an id or spelling the archive has (see "
                    "data/actors.json), or remove it from same_as",
                )
            )
            continue
        owner.mentions.extend(target.mentions)
        merged_away.add(target.number)
    return [c for c in clusters if c.number not in merged_away], dangling


def _spellings(cluster: _Cluster) -> list[str]:
    return sorted({m.text for m in cluster.mentions})


def _canonical_name(cluster: _Cluster) -> str:
    """The registry's name, else the most complete and most frequent spelling in the
    nominative as far as its endings show (a body known by acronyms alone, by its English
    one); between spellings as frequent, the one whose last word the articles write most
    often."""
    if cluster.registered:
        return cluster.registered.name
    if cluster.kind == "place":
        return cluster.key  # the gazetteer's name, or the name as written
    counts = Counter(m.text for m in cluster.mentions)
    if cluster.kind == "organization" and any(" " in name for name in counts):
        counts = Counter({name: n for name, n in counts.items() if " " in name})  # not "EU"
    if cluster.kind == "person" and any(_full(m) for m in cluster.mentions):
        counts = Counter(m.text for m in cluster.mentions if _full(m) and "." not in m.given)
        counts = counts or Counter(m.text for m in cluster.mentions if _full(m))
    last_words = Counter(m.text.split()[-1] for m in cluster.mentions)
    written = frozenset(w.lower() for m in cluster.mentions for w in m.text.split())
    best = min(
        counts,
        key=lambda name: (
            declined_words(name, written),
            name != cluster.key,  # an acronym as English writes it: "UN", not "ONU"
            -counts[name],
            -last_words[name.split()[-1]],
            -len(name),
            name,
        ),
    )
    if cluster.kind != "person" or not declined_words(best, written):
        return best
    return _nominative_name(best, written) or best


def _nominative_name(name: str, written: frozenset[str]) -> str | None:
    """A person's name in a case form rebuilt in the nominative, when every word can
    be: the surname as the articles write it bare ("Mateuszem Morawieckim" beside
    "Morawiecki"), a given name by the common names ("Mateuszem" is Mateusz)."""
    *givens, surname = name.split()
    nominative = nominative_of(surname.lower(), written)
    rebuilt = [given_nominative(word) for word in givens]
    if nominative is None or None in rebuilt:
        return None
    return " ".join([*rebuilt, surname[0] + nominative[1:]])


def _actor_slug(cluster: _Cluster) -> str:
    return cluster.registered.id if cluster.registered else slugify(_canonical_name(cluster))


def _build(
    records: list[ArticleRecord], clusters: list[_Cluster], registry: Registry
) -> Resolution:
    order = {record.id: index for index, record in enumerate(records)}
    by_id = {record.id: record for record in records}
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for cluster in sorted(
        clusters, key=lambda c: (c.registered is None, _canonical_name(c), c.number)
    ):
        wanted = _actor_slug(cluster) or cluster.kind
        candidate, number = wanted, 1
        while candidate in taken:
            number += 1
            candidate = f"{wanted}-{number}"
        ids[cluster.number] = candidate
        taken.add(candidate)
    actors: list[Actor] = []
    by_article: dict[str, list[Mention]] = defaultdict(list)
    in_titles: dict[str, list[Mention]] = defaultdict(list)
    for cluster in clusters:
        actor_id = ids[cluster.number]
        kind = cluster.registered.type if cluster.registered else cluster.kind
        for m in cluster.mentions:
            written = _written(by_id, m)[m.start : m.end]  # as written, not folded
            into = in_titles if m.block == TITLE_BLOCK else by_article
            into[m.article].append(Mention(m.block, m.start, m.end, written, actor_id, kind))
        spellings = Counter(m.text for m in cluster.mentions)
        registered_aliases = cluster.registered.spellings if cluster.registered else ()
        articles = sorted({m.article for m in cluster.mentions}, key=order.__getitem__)
        actors.append(
            Actor(
                id=actor_id,
                name=_canonical_name(cluster),
                type=kind,
                aliases=tuple(sorted(set(spellings) | set(registered_aliases))),
                spellings=tuple(sorted(spellings.items(), key=lambda kv: (-kv[1], kv[0]))),
                articles=tuple(articles),
                mentions=len(cluster.mentions),
                description=cluster.registered.description if cluster.registered else None,
                wikidata=cluster.registered.wikidata if cluster.registered else None,
            )
        )
    actors.sort(key=lambda a: a.id)
    mentions = {
        k: tuple(sorted(v, key=lambda m: (m.block, m.start))) for k, v in by_article.items()
    }
    titles = {k: tuple(sorted(v, key=lambda m: m.start)) for k, v in in_titles.items()}
    return Resolution(actors, mentions, title_mentions=titles)
