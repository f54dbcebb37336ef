"""The values of dates as documents give them: a day, a month or a year, ranges, and mentions.

Kept apart from the readers so that every date module can import them without a cycle.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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
        match = ISO_DATE.match(text.strip())
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

    def plus_months(self, months: int) -> PartialDate:
        """This date that many months later (earlier when negative), to its own precision; a day past
        the new month's end is its last ("31 January" and one month is the end of February)."""
        index = self.year * 12 + (self.month or 1) - 1 + months
        year, month = index // 12, index % 12 + 1
        if self.month is None:
            return PartialDate(year)
        if self.day is None:
            return PartialDate(year, month)
        return PartialDate(year, month, min(self.day, calendar.monthrange(year, month)[1]))

    def covers(self, other: PartialDate) -> bool:
        """Whether every day ``other`` may stand for is one of this date's (March 2031 covers 3 March)."""
        return self.first_day() <= other.first_day() and other.last_day() <= self.last_day()

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
