"""Events in a document: kind words, quoted or named titles, their dates, place, parent and actors."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from sommet.dates import DateMention, PartialDate
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph
from sommet.ingest.antecedents import Antecedents
from sommet.ingest.cancelled import called_off, put_off_undated
from sommet.ingest.deadlines import given_until, labelled_dates
from sommet.ingest.editions import edition_mentions, elided_ordinals, name_editions, series_of
from sommet.ingest.event_dates import (
    CLOCK_OPENS,
    LEAD_PARAGRAPHS,
    WEEKEND,
    about_the_future,
    announced_today,
    arrival_day,
    assign_dates,
    attended_for_days,
    closed_by,
    closed_with,
    closing_dates,
    coordinated_dates,
    date_days_of,
    date_declarations,
    date_the_lead,
    date_weekends,
    dated_by_name,
    dated_tail,
    days_from_events,
    done_on_the_trip,
    ended_with,
    fronted_date,
    goes_on_planning,
    heading_date,
    held_alongside,
    held_that_evening,
    in_relative_aside,
    last_days,
    live_day,
    main_clause_dates,
    on_the_sidelines,
    one_day,
    opening_date,
    opens_on_a_day,
    planned_day,
    setting_told_before,
    sitting,
    timeline_item,
    told_later,
    told_when,
    trip_purposes,
    undated_and_told,
    weekend_after,
)
from sommet.ingest.event_names import (
    DETERMINER_BEFORE,
    NEXT_BEFORE,
    merge_appositions,
    name_by_owner,
    name_by_place,
    name_by_subject,
    named_by_apposition,
    read_mention,
    term_told,
)
from sommet.ingest.events_words import EVENT_WORD, FUTURE, GATHERING_KINDS, KINDS, MILESTONES, is_milestone
from sommet.ingest.extra_events import (
    WHO_MET,
    announced_that,
    announcements,
    applied_parts,
    counterpart_meetings,
    hosted_summits,
    meetings_of_people,
    ministers_meeting,
    repeated_elsewhere,
    series_editions,
    share_listed_dates,
    speeches_of_people,
    timeline_entry,
    topic_events,
    visits_of_people,
)
from sommet.ingest.lexicon import instrument_heads
from sommet.ingest.mentions import GATHERINGS, ORDINALS, TRIPS, VISITS, Mention, capitalise, gap, location_of
from sommet.ingest.milestone_verbs import doer, of_phrase, verb_events
from sommet.ingest.model import FoundActor, FoundEvent
from sommet.ingest.named_gatherings import named_gatherings
from sommet.ingest.places import cities, same_city, same_place
from sommet.ingest.programme import programme_item, timed_break
from sommet.search import name_key, name_similarity

_SAME_NAME = 92.0
_SAME_NAME_AND_KIND = 85.0
# What a trip told after another event follows it by: "avant un premier déplacement", "then a visit".
_NEXT_TRIP = re.compile(r"\b(?:avant|before|puis|then|après|after)\b[^,;.]{0,20}$", re.IGNORECASE)
# Where a meeting's name says whom it was with ("Entretien avec Ama Owusu").
_MET_WITH = re.compile(r"\s(?:with|avec)\s")
# What those who met did so for, up to the gathering: "se sont réunis à Paris pour la réunion".
_MET_FOR = re.compile(
    r"[^.;:]*?\b(?:pour|for)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+|an?\s+|une?\s+|their\s+|its\s+|leur\s+)?",
    re.IGNORECASE,
)
# The words that open who did a milestone ("par le", "by the"), shared by any two of them.
_BY_WORDS = frozenset({"par", "by", "le", "la", "les", "l", "the"})
_PROGRAMMES = frozenset({"week", "series"})
_HOLDERS = frozenset({"week", "series", "summit", "conference", "forum", "state visit"})
# Gatherings that last several days, which a live page covers one day of; not "conference", which
# the day's news conference is too.
_SEVERAL_DAYS = frozenset({"summit", "forum", "week", "state visit", "mission"})
# What a speech is given at, and is then a part of: any gathering, a sitting or a ceremony too.
_SPOKEN_AT = _HOLDERS | {"meeting", "event", "dinner", "webinar"}
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
_BY = r"\s+(?:par|by)\s+(?:l'|la |le |les |the )?$"
_BY_ROLES = (
    (re.compile(r"(?:organis\w*|organiz\w*)" + _BY, re.IGNORECASE), "organiser"),
    (re.compile(r"(?:hosted|accueilli\w*)" + _BY, re.IGNORECASE), "host"),
)


# A kind word that names a building: "palais des congrès", "salle de conférence", "Conference Centre".
_VENUE_BEFORE = re.compile(r"\b(?:palais|centre|center|salles?|hall)\s+(?:des|de|du|of)\s+$", re.IGNORECASE)
_VENUE_AFTER = re.compile(r"\s+(?:centres?|centers?|halls?|rooms?)\b", re.IGNORECASE)
# A kind word that is a time: "this week", "cette semaine", "la semaine prochaine".
_WEEK = re.compile(r"week|semaine", re.IGNORECASE)
_NAMED_WEEK = re.compile(r"\s+(?:de|des|du|d'|of)\b", re.IGNORECASE)
_A_TIME = re.compile(r"\b(?:this|next|last|cette)\s+$", re.IGNORECASE)
_A_TIME_AFTER = re.compile(r"\s+(?:prochaine|dernière|passée)\b", re.IGNORECASE)
_ARTICLES = frozenset("a an the un une le la les l".split())
# Articles and the short words that join a name's words.
_JOINING = _ARTICLES | frozenset("of on for and in to at with de du des d sur pour et en au aux".split())
# What happens on one day: two dates make two of them.
_AT_ONE_TIME = frozenset({"adoption", "signing", "publication", "entry into force", "deadline", "launch"})
_NUMBER = re.compile(r"(?<![\w-])\d+(?![\w-])")  # a number of its own in a name ("Session 2")


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
    live_coverage: bool = False,
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
    mentions: list[Mention] = []
    antecedents = Antecedents(
        headline or "",
        tuple(paragraph.text for paragraph in paragraphs),
        tuple(paragraph.sentences if paragraph.language == "fr" else None for paragraph in paragraphs),
    )
    heading: DateMention | None = None
    # What a sentence tells while set at a gathering told before ("During the summit, ..."), and that gathering.
    set_at: list[tuple[Mention, Mention]] = []
    # A programme's items keep the day their heading gives through their descriptions' dated prose;
    # a one-day programme's items are held on its day.
    day_heading = one_day(headline_dates or [])
    live = live_day(paragraphs, published) if live_coverage else None
    # What the sentence before told, in this paragraph or the last, and the paragraph's text.
    told_last: tuple[str, list[Mention]] = ("", [])
    for paragraph in paragraphs:
        names_taken = organisations.get(paragraph.index, [])
        paragraph_dates = dates.get(paragraph.index, [])
        if paragraph_dates:
            heading = heading_date(paragraph, paragraph_dates)
            day_heading = heading or day_heading
            if heading is not None and sitting(paragraph.text, heading):
                # The meeting whose title stands right above its place and day sits then.
                titled = [m for m in mentions if m.paragraph == paragraph.index - 1 and m.dates is None]
                assign_dates(titled, [heading])
        if timed_break(paragraph.text):
            continue
        item = programme_item(paragraph.index, paragraph.text)
        if item is not None:
            item.dates = day_heading
            mentions.append(item)
            continue
        opening = opening_date(paragraph, paragraph_dates) or (None if paragraph_dates else heading)
        timed = live is not None and CLOCK_OPENS.match(paragraph.text) is not None
        if (
            opening is None
            and timed
            and not any(d.start < paragraph.sentences[0].end for d in paragraph_dates)
        ):
            opening = live  # "10:40 The statement is out": on the live page's day
        planned: DateMention | None = None
        before: list[Mention] = []  # what the sentence before told, and where it opened
        opens = 0
        for sentence in paragraph.sentences:
            # A day carried from a heading or the paragraph's opening dates what the sentence tells.
            carried = opening is not None and (opening.start < sentence.start or opening in (heading, live))
            counted = days_from_events(paragraph.text, sentence, mentions)
            if counted:
                paragraph_dates = sorted([*paragraph_dates, *counted], key=lambda d: d.start)
            # "During the summit, ...": set at a gathering told before, and dated by it (below).
            setting = None if carried else setting_told_before(paragraph.text, sentence, mentions)
            told = carried or setting is not None
            found = _sentence_events(
                paragraph, sentence, paragraph_dates, places, told, antecedents, told_last
            )
            name_by_subject(paragraph.text, found, sentence, names_taken, paragraph.language)
            alongside = held_alongside(paragraph.text, sentence, mentions)
            if alongside is not None:  # "Un forum se tiendra en parallèle": on the summit's days
                for mention in undated_and_told(found, paragraph.text):
                    if mention.kind in GATHERING_KINDS:
                        mention.dates = alongside.dates
            if counted:  # "la veille du sommet": the summit is what the day is counted from, named before
                found = [m for m in found if not any(d.start <= m.start < d.end for d in counted)]
                assign_dates([m for m in found if m.dates is None], counted, paragraph.text)
            if paragraph is paragraphs[0] and sentence is paragraph.sentences[0]:
                announced_today(paragraph.text, found, sentence, paragraph_dates, published)
            for met in counterpart_meetings(paragraph, sentence, paragraph_dates, people, places):
                found = _one_meeting(found, met, paragraph.text)
            found.extend(hosted_summits(paragraph, sentence, paragraph_dates, places))
            paragraph_people = people.get(paragraph.index, [])
            visits_of_people(paragraph.text, found, sentence, paragraph_people, paragraph.language == "fr")
            speeches_of_people(paragraph.text, found, sentence, paragraph_people, paragraph.language == "fr")
            met = meetings_of_people(
                paragraph.text, found, sentence, paragraph_people, paragraph.index, paragraph.language == "fr"
            )
            sentence_dates = [d for d in paragraph_dates if sentence.start <= d.start < sentence.end]
            assign_dates([m for m in met if m.dates is None], sentence_dates, paragraph.text)
            share_listed_dates(met)
            timeline_item(paragraph.text, met, sentence_dates, sentence)
            found.extend(met)
            fronted = fronted_date(paragraph.text, sentence, sentence_dates)
            if fronted is not None:
                for mention in undated_and_told(found, paragraph.text):  # each, not only the nearest
                    if mention.start > fronted.end and not in_relative_aside(paragraph.text, mention.start):
                        mention.dates = fronted
            if carried and opening is live:
                for mention in undated_and_told(found, paragraph.text):  # all a live entry tells
                    mention.dates = (
                        None if _not_of_the_live_day(mention, found, paragraph.text, sentence) else live
                    )
            elif carried:
                assign_dates(undated_and_told(found, paragraph.text), [opening])
            elif setting is not None:
                host, opening_end = setting
                set_at.extend(
                    (m, host) for m in undated_and_told(found, paragraph.text) if m.start >= opening_end
                )
            trip_purposes(paragraph.text, found, sentence)
            arrived = arrival_day(paragraph.text, sentence, sentence_dates)
            trips = [m for m in mentions if m.kind in TRIPS and m.dates is None]
            if arrived is not None and trips:  # "Arrivé mardi soir, le président avait été reçu..."
                trips[-1].dates = arrived
            future = about_the_future(paragraph.text[sentence.start : sentence.end])
            if (
                planned is not None
                and goes_on_planning(paragraph.text[sentence.start : sentence.end])
                and not told_later(paragraph.text[sentence.start : sentence.end])
            ):
                assign_dates(undated_and_told(found, paragraph.text), [planned])
            planned = planned_day(paragraph.text, paragraph_dates, sentence) if future else None
            closed_by(paragraph.text, sentence, found, mentions)
            tail = dated_tail(paragraph.text, sentence, paragraph_dates) if before and not found else None
            if tail is not None:  # "Session 2 — Drone thresholds. Thursday 21 October 2027"
                # the title opening the sentence before, not a gathering its words are about
                assign_dates([m for m in before if m.dates is None and m.start == opens], [tail])
            before, opens = found, _first_word(paragraph.text, sentence)
            told_last = (paragraph.text, found)
            # "Forum de Paris sur la Paix" is an organisation, not a forum; "Ministerial Council
            # Meeting" is a meeting of the organisation its first words name.
            mentions.extend(
                m for m in found if m.held or not any(s <= m.start < e and m.end <= e for s, e in names_taken)
            )
    if headline:
        language = paragraphs[0].language if paragraphs else "fr"
        paragraphs = [*paragraphs, _headline_paragraph(headline, len(paragraphs), language)]
        dates = {**dates, len(paragraphs) - 1: headline_dates or []}
        # "Réunion des ministres du numérique à Tunis": the cities a headline names are places too.
        written = [(hit.start, hit.end, "place") for hit in cities().find(paragraphs[-1].text)]
        places = {**places, len(paragraphs) - 1: written}
        # A lead whose first date is told in a relative clause ("the Hiroshima process, which the G7
        # launched in May 2023") gives the headline no date: it tells of another thing than the news;
        # one told in a participle's clause put first gives way to its main clause's own date.
        lead_at = next((i for i in range(min(LEAD_PARAGRAPHS, len(paragraphs) - 1)) if dates.get(i)), None)
        aside = lead_at is not None and in_relative_aside(paragraphs[lead_at].text, dates[lead_at][0].start)
        lead_dates = {i: [] for i in range(LEAD_PARAGRAPHS)} if aside else {}
        if lead_at is not None and not aside:
            lead = paragraphs[lead_at]
            opening = lead.sentence_span(dates[lead_at][0].start) or words.Span(0, len(lead.text))
            lead_dates = {lead_at: main_clause_dates(lead.text, opening, dates[lead_at])}
        mentions = (
            _headline_mentions(paragraphs[-1], {**dates, **lead_dates}, places, mentions, published)
            + mentions
        )
    last_days(mentions, paragraphs)  # "the two-day summit starts today": the span its referent takes
    mentions = _resolve_references(mentions, paragraphs)
    last_days(mentions, paragraphs)  # "The three-day summit ..." dated by a reference told later
    mentions = date_days_of(mentions, paragraphs)
    dated_by_name(mentions, paragraphs)
    if published is not None:
        date_the_lead(mentions, paragraphs, published)
    for mention, host in set_at:  # "During the summit, ...": done while it was held, a part of it
        if mention.dates is None:
            mention.dates, mention.parent_hint = host.dates, mention.parent_hint or host
    date_declarations(mentions, paragraphs)
    mentions = name_editions(mentions, paragraphs)
    # An unnamed event ("un forum", "a dinner") is kept only when the text dates it, even where
    # the date it writes cannot be known ("le 6 février" in an article that never gives the year).
    for mention in mentions:
        mention.told = (
            mention.dates is None and not mention.named and told_when(mention, paragraphs, language)
        )
    mentions = [
        m
        for m in mentions
        if m.named or m.dates is not None or WEEKEND.match(m.name) or _identified(m) or m.told
    ]
    events = _group(mentions, paragraphs)
    _link_actors(events, actors, paragraphs)
    _parents(events)
    _closings_on_one_day(events)
    return events


# "there was never going to be a single communiqué", "sans déclaration commune": a clause denying it.
_DENIED = re.compile(
    r"(?:\b(?:not|never|no|without|ne|pas|jamais|aucune?|sans)\b|\bn['’]|n't)[^.;,:]*$", re.IGNORECASE
)


def _not_of_the_live_day(mention: Mention, found: list[Mention], text: str, sentence: words.Span) -> bool:
    """What a live entry tells but did not happen on its day: the gathering covered, named or
    pointed at ("the G7 summit", "the summit") or counted in ("the second day of the summit"), and
    what is denied ("did not sign an agreement")."""
    return (
        (
            (mention.named or mention.refers or _kind_word_alone(mention.name))
            and mention.kind in _SEVERAL_DAYS
        )
        or any(mention is m.parent_hint for m in found)
        or _DENIED.search(text, sentence.start, mention.start) is not None
    )


def _bare_participle(text: str, mention: Mention) -> bool:
    """Whether a mention is named by its own words alone, and the first is a French participle's
    ("entrée en vigueur"), which a noun's may be spelled as; not "rencontre", "meeting"."""
    words = " ".join(text[mention.start : mention.end].split())
    return mention.name.lower() == words.lower() and words.split()[0].lower().endswith(
        ("é", "ée", "és", "ées")
    )


