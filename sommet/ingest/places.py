"""Whether two events' places can be one: city and country compared in any language, a city
checked against a country through the country it is in (data/cities.json)."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from pathlib import Path

from sommet.ingest import gazetteer
from sommet.models import Location
from sommet.search import name_key

CITIES_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "cities.json"


@cache
def _entries() -> list[dict]:
    return json.loads(CITIES_FILE.read_text(encoding="utf-8"))["cities"]


@cache
def cities() -> gazetteer.Gazetteer:
    """The cities, to find them in running text where the language model names no place."""
    return gazetteer.Gazetteer(
        [
            gazetteer.Known(city["name"], "place", tuple((alias, None) for alias in city["aliases"]))
            for city in _entries()
        ]
    )


@cache
def _cities() -> dict[str, tuple[str, str]]:
    """Every written form of a city, as its one key and its country's key."""
    out: dict[str, tuple[str, str]] = {}
    for city in _entries():
        entry = (name_key(city["name"]), _country_key(city["country"]))
        for name in (city["name"], *city.get("aliases", ())):
            out.setdefault(name_key(name), entry)
    return out


def _country_key(name: str) -> str:
    """One key for a country whatever its language ("United Kingdom" and "Royaume-Uni")."""
    known = gazetteer.default().lookup(name)
    return name_key(known.name if known is not None and known.kind == "country" else name)


def known_place(name: str) -> bool:
    """Whether a name is a city or a country the gazetteers know ("Lomé", "Togo"; not "Sénat")."""
    return _is_country(name) or cities().lookup(name) is not None


def _is_country(name: str) -> bool:
    known = gazetteer.default().lookup(name)
    return known is not None and known.kind == "country"


@lru_cache(maxsize=4096)  # merging compares one document's few places with every entry's
def _keys(location: Location) -> tuple[str | None, str | None, str | None]:
    """City, country and venue keys; a country found in the city field counts as the country."""
    city, country = location.city, location.country
    if city and not country and _is_country(city):
        city, country = None, city
    city_key = country_key = None
    if city:
        city_key, country_key = _cities().get(name_key(city), (name_key(city), None))
    if country:
        country_key = _country_key(country)
    return city_key, country_key, name_key(location.venue) if location.venue else None


def _pairs(ours: Location, theirs: Location) -> list[tuple[str | None, str | None]]:
    return list(zip(_keys(ours), _keys(theirs), strict=True))


def same_place(ours: Location, theirs: Location) -> bool:
    """No part of the two places disagrees: Genève is Geneva, Londres is not in France."""
    return all(mine is None or other is None or mine == other for mine, other in _pairs(ours, theirs))


def shared_place(ours: Location, theirs: Location) -> bool:
    """The two places agree and name at least one part alike: Paris is in France."""
    alike = any(mine is not None and mine == other for mine, other in _pairs(ours, theirs))
    return (alike or _venue_as_city(ours, theirs)) and same_place(ours, theirs)


def _venue_as_city(ours: Location, theirs: Location) -> bool:
    """One report's venue is the other's city: "Bletchley Park" read as either."""
    mine, other = _keys(ours), _keys(theirs)
    return (mine[2] is not None and mine[2] == other[0]) or (other[2] is not None and other[2] == mine[0])


def same_city(ours: Location, theirs: Location) -> bool:
    """Both places name a city, the same one, and nothing else about them disagrees."""
    mine, other = _keys(ours)[0], _keys(theirs)[0]
    return mine is not None and mine == other and same_place(ours, theirs)
