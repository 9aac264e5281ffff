"""Names across spellings: one transliteration-aware key, gender, given names.

No off-the-shelf similarity tells Tichanovskaja~Tsikhanouskaya (same woman)
from Lukashenko~Latushko (two men). What does is a skeleton of the name:
transliterated to ASCII, East-Slavic spelling variants folded together
(kh/ch/h, ts/tz/c/t, ou/ow/ov, ya/ia/ja, zh/z/s, sch/sh/s, g/h, w/v), then
the vowels dropped, because Belarusian spelling writes unstressed o as a
("Lukashenka", "Kalesnikava"). Grammatical gender of the surname ending
keeps a wife (-skaya) and a husband (-sky) apart; given names must be
compatible ("Sviatlana" = "Svetlana", "D." = "Dmitry").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

# Spelling variants folded before vowels are dropped, longest first. Polish "rz" is
# Russian "ж", "drz" "дж", and "prz", "krz" "пш", "кш"; Polish "-cki" is "-цкий"
# (Andrzej, Анджей; Grzegorz, Гжегож; Krzysztof, Кшиштоф; Morawiecki, Моравецкий).
_FOLDS = (
    ("tsch", "h"),
    ("shch", "s"),
    ("szcz", "s"),
    ("sch", "s"),
    ("tch", "h"),
    ("drz", "z"),
    ("prz", "ps"),
    ("krz", "ks"),
    ("cki", "tk"),
    ("cka", "tk"),
    ("cky", "tk"),
    ("rz", "z"),
    ("kh", "h"),
    ("ch", "h"),
    ("dzh", "z"),
    ("zh", "z"),
    ("sh", "s"),
    ("sz", "s"),
    ("cz", "h"),
    ("ts", "t"),
    ("tz", "t"),
    ("dz", "d"),
    ("ck", "k"),
    ("ph", "f"),
    ("x", "ks"),
    ("w", "v"),
    ("g", "h"),
    ("z", "s"),
    ("c", "t"),
    ("q", "k"),
)
_FOLD = re.compile("|".join(re.escape(a) for a, _ in _FOLDS))
_FOLDED = dict(_FOLDS)
# "ou"/"au" before a consonant or at the end is Belarusian "ў" (Tsikhanouski, Ivanou).
_BELARUSIAN_U = re.compile(r"(?<=[aeo])u(?=[^aeiouy]|$)")
_VOWELS = re.compile(r"[aeiouyj]+")
_NOT_LETTERS = re.compile(r"[^a-z]+")
_DOUBLES = re.compile(r"(.)\1+")
# Russian "е" opening a word is said "ye", which spellings write Ye, Je, Ie or E, and
# Belarusian writes it "я" (Ya, Ja, Ia): Yermoshina, Ermoshina, Jermoschina, Yarmoshyna
# are one name, as are Yevgeny, Evgeny and Yauhen.
_INITIAL_YE = re.compile(r"^[yji][ae]")

# Cyrillic letters drawn like Latin ones, pair by pair. A word written in one script with
# a few look-alikes of the other ("Аleхаndеr" with Cyrillic А, х, а, е) is a copying or
# spoofing accident, not another spelling.
_CYRILLIC_LOOKALIKES = "АВЕКМНОРСТХУаекорсхуіјѕ"
_LATIN_LOOKALIKES = "ABEKMHOPCTXYaekopcxyijs"
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_CYRILLIC_LOWER = re.compile("[а-яёіўєїґ]")
# Letters of the Latin alphabets of languages that decline names (Belarusian Łacinka,
# Polish, Czech): a word with them may be in any case, as a Cyrillic one may.
_DECLINING_LETTERS = re.compile("[а-яёіўєїґłšžčćśźńŭąęřůě]")
# Adjectival surnames of Russian, Belarusian and Ukrainian in every case: a woman's
# ("Тихановская", "Тихановской", "Тихановскую", "Ціханоўскай", "Зеленської") and a man's
# ("Тихановский", "Тихановского", "Тихановским", "Ціханоўскага"). Their case endings
# keep the gender, unlike a noun surname's ("Колесникову" is his and hers).
_CYRILLIC_FEMININE_SURNAME = re.compile(r"[сц]к(?:ая|ой|ую|ою|ай|а|ої|ій)$")
_CYRILLIC_MASCULINE_SURNAME = re.compile(r"[сц]к(?:ий|ого|ому|им|ом|і|ага|аму|ім)$")
# Russian "-ской" is both a man's nominative (Трубецкой, Донской) and a woman's genitive,
# dative or instrumental (Заславской). A given name beside it says which: a man's in the
# nominative ends in a consonant, "ь" or "й" (Пётр, Игорь, Сергей, Николай); a woman's in
# those cases never does (Ольги, Ольге, Ольгой, Марией, Натальей).
_MASCULINE_OR_OBLIQUE_SURNAME = re.compile(r"[сц]кой$")
_MASCULINE_NOMINATIVE_GIVEN = re.compile(r"(?:[бвгджзклмнпрстфхцчшщь]|(?:[аиуыэя]|(?<![иь])е)й)$")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")

# Feminine and masculine surname endings of East-Slavic and Baltic names, in German spelling
# too ("Kolesnikowa"), with the case forms Łacinka and Polish give them ("Cichanoŭskaj",
# "Kalesnikavaj"; "Cichanoŭskaha", "Kaczyńskiego", "Kaczyńskim").
_FEMININE_SURNAME = re.compile(
    r"(?:aya|aja|aia|ayа|ova|eva|owa|ewa|yova|ina|yna|ava|ska|cka|tska|skaja|ovna|evna|ite|yte|iene"
    r"|[sc]kaj|[aoe]vaj|[sc]kiej)$"
)
_MASCULINE_SURNAME = re.compile(
    r"(?:sky|ski|skiy|skij|skyi|skyj|yj|ij|ov|ev|ow|ew|in|yn|au|ich|ovich|evich|as|is|us"
    r"|ny|yy|iy|yi|oy"  # adjectival ones too: Navalny, Navalnyi, Zelenskyy, Tolstoy
    r"|[sc]kaha|[sc]kamu|[sc]kim|[sc]kiego|[sc]kiemu)$"
)
# Given names that end in -a but name men.
_MASCULINE_IN_A = frozenset(
    {
        "nikita",
        "ilya",
        "ilia",
        "ilja",
        "foma",
        "kuzma",
        "savva",
        "luka",
        "mykola",
        "sasha",
        "misha",
        "kolya",
        "vanya",
        "petya",
        "dima",
        "andrea",
        "joshua",
        "luca",
        "jonah",
        "ezra",
        "elisha",
    }
)


def ascii_lower(text: str) -> str:
    return _NOT_LETTERS.sub("", anyascii(text).lower())


def one_script(text: str) -> str:
    """`text` with each word written in the script most of its letters use.

    Only look-alike letters change, one for one, so offsets into the text hold.
    """
    if text.isascii() or not _LATIN.search(text):
        return text
    return _WORD.sub(lambda word: _folded_word(word.group(0)), text)


def _folded_word(word: str) -> str:
    cyrillic = len(_CYRILLIC.findall(word))
    latin = len(_LATIN.findall(word))
    if not (cyrillic and latin):
        return word
    return word.translate(_TO_LATIN if latin >= cyrillic else _TO_CYRILLIC)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The transliteration-proof key of one name: first letter kept, vowels dropped."""
    word = ascii_lower(name)
    if not word:
        return ""
    word = _INITIAL_YE.sub("e", _BELARUSIAN_U.sub("v", word))
    word = _FOLD.sub(lambda m: _FOLDED[m.group(0)], word)
    word = _DOUBLES.sub(r"\1", word)
    first, rest = word[0], _VOWELS.sub("", word[1:])
    if first in "aeiouyj":
        first = "a" if first in "ao" else "i" if first in "iyj" else first
    return first + rest


