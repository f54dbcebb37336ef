"""Shipped knowledge: the facts read from the seed documents, loaded into a new store once."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sommet.dates import PartialDate
from sommet.models import Location
from sommet.store import Store

KNOWLEDGE_FILE = Path(__file__).resolve().parent.parent / "data" / "knowledge.json"
_META_KEY = "shipped_knowledge_sha256"


@dataclass(frozen=True)
class LoadReport:
    loaded: bool
    documents: int = 0
    events: int = 0
    actors: int = 0
    links: int = 0


def _alias(item: str | dict[str, Any]) -> tuple[str, str | None]:
    if isinstance(item, str):
        return item, None
    return item["name"], item.get("lang")


def _date(text: str | None) -> PartialDate | None:
    return PartialDate.parse_iso(text) if text else None


def validate(data: dict[str, Any]) -> None:
    """Raise ValueError naming the first broken reference, date or time zone."""
    documents = {doc["id"] for doc in data["documents"]}
    events = {event["key"] for event in data["events"]}
    actors = {actor["key"] for actor in data["actors"]}
    if len(events) != len(data["events"]) or len(actors) != len(data["actors"]):
        raise ValueError("duplicate keys in the knowledge file")
    for event in data["events"]:
        start, end = _date(event.get("start")), _date(event.get("end"))
        if end and (start is None or end.first_day() < start.first_day()):
            raise ValueError(f"event {event['key']}: end before start")
        if event.get("timezone"):
            ZoneInfo(event["timezone"])
        if event.get("parent") and event["parent"] not in events:
            raise ValueError(f"event {event['key']}: unknown parent {event['parent']}")
        for link in event.get("actors", []):
            if link["actor"] not in actors:
                raise ValueError(f"event {event['key']}: unknown actor {link['actor']}")
    for retired, target in data.get("retired", {}).items():
        if retired in events or target not in events:
            raise ValueError(f"retired event {retired}: still listed, or {target} unknown")
    for entry in (*data["events"], *data["actors"]):
        for source in entry.get("sources", []):
            if source not in documents:
                raise ValueError(f"{entry['key']}: unknown source {source}")


def load_file(store: Store, path: Path = KNOWLEDGE_FILE) -> LoadReport:
    """Load the shipped file unless this exact file was loaded before."""
    raw = path.read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if store.meta(_META_KEY) == digest:
        return LoadReport(loaded=False)
    data = json.loads(raw)
    validate(data)
    with store.transaction():
        report = _load(store, data)
        store.set_meta(_META_KEY, digest)
    return report


def _load(store: Store, data: dict[str, Any]) -> LoadReport:
    """Insert what the store lacks, matched by stable keys, so a newer file adds to an older load."""
    documents: dict[str, int] = {}
    for doc in data["documents"]:
        existing = store.document_by_key(doc["id"])
        documents[doc["id"]] = existing or store.add_document(
            key=doc["id"],
            sha256=doc.get("sha256"),
            file_name=doc.get("file"),
            title=doc.get("title"),
            publisher=doc.get("publisher"),
            published=doc.get("published"),
            url=doc.get("url"),
            language=doc.get("language"),
        )
    _retire(store, data.get("retired", {}))
    known_events = {event.key: event.id for event in store.all_events() if event.key}
    known_actors = {actor.key: actor.id for actor in store.all_actors() if actor.key}
    actors = {key: known_actors[key] for key in known_actors}
    for actor in data["actors"]:
        if actor["key"] not in actors:
            actors[actor["key"]] = store.add_actor(
                name=actor["name"],
                kind=actor["kind"],
                role=actor.get("role"),
                description=actor.get("description"),
                origin="shipped",
                key=actor["key"],
            )
        _add_names_and_sources(store, "actor", actors[actor["key"]], actor, documents)
    events = {key: known_events[key] for key in known_events}
    for event in data["events"]:
        if event["key"] in events:
            _correct_dates(store, events[event["key"]], event)
        else:
            location = event.get("location") or {}
            events[event["key"]] = store.add_event(
                name=event["name"],
                kind=event["kind"],
                start=_date(event.get("start")),
                end=_date(event.get("end")),
                start_time=event.get("start_time"),
                timezone=event.get("timezone"),
                location=Location(location.get("venue"), location.get("city"), location.get("country")),
                status=event.get("status", "confirmed"),
                description=event.get("description"),
                url=event.get("url"),
                origin="shipped",
                key=event["key"],
            )
        _add_names_and_sources(store, "event", events[event["key"]], event, documents)
    links = 0
    for event in data["events"]:
        if event.get("parent"):
            store.update_event(events[event["key"]], parent_id=events[event["parent"]])
        for link in event.get("actors", []):
            links += store.link(
                actor_id=actors[link["actor"]], event_id=events[event["key"]], role=link["role"]
            )
    return LoadReport(
        loaded=True,
        documents=len(documents),
        events=len(data["events"]),
        actors=len(data["actors"]),
        links=links,
    )


def _retire(store: Store, retired: dict[str, str]) -> None:
    """Shipped entries found to be another one ("the next edition in Paris" was the AI Action
    Summit) leave the store; the file gives their names and sources to the entry they are."""
    for event in store.all_events():
        if event.key in retired and event.origin == "shipped":
            store.remove_event(event.id)


def _correct_dates(store: Store, event_id: int, entry: dict[str, Any]) -> None:
    """A shipped event whose dates the file now corrects takes them; other fields stay as loaded."""
    event = store.event(event_id)
    start, end = _date(entry.get("start")), _date(entry.get("end"))
    if event is not None and event.origin == "shipped" and (event.start, event.end) != (start, end):
        store.update_event(event_id, start=start, end=end)


def _add_names_and_sources(
    store: Store, owner: str, entry_id: int, entry: dict[str, Any], documents: dict[str, int]
) -> None:
    for item in entry.get("aliases", []):
        name, lang = _alias(item)
        store.add_alias(owner, entry_id, name, lang)
    for source in entry.get("sources", []):
        store.cite(owner, entry_id, documents[source])
