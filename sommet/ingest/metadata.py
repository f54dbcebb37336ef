"""What a document says about itself: title, publisher, language and publication date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sommet.dates import (
    PartialDate,
    only_days,
    opens_on_a_day_and_hours,
    parse_publication_date,
    writes_a_date,
)
from sommet.ingest.clean import QUESTION_LABEL, Page, ends_on_photo_credit, is_credit
from sommet.ingest.gazetteer import Gazetteer
from sommet.ingest.lexicon import names_a_venue
from sommet.ingest.mentions import ORDINALS
from sommet.ingest.places import known_place

_FR = frozenset(
    "le la les des du de et est une un dans pour sur au aux qui que avec par ont sont été cette ces".split()
)
# Not "a": French writes it too ("a rencontré"), and a short French text may have no other word here.
_EN = frozenset("the of and is an in for on to with by that which has have are was were this these".split())
_WORDS = re.compile(r"[a-zà-ÿ]+")
# "Titre - Publisher", "Titre | Publisher": a short tail after a dash or bar names the site.
_SITE_SUFFIX = re.compile(r"^(?P<title>.{12,}?)\s+[-|–—]\s+(?P<site>[^-|–—]{2,40})$")
# "... — Fourth Convening", "... | 2nd Meeting": a tail counting an edition is the title's, no site.
_EDITION_NUMBER = re.compile(r"\d+(?:st|nd|rd|th|e|er|re|ème)$", re.IGNORECASE)
_BREADCRUMB = re.compile(r"\s+[»>›]\s+")
_QUOTED = re.compile(r"«[^»]*»")
# "EUROPEAN PARLIAMENT | Committees | IMCO": a path of sections, not a "Title | Site" pair.
_SECTION_PATH = re.compile(r"\s\|\s.*\s\|\s")
_LABEL_SEPARATOR = r"\s[·|]\s"
_HEADLINE_WORDS = 30
_VENUE_WORDS = 10
# "[Photo: ...]", "Photo : ...", "Crédit : ...": a caption, however many words it shares.
_CAPTION_LABEL = re.compile(
    r"\s*[\[(]?\s*(?:photo|picture|image|illustration|crédits?|credits?)\s*:", re.IGNORECASE
)
_SECTIONS = re.compile(rf"{_BREADCRUMB.pattern}|\s/\s|{_SECTION_PATH.pattern}")
_PLACE_AND_DATE = re.compile(
    r"^\s*[^\W\d_][^\W\d_'’.\- ]*(?:[\s\-][^\W\d_][^\W\d_'’.\-]*){0,3},\s+(?:le\s+|on\s+)?(?P<date>\S+(?:\s+\S+){0,4})\s*$",
    re.IGNORECASE,
)
_STAMP = re.compile(
    r"(?:posted|published|publié|mis à jour|mis en ligne|updated|by|par|propos recueillis|interviewed)\b",
    re.IGNORECASE,
)
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")
_ISO_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
# The first paragraphs may hold the stamp when a caption or a bio comes before it.
_LAST_STAMP_WORDS = 5  # a closing line that is a date and little else
_STAMP_LINE_WORDS = 10  # one that says it is a stamp ("Propos recueillis le mercredi 15 octobre 2031")
_STAMP_PARAGRAPHS = 5


@dataclass(frozen=True)
class Metadata:
    title: str | None
    publisher: str | None
    # To the day, or to the month when that is all the page says ("date 2024-01").
    published: PartialDate | None
    language: str
    when: str | None = None  # the line of dates and venue under an event page's headline


def language(text: str, fallback: str = "") -> str:
    """``fr`` or ``en``, by which language's most common words the text uses more; by the
    ``fallback`` text's when the text has none (a page that is all header: an agenda's lines)."""
    french, english = _common_words(text)
    if french == english == 0:
        french, english = _common_words(fallback)
    return "en" if english > french else "fr"


def _common_words(text: str) -> tuple[int, int]:
    words = _WORDS.findall(text[:20000].lower())
    return sum(word in _FR for word in words), sum(word in _EN for word in words)


def read_metadata(page: Page, gazetteer: Gazetteer, today: date | None = None) -> Metadata:
    title, publisher = page.title, page.publisher
    if title is None:
        title = _headline(page, gazetteer)
    if title:
        crumbs = _crumbs(title)
        if len(crumbs) > 1:
            publisher = publisher or crumbs[0]
            title = crumbs[-1]
        found = _SITE_SUFFIX.match(title)
        if found and len(found.group("site").split()) <= 4 and not _counts_an_edition(found.group("site")):
            publisher = publisher or found.group("site").strip()
            title = found.group("title").strip()
    if publisher is None:
        publisher = _signature(page, gazetteer)
    body = "\n".join(page.paragraphs)
    return Metadata(
        title=title,
        publisher=publisher,
        published=_published(page, today),
        language=language(body, "\n".join(page.header)),
        when=_dates_under(title, page.header),
    )


def _counts_an_edition(tail: str) -> bool:
    """Whether a title's tail counts an edition ("Fourth Convening", "2nd Meeting"): no site's name."""
    first = tail.split()[0].lower()
    return first in ORDINALS or _EDITION_NUMBER.fullmatch(first) is not None


def _crumbs(line: str) -> list[str]:
    """The parts of a breadcrumb; in "« Omnibus numérique » : ...", a closing guillemet is a
    quotation mark, not a breadcrumb's separator."""
    masked = _QUOTED.sub(lambda quote: "_" * len(quote.group(0)), line)
    cuts = [(found.start(), found.end()) for found in _BREADCRUMB.finditer(masked)]
    starts, ends = [0, *(end for _, end in cuts)], [*(start for start, _ in cuts), len(line)]
    return [line[start:end] for start, end in zip(starts, ends, strict=True)]


