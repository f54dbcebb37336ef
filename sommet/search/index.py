"""The search index: which entries to rank for a query, found without reading every name.

Each query word is looked up among the distinct words of the names (exactly, as the start of a
word, and with typos among the words sharing most of its trigrams); numpy then counts, for every
name filed under those words, how many query words it has and how well, which gives a ceiling on
how the rules in ``ranking`` can rank it. Names are ranked by the rules best ceiling first, and
the lookup stops when no ceiling left can beat the last entry kept: the result is the rules' own
(up to entries that tie under every rule), unless the ceilings tie by the thousand. Updates change
one entry in place.
"""

from __future__ import annotations

import gc
import heapq
import threading
from array import array
from bisect import bisect_left, insort
from collections.abc import Iterable, Iterator, Sequence
from itertools import count
from pathlib import Path

import numpy as np

from sommet.errors import UserError
from sommet.search import saved as saved_index
from sommet.search.postings import Postings, gram_pairs, grams, sorted_distinct
from sommet.search.ranking import (
    CHOICES,
    INITIALS,
    MAX_QUERY,
    Cost,
    Match,
    Query,
    Resolution,
    decide,
    order,
    scorer,
    split_entry,
)
from sommet.search.words import tolerance, word_cost
from sommet.store import IndexEntry, Owner

