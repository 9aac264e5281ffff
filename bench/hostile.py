"""The hostile archive: real and synthetic articles perturbed in every way the field knows.

Scrapes arrive with odd line ends, invisible and right-to-left characters,
decomposed letters, huge or shattered texts, markup and scripts in every
field, broken front matter and strange file names. Each perturbation here is
applied to copies of a demo article and of a synthetic one, so a build of the
site they make shows whether any of them crashes the build, escapes onto a
page, breaks a link or makes a page invalid (`live_markup` says where
something of the content's markup came alive).

    python -m bench.hostile SITE [--large]

writes SITE/site.yaml, SITE/actors.yaml and SITE/content/. The perturbations
that are slow to build (a 50,000-character line, a name repeated) are made of
the demo article only, and the name is repeated 1,000 times, unless `--large`:
then they are made of every article, the name is repeated 10,000 times, and a
5 MB article is added.
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from .actors import make_pool
from .archive import compose_article

DEMO = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "demo"
DEMO_TEXT = "2020-08-10-minsk-protests.txt"
DEMO_MARKDOWN = "2020-10-02-eu-sanctions-officials.md"
DEMO_WEB_PAGE = "2021-05-24-minsk-flight-diversion.html"
SYNTHETIC_SEED = "hostile"

# What an attacker writes where a page shows text; MARKER finds it again in the output.
MARKER = "NAXSS"
INJECTIONS = (
    f"<script>alert('{MARKER}')</script>",
    f"<img src=x onerror=\"alert('{MARKER}')\">",
    f"[click me](javascript:alert('{MARKER}'))",
    f'"><svg onload=alert("{MARKER}")>',
    f"</title></textarea><iframe src=javascript:alert('{MARKER}')>",
    "{{ 7*7 }} {% raw %}",
)
INJECTION = " ".join(INJECTIONS)
EVENT_ATTRIBUTE = re.compile(r"^on[a-z]+$")

MONTH_DAY = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:, \d{4})?\b"
)
ARABIC = "قال المتحدث باسم الحكومة إن المحادثات ستستمر"
HEBREW = "הדובר אמר כי השיחות יימשכו בשבוע הבא"
RTL_MARKS = "\u200f\u200e\u061c"
ASTRAL = "🇧🇾 👩‍👩‍👧 𝕄𝕚𝕟𝕤𝕜 𐍈 𝄞 🤦🏽‍♂️"


def text_perturbations() -> dict[str, Callable[[str], str]]:
    """Perturbations of an article's whole text, by name; each keeps it an article."""
    return {
        "crlf": lambda text: text.replace("\n", "\r\n"),
        "lone-cr": lambda text: text.replace("\n", "\r"),
        "tabs": lambda text: text.replace(" ", "\t", 40).replace("\n", "\n\t"),
        "nbsp": lambda text: text.replace(" ", "\u00a0"),
        "zero-width": lambda text: text.replace(" ", " \u200b").replace("e", "e\u200d"),
        "soft-hyphens": lambda text: re.sub(r"(\w{3})(\w{3})", "\\1\u00ad\\2", text),
        "bom-mid-file": lambda text: text.replace("\n\n", "\n\ufeff\n", 3).replace(
            ". ", ".\ufeff "
        ),
        "rtl": lambda text: _inside_story(
            text, f"{RTL_MARKS}{ARABIC}.\u202b {HEBREW}\u202c.\n\n\u202e{ARABIC} {HEBREW}"
        ),
        "astral": lambda text: text.replace(" the ", f" {ASTRAL} the ", 20),
        "combining": lambda text: re.sub(r"([aeiou])", "\\1\u0301\u0308", text),
        "nfd": lambda text: unicodedata.normalize("NFD", _with_cyrillic(text)),
        "one-letter-names": lambda text: _inside_story(
            text, "Officials said X met Y and Z. Q. said A. B. Q agreed with X."
        ),
        "registered-names": lambda text: _inside_story(
            text, " — ".join(f"{actor['name']} said O'B. met X" for actor in registered_actors())
        ),
        "brackets": lambda text: _inside_story(text, f"Officials wrote {'[' * 50_000}."),
        "many-dates": lambda text: _inside_story(
            text, "Talks were held on March 3, 2020 and again on 4 May 2021. " * 500
        ),
        "tiny-paragraphs": lambda text: _inside_story(
            text, "\n\n".join(f"Item {n} held." for n in range(1000))
        ),
        "injection": inject_everywhere,
        "year-1": lambda text: _dated_story("January 1, 0001", text),
        "year-9999": lambda text: _dated_story("December 31, 9999", text),
        "txt-front-matter": lambda text: (
            f"---\ntitle: {quoted(INJECTION)}\nid: {quoted(INJECTION)}\n---\n{text}"
        ),
    }