def _sentence_events(
    paragraph: Paragraph,
    sentence: words.Span,
    dates: list[DateMention],
    places: dict[int, list[tuple[int, int, str]]],
    carried: bool = False,
    antecedents: Antecedents | None = None,
    told_before: tuple[str, Sequence[Mention]] = ("", ()),
) -> list[Mention]:
    text = paragraph.text
    found: list[Mention] = []
    own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
    dated = bool(own_dates) or carried or opens_on_a_day(text, sentence)
    parts: list[Mention] = []
    for keyword in EVENT_WORD.finditer(text, sentence.start, sentence.end):
        if _a_time(text, keyword) or any(d.start <= keyword.start() < d.end for d in own_dates):
            continue  # "this week", "ce week-end", "la semaine prochaine": a time, not an event
        if _a_building(text, keyword):
            continue  # "au palais des congrès", "the Kigali Conference Centre": a building
        if _who_chaired(text, keyword):
            continue  # "sous la présidence de la ministre": who chaired, not a presidency
        if keyword.group(0).endswith("ing") and _SET_OFF_ING.match(text, keyword.start() - 2):
            continue  # "The Council, meeting in Brussels, adopted": who met, told by the verb
        if found and _topic_goes_on(text, found[-1], keyword):
            # "a roundtable on AI and elections": the last words of its topic, not an election
            found[-1].name += text[found[-1].end : keyword.end()]
            found[-1].end = keyword.end()
            continue
        mention = read_mention(paragraph, keyword, sentence, dated)
        if mention is not None and term_told(text, keyword, sentence):
            mention.held = True  # "the Italian Presidency, which began on 1 January": a term, not a body
        if mention is not None and mention.kind == "deadline" and _closes_a_gathering(mention.name):
            mention.kind = "event"  # "Clôture du salon": a gathering's last session, no deadline
        if mention is not None and not any(m.start <= mention.start < m.end for m in found):
            found.append(mention)
        elif mention is not None and (part := _part_of(found, mention, keyword.group("kw"))) is not None:
            found.append(mention)  # "la session de haut niveau du Sommet mondial": the summit too
            part.parent_hint = mention
            parts.append(part)
    sentence_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
    found.extend(
        series_editions(paragraph, sentence, places.get(paragraph.index, []), sentence_dates)
        or edition_mentions(paragraph, sentence)
    )
    if antecedents is not None:
        found.extend(elided_ordinals(paragraph, sentence, antecedents))
    titles = (
        (lambda head, at, gender=None: antecedents.title(head, paragraph.index, at, gender))
        if antecedents
        else None
    )
    texts_before = (lambda at: antecedents.texts_before(paragraph.index, at)) if antecedents else None
    for made in verb_events(text, sentence, titles, paragraph.language, texts_before):
        if made.proposal:  # "a proposé la création d'une agence": no creation yet
            found = [m for m in found if not made.start <= m.start < made.end]
        # "will convene its next session": the session the verb holds is the event, read already.
        inside = [m for m in found if made.start < m.start < made.end]
        holds = made.kind in GATHERING_KINDS and any(m.kind in GATHERING_KINDS for m in inside)
        # "prendra la présidence du G20": the office read already, named by who holds it too
        for held in (m for m in inside if holds and m.name in made.aliases):
            held.aliases.append(held.name)
            held.name = made.name
        # "La Charte des drones, entrée en vigueur le 1er juin": the participle, read as a bare noun too.
        found = [
            m
            for m in found
            if not (m.start == made.start and m.end == made.end and _bare_participle(text, m))
        ]
        if not holds and not any(m.start <= made.start < m.end for m in found):
            # "Le forum s'est achevé mercredi": a gathering's close, no deadline to remind anyone of.
            kind = "event" if made.kind == "deadline" and _closes_a_gathering(made.name) else made.kind
            mention = Mention(
                paragraph.index, made.start, made.end, made.name, kind, False, list(made.aliases)
            )
            mention.earlier = made.earlier
            # "pour lancer l'application de la charte": the launch; the undated application it is done to
            # is no event of its own.
            found = [
                m
                for m in found
                if not (made.start < m.start < made.end and m.kind == "entry into force" and m.dates is None)
            ]
            found.append(mention)
            if made.kind == "speech" and (  # "spoke at the summit on 3 March": it was under way
                held_at := [m for m in found if made.start < m.start < made.end and m.kind in _SPOKEN_AT]
            ):
                # The whole gathering before its ceremony: "the opening ceremony of the Conference".
                mention.parent_hint = next((m for m in held_at if m.kind in _HOLDERS), held_at[0])
                parts.append(mention)
        for other in found:  # "qui avait lancé le premier Sommet": the summit too is from before
            other.earlier = other.earlier or (made.earlier and made.start <= other.start < made.end)
    found.extend(announcements(paragraph, sentence, found, dated))
    found.extend(announced_that(paragraph, sentence, found, own_dates))
    found.sort(key=lambda m: m.start)
    found = merge_appositions(text, found)
    named_by_apposition(text, found)
    name_by_owner(text, found, sentence, paragraph.language, told_before)
    found.extend(repeated_elsewhere(paragraph, sentence, found, places.get(paragraph.index, []), own_dates))
    found.extend(applied_parts(paragraph, sentence, found, own_dates))
    found.extend(timeline_entry(paragraph, sentence, found, own_dates, titles))
    found.extend(given_until(paragraph, sentence, own_dates))
    found.extend(labelled_dates(paragraph, sentence, found, own_dates))
    found.extend(named_gatherings(paragraph, sentence, found, own_dates))
    topics = topic_events(paragraph, sentence, found)
    assign_dates(found, own_dates, text)
    held_that_evening(text, found, own_dates)
    coordinated_dates(text, found, own_dates)
    timeline_item(text, found, own_dates, sentence)
    closing_dates(text, found, own_dates, sentence)
    weekend_after(text, found)
    done_on_the_trip(text, found, sentence)
    ended_with(text, found)
    attended_for_days(text, found, sentence)
    closed_with(text, found, own_dates, sentence)
    on_the_sidelines(text, found, sentence)
    found = _without_texts_done_to(found)
    for part in parts:  # a part dated, the whole was under way that day
        if part.parent_hint is not None and part.parent_hint.dates is None:
            part.parent_hint.dates = part.dates
    for topic in topics:
        holder_dates = topic.parent_hint.dates if topic.parent_hint else None
        topic.dates = holder_dates or min(own_dates, key=lambda d: gap(topic, d), default=None)
    found.extend(topics)
    for mention in found:
        if not mention.location.label():
            later = (
                other.start
                for other in found
                if other.start >= mention.end
                and (other.kind in GATHERINGS or other.edition or _trip_after(text, other))
            )
            mention.location = location_of(
                text, mention, sentence, places.get(paragraph.index, []), min(later, default=None)
            )
            if {mention.location.venue, mention.location.city} & {m.name for m in found}:
                # "at LumoCon, its developer conference": the gathering, no place
                mention.location = replace(mention.location, venue=None, city=None)
        name_by_place(text, mention, places.get(paragraph.index, []))
    return found


