"""`newsarchive inspect`: what the pipeline makes of given files, and why."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

from .config import SiteConfig
from .model import Archive, ArticleRecord
from .pipeline import Options, article_files, display_path, process_files


def inspect_files(files: Sequence[Path], config: SiteConfig | None) -> Archive:
    """Process `files`; with a site, together with the site's own articles, as a build
    would (so a name resolves to the actor its page has), using the site's cache
    but writing nothing."""
    if config is None:
        return process_files(files, [str(path) for path in files])
    given = {path.resolve() for path in files}
    others = [path for path in article_files(config.content_dir) if path.resolve() not in given]
    shown = [str(path) for path in files]
    shown_others = [display_path(path, config.root) for path in others]
    archive = process_files(
        [*files, *others], [*shown, *shown_others], Options.for_site(config, read_only=True)
    )
    wanted, unasked = {str(Path(name)) for name in shown}, set(shown_others)
    return dataclasses.replace(
        archive,
        records=[record for record in archive.records if record.source_path in wanted],
        problems=[problem for problem in archive.problems if problem.path not in unasked],
    )


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
