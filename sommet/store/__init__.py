"""The knowledge store: the one package that knows the tables and writes SQL.

``Store`` is composed of one room per concern, each a small class over the shared connection
(``connection.py``): knowledge reads and writes, the search index's views, per-server scope,
settings and audit, reminder deliveries; documents and feeds hang off it as attributes.
"""

from __future__ import annotations

from functools import cached_property

from sommet.store.connection import Connection, backup, check_file
from sommet.store.documents import Documents
from sommet.store.feeds import Feeds
from sommet.store.index import IndexViews
from sommet.store.reads import Reads
from sommet.store.reminders import Reminders
from sommet.store.rows import NO_LOCATION, AliasRow, ChangeListener, HiddenKind, IndexEntry, LinkRow, Owner
from sommet.store.scope import Scope
from sommet.store.settings import Settings
from sommet.store.writes import Writes

__all__ = [
    "NO_LOCATION",
    "AliasRow",
    "ChangeListener",
    "HiddenKind",
    "IndexEntry",
    "LinkRow",
    "Owner",
    "Store",
    "backup",
    "check_file",
]


class Store(Reads, IndexViews, Writes, Scope, Settings, Reminders, Connection):
    """Events, actors, aliases, links and sources in one SQLite database.

    Every public write runs in one transaction and tells the change listeners
    (the search index, the reminder scheduler) once it has committed.
    """

    @cached_property
    def documents(self) -> Documents:
        """Finding documents by URL, name or hash, and forgetting them."""
        return Documents(self)

    @cached_property
    def feeds(self) -> Feeds:
        """The feeds followed, what was taken from them, and the servers' digest choice."""
        return Feeds(self)