# "Clôture de la neuvième édition du Forum", "Closing of the Drone Summit": what is closed, by its
# head, which may come after one word ("la neuvième édition", "the annual summit").
_CLOSING_OF = re.compile(
    r"(?:clôture|closing)\s+(?:du|de\s+la|de\s+l['’]|des|d['’]|of\s+the|of)\s*(?P<first>[\w-]+)(?:\s+(?P<second>[\w-]+))?",
    re.IGNORECASE,
)


def _closings_on_one_day(events: list[FoundEvent]) -> None:
    """ "en clôture de la réunion, qui s'est tenue jeudi et vendredi": a gathering's closing given its
    days is on the last of them."""
    for event in events:
        if event.end is not None and _closes_a_gathering(event.name):
            event.start, event.end = event.end, None


def _closes_a_gathering(name: str) -> bool:
    """Whether a closing milestone closes a gathering or an edition of one, not a registration."""
    found = _CLOSING_OF.match(name)
    heads = [(found[key] or "").lower() for key in ("first", "second")] if found is not None else []
    return any(KINDS.get(head) in GATHERING_KINDS or head in ("édition", "edition") for head in heads)


def _trip_after(text: str, mention: Mention) -> bool:
    """A trip told as what comes next ("présentera sa feuille de route, avant un déplacement à
    Abidjan"), whose place is its own; not one told as the setting ("adoptée lors de la visite
    d'État à Paris")."""
    return (
        mention.kind in TRIPS
        and _NEXT_TRIP.search(text, max(0, mention.start - 30), mention.start) is not None
    )


