"""The data that flows between stages: plain dataclasses, no Pelican.

Each stage takes the previous stage's result and returns a new one, so a
stage can be tested, cached and run in parallel on its own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

BLOCK_KINDS = ("paragraph", "heading", "quote", "caption", "credit")
# How a report starts the reason a file was left out of the site.
SKIPPED = "skipped: "


class ContentError(Exception):
    """A file that cannot become an article; the message says why and where.

    `also` holds the other problems found in the file before it was given up,
    so that they are reported with it.
    """

    def __init__(self, path: Path | str, reason: str, line: int | None = None, fix: str = ""):
        self.path = str(path)
        self.reason = reason
        self.line = line
        self.fix = fix  # what the archivist can do about it, in plain words
        self.also: tuple[Problem, ...] = ()
        super().__init__(self.location + ": " + reason)

    @property
    def location(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def problems(self) -> list[Problem]:
        """The file left out, as an error, then everything else found wrong in it."""
        skipped = Problem(self.path, f"{SKIPPED}{self.reason}", self.line, fatal=True, fix=self.fix)
        return [skipped, *self.also]


class SettingsError(Exception):
    """A file a command needs that cannot be used (site.yaml, actors.yaml, an import
    manifest), so the command stops. `also` holds the other problems found with it,
    so that one run lists every one of them."""

    def __init__(self, path: Path | str, message: str, line: int | None = None, fix: str = ""):
        self.path, self.message, self.line = str(path), message, line
        self.fix = fix  # what to change, in plain words
        self.also: tuple[SettingsError, ...] = ()
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")

    @property
    def every(self) -> tuple[SettingsError, ...]:
        return (self, *self.also)

    @staticmethod
    def of_all(errors: Sequence[SettingsError]) -> SettingsError:
        """The first of `errors` carrying the others: what to raise to report them all."""
        first, *others = errors
        first.also = tuple(others)
        return first


@dataclass(frozen=True)
class Problem:
    """A warning or an error about one file: the build goes on without a file that has
    an error (and exits 1), `--strict` fails on a warning too. `path` is relative to
    the site folder (for `inspect`, as given)."""

    path: str
    message: str
    line: int | None = None
    fatal: bool = False
    fix: str = ""

    @property
    def severity(self) -> str:
        return "error" if self.fatal else "warning"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def tally(problems: Sequence[Problem]) -> str:
    """How every command counts what it found: "1 error(s), 2 warning(s)"."""
    errors = sum(problem.fatal for problem in problems)
    return f"{errors} error(s), {len(problems) - errors} warning(s)"


@dataclass(frozen=True)
class SourceLine:
    """One non-blank line of input, as read; `hint` is a kind the markup gave."""

    number: int
    text: str
    blank_before: bool = False
    hint: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """A decoded file: its lines and whatever front matter it carried.

    `front_matter_basis` says where the front matter came from: the file's own
    (`front-matter`), or a saved web page's markup (`page-metadata`).
    """

    path: Path
    lines: tuple[SourceLine, ...]
    encoding: str
    front_matter: dict = field(default_factory=dict)
    problems: tuple[Problem, ...] = ()
    front_matter_basis: str = "front-matter"
    # What the reader itself left out (a saved page's furniture around its
    # main text), reported with the lines cleaning removes.
    left_out: tuple[Removal, ...] = ()


@dataclass(frozen=True)
class Block:
    kind: str
    text: str
    line: int = 0


@dataclass(frozen=True)
class Removal:
    text: str
    reason: str
    line: int = 0


@dataclass(frozen=True)
class CleanedDocument:
    """What cleaning kept and what it removed, line by line, with reasons."""

    raw: RawDocument
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...]
    headline: str | None = None
    headline_line: int | None = None


@dataclass(frozen=True)
class Dateline:
    place: str | None
    text: str | None
    date: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class MentionedDate:
    text: str
    value: str


ACTOR_TYPES = ("person", "organization", "place")


@dataclass(frozen=True)
class Mention:
    """A span of one block's text that names an actor (`actor` is the actor's id)."""

    block: int
    start: int
    end: int
    text: str
    actor: str
    type: str

    def to_json(self) -> dict:
        return {
            "block": self.block,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "actor": self.actor,
            "type": self.type,
        }


# The block index a name in the headline carries: the headline is the title, not a block.
TITLE_BLOCK = -1


@dataclass(frozen=True)
class NameMention:
    """A name found in an article, before resolution decides whose it is.

    `kind` is None when the text alone does not say; resolution may still
    make it a person when the archive knows the surname.
    """

    article: str
    block: int
    start: int
    end: int
    text: str
    kind: str | None
    given: str | None = None
    surname: str | None = None
    gender: str | None = None
    evidence: tuple[str, ...] = ()


@dataclass(frozen=True)
class Actor:
    """A person, organisation or place, resolved across every spelling in the archive."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]  # every spelling seen or registered
    spellings: tuple[tuple[str, int], ...]  # spellings seen in text, with counts
    articles: tuple[str, ...]  # ids of the articles that mention it, in archive order
    mentions: int
    description: str | None = None
    wikidata: str | None = None


@dataclass(frozen=True)
class ArticleRecord:
    """Everything the site knows about one article; the JSON contract's shape."""

    id: str
    source_path: str
    title: str
    title_basis: str
    source: str | None
    byline: str | None
    dateline: Dateline | None
    date: str | None
    date_basis: str
    blocks: tuple[Block, ...]
    removed: tuple[Removal, ...]
    mentioned_dates: tuple[MentionedDate, ...]
    encoding: str
    url: str | None = None
    lang: str | None = None
    mentions: tuple[Mention, ...] = ()
    problems: tuple[Problem, ...] = ()
    # Names in the headline of actors the story names too (`block` is TITLE_BLOCK): they
    # count for those actors; the headline is not linked.
    title_mentions: tuple[Mention, ...] = ()

    def to_json(self) -> dict:
        """The `inspect --json` object, exactly as DESIGN.md fixes it."""
        dateline = None
        if self.dateline is not None:
            dateline = {"place": self.dateline.place, "text": self.dateline.text}
        return {
            "source_path": self.source_path,
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "byline": self.byline,
            "dateline": dateline,
            "date": self.date,
            "date_basis": self.date_basis,
            "blocks": [{"kind": b.kind, "text": b.text} for b in self.blocks],
            "removed": [{"text": r.text, "reason": r.reason} for r in self.removed],
            "mentions": [mention.to_json() for mention in self.mentions],
            "mentioned_dates": [{"text": d.text, "value": d.value} for d in self.mentioned_dates],
        }


@dataclass
class Archive:
    """The processed archive: records in a stable order plus every problem met."""

    records: list[ArticleRecord]
    problems: list[Problem]
    actors: list[Actor] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    reused: int = 0  # articles whose per-article work came from the cache
    # article id -> the ids of articles that tell the same story, with similarity
    also_published: dict[str, list] = field(default_factory=dict)
    # A digest of everything the archive was made from; "" when not known.
    inputs: str = ""
    files: int = 0  # the files looked at: the articles and the files left out
    # What resolution found wrong in the registry (a `same_as` naming no actor): a build
    # stops on it, `check` lists it, `inspect` (which sees only some files) ignores it.
    registry_errors: list[SettingsError] = field(default_factory=list)
