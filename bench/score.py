"""Resolution quality against the generator's truth: pairwise precision and recall.

Two mentions are a true pair when the truth gives them the same actor, and a
predicted pair when the pipeline resolved them to the same actor id. A
predicted mention is matched to the true mention whose span it overlaps most
in the same file, so "Mr. Kovalenko" against a truth span of "Kovalenko" still counts.

Precision = correct pairs / predicted pairs among matched mentions: it falls
when different actors are merged. Predicted mentions the truth does not cover
(an agency in a dateline, a reporter in a credit) are left out of it, because
the truth only covers story text. Recall = correct pairs / all true pairs: it
falls when one actor is split, and when a mention is not recognised at all.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from math import comb
from pathlib import Path

from newsarchive.model import ArticleRecord

from .archive import TruthMention

NO_ACTORS_STAGE = "n/a (no actors stage yet)"


@dataclass(frozen=True)
class Span:
    """A predicted mention located in its file: character offsets and actor id."""

    start: int
    end: int
    actor: str


@dataclass(frozen=True)
class Resolution:
    precision: float | None  # None when no two matched mentions were put together
    recall: float | None  # None when the truth has no pair at all
    true_mentions: int
    predicted_mentions: int
    matched_mentions: int

    def to_json(self) -> dict:
        return {
            "precision": self.precision,
            "recall": self.recall,
            "true_mentions": self.true_mentions,
            "predicted_mentions": self.predicted_mentions,
            "matched_mentions": self.matched_mentions,
        }


def pairwise_scores(
    truth: Mapping[str, list[TruthMention]], predicted: Mapping[str, list[Span]]
) -> Resolution:
    """Pairwise precision and recall of predicted actors against true actors, per file name."""
    true_sizes = Counter(m.actor for mentions in truth.values() for m in mentions)
    matched: list[tuple[str, str]] = []  # (true actor, predicted actor)
    for name, spans in predicted.items():
        matched += [(t.actor, s.actor) for t, s in match_spans(truth.get(name, []), spans)]
    predicted_sizes = Counter(pred for _, pred in matched)
    correct = sum(comb(n, 2) for n in Counter(matched).values())
    predicted_pairs = sum(comb(n, 2) for n in predicted_sizes.values())
    true_pairs = sum(comb(n, 2) for n in true_sizes.values())
    return Resolution(
        precision=correct / predicted_pairs if predicted_pairs else None,
        recall=correct / true_pairs if true_pairs else None,
        true_mentions=sum(true_sizes.values()),
        predicted_mentions=sum(len(spans) for spans in predicted.values()),
        matched_mentions=len(matched),
    )


def match_spans(truth: list[TruthMention], spans: list[Span]) -> list[tuple[TruthMention, Span]]:
    """Each predicted span with the true mention it overlaps most; each truth used once."""
    ordered = sorted(truth, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    taken: set[int] = set()
    pairs: list[tuple[TruthMention, Span]] = []
    for span in spans:
        best, best_overlap = None, 0
        index = bisect.bisect_left(starts, span.end) - 1
        # True mentions do not overlap each other, so the candidates end the list.
        while index >= 0 and ordered[index].end > span.start:
            overlap = min(span.end, ordered[index].end) - max(span.start, ordered[index].start)
            if index not in taken and overlap > best_overlap:
                best, best_overlap = index, overlap
            index -= 1
        if best is not None:
            taken.add(best)
            pairs.append((ordered[best], span))
    return pairs


def predicted_spans(record: ArticleRecord, text: str) -> list[Span]:
    """A record's mentions as offsets into its file's text (a .txt file read as written).

    A block starts at the beginning of its source line; a block joined from
    wrapped lines keeps their length (one space for each line break).
    """
    line_starts = [0]
    for line in text.splitlines(keepends=True):
        line_starts.append(line_starts[-1] + len(line))
    spans = []
    for mention in record.mentions:
        block = record.blocks[mention.block]
        line_text = text[line_starts[block.line - 1] : line_starts[block.line]]
        base = line_starts[block.line - 1] + len(line_text) - len(line_text.lstrip())
        spans.append(Span(base + mention.start, base + mention.end, mention.actor))
    return spans


def score_records(
    records: Iterable[ArticleRecord], truth: Mapping[str, list[TruthMention]], content: Path
) -> Resolution | None:
    """Score the pipeline's records; None when no record has any mention yet."""
    predicted = {}
    for record in records:
        if record.mentions:
            path = content / Path(record.source_path).name
            predicted[path.name] = predicted_spans(record, path.read_text(encoding="utf-8"))
    if not predicted:
        return None
    return pairwise_scores(truth, predicted)


def describe_resolution(result: Resolution | None) -> str:
    """One line for the table."""
    if result is None:
        return NO_ACTORS_STAGE
    precision = "n/a" if result.precision is None else f"{result.precision:.3f}"
    recall = "n/a" if result.recall is None else f"{result.recall:.3f}"
    return (
        f"precision {precision}, recall {recall} ({result.matched_mentions} of "
        f"{result.true_mentions} true mentions matched; {result.predicted_mentions} predicted)"
    )
