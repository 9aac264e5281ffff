"""The one state object every description rule reads and fills."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Block, CleanedDocument, Dateline, MentionedDate, Problem


@dataclass
class DescribeState:
    """What is known about one article so far; None means not known (yet)."""

    cleaned: CleanedDocument
    front_matter: dict
    title: str | None = None
    title_basis: str = "unknown"
    source: str | None = None
    byline: str | None = None
    # Credits naming the byline's writers that say no more than the details do.
    lifted: tuple[Block, ...] = ()
    url: str | None = None
    lang: str | None = None
    dateline: Dateline | None = None
    date: str | None = None
    date_basis: str = "unknown"
    mentioned_dates: list[MentionedDate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
