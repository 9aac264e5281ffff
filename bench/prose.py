"""Story text from sentence shapes with slots, keeping track of every mention.

Templates are written for this generator. A slot in braces is filled when the
sentence is written: `{P}` a person of the article's cast, `{PS}` a person by
surname alone (headlines), `{O}` an organisation, `{L}` a place, `{C}` a
clause, `{Q}` a quoted sentence, and small vocabulary slots (`{N}`, `{n}`,
`{WD}`, `{MONTH}`, `{TOPIC}`); `{QC}` is a quoted sentence whose full stop
becomes the comma before an attribution. Text comes out as `Piece`s, so the position of
each actor's mention in the final file is known exactly.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import TypeVar

from .actors import Organisation, Person, Place, Pool
from .names import SCHEMES

LEADS = (
    "{P} said on {WD} that {C}, in remarks carried by state television.",
    "Police in {L} detained {N} people on {WD} as crowds gathered for the {ORD} weekend "
    "in a row to protest against {TOPIC}, rights groups said.",
    "The {O} on {WD} announced {TOPIC}, a step that {P} called long overdue.",
    "{P} told reporters on {WD} that {C}, raising the stakes in a dispute that has lasted "
    "since {MONTH}.",
    "A court in {L} on {WD} sentenced {P} to {n} years in prison on charges that supporters "
    "say were invented to silence critics of the government.",
    "Talks between {P} and {P} ended in {L} on {WD} without agreement on {TOPIC}, "
    "officials on both sides said.",
    "Workers at {n} state factories in and around {L} stopped work on {WD}, demanding that "
    "{P} step down and that {TOPIC} be reversed.",
    "The {O} said on {WD} that {C}, a claim that {P} dismissed within hours.",
)

SENTENCES = (
    "{P} said on {WD} that {C}.",
    "Speaking to reporters in {L}, {P} added that {C}.",
    "According to the {O}, {C}.",
    "{P} told a news conference in {L} that {C}.",
    "In a statement published late on {WD}, the {O} said that {C}.",
    "The claim could not be independently verified.",
    "Officials in {L} did not respond to a request for comment.",
    "{P}, who has been in custody since {MONTH}, denies all the charges.",
    "Earlier this month, {P} met {P} in {L} to discuss {TOPIC}.",
    "Critics, among them {P}, argue that {C}.",
    "The {O} has repeatedly rejected suggestions that {C}.",
    "Thousands of people marched through the centre of {L} on {WD}, carrying flowers and "
    "home-made banners.",
    "Riot police blocked the main avenue leading to the square and detained several "
    "journalists who were filming the crowd.",
    "Analysts in {L} said the move was unlikely to change the course of the crisis.",
    "The European Union and the {O} have both called for a new and independent vote.",
    "{P} left for {L} shortly after the vote, saying the family had received threats.",
    "Neither side gave details of what was agreed, but a joint statement mentioned {TOPIC}.",
    "Lawyers for {P} said they had not been allowed to see their client for more than a week.",
    "The hearing in {L} was closed to the public and to the diplomats who had asked to attend.",
    "{N} people have been detained since the start of the protests, according to the {O}.",
    "A spokesperson for the {O} said the organisation was studying the proposal.",
    "{P} has called on the authorities to free all political prisoners before any talks begin.",
    "The next round of talks is expected to take place in {L} in {MONTH}.",
    "Turnout was officially put at more than eighty percent, a figure independent observers "
    "dispute.",
    "Both {P} and {P} were absent from the ceremony in {L}.",
    "Several factories in {L} have seen walkouts, and workers at one plant briefly occupied "
    "the administrative building.",
    "The foreign ministry in {L} summoned an envoy to protest against what it called "
    "interference in domestic affairs.",
    "{P} later wrote on Telegram that {C}.",
    "The decision was welcomed by {P}, who called it a first step.",
    "Supporters of {P} gathered outside the courthouse in {L} before dawn.",
    "Under the new rules, anyone who takes part in an unauthorised rally faces up to {n} "
    "years in prison.",
    "Diplomats from {n} countries attended the hearing in {L} as observers.",
    "{P} did not comment on the report when asked about it on {WD}.",
    "Last year, the {O} expelled two of its members for publicly supporting the strike.",
    "The ruling can be appealed within ten days, {P} said.",
    "Prices for foreign currency on the street have jumped since {MONTH}, traders in {L} said.",
    "Relations between {L} and {L} have been tense since the border crossings were closed "
    "in {MONTH}.",
    "{P}’s campaign said its volunteers had counted the ballots at {N} polling stations.",
    "The {O} and the {O} issued a joint appeal for calm.",
    "It was the {ORD} time this year that {P} had been summoned for questioning.",
)

CLAUSES = (
    "talks with the {O} would resume only after all detained protesters were released",
    "{N} people had been detained in {L} since the start of the week",
    "the authorities had no intention of negotiating with {P}",
    "the new restrictions on foreign media would stay in force until the end of {MONTH}",
    "the court in {L} had postponed the hearing for a second time without giving a reason",
    "the border crossing near {L} would stay closed to freight traffic until further notice",
    "the {O} had not been consulted before the decision was taken",
    "the investigation into the deaths of two protesters had been quietly closed",
    "the government was preparing a second package of measures against independent unions",
    "the ballots from {N} polling stations in {L} had never been counted",
    "the prices of fuel and bread had risen sharply since the spring",
    "observers from the {O} had been refused accreditation",
    "workers in {L} would continue their strike until their demands were met",
    "the charges against {P} were politically motivated",
    "{P} had been moved to a prison hospital after a hunger strike",
    "the expulsion of the diplomats was a response to sanctions imposed by the {O}",
    "the planned military exercises near {L} were purely defensive",
    "the consulate in {L} had stopped issuing visas to students",
    "the state broadcaster had shortened its evening bulletin after several presenters quit",
    "no one from the {O} had been allowed to visit the detainees",
    "{P} would be ready to meet {P} if political prisoners were freed first",
    "a new draft of the constitution would be put to a referendum early next year",
    "the internet outages in {L} had been caused by a deliberate shutdown",
    "a group of lawyers who defended {P} had been stripped of their licences",
    "the demonstrations would move from the city centre to residential districts",
    "{P} had been placed under house arrest in {L}",
)

QUOTES = (
    "We are not going to give up, and nobody will frighten us into silence.",
    "There can be no dialogue while people are being beaten in the streets.",
    "This is a question for the people of {L} to decide, not for anyone abroad.",
    "The numbers published by the commission bear no relation to what our observers saw.",
    "We have asked the {O} to send observers, and we are still waiting for an answer.",
    "Every political prisoner must be released, without conditions.",
    "Nobody has the right to tell our country how to hold its elections.",
    "I have been to {L} three times this year, and each time the situation was worse.",
    "Our doors remain open, but the other side has to take the first step.",
    "The sanctions hurt ordinary families far more than they hurt officials.",
    "We will publish the full results from every polling station we were able to observe.",
    "This trial is a performance, and the verdict was written long before it began.",
    "We see attempts to interfere from outside, and we consider them unacceptable.",
    "It was the longest night of my life, and I still do not know where my brother is.",
    "Workers at the plant simply want their votes to be counted honestly.",
    "I am ready to return to {L} the moment it is safe to do so.",
    "There is no crisis, only people who would like to create one.",
    "We expect the {O} to keep its promises this time.",
    "Nobody asked us, the people who actually live here.",
    "The border stays open for humanitarian cargo, and that is all I can say today.",
)
# A quote paragraph: quoted speech with a short attribution, as wire copy has it.
QUOTE_PARAGRAPHS = (
    "“{Q} {QC}” {P} said.",
    "“{QC}” {P} told reporters in {L}.",
    "“{Q} {QC}” said {P}.",
    "“{QC}” {P} wrote on social media.",
)
# Speech inside a longer paragraph: the cleaner should keep it as a paragraph.
MIXED_PARAGRAPHS = (
    "{P} said {WD} that the pressure would continue. “{Q}”",
    "Asked about {TOPIC}, {P} replied: “{Q} {Q}”",
)

HEADLINES = (
    "{PS} rejects calls for talks with the opposition",
    "Police detain dozens at weekend march in {L}",
    "{O} refuses to recognise election results",
    "Court in {L} jails {n} activists over protests",
    "{PS} meets {PS} in {L} as crisis deepens",
    "Strike spreads to factories around {L}",
    "EU prepares new sanctions over crackdown in {L}",
    "Opposition calls for new vote after disputed count",
    "{PS} says the country will not bow to pressure",
    "Border crossings near {L} closed to freight",
    "Thousands rally in {L} for release of political prisoners",
    "{O} observers denied accreditation",
    "Lawyers for jailed {PS} lose appeal in {L}",
    "Talks in {L} end without agreement",
    "{PS} leaves the country after questioning",
    "Journalists detained while covering protests in {L}",
)
SUBHEADINGS = (
    "Talks behind closed doors",
    "Pressure from {L}",
    "What happens next",
    "A second night of arrests",
    "Reaction abroad",
    "{PS} under pressure",
    "Strikes and walkouts",
    "The role of the {O}",
    "Questions over the count",
    "Appeal rejected",
    "An economy under strain",
    "Voices from {L}",
)
# What a photo caption shows; the outlet adds the date and the photographer.
CAPTIONS = (
    "{P} speaks during a news conference in {L}",
    "{P} attends a court hearing in {L}",
    "People take part in a rally in support of {P} in {L}",
    "{P} and {P} meet in {L}",
    "Law enforcement officers stand guard near a polling station in {L}",
)

TOPICS = (
    "the new sanctions",
    "the border dispute",
    "the constitutional reform",
    "the release of political prisoners",
    "the disputed election results",
    "a ban on street rallies",
    "the closure of independent newspapers",
    "new taxes on small businesses",
    "the transit of fuel across the border",
    "the withdrawal of foreign observers",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
# Words for the small vocabulary slots.
VOCABULARY = {
    "N": ("more than 3,000", "about 40", "at least 150", "1,200", "more than 300", "about 7,000",
          "12", "at least 60"),
    "n": ("two", "three", "four", "five", "six", "seven", "eight", "ten", "twelve"),
    "ORD": ("second", "third", "fourth", "fifth", "sixth", "seventh"),
    "WD": WEEKDAYS,
    "MONTH": MONTHS,
    "TOPIC": TOPICS,
}  # fmt: skip

# A lapse: an outlet that mostly follows one scheme slips into another now and then.
LAPSE_RATE = 0.1
# How a person already introduced is named again, and how often.
LATER_PERSON_FORMS = {"surname": 50, "honorific": 12, "title": 12, "initial": 8, "full": 18}
CastMember = TypeVar("CastMember", Person, Organisation, Place)
_SLOT = re.compile(r"\{([A-Z]+|n)\}")


@dataclass(frozen=True)
class Piece:
    """A run of text; `actor` is set when the run is a mention of that actor."""

    text: str
    actor: str | None = None


@dataclass
class StoryWriter:
    """Writes one article's sentences, naming its cast as the article's outlet would."""

    rng: random.Random
    scheme: str
    people: list[Person]
    organisations: list[Organisation]
    places: list[Place]
    introduced: set[str] = field(default_factory=set)
    used_templates: set[str] = field(default_factory=set)

    @classmethod
    def cast(cls, rng: random.Random, pool: Pool, scheme: str) -> StoryWriter:
        """A writer with a cast drawn by popularity; a spouse sometimes comes along."""
        people = _distinct(rng, pool.people, pool.person_weights, rng.randint(3, 6))
        spouses = [p.spouse for p in people if p.spouse and rng.random() < 0.5]
        people += [pool.person(s) for s in spouses if s not in {p.id for p in people}]
        return cls(
            rng,
            scheme,
            people,
            _distinct(rng, pool.organisations, pool.organisation_weights, rng.randint(2, 3)),
            _distinct(rng, pool.places, pool.place_weights, rng.randint(2, 4)),
        )

    def sentence(self, template: str, track: bool = True) -> list[Piece]:
        """Fill `template`, capitalised; `track=False` leaves first mentions for later."""
        pieces = self.fill(template, track)
        first = pieces[0]
        if first.actor is None and first.text[:1].islower():
            pieces[0] = Piece(first.text[:1].upper() + first.text[1:])
        return pieces

    def paragraph(self, templates: tuple[str, ...], sentences: int) -> list[Piece]:
        pieces: list[Piece] = []
        for _ in range(sentences):
            if pieces:
                pieces.append(Piece(" "))
            pieces += self.sentence(self.choose(templates))
        return pieces

    def choose(self, templates: tuple[str, ...]) -> str:
        """A template this article has not used yet, while there are any."""
        fresh = [t for t in templates if t not in self.used_templates] or templates
        template = self.rng.choice(fresh)
        self.used_templates.add(template)
        return template

    def fill(self, template: str, track: bool = True, used: list[str] | None = None) -> list[Piece]:
        """The template's text with every slot filled; `used` lists actors named so far."""
        pieces: list[Piece] = []
        used = [] if used is None else used
        position = 0
        for slot in _SLOT.finditer(template):
            pieces.append(Piece(template[position : slot.start()]))
            pieces += self.slot(slot.group(1), used, track)
            position = slot.end()
        pieces.append(Piece(template[position:]))
        return _merged([p for p in pieces if p.text])

    def slot(self, name: str, used: list[str], track: bool) -> list[Piece]:
        """The pieces one slot becomes; `used` keeps a sentence from naming one actor twice."""
        if name in ("P", "PS"):
            person = self._pick(self.people, used)
            if name == "PS":
                return [Piece(person.surname[self._scheme_index()], person.id)]
            return self.person(person, track)
        if name == "O":
            return self.organisation(self._pick(self.organisations, used), track)
        if name == "L":
            place = self._pick(self.places, used)
            return [Piece(place.forms[self._scheme_index()], place.id)]
        if name == "C":
            return self.fill(self.choose(CLAUSES), track, used)
        if name in ("Q", "QC"):
            quoted = self.fill(self.choose(QUOTES), track, used)
            if name == "QC" and quoted[-1].text.endswith("."):
                quoted[-1] = Piece(quoted[-1].text[:-1] + ",")
            return quoted
        return [Piece(self.rng.choice(VOCABULARY[name]))]

    def person(self, person: Person, track: bool = True) -> list[Piece]:
        """A person named as a news text would: in full first, then shorter."""
        scheme = self._scheme_index()
        given, surname = person.given[scheme], person.surname[scheme]
        full = Piece(f"{given} {surname}", person.id)
        first = person.id not in self.introduced
        if track:
            self.introduced.add(person.id)
        if first:
            if self.rng.random() < 0.5:
                return [Piece(f"{person.role} "), full]
            return [full]
        form = self.rng.choices(list(LATER_PERSON_FORMS), list(LATER_PERSON_FORMS.values()))[0]
        if form == "surname" and self._spouse_shares_surname(person, scheme):
            form = "honorific"
        if form == "honorific":
            return [Piece("Ms. " if person.female else "Mr. "), Piece(surname, person.id)]
        if form == "title" and person.title:
            return [Piece(f"{person.title} "), Piece(surname, person.id)]
        if form == "initial":
            return [Piece(f"{given[0]}. {surname}", person.id)]
        return [full] if form == "full" else [Piece(surname, person.id)]

    def organisation(self, org: Organisation, track: bool = True) -> list[Piece]:
        """Spelled out with its acronym in brackets at first, then mostly the acronym."""
        first = org.id not in self.introduced
        if track:
            self.introduced.add(org.id)
        full, short = Piece(org.name, org.id), Piece(org.acronym, org.id)
        if first and self.rng.random() < 0.6:
            return [full, Piece(" ("), short, Piece(")")]
        return [short] if self.rng.random() < 0.5 else [full]

    def _spouse_shares_surname(self, person: Person, scheme: int) -> bool:
        """Then "Fedotik" alone would not say which of the couple is meant."""
        return any(
            p.id == person.spouse and p.surname[scheme] == person.surname[scheme]
            for p in self.people
        )

    def _scheme_index(self) -> int:
        if self.rng.random() < LAPSE_RATE:
            return self.rng.randrange(len(SCHEMES))
        return SCHEMES.index(self.scheme)

    def _pick(self, candidates: list[CastMember], used: list[str]) -> CastMember:
        """Earlier members of the cast are the story's main actors: picked more often."""
        fresh = [c for c in candidates if c.id not in used] or candidates
        weights = [1 / (rank + 1) for rank in range(len(fresh))]
        chosen = self.rng.choices(fresh, weights)[0]
        used.append(chosen.id)
        return chosen


def _distinct(rng: random.Random, items: tuple, weights: tuple[float, ...], count: int) -> list:
    """`count` different items drawn by weight."""
    chosen: list = []
    while len(chosen) < min(count, len(items)):
        item = rng.choices(items, weights)[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


def _merged(pieces: list[Piece]) -> list[Piece]:
    """Adjacent plain pieces joined, so a line is a few runs, not many."""
    merged: list[Piece] = []
    for piece in pieces:
        if merged and piece.actor is None and merged[-1].actor is None:
            merged[-1] = Piece(merged[-1].text + piece.text)
        else:
            merged.append(piece)
    return merged


def plain(pieces: list[Piece]) -> str:
    return "".join(piece.text for piece in pieces)
