"""The words of dates in each language, for the date parser.

Month and weekday names come from Babel's CLDR data: Babel gives the wide and
abbreviated names, and the spellings people actually type (no accents, "fév",
"sept", with or without a dot) are derived here by rule so that every
language is treated alike. The few other words ("du", "au", "dernier",
"hier"...) are listed by hand, as CLDR does not have them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

LANGUAGES = ("fr", "en")
# Datelines of pages republished from abroad ("26. decembar 2024", "14. Juni 2023"): month names of
# these languages are read in headers only. None of their spellings names two different months.
DATELINE_LANGUAGES = ("de", "es", "it", "pt", "nl", "sr_Latn")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class Name:
    """What a spelling stands for: a month (1-12) or a weekday (0 = Monday)."""

    number: int
    abbreviated: bool


def _spellings(wide: dict[int, str], abbreviated: dict[int, str]) -> dict[str, Name]:
    """Every accepted spelling, lower case and without a trailing dot.

    Prefixes of three or four letters are abbreviations too ("fév", "sept"),
    unless they begin two names ("jui" for juin and juillet).
    """
    found: dict[str, Name] = {}
    for number, name in wide.items():
        for spelling in {name.lower(), strip_accents(name.lower())}:
            found[spelling] = Name(number, abbreviated=False)
    short: dict[str, set[int]] = {}
    for number, name in wide.items():
        for spelling in {name.lower(), strip_accents(name.lower())}:
            for length in (3, 4):
                if length < len(spelling):
                    short.setdefault(spelling[:length], set()).add(number)
    for number, name in abbreviated.items():
        for spelling in {name.lower(), strip_accents(name.lower())}:
            short.setdefault(spelling.rstrip("."), set()).add(number)
    for spelling, numbers in short.items():
        if len(numbers) == 1 and spelling not in found:
            found[spelling] = Name(numbers.pop(), abbreviated=True)
    return found


@cache
def months(language: str) -> dict[str, Name]:
    """Month spellings of one language, e.g. ``"févr" -> Name(2, True)``."""
    from babel.dates import get_month_names

    return _spellings(
        get_month_names("wide", locale=language),
        get_month_names("abbreviated", locale=language),
    )


@cache
def weekdays(language: str) -> dict[str, Name]:
    """Weekday spellings of one language, numbered like ``date.weekday()``."""
    from babel.dates import get_day_names

    return _spellings(
        get_day_names("wide", locale=language),
        get_day_names("abbreviated", locale=language),
    )


WORDS = {
    "fr": {
        "from": ["du"],
        "to": ["au", "jusqu'au"],
        "and": ["et", "&"],
        "between": ["entre"],
        "article": ["le", "les"],
        "past": ["dernier", "dernière", "derniers", "dernières", "passé", "passée", "passés", "passées"],
        "future": ["prochain", "prochaine", "prochains", "prochaines"],
        "since": ["depuis"],
        "at": ["à", "vers"],
        "year_context": [
            "en", "depuis", "dès", "d'ici", "avant", "après", "jusqu'en", "fin", "fin de",
            "début", "début de", "mi", "courant", "année", "l'année", "printemps", "été", "automne", "hiver",
            "l'été", "l'automne", "l'hiver", "édition", "édition de", "l'édition", "l'édition de",
            "prévu pour", "prévue pour", "prévus pour", "prévues pour", "semestre", "trimestre",
        ],
        "month_context": ["en", "début", "fin", "mi", "courant", "depuis", "d'ici", "dès", "à partir de", "mois de"],
        "year_span_from": ["de"],
        "year_span_to": ["à"],
        "edition": ["édition"],
        "day_of": ["du mois de"],
    },
    "en": {
        "from": ["from"],
        "to": ["to", "until", "through", "till"],
        "and": ["and", "&"],
        "between": ["between"],
        "article": ["the"],
        "past": ["last", "past"],
        "future": ["next"],
        "since": ["since"],
        "at": ["at"],
        "year_context": [
            "in", "since", "by", "until", "before", "after", "during", "from",
            "early", "late", "mid", "end of", "start of", "beginning of", "year",
            "spring", "summer", "autumn", "fall", "winter", "through", "edition",
            "scheduled for", "planned for", "set for", "slated for", "half of", "quarter of", "Q1", "Q2", "Q3", "Q4",
        ],
        "month_context": [
            "in", "since", "by", "until", "early", "late", "mid", "during",
            "end of", "beginning of", "from",
        ],
        "year_span_from": ["from"],
        "year_span_to": ["to"],
        "edition": ["edition"],
        "day_of": ["of"],
    },
}  # fmt: skip

DAY_WORDS = {
    "fr": {
        "avant-hier": -2,
        "hier": -1,
        "aujourd'hui": 0,
        "ce jour": 0,  # an official readout's "today"; never "à ce jour", so far (``_dates_grammar``)
        "ce matin": 0,
        "cet après-midi": 0,
        "ce soir": 0,
        "après-demain": 2,
        "demain": 1,
    },
    "en": {
        "yesterday": -1,
        "last night": -1,
        "today": 0,
        "this morning": 0,
        "this afternoon": 0,
        "this evening": 0,
        "tonight": 0,
        "tomorrow": 1,
    },
}
# French verbs in the future tense ("conviera", "se tiendront", "se poursuivra").
# A lower-case word only, whatever the flags: "Narendra", "Kendra" are names.
FUTURE_ENDINGS = r"\b(?-i:[a-zà-ÿ])\w{2,}(?:era|eront|ira|iront|dra|dront|vra|vront)\b"
# English past tenses not made with "-ed" ("the forum drew 2,000 delegates", "brought together"): what a
# sentence tells was done, and a word that no event's name holds.
IRREGULAR_PAST = (
    "said|told|met|held|made|took|gave|went|came|began|spoke|left|became|saw|"
    "wrote|brought|sent|won|led|drew|chose|rose|fell|broke|knew|grew|stood|sat"
)
# Verbs asking someone to do something ("ask governments to agree a ban", "appellent les États à
# adopter"), in the present and in the past: what they ask for is still to come, and not done.
REQUESTS = {"en": r"asks?|urges?|calls?\s+on", "fr": r"appellent|appelle|exhortent|exhorte"}
REQUESTED = {"en": r"asked|urged|called\s+on", "fr": r"appelé|exhorté"}
# Weeks counted from the publication date; a weekday in the same sentence falls in that week.
WEEK_WORDS = {
    "fr": {"la semaine dernière": -1, "la semaine passée": -1, "cette semaine": 0, "la semaine prochaine": 1},
    "en": {"last week": -1, "this week": 0, "next week": 1},
}
# The Saturday and Sunday nearest the publication date, before or after as the tense or the word says.
WEEKEND_WORDS = {
    "fr": {"ce week-end": 0, "ce weekend": 0, "le week-end dernier": -1, "le week-end prochain": 1},
    "en": {
        "over the weekend": 0,
        "at the weekend": 0,
        "during the weekend": 0,
        "this weekend": 0,
        "this past weekend": -1,
        "last weekend": -1,
        "next weekend": 1,
        "this coming weekend": 1,
    },
}
# Years counted from the year the text named last: "le 3 juin de la même année", "the following year".
PREVIOUS_YEAR_WORDS = {
    "fr": {
        "la même année": 0,
        "cette année-là": 0,
        "l'année suivante": 1,
        "l'année d'après": 1,
        "l'année précédente": -1,
        "l'année d'avant": -1,
    },
    "en": {
        "the same year": 0,
        "that year": 0,
        "that same year": 0,
        "the following year": 1,
        "the next year": 1,
        "the year after": 1,
        "the previous year": -1,
        "the year before": -1,
    },
}
# Months counted from the publication date: "le mois dernier", "earlier this month".
MONTH_WORDS = {
    "fr": {
        "le mois dernier": -1,
        "le mois passé": -1,
        "plus tôt ce mois-ci": 0,
        "ce mois-ci": 0,
        "le mois prochain": 1,
    },
    "en": {
        "last month": -1,
        "earlier this month": 0,
        "later this month": 0,
        "this month": 0,
        "next month": 1,
    },
}
# Months counted from the month the text named last: "le mois suivant", "the following month".
PREVIOUS_MONTH_WORDS = {
    "fr": {"le mois suivant": 1, "le mois d'après": 1, "le mois précédent": -1, "le mois d'avant": -1},
    "en": {"the following month": 1, "the month after": 1, "the previous month": -1, "the month before": -1},
}
# Days counted from the day the text named last: "le lendemain", "the next day". Not "la veille du
# sommet" nor "the day before the vote": those count from an event the text may not have dated.
PREVIOUS_DAY_WORDS = {
    "fr": {"le lendemain": 1, "le surlendemain": 2, "la veille": -1, "l'avant-veille": -2},
    "en": {
        "the next day": 1,
        "the following day": 1,
        "the day after": 1,
        "the day before": -1,
        "the previous day": -1,
    },
}
# Days counted from the publication day: "dans dix jours", "il y a 3 jours", "in ten days", "two days ago".
# "trois jours plus tard", "three days later": counted from the day the text named last; weeks,
# months and years too ("trois mois plus tard", "a year later"), from the date named last.
DAY_COUNTS = {
    "fr": {
        "after": ["dans"], "before": ["il y a"], "ago": [], "days": ["jour", "jours"],
        "later": ["plus tard"], "earlier": ["plus tôt"], "a": ["un", "une"],
        "weeks": ["semaine", "semaines"], "months": ["mois"], "years": ["an", "ans", "année", "années"],
    },
    "en": {
        "after": ["in"], "before": [], "ago": ["ago"], "days": ["day", "days"],
        "later": ["later", "after that"], "earlier": ["earlier", "before that"], "a": ["a", "an", "one"],
        "weeks": ["week", "weeks"], "months": ["month", "months"], "years": ["year", "years"],
    },
}  # fmt: skip
# What goes on from the clause or item before: "puis", "ensuite", "then", "and then".
THEN = r"(?:puis|ensuite|then|and\s+then)"
# What follows an agenda or timeline item's date: "• 14-16 juin — Évian", "3 May: ...".
AGENDA_DASH = re.compile(r"\s*(?:[—–:]|-\s)")
# Where a sentence ends: a full stop, question or exclamation mark before a space, or a line break.
SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")
# "depuis février", "since the 2nd": what follows lies in the past of the sentence's time.
# "was postponed to 4 June", "reporté au 4 juin": the new date is still to come, whatever the tense.
MOVED_VERBS = (
    r"postponed|pushed back|moved|rescheduled|brought forward|delayed|deferred|put off|"
    r"(?:report|repouss|décal|avanc|ajourn|renvoy)(?:é|ée|és|ées)"
)
_MOVED = rf"\b(?:{MOVED_VERBS})\s+"
# "postponed to", "reporté au", and with what was put off between ("postponed its vote on the bill to").
MOVED_REACH = 110  # characters between "postponed" and its new date
MOVED_TO = re.compile(
    rf"{_MOVED}(?:[^,.;:()]{{0,60}}?\s)?(?:to|until|till|for|au|aux|à|jusqu'au)\s+(?:the\s+|l['’])?$",
    re.IGNORECASE,
)
MOVED_VERB = re.compile(rf"{_MOVED}$", re.IGNORECASE)
# "ahead of the summit", "en vue du sommet": what is prepared for, named right after.
AHEAD_OF = re.compile(
    r"\b(?:ahead of|in the run-up to|in preparation for|en vue d[eu]|en prévision d[eu]|à l'approche d[eu])\s",
    re.IGNORECASE,
)
# "The summit has been postponed", "le forum est annulé": put off or called off, not held when told.
# What is called off, in both languages ("cancelled", "annulée").
CALLED_OFF_WORDS = r"cancell?ed|called off|scrapped|annul(?:é|ée|és|ées)"
PUT_OFF = re.compile(rf"\b(?:{MOVED_VERBS}|{CALLED_OFF_WORDS})\b", re.IGNORECASE)
SINCE_BEFORE = re.compile(r"\b(?:depuis|since)\s+(?:le\s+|la\s+|l'|the\s+)?$", re.IGNORECASE)
NUMBERS = {
    "fr": {
        "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20, "trente": 30,
    },
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    },
}  # fmt: skip
# Seasons named without a year ("au printemps", "last summer"), by the month they start; winter,
# which spans two years, is left out. Only after these words: "été" alone is also "a été".
SEASONS = {
    "fr": {"printemps": 3, "été": 6, "automne": 9},
    "en": {"spring": 3, "summer": 6, "autumn": 9, "fall": 9},
}
SEASON_BEFORE = {
    "fr": ["au", "à l'", "l'", "cet", "ce"],
    "en": ["in the", "in", "this", "last", "next", "for the"],
}
# Phrases that give the day the text is written: "nous sommes mardi 11 février", "today is May 3".
TODAY_IS = {"fr": ["nous sommes", "on est", "aujourd'hui"], "en": ["today is"]}
# "avant la fin de l'année", "by the end of the year", and its start ("en début d'année"): of the year
# the text was telling, as "la même année", or of its publication when it told none.
YEAR_END_WORDS = {
    "fr": {"fin de l'année": 0, "fin d'année": 0, "début de l'année": 0, "début d'année": 0},
    "en": {"end of the year": 0, "start of the year": 0, "beginning of the year": 0},
}
YEAR_WORDS = {
    "fr": {
        "l'an dernier": -1,
        "l'an passé": -1,
        "l'année dernière": -1,
        "l'année passée": -1,
        "cette année": 0,
        "l'an prochain": 1,
        "l'année prochaine": 1,
        "fin de l'année dernière": -1,
        "fin de l'année prochaine": 1,
        "fin d'année dernière": -1,
        "fin d'année prochaine": 1,
        "début d'année dernière": -1,
        "début d'année prochaine": 1,
    },
    "en": {
        "last year": -1,
        "this year": 0,
        "next year": 1,
        "end of this year": 0,
        "end of last year": -1,
        "end of next year": 1,
    },
}