def _headline(page: Page, gazetteer: Gazetteer) -> str | None:
    """The header line that is the article's headline: the first that says what the article says
    (two of its words are in the opening paragraphs), else the first that is not a date or a label.

    Site slogans, press-release labels, bylines and datelines stand above headlines too, and a
    known body's name alone ("Conseil de l'Europe") is the site's.
    """
    lines = [
        line
        for line in page.header
        if 0 < len(line.split()) <= _HEADLINE_WORDS
        and not _date_like(line)
        and gazetteer.lookup(line) is None
        and not _CAPTION_LABEL.match(line)
        and not ends_on_photo_credit(line)
    ]
    opening = _content_words(" ".join(page.paragraphs[:3]))
    # A breadcrumb or a section label ("Tech / Intelligence artificielle") shares the article's
    # words without saying what it says: it is the headline only when no other line can be.
    # A quotation's closing guillemet is no breadcrumb's separator ("« Nous voulons … » : entretien").
    plain = [line for line in lines if not _SECTIONS.search(_QUOTED.sub("", line))]
    for candidates in (plain, lines):
        # A standfirst under the headline is a sentence: it ends on a full stop, a headline does not,
        # and it is the title only when no headline-like line can be.
        # So is an interview's question after a sentence ("Vous accueillerez le sommet. Qu'en attendez-vous ?").
        headlines = [line for line in candidates if not _a_sentence(line)]
        sentences = [line for line in candidates if _a_sentence(line)]
        for group in (headlines, sentences):
            # The line sharing the most words: a site's name ("Cabinet Office, Government of Japan")
            # may share two with the article, its headline more; of two sharing as many, the one
            # nearer the article, as a site's name stands above its headline.
            shared = [(len(_content_words(line) & opening), index) for index, line in enumerate(group)]
            best = max(shared, default=(0, 0))
            if best[0] >= 2:
                return _unlabelled(group[best[1]], lines)
            titled = next((line for line in group if len(line.split()) >= 4), None)
            if titled is not None:
                return _unlabelled(titled, lines)
    return None


