"""Stable ASCII ids for URLs: article ids, source ids, actor ids."""

import re

from anyascii import anyascii

_NOT_SLUG = re.compile(r"[^a-z0-9_]+")


def slugify(text: str) -> str:
    """ASCII, lower case, hyphens between words, underscores kept: "ТАСС" -> "tass"."""
    return _NOT_SLUG.sub("-", anyascii(text).lower()).strip("-_")


def source_id(name: str) -> str:
    """A source page's id: spellings that transliterate alike ("ТАСС", "TASS") share it."""
    return slugify(name) or "source"