def _without_texts_done_to(found: list[Mention]) -> list[Mention]:
    """ "she will sign a memorandum on data flows on 3 March", "a signé l'accord sur les drones le 3
    mars": the text a dated act is done to is no event of its own beside it, but its name is another
    name of the act; a gathering inside it still is an event, and an act left undated leaves the
    text to be dated as the lead's (``date_the_lead``)."""
    acts = [m for m in found if m.dates is not None and not m.named and m.kind not in GATHERING_KINDS]
    out = []
    for mention in found:
        act = next((a for a in acts if _done_to(mention, a)), None)
        if act is None:
            out.append(mention)
        elif mention.name not in act.aliases:
            act.aliases.append(mention.name)
    return out


def _done_to(mention: Mention, act: Mention) -> bool:
    """Whether an unnamed text mention, undated or of the act's days, lies within an act's words,
    after its verb, and the act's name says all of it ("Accord provisoire" does not say "... sur le
    règlement relatif aux drones").
    A gathering launched is one too ("a lancé une consultation publique"): its launch is when it opens."""
    # "The Nairobi Declaration, adopted on 19 May": the text right before its participle is inside too.
    inside = (act.start < mention.start and mention.end <= act.end) or 0 <= act.start - mention.end <= 2
    said = name_key(mention.name) in name_key(act.name)
    return (
        inside
        and said
        and (mention.dates is None or mention.dates.range == act.dates.range)  # a timeline's item dates both
        and not mention.named
        and (mention.kind not in GATHERING_KINDS or act.kind == "launch")
    )


def _topic_goes_on(text: str, told: Mention, keyword: re.Match[str]) -> bool:
    """Whether a kind word ends the topic of the gathering told right before it ("une table ronde
    sur l'IA et les élections"): joined by "and" and closing its clause, not a gathering with a
    topic of its own ("a forum on data and a summit on AI")."""
    return (
        told.kind in GATHERING_KINDS
        and _TOPIC.search(told.name) is not None
        and told.name.endswith(text[told.start : told.end].split()[-1])
        and _AND_THE.fullmatch(text, told.end, keyword.start()) is not None
        and _CLAUSE_ENDS.match(text, keyword.end()) is not None
    )


_TOPIC = re.compile(r"\s(?:on|about|sur)\s", re.IGNORECASE)
_AND_THE = re.compile(r"\s+(?:and|et)\s+(?:(?:les|la|le|the)\s+|l['’])?", re.IGNORECASE)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")
# What an act's name says it was done to: "Adoption d'une déclaration ministérielle" → "déclaration
# ministérielle"; its first words hold the text's head word, before or after its name.
_OBJECT_WORDS = re.compile(
    r"\w+\s+(?:of|on|de|du|des|d['’]|sur)\s*(?:(?:the|an?|la|le|les|l['’]|une?)\s*)?«?\s*(?P<words>.*)",
    re.IGNORECASE,
)
_OBJECT_REACH = 3
# A relative clause right after a reference, its own ("Le sommet, qui se tiendra à Abidjan"), and
# one about another noun further on.
_ITS_RELATIVE = re.compile(r"^\s*,?\s*(?:qui|which|that)\b", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:qui|which|who|that|dont)\b", re.IGNORECASE)
# How long a gathering lasts, between its article and its kind word: "the two-day summit".
_LENGTH_BEFORE = re.compile(r"\s\w+-(?:day|days|week|weeks)\s*$", re.IGNORECASE)


def _part_of(found: list[Mention], mention: Mention, word: str) -> Mention | None:
    """The milestone whose name holds a gathering's ("session ... du Sommet mondial"): the gathering
    is an event of its own, the milestone a part of it."""
    named = word[:1].isupper() or any(w[:1].isupper() for w in mention.name.split()[1:])
    if word.lower() not in KINDS or not named:  # "du Sommet mondial", "du sommet de Lomé"
        return None
    holder = next(m for m in found if m.start <= mention.start < m.end)
    first = EVENT_WORD.search(holder.name)
    return holder if first is not None and is_milestone(first.group("kw")) else None


_UNDER = re.compile(r"\b(?:sous|under)\s+(?:la|the|sa|his|her)\s+$", re.IGNORECASE)
_CHAIRED_BY = re.compile(
    r"\s+(?:de\s+(?:la\s+(?:ministre|présidente|secrétaire|commissaire|première)|M\.|Mme)"
    r"|du\s+(?:ministre|président|secrétaire|commissaire|premier)"
    r"|of\s+(?:the\s+)?(?:minister|president|secretary|commissioner|chair)"
    r"|of\s+(?:Mr|Mrs|Ms|Dr)\.?\s)",
    re.IGNORECASE,
)


def _one_meeting(found: list[Mention], met: Mention, text: str) -> list[Mention]:
    """ "Les ministres ... se sont réunis": the ministers' meeting, which the verb's meeting read from
    the same words names again (its other name), not two meetings; so is the gathering they met for
    ("se sont réunis jeudi à Paris pour la réunion ministérielle du Comité")."""
    told = [m for m in found if m.kind == "meeting" and met.start <= m.start < met.end]
    met_for = next(
        (
            m
            for m in found
            if m.kind in GATHERING_KINDS and m.start >= met.end and _MET_FOR.fullmatch(text, met.end, m.start)
        ),
        None,
    )
    if met_for is not None:
        met_for.aliases.extend([met.name, *(m.name for m in told)])
        met_for.dates = met.dates or met_for.dates  # the days the verb tells
        return [m for m in found if not any(m is other for other in told)]
    # "Ministers wrapped up two days of talks in Tokyo": the talks, named by their place, are it.
    talks = next((m for m in told if m.start == met.start and len(m.name.split()) > 1), None)
    if talks is not None:
        talks.aliases.append(met.name)
        talks.dates = talks.dates or met.dates
        return found
    met.aliases.extend(m.name for m in told)
    # "Thursday-Friday: Ministers meet in Helsinki": the meeting is the item, not the item's clause.
    told += [
        m for m in found if m.kind == "event" and not m.named and m.start < met.end and met.start < m.end
    ]
    return [m for m in found if not any(m is other for other in told)] + [met]


