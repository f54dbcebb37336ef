"""The search index: which entries to rank for a query, found without reading every name.

Each query word is looked up among the distinct words of the names (exactly, as the start of a
word, and with typos among the words sharing most of its trigrams); numpy then counts, for every
entry filed under those words, how many query words it has and how well, and only the best few
hundred are ranked by the rules in ``ranking``. Updates change one entry in place.
"""

from __future__ import annotations

import threading
from array import array
from bisect import bisect_left, insort
from collections.abc import Iterable, Sequence
from itertools import count

import numpy as np

from sommet.errors import UserError
from sommet.search.postings import Postings, gram_pairs, grams, sorted_distinct
from sommet.search.ranking import (
    CHOICES,
    MAX_QUERY,
    Cost,
    Match,
    Query,
    Resolution,
    decide,
    entry_words,
    order,
    scorer,
)
from sommet.search.words import tolerance, word_cost
from sommet.store import IndexEntry, Owner

_RANKED = 200  # entries ranked by the rules per lookup at most, the best by the count of words they match
_PREFIXES = 200  # words a prefix stands for at most (the shortest first)
_TYPO_CANDIDATES = 400  # words sharing most trigrams with a query word, checked for typos
_POSTINGS = 400_000  # entries counted per query word at most (a one-letter prefix)


class SearchIndex:
    """Every name, alias and facet word of every entry view, for ranking lookups and autocomplete."""

    def __init__(self) -> None:
        self._lock = threading.RLock()
        # An entry has one or more views (the shared one, and those of servers that edited it);
        # the tables file each view under its own slot number.
        self._slots: dict[tuple[Owner, int], tuple[int, ...]] = {}
        self._views: dict[int, IndexEntry] = {}
        self._numbers = count()
        self._size = 0
        self._tables: dict[str, _Table] = {"event": _Table(), "actor": _Table()}
        self._replay: list[tuple[Owner, int, tuple[IndexEntry, ...]]] | None = None

    def build(self, entries: Iterable[IndexEntry]) -> None:
        """Index every entry anew; safe to run in a thread while lookups and updates go on.

        Lookups see the old index until the new one is ready; updates made meanwhile are applied
        to both, so none is lost whichever the store read first.
        """
        with self._lock:
            self._replay = []
        try:
            slots: dict[tuple[Owner, int], tuple[int, ...]] = {}
            views: dict[int, IndexEntry] = {}
            tables = {"event": _Table(), "actor": _Table()}
            for entry in entries:
                slot = next(self._numbers)
                key = (entry.owner, entry.id)
                slots[key] = (*slots.get(key, ()), slot)
                views[slot] = entry
                tables[entry.owner].add(entry, slot)
            for table in tables.values():
                table.freeze()
        finally:
            with self._lock:
                replay, self._replay = self._replay or [], None
        with self._lock:
            self._slots, self._views, self._tables = slots, views, tables
            for owner, entry_id, entry_views in replay:
                self._apply(owner, entry_id, entry_views)

    def update(self, owner: Owner, entry_id: int, views: Sequence[IndexEntry]) -> None:
        """Replace one entry's views, or drop the entry when it has none left."""
        with self._lock:
            if self._replay is not None:
                self._replay.append((owner, entry_id, tuple(views)))
            self._apply(owner, entry_id, tuple(views))

    def _apply(self, owner: Owner, entry_id: int, views: tuple[IndexEntry, ...]) -> None:
        for slot in self._slots.pop((owner, entry_id), ()):
            del self._views[slot]  # its postings stay, and are skipped
        if views:
            slots = tuple(next(self._numbers) for _ in views)
            self._slots[(owner, entry_id)] = slots
            for slot, view in zip(slots, views, strict=True):
                self._views[slot] = view
                self._tables[owner].add(view, slot)

    def __len__(self) -> int:
        return len(self._slots)

    def rank(self, query: str, *, owner: Owner, guild_id: int | None, limit: int = CHOICES) -> list[Match]:
        """The best entries for a query, one row per entry, best first."""
        parsed = Query.parse(query)
        return [] if parsed is None else self._rank(parsed, owner, guild_id, limit)

    def _rank(self, query: Query, owner: Owner, guild_id: int | None, limit: int) -> list[Match]:
        with self._lock:
            table = self._tables[owner]
            last = len(query.words) - 1
            costs = [table.variants(forms, last=i == last) for i, forms in enumerate(query.words)]
            unlisted = [form for form in query.words[last] if table.completions(form) > _PREFIXES]
            verdict = scorer(query, costs, unlisted=unlisted)
            scored = []
            for slot in table.candidates(costs, next(self._numbers), limit):
                view = self._views.get(slot)
                if view is not None and view.visible_to(guild_id):
                    found = verdict(view)
                    if found is not None:
                        scored.append((view, *found))
            return order(query, scored, limit)

    def resolve(self, query: str, *, owner: Owner, guild_id: int | None) -> Resolution:
        """Open one entry, or ask which one when the best are truly tied, or offer the closest names."""
        if len(query) > MAX_QUERY:
            raise UserError("lookup.too_long", length=len(query), limit=MAX_QUERY)
        parsed = Query.parse(query)
        if parsed is None:
            raise UserError("lookup.empty")
        return decide(parsed, self._rank(parsed, owner, guild_id, CHOICES))


