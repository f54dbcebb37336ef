"""Acronyms and their expansions: "Full Name (ACR)" and "ACR (Full Name)"."""

from __future__ import annotations

import re

from sommet.ingest import lexicon
from sommet.ingest import text as words
from sommet.ingest.text import Span
from sommet.search import normalise

_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9&.\-]{1,14}$")
_PAREN = re.compile(r"\(\s*([^()]{2,80}?)\s*\)")
_ELIDED = re.compile(r"^[dlDL]'")
_WORD = re.compile(r"[\w&][\w&.'\-]*")
_SKIP_IN_ACRONYMS = frozenset("de du des d l la le les et en sur pour au aux of the and for on in".split())
_INNER_ACRONYM = 5  # letters of an acronym inside an expansion ("AI", "ICT")
_EDITION_YEAR = re.compile(r"(?<=[A-Z])\s+(?:19|20)\d\d$")  # "(TAIE 2028)"


def is_acronym(name: str) -> bool:
    return (
        bool(_ACRONYM.match(name))
        and sum(ch.isupper() for ch in name) >= 2
        and name not in words.GENERIC_CAPS
        and name not in lexicon.common_abbreviations()
    )


def acronym_fits(expansion: str, acronym: str) -> bool:
    """Whether the acronym's capitals are the initials of the expansion's words, in order; an
    acronym among those words gives all its letters ("Trustworthy AI Evaluation", TAIE)."""
    letters = [ch.lower() for ch in acronym if ch.isupper() or ch.isdigit()]
    initials = []
    for token in _WORD.findall(expansion):
        bare = _ELIDED.sub("", token)
        for part in re.split(r"[-&]", bare):
            if part.isalpha() and part.isupper() and 2 <= len(part) <= _INNER_ACRONYM:
                initials.extend(normalise(part))
            elif normalise(part):
                initials.append(normalise(part)[0])
    if not letters or not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def acronym_pairs(paragraph: str) -> list[tuple[Span, Span]]:
    """(expansion, acronym) pairs written "Expansion (ACRO)" or "ACRO (Expansion)"."""
    pairs = []
    for found in _PAREN.finditer(paragraph):
        # "(TAIE 2028)": an edition's acronym and its year, which no initial stands for.
        inner = _EDITION_YEAR.sub("", found.group(1))
        before = paragraph[: found.start()].rstrip()
        if is_acronym(inner.replace(" ", "")) and len(inner.split()) <= 3:
            start = _expansion_start(before, inner)
            if start is not None:
                pairs.append((Span(start, len(before)), Span(found.start(1), found.start(1) + len(inner))))
        else:
            last = re.search(r"([A-Z][A-Za-z0-9&\-]{1,14})$", before)
            if last and is_acronym(last.group(1)) and acronym_fits(inner, last.group(1)):
                pairs.append((Span(found.start(1), found.end(1)), Span(last.start(1), last.end(1))))
    return pairs


def _expansion_start(before: str, acronym: str) -> int | None:
    """Where the words an acronym stands for begin: the latest capitalised word that fits (not the
    sentence's "It is backed by the Institut ..."), else the latest word whose significant words give
    exactly the acronym's letters."""
    tokens = list(_WORD.finditer(before))[-14:]
    lowercase_fit = None
    for token in reversed(tokens):
        word = token.group(0)
        start = token.start() + (2 if _ELIDED.match(word) else 0)
        expansion = before[start:]
        if re.search(r"[,;:.!?]\s", expansion) or not acronym_fits(expansion, acronym):
            continue
        if before[start].isupper():
            return start
        significant = [w for w in normalise(expansion).split() if w not in _SKIP_IN_ACRONYMS]
        if lowercase_fit is None and len(significant) == sum(ch.isupper() for ch in acronym):
            lowercase_fit = start
    return lowercase_fit
