"""The admin commands' buttons and words: who may edit, Undo, Confirm/Cancel, and how a change reads."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from cogs import _render
from cogs._replies import report_error
from cogs._views import reader_locale
from sommet.admin import Admin, Change, Who
from sommet.dates import PartialDate
from sommet.formatting import format_span
from sommet.models import AuditRecord

TIMEOUT = 600
_ACTIONS = {
    "event.add": "Added event",
    "event.edit": "Changed event",
    "event.remove": "Removed event",
    "actor.add": "Added actor",
    "actor.edit": "Changed actor",
    "actor.remove": "Removed actor",
    "link": "Linked",
    "unlink": "Unlinked",
    "alias.add": "Added an alias to",
    "alias.remove": "Removed an alias from",
    "editors": "Set the editor role:",
    "import": "Imported",
    "undo": "Undid a change to",
}


class NotEditor(app_commands.CheckFailure):
    """A member without Manage Server or the editor role tried an admin command."""

    for_people = True  # the error handler shows this message as it is


def core(interaction: discord.Interaction) -> Admin:
    return interaction.client.admin  # type: ignore[attr-defined]


def who(interaction: discord.Interaction) -> Who:
    assert interaction.guild_id is not None  # the /admin group is guild-only
    return Who(guild_id=interaction.guild_id, user_id=interaction.user.id, now=discord.utils.utcnow())


def may_edit(interaction: discord.Interaction) -> bool:
    """Manage Server, or the editor role this server named with /admin editors."""
    if interaction.guild_id is None or not isinstance(interaction.user, discord.Member):
        return False
    if interaction.permissions.manage_guild:
        return True
    role_id = core(interaction).store.editor_role(interaction.guild_id)
    return role_id is not None and any(role.id == role_id for role in interaction.user.roles)


def ensure_editor(interaction: discord.Interaction) -> bool:
    if not may_edit(interaction):
        raise NotEditor(
            "Only members with the Manage Server permission or this server's editor role "
            "(set with `/admin editors`) can change what Sommet knows here."
        )
    return True


# ---------------------------------------------------------------- how it reads


def _escape(text: str) -> str:
    return discord.utils.escape_markdown(_render.clip(text, 150))


def _value(key: str, value: Any, locale: str, event_name: Callable[[int], str]) -> str:
    if value in (None, ""):
        return "—"
    if key in ("start", "end") and isinstance(value, str):
        return f"{format_span(PartialDate.parse_iso(value), None, locale)} ({value})"
    if key == "parent_id":
        return _escape(event_name(value))
    return _escape(str(value))


def dates_line(snapshot: dict[str, Any], locale: str) -> str:
    """The dates as read, spelled out, so a misreading shows at once."""
    if not snapshot.get("start"):
        return "Date to be announced"
    start = PartialDate.parse_iso(snapshot["start"])
    end = PartialDate.parse_iso(snapshot["end"]) if snapshot.get("end") else None
    iso = start.iso() + (f" → {end.iso()}" if end else "")
    return f"{format_span(start, end, locale)} ({iso})"


def change_text(change: Change, *, locale: str, event_name: Callable[[int], str]) -> str:
    """What a change did, in a few lines: the parsed dates, or each field before and after."""
    head = f"**{_ACTIONS.get(change.action, change.action)}** **{_escape(change.summary)}**"
    lines = [head]
    after, before = change.after or {}, change.before or {}
    if change.action == "event.add":
        lines.append(f"📅 {dates_line(after, locale)}")
        place = ", ".join(after[k] for k in ("venue", "city", "country") if after.get(k))
        if place:
            lines.append(f"📍 {_escape(place)}")
        lines.append(
            f"{after['kind'].capitalize()}, {after['status']}"
            + (f", {after['timezone']}" if after["timezone"] else "")
        )
        if after["parent_id"]:
            lines.append(f"Part of {_escape(event_name(after['parent_id']))}")
    elif change.action.endswith(".edit"):
        for key in after:
            lines.append(
                f"• {key.replace('_id', '')}: {_value(key, before.get(key), locale, event_name)} → {_value(key, after[key], locale, event_name)}"
            )
    elif change.action in ("link", "unlink"):
        roles = after.get("role") or ", ".join(before.get("roles", []))
        lines[0] += f" as {_escape(roles)}"
    elif change.action.startswith("alias."):
        lines[0] += f": “{_escape(after.get('alias') or before.get('alias', ''))}”"
    elif change.action == "import":
        lines.append(", ".join(f"{count} {what}" for what, count in after.items()))
    if change.action.endswith(".add") and change.action != "alias.add":
        lines.append("Only this server sees it.")
    return "\n".join(lines)


def history_pages(records: Sequence[AuditRecord], *, title: str) -> list[discord.Embed]:
    """The audit log as pages of embeds: who, what, when, before and after."""
    chunks = [records[i : i + 8] for i in range(0, len(records), 8)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        embed = discord.Embed(title=title, colour=_render.COLOUR)
        if not chunk:
            embed.description = "No changes have been made in this server yet."
        for record in chunk:
            what = f"{_ACTIONS.get(record.action, record.action)} {_render.clip(record.summary, 120)}"
            if record.undone_by:
                what += " (undone)"
            body = [f"{discord.utils.format_dt(record.at, 'f')} by <@{record.user_id}>"]
            keys = list(dict.fromkeys([*(record.before or {}), *(record.after or {})]))
            for key in keys[:6]:
                old = (record.before or {}).get(key)
                new = (record.after or {}).get(key)
                body.append(
                    f"{key}: {_render.clip(str(old if old is not None else '—'), 60)} → {_render.clip(str(new if new is not None else '—'), 60)}"
                )
            embed.add_field(
                name=_render.clip(f"#{record.id} {what}", 256),
                value=_render.clip("\n".join(body), 1024),
                inline=False,
            )
        if len(chunks) > 1:
            embed.set_footer(text=f"Page {number}/{len(chunks)}")
        pages.append(embed)
    return pages


# ---------------------------------------------------------------------- views


class _OwnedView(discord.ui.View):
    """Buttons for one person's change; errors reach them like a command's do, and they lapse."""

    def __init__(self, author_id: int) -> None:
        super().__init__(timeout=TIMEOUT)
        self.author_id = author_id
        self.message: discord.Message | discord.InteractionMessage | None = None

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, _item: discord.ui.Item
    ) -> None:
        await report_error(interaction, error)

    async def lapse(self, note: str) -> None:
        """Take the buttons away once they time out, saying so."""
        self.stop()
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(content=f"{self.message.content}\n*{note}*", view=None)


class UndoView(_OwnedView):
    """One Undo button under a change; its author or a Manage Server member may press it."""

    def __init__(self, change: Change, author_id: int) -> None:
        super().__init__(author_id)
        self.change = change

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id or interaction.permissions.manage_guild:
            return True
        await interaction.response.send_message(
            "Only the person who made this change, or someone with Manage Server, can undo it.",
            ephemeral=True,
        )
        return False

    @discord.ui.button(label="Undo", emoji="↩️", style=discord.ButtonStyle.secondary)
    async def undo(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        core(interaction).undo(who(interaction), self.change.audit_id)
        self.stop()
        text = f"{interaction.message.content if interaction.message else ''}\n↩️ Undone by <@{interaction.user.id}>."
        await interaction.response.edit_message(content=text, view=None)

    async def on_timeout(self) -> None:
        await self.lapse("Undo is no longer offered; use /admin history and edit by hand.")


class ConfirmView(_OwnedView):
    """Confirm and Cancel for a change that needs a second thought (a removal, an ingest).

    ``action`` makes the change when Confirm is pressed and returns what to show instead of
    the question: ``{"content": ..., "view": ...}``. Cancel and time-outs change nothing.
    """

    def __init__(
        self, author_id: int, action: Callable[[discord.Interaction], Awaitable[dict[str, Any]]]
    ) -> None:
        super().__init__(author_id)
        self.action = action

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id:
            return True
        await interaction.response.send_message("Only the person who asked can answer this.", ephemeral=True)
        return False

    @discord.ui.button(label="Confirm", style=discord.ButtonStyle.danger)
    async def confirm(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.stop()
        reply = await self.action(interaction)
        await interaction.response.edit_message(**{"view": None, **reply})
        if isinstance(reply.get("view"), _OwnedView):
            reply["view"].message = interaction.message

    @discord.ui.button(label="Cancel", style=discord.ButtonStyle.secondary)
    async def cancel(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        self.stop()
        await interaction.response.edit_message(content="Cancelled; nothing changed.", view=None)

    async def on_timeout(self) -> None:
        await self.lapse("No answer in time; nothing changed.")


def _text(interaction: discord.Interaction, change: Change) -> str:
    store = core(interaction).store

    def event_name(event_id: int) -> str:
        event = store.event(event_id, guild_id=interaction.guild_id)
        return event.name if event else f"event {event_id} (removed)"

    return change_text(change, locale=reader_locale(interaction), event_name=event_name)


async def send_change(interaction: discord.Interaction, change: Change) -> None:
    """Show a change to the channel, with Undo when it can be undone."""
    text = _text(interaction, change)
    if not change.undoable:
        await interaction.response.send_message(text)
        return
    view = UndoView(change, interaction.user.id)
    await interaction.response.send_message(text, view=view)
    view.message = await interaction.original_response()


def change_reply(interaction: discord.Interaction, change: Change) -> dict[str, Any]:
    """A change as the content and view that replace a Confirm question."""
    return {
        "content": _text(interaction, change),
        "view": UndoView(change, interaction.user.id),
    }