def heavy_perturbations(large: bool = False) -> dict[str, Callable[[str], str]]:
    """The perturbations that are slow to build; `large` adds a 5 MB article and a
    paragraph of a megabyte."""
    repeats = 10_000 if large else 1_000  # its page's 10,000 links take vnu 9 s to check
    perturbations = {
        "long-line": lambda text: _inside_story(text, _one_long_line(50_000)),
        "repeated-name": lambda text: _inside_story(
            text, " ".join(["Sviatlana Tsikhanouskaya said."] * repeats)
        ),
    }
    if large:
        perturbations["five-megabytes"] = lambda text: _repeated_to(text, 5_000_000)
        perturbations["megabyte-paragraph"] = lambda text: _inside_story(
            text, "The European Commission said on Monday. " * 26_000
        )
    return perturbations


def _inside_story(text: str, extra: str) -> str:
    """`extra` as a paragraph amid the story, so it is story text, not junk around it."""
    lines = text.split("\n\n")
    middle = len(lines) // 2
    return "\n\n".join([*lines[:middle], extra, *lines[middle:]])


def _dated_story(date: str, text: str) -> str:
    """The text with every date it writes ("Aug 10", "August 9, 2020") on `date`."""
    return MONTH_DAY.sub(date, text)


def _with_cyrillic(text: str) -> str:
    return _inside_story(
        text, "Йошкар-Ола и Ёлкино: Светлана Тихановская встретилась с Валерием Цепкало."
    )


