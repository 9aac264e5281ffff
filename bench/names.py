"""Names as the field spells them: given names, surname parts, places, organisations.

English-language news about Belarus, Russia and their neighbours spells one
name several ways, depending on whether the outlet romanises from Russian or
Belarusian, or machine-translates a Polish or German text. A *scheme* is one
such convention; every article is written in one, with occasional lapses, as
real ones are. The surnames and organisations here are parts to combine, so
the generated people are nobody in particular.
"""

from __future__ import annotations

import re
import unicodedata

# Romanisation conventions: "ru" is the English press's usual Russian-based
# spelling, "by" Belarusian official romanisation, "pl" and "de" the spellings
# that survive machine translation from Polish and German outlets, "loose" the
# informal variants of aggregators and blogs.
SCHEMES = ("ru", "by", "pl", "de", "loose")

# Given names: one spelling per scheme, in the order of SCHEMES.
MALE_GIVEN = (
    "Alexander Aliaksandr Aleksander Alexander Aleksandr",
    "Sergei Siarhei Siergiej Sergej Sergey",
    "Dmitry Dzmitry Dmitrij Dmitri Dmitriy",
    "Viktor Viktar Wiktor Viktor Victor",
    "Pavel Paval Paweł Pawel Pavel",
    "Mikhail Mikhal Michaił Michail Mihail",
    "Nikolai Mikalai Mikołaj Nikolaj Nikolay",
    "Andrei Andrei Andrzej Andrej Andrey",
    "Yuri Yury Jurij Juri Yuriy",
    "Igor Ihar Igor Igor Ihor",
    "Vladimir Uladzimir Włodzimierz Wladimir Vladimir",
    "Alexei Aliaksei Aleksiej Alexej Aleksey",
    "Roman Raman Roman Roman Roman",
    "Oleg Aleh Oleg Oleg Oleh",
    "Kirill Kiryl Cyryl Kirill Kiril",
    "Maxim Maksim Maksym Maxim Maksim",
    "Yevgeny Yauhen Jewgienij Jewgeni Evgeny",
    "Vitaly Vitali Witalij Witali Vitaliy",
    "Anatoly Anatol Anatolij Anatoli Anatoliy",
    "Valery Valery Walerij Waleri Valeriy",
    "Ivan Ivan Iwan Iwan Ivan",
    "Artyom Artsiom Artiom Artjom Artem",
    "Grigory Ryhor Grzegorz Grigori Grigoriy",
    "Stanislav Stanislau Stanisław Stanislaw Stanislav",
    "Leonid Leanid Leonid Leonid Leonid",
    "Pyotr Piatro Piotr Pjotr Petr",
)
FEMALE_GIVEN = (
    "Svetlana Sviatlana Swiatłana Swetlana Svjatlana",
    "Maria Maryia Maria Maria Mariya",
    "Veronika Veranika Weronika Veronika Veronica",
    "Yulia Yuliya Julia Julija Iuliia",
    "Natalia Natallia Natalia Natalja Natalya",
    "Olga Volha Olga Olga Olha",
    "Tatiana Tatsiana Tatiana Tatjana Tatyana",
    "Yelena Alena Helena Jelena Elena",
    "Irina Iryna Irina Irina Iryna",
    "Anastasia Anastasiya Anastazja Anastasija Nastassia",
    "Yekaterina Katsiaryna Katarzyna Jekaterina Ekaterina",
    "Lyudmila Liudmila Ludmiła Ljudmila Ludmila",
    "Daria Darya Daria Darja Dariya",
    "Marina Maryna Marina Marina Maryna",
    "Galina Halina Halina Galina Halyna",
    "Oksana Aksana Oksana Oksana Oxana",
    "Ksenia Ksienija Ksenia Xenia Kseniya",
    "Polina Palina Polina Polina Polina",
    "Nina Nina Nina Nina Nina",
    "Alla Ala Ałła Alla Alla",
)

# East-Slavic surnames are a root plus an ending; the ending has a masculine
# and a feminine form, and some endings (-enko, -evich, -chuk) have only one,
# so a husband and wife can share a surname exactly.
SURNAME_ROOTS = (
    "Koval", "Tkach", "Moroz", "Kholod", "Tsvet", "Yarosh", "Khmel", "Litvin", "Zhuk",
    "Sokol", "Baran", "Lebed", "Grom", "Dubrov", "Sidor", "Kulik", "Pashk", "Rudak",
    "Belous", "Kazak", "Shevch", "Zakhar", "Yakub", "Demid", "Fedot", "Makar", "Nazar",
    "Prokop", "Romash", "Stepan", "Vasil", "Gavril", "Dorosh", "Kharlam", "Tsimokh",
    "Golub", "Gordei", "Tishk", "Dyatl", "Kostyuk", "Yesip", "Shcherb", "Gurin", "Ostash",
)  # fmt: skip
SURNAME_ENDINGS = (
    ("enko", "enko"),
    ("ov", "ova"),
    ("in", "ina"),
    ("ovsky", "ovskaya"),
    ("sky", "skaya"),
    ("evich", "evich"),
    ("chuk", "chuk"),
    ("ik", "ik"),
    ("ets", "ets"),
)

