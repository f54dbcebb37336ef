"""Embeds for events, actors and agendas, kept within Discord's size limits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

from sommet.formatting import format_span
from sommet.models import Alias, Event
from sommet.service import ActorCard, EventCard

TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_LIMIT = 1024
PAGE_SIZE = 10
COLOUR = discord.Colour.from_rgb(38, 84, 124)
KIND_ICONS = {
    "summit": "🏛️",
    "conference": "🎤",
    "meeting": "🤝",
    "webinar": "💻",
    "state visit": "🚩",
    "announcement": "📣",
    "forum": "🗣️",
}


def clip(text: str, limit: int) -> str:
    """Cut text to a limit, marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def join_lines(lines: Sequence[str], limit: int = FIELD_LIMIT) -> str:
    """As many whole lines as fit, then how many were left out."""
    out: list[str] = []
    for index, line in enumerate(lines):
        line = clip(line, limit // 2)
        left_after = len(lines) - index - 1
        reserve = len(f"\n… and {left_after} more") if left_after else 0
        if len("\n".join([*out, line])) + reserve > limit:
            out.append(f"… and {left_after + 1} more")
            break
        out.append(line)
    return "\n".join(out) or "—"


def when(event: Event, *, locale: str, now: datetime) -> str:
    """The event's dates in the reader's language, with a countdown when it is ahead."""
    if event.start is None:
        return "Date to be announced" if event.status == "announced" else "Date not known"
    text = format_span(event.start, event.end, locale)
    if event.start_time:
        text += f", {event.start_time}"
        if event.timezone:
            text += f" ({event.timezone})"
    starts = event.starts_at()
    if starts is not None and starts > now:
        text += f" · {discord.utils.format_dt(starts, 'R')}"
    return text


def event_line(event: Event, *, locale: str, now: datetime) -> str:
    """One event in a list: icon, name, dates and place."""
    icon = KIND_ICONS.get(event.kind, "📅")
    place = event.location.city or event.location.country
    status = " *(cancelled)*" if event.status == "cancelled" else ""
    parts = [
        f"{icon} **{_plain(clip(event.name, 150))}**{status}",
        when(event, locale=locale, now=now),
    ]
    if place:
        parts.append(_plain(place))
    return " — ".join(parts)


def event_embed(card: EventCard, *, locale: str, now: datetime) -> discord.Embed:
    event = card.event
    embed = discord.Embed(title=clip(event.name, TITLE_LIMIT), colour=COLOUR)
    description = event.description or ""
    if event.status != "confirmed":
        description = f"**{event.status.capitalize()}.** {description}"
    if description:
        embed.description = clip(description, DESCRIPTION_LIMIT)
    embed.add_field(name="Kind", value=event.kind.capitalize())
    embed.add_field(name="When", value=clip(when(event, locale=locale, now=now), FIELD_LIMIT))
    if event.location.label():
        embed.add_field(name="Where", value=clip(event.location.label(), FIELD_LIMIT))
    _add_other_names(embed, event.name, event.aliases)
    if card.parent:
        _add_list(embed, "Part of", [event_line(card.parent, locale=locale, now=now)], counted=False)
    _add_list(embed, "Programme", [event_line(child, locale=locale, now=now) for child in card.children])
    _add_list(embed, "Who", [f"{_plain(p.actor.name)} — {p.role}" for p in card.participants])
    _add_list(embed, "Sources", [f"• {_plain(s.label())}" for s in card.sources], counted=False)
    if event.url:
        embed.url = event.url
    return embed


def actor_embed(card: ActorCard, *, locale: str, now: datetime) -> discord.Embed:
    actor = card.actor
    embed = discord.Embed(title=clip(actor.name, TITLE_LIMIT), colour=COLOUR)
    if actor.description:
        embed.description = clip(actor.description, DESCRIPTION_LIMIT)
    embed.add_field(name="Kind", value=actor.kind.capitalize())
    if actor.role:
        embed.add_field(name="Role", value=clip(actor.role, FIELD_LIMIT))
    _add_other_names(embed, actor.name, actor.aliases)
    events = [f"{event_line(p.event, locale=locale, now=now)} ({p.role})" for p in card.participations]
    _add_list(embed, "Events", events)
    _add_list(embed, "Sources", [f"• {_plain(s.label())}" for s in card.sources], counted=False)
    return embed


def _plain(text: str) -> str:
    """Text from documents, shown as typed: markdown characters lose their effect."""
    return discord.utils.escape_markdown(text)


def _add_list(embed: discord.Embed, title: str, lines: Sequence[str], *, counted: bool = True) -> None:
    """A full-width field of lines, with their count in the title, left out when empty."""
    if lines:
        name = f"{title} ({len(lines)})" if counted else title
        embed.add_field(name=name, value=join_lines(lines), inline=False)


def _add_other_names(embed: discord.Embed, name: str, aliases: Sequence[Alias]) -> None:
    other_names = [_plain(alias.name) for alias in aliases if alias.name != name]
    _add_list(embed, "Also known as", [", ".join(other_names)] if other_names else [], counted=False)


def agenda_pages(
    title: str, events: Sequence[Event], *, locale: str, now: datetime, footer: str | None = None
) -> list[discord.Embed]:
    """A list of events cut into pages of ten, each page numbered."""
    chunks = [events[i : i + PAGE_SIZE] for i in range(0, len(events), PAGE_SIZE)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        lines = [event_line(event, locale=locale, now=now) for event in chunk]
        embed = discord.Embed(title=title, colour=COLOUR, description=join_lines(lines, DESCRIPTION_LIMIT))
        notes = [f"Page {number}/{len(chunks)}"] if len(chunks) > 1 else []
        if footer:
            notes.append(footer)
        if notes:
            embed.set_footer(text=" · ".join(notes))
        pages.append(embed)
    return pages


def suggestions_text(what: str, query: str, names: Sequence[str]) -> str:
    """The polite answer to a query that matched nothing."""
    shown = _plain(clip(query, 100))
    text = f"No {what} matches “{shown}”."
    if names:
        text += " Closest: " + ", ".join(f"**{_plain(n)}**" for n in names) + "."
    return text
