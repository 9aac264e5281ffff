"""Description rules: each fills what it can read and leaves the rest unknown.

Rules run in the order of `describe.RULES`; a field set by an earlier rule is
never overwritten, so the order is the order of trust: front matter first,
then what the text itself states.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from ..clean.shapes import filed_stamp, is_outlet_name, names_an_outlet
from ..clean.vocabulary import (
    AGENCY_CREDIT,
    BYLINE,
    BYLINE_WITH_AGENCY,
    BYLINE_WITH_OUTLET,
    BYLINE_WITH_PLACES,
    BYLINE_WITH_STAMP,
    CREDIT_ROLE,
    DESK_NAME,
    NAME_AND_OUTLET,
    NAME_JOINER,
    OUTLET_WITH_AGENCY,
    OUTLET_WORD,
    PERSON_BEFORE_PLACE,
    PERSON_LIST,
    PERSON_NAMES,
    READ_ORIGINAL,
    SIGN_OFF,
    SOURCE_CREDIT,
    TOPIC_LIST,
)
from ..dates import STAMP_FIELD, FoundDate, StampDate, find_dates, is_date_stamp, stamp_dates
from ..model import Block, Dateline, MentionedDate, Problem, Removal
from ..recognise.places import place_name
from .patterns import (
    AGENCY_ACRONYM,
    AGENCY_ONLY_DATELINE,
    BYLINE_JOINERS,
    BYLINE_NAME_SEPARATOR,
    BYLINE_ROLES,
    COPYRIGHT_OWNER,
    DATELINE_AGENCY_IN_PARENS,
    DATELINE_COUNTRY,
    DATELINE_COUNTRY_BEFORE_DASH,
    DATELINE_DATE_START,
    DATELINE_END,
    DATELINE_PLACE,
    DATELINE_YEAR_WORD,
    NAMES_AND,
    OUTLET_POSSESSIVE,
    VOWEL,
    WITH_AGENCIES,
)
from .state import DescribeState

# Datelines open one of the first paragraphs; captions and bylines before them do not count.
DATELINE_SEARCH_PARAGRAPHS = 3
TITLE_FALLBACK_WORDS = 12
# A word of a name in capitals this short may be an acronym: "BBC", "TASS".
ACRONYM_MAX_LETTERS = 4
MENTION_KINDS = ("paragraph", "quote", "heading")


def front_matter(state: DescribeState) -> None:
    """What the archivist wrote down (or a saved page states in its markup) beats
    anything read from the text."""
    fm = state.front_matter
    basis = state.cleaned.raw.front_matter_basis
    for key in ("title", "source", "byline", "url", "lang"):
        if fm.get(key):
            setattr(state, key, fm[key])
    if state.title:
        state.title_basis = basis
    if fm.get("date"):
        state.date, state.date_basis = fm["date"], basis


def headline(state: DescribeState) -> None:
    """The headline that cleaning found is the title."""
    if state.title is None and state.cleaned.headline:
        state.title, state.title_basis = state.cleaned.headline, "headline"


def dateline(state: DescribeState) -> None:
    """ "MOSCOW, August 19. /TASS/." gives a place, a date and an agency; else a stamp with
    the place it was filed from, set on its own line ("Riga, 14 March 2023"), that
    cleaning set aside gives a place and a date."""
    paragraphs = [block for block in state.cleaned.blocks if block.kind in ("paragraph", "quote")]
    for block in paragraphs[:DATELINE_SEARCH_PARAGRAPHS]:
        found = parse_dateline(block.text)
        if found is not None:
            state.dateline = found
            return
    filed = (_filed_dateline(removal.text) for removal in _stamp_lines(state))
    state.dateline = next(filter(None, filed), None)


def _filed_dateline(text: str) -> Dateline | None:
    """The dateline a stamp line with its place writes, or None for a stamp without one."""
    filed = filed_stamp(text)
    if filed is None:
        return None
    found = next((stamp.found for stamp in stamp_dates(filed.stamp) if stamp.found), None)
    return Dateline(_dateline_place(filed.place), text, found.value if found else None)


def _dateline_place(place: str) -> str:
    """ "MOSCOW" is Moscow: datelines set their place in capitals."""
    return place.title() if place.isupper() else place


@dataclass
class _Cursor:
    text: str
    at: int = 0

    def take(self, pattern: re.Pattern) -> re.Match | None:
        match = pattern.match(self.text, self.at)
        if match:
            self.at = match.end()
        return match


def parse_dateline(text: str) -> Dateline | None:
    """Read a dateline at the start of `text` step by step; None if there is none."""
    cursor = _Cursor(text)
    agency = None
    place_match = cursor.take(DATELINE_PLACE)
    if place_match is None:
        only = AGENCY_ONLY_DATELINE.match(text)
        if only is None:
            return None
        return Dateline(None, only.group(0).strip(" –—-"), None, only.group("agency_a"))
    place = place_match.group(0)
    country = bool(cursor.take(DATELINE_COUNTRY)) or _take_known_country(cursor)
    if parens := cursor.take(DATELINE_AGENCY_IN_PARENS):
        agency = parens.group("agency")
    date = _dateline_date(cursor)
    if agency is None and (parens := cursor.take(DATELINE_AGENCY_IN_PARENS)):
        agency = parens.group("agency")
    end = cursor.take(DATELINE_END)
    if agency is None and end is not None:
        agency = end.group("slashed") or end.group("dashed") or end.group("named")
    place_only = _place_then_dash(place_match, end) or (
        country and _dashed(end) and bool(place_match.group("upper"))
    )
    if (date is None and agency is None and not place_only) or (
        place_match.group("title") and date is None and not (agency and _dashed(end))
    ):
        return None
    if agency is None and date is not None and _is_agency_acronym(place):
        place, agency = None, place
    return Dateline(
        place=None if place is None else _dateline_place(place),
        text=text[: cursor.at].strip(" –—-"),
        date=date,
        source=agency.strip() if agency else None,
    )


def _take_known_country(cursor: _Cursor) -> bool:
    """ "NARVA, Estonia — ...": the country before the dash, never taken for an agency."""
    match = DATELINE_COUNTRY_BEFORE_DASH.match(cursor.text, cursor.at)
    if match is None or place_name(match.group("country")) is None:
        return False
    cursor.at = match.end()
    return True


def _is_agency_acronym(place: str) -> bool:
    """ "ТАСС, 12 августа.": a short acronym no gazetteer knows is the agency, not a place."""
    return bool(AGENCY_ACRONYM.match(place)) and place_name(place) is None


def _place_then_dash(place: re.Match, end: re.Match | None) -> bool:
    """ "KYIV — ...": a known place in capitals, then a dash, is a dateline on its own."""
    return _dashed(end) and bool(place.group("upper")) and place_name(place.group(0)) is not None


def _dashed(end: re.Match | None) -> bool:
    return end is not None and any(dash in end.group(0) for dash in "–—-")


def _dateline_date(cursor: _Cursor) -> str | None:
    start = cursor.at
    if cursor.take(DATELINE_DATE_START) is None:
        return None
    found = find_dates(cursor.text[cursor.at : cursor.at + 40])
    if not found or found[0].start != 0:
        cursor.at = start
        return None
    cursor.at += found[0].end
    cursor.take(DATELINE_YEAR_WORD)
    return found[0].value


def date_line(state: DescribeState) -> None:
    """A standalone "Published: 14 September 2020" stamp that cleaning set aside, or else
    the stamp after a writer's name ("Jane Roe — Friday, 4 March 2022, 14:52").

    A stamp below a "Related" or "More on this story" list dates another
    article, so it never dates this one. An update's stamp ("Updated 13 August
    2020") is left to `updated_date`: the published date wins wherever it stands,
    and a stamp labelled as the publication ("Published 15.03.2021") wins over a
    bare date, which may be an event's ("20 March 2021").
    """
    if state.date is not None:
        return
    for stamps, basis in (
        (_line_stamps(state), "date-line"),
        (_byline_stamps(state), "byline-stamp"),
    ):
        published = sorted((s for s in stamps if s.found and not s.updated), key=_unlabelled)
        if published:
            state.date, state.date_basis = published[0].found.value, basis
            return


def _unlabelled(stamp: StampDate) -> bool:
    """Sorts a stamp whose label says it dates the publication before a bare date."""
    return not stamp.labelled


def updated_date(state: DescribeState) -> None:
    """An update's stamp dates the article only when nothing else does: no published
    stamp, no dateline's date, and no published date written that reads either way round
    ("Published 05/08/2020"), which is stated though it cannot be read."""
    stamps = _line_stamps(state) + _byline_stamps(state)
    if state.date is not None or any(not stamp.updated for stamp in stamps):
        return
    found = next((stamp.found for stamp in stamps if stamp.found), None)
    if found is not None:
        state.date, state.date_basis = found.value, "date-line"


def _line_stamps(state: DescribeState) -> list[StampDate]:
    """The dates of the stamp lines cleaning set aside, a place before one aside."""
    return [stamp for removal in _stamp_lines(state) for stamp in _stamp_line_dates(removal.text)]


def _stamp_line_dates(text: str) -> list[StampDate]:
    """A stamp line's dates, read after the place it was filed from ("Riga, 14 March 2023")."""
    filed = filed_stamp(text)
    return stamp_dates(filed.stamp if filed else text)


