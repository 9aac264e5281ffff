"""Which pages the site has and what each page's template receives."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..config import SiteConfig
from ..model import Archive, ArticleRecord


@dataclass(frozen=True)
class Page:
    """One output file: its path under the site root, template and variables."""

    path: str
    template: str
    variables: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Links:
    """URLs between pages. Opened from disk a folder link shows a listing, not
    its index.html, so without a public `url` links name the file itself."""

    pretty: bool

    def folder(self, path: str) -> str:
        return path if self.pretty else f"{path}index.html"

    def article(self, article_id: str) -> str:
        return self.folder(f"articles/{article_id}/")

    @property
    def home(self) -> str:
        return "" if self.pretty else "index.html"

    @property
    def search(self) -> str:
        return self.folder("search/")


def newest_first(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Dated articles newest first, then those known only by month and day, then undated."""

    def rank(record: ArticleRecord) -> int:
        if record.date is None:
            return 2
        return 1 if record.date.startswith("--") else 0

    by_id = sorted(records, key=lambda r: r.id)
    by_date = sorted(by_id, key=lambda r: r.date or "", reverse=True)
    return sorted(by_date, key=rank)


def plan_pages(archive: Archive, config: SiteConfig) -> list[Page]:
    """Every page of the site; each feature adds its pages here."""
    ordered = newest_first(archive.records)
    return [home_page(ordered, config), *article_pages(ordered), search_page()]


def home_page(ordered: list[ArticleRecord], config: SiteConfig) -> Page:
    stats = {
        "articles": len(ordered),
        "sources": len({r.source for r in ordered if r.source}),
        "undated": sum(1 for r in ordered if r.date is None),
        "removed": sum(len(r.removed) for r in ordered),
        "reasons": Counter(removal.reason for r in ordered for removal in r.removed).most_common(),
    }
    return Page(
        "index.html", "index", {"articles": ordered[: config.home_articles], "stats": stats}
    )


def article_pages(ordered: list[ArticleRecord]) -> list[Page]:
    return [Page(f"articles/{r.id}/index.html", "article", {"article": r}) for r in ordered]


def search_page() -> Page:
    """The search form; its index comes with the data files (write/search.py)."""
    return Page("search/index.html", "search")
