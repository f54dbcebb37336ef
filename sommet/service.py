"""The core's front door: the store with its search index kept in step, and the lookups cogs ask for."""

from __future__ import annotations

import logging
import os
import re
import threading
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sommet.errors import UserError
from sommet.knowledge import load_file
from sommet.models import Actor, Event, Participation, Source
from sommet.search import CHOICES, EXACT, MAX_QUERY, Match, Resolution, SearchIndex
from sommet.search.saved import path_for as index_file
from sommet.store import Owner, Store

DEFAULT_DB = Path(__file__).resolve().parent.parent / "data" / "sommet.db"
LIST_LIMIT = 250  # events a list command shows (25 pages); more is a sign to narrow the question
STALE_AFTER = timedelta(days=365)  # an undated announcement no source repeated for this long lapses
BUILD_AT_ONCE = 20_000  # entries up to which start-up builds the search index before answering
log = logging.getLogger("sommet.service")
_ID_QUERY = re.compile(r"^id:(\d{1,18})$")


def default_db_path() -> Path:
    """``SOMMET_DB`` when set, else ``data/sommet.db`` beside the code."""
    return Path(os.environ.get("SOMMET_DB") or DEFAULT_DB)


@dataclass(frozen=True)
class EventCard:
    """Everything the /event answer shows."""

    event: Event
    parent: Event | None
    children: list[Event]
    participants: list[Participation]
    sources: list[Source]


@dataclass(frozen=True)
class ActorCard:
    """Everything the /actor answer shows."""

    actor: Actor
    participations: list[Participation]
    sources: list[Source]


