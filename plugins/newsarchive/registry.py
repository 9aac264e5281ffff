"""The actor registry, `actors.yaml`: what the archivist says about actors.

It names actors, their type, every alias, a description and a Wikidata id,
and corrects automatic resolution: `same_as` merges automatically found
actors into a registered one, `not_same_as` keeps them apart. Every error
names the file and the line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .model import ACTOR_TYPES, ContentError
from .read import YAML_FIX, read_utf8
from .slugs import slugify

REGISTRY_KEYS = (
    "id",
    "name",
    "type",
    "aliases",
    "description",
    "wikidata",
    "same_as",
    "not_same_as",
)
_LIST_KEYS = ("aliases", "same_as", "not_same_as")
# A Wikidata item id, as its page address ends: Q7747.
_WIKIDATA_ID = re.compile(r"\AQ[1-9][0-9]*\Z")
_ACTOR_FIX = f"give each actor `name:` and `type:` ({', '.join(ACTOR_TYPES)})"


class RegistryError(Exception):
    """An actors.yaml that cannot be used; `fix` says what to change, in plain words."""

    def __init__(self, path: Path | str, line: int | None, message: str, fix: str = ""):
        self.path, self.line, self.message, self.fix = str(path), line, message, fix
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


@dataclass(frozen=True)
class RegisteredActor:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    description: str | None = None
    wikidata: str | None = None
    same_as: tuple[str, ...] = ()
    not_same_as: tuple[str, ...] = ()
    line: int = 0

    @property
    def spellings(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class Registry:
    """The registry as read; `whole_archive` is False when only some files are
    resolved against it (inspect), where a `same_as` may name an absent actor."""

    path: Path | None
    actors: tuple[RegisteredActor, ...] = ()
    whole_archive: bool = True

    def by_alias(self) -> dict[str, RegisteredActor]:
        """Every registered spelling (casefolded) -> its actor."""
        return {s.casefold(): actor for actor in self.actors for s in actor.spellings}


EMPTY_REGISTRY = Registry(None)


def load_registry(path: Path | None) -> Registry:
    """Read and check `actors.yaml`; a missing optional registry is an empty one."""
    if path is None:
        return EMPTY_REGISTRY
    try:
        text = read_utf8(path)
    except ContentError as error:
        raise RegistryError(path, error.line, error.reason, error.fix) from error
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "context_mark", None) or getattr(error, "problem_mark", None)
        raise RegistryError(
            path,
            mark.line + 1 if mark else None,
            f"not valid YAML: {getattr(error, 'problem', error)}",
            YAML_FIX,
        ) from error
    if root is None:
        return Registry(path)
    if not isinstance(root, yaml.SequenceNode):
        raise RegistryError(
            path,
            root.start_mark.line + 1,
            "the registry must be a list of actors",
            "start each actor with `- name: ...` (see the README's registry example)",
        )
    actors = tuple(_actor(path, node) for node in root.value)
    _check_unique(path, actors)
    return Registry(path, actors)


def _actor(path: Path, node: yaml.Node) -> RegisteredActor:
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        raise RegistryError(
            path, line, "each actor must be a mapping with at least name and type", _ACTOR_FIX
        )
    values = {}
    for key_node, value_node in node.value:
        key, key_line = key_node.value, key_node.start_mark.line + 1
        if key not in REGISTRY_KEYS:
            raise RegistryError(
                path,
                key_line,
                f"unknown key {key!r} (known keys: {', '.join(REGISTRY_KEYS)})",
                "correct the key's spelling or remove it",
            )
        try:
            value = yaml.safe_load(yaml.serialize(value_node))
        except yaml.YAMLError as error:  # a tag such as !!python/name that safe YAML refuses
            problem = getattr(error, "problem", None) or error
            raise RegistryError(
                path, key_line, f"{key!r}: {problem}", f"write `{key}` as plain text, with no tag"
            ) from error
        if key in _LIST_KEYS:
            if isinstance(value, str):
                value = [value]
            if not isinstance(value, list) or not all(
                isinstance(v, str) and v.strip() for v in value
            ):
                raise RegistryError(
                    path,
                    key_line,
                    f"{key!r} must be a list of names",
                    f"write `{key}: [First Name, Other Name]`, each name not empty",
                )
            value = tuple(value)
        elif not isinstance(value, str) or not value.strip():
            raise RegistryError(
                path, key_line, f"{key!r} must be text", f"give `{key}` one line of text"
            )
        elif key == "wikidata" and not _WIKIDATA_ID.match(value):
            raise RegistryError(
                path,
                key_line,
                f"wikidata {value!r} is not an item id like Q7747",
                "copy the id from the end of the Wikidata page's address (Q followed by digits)",
            )
        values[key] = value
    for required in ("name", "type"):
        if required not in values:
            raise RegistryError(path, line, f"actor has no {required!r}", _ACTOR_FIX)
    if values["type"] not in ACTOR_TYPES:
        raise RegistryError(
            path,
            line,
            f"type {values['type']!r} is not one of {', '.join(ACTOR_TYPES)}",
            f"set `type:` to one of {', '.join(ACTOR_TYPES)}",
        )
    values["id"] = slugify(values.get("id") or values["name"])
    if not values["id"]:
        raise RegistryError(
            path,
            line,
            "the actor's id is empty (its name has no letters or digits)",
            "add `id:` with letters or digits, e.g. `id: cec-belarus`",
        )
    return RegisteredActor(**values, line=line)


def _check_unique(path: Path, actors: tuple[RegisteredActor, ...]) -> None:
    ids: dict[str, RegisteredActor] = {}
    spellings: dict[str, RegisteredActor] = {}
    for actor in actors:
        if actor.id in ids:
            raise RegistryError(
                path,
                actor.line,
                f"id {actor.id!r} is already used by the actor at line {ids[actor.id].line}",
                "give one of the two actors another `id:`, or merge them into one entry",
            )
        ids[actor.id] = actor
        for spelling in actor.spellings:
            other = spellings.setdefault(spelling.casefold(), actor)
            if other is not actor:
                raise RegistryError(
                    path,
                    actor.line,
                    f"alias {spelling!r} is claimed by two "
                    f"actors: {other.id!r} (line {other.line}) "
                    f"and {actor.id!r}",
                    "keep the spelling with the actor it belongs to; if both are one actor, "
                    "merge the entries",
                )
