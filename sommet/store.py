"""The knowledge store: the one module that knows the tables and writes SQL."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal

from sqlite_utils import Database

from sommet.dates import PartialDate
from sommet.migrations import migrations
from sommet.models import Actor, Alias, Event, Location, Participation, Source

Owner = Literal["event", "actor"]
ChangeListener = Callable[[Owner, int], None]

NO_LOCATION = Location()
_VISIBLE = "(guild_id IS NULL OR guild_id = :guild)"
# The same, kept off the guild_id index (unary +) so that SQLite walks an index in ORDER BY order
# and stops at LIMIT, instead of fetching every shared row through guild_id and sorting them all.
_VISIBLE_IN_ORDER = "(+guild_id IS NULL OR +guild_id = :guild)"


@dataclass(frozen=True)
class IndexEntry:
    """What the search index needs of an entry: who may see it and every name it goes by."""

    owner: Owner
    id: int
    guild_id: int | None
    names: tuple[str, ...]


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

    @classmethod
    def open(cls, path: str | Path | None = None) -> Store:
        """Open (or create) a database file, or an in-memory one when path is None."""
        if path is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
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

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; listeners hear of its changes only once it commits."""
        with self._lock:
            outermost = not self.db.conn.in_transaction
            try:
                with self.db.atomic():
                    yield
            except BaseException:
                if outermost:
                    self._pending.clear()
                raise
            if outermost:
                changed, self._pending = list(dict.fromkeys(self._pending)), []
                for owner, entry_id in changed:
                    for listener in self._listeners:
                        listener(owner, entry_id)

    def _touched(self, owner: Owner, entry_id: int) -> None:
        self._pending.append((owner, entry_id))

    def _query(self, sql: str, params: dict[str, Any] | Iterable[Any] = ()) -> list[dict]:
        with self._lock:
            return list(self.db.query(sql, params))

    # -------------------------------------------------------------------- reads

    def event(self, event_id: int, *, guild_id: int | None = None) -> Event | None:
        """The event, if it exists and this server may see it."""
        rows = self._query(
            f"SELECT * FROM events WHERE id = :id AND {_VISIBLE}", {"id": event_id, "guild": guild_id}
        )
        return self._events(rows)[0] if rows else None

    def actor(self, actor_id: int, *, guild_id: int | None = None) -> Actor | None:
        """The actor, if it exists and this server may see it."""
        rows = self._query(
            f"SELECT * FROM actors WHERE id = :id AND {_VISIBLE}", {"id": actor_id, "guild": guild_id}
        )
        return self._actors(rows)[0] if rows else None

    def sub_events(self, event_id: int, *, guild_id: int | None = None) -> list[Event]:
        """An event's children, in date order."""
        rows = self._query(
            f"SELECT * FROM events WHERE parent_id = :id AND {_VISIBLE} "
            "ORDER BY start_min IS NULL, start_min, start_time, name",
            {"id": event_id, "guild": guild_id},
        )
        return self._events(rows)

    def participants(self, event_id: int, *, guild_id: int | None = None) -> list[Participation]:
        """The actors linked to an event, hosts and chairs first."""
        event = self.event(event_id, guild_id=guild_id)
        if event is None:
            return []
        rows = self._query(
            "SELECT actors.*, links.role AS link_role FROM links JOIN actors ON actors.id = links.actor_id "
            "WHERE links.event_id = :id AND (actors.guild_id IS NULL OR actors.guild_id = :guild) "
            "ORDER BY links.id",
            {"id": event_id, "guild": guild_id},
        )
        actors = self._actors(rows)
        return [
            Participation(actor, event, row["link_role"]) for actor, row in zip(actors, rows, strict=True)
        ]

    def participations(self, actor_id: int, *, guild_id: int | None = None) -> list[Participation]:
        """The events an actor is linked to, in date order (undated last)."""
        actor = self.actor(actor_id, guild_id=guild_id)
        if actor is None:
            return []
        rows = self._query(
            "SELECT events.*, links.role AS link_role FROM links JOIN events ON events.id = links.event_id "
            "WHERE links.actor_id = :id AND (events.guild_id IS NULL OR events.guild_id = :guild) "
            "ORDER BY events.start_min IS NULL, events.start_min, events.name",
            {"id": actor_id, "guild": guild_id},
        )
        events = self._events(rows)
        return [
            Participation(actor, event, row["link_role"]) for event, row in zip(events, rows, strict=True)
        ]

    def sources(self, owner: Owner, entry_id: int) -> list[Source]:
        """The documents that support an entry, oldest publication first."""
        rows = self._query(
            f"SELECT documents.* FROM {owner}_sources JOIN documents ON documents.id = document_id "
            f"WHERE {owner}_id = ? ORDER BY documents.published, documents.id",
            [entry_id],
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
    ) -> list[Event]:
        """Dated events not yet over on ``today``, soonest first; cancelled ones left out."""
        sql = f"SELECT * FROM events WHERE end_max >= :today AND status != 'cancelled' AND {_VISIBLE}"
        params: dict[str, Any] = {"today": today.isoformat(), "guild": guild_id}
        if until is not None:
            sql += " AND start_min <= :until"
            params["until"] = until.isoformat()
        if kind:
            sql += " AND kind = :kind"
            params["kind"] = kind
        return self._events(self._query(sql + " ORDER BY start_min, start_time, name", params))

    def undated_announced(self, *, kind: str | None = None, guild_id: int | None = None) -> list[Event]:
        """Announced events whose date is not known yet."""
        sql = f"SELECT * FROM events WHERE start IS NULL AND status = 'announced' AND {_VISIBLE}"
        params: dict[str, Any] = {"guild": guild_id}
        if kind:
            sql += " AND kind = :kind"
            params["kind"] = kind
        return self._events(self._query(sql + " ORDER BY name", params))

    def timeline(
        self,
        *,
        before: date,
        year: int | None = None,
        actor_id: int | None = None,
        guild_id: int | None = None,
    ) -> list[Event]:
        """Events that began before ``before``, oldest first, optionally for one year or actor."""
        sql = f"SELECT * FROM events WHERE start_min < :before AND {_VISIBLE}"
        params: dict[str, Any] = {"before": before.isoformat(), "guild": guild_id}
        if year is not None:
            sql += " AND substr(start, 1, 4) = :year"
            params["year"] = f"{year:04d}"
        if actor_id is not None:
            sql += " AND id IN (SELECT event_id FROM links WHERE actor_id = :actor)"
            params["actor"] = actor_id
        return self._events(self._query(sql + " ORDER BY start_min, start_time, name", params))

    def latest_past(self, *, today: date, guild_id: int | None = None) -> Event | None:
        """The most recent event already over on ``today``."""
        rows = self._query(
            f"SELECT * FROM events WHERE end_max < :today AND {_VISIBLE} "
            "ORDER BY end_max DESC, start_min DESC LIMIT 1",
            {"today": today.isoformat(), "guild": guild_id},
        )
        return self._events(rows)[0] if rows else None

    def all_events(self, *, guild_id: int | None = None) -> list[Event]:
        """Every event this server may see, in date order (undated last)."""
        rows = self._query(
            f"SELECT * FROM events WHERE {_VISIBLE} ORDER BY start_min IS NULL, start_min, name, id",
            {"guild": guild_id},
        )
        return self._events(rows)

    def all_actors(self, *, guild_id: int | None = None) -> list[Actor]:
        """Every actor this server may see, by name."""
        rows = self._query(f"SELECT * FROM actors WHERE {_VISIBLE} ORDER BY name, id", {"guild": guild_id})
        return self._actors(rows)

    def first_entries(
        self, owner: Owner, *, guild_id: int | None = None, limit: int = 25
    ) -> list[tuple[int, str]]:
        """(id, name) of what autocomplete offers before anything is typed: the latest events
        (undated ones last) or the first actors by name; read through indexes, never the whole table."""
        params = {"guild": guild_id, "limit": limit}
        if owner == "actor":
            sql = f"SELECT id, name FROM actors WHERE {_VISIBLE_IN_ORDER} ORDER BY name, id LIMIT :limit"
            return [(row["id"], row["name"]) for row in self._query(sql, params)]
        dated = self._query(
            f"SELECT id, name FROM events WHERE start_min IS NOT NULL AND {_VISIBLE_IN_ORDER} "
            "ORDER BY start_min DESC, name, id LIMIT :limit",
            params,
        )
        undated = self._query(
            f"SELECT id, name FROM events WHERE start_min IS NULL AND {_VISIBLE_IN_ORDER} ORDER BY name, id LIMIT :limit",
            {**params, "limit": limit - len(dated)},
        )
        return [(row["id"], row["name"]) for row in dated + undated]

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
        """Every entry's names, for building the search index."""
        for table in ("event", "actor") if owner is None else (owner,):
            aliases: dict[int, list[str]] = {}
            # Plain tuples rather than dict rows: at a million names this read is on the start-up path.
            with self._lock:
                alias_rows = self.db.execute(
                    f"SELECT {table}_id, alias FROM {table}_aliases ORDER BY id"
                ).fetchall()
                rows = self.db.execute(f"SELECT id, name, guild_id FROM {table}s").fetchall()
            for entry_id, alias in alias_rows:
                aliases.setdefault(entry_id, []).append(alias)
            for entry_id, name, guild_id in rows:
                yield IndexEntry(table, entry_id, guild_id, (name, *aliases.get(entry_id, ())))

    def index_entry(self, owner: Owner, entry_id: int) -> IndexEntry | None:
        """One entry's names, or None once it is gone."""
        rows = self._query(f"SELECT id, name, guild_id FROM {owner}s WHERE id = ?", [entry_id])
        if not rows:
            return None
        aliases = self._query(
            f"SELECT alias FROM {owner}_aliases WHERE {owner}_id = ? ORDER BY id", [entry_id]
        )
        names = (rows[0]["name"], *(row["alias"] for row in aliases))
        return IndexEntry(owner, entry_id, rows[0]["guild_id"], names)

    def counts(self) -> dict[str, int]:
        """How many entries of each kind the store holds."""
        tables = ("events", "actors", "links", "documents")
        return {table: self.db[table].count for table in tables}

    def document_by_hash(self, sha256: str) -> int | None:
        rows = self._query("SELECT id FROM documents WHERE sha256 = ?", [sha256])
        return rows[0]["id"] if rows else None

    def document_by_key(self, key: str) -> int | None:
        rows = self._query("SELECT id FROM documents WHERE key = ?", [key])
        return rows[0]["id"] if rows else None

    def meta(self, key: str) -> str | None:
        rows = self._query("SELECT value FROM meta WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    # ---------------------------------------------------------- row conversion

    def _aliases(self, owner: Owner, ids: list[int]) -> dict[int, tuple[Alias, ...]]:
        found: dict[int, list[Alias]] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self._query(
                f"SELECT {owner}_id AS id, alias, lang FROM {owner}_aliases WHERE {owner}_id IN ({marks}) ORDER BY id",
                chunk,
            ):
                found.setdefault(row["id"], []).append(Alias(row["alias"], row["lang"]))
        return {key: tuple(value) for key, value in found.items()}

    def _events(self, rows: list[dict]) -> list[Event]:
        aliases = self._aliases("event", [row["id"] for row in rows])
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
            )
            for row in rows
        ]

    def _actors(self, rows: list[dict]) -> list[Actor]:
        aliases = self._aliases("actor", [row["id"] for row in rows])
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
        """Change some of an event's fields (same names as add_event)."""
        current = self._query("SELECT * FROM events WHERE id = ?", [event_id])
        if not current:
            raise KeyError(event_id)
        event = self._events(current)[0]
        merged = {
            "name": event.name,
            "kind": event.kind,
            "start": event.start,
            "end": event.end,
            "start_time": event.start_time,
            "timezone": event.timezone,
            "location": event.location,
            "parent_id": event.parent_id,
            "status": event.status,
            "description": event.description,
            "url": event.url,
        }
        merged.update(fields)
        row = _event_row(**merged)
        row["updated_at"] = _now()
        with self.transaction():
            self.db["events"].update(event_id, row)
            self._touched("event", event_id)

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
        """Change some of an actor's fields: name, kind, role, description."""
        allowed = {"name", "kind", "role", "description"}
        if not set(fields) <= allowed:
            raise TypeError(f"unknown actor fields: {set(fields) - allowed}")
        with self.transaction():
            self.db["actors"].update(actor_id, {**fields, "updated_at": _now()})
            self._touched("actor", actor_id)

    def add_alias(self, owner: Owner, entry_id: int, alias: str, lang: str | None = None) -> bool:
        """Give an entry another name; False when it already had it."""
        with self.transaction():
            table = self.db[f"{owner}_aliases"]
            before = table.count_where(f"{owner}_id = ? AND alias = ?", [entry_id, alias])
            if before:
                return False
            table.insert({f"{owner}_id": entry_id, "alias": alias, "lang": lang})
            self._touched(owner, entry_id)
        return True

    def link(self, *, actor_id: int, event_id: int, role: str, document_id: int | None = None) -> bool:
        """Link an actor to an event with a role; False when that link existed."""
        with self.transaction():
            exists = self.db["links"].count_where(
                "actor_id = ? AND event_id = ? AND role = ?", [actor_id, event_id, role]
            )
            if exists:
                return False
            self.db["links"].insert(
                {"actor_id": actor_id, "event_id": event_id, "role": role, "document_id": document_id}
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
    ) -> int:
        """Record a document that entries can cite, and return its id."""
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
