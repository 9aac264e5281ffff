"""Shapes of the metadata that news text carries: datelines, ownership, credits."""

import re

_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁІЎЄЇҐ"
_LOWER = "a-zß-öø-ÿа-яёіўєїґ"
# "RIA Novosti", "INTERFAX.RU", "RFE/RL": words, with dots and slashes inside them.
_AGENCY_WORD = rf"[{_UPPER}][\w’'&-]*(?:[./][\w’'&-]+)*"
_AGENCY_NAME = rf"{_AGENCY_WORD}(?: [{_UPPER}][\w’'&-]*){{0,3}}"

# A dateline is read in steps (see `rules.parse_dateline`): the place, then
# an optional date, then the agency in one of its usual marks:
# "MOSCOW, August 19. /TASS/.", "MOSCOW, November 23 – RIA Novosti.",
# "MINSK, Aug 10 (Reuters) -", "KYIV (AP) —", "MINSK, 12 August 2020, BelTA –",
# "Минск, 14 сентября 2020 года –", "Москва. 12 августа. INTERFAX.RU -",
# "Kyiv (AFP) –". The place is upper case, or a single capitalised word when a
# date, or an agency in brackets and a dash, follows it.
DATELINE_PLACE = re.compile(
    rf"^(?:(?P<upper>[{_UPPER}][{_UPPER}'’.\-]+(?: [{_UPPER}][{_UPPER}'’.\-]+){{0,3}})"
    rf"|(?P<title>[{_UPPER}][{_LOWER}]+)(?=[,.] | \())"
)
# "MINSK, Belarus (AP) —", "VILNIUS, Lithuania, Oct. 12, 2021 /PRNewswire/ --": the
# country after the city, before the agency or the date.
DATELINE_COUNTRY = re.compile(rf", [{_UPPER}][{_LOWER}]+(?= ?\(|, )")
# "NARVA, Estonia — ...": a country before the dash, when the gazetteer knows it (an
# agency's name may stand there too: "KYIV, Example-News —").
DATELINE_COUNTRY_BEFORE_DASH = re.compile(rf", (?P<country>[{_UPPER}][{_LOWER}]+)(?= [–—-] )")
DATELINE_AGENCY_IN_PARENS = re.compile(r" ?\((?P<agency>[^)]{2,40})\)")
DATELINE_DATE_START = re.compile(r"[,.] ")
# "ТАСС, 12 августа.": an agency's acronym where the place would stand.
AGENCY_ACRONYM = re.compile(rf"^[{_UPPER}]{{2,5}}$")
DATELINE_YEAR_WORD = re.compile(r" (?:года|року|г\.|р\.|r\.)")
DATELINE_END = re.compile(
    rf"[.,]? ?(?:/(?P<slashed>[^/]{{2,40}})/\.?"
    rf"|[–—\-]+ ?(?P<dashed>{_AGENCY_NAME})[.:](?= )"
    rf"|(?P<named>{_AGENCY_NAME}) ?[–—\-](?= ))?"
    rf" ?[–—\-]* ?"
)
# "(Reuters) - ..." with no place.
AGENCY_ONLY_DATELINE = re.compile(r"^\((?P<agency_a>[A-Z][\w ]{1,30})\)\s*[–—\-]+\s")

# Owners named by copyright and reuse notices.
COPYRIGHT_OWNER = re.compile(
    rf"(?:©|\([cC]\)|\b(?i:copyright))\s*(?:©\s*)?(?:\d{{4}}(?:[–-]\d{{4}})?[,.]?\s*)?"
    # "© Provided by Example Post": a syndicated story's outlet.
    rf"(?:(?i:provided by) )?(?P<owner>{_AGENCY_NAME})"
    rf"|\b(?i:the) (?P<agency>{_AGENCY_NAME}) (?i:(?:news )?agency)\b"
)

# An outlet named by its own promotion: "Sign up for the Example's morning newsletter".
OUTLET_POSSESSIVE = re.compile(
    rf"\b(?P<the>[Tt]he )?(?P<outlet>{_AGENCY_NAME})['’]s (?:[\w-]+ ){{0,3}}"
    rf"(?:newsletters?|apps?|podcasts?|journalism|e-?mails?|website)\b"
)
# "Al Jazeera and news agencies": the outlet, with the wires it drew on.
WITH_AGENCIES = re.compile(r"\s+(?:and|&|with) (?:other )?(?:news )?(?:agencies|wires)$", re.I)

# Vowels of the Latin and Cyrillic alphabets: a word in capitals without one is an
# acronym ("TV", "NTV").
VOWEL = re.compile(r"[aeiouyàáâäåæèéêëìíîïòóôöøùúûüýąęėįųūаеёиоуыэюяіїєў]", re.IGNORECASE)

# "(Reporting by A; writing by B; Editing by C)": who reported and wrote.
BYLINE_ROLES = ("reporting", "writing", "written")
# What joins a byline line's parts, and says nothing itself: "By Jane Roe and John Doe
# with AFP", "— Jane Roe, Example Herald".
BYLINE_JOINERS = re.compile(r"\b(?:and|with|и|і|та)\b|[\W_]+", re.IGNORECASE)
# The word joining two writers' names: "RUTA VAITKUTE and PAVEL NOVIK", "A & B".
NAMES_AND = re.compile(r"^(?:and|&|и|і|та)$", re.IGNORECASE)
# Between the writers of one byline: "Anna Nowak, Jan Kowal and Eva Horak".
BYLINE_NAME_SEPARATOR = re.compile(r", | and ")
