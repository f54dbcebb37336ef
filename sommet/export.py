"""The export format: the whole store (or one server's view of it) as plain JSON-ready data."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sommet.models import Actor, Event, Source
from sommet.store import Store


def _source(source: Source) -> dict[str, Any]:
    return {
        "file": source.file_name,
        "title": source.title,
        "publisher": source.publisher,
        "published": source.published,
        "url": source.url,
    }


def event_entry(store: Store, event: Event, *, guild_id: int | None = None) -> dict[str, Any]:
    """One event in the export format."""
    parent = store.event(event.parent_id, guild_id=guild_id) if event.parent_id else None
    return {
        "name": event.name,
        "aliases": [alias.name for alias in event.aliases],
        "kind": event.kind,
        "start": event.start.iso() if event.start else None,
        "end": event.end.iso() if event.end else None,
        "start_time": event.start_time,
        "location": {
            "venue": event.location.venue,
            "city": event.location.city,
            "country": event.location.country,
        },
        "timezone": event.timezone,
        "parent": parent.name if parent else None,
        "status": event.status,
        "description": event.description,
        "actors": [
            {"name": part.actor.name, "role": part.role}
            for part in store.participants(event.id, guild_id=guild_id)
        ],
        "sources": [_source(source) for source in store.sources("event", event.id, guild_id=guild_id)],
    }


def actor_entry(store: Store, actor: Actor, *, guild_id: int | None = None) -> dict[str, Any]:
    """One actor in the export format."""
    return {
        "name": actor.name,
        "kind": actor.kind,
        "role": actor.role,
        "aliases": [alias.name for alias in actor.aliases],
        "description": actor.description,
        "events": [
            {"name": part.event.name, "role": part.role}
            for part in store.participations(actor.id, guild_id=guild_id)
        ],
        "sources": [_source(source) for source in store.sources("actor", actor.id, guild_id=guild_id)],
    }


def export(store: Store, *, guild_id: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """``{"events": [...], "actors": [...]}`` with dates as ISO strings whose length is their precision."""
    return {
        "events": [event_entry(store, e, guild_id=guild_id) for e in store.all_events(guild_id=guild_id)],
        "actors": [actor_entry(store, a, guild_id=guild_id) for a in store.all_actors(guild_id=guild_id)],
    }


def export_some(
    store: Store, *, events: Iterable[int], actors: Iterable[int], guild_id: int | None = None
) -> dict[str, list[dict[str, Any]]]:
    """Only the given entries, in the export format (what an ingestion would add or change)."""
    found_events = [e for e in (store.event(i, guild_id=guild_id) for i in sorted(set(events))) if e]
    found_actors = [a for a in (store.actor(i, guild_id=guild_id) for i in sorted(set(actors))) if a]
    return {
        "events": [event_entry(store, e, guild_id=guild_id) for e in found_events],
        "actors": [actor_entry(store, a, guild_id=guild_id) for a in found_actors],
    }
