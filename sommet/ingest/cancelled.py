"""Events a document says are called off: "Le webinaire prévu le 1er octobre est annulé", "The
meeting planned for 2 June has been cancelled". Such an entry keeps its date and is marked
cancelled, so no reminder is posted for it and ``/upcoming`` leaves it out. One put off to no new
time ("has been postponed", "reportée à une date ultérieure") loses the day it had."""

from __future__ import annotations

import re

from sommet._dates_names import CALLED_OFF_WORDS, MOVED_VERBS
from sommet.dates import time_words
from sommet.ingest.actors import Paragraph
from sommet.ingest.mentions import Mention

# What may stand between the event's words and the verb: its planned day, a quoted title ("le
# webinaire « Drones et vie privée » prévu le 1er octobre"); no clause of its own (no relative
# pronoun, no negation) and no end of a clause, but for a relative clause set off by commas, which
# is stepped over whole ("The summit, which was due to open on 7 December, has been cancelled").
_BETWEEN = (
    r"(?:,\s*(?:qui|which)\b[^,.;:!?]*,"
    r"|(?!\b(?:qui|que|which|that|who|dont|not|pas|had|avait|avaient)\b)[^.;:!?])*?"
)
_CALLED_OFF = re.compile(
    rf"{_BETWEEN}(?:"
    r"\s(?:has\s+been|have\s+been|is|are|was|were|est|sont|a\s+été|ont\s+été)\s+(?:\w+ly\s+|\w+ment\s+)?"
    rf"(?:{CALLED_OFF_WORDS})"
    r"|\s(?:will\s+not|won't)\s+(?:take\s+place|go\s+ahead)"
    r"|\sn['’](?:aura|auront)\s+(?:finalement\s+)?pas\s+lieu"
    r"|\sne\s+se\s+tiendr(?:a|ont)\s+pas"
    r")\b",
    re.IGNORECASE,
)


def called_off(mention: Mention, paragraph: Paragraph) -> bool:
    """Whether the mention's own clause says its event will not be held; not "the summit, which
    was cancelled in 2020, returns", nor "had been cancelled" (a story of the past), nor "has not
    been cancelled"."""
    return _CALLED_OFF.match(paragraph.text, mention.end, _sentence_end(mention, paragraph)) is not None


# "has been postponed", "est reportée à une date ultérieure": put off, with no new day in its clause.
_PUT_OFF = re.compile(
    rf"{_BETWEEN}\s(?:has\s+been|have\s+been|is|are|est|sont|a\s+été|ont\s+été)\s+(?:\w+ly\s+|\w+ment\s+)?"
    rf"(?:{MOVED_VERBS})\b(?P<rest>[^.;!?]*)",
    re.IGNORECASE,
)


# "à une date ultérieure", "until further notice": put off to no time at all.
_NO_DAY_YET = re.compile(
    r"\b(?:à\s+une\s+date\s+ultérieure|à\s+plus\s+tard|sine\s+die|indéfiniment|indefinitely|"
    r"until\s+further\s+notice|to\s+a\s+later\s+date|to\s+a\s+date\s+to\s+be\s+\w+)",
    re.IGNORECASE,
)
# Words that give the time it was put off to ("to next year", "à l'automne", "jusqu'en 2032").
_NEW_TIME_WORDS = frozenset(
    {
        "to",
        "until",
        "till",
        "au",
        "aux",
        "à",
        "jusqu'au",
        "jusqu'en",
        "jusqu'à",
        "next",
        "prochain",
        "prochaine",
    }
)


def put_off_undated(mention: Mention, paragraph: Paragraph) -> bool:
    """Whether the mention's own clause says its event was put off and gives no new time ("The
    summit planned for 7 December has been postponed", "reportée à une date ultérieure"): the day it
    had is no longer its day, and no other is known yet."""
    found = _PUT_OFF.match(paragraph.text, mention.end, _sentence_end(mention, paragraph))
    if found is None:
        return False
    rest = _NO_DAY_YET.sub("", found["rest"].split(",")[0])
    words_ = re.findall(r"[\w']+", rest.lower())
    return not re.search(r"\d", rest) and not any(
        word in time_words() or word in _NEW_TIME_WORDS for word in words_
    )


def _sentence_end(mention: Mention, paragraph: Paragraph) -> int:
    """Where the sentence of a mention ends, which its clause's verb must come before."""
    span = paragraph.sentence_span(mention.start)
    return span.end if span is not None else len(paragraph.text)
