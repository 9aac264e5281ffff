"""Stage 4, recognise: names of people, organisations and places in one article.

Names are runs of capitalised words. Each run is split at role words
("Russian President | Vladimir Putin"), cut free of sentence-opening words,
and typed by the evidence around it: role words and honorifics, given
names, surname endings, verbs of saying, organisation heads, acronyms, a
gazetteer of places. What the text alone cannot type stays undecided for
resolution, which sees the whole archive. Credits, photo credits and the
dateline are metadata, so the reporters and photographers they name are
never actors.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from functools import lru_cache

from ..clean.vocabulary import CAPTION_LABEL, PHOTO_CREDIT
from ..model import TITLE_BLOCK, ArticleRecord, NameMention
from ..names import (
    ascii_lower,
    latin_nominatives,
    name_keys,
    one_script,
    person_gender,
    skeleton,
    surname_gender,
)
from .places import place_name, place_names
from .vocabulary import (
    AWARD_WORDS,
    BODY_AFTER_AND,
    COMPOUND_ADJECTIVE,
    DEMONYM_ENDING,
    DEMONYMS,
    DETERMINER_BEFORE,
    ENTERPRISE_MODIFIERS,
    FEMININE_HONORIFICS,
    FRENCH_ADJECTIVE_ENDINGS,
    FRENCH_BODY_HEADS,
    FRENCH_SMALL_WORDS,
    GENERATION_AFTER,
    GENERATION_AFTER_NAME,
    GENERATION_BEFORE,
    GENERATION_WORDS,
    GERMAN_BODY_NOUNS,
    GERMAN_DETERMINERS,
    GERMAN_NEWS_NOUNS,
    GERMAN_NOUN_ENDING,
    GIVEN_NAMES,
    INITIAL,
    INSTITUTION_OPENER,
    INSTITUTIONS,
    KINSHIP_BEFORE,
    MASCULINE_HONORIFICS,
    MEDIA_NOUNS,
    NAME_CONNECTORS,
    NAME_OPENERS,
    NAME_PARTICLES,
    NEWS_OUTLETS,
    NOT_NAMES,
    ORGANIZATION_APPOSITIVE,
    ORGANIZATION_HEADS,
    ORGANIZATION_NOUN_AFTER,
    ORGANIZATION_NOUN_BEFORE,
    ORGANIZATION_OPENERS,
    PARTY_SIDE_BEFORE,
    PLACE_HEADS,
    PLACE_NOUN_AFTER,
    PLACE_WORDS_BEFORE,
    ROLE_BEFORE,
    RUSSIAN_BODY_HEADS,
    SENTENCE_OPENERS,
    SPEECH_AFTER,
    TITLES,
    WEAK_ROLE_BEFORE,
    WEEKDAYS_AND_MONTHS,
    WHO_AFTER,
)

# Capital letters; Latin Extended-A mixes capitals and small letters (Ł ł, Ś ś, Ŭ ŭ), so
# its capitals are listed one by one, or "ŭsia" in "sustreŭsia" would open a name.
_UPPER = (
    "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper()) + "А-ЯЁІЎЄЇҐ"
)
_PARTICLES = "|".join(p + "|" + p.capitalize() for p in NAME_PARTICLES)
# A news site named by its address: "Tut.by", "Meduza.io".
_WEB_NAME = re.compile(
    rf"[{_UPPER}][\w-]*\.(?:by|ru|ua|pl|lt|lv|ee|eu|com|org|net|info|io|media|news|online)(?!\w|\.\w)"
)
TOKEN = re.compile(
    rf"(?:(?:Mr|Mrs|Ms|Dr|St|Jr|Prof)\.|{_WEB_NAME.pattern}|(?:[{_UPPER}]\.){{2,4}}|[{_UPPER}]\."
    rf"|(?<![\w’'-])(?:(?:{_PARTICLES}) )+[{_UPPER}][\w’'\-]*\w|[{_UPPER}][\w’'\-]*\w)"
)
_POSSESSIVE = re.compile(r"(?:’s|'s|’|')$")
# "KGB", and "U.N." written with stops.
_ACRONYM = re.compile(rf"^(?:[{_UPPER}][{_UPPER}0-9&]{{1,5}}|(?:[{_UPPER}]\.){{2,4}})$")
SURNAME_SHAPE = re.compile(
    r"(?:enko|enka|chuk|yuk|uk|ko|ich|vich|ski|sky|skaya|ov|ova|ev|eva|in|ina|au)$"
)
_SENTENCE_START = re.compile(r"(?:[.!?:;]\s+|[\"“„«(—–-]\s*)$")
# Shouted words of headlines and captions, not acronyms.
_SHOUTED = frozenset(
    {
        "FILE",
        "PHOTO",
        "UPDATE",
        "BREAKING",
        "EXCLUSIVE",
        "LIVE",
        "VIDEO",
        "WATCH",
        "READ",
        "MORE",
        "NEW",
        "NEWS",
        "OPINION",
        "ANALYSIS",
        "TOP",
        "URGENT",
    }
)
# The evidence of a given name standing alone ("Maria smiled"), which resolution gives
# to the one person of that given name the article names in full, or else drops.
GIVEN_ALONE = "given-alone"
# The evidence of a relative introduced as such ("his son Pavel X"), whom resolution does
# not give a bare surname that someone else of the article may bear.
RELATIVE = "relative"
# The evidence of the country a body belongs to ("of:Russia"), which resolution keys it by.
COUNTRY_OF = "of:"
ROLE_WINDOW = 60  # characters before a name searched for a role word
# Before a given name that is also a place, these make it the place ("flew to Sofia").
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|near|to|from|towards?|outside|inside|into|via)\s+$")
# A block whose words of four letters or more are this much capitalised is in title case.
TITLE_CASE_SHARE = 0.8
# A line whose letters are this much capitals, over this many letters, is shouted.
SHOUTED_SHARE = 0.8
SHOUTED_MIN_LETTERS = 12


@dataclass
class _Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass
class _Group:
    tokens: list[_Token]
    evidence: list[str] = field(default_factory=list)
    gender: str | None = None
    organization: bool = False

    @property
    def text(self) -> str:
        return " ".join(t.text for t in self.tokens)


@dataclass(frozen=True)
class _Article:
    """What the whole article says about the words of each of its blocks."""

    lower_words: set[str]  # the words it writes in small letters
    written: set[str]  # the capitalised words it writes, outside shouted lines
    german: bool  # German prose, read so in every block: see `_in_german`


def _article(texts: list[str]) -> _Article:
    return _Article(
        lower_words={w for text in texts for w in re.findall(r"\b[a-zа-яё][\w’'-]*", text)},
        written={m.group(0) for t in texts if not _is_shouted(t) for m in TOKEN.finditer(t)},
        german=_in_german(texts),
    )


def _in_german(texts: list[str]) -> bool:
    """Whether half or more of an article's blocks are German prose: its short paragraphs,
    which may lack the small words that tell (see `is_prose`), and its headline are too."""
    german = sum(is_prose(text, "de") for text in texts)
    return german > 0 and 2 * german >= len(texts)


def recognise(record: ArticleRecord) -> list[NameMention]:
    """Every name in the article's story blocks, typed where the text says how.

    Names are read in each word's dominant script (see `names.one_script`), so a
    mention's text is the clean spelling; its offsets still point at the block.
    """
    texts = [one_script(block.text) for block in record.blocks]
    article = _article(texts)
    mentions: list[NameMention] = _in_headline(record, article)
    for index, block in enumerate(record.blocks):
        if block.kind == "credit":
            continue
        start, end = story_span(record, index)
        text = texts[index]
        title_case = block.kind == "heading" or _is_title_case(text[start:end])
        # "MIGRANTS STUCK AT THE BORDER": words, not acronyms, unless the story has them.
        known = article.written if _is_shouted(text[start:end]) else None
        bodies = list(_bodies_in_small_letters(record.id, index, text, start, end))
        mentions += bodies
        for group in _groups(text, start, end, article, title_case, known):
            mention = _typed(record.id, index, text, group)
            if mention is not None and not any(_overlap(mention, body) for body in bodies):
                mentions.append(mention)
    return _surnames_alone_as_the_man(mentions)


def _surnames_alone_as_the_man(mentions: list[NameMention]) -> list[NameMention]:
    """ "Сергей Трубецкой ... Трубецкой сказал": a surname alone whose ending reads as a
    woman's case form is the man's nominative where the article names a man with that very
    word, and no woman of the surname."""
    men = {m.surname for m in mentions if m.given and m.gender == "m"}
    women = {skeleton(m.surname or "") for m in mentions if m.given and m.gender == "f"}
    return [
        replace(m, gender="m")
        if not m.given and m.gender == "f" and m.surname in men and skeleton(m.surname) not in women
        else m
        for m in mentions
    ]


# A Russian body's name: capitalised first word, adjectives in lower case, a head noun.
_ADJECTIVE = r"[а-яё]+(?:ая|ый|ий|ой|ое|ее|ого|его|ому|ему|ую|ым|им|ых|их|ей)"
_RUSSIAN_BODY = re.compile(
    rf"(?<![\w-])[А-ЯЁ]{_ADJECTIVE}(?: {_ADJECTIVE}){{0,3}} (?:{'|'.join(RUSSIAN_BODY_HEADS)})"
    r"[а-яё]*(?![\w-])"
)
# A French body's name: a head noun, then words joined by small words ("pour la", "de l'"),
# each maybe with an adjective after it: "Organisation mondiale de la santé".
_FRENCH_ADJECTIVE = rf" [a-zà-ÿœ-]+(?:{'|'.join(FRENCH_ADJECTIVE_ENDINGS)})(?![\w-])"
_FRENCH_JOINED = (
    rf"(?:(?: (?:{'|'.join(FRENCH_SMALL_WORDS)}))+ (?:[dl][’'])?|(?: (?:de|à))? [dl][’'])"
    rf"[^\W\d_][\w-]*(?:{_FRENCH_ADJECTIVE})?"
)
_FRENCH_BODY = re.compile(
    rf"(?<![\w-])(?:{'|'.join(FRENCH_BODY_HEADS)})"
    rf"(?:{_FRENCH_ADJECTIVE})?(?:{_FRENCH_JOINED})+"  # not English "Commission official"
)


def _bodies_in_small_letters(article: str, block: int, text: str, start: int, end: int):
    """Russian and French names of bodies, which capitalise their first word only
    ("Центральная избирательная комиссия", "Верховного суда", "Organisation pour la
    sécurité et la coopération en Europe"): organisations by their head noun."""
    for pattern in (_RUSSIAN_BODY, _FRENCH_BODY):
        for found in pattern.finditer(text, start, end):
            yield NameMention(
                article, block, found.start(), found.end(), found.group(0), "organization"
            )


def _overlap(a: NameMention, b: NameMention) -> bool:
    return a.start < b.end and b.start < a.end


def _in_headline(record: ArticleRecord, article: _Article) -> list:
    """Names in the headline, read as a title whose every word may be capitalised."""
    if record.title_basis not in ("headline", "front-matter", "page-metadata"):
        return []  # a title made of the story's first words is no headline
    title = one_script(record.title)
    known_here = article.written if _is_shouted(title) else None
    groups = _groups(title, 0, len(title), article, True, known_here)
    return [m for g in groups if (m := _typed(record.id, TITLE_BLOCK, title, g)) is not None]


def story_span(record: ArticleRecord, index: int) -> tuple[int, int]:
    """The part of a block that is story: not the dateline, caption label or photo credit."""
    block = record.blocks[index]
    start, end = 0, len(block.text)
    dateline = record.dateline.text if record.dateline else None
    if dateline and block.text.startswith(dateline):
        start = len(dateline)
    if block.kind == "caption":
        if label := CAPTION_LABEL.match(block.text):
            start = label.end()
        if credit := PHOTO_CREDIT.search(block.text):
            end = _credit_start(block.text, credit.start())
    if credit := _LABELLED_CREDIT.search(block.text):
        end = min(end, _credit_start(block.text, credit.start()))
    return start, end


# A photo or video credit by its label, in any block: the photographer's name and
# agency to the block's end ("... в Минске. Фото: Имя Фамилия / AFP", "Fot. PAP/Name",
# "Photo: Jane Roe/Reuters"). After a sentence, a label starts a credit; opening the
# block, it may label a caption instead, so there a credit must name its agency ("/")
# or say "by". Read from where the caption's own label ends.
_CREDIT_LABEL = (
    r"(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Vv]ideo|Фото|Фота|Видео|Відео"
    r"|Fot|Foto|Bild|Zdjęcie|Credit)"
)
_LABELLED_CREDIT = re.compile(
    rf"(?<=[.!?»”\")] ){_CREDIT_LABEL}(?: by\s|\s*[:.]\s*)[^.!?]{{2,80}}\.?$"
    rf"|^{_CREDIT_LABEL}(?: by\s[^.!?]{{2,80}}|\s*[:.]\s*[^.!?/]{{2,60}}/[^.!?/]{{2,40}})\.?$"
)


def _credit_start(text: str, match_start: int) -> int:
    """Photo credits run back to the last sentence end ("... 2021. Sputnik/X/Y via Z")."""
    stop = max(text.rfind(". ", 0, match_start), text.rfind("(", 0, match_start))
    return stop + 1 if stop >= 0 else match_start


def _is_shouted(text: str) -> bool:
    """A line in capitals: its words are acronyms only where the story writes them so too."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= SHOUTED_MIN_LETTERS and sum(c.isupper() for c in letters) >= (
        SHOUTED_SHARE * len(letters)
    )


def _is_title_case(text: str) -> bool:
    """Nearly every word capitalised, short ones aside ("Calls for a New Vote"); a caption
    full of names ("... march along Independence Avenue in Minsk, Belarus") is not."""
    words = re.findall(r"[^\W\d_][\w’'-]{3,}", text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) / len(words) >= TITLE_CASE_SHARE


def _tokens(
    text: str, start: int, end: int, known: set[str] | None, german: set[str] | None
) -> list[list[_Token]]:
    """Runs of capitalised tokens separated by single spaces; only `known` ones if given.
    `german`: in German prose, the capitalised words the article writes (see
    `_german_genitive`); None in any other."""
    runs: list[list[_Token]] = []
    for match in TOKEN.finditer(text, start, end):
        if known is not None and match.group(0) not in known:
            continue
        token = _Token(match.group(0), match.start(), match.end())
        token = _particles_as_words(token, german is not None)
        previous = runs[-1][-1] if runs else None
        if german is not None and _german_genitive(token.text, german):
            token = _Token(token.text[:-1], token.start, token.end - 1)  # "Merkels": Merkel
        if previous and text[previous.end : token.start] == "s " and not _a_name_anywhere(token):
            continue  # "Merkels Anruf": what a German genitive owns (a name's "s" was cut)
        if previous and _plural_possessive(text, previous, token):
            runs[-1][-1] = _Token(text[previous.start : previous.end + 1], previous.start,
                                  previous.end + 1)  # fmt: skip
            runs[-1].append(token)
        elif (
            previous
            and text[previous.end : token.start] == " "
            and not _ends_a_name(previous, token)
        ):
            runs[-1].append(token)
        else:
            runs.append([token])
    return runs


_LEADING_PARTICLES = re.compile(rf"^(?:(?:{_PARTICLES}) )+")
# How East-Slavic surnames end in German spelling: their genitive adds "-s" ("Lukaschenkos",
# "Putins", "Tichanowskajas", "Kolesnikowas").
_GERMAN_SURNAME_STEM = re.compile(r"(?:ko|in|ow|ew|ja|owa|ewa|ina|ski|sky|itsch)$")


def _german_genitive(word: str, written: set[str]) -> bool:
    """German adds "-s" to a name for its genitive ("Merkels Anruf"): a word in "s" whose
    stem the article writes as a word of its own, or ends as East-Slavic surnames do."""
    if len(word) < 4 or not word.endswith("s") or word.endswith("ss") or is_acronym(word):
        return False
    stem = word[:-1]
    return stem in written or _GERMAN_SURNAME_STEM.search(stem) is not None


def _a_name_anywhere(token: _Token) -> bool:
    """A place or a body by its acronym: a name even where German puts a common noun (what
    a genitive owns: "Putins Russland", "Merkels CDU"; see `_noun_after_an_article`)."""
    return is_acronym(token.text) or place_name(token.text) is not None


# German articles and possessives, alone or joined to a preposition ("im", "zum").
_GERMAN_ARTICLE_BEFORE = re.compile(
    rf"\b(?:{'|'.join(sorted(GERMAN_DETERMINERS))}|im|am|zum|zur|vom|beim|ins|ans)\s$",
    re.IGNORECASE,
)


def _noun_after_an_article(text: str, group: _Group) -> bool:
    """German prose: a lone capitalised word after an article is a common noun ("das
    Telefonat", "den Dialog"), unless a place, an acronym, a given name or an institution
    ("der Kreml", "die Ukraine", "der OSZE")."""
    if len(group.tokens) != 1 or group.evidence or group.organization:
        return False
    token = group.tokens[0]
    if not _GERMAN_ARTICLE_BEFORE.search(text, max(0, token.start - 8), token.start):
        return False
    named = token.lower in INSTITUTIONS | NEWS_OUTLETS or is_given_name(token.text)
    return not (named or _a_name_anywhere(token))


def _particles_as_words(token: _Token, german: bool) -> _Token:
    """ "von Maria X", "Regime von Boris X", "von der OSZE", "loin de la Biélorussie": a
    particle before a given name, an acronym, a place (or, in German, a common noun) is a
    preposition, and German "der", "den" are articles; only a surname keeps its particles
    ("Ursula von der Leyen"), and a place whose name has one ("Le Havre")."""
    particles = _LEADING_PARTICLES.match(token.text)
    if particles is None:
        return token
    bare = token.text[particles.end() :]
    article = german and particles.group(0).split()[0].lower() in ("der", "den")
    word = (
        is_given_name(bare)
        or is_acronym(bare)
        or (place_name(bare) is not None and place_name(token.text) is None)
        or (german and german_common_noun(bare))
    )
    if not (article or word):
        return token
    return _Token(bare, token.start + particles.end(), token.end)


def german_common_noun(word: str) -> bool:
    """A German common noun by its ending or as a frequent noun of the news (compounds
    too), or a determiner: German capitalises them all, so the capital names nothing.
    Never a given name, a place, an acronym or a body's head word."""
    lower = word.lower()
    if lower in GERMAN_DETERMINERS:
        return True
    if is_acronym(word) or lower in ORGANIZATION_HEADS or is_given_name(word):
        return False
    noun = GERMAN_NOUN_ENDING.search(lower) is not None or lower.endswith(GERMAN_NEWS_NOUNS)
    return noun and place_name(word) is None


def _without_common_nouns(group: _Group) -> _Group | None:
    """German prose: common nouns opening a name are cut, and the last of them types the
    rest ("Menschenrechtsorganisation X" is X, an organisation); a common noun alone, or
    nouns only, are no name."""
    tokens = group.tokens
    cut = 0
    while cut < len(tokens) and german_common_noun(_POSSESSIVE.sub("", tokens[cut].text)):
        cut += 1
    if cut == 0:
        return group
    if cut == len(tokens):
        return None
    body = group.organization or tokens[cut - 1].lower.endswith(GERMAN_BODY_NOUNS)
    return _Group(tokens[cut:], group.evidence, group.gender, body)


def _plural_possessive(text: str, before: _Token, token: _Token) -> bool:
    """ "the Students' Association": a plural possessive before a body's head word."""
    return (
        text[before.end : token.start] in ("' ", "’ ")
        and before.text.endswith("s")
        and token.lower in ORGANIZATION_HEADS
        and place_name(before.text) is None
    )


def _ends_a_name(possessor: _Token, following: _Token) -> bool:
    """A possessive ends a name ("the OSCE's Office for ..." is two), unless an
    office is named after its holder ("the Prosecutor General's Office") or its
    members ("the Students' Association")."""
    bare = _POSSESSIVE.sub("", possessor.text)
    if bare == possessor.text:
        return False
    members = possessor.text.endswith(("s'", "s’")) and following.lower in ORGANIZATION_HEADS
    return not (members or (bare.lower() in TITLES and following.lower in ORGANIZATION_HEADS))


# A number right after a name, not the start of a longer number, a share or a date.
_NUMBER_AFTER = re.compile(r" (\d{1,3})(?![\d%]|[.,]\d| ?per ?cent)")
_WORD_BEFORE = re.compile(r"([a-z]+)\W*$")


def _groups(
    text: str,
    start: int,
    end: int,
    article: _Article,
    title_case: bool,
    known: set[str] | None,
) -> Iterable[_Group]:
    german = article.german or is_prose(text[start:end], "de")
    lower_words = article.lower_words
    written = article.written if german else None
    runs = [_numbered(text, run) for run in _tokens(text, start, end, known, written)]
    runs = _merge_organization_names(text, runs, lower_words, title_case)
    for run in runs:
        if isinstance(run, _Group):
            yield run
            continue
        for group in _split_run(text, run, lower_words, title_case):
            kept = _without_common_nouns(group) if german else group
            if kept is not None and not (german and _noun_after_an_article(text, kept)):
                yield kept


def _numbered(text: str, run: list[_Token]) -> list[_Token] | _Group:
    """A broadcaster's name ending in a number ("Rossiya 24"), the number kept."""
    number = _NUMBER_AFTER.match(text, run[-1].end)
    if number is None:
        return run
    before = _WORD_BEFORE.search(text, max(0, run[0].start - 30), run[0].start)
    if run[-1].lower not in MEDIA_NOUNS and not (before and before.group(1) in MEDIA_NOUNS):
        return run
    return _Group(
        [*run, _Token(number.group(1), number.start(1), number.end(1))], organization=True
    )


def _merge_organization_names(
    text: str, runs: list, lower_words: set[str], title_case: bool
) -> list:
    """Join "Ministry" + "of" + "Foreign Affairs", "KGB" + "of" + "Belarus" into one name."""
    merged: list = []
    for run in runs:
        if isinstance(run, _Group):  # whole already: "Belarus 1"
            merged.append(run)
            continue
        previous = merged[-1] if merged else None
        tokens = previous.tokens if isinstance(previous, _Group) else previous
        if tokens and not _is_filler(run[0]):
            gap = text[tokens[-1].end : run[0].start].strip().lower()
            head = tokens[-1].lower in ORGANIZATION_HEADS | AWARD_WORDS or is_acronym(
                tokens[-1].text
            )
            inside = isinstance(previous, _Group)
            opens = gap in NAME_OPENERS and (head or inside)
            # "... and Co-operation in Europe" continues; "... and Russia" is another name.
            continues = (
                inside
                and gap in NAME_CONNECTORS
                and (gap not in ("and", "und") or place_name(run[0].text) is None)
            )
            if (
                opens
                or continues
                or _one_body_of_two_words(text, tokens, gap, run)
                or (not title_case and _purpose_of_a_body(tokens, gap, run))
            ):
                first = _without_fillers(text, tokens, lower_words)
                group = previous if inside else _Group(first, organization=True)
                group.tokens.extend(run)
                merged[-1] = group
                continue
        merged.append(run)
    return merged


def _purpose_of_a_body(before: list[_Token], gap: str, run: list[_Token]) -> bool:
    """ "the Committee to Protect Journalists": "to" after a body's head opens the rest of
    its name, unless a place, a person or an acronym follows ("its Commission to Minsk").
    In prose only: a headline's "Commission to Propose Sanctions" is a sentence."""
    first = run[0].text
    named = is_acronym(first) or place_name(first) or is_given_name(first)
    return (
        gap == "to"
        and before[-1].lower in ORGANIZATION_HEADS
        and not named
        and not SURNAME_SHAPE.search(ascii_lower(first))
    )


def _one_body_of_two_words(text: str, before: list[_Token], gap: str, run: list[_Token]) -> bool:
    """ "Law and Justice (PiS) party": two words joined by "and" before the kind of body
    they name are one name, unless either is a person's or a place's."""
    words = [*before, *run]
    return (
        gap == "and"
        and len(before) == len(run) == 1
        and BODY_AFTER_AND.match(text[run[-1].end : run[-1].end + ROLE_WINDOW]) is not None
        and not any(is_given_name(t.text) or place_name(t.text) for t in words)
        and not any(SURNAME_SHAPE.search(ascii_lower(t.text)) for t in words)
    )


def _is_filler(token: _Token) -> bool:
    """Words that open sentences or date them, never part of a name."""
    return token.lower in NOT_NAMES or token.lower in WEEKDAYS_AND_MONTHS


def _without_fillers(text: str, tokens: list[_Token], lower_words: set[str]) -> list[_Token]:
    """ "The Supreme Court": the sentence's first word is not the court's name, nor is a
    first word the article writes in lower case elsewhere (German "Die Organisation")."""
    index = 0
    while index < len(tokens) - 1 and (
        _is_filler(tokens[index])
        or (index == 0 and tokens[0].lower in lower_words and opens_sentence(text, tokens[0].start))
    ):
        index += 1
    return tokens[index:]


def _split_run(
    text: str, run: list[_Token], lower_words: set[str], title_case: bool
) -> Iterable[_Group]:
    """Cut a run at role words, dates and sentence openers; roles become evidence."""
    if _capitalised_word_by_word(text, run, title_case):
        yield _Group(list(run))
        return
    group = _Group([])
    for position, raw in enumerate(run):
        bare = _POSSESSIVE.sub("", raw.text)
        token = _Token(bare, raw.start, raw.start + len(bare))
        lower = token.lower
        opening = title_case or (not group.tokens and opens_sentence(text, token.start))
        if group.tokens and _stands_apart(group.tokens, token, position + 1 < len(run)):
            yield from _body_of_title(group, token)  # "CEC Chairperson Lidia Yermoshina"
            group = _Group([])
        if opening and not group.tokens and _opens_before_a_name(token, run):
            continue  # "Talks between Vladimir Putin ...": a sentence's first word
        if (lower in TITLES or _monsieur(text, token)) and not _names_a_body(run, position):
            if group.tokens:
                yield group
            group = _Group([], [f"title:{lower}"], _honorific_gender(lower))
        elif (
            lower in NOT_NAMES
            or lower in WEEKDAYS_AND_MONTHS
            or token.text in _SHOUTED
            or COMPOUND_ADJECTIVE.search(lower)
            or (opening and _common_opener(token, lower_words))
        ):
            if group.tokens:
                yield group
            group = _Group([])
        else:
            # A possessive ends the name ("Putin's Kremlin"), not an office's holder's.
            following = run[position + 1] if position + 1 < len(run) else None
            group.tokens.append(raw if following and not _ends_a_name(raw, following) else token)
            if bare != raw.text and group.tokens[-1] is token:
                yield group
                group = _Group([])
    if group.tokens:
        yield group


# Small words that a name capitalised word by word capitalises too: "Reporters Without
# Borders", "Ministry Of Defence".
_SMALL_WORDS_OF_NAMES = frozenset(
    "of for and the in on to with without against under over between among by at".split()
)


def _capitalised_word_by_word(text: str, run: list[_Token], title_case: bool) -> bool:
    """A small word capitalised inside a run of prose (not a title's or a sentence's first
    word) makes the run one name, its first word too ("Reporters Without Borders")."""
    return not title_case and any(
        t.lower in _SMALL_WORDS_OF_NAMES and not opens_sentence(text, t.start) for t in run[1:-1]
    )


# Words of a language's prose, frequent there and rare in English (not "a", "et", "de";
# not "die", "den", "hat", "in").
_PROSE_WORDS = {
    "fr": re.compile(
        r"\b(?:le|la|les|des|du|est|qui|une|dans|avec|pour|sont|été|aux|pas|elle|selon|mais"
        r"|ont|cette|ces|leur|nous|vous|très|après|depuis)\b"
    ),
    "de": re.compile(
        r"\b(?:der|das|und|nicht|sich|mit|dem|des|ist|wurde|wird|werde|auch|auf|für|eine"
        r"|einer|einen|sagte|nach|bei|gegen|zum|zur|im|vom|sind|seien|sei|wurden|habe|haben)\b"
    ),
}
# Distinct such words that make a block that language's prose; fewer in a short one.
PROSE_WORDS_NEEDED = 3
SHORT_BLOCK = 160


def is_prose(text: str, language: str) -> bool:
    """A block written in `language` ("fr", "de"), by the distinct small words it uses."""
    found = len(set(_PROSE_WORDS[language].findall(text)))
    return found >= PROSE_WORDS_NEEDED or (
        found == PROSE_WORDS_NEEDED - 1 and len(text) < SHORT_BLOCK
    )


def _monsieur(text: str, token: _Token) -> bool:
    """ "M. Loukachenko" in French prose is Monsieur Loukachenko, not an initial."""
    return token.text == "M." and is_prose(text, "fr")


def _body_of_title(group: _Group, holder: _Token) -> Iterable[_Group]:
    """The words between a title and its holder's full name name the body the title
    heads, not a person ("Зампред Совбеза Дмитрий Медведев"), unless they name a place
    ("Президент Украины Владимир Зеленский")."""
    titled = any(e.startswith("title:") for e in group.evidence)
    if titled and is_given_name(holder.text) and place_name(group.text) is None:
        group = _Group(group.tokens, organization=True)
    yield group


def _stands_apart(before: list[_Token], token: _Token, more: bool) -> bool:
    """An acronym before a title, a given name or a place ("ЦИК Белоруссии") is a name of
    its own; so is a place in a case form, before a name ("президентом Польши Анджеем
    Дудой") or after one ("Совбез России"), and whatever stands before a given name that
    opens a person's name, a surname following (`more`: "General Staff Valery Gerasimov";
    not "the Union State"), unless the words before hold a given name or an initial
    ("Alexander Grigoryevich ...")."""
    previous = before[-1]
    if is_acronym(previous.text):
        return token.lower in TITLES or is_given_name(token.text) or bool(place_name(token.text))
    if _place_in_a_case(previous.text):
        return not is_given_name(previous.text)  # "Владимира Путина" is a man, not a city
    if _place_in_a_case(token.text) and not is_given_name(previous.text):
        return True  # "Совбез России", "Sejma Litvy": a body, then its country
    return (
        more
        and is_given_name(token.text)
        and not any(is_given_name(t.text) or INITIAL.match(t.text) for t in before)
    )


def _names_a_body(run: list[_Token], position: int) -> bool:
    """Title words before an organisation's head name it: "Foreign Ministry", "Press
    Service", "the President's Office", "the Prosecutor General's Office"."""
    for token in run[position:]:
        if token.lower in ORGANIZATION_HEADS:
            return True
        if _POSSESSIVE.sub("", token.lower) not in TITLES:
            return False
    return False


def _opens_before_a_name(token: _Token, run: list[_Token]) -> bool:
    """A capitalised first word followed by a given name is not part of the name."""
    index = next(i for i, t in enumerate(run) if t.start == token.start)
    following = run[index + 1] if index + 1 < len(run) else None
    return (
        following is not None
        and not is_given_name(token.text)
        and token.lower not in TITLES
        and is_given_name(following.text)
        and place_name(token.text) is None
    )


def _common_opener(token: _Token, lower_words: set[str]) -> bool:
    """A sentence's capitalised first word that is a common word of the language
    ("Накануне Тихановская", "Wczoraj Kowalski"), not a given name: no name's part."""
    return token.lower in lower_words or (
        token.lower in SENTENCE_OPENERS and not is_given_name(token.text)
    )


def opens_sentence(text: str, start: int) -> bool:
    return start == 0 or _SENTENCE_START.search(text[max(0, start - 4) : start]) is not None


def _honorific_gender(lower: str) -> str | None:
    if lower in MASCULINE_HONORIFICS:
        return "m"
    return "f" if lower in FEMININE_HONORIFICS else None


def _typed(article: str, block: int, text: str, group: _Group) -> NameMention | None:
    """Type one name by its evidence; None when it is not a name at all."""
    tokens = group.tokens
    if all(is_demonym(t.text) for t in tokens) or _names_a_prize(text, tokens):
        return None
    if is_acronym(tokens[-1].text) and all(is_demonym(t.text) for t in tokens[:-1]):
        tokens = tokens[-1:]  # "the Belarusian KGB"
    if len(tokens) == 1 and is_given_name(tokens[0].text) and not is_acronym(tokens[0].text):
        return _given_alone(article, block, text, tokens[0])
    if len(tokens) == 1 and tokens[0].lower in ORGANIZATION_HEADS:
        return None  # "the Ministry said": which ministry, the text does not say
    if initialled := _surname_before_initials(tokens):
        return _surname_first(article, block, text, initialled, group.evidence)
    tokens, end, generation = _generation_word(text, tokens)
    kind = "person" if generation else _kind(tokens, group)
    if kind in (None, "person") and (
        _body_of_its_kind(text, tokens, end) or _defined_by_acronym(text, tokens, end)
    ):
        kind = "organization"
    evidence = list(group.evidence)
    kind = kind or _kind_by_surroundings(text, tokens[0].start, end)
    if kind in (None, "person"):
        tokens = _without_demonyms(tokens)
        generation = generation or _generation_around(text, tokens[0].start, end)
    if kind is None:
        evidence += _context_evidence(text, tokens[0].start, tokens[-1].end)
        kind = "organization" if "organization-noun-after" in evidence else None
        kind = kind or _person_by_context(tokens, evidence)
    start = tokens[0].start
    if kind == "organization" and len(tokens) > 1:
        evidence += _country_before(text, start)
    if kind == "organization":
        evidence += _country_after(text, end)
    given = surname = gender = None
    if kind in (None, "person"):
        given, surname, gender = _person_parts(tokens, group.gender)
        evidence += [f"generation:{generation}"] if generation else []
        evidence += [RELATIVE] if KINSHIP_BEFORE.search(text[max(0, start - 30) : start]) else []
    return NameMention(
        article, block, start, end, text[start:end], kind, given, surname, gender, tuple(evidence)
    )


# Initials after a surname, as Russian documents write a name: "Лукашенко А.Г.", "Д. С.".
_INITIALS = re.compile(rf"^(?:[{_UPPER}]\.){{1,3}}$")


def _surname_before_initials(tokens: list[_Token]) -> list[_Token] | None:
    """A name written surname first, its given name's and patronymic's initials after
    ("Лукашенко А.Г.", "Песков Д. С."): the surname and initials, not a sentence's first
    word before them ("Заявление Пескова Д.С."); None for any other name, for one capital
    letter after a word ("World War I.") and for a place ("Washington D.C.")."""
    count = 0
    while count < len(tokens) and _INITIALS.match(tokens[-1 - count].text):
        count += 1
    letters = sum(t.text.count(".") for t in tokens[len(tokens) - count :])
    if count == len(tokens) or letters < 2:
        return None
    surname = tokens[-1 - count].text
    return None if is_acronym(surname) or place_name(surname) else tokens[-1 - count :]


def _surname_first(
    article: str, block: int, text: str, tokens: list[_Token], evidence: list[str]
) -> NameMention:
    """A person written surname first: the first initial stands for the given name."""
    surname, initial = tokens[0].text, tokens[1].text[:2]
    start, end = tokens[0].start, tokens[-1].end
    gender = person_gender(initial, surname)
    return NameMention(
        article, block, start, end, text[start:end], "person", initial, surname, gender,
        tuple(evidence),
    )  # fmt: skip


# A word for a prize or its winner right after a name: "Nobel laureate", "Pulitzer
# Prize-winning", "Нобелевской премии".
_AWARD_AFTER = re.compile(r"[ -](\w+)")


def _names_a_prize(text: str, tokens: list[_Token]) -> bool:
    """A prize's name ("Sakharov Prize for Freedom of Thought") or the name a prize bears
    ("the Nobel laureate X"): no actor, and no mention of the prize's namesake."""
    after = _AWARD_AFTER.match(text, tokens[-1].end)
    words = [t.lower.split("-")[0] for t in tokens]
    return any(w in AWARD_WORDS for w in words) or (
        after is not None and after.group(1).lower() in AWARD_WORDS
    )


# A country's possessive right before a body's name: "Russia's Security Council".
_POSSESSOR_BEFORE = re.compile(rf"([{_UPPER}][\w-]*)(?:'s|’s|') $")


def _country_before(text: str, start: int) -> list[str]:
    """ "Russia's Security Council" is Russia's, not the Security Council another
    article names bare: the country becomes evidence (`of:Russia`) that keys the body."""
    possessor = _POSSESSOR_BEFORE.search(text, max(0, start - 40), start)
    place = place_name(possessor.group(1)) if possessor else None
    return [f"{COUNTRY_OF}{place}"] if place else []


# The word right after an acronym: "МИД России", "MSZ Białorusi".
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")


def _country_after(text: str, end: int) -> list[str]:
    """ "МИД России" and "МИД Белоруссии" are two countries' ministries, not one "МИД": a
    body's name before a place in a case form (the genitive) is that country's body."""
    after = _WORD_AFTER.match(text, end)
    place = _place_in_a_case(after.group(1)) if after else None
    return [f"{COUNTRY_OF}{place}"] if place else []


def _given_alone(article: str, block: int, text: str, given: _Token) -> NameMention | None:
    """ "Maria smiled": only the article's one person of that given name, if it has one
    (resolution decides); a given name that is also a place ("Sofia") is the place
    after "in" or "to", and where no one in the article has it."""
    place = place_name(given.text) is not None
    if place and _PLACE_PREPOSITION.search(text, max(0, given.start - 12), given.start):
        return NameMention(article, block, given.start, given.end, given.text, "place")
    if PLACE_NOUN_AFTER.match(text[given.end : given.end + 30]):  # "at Haneda airport"
        return NameMention(article, block, given.start, given.end, given.text, "place")
    kind = "place" if place else "person"
    return NameMention(
        article, block, given.start, given.end, given.text, kind, given.text,
        evidence=(GIVEN_ALONE,),
    )  # fmt: skip


def _body_of_its_kind(text: str, tokens: list[_Token], end: int) -> bool:
    """ "the Belarusian Christian Democracy party", "the European Belarus movement": a
    name between "the" and the kind of body it is names that body, whatever a given name
    or a place in it says; not a person's surname ("the Lukashenko regime") nor a place
    alone ("the Belarus service")."""
    if len(tokens) < 2 or not ORGANIZATION_NOUN_AFTER.match(text[end : end + ROLE_WINDOW]):
        return False  # most names: checked first, as it is cheap
    before = _DETERMINER_AND_DEMONYM.search(text, max(0, tokens[0].start - 40), tokens[0].start)
    if before is None or (before.group(1) is not None and not is_demonym(before.group(1))):
        return False
    last = tokens[-1].text
    full_name = is_given_name(tokens[0].text) and (
        SURNAME_SHAPE.search(ascii_lower(last)) or surname_gender(last)
    )
    return not full_name and place_name(" ".join(t.text for t in tokens)) is None


_DETERMINER_AND_DEMONYM = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:([A-Z]\w+) )?$")


# An acronym and an opening parenthesis before a name, or the acronym in parentheses after.
_ACRONYM_BEFORE = re.compile(r"(\S+) \($")
_ACRONYM_AFTER = re.compile(r" \((\S+)\)")


def _defined_by_acronym(text: str, tokens: list[_Token], end: int) -> bool:
    """ "BelAZ (Belarusian Autoworks)", "Belarusian Autoworks (BelAZ)": a name of several
    words that an acronym of its first letter defines is the body the acronym names, its
    nationality word and all."""
    if len(tokens) < 2:
        return False
    before = _ACRONYM_BEFORE.search(text, max(0, tokens[0].start - 12), tokens[0].start)
    after = _ACRONYM_AFTER.match(text, end)
    if before and text.startswith(")", end):
        acronym = before.group(1)
    elif after:
        acronym = after.group(1)
    else:
        return False
    return is_acronym(acronym) and acronym[0] == tokens[0].text[0]


def _kind_by_surroundings(text: str, start: int, end: int) -> str | None:
    """The kind of body or place the words around a name say it is: "the news site
    Zerkalo", "Belsat, a Polish-funded broadcaster", "the opposition Civic Platform",
    "Совбез России" (a country's body), "the village of Kopys", "the Kuźnica crossing"."""
    if ORGANIZATION_NOUN_BEFORE.search(
        text, max(0, start - ROLE_WINDOW), start
    ) or ORGANIZATION_APPOSITIVE.match(text[end : end + 2 * ROLE_WINDOW]):
        return "organization"
    if PARTY_SIDE_BEFORE.search(text, max(0, start - ROLE_WINDOW), start):
        return "organization"
    if _country_after(text, end):
        return "organization"  # "Совбез России", "Sejma Litvy": a country's body
    if PLACE_WORDS_BEFORE.search(text, max(0, start - ROLE_WINDOW), start):
        return "place"
    return "place" if PLACE_NOUN_AFTER.match(text[end : end + 30]) else None


def _generation_word(text: str, tokens: list[_Token]) -> tuple[list[_Token], int, str | None]:
    """A surname's generation word ("Babaryka Jr.", "Babaryka senior"): the name's
    words without it, the end of the mention with it, and the generation it says."""
    if len(tokens) > 1 and (generation := GENERATION_WORDS.get(tokens[-1].lower)):
        return tokens[:-1], tokens[-1].end, generation
    end = tokens[-1].end
    if after := GENERATION_AFTER.match(text, end):
        return tokens, after.end(), GENERATION_WORDS[after.group(1).lower()]
    return tokens, end, None


def _generation_around(text: str, start: int, end: int) -> str | None:
    """Which of two relatives the words around a name make it ("the elder X",
    "the son of X", "X, the son of ...")."""
    before = text[max(0, start - ROLE_WINDOW) : start]
    for pattern, generation in GENERATION_BEFORE:
        if pattern.search(before):
            return generation
    for pattern, generation in GENERATION_AFTER_NAME:
        if pattern.match(text, end):
            return generation
    return None


def _kind(tokens: list[_Token], group: _Group) -> str | None:
    """The type the name's own words give: organisation, place, or person."""
    name = " ".join(t.text for t in tokens)
    lower = name.lower()
    words = [t.lower for t in tokens]
    if group.organization or lower.removeprefix("the ") in INSTITUTIONS | NEWS_OUTLETS:
        return "organization"
    if place_name(name) and (not group.evidence or _place_in_a_case(name)):
        return "place"  # "Президент Украины": a title before a place's genitive
    if len(tokens) == 1 and (is_acronym(name) or _WEB_NAME.fullmatch(name)):
        return "organization"
    if words[-1] in ORGANIZATION_HEADS or (len(words) > 1 and words[0] in ORGANIZATION_HEADS):
        return "organization"
    if INSTITUTION_OPENER.match(words[0]):
        return "organization"  # "Kancelarii Premiera", "Министерства обороны"
    if len(words) > 1 and words[-1] in PLACE_HEADS:
        return "organization" if words[-2] in ENTERPRISE_MODIFIERS else "place"
    if len(words) > 1 and words[0] in ORGANIZATION_OPENERS:
        return "organization"
    named = _has_given_name(tokens) or INITIAL.match(tokens[0].text)
    if (group.evidence or named) and len(tokens) <= 4:
        return "person"
    return None


def _place_in_a_case(name: str) -> str | None:
    """The place a name written in a case form names ("Украины", "Białorusi", "Litvy"): the
    gazetteer knows it once an ending is undone. No person's name is a place so written."""
    return place_name(name) if name.casefold() not in place_names() else None


def is_acronym(word: str) -> bool:
    """ "KGB", "U.N.", and acronyms with a lower-case letter in them ("GUBOPiK", "BelTA")."""
    if _ACRONYM.match(word):
        return True
    capitals = sum(c.isupper() for c in word)
    return word.isalpha() and capitals >= 3 and capitals > len(word) - capitals


def _has_given_name(tokens: list[_Token]) -> bool:
    return len(tokens) >= 2 and is_given_name(tokens[0].text)


@lru_cache(maxsize=65536)
def is_given_name(word: str) -> bool:
    """A common given name in any spelling, or in a case of Russian ("Анджеем") or Polish
    ("Andrzejem", "Tomaszowi": the name itself before the ending, to the letter)."""
    plain = ascii_lower(word)
    return (
        plain in GIVEN_NAMES
        or _LATIN_GIVEN_CASE.sub("", plain) in GIVEN_NAMES
        or any(_alike(plain, name) for key in name_keys(word) for name in _BY_SKELETON.get(key, ()))
    )


def given_nominative(word: str) -> str | None:
    """A common given name as written, or its nominative when a Polish case ending was
    added to it ("Mateuszem" -> "Mateusz") or replaced its own ("Marią" -> "Maria");
    None for any other word."""
    replaced = [name for name in latin_nominatives(word) if is_given_name(name)]
    if replaced:
        return replaced[0]
    plain = ascii_lower(word)
    if plain in GIVEN_NAMES:
        return word
    ending = _LATIN_GIVEN_CASE.search(plain)
    if ending is None or plain[: ending.start()] not in GIVEN_NAMES:
        return None
    return word[: len(word) - (len(plain) - ending.start())]


# Polish case endings of a man's given name that add a consonant (instrumental, dative).
_LATIN_GIVEN_CASE = re.compile(r"(?<=[a-z]{3})(?:i?em|owi)$")


# How alike (difflib's ratio) a word must be to a common given name of its skeleton to be
# that name in another spelling: "Jauhien" is Yauhen (0.77), "Siarhiej" Siarhei (0.8);
# "Vater" is not Victoria (0.31), though the skeletons fold to one.
GIVEN_LIKENESS = 0.5


def _given_skeletons() -> dict[str, tuple[str, ...]]:
    by_skeleton: dict[str, list[str]] = defaultdict(list)
    for name in GIVEN_NAMES:
        if len(key := skeleton(name)) >= 3:
            by_skeleton[key].append(name)
    return {key: tuple(names) for key, names in by_skeleton.items()}


_BY_SKELETON = _given_skeletons()


def _alike(plain: str, name: str) -> bool:
    return SequenceMatcher(None, plain, name).ratio() >= GIVEN_LIKENESS


def _context_evidence(text: str, start: int, end: int) -> list[str]:
    """Words around the name; after "the" it names a thing ("founder of the Viasna centre")."""
    evidence = []
    before = text[max(0, start - ROLE_WINDOW) : start]
    after = text[end : end + 60]
    if DETERMINER_BEFORE.search(before):
        return ["organization-noun-after"] if ORGANIZATION_NOUN_AFTER.match(after) else []
    if ROLE_BEFORE.search(before):
        evidence.append("role-before")
    elif WEAK_ROLE_BEFORE.search(before):
        evidence.append("weak-role-before")
    if SPEECH_AFTER.match(after):
        evidence.append("speech-after")
    if WHO_AFTER.match(after):
        evidence.append("who-after")
    return evidence


def _person_by_context(tokens: list[_Token], evidence: list[str]) -> str | None:
    """A name with a person's shape and a person's context is a person."""
    shaped = SURNAME_SHAPE.search(ascii_lower(tokens[-1].text)) is not None
    if "role-before" in evidence and len(tokens) <= 3:
        return "person"
    context = {"speech-after", "who-after", "weak-role-before"}
    if shaped and (context.intersection(evidence) or len(tokens) >= 2):
        return "person"
    return None


def is_demonym(word: str) -> bool:
    """ "Belarusian", "German": an adjective of origin, not a name ("Brian" is a name)."""
    if word in DEMONYMS:
        return True
    return DEMONYM_ENDING.match(word) is not None and word.lower() not in GIVEN_NAMES


def _without_demonyms(tokens: list[_Token]) -> list[_Token]:
    while len(tokens) > 1 and is_demonym(tokens[0].text):
        tokens = tokens[1:]
    return tokens


def _person_parts(tokens: list[_Token], honorific_gender: str | None):
    """(given name or initial, surname, gender) of a person's name."""
    surname = tokens[-1].text
    given = tokens[0].text if len(tokens) >= 2 else None
    return given, surname, person_gender(given, surname) or honorific_gender
