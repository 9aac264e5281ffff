"""`newsarchive inspect`: what the pipeline makes of given files, and why."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .config import SiteConfig
from .model import Archive, ArticleRecord, ContentError, RawDocument
from .pipeline import Options, article_files, process_files
from .read import read_document


def inspect_files(files: Sequence[Path], config: SiteConfig | None) -> Archive:
    """Process `files`; a site's own articles inform cleaning as the build's batch would."""
    if config is None:
        return process_files(files, [str(path) for path in files])
    options = Options.for_site(config, use_cache=False)
    given = {path.resolve() for path in files}
    batch: list[RawDocument] = []
    for path in article_files(config.content_dir):
        if path.resolve() not in given:
            try:
                batch.append(read_document(path))
            except ContentError:
                continue  # the build reports it; here it only informs cleaning
    return process_files(files, [str(path) for path in files], options, batch)


def render_text(record: ArticleRecord) -> str:
    """A readable report: facts, kept blocks by kind, removed lines with their rule."""
    dateline = record.dateline.text if record.dateline else None
    facts = [
        ("title", f"{record.title}  [{record.title_basis}]"),
        ("source", record.source or "unknown"),
        ("dateline", dateline or "none"),
        ("date", f"{record.date or 'unknown'}  [{record.date_basis}]"),
        ("byline", record.byline or "unknown"),
        ("encoding", record.encoding),
    ]
    lines = [f"{record.source_path}  (id: {record.id})"]
    lines += [f"  {name:<9} {value}" for name, value in facts]
    lines.append(f"  kept {len(record.blocks)} blocks:")
    lines += [f"    {b.line:>4}  {b.kind:<10} {_short(b.text)}" for b in record.blocks]
    lines.append(f"  removed {len(record.removed)} lines:")
    lines += [f"    {r.line:>4}  {r.reason:<20} {_short(r.text)}" for r in record.removed]
    if record.mentions:
        lines.append(f"  {len(record.mentions)} mentions:")
        lines += [f"    {m.block:>4}  {m.type:<12} {m.text} -> {m.actor}" for m in record.mentions]
    if record.mentioned_dates:
        dates = ", ".join(f"{d.text} -> {d.value}" for d in record.mentioned_dates)
        lines.append(f"  mentioned dates: {dates}")
    return "\n".join(lines)


def _short(text: str, width: int = 90) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
