"""The hand-marked probe: forty-two invented articles with every actor marked, scored
by the mistakes a reader would see on the actor pages.

Each name an archive should resolve is written `{text|kind:actor}` in
`bench/probe/*.txt` (kind p, o or l for person, organisation, place; one
actor id across articles is one actor). The marks are stripped, the real
pipeline (statistical model included) runs over the plain texts, and each
predicted mention is matched to the marked span it overlaps most, as the
synthetic archive's score does. Counted per actor, not per pair, because a
wrong merge of two people is one mistake on a page however often they appear.

    python -m bench.probe [-v]
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from newsarchive.model import ArticleRecord
from newsarchive.pipeline import Options, process_files

from .archive import TruthMention
from .score import Span, match_spans, predicted_spans

PROBE = Path(__file__).resolve().parent / "probe"
MARK = re.compile(r"\{([^{}|]+)\|([plo]):([^{}|]+)\}")
KINDS = {"p": "person", "o": "organization", "l": "place"}


class MarkError(ValueError):
    """A mark that cannot be read; the message names the file and line."""


def unmarked(text: str, name: str = "<text>") -> tuple[str, list[TruthMention]]:
    """The plain text and the marked mentions (actor as `kind:id`), offsets into the plain text."""
    pieces: list[str] = []
    mentions: list[TruthMention] = []
    length = position = 0
    for mark in MARK.finditer(text):
        pieces.append(text[position : mark.start()])
        length += mark.start() - position
        written, kind, actor = mark.groups()
        mentions.append(TruthMention(length, length + len(written), written, f"{kind}:{actor}"))
        pieces.append(written)
        length += len(written)
        position = mark.end()
    pieces.append(text[position:])
    plain = "".join(pieces)
    stray = re.search(r"[{}]", plain)
    if stray:
        line = plain.count("\n", 0, stray.start()) + 1
        raise MarkError(f"{name}:{line}: a brace that is not part of a {{text|kind:id}} mark")
    return plain, mentions


@dataclass
class ProbeScore:
    """Mistakes on the probe, each list naming them for the verbose report."""

    true_actors: int = 0
    true_mentions: int = 0
    merges: list[str] = field(default_factory=list)  # one predicted actor, several true ones
    split_pieces: list[str] = field(default_factory=list)  # extra predicted actors of one true
    junk: list[str] = field(default_factory=list)  # predicted actors matching no marked name
    wrong_types: list[str] = field(default_factory=list)
    missed_actors: list[str] = field(default_factory=list)
    missed_mentions: list[str] = field(default_factory=list)  # in the story
    missed_in_headlines: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {
            "wrong merges": len(self.merges),
            "split pieces": len(self.split_pieces),
            "junk actors": len(self.junk),
            "wrong types": len(self.wrong_types),
            "missed actors": len(self.missed_actors),
            "missed mentions": len(self.missed_mentions),
            "missed in headlines": len(self.missed_in_headlines),
        }


def score_probe(folder: Path = PROBE) -> ProbeScore:
    """Run the pipeline over the probe's plain texts and count its mistakes."""
    with tempfile.TemporaryDirectory() as work:
        truth, texts, files = {}, {}, []
        for path in sorted(folder.glob("*.txt")):
            texts[path.name], truth[path.name] = unmarked(path.read_text("utf-8"), path.name)
            files.append(Path(work) / path.name)
            files[-1].write_text(texts[path.name], encoding="utf-8")
        archive = process_files(files, [f.name for f in files], Options())
    names = {actor.id: actor for actor in archive.actors}
    score = ProbeScore(
        true_actors=len({m.actor for ms in truth.values() for m in ms}),
        true_mentions=sum(len(ms) for ms in truth.values()),
    )
    by_true: dict[str, Counter[str]] = defaultdict(Counter)
    by_predicted: dict[str, Counter[str]] = defaultdict(Counter)
    for record in archive.records:
        name = Path(record.source_path).name
        spans = predicted_spans(record, texts[name]) + _headline_spans(record, texts[name])
        pairs = match_spans(truth[name], spans)
        for marked, span in pairs:
            by_true[marked.actor][span.actor] += 1
            by_predicted[span.actor][marked.actor] += 1
        found = {id(marked) for marked, _ in pairs}
        headline = _headline_range(record, texts[name])
        for marked in truth[name]:
            if id(marked) not in found:
                missed = score.missed_mentions
                if headline and headline[0] <= marked.start < headline[1]:
                    missed = score.missed_in_headlines
                missed.append(f"{name}: {marked.text} ({marked.actor})")
    for predicted, marked in sorted(by_predicted.items()):
        actor = names[predicted]
        if len(marked) > 1:
            score.merges.append(f"{actor.name}: {sorted(marked)}")
        kind = KINDS[marked.most_common(1)[0][0][0]]
        if actor.type != kind:
            score.wrong_types.append(f"{actor.name}: {actor.type}, marked {kind}")
    for marked, predicted in sorted(by_true.items()):
        # The piece holding most of its mentions is the actor; the rest are split off.
        pieces = sorted(predicted, key=lambda p: (-predicted[p], p))[1:]
        score.split_pieces += [f"{marked}: {names[p].name}" for p in pieces]
    every_marked = {m.actor for ms in truth.values() for m in ms}
    score.missed_actors = sorted(every_marked - set(by_true))
    score.junk = sorted(names[a].name for a in names if a not in by_predicted)
    return score


def _headline_range(record: ArticleRecord, text: str) -> tuple[int, int] | None:
    """Where the headline stands in the file: the first line that is the title."""
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip() == record.title:
            start = position + len(line) - len(line.lstrip())
            return start, start + len(record.title)
        position += len(line)
    return None


def _headline_spans(record: ArticleRecord, text: str) -> list[Span]:
    headline = _headline_range(record, text)
    if headline is None:
        return []
    start = headline[0]
    return [Span(start + m.start, start + m.end, m.actor) for m in record.title_mentions]


def main(argv: list[str] | None = None) -> int:
    verbose = "-v" in (argv if argv is not None else sys.argv[1:])
    score = score_probe()
    print(
        f"probe: {score.true_actors} marked actors, {score.true_mentions} marked mentions; "
        + ", ".join(f"{what} {count}" for what, count in score.counts().items())
    )
    if verbose:
        for heading, items in [
            ("wrong merge", score.merges),
            ("split piece", score.split_pieces),
            ("junk actor", score.junk),
            ("wrong type", score.wrong_types),
            ("missed actor", score.missed_actors),
            ("missed mention", score.missed_mentions),
            ("missed in headline", score.missed_in_headlines),
        ]:
            for item in items:
                print(f"  {heading}: {item}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
