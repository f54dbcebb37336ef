"""Turning what a date expression says into calendar dates.

A missing year is taken from a base day: the publication date of an article,
or today for what an admin types. Nothing is guessed that the text and the
base day do not support: ``resolve`` returns None instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sommet._dates_grammar import Fields, Said
from sommet._dates_values import PartialDate

Pair = tuple[PartialDate, PartialDate | None]


@dataclass(frozen=True)
class Resolved:
    dates: Pair
    # True when a year or a day came from the base day rather than the text.
    relative: bool


class WrongWeekday(ValueError):
    """The text names a weekday on which its date does not fall."""

    def __init__(self, day: date, weekday: int) -> None:
        super().__init__(f"{day} is not weekday {weekday}")
        self.day = day
        self.weekday = weekday


def build(said: Said, anchor: int | None) -> Pair:
    """The dates said, the end's missing year being ``anchor``.

    Raises ValueError for a day that does not exist (31 February) and
    WrongWeekday when a named weekday does not match.
    """
    first, last = said.first, said.last
    if last is None:
        return _partial(first, first.year if first.year is not None else anchor), None
    end_year = last.year if last.year is not None else first.year
    end_year = end_year if end_year is not None else anchor
    start_year = first.year
    if start_year is None and end_year is not None:
        # "du 28 décembre au 3 janvier 2025" starts the year before.
        start_year = end_year - 1 if _wraps(first, last) else end_year
    elif last.year is None and first.year is not None and _wraps(first, last):
        end_year = first.year + 1
    return _partial(first, start_year), _partial(last, end_year)


def _wraps(first: Fields, last: Fields) -> bool:
    return (first.month or 0) > (last.month or 13)


def _partial(fields: Fields, year: int | None) -> PartialDate:
    if year is None:
        raise LookupError("no year")
    value = PartialDate(year, fields.month, fields.day)
    day = value.as_date()
    if fields.weekday is not None and day is not None and day.weekday() != fields.weekday:
        raise WrongWeekday(day, fields.weekday)
    return value


def needs_year(said: Said) -> bool:
    fields = [said.first] + ([said.last] if said.last else [])
    return all(f.year is None for f in fields)


def resolve_with_year(said: Said, year: int) -> Resolved | None:
    """Dates of an expression without a year, in the given year; None if that day does not exist."""
    try:
        return Resolved(build(said, year), relative=True)
    except ValueError:
        return None


def from_base_words(said: Said, base: date) -> Resolved:
    """ "hier", "demain", "l'an dernier": counted from the base day."""
    if said.years_from_base is not None:
        return Resolved((PartialDate(base.year + said.years_from_base), None), relative=True)
    day = base + timedelta(days=said.days_from_base or 0)
    return Resolved((PartialDate.from_date(day), None), relative=True)


def weekday_relative(said: Said, base: date) -> Resolved | None:
    """The weekday before or after the base day ("lundi dernier"), never the day itself."""
    weekday = said.first.weekday
    if weekday is None or said.direction == 0:
        return None
    if said.direction < 0:
        shift = -((base.weekday() - weekday - 1) % 7 + 1)
    else:
        shift = (weekday - base.weekday() - 1) % 7 + 1
    return Resolved((PartialDate.from_date(base + timedelta(days=shift)), None), relative=True)


def _candidates(said: Said, years: range) -> list[Pair]:
    found = []
    for year in years:
        try:
            found.append(build(said, year))
        except ValueError:
            continue
    return found


def year_near(said: Said, base: PartialDate | date) -> Resolved | None:
    """The occurrence nearest the base (a day, or a month known only as such), or the
    last one before it for "dernier", the first after it for "prochain".

    A weekday named with the date picks among the nearby years; if it matches
    none, the date is trusted over the weekday.
    """
    if isinstance(base, date):
        base = PartialDate.from_date(base)
    years = range(base.year - 1, base.year + 2)
    options = _candidates(said, years)
    if not options:
        options = _candidates(_without_weekdays(said), years)
    if said.direction < 0:
        options = [o for o in options if o[0].first_day() <= base.last_day()]
        chosen = max(options, key=lambda o: o[0].first_day(), default=None)
    elif said.direction > 0:
        options = [o for o in options if o[0].first_day() >= base.first_day()]
        chosen = min(options, key=lambda o: o[0].first_day(), default=None)
    else:
        chosen = min(options, key=lambda o: distance(o, base), default=None)
    return None if chosen is None else Resolved(chosen, relative=True)


def distance(pair: Pair, base: PartialDate) -> int:
    """Days between a date or range and the base, 0 when they overlap."""
    start = pair[0].first_day()
    end = (pair[1] or pair[0]).last_day()
    if start <= base.last_day() and base.first_day() <= end:
        return 0
    return min(abs((start - base.last_day()).days), abs((end - base.first_day()).days))


def _without_weekdays(said: Said) -> Said:
    def plain(fields: Fields | None) -> Fields | None:
        if fields is None:
            return None
        return Fields(fields.year, fields.month, fields.day)

    return Said(said.start, said.end, plain(said.first), plain(said.last), said.direction)


def year_from_weekday(said: Said, today: date) -> Resolved | None:
    """With nothing else to go by, a weekday gives the most recent year, within ten, in which
    the date falls on it and has begun by ``today``: news tells what is known, not what is far off."""
    if said.first.weekday is None and (said.last is None or said.last.weekday is None):
        return None
    options = [
        o for o in _candidates(said, range(today.year - 10, today.year + 1)) if o[0].first_day() <= today
    ]
    return Resolved(options[-1], relative=True) if options else None


def resolve_for_user(said: Said, today: date) -> Pair:
    """The dates an admin meant: a missing year gives the next occurrence.

    "Next" is judged by the last day, so an event under way this week is
    still this year's. Raises ValueError (or WrongWeekday) for impossible dates
    and LookupError when the expression needs a base it cannot have.
    """
    counted = (
        said.weeks_from_base,
        said.years_from_previous,
        said.season,
        said.months_from_base,
        said.days_from_previous,
    )
    if any(offset is not None for offset in counted):
        raise LookupError("a week, a month, a season, a day or a year counted from another date")
    if said.days_from_base is not None or said.years_from_base is not None:
        resolved = from_base_words(said, today)
    elif said.first.month is None and said.first.year is None:
        resolved = weekday_relative(said, today)
    else:
        resolved = None
    if resolved is not None:
        return resolved.dates
    if said.direction != 0:
        found = year_near(said, today)
        if found is None:
            raise LookupError("no such date")
        return found.dates
    if not needs_year(said):
        return build(said, None)
    # The weekday is checked, not used to choose: "mercredi 10 février" on a
    # year where it is a Monday is a mistake to report, not a reason to jump
    # five years ahead.
    return build(said, _next_year(_without_weekdays(said), today))


def _next_year(said: Said, today: date) -> int:
    error: ValueError | None = None
    # 29 February may be up to eight years away.
    for year in range(today.year, today.year + 9):
        try:
            pair = build(said, year)
        except ValueError as exc:
            error = error or exc
            continue
        if (pair[1] or pair[0]).last_day() >= today:
            return year
    raise error or LookupError("no such date")


def exact_day(said: Said) -> date | None:
    """The first day when the text gives its day, month and year; a wrong weekday is ignored."""
    if said.counted():
        return None
    if needs_year(said):
        return None
    try:
        return build(_without_weekdays(said), None)[0].as_date()
    except ValueError:
        return None
