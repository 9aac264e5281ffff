"""Cleaning rules: each one small, named, and judged by the shape of a line.

A rule looks at lines no earlier rule decided, and keeps one as a block kind
or removes it; a removal records the rule's name, which is what the cleaning
report shows. The order of the rules is the table in `__init__.py`: pattern
rules first, then rules that reason from position (before the headline,
after the last paragraph), which need the pattern rules' decisions.
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher

from ..dates import find_dates, is_date_stamp
from ..recognise.places import place_name
from .shapes import (
    QUOTE_SHARE,
    SHORT_MAX_WORDS,
    ends_sentence,
    filed_stamp,
    is_heading_shaped,
    is_outlet_name,
    is_prose,
    is_quotation,
    is_section_menu,
    is_sentence,
    line_key,
    names_an_outlet,
    quoted_share,
    text_key,
    without_quotes,
    word_count,
)
from .state import HEADLINE, CleanState, Line
from .vocabulary import (
    AD_MARKER,
    AFFILIATION,
    AGENCY_CREDIT,
    ARCHIVE_BANNER,
    AUTHOR_BIO,
    BREADCRUMB,
    BYLINE,
    BYLINE_WITH_AGENCY,
    BYLINE_WITH_OUTLET,
    BYLINE_WITH_PLACES,
    BYLINE_WITH_STAMP,
    CALL_TO_ACTION,
    CAPTION_LABEL,
    CAPTION_ONLY_LABEL,
    CLOSING_QUOTES,
    COMMENT_FORM,
    COMMENTS_HEADER,
    CONTACT_DETAIL,
    COOKIE_NOTICE,
    COPYRIGHT_NOTICE,
    COPYRIGHT_PHOTO_CREDIT,
    CREDIT_LINE,
    DESK_BYLINE,
    DESK_LINE,
    DISCLAIMER,
    DOMAIN,
    EMAIL_CONTROL,
    EMBED_SIGNATURE,
    ENTRY_TIME,
    FIRST_PERSON_PLURAL,
    GALLERY_COUNTER,
    IMAGE_FILE,
    ISSUE_NUMBER,
    LINK_LINE,
    LINK_LIST_LABEL,
    NAME_AND_OUTLET,
    NAVIGATION,
    NEWSLETTER_FAREWELL,
    NEWSLETTER_GREETING,
    OPENING_QUOTES,
    OUTLET_WORD,
    PAGE_CONTROL,
    PAGE_NUMBER,
    PERSON_LIST,
    PERSON_NAMES,
    PHOTO_CREDIT,
    PHOTO_SOURCE,
    PLACE_AFTER_PERSON,
    PLAYER_NOTICE,
    PRESS_CONTACT,
    PRINT_EDITION,
    PROMOTION,
    QA_LABEL,
    READER_SALUTATION,
    SECOND_PERSON,
    SECTION_WORD,
    SHARE_PROMPT,
    SHARE_WIDGET,
    SIGN_OFF,
    SOURCE_CREDIT,
    SPEAKER_LABEL,
    STRONG_PROMOTION,
    SUPPORT_BUTTON,
    TABLE_NUMBER,
    TOPIC_LIST,
    WORD,
)

# A wrapped line is cut at a fixed width, so it is never very short.
WRAPPED_LINE_MIN_CHARS = 40
SHARE_MAX_WORDS = 6
NAVIGATION_MAX_WORDS = 8
# A labelled link or topic list runs to a headline's length, or a few tags.
LINK_LINE_MAX_WORDS = 25
# A photo credit alone ("RFE/RL") is an outlet's name; a caption has words before it.
CAPTION_MIN_WORDS = 3
# A photo credit on its own line ("Image: A. Name/Agency") is this short after its label.
CREDIT_ONLY_MAX_WORDS = 8
# A headline and its standfirst are both this long; a site's tagline above a headline is not.
STANDFIRST_MIN_WORDS = 8
# A headline has at least this many words ("Talks collapse again"); a label fewer.
HEADLINE_MIN_WORDS = 3
# Longer than this, a heading-shaped line under another is a standfirst whatever is above.
HEADLINE_USUAL_MAX_WORDS = 14
BYLINE_MAX_WORDS = 10
DATE_LINE_MAX_WORDS = 24
SOURCE_LABEL_MAX_WORDS = 4
NOTICE_MAX_WORDS = 40
AD_MARKER_MAX_WORDS = 5
COPYRIGHT_MAX_WORDS = 60
# A sign-up box frames at most this many lines of its own between its prompts; a consent
# box lists the kinds of cookies it asks about ("Necessary", "Statistics", ...).
PROMO_BOX_MAX_LINES = 5
# Removals that make up a sign-up box (newsletter, membership, privacy note under it).
PROMOTION_RULES = ("subscription-prompt", "cookie-notice")
# A press contact's label lists at most this many details (name, telephone, e-mail).
CONTACT_MAX_DETAILS = 4
# A "Related coverage" list under its label holds at most this many headlines.
LINK_LIST_MAX_ITEMS = 8
# Two entry times below the headline make a live blog; one alone is a publication stamp.
LIVE_BLOG_MIN_ENTRIES = 2
# A section or place label under the headline ("Belarus", "Analysis") is this short.
LABEL_MAX_WORDS = 3
# After a gap of this many non-story lines (related lists, footer menus), a lone
# prose line at the end is the site's footer ("All quotes delayed ..."), not story.
FOOTER_GAP_MIN_LINES = 8
# A story may close on a sentence this short ("Prosecutors may appeal.").
CLOSING_MIN_WORDS = 3
# Dashes that open a line of dialogue: "— Как вы решились на переезд?"
DIALOGUE_DASHES = "—–- "
# An interview asks at least this many questions inside the story.
INTERVIEW_MIN_QUESTIONS = 2
# A comments header ends the story only below this many paragraphs of it.
COMMENTS_MIN_PARAGRAPHS = 2
# An interview's dialogue has this many speakers at least, each opening this many lines.
DIALOGUE_MIN_SPEAKERS = 2
DIALOGUE_MIN_TURNS = 2
# Dates alone on their lines over this many entries of the story make a timeline.
TIMELINE_MIN_ENTRIES = 2
# A word broken at a printed line's end: "govern-" / "ment".
HYPHENATED_END = re.compile(r"[^\W\d_]{2}-$")
# A table's cell is as short as a column's header ("Votes", "Civic Platform"); a table
# has rows of numbers and labels, a like button and its count ("Like" / "5") is no table.
TABLE_CELL_MAX_WORDS = 4
TABLE_MIN_NUMBERS = 3
TABLE_MIN_LABELS = 2
# A pull quote repeats at least this many of the story's words; "“No.”" is no pull quote.
PULL_QUOTE_MIN_WORDS = 5
# How alike a line and the front matter's title must be (difflib's ratio over their words)
# for the line to be the headline the title was copied from.
TITLE_LIKENESS = 0.8
# A printed page's header or footer recurs on this many pages at least.
PAGE_HEADER_MIN_PAGES = 2


def join_wrapped_lines(state: CleanState) -> None:
    """Plain-text exports wrap paragraphs at a fixed width; rejoin them first.

    A page's control in lower case ("list 2 of 4") under a link is no wrapped tail.
    Text copied from a PDF breaks words at the line's end ("govern-" / "ment"), at
    any length: the word is made whole again.
    """
    joined: list[Line] = []
    for line in state.lines:
        previous = joined[-1] if joined else None
        wraps = (
            previous is not None
            and not line.blank_before
            and previous.hint is None
            and line.hint is None
            and line.text[:1].islower()
            and not PAGE_CONTROL.match(line.text)
        )
        if wraps and HYPHENATED_END.search(previous.text):
            previous.text = f"{previous.text[:-1]}{line.text}"
        elif (
            wraps
            and len(previous.text) >= WRAPPED_LINE_MIN_CHARS
            and not ends_sentence(previous.text)
        ):
            previous.text = f"{previous.text} {line.text}"
        else:
            joined.append(line)
    state.lines = joined


def page_number(state: CleanState) -> None:
    """A printed page's header or footer, copied with the text from a PDF: a short line
    with a page number ("Weekly Bulletin No. 41   Page 2") recurring with only its
    numbers changed, or a page number alone ("- 3 -"). So is a periodical's masthead
    above the story, ending in its issue number ("Weekly digest | Issue #87")."""
    counts = Counter(line_key(line.text) for line in state.lines)
    span = state.story_span()
    for index, line in enumerate(state.lines):
        if not line.undecided or word_count(line.text) > SHORT_MAX_WORDS:
            continue
        if ISSUE_NUMBER.search(line.text) and span is not None and index < span[0]:
            state.remove(line)
        if not line.undecided or not PAGE_NUMBER.search(line.text):
            continue
        alone = word_count(PAGE_NUMBER.sub("", line.text)) == 0
        if alone or counts[line_key(line.text)] >= PAGE_HEADER_MIN_PAGES:
            state.remove(line)


def _remove_matching(state: CleanState, pattern: re.Pattern, max_words: int) -> None:
    """Remove undecided lines no longer than `max_words` where `pattern` is found.

    Quoted speech is cut out first: a quoted "leave a comment" is story.
    """
    for line in state.undecided():
        text = without_quotes(line.text)
        if word_count(text) <= max_words and pattern.search(text):
            state.remove(line)


def ad_marker(state: CleanState) -> None:
    """Slots that ad plugins leave in the text: "[ad_1]", "Advertisement"."""
    _remove_matching(state, AD_MARKER, AD_MARKER_MAX_WORDS)


def share_widget(state: CleanState) -> None:
    """Share bars: "Share on ...", a row of social network names, "Share it with a friend!"."""
    _remove_matching(state, SHARE_WIDGET, SHARE_MAX_WORDS)
    _remove_matching(state, SHARE_PROMPT, SHORT_MAX_WORDS)


def page_control(state: CleanState) -> None:
    """The page's own controls: panels, audio and video players, reading time, view
    counters, live-blog filters; a video player's notices are long, but its own.

    The table rule ran first: a table's cells ("Share", "128") are no controls.
    """
    _remove_matching(state, PAGE_CONTROL, SHORT_MAX_WORDS)
    _remove_matching(state, PLAYER_NOTICE, NOTICE_MAX_WORDS)
    _remove_matching(state, EMAIL_CONTROL, SHORT_MAX_WORDS)
    _remove_matching(state, ARCHIVE_BANNER, NOTICE_MAX_WORDS)


def table(state: CleanState) -> None:
    """A table flattened into lines, a cell a line (an election's results copied from a
    page): its rows are joined, cells between bars ("Anna Nowak | 21,408 | 50.9%"), and
    kept as story, the header row too, so no rule takes a header's "Share" for a button
    or a name in a cell for a sub-heading. A table whose cells fall into no grid of equal
    rows keeps its numbers as story, one by one, so no rule takes them for counters.
    """
    joined: set[int] = set()
    for cells in _tables(state):
        rows = _grid(cells)
        if rows is None:
            for cell in cells:
                if TABLE_NUMBER.match(cell.text):
                    state.keep(cell, "paragraph")
            continue
        for row in rows:
            row[0].text = " | ".join(cell.text for cell in row)
            state.keep(row[0], "paragraph")
            joined.update(id(cell) for cell in row[1:])
    state.lines = [line for line in state.lines if id(line) not in joined]


def _grid(cells: list[Line]) -> list[list[Line]] | None:
    """The cells cut into rows of the fewest columns (two or more) where every row below
    an optional header of labels holds numbers and labels in the same columns; None when
    no width makes such a grid of two rows or more."""
    numeric = [bool(TABLE_NUMBER.match(cell.text)) for cell in cells]
    for width in range(2, len(cells) // 2 + 1):
        if len(cells) % width:
            continue
        kinds = [numeric[start : start + width] for start in range(0, len(cells), width)]
        body = kinds[1:] if not any(kinds[0]) else kinds
        if len(body) >= 2 and any(body[0]) and all(row == body[0] for row in body):
            return [cells[start : start + width] for start in range(0, len(cells), width)]
    return None


def _tables(state: CleanState) -> list[list[Line]]:
    """Runs of lines with no blank line between, every one a short cell, holding
    numbers and labels both: a table flattened into lines."""
    runs: list[list[Line]] = []
    for line in state.lines:
        if runs and not line.blank_before:
            runs[-1].append(line)
        else:
            runs.append([line])
    return [
        run
        for run in runs
        if all(
            ln.undecided
            and word_count(ln.text) <= TABLE_CELL_MAX_WORDS
            and not is_sentence(ln.text)
            for ln in run
        )
        and sum(bool(TABLE_NUMBER.match(ln.text)) for ln in run) >= TABLE_MIN_NUMBERS
        and sum(not TABLE_NUMBER.match(ln.text) for ln in run) >= TABLE_MIN_LABELS
    ]


def comment_form(state: CleanState) -> None:
    """The comment form under a blog post: "Leave a reply", required fields, spam notes,
    and the readers' comments under the section's header."""
    _remove_matching(state, COMMENT_FORM, NOTICE_MAX_WORDS)
    _comments_section(state)


def _comments_section(state: CleanState) -> None:
    """From a comments header ("14 comments", "Комментарии") on, the lines are readers':
    names, times, likes, and comments of any length. Only below paragraphs of story, so
    a comment count beside the byline takes nothing; the page's copyright stays its own.
    """
    prose = 0
    for index, line in enumerate(state.lines):
        if line.removed and COMMENTS_HEADER.match(line.text) and prose >= COMMENTS_MIN_PARAGRAPHS:
            for after in state.lines[index + 1 :]:
                if after.undecided and not COPYRIGHT_NOTICE.search(after.text):
                    state.remove(after)
            return
        prose += line.undecided and is_prose(line.text)


def cookie_notice(state: CleanState) -> None:
    """Cookie banners and links to privacy terms."""
    _remove_matching(state, COOKIE_NOTICE, NOTICE_MAX_WORDS)


def copyright_notice(state: CleanState) -> None:
    """Copyright and reuse notices; describe reads the owner from them as a source.

    A photo's caption ending in its credit ("... © Example Agency / A. Name") is
    left to the caption rule.
    """
    for line in state.undecided():
        text = without_quotes(line.text)
        if (
            word_count(text) <= COPYRIGHT_MAX_WORDS
            and COPYRIGHT_NOTICE.search(text)
            and not CAPTION_LABEL.match(line.text)
            and not (
                word_count(text) >= CAPTION_MIN_WORDS and COPYRIGHT_PHOTO_CREDIT.search(line.text)
            )
        ):
            state.remove(line)


def disclaimer(state: CleanState) -> None:
    """The outlet's notes on a column's views, an interview's editing, affiliate links,
    and where the story ran in print (a long note, with the print headline in it)."""
    _remove_matching(state, DISCLAIMER, NOTICE_MAX_WORDS)
    _remove_matching(state, PRINT_EDITION, COPYRIGHT_MAX_WORDS)


def press_contact(state: CleanState) -> None:
    """A press release's notes to journalists are no story: whom the press may ask ("For
    media inquiries, contact ..."), with the name, telephone and e-mail listed under such
    a label ("Media contact:"), and the mark that ends the release ("###", "-ENDS-").

    It runs before the credit rule, so a contact's name is never taken for a signature.
    """
    for index, line in enumerate(state.lines):
        if not (
            line.undecided
            and word_count(line.text) <= NOTICE_MAX_WORDS
            and PRESS_CONTACT.match(line.text)
        ):
            continue
        state.remove(line)
        if line.text.endswith(":"):
            for detail in state.lines[index + 1 : index + 1 + CONTACT_MAX_DETAILS]:
                if not (detail.undecided and CONTACT_DETAIL.match(detail.text)):
                    break
                state.remove(detail)


def subscription_prompt(state: CleanState) -> None:
    """Paywall and app promotion, addressed to the reader and urging an action.

    Short lines only, but for a sign-up pitch that opens with its call to
    action and speaks as the outlet ("Sign up to receive ... of our reporting").
    A label of the outlet's own offer ("Our newsletter") is one too.
    """
    for line in state.undecided():
        text = without_quotes(line.text)
        promotion = len(PROMOTION.findall(text))
        call = bool(CALL_TO_ACTION.match(text))
        addressed = bool(SECOND_PERSON.search(text))
        ours = bool(FIRST_PERSON_PLURAL.search(text))
        if word_count(text) > SHORT_MAX_WORDS:
            if word_count(text) <= NOTICE_MAX_WORDS and promotion and call and (ours or addressed):
                state.remove(line)
            continue
        if (
            STRONG_PROMOTION.search(text)
            or SUPPORT_BUTTON.match(text)
            or promotion >= 2
            or (promotion and (call or addressed))
            or (call and addressed)
            or (promotion and ours and not ends_sentence(text))
        ):
            state.remove(line)


def promo_box(state: CleanState) -> None:
    """What a sign-up box frames between its prompts ("Enter your email address").

    A box holds only lines that address the reader or are no sentence at all;
    a story sentence between two prompts shows they are two boxes, and what
    lies between them is left to the other rules. The line right above a box's
    prompt that names the offer as the outlet's ("The Brief, our daily
    newsletter, ...") opens the box.
    """
    lines = state.lines
    for index, line in enumerate(lines):
        if line.reason not in PROMOTION_RULES:
            continue
        above = lines[index - 1] if index else None
        if above is not None and above.undecided and _offers(above.text):
            state.remove(above)
        inside = []
        for after in lines[index + 1 : index + 2 + PROMO_BOX_MAX_LINES]:
            if not after.undecided:
                if after.reason in PROMOTION_RULES and all(_promotes(ln.text) for ln in inside):
                    for framed in inside:
                        state.remove(framed)
                break
            inside.append(after)


def reader_appeal(state: CleanState) -> None:
    """The outlet's letter to its readers below the story's start ("Dear readers,"): the
    salutation, a short label above it ("A message from Example Times:"), and the lines
    under it while they speak as the outlet or to the reader, or are no sentence (its
    buttons). A story sentence under it ends the letter."""
    _newsletter_voice(state)
    story_above = False
    for index, line in enumerate(state.lines):
        if story_above and line.undecided and READER_SALUTATION.match(line.text):
            above, _ = state.neighbours(index)
            if above is not None and above.undecided and _labels_appeal(above.text):
                state.remove(above)
            state.remove(line)
            for after in state.lines[index + 1 :]:
                if after.removed:
                    continue
                if not (after.undecided and _appeals(after.text)):
                    break
                state.remove(after)
            return
        story_above = story_above or line.is_story


def _newsletter_voice(state: CleanState) -> None:
    """A newsletter's greeting ("Good morning. This week we look at ...") and farewell
    ("That's all for this week. Thanks for reading."): the outlet speaking, not a story."""
    for line in state.undecided():
        plain = without_quotes(line.text)
        speaks = bool(SECOND_PERSON.search(plain) or FIRST_PERSON_PLURAL.search(plain))
        if word_count(plain) <= NOTICE_MAX_WORDS and (
            (NEWSLETTER_GREETING.match(plain) and speaks) or NEWSLETTER_FAREWELL.search(plain)
        ):
            state.remove(line)


def _labels_appeal(text: str) -> bool:
    """ "A message from Example Times:": short, and opening what follows."""
    return text.endswith(":") and word_count(text) <= LABEL_MAX_WORDS + 5


def _appeals(text: str) -> bool:
    """The outlet speaking (outside quotes) or addressing the reader, or a button."""
    plain = without_quotes(text)
    return bool(SECOND_PERSON.search(plain) or FIRST_PERSON_PLURAL.search(plain)) or (
        word_count(text) <= SHORT_MAX_WORDS and not is_sentence(text)
    )


def _offers(text: str) -> bool:
    """ "The Brief, our daily newsletter, looks at the week ahead": the outlet's offer."""
    plain = without_quotes(text)
    return _promotes(text) and bool(PROMOTION.search(plain) and FIRST_PERSON_PLURAL.search(plain))