class _Table:
    """One owner's words: each distinct word once, with the slots filed under it and its trigrams."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []
        self.alphabetical: list[str] = []  # sorted once frozen, for prefixes
        self.slots = Postings()  # word number: slots
        self.grams = Postings()  # trigram: word numbers
        self.pending: tuple[array[int], array[int]] = (array("q"), array("q"))
        self.shortest = array("b")  # slot: how many words its shortest name has (at most 100)
        self.frozen = False

    def add(self, entry: IndexEntry, slot: int) -> None:
        words, shortest = entry_words(entry)
        if len(self.shortest) <= slot:
            self.shortest.frombytes(bytes(slot + 1 - len(self.shortest)))
        self.shortest[slot] = min(shortest, 100)
        for word in words:
            number = self.ids.get(word)
            if number is None:
                number = self._number(word)
            if self.frozen:
                self.slots.add(number, slot)
            else:
                self.pending[0].append(number)
                self.pending[1].append(slot)

    def _number(self, word: str) -> int:
        number = len(self.words)
        self.ids[word] = number
        self.words.append(word)
        if self.frozen:
            insort(self.alphabetical, word)
            for code in grams(f" {word} "):
                self.grams.add(code, number)
        else:
            self.alphabetical.append(word)
        return number

    def freeze(self) -> None:
        """File what ``add`` gathered, all at once; later additions are filed one by one."""
        self.alphabetical.sort()
        words, slots = (np.frombuffer(column, dtype=np.int64) for column in self.pending)
        self.slots.freeze(words, slots)
        self.grams.freeze(*gram_pairs(self.words))
        self.pending = (array("q"), array("q"))
        self.frozen = True

    def variants(self, forms: tuple[str, ...], *, last: bool) -> dict[str, Cost]:
        """The indexed words a query word (in any of its forms) matches, and how."""
        found: dict[str, Cost] = {}
        for form in forms:
            for word, cost in self._variants(form, last=last).items():
                if word not in found or cost < found[word]:
                    found[word] = cost
        return found

    def _variants(self, query: str, *, last: bool) -> dict[str, Cost]:
        """The indexed words one form matches: itself, words it starts (when it is the last), and
        words within its typo allowance among those sharing most of its trigrams."""
        found: dict[str, Cost] = {}
        if query in self.ids:
            found[query] = (0, False)
        if last:
            start = bisect_left(self.alphabetical, query)
            taken = self.alphabetical[start : start + _PREFIXES * 4]
            longer = [word for word in taken if word.startswith(query) and word != query]
            for word in sorted(longer, key=len)[:_PREFIXES]:
                found[word] = (0, True)
        if tolerance(query):
            for number in self._sharing_grams(query, last=last):
                word = self.words[number]
                if word not in found:
                    cost = word_cost(query, word, last=last)
                    if cost is not None:
                        found[word] = cost
        return found

    def completions(self, prefix: str) -> int:
        """How many indexed words start with ``prefix`` (itself included), counted up to _PREFIXES + 1."""
        start = bisect_left(self.alphabetical, prefix)
        taken = self.alphabetical[start : start + _PREFIXES + 1]
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
            return sorted_distinct(hits).tolist()
        counts = np.bincount(hits)
        numbers = np.flatnonzero(counts)
        if len(numbers) > _TYPO_CANDIDATES:
            numbers = numbers[np.argpartition(counts[numbers], -_TYPO_CANDIDATES)[-_TYPO_CANDIDATES:]]
        return numbers.tolist()

    def candidates(self, costs: list[dict[str, Cost]], size: int, limit: int) -> list[int]:
        """The slots to rank, best first: those matching the most query words, with the fewest
        typos and the shortest names; past those that match as many words as the best, only
        enough to fill ``limit``.

        Each query word adds 1000 to every slot filed under one of its words, plus up to 8 for how
        well (fewer typos, a whole word), counted in numpy over dense arrays of every slot; a name
        of fewer words adds up to 15 once.
        """
        total = np.zeros(size, dtype=np.int32)
        quality = np.zeros(size, dtype=np.int16)
        for variants in costs:
            chosen: list[tuple[int, np.ndarray]] = []
            counted = 0
            for word, (typos, prefix) in sorted(variants.items(), key=lambda item: item[1]):
                if counted > _POSTINGS:
                    break
                for part in self.slots.get(self.ids[word]):
                    chosen.append((8 - 2 * typos - prefix, part))
                    counted += len(part)
            for value, part in reversed(chosen):  # the best last, so that it stays
                quality[part] = value
            touched = [part for _, part in chosen]
            if touched:
                slots = np.concatenate(touched)
                total[slots] += 1000 + quality[slots]
                quality[slots] = 0
        found = np.flatnonzero(total)
        shortest = np.frombuffer(self.shortest, dtype=np.int8)
        total[found] += 15 - np.minimum(shortest[found], 15)
        if len(found) > _RANKED:
            found = found[np.argpartition(total[found], -_RANKED)[-_RANKED:]]
        found = found[np.argsort(-total[found], kind="stable")]
        words = total[found] // 1000
        leaders = int(np.count_nonzero(words == words[0])) if len(found) else 0
        return found[: max(leaders, limit)].tolist()
