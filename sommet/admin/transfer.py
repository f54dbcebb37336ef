"""Exporting a server's knowledge, and importing a file of events back."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sommet.admin.core import AdminBase, Change, Who, _imported_snapshot, _store_fields
from sommet.calendar import store_calendar
from sommet.errors import UserError
from sommet.export import export
from sommet.i18n import Message, message, text
from sommet.importing import ImportFile, read_import
from sommet.search import EXACT, normalise
from sommet.store import Owner


class Transfer(AdminBase):
    """Export and import."""

    # ------------------------------------------------------ export, import

    def export_files(self, guild_id: int, now: datetime, *, locale: str = "en") -> tuple[bytes, bytes, int]:
        """This server's view as export-format JSON, its upcoming events as .ics, and how many
        upcoming events the calendar left out because their day is not known yet."""
        data = json.dumps(export(self.store, guild_id=guild_id), ensure_ascii=False, indent=2)
        upcoming = self.store.upcoming(today=now.date(), guild_id=guild_id)
        title = text("calendar.upcoming_title", locale)
        ics, left_out = store_calendar(
            self.store, upcoming, now=now, title=title, locale=locale, guild_id=guild_id
        )
        return data.encode("utf-8"), ics, left_out

    def import_file(self, who: Who, raw: bytes) -> Change:
        """Make this server's view match a file in the export format: all of it, or nothing.

        Entries are matched by name (or alias) in this server's view; matches are edited,
        the rest added, and missing aliases and links added. Nothing is removed.
        """
        return self.apply_import(who, read_import(raw))

    def apply_import(self, who: Who, data: ImportFile) -> Change:
        """Apply a file already read by ``read_import`` (which callers may run off the event loop)."""
        counts = dict.fromkeys(
            (
                "events added",
                "events changed",
                "actors added",
                "actors changed",
                "aliases added",
                "links added",
            ),
            0,
        )
        with self.store.transaction():
            actors: dict[str, int] = {}
            for actor in data.actors:
                snapshot = {
                    "name": actor.name,
                    "kind": actor.kind,
                    "role": actor.role,
                    "description": actor.description,
                }
                actors[normalise(actor.name)] = self._put(who, "actor", snapshot, counts)
                counts["aliases added"] += self._add_aliases(
                    who, "actor", actors[normalise(actor.name)], actor.aliases
                )
            events: dict[str, int] = {}
            for event in data.events:
                snapshot = _imported_snapshot(event)
                events[normalise(event.name)] = self._put(who, "event", snapshot, counts)
                counts["aliases added"] += self._add_aliases(
                    who, "event", events[normalise(event.name)], event.aliases
                )
            for index, event in enumerate(data.events):
                where = message("import.where_named", key="events", index=index, name=event.name)
                event_id = events[normalise(event.name)]
                parent_id = self._named(who, "event", event.parent, events, where) if event.parent else None
                current = self._snapshot("event", event_id, who.guild_id)
                if current["parent_id"] != parent_id:
                    current["parent_id"] = parent_id
                    self.store.edit_entry(
                        "event", event_id, guild_id=who.guild_id, **_store_fields("event", current)
                    )
                for name, role in event.actors:
                    actor_id = self._named(who, "actor", name, actors, where)
                    roles = self.store.scoped_links(
                        actor_id=actor_id, event_id=event_id, guild_id=who.guild_id
                    )
                    if all(normalise(link.role) != normalise(role) for link in roles):
                        self.store.link(
                            actor_id=actor_id, event_id=event_id, role=role, guild_id=who.guild_id
                        )
                        counts["links added"] += 1
            summary = f"{len(data.events)} events and {len(data.actors)} actors from a file"
            return self._record(who, "import", None, None, summary, None, counts)

    def _existing(self, owner: Owner, name: str, guild_id: int) -> int | None:
        """The entry this server already knows by exactly this name or alias."""
        key = normalise(name)
        for match in self.sommet.index.rank(name, owner=owner, guild_id=guild_id, limit=25):
            if match.tier == EXACT and normalise(match.matched) == key:
                return match.id
        return None

    def _put(self, who: Who, owner: Owner, snapshot: dict[str, Any], counts: dict[str, int]) -> int:
        """Add an entry, or edit the one of that name to match; counts what it did."""
        entry_id = self._existing(owner, snapshot["name"], who.guild_id)
        if entry_id is None:
            counts[f"{owner}s added"] += 1
            add = self.store.add_event if owner == "event" else self.store.add_actor
            return add(origin="admin", guild_id=who.guild_id, **_store_fields(owner, snapshot))
        current = self._snapshot(owner, entry_id, who.guild_id)
        wanted = {**current, **{k: v for k, v in snapshot.items() if k != "parent_id"}}
        if wanted != current:
            counts[f"{owner}s changed"] += 1
            self.store.edit_entry(owner, entry_id, guild_id=who.guild_id, **_store_fields(owner, wanted))
        return entry_id

    def _add_aliases(self, who: Who, owner: Owner, entry_id: int, aliases: tuple[str, ...]) -> int:
        entry = self.entry(owner, entry_id, who.guild_id)
        known = {normalise(entry.name), *(normalise(alias.name) for alias in entry.aliases)}
        added = 0
        for alias in aliases:
            if normalise(alias) not in known:
                known.add(normalise(alias))
                added += self.store.add_alias(owner, entry_id, alias, guild_id=who.guild_id)
        return added

    def _named(self, who: Who, owner: Owner, name: str, in_file: dict[str, int], where: Message) -> int:
        found = in_file.get(normalise(name)) or self._existing(owner, name, who.guild_id)
        if found is None:
            raise UserError(
                "import.unknown_event" if owner == "event" else "import.unknown_actor",
                where=where,
                name=name[:100],
            )
        return found
