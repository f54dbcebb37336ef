"""The words that name a kind of event, in French and English, and what makes a sentence about the future."""

from __future__ import annotations

import re

# Longest first so that "visite d'État" wins over "visite".
KIND_PHRASES: tuple[tuple[str, str], ...] = (
    ("visite d'état", "state visit"),
    ("visite d'etat", "state visit"),
    ("visite officielle", "state visit"),
    ("state visit", "state visit"),
    ("official visit", "state visit"),
    ("réunion ministérielle", "meeting"),
    ("ministerial meeting", "meeting"),
    ("déclaration conjointe", "announcement"),
    ("joint declaration", "announcement"),
    ("joint statement", "announcement"),
    ("table ronde", "meeting"),
    ("week-end", "cultural"),
    ("sommet", "summit"),
    ("summit", "summit"),
    ("conférence", "conference"),
    ("conference", "conference"),
    ("colloque", "conference"),
    ("symposium", "conference"),
    ("congrès", "conference"),
    ("congress", "conference"),
    ("salon", "conference"),
    ("webinaire", "webinar"),
    ("webinar", "webinar"),
    ("forum", "forum"),
    ("réunion", "meeting"),
    ("rencontre", "meeting"),
    ("meeting", "meeting"),
    ("atelier", "meeting"),
    ("workshop", "meeting"),
    ("roundtable", "meeting"),
    ("mission", "mission"),
    ("dîner", "dinner"),
    ("dinner", "dinner"),
    ("semaine", "week"),
    ("week", "week"),
    ("festival", "cultural"),
    ("exercice", "exercise"),
    ("exercise", "exercise"),
    ("journée", "event"),
    ("day", "event"),
    ("événement", "event"),
    ("évènement", "event"),
    ("event", "event"),
)
_PLURAL = {"événements": "événement", "évènements": "évènement", "events": "event"}
_ALTERNATION = "|".join(re.escape(phrase) for phrase, _ in KIND_PHRASES)
KIND_WORD = re.compile(
    rf"(?<![\w-])(?P<kw>{_ALTERNATION}|événements|évènements|events)(?![\w-])",
    re.IGNORECASE,
)
KINDS = dict(KIND_PHRASES)
# Plural "side events" are a programme of their own; other plurals speak of several events.
SIDE_EVENTS = re.compile(r"\s+(?:parallèles|annexes|satellites)\b", re.IGNORECASE)


def kind_of(keyword: str) -> str:
    word = keyword.lower()
    return KINDS.get(_PLURAL.get(word, word), "event")


FUTURE = re.compile(
    r"\b(?:prochaine?s?|devrait|devraient|aura lieu|auront lieu|se tiendra|se tiendront|accueillera|"
    r"sera|seront|will|next|upcoming|is to be|are to be)\b",
    re.IGNORECASE,
)
ANNOUNCING = re.compile(
    r"\b(?:a|ont|avait|avaient)\s+(?:annoncé|dévoilé|lancé|présenté|signé|adopté)\s+"
    r"(?P<det>un|une|le|la|les|l')\s*(?P<np>[^,.;:«»()]{3,120})"
    r"|\b(?:announced|unveiled|launched|signed|adopted)\s+(?P<det_en>an?|the)\s+(?P<np_en>[^,.;:()\"]{3,120})",
    re.IGNORECASE,
)