# Spelling rules per scheme, applied in order to a lower-case Russian-style
# surname. Belarusian: г is h, soft t and d become ts and dz, a final -ov is
# -ou, -enko is -enka. Polish and German spell the same sounds their own way.
SURNAME_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "ru": (),
    "by": (
        ("g", "h"),
        ("ti", "tsi"),
        ("di", "dzi"),
        ("ova$", "ava"),
        ("ov(?=[^aeiouy]|$)", "ou"),
        ("ev(?=[^aeiouy]|$)", "eu"),
        ("enko$", "enka"),
        ("sky$", "ski"),
    ),
    "pl": (
        ("ch", "cz"),
        ("kh", "ch"),
        ("shch", "szcz"),
        ("sh", "sz"),
        ("zh", "ż"),
        ("ts", "c"),
        ("ya", "ja"),
        ("yu", "ju"),
        ("v", "w"),
        ("skaya$", "ska"),
        ("sky$", "ski"),
    ),
    "de": (
        ("ts", "z"),
        ("ch", "tsch"),
        ("kh", "ch"),
        ("sh", "sch"),
        ("zh", "sh"),
        ("ya", "ja"),
        ("yu", "ju"),
        ("skaya$", "skaja"),
        ("sky$", "ski"),
        ("ov$", "ow"),
    ),
    "loose": (("kh", "h"), ("ya", "ia"), ("yu", "iu"), ("sky$", "ski")),
}

# People from elsewhere in the region: no romanisation, but diacritics that
# aggregators drop. Lithuanian wives take -ienė from the husband's -as/-is/-us.
OTHER_MALE_GIVEN = (
    "Tomas", "Jonas", "Marek", "Henrik", "Lukas", "Matteo", "Pierre", "Daniel", "Martin",
    "Janis", "Aurimas", "Mindaugas", "Arturs", "Karl", "Jakub", "Oskar",
)  # fmt: skip
OTHER_FEMALE_GIVEN = (
    "Agnieszka", "Ingrid", "Claire", "Sophie", "Rūta", "Laima", "Eva", "Anna", "Ilze",
    "Kristina", "Dovilė", "Małgorzata", "Greta", "Liene",
)  # fmt: skip
LITHUANIAN_SURNAMES = (
    "Jankauskas", "Paulauskas", "Butkus", "Rimkus", "Stankevičius", "Žukauskas",
    "Balčiūnas", "Grigalis", "Navickas", "Urbonas",
)  # fmt: skip
POLISH_SURNAMES = (("Wiśniewski", "Wiśniewska"), ("Zieliński", "Zielińska"),
                   ("Kowalczyk", "Kowalczyk"), ("Wróblewski", "Wróblewska"),
                   ("Nowicki", "Nowicka"), ("Mazur", "Mazur"))  # fmt: skip
WESTERN_SURNAMES = (
    "Brandt", "Hollis", "Vermeer", "Lindqvist", "Moreau", "Carvalho", "Eriksen", "Fischer",
    "Halloran", "Duval", "Kessler", "Rossi", "Whitcombe", "Strand",
)  # fmt: skip

# What a person is called before their name on first mention, and the title
# that may stand before the surname later ("President Kovalenko").
ROLES = (
    ("President", "President"),
    ("Prime Minister", "Prime Minister"),
    ("Foreign Minister", "Minister"),
    ("Interior Minister", "Minister"),
    ("Defence Minister", "Minister"),
    ("Health Minister", "Minister"),
    ("General", "General"),
    ("Ambassador", "Ambassador"),
    ("Judge", "Judge"),
    ("Mayor", "Mayor"),
    ("opposition politician", None),
    ("opposition leader", None),
    ("presidential press secretary", None),
    ("former banker", None),
    ("blogger", None),
    ("human rights lawyer", None),
    ("trade union leader", None),
    ("economist", None),
    ("political analyst", None),
    ("activist", None),
    ("journalist", None),
    ("campaign manager", None),
    ("entrepreneur", None),
    ("deputy", None),
)

