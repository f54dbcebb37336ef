"""Gatherings known by a proper name with no kind word in it ("VivaTech", "the Hack for Public
Services", "la Nuit de l'IA"): what the sentence says of them shows they are held, not who they are.
"""

from __future__ import annotations

import re

from sommet.dates import DateMention
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph
from sommet.ingest.lexicon import instrument_heads
from sommet.ingest.mentions import ORDINALS, Mention

_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
# A proper name: capitalised words, joined by a few small words ("Hack for Public Services",
# "Nuit de l'IA"), with its year after it ("Drone Days 2031").
_NAME = (
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]*)"
    r"(?:\s+(?:(?:of|for|on|the)\s+)?(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]*)"
    # French names go on after "de" in lower case: "la Nuit des musées", "la Fête de la science",
    # and through an adjective: "les Rencontres nationales des drones".
    r"|\s+(?:de|du|des|de\s+la|d['’]|l['’]|de\s+l['’])\s*[^\W\d_][\w’'-]*"
    rf"|\s+(?-i:[a-zà-ÿ]+(?:{words.ADJECTIVE_ENDINGS})s?)(?=\s+(?:de|du|des|d['’])\b)){{0,5}}"
    r"(?:\s+(?:19|20)\d\d)?)"
)
_ARTICLE = r"(?:(?:the|la|le|les|l['’])\s*)?"
# "The second Hack for Public Services will take place", "La Nuit de l'IA aura lieu": the name
# opening its sentence, then a verb of being held.
_HELD_AFTER = re.compile(
    # after an opening phrase at most: "Pour la première fois, les Rencontres ... se tiennent"
    r"\s*(?:[^,;:.()]{1,40},\s*)?"
    rf"{_ARTICLE}(?:(?:{_ORDINAL})\s+)?{_NAME}\s+(?:will\s+(?:take\s+place|be\s+held|run)|takes?\s+place"
    r"|took\s+place|(?:is|are|was|were)\s+held|runs?|ran|aura\s+lieu|auront\s+lieu|a\s+eu\s+lieu|ont\s+eu\s+lieu"
    r"|se\s+tiendra|se\s+tiendront|se\s+tient|se\s+tiennent|s['’]est\s+tenue?s?|se\s+sont\s+tenue?s"
    r"|se\s+déroulera|se\s+dérouleront|se\s+déroulent|se\s+déroule|s['’]est\s+déroulée?s?)\b",
    re.IGNORECASE,
)
# "the second edition of VivaTech", "la deuxième édition de la Nuit de l'IA", "the 2031 edition of".
_EDITION_OF = re.compile(
    rf"\b(?:{_ORDINAL}|\d+(?:e|ème|st|nd|rd|th)|(?:19|20)\d\d)\s+(?:edition|édition)\s+"
    rf"(?:of|de|du|des|d['’])\s*{_ARTICLE}{_NAME}",
    re.IGNORECASE,
)
# "will host the second Hack for Public Services", "accueillera la troisième Nuit de l'IA".
_HOSTS_NTH = re.compile(
    rf"\b(?:host\w*|accueill\w*|organi[sz]\w*)\s+{_ARTICLE}(?:{_ORDINAL})\s+{_NAME}",
    re.IGNORECASE,
)
# A body that sits, named with the day of its sitting ("Conseil européen des 23 et 24 octobre",
# "Conseil des ministres du 14 mai", "European Council of 18 December") or as the next or last one
# held ("Le prochain Conseil européen se tiendra ..."): that sitting.
_BODIES = r"(?:conseil|council|assemblée|assembly|comité|committee)"
# Not an article opening the sentence: "Le Conseil des ministres du 4 juin" is the "Conseil des ministres",
# and "A committee markup is scheduled" names no body.
_BODY_NAME = r"(?P<name>(?-i:(?!(?:Le|La|Les|The|Un|Une|A|An)\s)[A-ZÀ-ÖØ-Þ][\w’'-]*)(?:\s+[\w’'-]+){0,3}?)"
# "Conseil des ministres franco-allemand prévu le 28 octobre", "Council scheduled for 3 June" too,
# and the day it met: "Conseil des ministres franco-allemand, réuni ce lundi", "Council, held on Monday".
_BODY_OF_DAY = re.compile(
    rf"{_BODY_NAME}(?:\s+(?:du|des|of)|,?\s+(?:prévue?s?|programmée?s?)(?:\s+(?:le|les|du|pour\s+le))?"
    r"|,?\s+(?:scheduled|planned|set)\s+(?:for|on)|,\s+(?:réunie?s?|held)(?:\s+(?:le|les|ce|on))?)"
    r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$",
    re.IGNORECASE,
)
_BODY_HELD = re.compile(
    r"\b(?:le|la|the)\s+(?:prochaine?|next|dernière|dernier|last|previous|précédente?)\s+"
    rf"{_BODY_NAME}\s+(?:se\s+tiendra|se\s+tiendront|aura\s+lieu|a\s+eu\s+lieu|s['’]est\s+tenue?"
    r"|will\s+be\s+held|will\s+take\s+place|took\s+place|was\s+held)\b",
    re.IGNORECASE,
)
_BODY_WORD = re.compile(rf"\b{_BODIES}\b", re.IGNORECASE)
_BODY_REACH = 60  # characters between a body's name and the day of its sitting
# Words that end a body's name: "examiné par l'Assemblée nationale à partir du 3 juin" is no sitting.
_NO_NAME_WORDS = frozenset("à au aux partir pour par en dans sur depuis from to at in on since".split())
_ACRONYM = re.compile(r"[A-Z0-9]+")
# One word is a name only when written as one ("VivaTech", "RightsCon"), not a capitalised common
# noun opening its sentence ("Workshops will take place").
_ONE_WORD_NAME = re.compile(r"\w+(?-i:[A-Z])\w*")


