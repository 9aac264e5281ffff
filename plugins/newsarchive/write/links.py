"""Where every page lives, as links from the site root."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Links:
    """URLs between pages. Opened from disk a folder link shows a listing, not
    its index.html, so without a public `url` links name the file itself."""

    pretty: bool

    def folder(self, path: str) -> str:
        return path if self.pretty else f"{path}index.html"

    def article(self, article_id: str) -> str:
        return self.folder(f"articles/{article_id}/")

    def actor(self, actor_id: str) -> str:
        return self.folder(f"actors/{actor_id}/")

    @property
    def actors(self) -> str:
        return self.folder("actors/")

    @property
    def home(self) -> str:
        return "" if self.pretty else "index.html"