# Russian case endings that add a consonant to a name's skeleton; the vowels of the
# others drop out with the rest ("Дуды", "Дудой" are Дуда's). Instrumental "Блащаком",
# "Путиным", "Анджеем", "Зеленским"; adjectival "Зеленского", "Зеленскому". "-им" only
# after "к" and "-ем" only after a vowel, a hissing sound, "р" or "л", since nominatives
# end so too: Вадим, Максим, Артем, Рустем.
_CONSONANT_CASE_ENDING = re.compile(
    r"(?<=[а-яё]{3})(?:ого|его|ому|ему|ом|ым)$"
    r"|(?<=[а-яё]{2}к)им$"
    r"|(?<=[а-яё]{2}[аеёиоуыэюяйжшчщцрл])[её]м$"
)
# Their Łacinka and Polish counterparts ("Łukašenkam", "Cichanoŭskaha", "Cichanoŭskamu",
# "Kaczyńskiego", "Jarosławem"), read only in a word `nominative_script` calls declined
# or beside one: English names end so too (Adam, William, Graham).
_LATIN_CASE_ENDING = re.compile(r"(?<=[^\W\d_]{3})(?:i?aha|i?amu|ego|emu|owi|am|em|im|ym)$")
# Case forms of Slavic adjectival surnames, which no nominative in any language has, so
# they tell a declined name even without those letters ("Morawieckim", "Cichanouskiego").
_SLAVIC_ADJECTIVE_CASE = re.compile(r"[sc]k(?:im|iego|iemu|iej|aha|amu|aj|oj)$")
# Polish accusative and instrumental endings that replace a noun's nominative ending (and
# Lithuanian accusative ones): "Dudą", "Dudę", "Cichanouską" are Duda's and Cichanouska's,
# "Nausėdą" Nausėda's, "Anušauską" Anušauskas's, "Šimonytę" Šimonytė's. No nominative ends so.
_REPLACED_ENDINGS = {"ą": ("a", "as"), "ę": ("a", "ė")}
_ENDING_REPLACED = re.compile(r"(?<=[^\W\d_]{2})[ąę]$")
# Łacinka and Czech "č" and "ž" are the "ch" and "zh" of English spellings (Statkievič,
# Statkevich), though English keeps some Łacinka spellings as they are (Viačorka, Viacorka).
_HACEK_DIGRAPHS = str.maketrans({"č": "ch", "ž": "zh"})


