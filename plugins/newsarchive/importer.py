"""`newsarchive import`: a batch of article files into `content/`, checked first.

Each file is decoded (legacy encodings become UTF-8, the original recorded in
front matter), named by a stable id, and compared with the whole archive:
an identical text is skipped, the same story republished elsewhere is kept
and reported. A saved web page is copied as it is (its markup declares its
encoding and states its metadata) and compared by its main text. Empty,
binary and undecodable files, and pages with no main text, are rejected with
a reason each. Importing a batch twice changes nothing the second time.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import re
import tempfile
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import yaml

from .config import SiteConfig
from .duplicates import NearDuplicate, body_text, content_hash, near_duplicates
from .model import SKIPPED, ContentError, SettingsError
from .pipeline import Options, article_files, display_path, process_files
from .read import (
    ARTICLE_SUFFIXES,
    DAMAGED_UTF8,
    HTML_SUFFIXES,
    damaged_utf8,
    decode,
    front_matter_date,
    read_utf8,
    read_web_page,
    split_front_matter,
)
from .report import user_path
from .slugs import slugify

MANIFEST_COLUMNS = ("path", "url", "date", "source", "title")
MANIFEST_FIX = (
    f"write the manifest as CSV whose first line names its columns ({', '.join(MANIFEST_COLUMNS)}"
    "; only path is needed), then one line per file"
)
PAGE_KEEPS_ITS_METADATA = "manifest fields not applied: a saved page keeps its own metadata"
# A zip entry that would land outside the folder it is unpacked in ("../x", "/x", "C:x").
_UNSAFE_IN_ZIP = "unsafe path in the zip archive (absolute, or climbing out with ..)"


class ManifestError(SettingsError):
    """A manifest that cannot be used: nothing is imported."""


@dataclass(frozen=True)
class ManifestRow:
    line: int
    fields: dict


@dataclass(frozen=True)
class Incoming:
    """One file of a batch, as given: where it came from and its bytes."""

    label: str
    relative: str
    data: bytes
    refused: str = ""  # why the file could not be taken as it is, if so


@dataclass
class Outcome:
    label: str
    status: str  # added | skipped | rejected | warning (a manifest row no file took)
    reason: str = ""
    target: str | None = None
    duplicates: list[NearDuplicate] = field(default_factory=list)
    warning: str = ""  # what the archivist should mend in a file that was added


def import_batches(
    batches: Sequence[Path],
    config: SiteConfig,
    manifest: Path | None = None,
    dry_run: bool = False,
    batch_name: str | None = None,
) -> list[Outcome]:
    """Import every file of `batches` into `content/<batch name>/`."""
    folder = config.content_dir / (batch_name or slugify(batches[0].stem) or "batch")
    rows = read_manifest(manifest) if manifest else {}
    known: dict[str, Path] = {}
    taken: set[str] = set()  # every article's id: a new file's name takes none of them
    archive_files = article_files(config.content_dir)
    for path in archive_files:
        text_hash, article_id = _identity(path)
        known[text_hash] = path
        taken.add(article_id)
    outcomes: list[Outcome] = []
    written: dict[Path, str | bytes] = {}
    used: set[str] = set()
    for incoming in collect(batches, manifest):
        name = next((n for n in (incoming.relative, Path(incoming.relative).name) if n in rows), "")
        used.add(name)
        outcome, text = _admit(
            incoming, known, taken, folder, rows[name].fields if name else None, config
        )
        outcomes.append(outcome)
        if outcome.status == "added":
            written[config.root / outcome.target] = text
    _judge_added(outcomes, written, archive_files, config)
    outcomes += [
        Outcome(f"{manifest}:{row.line}", "warning", f"no file {name!r} in the batch")
        for name, row in rows.items()
        if name not in used
    ]
    if not dry_run:
        for path, text in written.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            _write(path, text)
    return outcomes


def collect(batches: Iterable[Path], manifest: Path | None = None) -> Iterable[Incoming]:
    """Files of folders, zip archives and single files, in a stable order; the
    `manifest`, if it is among them, is no file of the batch.

    A batch is untrusted: a symbolic link inside a folder is refused (it could
    copy any file the archivist can read into the public archive), and so is a
    file that cannot be read, or a zip entry whose path leads out of its folder;
    the rest of the batch goes on.
    """
    skip = manifest.resolve() if manifest else None
    for batch in batches:
        if batch.is_dir():
            for path in sorted(p for p in batch.rglob("*") if p.is_file() or p.is_symlink()):
                relative = path.relative_to(batch).as_posix()
                hidden = any(part.startswith(".") for part in Path(relative).parts)
                if not hidden and path.resolve() != skip:
                    yield _incoming(path, relative)
        elif batch.suffix.lower() == ".zip":
            yield from _zip_entries(batch)
        elif batch.resolve() != skip:
            yield Incoming(str(batch), batch.name, batch.read_bytes())


def _zip_entries(batch: Path) -> Iterable[Incoming]:
    with zipfile.ZipFile(batch) as archive:
        for name in sorted(archive.namelist()):
            path = PurePosixPath(name.replace("\\", "/"))
            if name.endswith("/"):
                continue
            if path.is_absolute() or ".." in path.parts or re.match(r"[A-Za-z]:", name):
                yield Incoming(f"{batch}:{name}", name, b"", _UNSAFE_IN_ZIP)
            elif not name.startswith(("__MACOSX/", ".")):
                yield Incoming(f"{batch}:{name}", name, archive.read(name))


def _incoming(path: Path, relative: str) -> Incoming:
    if path.is_symlink():
        return Incoming(str(path), relative, b"", f"symbolic link to {os.readlink(path)}")
    try:
        return Incoming(str(path), relative, path.read_bytes())
    except OSError as error:
        return Incoming(str(path), relative, b"", f"unreadable: {error.strerror or error}")


def read_manifest(path: Path) -> dict[str, ManifestRow]:
    """A file's path in the batch -> its row, from a CSV with path,url,date,source,title."""
    try:
        text = read_utf8(path)
    except ContentError as error:
        fix = error.fix or "give --manifest the path of the batch's CSV file"
        raise ManifestError(path, error.reason, error.line, fix) from error
    rows = csv.DictReader(io.StringIO(text))
    try:
        return _manifest_rows(path, rows)
    except csv.Error as error:
        raise ManifestError(path, f"not valid CSV: {error}", rows.line_num, MANIFEST_FIX) from error