def _promotes(text: str) -> bool:
    """A short line of a promotion: a label, or words the outlet addresses to the reader."""
    text = without_quotes(text)
    return word_count(text) <= SHORT_MAX_WORDS and (
        not is_sentence(text)
        or bool(SECOND_PERSON.search(text) or FIRST_PERSON_PLURAL.search(text))
    )


def navigation(state: CleanState) -> None:
    """Site navigation: section lists ("Politik Wirtschaft Kultur"), "Related stories",
    "Read more", breadcrumbs.

    A labelled link ("Read also: <another headline>") or topic list ("Tags: ...")
    is navigation at any length up to a headline's.
    """
    for line in state.undecided():
        words = word_count(line.text)
        short = words <= NAVIGATION_MAX_WORDS and not ends_sentence(line.text)
        labelled = words <= LINK_LINE_MAX_WORDS and (
            LINK_LINE.match(line.text) or TOPIC_LIST.match(line.text)
        )
        # "Source: X | 2021-11-04 21:10 | Editor: Y" is shaped like a breadcrumb, but a stamp.
        breadcrumb = BREADCRUMB.match(line.text) and not is_date_stamp(line.text)
        menu = words <= NAVIGATION_MAX_WORDS and is_section_menu(line.text)
        if (short and NAVIGATION.match(line.text)) or labelled or breadcrumb or menu:
            state.remove(line)
    _link_list(state)