def _stamp_lines(state: DescribeState) -> list[Removal]:
    """The stamp lines cleaning set aside above any links to other stories."""
    links_start = _related_links_start(state)
    return [r for r in state.cleaned.removed if r.reason == "date-line" and r.line < links_start]


def _byline_stamps(state: DescribeState) -> list[StampDate]:
    """The dates of the stamps after writers' names in credits."""
    matches = (_stamped_byline(b.text) for b in state.cleaned.blocks if b.kind == "credit")
    return [stamp for match in matches if match for stamp in stamp_dates(match.group(2))]


def _related_links_start(state: DescribeState) -> float:
    """The line where navigation below the story begins (infinity when there is none);
    the story's own tags ("#Minsk #courts") link to no other article's stamp."""
    story = [b.line for b in state.cleaned.blocks if b.kind in ("paragraph", "quote")]
    last = max(story, default=0)
    below = [
        r.line
        for r in state.cleaned.removed
        if r.reason == "navigation" and r.line > last and not TOPIC_LIST.match(r.text)
    ]
    return min(below, default=float("inf"))


def dateline_date(state: DescribeState) -> None:
    """The dateline's date; its year only when a stamp (an update's, on the same day) or
    else the text states it for that day."""
    if state.date is not None or state.dateline is None or state.dateline.date is None:
        return
    state.date, state.date_basis = state.dateline.date, "dateline"
    if not state.date.startswith("--"):
        return
    stamped = [stamp.found.value for stamp in _line_stamps(state) if stamp.found]
    mentioned = [d.value for d in state.mentioned_dates]
    for values, basis in ((stamped, "dateline+date-line"), (mentioned, "dateline+text")):
        same_day = {v for v in values if not v.startswith("--") and v.endswith(state.date[1:])}
        if len(same_day) == 1:
            state.date, state.date_basis = same_day.pop(), basis
            return


