"""The knowledge store: the one module that knows the tables and writes SQL."""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from sqlite_utils import Database

from sommet.dates import PartialDate
from sommet.errors import DatabaseDamaged, DatabaseRefused, DatabaseTooNew, StoreBusy
from sommet.migrations import known_steps, migrations
from sommet.models import Actor, Alias, AuditRecord, Event, Location, Participation, Source
from sommet.reminders import (
    DEFAULT_OFFSETS,
    Changes,
    Delivery,
    Due,
    Offset,
    ReminderSettings,
    Servers,
    parse_offsets,
)

if TYPE_CHECKING:
    from sommet.store_documents import Documents
    from sommet.store_feeds import Feeds

Owner = Literal["event", "actor"]
ChangeListener = Callable[[Owner, int], None]

HiddenKind = Literal["event", "actor", "event_alias", "actor_alias", "link"]

NO_LOCATION = Location()
# Columns an admin may change; an override that matches its shared row on all of them is dropped.
_EDITABLE = {
    "event": (
        "name",
        "kind",
        "start",
        "end",
        "start_min",
        "end_max",
        "start_time",
        "timezone",
        "venue",
        "city",
        "country",
        "parent_id",
        "status",
        "description",
        "url",
    ),
    "actor": ("name", "kind", "role", "description"),
}

log = logging.getLogger("sommet.store")


# ---------------------------------------------------------------- visibility
# The one rule for what a server sees (``:guild`` is its id; NULL outside servers sees shared rows):
# - shared rows (guild_id NULL) and its own rows, minus the rows it hid (table ``hidden``);
# - a row with ``overrides_id`` is one server's version of a shared entry: there it stands in for
#   the shared row, under the shared row's id, so aliases, links, sources and children still attach.
# Every read of entries, aliases and links goes through these two functions.


def _scoped(table: str, columns: Iterable[str]) -> str:
    """The entries of ``events`` or ``actors`` that ``:guild`` sees, as a subquery.

    Two arms joined by UNION ALL, so that SQLite pushes an outer ``WHERE id = ...`` (or a date
    bound) into each arm and answers through the primary key or an index instead of a scan:
    rows that override nothing, unless this server overrides them; and this server's overrides,
    under the id of the row they stand in for.
    """
    kind = table[:-1]
    listed = ", ".join(f't."{column}"' for column in columns)

    def not_hidden(row_id: str) -> str:
        return f"NOT EXISTS (SELECT 1 FROM hidden h WHERE h.guild_id = :guild AND h.kind = '{kind}' AND h.row_id = {row_id})"

    return (
        f"(SELECT t.id AS id, {listed} FROM {table} t "
        f"WHERE +t.overrides_id IS NULL AND (+t.guild_id = :guild OR (+t.guild_id IS NULL AND NOT EXISTS ("
        f"SELECT 1 FROM {table} o WHERE o.overrides_id = t.id AND o.guild_id = :guild))) "
        f"AND {not_hidden('t.id')} "
        f"UNION ALL SELECT t.overrides_id AS id, {listed} FROM {table} t "
        f"WHERE t.overrides_id IS NOT NULL AND t.guild_id = :guild AND {not_hidden('t.overrides_id')})"
    )


def _ordered(order: str, limit: int | None) -> str:
    """An ORDER BY clause, with a LIMIT when one is asked for."""
    return f" ORDER BY {order}" + (f" LIMIT {int(limit)}" if limit is not None else "")


def _row_visible(alias: str, kind: HiddenKind) -> str:
    """Whether ``:guild`` sees an alias or link row (shared or its own, and not hidden by it)."""
    return (
        f"(({alias}.guild_id IS NULL OR {alias}.guild_id = :guild) AND NOT EXISTS ("
        f"SELECT 1 FROM hidden h WHERE h.guild_id = :guild AND h.kind = '{kind}' AND h.row_id = {alias}.id))"
    )


def _document_visible(alias: str) -> str:
    """Whether ``:guild`` sees a document: shared ones, and the private ones of that server."""
    return f"(ifnull({alias}.private, 0) = 0 OR {alias}.guild_id IS :guild)"


# Entries in the order of an index on the table, for reads that stop at LIMIT: the guild filter is
# kept off the guild_id index (unary +) so that SQLite walks the ordering index instead of sorting.
_OWN_OR_SHARED_IN_ORDER = "(+guild_id IS NULL OR +guild_id = :guild)"


@dataclass(frozen=True)
class IndexEntry:
    """One view of an entry for the search index: its names, and which servers see this view.

    A view with ``guild_id`` is seen only there; a shared view (``guild_id`` None) is seen
    everywhere except in ``hidden_in``, the servers that see their own version or none.
    """

    owner: Owner
    id: int
    guild_id: int | None
    names: tuple[str, ...]
    hidden_in: frozenset[int] = field(default=frozenset())
    # What lookups match besides names (place, years, description or role), and what breaks ties.
    places: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    about: str = ""
    parent_id: int | None = None
    prominence: int = 0  # dated, sourced and linked entries rank before bare ones

    def visible_to(self, guild_id: int | None) -> bool:
        if self.guild_id is not None:
            return self.guild_id == guild_id
        return guild_id not in self.hidden_in

    def facets(self) -> tuple[str, ...]:
        """The texts other than names that a lookup may match: place, years, description."""
        return (*self.places, *(str(year) for year in self.years), self.about)


@dataclass(frozen=True)
class AliasRow:
    """An alias as stored, with the server it belongs to (None when shared)."""

    id: int
    entry_id: int
    alias: str
    lang: str | None
    guild_id: int | None


@dataclass(frozen=True)
class LinkRow:
    """A link as stored, with the server it belongs to (None when shared)."""

    id: int
    actor_id: int
    event_id: int
    role: str
    guild_id: int | None
    document_id: int | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _partial(text: str | None) -> PartialDate | None:
    return PartialDate.parse_iso(text) if text else None


