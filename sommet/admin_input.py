"""Checking what admins type: names, dates, time zones, kinds, links; each mistake is a UserError saying how to fix it."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import available_timezones

from sommet.dates import PartialDate, parse_user_dates
from sommet.errors import UserError
from sommet.i18n import Message, message
from sommet.models import ACTOR_KINDS, EVENT_KINDS, STATUSES

MAX_NAME = 100
MAX_PLACE = 100
MAX_DESCRIPTION = 1000
MAX_URL = 500
CLEAR = "-"  # typed in an edit to empty an optional field
_SPACES = re.compile(r"\s+")
# The fields whose mistakes are reported, named in the reader's language.
_FIELDS = {
    "name": "field.name",
    "alias": "field.alias",
    "role": "field.role",
    "description": "field.description",
    "venue": "field.venue",
    "city": "field.city",
    "country": "field.country",
}


def field_name(what: str) -> Message:
    return message(_FIELDS[what])


def clean_name(text: str, *, what: str = "name") -> str:
    """A name of 1 to 100 characters once spaces are tidied."""
    name = _SPACES.sub(" ", text).strip()
    if not name:
        raise UserError("input.empty", what=field_name(what), limit=MAX_NAME)
    if len(name) > MAX_NAME:
        raise UserError("input.name_too_long", what=field_name(what), length=len(name), limit=MAX_NAME)
    return name


def clean_text(text: str | None, *, what: str, limit: int) -> str | None:
    """Optional free text: None when empty, a UserError when too long."""
    if text is None:
        return None
    cleaned = text.strip()
    if len(cleaned) > limit:
        raise UserError("input.too_long", what=field_name(what), length=len(cleaned), limit=limit)
    return cleaned or None


def parse_dates(start: str, end: str | None, *, today: date) -> tuple[PartialDate, PartialDate | None]:
    """The start (maybe a whole range, "10-11 février 2025") and an optional separate end.

    An end typed without a year is read relative to the start, so "12 Feb" after
    "10 Feb 2027" is in 2027.
    """
    first = parse_user_dates(start, today=today)
    last = first.end
    if end is not None:
        if first.end is not None:
            raise UserError("input.start_is_range", start=start.strip()[:100])
        second = parse_user_dates(end, today=first.start.first_day())
        last = second.end or second.start
    if last is not None and last.last_day() < first.start.first_day():
        raise UserError("input.end_before_start", start=first.start.iso(), end=last.iso())
    return first.start, None if last == first.start else last


@cache
def _zones() -> dict[str, str]:
    return {zone.casefold(): zone for zone in available_timezones() if "/" in zone or zone == "UTC"}


def parse_timezone(text: str) -> str:
    """An IANA time zone name, whatever its case ("europe/paris" is Europe/Paris)."""
    zone = _zones().get(text.strip().casefold())
    if zone is None:
        raise UserError("input.bad_timezone", text=text.strip()[:100])
    return zone


def timezone_choices(typed: str, limit: int = 25) -> list[str]:
    """Time zone names for autocomplete: those starting with what was typed, then those containing it."""
    key = typed.strip().casefold().replace(" ", "_")
    zones = sorted(_zones().values())
    starts = [zone for zone in zones if zone.casefold().startswith(key)]
    contains = [zone for zone in zones if key in zone.casefold() and zone not in starts]
    return (starts + contains)[:limit]


def check_choice(value: str, allowed: tuple[str, ...], *, key: str) -> str:
    """One of the allowed words; ``key`` is the catalogue text saying which ones."""
    cleaned = value.strip().lower()
    if cleaned not in allowed:
        raise UserError(key, text=value[:50], allowed=", ".join(allowed))
    return cleaned


def event_kind(value: str) -> str:
    return check_choice(value, EVENT_KINDS, key="input.bad_event_kind")


def actor_kind(value: str) -> str:
    return check_choice(value, ACTOR_KINDS, key="input.bad_actor_kind")


def status(value: str) -> str:
    return check_choice(value, STATUSES, key="input.bad_status")


def parse_url(text: str) -> str:
    """An http(s) address with a host."""
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url or len(url) > MAX_URL:
        raise UserError("input.bad_url", text=url[:100], limit=MAX_URL)
    return url
