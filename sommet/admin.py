"""Admins' changes to one server's view of the store: each checked, made in one transaction with its audit record, and undoable."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from sommet import admin_input as check
from sommet.calendar import store_calendar
from sommet.dates import PartialDate
from sommet.errors import UserError
from sommet.export import export
from sommet.i18n import LANGUAGES, Message, message, text
from sommet.importing import ImportedEvent, ImportFile, read_import
from sommet.models import Actor, AuditRecord, Event, Location
from sommet.search import EXACT, normalise
from sommet.service import Sommet
from sommet.store import AliasRow, LinkRow, Owner
from sommet.store.documents import Document, Forgotten
from sommet.trust import publishes_to

if TYPE_CHECKING:
    from sommet.fetch import Policy
    from sommet.ingest.merge import MergeReport
    from sommet.ingest.model import Extraction
    from sommet.ingest.pipeline import Source

MAX_ROLE = 100
UNDOABLE = frozenset(
    {
        "event.add",
        "event.edit",
        "event.remove",
        "actor.add",
        "actor.edit",
        "actor.remove",
        "link",
        "unlink",
        "alias.add",
        "alias.remove",
        "document.forget",
    }
)


@dataclass(frozen=True)
class Change:
    """What one admin command changed, as recorded in the audit log."""

    audit_id: int
    action: str
    owner: Owner | None
    entry_id: int | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None

    @property
    def undoable(self) -> bool:
        return self.action in UNDOABLE


@dataclass(frozen=True)
class Who:
    """The server and person a change is made for, and when (the caller's clock)."""

    guild_id: int
    user_id: int
    now: datetime

    @property
    def today(self) -> date:
        return self.now.date()


def event_snapshot(event: Event) -> dict[str, Any]:
    """An event's editable fields as JSON-ready values (dates as ISO text at their precision)."""
    return _snapshot(event, parent_id=event.parent_id)


def _snapshot(event: Event | ImportedEvent, *, parent_id: int | None) -> dict[str, Any]:
    """The editable fields of a stored or an imported event (an import names its parent later)."""
    return {
        "name": event.name,
        "kind": event.kind,
        "start": event.start.iso() if event.start else None,
        "end": event.end.iso() if event.end else None,
        "start_time": event.start_time,
        "timezone": event.timezone,
        "venue": event.location.venue,
        "city": event.location.city,
        "country": event.location.country,
        "parent_id": parent_id,
        "status": event.status,
        "description": event.description,
        "url": event.url,
    }


def actor_snapshot(actor: Actor) -> dict[str, Any]:
    return {"name": actor.name, "kind": actor.kind, "role": actor.role, "description": actor.description}


def _store_fields(owner: Owner, snapshot: dict[str, Any]) -> dict[str, Any]:
    """A snapshot as the keyword arguments the store's writes take."""
    if owner == "actor":
        return dict(snapshot)
    fields = {k: v for k, v in snapshot.items() if k not in ("venue", "city", "country")}
    fields["start"] = PartialDate.parse_iso(snapshot["start"]) if snapshot["start"] else None
    fields["end"] = PartialDate.parse_iso(snapshot["end"]) if snapshot["end"] else None
    fields["location"] = Location(snapshot["venue"], snapshot["city"], snapshot["country"])
    return fields


UPLOAD_BYTES = 1_000_000


def ingest_counts(report: MergeReport) -> dict[str, int]:
    """A merge report as the counts an audit record keeps and a reply shows."""
    return {
        "events added": len(report.events_added),
        "events merged": len(report.events_merged) + len(report.events_updated),
        "actors added": len(report.actors_added),
        "actors merged": len(report.actors_merged) + len(report.actors_updated),
        "links added": report.links_added,
    }


class Admin:
    """The admin commands' core: one method per change, each returning the recorded Change.

    ``trusted`` are the servers the operator lets publish to every server
    (``SOMMET_TRUSTED_SERVERS``); what any other server reads stays its own.
    """

    def __init__(self, sommet: Sommet, *, trusted: frozenset[int] = frozenset()) -> None:
        self.sommet = sommet
        self.store = sommet.store
        self.trusted = trusted

    def publishes_to(self, guild_id: int | None) -> int | None:
        """Where the documents a server adds go: None (every server) when the operator trusts it,
        else the server itself."""
        return publishes_to(guild_id, self.trusted)

    # ------------------------------------------------------------ look-ups

    def entry(self, owner: Owner, entry_id: int, guild_id: int) -> Event | Actor:
        """The entry as this server sees it; a UserError once it is gone."""
        entry = (
            self.store.event(entry_id, guild_id=guild_id)
            if owner == "event"
            else self.store.actor(entry_id, guild_id=guild_id)
        )
        if entry is None:
            raise UserError("admin.gone_event" if owner == "event" else "admin.gone_actor")
        return entry

    def target(self, owner: Owner, query: str, guild_id: int) -> Event | Actor:
        """The entry a typed name (or an autocomplete ``id:N``) names in this server."""
        return self.entry(owner, self.sommet.pick(owner, query, guild_id=guild_id), guild_id)

    def _snapshot(self, owner: Owner, entry_id: int, guild_id: int) -> dict[str, Any]:
        entry = self.entry(owner, entry_id, guild_id)
        return event_snapshot(entry) if owner == "event" else actor_snapshot(entry)  # type: ignore[arg-type]

    def _check_unique(self, owner: Owner, name: str, guild_id: int, *, besides: int | None = None) -> None:
        """Refuse a name (or alias) this server already uses for another entry, saying how to edit that one."""
        key = normalise(name)
        for match in self.sommet.index.rank(name, owner=owner, guild_id=guild_id, limit=25):
            if match.tier == EXACT and normalise(match.matched) == key and match.id != besides:
                keys = {
                    ("event", False): "admin.exists_event",
                    ("event", True): "admin.exists_event_as",
                    ("actor", False): "admin.exists_actor",
                    ("actor", True): "admin.exists_actor_as",
                }
                raise UserError(
                    keys[owner, match.matched != match.name], name=match.name, matched=match.matched
                )

    def _parent(self, text: str | None, guild_id: int, *, child: int | None = None) -> int | None:
        if text is None or text.strip() == check.CLEAR:
            return None
        parent = self.target("event", text, guild_id)
        seen, current = set(), parent
        while current is not None and current.id not in seen:
            if current.id == child:
                raise UserError("admin.parent_loop", name=parent.name)
            seen.add(current.id)
            current = self.store.event(current.parent_id, guild_id=guild_id) if current.parent_id else None
        return parent.id

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

    # --------------------------------------------------------------- links

    def link(self, who: Who, *, actor: str, event: str, role: str) -> Change:
        """Say that an actor took part in an event, in a role, in this server."""
        found_actor = self.target("actor", actor, who.guild_id)
        found_event = self.target("event", event, who.guild_id)
        role = check.clean_name(role, what="role")
        for existing in self.store.scoped_links(
            actor_id=found_actor.id, event_id=found_event.id, guild_id=who.guild_id
        ):
            if normalise(existing.role) == normalise(role):
                raise UserError(
                    "admin.already_linked", actor=found_actor.name, event=found_event.name, role=existing.role
                )
        summary = f"{found_actor.name} → {found_event.name}"
        with self.store.transaction():
            self.store.link(
                actor_id=found_actor.id, event_id=found_event.id, role=role, guild_id=who.guild_id
            )
            [row] = [
                r
                for r in self.store.scoped_links(
                    actor_id=found_actor.id, event_id=found_event.id, guild_id=who.guild_id
                )
                if r.role == role and r.guild_id == who.guild_id
            ]
            return self._record(
                who, "link", "event", found_event.id, summary, None, {"role": role}, {"link": _link(row)}
            )

    def unlink(self, who: Who, *, actor: str, event: str, role: str | None = None) -> Change:
        """Remove an actor's links to an event (only the one role when given), in this server."""
        found_actor = self.target("actor", actor, who.guild_id)
        found_event = self.target("event", event, who.guild_id)
        links = self.store.scoped_links(
            actor_id=found_actor.id, event_id=found_event.id, guild_id=who.guild_id
        )
        if role is not None:
            links = [link for link in links if normalise(link.role) == normalise(role)]
        if not links:
            if role:
                raise UserError(
                    "admin.not_linked_as",
                    actor=found_actor.name,
                    event=found_event.name,
                    role=role.strip()[:100],
                )
            raise UserError("admin.not_linked", actor=found_actor.name, event=found_event.name)
        summary = f"{found_actor.name} → {found_event.name}"
        with self.store.transaction():
            for link in links:
                if link.guild_id is None:
                    self.store.hide(who.guild_id, "link", link.id)
                else:
                    self.store.delete_link(link)
            return self._record(
                who,
                "unlink",
                "event",
                found_event.id,
                summary,
                {"roles": [link.role for link in links]},
                None,
                {"links": [_link(link) for link in links]},
            )

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

    # ------------------------------------------------------------ settings

    def set_editors(self, who: Who, role_id: int | None, role_name: str | None) -> Change:
        """Name the role whose members may use the admin commands (None: Manage Server only)."""
        before = self.store.editor_role(who.guild_id)
        with self.store.transaction():
            self.store.set_editor_role(who.guild_id, role_id)
            return self._record(
                who,
                "editors",
                None,
                None,
                role_name or "Manage Server only",
                {"role_id": before},
                {"role_id": role_id},
            )

    def set_language(self, who: Who, language: str) -> Change:
        """Choose the server's language for replies (to members Sommet cannot answer in their own)
        and for reminder posts."""
        if language not in LANGUAGES:
            raise UserError("admin.bad_language", allowed=", ".join(LANGUAGES))
        before = self.store.server_language(who.guild_id)
        with self.store.transaction():
            self.store.set_server_language(who.guild_id, language)
            return self._record(
                who, "language", None, None, language, {"language": before}, {"language": language}
            )

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

    # ---------------------------------------------------------- undo, log

    def undo(self, who: Who, audit_id: int) -> Change:
        """Revert exactly one recorded change, and record that too."""
        record = self.store.audit_record(audit_id, guild_id=who.guild_id)
        if record is None or record.action not in UNDOABLE:
            raise UserError("admin.cannot_undo")
        if record.undone_by is not None:
            raise UserError("admin.already_undone")
        owner: Owner = record.owner  # type: ignore[assignment]
        with self.store.transaction():
            self._revert(who, record, owner)
            return self._record(
                who,
                "undo",
                owner,
                record.entry_id,
                record.summary,
                record.after,
                record.before,
                {"of": record.action},
                undoes=record.id,
            )

    def _revert(self, who: Who, record: AuditRecord, owner: Owner) -> None:
        guild, entry_id = who.guild_id, record.entry_id
        assert entry_id is not None
        action = record.action
        if action.endswith(".add"):
            if action == "alias.add":
                self.store.delete_alias(owner, AliasRow(**record.detail["alias"]))
            else:
                self.store.hide(guild, owner, entry_id)
        elif action.endswith(".edit"):
            current = self._snapshot(owner, entry_id, guild)
            current.update(record.before or {})
            self.store.edit_entry(owner, entry_id, guild_id=guild, **_store_fields(owner, current))
        elif action.endswith(".remove") and action != "alias.remove":
            self.store.unhide(guild, owner, entry_id)
        elif action == "link":
            self.store.delete_link(LinkRow(**record.detail["link"]))
        elif action == "unlink":
            for data in record.detail["links"]:
                link = LinkRow(**data)
                if link.guild_id is None:
                    self.store.unhide(guild, "link", link.id)
                else:
                    self.store.restore_link(link)
        elif action == "document.forget":
            self.store.documents.restore(record.detail["forgotten"])
        elif action == "alias.remove":
            for data in record.detail["aliases"]:
                alias = AliasRow(**data)
                if alias.guild_id is None:
                    self.store.unhide(guild, f"{owner}_alias", alias.id)  # type: ignore[arg-type]
                else:
                    self.store.restore_alias(owner, alias)

    # ----------------------------------------------------------------- ingest
    # The pipeline loads spaCy, so it is imported when a document first arrives, not at start-up.

    def read_upload(self, file_name: str, raw: bytes, *, guild_id: int | None = None) -> Source:
        """An uploaded document, checked: a .txt, .md or .html text of at most 1 MB, not read before
        where this server's documents go."""
        from sommet.ingest.clean import FORMATS
        from sommet.ingest.pipeline import source_from_bytes

        if len(raw) > UPLOAD_BYTES:
            raise UserError("ingest.too_big", size=len(raw))
        if PurePath(file_name).suffix.lower() not in FORMATS:
            raise UserError("ingest.wrong_type")
        try:
            if b"\x00" in raw:
                raise UnicodeDecodeError("utf-8", raw, 0, 1, "NUL byte")
            raw.decode("utf-8")
        except UnicodeDecodeError:
            raise UserError("ingest.not_text") from None
        source = source_from_bytes(file_name, raw)
        self._check_new(source, file_name, guild_id)
        return source

    async def read_link(self, url: str, policy: Policy, *, guild_id: int | None = None) -> Source:
        """A news page fetched within ``policy`` and read to its article; not read before (by URL
        or by text) where this server's documents go. FetchError (a UserError) says why a link
        cannot be read."""
        from sommet.fetch import check_url
        from sommet.ingest.web import fetch_page

        url = check_url(url)
        if self.store.documents.by_url(url, guild_id=self.publishes_to(guild_id)) is not None:
            raise UserError("ingest.known", name=url[:100])
        source = await fetch_page(url, policy)
        self._check_new(source, url, guild_id)
        return source

    def _check_new(self, source: Source, name: str, guild_id: int | None) -> None:
        """Refuse a text already read where this server's documents go (another server's private
        copy does not count: it is theirs)."""
        if self.store.document_by_hash(source.sha256 or "", guild_id=self.publishes_to(guild_id)):
            raise UserError("ingest.known", name=name[:100])

    @staticmethod
    def extract(source: Source) -> Extraction:
        """Read a document into facts. Blocking (spaCy): callers run it off the event loop."""
        from sommet.ingest.pipeline import extract_many

        return next(extract_many([source]))

    def preview_ingest(self, extraction: Extraction, *, guild_id: int | None = None) -> MergeReport:
        """What merging would add and merge in this server's view, with the store left as it was."""
        from sommet.ingest.merge import plan

        return plan(self.store, [extraction], guild_id=self.publishes_to(guild_id)).reports[0]

    def ingest(self, who: Who, extraction: Extraction) -> Change:
        """Merge a document's facts and record who did it, in one transaction: seen by every
        server when the operator trusts this one, else by this server only."""
        from sommet.ingest.merge import merge

        scope = self.publishes_to(who.guild_id)
        with self.store.transaction():
            sha256 = extraction.sha256
            if sha256 and self.store.document_by_hash(sha256, guild_id=scope) is not None:
                raise UserError("ingest.known", name=(extraction.file_name or "")[:100])
            report = merge(self.store, extraction, guild_id=scope)
            if report.document_id is not None and scope is None:
                self.store.documents.claim(report.document_id, who.guild_id)
            summary = extraction.title or extraction.file_name or ""
            return self._record(who, "ingest", None, None, summary[:200], None, ingest_counts(report))

    # ------------------------------------------------------------ documents

    def own_document(self, guild_id: int, ref: str) -> Document:
        """One of the documents this server may forget, by name, link or hash prefix: those it
        added, but a document it shared (while trusted) only while the operator still trusts it,
        as forgetting that changes what every server sees."""
        return self.store.documents.find(ref, guild_id=guild_id, private_only=guild_id not in self.trusted)

    def own_documents(self, guild_id: int, current: str) -> list[Document]:
        """The documents this server may forget whose name, title or link contains ``current``."""
        return self.store.documents.names(
            current, guild_id=guild_id, private_only=guild_id not in self.trusted
        )

    def _may_forget(self, guild_id: int, document: Document) -> bool:
        return document.guild_id == guild_id and (document.private or guild_id in self.trusted)

    def preview_forget(self, document: Document) -> Forgotten:
        """What forgetting would remove and keep, with the store left as it was."""
        return self.store.documents.would_forget(document.id)

    def forget(self, who: Who, document: Document) -> Change:
        """Forget one of this server's documents and what only it supports, recorded with all it
        removed (so that Undo can put it back), in one transaction."""
        with self.store.transaction():
            current = self.store.documents.get(document.id)
            if current is None or not self._may_forget(who.guild_id, current):  # forgotten meanwhile
                raise UserError("forget.unknown", ref=document.name[:100])
            forgotten = self.store.documents.forget(document.id)
            return self._record(
                who,
                "document.forget",
                None,
                document.id,
                forgotten.document[:200],
                None,
                forgotten.counts(),
                {"forgotten": asdict(forgotten)},
            )

    # -------------------------------------------------------------- sources

    def add_source(self, who: Who, url: str, title: str | None) -> Change:
        """Follow a feed for this server (checked beforehand by the caller), recorded in its history."""
        with self.store.transaction():
            feed = self.store.feeds.add(url, guild_id=who.guild_id, now=who.now)
            return self._record(who, "source.add", None, feed.id, (title or url)[:200], None, {"url": url})

    def remove_source(self, who: Who, url: str) -> Change:
        """Stop following one of this server's feeds; what it brought stays."""
        with self.store.transaction():
            feed = self.store.feeds.remove(url, guild_id=who.guild_id)
            return self._record(
                who, "source.remove", None, feed.id, (feed.title or feed.url)[:200], {"url": feed.url}, None
            )

    def history(self, guild_id: int) -> list[AuditRecord]:
        """This server's changes, newest first."""
        return self.store.audit_log(guild_id=guild_id)

    def _record(
        self,
        who: Who,
        action: str,
        owner: Owner | None,
        entry_id: int | None,
        summary: str,
        before: dict[str, Any] | None,
        after: dict[str, Any] | None,
        detail: dict[str, Any] | None = None,
        *,
        undoes: int | None = None,
    ) -> Change:
        audit_id = self.store.record_audit(
            guild_id=who.guild_id,
            user_id=who.user_id,
            at=who.now,
            action=action,
            owner=owner,
            entry_id=entry_id,
            summary=summary,
            before=before,
            after=after,
            detail=detail,
            undoes=undoes,
        )
        return Change(audit_id, action, owner, entry_id, summary, before, after)


def _imported_snapshot(event: ImportedEvent) -> dict[str, Any]:
    return _snapshot(event, parent_id=None)


def _link(row: LinkRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "actor_id": row.actor_id,
        "event_id": row.event_id,
        "role": row.role,
        "guild_id": row.guild_id,
        "document_id": row.document_id,
    }


def _alias(row: AliasRow) -> dict[str, Any]:
    return {
        "id": row.id,
        "entry_id": row.entry_id,
        "alias": row.alias,
        "lang": row.lang,
        "guild_id": row.guild_id,
    }