@lru_cache(maxsize=65536)
def name_keys(word: str, declined: bool = False) -> tuple[str, ...]:
    """The skeletons one written word of a name may have: its own; with "č" and "ž"
    read as English writes them; and, for a word in a language that declines names
    (or `declined`: beside a word that shows it), in a case adding a consonant, its
    stem's ("Путиным" is Путин's, "Łukašenkam" Łukašenka's, "Andrzejem" Andrzej's).
    The ending gives way to a vowel, which the skeleton drops, so that a spelling such
    as "-cki" stays whole ("Morawieckim")."""
    lower = word.lower()
    forms = dict.fromkeys((lower, lower.translate(_HACEK_DIGRAPHS)))
    if declined or not nominative_script(lower):
        ending = _CONSONANT_CASE_ENDING if _CYRILLIC_LOWER.search(lower) else _LATIN_CASE_ENDING
        forms.update(dict.fromkeys(ending.sub("i", form) for form in list(forms)))
    return tuple(dict.fromkeys(skeleton(form) for form in forms))


# Endings that only a case other than the nominative gives a Russian name: "Путину",
# "Дуде", "Дуды", "Тихановской", "Тихановскую" (and those above). A genitive in "-а"
# ("Путина") ends as many nominatives do ("Кулеба"), so it is not among them.
_OBLIQUE_ENDING = re.compile(r"(?<=[а-яё]{2})(?:[уюеы]|ой|ую)$")


def declined_words(name: str, written: frozenset[str]) -> int:
    """How many words of a name are in a Russian case other than the nominative, by
    their endings or because another `written` word (lower case) is their stem: "Новака",
    "Новаком" beside "Новак", "Анджея" beside "Анджей". A page is named by the spelling
    with fewest ("Анджей Дуда", not "Анджеем Дудой")."""
    return sum(_declined(word, written) for word in name.lower().split())


def _declined(word: str, written: frozenset[str]) -> bool:
    if not _CYRILLIC_LOWER.search(word):
        return _latin_declined(word, written)
    if _CONSONANT_CASE_ENDING.search(word) or _OBLIQUE_ENDING.search(word):
        return True
    stems = (word[:-1], word[:-1] + "й", word[:-1] + "ь")
    return any(stem in written for stem in stems)


def _latin_declined(word: str, written: frozenset[str]) -> bool:
    """A Polish or Łacinka case form: an adjectival surname's ("Morawieckim"), a noun's
    whose ending replaced the nominative's ("Dudą"), or a case ending on a word the
    articles also write without it ("Mateuszem", "Mateusz")."""
    if _SLAVIC_ADJECTIVE_CASE.search(word) or _ENDING_REPLACED.search(word):
        return True
    ending = _LATIN_CASE_ENDING.search(word)
    return ending is not None and word[: ending.start()] in written


