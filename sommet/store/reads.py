"""Reading knowledge: events, actors, their links, sources and aliases, as one server sees them."""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sommet.models import Actor, Alias, Event, Location, Participation, Source
from sommet.store.connection import Connection
from sommet.store.rows import (
    _OWN_OR_SHARED_IN_ORDER,
    Owner,
    _document_visible,
    _ordered,
    _partial,
    _row_visible,
)


class Reads(Connection):
    """Knowledge reads, each through the visibility rule for the server asking."""

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
        """Rows of the ``other`` entries this server sees linked to one entry, with the link's role.

        The linked ids are read first and written into the query as numbers: SQLite pushes a
        constant ``id IN (...)`` into each arm of the per-server view, but not a join on it, and
        materialised the whole view instead (0.1-0.2 s an event card at 30,000 actors).
        """
        params = {"id": entry_id, "guild": guild_id}
        with self._lock:
            ids = [
                row[0]
                for row in self.db.execute(f"SELECT {other}_id FROM links WHERE {this}_id = :id", params)
            ]
            listed = ", ".join(str(int(other_id)) for other_id in dict.fromkeys(ids))
            return self._query(
                f"SELECT other.*, links.role AS link_role FROM links JOIN "
                f"(SELECT * FROM {self._view[other]} WHERE id IN ({listed})) AS other "
                f"ON other.id = links.{other}_id WHERE links.{this}_id = :id AND {_row_visible('links', 'link')} "
                + order,
                params,
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
