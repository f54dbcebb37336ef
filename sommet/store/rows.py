"""What every room of the store shares: the entry types, the rows admins see, and the one
visibility rule in SQL."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Literal

from sommet.dates import PartialDate
from sommet.models import Location

Owner = Literal["event", "actor"]
ChangeListener = Callable[[Owner, int], None]

HiddenKind = Literal["event", "actor", "event_alias", "actor_alias", "link"]

NO_LOCATION = Location()
# Columns an admin may change; an override that matches its shared row on all of them is dropped.
_EDITABLE = {
    "event": (
        "name",
        "kind",
        "start",
        "end",
        "start_min",
        "end_max",
        "start_time",
        "timezone",
        "venue",
        "city",
        "country",
        "parent_id",
        "status",
        "description",
        "url",
    ),
    "actor": ("name", "kind", "role", "description"),
}


# ---------------------------------------------------------------- visibility
# The one rule for what a server sees (``:guild`` is its id; NULL outside servers sees shared rows):
# - shared rows (guild_id NULL) and its own rows, minus the rows it hid (table ``hidden``);
# - a row with ``overrides_id`` is one server's version of a shared entry: there it stands in for
#   the shared row, under the shared row's id, so aliases, links, sources and children still attach.
# Every read of entries, aliases and links goes through these two functions.


def _scoped(table: str, columns: Iterable[str]) -> str:
    """The entries of ``events`` or ``actors`` that ``:guild`` sees, as a subquery.

    Two arms joined by UNION ALL, so that SQLite pushes an outer ``WHERE id = ...`` (or a date
    bound) into each arm and answers through the primary key or an index instead of a scan:
    rows that override nothing, unless this server overrides them; and this server's overrides,
    under the id of the row they stand in for.
    """
    kind = table[:-1]
    listed = ", ".join(f't."{column}"' for column in columns)

    def not_hidden(row_id: str) -> str:
        return f"NOT EXISTS (SELECT 1 FROM hidden h WHERE h.guild_id = :guild AND h.kind = '{kind}' AND h.row_id = {row_id})"

    return (
        f"(SELECT t.id AS id, {listed} FROM {table} t "
        f"WHERE +t.overrides_id IS NULL AND (+t.guild_id = :guild OR (+t.guild_id IS NULL AND NOT EXISTS ("
        f"SELECT 1 FROM {table} o WHERE o.overrides_id = t.id AND o.guild_id = :guild))) "
        f"AND {not_hidden('t.id')} "
        f"UNION ALL SELECT t.overrides_id AS id, {listed} FROM {table} t "
        f"WHERE t.overrides_id IS NOT NULL AND t.guild_id = :guild AND {not_hidden('t.overrides_id')})"
    )


def _ordered(order: str, limit: int | None) -> str:
    """An ORDER BY clause, with a LIMIT when one is asked for."""
    return f" ORDER BY {order}" + (f" LIMIT {int(limit)}" if limit is not None else "")


def _row_visible(alias: str, kind: HiddenKind) -> str:
    """Whether ``:guild`` sees an alias or link row (shared or its own, and not hidden by it)."""
    return (
        f"(({alias}.guild_id IS NULL OR {alias}.guild_id = :guild) AND NOT EXISTS ("
        f"SELECT 1 FROM hidden h WHERE h.guild_id = :guild AND h.kind = '{kind}' AND h.row_id = {alias}.id))"
    )


def _document_visible(alias: str) -> str:
    """Whether ``:guild`` sees a document: shared ones, and the private ones of that server."""
    return f"(ifnull({alias}.private, 0) = 0 OR {alias}.guild_id IS :guild)"


# Entries in the order of an index on the table, for reads that stop at LIMIT: the guild filter is
# kept off the guild_id index (unary +) so that SQLite walks the ordering index instead of sorting.
_OWN_OR_SHARED_IN_ORDER = "(+guild_id IS NULL OR +guild_id = :guild)"


@dataclass(frozen=True)
class IndexEntry:
    """One view of an entry for the search index: its names, and which servers see this view.

    A view with ``guild_id`` is seen only there; a shared view (``guild_id`` None) is seen
    everywhere except in ``hidden_in``, the servers that see their own version or none.
    """

    owner: Owner
    id: int
    guild_id: int | None
    names: tuple[str, ...]
    hidden_in: frozenset[int] = field(default=frozenset())
    # What lookups match besides names (place, years, description or role), and what breaks ties.
    places: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    about: str = ""
    parent_id: int | None = None
    prominence: int = 0  # dated, sourced and linked entries rank before bare ones

    def visible_to(self, guild_id: int | None) -> bool:
        if self.guild_id is not None:
            return self.guild_id == guild_id
        return guild_id not in self.hidden_in

    def facets(self) -> tuple[str, ...]:
        """The texts other than names that a lookup may match: place, years, description."""
        return (*self.places, *(str(year) for year in self.years), self.about)


@dataclass(frozen=True)
class AliasRow:
    """An alias as stored, with the server it belongs to (None when shared)."""

    id: int
    entry_id: int
    alias: str
    lang: str | None
    guild_id: int | None


@dataclass(frozen=True)
class LinkRow:
    """A link as stored, with the server it belongs to (None when shared)."""

    id: int
    actor_id: int
    event_id: int
    role: str
    guild_id: int | None
    document_id: int | None = None


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _partial(text: str | None) -> PartialDate | None:
    return PartialDate.parse_iso(text) if text else None
