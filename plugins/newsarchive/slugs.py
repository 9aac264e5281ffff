"""Stable ASCII ids for URLs: article ids, source ids, actor ids."""

import re

from anyascii import anyascii

_NOT_SLUG = re.compile(r"[^a-z0-9_]+")


def slugify(text: str) -> str:
    """ASCII, lower case, hyphens between words, underscores kept: "ТАСС" -> "tass"."""
    return _NOT_SLUG.sub("-", anyascii(text).lower()).strip("-_")
