"""Finding date expressions in text and reading what they say, before any year is inferred.

Each form ("du 6 au 11 février", "February 10-11, 2025", "lundi dernier"...)
is one regular expression built from the same pieces, whose named groups
(``d1``, ``m1``, ``y1``, ``w1`` for the start, ``d2``... for the end) are read
by a single function. When several forms match, the longest one wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sommet._dates_names import (
    DATELINE_LANGUAGES,
    DAY_COUNTS,
    DAY_WORDS,
    MONTH_WORDS,
    NUMBERS,
    PREVIOUS_DAY_WORDS,
    PREVIOUS_MONTH_WORDS,
    PREVIOUS_YEAR_WORDS,
    SEASON_BEFORE,
    SEASONS,
    WEEK_WORDS,
    WEEKEND_WORDS,
    WORDS,
    YEAR_END_WORDS,
    YEAR_WORDS,
    Name,
    months,
    strip_accents,
    weekdays,
)


@dataclass(frozen=True)
class Mode:
    """How forgiving to be, which depends on who wrote the text."""

    languages: tuple[str, ...]
    # "May 8, 2024": usual in English, in French only in some datelines.
    month_first: bool
    # Running text: English names must be capitalised ("may", "march" are
    # words too) and French abbreviations without a dot need a year ("sept").
    strict: bool
    # "dmy": always day first; "either": day first unless impossible;
    # "unambiguous": only when one of the two numbers is above 12.
    numeric: str
    # A year alone counts only after a word such as "en" or "since".
    year_needs_context: bool
    # Datelines: "26. decembar 2024", with month names of other languages too.
    foreign_months: tuple[str, ...] = ()


@dataclass(frozen=True)
class Fields:
    """One end of a date as written; None where the text does not say."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None


@dataclass(frozen=True)
class Said:
    """A date expression found in the text and what it literally says."""

    start: int
    end: int
    first: Fields
    last: Fields | None = None
    # -1 for "dernier"/"last", +1 for "prochain"/"next".
    direction: int = 0
    # "hier" is -1, "demain" +1: counted from the publication date.
    days_from_base: int | None = None
    weeks_from_base: int | None = None
    years_from_base: int | None = None
    # "la même année" is 0, "the following year" +1: counted from the year named last.
    years_from_previous: int | None = None
    # "le mois dernier" is -1: counted from the publication's month.
    months_from_base: int | None = None
    # "le lendemain" is +1, "la veille" -1: counted from the day named last.
    days_from_previous: int | None = None
    # "trois mois plus tard" is +3: counted from the month named last.
    months_from_previous: int | None = None
    # "au printemps": the month a season without a year starts.
    season: int | None = None
    time: str | None = None

    def counted(self) -> bool:
        """Whether the date is counted from another one rather than written ("hier", "last week")."""
        offsets = (
            self.days_from_base,
            self.weeks_from_base,
            self.years_from_base,
            self.years_from_previous,
            self.months_from_base,
            self.days_from_previous,
            self.months_from_previous,
            self.season,
        )
        return any(offset is not None for offset in offsets)


def normalise(word: str) -> str:
    """The key under which a word is looked up: lower case, no accents, straight quotes."""
    return " ".join(strip_accents(word.lower()).replace("’", "'").rstrip(".").split())


def _alternation(words: list[str] | set[str]) -> str:
    """A regex matching any of the words, with or without accents, longest first."""
    spellings = {s for w in words for s in (w, strip_accents(w))}
    escaped = (
        re.escape(s).replace("'", "['’]").replace(r"\ ", r"\s+")
        for s in sorted(spellings, key=len, reverse=True)
    )
    return "(?:" + "|".join(escaped) + ")"


