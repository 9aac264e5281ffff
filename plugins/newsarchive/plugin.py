"""Pelican glue: the only module that imports Pelican.

Pelican is the engine (theme loading, Jinja environment, writer, static
files); the archive's pages come from one generator. Pelican's own article
model needs a full date for every article, which an archive of scraped news
cannot honestly give, so its article and page generators are left with
nothing to read and the pipeline's records are rendered instead.
"""

from __future__ import annotations

from functools import partial
from importlib import import_module
from pathlib import Path

from jinja2 import FileSystemBytecodeCache
from pelican import Pelican, signals
from pelican.generators import Generator
from pelican.log import console
from pelican.settings import read_settings

from .config import SiteConfig
from .dates import date_label, datetime_attribute
from .model import Archive
from .pipeline import built_archive
from .write.layout import Links, Page
from .write.search import SCRIPT_FILES
from .write.site import THEME_STATIC_DIR, SitePlan, Staging, write_site

CONFIG_SETTING = "NEWSARCHIVE_CONFIG"
ARCHIVE_SETTING = "NEWSARCHIVE_ARCHIVE"
TO_RENDER_SETTING = "NEWSARCHIVE_TO_RENDER"

# A plan and the pages of it to render; the rest is already staged.
ToRender = tuple[SitePlan, list[tuple[Page, str]]]


def pelican_settings(
    config: SiteConfig,
    output: Path,
    archive: Archive | None = None,
    to_render: ToRender | None = None,
) -> dict:
    """Pelican settings for a site: our theme and generator, Pelican's own pages off."""
    links = Links.for_site(config)
    off = {
        key: ""
        for key in (
            "ARCHIVES_SAVE_AS",
            "AUTHORS_SAVE_AS",
            "CATEGORIES_SAVE_AS",
            "TAGS_SAVE_AS",
            "AUTHOR_SAVE_AS",
            "CATEGORY_SAVE_AS",
            "TAG_SAVE_AS",
            "INDEX_SAVE_AS",
        )
    }
    feeds_off = {
        key: None
        for key in (
            "FEED_ALL_ATOM",
            "FEED_ALL_RSS",
            "CATEGORY_FEED_ATOM",
            "CATEGORY_FEED_RSS",
            "AUTHOR_FEED_ATOM",
            "AUTHOR_FEED_RSS",
            "TRANSLATION_FEED_ATOM",
            "TRANSLATION_FEED_RSS",
            "TAG_FEED_ATOM",
            "TAG_FEED_RSS",
        )
    }
    return {
        **off,
        **feeds_off,
        "PATH": str(config.content_dir),
        "OUTPUT_PATH": str(output),
        "THEME": str(config.theme_dir),
        "THEME_STATIC_DIR": THEME_STATIC_DIR,
        "THEME_STATIC_PATHS": [],  # copied by write_site, which skips what the output holds
        "SITENAME": config.title,
        "SITEURL": "",
        "RELATIVE_URLS": True,
        "TIMEZONE": "UTC",
        "DEFAULT_LANG": config.language,
        "PLUGINS": [import_module(__package__)],
        "ARTICLE_PATHS": [],
        "PAGE_PATHS": [],
        "STATIC_PATHS": [],
        "DIRECT_TEMPLATES": [],
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "DELETE_OUTPUT_DIRECTORY": False,
        # Article text is untrusted: every value a template prints is escaped.
        "JINJA_ENVIRONMENT": {
            "autoescape": True,
            "trim_blocks": True,
            "lstrip_blocks": True,
            # Compiled templates kept between builds (Jinja checks their sources).
            **({"bytecode_cache": _template_cache(config.cache_dir)} if config.cache_dir else {}),
        },
        "JINJA_FILTERS": {
            "date_label": date_label,
            "datetime_attribute": datetime_attribute,
        },
        "JINJA_GLOBALS": {"site": config, "links": links, "search_files": SCRIPT_FILES},
        CONFIG_SETTING: config,
        ARCHIVE_SETTING: archive,
        TO_RENDER_SETTING: to_render,
    }


def _template_cache(cache_dir: Path) -> FileSystemBytecodeCache:
    folder = cache_dir / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    return FileSystemBytecodeCache(str(folder))


def render_site(
    config: SiteConfig, output: Path, archive: Archive, to_render: ToRender | None = None
) -> None:
    """Run Pelican once over a processed archive, without its console chatter.

    By default it writes the whole site into `output`; given `to_render`, only
    those pages (a build stages everything else without Pelican).
    """
    settings = read_settings(override=pelican_settings(config, output, archive, to_render))
    quiet, console.quiet = console.quiet, True
    try:
        Pelican(settings).run()
    finally:
        console.quiet = quiet


class ArchiveGenerator(Generator):
    """Renders the archive's pages; writes its other files when run on its own."""

    def generate_context(self) -> None:
        self.config: SiteConfig = self.settings[CONFIG_SETTING]
        self.to_render: ToRender | None = self.settings.get(TO_RENDER_SETTING)

    def generate_output(self, writer) -> None:
        if self.to_render is None:
            archive = self.settings.get(ARCHIVE_SETTING) or built_archive(self.config)
            plan = SitePlan.of(archive, self.config)
            self.to_render = plan, write_site(plan, Staging(Path(self.output_path)))
        plan, pages = self.to_render
        plan.render(pages, partial(self.render_page, writer))

    def render_page(self, writer, page: Page) -> bytes:
        writer.write_file(
            page.path,
            self.get_template(page.template),
            self.context,
            relative_urls=True,
            **page.variables,
        )
        return (Path(self.output_path) / page.path).read_bytes()


def get_generators(_pelican) -> type[Generator]:
    return ArchiveGenerator


def register() -> None:
    # The archive's pages come from its own generator, added next to Pelican's.
    signals.get_generators.connect(get_generators)
