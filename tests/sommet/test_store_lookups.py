"""The store reads autocomplete makes on every keystroke: first entries and event kinds."""

from __future__ import annotations

from sommet.dates import PartialDate
from sommet.store import Store


def _store() -> Store:
    store = Store.open(None)
    with store.transaction():
        store.add_event(name="Old summit", kind="summit", origin="admin", start=PartialDate(2019))
        store.add_event(name="B forum", kind="forum", origin="admin", start=PartialDate(2025, 2, 10))
        store.add_event(name="A forum", kind="forum", origin="admin", start=PartialDate(2025, 2))
        store.add_event(name="Undated talk", kind="talk", origin="admin")
        store.add_event(name="Our retreat", kind="retreat", origin="admin", guild_id=7)
        store.add_actor(name="Zoé", kind="person", origin="admin")
        store.add_actor(name="Anne", kind="person", origin="admin")
        store.add_actor(name="Ada", kind="person", origin="admin", guild_id=7)
    return store


def test_first_events_are_the_latest_with_undated_ones_last_and_only_those_the_server_sees():
    store = _store()
    assert [name for _, name in store.first_entries("event", guild_id=None)] == [
        "B forum",
        "A forum",
        "Old summit",
        "Undated talk",
    ]
    assert [name for _, name in store.first_entries("event", guild_id=7, limit=2)] == ["B forum", "A forum"]
    assert "Our retreat" in [name for _, name in store.first_entries("event", guild_id=7)]


def test_first_actors_are_in_name_order():
    store = _store()
    assert [name for _, name in store.first_entries("actor", guild_id=None)] == ["Anne", "Zoé"]
    assert [name for _, name in store.first_entries("actor", guild_id=7)] == ["Ada", "Anne", "Zoé"]


def test_kinds_are_distinct_sorted_and_private_ones_stay_with_their_server():
    store = _store()
    assert store.kinds(guild_id=None) == ["forum", "summit", "talk"]
    assert store.kinds(guild_id=7) == ["forum", "retreat", "summit", "talk"]
    assert store.kinds(guild_id=8) == ["forum", "summit", "talk"]
