"""Reading a JSON file in the export format back in: every entry is checked before anything is written."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from sommet import admin_input as check
from sommet.dates import PartialDate
from sommet.errors import UserError
from sommet.models import Location

MAX_BYTES = 1_000_000
_CLOCK = re.compile(r"^(?:[01]\d|2[0-3]):[0-5]\d$")
T = TypeVar("T")


@dataclass(frozen=True)
class ImportedActor:
    name: str
    kind: str
    role: str | None
    description: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class ImportedEvent:
    name: str
    kind: str
    start: PartialDate | None
    end: PartialDate | None
    start_time: str | None
    timezone: str | None
    location: Location
    parent: str | None
    status: str
    description: str | None
    url: str | None
    aliases: tuple[str, ...]
    actors: tuple[tuple[str, str], ...] = field(default=())


@dataclass(frozen=True)
class ImportFile:
    events: list[ImportedEvent]
    actors: list[ImportedActor]


def read_import(raw: bytes) -> ImportFile:
    """Parse and check a whole file; the UserError names the first problem and where it is."""
    if len(raw) > MAX_BYTES:
        raise UserError(f"That file is {len(raw):,} bytes; please send one of at most 1 MB.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError(
            "That file is not UTF-8 text. Please send the JSON file `/admin export` made."
        ) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError(
            f"That file is not valid JSON: {error.msg} at line {error.lineno}, column {error.colno}."
        ) from None
    if not isinstance(data, dict) or not ({"events", "actors"} & data.keys()):
        raise UserError('That JSON is not in the export format: it needs "events" and "actors" lists.')
    actors = [_actor(item, index) for index, item in enumerate(_list(data, "actors"))]
    events = [_event(item, index) for index, item in enumerate(_list(data, "events"))]
    _no_duplicates("actors", [actor.name for actor in actors])
    _no_duplicates("events", [event.name for event in events])
    return ImportFile(events=events, actors=actors)


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise UserError(f'"{key}" must be a list.')
    return value


def _no_duplicates(key: str, names: list[str]) -> None:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name.casefold() in seen:
            raise UserError(f"{key}[{index}] “{name}”: the file names this entry twice.")
        seen.add(name.casefold())


def _located(where: str, build: Callable[[], T]) -> T:
    """Run build, prefixing any problem with where in the file it is."""
    try:
        return build()
    except UserError as error:
        raise UserError(f"{where}: {error}") from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UserError(f"{where}: a field is missing or of the wrong type ({error}).") from None


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise UserError(f'"{key}" must be text.')
    return value


def _names(item: dict[str, Any], key: str = "aliases") -> tuple[str, ...]:
    values = item.get(key) or []
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise UserError(f'"{key}" must be a list of names.')
    return tuple(check.clean_name(value, what="alias") for value in values)


def _where(key: str, index: int, item: Any) -> str:
    name = item.get("name") if isinstance(item, dict) else None
    return f"{key}[{index}]" + (f" “{str(name)[:100]}”" if name else "")


def _actor(item: Any, index: int) -> ImportedActor:
    return _located(_where("actors", index, item), lambda: _read_actor(item))


def _read_actor(item: Any) -> ImportedActor:
    if not isinstance(item, dict):
        raise UserError("each actor must be an object.")
    return ImportedActor(
        name=check.clean_name(_text(item, "name") or ""),
        kind=check.actor_kind(_text(item, "kind") or ""),
        role=check.clean_text(_text(item, "role"), what="role", limit=check.MAX_NAME),
        description=check.clean_text(
            _text(item, "description"), what="description", limit=check.MAX_DESCRIPTION
        ),
        aliases=_names(item),
    )


def _date(item: dict[str, Any], key: str) -> PartialDate | None:
    text = _text(item, key)
    if not text:
        return None
    try:
        return PartialDate.parse_iso(text)
    except ValueError:
        raise UserError(f'"{key}" “{text[:30]}” is not a date like 2025-02-10, 2025-02 or 2025.') from None


def _event(item: Any, index: int) -> ImportedEvent:
    return _located(_where("events", index, item), lambda: _read_event(item))


def _read_event(item: Any) -> ImportedEvent:
    if not isinstance(item, dict):
        raise UserError("each event must be an object.")
    start, end = _date(item, "start"), _date(item, "end")
    if end is not None and (start is None or end.last_day() < start.first_day()):
        raise UserError(f"the end ({end.iso()}) is before the start ({start.iso() if start else 'none'}).")
    place = item.get("location") or {}
    if not isinstance(place, dict):
        raise UserError('"location" must be an object with venue, city and country.')
    links = item.get("actors") or []
    if not isinstance(links, list) or not all(
        isinstance(link, dict) and isinstance(link.get("name"), str) and isinstance(link.get("role"), str)
        for link in links
    ):
        raise UserError('"actors" must be a list of {"name": ..., "role": ...}.')
    timezone = _text(item, "timezone")
    start_time = _text(item, "start_time")
    if start_time and not _CLOCK.match(start_time):
        raise UserError(f'"start_time" “{start_time[:20]}” is not a time like 09:30.')
    url = _text(item, "url")
    return ImportedEvent(
        name=check.clean_name(_text(item, "name") or ""),
        kind=check.event_kind(_text(item, "kind") or ""),
        start=start,
        end=end,
        start_time=start_time or None,
        timezone=check.parse_timezone(timezone) if timezone else None,
        location=Location(
            *(
                check.clean_text(_text(place, part), what=part, limit=check.MAX_PLACE)
                for part in ("venue", "city", "country")
            )
        ),
        parent=_text(item, "parent"),
        status=check.status(_text(item, "status") or "confirmed"),
        description=check.clean_text(
            _text(item, "description"), what="description", limit=check.MAX_DESCRIPTION
        ),
        url=check.parse_url(url) if url else None,
        aliases=_names(item),
        actors=tuple(
            (check.clean_name(link["name"]), check.clean_name(link["role"], what="role")) for link in links
        ),
    )
