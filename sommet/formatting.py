"""Dates for people to read, in their language, through Babel: "10–11 février 2025", "December 2020"."""

from __future__ import annotations

import re
from datetime import date

from babel import Locale
from babel.dates import format_date, format_interval, format_skeleton, parse_pattern

from sommet.dates import PartialDate

_ABBREVIATED_MONTH = re.compile(r"(?<!M)MMM(?!M)")


def format_day(day: date, locale: str) -> str:
    """A single day with the month spelled out."""
    return format_date(day, format="long", locale=locale)


def _day_range(start: date, end: date, locale: str) -> str:
    """Two days with the month spelled out, sharing what they share ("10–11 February 2025")."""
    greatest = "y" if start.year != end.year else "M" if start.month != end.month else "d"
    halves = Locale.parse(locale).interval_formats.get("yMMMd", {}).get(greatest)
    if not halves:
        return format_interval(start, end, "yMMMd", locale=locale)
    first, second = (parse_pattern(_ABBREVIATED_MONTH.sub("MMMM", half)) for half in halves)
    return first.apply(start, locale) + second.apply(end, locale)


def _single(value: PartialDate, locale: str) -> str:
    if value.precision == "day":
        return format_day(value.first_day(), locale)
    if value.precision == "month":
        return format_skeleton("yMMMM", value.first_day(), locale=locale)
    return str(value.year)


def format_span(start: PartialDate, end: PartialDate | None, locale: str) -> str:
    """An event's dates at the precision they are known, in the reader's language."""
    if end is None or end == start:
        return _single(start, locale)
    if start.precision == end.precision == "day":
        return _day_range(start.first_day(), end.first_day(), locale)
    if start.precision == end.precision == "month":
        return format_interval(start.first_day(), end.first_day(), "yMMMM", locale=locale)
    return f"{_single(start, locale)} – {_single(end, locale)}"