# A sentence ending inside a line: "Vous accueillerez le sommet. Qu'en attendez-vous ?"
_SENTENCE_INSIDE = re.compile(r"[a-zà-ÿ][.!?]\s+[A-ZÀ-Ý]")


def _a_sentence(line: str) -> bool:
    """Whether a header line is prose (a standfirst, an interview's question), not a headline."""
    return (
        line.rstrip().endswith((".", "?"))  # "When will the rules apply?": a question under the headline
        or _SENTENCE_INSIDE.search(line) is not None
        or QUESTION_LABEL.match(line) is not None
    )


def _unlabelled(headline: str, lines: list[str]) -> str:
    """ "Events | Lagos AI Week 2031" above "Lagos AI Week 2031": the title without its section label."""
    return next(
        (line for line in lines if line != headline and line in headline and len(line.split()) >= 3), headline
    )


def _date_like(line: str) -> bool:
    """A dateline or a time stamp: half its words or more hold digits ("30-06-2025", "décembre 2024 17:42"),
    or a line that says when or by whom it was posted ("Posted on 09/19/2024 by ...")."""
    tokens = line.split()
    place_and_date = _PLACE_AND_DATE.match(line)
    said = place_and_date.group("date") if place_and_date else ""
    if _a_date(said) or only_days(line):
        return True  # "Paris, le 4 mars 2026": a dateline on a line of its own; an event page's days
    if _when_and_where(line) or _day_then_venue(line) or any(_a_date(part) for part in _labelled(line)):
        return True  # "29–30 October 2025 · Palais de Chaillot", "Issue 87 · Friday 12 July 2024"
    return bool(_STAMP.match(line)) or 2 * sum(any(ch.isdigit() for ch in token) for token in tokens) >= len(
        tokens
    )


def _when_and_where(line: str) -> bool:
    """ "29–30 October 2025 · Palais de Chaillot, Paris", "Nairobi, Kenya | 29–30 October 2031": an
    event page's dates and venue, either way round; not a dateline's stamp ("OTTAWA | Publié le ...")."""
    parts = re.split(_LABEL_SEPARATOR, line)
    placed_first = _a_date(parts[-1]) and not _STAMP.match(parts[-1]) and _a_venue(parts[0])
    return len(parts) > 1 and (_a_date(parts[0]) or placed_first)


def _labelled(line: str) -> list[str]:
    """What a label's line says after each separator ("Issue 87 · Friday 12 July 2024")."""
    return [line[found.end() :] for found in re.finditer(_LABEL_SEPARATOR, line)]


def _a_date(part: str) -> bool:
    """Whether words write a date with its digits ("4 mars 2026", "Friday 12 July 2024")."""
    return any(ch.isdigit() for ch in part) and any(writes_a_date(part, lang) for lang in ("fr", "en"))


# A line under a record's title that says when its meeting was held: "Held online on 12 March
# 2031", "Tenue à Genève le 12 mars 2031", "Réunion tenue le 12 mars".
_HELD_LINE = re.compile(
    r"\s*(?:(?:meeting|réunion|séance|session)\s+)?(?:held|convened|took\s+place|tenue?s?|réunie?s?)\b",
    re.IGNORECASE,
)


