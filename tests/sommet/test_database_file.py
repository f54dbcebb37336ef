"""The database file: start-up refuses what it must not touch, and `sommet backup` copies a live store."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlite_utils import Database

import bot as bot_module
from sommet.cli import main
from sommet.errors import DatabaseDamaged, DatabaseRefused, DatabaseTooNew
from sommet.export import export
from sommet.store import Store, backup


def files_of(path: Path) -> dict[str, str]:
    """The database and its WAL companions, by name, as hashes of their bytes."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(path.parent.glob(path.name + "*"))
    }


def newer_database(path: Path) -> None:
    """A database that a later Sommet migrated: a step this code does not know, and its table."""
    Store.open(path).close()
    db = Database(path)
    db["_sqlite_migrations"].insert(
        {"migration_set": "sommet", "name": "m099_from_the_future", "applied_at": "2031-01-01"}
    )
    db["future"].create({"id": int}, pk="id")
    db.close()


def damaged_database(path: Path) -> None:
    """A real database whose middle page was overwritten, as a failing disk or a torn copy leaves it."""
    store = Store.open(path)
    with store.transaction():
        for number in range(2000):
            store.add_event(name=f"Sommet {number}", kind="summit", origin="admin", description="x" * 100)
    store.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 4096 // 2 * 4096
    data[middle + 8 : middle + 64] = b"\xff" * 56
    path.write_bytes(bytes(data))


def test_a_database_from_a_newer_version_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "sommet.db"
    newer_database(path)
    before = files_of(path)
    with pytest.raises(DatabaseTooNew) as refused:
        Store.open(path)
    assert refused.value.unknown == ["m099_from_the_future"]
    message = str(refused.value)
    assert "newer version of Sommet" in message and "m099_from_the_future" in message
    assert "Nothing was changed" in message
    assert files_of(path) == before


def test_a_file_that_is_not_a_database_is_refused_and_left_as_it_was(tmp_path):
    path = tmp_path / "sommet.db"
    path.write_bytes(b"These are my notes, not a database.\n" * 200)
    before = path.read_bytes()
    with pytest.raises(DatabaseDamaged, match="damaged or not a SQLite database"):
        Store.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sommet.db"]


def test_a_damaged_database_is_refused_by_the_start_up_check(tmp_path):
    path = tmp_path / "sommet.db"
    damaged_database(path)
    before = files_of(path)
    with pytest.raises(DatabaseDamaged, match="page"):
        Store.open(path)
    assert files_of(path) == before


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    Database(path)["photos"].insert({"id": 1, "title": "Holidays"})
    before = path.read_bytes()
    with pytest.raises(DatabaseRefused, match=r"not a Sommet database \(its tables: photos\)"):
        Store.open(path)
    assert path.read_bytes() == before


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "sommet.db"
    path.touch()
    store = Store.open(path)
    assert store.counts() == {"events": 0, "actors": 0, "links": 0, "documents": 0}
    store.close()


def test_cli_says_why_it_refuses_a_database_and_exits_non_zero(tmp_path, capsys):
    path = tmp_path / "sommet.db"
    newer_database(path)
    before = files_of(path)
    assert main(["--db", str(path), "init"]) == 3
    err = capsys.readouterr().err
    assert err.startswith(f"sommet: Sommet cannot use the database {path}: a newer version")
    assert "Traceback" not in err
    assert files_of(path) == before


@pytest.mark.parametrize("preview", [False, True])
def test_bot_says_why_it_refuses_a_database_and_exits_non_zero(tmp_path, capsys, monkeypatch, preview):
    monkeypatch.setenv("DISCORD_TOKEN", "not-a-real-token")
    monkeypatch.chdir(tmp_path)  # no .env from the developer's checkout
    path = tmp_path / "sommet.db"
    path.write_bytes(b"\x00garbage" * 512)
    argv = ["--db", str(path), *(["--preview"] if preview else [])]
    assert bot_module.main(argv) == 3
    assert "the file is damaged or not a SQLite database" in capsys.readouterr().err
    assert path.read_bytes() == b"\x00garbage" * 512


# ------------------------------------------------------------------ backup


def _written(store: Store, stop: threading.Event, counts: list[int]) -> None:
    """Write until told to stop: each transaction adds one event and records how many there are."""
    number = 0
    while not stop.is_set():
        number += 1
        with store.transaction():
            store.add_event(name=f"Écrit {number}", kind="meeting", origin="admin")
            store.set_meta("written", str(number))
        counts.append(number)


def test_backup_of_a_live_database_is_a_sound_and_consistent_snapshot(tmp_path):
    path = tmp_path / "sommet.db"
    store = Store.open(path)
    with store.transaction():
        for number in range(3000):
            store.add_event(name=f"Sommet {number}", kind="summit", origin="admin", description="x" * 200)
    writer, stop, counts = Store.open(path), threading.Event(), []
    thread = threading.Thread(target=_written, args=(writer, stop, counts))
    thread.start()
    try:
        copies = []
        for number in range(5):
            while len(counts) < 10 * (number + 1):
                stop.wait(0.001)
            copies.append(backup(path, tmp_path / f"copy-{number}.db"))
    finally:
        stop.set()
        thread.join()
    for copy in copies:
        conn = sqlite3.connect(copy)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        written = int(conn.execute("SELECT value FROM meta WHERE key = 'written'").fetchone()[0])
        # One commit's view: the counter and the events it counts were copied together.
        assert conn.execute("SELECT count(*) FROM events WHERE name LIKE 'Écrit %'").fetchone() == (written,)
        assert conn.execute("SELECT count(*) FROM events WHERE name LIKE 'Sommet %'").fetchone() == (3000,)
        conn.close()
    assert counts[-1] > written  # the writer went on while the copies were made
    assert sorted(p.name for p in tmp_path.iterdir() if "partial" in p.name) == []
    writer.close()
    store.close()


def test_a_backup_opens_as_the_same_store(tmp_path):
    path = tmp_path / "sommet.db"
    assert main(["--db", str(path), "init"]) == 0
    copy = backup(path, tmp_path / "copy.db")
    original, restored = Store.open(path), Store.open(copy)
    assert export(restored) == export(original) and export(original)["events"]
    original.close()
    restored.close()


def test_a_damaged_database_is_not_backed_up_and_no_file_is_left(tmp_path):
    path = tmp_path / "sommet.db"
    damaged_database(path)
    with pytest.raises(DatabaseDamaged):
        backup(path, tmp_path / "copy.db")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("sommet.db")) == []


def test_cli_backup_into_a_folder_names_the_copy_by_date_and_keeps_existing_files(tmp_path, capsys):
    path = tmp_path / "sommet.db"
    main(["--db", str(path), "init"])
    folder = tmp_path / "backups"
    folder.mkdir()
    assert main(["--db", str(path), "backup", str(folder)]) == 0
    (copy,) = folder.iterdir()
    assert copy.name.startswith("sommet-") and copy.suffix == ".db"
    assert "integrity checked" in capsys.readouterr().out
    assert main(["--db", str(path), "backup", str(copy)]) == 1
    assert "already exists (--force replaces it)" in capsys.readouterr().err
    assert main(["--db", str(path), "backup", "--force", str(copy)]) == 0


def test_cli_backup_of_a_missing_database_creates_nothing(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "backup", str(tmp_path / "copy.db")]) == 1
    assert "no database at" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
