"""site.yaml: defaults, and errors that name the key, the file and the line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest
from conftest import REPO

from newsarchive.config import ConfigError, SiteConfig, bundled_theme, load_site_config


def site(tmp_path: Path, text: str) -> Path:
    (tmp_path / "content").mkdir(exist_ok=True)
    (tmp_path / "site.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_only_title_is_needed_and_everything_else_has_a_default(tmp_path):
    config = load_site_config(site(tmp_path, "title: My archive\n"))
    assert config == SiteConfig(title="My archive", root=tmp_path)
    assert config.content_dir == tmp_path / "content"
    assert config.theme_dir == bundled_theme()
    assert (config.theme_dir / "templates" / "article.html").is_file()


def test_every_key_is_read(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "mytheme" / "templates").mkdir(parents=True)
    config = load_site_config(
        site(
            tmp_path,
            (
                "title: T\nurl: https://example.org/archive\ndescription: D\nlanguage: ru\n"
                "content: articles\ntheme: mytheme\nhome_articles: 5\nfeed_articles: 7\n"
                "cleaning:\n  disable: [ad-marker]\n  repeated_line_min_articles: 4\n"
            ),
        )
    )
    assert (config.url, config.description, config.language, config.home_articles) == (
        "https://example.org/archive",
        "D",
        "ru",
        5,
    )
    assert config.feed_articles == 7
    assert config.content_dir == tmp_path / "articles"
    assert config.theme_dir == tmp_path / "mytheme"
    assert config.cleaning.disable == ("ad-marker",)
    assert config.cleaning.repeated_line_min_articles == 4


@pytest.mark.parametrize(
    ("text", "key", "line", "message"),
    [
        ("title: T\ntitel: x\n", "titel", 2, "unknown key"),
        ("title: T\ncleaning:\n  disabel: []\n", "cleaning.disabel", 3, "unknown key"),
        ("title: 42\n", "title", 1, "must be text, not a whole number"),
        ("title: T\nhome_articles: many\n", "home_articles", 2, "must be a whole number"),
        ("title: T\nhome_articles: true\n", "home_articles", 2, "not true/false"),
        ("title: T\ncleaning: off\n", "cleaning", 2, "must be a mapping"),
        ("title: T\ncleaning:\n  disable: ad-marker\n", "cleaning.disable", 3, "list of text"),
        ("title: T\ncleaning:\n  disable: [no-such-rule]\n", "cleaning.disable", 3, "unknown rule"),
        ("title: T\nurl: example.org\n", "url", 2, "must start with http"),
        ("title: T\nfeed_articles: 0\n", "feed_articles", 2, "must be at least 1"),
        ("title: T\nfeed_articles: 2.5\n", "feed_articles", 2, "must be a whole number"),
        ("title: T\ncontent: missing\n", "content", 2, "does not exist"),
        ("title: T\ntheme: missing\n", "theme", 2, "no templates/ folder"),
        ("description: D\n", "title", None, "is required"),
        ("title: '  '\n", "title", 1, "must not be empty"),
    ],
)
def test_bad_config_names_key_file_and_line(tmp_path, text, key, line, message):
    with pytest.raises(ConfigError, match=message) as error:
        load_site_config(site(tmp_path, text))
    assert (error.value.key, error.value.line) == (key, line)
    where = f"site.yaml:{line}" if line else "site.yaml"
    assert f"{where}: key '{key}'" in str(error.value)


def test_every_problem_of_site_yaml_is_listed_at_once(tmp_path):
    text = "title: T\nhome_articles: lots\nlanguage: 7\nfeed_articles: 0\ncolor: red\nurl: x\n"
    with pytest.raises(ConfigError) as error:
        load_site_config(site(tmp_path, text))
    assert [(e.key, e.line) for e in error.value.every] == [
        ("home_articles", 2),
        ("language", 3),
        ("feed_articles", 4),
        ("color", 5),
        ("url", 6),
    ]


def test_a_missing_folder_or_site_yaml_names_the_folder(tmp_path):
    with pytest.raises(ConfigError, match="no such folder") as error:
        load_site_config(tmp_path / "nowhere")
    assert str(error.value) == f"{tmp_path / 'nowhere'}: no such folder"
    with pytest.raises(ConfigError) as error:
        load_site_config(tmp_path)
    assert str(error.value) == f"{tmp_path}: this folder holds no site.yaml"
    assert error.value.fix.startswith("create site.yaml in it with a line `title: ")


def test_invalid_yaml_names_the_line(tmp_path):
    with pytest.raises(ConfigError, match="not valid YAML") as error:
        load_site_config(site(tmp_path, "title: T\nurl: [unclosed\n"))
    assert error.value.line is not None


def test_the_readme_table_of_site_yaml_names_every_setting():
    """The archivist's manual: a key the table lacks is a key no one can find."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## site.yaml\n", 1)[1].split("\n## ", 1)[0]
    documented = re.findall(r"^\| `([a-z_.]+)` \|", section, re.MULTILINE)
    defaults = SiteConfig(title="T")
    keys = []
    for field in dataclasses.fields(SiteConfig):
        value = getattr(defaults, field.name)
        if field.metadata.get("internal"):
            continue
        if dataclasses.is_dataclass(value):
            keys += [f"{field.name}.{inner.name}" for inner in dataclasses.fields(value)]
        else:
            keys.append(field.name)
    assert sorted(documented) == sorted(keys)
