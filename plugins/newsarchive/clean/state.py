"""The one state object every cleaning rule reads and marks."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..model import SourceLine
from .shapes import is_prose

HEADLINE = "headline"


@dataclass
class Line:
    """A line being classified: undecided until a rule keeps or removes it."""

    number: int
    text: str
    blank_before: bool = False
    hint: str | None = None
    kind: str | None = None
    reason: str | None = None

    @property
    def undecided(self) -> bool:
        return self.kind is None and self.reason is None

    @property
    def removed(self) -> bool:
        return self.reason is not None

    @property
    def is_story(self) -> bool:
        """Kept story text, or undecided text shaped like a body paragraph."""
        if self.removed or self.kind == HEADLINE:
            return False
        return self.kind in ("paragraph", "quote") or (self.undecided and is_prose(self.text))


@dataclass
class CleanState:
    """Lines of one document plus what the batch and the front matter say; rules mark
    lines in place.

    `rule` is the name of the rule running now: every removal records it, so
    the cleaning report names exactly the rule that made each decision.
    `title` is the front matter's title, which the archivist copied from the
    headline.
    """

    lines: list[Line]
    repeated: frozenset[str] = frozenset()
    rule: str = ""
    notes: list[str] = field(default_factory=list)
    title: str | None = None

    @classmethod
    def from_source(
        cls, lines: tuple[SourceLine, ...], repeated: frozenset[str], title: str | None = None
    ) -> CleanState:
        return cls(
            [Line(s.number, s.text, s.blank_before, s.hint) for s in lines], repeated, title=title
        )

    def remove(self, line: Line) -> None:
        line.reason = self.rule

    def keep(self, line: Line, kind: str) -> None:
        line.kind = kind

    def undecided(self) -> list[Line]:
        return [line for line in self.lines if line.undecided]

    def headline_index(self) -> int | None:
        return next((i for i, line in enumerate(self.lines) if line.kind == HEADLINE), None)

    def story_span(self) -> tuple[int, int] | None:
        """Indices of the first and last line of story prose, if there is any."""
        story = [i for i, line in enumerate(self.lines) if line.is_story]
        return (story[0], story[-1]) if story else None

    def neighbours(self, index: int) -> tuple[Line | None, Line | None]:
        """The nearest lines before and after `index` that no rule has removed."""
        before = next((ln for ln in reversed(self.lines[:index]) if not ln.removed), None)
        after = next((ln for ln in self.lines[index + 1 :] if not ln.removed), None)
        return before, after
