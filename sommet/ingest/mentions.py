"""What the event rules pass between them: a mention of an event, and the few helpers they share."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sommet.dates import DateMention
from sommet.ingest import text as words
from sommet.ingest.events_words import EVENT_WORD, FUTURE, GATHERING_KINDS, KIND_WORD
from sommet.ingest.lexicon import venue_words
from sommet.ingest.places import cities
from sommet.models import Location

_BEFORE_PENALTY = 15  # characters: "qui débutera le 6 février" beats "en février à une semaine..."
MAX_NAME_WORDS = 12
# Which one of a series an ordinal says: "le premier sommet" and "the first summit" are one.
ORDINAL_VALUES = {
    **dict.fromkeys("premier première premiere inaugural inaugurale first".split(), 1),
    **dict.fromkeys("deuxième deuxieme second seconde".split(), 2),
    **dict.fromkeys("troisième troisieme third".split(), 3),
    **dict.fromkeys("quatrième quatrieme fourth".split(), 4),
    **dict.fromkeys("cinquième cinquieme fifth".split(), 5),
    **dict.fromkeys("sixième sixieme sixth".split(), 6),
    **dict.fromkeys("septième septieme seventh".split(), 7),
    **dict.fromkeys("huitième huitieme eighth".split(), 8),
    **dict.fromkeys("neuvième neuvieme ninth".split(), 9),
    **dict.fromkeys("dixième dixieme tenth".split(), 10),
    **dict.fromkeys("onzième onzieme eleventh".split(), 11),
    **dict.fromkeys("douzième douzieme twelfth".split(), 12),
}
ORDINALS = frozenset(ORDINAL_VALUES)
_LOCATION = re.compile(r"(?:\b(?:à|au|aux|in|at|en)\s+(?:la\s+|l'|le\s+|the\s+)?)$", re.IGNORECASE)
# "a state visit to Canada": where a trip goes.
_TRIP_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
# "met for the first time since its creation in Kigali last year": what "since" names has its own
# time and place ("réunis depuis lundi" is the event's own start).
SINCE_WHAT = re.compile(
    r"\b(?:since|depuis)\s+(?:its|their|the|his|her|sa|son|ses|leur|la|le|l'|les)\s*"
    # not a time: "depuis l'été 2024", "since the start of 2024"
    r"(?!(?:été|automne|hiver|printemps|summer|autumn|fall|winter|spring|début|fin|mi|beginning|end|start|middle"
    r"|year|année|an|mois|month|semaine|week)\b)[a-zà-ÿ]",
    re.IGNORECASE,
)
# An event page's line of days and venue, up to its city: " · Eko Convention Centre, " before "Lagos".
_PAGE_VENUE = re.compile(r"\s·\s+(?:(?P<venue>[^·,.;\d]{2,60}),\s+)?$")
# Between a place and the gathering it hosts: "Lomé hosted the", "Lomé a accueilli le".
_HOSTED = re.compile(
    # An aside may come between the place and its verb ("Bletchley Park, où Turing travaillait, a
    # accueilli"), and an ordinal or adjective between the article and the gathering ("le premier").
    # A time may come before the article ("accueillera cet automne le sommet").
    r"(?:\s*,[^,.;]{1,80},)?"
    r"(?:\s+(?:(?:will|has|had)\s+)?(?:host(?:s|ed)?|welcome[sd]?)\s+(?:[^\W\d]+\s+){0,2}?(?:the\s+|a\s+|an\s+)?"
    r"|\s+(?:a|avait|va)?\s*accueill\w*\s+(?:[^\W\d]+\s+){0,2}?(?:le\s+|la\s+|les\s+|l'|un\s+|une\s+)?)"
    r"(?:[^\W\d]+\s+){0,2}$",
    re.IGNORECASE,
)
# "le sommet que l'Inde accueillera", "the summit that Ghana will host": a place that hosts what it follows.
_HOSTING_PLACE_AFTER = re.compile(
    r"[^.;]{0,40}?\b(?:que|qu['’]|which|that)\s+(?:le\s+|la\s+|les\s+|l['’])?$", re.IGNORECASE
)
_WILL_HOST = re.compile(r"\s+(?:(?:will|would|has|had)\s+)?(?:host(?:s|ed)?\b|accueill)", re.IGNORECASE)
# Kinds of gathering: held somewhere, which a place in their name says ("la Conférence de Munich"),
# and named alike for one event ("the GPAI summit", "the GPAI meeting").
GATHERINGS = frozenset({"summit", "conference", "forum", "meeting"})
_LONGEST_KIND_WORD = 40  # characters before a place a kind word holding it may start
# Visits, made by someone and going somewhere: "Visit of Fumio Kishida to Addis Ababa".
VISITS = frozenset({"visit", "state visit"})
TRIPS = VISITS | {"mission"}
# What is held from a first to a last day, which an act can open or close: a gathering or a trip.
HELD = GATHERING_KINDS | TRIPS
# "adopted on 17 May and opened for signature in Vilnius": a past participle after "and" is the
# next step, whose place is its own.
_NEXT_VERB_AFTER = re.compile(
    r",?\s+(?:puis|then|avant de|before)\s|\s(?:and|et)\s+(?=(?-i:[a-z])\w{2,}(?:ed|é|ée|és|ées)\s)"
    # "a auditionné ... et s'est rendue à Bruxelles", "and has travelled to": a verb of its own
    r"|\s(?:and|et)\s+(?:s['’](?:est|était)|se\s+sont|a|ont|avait|avaient|has|have|had)\s+(?=(?-i:[a-zà-ÿ]))",
    re.IGNORECASE,
)
# ", joining 20 companies that ...": a participle in -ing after a comma opens a clause of its own;
# "during", "including", "following" are prepositions.
_GERUND_CLAUSE = re.compile(
    r",\s+(?!(?:during|including|according|regarding|concerning|following|notwithstanding)\b)(?-i:[a-z]{3,}ing)\b"
)
# "six days before the inauguration", "après la réunion": an event the sentence's time is counted from.
RELATIVE_TO = re.compile(
    r"(?:\b(?:before|after|ahead of|avant|après|at the end of|in the wake of|on the eve of|the day before"
    r"|the day after|to prepare(?: for)?|in preparation for|pour préparer"
    # "au moment où la France préparait sa présidence", "was preparing for the summit": still ahead.
    r"|prépar(?:e|ent|ait|aient|ons|ez|era|eront)|preparing(?: for)?|prepares for|prepared for)\s+"
    r"|\b(?:[àa] l'issue|dans la foulée|[àa] la veille|la veille|au lendemain|le lendemain|en vue"
    r"|en préparation)\s+(?:d[eu]s?\s+|de l'|d'))"
    r"(?:the\s+|la\s+|le\s+|l'|les\s+|its\s+|their\s+|sa\s+|son\s+|ses\s+|leur\s+)?$",
    re.IGNORECASE,
)
# A subordinate clause opened after a place, with no comma closing it before the event.
_SUBORDINATE_SINCE = re.compile(r"\b(?:before|after|until|avant|après|jusqu'à ce)\b[^,;]*$", re.IGNORECASE)
_AND_LATER = re.compile(
    r"\b(?:and|et|puis|then)\s+(?:will|shall|would|should|must|va|vont|doit|doivent|devrait|devraient)\b",
    re.IGNORECASE,
)
# Verbs that tell what a text or a meeting asks for: "calls for", "urges", "prévoit", "appelle à".
_ASKS_FOR = re.compile(
    r"\b(?:calls?\s+for|called\s+for|provides?\s+for|urges?|urged|prévoi(?:t|ent)|appell?(?:e|ent|ait)\s+à"
    r"|exhorte(?:nt)?)\b",
    re.IGNORECASE,
)
_RELATIVE_AFTER = re.compile(r",\s*(?:which|qui|dont)\s", re.IGNORECASE)
# "L'Autorité, créée en 2029, organisera une journée à Gand": an act told by a participle in an
# aside opened by a comma ends at the next one; the main clause's place after it is not the act's.
_ASIDE_OPENED = re.compile(r",\s*$")
_PARTICIPLE = re.compile(r"(?:[^\W\d_]+(?:é|ée|és|ées|ed)|set|made|held|built|begun|written|drawn)\b")
_ASIDE_CLOSED = re.compile(r",")
# "prepared by", "préparé par": a past participle and its agent.
_MADE_BY_AFTER = re.compile(
    r"\s+(?:[^\W\d_]+(?:é|ée|és|ées)|[^\W\d_]+ed|made|drawn\s+up|written|set\s+up)\s+(?:par|by)\s",
    re.IGNORECASE,
)
# Before what a gathering is about, not where: "on", "sur", "about", "consacré à".
_ABOUT = re.compile(
    r"\b(?:on|about|for|sur|pour|consacrée?s?\s+à)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?$", re.IGNORECASE
)
_CITY_AFTER_VENUE = re.compile(r"\s*(?:,\s*(?:(?:in|à)\s+)?|\s+(?:in|à|de)\s+)", re.IGNORECASE)
# What a calendar item or a name places: the gatherings, and a week of them.
_HELD_SOMEWHERE = GATHERINGS | {"week"}
# A calendar item's gathering, then its place: "Forum (FGI), Bergen (Norvège)."
_ITEM_TO_PLACE = re.compile(r"(?:\s+\([^()]{1,20}\))?,\s+")
_ITEM_END = re.compile(r"(?:\s+\([^()]{1,40}\))?[\s.;]*")
# A calendar item's days and place before its first sentence: "• 19-20 mai — Accra, Kempinski Hotel."
_DAYS_TO_PLACE = re.compile(r"[^.:;]{0,50}\d[^.:;]{0,30}\s[—–-]\s+")
_PLACE_TO_ITEM = re.compile(r"(?:,\s+(?P<venue>[^\W\d][^,.;:()]{1,60}?))?(?:\s+\([^()]{1,40}\))?\s*[.:]\s*")
_OPENS_SENTENCE = re.compile(r"(?:(?:le|la|les|l['’]|the)\s*)?", re.IGNORECASE)
_VENUE_PREP = re.compile(r"(?:\b(?:au|aux|at the)\s+|\bà la\s+|\bà l')$", re.IGNORECASE)


@dataclass
class Mention:
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
    parent_hint: Mention | None = None
    told: bool = False  # its sentence writes a date that cannot be known
    refers: bool = False  # "the event": only ever another name for an event named before
    earlier: bool = False  # told in the pluperfect: a day counted from the text's time is not its own
    listed_with: Mention | None = None  # "avec X, Y et Z": Y's and Z's meetings point at X's
    edition: bool = False  # "last year's edition": another edition of a gathering told before
    series: Mention | None = None  # that gathering, once known
    held: bool = False  # a name the text says is held ("DroneCon will take place"), whatever else took it
    leaders_met: bool = False  # a group's summit told by its leaders meeting ("les chefs d'État du G7")


def capitalise(name: str) -> str:
    name = " ".join(name.split())
    return name[:1].upper() + name[1:]


def gap(mention: Mention, date_mention: DateMention) -> int:
    if date_mention.start >= mention.end:
        return date_mention.start - mention.end
    if date_mention.end <= mention.start:
        return mention.start - date_mention.end + _BEFORE_PENALTY
    return 0


def location_of(
    text: str,
    mention: Mention,
    sentence: words.Span,
    places: list[tuple[int, int, str]],
    next_event: int | None = None,
) -> Location:
    """The place written "à X", "au X", "in X" after the event, before the next gathering the sentence
    names (``next_event``: "the Seoul meeting follows the summit held at Bletchley Park"); else a
    city a gathering's own name holds ("Sommet de Lomé sur les données", "the Lomé Summit"); else
    the place that hosts it ("Lomé hosted the summit"); else one written "à X" before it."""
    # Not a word of a kind of event ("visite d'État").
    inside = [p for p in places if sentence.start <= p[0] < sentence.end and not _of_a_kind_word(text, p)]
    bound = sentence.end if next_event is None else next_event
    bound = mention.end if made_by_after(text, mention) else bound
    # "s'exprimera devant le Parlement, puis visitera un centre à Saclay": the next verb's place;
    # "endorsed a code, which will be reviewed in Brasília": a later step's, which a clause about
    # what was done tells in the future.
    clause = _NEXT_VERB_AFTER.search(text, mention.end, bound) or SINCE_WHAT.search(text, mention.end, bound)
    bound = clause.start() if clause is not None else bound
    # "signed the commitments, joining companies that signed them at the Seoul summit": an act's
    # participle clause after a comma tells of another time and place (a gathering's may be its own).
    gerund = _GERUND_CLAUSE.search(text, mention.end, bound) if mention.kind not in GATHERINGS else None
    bound = gerund.start() if gerund is not None else bound
    # "The Nairobi Declaration calls for a facility in Kigali": what it asks for is elsewhere.
    asks = _ASKS_FOR.search(text, mention.end, bound)
    bound = asks.start() if asks is not None else bound
    if (
        mention.kind not in GATHERINGS
        and _ASIDE_OPENED.search(text, sentence.start, mention.start)
        and _PARTICIPLE.match(text, mention.start)
    ):
        aside = _ASIDE_CLOSED.search(text, mention.end, bound)
        bound = aside.start() if aside is not None else bound
    relative = _RELATIVE_AFTER.search(text, mention.end, bound)
    if relative is not None and mention.kind not in GATHERINGS:
        place = min((p[0] for p in inside if relative.end() <= p[0] < bound), default=bound)
        bound = relative.start() if FUTURE.search(text, relative.end(), place) else bound
    after = sorted(p for p in inside if mention.start <= p[0] < bound)
    # "signed in Ottawa on 6 May and will publish a report": a later step's place is not told.
    # "spoke at Sciences Po, two weeks before the Outlook is released": the place of the clause the
    # event's is subordinate to.
    before = sorted(
        (
            p
            for p in inside
            if p[0] < mention.start
            and not _AND_LATER.search(text, p[1], mention.start)
            and not _SUBORDINATE_SINCE.search(text, p[1], mention.start)
        ),
        reverse=True,
    )
    if RELATIVE_TO.search(text, max(0, mention.start - 30), mention.start):
        before = []  # "adopted in Accra a position ahead of the UN talks": the talks are elsewhere
    if mention.kind == "entry into force":
        before = []  # "La charte, adoptée à Dakar en 2029, entrera en vigueur": a text applies nowhere
    own = _own_city(text, mention, inside)
    for index, (start, end, kind) in enumerate(after):
        if (found := _after_preposition(text, sentence, start, end, kind, mention)) is not None:
            if own is not None and _elsewhere(found, own) and "," in text[mention.end : start]:
                continue  # "le sommet de Kigali, en février, et ... à Nairobi": its name says where
            located = _with_city_after(text, found, end, after[index + 1 :])
            if located.venue is not None and located.city is None and own is not None and own.city:
                # "le Forum de Lyon s'est ouvert au Palais des congrès": in its name's city ("at the
                # Munich Security Conference in Munich" names no venue)
                venue = None if located.venue.lower() == own.city.lower() else located.venue
                return Location(venue=venue, city=own.city, country=located.country)
            return located
        if _HOSTING_PLACE_AFTER.match(text, mention.end, start) and _WILL_HOST.match(text, end):
            return _located(text, start, end, kind)
    if own is not None:  # "the New Delhi Summit", whatever was in Paris before it
        return own
    if mention.kind in TRIPS:  # "Visit of Fumio Kishida to Addis Ababa": where the trip goes
        named = [p for p in inside if mention.start <= p[0] and p[1] <= mention.end]
        if named:
            return _located(text, *named[-1])
    hosts = [p for p in before if _HOSTED.match(text, p[1], mention.start)]
    if hosts:  # "Lomé hosted the summit", "Lomé a accueilli le sommet", "le Ghana accueillera le sommet"
        return _located(text, *hosts[0])
    for start, end, kind in before:
        if (found := _after_preposition(text, sentence, start, end, kind, mention)) is not None:
            return found
    return _item_lead(text, sentence, mention, places) if mention.kind in _HELD_SOMEWHERE else Location()


def _item_lead(
    text: str, sentence: words.Span, mention: Mention, places: list[tuple[int, int, str]]
) -> Location:
    """The place a calendar item's days lead to, before the sentence the item's gathering opens
    ("• 19-20 mai — Accra, Kempinski Hotel. Sommet sur les drones, ...")."""
    lead = sorted(p for p in places if p[1] <= sentence.start)
    if not lead or _OPENS_SENTENCE.fullmatch(text, sentence.start, mention.start) is None:
        return Location()
    start, end, kind = lead[0]
    days = _DAYS_TO_PLACE.fullmatch(text, 0, start)
    rest = _PLACE_TO_ITEM.fullmatch(text, end, sentence.start)
    if days is None or rest is None or kind == "region":
        return Location()
    if kind == "country":
        return Location(country=text[start:end])
    venue = rest.group("venue")
    return Location(venue=venue, city=text[start:end]) if venue else _place(text[start:end])


def _with_city_after(text: str, found: Location, end: int, later: list[tuple[int, int, str]]) -> Location:
    """A venue and the city written right after it: "at the Kempinski Hotel in Accra"."""
    if found.venue is None or not later or not _CITY_AFTER_VENUE.fullmatch(text, end, later[0][0]):
        return found
    city = _located(text, *later[0])
    return Location(venue=found.venue, city=city.city) if city.city else found


def made_by_after(text: str, mention: Mention) -> bool:
    """Whether what an act was done to is qualified by its maker right after it ("will discuss a draft
    prepared by experts who met in Seoul in March", "un projet préparé par un groupe réuni à Séoul"):
    the clause's place and date are the making's. A gathering's or a text's are its own ("le sommet
    sur les drones organisé par la France à Paris", "the declaration adopted by members in Delhi")."""
    if EVENT_WORD.search(text, mention.start, mention.end) is not None:
        return False  # told by its noun, not by a verb and what it is done to
    return _MADE_BY_AFTER.match(text, mention.end) is not None


def _of_a_kind_word(text: str, place: tuple[int, int, str]) -> bool:
    """Whether a place the recogniser found is a word of a kind of event ("État" in "visite d'État")."""
    kinds = KIND_WORD.finditer(text, max(0, place[0] - _LONGEST_KIND_WORD), place[1])
    return any(kind.start() <= place[0] and place[1] <= kind.end() for kind in kinds)


def _located(text: str, start: int, end: int, kind: str) -> Location:
    """The place at ``start:end`` as a location: a country, or a city or venue (``_place``); a
    region ("West Africa") is wider than any event's place, and says none."""
    if kind == "region":
        return Location()
    return Location(country=text[start:end]) if kind == "country" else _place(text[start:end])


def _in_name(text: str, mention: Mention, place: tuple[int, int, str]) -> bool:
    """Whether a place is written within the mention, or is the word its name gained before it
    ("The Santiago meeting": the mention is "meeting", its name "Santiago meeting"), and not as what
    the gathering is about or for ("Workshop on AI standards", "Conférence sur l'Afrique", "AI for
    Good summit")."""
    first = min(mention.start, mention.end - len(mention.name))
    if _ABOUT.search(text, max(first, place[0] - 12), place[0]) is not None:
        return False
    return first <= place[0] and place[1] <= mention.end and text[place[0] : place[1]] in mention.name


def _elsewhere(found: Location, own: Location) -> bool:
    """Whether a city told after a gathering is another than the one its name holds (a venue is not)."""
    return found.venue is None and found.city is not None and found.city.lower() != (own.city or "").lower()


def _own_city(text: str, mention: Mention, inside: list[tuple[int, int, str]]) -> Location | None:
    """The one city a gathering's own name holds ("Sommet de Lomé", "the New Delhi Summit", "Semaine
    de l'IA de Montréal")."""
    if mention.kind not in _HELD_SOMEWHERE:
        return None
    named = [p for p in inside if _in_name(text, mention, p) and p[2] not in ("country", "region")]
    return _place(text[named[0][0] : named[0][1]]) if len(named) == 1 else None


def _after_preposition(
    text: str, sentence: words.Span, start: int, end: int, kind: str, mention: Mention
) -> Location | None:
    """The place at ``start``, when "à", "au", "in", "at" leads to it, or an event page's line of
    days and venue does ("8–12 September 2031 · Eko Convention Centre, Lagos"); in a list of
    events ("24–26 November · Internet Governance Forum, Riyadh") the event is no venue."""
    listed = _PAGE_VENUE.search(text, sentence.start, start)
    if listed is not None and kind in ("place", "country"):
        venue = listed.group("venue")
        if venue is not None and listed.start("venue") <= mention.start < listed.end("venue"):
            venue = None
        return (
            Location(venue=venue, city=text[start:end])
            if kind == "place"
            else Location(venue=venue, country=text[start:end])
        )
    lead = text[max(sentence.start, start - 12) : start]
    located = (
        _LOCATION.search(lead)
        or (mention.kind in TRIPS and _TRIP_TO.search(lead))
        # "Oct 14–16: OECD AI policy conference, Paris.": a calendar item's place closes it, its
        # acronym or its region and country may stand in brackets ("Forum (FGI), Bergen (Norvège)").
        or (
            mention.kind in _HELD_SOMEWHERE
            and _ITEM_TO_PLACE.fullmatch(text, mention.end, start) is not None
            and _ITEM_END.fullmatch(text, end, sentence.end) is not None
        )
    )
    if not located or kind == "region":
        return None  # "organisée en Europe ..., à Trente": a region says no place; a later one may
    if kind == "country":
        return Location(country=text[start:end])
    name = text[start:end]
    return _venue(name) if _VENUE_PREP.search(lead) else _place(name)


def _place(name: str) -> Location:
    """A place of several words is a venue ("Bharat Mandapam") unless a known city ("New Delhi"); a
    city its name holds is where it stands ("Kigali Convention Centre")."""
    if len(name.split()) == 1 or cities().lookup(name) is not None:
        return Location(city=name)
    return _venue(name)


def _venue(name: str) -> Location:
    """A building, in the city its name holds ("Kigali Convention Centre"); not one named after it
    by a building's word alone ("Hyderabad House" is in New Delhi)."""
    held = [
        hit
        for hit in cities().find(name)
        if hit.end - hit.start < len(name) and name[hit.end :].strip().lower() not in venue_words()
    ]
    return Location(venue=name, city=name[held[0].start : held[0].end] if held else None)