_PREFIXES = 200  # completions of the last word listed for the rules at most (the shortest first)
_TYPO_CANDIDATES = 400  # words sharing most trigrams with a query word, checked for typos
_RANKED = 1000  # names ranked by the rules per lookup at most (their ceilings tie past that)
_FIRST_CHUNK = 32  # names ranked by the rules before checking whether the rest can rank higher
_WORD, _TYPO = 100_000, 300  # a query word a name matches, and a typo in it, in the counts of ``bounds``


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

    def build(self, entries: Iterable[IndexEntry], *, saved: Path | None = None) -> None:
        """Index every entry anew; safe to run in a thread while lookups and updates go on.

        Lookups see the old index until the new one is ready; updates made meanwhile are applied
        to both, so none is lost whichever the store read first. With ``saved``, the index is
        loaded from that file when it was made from the same entries, and saved there otherwise.
        """
        with self._lock:
            self._replay = []
        collecting = gc.isenabled()
        # Millions of small tuples that all live on: the cyclic collector would walk them again
        # and again for nothing (a third of the build at 300,000 names).
        gc.disable()
        try:
            read = list(entries)
            slots: dict[tuple[Owner, int], tuple[int, ...]] = {}
            views: dict[int, IndexEntry] = {}
            numbers = np.fromiter((next(self._numbers) for _ in read), dtype=np.int64, count=len(read))
            for entry, slot in zip(read, numbers.tolist(), strict=True):
                key = (entry.owner, entry.id)
                slots[key] = (*slots.get(key, ()), slot)
                views[slot] = entry
            tables = {"event": _Table(), "actor": _Table()}
            made_from = saved_index.key(read) if saved is not None else b""
            if saved is None or not saved_index.load(saved, made_from, numbers, tables):
                tables = {"event": _Table(), "actor": _Table()}
                for slot, entry in views.items():
                    tables[entry.owner].add(entry, slot)
                for table in tables.values():
                    table.freeze()
                if saved is not None:
                    saved_index.save(saved, made_from, numbers, tables)
        finally:
            if collecting:
                gc.enable()
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
            scored: list[tuple[IndexEntry, tuple, str]] = []
            seen: set[int] = set()
            # Each entry's best key so far, parenthood left out (it depends on the others ranked):
            # never above its key in ``order``, so the limit-th of these is a safe place to stop.
            best: dict[int, tuple] = {}
            floor: tuple | None = None
            recount = 0  # how many verdicts before the floor is worked out again
            for units, ceilings in table.bounds(query.words, costs):
                for unit, ceiling in zip(units, ceilings, strict=True):
                    if floor is not None and ceiling <= floor:
                        return order(query, scored, limit)  # no name left can beat the last kept
                    if unit in seen:
                        continue
                    if len(seen) >= _RANKED:
                        return order(query, scored, limit)  # ceilings that tie by the thousand
                    seen.add(unit)
                    view = self._views.get(table.slot[unit])
                    if view is None or not view.visible_to(guild_id):
                        continue
                    found = verdict(view, table.name[unit])
                    if found is None:
                        continue
                    scored.append((view, *found))
                    key = (*found[0], False, view.prominence)
                    if key > best.get(view.id, ()):
                        best[view.id] = key
                    if len(best) >= limit and len(scored) >= recount:
                        floor = heapq.nlargest(limit, best.values())[-1]
                        recount = len(scored) + 8
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
    """One owner's words: each distinct word once, the names filed under it, and its trigrams.

    Each name of each slot is filed apart, with the words of the slot's place, dates and
    description, so that what bounds how well it ranks (how many words it has, main name or
    alias) is known before the rules run. Once frozen, the words are numbered in alphabetical
    order, so that the names holding any word that starts with a prefix are one slice of the
    postings; words first seen after that are numbered on and filed apart."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.words: list[str] = []
        self.alphabetical: list[str] = []  # every word, sorted once frozen, for listing completions
        self.frozen_words = 0  # words numbered in alphabetical order
        self.names = Postings()  # word number: names
        self.initials = Postings()  # word number: names of initials (matched only exactly)
        self.grams = Postings()  # trigram: word numbers
        self.pending: tuple[array[int], array[int]] = (array("q"), array("q"))
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
            if name.kind == INITIALS:  # one word, matched only exactly: filed apart
                postings, pending, words = self.initials, self.pending_initials, name.positions[0]
            else:
                postings, pending = self.names, self.pending
                words = {word for position in name.positions for word in position}
                words.update(split.extras)
            for word in words:
                word_number = ids.get(word)
                if word_number is None:
                    word_number = self._number(word)
                if self.frozen:
                    postings.add(word_number, unit)
                else:
                    pending[0].append(word_number)
                    pending[1].append(unit)

    def _number(self, word: str) -> int:
        number = len(self.words)
        self.ids[word] = number
        self.words.append(word)
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
        self.words = [self.words[number] for number in order]
        self.ids = {word: number for number, word in enumerate(self.words)}
        self.alphabetical = list(self.words)
        self.frozen_words = len(self.words)
        for postings, pending in ((self.names, self.pending), (self.initials, self.pending_initials)):
            words, units = (np.frombuffer(column, dtype=np.int64) for column in pending)
            postings.freeze(renumber[words] if len(words) else words, units)
        self.pending_initials = (array("q"), array("q"))
        self.grams.freeze(*gram_pairs(self.words))
        self.pending = (array("q"), array("q"))
        if self.parents:
            self._mark_parents(self.parents)
        self.frozen = True

    def restore(self, words: list[str]) -> None:
        """Take up the words of a table saved frozen (``saved``), its postings and columns filled in."""
        self.words = words
        self.ids = {word: number for number, word in enumerate(words)}
        self.alphabetical = list(words)
        self.frozen_words = len(words)
        self.frozen = True

    def _mark_parents(self, entry_ids: Iterable[int]) -> None:
        """Flag the names of these entries as parents. The numpy views over the columns are let go
        before returning: a column that still exports its buffer cannot grow on the next add."""
        ids = np.fromiter(entry_ids, dtype=np.int64)
        units = np.flatnonzero(np.isin(np.frombuffer(self.entry, dtype=np.int64), ids))
        for unit in units.tolist():
            self.parent[unit] = 1

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
        shortest _PREFIXES of them), and words within its typo allowance among those sharing most
        of its trigrams."""
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

    def _completed(self, prefix: str) -> list[np.ndarray]:
        """The names filed under every word that starts with ``prefix``: one slice of the frozen
        postings, and those filed since."""
        low = bisect_left(self.words, prefix, 0, self.frozen_words)
        high = bisect_left(self.words, prefix[:-1] + chr(ord(prefix[-1]) + 1), low, self.frozen_words)
        parts = [self.names.between(low, high)] if high > low else []
        for number, later in self.names.later.items():
            if self.words[number].startswith(prefix):
                parts.append(np.frombuffer(later, dtype=np.int32))
        return parts

    def bounds(
        self, words: tuple[tuple[str, ...], ...], costs: list[dict[str, Cost]]
    ) -> Iterator[tuple[list[int], list[tuple]]]:
        """(names, ceilings) of every name holding a word that matches a query word, in growing
        chunks, best first by its ceiling: a key that the rules never rank the name above.

        The ceiling counts, for each query word, the best way any word of the name (or of the
        slot's place, dates and description) matches it, every completion of the last word
        included, listed or not: that bounds how many words the rules match, then their typos and
        prefixes; the name is whole only with as many words matched as it has, and leaves over at
        least the rest; distance and extras are taken at their best, the kind of name,
        parenthood and prominence as they are.
        """
        size = len(self.slot)
        total = np.zeros(size, dtype=np.int32)
        quality = np.zeros(size, dtype=np.int32)
        last = len(costs) - 1
        for i, variants in enumerate(costs):
            chosen: list[tuple[int, np.ndarray]] = []
            if i == last:  # every completion, those not listed too: the costliest way, so first
                chosen += [(_WORD - 1, part) for form in words[last] for part in self._completed(form)]
            for word, (typos, prefix) in sorted(variants.items(), key=lambda item: item[1], reverse=True):
                for part in self.names.get(self.ids[word]):
                    chosen.append((_WORD - _TYPO * typos - prefix, part))
                if (typos, prefix) == (0, False):
                    chosen += [(_WORD, part) for part in self.initials.get(self.ids[word])]
            for value, part in chosen:  # the best last, so that it stays
                quality[part] = value
            if chosen:
                units = np.concatenate([part for _, part in chosen])
                total[units] += quality[units]
                quality[units] = 0
        found = np.flatnonzero(total)
        if not len(found):
            return
        score = total[found]
        matched = (score + _WORD - 1) // _WORD
        typos, prefixes = np.divmod(matched * _WORD - score, _TYPO)
        size_ = np.frombuffer(self.size, dtype=np.int8)[found].astype(np.int64)
        whole = (size_ <= matched) & (matched == len(costs))
        leftover = np.maximum(size_ - matched, 0)
        kind = np.frombuffer(self.kind, dtype=np.int8)[found].astype(np.int64)
        parent = np.frombuffer(self.parent, dtype=np.int8)[found].astype(np.int64)
        prominence = np.frombuffer(self.prominence, dtype=np.int8)[found].astype(np.int64)
        packed = matched.astype(np.int64)
        for value, width in (
            (511 - typos, 512),
            (whole, 2),
            (511 - prefixes, 512),
            (127 - np.minimum(leftover, 127), 128),
            (kind, 4),
            (parent, 2),
            (prominence + 128, 256),
        ):
            packed = packed * width + value
        columns = (matched, typos, whole, prefixes, leftover, kind, parent, prominence)
        end = _FIRST_CHUNK
        while True:
            # The best ``end`` names in order (earlier chunks again: the caller skips slots seen).
            taken = np.argpartition(-packed, end - 1)[:end] if end < len(found) else np.arange(len(found))
            taken = taken[np.argsort(-packed[taken], kind="stable")]
            ceilings = [
                (m, -t, 0, bool(w), -p, -r, 0, k, bool(a), b)
                for m, t, w, p, r, k, a, b in zip(
                    *(column[taken].tolist() for column in columns), strict=True
                )
            ]
            yield found[taken].tolist(), ceilings
            if end >= len(found):
                return
            end *= 4
