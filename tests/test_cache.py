"""Incremental builds: per-article work reused by content, invalidated by settings."""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

from conftest import REPO, build, make_site

from newsarchive.cache import StageCache, digest
from newsarchive.config import load_site_config
from newsarchive.pipeline import MODEL_PROBLEM, process_archive
from newsarchive.recognise.statistical import MODEL_PACKAGE, _load_model
from newsarchive.write.pages import plan_pages
from newsarchive.write.rendered import page_key

STORY = (
    "Talks on the border dispute resume\n\n"
    "MINSK, March 3 (Reuters) - Kremlin spokesman Dmitry Peskov said on Friday that the talks "
    "would continue next week, after both sides failed to agree on a joint statement.\n"
)


def reused(output: str) -> tuple[int, int]:
    found = re.search(r"(\d+) of (\d+) articles reused from the cache", output)
    assert found, output
    return int(found.group(1)), int(found.group(2))


def test_a_rebuild_reuses_every_article_and_a_new_one_is_computed(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY, "b.txt": STORY.replace("Talks", "Work")})
    assert build(site) == 0
    assert reused(capsys.readouterr().out) == (0, 2)
    assert build(site) == 0
    assert reused(capsys.readouterr().out) == (2, 2)
    (site / "content" / "c.txt").write_text(STORY.replace("Talks", "Meetings"))
    assert build(site) == 0
    assert reused(capsys.readouterr().out) == (2, 3)


def test_an_edited_article_is_recomputed(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY})
    assert build(site) == 0
    (site / "content" / "a.txt").write_text(STORY.replace("Friday", "Saturday"))
    capsys.readouterr()
    assert build(site) == 0
    assert reused(capsys.readouterr().out) == (0, 1)
    assert "Saturday" in (site / "output" / "articles" / "a" / "index.html").read_text()


def test_a_changed_setting_invalidates_the_cache_and_drops_the_old_entries(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY})
    assert build(site) == 0
    before = {p.name for p in (site / ".newsarchive-cache" / "articles").iterdir()}
    (site / "site.yaml").write_text("title: T\ncleaning:\n  disable: [ad-marker]\n")
    capsys.readouterr()
    assert build(site) == 0
    assert reused(capsys.readouterr().out) == (0, 1)
    after = {p.name for p in (site / ".newsarchive-cache" / "articles").iterdir()}
    assert len(before) == len(after) == 1 and before != after


def test_no_cache_folder_when_caching_is_off(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY}, "title: T\ncache: null\n")
    assert build(site) == 0 and build(site) == 0
    assert reused(capsys.readouterr().out) == (0, 1)
    assert not (site / ".newsarchive-cache").exists()


def test_an_unreadable_entry_is_dropped_and_recomputed(tmp_path):
    cache = StageCache(tmp_path, digest("v1"))
    cache.put("ab12", {"value": 1})
    assert cache.get("ab12") == {"value": 1}
    next(tmp_path.rglob("ab12.pickle")).write_bytes(b"not a pickle")
    assert cache.get("ab12") is None
    assert not list(tmp_path.rglob("ab12.pickle"))


def test_digest_tells_parts_apart():
    assert digest("ab", "c") != digest("a", "bc")
    assert digest(b"x") == digest(b"x")


def test_rendered_pages_are_reused_until_the_theme_changes(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY}, "title: T\ntheme: theme\n")
    shutil.copytree(REPO / "themes" / "archive", site / "theme")
    assert build(site) == 0
    assert list((site / ".newsarchive-cache" / "pages").rglob("*.pickle"))
    capsys.readouterr()
    assert build(site) == 0
    assert "0 files written" in capsys.readouterr().out
    base = site / "theme" / "templates" / "base.html"
    base.write_text(base.read_text().replace("Built with newsarchive", "Made with newsarchive"))
    assert build(site) == 0
    page = (site / "output" / "articles" / "a" / "index.html").read_text()
    assert "Made with newsarchive" in page and "Built with newsarchive" not in page


def page_keys(site) -> dict[str, str]:
    config = load_site_config(site)
    memo: dict[int, str] = {}
    return {
        page.path: page_key(page, memo)
        for page in plan_pages(process_archive(config, use_cache=False), config)
    }


