"""The search index saved beside the database, so that a restart loads it instead of building it.

The file is keyed on everything the index is made from: the entries as read from the store (so a
change by any process, or a migration that changes them, makes it stale), the word lists, and the
source of the code that files them. A file that does not match, or cannot be read whole, is
ignored and replaced: it can be out of date or half written, but it is never used so. It holds
numpy arrays only (no pickled objects), written to a side file and renamed into place.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import tempfile
import zipfile
from collections.abc import Sequence
from dataclasses import fields
from pathlib import Path

import numpy as np

from sommet.search.ceilings import Rows
from sommet.search.postings import Postings
from sommet.search.table import Table
from sommet.search.words import vocabulary
from sommet.store import IndexEntry

log = logging.getLogger("sommet.search")
_FORMAT = b"sommet-search-index 1"
_POSTINGS = ("names", "initials", "grams")
_COLUMNS = ("name", "entry", "size", "kind", "prominence", "parent", "shared", "standing")
_ROWS = tuple(field.name for field in fields(Rows))  # each name's words and places, for the ceilings
_CHUNK = 10_000


def path_for(db: Path) -> Path:
    """Where the index of a database file is saved."""
    return db.with_name(db.name + "-index.npz")


def key(entries: Sequence[IndexEntry]) -> bytes:
    """What a saved index must have been made from to be used: these entries, in this order, the
    word lists and this code. Equal entries pickle alike but for the order of a set, which can
    only cost a needless build."""
    digest = hashlib.sha256(_FORMAT)
    for source in sorted(Path(__file__).resolve().parent.glob("*.py")):  # this package's code
        digest.update(source.read_bytes())
    words = vocabulary()
    digest.update(repr((sorted(words.stop), sorted(words.same.items()))).encode())
    for start in range(0, len(entries), _CHUNK):  # in chunks: a million entries pickled at once take ~100 MB
        digest.update(pickle.dumps(entries[start : start + _CHUNK], protocol=5))
    return digest.digest()


def save(path: Path, made_from: bytes, slots: np.ndarray, tables: dict[str, Table]) -> None:
    """Write the tables just built (``slots``: each entry's slot, in the order read) atomically."""
    arrays: dict[str, np.ndarray] = {"key": np.frombuffer(made_from, dtype=np.uint8)}
    for owner, table in tables.items():
        arrays[f"{owner}.words"] = np.frombuffer("\n".join(table.words).encode(), dtype=np.uint8)
        arrays[f"{owner}.count"] = np.array([len(table.words)])
        for name in _POSTINGS:
            postings: Postings = getattr(table, name)
            for part in ("keys", "starts", "ends", "posted"):
                arrays[f"{owner}.{name}.{part}"] = getattr(postings, part)
        # Slots are numbered per process: saved as the place of their entry in the order read.
        arrays[f"{owner}.slot"] = np.searchsorted(slots, np.frombuffer(table.slot, dtype=np.int64))
        for column in _COLUMNS:
            arrays[f"{owner}.{column}"] = np.array(getattr(table, column))
        arrays[f"{owner}.parents"] = np.fromiter(table.parents, dtype=np.int64)
        for part in _ROWS:
            arrays[f"{owner}.rows.{part}"] = getattr(table.rows, part)
    _write(path, arrays)


def _write(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """Write to a side file of this writer's own (two shards may save at once), then rename it
    into place: the file is whole or absent. A store that cannot take it is only logged."""
    partial: Path | None = None
    try:
        descriptor, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
        partial = Path(name)
        with os.fdopen(descriptor, "wb") as out:
            np.savez(out, **arrays)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, path)
    except OSError as error:
        log.warning("The search index could not be saved to %s: %s", path, error)
        if partial is not None:
            partial.unlink(missing_ok=True)


def load(path: Path, made_from: bytes, slots: np.ndarray, tables: dict[str, Table]) -> bool:
    """Fill these empty tables from the saved file when it was made from the same; else False."""
    try:
        with np.load(path, allow_pickle=False) as saved:
            if saved["key"].tobytes() != made_from:
                return False
            for owner, table in tables.items():
                _fill(
                    table,
                    {
                        name.removeprefix(f"{owner}."): saved[name]
                        for name in saved.files
                        if name.startswith(f"{owner}.")
                    },
                    slots,
                )
    except FileNotFoundError:
        return False
    except (OSError, EOFError, ValueError, KeyError, IndexError, zipfile.BadZipFile) as error:
        log.warning("The saved search index %s is unreadable, so it is rebuilt: %s", path, error)
        return False
    return True


def _fill(table: Table, arrays: dict[str, np.ndarray], slots: np.ndarray) -> None:
    text = arrays["words"].tobytes().decode()
    words = text.split("\n") if int(arrays["count"][0]) else []
    if len(words) != int(arrays["count"][0]):
        raise ValueError("the words do not add up")
    for name in _POSTINGS:
        postings: Postings = getattr(table, name)
        for part in ("keys", "starts", "ends", "posted"):
            setattr(postings, part, arrays[f"{name}.{part}"])
        postings.spans = dict(
            zip(
                postings.keys.tolist(),
                zip(postings.starts.tolist(), postings.ends.tolist(), strict=True),
                strict=True,
            )
        )
    table.slot.frombytes(slots[arrays["slot"]].astype(np.int64).tobytes())
    for column in _COLUMNS:
        getattr(table, column).frombytes(arrays[column].tobytes())
    table.parents.update(arrays["parents"].tolist())
    table.restore(words, _rows(arrays, len(table.slot)))


def _rows(arrays: dict[str, np.ndarray], names: int) -> Rows:
    """The saved rows of each name's words and places, checked against the names: the ceilings
    index them without bounds checks."""
    rows = Rows(**{part: arrays[f"rows.{part}"] for part in _ROWS})
    whole = len(rows.start) == names + 1 and len(rows.shared) == names
    if not whole or int(rows.start[-1]) != len(rows.words) or len(rows.masks) != len(rows.words):
        raise ValueError("the rows do not add up")
    return rows
