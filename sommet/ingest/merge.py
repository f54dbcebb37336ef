"""Adding an Extraction to the store: known entries gain names, links and sources instead of duplicates.

Entries from the shipped data or from admins are never changed by extraction, only added to;
entries that earlier documents created may have their missing dates, place, role or parent filled.
A server's private document (``guild_id``) reads and writes that server's view only (see ``_Scope``).
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from typing import Any

from sommet.dates import PartialDate
from sommet.export import export_some
from sommet.ingest.identity import SAME_NAME, known_event
from sommet.ingest.model import Extraction, FoundActor, FoundEvent
from sommet.models import Actor, Event
from sommet.search import acronym, name_key, name_similarity, normalise
from sommet.store import Owner, Store

_EXTRACTED = "document"


@dataclass
class MergeReport:
    """What one document did to the store, by entry name."""

    file_name: str | None = None
    document_id: int | None = None
    events_added: list[str] = field(default_factory=list)
    events_merged: list[str] = field(default_factory=list)
    events_updated: list[str] = field(default_factory=list)
    actors_added: list[str] = field(default_factory=list)
    actors_merged: list[str] = field(default_factory=list)
    actors_updated: list[str] = field(default_factory=list)
    links_added: int = 0
    event_ids: set[int] = field(default_factory=set)
    actor_ids: set[int] = field(default_factory=set)


@dataclass(frozen=True)
class Plan:
    """What merging would do, and the entries it would add or change in the export format."""

    reports: list[MergeReport]
    preview: dict[str, list[dict[str, Any]]]


@dataclass(frozen=True)
class _Scope:
    """Where one document's facts go: shared by every server (``guild_id`` None), or private to one.

    A private document is matched against what its server sees. Its new entries and its links are
    that server's rows; a name it adds to a shared entry is that server's alias, and what it fills
    in on a shared entry becomes that server's override: no other server sees anything change.
    """

    store: Store
    guild_id: int | None

    def add_alias(self, owner: Owner, entry_id: int, name: str, lang: str | None) -> None:
        # The server's own entry is private already: its names need no mark of their own.
        shared = self.store.is_shared(owner, entry_id)
        self.store.add_alias(owner, entry_id, name, lang, guild_id=self.guild_id if shared else None)

    def link(self, *, actor_id: int, event_id: int, role: str, document_id: int) -> bool:
        seen = self.store.scoped_links(actor_id=actor_id, event_id=event_id, guild_id=self.guild_id)
        if any(link.role == role for link in seen):
            return False  # the server sees that link already (a shared one, for a private document)
        return self.store.link(
            actor_id=actor_id, event_id=event_id, role=role, document_id=document_id, guild_id=self.guild_id
        )

    def fill(self, owner: Owner, entry_id: int, **changes: Any) -> None:
        if self.guild_id is None:
            update = self.store.update_event if owner == "event" else self.store.update_actor
            update(entry_id, **changes)
        else:
            self.store.edit_entry(owner, entry_id, guild_id=self.guild_id, origin=_EXTRACTED, **changes)


def era_in(store: Store, extraction: Extraction, *, guild_id: int | None = None) -> PartialDate | None:
    """The date of the first event of a document that is a known entry dated to the month at least:
    "dans la foulée du Sommet de l'IA" places an excerpt's "le 6 février" near that summit. Judged
    by a merge that is rolled back, so with every kind of evidence the merge uses."""
    [report] = _rolled_back(store, [extraction], guild_id, preview=False)[0]
    known = {event.name: event for event in store.all_events(guild_id=guild_id)}
    for name in report.events_merged:
        event = known.get(name)
        if event is not None and event.start is not None and event.start.month is not None:
            return event.start
    return None


def merge(store: Store, extraction: Extraction, *, guild_id: int | None = None) -> MergeReport:
    """Write one document's facts in one transaction; nothing is written if any part fails.
    With ``guild_id``, the document and what it teaches are that server's only."""
    with store.transaction():
        return _merge(_Scope(store, guild_id), extraction)


