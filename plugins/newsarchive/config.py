"""site.yaml, parsed once into a frozen `SiteConfig`.

Every key is optional except `title`. An unknown key or a value of the wrong
type is a `ConfigError` that names the key, the file and the line, so a typo
never silently changes a site. Stages receive this object, never Pelican's
settings dictionary.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .clean import REPEATED_LINE_MIN_ARTICLES, RULE_NAMES
from .model import ContentError, SettingsError
from .read import LANGUAGE_TAG, WEB_ADDRESS, YAML_FIX, read_utf8

SITE_FILE = "site.yaml"
DEFAULT_REGISTRY = "actors.yaml"


class ConfigError(SettingsError):
    """A problem that makes site.yaml unusable; `fix` says what to change, in plain words."""

    def __init__(
        self,
        path: Path,
        message: str,
        key: str | None = None,
        line: int | None = None,
        fix: str = "",
    ):
        if not fix and key and message.startswith("must"):
            fix = f"change `{key}` in {path.name}: it {message}"
        super().__init__(path, (f"key {key!r}: " if key else "") + message, line, fix)
        self.key = key


@dataclass(frozen=True)
class CleaningConfig:
    """Site-wide switches for the cleaning stage."""

    disable: tuple[str, ...] = ()
    repeated_line_min_articles: int = REPEATED_LINE_MIN_ARTICLES


@dataclass(frozen=True)
class ActorsConfig:
    """The actor registry and when an actor earns a page of its own."""

    registry: str | None = None
    min_articles: int = 1
    # Ask spaCy's recogniser about names the rules and the archive leave undecided.
    statistical: bool = True


@dataclass(frozen=True)
class SearchConfig:
    """What the search page searches."""

    # Off by default: at 10,000 articles the index of the full text alone is
    # over the page's 2 MB (gzipped) budget; see README.md, "Search".
    full_text: bool = False


@dataclass(frozen=True)
class SiteConfig:
    """What a site owner sets in site.yaml; paths are relative to the site folder."""

    title: str
    url: str | None = None
    description: str = ""
    language: str = "en"
    content: str = "content"
    theme: str | None = None
    home_articles: int = 20
    cache: str | None = ".newsarchive-cache"
    feed_articles: int = 50
    # After a build from a terminal, keep newsarchive loaded in a background
    # process this long, so the next command need not load it; 0 never does.
    warm_minutes: int = 10
    cleaning: CleaningConfig = field(default_factory=CleaningConfig)
    actors: ActorsConfig = field(default_factory=ActorsConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    root: Path = field(default=Path("."), metadata={"internal": True})

    @property
    def content_dir(self) -> Path:
        return self.root / self.content

    @property
    def cache_dir(self) -> Path | None:
        return self.root / self.cache if self.cache else None

    @property
    def registry_path(self) -> Path | None:
        """The registry file: the configured one, else `actors.yaml` if the site has one."""
        if self.actors.registry is not None:
            return self.root / self.actors.registry
        default = self.root / DEFAULT_REGISTRY
        return default if default.is_file() else None

    @property
    def theme_dir(self) -> Path:
        return self.root / self.theme if self.theme else bundled_theme()


def bundled_theme() -> Path:
    """The `archive` theme: inside the installed package, or at the repo's top."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "themes" / "archive", here.parents[1] / "themes" / "archive"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled theme 'archive' is missing from this installation")


def load_site_config(site: Path) -> SiteConfig:
    """Read `site/site.yaml` (or a path to the file itself) into a `SiteConfig`."""
    if not site.exists():
        raise ConfigError(
            site, "no such folder", fix="give the command the folder that holds site.yaml"
        )
    path = site if site.is_file() else site / SITE_FILE
    if not path.is_file():
        raise ConfigError(
            site,
            "this folder holds no site.yaml",
            fix="create site.yaml in it with a line `title: Your archive's name`, "
            "or give the command the folder that holds site.yaml",
        )
    try:
        text = read_utf8(path)
    except ContentError as error:
        raise ConfigError(path, error.reason, line=error.line, fix=error.fix) from error
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        values = yaml.safe_load(text) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(
            path,
            f"not valid YAML: {getattr(error, 'problem', error)}",
            line=mark.line + 1 if mark else None,
            fix=YAML_FIX,
        ) from error
    if not isinstance(values, dict):
        raise ConfigError(
            path,
            "site.yaml must be a mapping of keys to values",
            fix="write site.yaml as `key: value` lines, starting with `title: ...`",
        )
    lines = _key_lines(node)
    errors: list[ConfigError] = []
    config = _build(SiteConfig, values, path, "", lines, errors)
    if config is not None:
        config = dataclasses.replace(config, root=path.parent)
        errors += _value_errors(config, path, lines)
    if errors:
        raise ConfigError.of_all(sorted(errors, key=lambda error: error.line or 0))
    return config


