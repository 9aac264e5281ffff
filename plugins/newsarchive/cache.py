"""A cache of per-article work, so a rebuild redoes only what changed.

Reading, cleaning, describing and recognising depend on one file's bytes,
the plugin's version and the cleaning settings (and on which of the
article's lines the batch calls furniture). Entries are keyed by all of
that: a new version or a changed setting lands in a fresh folder and the
old one is dropped, so nothing stale is ever read. Pelican's own cache keys
on file times and skips only parsing; this one keys on content. The folder
is safe to delete at any time.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import shutil
import tempfile
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)


def digest(*parts: object) -> str:
    """A stable key for any mix of strings, bytes and plain values."""
    h = hashlib.sha256()
    for part in parts:
        data = part if isinstance(part, bytes) else repr(part).encode("utf-8")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """The plugin's own code: any change to it makes cached results stale."""
    package = Path(__file__).parent
    return digest(*(path.read_bytes() for path in sorted(package.rglob("*.py"))))


class StageCache:
    """Pickled stage results under `folder/<fingerprint>/`; a None folder caches nothing.

    A `read_only` cache uses what is stored and never writes, creates or deletes a
    file: for commands that promise to write nothing (`check`, `import --dry-run`).
    """

    def __init__(self, folder: Path | None, fingerprint: str, read_only: bool = False):
        self.fingerprint = fingerprint
        self.folder = folder / fingerprint[:20] if folder is not None else None
        self.read_only = read_only
        self.hits = self.misses = 0
        self._made: set[Path] = set()
        if folder is not None and folder.is_dir() and not read_only:
            for old in folder.iterdir():  # results of other versions or settings
                if old.is_dir() and old != self.folder:
                    shutil.rmtree(old, ignore_errors=True)

    def _path(self, key: str) -> Path:
        assert self.folder is not None
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str):
        """The stored value, or None (also for an unreadable entry, which is dropped)."""
        if self.folder is None:
            return None
        path = self._path(key)
        try:
            with path.open("rb") as file:
                value = pickle.load(file)
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # a torn or foreign file: forget it, recompute
            log.debug("dropping unreadable cache entry %s", path)
            if not self.read_only:
                path.unlink(missing_ok=True)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: object) -> None:
        if self.folder is None or self.read_only:
            return
        path = self._path(key)
        if path.parent not in self._made:  # one mkdir per folder, not per entry
            path.parent.mkdir(parents=True, exist_ok=True)
            self._made.add(path.parent)
        store_pickle(path, value)


def store_pickle(path: Path, value: object) -> None:
    """Pickle `value` to `path` atomically, so a crash mid-write leaves no half file."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "wb") as file:
        pickle.dump(value, file, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(temporary, path)
