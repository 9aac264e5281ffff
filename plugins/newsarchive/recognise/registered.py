"""The registry's spellings wherever the story writes them.

Recognition finds names by their shape and context, so a registered alias
that does not look like a name ("Batka", "the opposition's council", a name
written in lower case in a quote) would be missed. Every registered
spelling is searched for in the story text as written, with one pattern for
the whole registry; what it finds is a mention of that registered actor.
Credits and the dateline stay out, as in recognition.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import ArticleRecord, NameMention
from ..registry import Registry
from . import story_span


def registered_mentions(records: Sequence[ArticleRecord], registry: Registry) -> list[NameMention]:
    """Every place a registered spelling occurs in a story block, longest spelling first."""
    pattern = _spelling_pattern(registry)
    if pattern is None:
        return []
    actors = {s: actor for actor in registry.actors for s in actor.spellings}
    found = []
    for record in records:
        for index, block in enumerate(record.blocks):
            if block.kind == "credit":
                continue
            start, end = story_span(record, index)
            for match in pattern.finditer(block.text, start, end):
                actor = actors[match.group(0)]
                words = match.group(0).split()
                person = actor.type == "person"
                found.append(
                    NameMention(
                        record.id,
                        index,
                        match.start(),
                        match.end(),
                        match.group(0),
                        actor.type,
                        given=words[0] if person and len(words) > 1 else None,
                        surname=words[-1] if person else None,
                        evidence=("registry",),
                    )
                )
    return found


def _spelling_pattern(registry: Registry) -> re.Pattern[str] | None:
    # Longest first, so a spelling inside a longer one does not cut it short.
    spellings = sorted(
        {s for actor in registry.actors for s in actor.spellings}, key=lambda s: (-len(s), s)
    )
    if not spellings:
        return None
    alternatives = "|".join(re.escape(s) for s in spellings)
    return re.compile(rf"(?<![\w’'-])(?:{alternatives})(?![\w-])")
