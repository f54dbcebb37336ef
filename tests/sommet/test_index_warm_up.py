"""Start-up: a large store's index is built in the background while exact names are already found."""

from __future__ import annotations

import pytest

from sommet import service
from sommet.errors import UserError
from sommet.service import Sommet


def test_before_the_index_is_ready_exact_names_are_found_and_other_queries_wait():
    sommet = Sommet.open(memory=True, index=False)
    assert (
        sommet.resolve("event", "ai action summit", guild_id=None).match.name
        == "Sommet pour l'action sur l'IA"
    )
    assert [m.name for m in sommet.suggest("actor", "OECD", guild_id=None)] == ["OCDE"]
    with pytest.raises(UserError, match="try again in a moment"):
        sommet.resolve("event", "somet action ia", guild_id=None)
    sommet.build_index()
    assert (
        sommet.resolve("event", "somet action ia", guild_id=None).match.name
        == "Sommet pour l'action sur l'IA"
    )


def test_a_small_store_is_indexed_before_start_up_ends_and_a_large_one_in_the_background(monkeypatch):
    small = Sommet.open(memory=True, index=False)
    small.start_index()
    assert small.index_ready.is_set()
    monkeypatch.setattr(service, "BUILD_AT_ONCE", 10)
    large = Sommet.open(memory=True, index=False)
    large.start_index()
    assert large.index_ready.wait(timeout=30)
    assert large.resolve("actor", "macorn", guild_id=None).match.name == "Emmanuel Macron"


def test_a_file_store_is_read_for_the_index_on_its_own_connection_as_of_the_last_commit(tmp_path):
    store = Sommet.open(tmp_path / "sommet.db", index=False).store
    with store.transaction():
        store.add_event(name="Conclave privé Zanzibar", kind="summit", origin="admin")
        # The build reads on a connection of its own: not this one's uncommitted row, nor its lock.
        names = {entry.names[0] for entry in store.index_entries("event")}
        assert "Conclave privé Zanzibar" not in names
        assert "Sommet pour l'action sur l'IA" in names
    assert "Conclave privé Zanzibar" in {entry.names[0] for entry in store.index_entries("event")}
    store.close()
