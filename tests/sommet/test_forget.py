"""Forgetting a document: exactly what only it supports goes, in one transaction, and can come back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sommet.dates import PartialDate
from sommet.errors import UserError
from sommet.ingest.merge import merge
from sommet.ingest.model import Extraction, FoundActor, FoundEvent
from sommet.reminder_plans import replan_event
from sommet.reminders import ReminderSettings, parse_offsets
from sommet.service import Sommet

NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)
TABLES = (
    "documents",
    "events",
    "actors",
    "event_aliases",
    "actor_aliases",
    "event_sources",
    "actor_sources",
    "links",
)


def _doc(name: str, events: list[FoundEvent], actors: list[FoundActor], **extra) -> Extraction:
    return Extraction(name, f"{name:0<64}"[:64], f"Title {name}", "Wire", None, "en", events, actors, **extra)


def _summit(**extra) -> FoundEvent:
    return FoundEvent(
        "Lagos AI Summit",
        "summit",
        PartialDate(2027, 3, 4),
        actors=[("Ada Eze", "host")],
        quote="The Lagos AI Summit...",
        **extra,
    )


def _dump(app: Sommet) -> dict[str, list[dict]]:
    return {table: list(app.store.db[table].rows) for table in TABLES}


@pytest.fixture
def app():
    app = Sommet.open(memory=True)
    yield app
    app.close()


def _ingest_two(app: Sommet):
    first = _doc(
        "aaaaaa1",
        [_summit(aliases=["LAIS"]), FoundEvent("Abuja Data Forum", "forum", PartialDate(2027, 5, 2))],
        [FoundActor("Ada Eze", "person", aliases=["A. Eze"]), FoundActor("Bola Ade", "person")],
        url="https://news.example/lagos",
    )
    first.events[1].actors.append(("Bola Ade", "participant"))
    second = _doc("bbbbbb2", [_summit()], [FoundActor("Ada Eze", "person")])
    return merge(app.store, first), merge(app.store, second)


def test_forgetting_removes_exactly_what_only_that_document_supports(app):
    empty = _dump(app)
    first, second = _ingest_two(app)
    store = app.store
    found = store.documents.find("https://news.example/lagos")
    forgotten = store.documents.forget(found.id)
    assert (forgotten.events_removed, forgotten.events_kept) == (["Abuja Data Forum"], ["Lagos AI Summit"])
    assert (forgotten.actors_removed, forgotten.actors_kept) == (["Bola Ade"], ["Ada Eze"])
    names = {e.name for e in store.all_events()}
    assert "Abuja Data Forum" not in names and "Lagos AI Summit" in names
    summit = next(e for e in store.all_events() if e.name == "Lagos AI Summit")
    assert [s.document_id for s in store.sources("event", summit.id)] == [second.document_id]
    ada = next(a for a in store.all_actors() if a.name == "Ada Eze")
    assert [p.role for p in store.participations(ada.id)] == ["host"]  # the link moved to the other document
    after = _dump(app)
    assert [d["id"] for d in after["documents"]][-1] == second.document_id
    assert not any(row["document_id"] == first.document_id for t in TABLES[5:] for row in after[t])
    assert app.resolve("event", "Abuja Data Forum", guild_id=None).match is None  # gone from the index too
    # Forgetting the other one leaves the store as it was before both.
    store.documents.forget(store.documents.find("bbbbbb").id)
    assert _dump(app) == empty


def test_restore_puts_back_every_row_under_its_id(app):
    _ingest_two(app)
    before = _dump(app)
    forgotten = app.store.documents.forget(app.store.documents.find("aaaaaa1").id)
    app.store.documents.restore(_as_json(forgotten))
    assert _sorted(_dump(app)) == _sorted(before)
    assert app.resolve("event", "Abuja Data Forum", guild_id=None).match is not None


def test_shipped_entries_and_entries_a_server_edited_keep_everything_but_the_citation(app):
    shipped = app.store.all_events()[0]
    doc = _doc("cccccc3", [FoundEvent(shipped.name, shipped.kind, shipped.start), _summit()], [])
    merge(app.store, doc)
    summit = next(e for e in app.store.all_events() if e.name == "Lagos AI Summit")
    app.store.edit_entry("event", summit.id, guild_id=42, description="Our notes")
    forgotten = app.store.documents.forget(app.store.documents.find("cccccc3").id)
    assert forgotten.events_removed == []
    assert sorted(forgotten.events_kept) == sorted([shipped.name, "Lagos AI Summit"])
    assert app.store.event(shipped.id) is not None and app.store.event(summit.id) is not None


def test_pending_reminders_of_removed_events_are_dropped_in_the_same_transaction(app):
    store = app.store
    store.save_reminder_settings(ReminderSettings(7, channel_id=1, offsets=parse_offsets("7d, 1d")))
    soon = NOW.date() + timedelta(days=20)
    report = merge(
        store,
        _doc(
            "dddddd4",
            [FoundEvent("Kigali AI Week", "week", PartialDate(soon.year, soon.month, soon.day))],
            [],
        ),
    )
    [event_id] = report.event_ids
    replan_event(store, event_id, now=NOW)
    assert len(store.event_reminders(7, event_id)) == 2
    forgotten = store.documents.forget(report.document_id)
    assert forgotten.reminders_dropped == 2
    assert store.event_reminders(7, event_id) == []


def test_documents_are_found_by_name_url_or_hash_prefix_and_only_one(app):
    _ingest_two(app)
    docs = app.store.documents
    assert docs.find("aaaaaa1").id == docs.find("https://news.example/lagos").id == docs.find("aaaaaa10").id
    for ref, key in (("nothing", "forget.unknown"), ("", "forget.unknown"), ("abc", "forget.unknown")):
        with pytest.raises(UserError) as refused:
            docs.find(ref)
        assert refused.value.message.key == key
    app.store.add_document(sha256="aaaaaa9" + "0" * 57, file_name="other.txt")
    with pytest.raises(UserError) as refused:
        docs.find("aaaaaa")
    assert refused.value.message.key == "forget.ambiguous"
    with pytest.raises(UserError):
        docs.find("aaaaaa1", guild_id=5)  # not that server's document


def _as_json(forgotten):
    import json
    from dataclasses import asdict

    return json.loads(json.dumps(asdict(forgotten)))


def _sorted(dump):
    return {
        t: sorted(rows, key=lambda r: sorted((k, str(v)) for k, v in r.items())) for t, rows in dump.items()
    }