# ", meeting in Brussels", ", meeting at ministerial level": an English participle set off after who
# did it, not a noun ("a meeting in Brussels").
_SET_OFF_ING = re.compile(
    r",\s(?-i:[a-z]+)ing\s+(?:in|at|on|with|under|for|via|this|last|next|today|yesterday|behind)\b"
)


def _who_chaired(text: str, keyword: re.Match[str]) -> bool:
    """Whether "présidence"/"presidency" says who chaired ("sous la présidence de la ministre", "under
    the presidency of the minister"), not a country's term ("sous la présidence du Japon")."""
    under = _UNDER.search(text, max(0, keyword.start() - 12), keyword.start())
    return under is not None and _CHAIRED_BY.match(text, keyword.end()) is not None


def _a_building(text: str, keyword: re.Match[str]) -> bool:
    """Whether a gathering's kind word names a building ("palais des congrès", "Conference Centre");
    a sitting's word still names the sitting held there ("debated in the plenary hall")."""
    if keyword.group("kw").lower() not in KINDS:
        return False
    before = _VENUE_BEFORE.search(text, max(0, keyword.start() - 16), keyword.start())
    return before is not None or _VENUE_AFTER.match(text, keyword.end()) is not None


def _a_time(text: str, keyword: re.Match[str]) -> bool:
    """Whether a week word is a time ("this week", "la semaine prochaine"), not a named week
    ("cette semaine des données ouvertes")."""
    if not _WEEK.fullmatch(keyword.group(0)) or _NAMED_WEEK.match(text, keyword.end()):
        return False
    before = _A_TIME.search(text, max(0, keyword.start() - 8), keyword.start())
    return before is not None or _A_TIME_AFTER.match(text, keyword.end()) is not None


def headline_text(headline: str) -> str:
    """The headline as one line, as its dates are read and its events found."""
    return " ".join(headline.split())


def _headline_paragraph(headline: str, index: int, language: str) -> Paragraph:
    text = headline_text(headline)
    return Paragraph(index, text, [], [words.Span(0, len(text))], words.quoted(text), language=language)


_NEWS_DAYS = 366  # how long before its publication a lead's date may still be the news
# "Webinar: Auditing public algorithms": a kind word alone, then the title (a question for some kinds).
_KIND_AND_TITLE = re.compile(
    r"(?P<kind>[^\W\d_][\w'’ -]{1,30}?)\s*[:–—|]\s+(?P<title>[^:?!|]{3,120}?\s*\??)\s*"
)
# Kinds whose page may ask its question as a title ("Webinar: Who certifies drones?"); a summit's
# headline that asks one ("Sommet : quel bilan ?") is a news article's.
_ASKING_KINDS = frozenset({"webinar", "conference", "meeting", "event"})


def _headline_mentions(
    headline: Paragraph,
    dates: dict[int, list[DateMention]],
    places: dict[int, list[tuple[int, int, str]]],
    body: list[Mention],
    published: PartialDate | None,
) -> list[Mention]:
    """The events a headline names take the date its lead opens with: news tells its event first.
    Not a date long before the publication ("Three years ago, on 13 March 2028, ..."), which a
    speech or a profile opens on to tell the past.

    A headline with a date of its own keeps it; the lead is the first paragraph that has a date.
    When the lead gives its date to a milestone it names, a headline milestone of that kind is that
    one told shorter ("Le Sénat adopte la loi sur l'IA" over "Le Sénat a adopté hier le projet de loi
    portant ..."), and so is a gathering whose every word the lead's has, or held in the city the
    lead's was; one of another kind is left undated, but for a trip: the lead's one dated trip is it.
    """
    found = _sentence_events(headline, headline.sentences[0], dates.get(headline.index, []), places)
    _of_the_holder(headline, found)
    found = [m for m in found if not _counted_in_the_lead(m, body) and not _done_to_in_headline(m, found)]
    found = _the_lead_s_one(found, body, published)
    if not any(m.kind == "meeting" for m in found):  # "Drone ministers meet in Accra"
        found.extend(filter(None, [ministers_meeting(headline, headline.sentences[0], places)]))
    lead = next((dates[i] for i in range(LEAD_PARAGRAPHS) if dates.get(i)), [])
    if lead and published is not None and _long_before(lead[0], published):
        lead = []
    own = dates.get(headline.index, [])
    titled = _titled_by_kind(headline, body) if not found and (lead or own) else None
    if titled is not None:
        titled.dates = own[0] if own else None  # else the lead's, as any headline event's
        found.append(titled)
    told = next((m for m in body if lead and m.dates is lead[0] and m.name.lower() not in KINDS), None)
    # "Drone summit ends with a charter" over "A two-day summit closed on Tuesday with the adoption of
    # a charter": the headline's gathering is the one the lead's day closes.
    closed = next((m for m in body if lead and m.closing is lead[0] and m.name.lower() not in KINDS), None)
    if closed is not None and (
        told is None or (told.kind not in GATHERING_KINDS and any(m.kind == closed.kind for m in found))
    ):
        told = closed
    # "Réunis mardi à Genève, les représentants ..." under "Sommet de Genève": who gathered there
    # were at the headline's gathering, whatever else the lead tells first.
    gathered = next((m for m in body if lead and m.dates is lead[0] and _gathered(m)), None)
    by_who_met = (
        gathered is not None
        and told is not None
        and told.kind not in GATHERING_KINDS
        and any(m.kind in GATHERING_KINDS for m in found)
    )
    told = gathered if by_who_met else told
    if lead and told is None:
        assign_dates([m for m in found if m.dates is None], lead[:1])
    same_kind = [
        m
        for m in found
        if told is not None
        and (m.dates is None or _same_days(m, told))
        # "Ruto visits Kigali" over "arrived in Kigali on Tuesday for a two-day state visit": one trip.
        and (
            m.kind == told.kind or {m.kind, told.kind} == VISITS or (by_who_met and m.kind in GATHERING_KINDS)
        )
        and (
            m.kind not in KINDS.values()
            or _same_days(m, told)
            or _said_within(m.name, told)
            or same_city(m.location, told.location)
            or (m.kind == "meeting" and _names_someone_of(headline.text, told.name))
        )
    ]
    if len(same_kind) == 1 and by_who_met:
        # The headline names the gathering that the lead only tells by who met.
        told.aliases.append(told.name)
        told.name, told.kind, told.named = same_kind[0].name, same_kind[0].kind, True
        return [m for m in found if m is not same_kind[0]]
    if len(same_kind) == 1:
        told.aliases.append(same_kind[0].name)
        if told.kind not in KINDS.values():
            same_kind[0].dates = told.dates
            return found
        found = [m for m in found if m is not same_kind[0]]  # the gathering keeps the lead's fuller name
    acts = [
        m for m in found if m.dates is None and (is_milestone(m.name.split()[0]) or m.kind == "announcement")
    ]
    for act in acts:
        # "Les ministres adoptent la « Déclaration de Lyon »" over a lead that tells of the meeting
        # first, then "ont adopté mercredi une déclaration ministérielle": that adoption, told shorter.
        twins = [
            m
            for m in body
            if m.paragraph < LEAD_PARAGRAPHS
            and m.dates is not None
            and m.kind == act.kind
            and _same_object(m, act)
        ]
        if len(twins) == 1:
            twins[0].aliases.append(act.name)
            act.dates = twins[0].dates
    # "Visite de Lula à Rome" over a lead that opens on the visit's signing: the lead's one trip.
    lead_trips = [m for m in body if m.paragraph < LEAD_PARAGRAPHS and m.kind in TRIPS and m.dates]
    # "to visit France next week" over "an official visit to France from 12 to 14 March": a headline's
    # vaguer time that holds the lead's days is that trip's too.
    trips = [
        m
        for m in found
        if m.kind in TRIPS
        and (m.dates is None or any(m.dates.range.start.covers(t.dates.range.start) for t in lead_trips))
    ]
    if len(trips) == 1 and len(lead_trips) == 1:
        lead_trips[0].aliases.append(trips[0].name)
        return [m for m in found if m is not trips[0]]
    return found


