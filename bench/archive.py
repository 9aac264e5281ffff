"""The synthetic archive: raw articles in the field's scraped style, plus the truth.

Each article is a pure function of (seed, index), so an archive of N articles
is the first N of an endless deterministic series and "1% more" is simply the
next ones. The truth file names the actor behind every mention the pipeline
should find: in story paragraphs, quotes, sub-headings and captions (not in
the headline, which is the title rather than a block, nor in datelines and
credits, which are metadata).

    python -m bench.archive SITE --articles 1000 [--seed 1]

writes SITE/site.yaml, SITE/content/*.txt and SITE/truth.json.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .actors import PEOPLE, Pool, make_pool
from .furniture import (
    AGGREGATORS,
    SECTIONS,
    Outlet,
    dateline,
    junk,
    pick_outlet,
    pick_scheme,
    publication_stamp,
    wire_credit,
)
from .prose import (
    CAPTIONS,
    HEADLINES,
    LEADS,
    MIXED_PARAGRAPHS,
    MONTHS,
    QUOTE_PARAGRAPHS,
    SENTENCES,
    SUBHEADINGS,
    Piece,
    StoryWriter,
    plain,
)

TRUTH_FILE = "truth.json"
# Lines whose mentions the pipeline should find (they become blocks).
TRUTH_KINDS = ("lead", "paragraph", "quote", "heading", "caption")
BODY_WORDS = (520, 680)
FIRST_DAY, LAST_DAY = dt.date(2019, 1, 1), dt.date(2022, 12, 31)


@dataclass(frozen=True)
class Line:
    """One line of the file; `gap` puts a blank line before it."""

    kind: str
    pieces: tuple[Piece, ...]
    gap: bool = True


@dataclass(frozen=True)
class TruthMention:
    """A mention in a file: character offsets into the decoded text, and who it is."""

    start: int
    end: int
    text: str
    actor: str


@dataclass(frozen=True)
class Article:
    name: str
    date: dt.date
    outlet: str
    scheme: str
    lines: tuple[Line, ...]
    features: frozenset[str]  # kinds of junk and structure present

    @property
    def headline(self) -> str:
        return next(plain(list(line.pieces)) for line in self.lines if line.kind == "headline")

    def render(self) -> tuple[str, list[TruthMention]]:
        """The file's text and the mentions in it, by character offset."""
        parts: list[str] = []
        mentions: list[TruthMention] = []
        offset = 0
        for number, line in enumerate(self.lines):
            if number:
                parts.append("\n\n" if line.gap else "\n")
                offset += len(parts[-1])
            for piece in line.pieces:
                if piece.actor and line.kind in TRUTH_KINDS:
                    end = offset + len(piece.text)
                    mentions.append(TruthMention(offset, end, piece.text, piece.actor))
                parts.append(piece.text)
                offset += len(piece.text)
        return "".join(parts) + "\n", mentions


def generate(pool: Pool, seed: int | str, start: int, count: int) -> Iterator[Article]:
    """Articles number `start` to `start + count - 1` of the series for `seed`."""
    for index in range(start, start + count):
        yield compose_article(pool, seed, index)


def compose_article(pool: Pool, seed: int | str, index: int) -> Article:
    """One raw article: junk, headline, story with structure, junk again."""
    rng = random.Random(f"{seed}:article:{index}")
    outlet = pick_outlet(rng)
    scheme = pick_scheme(rng, outlet)
    date = FIRST_DAY + dt.timedelta(days=rng.randrange((LAST_DAY - FIRST_DAY).days + 1))
    writer = StoryWriter.cast(rng, pool, scheme)
    story = story_lines(rng, writer, outlet, date, pool)
    before, after = junk_around(rng, outlet, date.year)
    lines = before + story + after
    features = {line.kind for line in lines}
    if outlet.dateline:
        features.add(f"dateline:{outlet.name}")
    return Article(
        name=f"{index:05d}_{rng.getrandbits(64):016x}.txt",
        date=date,
        outlet=outlet.name,
        scheme=scheme,
        lines=tuple(lines),
        features=frozenset(features),
    )


