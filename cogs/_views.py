"""Buttons and menus: go from an event to its actors and back, pick among close matches, turn pages,
and take events home as an .ics file."""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from typing import Any

import discord
from discord import app_commands

from cogs import _render
from cogs._i18n import locale as reader_locale
from cogs._i18n import t
from cogs._replies import report_error
from sommet.calendar import store_calendar
from sommet.i18n import term, text
from sommet.models import Actor, Event
from sommet.names import shown_name
from sommet.search import Match, normalise
from sommet.service import Sommet

TIMEOUT = 600
OPTION_LIMIT = 25
CALENDAR_ID = "sommet:calendar"


def _sommet(interaction: discord.Interaction) -> Sommet:
    return interaction.client.sommet  # type: ignore[attr-defined]


def event_reply(interaction: discord.Interaction, event_id: int) -> dict[str, Any]:
    """The embed and menus that answer /event for one event, with its calendar file on a button."""
    card = _sommet(interaction).event_card(event_id, guild_id=interaction.guild_id)
    locale = reader_locale(interaction)
    embed = _render.event_embed(card, locale=locale, now=discord.utils.utcnow())
    view = EntryView()
    view.add_menu(
        "actor",
        t(interaction, "menu.participants"),
        [(p.actor.id, shown_name(p.actor, locale), term("role", p.role, locale)) for p in card.participants],
    )
    related = (
        [(card.parent.id, shown_name(card.parent, locale), t(interaction, "menu.part_of"))]
        if card.parent
        else []
    ) + [(child.id, shown_name(child, locale), t(interaction, "menu.programme")) for child in card.children]
    view.add_menu("event", t(interaction, "menu.related"), related)
    if card.event.start is not None:
        view.add_item(
            CalendarButton(t(interaction, "calendar.button"), _event_and_programme(event_id), event_id)
        )
    return {"embed": embed, "view": view if view.children else discord.utils.MISSING}


def _event_and_programme(event_id: int) -> Callable[[discord.Interaction], list[Event]]:
    def events(interaction: discord.Interaction) -> list[Event]:
        card = _sommet(interaction).event_card(event_id, guild_id=interaction.guild_id)
        return [card.event, *card.children]

    return events


def actor_reply(interaction: discord.Interaction, actor_id: int) -> dict[str, Any]:
    """The embed and menu that answer /actor for one actor."""
    card = _sommet(interaction).actor_card(actor_id, guild_id=interaction.guild_id)
    locale = reader_locale(interaction)
    embed = _render.actor_embed(card, locale=locale, now=discord.utils.utcnow())
    view = EntryView()
    view.add_menu(
        "event",
        t(interaction, "menu.their_events"),
        [
            (p.event.id, shown_name(p.event, locale), term("role", p.role, locale))
            for p in card.participations
        ],
    )
    return {"embed": embed, "view": view if view.children else discord.utils.MISSING}


def reply_for(interaction: discord.Interaction, owner: str, entry_id: int) -> dict[str, Any]:
    return event_reply(interaction, entry_id) if owner == "event" else actor_reply(interaction, entry_id)


class _View(discord.ui.View):
    """A view whose errors reach the person like a command's do."""

    def __init__(self) -> None:
        super().__init__(timeout=TIMEOUT)

    async def on_error(
        self, interaction: discord.Interaction, error: Exception, _item: discord.ui.Item
    ) -> None:
        await report_error(interaction, error)


class CalendarButton(discord.ui.Button):
    """ "Add to calendar": whoever presses it gets the events as an .ics file, privately, in their language.

    ``events`` is asked again at each press, so the file has the entries as they are then.
    """

    def __init__(
        self, label: str, events: Callable[[discord.Interaction], Sequence[Event]], tag: int | str = ""
    ) -> None:
        super().__init__(
            label=label, emoji="📅", style=discord.ButtonStyle.secondary, custom_id=f"{CALENDAR_ID}:{tag}"
        )
        self.events = events

    async def callback(self, interaction: discord.Interaction) -> None:
        locale = reader_locale(interaction)
        events = self.events(interaction)
        data, left_out = store_calendar(
            _sommet(interaction).store,
            events,
            now=discord.utils.utcnow(),
            title=t(interaction, "calendar.title"),
            locale=locale,
            guild_id=interaction.guild_id,
        )
        shown = len(events) - left_out
        content = t(interaction, "calendar.ready", count=shown)
        if left_out:
            content += " " + t(interaction, "calendar.left_out", count=left_out)
        await interaction.response.send_message(
            content, file=discord.File(io.BytesIO(data), filename="sommet.ics"), ephemeral=True
        )


class _EntryMenu(discord.ui.Select):
    """A menu of linked entries; choosing one answers privately with that entry's card."""

    def __init__(self, owner: str, placeholder: str, options: list[discord.SelectOption]) -> None:
        super().__init__(placeholder=placeholder, options=options)
        self.owner = owner

    async def callback(self, interaction: discord.Interaction) -> None:
        reply = reply_for(interaction, self.owner, int(self.values[0]))
        await interaction.response.send_message(ephemeral=True, **reply)


class EntryView(_View):
    """The menus under an event or actor card."""

    def add_menu(self, owner: str, placeholder: str, entries: Sequence[tuple[int, str, str]]) -> None:
        seen: set[int] = set()
        options = []
        for entry_id, name, note in entries:
            if entry_id in seen or len(options) == OPTION_LIMIT:
                continue
            seen.add(entry_id)
            options.append(
                discord.SelectOption(
                    label=_render.clip(name, 100),
                    value=str(entry_id),
                    description=_render.clip(note, 100) or None,
                )
            )
        if options:
            self.add_item(_EntryMenu(owner, placeholder, options))


