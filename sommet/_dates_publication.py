"""An article's own date, from its dateline, stamp or byline, at the precision it is printed."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from sommet import _dates_grammar as grammar
from sommet import _dates_resolve as resolve
from sommet._dates_grammar import Said
from sommet._dates_names import AGENDA_DASH, FUTURE_ENDINGS, SENTENCE_EDGE, TODAY_IS
from sommet._dates_values import PartialDate

# A capture's first line: "date 2024-01" or "date 2025-12-16", the page's date as it was saved.
_CAPTURE = re.compile(r"^\s*date\s+(\d{4})-(\d{2})(?:-(\d{2}))?(?![\d-])", re.IGNORECASE)
_PUBLISHED_WORDS = re.compile(
    r"\b(?:publié|publiée|publication|published|posted|mis en ligne|date)\b", re.IGNORECASE
)
_UPDATED_WORDS = re.compile(r"mis à jour|mise à jour|updated|modifi", re.IGNORECASE)
_TODAY_IS = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for phrases in TODAY_IS.values() for p in phrases)
    + r")[,\s]+(?:le\s+)?$",
    re.IGNORECASE,
)
# A stamp in the article is a short line that says so: "Publié le mercredi 14 juin 2023 à 10h12",
# "Posted on 09/19/2024", "Mis à jour le ..." ("Date limite : 5 mars" is a deadline, not a stamp).
_STAMP = re.compile(
    r"\b(?:publié|publiée|published|posted|mis en ligne|mis à jour|mise à jour|updated)\b", re.I
)
_STAMP_WORDS = 12
# "PLACE, [le] date [(AGENCY)] —" at the head of the first paragraph.
_DATELINE = re.compile(
    r"^\s*[^\W\d_][^\W\d_'’.\- ]*(?:[\s\-][^\W\d_][^\W\d_'’.\-]*){0,3},\s+(?P<date>[^()—–\n]{6,40}?)\s*"
    r"(?:\([^()\n]{1,30}\)\s*)?(?:--|[—–-])\s"
)
# "2 February 2026 – The ministry said ...": a dateline without its place, before a sentence.
_BARE_DATELINE = re.compile(
    r"^\s*(?P<date>[^()—–\n]{6,30}?)\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|[—–-])\s+(?:\S+\s+){5}"
)
# A weekday in a clause told in the future ("will meet on Monday") is a later day, not the dateline's.
_FUTURE = re.compile(rf"\b(?:will|shall)\b|{FUTURE_ENDINGS}", re.IGNORECASE)
_CLAUSE_START = re.compile(r".*[,;]|", re.DOTALL)  # up to the clause a point is in
# "14 avril 2031, de 9h à 17h", "7 October 2031, 14:00–15:30": opening hours, an event's day.
# The hour the hours end on: "17:00", "19 h", "7:30 pm".
_LAST_HOUR = r"(?:[01]?\d|2[0-3])(?:\s?h|:|\s?[ap]\.?m)"
_HOURS = re.compile(
    r"[\s,]*(?:de\s+|from\s+)?(?:[01]?\d|2[0-3])(?:\s?h\s?|:)(?:[0-5]\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[-–—]|à|to)\s*"
    + _LAST_HOUR,
    re.IGNORECASE,
)
# The rest of the hours when the date read their start with its day ("Friday 14 May 2031, 9:00" is one
# date): "–17:00", " – 7:30 pm".
_UNTIL = re.compile(r"\s*(?:[-–—]|à|to|until)\s*" + _LAST_HOUR, re.IGNORECASE)
_TIME_AT_END = re.compile(r"\d(?::[0-5]\d|\s?h(?:\s?[0-5]\d)?)\s*(?:[ap]\.?m\.?)?$", re.IGNORECASE)
# Lines of the article itself looked at for a stamp ("Posted on ...") and for "nous sommes ...".
_BODY_LINES = 5


def parse_publication_date(header: str, body: str = "", today: date | None = None) -> PartialDate | None:
    """The publication date of a document from its header lines and its first paragraphs.

    A capture line opening the document ("date 2024-01") is the page's date, possibly to the
    month only. Otherwise, among header lines with a full date, preferred in order: a line
    that says it is the publication date, one that says it was updated, a short line that is
    little more than a date (a dateline), then a title-length line; in the first paragraphs
    only a line that says it is the publication or update date counts, since a date in a
    sentence is what the article talks about. A month-precision date becomes a day when the
    text says which day it is ("nous sommes mardi 11 février").
    """
    capture = _capture(header or body)
    lines = body.splitlines()[:_BODY_LINES]
    stamps = [line for line in lines if _is_stamp(line)]
    stamped = (
        _stamp(header.splitlines()[:40], ranks=4)
        or _stamp(stamps, ranks=2)
        or _dateline(lines[0] if lines else "", lines[1:])
        or _date_alone(lines)
        or _dateline_by_weekday(lines[0] if lines else "", today)
    )
    # A stamp to the day within a capture's month says more than the capture.
    refines = capture is not None and stamped is not None and stamped.iso().startswith(capture.iso() + "-")
    found = stamped if capture is None or refines else capture
    if found is not None and found.precision != "day":
        return _today_is(body.splitlines()[:_BODY_LINES], found) or found
    return found


def own_dates(text: str, published: PartialDate | None = None) -> list[tuple[int, int]]:
    """Where an article gives its own date rather than an event's: the capture line, the dateline
    opening its prose, and the stamp lines ("Posted on 09/19/2024") among its paragraphs, one a line.
    A date alone before the lead counts only as the ``published`` date, which a stamp may have given
    otherwise (then it is a timeline's first item)."""
    capture = _CAPTURE.match(text)
    spans = [capture.span()] if capture else []
    start, opening = 0, True
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if _is_stamp(line) and any(resolve.exact_day(said) for said in grammar.scan(line, grammar.HEADER)):
            spans.append((start, start + len(line)))
        elif opening and line.strip() and not (capture and start < capture.end()):
            opening = False  # the first line of prose, after the capture and stamp lines
            following = lines[index + 1 : index + 1 + _BODY_LINES]
            day = _dateline(line, following)
            dateline = _DATELINE.match(line)
            if dateline is None and published is not None and day == published:
                dateline = _dateline_match(line, following)
            if dateline is not None and (
                day is not None
                # "PARIS, 6 février (Nordpresse) -": a day without its year is still the article's own.
                or any(
                    said.first.day is not None
                    for said in grammar.scan(dateline.group("date"), grammar.HEADER)
                )
            ):
                spans.append((start + dateline.start("date"), start + dateline.end("date")))
        start += len(line) + 1
    return spans


def _dateline_match(line: str, following: list[str]) -> re.Match[str] | None:
    """The dateline opening the first line of prose: "PLACE, date —", or a date alone before a
    sentence that tells a time of its own ("— The forum will meet in July"); not where the lines
    after it open on dates too (a timeline's items), nor before a sentence the date alone can time
    ("Sept 21 — The Compact opens for review")."""
    found = _DATELINE.match(line)
    if found is not None:
        return found
    bare = _BARE_DATELINE.match(line)
    if bare is None or any(_opens_on_a_date(other) for other in following):
        return None
    if not grammar.scan(line[bare.end("date") :], grammar.HEADER):
        return None
    said = grammar.scan(bare.group("date"), grammar.HEADER)
    whole = (
        len(said) == 1
        and said[0].last is None
        and (said[0].start, said[0].end) == (0, len(bare.group("date")))
    )
    return bare if whole else None


def _opens_on_a_date(line: str) -> bool:
    """Whether a line starts with a date, as a timeline's items do."""
    stripped = line.lstrip()
    said = grammar.scan(stripped[:40], grammar.HEADER)
    return bool(said) and said[0].start == 0


def _dateline(line: str, following: list[str] = ()) -> PartialDate | None:
    """A wire dateline opening the article with its date written to the day and year: "Brussels,
    1 August 2024 —", "GENÈVE, le 3 mai 2024 (AFP) –", "2 February 2026 – The ministry ..."."""
    found = _dateline_match(line, following)
    said = grammar.scan(found.group("date"), grammar.HEADER) if found else []
    days = [resolve.exact_day(one) for one in said]
    return PartialDate.from_date(days[0]) if len(days) == 1 and days[0] is not None else None


def _dateline_by_weekday(line: str, today: date | None) -> PartialDate | None:
    """A wire dateline written without its year, with the weekday the lead names on its own
    ("OTTAWA, 13 mai (AFP) - ... est devenu mardi ..."), which a wire writes for the day of its
    dateline and which gives the year as for any date (``year_from_weekday``)."""
    found = _DATELINE.match(line)
    said = grammar.scan(found.group("date"), grammar.HEADER) if found and today else []
    if len(said) != 1 or said[0].first.day is None or said[0].first.year is not None:
        return None
    rest = line[found.end() :]
    edge = SENTENCE_EDGE.search(rest)
    lead = rest[: edge.start() + 1] if edge else rest
    weekday = next(
        (
            one.first.weekday
            for one in grammar.scan(lead, grammar.HEADER)
            if one.first.month is None
            and not _FUTURE.search(lead[_CLAUSE_START.match(lead[: one.start]).end() : one.start])
        ),
        None,
    )
    if weekday is None:
        return None
    with_weekday = replace(said[0], first=replace(said[0].first, weekday=weekday))
    by_weekday = resolve.year_from_weekday(with_weekday, today)
    return None if by_weekday is None else by_weekday.dates[0]


def opens_on_a_day_and_hours(line: str) -> bool:
    """Whether a line opens on one full date and the hours of that day ("Vendredi 14 avril 2031,
    de 9h à 17h, amphithéâtre B"): when an event page's event is held."""
    said = grammar.scan(line, grammar.HEADER)
    return (
        bool(said)
        and not line[: said[0].start].strip()
        and said[0].last is None
        and resolve.exact_day(said[0]) is not None
        and (
            _HOURS.match(line, said[0].end) is not None
            or (
                _TIME_AT_END.search(line, 0, said[0].end) is not None
                and _UNTIL.match(line, said[0].end) is not None
            )
        )
    )


def _date_alone(lines: list[str]) -> PartialDate | None:
    """A line of the first paragraphs that is one full date and nothing else ("January 11, 2028"
    under a wire's lead): the page's date, as a short dated line of its header would be. Not
    after a line that announces it ("Le forum aura lieu le :")."""
    before = ""
    for line in lines:
        said = grammar.scan(line, grammar.HEADER)
        alone = len(said) == 1 and said[0].last is None and not line[: said[0].start].strip()
        if alone and len(line[said[0].end :].strip()) <= 1 and not before.endswith(":"):
            day = resolve.exact_day(said[0])
            if day is not None:
                return PartialDate.from_date(day)
        before = line.strip() or before
    return None


def _is_stamp(line: str) -> bool:
    if len(line.split()) > _STAMP_WORDS or _STAMP.search(line) is None:
        return False
    # "10 July 2025 – The final Code is published.": a timeline's item, not the page's stamp.
    said = grammar.scan(line, grammar.HEADER)
    return not (said and not line[: said[0].start].strip(" •*-") and AGENDA_DASH.match(line, said[0].end))


def _capture(text: str) -> PartialDate | None:
    match = _CAPTURE.match(text)
    if match is None:
        return None
    try:
        return PartialDate(*(int(part) if part else None for part in match.groups()))
    except ValueError:
        return None


def _stamp(lines: list[str], ranks: int) -> PartialDate | None:
    candidates = []
    for index, line in enumerate(lines):
        for said in grammar.scan(line, grammar.HEADER):
            rank = _rank(line, said)
            if said.last is not None or (rank > 1 and _HOURS.match(line, said.end)):
                continue  # "30-31 May 2024 · Geneva", "14 May 2031, 9h–17h": an event's days, not the page's
            day = resolve.exact_day(said)
            if labelled_for_another(line[: said.start]):
                break  # "Submission deadline: 15 January 2032": a date the page lists, not its own
            if day is not None and rank < ranks:
                candidates.append((rank, index, day))
                break
    return PartialDate.from_date(min(candidates)[2]) if candidates else None


def labelled_for_another(before: str) -> bool:
    """Whether a label before a line's date says what else it is the date of ("Submission deadline:",
    "Clôture des inscriptions :", "- Workshop:"): words in lower case before a colon, or one
    capitalised word that is no acronym ("AFP:"), that say no publication."""
    label, colon, rest = before.rpartition(":")
    if not colon or rest.strip():
        return False
    # "Date :" is the page's, "Date limite de dépôt :" is not.
    said_published = (
        _PUBLISHED_WORDS.search(re.sub(r"\bdate\b", "", label, flags=re.IGNORECASE))
        or re.fullmatch(r"\W*date\W*", label, re.IGNORECASE)
        or _UPDATED_WORDS.search(label)
    )
    words = re.findall(r"[^\W\d_][\w'’-]*", label)
    one_name = len(words) == 1 and not words[0].isupper()
    return (one_name or any(word[:1].islower() for word in words)) and not said_published


def _rank(line: str, said: Said) -> int:
    if _PUBLISHED_WORDS.search(line):
        return 0
    if _UPDATED_WORDS.search(line):
        return 1
    rest = len(line.strip()) - (said.end - said.start)
    if rest <= 30:
        return 2
    return 3 if len(line.split()) <= 12 else 4


def _today_is(lines: list[str], month: PartialDate) -> PartialDate | None:
    """The day a text says it is written ("nous sommes mardi 11 février"), in the given month
    or year, and only when its weekday, if named, agrees."""
    for line in lines:
        for said in grammar.scan(line, grammar.HEADER):
            if not _TODAY_IS.search(line, 0, said.start) or said.counted() or said.last is not None:
                continue
            fields = said.first
            if fields.day is None or fields.month is None:
                continue
            if (fields.year or month.year) != month.year or fields.month != (month.month or fields.month):
                continue
            resolved = resolve.resolve_with_year(said, month.year)
            if resolved is not None:
                return resolved.dates[0]
    return None
