"""The files that are not pages: the JSON contract under `data/` that other
tools read, the Atom feeds and the sitemap."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..config import SiteConfig
from ..model import Archive
from .actors import with_pages
from .feeds import feed_files
from .layout import Links, Page, newest_first
from .sitemap import sitemap_files


def data_files(archive: Archive, config: SiteConfig, pages: Sequence[Page]) -> dict[str, str]:
    """Every file that is not a page: path under the site root -> text."""
    links = Links.for_site(config)
    return {
        "data/articles.json": articles_json(archive, links),
        "data/actors.json": actors_json(archive, links, config.actors.min_articles),
        **feed_files(archive, config),
        **sitemap_files(pages, config.url),
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