def _link_list(state: CleanState) -> None:
    """Headlines listed under a "Related coverage" or "Read more:" label inside the story
    are links, every one until the story resumes.

    Only below the story's first paragraph: above it, the line after a menu
    may well be the headline.
    """
    span = state.story_span()
    if span is None:
        return
    for index in range(span[0] + 1, len(state.lines)):
        label = state.lines[index]
        if label.reason != state.rule or not LINK_LIST_LABEL.match(label.text):
            continue
        items = 0
        for item in state.lines[index + 1 :]:
            if item.reason == "page-control":
                continue  # the list's own markers: "list 2 of 4", "end of list"
            if items == LINK_LIST_MAX_ITEMS or not (item.undecided and _listed_headline(item.text)):
                break
            state.remove(item)
            items += 1


def _listed_headline(text: str) -> bool:
    """A headline in a list of links: heading-shaped, though it may close on a quoted word
    ('Mayor says no talks with "traitors"'), which `is_heading_shaped` leaves to quotes."""
    return not is_prose(text) and is_heading_shaped(text.rstrip(CLOSING_QUOTES))


def caption(state: CleanState) -> None:
    """Photo captions: kept, as captions, not as story paragraphs.

    A label alone ("Image caption,") is removed and the line after it kept as
    the caption it labels, and so is a gallery's counter ("2 / 6") over its photo's
    text. So is an image's file name ("fans-2021.jpg"), which a scrape prints
    above the image's text: the line after it, unless a paragraph. The page's
    first line is its headline even when labelled ("Photos: Storm floods the coast").
    """
    labelled = named = False
    for index, line in enumerate(state.lines):
        if line.undecided and line.hint == "caption":  # a saved page's <figcaption>
            state.keep(line, "caption")
        if not line.undecided or line.hint is not None:
            labelled = named = False
            continue
        if _labels_a_caption(line.text) or IMAGE_FILE.match(line.text):
            state.remove(line)
        elif labelled or (named and not is_prose(line.text)):
            state.keep(line, "caption")
        elif _is_caption(line.text) and not (index == 0 and is_heading_shaped(line.text)):
            state.keep(line, "credit" if _photo_credit_only(line.text) else "caption")
        labelled = _labels_a_caption(line.text)
        named = bool(IMAGE_FILE.match(line.text))
    _caption_above_its_credit(state)


