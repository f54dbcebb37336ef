"""Plain records that the store returns: nothing here touches the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sommet.dates import PartialDate

EVENT_KINDS = (
    "summit",
    "conference",
    "meeting",
    "webinar",
    "forum",
    "state visit",
    "announcement",
    "mission",
    "dinner",
    "cultural",
    "business",
    "exercise",
    "series",
    "week",
    "visit",
    "speech",
    "signing",
    "adoption",
    "entry into force",
    "launch",
    "publication",
    "deadline",
    "election",
    "event",
)
ACTOR_KINDS = ("person", "organisation", "country", "place")
STATUSES = ("announced", "confirmed", "cancelled")
ORIGINS = ("shipped", "document", "admin")


@dataclass(frozen=True)
class Alias:
    name: str
    lang: str | None = None


@dataclass(frozen=True)
class Location:
    venue: str | None = None
    city: str | None = None
    country: str | None = None

    def label(self) -> str:
        """Venue, city and country joined, skipping what is unknown or repeated."""
        parts: list[str] = []
        for part in (self.venue, self.city, self.country):
            if part and part not in parts:
                parts.append(part)
        return ", ".join(parts)


@dataclass(frozen=True)
class Source:
    document_id: int
    key: str | None
    file_name: str | None
    title: str | None
    publisher: str | None
    published: str | None
    url: str | None

    def label(self) -> str:
        """How a citation reads: title, publisher and date when known."""
        head = self.title or self.file_name or self.key or f"document {self.document_id}"
        tail = ", ".join(part for part in (self.publisher, self.published) if part)
        return f"{head} ({tail})" if tail else head


@dataclass(frozen=True)
class Event:
    id: int
    name: str
    kind: str
    start: PartialDate | None
    end: PartialDate | None
    start_time: str | None
    timezone: str | None
    location: Location
    parent_id: int | None
    status: str
    description: str | None
    origin: str
    guild_id: int | None
    url: str | None = None
    key: str | None = None
    aliases: tuple[Alias, ...] = field(default=())
    updated_at: datetime | None = None

    @property
    def is_dated(self) -> bool:
        return self.start is not None

    def starts_at(self) -> datetime | None:
        """The aware moment it starts (midnight local for all-day events), when known to the day."""
        day = self.start.as_date() if self.start else None
        if day is None:
            return None
        clock = time.fromisoformat(self.start_time) if self.start_time else time(0, 0)
        return datetime.combine(day, clock, tzinfo=ZoneInfo(self.timezone or "UTC"))


@dataclass(frozen=True)
class Actor:
    id: int
    name: str
    kind: str
    role: str | None
    description: str | None
    origin: str
    guild_id: int | None
    key: str | None = None
    aliases: tuple[Alias, ...] = field(default=())


@dataclass(frozen=True)
class Participation:
    """An actor's part in an event, seen from either side."""

    actor: Actor
    event: Event
    role: str


@dataclass(frozen=True)
class AuditRecord:
    """One change an admin made in a server: who, what, when, and the entry before and after."""

    id: int
    guild_id: int
    user_id: int
    at: datetime
    action: str
    owner: str | None
    entry_id: int | None
    summary: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    detail: dict[str, Any]
    undoes: int | None
    undone_by: int | None
