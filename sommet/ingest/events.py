"""Events in a document: kind words, quoted or named titles, their dates, place, parent and actors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import timedelta

from sommet.dates import DateMention, DateRange, PartialDate, time_words, writes_a_date
from sommet.ingest import nlp
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph, acronym_pairs, tidy
from sommet.ingest.events_words import (
    ANNOUNCED_THAT,
    ANNOUNCING,
    COUNTERPARTS,
    EVENT_WORD,
    FUTURE,
    GATHERED,
    GROUP_MET,
    GROUPS,
    KINDS,
    MINISTERS_MET,
    SIDE_EVENTS,
    SIDELINES,
    TOPIC_ANAPHORA,
    TOPIC_SPLIT,
    TOPICS,
    is_milestone,
    kind_of,
)
from sommet.ingest.milestone_verbs import verb_events
from sommet.ingest.model import FoundActor, FoundEvent
from sommet.models import Location
from sommet.search import name_key, name_similarity

_SAME_NAME = 92.0
_SAME_NAME_AND_KIND = 85.0
_CLOSING = re.compile(
    r"\s*,?\s*(?:qui\s+|which\s+|will\s+)?(?:se conclu\w*|s'achèv\w*|se termin\w*|prendra fin|ends?|closes?|conclude\w*|"
    r"jusqu'(?=au\b|à\b|en\b)|until|till)\b",
    re.IGNORECASE,
)
_PROGRAMMES = frozenset({"week", "series"})
_HOLDERS = frozenset({"week", "series", "summit", "conference", "forum", "state visit"})
_LEAD_PARAGRAPHS = 2
_LEAD_KINDS = frozenset({"state visit", "summit", "meeting", "conference", "forum", "mission", "webinar"})
_BEFORE_PENALTY = 15  # characters: "qui débutera le 6 février" beats "en février à une semaine..."
_MAX_NAME_WORDS = 12
# Words after a kind word that end its name: verbs, pronouns, a new noun phrase, a place or a date.
_NAME_STOP = frozenset(
    """qui que qu dont se s sera seront est sont a ont aura avait était étaient va vont doit devrait
    le la les un une ce cette ces son sa ses leur leurs à au aux en dans avec par pendant lors entre
    will is was are were has have had met meets said says held took which that who where when to in at with
    by during from between jusqu until till
    prévu prévue prévus prévues attendu attendue attendus attendues tenu tenue tenus tenues expected planned
    et and ou or mais but""".split()
)
_KEEP_AFTER_PREPOSITION = frozenset("le la les l un une a an".split())
_PREPOSITIONS = frozenset("de du des d sur pour of on for".split())
_ORDINALS = frozenset(
    "premier première premiere deuxième second seconde troisième inaugural inaugurale first third".split()
)
# A day that names a holiday or an event ("le défilé du 14-Juillet", "11-Septembre").
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_NAME = re.compile(r"\d{1,2}-[^\W\d_]{3,}")
_TOKEN = re.compile(r"[\w&][\w&\-]*'?|[^\w\s]")
_APPOSITION = re.compile(r"^\s*,\s*(?:le|la|l'|the)\s*$", re.IGNORECASE)
_LOCATION = re.compile(r"(?:\b(?:à|au|aux|in|at|en)\s+(?:la\s+|l'|le\s+|the\s+)?)$", re.IGNORECASE)
_VENUE_PREP = re.compile(r"(?:\b(?:au|aux|at the)\s+|\bà la\s+|\bà l')$", re.IGNORECASE)
_ROLE_CUES = (
    (
        re.compile(r"^\W{0,3}\s*(?:a |ont |qui )?(?:accueill|hosts?\b|hosted|will host)", re.IGNORECASE),
        "host",
    ),
    (re.compile(r"^\W{0,3}\s*(?:a |ont |qui )?(?:co-?présid|co-?chair)", re.IGNORECASE), "co-chair"),
    (re.compile(r"^\W{0,3}\s*(?:a |ont |qui )?(?:organis|organiz)", re.IGNORECASE), "organiser"),
    (re.compile(r"^\W{0,3}\s*(?:a |ont |qui )?(?:annonc|announc)", re.IGNORECASE), "announcer"),
)
# "qu'elle accueillerait": the announcer, written before the verb, stands for the pronoun.
# Endings of French adjectives of place and scope: "africain", "mondial", "européenne", "numérique".
_ADJECTIVE = re.compile(r"(?:ain|aine|al|ale|iaux|ien|ienne|ique|el|elle|ais|aise|ois|oise|aire|éen|éenne)$")
# "VivaTech, le plus grand salon", "Davos, the largest forum": a name, then what it is.
_NAME_IN_APPOSITION = re.compile(
    r"(?P<name>\b[A-Z][\w\-]*[A-Z0-9][\w\-]*|\b[A-Z][\w\-]+(?:\s+[A-Z0-9][\w\-]*){0,3})\s*,\s*"
    r"(?:le|la|l'|un|une|the|an?)\s*(?:(?:plus\s+)?(?:grand|grande|principal|principale|premier|première|"
    r"nouveau|nouvelle|annuel|annuelle|biggest|largest|main|first|annual|new)\s+)*$"
)
# An event written as the occasion of what a sentence tells ("lors de la visite", "during the summit").
_CONTEXT = re.compile(
    r"(?:lors d[eu]s?|lors de l'|pendant|au cours d[eu]s?|durant|à l'occasion d[eu]s?|during|on the occasion of)"
    r"\s+(?:la\s+|le\s+|l'|les\s+|the\s+|its\s+|sa\s+|son\s+)?$",
    re.IGNORECASE,
)
# "the Global Partnership on Artificial Intelligence (GPAI) meeting": capitalised words (small words
# of names allowed inside), an optional acronym, then a lower-case kind word.
_COMPOUND = re.compile(
    r"(?:\bthe|\ba|\ban|\bits|\btheir)\s+(?P<name>[A-Z][\w\-]*(?:\s+(?:of|on|for|and|[A-Z0-9][\w\-]*))*?(?:\s+[A-Z0-9][\w\-]*)?)"
    r"(?:\s+\((?P<acronym>[A-Z][A-Z0-9+\-]{1,10})\))?\s+$"
)
_AT = re.compile(r"\s+(?:at|au|à)\s+(?:the\s+|la\s+|l')?", re.IGNORECASE)
_POSSESSIVE = re.compile(r"\b(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)['’]s\s+$")
_NTH_DAY = re.compile(
    r"^(?P<nth>premier|première|deuxième|second|seconde|troisième|dernier|dernière|first|second|third|last|final)"
    r"\s+(?:jour|journée|day)\b(?:\s+(?:du|de la|de l'|des|of the|of)\s*(?:premier\s+|première\s+|first\s+)?(?P<host>[\w\-]+))?",
    re.IGNORECASE,
)
_TIME_OF_SENTENCE = re.compile(
    r"\s*(?:le|la|l'|the|on the|lors du|lors de la|au|during the)?\s*", re.IGNORECASE
)
_ORDINAL_DAYS = {"deuxième": 1, "second": 1, "seconde": 1, "troisième": 2, "third": 2}
_LAST = frozenset(("dernier", "dernière", "last", "final"))
_ANY_EVENT = frozenset(("événement", "évènement", "event"))
_SINCE = re.compile(r"\b(?:depuis|since)\s+(?:la\s+|le\s+|l'|les\s+|the\s+)?$", re.IGNORECASE)
# "a annoncé qu'il démissionnait et que le Parlement serait prorogé": one announcement per clause.
_FURTHER_CLAUSE = re.compile(r"\s+(?:et|and)\s+(?:que\b|qu'|that\b)", re.IGNORECASE)
_DETERMINER_BEFORE = re.compile(r"\b(?:le|la|l'|ce|cet|cette|the|this|that)\s*$", re.IGNORECASE)
# French verbs in the future tense ("conviera", "se tiendront") and English "will"/"is to".
_FUTURE_VERB = re.compile(r"\b\w{3,}(?:era|eront|ira|iront|dra|dront)\b|\bwill\b", re.IGNORECASE)
_WITH = re.compile(r"\b(?:avec|with)\s", re.IGNORECASE)
_FRENCH_LINK = re.compile(r"\b(?:avec|rencontr\w*|entretien\w*|réuni\w*)\b", re.IGNORECASE)
_MET_WITHIN = 120  # characters between who met, the meeting word and who was met
_PLACE_JOIN = re.compile(r"\s+(?:à|au|aux|en|in|at)\s+(?:la\s+|le\s+|l'|the\s+)?", re.IGNORECASE)
_OPENERS = frozenset(
    "le la les l un une en au aux à de du des pour par dans in on at the of for by from".split()
)
_PRONOUN = re.compile(r"^(?:elle|il|elles|ils|it|they|she|he)\s+", re.IGNORECASE)
_WEEKEND = re.compile(r"week-?end\b", re.IGNORECASE)
_DECLARATION = re.compile(r"(?:déclaration|declaration|joint statement|statement|communiqué)", re.IGNORECASE)
_BY = r"\s+(?:par|by)\s+(?:l'|la |le |les |the )?$"
_BY_ROLES = (
    (re.compile(r"(?:organis\w*|organiz\w*)" + _BY, re.IGNORECASE), "organiser"),
    (re.compile(r"(?:hosted|accueilli\w*)" + _BY, re.IGNORECASE), "host"),
)


@dataclass
class _Mention:
    paragraph: int
    start: int
    end: int
    name: str
    kind: str
    named: bool
    aliases: list[str] = field(default_factory=list)
    dates: DateMention | None = None
    closing: DateMention | None = None  # "... se conclura le 11 février": when it ends
    location: Location = field(default_factory=Location)
    parent_hint: _Mention | None = None
    told: bool = False  # its sentence writes a date that cannot be known
    refers: bool = False  # "the event": only ever another name for an event named before
    earlier: bool = False  # told in the pluperfect: a day counted from the text's time is not its own


def find_events(
    paragraphs: list[Paragraph],
    actors: list[FoundActor],
    dates: dict[int, list[DateMention]],
    places: dict[int, list[tuple[int, int, str]]],
    *,
    published: PartialDate | None,
    headline: str | None = None,
    headline_dates: list[DateMention] | None = None,
    language: str = "fr",
) -> list[FoundEvent]:
    """Every event the document names or dates, one entry each, with parents and linked actors."""
    organisations: dict[int, list[tuple[int, int]]] = {}
    for actor in actors:
        if actor.kind != "person":
            for index, start, end in actor.mentions:
                organisations.setdefault(index, []).append((start, end))
    people: dict[int, list[tuple[int, int, str]]] = {}
    for actor in actors:
        if actor.kind == "person":
            for index, start, end in actor.mentions:
                people.setdefault(index, []).append((start, end, actor.name))
    mentions: list[_Mention] = []
    for paragraph in paragraphs:
        names_taken = organisations.get(paragraph.index, [])
        paragraph_dates = dates.get(paragraph.index, [])
        opening = _opening_date(paragraph, paragraph_dates)
        planned: DateMention | None = None
        for sentence in paragraph.sentences:
            found = _sentence_events(paragraph, sentence, paragraph_dates, places)
            found.extend(_counterpart_meetings(paragraph, sentence, paragraph_dates, people, places))
            found.extend(
                _meetings_of_people(paragraph.text, found, sentence, people.get(paragraph.index, []))
            )
            if opening is not None and opening.start < sentence.start:
                _assign_dates(_undated_and_told(found, paragraph.text), [opening])
            future = _future(paragraph.text[sentence.start : sentence.end])
            if planned is not None and future:
                _assign_dates(_undated_and_told(found, paragraph.text), [planned])
            planned = _planned_day(paragraph_dates, sentence) if future else None
            # "Forum de Paris sur la Paix" is an organisation, not a forum.
            mentions.extend(m for m in found if not any(s <= m.start < e for s, e in names_taken))
    if headline:
        paragraphs = [*paragraphs, _headline_paragraph(headline, len(paragraphs))]
        dates = {**dates, len(paragraphs) - 1: headline_dates or []}
        mentions = _headline_mentions(paragraphs[-1], dates, places, mentions) + mentions
    mentions = _resolve_references(mentions, paragraphs)
    mentions = _date_days_of(mentions, paragraphs)
    if published is not None:
        _date_the_lead(mentions, paragraphs, published)
    _date_declarations(mentions, paragraphs)
    # An unnamed event ("un forum", "a dinner") is kept only when the text dates it, even where
    # the date it writes cannot be known ("le 6 février" in an article that never gives the year).
    for mention in mentions:
        mention.told = (
            mention.dates is None and not mention.named and _told_when(mention, paragraphs, language)
        )
    mentions = [
        m
        for m in mentions
        if m.named or m.dates is not None or _WEEKEND.match(m.name) or _identified(m) or m.told
    ]
    events = _group(mentions, paragraphs)
    _link_actors(events, actors, paragraphs)
    _parents(events)
    return events


def _sentence_events(
    paragraph: Paragraph,
    sentence: words.Span,
    dates: list[DateMention],
    places: dict[int, list[tuple[int, int, str]]],
) -> list[_Mention]:
    text = paragraph.text
    found: list[_Mention] = []
    own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
    for keyword in EVENT_WORD.finditer(text, sentence.start, sentence.end):
        mention = _read_mention(paragraph, keyword, sentence, bool(own_dates))
        if mention is not None and not any(m.start <= mention.start < m.end for m in found):
            found.append(mention)
    for made in verb_events(text, sentence):
        if not any(m.start <= made.start < m.end for m in found):
            mention = _Mention(paragraph.index, made.start, made.end, made.name, made.kind, False)
            mention.earlier = made.earlier
            found.append(mention)
        for other in found:  # "qui avait lancé le premier Sommet": the summit too is from before
            other.earlier = other.earlier or (made.earlier and made.start <= other.start < made.end)
    found.extend(_announcements(paragraph, sentence, found, bool(own_dates)))
    found.extend(_announced_that(paragraph, sentence, found))
    found.sort(key=lambda m: m.start)
    found = _merge_appositions(text, found)
    topics = _topic_events(paragraph, sentence, found)
    _assign_dates(found, own_dates, text)
    _closing_dates(text, found, own_dates, sentence)
    _on_the_sidelines(text, found, sentence)
    for topic in topics:
        holder_dates = topic.parent_hint.dates if topic.parent_hint else None
        topic.dates = holder_dates or min(own_dates, key=lambda d: _gap(topic, d), default=None)
    found.extend(topics)
    for mention in found:
        mention.location = _location(text, mention, sentence, places.get(paragraph.index, []))
        _name_by_place(text, mention, places.get(paragraph.index, []))
    return found


def headline_text(headline: str) -> str:
    """The headline as one line, as its dates are read and its events found."""
    return " ".join(headline.split())


def _headline_paragraph(headline: str, index: int) -> Paragraph:
    text = headline_text(headline)
    return Paragraph(index, text, [], [words.Span(0, len(text))], words.quoted(text))


def _headline_mentions(
    headline: Paragraph,
    dates: dict[int, list[DateMention]],
    places: dict[int, list[tuple[int, int, str]]],
    body: list[_Mention],
) -> list[_Mention]:
    """The events a headline names take the date its lead opens with: news tells its event first.

    A headline with a date of its own keeps it; the lead is the first paragraph that has a date,
    and its date is left alone when the lead gives it to another event it names.
    """
    found = _sentence_events(headline, headline.sentences[0], dates.get(headline.index, []), places)
    lead = next((dates[i] for i in range(_LEAD_PARAGRAPHS) if dates.get(i)), [])
    if lead and not any(m.dates is lead[0] and m.name.lower() not in KINDS for m in body):
        _assign_dates([m for m in found if m.dates is None], lead[:1])
    return found


def _resolve_references(mentions: list[_Mention], paragraphs: list[Paragraph]) -> list[_Mention]:
    """ "the meeting", "cette réunion", "le Sommet": a bare kind word after a determiner is the event
    of that kind named last before it (the headline's first); its dates go to that event."""
    out: list[_Mention] = []
    for mention in mentions:
        referent = None
        if _is_reference(mention, paragraphs):
            kinds = (mention.kind,) if not mention.refers else tuple(KINDS.values())
            referent = next((m for m in reversed(out) if m.kind in kinds and m.named), None)
        if referent is None and not mention.refers:
            out.append(mention)
        elif referent is not None and referent.dates is None and mention.dates is not None:
            referent.dates = mention.dates
    return out


def _date_days_of(mentions: list[_Mention], paragraphs: list[Paragraph]) -> list[_Mention]:
    """ "Le premier jour du Forum, ... signeront": a day counted in the event of that kind dated
    before it is that day, for the day and for what its sentence tells without a date of its own.
    Said as the time of the sentence (opening it, before a comma), it is a date, not an event."""
    times: list[int] = []
    for index, mention in enumerate(mentions):
        counted = _NTH_DAY.match(mention.name)
        if counted is None or mention.dates is not None:
            continue
        kind = kind_of(counted.group("host") or "")
        fits = [m for m in mentions[:index] if _spans_days(m) and kind in (m.kind, "event")]
        if not fits:
            continue
        dates = fits[-1].dates.range
        first, last = dates.start.first_day(), dates.end.last_day()
        nth = counted.group("nth").lower()
        day = last if nth in _LAST else first + timedelta(days=_ORDINAL_DAYS.get(nth, 0))
        if day > last:
            continue
        told = DateMention(
            DateRange(PartialDate.from_date(day)), mention.start, mention.end, mention.name, True
        )
        paragraph = paragraphs[mention.paragraph]
        sentence = _sentence_of(paragraph, mention.start)
        for other in mentions:
            same = other.paragraph == mention.paragraph and sentence.start <= other.start < sentence.end
            if other is mention or (same and other.dates is None):
                other.dates = told
        opening = _TIME_OF_SENTENCE.fullmatch(paragraph.text, sentence.start, mention.start)
        if opening and paragraph.text[mention.end : mention.end + 1] == ",":
            times.append(id(mention))
    return [m for m in mentions if id(m) not in times]


def _sentence_of(paragraph: Paragraph, position: int) -> words.Span:
    return next(
        (s for s in paragraph.sentences if s.start <= position < s.end), words.Span(0, len(paragraph.text))
    )


def _spans_days(mention: _Mention) -> bool:
    dates = mention.dates
    return dates is not None and dates.range.end is not None and dates.range.start.precision == "day"


def _is_reference(mention: _Mention, paragraphs: list[Paragraph]) -> bool:
    if mention.name.lower() not in KINDS:
        return False
    before = paragraphs[mention.paragraph].text[max(0, mention.start - 12) : mention.start]
    return _DETERMINER_BEFORE.search(before) is not None


def _read_mention(
    paragraph: Paragraph, keyword: re.Match[str], sentence: words.Span, dated: bool
) -> _Mention | None:
    text = paragraph.text
    word = keyword.group("kw")
    kind = kind_of(word)
    start, end = keyword.start(), keyword.end()
    if GROUPS.match(word) and not GROUP_MET.search(text, sentence.start, sentence.end):
        return None  # a working group is a body; it is an event where the text says it met
    if word.lower() in ("événements", "évènements", "events"):
        side = SIDE_EVENTS.match(text, end)
        if not side:
            return None
        end = side.end()
        kind = "series"
        word = text[start:end]
    for quote in paragraph.quotes:
        if quote.start <= start and end <= quote.end:
            name = text[quote.start : quote.end]
            return _Mention(paragraph.index, quote.start, quote.end, _capitalise(name), kind, True)
    after = text[end : sentence.end]
    quote = re.match(r"^(?:\s+[a-zà-ÿ\-]+){0,3}\s*\(?\s*[«\"]\s*", after)
    if quote:
        opening = end + quote.end()
        span = next((q for q in paragraph.quotes if q.start == opening), None)
        if span is not None:
            name = text[span.start : span.end]
            return _Mention(paragraph.index, start, span.end + 1, _capitalise(name), kind, True)
    prefix = _english_prefix(text[sentence.start : start]) if word[0].isupper() else ""
    sentence_words = (text, sentence) if paragraph.language == "fr" else None
    complement, complement_end = _complement(
        text, end, sentence.end, named=word[0].isupper(), tagged=sentence_words
    )
    lead = _ordinal_before(text[sentence.start : start])
    if prefix:
        name = f"{prefix} {word}{complement}"
        return _Mention(paragraph.index, start - len(prefix) - 1, complement_end, name, kind, True)
    modifier = (
        _COMPOUND.search(text, sentence.start, start) if word.islower() and not is_milestone(word) else None
    )
    if modifier and _proper(modifier, sentence):
        # "the Global Partnership on AI (GPAI) meeting": an English name made of its holder and kind.
        mention = _Mention(
            paragraph.index, start, complement_end, f"{modifier.group('name')} {word}", kind, True
        )
        if modifier.group("acronym"):
            mention.aliases.append(f"{modifier.group('acronym')} {word}")
        return mention
    named_before = _NAME_IN_APPOSITION.search(text, sentence.start, start)
    if word[0].islower() and named_before and not is_milestone(word) and _proper(named_before, sentence):
        # "VivaTech, le plus grand salon européen de la tech": the name said before the description.
        name = named_before.group("name")
        mention = _Mention(paragraph.index, start, end, name, kind, True)
        mention.aliases.append(_capitalise(f"{word}{complement}"))
        return mention
    follower = re.match(r"^\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)", after)
    if word[0].islower() and follower and kind == "event":
        # "l'évènement Vivatech": the kind word is followed by the event's own name.
        name = follower.group(1)
        return _Mention(paragraph.index, start, end + follower.end(), name, kind, True)
    if word[0].isupper() and complement.strip():
        if _only_dates(complement):
            return None
        return _Mention(paragraph.index, start, complement_end, f"{word}{complement}", kind, True)
    # A dated phrase ("a press conference on Wednesday") is an event; a bare "adoption" is not.
    owner = _POSSESSIVE.search(text, sentence.start, start) if word.islower() else None
    if owner and not complement.strip() and is_milestone(word):
        # "Raimondo's announcement": a milestone named by whose it is.
        return _Mention(paragraph.index, owner.start(), end, f"{owner.group('name')}'s {word}", kind, False)
    if word.lower() in _ANY_EVENT and not complement.strip():
        before = text[max(sentence.start, start - 12) : start]
        if _DETERMINER_BEFORE.search(before):  # "the event will take place": whichever was named last
            return _Mention(paragraph.index, start, end, _capitalise(word), kind, False, refers=True)
        return None
    vague = (kind in ("week", "event", "cultural") or is_milestone(word)) and not (
        dated and " " in word.strip()
    )
    if word[0].isupper() or (not complement.strip() and vague):
        return None  # "le Sommet" refers to an event named elsewhere; "une semaine" is a length of time
    acronym = next((text[a.start : a.end] for e, a in acronym_pairs(text) if e.start <= start < e.end), None)
    name = _capitalise(f"{lead}{word}{complement}".strip())
    mention = _Mention(paragraph.index, start, complement_end, name, kind, bool(acronym))
    if acronym:
        mention.aliases.append(acronym)
    return mention


def _proper(found: re.Match[str], sentence: words.Span) -> bool:
    """A name, not a capitalised sentence opening ("Parallèlement, un", "In March 2031, the")."""
    name = found.group("name")
    if name.split()[0].lower() in _OPENERS or any(part.isdigit() for part in name.split()):
        return False
    opens_sentence = found.start("name") <= sentence.start + 1
    return not opens_sentence or any(ch.isupper() for ch in name[1:])


def _english_prefix(before: str) -> str:
    """Capitalised words right before a capitalised kind word ("AI Safety" in "AI Safety Summit")."""
    found = re.search(r"((?:\b[A-Z0-9][\w\-]*\s+){1,4})$", before)
    if not found:
        return ""
    tokens = found.group(1).split()
    while tokens and tokens[0] in ("Le", "La", "Les", "The", "L", "Du", "De", "Des"):
        tokens.pop(0)
    return " ".join(tokens)


def _ordinal_before(before: str) -> str:
    found = re.search(r"\b([\w\-]+)\s+$", before)
    if found and found.group(1).lower() in _ORDINALS:
        return found.group(1) + " "
    return ""


def _complement(
    text: str, start: int, limit: int, *, named: bool, tagged: tuple[str, words.Span] | None = None
) -> tuple[str, int]:
    """The words after a kind word that belong to the event's name, and where they end.

    With ``tagged`` (a French sentence), a lower-case word the rules let through is checked
    against the model's word classes: a conjugated verb or an adverb ends the name."""
    kept_end = start
    after_preposition = False
    for count, token in enumerate(_TOKEN.finditer(text, start, limit)):
        raw = token.group(0)
        bare = raw.rstrip("'").lower()
        if (not raw[0].isalnum() and raw != "&") or (
            raw[0].isdigit() and not _in_name(raw, text, token.end())
        ):
            break
        if bare in time_words() or (bare.endswith("ly") and len(bare) > 4):
            break  # "Dîner mardi", "adopted officially": when and how, not what
        if bare in _NAME_STOP and not (after_preposition and bare in _KEEP_AFTER_PREPOSITION):
            break
        # "le Sommet réunit": a capitalised kind word takes a name only through "de", "sur"...
        # or an adjective that leads to one ("Forum africain du numérique").
        if (
            count == 0
            and named
            and bare not in _PREPOSITIONS
            and raw.islower()
            and raw.isalpha()
            and not (_ADJECTIVE.search(bare) and _preposition_next(text, token.end(), limit))
        ):
            break
        if raw[0].islower() and not after_preposition and _looks_like_verb(bare, first=count == 0):
            break
        if raw[0].islower() and bare not in _PREPOSITIONS and tagged and _ends_phrase(tagged, token.start()):
            break
        if count >= _MAX_NAME_WORDS:
            break
        was_preposition = after_preposition
        after_preposition = (
            bare in _PREPOSITIONS
            or raw.endswith("'")
            or (was_preposition and bare in _KEEP_AFTER_PREPOSITION)
        )
        if not after_preposition:
            kept_end = token.end()
    return text[start:kept_end], kept_end


def _in_name(number: str, text: str, end: int) -> bool:
    """A number that is part of a name: a holiday ("14-Juillet") or the year of a text written
    before its title ("the 2021 Recommendation on the Ethics of AI")."""
    if _DAY_NAME.fullmatch(number):
        return True
    following = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    return bool(_YEAR.fullmatch(number)) and following is not None and following.group(0)[0].isupper()


def _ends_phrase(tagged: tuple[str, words.Span], position: int) -> bool:
    text, sentence = tagged
    return position - sentence.start in nlp.finite_or_adverb(text[sentence.start : sentence.end])


def _preposition_next(text: str, position: int, limit: int) -> bool:
    following = _TOKEN.search(text, position, limit)
    return following is not None and following.group(0).rstrip("'").lower() in _PREPOSITIONS


def _looks_like_verb(word: str, *, first: bool) -> bool:
    """Participles and conjugated verbs end a name: "réunissant", "organisé", "publiée".

    Right after the kind word a participle is an adjective ("rencontre alternée").
    """
    if len(word) <= 4:
        return False
    if re.search(
        r"(?:ant|ants|era|eront|[aeiu]ront|[^aeiou]ira|[^aeioué]ra|[^aeioué]ront|ait|aient|ing)$", word
    ):
        return True
    return not first and re.search(r"(?:é|ée|ées|és|ed)$", word) is not None


def _only_dates(complement: str) -> bool:
    return re.fullmatch(r"\s*(?:des|du|de|of)?\s*", complement) is not None


def _capitalise(name: str) -> str:
    name = " ".join(name.split())
    return name[:1].upper() + name[1:]


def _date_the_lead(mentions: list[_Mention], paragraphs: list[Paragraph], published: PartialDate) -> None:
    """An event the opening paragraphs report without a date happened in the month of publication.

    News leads tell what has just happened ("Lors de la visite d'État de..."), so the
    dateline's month is supported; nothing finer is claimed, and a sentence about the
    future or a lead that gives dates of its own is left alone. Only a sentence's first event is
    its news: others it names are its setting ("les défis qui se présentent au sommet du G7").
    """
    lead = {m.paragraph for m in mentions if m.dates is not None and m.paragraph < _LEAD_PARAGRAPHS}
    told: set[tuple[int, str]] = set()
    for mention in sorted(mentions, key=lambda m: (m.paragraph, m.start)):
        if mention.paragraph >= _LEAD_PARAGRAPHS or mention.paragraph in lead:
            continue
        sentence = paragraphs[mention.paragraph].sentence_at(mention.start)
        first = (mention.paragraph, sentence) not in told
        told.add((mention.paragraph, sentence))
        if first and mention.dates is None and mention.kind in _LEAD_KINDS and not FUTURE.search(sentence):
            month = PartialDate(published.year, published.month)
            mention.dates = DateMention(DateRange(month), mention.start, mention.start, "", relative=True)
            mention.named = True


def _announcements(
    paragraph: Paragraph, sentence: words.Span, events: list[_Mention], dated: bool
) -> list[_Mention]:
    """ "a annoncé un plan de...", "announced a fund...": an announcement, when dated or within an event."""
    out = []
    for found in ANNOUNCING.finditer(paragraph.text, sentence.start, sentence.end):
        group = "np" if found.group("np") else "np_en"
        phrase = found.group(group)
        phrase = re.split(r"\s+(?:pour|afin|qui|que|to|that|which|in order)\b", phrase)[0]
        name = tidy(phrase)
        if len(name.split()) < 2 or len(name.split()) > _MAX_NAME_WORDS:
            continue
        start = found.start(group)
        mention = _Mention(
            paragraph.index, start, start + len(phrase), _capitalise(name), "announcement", False
        )
        host = min(events, key=lambda e: abs(e.start - start), default=None)
        if host is not None:
            mention.parent_hint = host
            mention.named = True
        if dated or host is not None:
            out.append(mention)
    return out


def _announced_that(paragraph: Paragraph, sentence: words.Span, events: list[_Mention]) -> list[_Mention]:
    """ "la France a annoncé qu'elle accueillerait...": an announcement named from what was announced,
    kept when the sentence also names the event it was made at (see ``_on_the_sidelines``)."""
    out = []
    for found in ANNOUNCED_THAT.finditer(paragraph.text, sentence.start, sentence.end):
        group = "what" if found.group("what") else "what_en"
        clause = _FURTHER_CLAUSE.split(found.group(group), maxsplit=1)[0]
        what = tidy(clause)
        if not events or len(what.split()) > _MAX_NAME_WORDS:
            continue
        label = "Annonce" if group == "what" else "Announcement"
        subject = re.search(r"([^,;:()]{2,60})$", paragraph.text[sentence.start : found.start()])
        if subject and len(subject.group(1).split()) <= 5:
            what = _PRONOUN.sub(subject.group(1).strip() + " ", what, count=1)
        start = found.start(group)
        end = start + len(clause)
        mention = _Mention(paragraph.index, start, end, f"{label} : {what}", "announcement", True)
        out.append(mention)
    return out


def _on_the_sidelines(text: str, mentions: list[_Mention], sentence: words.Span) -> None:
    """An announcement made "en marge de" / "lors de" / "on the sidelines of" / right "at" an event
    written in the same sentence belongs to it and takes its dates, only the first when
    "l'ouverture" is meant."""
    for mention in mentions:
        if mention.kind != "announcement" or mention.parent_hint is not None:
            continue
        for host in mentions:
            if host is mention or host.kind == "announcement" or host.dates is None:
                continue
            cue = SIDELINES.search(text, sentence.start, host.start) or _AT.fullmatch(
                text, mention.end, host.start
            )
            if cue is None:
                continue
            mention.parent_hint = host
            dates = host.dates.range
            if cue.groupdict().get("opening"):
                dates = DateRange(dates.start)
            mention.dates = DateMention(dates, host.dates.start, host.dates.end, host.dates.text, True)
            break


def _topic_events(paragraph: Paragraph, sentence: words.Span, found: list[_Mention]) -> list[_Mention]:
    """ "des événements dédiés à l'IA et à la santé": one event per topic, named "<kind> sur <topic>",
    part of the programme named before it in the sentence, whose date it shares."""
    out = []
    text = paragraph.text
    for match in TOPICS.finditer(text, sentence.start, sentence.end):
        holder = max((m for m in found if m.end <= match.start()), key=lambda m: m.end, default=None)
        kind_word = match.group("kw")
        french = kind_word.lower() not in ("events", "conferences", "workshops", "debates")
        # Events of a programme of side events are side events: "Événement parallèle sur ...".
        plural = holder.name if holder is not None and holder.kind == "series" else kind_word
        singular = _capitalise(" ".join(w[:-1] if w.endswith("s") else w for w in plural.split()[:2]))
        position = match.start("topics")
        for topic in TOPIC_SPLIT.split(match.group("topics")):
            name = TOPIC_ANAPHORA.sub("", topic.strip())
            start = text.index(topic, position)
            position = start + len(topic)
            if len(name.split()) > _MAX_NAME_WORDS or not name:
                continue
            title = f"{singular} {'sur' if french else 'on'} {name}"
            mention = _Mention(paragraph.index, start, position, title, kind_of(kind_word), True)
            mention.parent_hint = holder
            out.append(mention)
    return out


def _counterpart_meetings(
    paragraph: Paragraph,
    sentence: words.Span,
    dates: list[DateMention],
    people: dict[int, list[tuple[int, int, str]]],
    places: dict[int, list[tuple[int, int, str]]],
) -> list[_Mention]:
    """A person who meets "ses homologues" / "her counterparts", or ministers who "met" / "se sont
    réunis", on a date the sentence gives held a ministerial meeting then, where the sentence says
    ("à Rome", "in Rome"); a sentence that opens on who gathered ("Réunis à Ottawa le 26 septembre,
    X et Y ont lancé...") tells the meeting of those people."""
    text = paragraph.text
    own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
    if not own_dates:
        return []
    found = COUNTERPARTS.search(text, sentence.start, sentence.end)
    inside = [p for p in people.get(paragraph.index, []) if sentence.start <= p[0] < sentence.end]
    person = inside[0] if inside else None
    gathered = GATHERED.match(text, sentence.start, sentence.end)
    who = list(dict.fromkeys(p[2] for p in inside))
    if gathered is not None and len(who) >= 2:
        french = gathered.group("word").lower().startswith(("réuni", "rassembl"))
        name = (
            f"Réunion {_of(who[0])}{', '.join(who[:-1])} et {who[-1]}"
            if french
            else f"Meeting of {', '.join(who[:-1])} and {who[-1]}"
        )
        found, start = gathered, gathered.start("word")
    elif found is not None and person is not None:
        french = found.group("word").lower().startswith("homologue")
        name = f"Rencontre de {person[2]} avec ses homologues"
        if not french:
            name = f"Meeting of {person[2]} with counterparts"
        start = person[0]
    else:
        found = MINISTERS_MET.search(text, sentence.start, sentence.end)
        if found is None:
            return []
        french = found.group("word").lower().startswith("ministre")
        name = "Réunion des ministres" if french else "Meeting of ministers"
        start = found.start()
    mention = _Mention(paragraph.index, start, found.end(), name, "meeting", True)
    mention.location = _location(text, mention, sentence, places.get(paragraph.index, []))
    if mention.location.city:
        mention.name += f" {'à' if french else 'in'} {mention.location.city}"
    mention.dates = min(own_dates, key=lambda d: _gap(mention, d))
    return [mention]


def _meetings_of_people(
    text: str, found: list[_Mention], sentence: words.Span, people: list[tuple[int, int, str]]
) -> list[_Mention]:
    """A meeting "with" someone is named by who met ("Biden held his last meeting as president with
    Xi" is the "Meeting between Joe Biden and Xi Jinping"); the text's own words stay an alias.

    Each further person met in the same sentence ("puis avec Y") has a meeting of their own.
    """
    inside = [p for p in people if sentence.start <= p[0] < sentence.end]
    extra: list[_Mention] = []
    for mention in [m for m in found if m.kind == "meeting" and not m.named]:
        met = _met(text, mention, inside)
        if not met or met[0][0] - mention.start > _MET_WITHIN:
            continue
        french = _FRENCH_LINK.search(text, mention.start, met[0][0]) is not None
        host = [
            p
            for p in inside
            if p[1] <= mention.start
            and mention.start - p[1] <= _MET_WITHIN
            and not _after_with(text, p, inside)
        ]
        words_before = mention.name.split()
        ordinals = next((i for i, w in enumerate(words_before) if w.lower() not in _ORDINALS), 0)
        noun = " ".join(words_before[: ordinals + 1])  # "Deuxième réunion"
        for index, guest in enumerate(met):
            if host and host[-1][2] != guest[2]:
                name = f"{noun} {'entre' if french else 'between'} {host[-1][2]} {'et' if french else 'and'} {guest[2]}"
            else:
                name = f"{noun} {'avec' if french else 'with'} {guest[2]}"
            if index == 0:
                mention.aliases.append(mention.name)
                mention.name, mention.named = name, True
            else:
                extra.append(replace(mention, start=guest[0], end=guest[1], name=name, aliases=[]))
    return extra


def _met(text: str, mention: _Mention, people: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Who a meeting was with: the person its own words name ("rencontrera le président X"), and
    each person right after a "with" that follows it ("puis avec Y"), no one else in between."""
    out = []
    for person in people:
        if person[0] <= mention.start:
            continue
        if person[0] < mention.end or _after_with(text, person, people, mention.start):
            out.append(person)
    return out


def _after_with(
    text: str, person: tuple[int, int, str], people: list[tuple[int, int, str]], since: int = 0
) -> bool:
    """Whether a "with" comes before this person with no one else in between ("avec le président X")."""
    links = list(_WITH.finditer(text, max(since, person[0] - _MET_WITHIN), person[0]))
    return bool(links) and not any(links[-1].end() <= other[0] < person[0] for other in people)


def _of(name: str) -> str:
    """French "de" before a name, elided before a vowel: "d'Awa Diallo", "de Jonas Berg"."""
    return "d'" if name[:1].lower() in "aeiouyéèêàâîôûh" else "de "


def _name_by_place(text: str, mention: _Mention, places: list[tuple[int, int, str]]) -> None:
    """A bare "dîner" or "forum" is named by the place written right after it ("Dîner à l'Élysée")."""
    if mention.name.lower() not in KINDS:
        return
    for start, end, _kind in places:
        between = text[mention.end : start]
        first = between.split(maxsplit=1)[:1]
        if first and first[0].lower() in time_words():  # "dîner mardi à Cassis"
            between = between[between.index(first[0]) + len(first[0]) :]
        if _PLACE_JOIN.fullmatch(between):
            joint = " ".join(between.split())
            joint += "" if joint.endswith("'") else " "
            mention.name = _capitalise(f"{mention.name} {joint}{text[start:end]}")
            mention.end = end
            return


def _identified(mention: _Mention) -> bool:
    """An undated milestone that names who or what ("Abrogation de l'Executive Order 14110",
    "Entretien avec Kristalina Georgieva") is worth knowing; "Adoption de la loi" is not."""
    return mention.kind not in KINDS.values() and any(word[:1].isupper() for word in mention.name.split()[1:])


def _told_when(mention: _Mention, paragraphs: list[Paragraph], language: str) -> bool:
    """A described event ("la signature d'un accord") whose sentence writes a date we cannot know."""
    if mention.name.lower() in KINDS:
        return False  # "the next forum": a bare kind word says nothing of its own
    paragraph = paragraphs[mention.paragraph]
    sentence = next((s for s in paragraph.sentences if s.start <= mention.start < s.end), None)
    return sentence is not None and writes_a_date(paragraph.text[sentence.start : sentence.end], language)


def _undated_and_told(found: list[_Mention], text: str) -> list[_Mention]:
    """Events a sentence tells without a date of their own: not those it names as the occasion
    ("lors de la visite d'État"), which a day carried from elsewhere would wrongly date."""
    return [m for m in found if m.dates is None and not _CONTEXT.search(text, max(0, m.start - 40), m.start)]


def _future(sentence: str) -> bool:
    return FUTURE.search(sentence) is not None or _FUTURE_VERB.search(sentence) is not None


def _planned_day(dates: list[DateMention], sentence: words.Span) -> DateMention | None:
    """The one day a sentence about the future names: a programme goes on telling that day in the
    future tense ("Le 10 février, des soirées seront organisées. Le président conviera...")."""
    own = [d for d in dates if sentence.start <= d.start < sentence.end]
    if len(own) == 1 and own[0].range.start.precision == "day" and own[0].range.end is None:
        return own[0]
    return None


def _opening_date(paragraph: Paragraph, dates: list[DateMention]) -> DateMention | None:
    """A day that opens a paragraph ("Le 3 mai, ...", "En fin de journée, ...", "On Monday, ...")
    sets the time of what its later sentences tell without a date of their own (a span opening a
    paragraph is a programme's, not each of its parts')."""
    if not dates:
        return None
    first = dates[0]
    before, after = paragraph.text[: first.start], paragraph.text[first.end : first.end + 2]
    if len(before.split()) <= 1 and after.lstrip().startswith(",") and first.range.end is None:
        return first
    return None


def _date_declarations(mentions: list[_Mention], paragraphs: list[Paragraph]) -> None:
    """A declaration or statement the article reports in the past without a date came out of the
    event its lead reports, when there is one: it takes that event's date and it as parent."""
    lead = next(
        (
            m
            for m in mentions
            if m.dates is not None and m.paragraph < _LEAD_PARAGRAPHS and m.kind in _LEAD_KINDS
        ),
        None,
    )
    if lead is None:
        return
    for mention in mentions:
        sentence = paragraphs[mention.paragraph].sentence_at(mention.start)
        if (
            mention.kind == "announcement"
            and mention.dates is None
            and mention.parent_hint is None
            and _DECLARATION.match(mention.name)
            and not FUTURE.search(sentence)
        ):
            mention.dates, mention.parent_hint, mention.named = lead.dates, lead, True


def _date_weekends(events: list[FoundEvent]) -> None:
    """A "week-end" of a programme whose dates hold exactly one Saturday and Sunday is those, when
    it has no date or a weekday borrowed from the sentence around it."""
    weekends = set()
    for event in events:
        if event.start is None or event.end is None or event.start.precision != "day":
            continue
        day, last = event.start.first_day(), event.end.last_day()
        while day < last:
            if day.weekday() == 5:
                weekends.add(day)
            day += timedelta(days=1)
    if len(weekends) != 1:
        return
    saturday = weekends.pop()
    for event in events:
        weekday = (
            event.start is not None
            and event.start.precision == "day"
            and event.start.first_day().weekday() < 5
        )
        if (event.start is None or weekday) and _WEEKEND.match(event.name):
            event.start = PartialDate.from_date(saturday)
            event.end = PartialDate.from_date(saturday + timedelta(days=1))
            event.status = "confirmed"


def _merge_appositions(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """ "the AI Safety Summit, le premier Sommet sur..." names one event twice."""
    out: list[_Mention] = []
    for mention in mentions:
        if out and _APPOSITION.match(_strip_ordinals(text[out[-1].end : mention.start])):
            out[-1].aliases.append(mention.name)
            out[-1].end = max(out[-1].end, mention.end)
            continue
        out.append(mention)
    return out


def _strip_ordinals(between: str) -> str:
    return re.sub(r"\b(?:" + "|".join(_ORDINALS) + r")\b", "", between, flags=re.IGNORECASE)


def _assign_dates(mentions: list[_Mention], dates: list[DateMention], text: str = "") -> None:
    """Each date goes to the event written nearest to it in the sentence, a date after it a little nearer.

    "Le 6 mai, lors de la visite d'État, les deux pays ont signé..." dates the signing: an event
    written as the occasion ("lors de", "during") after the date is its setting, not what it dates.
    An event counted from ("depuis l'adoption", "since the signing") lies before the sentence's time,
    and one told in the pluperfect ("qui avait lancé") takes no day counted from that time ("hier").
    """
    mentions = [m for m in mentions if not _SINCE.search(text, max(0, m.start - 20), m.start)]
    for date_mention in dates:
        datable = [m for m in mentions if not (m.earlier and date_mention.relative)]
        if not datable:
            continue
        nearest = min(datable, key=lambda m: _gap(m, date_mention))
        if date_mention.end <= nearest.start and _CONTEXT.search(
            text, max(0, nearest.start - 40), nearest.start
        ):
            main = [m for m in datable if m is not nearest and m.start > nearest.start]
            nearest = min(main, key=lambda m: _gap(m, date_mention), default=nearest)
        if nearest.dates is None or _gap(nearest, date_mention) < _gap(nearest, nearest.dates):
            nearest.dates = date_mention


def _closing_dates(
    text: str, mentions: list[_Mention], dates: list[DateMention], sentence: words.Span
) -> None:
    """An event that "ends", "se conclura" or "s'achèvera" on a date written after it ends then."""
    for mention in mentions:
        verb = _CLOSING.match(text, mention.end, sentence.end)
        if verb is None:
            continue
        after = [d for d in dates if d.start >= verb.end()]
        if after:
            mention.closing = after[0]
            mention.named = mention.named or len(mention.name.split()) > 1
            if mention.dates is mention.closing:
                # "prorogé le 6 janvier jusqu'au 24 mars": the end is not the start.
                before = [d for d in dates if d.end <= mention.start]
                mention.dates = before[-1] if before else None


def _gap(mention: _Mention, date_mention: DateMention) -> int:
    if date_mention.start >= mention.end:
        return date_mention.start - mention.end
    if date_mention.end <= mention.start:
        return mention.start - date_mention.end + _BEFORE_PENALTY
    return 0


def _location(
    text: str, mention: _Mention, sentence: words.Span, places: list[tuple[int, int, str]]
) -> Location:
    """The place written "à X", "au X", "in X" in the event's sentence: after it first, else before it."""
    inside = [p for p in places if sentence.start <= p[0] < sentence.end]
    after = sorted(p for p in inside if p[0] >= mention.start)
    before = sorted((p for p in inside if p[0] < mention.start), reverse=True)
    for start, end, kind in after + before:
        before = text[max(sentence.start, start - 12) : start]
        if not _LOCATION.search(before):
            continue
        name = text[start:end]
        if kind == "country":
            return Location(country=name)
        if _VENUE_PREP.search(before) or len(name.split()) > 1:
            return Location(venue=name)
        return Location(city=name)
    return Location()


def _group(mentions: list[_Mention], paragraphs: list[Paragraph]) -> list[FoundEvent]:
    """Mentions of one event (same name, or one named in the other's aliases) become one entry."""
    events: list[FoundEvent] = []
    owner: dict[int, FoundEvent] = {}
    closing: dict[int, list[PartialDate]] = {}
    for mention in mentions:
        names = [mention.name, *mention.aliases]
        event = next((e for e in events if _same_event(e, names, mention)), None)
        paragraph = paragraphs[mention.paragraph]
        if event is None:
            event = FoundEvent(
                name=mention.name,
                kind=mention.kind,
                quote=paragraph.sentence_at(mention.start),
                status="announced" if FUTURE.search(paragraph.sentence_at(mention.start)) else "confirmed",
            )
            events.append(event)
        for name in names:
            if name_key(name) not in {name_key(n) for n in event.names()}:
                event.aliases.append(name)
        _take_dates(event, mention)
        closing.setdefault(id(event), [])
        if mention.closing is not None:
            closing[id(event)].append(mention.closing.range.start)
        if not any((event.location.venue, event.location.city, event.location.country)):
            event.location = mention.location
        event.mentions.append((mention.paragraph, mention.start, mention.end))
        owner[id(mention)] = event
    for mention in mentions:
        if mention.parent_hint is not None and id(mention.parent_hint) in owner:
            event, parent = owner[id(mention)], owner[id(mention.parent_hint)]
            if parent is not event:
                event.parent = parent.name
                if event.start is None and parent.start is not None:
                    event.start, event.end = parent.start, parent.end
    for event in events:
        ends = [
            d for d in closing.get(id(event), []) if event.start and d.first_day() > event.start.first_day()
        ]
        if ends and event.end is None and event.start.precision == ends[0].precision:
            event.end = ends[0]
        if event.start is not None:
            event.status = "confirmed"
    _date_weekends(events)
    return [e for e in events if e.start is not None or any(_is_named(e, m) for m in mentions)]


def _is_named(event: FoundEvent, mention: _Mention) -> bool:
    return (
        (mention.named or _identified(mention) or mention.told)
        and mention.dates is None
        and mention.closing is None
        and mention.name in event.names()
    )


def _same_event(event: FoundEvent, names: list[str], mention: _Mention) -> bool:
    if not mention.named and mention.dates is not None and event.start is not None:
        start, end = mention.dates.range.start, mention.dates.range.end
        if event.kind == mention.kind and (event.start, event.end) == (start, end):
            return True
    enough = _SAME_NAME_AND_KIND if event.kind == mention.kind else _SAME_NAME
    if any(name_similarity(a, b) >= enough for a in event.names() for b in names):
        return True
    # "Évènements parallèles" and "Événements parallèles du Sommet": one begins the other.
    return event.kind == mention.kind and any(_begins(a, b) for a in event.names() for b in names)


def _begins(first: str, second: str) -> bool:
    short, long = sorted((name_key(first), name_key(second)), key=len)
    return len(short.split()) >= 2 and f"{long} ".startswith(f"{short} ")


def _take_dates(event: FoundEvent, mention: _Mention) -> None:
    """Keep the most informative dates: a range over a single day, a day over a month."""
    if mention.dates is None:
        return
    start, end = mention.dates.range.start, mention.dates.range.end
    if event.kind == "series" and event.start is not None and event.start.precision == start.precision:
        # A series runs over all its occurrences: the span of every date it is given.
        last = max(event.end or event.start, end or start)
        event.start = min(event.start, start)
        event.end = last if last != event.start else None
        return
    if event.start is None or _detail(start, end) > _detail(event.start, event.end):
        event.start, event.end = start, end


def _detail(start: PartialDate, end: PartialDate | None) -> tuple[int, int]:
    return (1 if end is not None else 0, {"year": 0, "month": 1, "day": 2}[start.precision])


def _link_actors(events: list[FoundEvent], actors: list[FoundActor], paragraphs: list[Paragraph]) -> None:
    """Actors named in an event's sentence take part in it, with a role when a verb says which."""
    by_sentence: dict[tuple[int, int], list[tuple[int, FoundEvent]]] = {}
    for event in events:
        for index, start, _end in event.mentions:
            # A mention may start in the spaces between two sentences ('" " Conférence'): no sentence, no links.
            sentence = next((s for s in paragraphs[index].sentences if s.start <= start < s.end), None)
            if sentence is None:
                continue
            by_sentence.setdefault((index, sentence.start), []).append((start, event))
    for actor in actors:
        if actor.kind == "person" or actor.kind in ("organisation", "country"):
            for index, start, end in actor.mentions:
                paragraph = paragraphs[index]
                sentence = next((s for s in paragraph.sentences if s.start <= start < s.end), None)
                if sentence is None or (index, sentence.start) not in by_sentence:
                    continue
                candidates = by_sentence[(index, sentence.start)]
                _, event = min(candidates, key=lambda item: abs(item[0] - start))
                role = _role(paragraph.text, start, end, sentence)
                if (actor.name, role) not in event.actors and not any(
                    a == actor.name for a, _ in event.actors
                ):
                    event.actors.append((actor.name, role))


def _role(text: str, start: int, end: int, sentence: words.Span) -> str:
    after = text[end : min(sentence.end, end + 40)]
    for pattern, role in _ROLE_CUES:
        if pattern.search(after):
            return role
    before = text[max(sentence.start, start - 40) : start]
    for pattern, role in _BY_ROLES:
        if pattern.search(before):
            return role
    return "participant"


def _parents(events: list[FoundEvent]) -> None:
    """An event held within a longer event's dates is part of its programme."""
    for event in events:
        if event.parent is not None or event.start is None or event.kind in _PROGRAMMES:
            continue
        first, last = event.start.first_day(), (event.end or event.start).last_day()
        best = None
        for other in events:
            if other is event or other.start is None or other.end is None or other.kind not in _HOLDERS:
                continue
            o_first, o_last = other.start.first_day(), other.end.last_day()
            inside = o_first <= first and last <= o_last and (o_first, o_last) != (first, last)
            if inside and event.start.precision == "day" and other.start.precision == "day":
                span = (o_last - o_first).days
                if best is None or span < best[0]:
                    best = (span, other)
        if best is not None:
            event.parent = best[1].name
