"""The whole reading of documents, without the store: text in, an Extraction out.

Pure and blocking (spaCy runs here): the bot calls it through ``asyncio.to_thread``.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sommet.dates import (
    DateMention,
    PartialDate,
    find_dates,
    read_article_dates,
    time_words,
    without_dateline,
)
from sommet.ingest import nlp
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph, find_actors
from sommet.ingest.clean import FORMATS, Page, read_page
from sommet.ingest.event_dates import about_the_future, live_page
from sommet.ingest.events import find_events, headline_text
from sommet.ingest.events_words import KINDS
from sommet.ingest.gazetteer import Gazetteer, Hit, default
from sommet.ingest.lexicon import names_a_building, names_a_venue, venue_words
from sommet.ingest.metadata import Metadata, read_metadata
from sommet.ingest.model import Extraction
from sommet.ingest.nlp import english_spans
from sommet.ingest.places import cities
from sommet.ingest.text import SAME_DAY

# The most ``sommet ingest`` reads of one file: a long article is under 200 KB of text, and 10 MB of
# text already takes minutes (bench/ingest.py); the bot takes 1 MB (sommet.admin.UPLOAD_BYTES).
MAX_BYTES = 10_000_000
_SEPARATOR = "\n\n"
_SENTENCE_EDGE = re.compile(r"[.!?]\s|\n")
# Small words between a place and the time the language model ran it on into ("à Lomé le 3 mars").
_LEADS_TO_A_TIME = frozenset("et and le la les on the du de en in".split())
# Between a counted time and the date that says it again: ", le", ", on", ", soit le".
_RESTATED = re.compile(r"\s*,\s*(?:(?:soit|that is|i\.e\.)\s+)?(?:le|on|the)?\s*", re.IGNORECASE)
# "dans notre édition du 22 avril", "in our edition of 22 April", "our 22 April issue": the day of
# the paper's own earlier issue, which a correction or a follow-up names; no event's.
_OWN_ISSUE_BEFORE = re.compile(
    r"\b(?:notre|nos|our)\s+(?:édition|numéro|article|edition|issue|story|report)s?\s+(?:du|de|d['’]|of)?\s*$",
    re.IGNORECASE,
)
_OUR_BEFORE = re.compile(r"\b(?:notre|our)\s+$", re.IGNORECASE)
_ISSUE_AFTER = re.compile(r"\s*(?:édition|numéro|edition|issue)\b", re.IGNORECASE)
# A name after "at the" or "à l'": capitalised words ("Kempinski Hotel"), or a lower-case venue
# word and a capitalised name ("hôtel Radisson").
_VENUE_NAMED = re.compile(
    r"\b(?:at\s+the\s+|à\s+l['’]|au\s+)(?P<name>(?:[A-Z][\w'’\-]*\s+){1,4}[A-Z][\w\-]*"
    r"|[a-zà-ÿ]+\s+[A-ZÀ-Ý][\w\-]*(?:\s+[A-ZÀ-Ý][\w\-]*){0,2}"
    # "au Centre international de conférences Abdou Diouf": its venue word, what it is, whose name
    r"|[A-ZÀ-Ý][\w\-]*(?:\s+(?:[a-zà-ÿ]+|d['’][a-zà-ÿ]+)){1,4}(?:\s+[A-ZÀ-Ý][\w\-]*){1,3}"
    # "au Centre de conférences ministériel, à Paris": all its words after the first lower-case
    r"|[A-ZÀ-Ý][\w\-]*(?:\s+(?:[a-zà-ÿ]+|d['’][a-zà-ÿ]+)){1,4}(?=\s*[,.;]))"
)
# A day's or a span's numbers as a word: "10", "1er", "10-11", "3–4".
_DAY_NUMBERS = re.compile(r"\d+(?:er|st|nd|rd|th)?(?:[-–]\d+(?:st|nd|rd|th)?)?")


@dataclass(frozen=True)
class Source:
    """A document to read: its text, format (txt, md or html), and how it is known."""

    text: str
    fmt: str = "txt"
    file_name: str | None = None
    sha256: str | None = None
    url: str | None = None


def source_from_file(path: Path) -> Source:
    """Read a file of at most MAX_BYTES; its identity is the sha256 of its bytes."""
    with path.open("rb") as file:
        raw = file.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 1_000_000} MB, the most a document may be")
    return source_from_bytes(path.name, raw)


def source_from_bytes(file_name: str, raw: bytes) -> Source:
    """A document from its name and UTF-8 bytes; its identity is the sha256 of the bytes.

    Binary data (a NUL byte) and other encodings are refused rather than read as garbage.
    """
    fmt = FORMATS.get(Path(file_name).suffix.lower())
    if fmt is None:
        raise ValueError(f"{file_name}: not a .txt, .md or .html document")
    if b"\x00" in raw:
        raise ValueError(f"binary data, not a text document (a NUL byte at {raw.index(0)})")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValueError(f"not UTF-8 text (byte {error.start}): save it as UTF-8 and try again") from None
    return Source(text, fmt, file_name, hashlib.sha256(raw).hexdigest())


def extract(
    text: str,
    *,
    file_name: str | None = None,
    fmt: str = "txt",
    sha256: str | None = None,
    today: date | None = None,
    gazetteer: Gazetteer | None = None,
) -> Extraction:
    """Everything one document says: its metadata, actors and events. No database involved."""
    return next(extract_many([Source(text, fmt, file_name, sha256)], today=today, gazetteer=gazetteer))


Era = Callable[[Extraction], PartialDate | None]


def extract_many(
    sources: Iterable[Source],
    *,
    today: date | None = None,
    gazetteer: Gazetteer | None = None,
    era: Era | None = None,
) -> Iterator[Extraction]:
    """Extractions of many documents in order, feeding spaCy all their paragraphs in one stream.

    A document that writes days without a year and gives none (an excerpt without its dateline)
    is read again with ``era``'s date, when it gives one: the date of a known event it names.
    ``today`` (default the real today) bounds the years a weekday may give."""
    gazetteer = gazetteer or default()
    today = today or datetime.now(UTC).date()
    pages = ((source, read_page(source.text, source.fmt)) for source in sources)
    for source, page, entities in _with_entities(pages):
        extraction = _extraction(source, page, entities, gazetteer, today)
        hint = era(extraction) if era is not None and extraction.wants_an_era else None
        yield extraction if hint is None else _extraction(source, page, entities, gazetteer, today, hint)


def _with_entities(pages: Iterator[tuple[Source, Page]]) -> Iterator[tuple[Source, Page, list]]:
    """Run the recogniser over every page, and hand each page its entities paragraph by paragraph.

    Only sentences that may hold a name are read (``nlp.may_name``), each on its own: the
    recogniser looks a few words around each token, so a sentence is context enough.
    """
    queue: list[tuple[Source, Page, list[tuple[int, int, int]]]] = []

    def pieces() -> Iterator[str]:
        for source, page in pages:
            spans = [
                (index, span.start, span.end)
                for index, text in enumerate(page.paragraphs)
                for span in words.sentences(text)
                if nlp.may_name(text[span.start : span.end])
            ]
            queue.append((source, page, spans))
            for index, start, end in spans:
                yield page.paragraphs[index][start:end]
            if not spans:
                yield ""  # one text per page at least keeps pages and results in step

    found = nlp.entities(pieces())
    while True:
        try:
            first = next(found)
        except StopIteration:
            return
        source, page, spans = queue.pop(0)
        results = [first] + [next(found) for _ in range(max(len(spans), 1) - 1)]
        entities: list[list[nlp.Entity]] = [[] for _ in page.paragraphs]
        for (index, start, _end), ents in zip(spans, results, strict=False):
            entities[index].extend((s + start, e + start, label) for s, e, label in ents)
        yield source, page, entities


def _known_names(text: str, sentences: list[words.Span], gazetteer: Gazetteer) -> list[Hit]:
    """The gazetteer's names in a paragraph, but for a kind word a sentence opens on: "Réunion
    annuelle du Forum" is a meeting, not La Réunion."""
    openings = {sentence.start for sentence in sentences}
    return [
        hit
        for hit in gazetteer.find(text)
        if not (
            text[hit.start : hit.end].lower() in KINDS
            and any(
                text[start : hit.start].strip(" \t•*·-—–") == "" for start in openings if start <= hit.start
            )
        )
    ]


