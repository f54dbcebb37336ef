"""The store on real SQLite: schema, reads, visibility, transactions and change notices."""

from __future__ import annotations

from datetime import date

import pytest

from sommet.dates import PartialDate
from sommet.migrations import migrations
from sommet.models import Alias, Location
from sommet.store import Store


@pytest.fixture
def store():
    opened = Store.open(None)
    yield opened
    opened.close()


def _event(store: Store, name: str, start: str | None, end: str | None = None, **extra) -> int:
    return store.add_event(
        name=name,
        kind=extra.pop("kind", "summit"),
        origin="admin",
        start=PartialDate.parse_iso(start) if start else None,
        end=PartialDate.parse_iso(end) if end else None,
        **extra,
    )


def test_new_database_records_every_migration(store):
    applied = [m.name for m in migrations.applied(store.db)]
    assert applied == [m.name for m in migrations._migrations]
    assert store.db["events"].exists() and store.db["links"].exists()


def test_event_reads_back_with_precision_place_and_aliases(store):
    event_id = _event(
        store,
        "Sommet de test",
        "2025-02-10",
        "2025-02-11",
        timezone="Europe/Paris",
        location=Location("Grand Palais", "Paris", "France"),
    )
    store.add_alias("event", event_id, "Test Summit", "en")
    event = store.event(event_id)
    assert (event.name, event.start.iso(), event.end.iso(), event.start.precision) == (
        "Sommet de test",
        "2025-02-10",
        "2025-02-11",
        "day",
    )
    assert event.location.label() == "Grand Palais, Paris, France"
    assert event.aliases == (Alias("Test Summit", "en"),)
    assert store.add_alias("event", event_id, "Test Summit", "en") is False


def test_upcoming_keeps_events_under_way_and_drops_cancelled_ones(store):
    _event(store, "Over", "2026-01-01")
    running = _event(store, "Running", "2026-03-01", "2026-03-10")
    month = _event(store, "Some day in March", "2026-03")
    _event(store, "Called off", "2026-04-01", status="cancelled")
    later = _event(store, "Later", "2027-01-05")
    found = [e.id for e in store.upcoming(today=date(2026, 3, 5))]
    assert found == [running, month, later]
    assert [e.id for e in store.upcoming(today=date(2026, 3, 5), until=date(2026, 6, 1))] == [running, month]


def test_undated_announced_events_are_listed_apart(store):
    tba = _event(store, "Next edition", None, status="announced")
    _event(store, "Unknown past", None)
    assert [e.id for e in store.undated_announced()] == [tba]
    assert store.upcoming(today=date(2020, 1, 1)) == []


def test_timeline_filters_by_year_and_actor(store):
    first = _event(store, "First", "2023-11-01")
    second = _event(store, "Second", "2024-05")
    _event(store, "Future", "2030-01-01")
    person = store.add_actor(name="A. Person", kind="person", origin="admin")
    store.link(actor_id=person, event_id=second, role="speaker")
    assert [e.id for e in store.timeline(before=date(2026, 1, 1))] == [first, second]
    assert [e.id for e in store.timeline(before=date(2026, 1, 1), year=2023)] == [first]
    assert [e.id for e in store.timeline(before=date(2026, 1, 1), actor_id=person)] == [second]


def test_a_server_sees_shared_entries_and_its_own_but_not_another_servers(store):
    shared = _event(store, "Shared", "2025-01-01")
    mine = _event(store, "Mine", "2025-01-02", guild_id=1)
    _event(store, "Theirs", "2025-01-03", guild_id=2)
    assert [e.id for e in store.all_events(guild_id=1)] == [shared, mine]
    assert [e.id for e in store.all_events(guild_id=None)] == [shared]
    assert store.event(mine, guild_id=2) is None


def test_participants_and_participations_read_both_ways(store):
    summit = _event(store, "Summit", "2025-02-10")
    person = store.add_actor(name="Jane Doe", kind="person", origin="admin", role="minister")
    store.link(actor_id=person, event_id=summit, role="host")
    assert store.link(actor_id=person, event_id=summit, role="host") is False
    assert [(p.actor.name, p.role) for p in store.participants(summit)] == [("Jane Doe", "host")]
    assert [(p.event.name, p.role) for p in store.participations(person)] == [("Summit", "host")]


def test_a_failed_transaction_writes_nothing_and_notifies_no_one(store):
    heard = []
    store.subscribe(lambda owner, entry_id: heard.append((owner, entry_id)))
    with pytest.raises(RuntimeError), store.transaction():
        _event(store, "Half written", "2025-01-01")
        raise RuntimeError("disk full")
    assert store.counts()["events"] == 0
    assert heard == []


def test_listeners_hear_each_committed_change_once(store):
    heard = []
    store.subscribe(lambda owner, entry_id: heard.append((owner, entry_id)))
    with store.transaction():
        event_id = _event(store, "Summit", "2025-02-10")
        store.add_alias("event", event_id, "The Summit")
    assert heard == [("event", event_id)]


def test_file_database_survives_reopening(tmp_path):
    path = tmp_path / "nested" / "sommet.db"
    first = Store.open(path)
    _event(first, "Kept", "2025-02-10")
    first.close()
    second = Store.open(path)
    assert [e.name for e in second.all_events()] == ["Kept"]
    assert second.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert second.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    second.close()


def test_sources_list_the_documents_behind_an_entry(store):
    event_id = _event(store, "Summit", "2025-02-10")
    doc = store.add_document(
        key="d1", file_name="a.txt", title="A title", publisher="Paper", published="2025-02-01"
    )
    store.cite("event", event_id, doc)
    store.cite("event", event_id, doc)
    [source] = store.sources("event", event_id)
    assert source.label() == "A title (Paper, 2025-02-01)"


def test_a_failing_listener_neither_undoes_a_committed_change_nor_silences_the_others(store, caplog):
    heard = []

    def broken(owner, entry_id):
        raise OverflowError("a listener's own bug")

    store.subscribe(broken)
    store.subscribe(lambda owner, entry_id: heard.append((owner, entry_id)))
    event_id = _event(store, "Committed summit", "2026-05-01")
    assert store.event(event_id).name == "Committed summit"
    assert heard == [("event", event_id)]
    assert "A listener failed" in caplog.text
