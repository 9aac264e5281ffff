"""Stage 3, describe: title, source, dateline, date, byline and mentioned dates.

Nothing is invented: a field no rule can read stays None, and `date_basis`
and `title_basis` say where each value came from.
"""

from __future__ import annotations

from collections.abc import Callable

from ..model import ArticleRecord, Block, CleanedDocument, Removal
from . import rules
from .state import DescribeState

Rule = Callable[[DescribeState], None]

RULES: tuple[tuple[str, Rule], ...] = (
    ("front-matter", rules.front_matter),
    ("headline", rules.headline),
    ("dateline", rules.dateline),
    ("mentioned-dates", rules.mentioned_dates),
    ("date-line", rules.date_line),
    ("dateline-date", rules.dateline_date),
    ("updated-date", rules.updated_date),
    ("source", rules.source),
    ("byline", rules.byline),
    ("title-fallback", rules.title_fallback),
)


def describe(cleaned: CleanedDocument, article_id: str, source_path: str) -> ArticleRecord:
    """Read what the cleaned text says about itself into an `ArticleRecord`."""
    state = DescribeState(cleaned, dict(cleaned.raw.front_matter))
    for _name, rule in RULES:
        rule(state)
    assert state.title is not None  # title_fallback always sets one
    return ArticleRecord(
        id=article_id,
        source_path=source_path,
        title=state.title,
        title_basis=state.title_basis,
        source=state.source,
        byline=state.byline,
        dateline=state.dateline,
        date=state.date,
        date_basis=state.date_basis,
        blocks=tuple(block for block in cleaned.blocks if block not in state.lifted),
        removed=_with_lifted(cleaned.removed, state.lifted),
        mentioned_dates=tuple(state.mentioned_dates),
        encoding=cleaned.raw.encoding,
        url=state.url,
        lang=state.lang,
        problems=cleaned.raw.problems + tuple(state.problems),
    )


def _with_lifted(removed: tuple[Removal, ...], lifted: tuple[Block, ...]) -> tuple[Removal, ...]:
    """The cleaning audit, with the byline's lines where they stood, lifted by the byline rule."""
    lines = (Removal(block.text, "byline", block.line) for block in lifted)
    return tuple(sorted((*removed, *lines), key=lambda removal: removal.line))