def _extraction(
    source: Source,
    page: Page,
    entities: list,
    gazetteer: Gazetteer,
    today: date | None,
    era: PartialDate | None = None,
) -> Extraction:
    meta = read_metadata(page, gazetteer, today)
    if meta.language == "en":
        entities = english_spans(page.paragraphs, entities)
    paragraphs = []
    for index, (text, ents) in enumerate(zip(page.paragraphs, entities, strict=True)):
        sentences = words.sentences(text)
        known = _known_names(text, sentences, gazetteer)
        paragraphs.append(Paragraph(index, text, ents, sentences, words.quoted(text), known, meta.language))
    actors = find_actors(paragraphs, gazetteer, publisher=meta.publisher)
    if meta.published is None:
        era = era or _header_date(page.header, meta.language, today)
    dates, wants = _dates_by_paragraph(page.paragraphs, meta, today, era)
    places = _places(paragraphs)
    events = find_events(
        paragraphs,
        actors,
        dates,
        places,
        published=meta.published,
        headline=_headline(meta),
        headline_dates=_headline_dates(meta, today),
        language=meta.language,
        live_coverage=live_page([meta.title or "", *page.header]),
    )
    return Extraction(
        file_name=source.file_name,
        sha256=source.sha256,
        title=meta.title,
        publisher=meta.publisher,
        published=meta.published,
        language=meta.language,
        events=events,
        actors=actors,
        url=source.url,
        sentences=[text[s.start : s.end] for text in page.paragraphs for s in words.sentences(text)],
        wants_an_era=wants and era is None,
    )