class _Pieces:
    """The regex pieces of one mode, numbered so that a form can hold two dates."""

    def __init__(self, mode: Mode) -> None:
        self.mode = mode
        langs = mode.languages
        self.words = {key: [w for lang in langs for w in WORDS[lang][key]] for key in WORDS["fr"]}
        month_names = {s: n for lang in langs + mode.foreign_months for s, n in months(lang).items()}
        weekday_names = {s: n for lang in langs for s, n in weekdays(lang).items()}
        self.month_alt = self._names(month_names)
        self.weekday_alt = self._names(weekday_names)

    @staticmethod
    def _names(names: dict[str, Name]) -> str:
        full = _alternation([s for s, n in names.items() if not n.abbreviated])
        short = _alternation([s for s, n in names.items() if n.abbreviated])
        # A dot belongs to an abbreviation, never to a full name ending a sentence.
        return rf"(?:{full}(?!\w)|{short}(?:\.|(?!\w)))"

    def w(self, key: str) -> str:
        return _alternation(self.words[key])

    def day(self, n: int) -> str:
        # The first day must not continue a number or a code ("1.5", "A-12");
        # the second follows a dash in "10-11".
        guard = r"(?<![\w.,/-])" if n == 1 else r"(?<![\w.,/])"
        dot = r"\.?" if self.mode.foreign_months else ""
        return rf"{guard}(?P<d{n}>premier|[0-3]?\d)(?:er|re|ère|st|nd|rd|th|{dot})(?!\d)"

    def month(self, n: int) -> str:
        return rf"(?P<m{n}>{self.month_alt})"

    def year(self, n: int) -> str:
        # Not "2 000", "2021,5", "1 999 999" nor a part of a longer number.
        return rf"(?<![\d.,])(?P<y{n}>(?:19|20)\d\d|2100)(?!\d|[.,]\d|\s\d{{3}}(?!\d))"

    def weekday(self, n: int, *, paren: bool = False) -> str:
        """An optional weekday before a day: "lundi 30", "Wednesday, May 8", "lundi (30"."""
        opening = r"\s*(?P<p>\()\s*|" if paren else ""
        return rf"(?:(?P<w{n}>{self.weekday_alt})(?:{opening}\s*,\s*|\s+))?"

    def time(self) -> str:
        at = self.w("at")
        hours = r"(?P<hh>2[0-3]|[01]?\d)"
        minutes = r"(?:\s?h\s?(?P<mh>[0-5]\d)?(?!\w)|:(?P<mc>[0-5]\d))"
        meridiem = r"(?:\s*(?P<ap>[ap])\.?m\b\.?)"
        clock = rf"{hours}(?=\s?h|:|\s*[ap]\.?m\b){minutes}?{meridiem}?"
        return rf"(?:,?\s*(?:{at}\s+|[-–—]\s*)?{clock})?"


_DASH = r"\s*[-–—]\s*"
# Characters: no form reaches further than this from the digit or name that anchors it.
_REACH = 80


def _day_first_forms(p: _Pieces) -> list[str]:
    d1, d2, m1, m2, y1, y2 = (
        p.day(1),
        p.day(2),
        p.month(1),
        p.month(2),
        p.year(1),
        p.year(2),
    )
    w1, w2, art = p.weekday(1), p.weekday(2), p.w("article")
    and_ = p.w("and")
    # "les 10 et 11 février prochains", "du 2 au 5 mai derniers"
    direction = rf"(?:\s+(?P<dir>{p.w('past')}|{p.w('future')})\b)?"
    # "le 14-Juillet": a holiday written with a hyphen is still the day; "the 18th of March".
    single_start = (
        rf"{p.weekday(1, paren=True)}{d1}(?:\s+(?:{p.w('day_of')}\s+)?|-){m1}(?:,?\s+{y1})?(?(p)\s*\))"
    )
    return [
        # du 6 au 11 février 2025 / from 6 February to 11 March
        rf"\b{p.w('from')}\s+{w1}{d1}(?:\s+{m1}(?:\s+{y1})?)?\s+{p.w('to')}\s+{w2}{d2}\s+{m2}(?:,?\s+{y2})?{direction}",
        # 10-11 février 2025 / 6 février - 11 février
        rf"{w1}{d1}(?:\s+{m1}(?:\s+{y1})?)?{_DASH}{w2}{d2}\s+{m2}(?:,?\s+{y2})?{direction}",
        # les 10 et 11 février / entre le 6 et le 11 février / 10 and 11 February
        rf"(?:\b{p.w('between')}\s+(?:{art}\s+)?|(?P<pair>)){w1}{d1}(?:\s+{m1})?\s+{and_}\s+(?:{art}\s+)?{w2}{d2}\s+{m2}(?:,?\s+{y2})?{direction}",
        # mercredi et jeudi (1er et 2 novembre)
        rf"(?P<w1>{p.weekday_alt})\s+{and_}\s+(?P<w2>{p.weekday_alt})\s*\(\s*{d1}(?:\s+{m1})?\s+{and_}\s+{d2}\s+{m2}(?:\s+{y2})?\s*\)",
        # lundi (30 octobre), le 25 juin dernier, 10 février 2025 à 14h30
        rf"{single_start}(?:\s+(?P<dir>{p.w('past')}|{p.w('future')}))?{p.time()}",
    ]


