"""Embeds for events, actors and agendas, in the reader's language and within Discord's size limits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import discord

from sommet.formatting import format_span
from sommet.i18n import term, text
from sommet.models import Actor, Alias, Event
from sommet.names import shown_name
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


def join_lines(lines: Sequence[str], limit: int = FIELD_LIMIT, *, locale: str | None = None) -> str:
    """As many whole lines as fit, then how many were left out."""
    out: list[str] = []
    for index, line in enumerate(lines):
        line = clip(line, limit // 2)
        left_after = len(lines) - index - 1
        reserve = len("\n" + text("list.more", locale, count=left_after)) if left_after else 0
        if len("\n".join([*out, line])) + reserve > limit:
            out.append(text("list.more", locale, count=left_after + 1))
            break
        out.append(line)
    return "\n".join(out) or "—"


def name(entry: Event | Actor, locale: str) -> str:
    """The entry's name in the reader's language, as typed (markdown has no effect)."""
    return _plain(shown_name(entry, locale))


def when(event: Event, *, locale: str, now: datetime) -> str:
    """The event's dates in the reader's language, with a countdown when it is ahead."""
    if event.start is None:
        return text("event.tba" if event.status == "announced" else "event.date_unknown", locale)
    shown = format_span(event.start, event.end, locale)
    if event.start_time:
        shown += f", {event.start_time}"
        if event.timezone:
            shown += f" ({event.timezone})"
    starts = event.starts_at()
    if starts is not None and starts > now:
        shown += f" · {discord.utils.format_dt(starts, 'R')}"
    return shown


def event_line(event: Event, *, locale: str, now: datetime) -> str:
    """One event in a list: icon, name, dates and place."""
    icon = KIND_ICONS.get(event.kind, "📅")
    place = event.location.city or event.location.country
    status = " *" + text("event.cancelled_note", locale) + "*" if event.status == "cancelled" else ""
    parts = [
        f"{icon} **{_plain(clip(shown_name(event, locale), 150))}**{status}",
        when(event, locale=locale, now=now),
    ]
    if place:
        parts.append(_plain(place))
    return " — ".join(parts)


def event_embed(card: EventCard, *, locale: str, now: datetime) -> discord.Embed:
    event = card.event
    title = shown_name(event, locale)
    embed = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOUR)
    description = event.description or ""
    if event.status != "confirmed":
        description = f"**{term('status', event.status, locale).capitalize()}.** {description}"
    if description:
        embed.description = clip(description, DESCRIPTION_LIMIT)
    embed.add_field(name=text("field.kind", locale), value=term("kind", event.kind, locale).capitalize())
    embed.add_field(
        name=text("field.when", locale), value=clip(when(event, locale=locale, now=now), FIELD_LIMIT)
    )
    if event.location.label():
        embed.add_field(name=text("field.where", locale), value=clip(event.location.label(), FIELD_LIMIT))
    _add_other_names(embed, event.name, title, event.aliases, locale)
    if card.parent:
        line = event_line(card.parent, locale=locale, now=now)
        _add_list(embed, text("field.part_of", locale), [line], locale=locale, counted=False)
    children = [event_line(child, locale=locale, now=now) for child in card.children]
    _add_list(embed, text("field.programme", locale), children, locale=locale)
    who = [f"{name(p.actor, locale)} — {term('role', p.role, locale)}" for p in card.participants]
    _add_list(embed, text("field.who", locale), who, locale=locale)
    sources = [f"• {_plain(s.label())}" for s in card.sources]
    _add_list(embed, text("field.sources", locale), sources, locale=locale, counted=False)
    if event.url:
        embed.url = event.url
    return embed


def actor_embed(card: ActorCard, *, locale: str, now: datetime) -> discord.Embed:
    actor = card.actor
    title = shown_name(actor, locale)
    embed = discord.Embed(title=clip(title, TITLE_LIMIT), colour=COLOUR)
    if actor.description:
        embed.description = clip(actor.description, DESCRIPTION_LIMIT)
    embed.add_field(name=text("field.kind", locale), value=term("kind", actor.kind, locale).capitalize())
    if actor.role:
        embed.add_field(name=text("field.role_title", locale), value=clip(actor.role, FIELD_LIMIT))
    _add_other_names(embed, actor.name, title, actor.aliases, locale)
    events = [
        f"{event_line(p.event, locale=locale, now=now)} ({term('role', p.role, locale)})"
        for p in card.participations
    ]
    _add_list(embed, text("field.events", locale), events, locale=locale)
    sources = [f"• {_plain(s.label())}" for s in card.sources]
    _add_list(embed, text("field.sources", locale), sources, locale=locale, counted=False)
    return embed


def _plain(text: str) -> str:
    """Text from documents, shown as typed: markdown characters lose their effect."""
    return discord.utils.escape_markdown(text)


def _add_list(
    embed: discord.Embed, title: str, lines: Sequence[str], *, locale: str, counted: bool = True
) -> None:
    """A full-width field of lines, with their count in the title, left out when empty."""
    if lines:
        shown = f"{title} ({len(lines)})" if counted else title
        embed.add_field(name=shown, value=join_lines(lines, locale=locale), inline=False)


def _add_other_names(
    embed: discord.Embed, own: str, shown: str, aliases: Sequence[Alias], locale: str
) -> None:
    """Every name but the title: the entry's own name first when the title is one of its aliases."""
    names = [own, *(alias.name for alias in aliases)]
    others = [_plain(n) for n in dict.fromkeys(names) if n != shown]
    title = text("field.other_names", locale)
    _add_list(embed, title, [", ".join(others)] if others else [], locale=locale, counted=False)


def agenda_pages(
    title: str, events: Sequence[Event], *, locale: str, now: datetime, footer: str | None = None
) -> list[discord.Embed]:
    """A list of events cut into pages of ten, each page numbered."""
    chunks = [events[i : i + PAGE_SIZE] for i in range(0, len(events), PAGE_SIZE)] or [[]]
    pages = []
    for number, chunk in enumerate(chunks, start=1):
        lines = [event_line(event, locale=locale, now=now) for event in chunk]
        embed = discord.Embed(
            title=title, colour=COLOUR, description=join_lines(lines, DESCRIPTION_LIMIT, locale=locale)
        )
        notes = [text("list.page", locale, number=number, total=len(chunks))] if len(chunks) > 1 else []
        if footer:
            notes.append(footer)
        if notes:
            embed.set_footer(text=" · ".join(notes))
        pages.append(embed)
    return pages


def suggestions_text(owner: str, query: str, names: Sequence[str], *, locale: str) -> str:
    """The polite answer to a query that matched nothing."""
    shown = _plain(clip(query, 100))
    listed = ", ".join(f"**{_plain(n)}**" for n in names)
    keys = {
        ("event", False): "lookup.no_event",
        ("event", True): "lookup.no_event_closest",
        ("actor", False): "lookup.no_actor",
        ("actor", True): "lookup.no_actor_closest",
    }
    return text(keys[owner, bool(names)], locale, query=shown, names=listed)