def _headline(meta: Metadata) -> str | None:
    """The headline, with the dates and venue an event page writes under it ("AI for Good Global
    Summit 2024 · 30-31 May 2024 · Geneva"), as the body's first sentence would say them."""
    return f"{meta.title} · {meta.when}" if meta.title and meta.when else meta.title


def _headline_dates(meta: Metadata, today: date | None) -> list[DateMention]:
    """The dates a headline writes ("Macron inaugure VivaTech mercredi"), read like the body's."""
    headline = _headline(meta)
    if not headline:
        return []
    return find_dates(headline_text(headline), published=meta.published, lang=meta.language, today=today)


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _header_date(header: list[str], language: str, today: date | None) -> PartialDate | None:
    """The first date with its year a page's header writes when it has no publication date ("Semaine
    du 6 au 12 octobre 2031" above an agenda): the time its days without a year are near."""
    for line in header:
        for mention in find_dates(line, published=None, lang=language, today=today):
            if _YEAR.search(mention.text):
                return mention.range.start
    return None


def _dates_by_paragraph(
    paragraphs: list[str], meta: Metadata, today: date | None, era: PartialDate | None = None
) -> tuple[dict[int, list[DateMention]], bool]:
    """Dates read over the whole article (a year stated early dates what follows), per paragraph,
    and whether the article wants an era (see ``read_article_dates``).

    The capture line that may open the article is its publication date, not an event's."""
    body = without_dateline(_SEPARATOR.join(paragraphs), meta.published)
    offsets = []
    position = 0
    for paragraph in paragraphs:
        offsets.append(position)
        position += len(paragraph) + len(_SEPARATOR)
    out: dict[int, list[DateMention]] = {}
    index = 0
    found, wants = read_article_dates(
        body, published=meta.published, lang=meta.language, today=today, era=era
    )
    for mention in _with_same_day(
        body, _without_restated(body, _without_own_issues(body, found)), meta.published
    ):
        while index + 1 < len(offsets) and offsets[index + 1] <= mention.start:
            index += 1
        shift = offsets[index]
        out.setdefault(index, []).append(
            DateMention(
                mention.range,
                mention.start - shift,
                mention.end - shift,
                mention.text,
                mention.relative,
                mention.time,
            )
        )
    return out, wants


def _without_restated(body: str, mentions: list[DateMention]) -> list[DateMention]:
    """ "six mois plus tard, le 1er janvier 2032", "six months later, on 1 January 2032": a counted
    time said again right after as a date within it is that date; the count is left out."""
    restated = {
        index
        for index, (mention, after) in enumerate(itertools.pairwise(mentions))
        if mention.relative
        and _RESTATED.fullmatch(body, mention.end, after.start)
        and mention.range.start.first_day() <= after.range.start.first_day()
        and after.range.start.last_day() <= (mention.range.end or mention.range.start).last_day()
    }
    return [mention for index, mention in enumerate(mentions) if index not in restated]


def _without_own_issues(body: str, mentions: list[DateMention]) -> list[DateMention]:
    """Without the days a paper names its own earlier issues by ("notre édition du 22 avril")."""
    return [
        m
        for m in mentions
        if not _OWN_ISSUE_BEFORE.search(body, max(0, m.start - 40), m.start)
        and not (_OUR_BEFORE.search(body, max(0, m.start - 10), m.start) and _ISSUE_AFTER.match(body, m.end))
    ]


def _with_same_day(
    body: str, mentions: list[DateMention], published: PartialDate | None
) -> list[DateMention]:
    """ "le même jour", "the same day": the day last named before, when it was a day, and not in a
    sentence that has a date of its own. "Meanwhile" is left undated: it names no time of its own.
    In a sentence told in the future, a day already past is not the one meant ("adoptée le 17 mai
    ... La cérémonie sera suivie ... Le même jour, les ministres tiendront une séance")."""
    out = list(mentions)
    for found in SAME_DAY.finditer(body):
        if _own_date(body, found.start(), mentions):
            continue
        before = [m for m in mentions if m.end <= found.start() and m.range.start.precision == "day"]
        if published is not None and _told_in_the_future(body, found.start()):
            before = [m for m in before if m.range.start.first_day() >= published.first_day()]
        if not before or before[-1].range.end is not None:
            continue
        out.append(DateMention(before[-1].range, found.start(), found.end(), found.group(0), relative=True))
    return sorted(out, key=lambda m: m.start)