def nominative_of(word: str, written: frozenset[str]) -> str | None:
    """The nominative of a Polish or Łacinka case form (lower case), when the articles
    write it (`written`) and the form only adds an ending or replaces the nominative's:
    "morawieckim" is "morawiecki"'s, "dudą" "duda"'s; None otherwise, since a guessed
    nominative may be wrong."""
    if _CYRILLIC_LOWER.search(word) or not _latin_declined(word, written):
        return None
    stems = (*latin_nominatives(word), *(word[:-cut] for cut in (1, 2, 3)))
    return next((s for s in stems if s in written and not _latin_declined(s, written)), None)


def latin_nominatives(word: str) -> tuple[str, ...]:
    """The nominatives a form whose ending replaced the nominative's may have, as written
    ("Dudą": "Duda", "Dudas"); none for any other word."""
    if _ENDING_REPLACED.search(word) is None:
        return ()
    return tuple(word[:-1] + ending for ending in _REPLACED_ENDINGS[word[-1]])


def same_name(a: str, b: str, declined: bool = False) -> bool:
    """Two written words can be one name: they share a key."""
    return not set(name_keys(a, declined)).isdisjoint(name_keys(b, declined))


# How French and German papers write Russian and Belarusian sounds, read back into the
# English spelling: Loukachenko, Prigojine (French ou, ch, j); Bjaljazki, Tschernow
# (German z, j, tsch, sch). Tried only when a name's own skeleton finds no one.
_FRENCH_READING = {"ou": "u", "ch": "sh", "j": "zh", "gue": "ge", "gui": "gi"}
_GERMAN_READING = {"tsch": "ch", "sch": "sh", "z": "ts", "j": "y"}
# German "tsch" is also the Belarusian Lacinka "č" that English spellings write "c"
# (Wjatschorka, Viacorka).
_GERMAN_LACINKA_READING = {**_GERMAN_READING, "tsch": "c"}
_READINGS = tuple(
    (re.compile("|".join(sorted(table, key=len, reverse=True))), table)
    for table in (_FRENCH_READING, _GERMAN_READING, _GERMAN_LACINKA_READING)
)


@lru_cache(maxsize=65536)
def foreign_skeletons(name: str) -> tuple[str, ...]:
    """The skeletons of `name` read as a French and as a German romanisation, where
    they differ from its own ("Loukachenko" read in French is "Lukashenko")."""
    word = ascii_lower(name)
    own = skeleton(word)
    keys = (
        skeleton(pattern.sub(lambda m, t=table: t[m.group(0)], word))
        for pattern, table in _READINGS
    )
    return tuple(dict.fromkeys(k for k in keys if k and k != own))


# Russian case endings of nouns and adjectives, longest first: "Кремле", "Кремля" and
# "Кремль" share the stem "кремл"; "Центральной избирательной комиссии" and
# "Центральная избирательная комиссия" share theirs.
_RUSSIAN_ENDING = re.compile(
    r"(?:ого|его|ому|ему|ыми|ими|ами|ями|ая|яя|ое|ее|ой|ей|ую|юю|ый|ий|ые|ие|ым|им|ых|их|ом|ем"
    r"|ём|ою|ею|ам|ям|ах|ях|ии|ия|ию|а|я|у|ю|е|ы|и|ь|й|о)$"
)


def russian_stem(word: str) -> str:
    """A Russian word without its case ending, in lower case; short words stay whole."""
    lower = word.lower()
    stem = _RUSSIAN_ENDING.sub("", lower)
    return stem if len(stem) >= 3 else lower


def surname_gender(surname: str) -> str | None:
    """'f', 'm', or None when the ending does not say (Tsepkalo, Lukashenka)."""
    word = anyascii(surname).lower()
    if _FEMININE_SURNAME.search(word):
        return "f"
    if _MASCULINE_SURNAME.search(word):
        return "m"
    return None


def given_gender(given: str) -> str | None:
    """Gender of a given name by its ending, the way East-Slavic names mark it."""
    word = ascii_lower(given)
    if len(word) <= 1:
        return None
    if word in _MASCULINE_IN_A:
        return "m"
    return "f" if word.endswith(("a", "ia", "ya", "ja")) else "m"