def mentioned_dates(state: DescribeState) -> None:
    """Dates the story mentions, each once, skipping the dateline's own date."""
    seen: set[str] = set()
    dateline_text = state.dateline.text if state.dateline else None
    for _index, found in story_dates(state.cleaned.blocks, dateline_text):
        if found.value not in seen:
            seen.add(found.value)
            state.mentioned_dates.append(MentionedDate(found.text, found.value))


def story_dates(
    blocks: Sequence[Block], dateline_text: str | None
) -> Iterator[tuple[int, FoundDate]]:
    """Every date written in the story, with its block's index and place in that block.

    Captions and credits are not the story; the dateline opening one of the
    first story blocks (a standfirst may come before it) dates the article
    rather than mentioning a date, and so does a later one (a wire story filed
    from a second place: "MINSK, August 20. /TASS/."). The page's date links use
    this too, so a linked date is always a mentioned date.
    """
    skip = len(dateline_text) if dateline_text else 0
    story = [(index, block) for index, block in enumerate(blocks) if block.kind in MENTION_KINDS]
    opening = next((i for i, b in story if skip and b.text.startswith(dateline_text)), None)
    for index, block in story:
        offset = skip if index == opening else _dated_dateline_length(block.text)
        for found in find_dates(block.text[offset:]):
            yield index, replace(found, start=found.start + offset, end=found.end + offset)


