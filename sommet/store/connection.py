"""The store's one SQLite connection: opening and checking the file, transactions, change
listeners, and backups."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from sqlite_utils import Database

from sommet.errors import DatabaseDamaged, DatabaseRefused, DatabaseTooNew, StoreBusy
from sommet.migrations import known_steps, migrations
from sommet.store.rows import ChangeListener, Owner, _scoped

log = logging.getLogger("sommet.store")


class Connection:
    """One SQLite database shared by every room of the store.

    Every public write runs in one transaction and tells the change listeners
    (the search index, the reminder scheduler) once it has committed.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self._lock = threading.RLock()
        self._listeners: list[ChangeListener] = []
        self._pending: list[tuple[Owner, int]] = []
        self._view: dict[Owner, str] = {
            owner: _scoped(
                f"{owner}s",
                [c for c in db[f"{owner}s"].columns_dict if c not in ("id", "overrides_id")],
            )
            for owner in ("event", "actor")
        }

    @classmethod
    def open(cls, path: str | Path | None = None) -> Self:
        """Open (or create) a database file, or an in-memory one when path is None.

        An existing file is checked before anything is written to it (``check_file``): a damaged
        file, another program's database or one migrated by a newer Sommet raises
        ``DatabaseRefused`` and is left as it was; an older schema is migrated forward.
        """
        if path is None:
            conn = sqlite3.connect(":memory:", check_same_thread=False)
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), check_same_thread=False, timeout=10)
            try:
                check_file(conn, path)
            except BaseException:
                conn.close()
                raise
        db = Database(conn)
        if path is not None:
            db.enable_wal()
        db.execute("PRAGMA foreign_keys = ON")
        migrations.apply(db)
        return cls(db)

    def close(self) -> None:
        self.db.close()

    # ------------------------------------------------------------------ changes

    def subscribe(self, listener: ChangeListener) -> None:
        """Call listener(owner, id) after each committed change to an entry."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        """Stop telling a listener about changes (a cog being unloaded)."""
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic write; listeners hear of its changes only once it commits."""
        with self._lock:
            outermost = not self.db.conn.in_transaction
            try:
                with self.db.atomic():
                    yield
            except sqlite3.OperationalError as error:
                # Locked by another process, disk full, I/O: rolled back, and the person is told so.
                if outermost:
                    self._pending.clear()
                log.warning("A write was rolled back: %s", error)
                raise StoreBusy() from error
            except BaseException:
                if outermost:
                    self._pending.clear()
                raise
            if outermost:
                changed, self._pending = list(dict.fromkeys(self._pending)), []
                for owner, entry_id in changed:
                    for listener in self._listeners:
                        # The change is committed: a failing listener must not make it look failed
                        # (the user would try again) nor keep the others from hearing of it.
                        try:
                            listener(owner, entry_id)
                        except Exception:
                            log.exception(
                                "A listener failed on %s %d after it was committed", owner, entry_id
                            )

    def _touched(self, owner: Owner, entry_id: int) -> None:
        self._pending.append((owner, entry_id))

    def _query(self, sql: str, params: dict[str, Any] | Iterable[Any] = ()) -> list[dict]:
        with self._lock:
            return list(self.db.query(sql, params))

    # ------------------------------------------------------------ other processes

    def file_backed(self) -> bool:
        """Whether the store is a file that other processes may also write (not in memory)."""
        return self.file_path() is not None

    def file_path(self) -> Path | None:
        """The database file, or None for an in-memory store."""
        with self._lock:
            name = self.db.execute("PRAGMA database_list").fetchone()[2]
        return Path(name) if name else None

    def data_version(self) -> int:
        """SQLite's ``PRAGMA data_version``: it changes when another connection commits."""
        with self._lock:
            return self.db.execute("PRAGMA data_version").fetchone()[0]


# ------------------------------------------------------------- the database file

# quick_check reads every page and row but does not match index entries to rows: on a 261 MB database
# (bench/startup_check.py, 200,000 events) it took 0.8-0.9 s, integrity_check 7-11 s. `sommet backup`
# runs the full check on its copy.
_CHECK = "PRAGMA quick_check(10)"
# SQLite's answer for a file that is not a database, or one whose pages make no sense.
_DAMAGED = {sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT}


def check_file(conn: sqlite3.Connection, path: str | Path) -> None:
    """Raise DatabaseRefused unless the file is a sound SQLite database this code may migrate.

    Read-only: it runs before the first write, so a refused file is left exactly as it was.
    """
    try:
        tables = [row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        problems = [row[0] for row in conn.execute(_CHECK)]
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) in _DAMAGED:
            raise DatabaseDamaged(path, str(error)) from None
        raise  # locked, unreadable, disk full: not the file's fault
    if problems != ["ok"]:
        raise DatabaseDamaged(path, _first_problems(problems))
    ours = [t for t in tables if not t.startswith("sqlite_")]
    if not ours:
        return  # a new, empty file
    if migrations.migrations_table not in ours:
        raise DatabaseRefused(
            path,
            f"it is not a Sommet database (its tables: {', '.join(sorted(ours)[:5])})",
            "Check --db or SOMMET_DB.",
        )
    applied = [
        row[0]
        for row in conn.execute(
            f"SELECT name FROM [{migrations.migrations_table}] WHERE migration_set = ?", [migrations.name]
        )
    ]
    unknown = [name for name in applied if name not in known_steps()]
    if unknown:
        raise DatabaseTooNew(path, unknown)


def _first_problems(rows: list[str]) -> str:
    lines = [line for row in rows for line in row.splitlines() if not line.startswith("***")]
    return "; ".join(lines[:3]) + (f"; and {len(lines) - 3} more" if len(lines) > 3 else "")


def backup(source: str | Path, destination: str | Path) -> Path:
    """Copy a database as one consistent snapshot, even while the bot writes to it (SQLite's backup API).

    The source is opened read-only and copied in one step, so the copy is the database as of one
    commit (in WAL mode the bot's writes go on meanwhile). The copy is written beside the destination,
    checked with ``PRAGMA integrity_check``, and only then renamed into place: a failed backup leaves
    no file behind. The copy is a single file (rollback journal), ready to be moved or opened.
    """
    source, destination = Path(source), Path(destination)
    if not source.is_file():
        raise FileNotFoundError(f"no database at {source}")
    if destination.exists() and destination.resolve() == source.resolve():
        raise ValueError("the backup would overwrite the database itself")
    partial = destination.with_name(f".{destination.name}.partial")
    partial.unlink(missing_ok=True)
    live = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
    try:
        copy = sqlite3.connect(partial)
        try:
            live.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            problems = [row[0] for row in copy.execute("PRAGMA integrity_check(10)")]
        finally:
            copy.close()
        if problems != ["ok"]:
            raise DatabaseDamaged(source, _first_problems(problems))
        os.replace(partial, destination)
    except sqlite3.DatabaseError as error:
        if getattr(error, "sqlite_errorcode", None) in _DAMAGED:
            raise DatabaseDamaged(source, str(error)) from None
        raise
    finally:
        live.close()
        partial.unlink(missing_ok=True)
    return destination
