"""What the last build published, so the next one can leave files alone unread.

Publishing compares every staged file with the output byte by byte; staging
and comparing every file of a site on every build is most of a rebuild's
time. After publishing, each output file's stat (size, mtime, inode) is
stored with the digest of what it holds. A file whose stat still matches
holds those bytes (deleting, editing or replacing it changes its stat), so
a file whose digest is unchanged need not be rendered, staged or compared.
The index lives in the cache folder: deleting it only makes the next build
compare everything again.
"""

from __future__ import annotations

import logging
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path

from .cache import store_pickle

log = logging.getLogger(__name__)

INDEX_FILE = "published.pickle"

Stamp = tuple[int, int, int]  # size, mtime in nanoseconds, inode


def stamp(path: Path) -> Stamp | None:
    """The stat of a file that changes whenever its bytes might have, or None if absent."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino)


@dataclass
class Published:
    """The files of one output folder, by path from its root: (stamp, digest)."""

    output: Path
    files: dict[str, tuple[Stamp, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, cache_dir: Path | None, output: Path) -> Published:
        """The index of `output`; empty if there is none, it is unreadable or of another folder."""
        if cache_dir is not None:
            try:
                with (cache_dir / INDEX_FILE).open("rb") as file:
                    stored = pickle.load(file)
            except FileNotFoundError:
                pass
            except Exception:  # a torn or foreign file: start from nothing
                log.debug("ignoring unreadable %s", cache_dir / INDEX_FILE)
            else:
                if isinstance(stored, cls) and stored.output == output:
                    return stored
        return cls(output)

    def holds(self, relative: str, digest: str) -> bool:
        """Whether the output file still holds the bytes that `digest` names."""
        entry = self.files.get(relative)
        return (
            entry is not None and entry[1] == digest and stamp(self.output / relative) == entry[0]
        )

    def save(self, cache_dir: Path) -> None:
        """Store atomically, so a crash mid-write leaves the previous index or none."""
        cache_dir.mkdir(parents=True, exist_ok=True)
        store_pickle(cache_dir / INDEX_FILE, self)
