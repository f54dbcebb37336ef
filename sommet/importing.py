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
from sommet.i18n import Message, message
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
        raise UserError("import.too_big", size=len(raw))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserError("import.not_utf8") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise UserError("import.bad_json", error=error.msg, line=error.lineno, column=error.colno) from None
    if not isinstance(data, dict) or not ({"events", "actors"} & data.keys()):
        raise UserError("import.not_export")
    actors = [_actor(item, index) for index, item in enumerate(_list(data, "actors"))]
    events = [_event(item, index) for index, item in enumerate(_list(data, "events"))]
    _no_duplicates("actors", [actor.name for actor in actors])
    _no_duplicates("events", [event.name for event in events])
    return ImportFile(events=events, actors=actors)


def _list(data: dict[str, Any], key: str) -> list[Any]:
    value = data.get(key, [])
    if not isinstance(value, list):
        raise UserError("import.not_list", key=key)
    return value


def _no_duplicates(key: str, names: list[str]) -> None:
    seen: set[str] = set()
    for index, name in enumerate(names):
        if name.casefold() in seen:
            raise UserError(
                "import.twice", where=message("import.where_named", key=key, index=index, name=name)
            )
        seen.add(name.casefold())


def _located(where: Message, build: Callable[[], T]) -> T:
    """Run build, prefixing any problem with where in the file it is."""
    try:
        return build()
    except UserError as error:
        raise UserError("import.located", where=where, problem=error.message) from None
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise UserError("import.wrong_field", where=where, error=str(error)) from None


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise UserError("import.not_text", key=key)
    return value


def _names(item: dict[str, Any], key: str = "aliases") -> tuple[str, ...]:
    values = item.get(key) or []
    if not isinstance(values, list) or not all(isinstance(value, str) for value in values):
        raise UserError("import.not_names", key=key)
    return tuple(check.clean_name(value, what="alias") for value in values)


def _where(key: str, index: int, item: Any) -> Message:
    name = item.get("name") if isinstance(item, dict) else None
    if name:
        return message("import.where_named", key=key, index=index, name=str(name)[:100])
    return message("import.where", key=key, index=index)


def _actor(item: Any, index: int) -> ImportedActor:
    return _located(_where("actors", index, item), lambda: _read_actor(item))


def _read_actor(item: Any) -> ImportedActor:
    if not isinstance(item, dict):
        raise UserError("import.actor_not_object")
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
        raise UserError("import.bad_date", key=key, text=text[:30]) from None


def _event(item: Any, index: int) -> ImportedEvent:
    return _located(_where("events", index, item), lambda: _read_event(item))


def _read_event(item: Any) -> ImportedEvent:
    if not isinstance(item, dict):
        raise UserError("import.event_not_object")
    start, end = _date(item, "start"), _date(item, "end")
    if end is not None and (start is None or end.last_day() < start.first_day()):
        raise UserError("import.end_before_start", end=end.iso(), start=start.iso() if start else "—")
    place = item.get("location") or {}
    if not isinstance(place, dict):
        raise UserError("import.bad_location")
    links = item.get("actors") or []
    if not isinstance(links, list) or not all(
        isinstance(link, dict) and isinstance(link.get("name"), str) and isinstance(link.get("role"), str)
        for link in links
    ):
        raise UserError("import.bad_actors")
    timezone = _text(item, "timezone")
    start_time = _text(item, "start_time")
    if start_time and not _CLOCK.match(start_time):
        raise UserError("import.bad_time", text=start_time[:20])
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
