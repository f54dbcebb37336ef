"""Admins choosing a server's editor role and language."""

from __future__ import annotations

from sommet.admin.core import AdminBase, Change, Who
from sommet.errors import UserError
from sommet.i18n import LANGUAGES


class SettingsEdits(AdminBase):
    """A server's editor role and language."""

    # ------------------------------------------------------------ settings

    def set_editors(self, who: Who, role_id: int | None, role_name: str | None) -> Change:
        """Name the role whose members may use the admin commands (None: Manage Server only)."""
        before = self.store.editor_role(who.guild_id)
        with self.store.transaction():
            self.store.set_editor_role(who.guild_id, role_id)
            return self._record(
                who,
                "editors",
                None,
                None,
                role_name or "Manage Server only",
                {"role_id": before},
                {"role_id": role_id},
            )

    def set_language(self, who: Who, language: str) -> Change:
        """Choose the server's language for replies (to members Sommet cannot answer in their own)
        and for reminder posts."""
        if language not in LANGUAGES:
            raise UserError("admin.bad_language", allowed=", ".join(LANGUAGES))
        before = self.store.server_language(who.guild_id)
        with self.store.transaction():
            self.store.set_server_language(who.guild_id, language)
            return self._record(
                who, "language", None, None, language, {"language": before}, {"language": language}
            )