def _month_first_forms(p: _Pieces) -> list[str]:
    d1, d2, m1, m2, y1, y2 = (
        p.day(1),
        p.day(2),
        p.month(1),
        p.month(2),
        p.year(1),
        p.year(2),
    )
    w1, w2 = p.weekday(1), p.weekday(2)
    return [
        # from February 6 to March 2, 2025
        rf"\b{p.w('from')}\s+{w1}{m1}\s+{d1}(?:,?\s+{y1})?\s+{p.w('to')}\s+(?:{w2}{m2}\s+)?{d2}(?:,?\s+{y2})?",
        # February 10-11, 2025 / Feb 10 - Mar 2
        rf"{w1}{m1}\s+{d1}(?:,?\s+{y1})?{_DASH}(?:{w2}{m2}\s+)?{d2}(?:,?\s+{y2})?",
        # February 10 and 11
        rf"{m1}\s+{d1}\s+{p.w('and')}\s+{d2}(?:,?\s+{y2})?",
        # Wednesday, May 8, 2024 - 12:00 / Aug, 16 2024
        rf"{w1}{m1},?\s+{d1}(?:,?\s+{y1})?{p.time()}",
    ]


def _month_and_year_forms(p: _Pieces) -> tuple[list[str], list[str]]:
    """The forms that name a month, and those made of years alone."""
    m1, y1, y2 = p.month(1), p.year(1), p.year(2)
    past, future = p.w("past"), p.w("future")
    if p.mode.year_needs_context:
        # "en 2018 et 2019", "in 2025, 2026 and 2027": a year listed after another is a year too.
        listed = "|".join(rf"(?<=\d{{4}}\s{re.escape(w)}\s)" for w in p.words["and"]) + r"|(?<=\d{4},\s)"
        context = rf"(?<![\w'’]){p.w('year_context')}(?:\s+|-)"
        year = rf"(?:{context}|{listed})(?P<s>{y1})"
        # Not before its day ("in Aug. 2") nor a year; a year opening the next sentence or paragraph
        # ("in August. 2024 was ...") is no longer the month's.
        month = rf"(?<![\w'’])(?P<ctx>{p.w('month_context')})(?:\s+|-)(?P<s>{m1})(?!,?[^\S\n]*\d|\.[^\S\n]*\d{{1,2}}(?!\d))"
    else:
        year, month = y1, m1
    # "• Juillet — Genève.": an agenda's item opening on its month alone, then a dash or a colon.
    agenda = rf"(?m:^)[ \t]*(?:[•*·\-][ \t]*)?(?P<item>{m1})(?=[ \t]*[—–:])"
    month_forms = [
        agenda,
        # décembre 2020
        rf"{m1}\s+{y1}",
        # en décembre / in December, and never "en décembre 2020" which is above
        month,
        # mars dernier / last March
        rf"{m1}\s+(?P<dir>{past}|{future})\b",
        rf"\b(?P<dir>{past}|{future})\s+{m1}",
    ]
    year_forms = [
        year,
        # "the 2032 edition": the year of an edition of a series
        rf"(?<![\w'’]){y1}(?=\s+{p.w('edition')}\b)",
        # "1993 — Jean Roux crée le laboratoire": a timeline's item opening on its year alone.
        rf"(?m:^)[ \t]*(?:[•*·\-][ \t]*)?{y1}(?=[ \t]*[—–:])",
        # 2020-2022 / de 2020 à 2022 / between 2020 and 2022, never "in 2025 and 2027"
        rf"{y1}{_DASH}{y2}",
        rf"\b{p.w('year_span_from')}\s+{y1}\s+{p.w('year_span_to')}\s+{y2}",
        rf"\b{p.w('between')}\s+{y1}\s+{p.w('and')}\s+{y2}",
    ]
    return month_forms, year_forms


