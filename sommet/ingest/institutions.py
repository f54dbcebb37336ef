"""Institutions named by their pattern: an organisation word, "of"/"de", then capitalised words.

"Ministry of Science, Technological Development and Innovation" or "Ministère de l'Économie et des
Finances" are one name, which the recogniser tends to cut at its commas and conjunctions.
"""

from __future__ import annotations

import re
from functools import cache

from sommet.ingest import text as words

_CAPITAL = r"[A-ZÀ-Ý][\w'’\-]*"
# What joins the words of a name: a comma (", and"), a conjunction, or a preposition and article.
_JOIN = r"(?:,\s+(?:and\s+|et\s+)?|\s+(?:and|et|of|for|on|the|de|du|des|de\s+la)\s+|\s+(?:de\s+l'|d')|\s+)"
_TRAILING = re.compile(r"(?:[\s,]|\b(?:and|et|of|for|on|the|de|du|des|la|l'|d'))+$")


@cache
def _pattern() -> re.Pattern[str]:
    heads = "|".join(sorted((w.capitalize() for w in words.ORG_WORDS), key=len, reverse=True))
    return re.compile(
        rf"\b(?:{heads})\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
        rf"{_CAPITAL}(?:{_JOIN}{_CAPITAL})*"
    )


def institution_names(
    text: str, people: list[tuple[int, int]], taken: list[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans of institution names, each cut before a person's name that follows it unpunctuated
    and before a name already read (an acronym's expansion); none that starts inside one."""
    out = []
    for found in _pattern().finditer(text):
        start, end = found.span()
        if any(s <= start < e for s, e in taken):
            continue
        end = min([end, *(s for s, _e in [*people, *taken] if start < s < end)])
        name = _TRAILING.sub("", text[start:end])
        if len(name.split()) >= 3:
            out.append((start, start + len(name)))
    return out