class Sommet:
    """The store and its search index, kept in step on every committed change."""

    def __init__(self, store: Store, *, index: bool = True) -> None:
        self.store = store
        self.index = SearchIndex()
        self.index_ready = threading.Event()
        store.subscribe(self._reindex)
        if index:
            self.build_index()

    @classmethod
    def open(cls, db_path: str | Path | None = None, *, memory: bool = False, index: bool = True) -> Sommet:
        """Open the database (creating it from the shipped knowledge on first start).

        ``index=False`` leaves the search index empty until ``build_index``, which takes seconds
        at a million names: the bot builds it in a thread rather than while the event loop waits.
        """
        store = Store.open(None if memory else (db_path or default_db_path()))
        load_file(store)
        return cls(store, index=index)

    def build_index(self) -> None:
        """Index every entry's names from the store; changes made meanwhile are not lost. For a
        database file, the index saved beside it is loaded instead when it was made from the same
        entries (and saved when it was not)."""
        started = time.perf_counter()
        db = self.store.file_path()
        self.index.build(self.store.index_entries(), saved=None if db is None else index_file(db))
        log.info("Search index: %d entries in %.1f s", len(self.index), time.perf_counter() - started)
        self.index_ready.set()  # last: whoever waits for it may end right after

    def start_index(self) -> None:
        """Build the search index: at once for a small store, in a background thread for a large
        one so that the bot answers from its first second; until the index is ready, lookups find
        exact names and aliases only."""
        counts = self.store.counts()
        if counts["events"] + counts["actors"] <= BUILD_AT_ONCE:
            self.build_index()
        else:
            threading.Thread(target=self.build_index, name="search-index", daemon=True).start()

    def close(self) -> None:
        self.store.close()

    def _reindex(self, owner: Owner, entry_id: int) -> None:
        self.index.update(owner, entry_id, self.store.index_views(owner, entry_id))

    # ------------------------------------------------------------------ lookup

    def suggest(self, owner: Owner, query: str, *, guild_id: int | None) -> list[Match]:
        """Autocomplete: at most 25 entries for what has been typed so far."""
        if not query.strip():
            return self._first_entries(owner, guild_id)
        if not self.index_ready.is_set():
            return self._named(owner, query[:MAX_QUERY], guild_id)
        return self.index.rank(query[:MAX_QUERY], owner=owner, guild_id=guild_id, limit=CHOICES)

    def _named(self, owner: Owner, query: str, guild_id: int | None) -> list[Match]:
        rows = self.store.named(owner, query, guild_id=guild_id)
        return [Match(owner, entry_id, name, query, EXACT, 1) for entry_id, name in rows[:CHOICES]]

    def _first_entries(self, owner: Owner, guild_id: int | None) -> list[Match]:
        rows = self.store.first_entries(owner, guild_id=guild_id, limit=CHOICES)
        return [Match(owner, entry_id, name, name, 0) for entry_id, name in rows]

    def resolve(self, owner: Owner, query: str, *, guild_id: int | None) -> Resolution:
        """One entry for a query, taking ``id:N`` (what autocomplete sends) at its word."""
        picked = _ID_QUERY.match(query.strip())
        if picked:
            entry = self._get(owner, int(picked.group(1)), guild_id)
            if entry is not None:
                return Resolution(Match(owner, entry.id, entry.name, entry.name, EXACT))
        if not self.index_ready.is_set():
            return self._resolve_named(owner, query, guild_id)
        return self.index.resolve(query, owner=owner, guild_id=guild_id)

    def _resolve_named(self, owner: Owner, query: str, guild_id: int | None) -> Resolution:
        """The narrower lookup while the index is being built: an exact name or alias, or a request to wait."""
        named = self._named(owner, query[:MAX_QUERY], guild_id)
        if not named:
            raise UserError("lookup.warming_up")
        return Resolution(named[0]) if len(named) == 1 else Resolution(None, choices=tuple(named))

    def pick(self, owner: Owner, query: str, *, guild_id: int | None) -> int:
        """The id of the one entry a query names; a UserError that says why when there is none."""
        resolution = self.resolve(owner, query, guild_id=guild_id)
        if resolution.match is not None:
            return resolution.match.id
        options = resolution.choices or resolution.suggestions
        names = ", ".join(m.name for m in options[:5])
        if resolution.choices:
            key = "lookup.several_events" if owner == "event" else "lookup.several_actors"
            raise UserError(key, query=query[:100], names=names)
        keys = {
            ("event", False): "lookup.no_event",
            ("event", True): "lookup.no_event_closest",
            ("actor", False): "lookup.no_actor",
            ("actor", True): "lookup.no_actor_closest",
        }
        raise UserError(keys[owner, bool(names)], query=query[:100], names=names)

    def _get(self, owner: Owner, entry_id: int, guild_id: int | None) -> Event | Actor | None:
        if owner == "event":
            return self.store.event(entry_id, guild_id=guild_id)
        return self.store.actor(entry_id, guild_id=guild_id)

    def event_card(self, event_id: int, *, guild_id: int | None) -> EventCard:
        event = self.store.event(event_id, guild_id=guild_id)
        if event is None:
            raise UserError("lookup.event_gone")
        parent = self.store.event(event.parent_id, guild_id=guild_id) if event.parent_id else None
        return EventCard(
            event=event,
            parent=parent,
            children=self.store.sub_events(event.id, guild_id=guild_id),
            participants=self.store.participants(event.id, guild_id=guild_id),
            sources=self.store.sources("event", event.id, guild_id=guild_id),
        )

    def actor_card(self, actor_id: int, *, guild_id: int | None) -> ActorCard:
        actor = self.store.actor(actor_id, guild_id=guild_id)
        if actor is None:
            raise UserError("lookup.actor_gone")
        return ActorCard(
            actor=actor,
            participations=self.store.participations(actor.id, guild_id=guild_id),
            sources=self.store.sources("actor", actor.id, guild_id=guild_id),
        )

    # ----------------------------------------------------------------- agendas

    def upcoming(
        self, *, today: date, days: int | None = None, kind: str | None = None, guild_id: int | None
    ) -> list[Event]:
        """Dated events ahead (or under way) within ``days`` of today, at most LIST_LIMIT of them."""
        until = today + timedelta(days=days) if days is not None else None
        return self.store.upcoming(today=today, until=until, kind=kind, guild_id=guild_id, limit=LIST_LIMIT)

    def to_be_announced(self, *, today: date, kind: str | None = None, guild_id: int | None) -> list[Event]:
        """Announced events without a date, but not those whose newest source is over a year old:
        an announcement nobody has repeated for a year has likely lapsed (``/event`` still finds it)."""
        events = self.store.undated_announced(kind=kind, guild_id=guild_id)
        newest = self.store.documents.newest_sources([event.id for event in events], guild_id=guild_id)
        cutoff = (today - STALE_AFTER).isoformat()
        return [event for event in events if newest.get(event.id, cutoff) >= cutoff]

    def latest_past(self, *, today: date, guild_id: int | None) -> Event | None:
        return self.store.latest_past(today=today, guild_id=guild_id)

    def timeline(
        self, *, today: date, year: int | None = None, actor_id: int | None = None, guild_id: int | None
    ) -> list[Event]:
        """Past events, oldest first, at most LIST_LIMIT of them."""
        return self.store.timeline(
            before=today, year=year, actor_id=actor_id, guild_id=guild_id, limit=LIST_LIMIT
        )

    def kinds(self, *, guild_id: int | None) -> list[str]:
        """The event kinds present, for the /upcoming kind filter."""
        return self.store.kinds(guild_id=guild_id)
