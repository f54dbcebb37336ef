"""Dates as the documents give them: a day, a month or a year, and ranges of them.

Besides the value types (``_dates_values``), three readers: ``parse_user_dates``
for what an admin types, ``find_dates`` for every date in a news article
(``_dates_document``) and ``parse_publication_date`` for an article's dateline
(``_dates_publication``). Their grammar lives in the private ``_dates_*``
modules, imported on first use because Babel's data costs about 80 ms to load
and most callers only need ``PartialDate``.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING

from sommet._dates_names import (
    AGENDA_DASH,
    DAY_COUNTS,
    FUTURE_ENDINGS,
    IRREGULAR_PAST,
    NUMBERS,
    REQUESTED,
    REQUESTS,
    THEN,
)
from sommet._dates_values import ISO_DATE, DateMention, DateRange, PartialDate
from sommet.errors import UserError
from sommet.i18n import Dated, Message, message

if TYPE_CHECKING:
    from sommet._dates_grammar import Said
    from sommet._dates_resolve import WrongWeekday

__all__ = [
    "AGENDA_DASH",
    "DAY_COUNTS",
    "FUTURE_ENDINGS",
    "IRREGULAR_PAST",
    "NUMBERS",
    "REQUESTED",
    "REQUESTS",
    "THEN",
    "DateMention",
    "DateRange",
    "PartialDate",
    "find_dates",
    "parse_publication_date",
    "parse_user_dates",
]


_ISO_RANGE = re.compile(r"^[\d-]+(?:/[\d-]+)?$")
_LEADING_ARTICLE = re.compile(r"^(?:le|les|the|on)\s+", re.IGNORECASE)
# A word other than the small ones that join two dates ("to", "au", "from").
_WORD = re.compile(r"[^\W\d_]{5,}")


def parse_user_dates(text: str, *, today: date) -> DateRange:
    """The date or dates an admin typed, in French or English.

    A missing year means the next occurrence that has not ended by ``today``.
    Raises UserError, with a message meant for the admin, when the text is no
    date, names a day that does not exist or ends before it starts.
    """
    from sommet import _dates_grammar as grammar
    from sommet import _dates_resolve as resolve

    cleaned = _LEADING_ARTICLE.sub("", " ".join(text.split()).strip(" .,;"))
    if _ISO_RANGE.match(cleaned):
        return _ordered(cleaned, *_iso_dates(cleaned))
    found = grammar.scan(cleaned, grammar.USER)
    if len(found) != 1 or (found[0].start, found[0].end) != (0, len(cleaned)):
        raise UserError.of(_not_understood(cleaned))
    said = found[0]
    try:
        start, end = resolve.resolve_for_user(said, today)
    except resolve.WrongWeekday as wrong:
        raise UserError.of(_wrong_weekday(wrong)) from None
    except ValueError:
        raise UserError.of(_impossible(cleaned, said)) from None
    except LookupError:
        raise UserError.of(_not_understood(cleaned)) from None
    return _ordered(cleaned, start, end)


def _iso_dates(text: str) -> tuple[PartialDate, PartialDate | None]:
    parts = text.split("/")
    dates: list[PartialDate] = []
    for part in parts:
        if not ISO_DATE.match(part):
            raise UserError.of(_not_understood(text))
        try:
            dates.append(PartialDate.parse_iso(part))
        except ValueError:
            raise UserError("dates.no_such_iso_day", text=part) from None
    return dates[0], dates[1] if len(dates) > 1 else None


def _ordered(text: str, start: PartialDate, end: PartialDate | None) -> DateRange:
    try:
        return DateRange(start, None if end == start else end)
    except ValueError:
        raise UserError("dates.end_before_start", text=text, start=str(start), end=str(end)) from None


def _not_understood(text: str) -> Message:
    return message("dates.not_understood", text=text)


def _wrong_weekday(wrong: WrongWeekday) -> Message:
    day = wrong.day
    said = day + timedelta(days=wrong.weekday - day.weekday())
    return message(
        "dates.wrong_weekday", day=Dated(day, "d MMMM y"), actual=Dated(day, "EEEE"), said=Dated(said, "EEEE")
    )


def _impossible(text: str, said: Said) -> Message:
    for fields in (said.first, said.last):
        if fields is None or fields.month is None:
            continue
        if not 1 <= fields.month <= 12:
            return message("dates.no_such_month", text=text, month=fields.month)
        if fields.day is not None:
            month = Dated(date(2000, fields.month, 1), "LLLL")
            return message("dates.no_such_day", text=text, month=month, day=fields.day)
    return message("dates.impossible", text=text)


def find_dates(
    text: str,
    *,
    published: date | PartialDate | None,
    lang: str = "fr",
    today: date | None = None,
    era: PartialDate | None = None,
) -> list[DateMention]:
    """Every date expression in a news text, in the order of the text.

    What the text does not write is inferred only where it is supported: a
    missing year from a full date earlier in the sentence, the publication date
    (even one known to the month only), or the lead's date or the paragraph's
    last full date within six months; failing those, from a weekday written with
    the date (the most recent such year by ``today``, default the real today).
    Days counted from the publication ("hier", "mardi", "last week") need it to
    the day. Expressions whose date stays unknown, or that name no real day,
    are left out rather than guessed. Without a publication date or a lead, ``era`` (the date of
    a known event the article names) stands for the lead.
    """
    return read_article_dates(text, published=published, lang=lang, today=today, era=era)[0]


def read_article_dates(
    text: str,
    *,
    published: date | PartialDate | None,
    lang: str = "fr",
    today: date | None = None,
    era: PartialDate | None = None,
) -> tuple[list[DateMention], bool]:
    """``find_dates``, and whether the text writes days or months without a year that nothing
    in it gives (no publication date, no lead): a text that an ``era`` would place."""
    from sommet._dates_document import read_article
    from sommet._dates_names import LANGUAGES

    if lang not in LANGUAGES:
        raise ValueError(f"no date words for language {lang!r}")
    if isinstance(published, date):
        published = PartialDate.from_date(published)
    return read_article(text, published, lang, today or datetime.now(UTC).date(), era)


# Babel's names for parts of the day ("morning", "soir"); "am", "noon" are words of other uses too.
_PARTS_OF_DAY = ("morning1", "afternoon1", "evening1", "night1")


@cache
def time_words() -> frozenset[str]:
    """Single words that tell when, not what: weekdays, months, parts of the day and "hier",
    "demain", "yesterday"..., lower-case, in every language read. An event's name ends before them
    ("Dîner mardi", "a session of world leaders on the evening of 21 May")."""
    from babel import Locale
    from babel.dates import get_day_names, get_month_names

    from sommet._dates_names import DAY_WORDS, LANGUAGES

    out = {name for lang in LANGUAGES for name in get_day_names("wide", locale=lang).values()}
    out |= {name for lang in LANGUAGES for name in get_month_names("wide", locale=lang).values()}
    periods = [Locale.parse(lang).day_periods["stand-alone"]["wide"] for lang in LANGUAGES]
    out |= {names[key] for names in periods for key in _PARTS_OF_DAY if key in names}
    out |= {word for lang in LANGUAGES for word in DAY_WORDS[lang] if " " not in word}
    return frozenset(word.lower() for word in out)


@cache
def time_phrases() -> frozenset[str]:
    """Phrases of several words that tell when, counted from the time of writing or from the date
    named last ("la semaine dernière", "last month", "le lendemain"), lower-case: what a verb may
    be told with before its object ("ont rejeté la semaine dernière une motion")."""
    from sommet._dates_names import (
        DAY_WORDS,
        LANGUAGES,
        MONTH_WORDS,
        PREVIOUS_DAY_WORDS,
        PREVIOUS_MONTH_WORDS,
        PREVIOUS_YEAR_WORDS,
        SEASON_BEFORE,
        SEASONS,
        WEEK_WORDS,
        YEAR_WORDS,
    )

    tables = (
        DAY_WORDS,
        WEEK_WORDS,
        MONTH_WORDS,
        YEAR_WORDS,
        PREVIOUS_DAY_WORDS,
        PREVIOUS_MONTH_WORDS,
        PREVIOUS_YEAR_WORDS,
    )
    # "à l'automne", "au printemps", "in the autumn": a season with the words it is said after.
    seasons = (
        f"{before}{season}" if before.endswith("'") else f"{before} {season}"
        for lang in LANGUAGES
        for before in SEASON_BEFORE[lang]
        for season in SEASONS[lang]
    )
    return frozenset(
        phrase.lower()
        for phrase in (*(p for table in tables for lang in LANGUAGES for p in table[lang]), *seasons)
        if " " in phrase
    )


def writes_a_date(text: str, lang: str = "fr") -> bool:
    """Whether the text writes a date, even one whose year or day it does not let us know
    ("le 6 février" in an article without a year, "jeudi" without a publication date)."""
    from sommet._dates_grammar import article_mode, scan

    return bool(scan(text, article_mode(lang)))


def only_days(text: str, *, or_one: bool = False) -> bool:
    """Whether a line writes one span of days and nothing else ("Monday 8 September – Friday 12
    September 2031", "Du 3 au 5 mai 2031"): an event page's line of days, not a stamp of one day;
    with ``or_one``, one full day alone too ("Mardi 10 juin 2031"), for a caller that knows more."""
    from sommet._dates_grammar import article_mode, scan
    from sommet._dates_resolve import exact_day

    for lang in ("fr", "en"):
        said = scan(text, article_mode(lang))
        if len(said) == 1 and (said[0].last is not None or (or_one and exact_day(said[0]) is not None)):
            rest = text[: said[0].start] + text[said[0].end :]
            return not _WORD.search(rest)
    return False


def opens_on_a_day_and_hours(line: str) -> bool:
    """Whether a line opens on one full date and that day's hours ("Friday 14 May 2031, 9:00–17:00")."""
    from sommet._dates_publication import opens_on_a_day_and_hours as opens

    return opens(line)


def parse_publication_date(header: str, body: str = "", today: date | None = None) -> PartialDate | None:
    """The publication date printed in a document's header or first paragraphs, or None.

    See ``sommet._dates_publication``: datelines, stamps and bylines in the usual forms,
    a capture line ("date 2024-01") to the month, never a date inside a sentence; ``today``
    places a wire dateline written without its year by the weekday its lead names.
    """
    from sommet._dates_publication import parse_publication_date as parse

    return parse(header, body, today)


def without_dateline(text: str, published: PartialDate | None = None) -> str:
    """The text with its own dates blanked (an opening capture line "date 2024-01", stamp lines
    such as "Posted on 09/19/2024", a dateline), so that they date no event; offsets are kept. A
    date alone before the lead is a dateline only when it is the ``published`` date."""
    from sommet._dates_publication import own_dates

    for start, end in own_dates(text, published):
        text = text[:start] + " " * (end - start) + text[end:]
    return text
