"""Buttons and menus: go from an event to its actors and back, pick among close matches, turn pages."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import discord
from discord import app_commands

from cogs import _render
from cogs._replies import report_error
from sommet.formatting import babel_locale
from sommet.search import Match
from sommet.service import Sommet

TIMEOUT = 600
OPTION_LIMIT = 25


def reader_locale(interaction: discord.Interaction) -> str:
    """The Babel locale of the person who clicked or typed."""
    return babel_locale(str(interaction.locale))


def event_reply(interaction: discord.Interaction, event_id: int) -> dict[str, Any]:
    """The embed and menus that answer /event for one event."""
    sommet: Sommet = interaction.client.sommet  # type: ignore[attr-defined]
    card = sommet.event_card(event_id, guild_id=interaction.guild_id)
    now = discord.utils.utcnow()
    embed = _render.event_embed(card, locale=reader_locale(interaction), now=now)
    view = EntryView()
    view.add_menu(
        "actor",
        "Who took part…",
        [(p.actor.id, f"{p.actor.name}", p.role) for p in card.participants],
    )
    related = ([(card.parent.id, card.parent.name, "part of")] if card.parent else []) + [
        (child.id, child.name, "programme") for child in card.children
    ]
    view.add_menu("event", "Related events…", related)
    return {"embed": embed, "view": view if view.children else discord.utils.MISSING}


def actor_reply(interaction: discord.Interaction, actor_id: int) -> dict[str, Any]:
    """The embed and menu that answer /actor for one actor."""
    sommet: Sommet = interaction.client.sommet  # type: ignore[attr-defined]
    card = sommet.actor_card(actor_id, guild_id=interaction.guild_id)
    embed = _render.actor_embed(card, locale=reader_locale(interaction), now=discord.utils.utcnow())
    view = EntryView()
    view.add_menu("event", "Their events…", [(p.event.id, p.event.name, p.role) for p in card.participations])
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
                    label=_render.clip(name, 100), value=str(entry_id), description=_render.clip(note, 100)
                )
            )
        if options:
            self.add_item(_EntryMenu(owner, placeholder, options))


class ChoiceView(_View):
    """ "Did you mean…?": a menu of the equally good matches; the choice replaces the question."""

    def __init__(self, owner: str, matches: Sequence[Match]) -> None:
        super().__init__()
        menu: discord.ui.Select = discord.ui.Select(
            placeholder="Did you mean…",
            options=[discord.SelectOption(label=m.label(), value=str(m.id)) for m in matches[:OPTION_LIMIT]],
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

    def __init__(self, pages: Sequence[discord.Embed], owner_id: int) -> None:
        super().__init__()
        self.pages = list(pages)
        self.owner_id = owner_id
        self.page = 0
        self._sync()

    def _sync(self) -> None:
        self.previous.disabled = self.page == 0
        self.next.disabled = self.page >= len(self.pages) - 1

    async def interaction_check(self, interaction: discord.Interaction) -> bool:
        if interaction.user.id != self.owner_id:
            await interaction.response.send_message(
                "These pages belong to whoever asked; run the command yourself to browse.", ephemeral=True
            )
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


def paged(pages: Sequence[discord.Embed], owner_id: int) -> dict[str, Any]:
    """The first page, with page buttons only when there is more than one."""
    if len(pages) <= 1:
        return {"embed": pages[0]}
    return {"embed": pages[0], "view": Pager(pages, owner_id)}


async def answer_lookup(interaction: discord.Interaction, owner: str, query: str) -> None:
    """Show the entry a query names, ask which one when several fit, or suggest the closest."""
    sommet: Sommet = interaction.client.sommet  # type: ignore[attr-defined]
    resolution = sommet.resolve(owner, query, guild_id=interaction.guild_id)  # type: ignore[arg-type]
    if resolution.match is not None:
        await interaction.response.send_message(**reply_for(interaction, owner, resolution.match.id))
    elif resolution.choices:
        what = "events" if owner == "event" else "actors"
        await interaction.response.send_message(
            f"Several {what} fit “{discord.utils.escape_markdown(_render.clip(query, 100))}”. Which one?",
            view=ChoiceView(owner, resolution.choices),
            ephemeral=True,
        )
    else:
        names = [m.label() for m in resolution.suggestions]
        await interaction.response.send_message(
            _render.suggestions_text("event" if owner == "event" else "actor", query, names), ephemeral=True
        )


def entry_choices(
    interaction: discord.Interaction, owner: str, current: str
) -> list[app_commands.Choice[str]]:
    """Autocomplete choices: the entry's name (cut to 100) shown, ``id:N`` sent."""
    sommet: Sommet = interaction.client.sommet  # type: ignore[attr-defined]
    matches = sommet.suggest(owner, current, guild_id=interaction.guild_id)  # type: ignore[arg-type]
    return [app_commands.Choice(name=m.label(), value=f"id:{m.id}") for m in matches[:OPTION_LIMIT]]
