"""The store's documents beyond what ingesting needs: finding one by URL, name or hash, and forgetting
one with every fact that only it supports. Part of the store (``Store.documents``): it writes SQL."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sommet.store import Store


class Documents:
    """Document queries and removals over the store's connection and transactions."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def by_url(self, url: str) -> int | None:
        """The document fetched from ``url``, if any."""
        rows = self._store._query("SELECT id FROM documents WHERE url = ?", [url])
        return rows[0]["id"] if rows else None
