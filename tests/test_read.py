"""Reading: encodings, front matter, Markdown blocks, and files that are not articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsarchive.model import ContentError
from newsarchive.read import read_document

RUSSIAN = (
    "Оппозиция заявила о новых задержаниях\n\n"
    "МИНСК, 10 августа. Правозащитники сообщили, что за ночь в столице были задержаны "
    "десятки человек, в том числе журналисты и студенты.\n"
)
FRENCH = (
    "Le président a reçu les délégués à l'Élysée\n\n"
    "Les échanges ont été « très francs », a déclaré un diplomate.\n"
)


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_utf8_is_read_as_utf8(tmp_path):
    document = read_document(write(tmp_path, "a.txt", FRENCH))
    assert document.encoding == "utf-8"
    assert document.lines[0].text.startswith("Le président")


def test_windows_1251_is_detected_and_recorded(tmp_path):
    document = read_document(write(tmp_path, "ru.txt", RUSSIAN.encode("cp1251")))
    assert document.encoding == "cp1251"
    assert document.lines[0].text == "Оппозиция заявила о новых задержаниях"


def test_latin_1_is_detected_and_decoded(tmp_path):
    document = read_document(write(tmp_path, "fr.txt", FRENCH.encode("latin-1")))
    assert document.encoding in ("cp1252", "latin_1")
    assert document.lines[1].text.startswith("Les échanges ont été « très francs »")


@pytest.mark.parametrize("text", [RUSSIAN, FRENCH])
def test_utf8_with_a_damaged_byte_stays_utf8_and_says_where(tmp_path, text):
    data = text.encode("utf-8")
    line_3 = data.index(b"\n\n") + 2
    cut = next(i for i in range(line_3, len(data)) if data[i] > 0x7F)  # a letter's first byte
    document = read_document(write(tmp_path, "cut.txt", data[:cut] + data[cut + 1 :]))
    assert document.encoding == "utf-8 with invalid bytes"
    assert document.lines[0].text == text.splitlines()[0]  # not garbled as a legacy code page
    assert document.lines[1].text.count("\ufffd") == 1
    (problem,) = document.problems
    assert (problem.line, problem.fatal) == (3, False)
    assert problem.message == (
        "1 byte(s) are not valid UTF-8 and show as \ufffd; the file was cut or damaged"
    )


def test_utf8_bom_and_utf16_are_read(tmp_path):
    bom = read_document(write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + FRENCH.encode()))
    assert bom.encoding == "utf-8-sig" and bom.lines[0].text.startswith("Le président")
    wide = read_document(write(tmp_path, "wide.txt", FRENCH.encode("utf-16")))
    assert wide.encoding == "utf-16" and wide.lines[0].text.startswith("Le président")


def test_control_characters_html_forbids_are_dropped(tmp_path):
    filler = " A long enough line of ordinary story text." * 5
    text = f"Bell\u0007 and \u0085next \ufdd0line.{filler}\n"
    document = read_document(write(tmp_path, "a.txt", text))
    assert document.lines[0].text == f"Bell and next line.{filler}"


def test_lines_keep_their_numbers_and_normalise_spaces(tmp_path):
    document = read_document(write(tmp_path, "a.txt", "\n\nFirst\u00a0 line \u200b\n\n\nSecond\n"))
    assert [(ln.number, ln.text, ln.blank_before) for ln in document.lines] == [
        (3, "First line", True),
        (6, "Second", True),
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty file"),
        (b"  \n\n \t\n", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
        (bytes(range(1, 32)) * 20, "binary file"),
    ],
)
def test_files_that_are_not_articles_are_named_errors(tmp_path, data, message):
    path = write(tmp_path, "bad.txt", data)
    with pytest.raises(ContentError, match=message) as error:
        read_document(path, "content/bad.txt")
    assert str(error.value).startswith("content/bad.txt: ")


def test_front_matter_is_read_and_the_body_keeps_its_line_numbers(tmp_path):
    text = (
        "---\ntitle: Given title\ndate: 2020-09-15\nsource: Example Wire\nid: given-id\n---\n"
        "# Headline in the text\n\nA first paragraph of the story.\n"
    )
    document = read_document(write(tmp_path, "a.md", text))
    assert document.front_matter == {
        "title": "Given title",
        "date": "2020-09-15",
        "source": "Example Wire",
        "id": "given-id",
    }
    assert [(ln.number, ln.hint) for ln in document.lines] == [(7, "heading"), (9, None)]


@pytest.mark.parametrize(
    ("value", "stored"),
    [
        ("2020-09", "2020-09"),
        ("2020", "2020"),
        ("'--09-15'", "--09-15"),
        ("2020-09-15 10:30:00", "2020-09-15"),
    ],
)
def test_front_matter_dates_keep_their_precision(tmp_path, value, stored):
    document = read_document(write(tmp_path, "a.md", f"---\ndate: {value}\n---\nText.\n"))
    assert document.front_matter["date"] == stored


@pytest.mark.parametrize(
    ("front", "message", "line"),
    [
        ("title: [unclosed\n", "broken front matter", 2),
        ("title: ok\ndate: 2020-13-45\n", "not YYYY-MM-DD", 3),
        ("title: ok\nsource: [a, b]\n", "must be text", 3),
        ("- a list\n", "must be a mapping", 2),
    ],
)
def test_broken_front_matter_names_file_and_line(tmp_path, front, message, line):
    path = write(tmp_path, "a.md", f"---\n{front}---\nText of the story.\n")
    with pytest.raises(ContentError, match=message) as error:
        read_document(path, "content/a.md")
    assert error.value.line == line
    assert str(error.value).startswith(f"content/a.md:{line}: ")


def test_unclosed_front_matter_is_an_error_at_line_1(tmp_path):
    with pytest.raises(ContentError, match="never closed") as error:
        read_document(write(tmp_path, "a.md", "---\ntitle: x\nText.\n"))
    assert error.value.line == 1


def test_unknown_front_matter_key_is_a_warning_with_its_line(tmp_path):
    document = read_document(
        write(tmp_path, "a.md", "---\ntitle: x\ntitel: y\n---\nText.\n"), "a.md"
    )
    assert document.front_matter == {"title": "x"}
    [problem] = document.problems
    assert (problem.line, problem.fatal) == (3, False)
    assert "unknown front matter key 'titel'" in problem.message


def test_a_front_matter_error_comes_with_every_other_problem_of_the_front_matter(tmp_path):
    front = "---\ndat: 2021-05-01\ndate: someday\nbyline: [A, B]\n---\nText of the story.\n"
    with pytest.raises(ContentError) as error:
        read_document(write(tmp_path, "a.md", front), "content/a.md")
    assert [(p.line, p.fatal, str(p).split(" (")[0]) for p in error.value.problems()] == [
        (
            3,
            True,
            "content/a.md:3: skipped: front matter date 'someday' is not YYYY-MM-DD, "
            "YYYY-MM, YYYY or --MM-DD",
        ),
        (4, True, "content/a.md:4: front matter key 'byline' must be text, not list"),
        (2, False, "content/a.md:2: unknown front matter key 'dat' ignored"),
    ]


def test_markdown_quotes_and_inline_markup_become_plain_text(tmp_path):
    text = "Intro with a [link](https://example.org) and *emphasis*.\n\n> Quoted speech here.\n"
    document = read_document(write(tmp_path, "a.md", text))
    assert [(ln.text, ln.hint) for ln in document.lines] == [
        ("Intro with a link and emphasis.", None),
        ("Quoted speech here.", "quote"),
    ]


def test_markup_left_in_a_plain_text_scrape_is_dropped_and_its_words_kept(tmp_path):
    text = (
        "**Ministers meet in the capital**\n\n"
        "![Image](https://example.org/img/hall.jpg)\n\n"
        "*The hall before the meeting. Photo: Example Agency*\n\n"
        "Both sides called the talks &quot;useful&quot;&nbsp;and [frank](https://example.org/a)."
        "<br>\n\n"
        "## What comes next\n\n"
        "Required fields are marked * and R&D costs 5 * 3 units under #Belarus.\n"
    )
    document = read_document(write(tmp_path, "a.txt", text))
    assert [(ln.number, ln.text, ln.hint) for ln in document.lines] == [
        (1, "Ministers meet in the capital", None),
        (5, "The hall before the meeting. Photo: Example Agency", None),
        (7, 'Both sides called the talks "useful" and frank.', None),
        (9, "What comes next", "heading"),
        (11, "Required fields are marked * and R&D costs 5 * 3 units under #Belarus.", None),
    ]
