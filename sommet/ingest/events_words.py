"""The words that name a kind of event, in French and English, and what makes a sentence about the future."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from sommet.ingest.text import DAYS
from sommet.models import EVENT_KINDS

EVENT_WORDS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "event_words.json"
ENV_VAR = "SOMMET_EVENT_WORDS"


def extra_files() -> tuple[Path, ...]:
    """The user's files named by SOMMET_EVENT_WORDS (separated like PATH)."""
    return tuple(Path(part) for part in os.environ.get(ENV_VAR, "").split(os.pathsep) if part)


@cache
def word_files() -> tuple[tuple[Path, dict], ...]:
    """The shipped word file and the user's, each read once, in the order a later one wins."""
    return tuple(
        (path, json.loads(path.read_text(encoding="utf-8"))) for path in (EVENT_WORDS_FILE, *extra_files())
    )


def checked_kind(path: Path, phrase: str, kind: str) -> str:
    """The kind a word file gives a phrase, refused when it is none Sommet knows."""
    if kind not in EVENT_KINDS:
        raise ValueError(f"{path}: {phrase!r} has kind {kind!r}, not one of {EVENT_KINDS}")
    return kind


def _load(section: str) -> dict[str, str]:
    """One section of the shipped word file and the user's, a user's phrase winning."""
    out: dict[str, str] = {}
    for path, data in word_files():
        for phrase, kind in data.get(section, {}).items():
            out[phrase.lower()] = checked_kind(path, phrase, kind)
    return out


def _alternation(phrases: Iterable[str]) -> str:
    # Longest first, so that "visite d'État" wins over "visite".
    return "|".join(re.escape(phrase) for phrase in sorted(phrases, key=len, reverse=True))


# Words naming an event of its own ("sommet", "forum"): never part of an organisation's name.
KINDS = _load("kinds")
# Words naming what happens to a text, a body or a person ("adoption", "visite"): an event where
# the sentence dates it or names it.
MILESTONES = _load("milestones")
# Milestones that also name who holds an office ("la présidence"): a doer where it acts or speaks.
OFFICES = frozenset(word.lower() for _, data in word_files() for word in data.get("offices", ()))
# A programme's timed lines that are no event ("12h30 Déjeuner", "10:30 Coffee break").
BREAKS = frozenset(word.lower() for _, data in word_files() for word in data.get("breaks", ()))
_PLURAL = {"événements": "événement", "évènements": "évènement", "events": "event"}
KIND_WORD = re.compile(
    rf"(?<![\w-])(?P<kw>{_alternation(KINDS)}|événements|évènements|events)(?![\w-])", re.IGNORECASE
)
EVENT_WORD = re.compile(
    rf"(?<![\w-])(?P<kw>{_alternation({**KINDS, **MILESTONES})}|événements|évènements|events)(?![\w-])",
    re.IGNORECASE,
)
# The verbs by which a speaker delivers a speech: "prononcera", "delivered", "will give".
DELIVERING = r"(?:prononc\w*|deliver\w*|gave|give[sn]?|giving)"
# Plural "side events" are a programme of their own; other plurals speak of several events.
SIDE_EVENTS = re.compile(r"\s+(?:parallèles|annexes|satellites)\b", re.IGNORECASE)


# What a kind word names, but for announcements: a joint declaration is a text, like a proposal.
GATHERING_KINDS = frozenset(KINDS.values()) - {"announcement"}


def kind_of(keyword: str) -> str:
    word = keyword.lower()
    word = _PLURAL.get(word, word)
    return KINDS.get(word) or MILESTONES.get(word, "event")


def is_milestone(keyword: str) -> bool:
    return keyword.lower() in MILESTONES and keyword.lower() not in KINDS