def _numeric_forms(p: _Pieces) -> list[str]:
    iso1 = r"(?P<y1>\d{4})-(?P<nm1>\d{2})-(?P<d1>\d{2})"
    iso2 = r"(?P<y2>\d{4})-(?P<nm2>\d{2})-(?P<d2>\d{2})"
    numeric = r"(?P<na>\d{1,2})(?P<sep>[/.-])(?P<nb>\d{1,2})(?P=sep)(?P<y1>\d{4})"
    # "2024.05.22", "2024/05/22": year first is always followed by month, then day.
    dotted = r"(?P<y1>\d{4})(?P<sep>[/.])(?P<nm1>\d{1,2})(?P=sep)(?P<d1>\d{1,2})"
    # "T10:00" may follow an ISO date; another digit or "-3" may not.
    end = r"(?!\d|[-/.]\d)"
    return [
        rf"(?<![\w/.-]){iso1}\s*(?:/|[-–—]{{1,2}}|\s(?:au|to)\s)\s*{iso2}{end}",
        rf"(?<![\w/.-]){iso1}{end}{p.time()}",
        rf"(?<![\w/.,-]){numeric}{end}{p.time()}",
        rf"(?<![\w/.,-]){dotted}{end}{p.time()}",
    ]


def _relative_forms(p: _Pieces) -> tuple[list[str], list[str]]:
    """The forms made of a relative day or year word, and those of a weekday with "dernier"."""
    langs = p.mode.languages

    def words_of(table: dict[str, dict[str, int]]) -> str:
        return _alternation([w for lang in langs for w in table[lang]])

    past, future = p.w("past"), p.w("future")
    weekday = rf"(?P<w1>{p.weekday_alt})"
    # Not "les emplois de demain" nor "the jobs of tomorrow": those are no day; nor "à ce jour", so far.
    words = [
        rf"(?<![\w'’-])(?<!\bde\s)(?<!\bof\s)(?<!\bà\s)(?P<rel>{words_of(DAY_WORDS)})(?![\w'’-]){p.time()}",
        *_day_count_forms(langs, words_of(NUMBERS)),
        # au printemps, cet été dernier, last summer, in the spring; never "au printemps 2024"
        rf"\b(?P<before>{_alternation([w for lang in langs for w in SEASON_BEFORE[lang]])})\s*"
        rf"(?P<season>{words_of(SEASONS)})\b(?:\s+(?P<dir>{past}|{future})\b)?(?![\s,]*\d)",
        rf"(?<![\w'’])(?P<wrel>{words_of(WEEK_WORDS)})\b",
        # not "the weekend of 14 June", which its date tells
        rf"(?<![\w'’])(?P<wkd>{words_of(WEEKEND_WORDS)})(?![\w'’-])(?!\s+(?:of|du|de|des|d['’])\b)",
        rf"(?<![\w'’])(?P<yrel>{words_of(YEAR_WORDS)})\b",
        rf"(?<![\w'’])(?P<prel>{words_of(PREVIOUS_YEAR_WORDS)})(?![\w'’-])",
        # Not "au début de l'année 2032": that year's, read as the year it writes.
        rf"(?<![\w'’])(?P<erel>{words_of(YEAR_END_WORDS)})(?![\w'’-])(?!\s+(?:19|20)\d\d\b)",
        # "next month's summit" too
        rf"(?<![\w'’])(?P<mrel>{words_of(MONTH_WORDS)})(?![\w-])(?!['’](?!s\b))",
        rf"(?<![\w'’])(?P<pmrel>{words_of(PREVIOUS_MONTH_WORDS)})(?![\w'’-])",
        rf"(?<![\w'’])(?<!\bà\s)(?P<drel>{words_of(PREVIOUS_DAY_WORDS)})(?![\w'’-])(?!\s+(?:de|du|des|d'|of|the)\b)",
    ]
    weekdays = [
        rf"\b{weekday}\s+(?P<dir>{past}|{future})\b",
        rf"\b(?P<dir>{past}|{future})\s+{weekday}",
        # on Tuesday (13): the day of a month the publication date gives
        rf"\b{weekday}\s*\(\s*{p.day(1)}\s*\)",
        # mardi, on Friday: a day of the publication's week; "le mercredi" alone is every Wednesday
        # "Thursday-Friday" too: a hyphen joins two weekdays, not a weekday and a word
        rf"(?<!\ble\s)\b{weekday}(?!\w|-(?!(?:{p.weekday_alt})\b))(?!['’](?!s\b))",  # "Tuesday's vote" too
    ]
    return words, weekdays