def _own_date(body: str, position: int, mentions: list[DateMention]) -> bool:
    start, end = _sentence_around(body, position)
    return any(start <= m.start < end for m in mentions)


def _told_in_the_future(body: str, position: int) -> bool:
    """Whether the sentence around a position has a verb in the future ("tiendront", "will")."""
    start, end = _sentence_around(body, position)
    return about_the_future(body[start:end])


def _sentence_around(body: str, position: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_EDGE.finditer(body, 0, position)), default=0)
    stop = _SENTENCE_EDGE.search(body, position)
    return start, stop.start() if stop else len(body)


def _venues(text: str) -> list[tuple[int, int, str]]:
    """Buildings named after "at the" or "à l'" by their venue word, which the language model may not
    take for a place: "at the Kempinski Hotel", "à l'hôtel Radisson"."""
    out = []
    for found in _VENUE_NAMED.finditer(text):
        if names_a_venue(found.group("name")):
            out.append((found.start("name"), found.end("name"), "place"))
    return out


def _is_time(name: str) -> bool:
    """ "in March", "May 2024", "on 10-11": a date the language model took for a place."""
    return any(word.lower() in time_words() or _DAY_NUMBERS.fullmatch(word) for word in name.split())


_ACRONYM_LETTERS = 4


def _is_place(name: str, label: str) -> bool:
    """A location, or a name a venue word opens that the model took for a body ("Palais des Nations");
    not a short acronym no gazetteer knows ("procurement of AI"), nor an office, which the model may
    take for one."""
    if name.isupper() and len(name) <= _ACRONYM_LETTERS:
        return False
    first = name.split(maxsplit=1)[0].lower()
    if first in words.ROLE_WORDS:
        return False  # "demande au Secrétaire général de ...": a person's office, not a place
    return label == "LOC" or first in venue_words() or names_a_building(name)


def _before_time(name: str) -> str:
    """A place the language model ran on into a time ("Palais des Nations mercredi et jeudi"), cut
    before the time and the small words that lead to it; a name that starts with a time ("in
    March") stays whole, for ``_is_time`` to refuse."""
    tokens = list(re.finditer(r"\S+", name))
    cut = next((i for i, t in enumerate(tokens) if i and _is_time(t.group(0))), len(tokens))
    while cut > 1 and tokens[cut - 1].group(0).lower() in _LEADS_TO_A_TIME:
        cut -= 1
    if not tokens or tokens[cut - 1].group(0).lower() in _LEADS_TO_A_TIME:
        return name
    return name[: tokens[cut - 1].end()]


def _places(paragraphs: list[Paragraph]) -> dict[int, list[tuple[int, int, str]]]:
    """Where places are named: spaCy's locations, the gazetteer's countries, regions and places, and
    cities."""
    out: dict[int, list[tuple[int, int, str]]] = {}
    for paragraph in paragraphs:
        spans: list[tuple[int, int, str]] = []
        for hit in paragraph.known:
            if hit.known.kind in ("country", "region", "place"):
                spans.append((hit.start, hit.end, hit.known.kind))
        for venue in _venues(paragraph.text):
            # "au Centre des congrès de Québec": the building, not the province its name holds
            others = [span for span in spans if not venue[0] <= span[0] < span[1] <= venue[1]]
            if not any(s < venue[1] and venue[0] < e for s, e, _ in others):
                spans = [*others, venue]
        # The longer places the model names, but for one a venue found above takes part of.
        located = [
            (start, end)
            for start, end, label in paragraph.entities
            if label == "LOC" and not any(s < end and start < e for s, e, _ in spans)
        ]
        for hit in cities().find(paragraph.text):
            if any(s <= hit.start and hit.end <= e and e - s > hit.end - hit.start for s, e in located):
                continue  # "Lomé Castle", "Bletchley Park": the longer place the model names
            if not any(s < hit.end and hit.start < e for s, e, _ in spans):
                spans.append((hit.start, hit.end, "place"))
        for start, end, label in paragraph.entities:
            if not any(s < end and start < e for s, e, _ in spans) and _is_place(
                paragraph.text[start:end], label
            ):
                end = start + len(_before_time(paragraph.text[start:end]))
                name = paragraph.text[start:end]
                if "\n" not in name and name[:1].isupper() and not _is_time(name):
                    spans.append((start, end, "place"))
        out[paragraph.index] = spans
    return out