def _labels_a_caption(text: str) -> bool:
    """A caption's label alone ("Image caption,"), or a gallery's counter ("2 / 6")."""
    return bool(CAPTION_ONLY_LABEL.match(text) or GALLERY_COUNTER.match(text))


def _is_caption(text: str) -> bool:
    """Labelled as a photo's caption, or words followed by a photo credit; not a byline
    that credits the photos too ("Author: A. Name | Photo: Example Agency"), nor a credit
    line of the photographer's alone ("Photographs by A. Name")."""
    return bool(
        CAPTION_LABEL.match(text)
        or (
            word_count(text) >= CAPTION_MIN_WORDS
            and PHOTO_CREDIT.search(text)
            and not (BYLINE.match(text) or CREDIT_LINE.match(text))
        )
    )


def _photo_credit_only(text: str) -> bool:
    """A label and whose photo it is, nothing more: "Фото: Белсат", "Photo: A. Name/Agency",
    or where it came from ("Фото: архив магазина", "Photo: handout").

    A caption says what the photo shows ("Photo: Protesters in the square"), in words
    a credit's names do not use.
    """
    label = CAPTION_LABEL.match(text)
    if label is None:
        return False
    credited = text[label.end() :]
    words = credited.split()
    return 1 <= len(words) <= CREDIT_ONLY_MAX_WORDS // 2 and (
        bool(PHOTO_SOURCE.match(credited))
        or all(word[:1].isupper() or "/" in word or word in "/|" for word in words)
    )


def _caption_above_its_credit(state: CleanState) -> None:
    """A caption's text on the line above its photo credit ("Image: A. Name/Agency").

    Only below a sentence (a standfirst): a headline is never below one, and
    a headline may well stand above a photo credit.
    """
    for index in range(2, len(state.lines)):
        above, text, credit = state.lines[index - 2 : index + 1]
        label = CAPTION_LABEL.match(credit.text)
        if (
            label
            and credit.kind in ("caption", "credit")
            and word_count(credit.text[label.end() :]) <= CREDIT_ONLY_MAX_WORDS
            and text.undecided
            and is_heading_shaped(text.text)
            and is_sentence(above.text)
        ):
            state.keep(text, "caption")


