"""The words that name a kind of event, in French and English, and what makes a sentence about the future."""

from __future__ import annotations

import re

# Longest first so that "visite d'État" wins over "visite".
KIND_PHRASES: tuple[tuple[str, str], ...] = (
    # A group or committee is a meeting only where the sentence says it met (see GROUP_MET).
    ("groupes de contact", "meeting"),
    ("groupe de contact", "meeting"),
    ("groupes de travail", "meeting"),
    ("groupe de travail", "meeting"),
    ("comité de pilotage", "meeting"),
    ("contact groups", "meeting"),
    ("contact group", "meeting"),
    ("working groups", "meeting"),
    ("working group", "meeting"),
    ("steering committee", "meeting"),
    ("protocole d'entente", "announcement"),
    ("memorandum of understanding", "announcement"),
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
    ("hackathon", "exercise"),
    ("week-end", "cultural"),
    ("weekend", "cultural"),
    ("entente", "announcement"),
    ("agreement", "announcement"),
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
GROUPS = re.compile(r"\b(?:groupes?|comité|groups?|committee)\b", re.IGNORECASE)
GROUP_MET = re.compile(
    r"\b(?:se réuni\w*|s'est réuni\w*|se sont réuni\w*|a été réuni\w*|ont été réuni\w*|"
    r"met|meets|meeting regularly|convened)\b",
    re.IGNORECASE,
)
# "la France a annoncé qu'elle accueillerait...", "Japan announced that it would host..."
ANNOUNCED_THAT = re.compile(
    r"\b(?:a|ont)\s+annoncé\s+(?:qu'|que\s+)(?P<what>[^.;!?]{8,200})"
    r"|\bannounced\s+that\s+(?P<what_en>[^.;!?]{8,200})",
    re.IGNORECASE,
)
# "en marge de l'ouverture du Sommet", "on the sidelines of the opening of the summit": the event of
# which an announcement is a part, narrowed to its first day when its opening is meant.
SIDELINES = re.compile(
    r"\b(?:en marge|lors|à l'occasion|on the sidelines|at the margins)\s+(?:d[eu]s?\s+|d'|of\s+)"
    r"(?:(?P<opening>l'ouverture\s+(?:d[eu]s?\s+|d')|the opening of\s+))?(?:la\s+|le\s+|l'|the\s+)?$",
    re.IGNORECASE,
)
# "M. X était à Rome ... avec ses homologues", "X met her counterparts in Rome".
COUNTERPARTS = re.compile(
    r"\b(?:ses|leurs|son|sa|his|her|their)\s+(?:[\w-]+\s+){0,3}?(?P<word>homologues?|counterparts?)\b",
    re.IGNORECASE,
)
# "les ministres de ... se sont réunis", "ministers from ... met": a ministerial meeting.
MINISTERS_MET = re.compile(
    r"\b(?P<word>ministres|ministers)\b[^.;]{0,100}?\b(?:se sont réunis|se réuniront|se réunissent|met|meet)\b",
    re.IGNORECASE,
)
# "des événements dédiés à X et à Y": one event for each topic.
TOPICS = re.compile(
    r"\b(?P<kw>événements|évènements|conférences|ateliers|sessions|débats|events|conferences|workshops|"
    r"debates)\s+(?:dédiés|consacrés|dédiées|consacrées|devoted|dedicated)\s+(?:à\s+|aux\s+|to\s+)"
    r"(?P<topics>[^.;,()]{3,200})",
    re.IGNORECASE,
)
TOPIC_SPLIT = re.compile(r"\s+(?:et\s+(?:à|aux)|and\s+(?:to|on))\s+", re.IGNORECASE)
# A topic's trailing "de cette technologie", "of this technology" points back to the text's subject.
TOPIC_ANAPHORA = re.compile(r"\s+(?:de cette|de ce|de ces|of this|of these|of that)\s+\w+$", re.IGNORECASE)