def _dated_dateline_length(text: str) -> int:
    """How much of `text` a dateline with a date opens, or 0."""
    found = parse_dateline(text)
    return len(found.text) if found and found.date and found.text else 0


def source(state: DescribeState) -> None:
    """The outlet: the dateline's agency, a label line, a source credit, a sign-off, the
    masthead, a copyright owner, and last the agencies a story drew on ("(dpa/afp)");
    spelled as the article spells it."""
    if state.source is not None:
        return
    if state.dateline is not None and state.dateline.source:
        found = state.dateline.source
    else:
        candidates = (WITH_AGENCIES.sub("", c.strip(' .,“”"«»')) for c in _source_candidates(state))
        found = next(filter(None, candidates), None)
    if found is not None:
        state.source = _outlet_spelling(found, _article_texts(state))


def _article_texts(state: DescribeState) -> list[str]:
    """Every line of the article, kept or removed: where an outlet may spell its name."""
    return [b.text for b in state.cleaned.blocks] + [r.text for r in state.cleaned.removed]


def _outlet_spelling(name: str, texts: Sequence[str]) -> str:
    """A name in capitals (a masthead's "NORTHERN EXAMPLE NEWS") as another line spells it in
    mixed case ("© Northern Example News"), or else in title case when no word of it may be
    an acronym; any other name as written."""
    if not name.isupper():
        return name
    whole = _mixed_case_spelling(name, texts)
    if whole is not None:
        return whole
    spelled = {word: _mixed_case_spelling(word, texts) for word in name.split()}
    return _title_cased(name, {word: found for word, found in spelled.items() if found})


def _mixed_case_spelling(words: str, texts: Sequence[str]) -> str | None:
    """How the article spells `words` (in capitals) where it writes them capitalised but not
    in capitals: the outlet's own spelling of its name, or of one word of it."""
    pattern = r"\s+".join(re.escape(word) for word in words.split())
    spelled = re.compile(rf"(?<!\w){pattern}(?!\w)", re.IGNORECASE)
    for text in texts:
        for match in spelled.finditer(text):
            if match.group(0)[:1].isupper() and not match.group(0).isupper():
                return " ".join(match.group(0).split())
    return None


def _title_cased(name: str, spelled: dict[str, str]) -> str:
    """ "THE EXAMPLE HERALD" is The Example Herald; "BBC NEWS", "KYIV POST", "EXAMPLE TV" and
    a single word ("TASS", "REUTERS") stay as written, since any of their words may be an
    acronym, unless the article writes that word in mixed case elsewhere (`spelled`: a
    short "РАДА" it also writes "Рада" is a word)."""
    words = name.split()
    if len(words) < 2 or any(_may_be_acronym(w) and w not in spelled for w in words):
        return name
    return " ".join(
        spelled.get(word)
        or (word.lower() if index and NAME_JOINER.match(word) else word.capitalize())
        for index, word in enumerate(words)
    )