# Places: the Russian-based spelling, then other schemes' spellings where
# English-language text really varies; missing schemes use the first form.
PLACES: tuple[tuple[str, dict[str, str]], ...] = (
    ("Minsk", {"pl": "Mińsk"}),
    ("Moscow", {}),
    ("Kiev", {"by": "Kyiv", "loose": "Kyiv", "de": "Kiew", "pl": "Kijów"}),
    ("Grodno", {"by": "Hrodna", "loose": "Hrodno"}),
    ("Gomel", {"by": "Homiel", "loose": "Homel"}),
    ("Mogilev", {"by": "Mahiliou", "loose": "Mogilyov", "de": "Mogiljow", "pl": "Mohylew"}),
    ("Vitebsk", {"by": "Viciebsk", "loose": "Vitsebsk", "de": "Witebsk", "pl": "Witebsk"}),
    ("Brest", {"pl": "Brześć"}),
    ("Bobruisk", {"by": "Babruysk", "loose": "Babruisk"}),
    ("Baranovichi", {"by": "Baranavichy", "loose": "Baranavichi"}),
    ("Pinsk", {}),
    ("Soligorsk", {"by": "Salihorsk", "loose": "Salihorsk"}),
    ("Borisov", {"by": "Barysau", "loose": "Borisow"}),
    ("Molodechno", {"by": "Maladzyechna", "loose": "Maladziechna"}),
    ("Novopolotsk", {"by": "Navapolatsk", "loose": "Novapolatsk"}),
    ("Lida", {}),
    ("Orsha", {"by": "Vorsha", "loose": "Orsza"}),
    ("Zhodino", {"by": "Zhodzina", "loose": "Zhodzino"}),
    ("Vilnius", {"pl": "Wilno"}),
    ("Kaunas", {}),
    ("Warsaw", {"pl": "Warszawa", "de": "Warschau"}),
    ("Bialystok", {"pl": "Białystok"}),
    ("Riga", {}),
    ("Daugavpils", {}),
    ("Tallinn", {}),
    ("Lvov", {"by": "Lviv", "loose": "Lviv", "pl": "Lwów", "de": "Lemberg"}),
    ("Kharkov", {"by": "Kharkiv", "loose": "Kharkiv", "pl": "Charków", "de": "Charkiw"}),
    ("Smolensk", {"pl": "Smoleńsk"}),
    ("St Petersburg", {"by": "Saint Petersburg", "loose": "St. Petersburg"}),
    ("Sochi", {"de": "Sotschi", "pl": "Soczi"}),
    ("Brussels", {"de": "Brüssel"}),
    ("Berlin", {}),
    ("Geneva", {"de": "Genf"}),
    ("Strasbourg", {"de": "Straßburg"}),
    ("Belarus", {"loose": "Byelorussia"}),
    ("Russia", {}),
    ("Ukraine", {}),
    ("Lithuania", {}),
    ("Poland", {}),
    ("Latvia", {}),
)
# Cities where wire services file from: they open datelines.
DATELINE_CITIES = ("Minsk", "Moscow", "Kiev", "Vilnius", "Warsaw", "Riga", "Brussels", "Grodno")

# Organisations: a qualifier and a body; the acronym is made from the capitals.
ORG_QUALIFIERS = (
    "Central", "National", "Independent", "Civic", "Belarusian", "Eastern", "Free",
    "United", "Democratic", "People's", "Regional", "Baltic", "European", "State",
)  # fmt: skip
ORG_BODIES = (
    "Election Commission", "Council of Trade Unions", "Bar Association", "Journalists Union",
    "Human Rights Centre", "Coordination Council", "Security Committee", "Border Service",
    "Investigative Committee", "Energy Agency", "Union of Entrepreneurs", "Press Club",
    "Solidarity Fund", "Teachers Association", "Monitoring Mission", "Students Alliance",
    "Party of Labour", "Green Party", "Statistics Committee", "Broadcasting Company",
)  # fmt: skip
_ACRONYM_SKIP = {"of", "and", "for", "the"}


def acronym(name: str) -> str:
    """The initials of a name's capitalised words, as the press shortens it."""
    return "".join(w[0] for w in name.replace("'s", "").split() if w not in _ACRONYM_SKIP)


def spell_surname(russian_style: str, scheme: str) -> str:
    """A Russian-style surname as `scheme` romanises it (see SURNAME_RULES)."""
    text = russian_style.lower()
    for pattern, replacement in SURNAME_RULES[scheme]:
        text = re.sub(pattern, replacement, text)
    return text[:1].upper() + text[1:]


def without_diacritics(text: str) -> str:
    """What an aggregator's ASCII-only pipeline makes of "Žukauskienė"."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def lithuanian_wife(surname: str) -> str:
    """The married feminine form of a Lithuanian surname: Butkus -> Butkienė."""
    return re.sub(r"(?:ius|as|is|ys|us)$", "ienė", surname)
