"""Stable ASCII ids for URLs: article ids, source ids, actor ids."""

import hashlib
import re

from anyascii import anyascii

_NOT_SLUG = re.compile(r"[^a-z0-9_]+")
# An id names a folder of the site (`articles/<id>/`), and a file name holds at
# most 255 bytes: a longer id is cut, ending in a digest of the whole so two long
# names that begin alike stay apart. Room is left for a clash's "-2" and the like.
MAX_SLUG = 240
_DIGEST_LENGTH = 8


def slugify(text: str) -> str:
    """ASCII, lower case, hyphens between words, underscores kept: "ТАСС" -> "tass"."""
    slug = _NOT_SLUG.sub("-", anyascii(text).lower()).strip("-_")
    if len(slug) <= MAX_SLUG:
        return slug
    digest = hashlib.sha256(slug.encode("ascii")).hexdigest()[:_DIGEST_LENGTH]
    return f"{slug[: MAX_SLUG - _DIGEST_LENGTH - 1].rstrip('-_')}-{digest}"


def source_id(name: str) -> str:
    """A source page's id: spellings that transliterate alike ("ТАСС", "TASS") share it."""
    return slugify(name) or "source"