def _may_be_acronym(word: str) -> bool:
    """A word in capitals that may be letters read one by one: short ("BBC", "TASS") and no
    word outlets' names are made of ("NEWS", "THE"), or with no vowel ("TV"), or with marks
    inside ("RFE/RL", "EXAMPLE.LT")."""
    if not word.isalpha() or not VOWEL.search(word):
        return True
    known = OUTLET_WORD.match(word) or NAME_JOINER.match(word)
    return not known and len(word) <= ACRONYM_MAX_LETTERS


def _source_candidates(state: DescribeState):
    removed = state.cleaned.removed
    yield from (r.text for r in removed if r.reason == "source-label")
    for block in state.cleaned.blocks:
        match = SOURCE_CREDIT.match(block.text) or OUTLET_WITH_AGENCY.match(block.text)
        # An outlet's name is capitalised; "Source: the ministry's press office" is not one.
        if block.kind == "credit" and match and match.group(1).lstrip(' «"“„')[:1].isupper():
            yield match.group(1)
    for block in state.cleaned.blocks:
        if block.kind == "credit":
            yield from _signing_outlet(block.text)
    for r in removed:
        if match := READ_ORIGINAL.match(r.text):
            yield match.group("outlet")
    for r in removed:
        if r.reason == "date-line":
            yield from _stamp_source(r.text)
    yield from (r.text for r in removed if r.reason == "masthead")
    for r in removed:
        if r.reason == "copyright-notice" and (match := COPYRIGHT_OWNER.search(r.text)):
            yield match.group("agency") or match.group("owner")
    for r in removed:
        if r.reason == "subscription-prompt" and (match := OUTLET_POSSESSIVE.search(r.text)):
            yield ("The " if match.group("the") else "") + match.group("outlet")
    for block in state.cleaned.blocks:
        if block.kind == "credit" and (match := AGENCY_CREDIT.match(block.text)):
            yield match.group("agencies")


def _signing_outlet(text: str) -> Iterator[str]:
    """The outlet a credit signs for: by its address ("Jane Roe, LRT.lt", "ИП / example.eu"),
    by its name after the writer's ("— Jane Roe, Example Herald"), or alone on the line
    under the writer's name."""
    match = BYLINE_WITH_OUTLET.match(text) or SIGN_OFF.match(text)
    if match:
        yield match.group(match.lastindex or 0)
    elif signed := _signed(text):
        yield signed.group("outlet")
    elif is_outlet_name(text):
        yield text


def _stamp_source(text: str) -> Iterator[str]:
    """The "Source:" field of an agency's stamp ("Source: Xinhua| 2021-10-12 19:05")."""
    for segment in text.split("|"):
        field = STAMP_FIELD.match(segment.strip())
        if field and field.group("label").lower() in ("source", "источник"):
            yield field.group("value")


def byline(state: DescribeState) -> None:
    """A "By ..." line, or who reported and wrote a wire story's credit line.

    A byline of one word ("By Reuters") names an outlet, not a writer, and one
    ending in "Staff" or "Desk" its newsroom. Credits naming the byline's
    writers are lifted out of the story (the audit records them under this
    rule) when the article's details say all they said, so the page does not
    show the byline twice: the "By" line, a sign-off repeating it, and the
    outlet's name on the line under the writer's ("Marta Lindqvist" / "Example
    Herald") when it is the source. A wire credit naming its editors, or a
    writer's place, stays.
    """
    found = _credited_writer(state.cleaned.blocks)
    if found is None:
        return
    if state.byline is None:
        state.byline = found
    blocks = state.cleaned.blocks
    lifted: list[Block] = []
    for index, block in enumerate(blocks):
        under_lifted = index > 0 and bool(lifted) and blocks[index - 1] == lifted[-1]
        signs = under_lifted or _writer_named(block.text) == state.byline
        if block.kind == "credit" and signs and not _says_more(block.text, state):
            lifted.append(block)
    state.lifted = tuple(lifted)


