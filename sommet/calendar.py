"""Events as an iCalendar (.ics) file that calendar apps can import."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sommet.models import Event

_STATUS = {"confirmed": "CONFIRMED", "announced": "TENTATIVE", "cancelled": "CANCELLED"}


def calendar_file(events: Iterable[Event], *, now: datetime, title: str) -> tuple[bytes, int]:
    """The events known to the day as an .ics file, and how many were left out for vaguer dates.

    All-day events are DATE values (the end is the day after the last, as iCalendar wants);
    events with a start time are timed in their own time zone. UIDs are stable
    (``event-<id>@sommet``), so importing a newer file updates rather than duplicates.
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
        if first is None:
            left_out += 1
            continue
        entry = CalendarEvent()
        entry.add("uid", f"event-{event.id}@sommet")
        entry.add("dtstamp", now)
        entry.add("summary", event.name)
        starts = event.starts_at()
        if event.start_time and starts is not None:
            entry.add("dtstart", starts)
        else:
            last = event.end.last_day() if event.end else first
            entry.add("dtstart", first)
            entry.add("dtend", last + timedelta(days=1))
        if event.location.label():
            entry.add("location", event.location.label())
        if event.description:
            entry.add("description", event.description)
        if event.url:
            entry.add("url", event.url)
        entry.add("status", _STATUS.get(event.status, "CONFIRMED"))
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical(), left_out
