"""Events a document says are called off: "Le webinaire prévu le 1er octobre est annulé", "The
meeting planned for 2 June has been cancelled". Such an entry keeps its date and is marked
cancelled, so no reminder is posted for it and ``/upcoming`` leaves it out."""

from __future__ import annotations

import re

from sommet._dates_names import CALLED_OFF_WORDS
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
    span = paragraph.sentence_span(mention.start)
    end = span.end if span is not None else len(paragraph.text)
    return _CALLED_OFF.match(paragraph.text, mention.end, end) is not None
