"""Stage 2, clean: every line kept as a block kind or removed with a named reason.

The rules run in the order of `RULES`, each over one `CleanState`; like
markdown-it's rulers, the order is data, and a site can switch rules off by
name (`cleaning.disable` in site.yaml).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from ..model import BLOCK_KINDS, Block, CleanedDocument, ContentError, RawDocument, Removal
from . import rules
from .shapes import SHORT_MAX_WORDS, line_key, word_count
from .state import HEADLINE, CleanState

Rule = Callable[[CleanState], None]

RULES: tuple[tuple[str, Rule], ...] = (
    ("join-wrapped-lines", rules.join_wrapped_lines),
    ("page-number", rules.page_number),
    ("table", rules.table),
    ("ad-marker", rules.ad_marker),
    ("share-widget", rules.share_widget),
    ("page-control", rules.page_control),
    ("comment-form", rules.comment_form),
    ("cookie-notice", rules.cookie_notice),
    ("copyright-notice", rules.copyright_notice),
    ("disclaimer", rules.disclaimer),
    ("press-contact", rules.press_contact),
    ("subscription-prompt", rules.subscription_prompt),
    ("navigation", rules.navigation),
    ("promo-box", rules.promo_box),
    ("reader-appeal", rules.reader_appeal),
    ("caption", rules.caption),
    ("credit", rules.credit),
    ("author-bio", rules.author_bio),
    ("date-line", rules.date_line),
    ("duplicate-line", rules.duplicate_line),
    ("live-blog", rules.live_blog),
    ("headline", rules.headline),
    ("source-label", rules.source_label),
    ("masthead", rules.masthead),
    ("repeated-line", rules.repeated_line),
    ("section-label", rules.section_label),
    ("before-story", rules.before_story),
    ("quote", rules.quote),
    ("heading", rules.heading),
    ("after-story", rules.after_story),
    ("paragraph", rules.paragraph),
)
RULE_NAMES = tuple(name for name, _ in RULES)

# A line in at least this many articles of a batch is a candidate for furniture.
REPEATED_LINE_MIN_ARTICLES = 3
# Story text shorter than this is a label or a fragment ("Minsk protests"), not an article.
STORY_MIN_WORDS = 5


def clean(
    raw: RawDocument,
    repeated: frozenset[str] = frozenset(),
    disabled: Iterable[str] = (),
) -> CleanedDocument:
    """Classify every line of `raw`; raise `ContentError` when no story is left."""
    state = CleanState.from_source(raw.lines, repeated, raw.front_matter.get("title"))
    switched_off = set(disabled)
    unknown = switched_off - set(RULE_NAMES)
    if unknown:
        raise ValueError(f"unknown cleaning rules: {', '.join(sorted(unknown))}")
    for name, rule in RULES:
        if name not in switched_off:
            state.rule = name
            rule(state)
    blocks = tuple(
        Block(ln.kind, ln.text, ln.number) for ln in state.lines if ln.kind in BLOCK_KINDS
    )
    removed = tuple(Removal(ln.text, ln.reason, ln.number) for ln in state.lines if ln.removed)
    reported = tuple(sorted(raw.left_out + removed, key=lambda removal: removal.line))
    headline = next((ln for ln in state.lines if ln.kind == HEADLINE), None)
    story = [block for block in blocks if block.kind in ("paragraph", "quote")]
    if sum(word_count(block.text) for block in story) < STORY_MIN_WORDS:
        raise ContentError(
            raw.path,
            _no_story(state.lines, len(removed)) if not story else _too_short(story),
            fix="check the file holds an article; `newsarchive inspect` shows which rule removed "
            "each line, and `cleaning.disable` in site.yaml switches a rule off",
        )
    return CleanedDocument(
        raw,
        blocks,
        reported,
        headline.text if headline else None,
        headline.number if headline else None,
    )


def _no_story(lines, removed: int) -> str:
    """Why a file has no story: all junk, or only a headline (or captions, credits)."""
    if removed == len(lines):
        return f"only junk: cleaning removed all {removed} lines and left no story text"
    kept = next(ln for ln in lines if not ln.removed)
    shown = kept.text if len(kept.text) <= 60 else kept.text[:59] + "…"
    return (
        f"no story text: cleaning kept only a {kept.kind or 'line'} ({shown!r}, "
        f"line {kept.number}) and removed {removed} of {len(lines)} lines"
    )


def _too_short(story: list[Block]) -> str:
    """What little story text there is, quoted, so the archivist sees it is no article."""
    words = sum(word_count(block.text) for block in story)
    return (
        f"too short for an article: the only story text is {story[0].text[:60]!r} "
        f"(line {story[0].line}, {words} word{'s' if words != 1 else ''})"
    )


def repeated_lines(
    documents: Iterable[RawDocument], min_articles: int = REPEATED_LINE_MIN_ARTICLES
) -> frozenset[str]:
    """Short lines found in at least `min_articles` documents (jusText-style furniture)."""
    counts: Counter[str] = Counter()
    for document in documents:
        counts.update(
            {line_key(ln.text) for ln in document.lines if word_count(ln.text) <= SHORT_MAX_WORDS}
        )
    return frozenset(key for key, count in counts.items() if count >= min_articles)
