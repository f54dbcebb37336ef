"""A programme's timed items: "09:00 Opening ceremony", "14h30 – 16h Table ronde : ...".

A line that opens on a clock time and goes on with a title (no sentence) names a session of the
programme. It is held on the day the last day heading above it gave ("DAY 1 – WEDNESDAY 29
OCTOBER", "Jeudi 6 février"), whatever dated prose the items' descriptions hold in between.
"""

from __future__ import annotations

import re

from sommet.ingest.events_words import BREAKS, EVENT_WORD, KIND_WORD, kind_of
from sommet.ingest.lexicon import names_a_venue
from sommet.ingest.mentions import Mention, capitalise
from sommet.ingest.places import cities, known_place
from sommet.models import Location

# A clock time: "09:00", "14h30", "9.30 am", "10 h".
CLOCK = r"(?:[01]?\d|2[0-3])(?:[:.h]\s?[0-5]\d|\s?h\b)(?:\s?[ap]\.?m\b\.?)?"
_TIMED_TITLE = re.compile(
    rf"\s*{CLOCK}(?:\s*(?:[–—-]|à|to)\s*{CLOCK})?\s*[–—:|·-]?\s+"
    r"(?P<title>[«\"“'‘]?[A-ZÀ-ÖØ-Þ][^\n]*?)\s*"
)
# After an item's event word, its complement, not a verb ("Talks were held on Monday.").
_NOUN_GOES_ON = re.compile(
    r"\s*[,:]|\s+(?:avec|with|de|du|des|d['’]|sur|on|of|entre|between|à|au|aux|in|at|pour|for)\b",
    re.IGNORECASE,
)
_WHO_TAKES_PART = re.compile(
    r",\s+(?:with|moderated\s+by|chaired\s+by|hosted\s+by|in\s+the\s+presence\s+of|avec|en\s+présence\s+d[eu]?"
    r"|animée?s?\s+par|présidée?s?\s+par|modérée?s?\s+par)\b",
    re.IGNORECASE,
)
_TITLE_WORDS = 15  # more, and it is a sentence of a live blog, not a session's title
_SENTENCE_END = ".!?…"
# A sentence ending inside the line: "16:20 The declaration is out. Main points:" is a live blog's.
_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ)][.!?…]\s+[A-ZÀ-Ý]")


def timed_break(text: str) -> bool:
    """ "12h30 – Déjeuner", "17:30 Closing": a programme's pause, which is no event."""
    found = _TIMED_TITLE.fullmatch(text)
    return found is not None and found.group("title").lower() in BREAKS


def programme_item(paragraph_index: int, text: str) -> Mention | None:
    """The session a timed line of a programme names, or None for any other paragraph (a live
    blog's "16:02 That's where we leave today's coverage." is a sentence, not a title)."""
    found = _TIMED_TITLE.fullmatch(text)
    if found is None:
        return None
    title = found.group("title")
    # "10h00 : Entretien avec le Premier ministre, palais de l'Élysée.": an agenda's item may close
    # on a full stop after its place when it opens on an event's word; a live blog's sentence does not.
    opening = EVENT_WORD.match(title)
    if (
        title.endswith(".")
        and opening
        and _NOUN_GOES_ON.match(title, opening.end())
        and _place(title[:-1].rpartition(",")[2].strip())
    ):
        title = title[:-1].rstrip()
    # "Table ronde : quelles règles pour les drones ?": a session's title may ask its question.
    asks = title.endswith("?") and ":" in title and KIND_WORD.search(title.partition(":")[0]) is not None
    ends = title[-1] in _SENTENCE_END and not asks
    # "Opening plenary, with the Secretary-General", "Table ronde, animée par X": who takes part
    # is not which session.
    title = _WHO_TAKES_PART.split(title, maxsplit=1)[0]
    if ends or _SENTENCE_INSIDE.search(title) or len(title.split()) > _TITLE_WORDS:
        return None
    # What kind of session its title's head says: "Closing press conference", "Table ronde : ...";
    # not what the title speaks of ("From Paris to New Delhi: the road to the AI Impact Summit").
    keyword = KIND_WORD.search(title.split(":")[0]) or EVENT_WORD.match(title)  # or "Entretien avec ..."
    kind = kind_of(keyword.group("kw")) if keyword else "event"
    head, _, where = title.rpartition(",")
    location = _place(where.strip()) if head else None
    title = head.rstrip() if location is not None else title
    mention = Mention(
        paragraph_index, found.start("title"), found.end("title"), capitalise(title), kind, True
    )
    mention.location = location or mention.location
    return mention


def _place(words: str) -> Location | None:
    """Where an item's title says it is held after its last comma ("Conseil des ministres, Palais de
    l'Élysée", "Dîner, Lyon"): a city the gazetteer knows or a building's name; not a title's own
    list ("Table ronde : données, santé")."""
    if not (words[:1].isupper() or names_a_venue(words)) or len(words.split()) > _PLACE_WORDS:
        return None  # "palais de l'Élysée" is a building, "données" a title's word
    if known_place(words):
        return Location(city=words) if cities().lookup(words) is not None else Location(country=words)
    return Location(venue=words) if names_a_venue(words) else None


_PLACE_WORDS = 6
