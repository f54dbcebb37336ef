"""One owner's words and names, filed for lookups: postings, trigrams, and the rows of each name."""

from __future__ import annotations

from array import array
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator
from operator import itemgetter

import numpy as np

from sommet.search.ceilings import (
    TYPO,
    WORD,
    Rows,
    Scoring,
    after_the_others,
    best_first,
    completing_only,
    standing,
    word_places,
)
from sommet.search.postings import Postings, gram_pairs, grams, sorted_distinct
from sommet.search.ranking import INITIALS, Cost, split_entry
from sommet.search.words import tolerance, word_costs
from sommet.store import IndexEntry

PREFIXES = 200  # completions of the last word listed for the rules at most (the shortest first)
_TYPO_CANDIDATES = 400  # words sharing most trigrams with a query word, checked for typos
_FIRST_CHUNK = 32  # names ranked by the rules before checking whether the rest can rank higher
_NONE = np.empty(0, dtype=np.int32)
_GROUP = 16_384  # names whose ceilings are worked out together at least (see ``_ranked``)


class Table:
    """One owner's words: each distinct word once, the names filed under it, and its trigrams.

    Each name of each slot is filed apart, with the words of the slot's place, dates and
    description, so that what bounds how well it ranks (how many words it has, main name or
    alias) is known before the rules run. Once frozen, the words are numbered in alphabetical
    order, so that the names holding any word that starts with a prefix are one slice of the
    postings; words first seen after that are numbered on and filed apart."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []
        self.lengths = array("i")  # of each word, to skip at once the typo candidates too long or short
        self.alphabetical: list[str] = []  # every word, sorted once frozen, for listing completions
        self.frozen_words = 0  # words numbered in alphabetical order
        self.names = Postings()  # word number: names
        self.initials = Postings()  # word number: names of initials (matched only exactly)
        self.grams = Postings()  # trigram: word numbers
        self.pending: tuple[array[int], array[int], array[int]] = (array("q"), array("q"), array("q"))
        self.pending_initials: tuple[array[int], array[int]] = (array("q"), array("q"))
        # Per name: its slot and entry, how many words it has, its kind, its entry's prominence,
        # and whether that entry may be the parent of another (what the rules' ties look at).
        self.slot = array("q")
        self.name = array("i")  # which of the slot's names (in the order ``split_entry`` gives)
        self.entry = array("q")
        self.size = array("b")
        self.kind = array("b")
        self.prominence = array("b")
        self.parent = array("b")
        self.standing = array("i")  # the four above packed, for the names matched by a completion only
        self.shared = array("q")  # places that may answer several query words (see ``word_places``)
        self.rows = Rows(np.zeros(1, dtype=np.int64), *(np.empty(0, dtype=np.int64),) * 3)
        self.parents: set[int] = set()  # entries named as another's parent (never forgotten)
        self.frozen = False

    def add(self, entry: IndexEntry, slot: int) -> None:
        split = split_entry(entry)
        if entry.parent_id is not None and entry.parent_id not in self.parents:
            self.parents.add(entry.parent_id)
            if self.frozen:
                self._mark_parents([entry.parent_id])
        prominence = max(-100, min(entry.prominence, 100))
        parent = entry.id in self.parents
        ids = self.ids
        for number, name in enumerate(split.names):
            unit = len(self.slot)
            self.slot.append(slot)
            self.name.append(number)
            self.entry.append(entry.id)
            self.size.append(min(len(name.positions), 100))
            self.kind.append(name.kind)
            self.prominence.append(prominence)
            self.parent.append(parent)
            self.standing.append(standing(min(len(name.positions), 100), name.kind, parent, prominence))
            if name.kind == INITIALS:  # one word, matched only exactly: filed apart
                postings, pending = self.initials, self.pending_initials
                masks, shared = dict.fromkeys(name.positions[0], 1), 0
            else:
                postings, pending = self.names, self.pending
                masks, shared = word_places(name.positions, split.extras)
            self.shared.append(shared)
            for word, mask in masks.items():
                word_number = ids.get(word)
                if word_number is None:
                    word_number = self._number(word)
                if self.frozen:
                    postings.add(word_number, unit)
                else:
                    pending[0].append(word_number)
                    pending[1].append(unit)
                    if name.kind != INITIALS:
                        pending[2].append(mask)

    def _number(self, word: str) -> int:
        number = len(self.words)
        self.ids[word] = number
        self.words.append(word)
        self.lengths.append(len(word))
        if self.frozen:
            insort(self.alphabetical, word)
            for code in grams(f" {word} "):
                self.grams.add(code, number)
        return number

    def freeze(self) -> None:
        """File what ``add`` gathered, all at once, the words renumbered in alphabetical order;
        later additions are filed one by one."""
        order = sorted(range(len(self.words)), key=self.words.__getitem__)
        renumber = np.empty(len(order), dtype=np.int64)
        renumber[order] = np.arange(len(order), dtype=np.int64)
        self._take_words([self.words[number] for number in order])
        for postings, pending in ((self.names, self.pending), (self.initials, self.pending_initials)):
            words, units = (np.frombuffer(column, dtype=np.int64) for column in pending[:2])
            postings.freeze(renumber[words] if len(words) else words, units)
        self._file_rows(renumber)
        self.pending_initials = (array("q"), array("q"))
        self.grams.freeze(*gram_pairs(self.words))
        self.pending = (array("q"), array("q"), array("q"))
        if self.parents:
            self._mark_parents(self.parents)
        self.frozen = True

    def restore(self, words: list[str], rows: Rows) -> None:
        """Take up the words and rows of a table saved frozen (``saved``), its postings and
        columns filled in."""
        self._take_words(words)
        self.rows = rows
        self.frozen = True

    def _take_words(self, words: list[str]) -> None:
        """Number these words, sorted, as the build does: what ``freeze`` and ``restore`` share."""
        self.words = words
        self.ids = {word: number for number, word in enumerate(words)}
        self.alphabetical = list(words)
        self.lengths = array("i", map(len, words))
        self.frozen_words = len(words)

    def _file_rows(self, renumber: np.ndarray) -> None:
        """Each name's words with their places, in name order (as ``add`` gathered them)."""
        words, units, masks = (np.frombuffer(column, dtype=np.int64) for column in self.pending)
        starts = np.searchsorted(units, np.arange(len(self.slot) + 1))
        numbers = renumber[words].astype(np.int32) if len(words) else words.astype(np.int32)
        shared = np.frombuffer(self.shared, dtype=np.int64).copy()
        self.rows = Rows(starts, numbers, masks.copy(), shared)

    def _mark_parents(self, entry_ids: Iterable[int]) -> None:
        """Flag the names of these entries as parents. The numpy views over the columns are let go
        before returning: a column that still exports its buffer cannot grow on the next add."""
        ids = np.fromiter(entry_ids, dtype=np.int64)
        units = np.flatnonzero(np.isin(np.frombuffer(self.entry, dtype=np.int64), ids))
        for unit in units.tolist():
            self.parent[unit] = 1
            self.standing[unit] = standing(self.size[unit], self.kind[unit], 1, self.prominence[unit])

    def variants(self, forms: tuple[str, ...], *, last: bool) -> dict[str, Cost]:
        """The indexed words a query word (in any of its forms) matches, and how."""
        found: dict[str, Cost] = {}
        for form in forms:
            for word, cost in self._variants(form, last=last).items():
                if word not in found or cost < found[word]:
                    found[word] = cost
        return found

    def _variants(self, query: str, *, last: bool) -> dict[str, Cost]:
        """The indexed words one form matches: itself, words it starts (when it is the last, the
        shortest PREFIXES of them), and words within its typo allowance among those sharing most
        of its trigrams."""
        found: dict[str, Cost] = {}
        if query in self.ids:
            found[query] = (0, False)
        if last:
            start = bisect_left(self.alphabetical, query)
            taken = self.alphabetical[start : start + PREFIXES * 4]
            longer = [word for word in taken if word.startswith(query) and word != query]
            for word in sorted(longer, key=len)[:PREFIXES]:
                found[word] = (0, True)
        if tolerance(query):
            near = [self.words[number] for number in self._sharing_grams(query, last=last)]
            near = [word for word in near if word not in found]
            for word, cost in zip(near, word_costs(query, near, last=last), strict=True):
                if cost is not None:
                    found[word] = cost
        return found

    def completions(self, prefix: str) -> int:
        """How many indexed words start with ``prefix`` (itself included), counted up to PREFIXES + 1."""
        start = bisect_left(self.alphabetical, prefix)
        taken = self.alphabetical[start : start + PREFIXES + 1]
        return sum(word.startswith(prefix) for word in taken)

    def _sharing_grams(self, query: str, *, last: bool) -> list[int]:
        """Numbers of the words sharing most trigrams with a query word (its end left open when it
        is the last word, which may be unfinished)."""
        parts = [
            part for code in grams(f" {query}" if last else f" {query} ") for part in self.grams.get(code)
        ]
        if not parts:
            return []
        hits = np.concatenate(parts)
        if len(hits) <= _TYPO_CANDIDATES:
            numbers = sorted_distinct(hits)
        else:
            counts = np.bincount(hits)
            numbers = np.flatnonzero(counts)
            if len(numbers) > _TYPO_CANDIDATES:
                numbers = numbers[np.argpartition(counts[numbers], -_TYPO_CANDIDATES)[-_TYPO_CANDIDATES:]]
        # Only words of a length within the typos allowed can match (longer ones too for the last
        # word, as a prefix): the others are dropped before ``word_costs`` is asked about them.
        lengths = np.frombuffer(self.lengths, dtype=np.int32)[numbers]
        near = lengths >= len(query) - tolerance(query)
        if not last:
            near &= lengths <= len(query) + tolerance(query)
        return numbers[near].tolist()

    def _later_completions(self, prefix: str) -> list[np.ndarray]:
        """The names filed since the build under words that start with ``prefix``."""
        return [
            np.frombuffer(later, dtype=np.int32)
            for number, later in self.names.later.items()
            if self.words[number].startswith(prefix)
        ]

    def bounds(
        self, words: tuple[tuple[str, ...], ...], costs: list[dict[str, Cost]]
    ) -> Iterator[tuple[list[int], list[tuple]]]:
        """(names, ceilings) of every name holding a word that matches a query word, in growing
        chunks, best first by its ceiling: a key that the rules never rank the name above.

        The loose ceiling counts, for each query word, the best way any word of the name (or of
        the slot's place, dates and description) matches it, every completion of the last word
        included, listed or not: that bounds how many words the rules match, then their typos and
        prefixes. ``best_first`` tightens it with where those words sit in the name.

        The completions of a short last word ("r": every word starting with r) can be held by
        most names. When there are more than are listed, only the names that hold some other match
        are counted in full; those holding nothing but a completion all have one ceiling but for
        their size, kind, parent and prominence, so they are handed out in that order
        (``completing_only``) once the others have come down to one query word matched.
        """
        last = len(costs) - 1
        # Forms with no more completions than are listed: the variants hold them all.
        unlisted = tuple(form for form in words[last] if self.completions(form) > PREFIXES)
        spans = [self._span(form) for form in unlisted]
        chosen = [
            self._chosen(variants, *((unlisted, spans) if i == last else ((), [])))
            for i, variants in enumerate(costs)
        ]
        held = [self.names.between(low, high) for low, high in spans if high > low]
        total = self._scores(chosen, held)
        found = np.flatnonzero(total)
        scoring = self._scoring(words, costs)
        counted = self._ranked(found, total[found], scoring)
        if not held:
            yield from counted
            return

        def alone() -> Iterator[tuple[list[int], list[tuple]]]:
            units = np.concatenate(held)
            units = units[total[units] == 0]
            order = np.frombuffer(self.standing, dtype=np.int32)[units]
            return completing_only(units, order, self._columns, words=len(costs), first=_FIRST_CHUNK)

        yield from after_the_others(counted, alone)

    def _chosen(
        self, variants: dict[str, Cost], completing: tuple[str, ...], spans: list[tuple[int, int]]
    ) -> list[tuple[int, np.ndarray]]:
        """(score, names) for every word a query word matches, the best last. For the last word
        (whose forms are ``completing``), the words filed at the build within ``spans`` are left to
        the completions (``_scores``) unless they match exactly; those filed since are listed."""
        chosen = [(WORD - 1, part) for form in completing for part in self._later_completions(form)]
        for word, (typos, prefix) in variants.items():
            value, number = WORD - TYPO * typos - prefix, self.ids[word]
            if value < WORD and any(low <= number < high for low, high in spans):
                continue  # a completion, which scores no less
            chosen += [(value, part) for part in self.names.get(number)]
            if value == WORD:
                chosen += [(WORD, part) for part in self.initials.get(number)]
        chosen.sort(key=itemgetter(0))
        return chosen

    def _scores(self, chosen: list[list[tuple[int, np.ndarray]]], held: list[np.ndarray]) -> np.ndarray:
        """Per name, the summed best scores of the query words it matches (0: none). The last
        word's completions filed at the build (``held``) count only for the names that match
        something else: the others are handed out apart."""
        total = np.zeros(len(self.slot), dtype=np.int32)
        quality = np.zeros(len(self.slot), dtype=np.int32)
        last = len(chosen) - 1
        for i, parts in enumerate(chosen):
            if i == last and held:
                completes = np.zeros(len(self.slot), dtype=bool)
                for part in held:
                    completes[part] = True
                others = np.concatenate([_NONE, *(part for listed in chosen for _, part in listed)])
                parts = sorted([(WORD - 1, others[completes[others]]), *parts], key=itemgetter(0))
            if len(parts) == 1:  # one word's names: each once, so added straight
                value, part = parts[0]
                total[part] += value
                continue
            for value, part in parts:  # the best last, so that it stays
                quality[part] = value
            if parts:
                units = np.concatenate([part for _, part in parts])
                total[units] += quality[units]
                quality[units] = 0
        return total

    def _columns(self, found: np.ndarray) -> dict[str, np.ndarray]:
        """What the ceilings read of each name found, besides the query: size, kind, parent and prominence."""
        return {
            key: np.frombuffer(column, dtype=np.int8)[found].astype(np.int64)
            for key, column in (
                ("size", self.size),
                ("kind", self.kind),
                ("parent", self.parent),
                ("prominence", self.prominence),
            )
        }

    def _ranked(
        self, found: np.ndarray, score: np.ndarray, scoring: Scoring
    ) -> Iterator[tuple[list[int], list[tuple]]]:
        """The names found, best ceiling first, a group of numbers of query words matched at a
        time: a name matching more words ranks above every name matching fewer, so the many names
        matching few words are only looked at when the caller has not stopped before them (it
        most often has). Numbers matched by few names are taken together, as each group costs
        some work however small; one matched by many stays on its own."""
        if not len(found):
            return
        matched = (score + WORD - 1) // WORD
        counts = np.bincount(matched).tolist()
        groups: list[list[int]] = []  # numbers of words matched, taken together, most first
        taken = 0
        for level in range(len(counts) - 1, 0, -1):
            if not counts[level]:
                continue
            if not groups or taken + counts[level] > _GROUP:
                groups.append([])
                taken = 0
            groups[-1].append(level)
            taken += counts[level]
        for levels in groups:
            pick = np.flatnonzero((matched <= levels[0]) & (matched >= levels[-1]))
            typos, prefixes = np.divmod(matched[pick] * WORD - score[pick], TYPO)
            columns = {"matched": matched[pick].astype(np.int64), "typos": typos, "prefixes": prefixes}
            columns.update(self._columns(found[pick]))
            yield from best_first(found[pick], columns, self.rows, scoring, first=_FIRST_CHUNK)

    def _scoring(self, words: tuple[tuple[str, ...], ...], costs: list[dict[str, Cost]]) -> Scoring:
        """The query's costs as numpy lookups by word number, for ``best_first``."""
        numbers, values = [], []
        for variants in costs:
            pairs = sorted(
                (self.ids[word], WORD - TYPO * typos - prefix) for word, (typos, prefix) in variants.items()
            )
            numbers.append(np.array([number for number, _ in pairs], dtype=np.int64))
            values.append(np.array([value for _, value in pairs], dtype=np.int64))
        return Scoring(numbers, values, [self._span(form) for form in words[-1]])

    def _span(self, prefix: str) -> tuple[int, int]:
        """The numbers of the words filed at the build that start with ``prefix``, as a range."""
        low = bisect_left(self.words, prefix, 0, self.frozen_words)
        return low, bisect_left(self.words, prefix[:-1] + chr(ord(prefix[-1]) + 1), low, self.frozen_words)
