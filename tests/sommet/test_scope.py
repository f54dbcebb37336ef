"""Per-server scope in the store: overrides of shared entries, hidden rows, and the index views."""

from __future__ import annotations

from datetime import date

import pytest

from sommet.dates import PartialDate
from sommet.store import Store


@pytest.fixture
def store():
    opened = Store.open(None)
    yield opened
    opened.close()


def _event(store: Store, name: str, start: str, **extra) -> int:
    return store.add_event(
        name=name, kind="summit", origin="document", start=PartialDate.parse_iso(start), **extra
    )


def test_an_override_replaces_a_shared_event_in_its_server_only(store):
    shared = _event(store, "Shared Summit", "2026-03-01")
    store.edit_entry(
        "event", shared, guild_id=1, name="Our Summit", start=PartialDate.parse_iso("2026-04-02")
    )
    mine = store.event(shared, guild_id=1)
    assert (mine.id, mine.name, mine.start.iso(), mine.guild_id) == (shared, "Our Summit", "2026-04-02", 1)
    assert store.event(shared, guild_id=2).name == "Shared Summit"
    assert store.event(shared).name == "Shared Summit"
    assert [e.name for e in store.upcoming(today=date(2026, 3, 15), guild_id=1)] == ["Our Summit"]
    assert store.upcoming(today=date(2026, 3, 15), guild_id=2) == []
    assert [e.name for e in store.all_events(guild_id=1)] == ["Our Summit"]


def test_an_override_keeps_the_shared_entrys_links_aliases_and_children(store):
    parent = _event(store, "Week", "2026-03-01")
    child = _event(store, "Day one", "2026-03-01", parent_id=parent)
    person = store.add_actor(name="Jane Doe", kind="person", origin="document")
    store.link(actor_id=person, event_id=parent, role="host")
    store.add_alias("event", parent, "The Week")
    store.edit_entry("event", parent, guild_id=1, name="Our Week")
    assert [p.actor.name for p in store.participants(parent, guild_id=1)] == ["Jane Doe"]
    assert [p.event.name for p in store.participations(person, guild_id=1)] == ["Our Week"]
    assert [a.name for a in store.event(parent, guild_id=1).aliases] == ["The Week"]
    assert [e.id for e in store.sub_events(parent, guild_id=1)] == [child]


def test_an_override_that_matches_the_shared_entry_again_is_dropped(store):
    shared = _event(store, "Shared Summit", "2026-03-01")
    store.edit_entry("event", shared, guild_id=1, name="Renamed")
    assert store.db["events"].count == 2
    store.edit_entry("event", shared, guild_id=1, name="Shared Summit")
    assert store.db["events"].count == 1


def test_hiding_a_shared_entry_alias_or_link_affects_one_server(store):
    event = _event(store, "Shared Summit", "2026-03-01")
    person = store.add_actor(name="Jane Doe", kind="person", origin="document")
    store.link(actor_id=person, event_id=event, role="host")
    store.add_alias("actor", person, "J. Doe")
    [link] = store.scoped_links(actor_id=person, event_id=event, guild_id=1)
    [alias] = store.scoped_aliases("actor", person, guild_id=1)
    store.hide(1, "link", link.id)
    store.hide(1, "actor_alias", alias.id)
    assert store.participants(event, guild_id=1) == []
    assert store.actor(person, guild_id=1).aliases == ()
    assert len(store.participants(event, guild_id=2)) == 1
    store.hide(1, "event", event)
    assert store.event(event, guild_id=1) is None and store.event(event, guild_id=2) is not None
    store.unhide(1, "event", event)
    assert store.event(event, guild_id=1) is not None


def test_a_servers_aliases_and_links_stay_in_that_server(store):
    event = _event(store, "Shared Summit", "2026-03-01")
    person = store.add_actor(name="Jane Doe", kind="person", origin="document")
    store.link(actor_id=person, event_id=event, role="speaker", guild_id=1)
    store.add_alias("event", event, "Our name for it", guild_id=1)
    assert store.add_alias("event", event, "Our name for it", guild_id=2) is True
    assert [p.role for p in store.participants(event, guild_id=1)] == ["speaker"]
    assert store.participants(event, guild_id=3) == []
    assert store.event(event, guild_id=3).aliases == ()


def test_index_views_follow_the_visibility_rule(store):
    shared = _event(store, "Shared Summit", "2026-03-01")
    untouched = _event(store, "Other Summit", "2026-05-01")
    own = _event(store, "Private Meeting", "2026-03-05", guild_id=2)
    store.edit_entry("event", shared, guild_id=1, name="Renamed Summit")
    store.hide(3, "event", shared)
    views = {(v.id, v.guild_id): v for v in store.index_entries("event")}
    assert views[(shared, None)].hidden_in == frozenset({1, 3})
    assert views[(shared, 1)].names == ("Renamed Summit",)
    assert views[(untouched, None)].hidden_in == frozenset()
    assert views[(own, 2)].visible_to(2) and not views[(own, 2)].visible_to(1)
    assert set(views) == {(shared, None), (shared, 1), (untouched, None), (own, 2)}
    assert {(v.id, v.guild_id) for v in store.index_views("event", shared)} == {(shared, None), (shared, 1)}
