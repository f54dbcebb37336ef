"""Word lists that tell actors from other capitalised names, read from data/actor_words.json."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

LEXICON_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "actor_words.json"


@cache
def _lists() -> dict[str, frozenset[str]]:
    data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in data.items() if isinstance(value, list)}


def instrument_heads() -> frozenset[str]:
    """First words of laws, plans and declarations: topics, not actors ("Initiative de ...")."""
    return _lists()["instrument_heads"]


def calendar_words() -> frozenset[str]:
    """Weekdays and months, which a recogniser may take for names in English."""
    return _lists()["calendar_words"]


def name_particles() -> frozenset[str]:
    """Lower-case words inside people's names beyond the European ones ("ben", "al-")."""
    return _lists()["name_particles"]


def common_abbreviations() -> frozenset[str]:
    """Capitalised abbreviations that are ordinary words ("VIP")."""
    return _lists()["common_abbreviations"]


def abstract_nouns() -> frozenset[str]:
    """Words of topics, not of bodies: a name made only of them is a capitalised common noun
    ("Rule of Law", "Innovation", "Sécurité et Défense")."""
    return _lists()["abstract_nouns"]


def organisation_words() -> frozenset[str]:
    """Words that make a name an organisation's, beyond the shared list ("commissariat", "senate")."""
    return _lists()["organisation_words"]


def heads_before_of() -> frozenset[str]:
    """Words that head a body's name only before "of": "House of Councillors" is a chamber,
    "Lancaster House" a building."""
    return _lists()["heads_before_of"]


def names_a_building(name: str) -> bool:
    """Whether a name holds words only a building's name does, where their head alone names bodies
    too ("Eko Convention Centre", "Centre international de conférences", not "Centre for AI Safety")."""
    lowered = " ".join(name.lower().split())
    return any(phrase in lowered for phrase in _lists()["venue_phrases"])


def ends_on_a_building(text: str) -> bool:
    """Whether text ends on those words, as before the namesake in "Centre international de conférences
    Abdou Diouf"."""
    lowered = " ".join(text.lower().split())
    return lowered.endswith(tuple(_lists()["venue_phrases"]))


def names_a_venue(name: str) -> bool:
    """Whether a name is a building's by its first or last word ("Palais des congrès", "Winfield
    House") or by the words only a building's name holds (``names_a_building``)."""
    words = name.lower().split()
    return bool(words) and (words[0] in venue_words() or words[-1] in venue_words() or names_a_building(name))


def venue_words() -> frozenset[str]:
    """Last words of a building's name ("Winfield House", "Mellon Auditorium"), never a person's."""
    return _lists()["venue_words"]


def state_bodies() -> frozenset[str]:
    """A country's state bodies, told by its adjective ("the Japanese government", "Kenyan
    authorities"), lower-case: the adjective before them is no organisation."""
    return _lists()["state_bodies"]


def gazettes() -> frozenset[str]:
    """Where laws are published ("Journal officiel", "Official Journal"), lower-case: a place of
    publication, which a publication's name keeps."""
    return _lists()["gazettes"]
