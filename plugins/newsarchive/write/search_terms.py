"""How text becomes search terms, made the same way here (index) and in the page (queries).

lunr.js 2.3.9 runs each query word through the functions the serialized index
names in its pipeline; the index must hold terms made exactly the same way, or
words are never found. Two parts of lunr.py 0.8.0 disagree with lunr.js, so
they are replaced here:

- its English stemmer is an older Porter port: it turns a final y after a
  vowel into i (day -> dai, Monday -> mondai) where lunr.js keeps the y, so a
  search for "monday" typed in the browser found nothing. `stem` is a port of
  lunr.js's own stemmer and keeps lunr.js's pipeline name, "stemmer";
- its trimmer keeps punctuation around words with an inner apostrophe
  ("Lukashenko's," stays as is). `normalize` trims the way the page does.

`normalize` also folds case, accents and scripts before stemming, with one
table (`fold_table`) that the page receives as data, so both sides fold alike:
"cesar" finds "César", "Lukašenka" finds "Lukashenka", "Lukashenko" finds
"Лукашенко".
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from anyascii import anyascii
from lunr.pipeline import Pipeline
from lunr.stop_word_filter import WORDS as STOP_WORDS
from lunr.token import Token

# The name the page registers its copy of `normalize` under (search-core.js).
NORMALIZE_LABEL = "newsarchiveNormalize"
INDEX_TERM_LABEL = "newsarchiveIndexTerm"
# lunr.js's name for its stemmer: the serialized pipeline loads with it.
STEMMER_LABEL = "stemmer"

# Unicode blocks folded to Latin letters as readers type them (anyascii's
# transliteration): accented Latin, decomposed accents (dropped), Greek,
# Cyrillic, and typographic spaces, dashes and quotes (to plain ones, so the
# tokenizer splits on them as on " " and "-").
FOLDED_BLOCKS = (
    (0x00A0, 0x024F),  # Latin-1 Supplement, Latin Extended-A and -B
    (0x0300, 0x036F),  # Combining Diacritical Marks
    (0x0370, 0x03FF),  # Greek and Coptic
    (0x0400, 0x052F),  # Cyrillic, Cyrillic Supplement
    (0x1E00, 0x1EFF),  # Latin Extended Additional
    (0x2000, 0x206F),  # General Punctuation
)
# Háček letters read as the English transliteration of the same Cyrillic
# letter (ш -> sh), so Belarusian Latin "Lukašenka" meets "Lukashenka".
SPELLED_LIKE_CYRILLIC = {"š": "sh", "č": "ch", "ž": "zh"}

# Non-letters at a word's edges, and the possessive; the page uses the same
# patterns with the `u` flag (\p{L}\p{N} is what Python's \w means here, minus "_").
EDGE_NON_WORD = re.compile(r"^[\W_]+|[\W_]+$")
POSSESSIVE = re.compile(r"'s$")
APOSTROPHE = "'"
# lunr.js's word separator (lunr.tokenizer.separator, /[\s\-]+/), spelled out:
# the page splits queries with it, so the index splits text with the same.
WORD_SEPARATOR = re.compile(
    r"[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff-]+"
)
# Normalized and stemmed words are remembered: an archive repeats its vocabulary.
WORDS_REMEMBERED = 1 << 18


@cache
def fold_table() -> dict[str, str]:
    """Character -> what it folds to, for lower-case and caseless characters of FOLDED_BLOCKS."""
    table = {}
    for first, last in FOLDED_BLOCKS:
        for code in range(first, last + 1):
            char = chr(code)
            if char.lower() != char:
                continue  # upper case: lowered before the table is read
            folded = SPELLED_LIKE_CYRILLIC.get(char, anyascii(char).lower())
            if folded != char:
                table[char] = folded
    return table


@cache
def _translation() -> dict[int, str]:
    return str.maketrans(fold_table())


def fold(text: str) -> str:
    """Lower case, then every character through `fold_table` (others unchanged)."""
    return text.lower().translate(_translation())


def words(text: str) -> list[str]:
    """`text` folded and split into words where the page splits a query."""
    return [word for word in WORD_SEPARATOR.split(fold(text)) if word]


@lru_cache(maxsize=WORDS_REMEMBERED)
def normalize(word: str) -> str:
    """A word as the index holds it before stemming: folded, trimmed, no possessive."""
    trimmed = EDGE_NON_WORD.sub("", fold(word))
    return POSSESSIVE.sub("", trimmed).replace(APOSTROPHE, "")


# lunr.js 2.3.9's Porter stemmer (lunr.stemmer), rule for rule; its comments
# and names are kept so the two can be compared side by side.
_STEP2 = {
    "ational": "ate",
    "tional": "tion",
    "enci": "ence",
    "anci": "ance",
    "izer": "ize",
    "bli": "ble",
    "alli": "al",
    "entli": "ent",
    "eli": "e",
    "ousli": "ous",
    "ization": "ize",
    "ation": "ate",
    "ator": "ate",
    "alism": "al",
    "iveness": "ive",
    "fulness": "ful",
    "ousness": "ous",
    "aliti": "al",
    "iviti": "ive",
    "biliti": "ble",
    "logi": "log",
}
_STEP3 = {
    "icate": "ic",
    "ative": "",
    "alize": "al",
    "iciti": "ic",
    "ical": "ic",
    "ful": "",
    "ness": "",
}
_C = "[^aeiou][^aeiouy]*"  # consonant sequence
_V = "[aeiouy][aeiou]*"  # vowel sequence
_MGR0 = re.compile(f"^({_C})?{_V}{_C}")  # [C]VC... is m>0
_MEQ1 = re.compile(f"^({_C})?{_V}{_C}({_V})?$")  # [C]VC[V] is m=1
_MGR1 = re.compile(f"^({_C})?{_V}{_C}{_V}{_C}")  # [C]VCVC... is m>1
_S_V = re.compile(f"^({_C})?[aeiouy]")  # vowel in stem
_RE_1A = re.compile(r"^(.+?)(ss|i)es$")
_RE2_1A = re.compile(r"^(.+?)([^s])s$")
_RE_1B = re.compile(r"^(.+?)eed$")
_RE2_1B = re.compile(r"^(.+?)(ed|ing)$")
_RE2_1B_2 = re.compile(r"(at|bl|iz)$")
_RE3_1B_2 = re.compile(r"([^aeiouylsz])\1$")
_RE4_1B_2 = re.compile("^[^aeiou][^aeiouy]*[aeiouy][^aeiouwxy]$")
_RE_1C = re.compile(r"^(.+?[^aeiou])y$")
_RE_2 = re.compile("^(.+?)(" + "|".join(_STEP2) + ")$")
_RE_3 = re.compile("^(.+?)(" + "|".join(_STEP3) + ")$")
_RE_4 = re.compile(
    r"^(.+?)(al|ance|ence|er|ic|able|ible|ant|ement|ment|ent|ou|ism|ate|iti|ous|ive|ize)$"
)
_RE2_4 = re.compile(r"^(.+?)(s|t)(ion)$")
_RE_5 = re.compile(r"^(.+?)e$")
_RE_5_1 = re.compile(r"ll$")
_RE3_5 = _RE4_1B_2


def _js_length(word: str) -> int:
    """String length as JavaScript counts it (UTF-16 code units)."""
    return len(word.encode("utf-16-le")) // 2


@lru_cache(maxsize=WORDS_REMEMBERED)
def stem(word: str) -> str:
    """The stem lunr.js 2.3.9 gives `word` (lower case); one function, as there, to compare."""
    if _js_length(word) < 3:
        return word
    initial_y = word.startswith("y")
    if initial_y:
        word = "Y" + word[1:]
    # Step 1a
    if _RE_1A.search(word):
        word = _RE_1A.sub(r"\1\2", word, count=1)
    elif _RE2_1A.search(word):
        word = _RE2_1A.sub(r"\1\2", word, count=1)
    # Step 1b
    if match := _RE_1B.search(word):
        if _MGR0.search(match[1]):
            word = word[:-1]
    elif (match := _RE2_1B.search(word)) and _S_V.search(match[1]):
        word = match[1]
        if _RE2_1B_2.search(word):
            word += "e"
        elif _RE3_1B_2.search(word):
            word = word[:-1]
        elif _RE4_1B_2.search(word):
            word += "e"
    # Step 1c: y -> i after a consonant that is not the first letter (cry -> cri, say -> say)
    if match := _RE_1C.search(word):
        word = match[1] + "i"
    # Steps 2 and 3
    for pattern, replacements in ((_RE_2, _STEP2), (_RE_3, _STEP3)):
        if (match := pattern.search(word)) and _MGR0.search(match[1]):
            word = match[1] + replacements[match[2]]
    # Step 4
    if match := _RE_4.search(word):
        if _MGR1.search(match[1]):
            word = match[1]
    elif (match := _RE2_4.search(word)) and _MGR1.search(match[1] + match[2]):
        word = match[1] + match[2]
    # Step 5
    if (match := _RE_5.search(word)) and (
        _MGR1.search(match[1]) or (_MEQ1.search(match[1]) and not _RE3_5.search(match[1]))
    ):
        word = match[1]
    if _RE_5_1.search(word) and _MGR1.search(word):
        word = word[:-1]
    return "y" + word[1:] if initial_y else word


@lru_cache(maxsize=WORDS_REMEMBERED)
def index_term(word: str) -> str | None:
    """The term the index holds for a word of text; None for a stop word or no word."""
    normalized = normalize(word)
    if not normalized or normalized in STOP_WORDS:
        return None
    return stem(normalized)


# lunr pipelines. The index pipeline is one remembered step per word (lunr.py
# spends most of a build calling pipeline functions); the search pipeline is
# serialized in the index and run by lunr.js on query words, by these names.
def index_term_token(token: Token, i: int | None = None, tokens: list | None = None):
    """`index_term` as a lunr pipeline function."""
    term = index_term(str(token))
    return token.update(lambda _string, _metadata=None: term) if term else None


def normalize_token(token: Token, i: int | None = None, tokens: list | None = None):
    """`normalize` as a lunr pipeline function; drops tokens with nothing left."""
    word = normalize(str(token))
    return token.update(lambda _string, _metadata=None: word) if word else None


def stem_token(token: Token, i: int | None = None, tokens: list | None = None) -> Token:
    """`stem` as a lunr pipeline function, serialized as lunr.js's own "stemmer"."""
    return token.update(lambda string, _metadata=None: stem(string))


Pipeline.register_function(index_term_token, INDEX_TERM_LABEL)
Pipeline.register_function(normalize_token, NORMALIZE_LABEL)
# Labelled, not registered: registering would replace lunr.py's own "stemmer"
# for every user of lunr in the process. The label is what the index names.
stem_token.label = STEMMER_LABEL

INDEX_PIPELINE = (index_term_token,)
SEARCH_PIPELINE = (normalize_token, stem_token)
