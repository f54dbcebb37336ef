"""The admin commands' buttons and words: who may edit, Undo, Confirm/Cancel, and how a change reads."""

from __future__ import annotations

import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

import discord

from cogs import _render
from cogs._i18n import locale, t
from cogs._replies import ForPeople, report_error
from sommet.admin import Admin, Change, Who
from sommet.dates import PartialDate
from sommet.formatting import format_span
from sommet.i18n import term, text
from sommet.ingest.merge import MergeReport
from sommet.models import AuditRecord
from sommet.names import shown_name
from sommet.store.documents import Forgotten
from sommet.store.feeds import Feed

TIMEOUT = 600
_ACTIONS = {
    "event.add": "action.event_add",
    "event.edit": "action.event_edit",
    "event.remove": "action.event_remove",
    "actor.add": "action.actor_add",
    "actor.edit": "action.actor_edit",
    "actor.remove": "action.actor_remove",
    "link": "action.link",
    "unlink": "action.unlink",
    "alias.add": "action.alias_add",
    "alias.remove": "action.alias_remove",
    "editors": "action.editors",
    "language": "action.language",
    "import": "action.import",
    "ingest": "action.ingest",
    "document.forget": "action.document_forget",
    "source.add": "action.source_add",
    "source.remove": "action.source_remove",
    "undo": "action.undo",
}
_COUNTS = {
    "events added": "import.events_added",
    "events changed": "import.events_changed",
    "actors added": "import.actors_added",
    "actors changed": "import.actors_changed",
    "aliases added": "import.aliases_added",
    "links added": "import.links_added",
    "events merged": "ingest.events_merged",
    "actors merged": "ingest.actors_merged",
    "events removed": "forget.events_removed",
    "actors removed": "forget.actors_removed",
}


class NotEditor(ForPeople):
    """A member without Manage Server or the editor role tried an admin command."""


def _action(action: str, locale: str) -> str:
    return text(_ACTIONS[action], locale) if action in _ACTIONS else action


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
        raise NotEditor("admin.not_editor")
    return True


# ---------------------------------------------------------------- how it reads


def _escape(text: str) -> str:
    return discord.utils.escape_markdown(_render.clip(text, 150))


def _column(key: str, locale: str) -> str:
    return term("column", key.replace("_id", ""), locale)


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
        return text("event.tba", locale)
    start = PartialDate.parse_iso(snapshot["start"])
    end = PartialDate.parse_iso(snapshot["end"]) if snapshot.get("end") else None
    iso = start.iso() + (f" → {end.iso()}" if end else "")
    return f"{format_span(start, end, locale)} ({iso})"


def change_text(change: Change, *, locale: str, event_name: Callable[[int], str]) -> str:
    """What a change did, in a few lines: the parsed dates, or each field before and after."""
    head = f"**{_action(change.action, locale)}** **{_escape(change.summary)}**"
    lines = [head]
    after, before = change.after or {}, change.before or {}
    if change.action == "event.add":
        lines.append(f"📅 {dates_line(after, locale)}")
        place = ", ".join(after[k] for k in ("venue", "city", "country") if after.get(k))
        if place:
            lines.append(f"📍 {_escape(place)}")
        lines.append(
            f"{term('kind', after['kind'], locale).capitalize()}, {term('status', after['status'], locale)}"
            + (f", {after['timezone']}" if after["timezone"] else "")
        )
        if after["parent_id"]:
            lines.append(text("admin.part_of", locale, name=_escape(event_name(after["parent_id"]))))
    elif change.action.endswith(".edit"):
        for key in after:
            old = _value(key, before.get(key), locale, event_name)
            new = _value(key, after[key], locale, event_name)
            lines.append(f"• {_column(key, locale)}: {old} → {new}")
    elif change.action in ("link", "unlink"):
        roles = after.get("role") or ", ".join(before.get("roles", []))
        lines[0] += " " + text("admin.as_role", locale, role=_escape(roles))
    elif change.action.startswith("alias."):
        lines[0] += f": “{_escape(after.get('alias') or before.get('alias', ''))}”"
    elif change.action in ("import", "ingest", "document.forget"):
        counts = [
            text(_COUNTS[what], locale, count=count) for what, count in after.items() if what in _COUNTS
        ]
        lines.append(", ".join(counts))
    if change.action.endswith(".add") and change.action != "alias.add":
        lines.append(text("admin.only_here", locale))
    return "\n".join(lines)


