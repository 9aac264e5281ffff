"""The data exports under `data/`: the JSON contract other tools read."""

from __future__ import annotations

import json

from ..model import Archive
from .pages import Links, newest_first


def data_files(archive: Archive, links: Links) -> dict[str, str]:
    """Every data export: path under the site root -> text."""
    return {"data/articles.json": articles_json(archive, links)}


def articles_json(archive: Archive, links: Links) -> str:
    """`data/articles.json`, newest first, in the shape DESIGN.md fixes."""
    rows = [
        {
            "id": record.id,
            "url": links.article(record.id),
            "title": record.title,
            "date": record.date,
            "source": record.source,
            "source_path": record.source_path,
            "actors": sorted({mention.actor for mention in record.mentions}),
            "mentioned_dates": [{"text": d.text, "value": d.value} for d in record.mentioned_dates],
        }
        for record in newest_first(archive.records)
    ]
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