def credit(state: CleanState) -> None:
    """Wire credits ("(Reporting by ...)"), bylines and source lines: kept as credits.

    The line right under a byline naming outlet and place ("Example News,
    Vilnius") belongs to the byline. Names alone right above a publication stamp
    ("Anna Kowalska, Piotr Nowicki" / "12 October 2021") are the byline, and a
    sign-off of initials and the outlet's address ("ИП / example.eu") is a credit, and so
    is the writer's name with the outlet's under the story ("— Jane Roe, Example Herald"),
    and the agencies a story drew on, alone in brackets ("(dpa/afp)").
    """
    _embedded_post(state)
    span = state.story_span()
    story_end = span[1] if span else len(state.lines)
    after_byline = False
    for index, line in enumerate(state.lines):
        text = line.text
        byline = (
            line.undecided
            and (
                (
                    word_count(text) <= BYLINE_MAX_WORDS
                    and not ends_sentence(text)
                    and (
                        any(
                            p.match(text)
                            for p in (BYLINE, DESK_BYLINE, BYLINE_WITH_AGENCY, BYLINE_WITH_OUTLET)
                        )
                        or _byline_with_places(text)
                        or _names_above_stamp(state, index)
                        or DESK_LINE.match(text)
                        or (index > story_end and _signs_off(state, index))
                    )
                )
                or _byline_with_stamp(text)
            )
            and not _heads_the_page(state, index)
        )
        affiliation = after_byline and bool(AFFILIATION.match(text) or is_outlet_name(text))
        if line.undecided and (
            byline
            or affiliation
            or CREDIT_LINE.match(text)
            or SOURCE_CREDIT.match(text)
            or SIGN_OFF.match(text)
            or AGENCY_CREDIT.match(text)
        ):
            state.keep(line, "credit")
        after_byline = byline


def _heads_the_page(state: CleanState, index: int) -> bool:
    """A line opening like a byline whose words are a headline's: "Von Beruf Lehrerin",
    "By Night Across the Border" ("von", "by", "par" are words of any sentence). Nothing
    above it could be a headline (a word alone is a menu's), and nothing but other
    byline-shaped lines that could be one stands between it and the story, so the page
    has no other headline. A front matter's title names the headline itself."""
    line = state.lines[index]
    if state.title or not _byline_shaped(line.text):
        return False
    span = state.story_span()
    end = span[0] if span else len(state.lines)
    above = [ln.text for ln in state.lines[:index] if ln.undecided]
    below = [ln.text for ln in state.lines[index + 1 : end] if ln.undecided]
    return (
        index < end
        and not any(is_heading_shaped(text) and word_count(text) > 1 for text in above)
        and not any(_may_head(text) and not _byline_shaped(text) for text in below)
    )


def _byline_shaped(text: str) -> bool:
    """ "By ...", "Von ...", "Author: ...": a byline's label, then capitalised words."""
    return bool(BYLINE.match(text) or DESK_BYLINE.match(text))


def _may_head(text: str) -> bool:
    """A line the headline rule could choose: heading-shaped, three words at least."""
    return is_heading_shaped(text) and word_count(text) >= HEADLINE_MIN_WORDS


def _signs_off(state: CleanState, index: int) -> bool:
    """ "— Jane Roe, Example Herald", "Jane Roe / EXAMPLE", or the name alone with the
    outlet's name or another credit ("Translated from Lithuanian by ...") on the line under
    it: a writer signing the story. Right under a caption, the same shape is the photo's
    credit."""
    before, after = state.neighbours(index)
    if before is None or before.kind == "caption":
        return False
    text = state.lines[index].text
    signed = NAME_AND_OUTLET.match(text)
    if signed:
        return " " in signed.group(1) and names_an_outlet(signed.group("outlet"))
    return (
        bool(PERSON_NAMES.match(text))
        and 2 <= len(text.split()) <= 3
        and after is not None
        and after.undecided
        and bool(is_outlet_name(after.text) or CREDIT_LINE.match(after.text))
    )


def _names_above_stamp(state: CleanState, index: int) -> bool:
    """People's names alone ("Jane Roe", "Anna Kowalska, Piotr Nowicki") right above a
    publication stamp: the byline over its date."""
    text = state.lines[index].text
    names = text.split(", ")
    # One name alone has two words: three capitalised words alone are as often an outlet's.
    if not (PERSON_LIST.match(text) or (len(names) == 1 and PERSON_NAMES.match(text))) or any(
        not 2 <= len(name.split()) <= (3 if len(names) > 1 else 2)
        or name.startswith(("The ", "A ", "An "))
        for name in names
    ):
        return False
    _, after = state.neighbours(index)
    return after is not None and after.undecided and is_date_stamp(after.text)


def author_bio(state: CleanState) -> None:
    """A few words on the writer under the story ("Jane Roe is a reporter covering ...")
    go, when the article names that writer above the story: in a byline, or alone on
    a line, which is then the byline. So does the same name alone under the story
    (a signature), which makes the name above it the byline too. A standfirst may
    stand above the byline: names count down to the story's second paragraph.
    """
    story = [index for index, line in enumerate(state.lines) if line.is_story]
    if not story:
        return
    writers = _writers_above(state, story[:2][-1])
    for line in state.lines[story[-1] :]:
        if not line.undecided:
            continue
        bio = AUTHOR_BIO.match(line.text)
        name = bio.group("name") if bio else line.text
        if name not in writers:
            continue
        if bio:
            state.remove(line)
        if writers[name].undecided:
            state.keep(writers[name], "credit")


def _writers_above(state: CleanState, end: int) -> dict[str, Line]:
    """Names of writers above the story, each with its line: a byline's, or a name alone
    (undecided, or a credit already: the names above a stamp)."""
    writers = {}
    for line in state.lines[:end]:
        byline = BYLINE.match(line.text) if line.kind == "credit" else None
        if byline:  # each of "Jane Roe and John Doe" wrote it
            for name in re.split(r", | (?:and|AND|&|и|і|та) ", byline.group(1)):
                writers[name] = line
        elif (
            (line.undecided or line.kind == "credit")
            and PERSON_NAMES.match(line.text)
            and " " in line.text
        ):
            writers[line.text] = line
    return writers