def _same_days(headline: Mention, told: Mention) -> bool:
    """Whether a headline's gathering is given the very days the lead's is ("un sommet sur l'IA en
    santé les 21 et 22 mai" over "tiendra le premier Sommet québécois ... les 21 et 22 mai"): that one."""
    return (
        headline.kind in GATHERING_KINDS
        and told.dates is not None
        and headline.dates is not None
        and headline.dates.range == told.dates.range
        and headline.dates.range.start.precision == "day"
    )


# "International Network of AI Safety Institutes — Fourth Convening": whose edition a headline counts.
_HOLDER_THEN = re.compile(r"(?P<holder>[A-ZÀ-Ý][^—–|:·]{2,80}?)\s+[—–|:]\s+$")


def _of_the_holder(headline: Paragraph, found: list[Mention]) -> None:
    """A headline's edition told by its count alone after its holder's name is the holder's:
    "Fourth Convening of the International Network of AI Safety Institutes"."""
    text = headline.text
    for mention in found:
        holder = _HOLDER_THEN.fullmatch(text, 0, mention.start)
        ends = text[mention.end :].strip()[:1] in ("", "·")
        if holder is not None and ends and _counted_only(mention.name):
            mention.name = of_phrase(mention.name, headline.language, "the", holder.group("holder"))


def _counted_only(name: str) -> bool:
    """Whether a gathering is named by its count and its kind alone ("Fourth Convening", "Septième
    sommet"): whose it is, the text tells elsewhere."""
    words_of = name.split()
    return len(words_of) == 2 and words_of[0].lower() in ORDINALS


def _names_someone_of(headline: str, name: str) -> bool:
    """Whether a headline names someone a meeting's name holds ("Readout of the Secretary's Meeting
    with Lena Kowalski" over "Meeting between Robert Hale and Lena Kowalski"): that meeting."""
    after_kind = name.partition(" ")[2]  # not the kind word opening the name ("Meeting between")
    return any(found.group(0) in headline for found in words.FULL_NAME.finditer(after_kind))


def _done_to_in_headline(mention: Mention, found: list[Mention]) -> bool:
    """Whether a headline's text is what a milestone of its kind, in the same words, is done to:
    "Accord de coopération signé entre la France et le Québec" tells one signing, not an accord too."""
    return any(
        other is not mention
        and other.kind == mention.kind
        and is_milestone(other.name.split()[0])
        and re.search(rf"[\s'’]{re.escape(mention.name.lower())}$", other.name.lower()) is not None
        for other in found
    )


def _the_lead_s_one(
    found: list[Mention], body: list[Mention], published: PartialDate | None
) -> list[Mention]:
    """ "Sommet sur l'IA de Kigali" over a lead whose one dated summit is "le deuxième Sommet mondial
    sur l'IA": the same, when the headline names one undated gathering of that kind and the lead one
    dated near the news, no other edition ("le prochain sommet ... en 2033"); the lead's keeps its
    name, the headline's is another."""
    # Not any meeting: one between two people in the lead is no headline's gathering; but one told
    # by the same kind words is ("Table ronde franco-allemande ..." over "une table ronde consacrée ...").
    # A headline may say the year or month alone ("reporté à l'automne"): the lead's days within it.
    held = [m for m in found if m.kind in GATHERING_KINDS - {"event"} and _vaguely_dated(m)]
    if len(held) != 1 or published is None:
        return found
    within = held[0].dates.range.start if held[0].dates is not None else None
    told = [
        m
        for m in body
        if m.paragraph < LEAD_PARAGRAPHS
        and m.kind == held[0].kind
        and (m.kind != "meeting" or _same_kind_words(m.name, held[0].name))
        and m.dates is not None
        and not m.edition
        and len(m.name.split()) > 1  # not "the summit", which refers back to the headline's
        and not _gathered(m)  # one told by who met takes the headline's name (below)
        and abs((m.dates.range.start.first_day() - published.first_day()).days) <= _NEWS_DAYS
        and (within is None or within.covers(m.dates.range.start))
    ]
    if len(told) != 1:
        return found
    told[0].aliases.append(held[0].name)
    if not told[0].location.label():  # "de Kigali": where the headline says
        told[0].location = held[0].location
    return [m for m in found if m is not held[0]]


def _vaguely_dated(mention: Mention) -> bool:
    """Undated, or dated to a year or a month alone."""
    dates = mention.dates
    return dates is None or (dates.range.end is None and dates.range.start.precision != "day")


def _same_kind_words(first: str, second: str) -> bool:
    """Whether two names open on the same two words ("Table ronde ...", not "Meeting of" and
    "Meeting with")."""
    return name_key(first).split()[:2] == name_key(second).split()[:2]


def _counted_in_the_lead(named: Mention, body: list[Mention]) -> bool:
    """Whether the lead tells the headline's gathering only by its count ("Sommet UE-UA" over
    "réunis lundi et mardi à Luanda pour leur septième sommet"): that one dated mention, of its kind,
    takes the headline's name and keeps its own as another."""
    if named.kind not in GATHERING_KINDS or not named.named:
        return False
    lead = [m for m in body if m.paragraph < LEAD_PARAGRAPHS and m.kind == named.kind]
    if any(not _counted_only(m.name) and _said_within(named.name, m) for m in lead):
        return False  # the lead names it ("a roundtable on drone privacy ... a second roundtable"): another
    counted = [m for m in lead if m.dates is not None and _counted_only(m.name)]
    if len(counted) != 1:
        return False
    counted[0].aliases.append(counted[0].name)
    counted[0].name = named.name
    return True


def _gathered(mention: Mention) -> bool:
    """A meeting told by who met ("Réunis à Genève, les représentants", "ministers met in Accra"), or a
    group's summit by its leaders ("les chefs d'État de la CEMAC, réunis vendredi")."""
    return mention.leaders_met or (mention.kind == "meeting" and mention.name.startswith(WHO_MET))


def _long_before(told: DateMention, published: PartialDate) -> bool:
    """Whether a date ends more than a year before the publication: the past, not the news."""
    last = (told.range.end or told.range.start).last_day()
    return (published.first_day() - last).days > _NEWS_DAYS


def _titled_by_kind(headline: Paragraph, body: list[Mention]) -> Mention | None:
    """An event page's headline, its kind and then its title ("Webinar: Auditing public algorithms",
    "Atelier – Données et villes"): the event the page is about, named by its title; the lead's
    unnamed one of that kind ("Join us for a webinar on ...") is it."""
    # Without the dates and venue an event page writes under it (``pipeline._headline``).
    title = headline.text.split(" · ", 1)[0]
    found = _KIND_AND_TITLE.fullmatch(title)
    if found is None or found["kind"].lower() not in KINDS:
        return None
    kind = KINDS[found["kind"].lower()]
    if found["title"].endswith("?") and kind not in _ASKING_KINDS:
        return None
    mention = Mention(
        headline.index, found.start("title"), found.end("title"), capitalise(found["title"]), kind, True
    )
    mention.aliases.append(title)
    # "Join us for a webinar on ...", not "a ministerial council meeting" of a "Fireside chat: ..."
    word = found["kind"].lower()
    mention.aliases.extend(
        m.name
        for m in body
        if m.kind == kind and not m.named and m.paragraph < LEAD_PARAGRAPHS and word in m.name.lower()
    )
    return mention


