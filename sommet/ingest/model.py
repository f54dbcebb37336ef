"""What extraction finds in one document, before it meets the store."""

from __future__ import annotations

from dataclasses import dataclass, field

from sommet.dates import PartialDate
from sommet.models import Location

# Where a name was met: paragraph index, start and end in that paragraph.
Place = tuple[int, int, int]


@dataclass
class FoundActor:
    name: str
    kind: str  # person, organisation or country
    role: str | None = None
    aliases: list[str] = field(default_factory=list)
    quote: str = ""
    mentions: list[Place] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass
class FoundEvent:
    name: str
    kind: str
    start: PartialDate | None = None
    end: PartialDate | None = None
    location: Location = field(default_factory=Location)
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None  # the name of another event of the same document
    actors: list[tuple[str, str]] = field(default_factory=list)  # (actor name, role)
    quote: str = ""
    status: str = "confirmed"
    mentions: list[Place] = field(default_factory=list)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document; plain data, safe to hand between threads."""

    file_name: str | None
    sha256: str | None
    title: str | None
    publisher: str | None
    published: PartialDate | None
    language: str
    events: list[FoundEvent]
    actors: list[FoundActor]
    url: str | None = None  # where a fetched page came from
    sentences: list[str] = field(default_factory=list)  # the article's, for full-text search
    wants_an_era: bool = False  # days written without a year that nothing in the document gives