def test_an_actor_gaining_a_page_does_not_touch_pages_that_do_not_show_it(tmp_path):
    other = STORY.replace("Talks", "Work").replace("Kremlin spokesman Dmitry Peskov", "Police")
    site = make_site(tmp_path, {"a.txt": STORY, "b.txt": other})
    before = page_keys(site)
    undated = "Protest in the capital\n\nOpposition leader Pavel Latushko spoke to reporters.\n"
    (site / "content" / "c.txt").write_text(undated)
    after = page_keys(site)
    assert "actors/pavel-latushko/index.html" in after
    assert after["articles/a/index.html"] == before["articles/a/index.html"]
    assert after["actors/dmitry-peskov/index.html"] == before["actors/dmitry-peskov/index.html"]
    assert after["index.html"] != before["index.html"]  # it counts the articles


def test_an_actor_named_in_one_more_article_leaves_pages_that_list_it_alone(tmp_path):
    """Article and actor pages list actors by name and link; their article counts
    are shown only on the actor's own page and in the directory."""
    in_vilnius = STORY.replace("on Friday", "in Vilnius on Friday")
    site = make_site(tmp_path, {"a.txt": in_vilnius})
    before = page_keys(site)
    later = "Talks move abroad\n\nThe delegations will meet again in Vilnius next month.\n"
    (site / "content" / "c.txt").write_text(later)
    after = page_keys(site)
    assert after["actors/vilnius/index.html"] != before["actors/vilnius/index.html"]
    assert after["articles/a/index.html"] == before["articles/a/index.html"]
    assert after["actors/dmitry-peskov/index.html"] == before["actors/dmitry-peskov/index.html"]


def stages(output: str) -> str:
    found = re.search(r"^Stages: (.*);", output, re.MULTILINE)
    assert found, output
    return found.group(1)


def test_an_unchanged_archive_is_taken_whole_until_an_input_changes(tmp_path, capsys):
    site = make_site(tmp_path, {"a.txt": STORY, "b.txt": STORY.replace("Talks", "Work")})
    assert build(site) == 0
    assert "resolve" in stages(capsys.readouterr().out)
    assert build(site) == 0
    assert "resolve" not in stages(capsys.readouterr().out)  # nor planning: render is quick
    (site / "actors.yaml").write_text(
        "- name: Dmitry Peskov\n  type: person\n  description: The Kremlin's spokesman.\n"
    )
    assert build(site) == 0
    assert "resolve" in stages(capsys.readouterr().out)
    page = (site / "output" / "actors" / "dmitry-peskov" / "index.html").read_text()
    assert "The Kremlin&#39;s spokesman." in page or "The Kremlin's spokesman." in page


def test_a_file_removed_from_the_output_comes_back_when_nothing_else_changed(tmp_path):
    site = make_site(tmp_path, {"a.txt": STORY})
    assert build(site) == 0
    page = site / "output" / "articles" / "a" / "index.html"
    before = page.read_bytes()
    page.unlink()
    assert build(site) == 0
    assert page.read_bytes() == before


def test_an_archive_built_without_the_model_is_not_kept(tmp_path, monkeypatch):
    asks_the_model = "Markets fall\n\nShares in Gazprom fell sharply on Monday in heavy trading.\n"
    site = make_site(tmp_path / "site", {"a.txt": asks_the_model})
    config = load_site_config(site)
    installed = Path(_load_model().path).parent
    broken = tmp_path / "models" / MODEL_PACKAGE
    shutil.copytree(installed, broken, ignore=shutil.ignore_patterns("__pycache__"))
    (weights,) = broken.glob(f"{MODEL_PACKAGE}-*/ner/model")
    weights.write_bytes(weights.read_bytes() + b"\0")
    with monkeypatch.context() as patch:
        patch.setattr(sys, "path", [str(broken.parent), *sys.path])
        patch.delitem(sys.modules, MODEL_PACKAGE, raising=False)
        _load_model.cache_clear()
        without = process_archive(config)
    _load_model.cache_clear()
    assert MODEL_PROBLEM in [p.path for p in without.problems]
    assert MODEL_PROBLEM not in [p.path for p in process_archive(config).problems]