class _Rollback(Exception):
    pass


def plan(store: Store, extractions: list[Extraction], *, guild_id: int | None = None) -> Plan:
    """What merging these documents would add, merge and update, leaving the store untouched."""
    reports, preview = _rolled_back(store, extractions, guild_id, preview=True)
    return Plan(reports, preview)


def _rolled_back(
    store: Store, extractions: list[Extraction], guild_id: int | None, *, preview: bool
) -> tuple[list[MergeReport], dict[str, Any]]:
    """The reports of merging these documents (and their export, with ``preview``), undone."""
    result: tuple[list[MergeReport], dict[str, Any]] = ([], {})
    with contextlib.suppress(_Rollback), store.transaction():
        reports = [_merge(_Scope(store, guild_id), extraction) for extraction in extractions]
        events = set().union(*(r.event_ids for r in reports)) if reports else set()
        actors = set().union(*(r.actor_ids for r in reports)) if reports else set()
        shown = export_some(store, events=events, actors=actors, guild_id=guild_id) if preview else {}
        result = (reports, shown)
        raise _Rollback
    return result


def _merge(scope: _Scope, extraction: Extraction) -> MergeReport:
    store, guild_id = scope.store, scope.guild_id
    report = MergeReport(file_name=extraction.file_name)
    document_id = store.add_document(
        sha256=extraction.sha256,
        file_name=extraction.file_name,
        title=extraction.title,
        publisher=extraction.publisher,
        published=extraction.published.iso() if extraction.published else None,
        language=extraction.language,
        url=extraction.url,
        guild_id=guild_id,
    )
    report.document_id = document_id
    store.documents.add_sentences(document_id, extraction.sentences)
    actor_ids: dict[str, int] = {}
    known_actors = store.all_actors(guild_id=guild_id)
    for found in extraction.actors:
        actor_ids[found.name] = _merge_actor(scope, found, known_actors, document_id, extraction, report)
    event_ids: dict[str, int] = {}
    known_events = store.all_events(guild_id=guild_id)
    for found in extraction.events:
        actors = {actor_ids[name] for name, _ in found.actors if name in actor_ids}
        event_ids[found.name] = _merge_event(
            scope, found, actors, known_events, document_id, extraction, report
        )
    for found in extraction.events:
        event_id = event_ids[found.name]
        if found.parent in event_ids and event_ids[found.parent] != event_id:
            event = store.event(event_id, guild_id=guild_id)
            if event is not None and event.parent_id is None and event.origin == _EXTRACTED:
                scope.fill("event", event_id, parent_id=event_ids[found.parent])
        for actor_name, role in found.actors:
            if actor_name in actor_ids:
                report.links_added += scope.link(
                    actor_id=actor_ids[actor_name], event_id=event_id, role=role, document_id=document_id
                )
    return report


# ------------------------------------------------------------------ actors


def _merge_actor(
    scope: _Scope,
    found: FoundActor,
    known: list[Actor],
    document_id: int,
    extraction: Extraction,
    report: MergeReport,
) -> int:
    store = scope.store
    match = next((actor for actor in known if _same_actor(actor, found)), None)
    if match is None:
        actor_id = store.add_actor(
            name=found.name, kind=found.kind, role=found.role, origin=_EXTRACTED, guild_id=scope.guild_id
        )
        _cite_new(store, "actor", actor_id, found, document_id, extraction.language)
        report.actors_added.append(found.name)
        known.append(store.actor(actor_id, guild_id=scope.guild_id))
        report.actor_ids.add(actor_id)
        return actor_id
    _cite_known(scope, "actor", match, found, document_id, extraction.language)
    if match.origin == _EXTRACTED and match.role is None and found.role:
        scope.fill("actor", match.id, role=found.role)
        report.actors_updated.append(match.name)
    report.actors_merged.append(match.name)
    report.actor_ids.add(match.id)
    return match.id


