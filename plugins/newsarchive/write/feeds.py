"""Atom feeds: `feed.atom` for the whole archive and `actors/<id>/feed.atom`
for each actor, so a reader can follow a person.

The bytes depend only on the archive and site.yaml, never on the build's
time, so a feed reader sees an entry once:
- an entry's `id` is its article's address when site.yaml has `url`, else a
  name-based UUID (RFC 4122 version 5) of the site's title and the article's
  id; neither changes when the article's text does;
- an entry's `updated` is the first moment (UTC) of the article's date at its
  precision (2020-08 is 2020-08-01T00:00:00Z); an article whose year is not
  known takes the fixed `UNKNOWN_DATE_TIME`; a feed's `updated` is its
  newest entry's.
Links are absolute with `url`, else relative to the feed's own folder, so the
feeds work from any folder, opened from disk too.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from ..config import SiteConfig
from ..model import Actor, Archive, ArticleRecord
from ..slugs import slugify
from .actors import with_pages
from .layout import FEED_FILE, Links, absolute_url, actor_feed_path, newest_first
from .xmlfile import xml_document, xml_root, xml_text

ATOM_NAMESPACE = "http://www.w3.org/2005/Atom"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ATOM_MEDIA_TYPE = "application/atom+xml"
# The `updated` of an entry whose year is unknown: the Unix epoch, so such
# entries sort after every dated one and never change.
UNKNOWN_DATE_TIME = "1970-01-01T00:00:00Z"
GENERATOR = "newsarchive"


@dataclass(frozen=True)
class Feed:
    """One Atom file: where it goes, its title, the page it follows, its articles."""

    path: str
    title: str
    page: str  # the page the feed follows, as a `Links` path
    records: tuple[ArticleRecord, ...]  # newest first


def feed_files(archive: Archive, config: SiteConfig) -> dict[str, str]:
    """Every feed: path under the site root -> Atom XML."""
    ordered = newest_first(archive.records)
    links = Links.for_site(config)
    feeds = [
        Feed(FEED_FILE, config.title, links.home, tuple(ordered[: config.feed_articles])),
        # An actor has a feed where it has a page: beside it.
        *(
            actor_feed(actor, ordered, config, links)
            for actor in with_pages(archive, config.actors.min_articles).values()
        ),
    ]
    return {feed.path: atom_xml(feed, config, links) for feed in feeds}


def actor_feed(
    actor: Actor, ordered: Sequence[ArticleRecord], config: SiteConfig, links: Links
) -> Feed:
    """The newest articles that mention `actor`."""
    named = set(actor.articles)
    records = [record for record in ordered if record.id in named][: config.feed_articles]
    title = f"{actor.name} · {config.title}"
    return Feed(actor_feed_path(actor.id), title, links.actor(actor.id), tuple(records))


def atom_xml(feed: Feed, config: SiteConfig, links: Links) -> str:
    """The feed as an Atom 1.0 document (RFC 4287)."""
    entries = [atom_entry(record, feed, config, links) for record in feed.records]
    root = xml_root("feed", ATOM_NAMESPACE, {XML_LANG: config.language})
    _text(root, "id", stable_id(feed.path, config))
    _text(root, "title", feed.title)
    if config.description:
        _text(root, "subtitle", config.description)
    newest = max((atom_time(record.date) for record in feed.records), default=UNKNOWN_DATE_TIME)
    _text(root, "updated", newest)
    author = ET.SubElement(root, "author")
    _text(author, "name", config.title)
    _link(root, address(feed.page, feed.path, config), "alternate", "text/html")
    _link(root, address(feed.path, feed.path, config), "self", ATOM_MEDIA_TYPE)
    _text(root, "generator", GENERATOR)
    root.extend(entries)
    return xml_document(root)


def atom_entry(record: ArticleRecord, feed: Feed, config: SiteConfig, links: Links) -> ET.Element:
    page = links.article(record.id)
    entry = ET.Element("entry", {XML_LANG: record.lang} if record.lang else {})
    _text(entry, "id", stable_id(page, config))
    _text(entry, "title", record.title)
    _text(entry, "updated", atom_time(record.date))
    if record.byline:
        _text(ET.SubElement(entry, "author"), "name", record.byline)
    _link(entry, address(page, feed.path, config), "alternate", "text/html")
    summary = next((b.text for b in record.blocks if b.kind == "paragraph"), None)
    if summary:
        _text(entry, "summary", summary).set("type", "text")
    return entry


def stable_id(path: str, config: SiteConfig) -> str:
    """An Atom id that never changes: the address with `url`, else a UUID of title and path."""
    if config.url:
        return absolute_url(path, config.url)
    return uuid.uuid5(uuid.NAMESPACE_URL, f"newsarchive:{slugify(config.title)}/{path}").urn


def atom_time(value: str | None) -> str:
    """The first moment of a date at its precision, or `UNKNOWN_DATE_TIME`."""
    if value is None or value.startswith("--"):
        return UNKNOWN_DATE_TIME
    parts = [*value.split("-"), "01", "01"]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"


def address(target: str, feed_path: str, config: SiteConfig) -> str:
    """A `Links` path as the feed names it: absolute with `url`, else from the feed's folder."""
    if config.url:
        return absolute_url(target, config.url)
    return "../" * feed_path.count("/") + target


def _text(parent: ET.Element, tag: str, text: str) -> ET.Element:
    element = ET.SubElement(parent, tag)
    element.text = xml_text(text)
    return element


def _link(parent: ET.Element, href: str, rel: str, media_type: str) -> None:
    ET.SubElement(parent, "link", {"rel": rel, "type": media_type, "href": href})