def _manifest_rows(path: Path, rows: csv.DictReader) -> dict[str, ManifestRow]:
    columns = ", ".join(MANIFEST_COLUMNS)
    if rows.fieldnames is None or "path" not in rows.fieldnames:
        raise ManifestError(
            path, f"the manifest needs a 'path' column (columns: {columns})", 1, MANIFEST_FIX
        )
    unknown = sorted(set(rows.fieldnames) - set(MANIFEST_COLUMNS))
    if unknown:
        raise ManifestError(
            path,
            f"unknown column {unknown[0]!r} (columns: {columns})",
            1,
            f"rename the column to one of {columns}, or remove it",
        )
    found: dict[str, ManifestRow] = {}
    for row in rows:
        values = {
            k: v.strip() for k, v in row.items() if k in MANIFEST_COLUMNS[1:] and v and v.strip()
        }
        if "date" in values:
            try:
                values["date"] = front_matter_date(values["date"], str(path), rows.line_num)
            except ContentError as error:
                raise ManifestError(path, error.reason, rows.line_num, error.fix) from error
        found[(row["path"] or "").strip()] = ManifestRow(rows.line_num, values)
    return found


def _admit(
    incoming: Incoming,
    known: dict[str, Path],
    taken: set[str],
    folder: Path,
    manifest: dict | None,
    config: SiteConfig,
) -> tuple[Outcome, str]:
    label = incoming.label
    if incoming.refused:
        return Outcome(label, "rejected", incoming.refused), ""
    suffix = Path(incoming.relative).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        return Outcome(
            label,
            "rejected",
            f"not an article file ({suffix or 'no suffix'}); "
            f"expected one of {', '.join(ARTICLE_SUFFIXES)}",
        ), ""
    try:
        if suffix in HTML_SUFFIXES:
            digest_, document, note, warning = _page(incoming, manifest)
        else:
            digest_, document, note, warning = _text(incoming, manifest)
    except ContentError as error:
        return Outcome(label, "rejected", error.reason), ""
    if digest_ in known:
        return Outcome(label, "skipped", f"identical to {user_path(known[digest_])}"), ""
    target = _free_name(folder, incoming.relative, suffix, taken)
    taken.add(slugify(target.stem))
    known[digest_] = target
    return Outcome(
        label, "added", note, display_path(target, config.root), warning=warning
    ), document


def _text(incoming: Incoming, manifest: dict | None) -> tuple[str, str, str, str]:
    """A text file's identity (its body's hash), the text to write, a note, and a
    warning: damaged UTF-8 is written with its marks, which no later read reports."""
    text, encoding = decode(incoming.data, incoming.label)
    if not text.strip():
        raise ContentError(incoming.label, "empty file")
    existing, body = _split(text, incoming.label)
    document = _with_front_matter(body, {**(manifest or {}), **existing}, encoding)
    damage = damaged_utf8(text, incoming.label) if encoding == DAMAGED_UTF8 else None
    warning = f"line {damage.line}: {damage.message}; {damage.fix}" if damage else ""
    note = f"from {encoding}" if encoding != "utf-8" else ""
    return content_hash(body), document, note, warning


def _page(incoming: Incoming, manifest: dict | None) -> tuple[str, bytes, str, str]:
    """A saved page's identity (its main text's hash), its bytes as they are, a note."""
    return (
        content_hash(_page_text(incoming.data, incoming.label)),
        incoming.data,
        PAGE_KEEPS_ITS_METADATA if manifest else "",
        "",
    )


def _page_text(data: bytes, label: str) -> str:
    return "\n".join(line.text for line in read_web_page(data, label).lines)


