"""Dates as the documents give them: a day, a month or a year, and ranges of them.

Besides the value types, three readers: ``parse_user_dates`` for what an admin
types, ``find_dates`` for every date in a news article and
``parse_publication_date`` for an article's dateline. Their grammar lives in
the private ``_dates_*`` modules, imported on first use because Babel's data
costs about 80 ms to load and most callers only need ``PartialDate``.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from sommet.errors import UserError
from sommet.i18n import Dated, Message, message

if TYPE_CHECKING:
    from sommet._dates_grammar import Said
    from sommet._dates_resolve import Resolved, WrongWeekday

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the day, the month or only the year.

    Stored as ISO 8601 text whose length gives the precision: ``2025-02-10``,
    ``2020-12`` or ``2021``.
    """

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # date() validates the month and day, including 29 February.
        date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse_iso(cls, text: str) -> PartialDate:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; raise ValueError otherwise."""
        match = _ISO.match(text.strip())
        if not match:
            raise ValueError(f"not an ISO date: {text!r}")
        year, month, day = (int(g) if g else None for g in match.groups())
        return cls(year, month, day)

    @classmethod
    def from_date(cls, value: date) -> PartialDate:
        return cls(value.year, value.month, value.day)

    @property
    def precision(self) -> str:
        """``day``, ``month`` or ``year``."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    def iso(self) -> str:
        if self.day is not None:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month is not None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def first_day(self) -> date:
        """The earliest day this date may stand for."""
        return date(self.year, self.month or 1, self.day or 1)

    def last_day(self) -> date:
        """The latest day this date may stand for."""
        if self.day is not None:
            return date(self.year, self.month, self.day)
        month = self.month or 12
        return date(self.year, month, calendar.monthrange(self.year, month)[1])

    def as_date(self) -> date | None:
        """The day itself when known to the day, else None."""
        return self.first_day() if self.day is not None else None

    def __str__(self) -> str:
        return self.iso()


@dataclass(frozen=True)
class DateRange:
    """A single date (``end`` None) or a span from ``start`` to ``end``."""

    start: PartialDate
    end: PartialDate | None = None

    def __post_init__(self) -> None:
        if self.end is not None and self.end.first_day() < self.start.first_day():
            raise ValueError(f"{self.end} is before {self.start}")

    def iso_pair(self) -> tuple[str, str | None]:
        return self.start.iso(), None if self.end is None else self.end.iso()


@dataclass(frozen=True)
class DateMention:
    """A date expression found in a text, with its place and its dates.

    ``relative`` is True when the year or the day came from the publication
    date rather than from the text itself ("hier", "le 25 juin dernier").
    """

    range: DateRange
    start: int
    end: int
    text: str
    relative: bool
    time: str | None = None


_ISO_RANGE = re.compile(r"^[\d-]+(?:/[\d-]+)?$")
_LEADING_ARTICLE = re.compile(r"^(?:le|les|the|on)\s+", re.IGNORECASE)


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
        if not _ISO.match(part):
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
    text: str, *, published: date | None, lang: str = "fr", today: date | None = None
) -> list[DateMention]:
    """Every date expression in a news text, in the order of the text.

    Years missing from the text come from ``published``. Without it, a weekday
    written with the day gives the year, looked for between ten years before
    ``today`` (default: the real today) and the next year, and not before the
    latest year the text states; a date with neither takes the year of the
    last date with a month before it ("6 février 2025 ... le 10 février"), and
    a past date without a year ("le 25 juin dernier") is placed by the dates
    the text states (see ``_publication_bounds``). Expressions whose year stays
    unknown, or that name no real day, are left out rather than guessed.
    """
    from sommet import _dates_grammar as grammar
    from sommet import _dates_resolve as resolve
    from sommet._dates_names import LANGUAGES

    if lang not in LANGUAGES:
        raise ValueError(f"no date words for language {lang!r}")
    base = today or datetime.now(UTC).date()
    found = grammar.scan(text, grammar.article_mode(lang))
    # Without a publication date, the years the text states are the only guide:
    # a weekday that fits several years keeps those not before the latest one
    # stated, and a date without a year takes the year of the last dated month.
    stated = [said.first.year for said in found if said.first.year is not None]
    floor = max(stated, default=None)
    carried: int | None = None
    mentions = []
    bounds = _publication_bounds(text, found) if published is None else (None, None)
    for said in found:
        resolved = resolve.resolve_in_article(said, published, base, floor_year=floor)
        if resolved is None and published is None and carried is not None:
            resolved = resolve.resolve_with_year(said, carried)
        if resolved is None and said.direction < 0:
            resolved = _past_between(said, *bounds)
        if resolved is None:
            continue
        if said.first.month is not None:
            # A year alone ("depuis 2017") is too loose to date what follows.
            carried = resolved.dates[0].year
        try:
            dates = DateRange(*resolved.dates)
        except ValueError:
            continue
        words = text[said.start : said.end]
        mentions.append(DateMention(dates, said.start, said.end, words, resolved.relative, said.time))
    return mentions