def _same_object(first: Mention, second: Mention) -> bool:
    """Whether two acts of one kind are done to texts of one kind ("Adoption de la Déclaration de
    Lyon", "Adoption d'une déclaration ministérielle"; "of the Lyon Declaration", "of a ministerial
    declaration"): a text's head word among the first words of what each was done to."""
    heads = []
    for mention in (first, second):
        found = _OBJECT_WORDS.match(mention.name)
        words = found["words"].lower().split()[:_OBJECT_REACH] if found else []
        heads.append({word for word in words if word in instrument_heads()})
    return bool(heads[0] & heads[1])


def _resolve_references(mentions: list[Mention], paragraphs: list[Paragraph]) -> list[Mention]:
    """ "the meeting", "cette réunion", "le Sommet": a bare kind word after a determiner is the event
    of that kind named last before it (the headline's first); its dates and its end go to that event."""
    out: list[Mention] = []
    told: list[Mention] = []  # the event each gathering told before is
    for mention in mentions:
        if mention.edition:
            mention.series = series_of(mention, told, paragraphs[mention.paragraph].text)
            out.append(mention)
            continue
        referent = None
        if _is_reference(mention, paragraphs):
            kinds = (mention.kind,) if not mention.refers else tuple(KINDS.values())
            if mention.kind == "meeting":  # "the Drone Forum ... the meeting": any gathering is one
                kinds = (*kinds, *GATHERING_KINDS)
            # "le sommet du G7 ... ce sommet": a kind word with words of its own is a referent too.
            candidates = [
                m
                for m in reversed(out)
                if m.kind in kinds and not m.edition and (m.named or len(m.name.split()) > 1)
            ]
            # "the Workshop on Audits, co-located with the Conference on Law ... Workshop:": the one
            # its word names, before any other gathering told since.
            word = mention.name.lower()
            referent = next((m for m in candidates if word in m.name.lower().split()), None)
            referent = referent or next(iter(candidates), None)
        if referent is None and not mention.refers:
            out.append(mention)
            told.append(mention)
        elif referent is not None:
            told.append(referent)
            referent.dates = _fuller(referent.dates, mention.dates)
            referent.closing = referent.closing or mention.closing  # "Le sommet s'achève jeudi"
            if not referent.location.label() and _placed_in_its_clause(paragraphs, mention):
                referent.location = mention.location  # "Le sommet, qui se tiendra à Abidjan": there
    return out


def _placed_in_its_clause(paragraphs: list[Paragraph], mention: Mention) -> bool:
    """Whether the place a reference was given is told in its own clause, not in one about another
    noun ("les conclusions de la réunion seront transmises aux dirigeants, qui se retrouveront à
    Évian": not the meeting's place)."""
    text, location = paragraphs[mention.paragraph].text, mention.location
    name = location.venue or location.city or location.country
    at = text.find(name, mention.end) if name else -1
    if at < 0:
        return bool(name)
    between = _ITS_RELATIVE.sub("", text[mention.end : at], count=1)
    return _RELATIVE_WORD.search(between) is None and "." not in between


def _fuller(kept: DateMention | None, told: DateMention | None) -> DateMention | None:
    """A referent keeps its dates, but for a span that holds its one day ("Global AI Summit opens"
    on the 18th, then "the two-day summit starts today": the 18th and the 19th) and for days
    within its month or year ("en novembre le sommet Afrique-Europe ... Le sommet, qui se tiendra
    les 12 et 13 novembre")."""
    if kept is None or told is None:
        return kept or told
    old, new = kept.range, told.range
    holds = (
        old.end is None
        and new.end is not None
        and old.start.precision == "day"
        and new.start.first_day() <= old.start.first_day() <= new.end.last_day()
    )
    within = (
        old.end is None
        and old.start.precision != "day"
        and new.start.precision == "day"
        and old.start.covers(new.start)
        and (new.end is None or old.start.covers(new.end))
        and not new.start.covers(old.start)
    )
    return told if holds or within else kept


# "participer au sommet", "la déclaration du sommet": "le" within "au" and "du" refers back too.
_CONTRACTED_BEFORE = re.compile(r"\b(?:au|du)\s*$", re.IGNORECASE)


def _is_reference(mention: Mention, paragraphs: list[Paragraph]) -> bool:
    if mention.name.lower() not in KINDS:
        return False
    if mention.refers:  # "Conference: 10-12 June 2031": a list's label is the page's event
        return True
    before = paragraphs[mention.paragraph].text[max(0, mention.start - 24) : mention.start]
    # "the two-day summit": how long it lasts says which no more than "the summit" does.
    before = _LENGTH_BEFORE.sub("", before)
    return DETERMINER_BEFORE.search(before) is not None or _CONTRACTED_BEFORE.search(before) is not None


def _kind_word_alone(name: str) -> bool:
    """Whether a name is only a kind word ("Meeting", "Sommet"), which tells no event apart."""
    return name.lower() in KINDS


def _identified(mention: Mention) -> bool:
    """An undated milestone that names who or what ("Abrogation de l'Executive Order 14110",
    "Entretien avec Kristalina Georgieva") is worth knowing; "Adoption de la loi" is not."""
    return mention.kind not in GATHERING_KINDS and any(
        word[:1].isupper() for word in mention.name.split()[1:]
    )


def _group(mentions: list[Mention], paragraphs: list[Paragraph]) -> list[FoundEvent]:
    """Mentions of one event (same name, or one named in the other's aliases) become one entry."""
    events: list[FoundEvent] = []
    owner: dict[int, FoundEvent] = {}
    closing: dict[int, list[PartialDate]] = {}
    for mention in mentions:
        names = [mention.name, *mention.aliases]
        # "Première session du Dialogue mondial" is a part of the Dialogue, not another name for it.
        whole = owner.get(id(mention.parent_hint)) if mention.parent_hint is not None else None
        paragraph = paragraphs[mention.paragraph]
        event = next(
            (e for e in events if e is not whole and _same_event(e, names, mention, paragraph)),
            None,
        )
        if event is None:
            event = FoundEvent(
                name=mention.name,
                kind=mention.kind,
                quote=paragraph.sentence_at(mention.start),
                status="announced" if FUTURE.search(paragraph.sentence_at(mention.start)) else "confirmed",
            )
            events.append(event)
        if _kind_word_alone(event.name) and not _kind_word_alone(mention.name):
            # "a two-day meeting on Thursday", then "The ministers met on 11 and 12 November": the
            # meeting is named by what the later mention says of it.
            event.aliases.append(event.name)
            event.name = mention.name
        for name in names:
            if name_key(name) not in {name_key(n) for n in event.names()}:
                event.aliases.append(name)
        if put_off_undated(mention, paragraph):
            mention.dates = None  # "prévue du 9 au 11 décembre, est reportée à une date ultérieure"
        _take_dates(event, mention)
        if called_off(mention, paragraph):
            event.status = "cancelled"
        closing.setdefault(id(event), [])
        if mention.closing is not None:
            closing[id(event)].append(mention.closing.range.start)
        if not event.location.label():
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
        if event.start is not None and event.status != "cancelled":
            event.status = "confirmed"
    date_weekends(events)
    return [e for e in events if e.start is not None or any(_is_named(e, m) for m in mentions)]


def _is_named(event: FoundEvent, mention: Mention) -> bool:
    return (
        (mention.named or _identified(mention) or mention.told)
        and mention.dates is None
        and mention.name in event.names()
    )


