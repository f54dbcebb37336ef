"""Whether an event a document reports is an entry the store already has.

Evidence, strongest first: alike names with dates that do not disagree; the same kind, place and
dates with a name word in common; the same kind of gathering in the same city with the same
participants. Looser evidence joins only when it points at one entry: two candidates mean doubt.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from sommet.dates import PartialDate
from sommet.ingest.events_words import KINDS, MILESTONES
from sommet.ingest.mentions import GATHERINGS, ORDINAL_VALUES
from sommet.ingest.milestone_verbs import doer, without_doer
from sommet.ingest.model import FoundEvent
from sommet.ingest.places import cities, same_city, same_place, shared_place
from sommet.models import Event, Location
from sommet.search import name_key, name_similarity
from sommet.search.words import terms

SAME_NAME = 90.0
_NEAR_DAYS = 183  # an article speaks of "the summit" of the half-year around it
# Words that say nothing about which event is meant.
_FILLER = frozenset(
    """le la les l de du des d un une sur pour et en au aux a à the of on for and in an at
    sommet summit conference conférence forum réunion meeting rencontre edition édition mondial mondiale
    global international internationale""".split()
)
# Beyond the lookup's word equivalences (data/search_words.json): a body renamed from one to the other.
_SAME_WORD = {"security": "securite"}
_GENERIC = frozenset("ia ai intelligence artificielle artificial securite safety".split())
_AI_WORDS = frozenset("ia ai intelligence artificielle artificial".split())
# Kinds of one act, told as a text or plan made public: announced, launched, presented, published.
_MADE_PUBLIC = frozenset({"announcement", "launch", "publication"})
_ORDINAL = re.compile(r"\b(?:" + "|".join(ORDINAL_VALUES) + r")\b(?!\s+ministre)", re.IGNORECASE)


def known_event(
    known: list[Event],
    found: FoundEvent,
    *,
    this_document: set[int],
    published: PartialDate | None,
    actors: set[int],
    participants: Callable[[int], set[int]],
) -> Event | None:
    """The entry the found event is, if the evidence points at one.

    ``this_document`` holds the entries the same document's other events became; ``actors`` are
    the store's ids of the found event's actors, and ``participants`` gives an entry's.
    """
    # A name with nothing but generic words ("Sommet sur l'IA") is no evidence by itself.
    if _content_words(found.names()) - _GENERIC:
        match = next((event for event in known if _same_name(event, found)), None)
        if match is not None:
            return match
    likely = _narrowed([event for event in known if _same_event(event, found, this_document)], found)
    if likely:
        return likely[0] if len(likely) == 1 else _nearest(likely, published)
    met = [event for event in known if _met_alike(event, found, this_document, actors, participants)]
    return met[0] if len(met) == 1 else None


def _same_name(event: Event, found: FoundEvent) -> bool:
    """Alike names (or aliases) with dates that do not disagree."""
    if _overlap(event.start, event.end, found.start, found.end) is False:
        return False
    theirs = [event.name, *(a.name for a in event.aliases)]
    if _other_ordinals(theirs, found.names()):
        return False
    return any(name_similarity(a, b) >= SAME_NAME for a in theirs for b in found.names())


def _same_event(event: Event, found: FoundEvent, this_document: set[int]) -> bool:
    """The same kind and place, dates that agree, and names that share what tells events apart.

    This never joins two events of one document: its reading already told them apart. Nor does
    it join a part of one of them to an undated mention the document did not read as a part: "le
    premier Sommet" beside the Paris summit is not the Paris summit's plenary.
    """
    dates_agree = _overlap(event.start, event.end, found.start, found.end)
    if dates_agree is False:
        return False
    theirs = [event.name, *(a.name for a in event.aliases)]
    if (
        _other_ordinals(theirs, found.names())
        or not _apart_from_document(event, found, this_document)
        or not _kinds_agree(event, found, dates_agree)
        or not same_place(event.location, found.location)
    ):
        return False
    # A city one name holds where the other took place ("la Conférence mondiale sur l'IA de
    # Shanghai", in Shanghai) is a place both name, not a word that tells them apart.
    placed = _city_named(theirs, found.location) | _city_named(found.names(), event.location)
    theirs_words, ours_words = _content_words(theirs), _content_words(found.names())
    shared = (theirs_words - placed) & (ours_words - placed)
    if dates_agree is True:
        if event.kind != found.kind:
            # Two words for one act, which a name word joins; or two gatherings, which
            # ``_kinds_agree`` let through only when named by their one place.
            return bool(shared - _GENERIC) or (event.kind in GATHERINGS and found.kind in GATHERINGS)
        # Two reports of one summit dated alike: the same days, or a name word beyond the generic
        # ones, or a place both name ("Summit of the Future" and "Sommet de l'avenir", New York).
        # A day within another's span is no evidence: a two-day meeting holds many talks.
        same_days = _same_days(event.start, event.end, found.start, found.end) and not _other_doers(
            theirs, found.names()
        )
        # A country both name is no evidence for a date known only to its year ("a gathering in the
        # UK before the end of the year"): a year holds many meetings there; a city is.
        to_the_year = "year" in (event.start.precision, found.start.precision)
        both_in = shared_place(event.location, found.location) and (
            not to_the_year or all(place.city or place.venue for place in (event.location, found.location))
        )
        named_place = both_in or bool(placed)
        return (
            same_days
            or bool(shared - _GENERIC)
            or named_place
            or _one_summit(event, found, ours_words, theirs_words)
        )
    # One of the two has no date: the shorter name's every word is in the longer one. Who did it
    # ("... par l'Assemblée générale", "... by the General Assembly") may be said in either language.
    if not shared or (found.start is not None and not shared - _untelling()):
        return False  # a generic name ("le Sommet sur l'IA") joins a dated entry, never draws one in
    ours = _content_words([without_doer(name) for name in found.names()]) - placed
    others = _content_words([without_doer(name) for name in theirs]) - placed
    if ours - _untelling() and not others - _untelling():
        return False  # "Entrée en vigueur de l'IA" draws in no convention's entry into force
    return ours <= others or others <= ours


def _one_summit(event: Event, found: FoundEvent, ours: set[str], others: set[str]) -> bool:
    """Two summits on days written to the day, one within the other's, whose names differ only by
    words one of them adds ("AI Safety Summit", 1-2 November; "premier sommet international consacré
    à la sécurité de l'IA", 2 November), or dated alike with a name of each on the same subject:
    leaders do not hold two summits at once on one subject."""
    if not (event.kind == found.kind == "summit"):
        return False
    if _within(event, found):
        return bool(ours & others) and (ours <= others or others <= ours)
    # "Sommet mondial sur la sécurité de l'IA" in 2023 and the "AI Safety Summit" of 1-2 November
    # 2023: one subject beyond AI itself, told alike by a name of each, in dates that agree.
    theirs = [_content_words([name]) for name in (event.name, *(a.name for a in event.aliases))]
    mine = [_content_words([name]) for name in found.names()]
    return any(words == other and words - _AI_WORDS for words in theirs for other in mine)


def _named_by_one_place(event: Event, found: FoundEvent) -> bool:
    """A meeting and a summit, say, at one place that one of them is named by ("Réunion de Bletchley
    Park"; "the Santiago meeting" and "le premier sommet", in Santiago): dated alike, one gathering
    under two words, as two summits dated alike in one city are one (``_same_event``). A year
    holds many gatherings in a city: one name holding it is then not enough."""
    gatherings = event.kind in GATHERINGS and found.kind in GATHERINGS
    if not gatherings or not shared_place(event.location, found.location):
        return False
    theirs = _holds_its_place([event.name, *(a.name for a in event.aliases)], event.location)
    ours = _holds_its_place(found.names(), found.location)
    to_the_year = any(start is None or start.precision == "year" for start in (event.start, found.start))
    return (theirs and ours) or ((theirs or ours) and not to_the_year)


def _holds_its_place(names: list[str], location: Location) -> bool:
    """Whether one of the names holds the city or venue the event took place in."""
    places = [name_key(place) for place in (location.city, location.venue) if place]
    return any(re.search(rf"\b{re.escape(place)}\b", name_key(name)) for place in places for name in names)


def _within(event: Event, found: FoundEvent) -> bool:
    """Whether one event's days, written to the day, lie within the other's."""
    spans = [(event.start, event.end), (found.start, found.end)]
    if any(start is None or start.precision != "day" for start, _ in spans):
        return False
    (a, a_end), (b, b_end) = [(start.first_day(), (end or start).last_day()) for start, end in spans]
    return (a <= b and b_end <= a_end) or (b <= a and a_end <= b_end)


def _other_ordinals(names: list[str], others: list[str]) -> bool:
    """Names that count differently ("la première journée", "le deuxième jour du premier sommet";
    "the second summit", "the first summit") are different events of a series."""
    ours, theirs = _ordinals(names), _ordinals(others)
    return bool(ours) and bool(theirs) and ours != theirs


def _ordinals(names: list[str]) -> frozenset[int]:
    """The ordinals a set of names says, in any of the names' languages ("Premier ministre" is none)."""
    return frozenset(
        ORDINAL_VALUES[found.group(0).lower()] for name in names for found in _ORDINAL.finditer(name)
    )


def _other_doers(names: list[str], others: list[str]) -> bool:
    """Two milestones said to be done by different hands ("... by the participating leaders",
    "... par le Conseil"): the same day does not make them one."""
    ours = _content_words([doer(name) for name in names])
    theirs = _content_words([doer(name) for name in others])
    return bool(ours) and bool(theirs) and not ours & theirs


def _same_days(
    start: PartialDate | None,
    end: PartialDate | None,
    other: PartialDate | None,
    other_end: PartialDate | None,
) -> bool:
    """The very same days, each written to the day."""
    if start is None or other is None or not start.precision == other.precision == "day":
        return False
    return (start, end or start) == (other, other_end or other)


def _city_named(names: list[str], location: Location) -> set[str]:
    """The words of the city the names hold that is the other report's place, if any."""
    if location.city is None:
        return set()
    named = (hit.known for name in names for hit in cities().find(name))
    here = [
        _content_words(list(known.names)) for known in named if same_city(location, Location(city=known.name))
    ]
    return set().union(*here)


def _met_alike(
    event: Event,
    found: FoundEvent,
    this_document: set[int],
    actors: set[int],
    participants: Callable[[int], set[int]],
) -> bool:
    """Two reports that name one gathering differently ("bilateral talks", "une rencontre de haut
    niveau"): the same kind, the same city, dates that do not disagree, and two of the same actors."""
    if len(actors) < 2 or event.kind != found.kind or not _apart_from_document(event, found, this_document):
        return False
    if _overlap(event.start, event.end, found.start, found.end) is False:
        return False
    return same_city(event.location, found.location) and len(participants(event.id) & actors) >= 2


def _apart_from_document(event: Event, found: FoundEvent, this_document: set[int]) -> bool:
    """Neither one of the document's other events nor a part of one, unless the document dates the
    mention or reads it as a part: an undated mention beside the whole is some other event."""
    if event.id in this_document:
        return False
    return event.parent_id not in this_document or found.parent is not None or found.start is not None


def _narrowed(candidates: list[Event], found: FoundEvent) -> list[Event]:
    """Of several entries that fit, those that share a name word that tells events apart, then
    those in the same place, and of those the wholes rather than their parts: a summit dated alike
    is the summit, not its day."""
    ours = _content_words(found.names()) - _GENERIC
    named = [e for e in candidates if ours & _content_words([e.name, *(a.name for a in e.aliases)])]
    candidates = named or candidates
    # A place both sides name (Paris, in France) is evidence; a place one side lacks is none.
    candidates = [e for e in candidates if shared_place(e.location, found.location)] or candidates
    ids = {event.id for event in candidates}
    return [event for event in candidates if event.parent_id not in ids]


def _nearest(candidates: list[Event], published: PartialDate | None) -> Event | None:
    """Of several dated entries an undated mention may be, the one clearly nearest the article's
    date: "le Sommet sur l'IA" in a February 2025 article is the summit of that month."""
    if published is None:
        return None
    dated = sorted(
        (abs((event.start.first_day() - published.first_day()).days), event.id, event)
        for event in candidates
        if event.start is not None
    )
    if not dated or dated[0][0] > _NEAR_DAYS or (len(dated) > 1 and dated[1][0] <= 2 * dated[0][0] + 1):
        return None
    return dated[0][2]


def _content_words(names: list[str]) -> set[str]:
    """The words that tell an event from another: no articles, prepositions or kind words."""
    out: set[str] = set()
    for name in names:
        # Each word in its one stored form, so "Recommendation on Ethics" shares words with
        # "Recommandation sur l'éthique".
        words = (_SAME_WORD.get(position[0], position[0]) for position in terms(name_key(name)))
        # Not the "s" of a possessive ("Japan's", "the UN's"), which tells nothing apart.
        out.update(word for word in words if word not in _filler() and not word.isdigit() and len(word) > 1)
    return out


@cache
def _filler() -> frozenset[str]:
    """The fixed filler words and every one-word kind or milestone of the event words, all in their
    stored form ("première" is "premiere"): "publication" alone does not make two publications one."""
    event_words = (word for word in (*_FILLER, *KINDS, *MILESTONES) if " " not in word)
    return frozenset(position[0] for word in event_words for position in terms(name_key(word)))


@cache
def _untelling() -> frozenset[str]:
    """The generic words and the kinds or milestones of several words the lookup stores as one
    ("entry into force"): what an event is about or is, not which one it is."""
    stored = (terms(name_key(word)) for word in (*KINDS, *MILESTONES) if " " in word)
    return _GENERIC | {positions[0][0] for positions in stored if len(positions) == 1}


def _kinds_agree(event: Event, found: FoundEvent, dates_agree: bool | None) -> bool:
    """The same kind; or two words for making a text public, or two gatherings named by their one
    place, dated alike; or, when one side is undated, two words for a gathering ("the GPAI summit",
    "the GPAI meeting") that a distinctive name word joins: dates would have told them apart."""
    if event.kind == found.kind:
        return True
    if dates_agree and event.kind in _MADE_PUBLIC and found.kind in _MADE_PUBLIC:
        return True  # "Proposal of the Initiative" and "Présentation de l'Initiative", dated alike
    if dates_agree and _named_by_one_place(event, found):
        return True
    gatherings = event.kind in GATHERINGS and found.kind in GATHERINGS
    return dates_agree is None and gatherings and bool(_content_words(found.names()) - _GENERIC)


def _overlap(
    start: PartialDate | None,
    end: PartialDate | None,
    other: PartialDate | None,
    other_end: PartialDate | None,
) -> bool | None:
    """True when two date spans overlap, False when they do not, None when one is unknown."""
    if start is None or other is None:
        return None
    first, last = start.first_day(), (end or start).last_day()
    o_first, o_last = other.first_day(), (other_end or other).last_day()
    return first <= o_last and o_first <= last
