"""The export format: the whole store (or one server's view of it) as plain JSON-ready data."""

from __future__ import annotations

from typing import Any

from sommet.models import Source
from sommet.store import Store


def _source(source: Source) -> dict[str, Any]:
    return {
        "file": source.file_name,
        "title": source.title,
        "publisher": source.publisher,
        "published": source.published,
        "url": source.url,
    }


def export(store: Store, *, guild_id: int | None = None) -> dict[str, list[dict[str, Any]]]:
    """``{"events": [...], "actors": [...]}`` with dates as ISO strings whose length is their precision."""
    events = store.all_events(guild_id=guild_id)
    names = {event.id: event.name for event in events}
    out_events = []
    for event in events:
        out_events.append(
            {
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
                "parent": names.get(event.parent_id) if event.parent_id else None,
                "status": event.status,
                "description": event.description,
                "actors": [
                    {"name": part.actor.name, "role": part.role}
                    for part in store.participants(event.id, guild_id=guild_id)
                ],
                "sources": [_source(source) for source in store.sources("event", event.id)],
            }
        )
    out_actors = []
    for actor in store.all_actors(guild_id=guild_id):
        out_actors.append(
            {
                "name": actor.name,
                "kind": actor.kind,
                "role": actor.role,
                "aliases": [alias.name for alias in actor.aliases],
                "description": actor.description,
                "events": [
                    {"name": part.event.name, "role": part.role}
                    for part in store.participations(actor.id, guild_id=guild_id)
                ],
                "sources": [_source(source) for source in store.sources("actor", actor.id)],
            }
        )
    return {"events": out_events, "actors": out_actors}
