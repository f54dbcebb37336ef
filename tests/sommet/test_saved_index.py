"""The search index saved beside a database file: loaded on restart, never used once out of date."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sommet.migrations import migrations
from sommet.search import SearchIndex, saved
from sommet.search.ranking import Query
from sommet.search.saved import path_for
from sommet.search.table import Table
from sommet.search.words import vocabulary
from sommet.service import Sommet
from sommet.store import IndexEntry, Store

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
    freeze = Table.freeze
    monkeypatch.setattr(Table, "freeze", lambda table: built.append(1) or freeze(table))
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


# Typos (a word within its allowance, found through its trigrams and lengths) and queries of
# several words, whose ceilings replay where each word sits in the name.
LOOKUPS = [
    *QUERIES,
    ("event", "sommte paris"),
    ("event", "ai action summit"),
    ("event", "sommet action intelligence artificielle"),
    ("event", "summit ai"),
    ("event", "paris sommet"),
    ("actor", "emmanuel macron"),
    ("actor", "macron emmanuel"),
]


def _ceilings(sommet: Sommet, owner: str, text: str) -> list[tuple[int, tuple]]:
    """Every name the index hands the rules for a query, in the order it does, with its ceiling."""
    return _bounds(sommet.index._tables[owner], text)


def _lookups(sommet: Sommet) -> list[tuple[list[tuple[int, str]], list[tuple[int, tuple]]]]:
    return [
        (
            [(m.id, m.matched) for m in sommet.index.rank(text, owner=owner, guild_id=None)],
            _ceilings(sommet, owner, text),
        )
        for owner, text in LOOKUPS
    ]


def test_a_loaded_index_finds_typos_and_has_the_tight_ceilings_of_a_fresh_build(tmp_path, monkeypatch):
    db = tmp_path / "sommet.db"
    fresh = _started(db)
    built = _lookups(fresh)
    fresh.close()
    rebuilds = _rebuilds(monkeypatch)
    loaded = _started(db)
    assert rebuilds == []
    assert _lookups(loaded) == built
    loaded.close()


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


def test_a_loaded_index_hands_out_names_matched_by_a_completion_only_as_a_fresh_build(tmp_path):
    """A one-letter query reads what the build packed of each name (size, kind, parent and
    prominence) to hand out the names holding nothing but a completion: the file keeps it."""
    entries = [
        IndexEntry(
            "actor", n, None, (f"Rishi R{n:03d}x", *((f"R{n:03d}x",) if n % 7 == 0 else ())), parent_id=1
        )
        for n in range(1, 300)
    ]
    path = tmp_path / "index.npz"
    built, loaded = SearchIndex(), SearchIndex()
    built.build(entries, saved=path)
    loaded.build(entries, saved=path)
    assert list(loaded._tables["actor"].standing) == list(built._tables["actor"].standing)
    for text in ("r", "rishi r", "zzz r"):
        table_built, table_loaded = built._tables["actor"], loaded._tables["actor"]
        assert _bounds(table_loaded, text) == _bounds(table_built, text)
        assert built.rank(text, owner="actor", guild_id=None) == loaded.rank(
            text, owner="actor", guild_id=None
        )


def _bounds(table: Table, text: str) -> list[tuple[int, tuple]]:
    query = Query.parse(text)
    last = len(query.words) - 1
    costs = [table.variants(forms, last=i == last) for i, forms in enumerate(query.words)]
    return [pair for chunk in table.bounds(query.words, costs) for pair in zip(*chunk, strict=True)]