def _embedded_post(state: CleanState) -> None:
    """A post embedded in the story: its signature ("— A. Name (@handle) August 16,
    2020") is its credit, and the line right above it (no blank line between: one
    block), the post, is quoted."""
    for index, line in enumerate(state.lines):
        if line.undecided and EMBED_SIGNATURE.match(line.text):
            state.keep(line, "credit")
            above = state.lines[index - 1] if index else None
            if above is not None and above.undecided and not line.blank_before:
                state.keep(above, "quote")


def _byline_with_places(text: str) -> bool:
    """ "Anna Nowak in Brussels and Jan Kowal in Moscow": names, each where it wrote from,
    one place at least known to the gazetteer (a masthead's "Democracy Dies in Darkness"
    names none)."""
    return bool(BYLINE_WITH_PLACES.match(text)) and any(
        place_name(place) for place in PLACE_AFTER_PERSON.findall(text)
    )


def _byline_with_stamp(text: str) -> bool:
    """ "Jane Roe — Friday, 4 March 2022, 14:52": a writer's name, then a publication stamp."""
    match = BYLINE_WITH_STAMP.match(text)
    return match is not None and is_date_stamp(match.group(2))


def date_line(state: CleanState) -> None:
    """A line holding only a publication stamp; describe reads the date from it.

    Bare dates below the story's first paragraph, each over a sentence of its
    own, are the headings of a timeline ("August 9, 2020" / "The vote is held."),
    not stamps: the story dates its events, not itself. A stamp with the place it
    was filed from ("Riga, 14 March 2023") is one above the story, where it is the
    dateline set apart (describe reads place and date), and below its last
    paragraph, where it signs a press release or a letter; it is never the
    headline, though shaped like one. A live blog's entry times, labelled ("Posted at
    14:05"), are left to the live-blog rule.
    """
    span = state.story_span()
    start, end = span if span else (len(state.lines), len(state.lines))
    entries = _entry_times(state)
    stamps = [
        index
        for index, line in enumerate(state.lines)
        if line.undecided
        and index not in entries
        and word_count(line.text) <= DATE_LINE_MAX_WORDS
        and (is_date_stamp(line.text) or (not start <= index <= end and filed_stamp(line.text)))
    ]
    headings = [index for index in stamps if _heads_timeline_entry(state, index)]
    timeline = set(headings) if len(headings) >= TIMELINE_MIN_ENTRIES else set()
    for index in stamps:
        if index in timeline:
            state.keep(state.lines[index], "heading")
        else:
            state.remove(state.lines[index])


def _heads_timeline_entry(state: CleanState, index: int) -> bool:
    """A date and nothing else, with story above it and a sentence right under it."""
    text = state.lines[index].text.rstrip(" .")
    found = find_dates(text)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(text)):
        return False
    after = state.lines[index + 1] if index + 1 < len(state.lines) else None
    return (
        after is not None
        and after.undecided
        and is_sentence(after.text)
        and any(line.is_story for line in state.lines[:index])
    )


def duplicate_line(state: CleanState) -> None:
    """The same line again (a logo's alt text and its caption, a lazy-loaded repeat).

    Numbers count: "13:15" under "14:02" is a live blog's next entry, not a repeat.
    So does a pull quote: a quotation alone on its line, inside the story, whose
    words another line of the story says in full, above or below it.
    """
    seen: set[str] = set()
    for line in state.lines:
        key = text_key(line.text)
        if line.undecided and key in seen:
            state.remove(line)
        elif not line.removed:
            seen.add(key)
    _pull_quotes(state)


def _pull_quotes(state: CleanState) -> None:
    """Quotations below the story's first line whose words another story line holds (of
    two that say the same words, the first goes and the other stays)."""
    span = state.story_span()
    if span is None:
        return
    story = [
        (line, _spoken(line.text))
        for line in state.lines
        if line.kind in (None, "paragraph", "quote") and not line.removed
    ]
    for line in state.lines[span[0] + 1 :]:
        words = _spoken(line.text)
        if (
            line.undecided
            and quoted_share(line.text) >= QUOTE_SHARE
            and words.count(" ") + 1 >= PULL_QUOTE_MIN_WORDS
            and any(
                other is not line and not other.removed and words in said for other, said in story
            )
        ):
            state.remove(line)


def _spoken(text: str) -> str:
    """A line's words alone, lower case, space-padded: quotation marks and commas aside."""
    return f" {' '.join(WORD.findall(text.lower()))} "


def headline(state: CleanState) -> None:
    """The headline: the last heading-shaped line above the first story paragraph.

    Junk above it was mostly removed by the pattern rules; what is left there
    (site names, section labels) is shorter than a headline or repeated across
    the batch. In Markdown, the first heading is the headline. A headline may be
    a quotation, whole («Мы уехали, но не перестали работать»). When the front
    matter gives a title, the line above the story that says it, near enough, is
    the headline whatever its shape.
    """
    span = state.story_span()
    end = span[0] if span else len(state.lines)
    titled = _saying_the_title(state, state.lines[:end])
    if titled is not None:
        state.keep(titled, HEADLINE)
        return
    hinted = [ln for ln in state.lines[:end] if ln.undecided and ln.hint == "heading"]
    candidates = [
        ln
        for ln in state.lines[:end]
        if ln.undecided
        and (is_heading_shaped(ln.text) or _quoted_title(ln.text))
        and word_count(ln.text) >= HEADLINE_MIN_WORDS
    ]
    fresh = [ln for ln in candidates if line_key(ln.text) not in state.repeated]
    if hinted:
        state.keep(hinted[0], HEADLINE)
    elif fresh or candidates:
        state.keep(_above_standfirst(state, fresh or candidates), HEADLINE)


def _saying_the_title(state: CleanState, lines: list[Line]) -> Line | None:
    """The undecided line most like the front matter's title, if like enough: the
    archivist copied the headline, perhaps mending its spelling, case or punctuation."""
    if not state.title:
        return None
    best = max(
        (ln for ln in lines if ln.undecided),
        key=lambda ln: _likeness(ln.text, state.title),
        default=None,
    )
    return best if best and _likeness(best.text, state.title) >= TITLE_LIKENESS else None


def _likeness(text: str, other: str) -> float:
    """How alike two lines' words are, case and punctuation aside (0 to 1)."""
    return SequenceMatcher(None, _spoken(text), _spoken(other)).ratio()