class Store:
    """Events, actors, aliases, links and sources in one SQLite database.

    Every public write runs in one transaction and tells the change listeners
    (the search index, the reminder scheduler) once it has committed.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()
        self._listeners: list[ChangeListener] = []
        self._pending: list[tuple[Owner, int]] = []
        self._view: dict[Owner, str] = {
            owner: _scoped(
                f"{owner}s",
                [c for c in db[f"{owner}s"].columns_dict if c not in ("id", "overrides_id")],
            )
            for owner in ("event", "actor")
        }

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open (or create) a database file, or an in-memory one when path is None.

        An existing file is checked before anything is written to it (``check_file``): a damaged
        file, another program's database or one migrated by a newer Sommet raises
        ``DatabaseRefused`` and is left as it was; an older schema is migrated forward.
        """
        if path is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
            try:
                check_file(conn, path)
            except BaseException:
                conn.close()
                raise
        db = Database(conn)
        if path is not None:
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ changes

    def subscribe(self, listener: ChangeListener) -> None:
        """Call listener(owner, id) after each committed change to an entry."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        """Stop telling a listener about changes (a cog being unloaded)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; listeners hear of its changes only once it commits."""
        with self._lock:
            outermost = not self.db.conn.in_transaction
            try:
                with self.db.atomic():
                    yield
            except sqlite3.OperationalError as error:
                # Locked by another process, disk full, I/O: rolled back, and the person is told so.
                if outermost:
                    self._pending.clear()
                log.warning("A write was rolled back: %s", error)
                raise StoreBusy() from error
            except BaseException:
                if outermost:
                    self._pending.clear()
                raise
            if outermost:
                changed, self._pending = list(dict.fromkeys(self._pending)), []
                for owner, entry_id in changed:
                    for listener in self._listeners:
                        # The change is committed: a failing listener must not make it look failed
                        # (the user would try again) nor keep the others from hearing of it.
                        try:
                            listener(owner, entry_id)
                        except Exception:
                            log.exception(
                                "A listener failed on %s %d after it was committed", owner, entry_id
                            )

    def _touched(self, owner: Owner, entry_id: int) -> None:
        self._pending.append((owner, entry_id))

    def _query(self, sql: str, params: dict[str, Any] | Iterable[Any] = ()) -> list[dict]:
        with self._lock:
            return list(self.db.query(sql, params))

    # -------------------------------------------------------------------- reads

    def event(self, event_id: int, *, guild_id: int | None = None) -> Event | None:
        """The event, as this server sees it, if it may see it."""
        rows = self._query(
            f"SELECT * FROM {self._view['event']} WHERE id = :id", {"id": event_id, "guild": guild_id}
        )
        return self._events(rows, guild_id)[0] if rows else None

    def actor(self, actor_id: int, *, guild_id: int | None = None) -> Actor | None:
        """The actor, as this server sees it, if it may see it."""
        rows = self._query(
            f"SELECT * FROM {self._view['actor']} WHERE id = :id", {"id": actor_id, "guild": guild_id}
        )
        return self._actors(rows, guild_id)[0] if rows else None

    def sub_events(self, event_id: int, *, guild_id: int | None = None) -> list[Event]:
        """An event's children, in date order."""
        rows = self._query(
            f"SELECT * FROM {self._view['event']} WHERE parent_id = :id "
            "ORDER BY start_min IS NULL, start_min, start_time, name",
            {"id": event_id, "guild": guild_id},
        )
        return self._events(rows, guild_id)

    def participants(self, event_id: int, *, guild_id: int | None = None) -> list[Participation]:
        """The actors linked to an event, in the order they were linked."""
        event = self.event(event_id, guild_id=guild_id)
        if event is None:
            return []
        rows = self._linked("actor", "event", event_id, "ORDER BY links.id", guild_id)
        actors = self._actors(rows, guild_id)
        return [Participation(a, event, row["link_role"]) for a, row in zip(actors, rows, strict=True)]

    def participations(self, actor_id: int, *, guild_id: int | None = None) -> list[Participation]:
        """The events an actor is linked to, in date order (undated last)."""
        actor = self.actor(actor_id, guild_id=guild_id)
        if actor is None:
            return []
        order = "ORDER BY other.start_min IS NULL, other.start_min, other.name, links.id"
        rows = self._linked("event", "actor", actor_id, order, guild_id)
        events = self._events(rows, guild_id)
        return [Participation(actor, e, row["link_role"]) for e, row in zip(events, rows, strict=True)]

    def _linked(
        self, other: Owner, this: Owner, entry_id: int, order: str, guild_id: int | None
    ) -> list[dict]:
        """Rows of the ``other`` entries this server sees linked to one entry, with the link's role."""
        return self._query(
            f"SELECT other.*, links.role AS link_role FROM links JOIN {self._view[other]} AS other "
            f"ON other.id = links.{other}_id WHERE links.{this}_id = :id AND {_row_visible('links', 'link')} "
            + order,
            {"id": entry_id, "guild": guild_id},
        )

    def sources(self, owner: Owner, entry_id: int, *, guild_id: int | None = None) -> list[Source]:
        """The documents this server sees that support an entry, oldest publication first."""
        rows = self._query(
            f"SELECT documents.* FROM {owner}_sources JOIN documents ON documents.id = document_id "
            f"WHERE {owner}_id = :id AND {_document_visible('documents')} "
            "ORDER BY documents.published, documents.id",
            {"id": entry_id, "guild": guild_id},
        )
        return [
            Source(
                document_id=row["id"],
                key=row["key"],
                file_name=row["file_name"],
                title=row["title"],
                publisher=row["publisher"],
                published=row["published"],
                url=row["url"],
            )
            for row in rows
        ]

    def upcoming(
        self,
        *,
        today: date,
        until: date | None = None,
        kind: str | None = None,
        guild_id: int | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Dated events not yet over on ``today``, soonest first; cancelled ones left out."""
        sql = f"SELECT * FROM {self._view['event']} WHERE end_max >= :today AND status != 'cancelled'"
        params: dict[str, Any] = {"today": today.isoformat(), "guild": guild_id}
        if until is not None:
            sql += " AND start_min <= :until"
            params["until"] = until.isoformat()
        if kind:
            sql += " AND kind = :kind"
            params["kind"] = kind
        return self._events(
            self._query(sql + _ordered("start_min, start_time, name", limit), params), guild_id
        )

    def undated_announced(self, *, kind: str | None = None, guild_id: int | None = None) -> list[Event]:
        """Announced events whose date is not known yet."""
        sql = f"SELECT * FROM {self._view['event']} WHERE start_min IS NULL AND status = 'announced'"
        params: dict[str, Any] = {"guild": guild_id}
        if kind:
            sql += " AND kind = :kind"
            params["kind"] = kind
        return self._events(self._query(sql + " ORDER BY name", params), guild_id)

    def timeline(
        self,
        *,
        before: date,
        year: int | None = None,
        actor_id: int | None = None,
        guild_id: int | None = None,
        limit: int | None = None,
    ) -> list[Event]:
        """Events that began before ``before``, oldest first, optionally for one year or actor."""
        sql = f"SELECT * FROM {self._view['event']} WHERE start_min < :before"
        params: dict[str, Any] = {"before": before.isoformat(), "guild": guild_id}
        if year is not None:
            sql += " AND start_min BETWEEN :first AND :last"
            params.update(first=f"{year:04d}-01-01", last=f"{year:04d}-12-31")
        if actor_id is not None:
            sql += (
                " AND id IN (SELECT links.event_id FROM links WHERE links.actor_id = :actor"
                f" AND {_row_visible('links', 'link')})"
            )
            params["actor"] = actor_id
        return self._events(
            self._query(sql + _ordered("start_min, start_time, name", limit), params), guild_id
        )

    def latest_past(self, *, today: date, guild_id: int | None = None) -> Event | None:
        """The most recent event already over on ``today``."""
        rows = self._query(
            f"SELECT * FROM {self._view['event']} WHERE end_max < :today "
            "ORDER BY end_max DESC, id DESC LIMIT 1",
            {"today": today.isoformat(), "guild": guild_id},
        )
        return self._events(rows, guild_id)[0] if rows else None

    def all_events(self, *, guild_id: int | None = None) -> list[Event]:
        """Every event this server may see, in date order (undated last)."""
        rows = self._query(
            f"SELECT * FROM {self._view['event']} ORDER BY start_min IS NULL, start_min, name, id",
            {"guild": guild_id},
        )
        return self._events(rows, guild_id)

    def all_actors(self, *, guild_id: int | None = None) -> list[Actor]:
        """Every actor this server may see, by name."""
        rows = self._query(f"SELECT * FROM {self._view['actor']} ORDER BY name, id", {"guild": guild_id})
        return self._actors(rows, guild_id)

    def first_entries(
        self, owner: Owner, *, guild_id: int | None = None, limit: int = 25
    ) -> list[tuple[int, str]]:
        """(id, name) of what autocomplete offers before anything is typed: the latest events
        (undated ones last) or the first actors by name; read through indexes, never the whole table.

        Rows are read in index order a little past ``limit``, then kept only if this server sees
        them (a server's edits and removals can hide a few)."""
        table = f"{owner}s"
        orders = (
            [("1", "name, id")]
            if owner == "actor"
            else [("start_min IS NOT NULL", "start_min DESC, name, id"), ("start_min IS NULL", "name, id")]
        )
        found: dict[int, str] = {}
        for where, order in orders:
            rows = self._query(
                f"SELECT COALESCE(overrides_id, id) AS id FROM {table} "
                f"WHERE {where} AND {_OWN_OR_SHARED_IN_ORDER} ORDER BY {order} LIMIT :limit",
                {"guild": guild_id, "limit": 2 * limit + 10},
            )
            for row in rows:
                if row["id"] not in found and len(found) < limit:
                    entry = self._entry(owner, row["id"], guild_id)
                    if entry is not None:
                        found[row["id"]] = entry.name
        return list(found.items())

    def named(self, owner: Owner, name: str, *, guild_id: int | None = None) -> list[tuple[int, str]]:
        """(id, name) of the entries this server sees whose name or an alias is ``name``, case aside:
        what lookups can find while the search index is still being built."""
        rows = self._query(
            f"SELECT id FROM {self._view[owner]} WHERE name = :name COLLATE NOCASE UNION "
            f"SELECT a.{owner}_id FROM {owner}_aliases a WHERE a.alias = :name COLLATE NOCASE "
            f"AND {_row_visible('a', f'{owner}_alias')}",  # type: ignore[arg-type]
            {"name": name.strip(), "guild": guild_id},
        )
        entries = (self._entry(owner, row["id"], guild_id) for row in rows)
        return [(entry.id, entry.name) for entry in entries if entry is not None]

    def _entry(self, owner: Owner, entry_id: int, guild_id: int | None) -> Event | Actor | None:
        return (
            self.event(entry_id, guild_id=guild_id)
            if owner == "event"
            else self.actor(entry_id, guild_id=guild_id)
        )

    def kinds(self, *, guild_id: int | None = None) -> list[str]:
        """The distinct event kinds this server may see, in order.

        Skips from one kind to the next along the (kind, guild_id) index, so it costs a few index
        seeks per kind rather than a read of every event.
        """
        rows = self._query(
            """
            WITH RECURSIVE kinds(kind) AS (
                SELECT MIN(kind) FROM events
                UNION ALL
                SELECT (SELECT MIN(kind) FROM events WHERE kind > kinds.kind) FROM kinds
                WHERE kinds.kind IS NOT NULL
            )
            SELECT kind FROM kinds WHERE kind IS NOT NULL AND (
                EXISTS (SELECT 1 FROM events WHERE events.kind = kinds.kind AND guild_id IS NULL)
                OR EXISTS (SELECT 1 FROM events WHERE events.kind = kinds.kind AND guild_id = :guild)
            )
            """,
            {"guild": guild_id},
        )
        return [row["kind"] for row in rows]

    def index_entries(self, owner: Owner | None = None) -> Iterator[IndexEntry]:
        """Every view of every entry, for building the search index."""
        for table in ("event", "actor") if owner is None else (owner,):
            yield from self._index_views(table, None)

    def index_views(self, owner: Owner, entry_id: int) -> list[IndexEntry]:
        """One entry's views (none once no server sees it), for updating the search index."""
        return list(self._index_views(owner, entry_id))

    def _index_views(self, owner: Owner, entry_id: int | None) -> Iterator[IndexEntry]:
        """The shared view of each entry, plus a view for each server that sees it differently.

        The views come from the visibility rule itself, read once for "no server" and once for
        each server that has edited anything, so the index cannot disagree with the other reads.
        """
        only = "" if entry_id is None else " WHERE id = :id"
        shared = self._names_seen(owner, None, only, entry_id)
        shared_facets = self._facets_seen(owner, None, only, entry_id)
        hidden_in: dict[int, set[int]] = {}
        own: list[IndexEntry] = []
        for guild in self._editing_guilds():
            seen = self._names_seen(owner, guild, only, entry_id)
            facets = self._facets_seen(owner, guild, only, entry_id)
            for key in shared.keys() - seen.keys():
                hidden_in.setdefault(key, set()).add(guild)
            for key, (names, _row_guild) in seen.items():
                if key in shared and shared[key][0] == names and shared_facets[key] == facets[key]:
                    continue
                if key in shared:
                    hidden_in.setdefault(key, set()).add(guild)
                own.append(IndexEntry(owner, key, guild, names, **facets[key]))
        for key, (names, _guild) in shared.items():
            yield IndexEntry(owner, key, None, names, frozenset(hidden_in.get(key, ())), **shared_facets[key])
        yield from own

    def _facets_seen(
        self, owner: Owner, guild: int | None, only: str, entry_id: int | None
    ) -> dict[int, dict]:
        """What lookups match besides names, and each entry's prominence, as ``guild`` sees them."""
        params = {"guild": guild, "id": entry_id}
        one = "" if entry_id is None else f" AND {owner}_id = :id"
        columns = (
            "start_min, end_max, venue, city, country, description, parent_id, url"
            if owner == "event"
            else "role, description"
        )
        with self._lock:
            rows = self.db.execute(f"SELECT id, {columns} FROM {self._view[owner]}{only}", params).fetchall()
            # Another server's private documents lend no weight here: their citations are not seen.
            unseen = "SELECT id FROM documents WHERE private = 1 AND guild_id IS NOT :guild"
            sourced = dict(
                self.db.execute(
                    f"SELECT {owner}_id, COUNT(*) FROM {owner}_sources "
                    f"WHERE document_id NOT IN ({unseen}){one} GROUP BY 1",
                    params,
                )
            )
            linked = dict(
                self.db.execute(
                    f"SELECT links.{owner}_id, COUNT(*) FROM links WHERE {_row_visible('links', 'link')}"
                    + ("" if entry_id is None else f" AND links.{owner}_id = :id")
                    + " GROUP BY 1",
                    params,
                )
            )
        found: dict[int, dict] = {}
        for key, *values in rows:
            shared = 2 * min(sourced.get(key, 0), 3) + min(linked.get(key, 0), 10)
            if owner == "actor":
                role, description = values
                found[key] = {"about": " ".join(filter(None, (role, description))), "prominence": shared}
                continue
            start, end, venue, city, country, description, parent, url = values
            years = tuple(range(int(start[:4]), int((end or start)[:4]) + 1))[:10] if start else ()
            found[key] = {
                "places": tuple(filter(None, (venue, city, country))),
                "years": years,
                "about": description or "",
                "parent_id": parent,
                "prominence": 4 * bool(start) + shared + bool(url),
            }
        return found

    def _names_seen(
        self, owner: Owner, guild: int | None, only: str, entry_id: int | None
    ) -> dict[int, tuple[tuple[str, ...], int | None]]:
        params = {"guild": guild, "id": entry_id}
        alias_sql = (
            f"SELECT a.{owner}_id, a.alias FROM {owner}_aliases a "
            f"WHERE {_row_visible('a', f'{owner}_alias')}"  # type: ignore[arg-type]
            + ("" if entry_id is None else f" AND a.{owner}_id = :id")
            + " ORDER BY a.id"
        )
        # Plain tuples rather than dict rows: at a million names this read is on the start-up path.
        with self._lock:
            rows = self.db.execute(
                f"SELECT id, name, guild_id FROM {self._view[owner]}{only}", params
            ).fetchall()
            alias_rows = self.db.execute(alias_sql, params).fetchall()
        aliases: dict[int, list[str]] = {}
        for key, alias in alias_rows:
            aliases.setdefault(key, []).append(alias)
        return {key: ((name, *aliases.get(key, ())), row_guild) for key, name, row_guild in rows}

    def _editing_guilds(self) -> list[int]:
        """The servers with any entry, alias, link or hidden row of their own."""
        rows = self._query(
            "SELECT guild_id FROM events WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM actors WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM event_aliases WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM actor_aliases WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM hidden"
        )
        return [row["guild_id"] for row in rows]

    def counts(self) -> dict[str, int]:
        """How many entries of each kind the store holds."""
        tables = ("events", "actors", "links", "documents")
        return {table: self.db[table].count for table in tables}

    def document_by_hash(self, sha256: str, *, guild_id: int | None = None) -> int | None:
        """The document with these bytes that this server sees (outside servers: a shared one)."""
        rows = self._query(
            f"SELECT id FROM documents WHERE sha256 = :sha256 AND {_document_visible('documents')} "
            "ORDER BY private IS 1 LIMIT 1",
            {"sha256": sha256, "guild": guild_id},
        )
        return rows[0]["id"] if rows else None

    def document_by_key(self, key: str) -> int | None:
        rows = self._query("SELECT id FROM documents WHERE key = ?", [key])
        return rows[0]["id"] if rows else None

    def meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    # ---------------------------------------------------------- row conversion

    def _aliases(self, owner: Owner, ids: list[int], guild_id: int | None) -> dict[int, tuple[Alias, ...]]:
        found: dict[int, list[Alias]] = {}
        for row in self._query(
            f"SELECT a.{owner}_id AS id, a.alias, a.lang FROM {owner}_aliases a "
            f"WHERE a.{owner}_id IN (SELECT value FROM json_each(:ids)) "
            f"AND {_row_visible('a', f'{owner}_alias')} ORDER BY a.id",  # type: ignore[arg-type]
            {"ids": json.dumps(ids), "guild": guild_id},
        ):
            found.setdefault(row["id"], []).append(Alias(row["alias"], row["lang"]))
        return {key: tuple(value) for key, value in found.items()}

    def _events(self, rows: list[dict], guild_id: int | None) -> list[Event]:
        aliases = self._aliases("event", [row["id"] for row in rows], guild_id)
        return [
            Event(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                start=_partial(row["start"]),
                end=_partial(row["end"]),
                start_time=row["start_time"],
                timezone=row["timezone"],
                location=Location(row["venue"], row["city"], row["country"]),
                parent_id=row["parent_id"],
                status=row["status"],
                description=row["description"],
                origin=row["origin"],
                guild_id=row["guild_id"],
                url=row["url"],
                key=row["key"],
                aliases=aliases.get(row["id"], ()),
                updated_at=datetime.fromisoformat(row["updated_at"]) if row.get("updated_at") else None,
            )
            for row in rows
        ]

    def _actors(self, rows: list[dict], guild_id: int | None) -> list[Actor]:
        aliases = self._aliases("actor", [row["id"] for row in rows], guild_id)
        return [
            Actor(
                id=row["id"],
                name=row["name"],
                kind=row["kind"],
                role=row["role"],
                description=row["description"],
                origin=row["origin"],
                guild_id=row["guild_id"],
                key=row["key"],
                aliases=aliases.get(row["id"], ()),
            )
            for row in rows
        ]

    # ------------------------------------------------------------------- writes

    def add_event(
        self,
        *,
        name: str,
        kind: str,
        origin: str,
        start: PartialDate | None = None,
        end: PartialDate | None = None,
        start_time: str | None = None,
        timezone: str | None = None,
        location: Location = NO_LOCATION,
        parent_id: int | None = None,
        status: str = "confirmed",
        description: str | None = None,
        url: str | None = None,
        guild_id: int | None = None,
        key: str | None = None,
    ) -> int:
        """Insert an event and return its id."""
        row = _event_row(
            name=name,
            kind=kind,
            start=start,
            end=end,
            start_time=start_time,
            timezone=timezone,
            location=location,
            parent_id=parent_id,
            status=status,
            description=description,
            url=url,
        )
        stamp = _now()
        row.update(origin=origin, guild_id=guild_id, key=key, created_at=stamp, updated_at=stamp)
        with self.transaction():
            event_id = self.db["events"].insert(row).last_pk
            self._touched("event", event_id)
        return event_id

    def update_event(self, event_id: int, **fields: Any) -> None:
        """Change some of an event's fields (same names as add_event), for every server."""
        with self.transaction():
            self._update_row("event", event_id, fields)
            self._touched("event", event_id)

    def _update_row(self, owner: Owner, row_id: int, fields: dict[str, Any]) -> None:
        """Write some fields of one stored row (an event's take add_event's names)."""
        current = self._query(f"SELECT * FROM {owner}s WHERE id = ?", [row_id])
        if not current:
            raise KeyError(row_id)
        if owner == "actor":
            allowed = {"name", "kind", "role", "description"}
            if not set(fields) <= allowed:
                raise TypeError(f"unknown actor fields: {set(fields) - allowed}")
            self.db["actors"].update(row_id, {**fields, "updated_at": _now()})
            return
        row = current[0]
        merged = {
            "name": row["name"],
            "kind": row["kind"],
            "start": _partial(row["start"]),
            "end": _partial(row["end"]),
            "start_time": row["start_time"],
            "timezone": row["timezone"],
            "location": Location(row["venue"], row["city"], row["country"]),
            "parent_id": row["parent_id"],
            "status": row["status"],
            "description": row["description"],
            "url": row["url"],
        }
        merged.update(fields)
        self.db["events"].update(row_id, {**_event_row(**merged), "updated_at": _now()})

    def add_actor(
        self,
        *,
        name: str,
        kind: str,
        origin: str,
        role: str | None = None,
        description: str | None = None,
        guild_id: int | None = None,
        key: str | None = None,
    ) -> int:
        """Insert an actor and return its id."""
        stamp = _now()
        row = {
            "name": name,
            "kind": kind,
            "role": role,
            "description": description,
            "origin": origin,
            "guild_id": guild_id,
            "key": key,
            "created_at": stamp,
            "updated_at": stamp,
        }
        with self.transaction():
            actor_id = self.db["actors"].insert(row).last_pk
            self._touched("actor", actor_id)
        return actor_id

    def update_actor(self, actor_id: int, **fields: Any) -> None:
        """Change some of an actor's fields (name, kind, role, description), for every server."""
        with self.transaction():
            self._update_row("actor", actor_id, fields)
            self._touched("actor", actor_id)

    def add_alias(
        self, owner: Owner, entry_id: int, alias: str, lang: str | None = None, *, guild_id: int | None = None
    ) -> bool:
        """Give an entry another name (in one server when guild_id is set); False when it had it."""
        with self.transaction():
            table = self.db[f"{owner}_aliases"]
            before = table.count_where(
                f"{owner}_id = ? AND alias = ? AND ifnull(guild_id, 0) = ifnull(?, 0)",
                [entry_id, alias, guild_id],
            )
            if before:
                return False
            table.insert({f"{owner}_id": entry_id, "alias": alias, "lang": lang, "guild_id": guild_id})
            self._touched(owner, entry_id)
        return True

    def link(
        self,
        *,
        actor_id: int,
        event_id: int,
        role: str,
        document_id: int | None = None,
        guild_id: int | None = None,
    ) -> bool:
        """Link an actor to an event with a role (in one server when guild_id is set); False when it existed."""
        with self.transaction():
            exists = self.db["links"].count_where(
                "actor_id = ? AND event_id = ? AND role = ? AND ifnull(guild_id, 0) = ifnull(?, 0)",
                [actor_id, event_id, role, guild_id],
            )
            if exists:
                return False
            self.db["links"].insert(
                {
                    "actor_id": actor_id,
                    "event_id": event_id,
                    "role": role,
                    "document_id": document_id,
                    "guild_id": guild_id,
                }
            )
            self._touched("event", event_id)
            self._touched("actor", actor_id)
        return True

    def add_document(
        self,
        *,
        key: str | None = None,
        sha256: str | None = None,
        file_name: str | None = None,
        title: str | None = None,
        publisher: str | None = None,
        published: str | None = None,
        url: str | None = None,
        language: str | None = None,
        guild_id: int | None = None,
    ) -> int:
        """Record a document that entries can cite, and return its id. With ``guild_id``, the
        document is private to that server: only there are it and what it taught seen."""
        row = {
            "key": key,
            "sha256": sha256,
            "file_name": file_name,
            "title": title,
            "publisher": publisher,
            "published": published,
            "url": url,
            "language": language,
            "added_at": _now(),
            "guild_id": guild_id,
            "private": 1 if guild_id is not None else None,
        }
        with self.transaction():
            return self.db["documents"].insert(row).last_pk

    def cite(self, owner: Owner, entry_id: int, document_id: int, quote: str | None = None) -> None:
        """Record that a document supports an entry (once per pair)."""
        with self.transaction():
            self.db[f"{owner}_sources"].insert(
                {f"{owner}_id": entry_id, "document_id": document_id, "quote": quote}, ignore=True
            )

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
            self.db["meta"].upsert({"key": key, "value": value}, pk="key")

    # ------------------------------------------------------- admin/scope/audit
    # What one server's admins change is seen only there: edits of shared entries become that
    # server's override rows, removals of shared rows become ``hidden`` rows (see the visibility
    # rule at the top). Callers wrap each change and its audit record in one transaction.

    def edit_entry(
        self, owner: Owner, entry_id: int, *, guild_id: int, origin: str = "admin", **fields: Any
    ) -> None:
        """Change an entry as one server sees it.

        The server's own entry is changed in place; a shared entry gets (or changes) that
        server's override row, which is dropped again once it matches the shared row. The row
        written takes ``origin``: an admin's edit makes the entry the admin's (forgetting a document
        no longer removes it); a private document's additions stay the document's.
        """
        table = f"{owner}s"
        with self.transaction():
            rows = self._query(
                f"SELECT * FROM {table} WHERE guild_id = :guild "
                "AND ((id = :id AND overrides_id IS NULL) OR overrides_id = :id)",
                {"guild": guild_id, "id": entry_id},
            )
            if rows:
                row_id = rows[0]["id"]
            else:
                shared = self._query(f"SELECT * FROM {table} WHERE id = ? AND guild_id IS NULL", [entry_id])
                if not shared:
                    raise KeyError(entry_id)
                stamp = _now()
                copy = {key: value for key, value in shared[0].items() if key not in ("id", "key")}
                copy.update(
                    guild_id=guild_id,
                    overrides_id=entry_id,
                    created_at=stamp,
                    updated_at=stamp,
                )
                row_id = self.db[table].insert(copy).last_pk
            self.db[table].update(row_id, {"origin": origin})
            self._update_row(owner, row_id, fields)
            self._drop_needless_override(owner, row_id)
            self._touched(owner, entry_id)

    def _drop_needless_override(self, owner: Owner, row_id: int) -> None:
        row = self._query(f"SELECT * FROM {owner}s WHERE id = ?", [row_id])[0]
        if row["overrides_id"] is None:
            return
        shared = self._query(f"SELECT * FROM {owner}s WHERE id = ?", [row["overrides_id"]])[0]
        if all(row[column] == shared[column] for column in _EDITABLE[owner]):
            self.db[f"{owner}s"].delete(row_id)

    def is_shared(self, owner: Owner, entry_id: int) -> bool:
        """Whether an entry id is a shared one (other servers may see it too)."""
        rows = self._query(f"SELECT guild_id FROM {owner}s WHERE id = ?", [entry_id])
        return bool(rows) and rows[0]["guild_id"] is None

    def hide(self, guild_id: int, kind: HiddenKind, row_id: int) -> None:
        """Hide an entry, alias or link in one server only."""
        with self.transaction():
            self.db["hidden"].insert({"guild_id": guild_id, "kind": kind, "row_id": row_id}, ignore=True)
            self._touch_hidden(kind, row_id)

    def unhide(self, guild_id: int, kind: HiddenKind, row_id: int) -> None:
        """Show again in one server what it hid."""
        with self.transaction():
            self.db.execute(
                "DELETE FROM hidden WHERE guild_id = ? AND kind = ? AND row_id = ?", [guild_id, kind, row_id]
            )
            self._touch_hidden(kind, row_id)

    def _touch_hidden(self, kind: HiddenKind, row_id: int) -> None:
        if kind in ("event", "actor"):
            self._touched(kind, row_id)  # type: ignore[arg-type]
        elif kind == "link":
            for row in self._query("SELECT actor_id, event_id FROM links WHERE id = ?", [row_id]):
                self._touched("actor", row["actor_id"])
                self._touched("event", row["event_id"])
        else:
            owner = kind.removesuffix("_alias")
            for row in self._query(f"SELECT {owner}_id AS id FROM {kind}es WHERE id = ?", [row_id]):
                self._touched(owner, row["id"])  # type: ignore[arg-type]

    def scoped_aliases(self, owner: Owner, entry_id: int, *, guild_id: int | None) -> list[AliasRow]:
        """An entry's aliases that one server sees, with where each belongs."""
        rows = self._query(
            f"SELECT * FROM {owner}_aliases a WHERE a.{owner}_id = :id "
            f"AND {_row_visible('a', f'{owner}_alias')} ORDER BY a.id",  # type: ignore[arg-type]
            {"id": entry_id, "guild": guild_id},
        )
        return [AliasRow(r["id"], r[f"{owner}_id"], r["alias"], r["lang"], r["guild_id"]) for r in rows]

    def scoped_links(self, *, actor_id: int, event_id: int, guild_id: int | None) -> list[LinkRow]:
        """The links between an actor and an event that one server sees."""
        rows = self._query(
            f"SELECT * FROM links WHERE actor_id = :actor AND event_id = :event "
            f"AND {_row_visible('links', 'link')} ORDER BY id",
            {"actor": actor_id, "event": event_id, "guild": guild_id},
        )
        return [
            LinkRow(r["id"], r["actor_id"], r["event_id"], r["role"], r["guild_id"], r["document_id"])
            for r in rows
        ]

    def delete_alias(self, owner: Owner, alias: AliasRow) -> None:
        with self.transaction():
            self.db[f"{owner}_aliases"].delete(alias.id)
            self._touched(owner, alias.entry_id)

    def restore_alias(self, owner: Owner, alias: AliasRow) -> None:
        """Put back a deleted alias under its old id."""
        with self.transaction():
            self.db[f"{owner}_aliases"].insert(
                {
                    "id": alias.id,
                    f"{owner}_id": alias.entry_id,
                    "alias": alias.alias,
                    "lang": alias.lang,
                    "guild_id": alias.guild_id,
                }
            )
            self._touched(owner, alias.entry_id)

    def delete_link(self, link: LinkRow) -> None:
        with self.transaction():
            self.db["links"].delete(link.id)
            self._touched("actor", link.actor_id)
            self._touched("event", link.event_id)

    def restore_link(self, link: LinkRow) -> None:
        """Put back a deleted link under its old id."""
        with self.transaction():
            self.db["links"].insert(
                {
                    "id": link.id,
                    "actor_id": link.actor_id,
                    "event_id": link.event_id,
                    "role": link.role,
                    "document_id": link.document_id,
                    "guild_id": link.guild_id,
                }
            )
            self._touched("actor", link.actor_id)
            self._touched("event", link.event_id)

    def editor_role(self, guild_id: int) -> int | None:
        """The role whose members may use the admin commands in a server, besides Manage Server."""
        rows = self._query("SELECT editor_role_id FROM guild_settings WHERE guild_id = ?", [guild_id])
        return rows[0]["editor_role_id"] if rows else None

    def set_editor_role(self, guild_id: int, role_id: int | None) -> None:
        with self.transaction():
            self.db["guild_settings"].upsert({"guild_id": guild_id, "editor_role_id": role_id}, pk="guild_id")

    def server_language(self, guild_id: int | None) -> str | None:
        """The language a server chose for replies and reminders, None when it chose none."""
        if guild_id is None:
            return None
        rows = self._query("SELECT language FROM guild_settings WHERE guild_id = ?", [guild_id])
        return rows[0]["language"] if rows else None

    def set_server_language(self, guild_id: int, language: str) -> None:
        with self.transaction():
            self.db["guild_settings"].upsert({"guild_id": guild_id, "language": language}, pk="guild_id")

    def record_audit(
        self,
        *,
        guild_id: int,
        user_id: int,
        at: datetime,
        action: str,
        owner: Owner | None = None,
        entry_id: int | None = None,
        summary: str = "",
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        detail: dict[str, Any] | None = None,
        undoes: int | None = None,
    ) -> int:
        """Write one audit record and return its id; call it inside the change's transaction."""
        with self.transaction():
            audit_id = (
                self.db["audit_log"]
                .insert(
                    {
                        "guild_id": guild_id,
                        "user_id": user_id,
                        "at": at.isoformat(timespec="seconds"),
                        "action": action,
                        "owner": owner,
                        "entry_id": entry_id,
                        "summary": summary,
                        "before": _json(before),
                        "after": _json(after),
                        "detail": _json(detail),
                        "undoes": undoes,
                    }
                )
                .last_pk
            )
            if undoes is not None:
                self.db["audit_log"].update(undoes, {"undone_by": audit_id})
        return audit_id

    def audit_record(self, audit_id: int, *, guild_id: int) -> AuditRecord | None:
        rows = self._query("SELECT * FROM audit_log WHERE id = ? AND guild_id = ?", [audit_id, guild_id])
        return _audit(rows[0]) if rows else None

    def audit_log(self, *, guild_id: int, limit: int = 500) -> list[AuditRecord]:
        """One server's changes, newest first."""
        rows = self._query(
            "SELECT * FROM audit_log WHERE guild_id = ? ORDER BY id DESC LIMIT ?", [guild_id, limit]
        )
        return [_audit(row) for row in rows]

    def remove_event(self, event_id: int) -> None:
        """Delete an event with its names, links and citations; its sub-events lose their parent."""
        with self.transaction():
            self.db.execute("UPDATE events SET parent_id = NULL WHERE parent_id = ?", [event_id])
            for table in ("event_aliases", "event_sources", "links"):
                self.db.execute(f"DELETE FROM {table} WHERE event_id = ?", [event_id])
            self.db.execute("DELETE FROM events WHERE id = ?", [event_id])
            self._touched("event", event_id)

    # ---------------------------------------------------------------- reminders
    # Settings per server, and one delivery row per (server, event, offset) whose state moves
    # pending -> sending -> sent | failed | skipped (or pending -> skipped); a delivery waiting
    # for its next attempt stays sending. Times are ISO text in UTC, so they sort as they compare.

    def reminder_settings(self, guild_id: int) -> ReminderSettings:
        """A server's settings; the defaults (reminders off) when it has none."""
        rows = self._query("SELECT * FROM reminder_settings WHERE guild_id = ?", [guild_id])
        if not rows:
            return ReminderSettings(guild_id, offsets=parse_offsets(DEFAULT_OFFSETS))
        return _settings(rows[0])

    def reminder_servers(self) -> list[ReminderSettings]:
        """Every server with reminders on."""
        rows = self._query("SELECT * FROM reminder_settings WHERE channel_id IS NOT NULL ORDER BY guild_id")
        return [_settings(row) for row in rows]

    def mirrored_servers(self) -> list[int]:
        """Servers that show upcoming events in their Discord Events tab."""
        rows = self._query(
            "SELECT guild_id FROM reminder_settings WHERE discord_events = 1 ORDER BY guild_id"
        )
        return [row["guild_id"] for row in rows]

    def save_reminder_settings(self, settings: ReminderSettings) -> None:
        row = {
            "guild_id": settings.guild_id,
            "channel_id": settings.channel_id,
            "offsets": ", ".join(offset.label for offset in settings.offsets),
            "hour": settings.hour,
            "role_id": settings.role_id,
            "grace_minutes": int(settings.grace.total_seconds() // 60),
            "discord_events": int(settings.discord_events),
            "halted": settings.halted,
            "updated_at": _now(),
        }
        with self.transaction():
            self.db["reminder_settings"].upsert(row, pk="guild_id")

    def halt_reminders(self, guild_id: int, reason: str, *, now: datetime) -> None:
        """Stop posting in a server until an admin changes a setting, and say why."""
        with self.transaction():
            self.db.execute("UPDATE reminder_settings SET halted = ? WHERE guild_id = ?", [reason, guild_id])
            self.add_reminder_problem(guild_id, reason, now=now)

    def resume_reminders(self, guild_id: int) -> None:
        """Post again in a halted server; reminders that failed there get another chance."""
        with self.transaction():
            self.db.execute("UPDATE reminder_settings SET halted = NULL WHERE guild_id = ?", [guild_id])
            self.db.execute(
                "UPDATE reminder_deliveries SET state = 'pending', error = NULL "
                "WHERE guild_id = ? AND state = 'failed'",
                [guild_id],
            )

    def add_reminder_problem(self, guild_id: int, message: str, *, now: datetime) -> None:
        with self.transaction():
            self.db["reminder_problems"].insert({"guild_id": guild_id, "at": _iso(now), "message": message})

    def reminder_problems(self, guild_id: int, *, limit: int = 5) -> list[tuple[datetime, str]]:
        """The latest problems met in a server, newest first."""
        rows = self._query(
            "SELECT at, message FROM reminder_problems WHERE guild_id = ? ORDER BY id DESC LIMIT ?",
            [guild_id, limit],
        )
        return [(datetime.fromisoformat(row["at"]), row["message"]) for row in rows]

    def event_reminders(self, guild_id: int, event_id: int) -> list[Delivery]:
        """Every delivery of one event in one server, whatever its state."""
        rows = self._query(
            "SELECT * FROM reminder_deliveries WHERE guild_id = ? AND event_id = ? ORDER BY due_at",
            [guild_id, event_id],
        )
        return [_delivery(row) for row in rows]

    def apply_reminder_changes(self, guild_id: int, event_id: int, changes: Changes) -> None:
        """Insert, move and drop an event's pending deliveries in one server (see ``reconcile``)."""
        where = "guild_id = :guild AND event_id = :event AND offset = :offset AND state = 'pending'"
        with self.transaction():
            for offset, due in changes.insert.items():
                self.db.execute(
                    "INSERT INTO reminder_deliveries (guild_id, event_id, offset, due_at, state, late, attempts) "
                    "VALUES (?, ?, ?, ?, 'pending', 0, 0)",
                    [guild_id, event_id, offset, _iso(due)],
                )
            for offset, due in changes.move.items():
                self.db.execute(
                    f"UPDATE reminder_deliveries SET due_at = :due WHERE {where}",
                    {"due": _iso(due), "guild": guild_id, "event": event_id, "offset": offset},
                )
            for offset in changes.drop:
                self.db.execute(
                    f"DELETE FROM reminder_deliveries WHERE {where}",
                    {"guild": guild_id, "event": event_id, "offset": offset},
                )

    def drop_pending_reminders(self, guild_id: int) -> int:
        """Forget a server's reminders not yet attempted (reminders turned off); how many there were."""
        with self.transaction():
            return self.db.execute(
                "DELETE FROM reminder_deliveries WHERE guild_id = ? AND state = 'pending'", [guild_id]
            ).rowcount

    def reminder_candidates(self, guild_id: int, *, since: date) -> list[int]:
        """Events a server's reminders may concern: confirmed ones it sees starting on ``since`` or
        later, and every event with a pending delivery there, whenever it began."""
        rows = self._query(
            f"SELECT id FROM {self._view['event']} WHERE start_min >= :since AND status = 'confirmed' "
            "UNION SELECT event_id FROM reminder_deliveries WHERE guild_id = :guild AND state = 'pending' "
            "ORDER BY 1",
            {"since": since.isoformat(), "guild": guild_id},
        )
        return [row["id"] for row in rows]

    def reminder_events(self, guild_id: int) -> list[int]:
        """Events with a pending delivery in a server, to re-plan when its settings change."""
        rows = self._query(
            "SELECT DISTINCT event_id FROM reminder_deliveries WHERE guild_id = ? AND state = 'pending'",
            [guild_id],
        )
        return [row["event_id"] for row in rows]

    def next_reminder_due(self, servers: Servers) -> datetime | None:
        """When the earliest pending delivery of these servers falls due.

        Walks the (state, due_at) index from the earliest row and stops at the first one
        that belongs to the servers, so it costs the same with a thousand rows or a million.
        """
        rows = self._query(
            f"SELECT due_at FROM reminder_deliveries INDEXED BY {_DUE_INDEX} "
            f"WHERE state = 'pending' AND {_OWNED} ORDER BY due_at LIMIT 1",
            _owned(servers),
        )
        return datetime.fromisoformat(rows[0]["due_at"]) if rows else None

    def due_reminders(self, servers: Servers, *, now: datetime, limit: int = 100) -> list[Due]:
        """Pending deliveries of these servers whose time has come, oldest first."""
        rows = self._query(
            f"SELECT id, guild_id, event_id, due_at FROM reminder_deliveries INDEXED BY {_DUE_INDEX} "
            f"WHERE state = 'pending' AND due_at <= :now AND {_OWNED} ORDER BY due_at, id LIMIT :limit",
            {**_owned(servers), "now": _iso(now), "limit": limit},
        )
        return [
            Due(row["id"], row["guild_id"], row["event_id"], datetime.fromisoformat(row["due_at"]))
            for row in rows
        ]

    def in_flight_reminders(self, servers: Servers) -> list[Delivery]:
        """Deliveries claimed but never completed: a send that may or may not have happened."""
        rows = self._query(
            f"SELECT * FROM reminder_deliveries WHERE state = 'sending' AND {_OWNED} ORDER BY due_at",
            _owned(servers),
        )
        return [_delivery(row) for row in rows]

    def reminder(self, delivery_id: int) -> Delivery | None:
        rows = self._query("SELECT * FROM reminder_deliveries WHERE id = ?", [delivery_id])
        return _delivery(rows[0]) if rows else None

    def claim_reminder(self, delivery_id: int, *, late: bool, now: datetime) -> bool:
        """pending -> sending, recorded before the message is sent; False if it was not pending."""
        with self.transaction():
            return (
                self.db.execute(
                    "UPDATE reminder_deliveries SET state = 'sending', late = ?, claimed_at = ?, "
                    "attempts = attempts + 1 WHERE id = ? AND state = 'pending'",
                    [int(late), _iso(now), delivery_id],
                ).rowcount
                == 1
            )

    def retry_reminder(self, delivery_id: int, *, at: datetime, error: str) -> None:
        """Record a failed attempt of a delivery in flight, and when the next one comes."""
        with self.transaction():
            self.db.execute(
                "UPDATE reminder_deliveries SET attempts = attempts + 1, next_attempt_at = ?, error = ? "
                "WHERE id = ? AND state = 'sending'",
                [_iso(at), error, delivery_id],
            )

    def finish_reminder(
        self,
        delivery_id: int,
        state: Literal["sent", "failed", "skipped"],
        *,
        now: datetime,
        message_id: int | None = None,
        error: str | None = None,
        late: bool | None = None,
        skip_reason: str | None = None,
    ) -> None:
        """Record how a delivery ended (and, when posted, whether it said it was late)."""
        with self.transaction():
            self.db.execute(
                "UPDATE reminder_deliveries SET state = ?, finished_at = ?, message_id = ?, error = ?, "
                "late = COALESCE(?, late), skip_reason = ?, next_attempt_at = NULL WHERE id = ?",
                [state, _iso(now), message_id, error, late, skip_reason, delivery_id],
            )

    def skip_reminders(self, delivery_ids: Iterable[int], *, now: datetime, reason: str) -> None:
        """Mark pending deliveries skipped: too late ("window") or outrun by a later one ("outrun")."""
        with self.transaction():
            for delivery_id in delivery_ids:
                self.db.execute(
                    "UPDATE reminder_deliveries SET state = 'skipped', finished_at = ?, skip_reason = ? "
                    "WHERE id = ? AND state = 'pending'",
                    [_iso(now), reason, delivery_id],
                )

    def waiting_reminders(self, guild_id: int, *, limit: int = 5) -> list[Delivery]:
        """A server's deliveries in flight that wait for their next attempt, soonest first."""
        where = "state = 'sending' AND next_attempt_at IS NOT NULL ORDER BY next_attempt_at"
        return self._server_deliveries(guild_id, where, limit)

    def expired_reminders(self, guild_id: int, *, limit: int = 5) -> list[Delivery]:
        """A server's latest deliveries skipped because their grace window closed, newest first."""
        where = "state = 'skipped' AND skip_reason = 'window' ORDER BY due_at DESC, id DESC"
        return self._server_deliveries(guild_id, where, limit)

    def next_reminders(self, guild_id: int, *, limit: int = 5) -> list[Delivery]:
        """A server's next pending deliveries, soonest first."""
        return self._server_deliveries(guild_id, "state = 'pending' ORDER BY due_at", limit)

    def _server_deliveries(self, guild_id: int, where: str, limit: int) -> list[Delivery]:
        rows = self._query(
            f"SELECT * FROM reminder_deliveries WHERE guild_id = ? AND {where} LIMIT ?", [guild_id, limit]
        )
        return [_delivery(row) for row in rows]

    def reminder_counts(self, guild_id: int) -> dict[str, int]:
        """How many deliveries a server has in each state, and ("expired") skipped as too late."""
        rows = self._query(
            "SELECT state, count(*) AS n, sum(skip_reason IS 'window') AS expired "
            "FROM reminder_deliveries WHERE guild_id = ? GROUP BY state",
            [guild_id],
        )
        return {row["state"]: row["n"] for row in rows} | {"expired": sum(row["expired"] for row in rows)}

    def scheduled_event_link(self, guild_id: int, event_id: int) -> tuple[int, str] | None:
        """The Discord scheduled event mirroring an event in a server, and what it was last given."""
        rows = self._query(
            "SELECT scheduled_event_id, signature FROM reminder_scheduled_events "
            "WHERE guild_id = ? AND event_id = ?",
            [guild_id, event_id],
        )
        return (rows[0]["scheduled_event_id"], rows[0]["signature"]) if rows else None

    def scheduled_event_links(self, guild_id: int) -> list[int]:
        """The events mirrored as Discord scheduled events in a server."""
        rows = self._query("SELECT event_id FROM reminder_scheduled_events WHERE guild_id = ?", [guild_id])
        return [row["event_id"] for row in rows]

    def link_scheduled_event(
        self, guild_id: int, event_id: int, scheduled_event_id: int, signature: str
    ) -> None:
        with self.transaction():
            self.db["reminder_scheduled_events"].upsert(
                {
                    "guild_id": guild_id,
                    "event_id": event_id,
                    "scheduled_event_id": scheduled_event_id,
                    "signature": signature,
                },
                pk=("guild_id", "event_id"),
            )

    def unlink_scheduled_event(self, guild_id: int, event_id: int) -> None:
        with self.transaction():
            self.db.execute(
                "DELETE FROM reminder_scheduled_events WHERE guild_id = ? AND event_id = ?",
                [guild_id, event_id],
            )

    # ------------------------------------------------------------ other processes

    def file_backed(self) -> bool:
        """Whether the store is a file that other processes may also write (not in memory)."""
        with self._lock:
            return bool(self.db.execute("PRAGMA database_list").fetchone()[2])

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version``: it changes when another connection commits."""
        with self._lock:
            return self.db.execute("PRAGMA data_version").fetchone()[0]

    # -------------------------------------------- documents (sommet/store_documents.py)

    @cached_property
    def documents(self) -> Documents:
        """Finding documents by URL, name or hash, and forgetting them."""
        from sommet.store_documents import Documents

        return Documents(self)

    @cached_property
    def feeds(self) -> Feeds:
        """The feeds followed, what was taken from them, and the servers' digest choice."""
        from sommet.store_feeds import Feeds

        return Feeds(self)


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _audit(row: dict[str, Any]) -> AuditRecord:
    return AuditRecord(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        at=datetime.fromisoformat(row["at"]),
        action=row["action"],
        owner=row["owner"],
        entry_id=row["entry_id"],
        summary=row["summary"] or "",
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        detail=json.loads(row["detail"]) if row["detail"] else {},
        undoes=row["undoes"],
        undone_by=row["undone_by"],
    )


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


_DUE_INDEX = "idx_reminder_deliveries_state_due_at"
_OWNED = (
    "((guild_id >> 22) % :shard_count) IN (SELECT value FROM json_each(:shard_ids)) "
    "AND guild_id NOT IN (SELECT value FROM json_each(:exclude))"
)


def _owned(servers: Servers) -> dict[str, Any]:
    """The parameters of ``_OWNED``: Discord's shard rule, and the servers left out."""
    return {
        "shard_count": servers.shard_count,
        "shard_ids": json.dumps(sorted(servers.shard_ids)),
        "exclude": json.dumps(sorted(servers.exclude)),
    }


@lru_cache(maxsize=4096)
def _stored_offsets(text: str) -> tuple[Offset, ...]:
    """Offsets as saved, read once per spelling: the scheduler reads every server's settings often."""
    return parse_offsets(text)


def _settings(row: dict) -> ReminderSettings:
    return ReminderSettings(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        offsets=_stored_offsets(row["offsets"] or DEFAULT_OFFSETS),
        hour=row["hour"],
        role_id=row["role_id"],
        grace=timedelta(minutes=row["grace_minutes"]),
        discord_events=bool(row["discord_events"]),
        halted=row["halted"],
    )


def _delivery(row: dict) -> Delivery:
    return Delivery(
        id=row["id"],
        guild_id=row["guild_id"],
        event_id=row["event_id"],
        offset=Offset.parse(row["offset"]),
        due_at=datetime.fromisoformat(row["due_at"]),
        state=row["state"],
        late=bool(row["late"]),
        attempts=row["attempts"],
        claimed_at=datetime.fromisoformat(row["claimed_at"]) if row["claimed_at"] else None,
        message_id=row["message_id"],
        error=row["error"],
        next_attempt_at=datetime.fromisoformat(row["next_attempt_at"]) if row["next_attempt_at"] else None,
        skip_reason=row["skip_reason"],
    )


def _event_row(
    *,
    name: str,
    kind: str,
    start: PartialDate | None,
    end: PartialDate | None,
    start_time: str | None,
    timezone: str | None,
    location: Location,
    parent_id: int | None,
    status: str,
    description: str | None,
    url: str | None,
) -> dict[str, Any]:
    """The columns of an event, with the day bounds that date queries use."""
    last = end or start
    return {
        "name": name,
        "kind": kind,
        "start": start.iso() if start else None,
        "end": end.iso() if end else None,
        "start_min": start.first_day().isoformat() if start else None,
        "end_max": last.last_day().isoformat() if last else None,
        "start_time": start_time,
        "timezone": timezone,
        "venue": location.venue,
        "city": location.city,
        "country": location.country,
        "parent_id": parent_id,
        "status": status,
        "description": description,
        "url": url,
    }


# ------------------------------------------------------------- the database file

# quick_check reads every page and row but does not match index entries to rows: on a 261 MB database
# (bench/startup_check.py, 200,000 events) it took 0.8-0.9 s, integrity_check 7-11 s. `sommet backup`
# runs the full check on its copy.
_CHECK = "PRAGMA quick_check(10)"
# SQLite's answer for a file that is not a database, or one whose pages make no sense.
_DAMAGED = {sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT}


def check_file(conn: sqlite3.Connection, path: str | Path) -> None:
    """Raise DatabaseRefused unless the file is a sound SQLite database this code may migrate.

    Read-only: it runs before the first write, so a refused file is left exactly as it was.
    """
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        problems = [row[0] for row in conn.execute(_CHECK)]
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) in _DAMAGED:
            raise DatabaseDamaged(path, str(error)) from None
        raise  # locked, unreadable, disk full: not the file's fault
    if problems != ["ok"]:
        raise DatabaseDamaged(path, _first_problems(problems))
    ours = [t for t in tables if not t.startswith("sqlite_")]
    if not ours:
        return  # a new, empty file
    if migrations.migrations_table not in ours:
        raise DatabaseRefused(
            path,
            f"it is not a Sommet database (its tables: {', '.join(sorted(ours)[:5])})",
            "Check --db or SOMMET_DB.",
        )
    applied = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM [{migrations.migrations_table}] WHERE migration_set = ?", [migrations.name]
        )
    ]
    unknown = [name for name in applied if name not in known_steps()]
    if unknown:
        raise DatabaseTooNew(path, unknown)