def _day_count_forms(langs: tuple[str, ...], numbers: str) -> list[str]:
    """dans dix jours, il y a 3 jours, in ten days, two days ago."""

    def counts(key: str) -> list[str]:
        return [w for lang in langs for w in DAY_COUNTS[lang][key]]

    number = rf"(?P<cnt>\d{{1,2}}|{numbers})\s+{_alternation(counts('days'))}\b"
    after, before, ago = counts("after"), counts("before"), counts("ago")
    forms = [rf"\b(?P<after>{_alternation(after)})\s+{number}"]
    if before:
        forms.append(rf"\b{_alternation(before)}\s+{number}")
    if ago:
        forms.append(rf"\b{number}\s+{_alternation(ago)}\b")
    forms.append(rf"\b{number}\s+(?P<later>{_alternation(counts('later'))})\b")
    forms.append(rf"\b{number}\s+(?P<earlier>{_alternation(counts('earlier'))})(?![\w'’-])")
    # "trois mois plus tard", "a year later", "two weeks earlier"
    longer = "|".join(rf"(?P<{unit}>{_alternation(counts(unit))})" for unit in ("weeks", "months", "years"))
    units = rf"(?P<ucnt>\d{{1,2}}|{numbers}|{_alternation(counts('a'))})\s+(?:{longer})"
    forms.append(rf"\b{units}\s+(?P<ulater>{_alternation(counts('later'))})\b")
    # "two years ago", "il y a trois mois": counted back from the publication
    if ago:
        forms.append(rf"\b{units}\s+{_alternation(ago)}\b(?P<uago>)")
    if before:
        forms.append(rf"\b{_alternation(before)}\s+{units}\b(?P<uago>)")
    forms.append(rf"\b{units}\s+(?P<uearlier>{_alternation(counts('earlier'))})(?![\w'’-])")
    return forms


