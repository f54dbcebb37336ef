"""Server settings (editor role, language) and the audit log of admins' changes."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sommet.models import AuditRecord
from sommet.store.connection import Connection
from sommet.store.rows import Owner


class Settings(Connection):
    """Per-server settings and the audit log."""

    def editor_role(self, guild_id: int) -> int | None:
        """The role whose members may use the admin commands in a server, besides Manage Server."""
        rows = self._query("SELECT editor_role_id FROM guild_settings WHERE guild_id = ?", [guild_id])
        return rows[0]["editor_role_id"] if rows else None

    def set_editor_role(self, guild_id: int, role_id: int | None) -> None:
        with self.transaction():
            self.db["guild_settings"].upsert({"guild_id": guild_id, "editor_role_id": role_id}, pk="guild_id")

    def server_language(self, guild_id: int | None) -> str | None:
        """The language a server chose for replies and reminders, None when it chose none."""
        if guild_id is None:
            return None
        rows = self._query("SELECT language FROM guild_settings WHERE guild_id = ?", [guild_id])
        return rows[0]["language"] if rows else None

    def set_server_language(self, guild_id: int, language: str) -> None:
        with self.transaction():
            self.db["guild_settings"].upsert({"guild_id": guild_id, "language": language}, pk="guild_id")

    def record_audit(
        self,
        *,
        guild_id: int,
        user_id: int,
        at: datetime,
        action: str,
        owner: Owner | None = None,
        entry_id: int | None = None,
        summary: str = "",
        before: dict[str, Any] | None = None,
        after: dict[str, Any] | None = None,
        detail: dict[str, Any] | None = None,
        undoes: int | None = None,
    ) -> int:
        """Write one audit record and return its id; call it inside the change's transaction."""
        with self.transaction():
            audit_id = (
                self.db["audit_log"]
                .insert(
                    {
                        "guild_id": guild_id,
                        "user_id": user_id,
                        "at": at.isoformat(timespec="seconds"),
                        "action": action,
                        "owner": owner,
                        "entry_id": entry_id,
                        "summary": summary,
                        "before": _json(before),
                        "after": _json(after),
                        "detail": _json(detail),
                        "undoes": undoes,
                    }
                )
                .last_pk
            )
            if undoes is not None:
                self.db["audit_log"].update(undoes, {"undone_by": audit_id})
        return audit_id

    def audit_record(self, audit_id: int, *, guild_id: int) -> AuditRecord | None:
        rows = self._query("SELECT * FROM audit_log WHERE id = ? AND guild_id = ?", [audit_id, guild_id])
        return _audit(rows[0]) if rows else None

    def audit_log(self, *, guild_id: int, limit: int = 500) -> list[AuditRecord]:
        """One server's changes, newest first."""
        rows = self._query(
            "SELECT * FROM audit_log WHERE guild_id = ? ORDER BY id DESC LIMIT ?", [guild_id, limit]
        )
        return [_audit(row) for row in rows]


def _json(value: dict[str, Any] | None) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def _audit(row: dict[str, Any]) -> AuditRecord:
    return AuditRecord(
        id=row["id"],
        guild_id=row["guild_id"],
        user_id=row["user_id"],
        at=datetime.fromisoformat(row["at"]),
        action=row["action"],
        owner=row["owner"],
        entry_id=row["entry_id"],
        summary=row["summary"] or "",
        before=json.loads(row["before"]) if row["before"] else None,
        after=json.loads(row["after"]) if row["after"] else None,
        detail=json.loads(row["detail"]) if row["detail"] else {},
        undoes=row["undoes"],
        undone_by=row["undone_by"],
    )
