"""The search index saved beside a database file: loaded on restart, never used once out of date."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sommet.migrations import migrations
from sommet.search import index as index_module
from sommet.search import saved
from sommet.search.saved import path_for
from sommet.search.words import vocabulary
from sommet.service import Sommet
from sommet.store import Store

QUERIES = [
    ("event", "somet action ia"),
    ("actor", "macorn"),
    ("event", "zanzibar conclave"),
    ("actor", "ocde"),
]


def _answers(sommet: Sommet) -> list[list[tuple[int, str]]]:
    return [
        [(m.id, m.matched) for m in sommet.index.rank(query, owner=owner, guild_id=None)]
        for owner, query in QUERIES
    ]


def _started(db) -> Sommet:
    sommet = Sommet.open(db, index=False)
    sommet.build_index()
    return sommet


def _rebuilds(monkeypatch) -> list[int]:
    """Counts the tables built from here on, so that a test can tell a load from a build."""
    built: list[int] = []
    freeze = index_module._Table.freeze
    monkeypatch.setattr(index_module._Table, "freeze", lambda table: built.append(1) or freeze(table))
    return built


def test_a_restart_loads_the_saved_index_and_answers_as_the_built_one(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    first = _started(db)
    built = _answers(first)
    first.close()
    assert path_for(db).exists()
    assert _rebuilds(monkeypatch) == []
    again = _started(db)
    assert _answers(again) == built
    assert (
        again.resolve("event", "somet action ia", guild_id=None).match.name == "Sommet pour l'action sur l'IA"
    )
    again.close()


def test_a_change_made_by_another_process_while_the_bot_was_down_is_found(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    _started(db).close()
    other = Store.open(db)  # another process: the `sommet` command, another shard
    with other.transaction():
        other.add_event(name="Conclave privé Zanzibar", kind="summit", origin="admin")
    other.close()
    built = _rebuilds(monkeypatch)
    again = _started(db)
    assert built  # the saved index was made from other entries
    assert again.resolve("event", "zanzibar conclave", guild_id=None).match.name == "Conclave privé Zanzibar"
    again.close()
    reloaded = _started(db)  # and the rebuilt index was saved in its place
    assert len(built) == 2  # one table each for events and actors, built once
    assert (
        reloaded.resolve("event", "zanzibar conclave", guild_id=None).match.name == "Conclave privé Zanzibar"
    )
    reloaded.close()


def test_an_edit_that_changes_no_name_still_makes_the_saved_index_stale(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    sommet = _started(db)
    event = sommet.resolve("event", "ai action summit", guild_id=None).match.id
    sommet.close()
    other = Store.open(db)
    with other.transaction():
        other.add_alias("event", event, "Grand rendez-vous de février")
    other.close()
    built = _rebuilds(monkeypatch)
    again = _started(db)
    assert built
    assert again.resolve("event", "rendez-vous fevrier", guild_id=None).match.id == event
    again.close()


def test_other_word_lists_make_the_saved_index_stale(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    _started(db).close()
    words = vocabulary()  # a team added "OTAN" and "NATO" to SOMMET_WORDS
    monkeypatch.setattr(saved, "vocabulary", lambda: replace(words, same={**words.same, ("nato",): "otan"}))
    built = _rebuilds(monkeypatch)
    _started(db).close()
    assert built


@pytest.mark.parametrize("damage", ["truncated", "garbage", "empty"])
def test_a_saved_index_cut_short_by_a_crash_is_rebuilt_and_replaced(tmp_path, monkeypatch, damage):
    db = tmp_path / "sommet.db"
    first = _started(db)
    built = _answers(first)
    first.close()
    saved = path_for(db)
    whole = saved.read_bytes()
    saved.write_bytes({"truncated": whole[: len(whole) // 2], "garbage": b"\x00" * 100, "empty": b""}[damage])
    rebuilds = _rebuilds(monkeypatch)
    again = _started(db)
    assert rebuilds
    assert _answers(again) == built
    again.close()
    assert saved.read_bytes() != b"" and len(saved.read_bytes()) > len(whole) // 2


def test_a_side_file_left_by_a_crash_while_saving_is_not_read(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    _started(db).close()
    saved = path_for(db)
    saved.rename(saved.with_name(f".{saved.name}.k2j4x9.partial"))  # the write never reached its rename
    built = _rebuilds(monkeypatch)
    _started(db).close()
    assert built and saved.exists()


def test_entries_added_after_a_load_are_found(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    _started(db).close()
    built = _rebuilds(monkeypatch)
    again = _started(db)
    with again.store.transaction():
        again.store.add_event(name="Conclave privé Zanzibar", kind="summit", origin="admin")
    assert built == []
    assert again.resolve("event", "zanzibar conclave", guild_id=None).match.name == "Conclave privé Zanzibar"
    assert (
        again.resolve("event", "somet action ia", guild_id=None).match.name == "Sommet pour l'action sur l'IA"
    )
    again.close()


def test_an_in_memory_store_saves_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Sommet.open(memory=True).close()
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_take_the_saved_index_only_costs_the_build(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    Sommet.open(db, index=False).close()
    monkeypatch.setattr("sommet.search.saved.os.replace", _refuse)
    sommet = _started(db)
    assert not path_for(db).exists() and not list(tmp_path.glob("*.partial"))
    assert (
        sommet.resolve("event", "somet action ia", guild_id=None).match.name
        == "Sommet pour l'action sur l'IA"
    )
    sommet.close()


def _refuse(*args):
    raise PermissionError("read-only folder")


def test_a_migration_that_changes_entries_makes_the_saved_index_stale(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    _started(db).close()
    steps = list(migrations._migrations)
    monkeypatch.setattr(migrations, "_migrations", steps)  # the next version's code: one step more

    @migrations()
    def m999_rename(database):
        database.execute(
            "UPDATE events SET name = 'Conclave privé Zanzibar' "
            "WHERE id = (SELECT MIN(id) FROM events WHERE guild_id IS NULL)"
        )

    built = _rebuilds(monkeypatch)
    again = _started(db)
    assert built
    assert again.resolve("event", "zanzibar conclave", guild_id=None).match.name == "Conclave privé Zanzibar"
    again.close()
