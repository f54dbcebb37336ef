"""The store's documents beyond what ingesting needs: finding one by URL, name or hash, and forgetting
one with every fact that only it supports. Part of the store (``Store.documents``): it writes SQL."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sommet.errors import UserError
from sommet.store.rows import _document_visible

if TYPE_CHECKING:
    from sommet.store import Store

_SHORTEST_HASH = 6
_COLUMNS = "id, file_name, title, url, guild_id, sha256, private"  # what a Document is made of
_EXTRACTED = "document"  # the origin of entries that documents created (shipped and admin ones stay)


class _Rollback(Exception):
    pass


@dataclass(frozen=True)
class Document:
    id: int
    name: str
    url: str | None
    guild_id: int | None
    sha256: str | None = None
    private: bool = False  # seen only in the server it was added from (``guild_id``)


@dataclass(frozen=True)
class Hit:
    """A sentence that answers a search, with its document's title, publisher, date and link."""

    text: str
    document_id: int
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None
    name: str


@dataclass
class Forgotten:
    """What forgetting a document removed and kept, and every row it deleted or changed, so that
    ``restore`` can put it all back (the undo of ``/admin document forget``)."""

    document: str
    events_removed: list[str] = field(default_factory=list)
    actors_removed: list[str] = field(default_factory=list)
    events_kept: list[str] = field(default_factory=list)
    actors_kept: list[str] = field(default_factory=list)
    links_removed: int = 0
    reminders_dropped: int = 0
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    parents: list[list[int]] = field(default_factory=list)  # [child id, parent id] unlinked
    moved_links: list[list[int]] = field(default_factory=list)  # [link id, document id before]

    def counts(self) -> dict[str, int]:
        return {
            "events removed": len(self.events_removed),
            "actors removed": len(self.actors_removed),
            "events kept": len(self.events_kept),
            "actors kept": len(self.actors_kept),
        }


