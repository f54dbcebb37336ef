"""Admins linking actors to events, and removing links, in one server."""

from __future__ import annotations

from sommet import admin_input as check
from sommet.admin.core import AdminBase, Change, Who, _link
from sommet.errors import UserError
from sommet.search import normalise


class LinkEdits(AdminBase):
    """Links between actors and events."""

    # --------------------------------------------------------------- links

    def link(self, who: Who, *, actor: str, event: str, role: str) -> Change:
        """Say that an actor took part in an event, in a role, in this server."""
        found_actor = self.target("actor", actor, who.guild_id)
        found_event = self.target("event", event, who.guild_id)
        role = check.clean_name(role, what="role")
        for existing in self.store.scoped_links(
            actor_id=found_actor.id, event_id=found_event.id, guild_id=who.guild_id
        ):
            if normalise(existing.role) == normalise(role):
                raise UserError(
                    "admin.already_linked", actor=found_actor.name, event=found_event.name, role=existing.role
                )
        summary = f"{found_actor.name} → {found_event.name}"
        with self.store.transaction():
            self.store.link(
                actor_id=found_actor.id, event_id=found_event.id, role=role, guild_id=who.guild_id
            )
            [row] = [
                r
                for r in self.store.scoped_links(
                    actor_id=found_actor.id, event_id=found_event.id, guild_id=who.guild_id
                )
                if r.role == role and r.guild_id == who.guild_id
            ]
            return self._record(
                who, "link", "event", found_event.id, summary, None, {"role": role}, {"link": _link(row)}
            )

    def unlink(self, who: Who, *, actor: str, event: str, role: str | None = None) -> Change:
        """Remove an actor's links to an event (only the one role when given), in this server."""
        found_actor = self.target("actor", actor, who.guild_id)
        found_event = self.target("event", event, who.guild_id)
        links = self.store.scoped_links(
            actor_id=found_actor.id, event_id=found_event.id, guild_id=who.guild_id
        )
        if role is not None:
            links = [link for link in links if normalise(link.role) == normalise(role)]
        if not links:
            if role:
                raise UserError(
                    "admin.not_linked_as",
                    actor=found_actor.name,
                    event=found_event.name,
                    role=role.strip()[:100],
                )
            raise UserError("admin.not_linked", actor=found_actor.name, event=found_event.name)
        summary = f"{found_actor.name} → {found_event.name}"
        with self.store.transaction():
            for link in links:
                if link.guild_id is None:
                    self.store.hide(who.guild_id, "link", link.id)
                else:
                    self.store.delete_link(link)
            return self._record(
                who,
                "unlink",
                "event",
                found_event.id,
                summary,
                {"roles": [link.role for link in links]},
                None,
                {"links": [_link(link) for link in links]},
            )
