"""The words a lookup compares: stop words dropped, equivalent forms made one, typos allowed by length.

The stop words and equivalent forms are data (``data/search_words.json``), so that a team can add
its own ("OTAN" and "NATO") without touching the code.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from sommet.search.text import normalise

WORDS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "search_words.json"
_LONGEST_PHRASE = 4
_REMEMBERED = 1_000_000  # words kept with their positions at most
ONE_TYPO, TWO_TYPOS = 5, 9  # word lengths from which one, then two typos are forgiven


@dataclass(frozen=True)
class Vocabulary:
    """Stop words, and each equivalent form (a tuple of words) mapped to the one form stored."""

    stop: frozenset[str]
    same: dict[tuple[str, ...], str]
    starts: frozenset[str] = frozenset()  # first words of the forms of several words
    # Each word met alone, as its position: building the index asks for the same few thousand
    # words millions of times.
    positions: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

    def position(self, word: str) -> tuple[str, ...]:
        """A word that begins no form of several words, as a position: its stored form first."""
        found = self.positions.get(word)
        if found is None:
            canonical = self.same.get((word,))
            found = (word,) if canonical is None else (canonical, *((word,) if word != canonical else ()))
            if len(self.positions) >= _REMEMBERED:
                self.positions.clear()
            self.positions[word] = found
        return found


@cache
def vocabulary() -> Vocabulary:
    """The shipped word lists, or those of the file named by ``SOMMET_WORDS``."""
    data = json.loads(Path(os.environ.get("SOMMET_WORDS") or WORDS_FILE).read_text(encoding="utf-8"))
    same: dict[tuple[str, ...], str] = {}
    for forms in data["same_words"]:
        canonical = normalise(forms[0]).replace(" ", "")
        for form in forms:
            words = tuple(normalise(form).split())
            if 0 < len(words) <= _LONGEST_PHRASE:
                same[words] = canonical
    starts = frozenset(words[0] for words in same if len(words) > 1)
    return Vocabulary(frozenset(normalise(word) for word in data["stop_words"]), same, starts)


def terms(key: str) -> list[tuple[str, ...]]:
    """A normalised text's words as positions, stop words left out; each position holds its
    stored form first, then the words it was written with ("intelligence artificielle" is one
    position: ("ia", "intelligence", "artificielle")). Only stop words: they are kept."""
    words = key.split()
    known = vocabulary()
    if known.starts.isdisjoint(words):  # nearly always: word by word, as met before
        out = [known.positions.get(word) or known.position(word) for word in words]
        kept = [position for position in out if position[0] not in known.stop]
        return kept or out
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(words):
        width = 1
        if words[i] in known.starts:  # the rare word that may begin a form of several words
            width = next(
                (
                    w
                    for w in range(min(_LONGEST_PHRASE, len(words) - i), 1, -1)
                    if tuple(words[i : i + w]) in known.same
                ),
                1,
            )
        phrase = tuple(words[i : i + width])
        canonical = known.same.get(phrase)
        if canonical is None:
            out.append(phrase)
        else:
            out.append((canonical, *(w for w in phrase if w != canonical)))
        i += width
    kept = [position for position in out if position[0] not in known.stop]
    return kept or out


@lru_cache(maxsize=4096)  # asked for the same query word against every word that may match it
def tolerance(word: str) -> int:
    """Typos forgiven in a query word: none in short words or numbers, one from 5 letters, two from 9."""
    if any(ch.isdigit() for ch in word) or len(word) < ONE_TYPO:
        return 0
    return 1 if len(word) < TWO_TYPOS else 2


def word_cost(query: str, word: str, *, last: bool) -> tuple[int, bool] | None:
    """How a query word matches a name's word: (typos, whether only as a prefix), or None.

    The last query word may be the start of a word: the person may still be typing it.
    """
    if query == word:
        return (0, False)
    allowed = tolerance(query)
    best: tuple[int, bool] | None = None
    if allowed:
        typos = OSA.distance(query, word, score_cutoff=allowed)
        if typos <= allowed:
            best = (typos, False)
    if last and len(word) > len(query):
        if word.startswith(query):
            return (0, True)
        if allowed and best is None:
            size = len(query)
            typos = min(
                OSA.distance(query, word[:length], score_cutoff=allowed)
                for length in range(size - allowed, size + allowed + 1)
            )
            if typos <= allowed:
                best = (typos, True)
    return best


def word_costs(query: str, words: Sequence[str], *, last: bool) -> list[tuple[int, bool] | None]:
    """``word_cost`` for many words at once (a query word's typo candidates): the same answers,
    with the edit distances worked out by rapidfuzz in one call per length compared."""
    allowed = tolerance(query)
    if not allowed or not words:
        return [word_cost(query, word, last=last) for word in words]
    size = len(query)
    whole = process.cdist([query], words, scorer=OSA.distance, score_cutoff=allowed)[0].tolist()
    starts = [allowed + 1] * len(words)  # the fewest typos of any start of each word near the query's length
    if last:
        for length in range(size - allowed, size + allowed + 1):
            cut = [word[:length] for word in words]
            row = process.cdist([query], cut, scorer=OSA.distance, score_cutoff=allowed)[0].tolist()
            starts = list(map(min, starts, row))
    costs: list[tuple[int, bool] | None] = []
    for word, typos, start in zip(words, whole, starts, strict=True):
        best = (0, False) if word == query else (typos, False) if typos <= allowed else None
        if last and best != (0, False) and len(word) > size:
            if word.startswith(query):
                best = (0, True)
            elif best is None and start <= allowed:
                best = (start, True)
        costs.append(best)
    return costs