def _same_event(event: FoundEvent, names: list[str], mention: Mention, paragraph: Paragraph) -> bool:
    if _told_with(event, mention, paragraph) and _other_steps(event.name, mention.name, by_word=True):
        return False  # "présentera sa feuille de route, dévoilée en septembre": two acts in one sentence
    if _told_with(event, mention, paragraph) and _other_days(event, mention):
        # "examiné en commission le 28 juin, puis en séance publique le 10 juillet": two sittings
        return False
    if (
        (not mention.named or _kind_word_alone(event.name))
        and mention.dates is not None
        and event.start is not None
    ):
        start, end = mention.dates.range.start, mention.dates.range.end
        # Same kind, same days: one event told twice; "event" tells no kind, their first words do
        # ("Veto of a sweeping AI bill", "Veto de la SB 1047": one; "Nomination de X", "lors de la
        # prestation de serment du cabinet": two).
        same_kind = event.kind == mention.kind and (
            event.kind != "event" or _same_head(event.name, mention.name)
        )
        if same_kind and (event.start, event.end) == (start, end):
            return True
    if _apart(event, mention) and NEXT_BEFORE.search(
        paragraph.text, max(0, mention.start - 12), mention.start
    ):
        return False  # "the 14th meeting" on 12 March and "the next meeting" on 23 April: two
    if (
        mention.kind in _AT_ONE_TIME
        and mention.dates is not None
        and event.start is not None
        and not (
            mention.dates.range.start.covers(event.start) or event.start.covers(mention.dates.range.start)
        )
    ):
        # "application des règles" on 2 August 2025 and on 2 August 2027: two steps; a headline's
        # month and its lead's day in it are one.
        return False
    if (
        mention.dates is not None
        and event.start is not None
        and mention.dates.range.start != event.start
        and not same_place(mention.location, event.location)
    ):
        return False  # "à Lyon en juillet 2032, puis à Dakar en 2033": two meetings
    if mention.edition and event.start is not None and event.start.year != mention.dates.range.start.year:
        return False  # "the Cyber Week" and "last year's edition, in June 2030": two editions
    if mention.edition and mention.series is not None and event.name == mention.series.name:
        return False  # "Le Forum a réuni 500 participants" and its next edition, in 2032: two editions
    if _other_steps(event.name, mention.name):
        return False  # "Rejet de la proposition de loi" and "Vote de la proposition de loi": two steps
    if _other_numbers(event.name, mention.name):
        return False  # "Session 1" and "Session 2": two sessions
    if _met_others(event.name, mention.name):
        return False  # "Bilateral talks with Kofi Mensah" and "... with Ama Owusu": two meetings
    if _done_by_others(event.name, mention.name):
        return False  # "Passage of the Act by the Assembly" and "... by the Senate": two steps
    enough = _SAME_NAME_AND_KIND if event.kind == mention.kind else _SAME_NAME
    if any(name_similarity(a, b) >= enough for a in event.names() for b in names):
        return True
    # "Évènements parallèles" and "Événements parallèles du Sommet": one begins the other;
    # "Signing of an executive order" is told whole in "Signing of sweeping executive order on AI safety".
    return event.kind == mention.kind and any(
        _begins(a, b) or _told_within(a, b) for a in event.names() for b in names
    )


def _first_word(text: str, sentence: words.Span) -> int:
    """Where a sentence's first word stands, after any bullet."""
    said = text[sentence.start : sentence.end]
    return sentence.start + len(said) - len(said.lstrip(" •*-–"))


def _other_numbers(first: str, second: str) -> bool:
    """Whether two names each hold numbers, and not the same ones ("Session 1", "Session 2")."""
    ours, theirs = (set(_NUMBER.findall(name)) for name in (first, second))
    return bool(ours) and bool(theirs) and ours != theirs


def _apart(event: FoundEvent, mention: Mention) -> bool:
    """Whether an event and a mention are dated to the day, on days that do not meet."""
    if mention.dates is None or event.start is None:
        return False
    start, end = mention.dates.range.start, mention.dates.range.end or mention.dates.range.start
    if start.precision != "day" or event.start.precision != "day":
        return False
    last = event.end or event.start
    return end.last_day() < event.start.first_day() or last.last_day() < start.first_day()


def _same_head(first: str, second: str) -> bool:
    return first.split()[0].lower() == second.split()[0].lower()


def _met_others(first: str, second: str) -> bool:
    """Whether two meetings' names say they were with people who share no name."""
    met = [_MET_WITH.split(name, maxsplit=1) for name in (first, second)]
    if any(len(parts) < 2 for parts in met):
        return False
    return not set(name_key(met[0][1]).split()) & set(name_key(met[1][1]).split())


def _done_by_others(first: str, second: str) -> bool:
    """Whether two milestones' names say bodies that share no name did them."""
    bodies = [set(name_key(doer(name)).split()) - _BY_WORDS for name in (first, second)]
    return all(bodies) and not bodies[0] & bodies[1]


def _other_days(event: FoundEvent, mention: Mention) -> bool:
    """Whether an event and a mention are each dated to a single, different day."""
    day = one_day([mention.dates] if mention.dates is not None else [])
    if day is None or event.start is None or event.end is not None:
        return False
    return event.start.precision == "day" and day.range.start != event.start


def _told_with(event: FoundEvent, mention: Mention, paragraph: Paragraph) -> bool:
    """Whether an event was told in the sentence of a mention."""
    sentence = paragraph.sentence_at(mention.start)
    return any(
        at == mention.paragraph and paragraph.sentence_at(start) == sentence
        for at, start, _end in event.mentions
    )


def _other_steps(first: str, second: str, *, by_word: bool = False) -> bool:
    """Whether two names open on milestones of different kinds ("Rejet de", "Vote de"): two steps
    of what they name ("Approbation de" and "Adoption de" may be one). ``by_word``: whether they open
    on different milestone words, as two acts one sentence tells on one thing do ("présentera sa
    feuille de route, dévoilée en septembre": its presentation and its unveiling)."""
    steps = [EVENT_WORD.match(name) for name in (first, second)]
    if any(step is None or not is_milestone(step.group("kw")) for step in steps):
        return False
    words = {step.group("kw").lower() for step in steps}
    return len(words if by_word else {MILESTONES[word] for word in words}) > 1


def _said_within(short: str, told: Mention) -> bool:
    """Every word of a headline's gathering is in the lead's, or names where it is ("Sommet sur
    l'IA" in "Sommet pour l'action sur l'intelligence artificielle", "Paris AI summit" in Paris):
    the same gathering told shorter."""
    ours, theirs = ({w for w in name_key(n).split() if w not in _JOINING} for n in (short, told.name))
    return bool(ours) and ours <= theirs | set(name_key(told.location.city or "").split())


def _told_within(first: str, second: str) -> bool:
    """Every word of one name is in the other, and it has three at least that are not joining
    words ("Sommet sur l'IA" is too little to be told within "Sommet sur la sécurité de l'IA")."""
    short, long = sorted(
        ({w for w in name_key(n).split() if w not in _JOINING} for n in (first, second)), key=len
    )
    return len(short) >= 3 and short <= long


def _begins(first: str, second: str) -> bool:
    """One name begins the other, articles aside ("Signing of an executive order" and "Signing of
    executive order on AI preemption")."""
    short, long = sorted((_without_articles(first), _without_articles(second)), key=len)
    return len(short.split()) >= 2 and f"{long} ".startswith(f"{short} ")


def _without_articles(name: str) -> str:
    return " ".join(word for word in name_key(name).split() if word not in _ARTICLES)


def _take_dates(event: FoundEvent, mention: Mention) -> None:
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