def story_lines(
    rng: random.Random, writer: StoryWriter, outlet: Outlet, date: dt.date, pool: Pool
) -> list[Line]:
    """Headline, byline or stamp, caption, dated lead, body, credits."""
    lines = [_line("headline", writer.sentence(writer.choose(HEADLINES), track=False))]
    if outlet.name == "AP":
        lines.append(_line("byline", [Piece(f"By {rng.choice(pool.journalists)}")]))
    elif outlet.layout in ("wire", "repost") and rng.random() < 0.4:
        lines.append(_line("stamp", [Piece(publication_stamp(rng, date))]))
    if outlet.layout in ("aggregated", "site") and rng.random() < 0.7:
        lines.append(_line("caption", caption(rng, writer, outlet, date, pool)))
    lead = writer.sentence(writer.choose(LEADS))
    if outlet.dateline:
        city = rng.choice(outlet.cities)
        lead = [Piece(dateline(outlet, city, date)), *lead]
    lines.append(_line("lead", lead))
    lines += body_lines(rng, writer, outlet, rng.randint(*BODY_WORDS) - len(plain(lead).split()))
    if outlet.name == "Reuters":
        lines.append(_line("credit", [Piece(wire_credit(rng, pool.journalists))]))
    if outlet.name == "RIA Novosti":
        lines = _run_together(lines)
    return lines


def body_lines(rng: random.Random, writer: StoryWriter, outlet: Outlet, words: int) -> list[Line]:
    """Paragraphs, quotes and a few sub-headings until the story has `words` words."""
    lines: list[Line] = []
    headings = rng.choice((0, 1, 2, 3))
    since_heading = 0
    ad_slot = rng.randrange(2, 6) if outlet.layout in ("site", "repost") else -1
    while words > 0 or lines[-1].kind == "heading":
        if headings and since_heading >= 3 and rng.random() < 0.35:
            lines.append(_line("heading", writer.sentence(writer.choose(SUBHEADINGS))))
            headings, since_heading = headings - 1, 0
            continue
        if len(lines) == ad_slot:
            lines.append(_line("ad", [Piece(junk(rng, "ad", outlet.name, 0)[0])]))
        line = _body_paragraph(rng, writer)
        lines.append(line)
        words -= len(plain(list(line.pieces)).split())
        since_heading += 1
    return lines


def _body_paragraph(rng: random.Random, writer: StoryWriter) -> Line:
    kind = rng.choices(("paragraph", "quote", "mixed"), (60, 25, 15))[0]
    if kind == "quote":
        return _line("quote", writer.sentence(writer.choose(QUOTE_PARAGRAPHS)))
    if kind == "mixed":
        return _line("paragraph", writer.sentence(writer.choose(MIXED_PARAGRAPHS)))
    return _line("paragraph", writer.paragraph(SENTENCES, rng.randint(2, 3)))


def caption(
    rng: random.Random, writer: StoryWriter, outlet: Outlet, date: dt.date, pool: Pool
) -> list[Piece]:
    """A photo caption in the outlet's house style, ending in the photo credit."""
    shows = writer.sentence(writer.choose(CAPTIONS))
    photographer = rng.choice(pool.journalists)
    when = f"{MONTHS[date.month - 1]} {date.day}, {date.year}"
    if outlet.name == "Reuters":
        label = [Piece("FILE PHOTO: ")] if rng.random() < 0.5 else []
        return [*label, *shows, Piece(f", {when}. REUTERS/{photographer}")]
    if outlet.name == "AP":
        return [*shows, Piece(f", {when}. (AP Photo/{photographer})")]
    return [*shows, Piece(f". Photo: {photographer}/{outlet.name}")]


