"""Undoing an admin's change from the audit log."""

from __future__ import annotations

from sommet.admin.core import UNDOABLE, AdminBase, Change, Who, _store_fields
from sommet.errors import UserError
from sommet.models import AuditRecord
from sommet.store import AliasRow, LinkRow, Owner


class Undo(AdminBase):
    """Reverting a recorded change."""

    # ---------------------------------------------------------- undo, log

    def undo(self, who: Who, audit_id: int) -> Change:
        """Revert exactly one recorded change, and record that too."""
        record = self.store.audit_record(audit_id, guild_id=who.guild_id)
        if record is None or record.action not in UNDOABLE:
            raise UserError("admin.cannot_undo")
        if record.undone_by is not None:
            raise UserError("admin.already_undone")
        owner: Owner = record.owner  # type: ignore[assignment]
        with self.store.transaction():
            self._revert(who, record, owner)
            return self._record(
                who,
                "undo",
                owner,
                record.entry_id,
                record.summary,
                record.after,
                record.before,
                {"of": record.action},
                undoes=record.id,
            )

    def _revert(self, who: Who, record: AuditRecord, owner: Owner) -> None:
        guild, entry_id = who.guild_id, record.entry_id
        assert entry_id is not None
        action = record.action
        if action.endswith(".add"):
            if action == "alias.add":
                self.store.delete_alias(owner, AliasRow(**record.detail["alias"]))
            else:
                self.store.hide(guild, owner, entry_id)
        elif action.endswith(".edit"):
            current = self._snapshot(owner, entry_id, guild)
            current.update(record.before or {})
            self.store.edit_entry(owner, entry_id, guild_id=guild, **_store_fields(owner, current))
        elif action.endswith(".remove") and action != "alias.remove":
            self.store.unhide(guild, owner, entry_id)
        elif action == "link":
            self.store.delete_link(LinkRow(**record.detail["link"]))
        elif action == "unlink":
            for data in record.detail["links"]:
                link = LinkRow(**data)
                if link.guild_id is None:
                    self.store.unhide(guild, "link", link.id)
                else:
                    self.store.restore_link(link)
        elif action == "document.forget":
            self.store.documents.restore(record.detail["forgotten"])
        elif action == "alias.remove":
            for data in record.detail["aliases"]:
                alias = AliasRow(**data)
                if alias.guild_id is None:
                    self.store.unhide(guild, f"{owner}_alias", alias.id)  # type: ignore[arg-type]
                else:
                    self.store.restore_alias(owner, alias)
