"""The files that are not pages: the JSON contract under `data/` that other
tools read, the Atom feeds and the sitemap."""

from __future__ import annotations

import json
from collections.abc import Sequence

from ..config import SiteConfig
from ..model import Archive
from .feeds import feed_files
from .layout import Links, Page, newest_first
from .sitemap import sitemap_files


def data_files(archive: Archive, config: SiteConfig, pages: Sequence[Page]) -> dict[str, str]:
    """Every file that is not a page: path under the site root -> text."""
    return {
        "data/articles.json": articles_json(archive, Links.for_site(config)),
        **feed_files(archive, config),
        **sitemap_files(pages, config.url),
    }


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
