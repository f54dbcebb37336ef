"""One server's view of shared knowledge: its override rows, what it hides, its aliases and links."""

from __future__ import annotations

from typing import Any

from sommet.store.connection import Connection
from sommet.store.rows import _EDITABLE, AliasRow, HiddenKind, LinkRow, Owner, _now, _row_visible


class Scope(Connection):
    """Per-server edits, hiding and restoring."""

    # ------------------------------------------------------- admin/scope/audit
    # What one server's admins change is seen only there: edits of shared entries become that
    # server's override rows, removals of shared rows become ``hidden`` rows (see the visibility
    # rule at the top). Callers wrap each change and its audit record in one transaction.

    def edit_entry(
        self, owner: Owner, entry_id: int, *, guild_id: int, origin: str = "admin", **fields: Any
    ) -> None:
        """Change an entry as one server sees it.

        The server's own entry is changed in place; a shared entry gets (or changes) that
        server's override row, which is dropped again once it matches the shared row. The row
        written takes ``origin``: an admin's edit makes the entry the admin's (forgetting a document
        no longer removes it); a private document's additions stay the document's.
        """
        table = f"{owner}s"
        with self.transaction():
            rows = self._query(
                f"SELECT * FROM {table} WHERE guild_id = :guild "
                "AND ((id = :id AND overrides_id IS NULL) OR overrides_id = :id)",
                {"guild": guild_id, "id": entry_id},
            )
            if rows:
                row_id = rows[0]["id"]
            else:
                shared = self._query(f"SELECT * FROM {table} WHERE id = ? AND guild_id IS NULL", [entry_id])
                if not shared:
                    raise KeyError(entry_id)
                stamp = _now()
                copy = {key: value for key, value in shared[0].items() if key not in ("id", "key")}
                copy.update(
                    guild_id=guild_id,
                    overrides_id=entry_id,
                    created_at=stamp,
                    updated_at=stamp,
                )
                row_id = self.db[table].insert(copy).last_pk
            self.db[table].update(row_id, {"origin": origin})
            self._update_row(owner, row_id, fields)
            self._drop_needless_override(owner, row_id)
            self._touched(owner, entry_id)

    def _drop_needless_override(self, owner: Owner, row_id: int) -> None:
        row = self._query(f"SELECT * FROM {owner}s WHERE id = ?", [row_id])[0]
        if row["overrides_id"] is None:
            return
        shared = self._query(f"SELECT * FROM {owner}s WHERE id = ?", [row["overrides_id"]])[0]
        if all(row[column] == shared[column] for column in _EDITABLE[owner]):
            self.db[f"{owner}s"].delete(row_id)

    def is_shared(self, owner: Owner, entry_id: int) -> bool:
        """Whether an entry id is a shared one (other servers may see it too)."""
        rows = self._query(f"SELECT guild_id FROM {owner}s WHERE id = ?", [entry_id])
        return bool(rows) and rows[0]["guild_id"] is None

    def hide(self, guild_id: int, kind: HiddenKind, row_id: int) -> None:
        """Hide an entry, alias or link in one server only."""
        with self.transaction():
            self.db["hidden"].insert({"guild_id": guild_id, "kind": kind, "row_id": row_id}, ignore=True)
            self._touch_hidden(kind, row_id)

    def unhide(self, guild_id: int, kind: HiddenKind, row_id: int) -> None:
        """Show again in one server what it hid."""
        with self.transaction():
            self.db.execute(
                "DELETE FROM hidden WHERE guild_id = ? AND kind = ? AND row_id = ?", [guild_id, kind, row_id]
            )
            self._touch_hidden(kind, row_id)

    def _touch_hidden(self, kind: HiddenKind, row_id: int) -> None:
        if kind in ("event", "actor"):
            self._touched(kind, row_id)  # type: ignore[arg-type]
        elif kind == "link":
            for row in self._query("SELECT actor_id, event_id FROM links WHERE id = ?", [row_id]):
                self._touched("actor", row["actor_id"])
                self._touched("event", row["event_id"])
        else:
            owner = kind.removesuffix("_alias")
            for row in self._query(f"SELECT {owner}_id AS id FROM {kind}es WHERE id = ?", [row_id]):
                self._touched(owner, row["id"])  # type: ignore[arg-type]

    def scoped_aliases(self, owner: Owner, entry_id: int, *, guild_id: int | None) -> list[AliasRow]:
        """An entry's aliases that one server sees, with where each belongs."""
        rows = self._query(
            f"SELECT * FROM {owner}_aliases a WHERE a.{owner}_id = :id "
            f"AND {_row_visible('a', f'{owner}_alias')} ORDER BY a.id",  # type: ignore[arg-type]
            {"id": entry_id, "guild": guild_id},
        )
        return [AliasRow(r["id"], r[f"{owner}_id"], r["alias"], r["lang"], r["guild_id"]) for r in rows]

    def scoped_links(self, *, actor_id: int, event_id: int, guild_id: int | None) -> list[LinkRow]:
        """The links between an actor and an event that one server sees."""
        rows = self._query(
            f"SELECT * FROM links WHERE actor_id = :actor AND event_id = :event "
            f"AND {_row_visible('links', 'link')} ORDER BY id",
            {"actor": actor_id, "event": event_id, "guild": guild_id},
        )
        return [
            LinkRow(r["id"], r["actor_id"], r["event_id"], r["role"], r["guild_id"], r["document_id"])
            for r in rows
        ]

    def delete_alias(self, owner: Owner, alias: AliasRow) -> None:
        with self.transaction():
            self.db[f"{owner}_aliases"].delete(alias.id)
            self._touched(owner, alias.entry_id)

    def restore_alias(self, owner: Owner, alias: AliasRow) -> None:
        """Put back a deleted alias under its old id."""
        with self.transaction():
            self.db[f"{owner}_aliases"].insert(
                {
                    "id": alias.id,
                    f"{owner}_id": alias.entry_id,
                    "alias": alias.alias,
                    "lang": alias.lang,
                    "guild_id": alias.guild_id,
                }
            )
            self._touched(owner, alias.entry_id)

    def delete_link(self, link: LinkRow) -> None:
        with self.transaction():
            self.db["links"].delete(link.id)
            self._touched("actor", link.actor_id)
            self._touched("event", link.event_id)

    def restore_link(self, link: LinkRow) -> None:
        """Put back a deleted link under its old id."""
        with self.transaction():
            self.db["links"].insert(
                {
                    "id": link.id,
                    "actor_id": link.actor_id,
                    "event_id": link.event_id,
                    "role": link.role,
                    "document_id": link.document_id,
                    "guild_id": link.guild_id,
                }
            )
            self._touched("actor", link.actor_id)
            self._touched("event", link.event_id)
