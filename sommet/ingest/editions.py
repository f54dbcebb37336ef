"""Another edition of a gathering the document tells ("last year's edition, in June 2030", "l'édition
précédente, en juin 2030"): an event of its own, named by that gathering and its own year, which a
reader following a series of summits wants apart from the edition the article is about.
"""

from __future__ import annotations

import re

from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph
from sommet.ingest.antecedents import Antecedents
from sommet.ingest.event_names import OWNED
from sommet.ingest.events_words import KIND_WORD, kind_of
from sommet.ingest.mentions import ORDINALS, Mention, capitalise

_ORDINAL = r"(?:[^\W\d_]+(?:ième|ieme|th)|first|second|third|premi[eè]re|\d+(?:e|ème|st|nd|rd|th))"
# Not one whose own name follows ("the third edition of the Forum", "l'édition 2024 du Sommet"),
# nor this one ("this edition", "cette édition").
_EDITION = re.compile(
    r"\b(?:(?:last|previous|next) year['’]s\s+edition"
    rf"|(?:the|its|their)\s+(?:{_ORDINAL}|previous|last|next|(?:19|20)\d\d)\s+edition"
    r"|(?:l['’]|son\s+|leur\s+)édition\s+(?:précédente|suivante|(?:de\s+)?(?:19|20)\d\d"
    r"|de\s+l['’](?:an|année)\s+(?:dernière|dernier|passée|passé|prochaine|prochain))"
    rf"|(?:la|sa|leur)\s+(?:{_ORDINAL}|dernière|prochaine|précédente)\s+édition)"
    r"(?!\s+(?:of|de|du|des|d['’]))",
    re.IGNORECASE,
)
_NEXT = re.compile(r"\b(?:next|prochaine|suivante)\b", re.IGNORECASE)
_EDITION_WORD = re.compile(r"[eé]dition", re.IGNORECASE)
_YEAR = re.compile(r"\s*\b(?:19|20)\d\d\b")
# A gathering told as held: the French perfect ("a réuni", "s'est achevé") or an English past
# ("brought together", "ended"), with nothing still to come in its sentence.
_HELD_PAST = re.compile(
    r"\b(?:a|ont|s['’]est|se\s+sont)\s+\w{2,}(?:é|ée|és|ées|i|is|it|u|us)\b"
    r"|\b(?:\w{3,}ed|brought|met|drew|took|held|began)\b",
    re.IGNORECASE,
)
_STILL_TO_COME = re.compile(r"\b(?:will|aura|sera|seront|auront|se tiendra|prochaine?|next)\b", re.IGNORECASE)


def _told_as_held(paragraph: Paragraph, mention: Mention) -> bool:
    """Whether the sentence naming a gathering tells it as held, so it is one edition, not a series."""
    sentence = paragraph.sentence_span(mention.start)
    text = paragraph.text[sentence.start : sentence.end] if sentence else ""
    return _HELD_PAST.search(text) is not None and _STILL_TO_COME.search(text) is None


# Kinds held again and again; a visit or an election is not an edition of another.
_HELD_AGAIN = frozenset({"summit", "conference", "forum", "week", "meeting", "event", "exercise", "webinar"})


def edition_mentions(paragraph: Paragraph, sentence: words.Span) -> list[Mention]:
    """The sentence's words for another edition, named once the document's gathering is known."""
    text = paragraph.text
    out = []
    for found in _EDITION.finditer(text, sentence.start, sentence.end):
        # From the word "edition" on: "last year's" is the edition's year, its date the one written next.
        at = _EDITION_WORD.search(text, found.start()).start()
        out.append(Mention(paragraph.index, at, found.end(), found.group(0), "event", False, edition=True))
    return out