def _same_actor(actor: Actor, found: FoundActor) -> bool:
    if (actor.kind == "person") != (found.kind == "person"):
        return False
    theirs = [actor.name, *(a.name for a in actor.aliases)]
    ours = found.names()
    if {name_key(n) for n in theirs} & {name_key(n) for n in ours}:
        return True
    if found.kind == "person":
        return any(name_similarity(a, b) >= 95 for a in theirs for b in ours)
    if _acronym_pair(theirs, ours):
        return True
    return any(name_similarity(a, b) >= SAME_NAME for a in theirs for b in ours)


def _acronym_pair(theirs: list[str], ours: list[str]) -> bool:
    """One side's acronym is the other side's initials ("OCDE" and its expansion)."""
    for mine, other in ((theirs, ours), (ours, theirs)):
        short = {normalise(n).replace(" ", "") for n in mine}
        if any(acronym(normalise(n)) in short for n in other):
            return True
    return False


# ------------------------------------------------------------------ events


def _merge_event(
    scope: _Scope,
    found: FoundEvent,
    actors: set[int],
    known: list[Event],
    document_id: int,
    extraction: Extraction,
    report: MergeReport,
) -> int:
    store = scope.store
    match = known_event(
        known,
        found,
        this_document=report.event_ids,
        published=extraction.published,
        actors=actors,
        participants=lambda event_id: {
            taking_part.actor.id for taking_part in store.participants(event_id, guild_id=scope.guild_id)
        },
    )
    if match is None:
        event_id = store.add_event(
            name=found.name,
            kind=found.kind,
            origin=_EXTRACTED,
            start=found.start,
            end=found.end,
            location=found.location,
            status=found.status,
            guild_id=scope.guild_id,
        )
        _cite_new(store, "event", event_id, found, document_id, extraction.language)
        report.events_added.append(found.name)
        known.append(store.event(event_id, guild_id=scope.guild_id))
        report.event_ids.add(event_id)
        return event_id
    _cite_known(scope, "event", match, found, document_id, extraction.language)
    if match.origin == _EXTRACTED:
        changes = _fill(match, found)
        if changes:
            scope.fill("event", match.id, **changes)
            report.events_updated.append(match.name)
    report.events_merged.append(match.name)
    report.event_ids.add(match.id)
    return match.id


def _cite_new(
    store: Store, table: str, entry_id: int, found: FoundActor | FoundEvent, document_id: int, language: str
) -> None:
    """A new entry's other names, and the document as its source."""
    for alias in found.aliases:
        store.add_alias(table, entry_id, alias, language)
    store.cite(table, entry_id, document_id, found.quote or None)


def _cite_known(
    scope: _Scope,
    table: str,
    match: Actor | Event,
    found: FoundActor | FoundEvent,
    document_id: int,
    language: str,
) -> None:
    """The names a known entry did not have yet (as the document's reader sees it), and the source."""
    existing = {name_key(match.name), *(name_key(a.name) for a in match.aliases)}
    for name in found.names():
        if name_key(name) not in existing:
            scope.add_alias(table, match.id, name, language)
            existing.add(name_key(name))
    scope.store.cite(table, match.id, document_id, found.quote or None)


def _fill(event: Event, found: FoundEvent) -> dict[str, Any]:
    """What an extracted event adds to one that earlier documents made: missing or vaguer facts."""
    changes: dict[str, Any] = {}
    if found.start is not None and _detail(found.start, found.end) > _detail(event.start, event.end):
        changes.update(start=found.start, end=found.end)
    location = event.location
    if not any((location.venue, location.city, location.country)) and any(
        (found.location.venue, found.location.city, found.location.country)
    ):
        changes["location"] = found.location
    if found.status == "cancelled" and event.status != "cancelled":
        changes["status"] = "cancelled"  # a later document calls it off
    elif event.status == "announced" and found.start is not None:
        changes["status"] = "confirmed"
    return changes


def _detail(start: PartialDate | None, end: PartialDate | None) -> tuple[int, int, int]:
    if start is None:
        return (0, 0, 0)
    return (1, 1 if end is not None else 0, {"year": 0, "month": 1, "day": 2}[start.precision])