def _quoted_title(text: str) -> bool:
    """A short line that is one quotation and nothing else: «...», "...", “...”."""
    return (
        word_count(text) <= HEADLINE_USUAL_MAX_WORDS
        and text[:1] in OPENING_QUOTES
        and text.endswith(tuple(CLOSING_QUOTES))
        and quoted_share(text) == 1.0
    )


def _above_standfirst(state: CleanState, candidates: list[Line]) -> Line:
    """The last candidate, or the one above it when it is the headline's standfirst.

    A standfirst (the summary under a headline) is heading-shaped too; when
    two long candidates follow each other, or one longer than a headline
    usually is follows another, the first is the headline. So is a quotation
    whole above a long candidate («Мы уехали, но продолжаем работать»): a
    site's tagline or label is never one.
    """
    ids = {id(line) for line in candidates}
    chosen = candidates[-1]
    while word_count(chosen.text) >= STANDFIRST_MIN_WORDS:
        before, _ = state.neighbours(state.lines.index(chosen))
        if before is None or id(before) not in ids:
            break
        if (
            word_count(before.text) < STANDFIRST_MIN_WORDS
            and word_count(chosen.text) <= HEADLINE_USUAL_MAX_WORDS
            and not _quoted_title(before.text)
        ):
            break
        chosen = before
    return chosen


def _entry_times(state: CleanState) -> list[int]:
    """The lines of a live blog's entry times ("14:02", "Posted at 13:40") below the first
    line that could be its headline (a clock in the page's header is none); none when
    fewer than make a live blog."""
    start = next(
        (
            index
            for index, line in enumerate(state.lines)
            if line.undecided and _may_head(line.text)
        ),
        len(state.lines),
    )
    times = [
        index
        for index in range(start, len(state.lines))
        if state.lines[index].undecided and ENTRY_TIME.match(state.lines[index].text)
    ]
    return times if len(times) >= LIVE_BLOG_MIN_ENTRIES else []


def live_blog(state: CleanState) -> None:
    """A live blog's entry times are its sub-headings, and so is an entry's title under one.

    It runs before the headline rule, so that an entry's title is never taken
    for the page's headline; times above the first line that could be a
    headline (a clock in the page's header) are left to the other rules.
    """
    for index in _entry_times(state):
        state.keep(state.lines[index], "heading")
        _, title = state.neighbours(index)
        if title is None or not title.undecided or not is_heading_shaped(title.text):
            continue
        _, first = state.neighbours(state.lines.index(title))
        if first is not None and first.is_story:
            state.keep(title, "heading")


def source_label(state: CleanState) -> None:
    """An outlet's name standing alone above the story, named again as its source.

    "Reuters" above a headline is a logo's text when the article also credits
    it ("... via REUTERS", "/TASS/", "(Reuters)", a sign-off with its web
    address) or repeats it on the next line (a logo's alt text and its
    caption). The page's first line, its masthead, is the outlet too when a
    promotion names it ("Example Daily is on Telegram! Subscribe"). A section
    name repeated in a topic list under the story ("Europe") is not an outlet. A web
    address alone above the story ("DELFI.LT", a reader view's "example-news.net") is
    the outlet by its own name.
    """
    span = state.story_span()
    end = span[0] if span else len(state.lines)
    for index, line in enumerate(state.lines[:end]):
        if line.undecided and re.fullmatch(DOMAIN, line.text):
            state.remove(line)
        if not line.undecided or not _looks_like_name(line.text):
            continue
        others = [ln.text for i, ln in enumerate(state.lines) if i != index]
        beside = state.lines[max(index - 1, 0) : index] + state.lines[index + 1 : index + 2]
        if (
            any(line_key(ln.text) == line_key(line.text) for ln in beside)
            or _credited(line.text, " \n".join(others))
            or (index == 0 and _promoted(state, line.text))
        ):
            state.remove(line)


def masthead(state: CleanState) -> None:
    """The outlet's name above the headline with no web address in it: shaped like an
    outlet's ("THE EXAMPLE HERALD", "Example Daily News"), a name the batch repeats at
    the top of its pages ("Kvitka Wieczorna"), or one in capitals atop its menu. Only
    above the headline, which is chosen first, so a headline is never taken for a
    masthead; describe reads it as the source when nothing names the outlet more surely."""
    head = state.headline_index()
    if head is None:
        return
    for index, line in enumerate(state.lines[:head]):
        if line.undecided and (
            is_outlet_name(line.text)
            or _repeated_masthead(state, index)
            or _capitals_over_menu(state, index)
        ):
            state.remove(line)


def _capitals_over_menu(state: CleanState, index: int) -> bool:
    """The page's top line, a name in capitals ("EXAMPLE PRYKLADNAYA DUMKA") right over the
    site's menu, which the navigation rule removed: the outlet's name over its sections,
    in any alphabet, with or without an outlet's word."""
    line = state.lines[index]
    below = state.lines[index + 1] if index + 1 < len(state.lines) else None
    return (
        all(above.removed for above in state.lines[:index])
        and line.text.isupper()
        and len(line.text.split()) >= 2
        and _looks_like_name(line.text)
        and below is not None
        and below.reason == "navigation"
    )


def _repeated_masthead(state: CleanState, index: int) -> bool:
    """The page's top line, a name of two words or more that the batch repeats, with no
    section's words ("Sport Weather Travel" is a menu) and no outlets' words, which
    `is_outlet_name` judges ("Daily News" alone names no one)."""
    line = state.lines[index]
    words = line.text.split()
    return (
        line_key(line.text) in state.repeated
        and all(above.removed for above in state.lines[:index])
        and len(words) >= 2
        and _looks_like_name(line.text)
        and not any(SECTION_WORD.match(word) or OUTLET_WORD.match(word) for word in words)
    )


def _promoted(state: CleanState, name: str) -> bool:
    """A removed promotion names the outlet: "Want more from EXAMPLE? Subscribe"."""
    named = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    return any(ln.reason == "subscription-prompt" and named.search(ln.text) for ln in state.lines)


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return (
        1 <= len(words) <= SOURCE_LABEL_MAX_WORDS
        and all(w[:1].isupper() for w in words)
        and not any(ch.isdigit() for ch in text)
        and not ends_sentence(text)
    )


