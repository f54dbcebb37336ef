"""The dates of a whole article: a year or a day missing from one date is carried from the
publication date, the lead and the other dates, and stays unknown when none of them supports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache
from itertools import zip_longest

from sommet import _dates_grammar as grammar
from sommet import _dates_resolve as resolve
from sommet._dates_grammar import Said
from sommet._dates_names import (
    AGENDA_DASH,
    AHEAD_OF,
    FUTURE_ENDINGS,
    IRREGULAR_PAST,
    MOVED_REACH,
    MOVED_TO,
    MOVED_VERB,
    REQUESTS,
    SENTENCE_EDGE,
    SINCE_BEFORE,
    THEN,
    WEEK_WORDS,
)
from sommet._dates_resolve import Resolved
from sommet._dates_values import DateMention, DateRange, PartialDate

# The French conditional of what was then to come or may yet be: "qu'il lancerait", "qui se tiendrait",
# "pourrait se réunir".
_CONDITIONAL = r"\b(?-i:[a-zà-ÿ])\w{2,}(?:erai|irai|drai|vrai|rrai)(?:t|ent)\b"
# A sentence about what is still to come: a weekday in it is the next one. Not "the next day",
# counted from a day the text tells.
_FUTURE = re.compile(
    r"\b(?:devrai(?:t|ent)|(?:doit|doivent)\s+(?:être|(?:s['’]|se\s+)?\w+(?:er|ir|re))|prochaine?s?|aura|auront|sera|seront|se tiendra|se tiendront|"
    r"(?:va|vont)\s+\w+(?:er|ir|re)|will|would|shall|should|must(?!\s+have\b)|next(?!\s+(?:day|morning|afternoon|evening)\b)|upcoming|is to|are to|(?:is|are) set (?:to|for)|"
    r"scheduled|planned for|slated for|is due|are due|expected|prévue?s?|programmée?s?|attendue?s?|serai(?:t|ent)|"
    # "the meeting, to be held in Montreal in November": a gathering's infinitive is still to come.
    rf"to be (?:held|hosted|organi[sz]ed|convened|staged))\b|{FUTURE_ENDINGS}|{_CONDITIONAL}",
    re.IGNORECASE,
)
_CLAUSE_EDGE = re.compile(r"[.!?]\s|\n|[,;:()—]")
_RELATIVE_AFTER = re.compile(r",\s*(?:qui|which|who|dont)\b", re.IGNORECASE)
_REPORTED = re.compile(r"\s(?:that|que|qu['’])(?=\s|\w)", re.IGNORECASE)
# ", et le dernier cycle ...", ", and the talks ...": a clause with a subject of its own.
_NEW_CLAUSE = re.compile(
    r"\s*(?:et|and|mais|but)\s+(?:le|la|les|l['’]|the|il|elle|ils|elles|it|they|its|their|son|sa|ses|leur|leurs)\b",
    re.IGNORECASE,
)
# Its verb before the date: a perfect, a past participle or a simple past.
_OWN_VERB_IN = re.compile(
    r"\b(?:a|ont|est|sont|s'est|se\s+sont|avait|avaient|was|were|has|have|had)\s+\w+|\b\w{3,}ed\b",
    re.IGNORECASE,
)
# "published on 10 April and will enter into force in June", "publié le 10 avril et entrera en
# vigueur": a verb of its own after "and", whose future is not the date's tense.
_AND_FUTURE = re.compile(
    r"\s(?:and|et)\s+(?:will|shall|would|is\s+to|are\s+to|doit|doivent|devrait|devraient|va|vont"
    r"|(?-i:[a-zéè]{2,}(?:ra|ront)))\b",
    re.IGNORECASE,
)
# A clause told in the past: the pluperfect, or the French perfect with "avoir" ("a adopté", "a
# tenu", not "a lieu" nor "ont jusqu'au") or of a pronominal verb ("s'est tenu", "se sont
# réunis"), or its passive ("a été publié"), but for a participle of a plan ("a été reporté en
# octobre"). The perfect is only looked for in French: "a summit", "a visit" are English nouns.
_PLUPERFECT = re.compile(r"\b(?:avait|avaient|had)\b", re.IGNORECASE)
_PAST = re.compile(
    rf"{_PLUPERFECT.pattern}|\b(?:a|ont|ai|avons|avez)\s+(?:\w+ment\s+|déjà\s+)?(?!été\b|lieu\b|plus\b|jusqu)"
    r"\w{2,}(?:é|ée|és|ées|i|is|it|u|ue|us|ues|ert)\b"
    r"|\b(?:s'|se\s+|nous\s+|vous\s+)(?:est|sont|sommes|êtes)\s+(?:\w+ment\s+|déjà\s+)?\w+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|erte?s?)\b"
    # The perfect of the verbs that take "être" ("est entrée en vigueur", "sont arrivés"); other
    # participles after "est" are a passive's present ("est organisé en juin").
    r"|\b(?:est|sont)\s+(?:\w+ment\s+|déjà\s+)?(?:(?:entr|arriv|all|rest|tomb|pass|retourn|décéd)(?:é|ée|és|ées)"
    r"|(?:parti|sorti|(?:re|de|par|inter)?venu|mort|descendu)(?:e|s|es)?|n(?:é|ée|és|ées))\b"
    r"|\b(?:a|ont|ai|avons|avez)\s+été\s+(?:\w+ment\s+)?"
    r"(?!(?:reporté|repoussé|décalé|fixé|prévu|programmé|avancé|ajourné|renvoyé|convoqué)e?s?\b)"
    r"\w{2,}(?:é|ée|és|ées|is|ise|ies|it|ite)\b",
    re.IGNORECASE,
)
# What sets a date off as a closer say of the one before it: ", en septembre 2024", " (in May)".
_SET_OFF = re.compile(r"\s*[,(]\s*(?:en|in|le|on|au|du)?\s*", re.IGNORECASE)
# A clause with no verb that goes on from the one before: ", then in plenary on 10 July".
_THEN_CLAUSE = re.compile(rf"\s*{THEN}\s+(?:in|at|on|to|en|à|au|le)\b", re.IGNORECASE)
# "a annoncé la tenue d'un sommet en juin": what was announced was to be held then.
_HELD_LATER = re.compile(r"\b(?:la tenue|l'organisation|the holding)\s+(?:d'|de|du|des|of)\b", re.IGNORECASE)
# English past tenses: "was handed over", "said", "opened"; not "is planned" nor "will be held".
_ENGLISH_PAST = re.compile(
    rf"\b(?:was|were|did|had|{IRREGULAR_PAST})\b"
    r"|(?<!\bis )(?<!\bare )(?<!\bbe )(?<!\bbeen )(?<!\bbeing )\b\w{2,}ed\b",
    re.IGNORECASE,
)
# Any past tense, for a weekday: English, the French perfect with either auxiliary, the imperfect.
_TOLD_AS_PAST = re.compile(
    rf"{_ENGLISH_PAST.pattern}|\b(?:avait|avaient)\b|"
    # "a/est + ...é" is French; other participle endings follow "a" in English too ("a summit").
    r"\b(?:a|ont|ai|avons|avez|est|sont|sommes)\s+(?:\w+ment\s+|déjà\s+)?\w{2,}(?:é|ée|és|ées)(?!\w)|"
    r"\b(?:ont|avons|avez|est|sont|sommes)\s+(?:\w+ment\s+|déjà\s+)?\w+(?:i|ie|is|ies|it|u|ue|us|ues|ert|erte|erts|ertes)\b"
    r"|\b\w{3,}(?:ait|aient)\b",
    re.IGNORECASE,
)
# An agenda's item: a line that opens on its days, then a dash or a colon ("• 14-16 juin — Évian").
_AGENDA_ITEM = re.compile(r"\s*(?:[•\-*·]\s*)?(?:(?:fin|début|mi|early|late|mid)[\s-])?", re.IGNORECASE)
# A past participle: "adoptée en Conseil des ministres le 4 février" has a verb, and a time, of its own.
_PARTICIPLE = re.compile(r"\b\w{3,}(?:é|ée|és|ées|ed)\b", re.IGNORECASE)
# "depuis la réunion d'Accra en", "since the Accra meeting in": a time counted from; not "depuis Paris"
# (from a place).
_SINCE_PHRASE = re.compile(
    r"\b(?:since|depuis)\s+(?:(?:le|la|les|l['’]|the|its|their|son|sa|ses|leur)\s*[^,;:.()]{0,50})?$",
    re.IGNORECASE,
)
# A past participle of something done, right before its date ("a fund launched in April", "le
# réseau, créé le 4 février"): done before the text, whatever the tense of the verb it hangs on.
# Not one of a gathering or a plan ("the summit, hosted in June, will", "programmé en juin"), nor
# one after an auxiliary still to come or in the present ("sera signée le 4 juin", "is published"),
# nor a name ("signera la Convention de Lomé le 3 mars").
_DONE_BEFORE = re.compile(
    r"(?:\b(?!(?:organi[sz]|host|conven|stag|plann|schedul|expect|postpon|delay|mov|push|slat|due)\w*\b)"
    r"(?-i:[a-z])\w{2,}ed|\bset up)\s+(?:in|on)\s+$"
    r"|\b(?!(?:organis|programm|report|fix|convoqu|décal|repouss|envisag|avanc|ajourn|renvoy|annonc)\w*\b)"
    r"(?-i:[a-zà-ÿ])\w{2,}(?:é|ée|és|ées)\s+(?:en|le)\s+$",
    re.IGNORECASE,
)
# A past participle right before a weekday: "arrivé mardi à Paris", "who arrived on Tuesday", or
# one opening the sentence ("Arrivé mardi soir, le président ...").
_DONE_BEFORE_DAY = re.compile(
    r"(?<![\w'’])(?!(?:prévu|programmé|attendu|scheduled|expected|due|planned)\b)"
    r"(?:(?-i:[a-zà-ÿ])|(?:(?<=^)|(?<=[.!?]\s)|(?<=\n))(?-i:[A-ZÀ-Ý]))\w{2,}"
    r"(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ed)\s+(?:on\s+|le\s+|ce\s+)?$",
    re.IGNORECASE,
)
_AUXILIARY_BEFORE = re.compile(
    r"\b(?:sera|seront|serait|seraient|être|est|sont|be|is|are|will|would)\s+(?:\w+ment\s+|\w+ly\s+)?$",
    re.IGNORECASE,
)
# Not "que": "a annoncé qu'elle organiserait un forum en août" reports a plan, no relative clause.
_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|qui|dont)\b", re.IGNORECASE)
# A relative clause opening a date's clause: its verb is its own ("qui s'ouvre le 10 mars").
_OWN_VERB = re.compile(r"\s*(?:qui|which|who|that)\s+\S", re.IGNORECASE)
# What was planned then, whose day may still be to come ("was due to take effect", "devait
# entrer"), unless the sentence says it did not come ("but was delayed", "mais a été reporté").
_PLANNED_THEN = (
    r"(?:\b(?:was|were)\s+(?:due|scheduled|set|supposed|slated|expected)\s+to\b|\bdevai(?:t|ent)\b"
    r"|\bétai(?:t|ent)\s+prévue?s?\b)(?![^.;]*\b(?:but|mais)\b)"
)
# "a annoncé qu'elle organiserait un forum en février": what was then still to come, or planned
# then; not "a consultation that closed on 30 June", whose "that" is the subject of a past verb.
_LATER_IN_THE_PAST = re.compile(
    rf"\b(?:qu'|que|that(?!\s+(?:[a-z]{{2,}}ed|was|were|had)\b)|would)\b|\w{{3,}}(?:rait|raient)\b|{_PLANNED_THEN}",
    re.IGNORECASE,
)
# "une consultation ouverte jusqu'au", "a consultation open until": a state told as it is, not as it
# was ("était ouverte jusqu'au", "was open until").
_STILL_OPEN_UNTIL = re.compile(
    r"(?<!était )(?<!étaient )(?<!was )(?<!were )\b(?:ouverte?s?|open)\s+(?:jusqu['’](?:au|à)|until)\s+(?:the\s+|le\s+)?$",
    re.IGNORECASE,
)
# "agreed to hold a dialogue in September", "ont décidé d'organiser une conférence": a gathering
# decided then, to be held.
_TO_BE_HELD = re.compile(
    r"\bto\s+(?:hold|host|organi[sz]e|convene|stage)\b|\b(?:de\s+|d['’])(?:tenir|organiser|accueillir|convoquer)\b",
    re.IGNORECASE,
)
# "à Paris en 2023": a year said as the time of its clause, not "début 2025" (a date of its own).
_IN_YEAR = re.compile(r"(?:\b(?:en|in)|édition(?:\s+de)?)\s+$", re.IGNORECASE)
# "the 2032 edition of the summit ... in June": the edition's year is its clause's.
_EDITION_AFTER = re.compile(r"\s+edition\b", re.IGNORECASE)
# The preposition a date opening its sentence may have ("On 3 March,", "Le 3 mars,").
_PREPOSITION_ALONE = re.compile(r"\s*(?:on|in|le|en|au|début|fin|mi|early|late|mid)?\s*", re.IGNORECASE)
# "le 4 février suivant", "the following February", "in February the following year" is another phrase.
_FOLLOWING_AFTER = re.compile(r"\s+suivante?s?\b", re.IGNORECASE)
_FOLLOWING_BEFORE = re.compile(r"\bthe\s+following\s+$", re.IGNORECASE)
# "jusqu'à dimanche", "until Sunday": a weekday something lasts until is still to come.
_UNTIL = re.compile(r"\b(?:jusqu'(?:au|à)|until|till)\s+$", re.IGNORECASE)
# "ce mardi", "this Tuesday": the weekday of the publication's own week.
_THIS = re.compile(r"\b(?:ce|this)\s+$", re.IGNORECASE)
# Between "le 3 juin" and "de la même année".
_OF = re.compile(r"\s*(?:,\s*)?(?:de|d'|of|in)?\s*$", re.IGNORECASE)
# A participle opening a sentence, with no auxiliary: "Réunis à Turin", "Meeting in Turin".
_FRONTED_PARTICIPLE = re.compile(
    r"\s*(?-i:[A-ZÀ-Ý])\w{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ed|ing)\s+(?!(?:que|qu|that)\b)",
    re.IGNORECASE,
)
_WEEKDAY_JOIN = re.compile(r"\s+(?:et|and|au|to|à)\s+|\s*[-–]\s*", re.IGNORECASE)
# A gathering's schedule told in the present: "opens", "takes place", "s'ouvre", "a lieu".
_SCHEDULED = re.compile(
    r"\b(?:opens|begins|starts|takes place|is held|are held|runs|kicks off|s'ouvre|s'ouvrent|a lieu|ont lieu|"
    # an office changing hands: "Canada, which takes over the presidency in January"
    r"takes\s+over|takes\s+office|prend\s+(?:ses\s+fonctions|la\s+présidence|la\s+tête)|"
    r"se tient|se tiennent|se déroule|se déroulent|débute|débutent|commence|commencent|"
    # and of a deadline: "Registration closes on 10 November", "est ouverte jusqu'au 10 novembre"
    r"closes|ends|expires|(?:open|close|begin|start|end)\s+on|(?:is|are|remains?)\s+open\s+until|must\s+be\s+\w+ed|se\s+clôturent?|se\s+terminent?|"
    r"prend\s+fin|expirent?|(?:est|sont|reste|restent)\s+ouverte?s?\s+jusqu|(?:doit|doivent)\s+être\s+\w+é(?:e|s|es)?)\b",
    re.IGNORECASE,
)
# How far before publication a day told in that present is still a report of it under way.
_JUST_PAST = timedelta(days=31)
# A date without a year is only dated by a lead or paragraph date this close to it.
_NEAR_DAYS = 183
# How much nearer to the lead one year must be than the others for a date to take it.
_MARGIN_DAYS = 60
# No sentence is looked for further back than this.
_LONGEST_SENTENCE = 2_000


@dataclass(frozen=True)
class _Article:
    """What every date of one article is read against."""

    text: str
    lang: str
    published: PartialDate | None
    # Without a publication date, the lead's date stands for the time of writing.
    lead: PartialDate | None
    today: date
    # Every date expression of the text, as scanned once.
    found: tuple[Said, ...]


def read_article(
    text: str, published: PartialDate | None, lang: str, today: date, era: PartialDate | None = None
) -> tuple[list[DateMention], bool]:
    """Every date of the article in text order, with what the text does not write inferred
    only where the publication date, the lead or a nearby date supports it; ``era`` stands for
    the lead of an article that has neither publication date nor lead. Also whether such an
    article writes days or months without a year that nothing in it gives ("le 6 février" in an
    excerpt): one an era would place."""
    found = grammar.scan(text, grammar.article_mode(lang))
    written = [(said, _written(said)) for said in found]
    lead = None if published is not None else _lead(text, written, today, era)
    wants_an_era = (
        published is None
        and lead is None
        and any(
            said.first.month is not None and resolve.needs_year(said) and not said.counted() for said in found
        )
    )
    lead = lead or (era if published is None else None)
    article = _Article(text, lang, published, lead, today, tuple(found))
    mentions: list[DateMention] = []
    last_year: int | None = None
    last_start: PartialDate | None = None  # the start of the date named last, "suivant" counts from
    # The first and last day of the days named last, which "la veille" and "le lendemain" count from.
    last_days: tuple[date, date] | None = None
    span_days: tuple[date, date] | None = None  # the last days from one to another, and where written
    span_end = 0
    # Those of the days named last by publication: what a pluperfect "la veille" counts from.
    last_past_days: tuple[date, date] | None = None
    last_item: PartialDate | None = None  # the days of the agenda's item before
    skip: set[int] = set()
    weekdays: set[int] = set()  # the mentions that are a weekday alone ("lundi")
    # The full dates of the paragraph so far, with where they start.
    anchors: list[tuple[int, PartialDate]] = []
    for index, said in enumerate(found):
        if index and "\n" in text[found[index - 1].start : said.start]:
            anchors = []
        if written[index][1] is not None:
            anchors.append((said.start, written[index][1]))
        if index in skip:
            continue
        follower = _same_year_phrase(text, found, index)
        this_year = _base_year_phrase(text, found, index, article)
        if follower is not None and last_year is not None and resolve.needs_year(said):
            skip.add(index + 1)
            resolved = resolve.resolve_with_year(said, last_year + (follower.years_from_previous or 0))
        elif this_year is not None and resolve.needs_year(said):
            skip.add(index + 1)  # "in February this year", "en mars l'an dernier"
            resolved = resolve.resolve_with_year(said, this_year)
        elif said.years_from_previous is not None:
            offset = said.years_from_previous
            # "by the end of the year" with no year told before it in its paragraph: the publication's.
            told = published.year if published is not None and said.years_from_base is not None else None
            same_paragraph = bool(mentions) and "\n" not in text[mentions[-1].end : said.start]
            year = last_year if last_year is not None and (told is None or same_paragraph) else told
            resolved = None if year is None else Resolved((PartialDate(year + offset), None), True)
        elif last_start is not None and resolve.needs_year(said) and _following(text, said):
            # "créé en mars 2029 ... le 4 février suivant", "the following February": the first after it
            resolved = resolve.resolve_with_year(said, last_start.year)
            if resolved is not None and resolved.dates[0].first_day() <= last_start.last_day():
                resolved = resolve.resolve_with_year(said, last_start.year + 1)
        elif said.days_from_previous is not None:
            # After days from one to another, "le lendemain" counts from the last, "la veille" from the first.
            counted_from = last_days
            if _PLUPERFECT.search(_sentence(text, said)) and _after_publication(last_days, published):
                # "La veille, il avait reçu ...", after a forum still to come: the day before the
                # news, not before the forum.
                counted_from = last_past_days
            # "twenty days later" counts only from a day of its paragraph: one after "will be published"
            # in a new paragraph counts from no day the text gives; "le lendemain" may open one.
            near = bool(mentions) and "\n" not in text[mentions[-1].end : said.start]
            if abs(said.days_from_previous) > 1 and not near:
                counted_from = None
            days = None if counted_from is None else counted_from[said.days_from_previous > 0]
            shifted = None if days is None else days + timedelta(days=said.days_from_previous)
            resolved = None if shifted is None else Resolved((PartialDate.from_date(shifted), None), True)
        elif said.months_from_previous is not None:
            # Only from a month of the same paragraph: "six months later" after "twenty days after its
            # publication" counts from no date the text gives.
            same = (
                last_start is not None
                and last_start.month is not None
                and "\n" not in text[mentions[-1].end : said.start]
            )
            month = _months_after(last_start, said) if same else None
            resolved = None if month is None else Resolved((month, None), True)
        elif (
            "\n" not in text[span_end : said.start]
            and (within := _day_within(text, said, span_days, published, article.lang)) is not None
        ):
            resolved = Resolved((PartialDate.from_date(within), None), True)
        else:
            resolved = _resolve(said, article, [a for a in anchors if a[0] < said.start])
        item = _AGENDA_ITEM.fullmatch(text, text.rfind("\n", 0, said.start) + 1, said.start)
        if item is not None and AGENDA_DASH.match(text, said.end) and _heading_year(text, said) is None:
            resolved = _in_order(said, resolved, last_item)
            last_item = resolved.dates[0] if resolved is not None else last_item
        if resolved is None:
            continue
        try:
            dates = DateRange(*resolved.dates)
        except ValueError:
            continue
        last_year, last_start = dates.start.year, dates.start
        days = dates.start.precision == "day" and (dates.end is None or dates.end.precision == "day")
        last_days = (dates.start.first_day(), (dates.end or dates.start).last_day()) if days else None
        if last_days is not None and last_days[1] > last_days[0]:
            span_days, span_end = last_days, said.end
        if last_days is not None and not _after_publication(last_days, published):
            last_past_days = last_days
        words = text[said.start : said.end]
        mentions.append(DateMention(dates, said.start, said.end, words, resolved.relative, said.time))
        if _bare_weekday(said):
            weekdays.add(len(mentions) - 1)
    return _refined(text, _weekday_spans(text, mentions, weekdays, published)), wants_an_era


def _refined(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """Without a counted year that the date set off right after it tells more exactly ("adopté il y
    a un an, en septembre 2024", "a year ago, in September 2030")."""
    return [
        mention
        for mention, after in zip_longest(mentions, mentions[1:])
        if not (
            after is not None
            and mention.relative
            and mention.range.start.precision == "year"
            and _SET_OFF.fullmatch(text, mention.end, after.start)
            and after.range.start.year == mention.range.start.year
        )
    ]


def _day_within(
    text: str, said: Said, days: tuple[date, date] | None, published: PartialDate | None, lang: str
) -> date | None:
    """ "du lundi 17 au mercredi 19 novembre. Il sera reçu lundi soir": a bare weekday after the days
    of something still to come, in the same paragraph and not told in the past, is its day among
    them, when they hold one such day only."""
    if (
        days is None
        or not _bare_weekday(said)
        or said.direction != 0
        or not _after_publication(days, published)
    ):
        return None
    if _past(_clause(text, said), lang):
        return None
    if not 0 < (days[1] - days[0]).days < 7:
        return None  # fewer than seven days hold each weekday once at most
    day = days[0] + timedelta(days=(said.first.weekday - days[0].weekday()) % 7)
    return day if day <= days[1] else None


def _after_publication(days: tuple[date, date] | None, published: PartialDate | None) -> bool:
    return days is not None and published is not None and days[0] > published.last_day()


def _months_after(start: PartialDate, said: Said) -> PartialDate:
    """The month a count of months from a date falls in ("trois mois plus tard"): a month, no day."""
    months = start.year * 12 + start.month - 1 + said.months_from_previous
    return PartialDate(months // 12, months % 12 + 1)


def _following(text: str, said: Said) -> bool:
    """Whether a date is said to come next: "le 4 février suivant", "the following February"."""
    return bool(
        _FOLLOWING_AFTER.match(text, said.end)
        or _FOLLOWING_BEFORE.search(text, max(0, said.start - 16), said.start)
    )


def _in_order(said: Said, resolved: Resolved | None, before: PartialDate | None) -> Resolved | None:
    """An agenda's items come in order: one without a year that would fall before the item above
    it ("14 et 15 décembre" after "7 au 10 juillet 2026", in January 2026) is in the next year."""
    if resolved is None or before is None or not resolve.needs_year(said) or said.counted():
        return resolved
    start = resolved.dates[0]
    if start.year is None or start.last_day() >= before.first_day():
        return resolved
    if _bare_weekday(said):
        # "Monday: ...", then "Thursday: ...": the Thursday after the Monday above it.
        ahead = (said.first.weekday - before.first_day().weekday()) % 7 or 7
        return Resolved((PartialDate.from_date(before.first_day() + timedelta(days=ahead)), None), True)
    later = resolve.resolve_with_year(said, start.year + 1)
    return later if later is not None and later.dates[0].last_day() >= before.first_day() else resolved


def _bare_weekday(said: Said) -> bool:
    first = said.first
    return said.last is None and first.weekday is not None and first.day is None and first.month is None


def _weekday_spans(
    text: str, mentions: list[DateMention], weekdays: set[int], published: PartialDate | None
) -> list[DateMention]:
    """ "lundi et mardi", "Monday to Wednesday": two weekdays joined are the days from one to the other."""
    today = published.as_date() if published is not None else None
    out: list[DateMention] = []
    for index, mention in enumerate(mentions):
        previous = out[-1] if out and index - 1 in weekdays and index in weekdays else None
        if previous is not None and _WEEKDAY_JOIN.fullmatch(text, previous.end, mention.start):
            first, last = previous.range.start.first_day(), mention.range.start.first_day()
            days = (last.weekday() - first.weekday()) % 7
            if last <= first and last == today:  # "se tiendra lundi et mardi", written on a Tuesday
                last = first + timedelta(days=days)
            elif last <= first and first == today:  # "s'est tenu lundi et mardi", written on a Monday
                first = last - timedelta(days=days)
            elif (last - first).days >= 7 or last < first:
                # "Last Thursday and Friday", "next Monday and Tuesday": the second day of that week
                last = first + timedelta(days=days)
            if 0 < (last - first).days < 7 and previous.range.end is None:
                span = DateRange(PartialDate.from_date(first), PartialDate.from_date(last))
                words = text[previous.start : mention.end]
                out[-1] = DateMention(span, previous.start, mention.end, words, True, previous.time)
                continue
        out.append(mention)
    return out


def _written(said: Said) -> PartialDate | None:
    """The start of a date written with its year and month, else None."""
    if said.counted() or resolve.needs_year(said) or said.first.month is None:
        return None
    try:
        return resolve.build(said, None)[0]
    except ValueError:
        return None


def _lead(
    text: str, written: list[tuple[Said, PartialDate | None]], today: date, era: PartialDate | None
) -> PartialDate | None:
    """The first date of the first paragraph with its year written or given by its weekday:
    news is written near the time its lead tells. A weekday fits a year every few years: the one
    nearest the era, when there is one ("Semaine du 6 au 12 octobre 2031" above "Lundi 6 octobre")."""
    first_break = text.find("\n")
    end = len(text) if first_break < 0 else first_break
    for said, day in written:
        if said.start >= end:
            break
        if day is not None:
            return day
        by_weekday = resolve.year_from_weekday(said, today) if said.first.month is not None else None
        if by_weekday is not None and era is not None:
            by_weekday = resolve.year_near(said, era)
        if by_weekday is not None:
            return by_weekday.dates[0]
    return None


def _same_year_phrase(text: str, found: list[Said], index: int) -> Said | None:
    """ "de la même année", "of the following year" right after a date without a year."""
    after = _joined_after(text, found, index)
    return after if after is not None and after.years_from_previous is not None else None


def _base_year_phrase(text: str, found: list[Said], index: int, article: _Article) -> int | None:
    """The year "this year", "l'an dernier" right after a date without a year give it, counted
    from the publication (or the lead without one)."""
    after = _joined_after(text, found, index)
    base = article.published or article.lead
    if after is None or after.years_from_base is None or base is None:
        return None
    return base.year + after.years_from_base


def _joined_after(text: str, found: list[Said], index: int) -> Said | None:
    """The date right after this one, joined to it by nothing but "de", "of", "in" or a comma."""
    if index + 1 >= len(found) or not _OF.fullmatch(text[found[index].end : found[index + 1].start]):
        return None
    return found[index + 1]


def _resolve(said: Said, article: _Article, anchors: list[tuple[int, PartialDate]]) -> Resolved | None:
    published = article.published
    if said.direction == 0 and _moved_ahead(article.text, said):
        said = replace(said, direction=1)  # "a été reporté au 14 octobre", "à l'automne": the coming one
    day = published.as_date() if published is not None else None
    if said.weeks_from_base is not None:
        return None if day is None else _week(said.weeks_from_base, day)
    if said.days_from_base is not None:
        return None if day is None else resolve.from_base_words(said, day)
    if said.months_from_base is not None:
        return (
            None if published is None or published.month is None else _month(said.months_from_base, published)
        )
    if said.years_from_base is not None:
        base = published or article.lead
        return None if base is None else Resolved((PartialDate(base.year + said.years_from_base), None), True)
    if said.season is not None:
        return (
            None if published is None or published.month is None else _season(said, article.text, published)
        )
    if said.first.month is None and said.first.year is None:
        # Without a publication date, a lead told to the day stands for the time of writing.
        lead = article.lead if article.lead is not None and article.lead.precision == "day" else None
        return _weekday(said, article.text, published or lead, article.lang)
    if not resolve.needs_year(said):
        try:
            return Resolved(resolve.build(said, None), relative=False)
        except ValueError:
            return None
    return _year(said, article, anchors)


def _year(said: Said, article: _Article, anchors: list[tuple[int, PartialDate]]) -> Resolved | None:
    """The year of a date written without one.

    In order: the one year its clause writes; before the publication date when a participle of
    something done precedes it; the nearest the publication for a day something was moved from; a full date earlier in the same sentence; the publication date; the lead or
    the last full date of the paragraph when one is within six months; a weekday.
    """
    if said.direction == 0 and SINCE_BEFORE.search(article.text, max(0, said.start - 12), said.start):
        said = replace(said, direction=-1)
    sentence_start = _sentence_start(article.text, said.start)
    clause_start, clause_end = _clause_span(article.text, said)
    if _NEW_CLAUSE.match(article.text, clause_start) and _OWN_VERB_IN.search(
        article.text, clause_start, said.start
    ):
        # "lancées en février 2028, et le dernier cycle s'est achevé en janvier": a clause with a
        # subject and a verb of its own tells its own time, not the year of the one before it.
        sentence_start = clause_start
    in_sentence = [anchor for start, anchor in anchors if start >= sentence_start]
    year = _sentence_year(article, said) or _heading_year(article.text, said)
    if year is not None:  # "le 14 juillet à Paris en 2023"; a timeline's item under "2023"
        return resolve.resolve_with_year(said, year)
    published = article.published
    clause = article.text[clause_start:clause_end]
    if published is not None and said.direction == 0 and _done_before(article.text, said, _DONE_BEFORE):
        return resolve.year_near(replace(said, direction=-1), published)
    if (
        published is not None
        and said.direction == 0
        and _SINCE_PHRASE.search(article.text, max(0, said.start - 70), said.start)
    ):
        # "négocié depuis la réunion d'Accra en mars", "since the Accra meeting in March": what is
        # counted from lies before the writing, whatever the tense of the sentence.
        return resolve.year_near(replace(said, direction=-1), published)
    if published is not None and said.direction == 0 and _moved_from(article, said):
        # "initialement prévu le 12 mars, a été reporté au 21 avril": the day given up was a plan
        # made before, the one nearest the publication, whatever tense the plan is told in.
        return resolve.year_near(said, published)
    if published is not None and said.direction == 0 and _past_relative(article.text, said, article.lang):
        # "will examine a draft by an expert group that met in Seoul in March": the relative
        # clause's own past, whatever the future of the verb it hangs on.
        return resolve.year_near(replace(said, direction=-1), published)
    if (
        published is not None
        and said.direction == 0
        and (_FUTURE.search(clause) or _TO_BE_HELD.search(clause) or _intended(article.text, said))
    ):
        # "created in October 2023, it will report in September": the clause's own tense wins
        # over the sentence's other date; what is still to come lies after the publication.
        ahead = resolve.year_near(replace(said, direction=1), published)
        if ahead is not None:
            return ahead
    if published is not None and said.direction != 0:
        # "après Bletchley en novembre 2023, puis Séoul en mai dernier": "dernier", "prochain",
        # "last" and "next" count from when the text is written, not from its other dates.
        return resolve.year_near(said, published)
    if in_sentence:
        return resolve.year_near(said, in_sentence[-1])
    if published is not None and said.direction == 0 and _ahead_of(article.text, said):
        # "Ministers met on Friday ahead of the G20 summit on November 22-23": what was prepared
        # for is still to come, whatever the tense of the preparing.
        ahead = resolve.year_near(replace(said, direction=1), published)
        if ahead is not None:
            return ahead
    if published is not None and said.direction == 0 and _told_in_the_past(article.text, said, article.lang):
        # "En octobre, les ministres avaient adopté un code", published in May: last October.
        return resolve.year_near(replace(said, direction=-1), published)
    if published is not None and said.direction == 0 and _to_come_in_sentence(article.text, said):
        # "La réunion aura lieu à Cernobbio, sur le lac de Côme, les 14 et 15 octobre": a clause
        # with no verb of its own takes its sentence's future.
        ahead = resolve.year_near(replace(said, direction=1), published)
        if ahead is not None:
            return ahead
    if published is not None and said.direction == 0 and _SCHEDULED.search(_tense_clause(article.text, said)):
        # "The summit opens on 9 September", "Le sommet a lieu le 9 septembre", written in March:
        # the present of a gathering's schedule is the coming September, unless the day is only
        # just past (a report of what is under way).
        near = resolve.year_near(said, published)
        if near is None or near.dates[0].last_day() >= published.first_day() - _JUST_PAST:
            return near
        return resolve.year_near(replace(said, direction=1), published)
    if published is not None:
        return resolve.year_near(said, published)
    if article.lead is not None and article.lead.precision == "day":
        # "dernier", "depuis" count from the time of writing, which a lead told to the day stands
        # for; so does a month told in the past ("a été publié en juillet": the last July). A day
        # may be one of the lead's own ("signée le 14 mars", a lead of 10 March): it stays near.
        if said.direction != 0:
            return resolve.year_near(said, article.lead)
        if (
            said.first.day is None
            and said.last is None
            and _told_in_the_past(article.text, said, article.lang)
        ):
            return resolve.year_near(replace(said, direction=-1), article.lead)
    options = []
    for base in (article.lead, anchors[-1][1] if anchors else None):
        found = None if base is None else resolve.year_near(said, base)
        # "en mai dernier" may lie up to a year before the lead.
        near = _NEAR_DAYS if said.direction == 0 else 366
        if found is not None and resolve.distance(found.dates, base) <= near and _clear(said, found, base):
            options.append((resolve.distance(found.dates, base), found))
    if options:
        return min(options, key=lambda option: option[0])[1]
    return resolve.year_from_weekday(said, article.today)


# A timeline's heading: a line that is a year alone ("2023"), over the items of that year.
_YEAR_HEADING = re.compile(r"^[ \t]*((?:19|20)\d\d)[ \t]*$", re.MULTILINE)
# What may stand before an item's day on its line: a bullet or a dash.
_ITEM_OPENING = re.compile(r"[ \t•·*–—-]*")


def _heading_year(text: str, said: Said) -> int | None:
    """ "2023 / 8 décembre – Accord politique": the year heading the timeline item the date opens."""
    line_start = text.rfind("\n", 0, said.start) + 1
    if not _ITEM_OPENING.fullmatch(text, line_start, said.start):
        return None
    above = [year for start, year in _year_headings(text) if start < line_start]
    return above[-1] if above else None


@lru_cache(maxsize=4)
def _year_headings(text: str) -> tuple[tuple[int, int], ...]:
    """Where each year heading of a text stands, read once per text (each date asks again)."""
    return tuple((found.start(), int(found.group(1))) for found in _YEAR_HEADING.finditer(text))


def _clear(said: Said, found: Resolved, base: PartialDate) -> bool:
    """Whether the year chosen for a date is clearly the nearest to the base: "16 novembre" near
    a lead of mid-May could be either side of it, and is then left without a year."""
    if said.direction != 0:
        return True
    chosen = resolve.distance(found.dates, base)
    others = []
    for year in (base.year - 1, base.year, base.year + 1):
        other = resolve.resolve_with_year(said, year)
        if other is not None and other.dates != found.dates:
            others.append(resolve.distance(other.dates, base))
    return all(distance - chosen >= _MARGIN_DAYS for distance in others)


def _moved_ahead(text: str, said: Said) -> bool:
    """Whether the date is what a gathering was put off or brought forward to, in a clause that
    tells it now ("has been postponed to 14 October"), not in a story of the past ("had been
    postponed to June")."""
    start, _ = _clause_span(text, said)
    reach = max(start, said.start - MOVED_REACH)
    # A season's words hold their preposition ("à l'automne", "to the autumn").
    moved = MOVED_TO.search(text, reach, said.start) or (
        MOVED_VERB.search(text, reach, said.start) if said.season is not None else None
    )
    return moved is not None and not _PLUPERFECT.search(text, start, said.start)


def _moved_from(article: _Article, said: Said) -> bool:
    """Whether the date is the one something was moved from: a later date of its sentence is
    the one it was put off or brought forward to, and this one is not."""
    if _moved_ahead(article.text, said):
        return False
    edge = SENTENCE_EDGE.search(article.text, said.end)
    end = edge.start() if edge else len(article.text)
    return any(said.end <= other.start < end and _moved_ahead(article.text, other) for other in article.found)


def _told_in_the_past(text: str, said: Said, lang: str) -> bool:
    """Whether the date's clause, or its sentence when nothing in it is still to come, is in the
    past; English simple past only in the clause ("The envoy invited her to the meeting, on December
    3" invites to what is to come)."""
    start, _ = _clause_span(text, said)
    if MOVED_TO.search(text, start, said.start) or _HELD_LATER.search(text, start, said.start):
        return False
    if _STILL_OPEN_UNTIL.search(text, max(0, said.start - 60), said.start):
        return False  # "a lancé une consultation ouverte jusqu'au 30 juin": open now, whatever the launch's tense
    clause, sentence = _tense_clause(text, said), _sentence(text, said)
    english = _ENGLISH_PAST.search(clause)
    if english is not None and not clause[: english.start()].strip() and _FUTURE.search(sentence):
        # "The summit, held on Nov. 1-2, will gather...": a participle set off by commas takes the
        # tense of the verb it hangs on.
        clause = clause[english.end() :]
    perfect = _PAST if lang == "fr" else _PLUPERFECT
    # "..., qui s'ouvre le 10 mars": a relative clause has a verb, and a tense, of its own.
    parts = ((clause, perfect), (clause, _ENGLISH_PAST))
    if not _OWN_VERB.match(clause):
        parts = (*parts, (sentence, perfect))
    if _THEN_CLAUSE.match(clause):
        # "was adopted in committee on 28 June, then in plenary on 10 July": the verb before it.
        parts = (*parts, (text[_sentence_start(text, said.start) : start], _ENGLISH_PAST))
    listed = _before_list(text, said)
    if listed is not None:  # "was approved by both houses: the Senate on 12 May": the verb before the list
        parts = (*parts, (listed, _ENGLISH_PAST))
    return any(
        past.search(part) and not _FUTURE.search(part) and not _LATER_IN_THE_PAST.search(part)
        for part, past in parts
    )


def _before_list(text: str, said: Said) -> str | None:
    """The clause a list after a colon hangs on, when the date's item says no verb of its own."""
    start = _sentence_start(text, said.start)
    colon = text.rfind(":", start, said.start)
    if colon < 0 or _TOLD_AS_PAST.search(text, colon, said.start) or _FUTURE.search(text, colon, said.start):
        return None
    return text[start:colon]


def _to_come_in_sentence(text: str, said: Said) -> bool:
    """Whether the date's clause, saying no tense of its own (no verb, no participle), follows a verb
    still to come in its sentence. A clause before the verb is an aside that may tell the past
    ("Coprésidente du sommet de Paris en février, l'Inde accueillera...")."""
    start, _ = _clause_span(text, said)
    before = text[_sentence_start(text, said.start) : start]
    own = text[start : said.start]
    return _FUTURE.search(before) is not None and not (_TOLD_AS_PAST.search(own) or _PARTICIPLE.search(own))


def _past_alone(clause: str, lang: str) -> bool:
    """Whether a clause is told in the past with nothing still to come in it: "Members on Wednesday
    approved the act, clearing the way for the rules to take effect next year" approved last
    Wednesday, whatever the sentence says next."""
    return _past(clause, lang) and _FUTURE.search(clause) is None


def _past_relative(text: str, said: Said, lang: str) -> bool:
    """Whether a date lies in a relative clause told in the past with nothing still to come in it."""
    start, end = _clause_span(text, said)
    relatives = list(_RELATIVE_WORD.finditer(text, start, said.start))
    if not relatives:
        return False
    # "The summit, which was due to open on 7 December, has been cancelled": a plan, not a past.
    relative = text[relatives[-1].end() : end]
    return _past_alone(relative, lang) and not re.search(_PLANNED_THEN, relative, re.IGNORECASE)


def _done_before(text: str, said: Said, participle: re.Pattern[str]) -> bool:
    """Whether a past participle, after no auxiliary still to come, stands right before a date
    ("a fund launched in April", "Le président, arrivé mardi à Paris, ...")."""
    done = participle.search(text, max(0, said.start - 30), said.start)
    return done is not None and not _AUXILIARY_BEFORE.search(text, max(0, done.start() - 20), done.start())


def _past(clause: str, lang: str) -> bool:
    """Whether a clause is told in the past (the French perfect only in French: "a summit")."""
    return bool(_TOLD_AS_PAST.search(clause) or (lang == "fr" and _PAST.search(clause)))


def _alone_after_aside(text: str, said: Said) -> bool:
    """Whether the weekday is all its clause says, at the sentence's end after an aside ("met her
    counterpart, Mauro Vieira, on Monday."): the tense is the verb's before the aside."""
    start, end = _clause_span(text, said)
    return bool(_PREPOSITION_ALONE.fullmatch(text, start, said.start)) and not text[said.end : end].strip(
        " .!?"
    )


def _alone_in_clause(text: str, said: Said, end: int) -> bool:
    """Whether nothing follows the date in its clause but a second weekday ("jeudi et vendredi")."""
    rest = text[said.end : end]
    return not rest.strip() or (_WEEKDAY_JOIN.match(rest) is not None and len(rest.split()) == 2)


def _tense_clause(text: str, said: Said) -> str:
    """The clause whose verb tells a date's tense: its own, or the next one for a date opening its
    sentence alone ("On 3 March, the Parliament voted", "Jeudi et vendredi, Kigali a accueilli")."""
    start, end = _clause_span(text, said)
    alone = _alone_in_clause(text, said, end)
    # "Réunis à Turin lundi et mardi, les ministres ont adopté...": a participle opening the
    # sentence has no tense; the clause after it tells it.
    fronted = start == _sentence_start(text, said.start) and _FRONTED_PARTICIPLE.match(text, start)
    if not ((_PREPOSITION_ALONE.fullmatch(text[start : said.start]) and alone) or fronted):
        return text[start:end]
    stop = _CLAUSE_EDGE.search(text, end + 1)
    return text[end + 1 : stop.start() if stop else len(text)]


def _sentence_year(article: _Article, said: Said) -> int | None:
    """The one year the date's clause writes alone ("le 14 juillet à Paris en 2023"), if it writes
    one; another clause's year ("Lancé en 2019, le forum se réunira le 5 mars") is not its own, nor
    a year that dates something else ("fin juillet et une autre début 2025")."""
    start, end = _clause_span(article.text, said)
    years = {
        other.first.year
        for other in article.found
        if start <= other.start
        and other.end <= end
        and other.first.year is not None
        and other.first.month is None
        and not other.counted()
        and (
            _IN_YEAR.search(article.text, max(0, other.start - 12), other.start)
            or _EDITION_AFTER.match(article.text, other.end)
        )
    }
    return years.pop() if len(years) == 1 else None


def _sentence_start(text: str, position: int) -> int:
    earliest = max(position - _LONGEST_SENTENCE, 0)
    return max((m.end() for m in SENTENCE_EDGE.finditer(text, earliest, position)), default=earliest)


def _clause(text: str, said: Said) -> str:
    """The part of the date's sentence between commas, semicolons or dashes around it."""
    start, end = _clause_span(text, said)
    return text[start:end]


def _clause_span(text: str, said: Said) -> tuple[int, int]:
    sentence_start = _sentence_start(text, said.start)
    before = text[sentence_start : said.start]
    cut = max(before.rfind(mark) for mark in ",;:(—")
    stop = _CLAUSE_EDGE.search(text, said.end)
    end = stop.start() if stop else len(text)
    # "The minister said on Monday that Togo will sign": the day is the saying's, told in its tense.
    reported = _REPORTED.search(text, said.end, end)
    start = sentence_start + cut + 1
    then = _AND_FUTURE.search(text, said.end, end)
    if then is not None and not (
        _PAST.search(text, start, then.start()) or _ENGLISH_PAST.search(text, start, then.start())
    ):
        then = None  # "s'ouvre le 10 février et doit s'achever": one event's days, one tense
    cuts = (found.start() for found in (reported, then) if found)
    return start, min(cuts, default=end)


def _sentence(text: str, said: Said) -> str:
    stop = SENTENCE_EDGE.search(text, said.end)
    return text[_sentence_start(text, said.start) : stop.start() if stop else len(text)]


_INTENDED_BEFORE = re.compile(
    r"\b(?:agreed|agree|agrees|decided|decide|decides|plans?|planned|pledged|promised|vowed|intends?|intended"
    r"|expects?|aims?|hopes?|look(?:s|ed)?\s+forward)"
    r"\s+to\b|\b(?:convenu|décidé|promis|prévu|envisagé|résolu)\s+d['’e]"
    # "ask governments to agree a ban at the conference", "appellent les États à": what is asked for.
    rf"|\b(?:{REQUESTS['en']})\s+(?:[\w'’-]+\s+){{1,4}}?to\b"
    rf"|\b(?:{REQUESTS['fr']})\s+(?:[\w'’-]+\s+){{1,4}}?à\b",
    re.IGNORECASE,
)
# "prépare un colloque pour l'automne", "planned for the autumn": a season one works towards.
_AIMED_AT = re.compile(r"\b(?:pour|for|(?:prévue?s?|attendue?s?)\s+(?:à|pour|en))\s*$", re.IGNORECASE)


_AHEAD_REACH = 8  # how many words may stand between "ahead of" and the date of what it names


def _ahead_of(text: str, said: Said) -> bool:
    """Whether the date is of what a clause prepares for ("ahead of the G20 summit in
    Johannesburg on November 22-23"), with no comma or other verb's clause between."""
    start = _sentence_start(text, said.start)
    ahead = list(AHEAD_OF.finditer(text, start, said.start))
    between = text[ahead[-1].end() : said.start] if ahead else ""
    return bool(ahead) and not re.search(r"[,;:]", between) and len(between.split()) <= _AHEAD_REACH


def _intended(text: str, said: Said) -> bool:
    """Whether the date's clause says, before it, what was agreed or planned to be done ("agreed to
    hold a dialogue in the autumn", "ont convenu de se réunir à l'automne"): later than that."""
    start, _ = _clause_span(text, said)
    return _INTENDED_BEFORE.search(text, start, said.start) is not None


def _aimed_at(text: str, said: Said) -> bool:
    """ "pour l'automne", "for the autumn" ("for the" may be the season's own words)."""
    before = _AIMED_AT.search(text, max(0, said.start - 24), said.start) is not None
    return before or text[said.start : said.start + 4].lower() == "for "


def _season(said: Said, text: str, published: PartialDate) -> Resolved:
    """The year of a season named without one: the last one begun by the publication, or the
    next one not over, as "dernier", "prochain", the sentence's tense or an aim ("pour l'automne",
    "planned for the autumn") say."""
    year, month, start = published.year, published.month or 1, said.season or 1
    if said.direction < 0:
        found = year if month > start + 2 else year - 1
    elif said.direction > 0:
        found = year if month < start else year + 1
    elif _FUTURE.search(_sentence(text, said)) or _aimed_at(text, said) or _intended(text, said):
        found = year if month <= start + 2 else year + 1
    else:
        found = year if month >= start else year - 1
    return Resolved((PartialDate(found), None), relative=True)


def _month(offset: int, published: PartialDate) -> Resolved:
    """The month counted from the publication's: "le mois dernier", "next month"."""
    return Resolved(
        (PartialDate(published.year, published.month or 1).plus_months(offset), None), relative=True
    )


def _week(offset: int, day: date) -> Resolved | None:
    """The month of a week counted from the publication day, when the week lies in one month."""
    monday = day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
    sunday = monday + timedelta(days=6)
    if (monday.year, monday.month) != (sunday.year, sunday.month):
        return None
    return Resolved((PartialDate(monday.year, monday.month), None), relative=True)


def _weekday(said: Said, text: str, published: PartialDate | None, lang: str) -> Resolved | None:
    """A weekday without a month: only the publication date can place it.

    With a day number ("on Tuesday (13)") the month comes from the publication date;
    without one, the publication day is needed and the sentence says which week.
    """
    if published is None or said.first.weekday is None:
        return None
    if said.first.day is not None:
        return _weekday_with_day(said, published)
    day = published.as_date()
    if day is None:
        return None
    if said.direction != 0:
        return _to_last_weekday(said, resolve.weekday_relative(said, day))
    return _to_last_weekday(said, _weekday_near(said, text, day, lang))


def _to_last_weekday(said: Said, found: Resolved | None) -> Resolved | None:
    """ "this weekend" is said as Saturday to Sunday: the day found, to the next day of the last weekday."""
    if found is None or said.last is None or said.last.weekday is None or said.last.day is not None:
        return found
    start = found.dates[0]
    days = (said.last.weekday - said.first.weekday) % 7
    return Resolved((start, PartialDate.from_date(start.first_day() + timedelta(days=days))), found.relative)


def _weekday_near(said: Said, text: str, day: date, lang: str) -> Resolved:
    """A weekday without a direction: the week and the side of the publication day its sentence tells."""
    weekday = said.first.weekday
    sentence = _sentence(text, said)
    # "Le ministre a annoncé lundi que le Togo signera": what is reported is not the day's tense.
    reported = _REPORTED.search(sentence, said.end - _sentence_start(text, said.start))
    sentence = sentence[: reported.start()] if reported else sentence
    # "a adopté mercredi le projet, qui sera examiné à l'automne": a relative clause after the day
    # tells a time of its own.
    relative = _RELATIVE_AFTER.search(sentence, said.end - _sentence_start(text, said.start))
    sentence = sentence[: relative.start()] if relative else sentence
    until = _UNTIL.search(text, max(said.start - 12, 0), said.start) is not None
    future = bool(_FUTURE.search(sentence)) or until
    weeks = _week_offset(sentence)
    if weeks is None and _THIS.search(text, max(said.start - 10, 0), said.start):
        weeks = 0
    if weeks is None:
        # "The forum was held last week. On Wednesday, ...": a week named earlier in the
        # paragraph holds when the tense agrees with it.
        earlier = _week_offset(text[text.rfind("\n", 0, said.start) + 1 : said.start])
        weeks = earlier if earlier and (earlier > 0) == future else None
    if weeks is not None:
        shift = 7 * weeks + weekday - day.weekday()
    elif weekday == day.weekday():
        shift = 0
    elif until or (future and not _past_alone(_weekday_clause(text, said), lang)):
        shift = (weekday - day.weekday()) % 7
    elif _past(_weekday_clause(text, said), lang) or _done_before(text, said, _DONE_BEFORE_DAY):
        shift = -((day.weekday() - weekday) % 7)
    elif _alone_after_aside(text, said) and _past(text[_sentence_start(text, said.start) : said.start], lang):
        shift = -((day.weekday() - weekday) % 7)  # "met her counterpart, Mauro Vieira, on Monday"
    else:
        # "arrive in Britain on Tuesday", "se rend jeudi à Bruxelles": a programme in the present
        # tense; the nearer of the weekdays before and after.
        ahead = (weekday - day.weekday()) % 7
        shift = ahead if ahead < 7 - ahead else ahead - 7
    return Resolved((PartialDate.from_date(day + timedelta(days=shift)), None), relative=True)


def _weekday_clause(text: str, said: Said) -> str:
    """The clause whose verb tells a weekday's tense; for one closing its sentence after an aside
    ("se tiennent à Rennes, au couvent des Jacobins, jeudi et vendredi."), what its sentence says
    before it, not the next sentence."""
    start, end = _clause_span(text, said)
    alone = _alone_in_clause(text, said, end)
    if alone and _PREPOSITION_ALONE.fullmatch(text, start, said.start) and text[end : end + 1] in ".!?":
        return text[_sentence_start(text, said.start) : said.start]
    return _tense_clause(text, said)


def _week_offset(text: str) -> int | None:
    """The week the last week phrase of the text counts from the publication, if any."""
    key = grammar.normalise(text)
    found = [
        (match.end(), offset)
        for table in WEEK_WORDS.values()
        for phrase, offset in table.items()
        for match in re.finditer(rf"\b{re.escape(grammar.normalise(phrase))}\b", key)
    ]
    return max(found)[1] if found else None


def _weekday_with_day(said: Said, published: PartialDate) -> Resolved | None:
    """The day of the publication's month, or of the month before or after, that falls on the
    weekday; the nearest to the publication when several do."""
    options = []
    for shift in (-1, 0, 1):
        month = published.year * 12 + (published.month or 1) - 1 + shift
        try:
            day = date(month // 12, month % 12 + 1, said.first.day or 1)
        except ValueError:
            continue
        if day.weekday() == said.first.weekday:
            options.append((resolve.distance((PartialDate.from_date(day), None), published), day))
    if published.month is None or not options:
        return None
    return Resolved((PartialDate.from_date(min(options)[1]), None), relative=True)