# A sentence about what is still to come: its dates lie after the publication.
_FUTURE_SENTENCE = re.compile(
    r"\b(?:devrai(?:t|ent)|prochaine?s?|aura|auront|sera|seront|se tiendra|se tiendront|"
    r"will|should|next|upcoming|is to|are to)\b|\w{3,}(?:era|eront|ira|iront)\b",
    re.IGNORECASE,
)
_SENTENCE_EDGE = re.compile(r"[.!?\n]")


def _publication_bounds(text: str, found: list[Said]) -> tuple[date | None, date | None]:
    """Without a dateline, what the stated dates say about when the text was written.

    A full date (with its year) in a sentence about the past is before the
    publication; one in a sentence about the future ("devrait se tenir en
    2021", "will be held in 2021") after it. Returns (latest past start,
    earliest future end).
    """
    from sommet._dates_resolve import build

    past: list[date] = []
    future: list[date] = []
    for said in found:
        if said.first.year is None or said.days_from_base is not None or said.years_from_base is not None:
            continue
        try:
            first, last = build(said, None)
        except ValueError:
            continue
        start = max((m.end() for m in _SENTENCE_EDGE.finditer(text, 0, said.start)), default=0)
        stop = _SENTENCE_EDGE.search(text, said.end)
        sentence = text[start : stop.start() if stop else len(text)]
        if _FUTURE_SENTENCE.search(sentence):
            future.append((last or first).last_day())
        else:
            past.append(first.first_day())
    return max(past, default=None), min(future, default=None)


def _past_between(said: Said, after: date | None, before: date | None) -> Resolved | None:
    """A past date without a year ("le 25 juin dernier"), as reported news, in the first year that
    puts it after every past date the text states and not after its future ones; with no past
    date stated, the last year before the future ones. Unknown when the text states neither."""
    from sommet._dates_resolve import Resolved, resolve_with_year

    if after is None and before is None:
        return None
    years = range(after.year, after.year + 2) if after else range(before.year, before.year - 2, -1)
    for year in years:
        resolved = resolve_with_year(replace(said, direction=0), year)
        if resolved is None:
            continue
        first = resolved.dates[0]
        if (after is None or first.first_day() >= after) and (before is None or first.last_day() <= before):
            return Resolved(resolved.dates, relative=True)
    return None


_PUBLISHED_WORDS = re.compile(r"publi|posted|\bdate\b", re.IGNORECASE)
_UPDATED_WORDS = re.compile(r"mis à jour|mise à jour|updated|modifi", re.IGNORECASE)


def parse_publication_date(text: str) -> date | None:
    """The publication date from the header of a document, or None.

    Looks at the first 40 lines for a full date (day, month and year).
    Preferred, in order: a line that says it is the publication date, a line
    that says it was updated, a short line that is little more than a date
    (a dateline), then a title-length line, so that a date in a title does not
    win over the dateline under it. A date inside a longer sentence is what
    the article talks about, not when it was published, and is never taken.
    """
    from sommet import _dates_grammar as grammar
    from sommet import _dates_resolve as resolve

    candidates = []
    for index, line in enumerate(text.splitlines()[:40]):
        for said in grammar.scan(line, grammar.HEADER):
            day = resolve.exact_day(said)
            if day is not None and _is_header_line(line, said):
                candidates.append((_header_rank(line, said), index, day))
                break
    return min(candidates)[2] if candidates else None


def _header_rank(line: str, said: Said) -> int:
    if _PUBLISHED_WORDS.search(line):
        return 0
    if _UPDATED_WORDS.search(line):
        return 1
    rest = len(line.strip()) - (said.end - said.start)
    return 2 if rest <= 30 else 3


def _is_header_line(line: str, said: Said) -> bool:
    """Whether a date in this line can be the document's own: a dateline, not a date in a sentence."""
    return _header_rank(line, said) < 3 or len(line.split()) <= 12