FUTURE = re.compile(
    r"\b(?:prochaine?s?|devrait|devraient|aura lieu|auront lieu|se tiendra|se tiendront|accueillera|"
    r"sera|seront|will|next|upcoming|is to be|are to be|"
    # what is due: "doivent signer", "are due to sign", "is expected to"
    r"(?:is|are) (?:due|expected|set) to|(?:doit|doivent) (?:s['’]|se )?\w+(?:er|ir|re)|"
    # the future told from the past: "qu'il accueillerait le sommet", "that it would host"
    r"would|auraient lieu|aurait lieu|(?-i:[a-zà-ÿ])\w{2,}(?:erait|eraient|irait|iraient|drait|draient))\b",
    re.IGNORECASE,
)
# A gathering's opening, still to come or told in the present: "s'ouvrira", "opens", "will begin".
OPENS = r"s'ouvre|s'ouvrira|débute|débutera|commence|commencera|(?:will\s+)?(?:open|begin|start)|opens|begins|starts"
ANNOUNCING = re.compile(
    # the perfect, or the present of a dated item ("12 mai : Jane Okafor annonce l'Initiative"),
    # not the noun ("l'annonce la semaine dernière du plan")
    r"(?:\b(?:a|ont|avait|avaient)\s+(?:annoncé|dévoilé|présenté)|\ben\s+(?:annonçant|dévoilant)"
    r"|(?<![’'])(?<!une\s)(?<!cette\s)(?<!son\s)(?<!sa\s)\b(?P<now>annonce|annoncent|dévoile|dévoilent))\s+"
    r"(?:le\s+\d{1,2}(?:er)?\s+\w+(?:\s+\d{4})?\s+)?"  # "a annoncé le 3 mars 2031 la création de"
    r"(?P<det>(?:un|une|le|la|les)\s+|l')"
    r"(?!(?:semaine|mois|année|veille|lendemain|jour|matin|soir)\b)(?P<np>(?!\d)[^,.;:«»()]{3,120})"
    r"|\b(?:announced|unveiled|(?<=by\s)announcing|(?<=by\s)unveiling|(?P<now_en>announces|unveils))\s+"
    # "announced on Sunday 109 billion euros of investment": a day before it, and a sum without article
    rf"(?:(?:(?:on|last|this)\s+)?{DAYS}\s+)?"
    r"(?:(?P<det_en>an?|the)\s+|(?=(?:US)?[$€£]\s?\d|\d[\d.,]*\s+(?:billion|million)\b))"
    r"(?P<np_en>[^,.;:()\"]{3,120})",
    re.IGNORECASE,
)
GROUPS = re.compile(r"\b(?:groupes?|comité|groups?|committee)\b", re.IGNORECASE)
GROUP_MET = re.compile(
    r"\b(?:se réuni\w*|s'est réuni\w*|se sont réuni\w*|a été réuni\w*|ont été réuni\w*|"
    r"met|meets|meeting regularly|(?:re)?convened?|reconvenes)\b",
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
    r"\b(?:(?:en marge|lors|à l'occasion|on the sidelines|(?:at|on|in) the margins)\s+(?:d[eu]s?\s+|d'|of\s+)|alongside\s+)"
    r"(?:(?P<opening>l'ouverture\s+(?:d[eu]s?\s+|d')|the opening of\s+))?"
    r"(?:la\s+|le\s+|l'|the\s+|sa\s+|son\s+|leur\s+|its\s+|their\s+|une?\s+|an?\s+)?"
    # the capitalised words of "the African Union summit", "the AI for Good summit"
    r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:for|of|on)\s+(?=(?-i:[A-Z])))?){0,4}$",
    re.IGNORECASE,
)
# "M. X était à Rome ... avec ses homologues", "X met her counterparts in Rome".
# Not who invited ("at the invitation of his French counterpart", "à l'invitation de son homologue").
COUNTERPARTS = re.compile(
    r"(?<!invitation of )(?<!invitation de )\b(?:ses|leurs|son|sa|his|her|their)\s+(?:[\w-]+\s+){0,3}?"
    r"(?P<word>homologues?|counterparts?)\b",
    re.IGNORECASE,
)
# "les ministres de ... se sont réunis", "se retrouveront", "ministers from ... met", "will convene": a
# ministerial meeting.
MINISTERS_MET = re.compile(
    r"\b(?P<word>ministres|ministers|délégués|delegates|négociateurs|negotiators|chefs d'[ÉE]tat|heads of state)"
    r"\b[^.;]{0,100}?"
    r"(?:(?:\bse\s+(?:sont\s+)?|\bs['’](?:étaient|était)\s+)(?:réuni|retrouv|rassembl|rencontr|entreten)\w*"
    # "Les ministres ..., réunis à Accra les 3 et 4 mars, ont adopté": the participle set off after them.
    r"|,\s*(?:réuni|rassemblé)e?s\b|,\s*meeting(?=\s+(?:in|at|on)\b)"
    # Not "ministers decided to convene a conference": what they convene is the event.
    r"|\b(?:met|meet|(?:re)?convene[ds]?(?!\s+(?:a|an|the)\s)|gather(?:ed|s)?)\b"
    # "ended two days of talks", "ont achevé vendredi deux jours de discussions": talks they held.
    r"|\b(?:held|ended|concluded|wrapped\s+up|opened|began)\s+(?:[\w-]+\s+){0,3}?(?P<talks>talks|discussions)\b"
    r"|\b(?:ont|avaient)\s+(?:tenu|achevé|conclu|terminé|entamé|ouvert)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?P<travaux>discussions|pourparlers|travaux)\b)",
    re.IGNORECASE,
)
# "Brazil hosted G20 leaders in Rio", "le Canada accueille les dirigeants du groupe à Kananaskis":
# a summit of that group. "the G20 leaders' summit" is named already.
HOSTED_LEADERS = re.compile(
    r"\b(?:host(?:s|ed|ing)?|welcom(?:es|ed|ing)?)\s+(?:the\s+)?(?P<group>[A-Z][A-Z0-9]+)\s+leaders\b(?!['’])|"
    r"\baccueill\w*\s+(?:les\s+)?(?:dirigeants|chefs\s+d['’]État(?:\s+et\s+de\s+gouvernement)?)\s+"
    r"(?:du|des)\s+(?P<french>[A-Z][A-Z0-9]+|groupe)\b"
)
ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+\b")
# "Réunis à Ottawa le 26 septembre, X et Y ont lancé...": a sentence opening on who gathered.
GATHERED = re.compile(r"^\W*(?P<word>réuni(?:e)?s|rassemblé(?:e)?s|gathered|meeting)\b", re.IGNORECASE)
# Who a sentence opening on "Réunis ..., " / "Gathered ..., " says gathered: ministers.
# Who met, named as the text writes them ("les délégués", "negotiators"); ministers are named so too.
MET_AS_WRITTEN = frozenset(
    {"délégués", "delegates", "négociateurs", "negotiators", "représentants", "representatives"}
    | {"délégations", "delegations", "chefs d'état", "chefs d'etat", "heads of state"}
)
GATHERED_MINISTERS = re.compile(
    r",\s*(?:les\s+|the\s+)?(?:[\w\-]+\s+){0,3}?(?P<who>"
    + "|".join(sorted(MET_AS_WRITTEN | {"ministres", "ministers"}))
    + r")\b",
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
