"""Writing knowledge: adding and changing events, actors, aliases, links, documents and citations."""

from __future__ import annotations

from typing import Any

from sommet.dates import PartialDate
from sommet.models import Location
from sommet.store.connection import Connection
from sommet.store.rows import NO_LOCATION, Owner, _now, _partial


class Writes(Connection):
    """Knowledge writes, each in one transaction that tells the listeners once committed."""

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

    def remove_event(self, event_id: int) -> None:
        """Delete an event with its names, links and citations; its sub-events lose their parent."""
        with self.transaction():
            self.db.execute("UPDATE events SET parent_id = NULL WHERE parent_id = ?", [event_id])
            for table in ("event_aliases", "event_sources", "links"):
                self.db.execute(f"DELETE FROM {table} WHERE event_id = ?", [event_id])
            self.db.execute("DELETE FROM events WHERE id = ?", [event_id])
            self._touched("event", event_id)


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