def named_gatherings(
    paragraph: Paragraph, sentence: words.Span, found: list[Mention], dates: list[DateMention]
) -> list[Mention]:
    """Dated gatherings the sentence names without a kind word: the sittings of a body, then the
    gatherings known by a name alone; none where an event is already read."""
    if not dates:
        return []
    out: list[Mention] = []
    for match in _sittings(paragraph.text, sentence, dates):
        start, end = match.span("name")
        if not any(m.start < end and start < m.end for m in (*found, *out)):
            out.append(Mention(paragraph.index, start, end, match["name"], "meeting", True, held=True))
    for match in _held_names(paragraph.text, sentence):
        start, end = match.span("name")
        if not any(m.start < end and start < m.end for m in (*found, *out)):
            out.append(Mention(paragraph.index, start, end, match["name"], "event", True, held=True))
    return out


def _sittings(text: str, sentence: words.Span, dates: list[DateMention]) -> list[re.Match[str]]:
    """A council, assembly or committee named with the day it sits, or as the next or last one."""
    found = (
        *(_BODY_OF_DAY.search(text, max(sentence.start, d.start - _BODY_REACH), d.start) for d in dates),
        *_BODY_HELD.finditer(text, sentence.start, sentence.end),
    )
    return [
        m
        for m in found
        if m is not None
        and _BODY_WORD.search(m["name"])
        and not set(m["name"].lower().split()[1:]) & _NO_NAME_WORDS
    ]


def _held_names(text: str, sentence: words.Span) -> list[re.Match[str]]:
    """Names said to be held, or an edition of; not a lone acronym (an organisation's: "the G7 will
    take place" is told by its summit), nor a text's ("the first edition of the Model Framework")."""
    found = (
        _HELD_AFTER.match(text, sentence.start),
        *_EDITION_OF.finditer(text, sentence.start, sentence.end),
        *_HOSTS_NTH.finditer(text, sentence.start, sentence.end),
    )
    return [
        m
        for m in found
        if m is not None
        and not _ACRONYM.fullmatch(m["name"])
        and (" " in m["name"] or _ONE_WORD_NAME.fullmatch(m["name"]))
        and not set(m["name"].lower().split()) & instrument_heads()
    ]
