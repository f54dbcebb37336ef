"""What the search index is built from: every view of every entry, per server that sees it differently."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlite_utils import Database

from sommet.store.connection import Connection
from sommet.store.rows import IndexEntry, Owner, _row_visible


class IndexViews(Connection):
    """The views of entries that the search index holds."""

    def index_entries(self, owner: Owner | None = None) -> Iterator[IndexEntry]:
        """Every view of every entry, for building the search index, as of one commit.

        Read when first iterated (the index starts recording updates to replay before that). A
        file is read on a read-only connection of its own: the build reads for seconds in the
        background at a million names, and on the shared connection every command would wait
        for the store's lock meanwhile.
        """
        tables = ("event", "actor") if owner is None else (owner,)
        path = self.file_path()
        if path is None:
            with self._lock:  # one snapshot: no write can come between the reads
                for table in tables:
                    yield from self._index_views(table, None)
            return
        reader = IndexViews(Database(_read_only(path)))
        try:
            reader.db.execute("BEGIN")  # one snapshot for every read below
            for table in tables:
                yield from reader._index_views(table, None)
        finally:
            reader.close()

    def index_views(self, owner: Owner, entry_id: int) -> list[IndexEntry]:
        """One entry's views (none once no server sees it), for updating the search index."""
        return list(self._index_views(owner, entry_id))

    def _index_views(self, owner: Owner, entry_id: int | None) -> Iterator[IndexEntry]:
        """The shared view of each entry, plus a view for each server that sees it differently.

        The views come from the visibility rule itself, read once for "no server" and once for
        each server that has edited anything, so the index cannot disagree with the other reads.
        """
        only = "" if entry_id is None else " WHERE id = :id"
        shared = self._names_seen(owner, None, only, entry_id)
        shared_facets = self._facets_seen(owner, None, only, entry_id)
        hidden_in: dict[int, set[int]] = {}
        own: list[IndexEntry] = []
        for guild in self._editing_guilds():
            seen = self._names_seen(owner, guild, only, entry_id)
            facets = self._facets_seen(owner, guild, only, entry_id)
            for key in shared.keys() - seen.keys():
                hidden_in.setdefault(key, set()).add(guild)
            for key, (names, _row_guild) in seen.items():
                if key in shared and shared[key][0] == names and shared_facets[key] == facets[key]:
                    continue
                if key in shared:
                    hidden_in.setdefault(key, set()).add(guild)
                own.append(IndexEntry(owner, key, guild, names, **facets[key]))
        for key, (names, _guild) in shared.items():
            yield IndexEntry(owner, key, None, names, frozenset(hidden_in.get(key, ())), **shared_facets[key])
        yield from own

    def _facets_seen(
        self, owner: Owner, guild: int | None, only: str, entry_id: int | None
    ) -> dict[int, dict]:
        """What lookups match besides names, and each entry's prominence, as ``guild`` sees them."""
        params = {"guild": guild, "id": entry_id}
        one = "" if entry_id is None else f" AND {owner}_id = :id"
        columns = (
            "start_min, end_max, venue, city, country, description, parent_id, url"
            if owner == "event"
            else "role, description"
        )
        with self._lock:
            rows = self.db.execute(f"SELECT id, {columns} FROM {self._view[owner]}{only}", params).fetchall()
            # Another server's private documents lend no weight here: their citations are not seen.
            unseen = "SELECT id FROM documents WHERE private = 1 AND guild_id IS NOT :guild"
            sourced = dict(
                self.db.execute(
                    f"SELECT {owner}_id, COUNT(*) FROM {owner}_sources "
                    f"WHERE document_id NOT IN ({unseen}){one} GROUP BY 1",
                    params,
                )
            )
            linked = dict(
                self.db.execute(
                    f"SELECT links.{owner}_id, COUNT(*) FROM links WHERE {_row_visible('links', 'link')}"
                    + ("" if entry_id is None else f" AND links.{owner}_id = :id")
                    + " GROUP BY 1",
                    params,
                )
            )
        found: dict[int, dict] = {}
        for key, *values in rows:
            shared = 2 * min(sourced.get(key, 0), 3) + min(linked.get(key, 0), 10)
            if owner == "actor":
                role, description = values
                found[key] = {"about": " ".join(filter(None, (role, description))), "prominence": shared}
                continue
            start, end, venue, city, country, description, parent, url = values
            years = tuple(range(int(start[:4]), int((end or start)[:4]) + 1))[:10] if start else ()
            found[key] = {
                "places": tuple(filter(None, (venue, city, country))),
                "years": years,
                "about": description or "",
                "parent_id": parent,
                "prominence": 4 * bool(start) + shared + bool(url),
            }
        return found

    def _names_seen(
        self, owner: Owner, guild: int | None, only: str, entry_id: int | None
    ) -> dict[int, tuple[tuple[str, ...], int | None]]:
        params = {"guild": guild, "id": entry_id}
        alias_sql = (
            f"SELECT a.{owner}_id, a.alias FROM {owner}_aliases a "
            f"WHERE {_row_visible('a', f'{owner}_alias')}"  # type: ignore[arg-type]
            + ("" if entry_id is None else f" AND a.{owner}_id = :id")
            + " ORDER BY a.id"
        )
        # Plain tuples rather than dict rows: at a million names this read is on the start-up path.
        with self._lock:
            rows = self.db.execute(
                f"SELECT id, name, guild_id FROM {self._view[owner]}{only}", params
            ).fetchall()
            alias_rows = self.db.execute(alias_sql, params).fetchall()
        aliases: dict[int, list[str]] = {}
        for key, alias in alias_rows:
            aliases.setdefault(key, []).append(alias)
        return {key: ((name, *aliases.get(key, ())), row_guild) for key, name, row_guild in rows}

    def _editing_guilds(self) -> list[int]:
        """The servers with any entry, alias, link or hidden row of their own."""
        rows = self._query(
            "SELECT guild_id FROM events WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM actors WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM event_aliases WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM actor_aliases WHERE guild_id IS NOT NULL "
            "UNION SELECT guild_id FROM hidden"
        )
        return [row["guild_id"] for row in rows]


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(
        f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False, timeout=10
    )
