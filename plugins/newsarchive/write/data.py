"""The data exports under `data/`: the JSON contract other tools read."""

from __future__ import annotations

import json

from ..model import Archive
from .actors import with_pages
from .links import Links
from .pages import newest_first


def data_files(archive: Archive, links: Links, min_articles: int) -> dict[str, str]:
    """Every data export: path under the site root -> text."""
    return {
        "data/articles.json": articles_json(archive, links),
        "data/actors.json": actors_json(archive, links, min_articles),
    }


def actors_json(archive: Archive, links: Links, min_articles: int) -> str:
    """`data/actors.json`: every actor, every spelling; `url` is null without a page."""
    paged = with_pages(archive, min_articles)
    rows = [
        {
            "id": actor.id,
            "name": actor.name,
            "type": actor.type,
            "aliases": list(actor.aliases),
            "url": links.actor(actor.id) if actor.id in paged else None,
            "articles": list(actor.articles),
            "mentions": actor.mentions,
        }
        for actor in sorted(archive.actors, key=lambda a: a.id)
    ]
    return _json(rows)


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
    return _json(rows)


def _json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=1) + "\n"
