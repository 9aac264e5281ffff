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

from .model import ACTOR_TYPES, ContentError, SettingsError
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


class RegistryError(SettingsError):
    """A problem that makes actors.yaml unusable; `fix` says what to change, in plain words."""

    def __init__(self, path: Path | str, line: int | None, message: str, fix: str = ""):
        super().__init__(path, message, line, fix)


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
    """The registry as read: its file, and its actors."""

    path: Path | None
    actors: tuple[RegisteredActor, ...] = ()

    def by_alias(self) -> dict[str, RegisteredActor]:
        """Every registered spelling (casefolded) -> its actor."""
        return {s.casefold(): actor for actor in self.actors for s in actor.spellings}


EMPTY_REGISTRY = Registry(None)


def load_registry(path: Path | None) -> Registry:
    """Read and check `actors.yaml`; a missing optional registry is an empty one.
    Raises a `RegistryError` carrying every problem found."""
    registry, errors = read_registry(path)
    if errors:
        raise RegistryError.of_all(errors)
    return registry


def read_registry(path: Path | None) -> tuple[Registry, list[RegistryError]]:
    """The registry's usable actors, and every problem found in it (for `check`,
    which goes on with the actors that are usable)."""
    if path is None:
        return EMPTY_REGISTRY, []
    try:
        root = _parsed(path)
    except RegistryError as error:
        return EMPTY_REGISTRY, [error]
    if root is None:
        return Registry(path), []
    errors: list[RegistryError] = []
    actors = [_actor(path, node, errors) for node in root.value]
    unique = _unique(path, [actor for actor in actors if actor is not None], errors)
    return Registry(path, unique), sorted(errors, key=lambda error: error.line or 0)


def _parsed(path: Path) -> yaml.SequenceNode | None:
    """The registry's YAML: a list of actors, or None when the file is empty."""
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
    if root is not None and not isinstance(root, yaml.SequenceNode):
        raise RegistryError(
            path,
            root.start_mark.line + 1,
            "the registry must be a list of actors",
            "start each actor with `- name: ...` (see the README's registry example)",
        )
    return root


def _actor(path: Path, node: yaml.Node, errors: list[RegistryError]) -> RegisteredActor | None:
    """One actor, or None when it cannot be used; each problem is added to `errors`
    (a bad key is left out, and the rest of the actor still checked)."""
    line = node.start_mark.line + 1
    if not isinstance(node, yaml.MappingNode):
        errors.append(
            RegistryError(
                path, line, "each actor must be a mapping with at least name and type", _ACTOR_FIX
            )
        )
        return None
    values = {}
    for key_node, value_node in node.value:
        try:
            values[key_node.value] = _value(path, key_node, value_node)
        except RegistryError as error:
            errors.append(error)
    problems = [
        RegistryError(path, line, f"actor has no {required!r}", _ACTOR_FIX)
        for required in ("name", "type")
        if required not in values
    ]
    if "type" in values and values["type"] not in ACTOR_TYPES:
        problems.append(
            RegistryError(
                path,
                line,
                f"type {values['type']!r} is not one of {', '.join(ACTOR_TYPES)}",
                f"set `type:` to one of {', '.join(ACTOR_TYPES)}",
            )
        )
    values["id"] = slugify(values.get("id") or values.get("name") or "")
    if "name" in values and not values["id"]:
        problems.append(
            RegistryError(
                path,
                line,
                "the actor's id is empty (its name has no letters or digits)",
                "add `id:` with letters or digits, e.g. `id: cec-belarus`",
            )
        )
    errors.extend(problems)
    return None if problems else RegisteredActor(**values, line=line)


def _value(path: Path, key_node: yaml.Node, value_node: yaml.Node) -> str | tuple[str, ...]:
    """One key's value, checked: text, a list of names, or a Wikidata id."""
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
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise RegistryError(
                path,
                key_line,
                f"{key!r} must be a list of names",
                f"write `{key}: [First Name, Other Name]`, each name not empty",
            )
        return tuple(value)
    if not isinstance(value, str) or not value.strip():
        raise RegistryError(
            path, key_line, f"{key!r} must be text", f"give `{key}` one line of text"
        )
    if key == "wikidata" and not _WIKIDATA_ID.match(value):
        raise RegistryError(
            path,
            key_line,
            f"wikidata {value!r} is not an item id like Q7747",
            "copy the id from the end of the Wikidata page's address (Q followed by digits)",
        )
    return value


def _unique(
    path: Path, actors: list[RegisteredActor], errors: list[RegistryError]
) -> tuple[RegisteredActor, ...]:
    """The actors whose id and spellings no earlier actor holds; each clash is an error."""
    ids: dict[str, RegisteredActor] = {}
    spellings: dict[str, RegisteredActor] = {}
    kept = []
    for actor in actors:
        if actor.id in ids:
            errors.append(
                RegistryError(
                    path,
                    actor.line,
                    f"id {actor.id!r} is already used by the actor at line {ids[actor.id].line}",
                    "give one of the two actors another `id:`, or merge them into one entry",
                )
            )
            continue
        claimed = [
            (s, spellings[s.casefold()]) for s in actor.spellings if s.casefold() in spellings
        ]
        errors.extend(
            RegistryError(
                path,
                actor.line,
                f"alias {spelling!r} is claimed by two actors: {other.id!r} (line {other.line}) "
                f"and {actor.id!r}",
                "keep the spelling with the actor it belongs to; if both are one actor, "
                "merge the entries",
            )
            for spelling, other in claimed
        )
        if claimed:
            continue
        ids[actor.id] = actor
        spellings.update((s.casefold(), actor) for s in actor.spellings)
        kept.append(actor)
    return tuple(kept)