def _credited_writer(blocks: Sequence[Block]) -> str | None:
    """The writers the credits name: a byline's first, then a wire credit's reporters and
    writers."""
    credits = [block.text for block in blocks if block.kind == "credit"]
    for text in credits:
        if name := _writer_named(text):
            return name
    for text in credits:
        names = [
            name.strip()
            for role, name in CREDIT_ROLE.findall(text)
            if role.lower() in BYLINE_ROLES and PERSON_NAMES.match(name.strip())
        ]
        if names:
            return ", ".join(dict.fromkeys(names))
    return None


def _writer_named(text: str) -> str | None:
    """The writer a byline-shaped credit names, or None (a desk, an outlet, no name)."""
    match = (
        BYLINE.match(text)
        or BYLINE_WITH_AGENCY.match(text)
        or BYLINE_WITH_OUTLET.match(text)
        or _stamped_byline(text)
        or _signed(text)
    )
    name = _person_part(match.group(1)) if match else ""
    if " " in name and not DESK_NAME.search(name):
        return name
    if BYLINE_WITH_PLACES.match(text):
        return _joined(PERSON_BEFORE_PLACE.findall(text))
    if PERSON_LIST.match(text):  # "Anna Kowalska, Piotr Nowicki"
        return _joined(text.split(", "))
    if match is None and PERSON_NAMES.match(text) and " " in text and not DESK_NAME.search(text):
        return text
    return None


def _says_more(text: str, state: DescribeState) -> bool:
    """Whether a byline's line says more than the article's details do: more than its
    label, the writers, the outlet, and the stamp the date was read from."""
    label = BYLINE.match(text)
    rest = text[label.start(1) :] if label else text
    stamp = _stamped_byline(text) if state.date_basis == "byline-stamp" else None
    said = [*BYLINE_NAME_SEPARATOR.split(state.byline or ""), state.source]
    for part in filter(None, [*said, stamp.group(2) if stamp else None]):
        rest = rest.replace(part, " ", 1)
    return bool(BYLINE_JOINERS.sub("", rest))


def _signed(text: str) -> re.Match | None:
    """ "— Jane Roe, Example Herald": a writer's name, then the outlet's."""
    match = NAME_AND_OUTLET.match(text)
    return match if match and names_an_outlet(match.group("outlet")) else None


def _stamped_byline(text: str) -> re.Match | None:
    """ "Jane Roe — Friday, 4 March 2022": a name, then a stamp (not "By X | Outlet")."""
    match = BYLINE_WITH_STAMP.match(text)
    return match if match and is_date_stamp(match.group(2)) else None


def _person_part(names: str) -> str:
    """ "ANNA WHITE Associated Press": a name set in capitals ends where the capitals do;
    an "and" between two names in capitals joins them ("RUTA VAITKUTE and PAVEL NOVIK")."""
    words = names.split()
    in_capitals = [
        word.isupper() or bool(NAMES_AND.match(word) and "".join(words[i + 1 : i + 2]).isupper())
        for i, word in enumerate(words)
    ]
    caps = next((i for i, capital in enumerate(in_capitals) if not capital), len(words))
    return " ".join(words[:caps]) if caps >= 2 and words[0].isupper() else names


def _joined(names: list[str]) -> str:
    """ "A", "A and B", "A, B and C"."""
    return " and ".join([", ".join(names[:-1]), names[-1]]) if len(names) > 1 else names[0]


def title_fallback(state: DescribeState) -> None:
    """No headline: the first words of the story stand in, and the build says so."""
    if state.title is not None:
        return
    first = next(b.text for b in state.cleaned.blocks if b.kind in ("paragraph", "quote"))
    words = first.split()
    state.title = " ".join(words[:TITLE_FALLBACK_WORDS]) + (
        "…" if len(words) > TITLE_FALLBACK_WORDS else ""
    )
    state.title_basis = "first-words"
    state.problems.append(
        Problem(
            str(state.cleaned.raw.path),
            "no headline found; the title is the story's first words",
            fix="give the article a headline line, or a `title:` in front matter",
        )
    )
