"""The search index: which entries to rank for a query, found without reading every name.

Each query word is looked up among the distinct words of the names (exactly, as the start of a
word, and with typos among the words sharing most of its trigrams); numpy then counts, for every
name filed under those words, how many query words it has and how well, and where they sit in the
name, which gives a ceiling on how the rules in ``ranking`` can rank it (``ceilings``), most often
the rules' own verdict. Names are ranked by the rules best ceiling first, and
the lookup stops when no ceiling left can beat the last entry kept: the result is the rules' own
(up to entries that tie under every rule), unless the ceilings tie by the thousand. Updates change
one entry in place.
"""

from __future__ import annotations

import gc
import heapq
import threading
from collections.abc import Iterable, Sequence
from itertools import count
from pathlib import Path

import numpy as np

from sommet.errors import UserError
from sommet.search import saved as saved_index
from sommet.search.ranking import (
    CHOICES,
    MAX_QUERY,
    Match,
    Query,
    Resolution,
    decide,
    order,
    scorer,
)
from sommet.search.table import PREFIXES, Table
from sommet.store import IndexEntry, Owner

_RANKED = 1000  # names ranked by the rules per lookup at most (their ceilings tie past that)


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
        self._tables: dict[str, Table] = {"event": Table(), "actor": Table()}
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
            tables = {"event": Table(), "actor": Table()}
            made_from = saved_index.key(read) if saved is not None else b""
            if saved is None or not saved_index.load(saved, made_from, numbers, tables):
                tables = {"event": Table(), "actor": Table()}
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
            unlisted = [form for form in query.words[last] if table.completions(form) > PREFIXES]
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
