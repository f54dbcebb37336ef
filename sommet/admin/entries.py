"""Admins adding, editing and removing events and actors, and their aliases, in one server."""

from __future__ import annotations

from typing import Any

from sommet import admin_input as check
from sommet.admin.core import (
    MAX_ROLE,
    AdminBase,
    Change,
    Who,
    _alias,
    _store_fields,
    actor_snapshot,
    event_snapshot,
)
from sommet.errors import UserError
from sommet.search import normalise
from sommet.store import Owner


class EntryEdits(AdminBase):
    """Events, actors and aliases, as one server's admins change them."""

    # -------------------------------------------------------------- events

    def add_event(
        self,
        who: Who,
        *,
        name: str,
        start: str,
        end: str | None = None,
        venue: str | None = None,
        city: str | None = None,
        country: str | None = None,
        timezone: str | None = None,
        kind: str = "summit",
        status: str = "confirmed",
        parent: str | None = None,
        description: str | None = None,
        link: str | None = None,
    ) -> Change:
        """Add an event that only this server sees."""
        name = check.clean_name(name)
        first, last = check.parse_dates(start, end, today=who.today)
        snapshot = {
            "name": name,
            "kind": check.event_kind(kind),
            "start": first.iso(),
            "end": last.iso() if last else None,
            "start_time": None,
            "timezone": check.parse_timezone(timezone) if timezone else None,
            "venue": check.clean_text(venue, what="venue", limit=check.MAX_PLACE),
            "city": check.clean_text(city, what="city", limit=check.MAX_PLACE),
            "country": check.clean_text(country, what="country", limit=check.MAX_PLACE),
            "parent_id": self._parent(parent, who.guild_id),
            "status": check.status(status),
            "description": check.clean_text(description, what="description", limit=check.MAX_DESCRIPTION),
            "url": check.parse_url(link) if link else None,
        }
        self._check_unique("event", name, who.guild_id)
        with self.store.transaction():
            event_id = self.store.add_event(
                origin="admin", guild_id=who.guild_id, **_store_fields("event", snapshot)
            )
            return self._record(who, "event.add", "event", event_id, name, None, snapshot)

    def edit_event(self, who: Who, target: str, **changes: str | None) -> Change:
        """Change some fields of an event in this server; ``-`` empties an optional field."""
        event = self.target("event", target, who.guild_id)
        new = event_snapshot(event)  # type: ignore[arg-type]
        given = {key: value for key, value in changes.items() if value is not None}
        if not given:
            raise UserError("admin.nothing_given")
        cleared = {key for key, value in given.items() if value.strip() == check.CLEAR}
        if "name" in given:
            new["name"] = check.clean_name(given["name"])
        if "start" in given or "end" in given:
            # A new start brings its own end (a range, or none) unless an end is given too.
            start = given.get("start") or new["start"]
            if start is None:
                raise UserError("admin.start_needed")
            end = None if "end" not in given or "end" in cleared else given["end"]
            first, last = check.parse_dates(start, end, today=who.today)
            new["start"], new["end"] = first.iso(), last.iso() if last else None
        if "kind" in given:
            new["kind"] = check.event_kind(given["kind"])
        if "status" in given:
            new["status"] = check.status(given["status"])
        if "timezone" in given:
            new["timezone"] = None if "timezone" in cleared else check.parse_timezone(given["timezone"])
        for place in ("venue", "city", "country"):
            if place in given:
                new[place] = check.clean_text(
                    "" if place in cleared else given[place], what=place, limit=check.MAX_PLACE
                )
        if "description" in given:
            text = "" if "description" in cleared else given["description"]
            new["description"] = check.clean_text(text, what="description", limit=check.MAX_DESCRIPTION)
        if "link" in given:
            new["url"] = None if "link" in cleared else check.parse_url(given["link"])
        if "parent" in given:
            new["parent_id"] = self._parent(given["parent"], who.guild_id, child=event.id)
        return self._edit(who, "event", event.id, new)

    # -------------------------------------------------------------- actors

    def add_actor(
        self,
        who: Who,
        *,
        name: str,
        kind: str = "person",
        role: str | None = None,
        description: str | None = None,
    ) -> Change:
        """Add a person, organisation or country that only this server sees."""
        name = check.clean_name(name)
        snapshot = {
            "name": name,
            "kind": check.actor_kind(kind),
            "role": check.clean_text(role, what="role", limit=MAX_ROLE),
            "description": check.clean_text(description, what="description", limit=check.MAX_DESCRIPTION),
        }
        self._check_unique("actor", name, who.guild_id)
        with self.store.transaction():
            actor_id = self.store.add_actor(origin="admin", guild_id=who.guild_id, **snapshot)
            return self._record(who, "actor.add", "actor", actor_id, name, None, snapshot)

    def edit_actor(self, who: Who, target: str, **changes: str | None) -> Change:
        actor = self.target("actor", target, who.guild_id)
        new = actor_snapshot(actor)  # type: ignore[arg-type]
        given = {key: value for key, value in changes.items() if value is not None}
        if not given:
            raise UserError("admin.nothing_given")
        if "name" in given:
            new["name"] = check.clean_name(given["name"])
        if "kind" in given:
            new["kind"] = check.actor_kind(given["kind"])
        for key, limit in (("role", MAX_ROLE), ("description", check.MAX_DESCRIPTION)):
            if key in given:
                text = "" if given[key].strip() == check.CLEAR else given[key]
                new[key] = check.clean_text(text, what=key, limit=limit)
        return self._edit(who, "actor", actor.id, new)

    # -------------------------------------------------------------- shared

    def _edit(self, who: Who, owner: Owner, entry_id: int, new: dict[str, Any]) -> Change:
        old = self._snapshot(owner, entry_id, who.guild_id)
        changed = [key for key in new if new[key] != old[key]]
        if not changed:
            raise UserError("admin.unchanged_event" if owner == "event" else "admin.unchanged_actor")
        if "name" in changed:
            self._check_unique(owner, new["name"], who.guild_id, besides=entry_id)
        before = {key: old[key] for key in changed}
        after = {key: new[key] for key in changed}
        with self.store.transaction():
            self.store.edit_entry(owner, entry_id, guild_id=who.guild_id, **_store_fields(owner, new))
            return self._record(who, f"{owner}.edit", owner, entry_id, new["name"], before, after)

    def remove(self, who: Who, owner: Owner, entry_id: int) -> Change:
        """Remove an entry from this server's view (shared entries stay for other servers)."""
        snapshot = self._snapshot(owner, entry_id, who.guild_id)
        with self.store.transaction():
            self.store.hide(who.guild_id, owner, entry_id)
            return self._record(who, f"{owner}.remove", owner, entry_id, snapshot["name"], snapshot, None)

    # ------------------------------------------------------------- aliases

    def add_alias(self, who: Who, owner: Owner, target: str, alias: str, lang: str | None = None) -> Change:
        """Give an entry another name in this server."""
        entry = self.target(owner, target, who.guild_id)
        alias = check.clean_name(alias, what="alias")
        if normalise(alias) in {normalise(entry.name), *(normalise(a.name) for a in entry.aliases)}:
            raise UserError("admin.alias_exists", name=entry.name, alias=alias)
        self._check_unique(owner, alias, who.guild_id)
        with self.store.transaction():
            self.store.add_alias(owner, entry.id, alias, lang, guild_id=who.guild_id)
            [row] = [
                r
                for r in self.store.scoped_aliases(owner, entry.id, guild_id=who.guild_id)
                if r.alias == alias and r.guild_id == who.guild_id
            ]
            return self._record(
                who, "alias.add", owner, entry.id, entry.name, None, {"alias": alias}, {"alias": _alias(row)}
            )

    def remove_alias(self, who: Who, owner: Owner, target: str, alias: str) -> Change:
        entry = self.target(owner, target, who.guild_id)
        rows = [
            r
            for r in self.store.scoped_aliases(owner, entry.id, guild_id=who.guild_id)
            if normalise(r.alias) == normalise(alias)
        ]
        if not rows:
            names = ", ".join(a.name for a in entry.aliases) or "—"
            raise UserError("admin.no_such_alias", name=entry.name, alias=alias.strip()[:100], names=names)
        with self.store.transaction():
            for row in rows:
                if row.guild_id is None:
                    self.store.hide(who.guild_id, f"{owner}_alias", row.id)  # type: ignore[arg-type]
                else:
                    self.store.delete_alias(owner, row)
            return self._record(
                who,
                "alias.remove",
                owner,
                entry.id,
                entry.name,
                {"alias": rows[0].alias},
                None,
                {"aliases": [_alias(row) for row in rows]},
            )