_ORDINALS = "|".join(sorted(ORDINALS, key=len, reverse=True))
# "The second took place in Dakar", "Le deuxième s'est tenu à Dakar": an ordinal alone, held, stands
# for one more of the gatherings the document counted before ("The first summit was held in Lomé").
_ELIDED = re.compile(
    rf"(?:The|Le|La)\s+(?P<ordinal>{_ORDINALS})\s*,?\s+"
    r"(?=took\s+place|(?:was|is|will\s+be)\s+(?:held(?!\s+(?:back|up|off))|scheduled|planned|due)|will\s+take\s+place|opened|met\b"
    r"|a\s+eu\s+lieu|aura\s+lieu|s['’]est\s+(?:tenue?|déroulée?|ouverte?)|se\s+tiendra|se\s+déroulera"
    r"|s['’]ouvrira|(?:est|sera)\s+prévue?)",
    re.IGNORECASE,
)
_COUNTED = re.compile(rf"\b(?:{_ORDINALS})\s+{KIND_WORD.pattern}", re.IGNORECASE)


def elided_ordinals(paragraph: Paragraph, sentence: words.Span, antecedents: Antecedents) -> list[Mention]:
    """A sentence opening on an ordinal alone and a verb of holding: that edition of the kind of
    gathering last counted before it ("Second summit")."""
    found = _ELIDED.match(paragraph.text, sentence.start)
    if found is None:
        return []
    for text in antecedents.texts_before(paragraph.index, found.start()):
        counted = list(_COUNTED.finditer(text))
        if counted:
            keyword = counted[-1].group("kw")
            name = capitalise(f"{found.group('ordinal').lower()} {keyword.lower()}")
            start, end = found.span("ordinal")
            return [Mention(paragraph.index, start, end, name, kind_of(keyword), False)]
    return []


def series_of(edition: Mention, told: list[Mention], text: str) -> Mention | None:
    """Which gathering an edition is one of, from the events told before it: the last of the kind its
    paragraph opened on ("The summit follows the X Forum ... Last year's edition": the summit), else
    the last told."""
    held = [event for event in told if _titled(event) and event.kind in _HELD_AGAIN]
    opened_on = next((kind_of(found.group(0)) for found in KIND_WORD.finditer(text, 0, edition.start)), None)
    of_that_kind = [event for event in held if event.kind == opened_on]
    return (of_that_kind or held or [None])[-1]


def _titled(event: Mention) -> bool:
    """A gathering with a name of its own, a title or a proper noun after its kind ("Salon VivaTech")."""
    return event.named or any(word[:1].isupper() for word in event.name.split()[1:])


def _its_own(text: str, edition: Mention, series: Mention) -> bool:
    """Whether an edition is told as its series' own right after it in one sentence ("returns for
    its fifth edition", "revient pour sa cinquième édition")."""
    return (
        edition.paragraph == series.paragraph
        and series.end <= edition.start
        and OWNED.search(text, max(0, edition.start - 30), edition.start) is not None
        and not any(mark in text[series.end : edition.start] for mark in ".;")
    )


def name_editions(mentions: list[Mention], paragraphs: list[Paragraph]) -> list[Mention]:
    """Each edition named by its series and its own year ("Cyber Week 2030"). One is dropped when its
    year is its series' own (the same edition, told again), or when either is undated: a year is what
    tells two editions apart. The next edition of a series told undated is when it is held next,
    unless the series was told as held ("Le Forum a réuni 500 participants": that edition)."""
    out: list[Mention] = []
    for mention in mentions:
        if not mention.edition:
            out.append(mention)
            continue
        series = mention.series
        told_held = series is not None and _told_as_held(paragraphs[series.paragraph], series)
        if (
            series is not None
            and series.dates is None
            and not told_held
            and (_NEXT.search(mention.name) or _its_own(paragraphs[mention.paragraph].text, mention, series))
        ):
            # "organise chaque année les Journées ; la prochaine édition ...", "The Forum returns for
            # its fifth edition on 14–15 October": the series is told by that edition.
            series.dates = mention.dates
            continue
        if series is None or mention.dates is None or (series.dates is None and not told_held):
            continue
        year = mention.dates.range.start.year
        if series.dates is not None and year == series.dates.range.start.year:
            continue
        mention.name = f"{_YEAR.sub('', series.name).strip()} {year}"
        mention.kind = series.kind
        mention.named = True
        out.append(mention)
    return out