@cache
def _compiled(mode: Mode) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each form with the kind of anchor it cannot match without (see ``_anchors``)."""
    pieces = _Pieces(mode)
    month_forms, year_forms = _month_and_year_forms(pieces)
    word_forms, weekday_forms = _relative_forms(pieces)
    forms = [("month", form) for form in _day_first_forms(pieces) + month_forms]
    forms += [("digit", form) for form in year_forms + _numeric_forms(pieces)]
    forms += [("word", form) for form in word_forms] + [("weekday", form) for form in weekday_forms]
    if mode.month_first:
        forms += [("month", form) for form in _month_first_forms(pieces)]
    return tuple((anchor, re.compile(form, re.IGNORECASE)) for anchor, form in forms)


_WORD = re.compile(r"[^\W\d_]+")
_DIGITS = re.compile(r"\d+")


@cache
def _anchor_words(mode: Mode) -> dict[str, frozenset[str]]:
    """The words that anchor forms: month names, weekdays, and the words of relative phrases."""
    langs = mode.languages
    tables = (
        DAY_WORDS,
        WEEK_WORDS,
        WEEKEND_WORDS,
        YEAR_WORDS,
        PREVIOUS_YEAR_WORDS,
        YEAR_END_WORDS,
        MONTH_WORDS,
        PREVIOUS_MONTH_WORDS,
        PREVIOUS_DAY_WORDS,
        NUMBERS,
        SEASONS,
    )
    relative = [w for lang in langs for table in tables for w in table[lang]]
    relative += [w for lang in langs for words in DAY_COUNTS[lang].values() for w in words]
    found = {
        "month": [s for lang in langs + mode.foreign_months for s in months(lang)],
        "weekday": [s for lang in langs for s in weekdays(lang)],
        "word": [t for phrase in relative for t in _WORD.findall(phrase) if len(t) > 1],
    }
    return {
        kind: frozenset(s for w in spellings for s in (w.lower(), strip_accents(w.lower())))
        for kind, spellings in found.items()
    }


def _windows(text: str, mode: Mode) -> dict[str, list[tuple[int, int]]]:
    """For each kind of anchor, the stretches of text around it: the only places its forms match.

    Most forms begin with optional parts that the regex engine would otherwise try at every
    character of the text, while month names and weekdays are rare in running text. Words
    are looked up in sets, which is much cheaper than a case-blind alternation.
    """
    spans: dict[str, list[tuple[int, int]]] = {"digit": [m.span() for m in _DIGITS.finditer(text)]}
    spans.update({kind: [] for kind in _anchor_words(mode)})
    for word in _WORD.finditer(text):
        key = word.group().lower()
        for kind, words in _anchor_words(mode).items():
            if key in words:
                spans[kind].append(word.span())
    return {kind: _merged(found, len(text)) for kind, found in spans.items()}


def _merged(spans: list[tuple[int, int]], length: int) -> list[tuple[int, int]]:
    windows: list[tuple[int, int]] = []
    for found_start, found_end in spans:
        start, end = max(found_start - _REACH, 0), min(found_end + _REACH, length)
        if windows and start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], end)
        else:
            windows.append((start, end))
    return windows


def scan(text: str, mode: Mode) -> list[Said]:
    """Every date expression, the longest first where forms overlap, in text order."""
    found: list[tuple[re.Match[str], Said]] = []
    windows = _windows(text, mode)
    for kind, pattern in _compiled(mode):
        for window_start, window_end in windows[kind]:
            position = window_start
            while match := pattern.search(text, position, window_end):
                said = read(match, mode)
                if said is None:
                    # A longer form that fails may hide a shorter one inside it.
                    position = match.start() + 1
                else:
                    found.append((match, said))
                    position = match.end()
    found.sort(key=lambda item: (item[0].start() - item[0].end(), item[0].start()))
    taken: list[tuple[re.Match[str], Said]] = []
    for match, said in found:
        if all(match.end() <= m.start() or match.start() >= m.end() for m, _ in taken):
            taken.append((match, said))
    return [said for _, said in sorted(taken, key=lambda item: item[0].start())]


@cache
def _year_list(mode: Mode) -> re.Pattern[str]:
    """What must come before a year listed after another: "en 2018 et ", "in 2025, 2026 and "."""
    pieces = _Pieces(mode)
    sep = rf"(?:,\s|\s{pieces.w('and')}\s)"
    context = rf"(?<![\w'’]){pieces.w('year_context')}(?:\s+|-)"
    return re.compile(rf"{context}(?:19|20)\d\d(?:{sep}(?:19|20)\d\d)*{sep}$", re.IGNORECASE)


def _listed_in_context(match: re.Match[str], mode: Mode) -> bool:
    """Whether a year listed after another ("2019" in "en 2018 et 2019") follows a list that
    opened with a year in context."""
    return _year_list(mode).search(match.string, max(match.start() - _REACH, 0), match.start()) is not None


def read(match: re.Match[str], mode: Mode) -> Said | None:
    """What a match says, or None when it is no date after all."""
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    if not _written_properly(groups, mode):
        return None
    if "s" in groups and match.start("s") == match.start() and not _listed_in_context(match, mode):
        return None
    langs = mode.languages
    start, end = (
        match.span("s") if "s" in groups else match.span("item") if "item" in groups else match.span()
    )
    direction = _direction(groups.get("dir") or groups.get("ctx"), langs)
    time = _time(groups)
    if "rel" in groups:
        offset = _lookup(DAY_WORDS, groups["rel"], langs)
        return Said(start, end, Fields(), days_from_base=offset, time=time)
    if "season" in groups:
        before = normalise(groups["before"])
        if direction == 0 and before in ("last", "next"):
            direction = -1 if before == "last" else 1
        this = before in ("ce", "cet", "this")
        return Said(
            start,
            end,
            Fields(),
            direction=direction,
            season=_lookup(SEASONS, groups["season"], langs),
            years_from_base=0 if this else None,
        )
    if "ucnt" in groups:
        count = groups["ucnt"]
        number = int(count) if count.isdigit() else _lookup(_COUNT_WORDS, count, langs)
        number = number if "ulater" in groups else -number
        if "uago" in groups:
            if "weeks" in groups:
                return Said(start, end, Fields(), weeks_from_base=number)
            if "months" in groups:
                return Said(start, end, Fields(), months_from_base=number)
            return Said(start, end, Fields(), years_from_base=number)
        if "weeks" in groups:
            return Said(start, end, Fields(), days_from_previous=7 * number)
        if "months" in groups:
            return Said(start, end, Fields(), months_from_previous=number)
        return Said(start, end, Fields(), years_from_previous=number)
    if "cnt" in groups:
        count = groups["cnt"]
        days = int(count) if count.isdigit() else _lookup(NUMBERS, count, langs)
        if "later" in groups or "earlier" in groups:
            return Said(start, end, Fields(), days_from_previous=days if "later" in groups else -days)
        return Said(start, end, Fields(), days_from_base=days if "after" in groups else -days)
    if "wkd" in groups:
        direction = _lookup(WEEKEND_WORDS, groups["wkd"], langs)
        return Said(start, end, Fields(weekday=5), Fields(weekday=6), direction=direction)
    if "wrel" in groups:
        return Said(start, end, Fields(), weeks_from_base=_lookup(WEEK_WORDS, groups["wrel"], langs))
    if "yrel" in groups:
        offset = _lookup(YEAR_WORDS, groups["yrel"], langs)
        return Said(start, end, Fields(), years_from_base=offset)
    if "prel" in groups:
        offset = _lookup(PREVIOUS_YEAR_WORDS, groups["prel"], langs)
        return Said(start, end, Fields(), years_from_previous=offset)
    if "erel" in groups:
        offset = _lookup(YEAR_END_WORDS, groups["erel"], langs)
        return Said(start, end, Fields(), years_from_base=offset, years_from_previous=offset)
    if "mrel" in groups:
        return Said(start, end, Fields(), months_from_base=_lookup(MONTH_WORDS, groups["mrel"], langs))
    if "pmrel" in groups:
        offset = _lookup(PREVIOUS_MONTH_WORDS, groups["pmrel"], langs)
        return Said(start, end, Fields(), months_from_previous=offset)
    if "drel" in groups:
        return Said(
            start, end, Fields(), days_from_previous=_lookup(PREVIOUS_DAY_WORDS, groups["drel"], langs)
        )
    first, last = _fields(groups, mode)
    if first is None:
        return None
    if "pair" in groups and "m1" in groups and not _next_day(first, last):
        # "le 3 mars et le 10 mai" are two dates, found one by one.
        return None
    return Said(start, end, first, last, direction=direction, time=time)


def _written_properly(groups: dict[str, str], mode: Mode) -> bool:
    if not mode.strict:
        return True
    for key in ("m1", "m2", "w1", "w2"):
        word = groups.get(key)
        if word is None:
            continue
        if "en" in mode.languages and not word[0].isupper():
            return False
        bare = not word.endswith(".") and _name(word, key[0] == "w", mode).abbreviated
        if "fr" in mode.languages and bare and not ({"y1", "y2"} & groups.keys()):
            return False
    return True


def _name(word: str, weekday: bool, mode: Mode) -> Name:
    table = weekdays if weekday else months
    key = word.lower().rstrip(".")
    for lang in mode.languages + ((), mode.foreign_months)[not weekday]:
        names = table(lang)
        for spelling in (key, strip_accents(key)):
            if spelling in names:
                return names[spelling]
    raise KeyError(word)


# The numbers a count of weeks, months or years may have: "a year later", "un mois plus tard".
_COUNT_WORDS = {lang: {**NUMBERS[lang], **dict.fromkeys(DAY_COUNTS[lang]["a"], 1)} for lang in NUMBERS}


def _lookup(table: dict[str, dict[str, int]], word: str, langs: tuple[str, ...]) -> int:
    key = normalise(word)
    for lang in langs:
        for phrase, value in table[lang].items():
            if normalise(phrase) == key:
                return value
    raise KeyError(word)


def _direction(word: str | None, langs: tuple[str, ...]) -> int:
    """-1 for "dernier" or "depuis", +1 for "prochain", 0 for other context words."""
    if word is None:
        return 0
    key = normalise(word)
    for sign, kinds in ((-1, ("past", "since")), (1, ("future",))):
        if any(normalise(w) == key for lang in langs for k in kinds for w in WORDS[lang][k]):
            return sign
    return 0


def _next_day(first: Fields, last: Fields | None) -> bool:
    if last is None or first.month is None or first.day is None:
        return False
    if last.month is None or last.day is None:
        return False
    if first.month == last.month:
        return last.day == first.day + 1
    return last.day == 1 and last.month == first.month % 12 + 1


def _time(groups: dict[str, str]) -> str | None:
    if "hh" not in groups:
        return None
    hours, minutes = int(groups["hh"]), int(groups.get("mh") or groups.get("mc") or 0)
    meridiem = groups.get("ap", "").lower()
    if meridiem and not 1 <= hours <= 12:
        return None
    if meridiem == "p" and hours < 12:
        hours += 12
    if meridiem == "a" and hours == 12:
        hours = 0
    return f"{hours:02d}:{minutes:02d}"


def _fields(groups: dict[str, str], mode: Mode) -> tuple[Fields | None, Fields | None]:
    """The start and, for a range, the end, sharing the month and year written once."""

    def number(key: str) -> int | None:
        value = groups.get(key)
        if value is None:
            return None
        return 1 if value.lower() == "premier" else int(value)

    def name(key: str) -> int | None:
        word = groups.get(key)
        return None if word is None else _name(word, key[0] == "w", mode).number

    month1 = name("m1") or number("nm1")
    day1 = number("d1")
    if "na" in groups:
        day1, month1 = _numeric_day_month(int(groups["na"]), int(groups["nb"]), mode.numeric)
        if day1 is None:
            return None, None
    first = Fields(number("y1"), month1, day1, name("w1"))
    if not ({"d2", "y2"} & groups.keys()):
        return first, None
    last = Fields(number("y2"), name("m2") or number("nm2"), number("d2"), name("w2"))
    return _share(first, last), _share(last, first)


def _share(this: Fields, other: Fields) -> Fields:
    """Fill a month or year written only on the other end of a range.

    Only the month is filled here; the year is left to inference, because the
    start of "du 28 décembre au 3 janvier 2025" is in 2024.
    """
    if this.day is not None and this.month is None:
        return Fields(this.year, other.month, this.day, this.weekday)
    return this


def _numeric_day_month(a: int, b: int, order: str) -> tuple[int | None, int | None]:
    if order == "dmy" or (order == "either" and b <= 12):
        return a, b
    if order == "either" or (a <= 12 < b):
        return b, a
    if b <= 12 < a:
        return a, b
    return None, None


def article_mode(language: str) -> Mode:
    """News text in one language: English dates may be written month first."""
    english = language == "en"
    return Mode(
        (language,),
        month_first=english,
        strict=True,
        numeric="unambiguous" if english else "dmy",
        year_needs_context=True,
    )


# An admin typing in a slash command: either language, day first as in France.
USER = Mode(
    ("fr", "en"),
    month_first=True,
    strict=False,
    numeric="dmy",
    year_needs_context=False,
)
# Datelines mix languages and orders ("Mercredi, Mai 8, 2024", "26. decembar 2024").
HEADER = Mode(
    ("fr", "en"),
    month_first=True,
    strict=False,
    numeric="either",
    year_needs_context=True,
    foreign_months=DATELINE_LANGUAGES,
)