# One given name as Russian, Belarusian, Ukrainian and Polish write it, where the forms
# differ in more than transliteration (their skeletons differ): Nikolai, Mikalai,
# Mykola and Mikołaj are one name. Linguistic data, as `_FOLDS` is; forms whose key
# another name shares are left out (Belarusian "Alena" is Yelena, but its key is Alina's).
_GIVEN_NAME_FORMS = (
    ("nikolai", "mikalai", "mikolaj"),
    ("vladimir", "uladzimir", "wlodzimierz"),
    ("grigory", "ryhor", "grzegorz"),
    ("andrei", "andrzej"),
    ("olga", "volha"),
    ("yekaterina", "katsiaryna", "katarzyna"),
    ("dmitry", "zmitser"),
    ("yakov", "jakub"),
)
_GIVEN_NAME_FORM = {skeleton(form): forms[0] for forms in _GIVEN_NAME_FORMS for form in forms}


def _given_name_forms(word: str) -> set[str]:
    """The names of `_GIVEN_NAME_FORMS` a written given name is a form of, if any."""
    return {_GIVEN_NAME_FORM[key] for key in name_keys(word) if key in _GIVEN_NAME_FORM}


def given_compatible(a: str | None, b: str | None, declined: bool = False) -> bool:
    """Two given names can be one person's: same skeleton, forms of one name in two
    languages ("Mikalai", "Nikolai"), or an initial of the other.
    `declined`: the names stand beside a surname in a language that declines them."""
    if not a or not b:
        return True
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        # "E." is Ekaterina and Yekaterina, whose keys both open with "e".
        initial, name = sorted((a, b), key=len)
        return ascii_lower(initial)[:1] in (ascii_lower(name)[:1], skeleton(name)[:1])
    if not (same_name(a, b, declined) or _given_name_forms(a) & _given_name_forms(b)):
        return False
    # Russian declines names ("Александра" may be Alexander's genitive): no gender then.
    declined = declined or not (nominative_script(a) and nominative_script(b))
    return declined or given_gender(a) == given_gender(b)


def nominative_script(word: str) -> bool:
    """Names in English, French or German are written in the nominative; in Russian,
    Belarusian or Polish they are declined, which their letters tell."""
    lower = word.lower()
    return not (_DECLINING_LETTERS.search(lower) or _SLAVIC_ADJECTIVE_CASE.search(lower))


def person_gender(given: str | None, surname: str) -> str | None:
    """The gender a name's endings show, read only from forms that are nominative:
    a Cyrillic name may be declined ("Анджея" is a man's genitive), so only the
    feminine surname endings no case form of a man's name has count there."""
    lower = surname.lower()
    if _CYRILLIC_LOWER.search(lower):
        if _MASCULINE_OR_OBLIQUE_SURNAME.search(lower) and given:
            return _gender_beside_skoy(given.lower())
        if _CYRILLIC_FEMININE_SURNAME.search(lower):
            return "f"
        return "m" if _CYRILLIC_MASCULINE_SURNAME.search(lower) else None
    gender = surname_gender(surname)
    nominative = nominative_script(surname) and given and nominative_script(given)
    if gender is None and nominative and len(given.rstrip(".")) > 1:
        gender = given_gender(given)
    return gender


def _gender_beside_skoy(given: str) -> str | None:
    """Whose a "-ской" surname is, by the given name before it (lower case): a man's in
    the nominative, a woman's in an oblique case, no one's an initial tells."""
    if len(given.rstrip(".")) == 1:
        return None
    return "m" if _MASCULINE_NOMINATIVE_GIVEN.search(given) else "f"


def genders_compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


@dataclass(frozen=True)
class PersonName:
    given: str | None
    surname: str
    gender: str | None

    @classmethod
    def parse(cls, name: str) -> PersonName:
        """ "Sviatlana Tsikhanouskaya" -> given, surname and the gender they show."""
        words = name.split()
        given = words[0] if len(words) > 1 else None
        return cls(given, words[-1], person_gender(given, words[-1]))


def same_person(a: str, b: str) -> bool:
    """Whether two written names can be one person (the rule resolution applies)."""
    first, second = PersonName.parse(a), PersonName.parse(b)
    declined = not (nominative_script(first.surname) and nominative_script(second.surname))
    return (
        same_name(first.surname, second.surname)
        and genders_compatible(first.gender, second.gender)
        and given_compatible(first.given, second.given, declined)
    )