class Documents:
    """Document queries and removals over the store's connection and transactions."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def by_url(self, url: str, *, guild_id: int | None = None) -> int | None:
        """The document fetched from ``url`` that this server sees (outside servers: a shared one)."""
        rows = self._store._query(
            f"SELECT id FROM documents d WHERE url = :url AND {_document_visible('d')} "
            "ORDER BY private IS 1 LIMIT 1",
            {"url": url, "guild": guild_id},
        )
        return rows[0]["id"] if rows else None

    def claim(self, document_id: int, guild_id: int) -> None:
        """Mark a document as added from a server (``/admin ingest``), which may then forget it."""
        with self._store.transaction():
            self._store.db.execute("UPDATE documents SET guild_id = ? WHERE id = ?", [guild_id, document_id])

    def find(self, ref: str, *, guild_id: int | None = None, private_only: bool = False) -> Document:
        """The one document named by its file name, URL or the start of its sha256 (six characters or
        more). With ``guild_id``, only the documents added from that server (``private_only``: those
        it keeps to itself). UserError when none or several fit."""
        ref = ref.strip()
        if not ref:
            raise UserError("forget.unknown", ref="")
        clauses = ["file_name = :ref", "url = :ref", "title = :ref"]
        if len(ref) >= _SHORTEST_HASH and all(c in "0123456789abcdef" for c in ref.lower()):
            clauses.append("sha256 LIKE :prefix")
        sql = f"SELECT {_COLUMNS} FROM documents WHERE ({' OR '.join(clauses)})"
        params: dict[str, Any] = {"ref": ref, "prefix": ref.lower() + "%"}
        sql += _added_from(guild_id, private_only)
        params["guild"] = guild_id
        rows = self._store._query(sql + " ORDER BY id LIMIT 6", params)
        if not rows:
            raise UserError("forget.unknown", ref=ref[:100])
        if len(rows) > 1:
            names = ", ".join(_name(row) for row in rows[:5])
            raise UserError("forget.ambiguous", ref=ref[:100], names=names[:500])
        row = rows[0]
        return _document(row)

    def get(self, document_id: int) -> Document | None:
        rows = self._store._query(
            f"SELECT {_COLUMNS} FROM documents WHERE id = ?",
            [document_id],
        )
        return _document(rows[0]) if rows else None

    def names(
        self, current: str, *, guild_id: int | None, private_only: bool = False, limit: int = 25
    ) -> list[Document]:
        """Documents whose name, title or URL contains ``current``, newest first (autocomplete);
        with ``guild_id``, as ``find`` chooses them."""
        sql = f"SELECT {_COLUMNS} FROM documents WHERE (file_name LIKE :q OR title LIKE :q OR url LIKE :q)"
        params: dict[str, Any] = {"q": f"%{current.strip()}%", "guild": guild_id}
        sql += _added_from(guild_id, private_only)
        rows = self._store._query(sql + " ORDER BY id DESC LIMIT :limit", {**params, "limit": limit})
        return [_document(row) for row in rows]

    def newest_sources(self, event_ids: list[int], *, guild_id: int | None = None) -> dict[int, str]:
        """For each event cited by a document this server sees, the date of its newest source
        (published, else read), as ISO text: what tells whether an announcement is stale."""
        rows = self._store._query(
            "SELECT s.event_id, max(coalesce(d.published, substr(d.added_at, 1, 10))) AS newest "
            "FROM event_sources s JOIN documents d ON d.id = s.document_id "
            f"WHERE s.event_id IN (SELECT value FROM json_each(:ids)) AND {_document_visible('d')} "
            "GROUP BY s.event_id",
            {"ids": _json(event_ids), "guild": guild_id},
        )
        return {row["event_id"]: row["newest"] for row in rows if row["newest"]}

    # -------------------------------------------------------------- sentences

    def add_sentences(self, document_id: int, sentences: list[str]) -> None:
        """Keep a document's sentences for full-text search (the FTS index follows by trigger)."""
        with self._store.transaction():
            self._store.db["document_sentences"].insert_all(
                {"document_id": document_id, "position": i, "text": text}
                for i, text in enumerate(sentences)
                if text.strip()
            )

    def search(self, query: str, *, guild_id: int | None = None, limit: int = 50) -> list[Hit]:
        """The sentences of the documents this server sees that best answer ``query`` (bm25 over
        the words typed), best first."""
        from sommet.fulltext import fts_query

        match = fts_query(query)
        if match is None:
            return []
        rows = self._store._query(
            "SELECT s.text, s.document_id, d.title, d.publisher, d.published, d.url, d.file_name, d.id "
            "FROM document_sentences_fts f JOIN document_sentences s ON s.id = f.rowid "
            "JOIN documents d ON d.id = s.document_id "
            f"WHERE document_sentences_fts MATCH :match AND {_document_visible('d')} "
            "ORDER BY bm25(document_sentences_fts), s.id LIMIT :limit",
            {"match": match, "limit": limit, "guild": guild_id},
        )
        return [
            Hit(r["text"], r["document_id"], r["title"], r["publisher"], r["published"], r["url"], _name(r))
            for r in rows
        ]

    def forget(self, document_id: int) -> Forgotten:
        """Remove a document and every entry, alias, link and pending reminder that only it supports,
        in one transaction. An entry also cited by another document, shipped, made by an admin or
        touched by a server's edits keeps everything but this document's citation; so does an entry
        of another scope than the document's (a server's private document never removes a shared
        entry, whatever else cites it)."""
        store = self._store
        with store.transaction():
            [doc] = store._query("SELECT * FROM documents WHERE id = ?", [document_id])
            result = Forgotten(_name(doc), rows={"documents": [doc]})
            scope = doc["guild_id"] if doc["private"] else None
            removed: dict[str, list[int]] = {}
            for owner in ("event", "actor"):
                cited = store._query(
                    f"SELECT e.id, e.name, e.origin, e.guild_id, (SELECT count(*) FROM {owner}_sources o "
                    f"WHERE o.{owner}_id = e.id AND o.document_id != :doc) AS others "
                    f"FROM {owner}_sources s JOIN {owner}s e ON e.id = s.{owner}_id "
                    f"WHERE s.document_id = :doc ORDER BY e.id",
                    {"doc": document_id},
                )
                gone = [r for r in cited if r["guild_id"] == scope and self._only_support(owner, r)]
                removed[owner] = [r["id"] for r in gone]
                getattr(result, f"{owner}s_removed").extend(r["name"] for r in gone)
                getattr(result, f"{owner}s_kept").extend(r["name"] for r in cited if r not in gone)
            self._drop_links(document_id, removed, result)
            self._drop_entries(document_id, removed, result)
            for owner, ids in removed.items():
                for entry_id in ids:
                    store._touched(owner, entry_id)  # type: ignore[arg-type]
        return result

    def would_forget(self, document_id: int) -> Forgotten:
        """What ``forget`` would remove and keep, leaving the store as it was."""
        result: Forgotten | None = None
        with contextlib.suppress(_Rollback), self._store.transaction():
            result = self.forget(document_id)
            raise _Rollback
        assert result is not None
        return result

    def restore(self, forgotten: dict[str, Any]) -> None:
        """Put back what ``forget`` removed (its ``Forgotten`` as JSON), rows under their old ids.

        A UserError, with nothing changed, when the store has since taken a row's place (the same
        document read again)."""
        try:
            self._restore(forgotten)
        except sqlite3.IntegrityError:
            raise UserError("forget.cannot_restore") from None

    def _restore(self, forgotten: dict[str, Any]) -> None:
        store = self._store
        with store.transaction():
            store.db.execute("PRAGMA defer_foreign_keys = ON")  # rows come back table by table
            for table, rows in forgotten["rows"].items():
                if rows:
                    store.db[table].insert_all(rows)
            for child, parent in forgotten["parents"]:
                store.db.execute("UPDATE events SET parent_id = ? WHERE id = ?", [parent, child])
            for link_id, document_id in forgotten["moved_links"]:
                store.db.execute("UPDATE links SET document_id = ? WHERE id = ?", [document_id, link_id])
            for row in forgotten["rows"].get("events", []):
                store._touched("event", row["id"])
            for row in forgotten["rows"].get("actors", []):
                store._touched("actor", row["id"])

    # ------------------------------------------------------------ forgetting

    def _only_support(self, owner: str, row: dict[str, Any]) -> bool:
        """Whether this document is all that stands behind an entry: made by a document, cited by
        no other, and not edited, aliased, linked or parented by any server (a link a document made
        carries its id; an admin's does not)."""
        if row["origin"] != _EXTRACTED or row["others"]:
            return False
        checks = [
            f"SELECT 1 FROM {owner}s WHERE overrides_id = :id",
            f"SELECT 1 FROM {owner}_aliases WHERE {owner}_id = :id AND guild_id IS NOT NULL",
            f"SELECT 1 FROM links WHERE {owner}_id = :id AND guild_id IS NOT NULL AND document_id IS NULL",
        ]
        if owner == "event":
            checks.append(f"SELECT 1 FROM events WHERE parent_id = :id AND origin != '{_EXTRACTED}'")
        return not any(self._store._query(sql, {"id": row["id"]}) for sql in checks)

    def _drop_links(self, document_id: int, removed: dict[str, list[int]], result: Forgotten) -> None:
        """Links to removed entries go; a link this document made between two kept entries moves to
        another document citing both that the link's server sees (a shared link, only to a shared
        document), or goes when there is none."""
        db = self._store.db
        rows = self._store._query(
            "SELECT * FROM links WHERE document_id = :doc OR event_id IN (SELECT value FROM json_each(:events)) "
            "OR actor_id IN (SELECT value FROM json_each(:actors))",
            {"doc": document_id, **_json_ids(removed)},
        )
        dropped = []
        for link in rows:
            other = None
            if link["event_id"] not in removed["event"] and link["actor_id"] not in removed["actor"]:
                other = self._store._query(
                    "SELECT a.document_id FROM actor_sources a JOIN event_sources e USING (document_id) "
                    "JOIN documents d ON d.id = a.document_id WHERE a.actor_id = :actor "
                    f"AND e.event_id = :event AND a.document_id != :doc AND {_document_visible('d')} LIMIT 1",
                    {
                        "actor": link["actor_id"],
                        "event": link["event_id"],
                        "doc": document_id,
                        "guild": link["guild_id"],
                    },
                )
            if other:
                db.execute(
                    "UPDATE links SET document_id = ? WHERE id = ?", [other[0]["document_id"], link["id"]]
                )
                result.moved_links.append([link["id"], link["document_id"]])
            else:
                dropped.append(link)
        self._delete(result, "links", dropped)
        result.links_removed = len(dropped)

    def _drop_entries(self, document_id: int, removed: dict[str, list[int]], result: Forgotten) -> None:
        store, ids = self._store, _json_ids(removed)
        in_events, in_actors = (
            "IN (SELECT value FROM json_each(:events))",
            "IN (SELECT value FROM json_each(:actors))",
        )
        result.parents = [
            [row["id"], row["parent_id"]]
            for row in store._query(f"SELECT id, parent_id FROM events WHERE parent_id {in_events}", ids)
        ]
        store.db.execute(f"UPDATE events SET parent_id = NULL WHERE parent_id {in_events}", ids)
        result.reminders_dropped = store.db.execute(
            f"DELETE FROM reminder_deliveries WHERE state = 'pending' AND event_id {in_events}", ids
        ).rowcount
        aliases = {
            "event": store._query(f"SELECT * FROM event_aliases WHERE event_id {in_events}", ids),
            "actor": store._query(f"SELECT * FROM actor_aliases WHERE actor_id {in_actors}", ids),
        }
        hidden = store._query(
            f"SELECT * FROM hidden WHERE (kind = 'event' AND row_id {in_events}) "
            f"OR (kind = 'actor' AND row_id {in_actors}) "
            "OR (kind = 'event_alias' AND row_id IN (SELECT value FROM json_each(:event_aliases))) "
            "OR (kind = 'actor_alias' AND row_id IN (SELECT value FROM json_each(:actor_aliases)))",
            {
                **ids,
                "event_aliases": _json([a["id"] for a in aliases["event"]]),
                "actor_aliases": _json([a["id"] for a in aliases["actor"]]),
            },
        )
        self._delete(result, "hidden", hidden, key=("guild_id", "kind", "row_id"))
        for owner in ("event", "actor"):
            self._delete(result, f"{owner}_aliases", aliases[owner])
            sources = store._query(
                f"SELECT * FROM {owner}_sources WHERE document_id = :doc OR {owner}_id "
                f"{in_events if owner == 'event' else in_actors}",
                {"doc": document_id, **ids},
            )
            self._delete(result, f"{owner}_sources", sources, key=(f"{owner}_id", "document_id"))
            entries = store._query(
                f"SELECT * FROM {owner}s WHERE id {in_events if owner == 'event' else in_actors}", ids
            )
            self._delete(result, f"{owner}s", entries)
        sentences = store._query("SELECT * FROM document_sentences WHERE document_id = ?", [document_id])
        self._delete(result, "document_sentences", sentences)
        store.db.execute("DELETE FROM documents WHERE id = ?", [document_id])

    def _delete(
        self, result: Forgotten, table: str, rows: list[dict[str, Any]], key: tuple[str, ...] = ("id",)
    ) -> None:
        """Delete rows by key, keeping them in ``result`` to be restored."""
        where = " AND ".join(f"{column} = ?" for column in key)
        for row in rows:
            self._store.db.execute(f"DELETE FROM {table} WHERE {where}", [row[c] for c in key])
        if rows:
            result.rows.setdefault(table, []).extend(rows)


def _added_from(guild_id: int | None, private_only: bool) -> str:
    """The SQL condition for the documents added from a server (any document outside servers)."""
    if guild_id is None:
        return ""
    return " AND guild_id = :guild" + (" AND private = 1" if private_only else "")


def _document(row: dict[str, Any]) -> Document:
    return Document(row["id"], _name(row), row["url"], row["guild_id"], row["sha256"], bool(row["private"]))


def _name(row: dict[str, Any]) -> str:
    return row.get("url") or row.get("file_name") or row.get("title") or f"document {row['id']}"


def _json(ids: list[int]) -> str:
    return "[" + ",".join(str(int(i)) for i in ids) + "]"


def _json_ids(removed: dict[str, list[int]]) -> dict[str, str]:
    return {"events": _json(removed["event"]), "actors": _json(removed["actor"])}