def _first_problems(rows: list[str]) -> str:
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return "; ".join(lines[:3]) + (f"; and {len(lines) - 3} more" if len(lines) > 3 else "")


def backup(source: str | Path, destination: str | Path) -> Path:
    """Copy a database as one consistent snapshot, even while the bot writes to it (SQLite's backup API).

    The source is opened read-only and copied in one step, so the copy is the database as of one
    commit (in WAL mode the bot's writes go on meanwhile). The copy is written beside the destination,
    checked with ``PRAGMA integrity_check``, and only then renamed into place: a failed backup leaves
    no file behind. The copy is a single file (rollback journal), ready to be moved or opened.
    """
    source, destination = Path(source), Path(destination)
    if not source.is_file():
        raise FileNotFoundError(f"no database at {source}")
    if destination.exists() and destination.resolve() == source.resolve():
        raise ValueError("the backup would overwrite the database itself")
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    live = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        copy = sqlite3.connect(partial)
        try:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check(10)")]
        finally:
            copy.close()
        if problems != ["ok"]:
            raise DatabaseDamaged(source, _first_problems(problems))
        os.replace(partial, destination)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) in _DAMAGED:
            raise DatabaseDamaged(source, str(error)) from None
        raise
    finally:
        live.close()
        partial.unlink(missing_ok=True)
    return destination
