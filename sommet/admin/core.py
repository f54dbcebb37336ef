"""What every admin change shares: the Change and Who records, entry snapshots, look-ups, and
the audit record each change writes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from sommet import admin_input as check
from sommet.dates import PartialDate
from sommet.errors import UserError
from sommet.importing import ImportedEvent
from sommet.models import Actor, AuditRecord, Event, Location
from sommet.search import EXACT, normalise
from sommet.service import Sommet
from sommet.store import AliasRow, LinkRow, Owner
from sommet.trust import publishes_to

if TYPE_CHECKING:
    from sommet.ingest.merge import MergeReport


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


class AdminBase:
    """The shared part of the admin core: the store, look-ups, and recording each change."""

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
