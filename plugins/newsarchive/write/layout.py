"""What every page feature shares: the page record, where pages live (the
site's URL layout, one place for all of it) and the archive's reading order.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..config import SiteConfig
from ..model import ArticleRecord
from ..slugs import source_id

DATES_FOLDER = "dates/"
UNDATED_FOLDER = "dates/undated/"
SOURCES_FOLDER = "sources/"
ACTORS_FOLDER = "actors/"
INDEX_FILE = "index.html"  # what a folder URL serves
FEED_FILE = "feed.atom"  # the whole archive's feed; each actor's is beside its page


@dataclass(frozen=True)
class Page:
    """One output file: its path under the site root, template and variables."""

    path: str
    template: str
    variables: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Crumb:
    """A page above the current one, for the breadcrumb trail."""

    label: str
    path: str  # a folder from the site root


@dataclass(frozen=True)
class Links:
    """URLs between pages, from the site root. Opened from disk a folder link
    shows a listing, not its index.html, so without a public `url` links name
    the file itself."""

    pretty: bool

    @classmethod
    def for_site(cls, config: SiteConfig) -> Links:
        return cls(pretty=config.url is not None)

    def folder(self, path: str) -> str:
        return path if self.pretty else index_file(path)

    def article(self, article_id: str) -> str:
        return self.folder(f"articles/{article_id}/")

    def date(self, value: str | None) -> str:
        """The page of a date in any of the contract's forms, or of undated articles."""
        return self.folder(date_folder(value))

    def source(self, name: str) -> str:
        return self.folder(f"{SOURCES_FOLDER}{source_id(name)}/")

    def actor(self, actor_id: str) -> str:
        return self.folder(f"{ACTORS_FOLDER}{actor_id}/")

    def actor_feed(self, actor_id: str) -> str:
        return actor_feed_path(actor_id)

    @property
    def home(self) -> str:
        return "" if self.pretty else INDEX_FILE

    @property
    def actors(self) -> str:
        return self.folder(ACTORS_FOLDER)

    @property
    def dates(self) -> str:
        return self.folder(DATES_FOLDER)

    @property
    def sources(self) -> str:
        return self.folder(SOURCES_FOLDER)

    @property
    def search(self) -> str:
        return self.folder("search/")

    @property
    def feed(self) -> str:
        return FEED_FILE


def index_file(folder: str) -> str:
    """The file a folder URL serves."""
    return folder + INDEX_FILE


def actor_feed_path(actor_id: str) -> str:
    """An actor's Atom feed, beside the actor's page."""
    return f"{ACTORS_FOLDER}{actor_id}/{FEED_FILE}"


def date_folder(value: str | None) -> str:
    """`dates/2020/08/09/` for 2020-08-09 (shorter for a month or a year),
    `dates/undated/08/19/` for --08-19 (year unknown), `dates/undated/` for None."""
    if value is None:
        return UNDATED_FOLDER
    if value.startswith("--"):
        return f"{UNDATED_FOLDER}{value[2:4]}/{value[5:7]}/"
    return DATES_FOLDER + "".join(f"{part}/" for part in value.split("-"))


def newest_first(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Dated articles newest first, then those known only by month and day, then undated."""

    def rank(record: ArticleRecord) -> int:
        if record.date is None:
            return 2
        return 1 if record.date.startswith("--") else 0

    by_id = sorted(records, key=lambda r: r.id)
    by_date = sorted(by_id, key=lambda r: r.date or "", reverse=True)
    return sorted(by_date, key=rank)


def absolute_url(path: str, url: str) -> str:
    """A path from the site root under the site's public `url`."""
    return f"{url.rstrip('/')}/{path}"