def junk_around(rng: random.Random, outlet: Outlet, year: int) -> tuple[list[Line], list[Line]]:
    """The junk above and below the story, by the outlet's layout."""
    name = outlet.name
    if outlet.layout == "aggregated":
        site = rng.choice(AGGREGATORS)
        before = _block("subscription", junk(rng, "subscription", site, year, rng.randint(2, 4)))
        before += _block("outlet", [name, name, rng.choice(SECTIONS)])
        after = _block("subscription", junk(rng, "subscription", site, year, rng.randint(2, 4)))
        return before, after + _block("navigation", junk(rng, "navigation", site, year, 2))
    if outlet.layout == "wire":
        before = _block("navigation", junk(rng, "navigation", name, year))
        after = _block("copyright", junk(rng, "copyright", name, year))
        return before if rng.random() < 0.6 else [], after if rng.random() < 0.5 else []
    if outlet.layout == "site":
        before = _block("navigation", junk(rng, "navigation", name, year))
        after = _block("share", junk(rng, "share", name, year, rng.randint(2, 4)))
        after += _block("copyright", junk(rng, "copyright", name, year))
        return before, after
    site = rng.choice(AGGREGATORS)
    before = _block("ad", junk(rng, "ad", site, year))
    after = _block("share", junk(rng, "share", site, year, rng.randint(3, 5)))
    after += _block("comment", junk(rng, "comment", site, year, rng.randint(2, 4)))
    return before, after + _block("copyright", junk(rng, "copyright", site, year))


def _block(kind: str, texts: list[str]) -> list[Line]:
    """Junk lines packed together, as page widgets are: a blank line only before."""
    return [Line(kind, (Piece(text),), gap=index == 0) for index, text in enumerate(texts)]


def _line(kind: str, pieces: list[Piece]) -> Line:
    return Line(kind, tuple(pieces))


def _run_together(lines: list[Line]) -> list[Line]:
    """Some sites print the whole story as one paragraph: lead and body joined."""
    lead = next(index for index, line in enumerate(lines) if line.kind == "lead")
    joined = list(lines[lead].pieces)
    for line in lines[lead + 1 :]:
        if line.kind in ("paragraph", "quote"):
            joined += [Piece(" "), *line.pieces]
    return [*lines[:lead], Line("lead", tuple(joined))]


def write_article(article: Article, content: Path) -> list[TruthMention]:
    """Write the article as UTF-8 text into `content`; returns its mentions."""
    text, mentions = article.render()
    (content / article.name).write_text(text, encoding="utf-8")
    return mentions


def write_site_config(site: Path, seed: int | str) -> None:
    (site / "site.yaml").write_text(f"title: Synthetic archive (seed {seed})\n", encoding="utf-8")


def write_truth(path: Path, pool: Pool, seed: int | str, truth: dict[str, list[TruthMention]]):
    """The truth file: the actor table and, per file, every mention with its actor."""
    document = {
        "seed": seed,
        "offsets": "character offsets into the file's decoded text",
        "actors": pool.actor_table(),
        "files": {
            name: [
                {"start": m.start, "end": m.end, "text": m.text, "actor": m.actor} for m in mentions
            ]
            for name, mentions in truth.items()
        },
    }
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")


def load_truth(path: Path) -> dict[str, list[TruthMention]]:
    """File name -> the true mentions in it, from a truth file."""
    document = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: [TruthMention(m["start"], m["end"], m["text"], m["actor"]) for m in mentions]
        for name, mentions in document["files"].items()
    }


def make_site(site: Path, articles: int, seed: int | str = 1, people: int = PEOPLE) -> Pool:
    """A buildable site of `articles` synthetic articles, with its truth file."""
    pool = make_pool(seed, people)
    content = site / "content"
    content.mkdir(parents=True, exist_ok=True)
    truth = {a.name: write_article(a, content) for a in generate(pool, seed, 0, articles)}
    write_site_config(site, seed)
    write_truth(site / TRUTH_FILE, pool, seed, truth)
    return pool


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="make_archive", description="Write a synthetic raw news archive and its truth."
    )
    parser.add_argument("site", type=Path, help="folder to write site.yaml, content/, truth.json")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", default="1", help="same seed, same archive (default: 1)")
    parser.add_argument("--people", type=int, default=PEOPLE, help="size of the cast")
    args = parser.parse_args(argv)
    make_site(args.site, args.articles, args.seed, args.people)
    print(f"Wrote {args.articles} articles to {args.site / 'content'}, truth to {TRUTH_FILE}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