def _dates_under(title: str | None, header: list[str]) -> str | None:
    """The line of dates and venue right under the headline, which says when its event is; not a
    stamp of when the page was posted ("Publié le 03/07/2025 | Communiqué de presse")."""
    # The last line holding the title: an event page may write it in its breadcrumb too.
    at = max((i for i, line in enumerate(header) if title and title in line), default=None)
    if at is not None and at + 2 < len(header) and _STAMP.match(header[at + 1]):
        at += 1  # "Published 2 March 2031" between the title and its event's dates
    if at is None or at + 1 >= len(header):
        return None
    if at + 2 < len(header) and _an_organiser(header[at + 1]) and opens_on_a_day_and_hours(header[at + 2]):
        at += 1  # "Université de Lyon – Faculté de droit" between the title and its day
    line = header[at + 1]
    held = _HELD_LINE.match(line) is not None and _a_date(line)  # "Held online on 12 March 2031"
    # "Montreal, Canada, 12-14 May 2032": where, then its span of days.
    placed = "," in line and only_days(line.rsplit(",", 1)[1]) and _a_venue(line.rsplit(",", 1)[0])
    hours = opens_on_a_day_and_hours(line)  # "Vendredi 14 avril 2031, de 9h à 17h, salle B"
    if not (_when_and_where(line) or only_days(line) or held or placed or _day_then_venue(line) or hours):
        return None
    if _STAMP.match(header[at + 1]):
        return None
    venue = header[at + 2] if at + 2 < len(header) else ""
    if _a_venue(venue):  # "Monday 8 September 2031" above "Eko Convention Centre, Lagos, Nigeria"
        return f"{header[at + 1]} · {venue}"
    return header[at + 1]


def _day_then_venue(line: str) -> bool:
    """ "Mardi 10 juin 2031, Cité des sciences, Paris": an event's day, then its venue and city (a
    city alone after a day may be a dateline's); or its city first and its building last ("Dakar,
    mardi 6 juillet 2027, Centre international de conférences")."""
    day, _, venue = line.partition(",")
    if only_days(day, or_one=True) and "," in venue and _a_venue(venue.strip()):
        return True
    day, _, building = venue.partition(",")
    return (
        known_place(line.partition(",")[0].strip())
        and only_days(day, or_one=True)
        and names_a_venue(building)
    )


def _an_organiser(line: str) -> bool:
    """A short line without a date nor a sentence's end: who holds an event page's event."""
    return not _a_date(line) and not line.rstrip().endswith(".") and len(line.split()) <= 8


def _a_venue(line: str) -> bool:
    """A line that is a place alone, ending on a known city or country ("Eko Convention Centre,
    Lagos, Nigeria")."""
    if not line or any(ch.isdigit() for ch in line) or line.rstrip().endswith("."):
        return False
    return known_place(line.rsplit(",", 1)[-1].strip()) and len(line.split()) <= _VENUE_WORDS


def _content_words(text: str) -> set[str]:
    return {word for word in _CONTENT_WORD.findall(text.lower()) if word not in _FR and word not in _EN}


def _signature(page: Page, gazetteer: Gazetteer) -> str | None:
    """A known news agency or medium signing the article on a line of its own at the end."""
    for unit in page.paragraphs[-3:]:
        known = gazetteer.lookup(unit) if len(unit.split()) <= 3 else None
        if known is not None and known.kind == "media":
            return known.name
    return None


def _published(page: Page, today: date | None) -> PartialDate | None:
    """The date the markup gives, else the one printed in the header or atop the article."""
    if page.published:
        found = _ISO_DAY.match(page.published.strip())
        if found:
            try:
                return PartialDate(*(int(part) for part in found.groups()))
            except ValueError:
                pass
        day = parse_publication_date(page.published)
        if day is not None:
            return day
    # A byline is dropped as furniture, but its date is the article's: "By Staff Writer | May 3, 2031".
    bylines = [unit for unit in page.dropped if is_credit(unit)]
    header = "\n".join([*page.header, *bylines])
    found = parse_publication_date(header, "\n".join(page.paragraphs[:_STAMP_PARAGRAPHS]), today)
    last = page.paragraphs[-1] if len(page.paragraphs) > 1 else ""
    said_so = _STAMP.match(last) is not None and len(last.split()) <= _STAMP_LINE_WORDS
    if found is None and "\n" not in last and (len(last.split()) <= _LAST_STAMP_WORDS or said_so):
        # "April 9, 2031" alone closing a wire story, "Propos recueillis le 15 octobre 2031" closing
        # an interview: its date, as a dateline would give it.
        found = parse_publication_date(last)
    return found