def _write(path: Path, document: str | bytes) -> None:
    if isinstance(document, bytes):
        path.write_bytes(document)
    else:
        path.write_text(document, encoding="utf-8")


def _with_front_matter(body: str, fields: dict, encoding: str) -> str:
    """The text as UTF-8, with its fields and the original encoding on top."""
    if encoding not in ("utf-8", "utf-8-sig"):
        fields = {**fields, "encoding": fields.get("encoding", encoding)}
    if not fields:
        return body
    header = yaml.safe_dump(fields, allow_unicode=True, sort_keys=True)
    return f"---\n{header}---\n{body}"


def _free_name(folder: Path, relative: str, suffix: str, taken: set[str]) -> Path:
    """A file name no file of the folder has and whose id no article has, so the
    build never has to rename the new page or move an old one."""
    stem = slugify(Path(relative).stem) or "article"
    target = folder / f"{stem}{suffix}"
    number = 1
    while target.exists() or slugify(target.stem) in taken:
        number += 1
        target = folder / f"{stem}-{number}{suffix}"
    return target


def _judge_added(
    outcomes: list[Outcome],
    written: dict[Path, str | bytes],
    files: list[Path],
    config: SiteConfig,
) -> None:
    """Read and clean the added files together with the archive (`files`), as a build will (a
    line repeated across old and new articles is furniture). One the build would
    leave out is rejected, with the build's reason; the same story as another
    article (from another outlet) is kept, and each names the other. Nothing is written."""
    if not written:
        return
    added = [display_path(target, config.root) for target in written]
    with tempfile.TemporaryDirectory() as scratch:  # not written yet: clean them from here
        copies = []
        for index, (target, text) in enumerate(written.items()):
            copies.append(Path(scratch) / f"{index}{target.suffix}")
            _write(copies[-1], text)
        archive = process_files(
            [*files, *copies],
            [*(display_path(path, config.root) for path in files), *added],
            Options.for_site(config, read_only=True),
        )
    left_out: dict[str, str] = {}
    for problem in archive.problems:
        if problem.fatal and problem.path in added:
            left_out.setdefault(problem.path, problem.message.removeprefix(SKIPPED))
    for outcome in outcomes:
        if outcome.target in left_out:
            del written[config.root / outcome.target]
            outcome.status, outcome.reason = "rejected", left_out[outcome.target]
            outcome.target = None
    twins = near_duplicates({r.source_path: body_text(r.blocks) for r in archive.records})
    for outcome in outcomes:
        outcome.duplicates.extend(twins.get(outcome.target or "", ()))


def _identity(path: Path) -> tuple[str, str]:
    """An archive file's text hash (what a duplicate would share) and its page's id."""
    stem_id = slugify(path.stem) or "article"
    try:
        data = path.read_bytes()
        if path.suffix.lower() in HTML_SUFFIXES:
            return content_hash(_page_text(data, str(path))), stem_id
        text, _ = decode(data, str(path))
    except (ContentError, OSError):
        return f"unreadable:{path}", stem_id
    front_matter, body = _split(text, str(path))
    return content_hash(body), slugify(str(front_matter.get("id") or "")) or stem_id


def _split(text: str, label: str) -> tuple[dict, str]:
    """Front matter (when the text has valid front matter) and the body."""
    text = text.lstrip("\ufeff")
    if text.startswith("---"):
        with contextlib.suppress(ContentError):
            front_matter, _, _, body = split_front_matter(text, label)
            return front_matter, body.lstrip("\n")
    return {}, text


def render_table(outcomes: list[Outcome], root: Path) -> str:
    """The summary: every file with its status, then the counts. Files of the site
    (`root`) are named as they open from the current folder, like every command's."""
    width = max((len(o.label) for o in outcomes), default=4)
    lines = [f"{'file':<{width}}  {'status':<9} detail"]
    for outcome in outcomes:
        detail = user_path(root / outcome.target) if outcome.target else ""
        if outcome.reason:
            detail = f"{detail} ({outcome.reason})" if detail else outcome.reason
        lines.append(f"{outcome.label:<{width}}  {outcome.status:<9} {detail}")
        lines += [
            f"{'':<{width}}  {'':<9} near-duplicate of {user_path(root / twin.other)} "
            f"({twin.similarity:.0%} in common)"
            for twin in outcome.duplicates
        ]
        if outcome.warning:
            lines.append(f"{'':<{width}}  {'warning':<9} {outcome.warning}")
    counts = {
        status: sum(o.status == status for o in outcomes)
        for status in ("added", "skipped", "rejected", "warning")
    }
    counts["warning"] += sum(bool(o.warning) for o in outcomes)
    duplicates = sum(bool(o.duplicates) for o in outcomes)
    lines.append(
        f"{counts['added']} added, {counts['skipped']} skipped (already in the archive), "
        f"{counts['rejected']} rejected, {duplicates} near-duplicates (kept, linked), "
        f"{counts['warning']} warning(s)"
    )
    return "\n".join(lines)