def history_pages(records: Sequence[AuditRecord], *, locale: str) -> list[discord.Embed]:
    """The audit log as pages of embeds: who, what, when, before and after."""
    chunks = [records[i : i + 8] for i in range(0, len(records), 8)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        embed = discord.Embed(title=text("history.title", locale), colour=_render.COLOUR)
        if not chunk:
            embed.description = text("history.empty", locale)
        for record in chunk:
            what = f"{_action(record.action, locale)} {_render.clip(record.summary, 120)}"
            if record.undone_by:
                what += " " + text("history.undone", locale)
            when = discord.utils.format_dt(record.at, "f")
            body = [text("history.by", locale, when=when, user=f"<@{record.user_id}>")]
            keys = list(dict.fromkeys([*(record.before or {}), *(record.after or {})]))
            for key in keys[:6]:
                old = (record.before or {}).get(key)
                new = (record.after or {}).get(key)
                body.append(
                    f"{_column(key, locale)}: {_render.clip(str(old if old is not None else '—'), 60)} → {_render.clip(str(new if new is not None else '—'), 60)}"
                )
            embed.add_field(
                name=_render.clip(f"#{record.id} {what}", 256),
                value=_render.clip("\n".join(body), 1024),
                inline=False,
            )
        if len(chunks) > 1:
            embed.set_footer(text=text("list.page", locale, number=number, total=len(chunks)))
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
        """Take the buttons away once they time out, saying so (in the author's language)."""
        self.stop()
        if self.message is not None:
            with contextlib.suppress(discord.HTTPException):
                await self.message.edit(content=f"{self.message.content}\n*{note}*", view=None)


class UndoView(_OwnedView):
    """One Undo button under a change; its author or a Manage Server member may press it."""

    def __init__(self, change: Change, author_id: int, *, locale: str) -> None:
        super().__init__(author_id)
        self.change = change
        self.locale = locale
        self.undo.label = text("admin.undo", locale)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id or interaction.permissions.manage_guild:
            return True
        await interaction.response.send_message(t(interaction, "admin.undo_not_yours"), ephemeral=True)
        return False

    @discord.ui.button(label="Undo", emoji="↩️", style=discord.ButtonStyle.secondary)
    async def undo(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        core(interaction).undo(who(interaction), self.change.audit_id)
        self.stop()
        before = interaction.message.content if interaction.message else ""
        done = t(interaction, "admin.undone_by", user=f"<@{interaction.user.id}>")
        await interaction.response.edit_message(content=f"{before}\n↩️ {done}", view=None)

    async def on_timeout(self) -> None:
        await self.lapse(text("admin.undo_lapsed", self.locale))


class ConfirmView(_OwnedView):
    """Confirm and Cancel for a change that needs a second thought (a removal, an ingest).

    ``action`` makes the change when Confirm is pressed and returns what to show instead of
    the question: ``{"content": ..., "view": ...}``. Cancel and time-outs change nothing.
    """

    def __init__(
        self,
        author_id: int,
        action: Callable[[discord.Interaction], Awaitable[dict[str, Any]]],
        *,
        locale: str,
    ) -> None:
        super().__init__(author_id)
        self.action = action
        self.locale = locale
        self.confirm.label = text("admin.confirm", locale)
        self.cancel.label = text("admin.cancel", locale)

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id == self.author_id:
            return True
        await interaction.response.send_message(t(interaction, "admin.not_your_question"), ephemeral=True)
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
        await interaction.response.edit_message(content=t(interaction, "admin.cancelled"), view=None)

    async def on_timeout(self) -> None:
        await self.lapse(text("admin.no_answer", self.locale))


def _text(interaction: discord.Interaction, change: Change) -> str:
    store = core(interaction).store

    def event_name(event_id: int) -> str:
        event = store.event(event_id, guild_id=interaction.guild_id)
        if event is None:
            return t(interaction, "admin.removed_event", id=event_id)
        return shown_name(event, locale(interaction))

    return change_text(change, locale=locale(interaction), event_name=event_name)


async def send_change(interaction: discord.Interaction, change: Change) -> None:
    """Show a change to the channel, with Undo when it can be undone."""
    content = _text(interaction, change)
    if not change.undoable:
        await interaction.response.send_message(content)
        return
    view = UndoView(change, interaction.user.id, locale=locale(interaction))
    await interaction.response.send_message(content, view=view)
    view.message = await interaction.original_response()


def change_reply(interaction: discord.Interaction, change: Change) -> dict[str, Any]:
    """A change as the content and view that replace a Confirm question."""
    return {
        "content": _text(interaction, change),
        "view": UndoView(change, interaction.user.id, locale=locale(interaction)),
    }


def ingest_question(interaction: discord.Interaction, name: str, report: MergeReport, *, shared: bool) -> str:
    """What reading a document would add and add to, by name, and whether every server or this
    one only would see it, before the editor confirms."""
    lines = [t(interaction, "ingest.question" if shared else "ingest.question_private", name=name)]
    for key, names in (
        ("ingest.new_events", report.events_added),
        ("ingest.known_events", [*report.events_merged, *report.events_updated]),
        ("ingest.new_actors", report.actors_added),
        ("ingest.known_actors", [*report.actors_merged, *report.actors_updated]),
    ):
        if names:
            shown = ", ".join(_escape(n) for n in list(dict.fromkeys(names))[:15])
            more = f" (+{len(names) - 15})" if len(names) > 15 else ""
            lines.append(f"• {t(interaction, key, names=shown)}{more}")
    lines.append(t(interaction, "ingest.apply"))
    return _render.clip("\n".join(lines), 2000)


def forget_question(interaction: discord.Interaction, name: str, forgotten: Forgotten) -> str:
    """What forgetting a document would remove and keep, by name, before the editor confirms."""
    lines = [t(interaction, "forget.question", name=discord.utils.escape_markdown(name))]
    for key, names in (
        ("forget.removes_events", forgotten.events_removed),
        ("forget.removes_actors", forgotten.actors_removed),
        ("forget.keeps", [*forgotten.events_kept, *forgotten.actors_kept]),
    ):
        if names:
            lines.append(_render.clip(t(interaction, key, names=_escape(", ".join(names))), 600))
    lines.append(t(interaction, "ingest.apply"))
    return "\n".join(lines)


def sources_text(interaction: discord.Interaction, feeds: Sequence[Feed]) -> str:
    """This server's feeds: address, title, last poll and status, and the backoff after failures."""
    if not feeds:
        return t(interaction, "sources.none")
    lines = []
    for feed in feeds:
        line = f"• <{feed.url}>" + (f" — {_escape(feed.title)}" if feed.title else "")
        if feed.polled_at is None:
            line += "\n  " + t(interaction, "sources.not_polled")
        else:
            line += "\n  " + t(
                interaction,
                "sources.polled",
                when=discord.utils.format_dt(feed.polled_at, "R"),
                status=_escape(feed.status or "-"),
            )
        if feed.failures and feed.next_poll is not None:
            line += " " + t(
                interaction,
                "sources.backoff",
                count=feed.failures,
                when=discord.utils.format_dt(feed.next_poll, "R"),
            )
        lines.append(line)
    return _render.clip("\n".join(lines), 2000)