class ChoiceView(_View):
    """ "Did you mean…?": a menu of the equally good matches; the choice replaces the question."""

    def __init__(self, owner: str, placeholder: str, options: Sequence[tuple[int, str]]) -> None:
        super().__init__()
        menu: discord.ui.Select = discord.ui.Select(
            placeholder=placeholder,
            options=[discord.SelectOption(label=label, value=str(i)) for i, label in options[:OPTION_LIMIT]],
        )
        menu.callback = self._chosen  # type: ignore[method-assign]
        self.menu = menu
        self.owner = owner
        self.add_item(menu)

    async def _chosen(self, interaction: discord.Interaction) -> None:
        reply = reply_for(interaction, self.owner, int(self.menu.values[0]))
        await interaction.response.edit_message(content=None, **reply)


class Pager(_View):
    """Previous and Next buttons over a list of pages, for the person who asked."""

    def __init__(self, pages: Sequence[discord.Embed], owner_id: int, *, locale: str) -> None:
        super().__init__()
        self.pages = list(pages)
        self.owner_id = owner_id
        self.page = 0
        self.previous.label = text("pager.previous", locale)
        self.next.label = text("pager.next", locale)
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if str((interaction.data or {}).get("custom_id", "")).startswith(CALENDAR_ID):
            return True  # anyone may take the events home
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(t(interaction, "pager.not_yours"), ephemeral=True)
            return False
        return True

    async def _turn(self, interaction: discord.Interaction, step: int) -> None:
        self.page = max(0, min(len(self.pages) - 1, self.page + step))
        self._sync()
        await interaction.response.edit_message(embed=self.pages[self.page], view=self)

    @discord.ui.button(label="Previous", emoji="◀️", style=discord.ButtonStyle.secondary)
    async def previous(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self._turn(interaction, -1)

    @discord.ui.button(label="Next", emoji="▶️", style=discord.ButtonStyle.secondary)
    async def next(self, interaction: discord.Interaction, _button: discord.ui.Button) -> None:
        await self._turn(interaction, 1)


def paged(
    pages: Sequence[discord.Embed], owner_id: int, *, locale: str, extra: discord.ui.Item | None = None
) -> dict[str, Any]:
    """The first page, with page buttons only when there is more than one, and ``extra`` below."""
    if len(pages) <= 1:
        if extra is None:
            return {"embed": pages[0]}
        view = _View()
        view.add_item(extra)
        return {"embed": pages[0], "view": view}
    pager = Pager(pages, owner_id, locale=locale)
    if extra is not None:
        pager.add_item(extra)
    return {"embed": pages[0], "view": pager}


def _label(match: Match, entry: Event | Actor | None, locale: str) -> str:
    """An autocomplete or menu label: the name in the reader's language, and the alias typed when
    that is a different name."""
    shown = shown_name(entry, locale) if entry is not None else match.name
    typed = match.matched
    label = shown if normalise(typed) == normalise(shown) else f"{shown} ({typed})"
    return _render.clip(label, 100)


def _entries(interaction: discord.Interaction, matches: Sequence[Match]) -> list[tuple[int, str, str]]:
    """(id, label, kind) of each match, as menus and autocomplete show them."""
    store = _sommet(interaction).store
    locale = reader_locale(interaction)
    out = []
    for match in matches[:OPTION_LIMIT]:
        get = store.event if match.owner == "event" else store.actor
        entry = get(match.id, guild_id=interaction.guild_id)
        kind = term("kind", entry.kind, locale).capitalize() if entry is not None else ""
        out.append((match.id, _label(match, entry, locale), kind))
    return out


def _labels(interaction: discord.Interaction, matches: Sequence[Match]) -> list[tuple[int, str]]:
    return [(entry_id, label) for entry_id, label, _kind in _entries(interaction, matches)]


async def answer_lookup(interaction: discord.Interaction, owner: str, query: str) -> None:
    """Show the entry a query names (with the close runners-up in a menu under it), ask which one
    when the best are truly tied, or suggest the closest."""
    resolution = _sommet(interaction).resolve(owner, query, guild_id=interaction.guild_id)  # type: ignore[arg-type]
    if resolution.match is not None:
        reply = reply_for(interaction, owner, resolution.match.id)
        if resolution.others:
            view = reply["view"] or EntryView()
            view.add_menu(
                owner, t(interaction, "menu.other_matches"), _entries(interaction, resolution.others)
            )
            reply["view"] = view
        await interaction.response.send_message(**reply)
    elif resolution.choices:
        shown = discord.utils.escape_markdown(_render.clip(query, 100))
        key = "lookup.which_event" if owner == "event" else "lookup.which_actor"
        await interaction.response.send_message(
            t(interaction, key, query=shown),
            view=ChoiceView(
                owner, t(interaction, "menu.did_you_mean"), _labels(interaction, resolution.choices)
            ),
            ephemeral=True,
        )
    else:
        names = [label for _id, label in _labels(interaction, resolution.suggestions)]
        await interaction.response.send_message(
            _render.suggestions_text(owner, query, names, locale=reader_locale(interaction)), ephemeral=True
        )


def entry_choices(
    interaction: discord.Interaction, owner: str, current: str
) -> list[app_commands.Choice[str]]:
    """Autocomplete choices: the entry's name in the reader's language (cut to 100) shown, ``id:N`` sent."""
    matches = _sommet(interaction).suggest(owner, current, guild_id=interaction.guild_id)  # type: ignore[arg-type]
    return [app_commands.Choice(name=label, value=f"id:{i}") for i, label in _labels(interaction, matches)]
