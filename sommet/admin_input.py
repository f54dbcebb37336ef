"""Checking what admins type: names, dates, time zones, kinds, links; each mistake is a UserError saying how to fix it."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from urllib.parse import urlsplit
from zoneinfo import available_timezones

from sommet.dates import PartialDate, parse_user_dates
from sommet.errors import UserError
from sommet.models import ACTOR_KINDS, EVENT_KINDS, STATUSES

MAX_NAME = 100
MAX_PLACE = 100
MAX_DESCRIPTION = 1000
MAX_URL = 500
CLEAR = "-"  # typed in an edit to empty an optional field
_SPACES = re.compile(r"\s+")


def clean_name(text: str, *, what: str = "name") -> str:
    """A name of 1 to 100 characters once spaces are tidied."""
    name = _SPACES.sub(" ", text).strip()
    if not name:
        raise UserError(f"The {what} is empty. Please type a {what} of 1 to {MAX_NAME} characters.")
    if len(name) > MAX_NAME:
        raise UserError(
            f"That {what} is {len(name)} characters long. Please keep it to {MAX_NAME} characters or fewer "
            "(put the rest in the description)."
        )
    return name


def clean_text(text: str | None, *, what: str, limit: int) -> str | None:
    """Optional free text: None when empty, a UserError when too long."""
    if text is None:
        return None
    cleaned = text.strip()
    if len(cleaned) > limit:
        raise UserError(f"The {what} is {len(cleaned)} characters long; please keep it to {limit} or fewer.")
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
            raise UserError(
                f"The start “{start.strip()[:100]}” is already a range; leave the end empty or type only "
                "the first day as the start."
            )
        second = parse_user_dates(end, today=first.start.first_day())
        last = second.end or second.start
    if last is not None and last.last_day() < first.start.first_day():
        raise UserError(
            f"The end ({last.iso()}) is before the start ({first.start.iso()}). "
            "Please check the order of the dates."
        )
    return first.start, None if last == first.start else last


@cache
def _zones() -> dict[str, str]:
    return {zone.casefold(): zone for zone in available_timezones() if "/" in zone or zone == "UTC"}


def parse_timezone(text: str) -> str:
    """An IANA time zone name, whatever its case ("europe/paris" is Europe/Paris)."""
    zone = _zones().get(text.strip().casefold())
    if zone is None:
        raise UserError(
            f"“{text.strip()[:100]}” is not a time zone I know. Please pick one from the list, "
            "such as Europe/Paris, America/New_York or Asia/Kolkata."
        )
    return zone


def timezone_choices(typed: str, limit: int = 25) -> list[str]:
    """Time zone names for autocomplete: those starting with what was typed, then those containing it."""
    key = typed.strip().casefold().replace(" ", "_")
    zones = sorted(_zones().values())
    starts = [zone for zone in zones if zone.casefold().startswith(key)]
    contains = [zone for zone in zones if key in zone.casefold() and zone not in starts]
    return (starts + contains)[:limit]


def check_choice(value: str, allowed: tuple[str, ...], *, what: str) -> str:
    cleaned = value.strip().lower()
    if cleaned not in allowed:
        raise UserError(f"“{value[:50]}” is not a {what}. Please pick one of: {', '.join(allowed)}.")
    return cleaned


def event_kind(value: str) -> str:
    return check_choice(value, EVENT_KINDS, what="kind of event")


def actor_kind(value: str) -> str:
    return check_choice(value, ACTOR_KINDS, what="kind of actor")


def status(value: str) -> str:
    return check_choice(value, STATUSES, what="status")


def parse_url(text: str) -> str:
    """An http(s) address with a host."""
    url = text.strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or " " in url or len(url) > MAX_URL:
        raise UserError(
            f"“{url[:100]}” is not a web address I can use. Please give a full address starting with "
            "https://, of at most 500 characters."
        )
    return url