def _credited(name: str, text: str) -> bool:
    n = re.escape(name)
    attribution = (
        rf"\bvia {n}\b|/{n}(?:/|$)|\({n}\)|\b{n} (?:news )?agency\b|©\s*(?:\d{{4}}\s*)?{n}\b"
        rf"|\b{n} (?:reported|reports|said)\b|[–—-] {n}\.|\bsource: {n}\b"
        rf"|\b{n}\.(?:com|org|net|info|eu|by|ru|ua|pl|lt|lv|ee|de|fr|uk|co\.uk)\b"
    )
    # A section in a saved page's address ("https://example.pl/world/...") credits no one.
    text = re.sub(r"https?://\S+", " ", text)
    return re.search(attribution, text, re.IGNORECASE | re.MULTILINE) is not None


def repeated_line(state: CleanState) -> None:
    """A short line that recurs across many articles of the batch is site furniture.

    A heading-shaped line between two story paragraphs is spared: outlets
    reuse sub-headings. Long lines are spared: republished stories repeat.
    """
    for index, line in enumerate(state.lines):
        if not line.undecided or line_key(line.text) not in state.repeated:
            continue
        if word_count(line.text) > SHORT_MAX_WORDS:
            continue
        before, after = state.neighbours(index)
        inside_story = (
            before is not None and before.is_story and after is not None and after.is_story
        )
        if not (inside_story and is_heading_shaped(line.text)):
            state.remove(line)


def section_label(state: CleanState) -> None:
    """A section or place label between the headline and the story ("Belarus", "Analysis")."""
    head, span = state.headline_index(), state.story_span()
    if head is None or span is None:
        return
    for line in state.lines[head + 1 : span[0]]:
        if (
            line.undecided
            and line.hint is None
            and word_count(line.text) <= LABEL_MAX_WORDS
            and not ends_sentence(line.text)
        ):
            state.remove(line)


def before_story(state: CleanState) -> None:
    """Whatever is left above the headline (or the first paragraph) is page furniture."""
    head = state.headline_index()
    span = state.story_span()
    end = head if head is not None else (span[0] if span else 0)
    for line in state.lines[:end]:
        if line.undecided:
            state.remove(line)


def quote(state: CleanState) -> None:
    """A paragraph that is quoted speech (attribution allowed) is a quote block."""
    for line in state.undecided():
        if line.hint == "quote" or is_quotation(line.text):
            state.keep(line, "quote")


def heading(state: CleanState) -> None:
    """A short heading-shaped line between two story paragraphs is a sub-heading; an
    interview's question, labelled as one ("Q: ...") or with its speaker's name ("Marta
    Novak: ..."), is its dialogue, not one."""
    head = state.headline_index()
    speakers = _speakers(state)
    for index, line in enumerate(state.lines):
        if not line.undecided or (head is not None and index < head):
            continue
        if line.hint == "heading":
            state.keep(line, "heading")
            continue
        before, after = state.neighbours(index)
        if (
            is_heading_shaped(line.text)
            and not _dialogue_turn(line.text, speakers)
            and before is not None
            and (before.is_story or before.kind == "caption")
            and after is not None
            and after.is_story
        ):
            state.keep(line, "heading")


def _speakers(state: CleanState) -> frozenset[str]:
    """Names that open several lines with a colon ("Marta Novak: ..."), when two people
    at least do so: the speakers of an interview. One label repeated ("Update: ...") is
    no dialogue."""
    labels = Counter(
        label.group(1) for line in state.lines if (label := SPEAKER_LABEL.match(line.text))
    )
    speakers = frozenset(name for name, turns in labels.items() if turns >= DIALOGUE_MIN_TURNS)
    return speakers if len(speakers) >= DIALOGUE_MIN_SPEAKERS else frozenset()


def _dialogue_turn(text: str, speakers: frozenset[str]) -> bool:
    """A turn of an interview: labelled as a question or an answer, or with a speaker."""
    label = SPEAKER_LABEL.match(text)
    return bool(QA_LABEL.match(text) or (label and label.group(1) in speakers))


def after_story(state: CleanState) -> None:
    """Below the last paragraph, once the page's tail begins, every short line is junk too.

    A short closing sentence after the story is kept, even after an inline
    promotion that pattern rules removed: the tail begins with the first line
    this rule removes. Credits and captions were kept by their own rules and stay.
    In an interview (questions among the story's lines), a last question asked
    of the guest is story too when its answer follows.
    """
    span = _without_footer(state)
    if span is None:
        return
    interview = _is_interview(state, span)
    tail = [line for line in state.lines[span[1] + 1 :] if line.undecided]
    tail_started = False
    for index, line in enumerate(tail):
        answered = (
            interview
            and line.text.endswith("?")
            and index + 1 < len(tail)
            and _closes_story(tail[index + 1].text)
        )
        if tail_started or not (answered or _closes_story(line.text)):
            state.remove(line)
            tail_started = True


def _is_interview(state: CleanState, span: tuple[int, int]) -> bool:
    """Questions kept among the story's lines: an interview's."""
    questions = [
        line
        for line in state.lines[span[0] : span[1] + 1]
        if (line.undecided or line.kind in ("heading", "paragraph")) and line.text.endswith("?")
    ]
    return len(questions) >= INTERVIEW_MIN_QUESTIONS


def _closes_story(text: str) -> bool:
    """A short sentence in the story's own voice ("Prosecutors may appeal."), not the
    outlet speaking to the reader; an interview's answer may open with a dash."""
    plain = without_quotes(text)
    return (
        word_count(text) >= CLOSING_MIN_WORDS
        and ends_sentence(text)
        and text.lstrip(DIALOGUE_DASHES)[:1].isupper()
        and not (SECOND_PERSON.search(plain) or FIRST_PERSON_PLURAL.search(plain))
    )


def _without_footer(state: CleanState) -> tuple[int, int] | None:
    """The story's span, after removing a lone prose line that ends the page below a
    long gap of menus and lists (a site's disclaimer), if there is one.

    A credit under that line ("Source: Example Wire") signs the story off: the gap
    was a list inside the story ("Keep reading"), and the line is story.
    """
    span = state.story_span()
    if span is None:
        return None
    story = [i for i in range(span[0], span[1] + 1) if state.lines[i].is_story]
    signed = any(line.kind == "credit" for line in state.lines[span[1] + 1 :])
    if len(story) >= 2 and story[-1] - story[-2] > FOOTER_GAP_MIN_LINES and not signed:
        state.remove(state.lines[story[-1]])
        return state.story_span()
    return span


def paragraph(state: CleanState) -> None:
    """What no rule claimed is story text."""
    for line in state.undecided():
        state.keep(line, "paragraph")