def _one_long_line(length: int) -> str:
    words = "officials said that the talks would continue next week and "
    return (words * (length // len(words) + 1))[:length]


def _repeated_to(text: str, size: int) -> str:
    """The article's paragraphs repeated until the text holds `size` characters."""
    head, body = text.split("\n\n", 1)
    return head + "\n\n" + (body + "\n\n") * (size // len(body) + 1)


def inject_everywhere(text: str) -> str:
    """The injection in the headline, a byline line, the dateline, a caption and the story."""
    lines = text.split("\n\n")
    marked = [f"{line} {INJECTION}" if line.strip() else line for line in lines]
    return "\n\n".join(
        [
            f"{INJECTION} Belarus {INJECTION} police clash",
            f"By {INJECTION} Jane Doe",
            f"MINSK{INJECTION}, Aug 10 (Reuters{INJECTION}) - Police said {INJECTION}.",
            f"FILE PHOTO: {INJECTION} crowds in Minsk. REUTERS/{INJECTION}",
            *marked,
        ]
    )


def base_articles() -> dict[str, str]:
    """The articles perturbed: a demo article and a synthetic one, by name."""
    synthetic, _ = compose_article(make_pool(SYNTHETIC_SEED), SYNTHETIC_SEED, 0).render()
    return {
        "demo": (DEMO / "content" / DEMO_TEXT).read_text(encoding="utf-8"),
        "synthetic": synthetic,
    }


def demo_markdown_body() -> str:
    """The demo Markdown article without its front matter."""
    text = (DEMO / "content" / DEMO_MARKDOWN).read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


def perturbed_articles(large: bool = False) -> dict[str, str]:
    """Each perturbation of each base article (the heavy ones of the demo article
    only, unless `large`), as content path -> text."""
    bases = base_articles()
    heavy_bases = bases if large else {"demo": bases["demo"]}
    return _perturbed(bases, text_perturbations()) | _perturbed(
        heavy_bases, heavy_perturbations(large)
    )


def _perturbed(
    bases: dict[str, str], perturbations: dict[str, Callable[[str], str]]
) -> dict[str, str]:
    return {
        f"text/{name}-{base}.txt": perturb(text)
        for base, text in bases.items()
        for name, perturb in perturbations.items()
    }


def front_matter_articles() -> dict[str, str]:
    """Markdown articles whose front matter is hostile or broken, each in its own way."""
    body = demo_markdown_body()
    cases = {
        "injected": "".join(
            f"{key}: {quoted(INJECTION)}\n" for key in ("title", "source", "byline", "id", "date")
        )
        + f"url: {quoted('https://e.org/' + INJECTION)}\n",
        "injected-url": f"url: {quoted(INJECTIONS[2])}\ntitle: {quoted(MARKER + ' <b>b</b>')}\n",
        "unclosed": "title: Never closed\n",
        "tabs": "title:\tTabbed\n\tsource: Wire\n",
        "wrong-types": "title: 12\nsource: true\nbyline: {first: Jane}\n",
        "list-title": "title: [one, two]\nsource:\n  - Wire\n",
        "february-30": "date: 2021-02-30\n",
        "year-1": "date: 0001-01-01\ntitle: The first year\n",
        "year-9999": "date: 9999-12-31\ntitle: The last year\n",
        "id-dotdot": "id: ../../../escape\n",
        "id-slash": "id: /etc/passwd\n",
        "id-unicode": "id: Статья-№1 🇧🇾 ﷽\n",
        "id-collides-a": "id: same-story\n",
        "id-collides-b": "id: same-story\n",
        "id-dots": "id: '...'\n",
        "id-number": "id: 12\n",
        "empty": "",
        "null-values": "title:\nsource: ~\n",
        "not-a-mapping": "- a\n- b\n",
        "bom-inside": "\ufefftitle: A BOM inside\n",
        "nothing-set": "# only a comment\n",
        "blank-title": "title: '   '\nsource: ''\n",
        "hidden-title": 'title: "A \\u202Etitle\\x01 with\\u2028 \\t controls\\u200B"\n',
        "long-id": f"id: {'щ' * 100}\nsource: {'Long Source Name ' * 20}\n",
        "long-title": f"title: {'word ' * 10_000}\n",
    }
    articles = {
        f"front-matter/{name}.md": f"---\n{yaml}---\n\n{body}" for name, yaml in cases.items()
    }
    articles["front-matter/unclosed.md"] = f"---\n{cases['unclosed']}\n{body}"
    return articles


def web_pages() -> dict[str, str]:
    """The demo's saved web page with the injection in its markup's every field."""
    page = (DEMO / "content" / DEMO_WEB_PAGE).read_text(encoding="utf-8")
    title = "Flight diverted to Minsk, journalist detained on board"
    injected = page.replace(title, f"{title} {INJECTION}")
    for old, new in (
        ('"2021-05-24T09:40:00+03:00"', quoted(INJECTION)),
        ('"Ruta Jankauskaite"', quoted(INJECTION)),
        ('"The Baltic Courier"', quoted(INJECTION)),
        ('<html lang="en">', f'<html lang="{MARKER}&quot; onload=&quot;x">'),
        ("https://baltic-courier.example/2021/05/24/minsk-flight-diversion", "javascript:x()"),
        ("<figcaption>", f"<figcaption>{INJECTION} "),
        ("</article>", f'<p><a href="javascript:alert(1)">{MARKER}</a> {INJECTION}</p></article>'),
    ):
        injected = injected.replace(old, new)
    return {"web/injected.html": injected, "web/crlf.html": page.replace("\n", "\r\n")}


def named_articles() -> dict[str, str]:
    """Files whose names are odd: spaces, unicode, dots, a very long name, one id twice."""
    story = (DEMO / "content" / DEMO_TEXT).read_text(encoding="utf-8")
    names = (
        "names/a story with spaces.txt",
        "names/Статья о протестах 🇧🇾.txt",
        "names/.hidden-story.txt",
        "names/..two-dots.txt",
        "names/" + "very-long-name-" * 15 + ".txt",
        "names/" + "ж" * 123 + ".txt",
        "names/<script>.txt",
        "names/ünïcödé NFD.txt",
        "twin-a/same.txt",
        "twin-b/same.txt",
        "names/-.txt",
        "names/___.txt",
    )
    return {name: story for name in names}


def registered_actors() -> list[dict]:
    """Actors of the registry whose names are one letter, punctuation, injected or long."""
    return [
        {"name": "X", "type": "person", "description": "One letter."},
        {"name": "O'B.", "type": "person"},
        {"name": "—", "id": "dash", "type": "place"},
        {"name": "Registered Name " * 20, "type": "person"},
        {
            "name": f"Evil {INJECTION}",
            "id": "evil",
            "type": "organization",
            "aliases": [f"{MARKER}<script>"],
            "description": INJECTION,
        },
        {"name": "Светлана Тихановская", "type": "person", "aliases": ["Sviatlana Tsikhanouskaya"]},
    ]


def registry() -> str:
    """The registry of `registered_actors`, as YAML."""
    return "".join(f"- {quoted(actor)}\n" for actor in registered_actors())


def quoted(value: object) -> str:
    """`value` as YAML (JSON is YAML), whatever quotes and colons it holds."""
    return json.dumps(value, ensure_ascii=False)


def hostile_files(large: bool = False) -> dict[str, str]:
    """Every hostile content file, by content path."""
    return perturbed_articles(large) | front_matter_articles() | web_pages() | named_articles()


def write_site(site: Path, large: bool = False) -> Path:
    """A buildable site holding every perturbation together."""
    content = site / "content"
    for name, text in hostile_files(large).items():
        path = content / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    (site / "site.yaml").write_text("title: A hostile archive\n", encoding="utf-8")
    (site / "actors.yaml").write_text(registry(), encoding="utf-8")
    return site


class _LiveMarkup(HTMLParser):
    """Tags and attributes of a page that the content's injections brought to life."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self.in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.in_script = tag == "script"
        for name, value in attrs:
            address = (value or "").strip().lower()
            if EVENT_ATTRIBUTE.match(name) or address.startswith(("javascript:", "data:")):
                self.found.append(f"line {self.getpos()[0]}: <{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self.in_script = self.in_script and tag != "script"

    def handle_data(self, data: str) -> None:
        if self.in_script and MARKER in data:
            self.found.append(f"line {self.getpos()[0]}: script holds {data[:60]!r}")


def live_markup(output: Path) -> list[str]:
    """Every place in the built pages where injected markup is live, as 'page: line: what'."""
    found = []
    for page in sorted(output.rglob("*.html")):
        parser = _LiveMarkup()
        parser.feed(page.read_text(encoding="utf-8"))
        found += [f"{page.relative_to(output)}: {what}" for what in parser.found]
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="hostile", description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="folder to write the hostile site into")
    parser.add_argument(
        "--large",
        action="store_true",
        help="every perturbation of every article, and a 5 MB article",
    )
    args = parser.parse_args(argv)
    write_site(args.site, args.large)
    print(f"Wrote a hostile site to {args.site}; build it with: newsarchive build {args.site}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