def _key_lines(node, prefix: str = "") -> dict[str, int]:
    lines: dict[str, int] = {}
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            dotted = prefix + str(key.value)
            lines[dotted] = key.start_mark.line + 1
            lines.update(_key_lines(value, dotted + "."))
    return lines


def _build(cls, values: dict, path: Path, prefix: str, lines: dict, errors: list):
    """`cls` from `values`, or None when a required key is missing. Each bad key is
    added to `errors` and left at its default, so the values can still be checked."""
    hints = typing.get_type_hints(cls)
    public = {f.name: f for f in dataclasses.fields(cls) if not f.metadata.get("internal")}
    arguments = {}
    for key, value in values.items():
        dotted = prefix + str(key)
        if key not in public:
            known = ", ".join(prefix + name for name in public)
            errors.append(
                ConfigError(
                    path,
                    f"unknown key (known keys: {known})",
                    dotted,
                    lines.get(dotted),
                    fix="correct the key's spelling or remove it (the README's site.yaml "
                    "section lists every key)",
                )
            )
            continue
        try:
            arguments[key] = _typed(hints[key], value, path, dotted, lines, errors)
        except ConfigError as error:
            errors.append(error)
    required = [
        name
        for name, f in public.items()
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]
    for key in (prefix + name for name in required if name not in values):
        errors.append(
            ConfigError(path, "is required", key, fix=f"add a line `{key}: ...` to {path.name}")
        )
    return cls(**arguments) if all(name in arguments for name in required) else None


def _typed(hint, value, path: Path, key: str, lines: dict[str, int], errors: list):
    """Check `value` against the field's type hint; convert lists to tuples."""
    line = lines.get(key)
    if dataclasses.is_dataclass(hint):
        if not isinstance(value, dict):
            raise ConfigError(path, "must be a mapping of keys to values", key, line)
        return _build(hint, value, path, key + ".", lines, errors)
    allowed = typing.get_args(hint) if isinstance(hint, types.UnionType) else (hint,)
    if value is None and type(None) in allowed:
        return None
    if typing.get_origin(hint) is tuple:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(path, "must be a list of text values", key, line)
        return tuple(value)
    expected = next(t for t in allowed if t is not type(None))
    if not isinstance(value, expected) or (isinstance(value, bool) and expected is not bool):
        raise ConfigError(
            path, f"must be {_type_name(expected)}, not {_type_name(type(value))}", key, line
        )
    return value


def _type_name(kind: type) -> str:
    return {
        str: "text",
        int: "a whole number",
        float: "a number",
        list: "a list",
        dict: "a mapping",
        bool: "true/false",
        type(None): "empty",
    }.get(kind, kind.__name__)


def _value_errors(config: SiteConfig, path: Path, lines: dict[str, int]) -> list[ConfigError]:
    """Every value of the right type that still cannot be used."""
    errors: list[ConfigError] = []

    def fail(key: str, message: str, fix: str = "") -> None:
        errors.append(ConfigError(path, message, key, lines.get(key), fix))

    if not config.title.strip():
        fail("title", "must not be empty")
    if config.url is not None and not WEB_ADDRESS.match(config.url):
        fail("url", "must start with http:// or https:// and hold no spaces, quotes or <>")
    if not LANGUAGE_TAG.match(config.language):
        fail(
            "language",
            f"{config.language!r} is not a language tag such as en, ru or be-Latn",
            "set `language` to the archive's language as a tag: en, ru, be, uk, pl, be-Latn ...",
        )
    for key in ("home_articles", "feed_articles"):
        if getattr(config, key) < 1:
            fail(key, "must be at least 1")
    if config.cleaning.repeated_line_min_articles < 2:
        fail("cleaning.repeated_line_min_articles", "must be at least 2")
    unknown = sorted(set(config.cleaning.disable) - set(RULE_NAMES))
    if unknown:
        fail(
            "cleaning.disable",
            f"unknown rule {unknown[0]!r} (rules: {', '.join(RULE_NAMES)})",
            "name only rules from that list in `cleaning.disable`",
        )
    if not config.content_dir.is_dir():
        fail(
            "content",
            f"folder {config.content_dir} does not exist",
            "create the folder, or set `content` to the folder (relative to site.yaml) "
            "that holds the articles",
        )
    if config.actors.min_articles < 1:
        fail("actors.min_articles", "must be at least 1")
    if config.warm_minutes < 0:
        fail("warm_minutes", "must be 0 (off) or more")
    if config.actors.registry is not None and not config.registry_path.is_file():
        fail(
            "actors.registry",
            f"file {config.registry_path} does not exist",
            "create the registry file, or correct the path (relative to site.yaml), "
            "or remove the key to use actors.yaml when there is one",
        )
    if config.theme is not None and not (config.theme_dir / "templates").is_dir():
        fail(
            "theme",
            f"{config.theme_dir} has no templates/ folder",
            "point `theme` at a theme folder holding templates/, or remove the key for the "
            "bundled theme",
        )
    return errors
