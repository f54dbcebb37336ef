"""Events as an iCalendar (.ics) file that calendar apps can import, and import again to update."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta

from sommet.i18n import text
from sommet.models import Event, Source
from sommet.names import shown_name
from sommet.store import Store

_STATUS = {"confirmed": "CONFIRMED", "announced": "TENTATIVE", "cancelled": "CANCELLED"}
# SEQUENCE counts minutes since this moment, so each later edit gives a higher number.
_EPOCH = datetime(2020, 1, 1, tzinfo=UTC)


def uid(event: Event) -> str:
    """The same for an event in every export: from its stable key when it has one, else its id."""
    return f"event-{event.key}@sommet" if event.key else f"event-{event.id}@sommet"


def _description(event: Event, sources: Sequence[Source], locale: str) -> str | None:
    parts = [event.description] if event.description else []
    if sources:
        lines = [f"- {s.label()}" + (f" {s.url}" if s.url else "") for s in sources]
        parts.append(text("calendar.sources", locale) + "\n" + "\n".join(lines))
    return "\n\n".join(parts) or None


def calendar_file(
    events: Iterable[Event],
    *,
    now: datetime,
    title: str,
    locale: str = "en",
    sources: Callable[[Event], Sequence[Source]] | None = None,
) -> tuple[bytes, int]:
    """The events known to the day as an .ics file, and how many were left out for vaguer dates.

    All-day events are DATE values (the end is the day after the last, as iCalendar wants);
    events with a start time are timed in their own time zone. UIDs are stable (see ``uid``)
    and SEQUENCE and LAST-MODIFIED follow the last edit, so importing a newer file updates
    rather than duplicates. Names are in the reader's language (``locale``); ``sources`` gives
    each event's sources for its description.
    """
    from icalendar import Calendar
    from icalendar import Event as CalendarEvent

    calendar = Calendar()
    calendar.add("prodid", "-//Sommet//Sommet bot//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", title)
    left_out = 0
    for event in events:
        first = event.start.as_date() if event.start else None
        last = event.end.last_day() if event.end else first
        if first is None or last == date.max:  # iCalendar ends all-day events the day after the last
            left_out += 1
            continue
        entry = CalendarEvent()
        entry.add("uid", uid(event))
        entry.add("dtstamp", now)
        entry.add("summary", shown_name(event, locale))
        starts = event.starts_at()
        if event.start_time and starts is not None:
            entry.add("dtstart", starts)
        else:
            entry.add("dtstart", first)
            entry.add("dtend", last + timedelta(days=1))
        if event.location.label():
            entry.add("location", event.location.label())
        description = _description(event, sources(event) if sources else (), locale)
        if description:
            entry.add("description", description)
        if event.url:
            entry.add("url", event.url)
        if event.updated_at is not None:
            changed = event.updated_at.astimezone(UTC)
            entry.add("last-modified", changed)
            entry.add("sequence", max(0, int((changed - _EPOCH).total_seconds() // 60)))
        entry.add("status", _STATUS.get(event.status, "CONFIRMED"))
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical(), left_out


def store_calendar(
    store: Store,
    events: Iterable[Event],
    *,
    now: datetime,
    title: str,
    locale: str = "en",
    guild_id: int | None = None,
) -> tuple[bytes, int]:
    """``calendar_file`` for events of a store, with each event's sources that the server sees
    in its description."""
    return calendar_file(
        events,
        now=now,
        title=title,
        locale=locale,
        sources=lambda event: store.sources("event", event.id, guild_id=guild_id),
    )
