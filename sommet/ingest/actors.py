"""People, organisations and countries in a document: spaCy's entities, the gazetteer, and rules on top."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from sommet._dates_names import months, weekdays
from sommet.ingest import lexicon
from sommet.ingest import text as words
from sommet.ingest.acronyms import acronym_pairs, is_acronym
from sommet.ingest.demonyms import countries_in, is_adjective
from sommet.ingest.events_words import KIND_WORD
from sommet.ingest.gazetteer import Gazetteer, Hit, Known
from sommet.ingest.institutions import (
    adjective_named,
    institution_names,
    organisation_heads,
    without_date_tail,
)
from sommet.ingest.model import FoundActor
from sommet.ingest.nlp import Entity
from sommet.ingest.people import is_person_name, person_in
from sommet.ingest.places import cities
from sommet.ingest.programme import CLOCK
from sommet.ingest.roles import role_after, role_near, titled_before
from sommet.ingest.text import Span
from sommet.search import normalise

# A programme line's clock time or span before its first word ("15:00 Panel discussion").
_CLOCK_OPENING = re.compile(rf"^\s*{CLOCK}(?:\s*(?:[–—-]|à|to)\s*{CLOCK})?")
# French articles in either case; English "the" only in lower case, as "The Future Society" keeps it.
# An article is a word of its own: "Dubaï" and "Lebanon" keep their first letters.
_LEADING = re.compile(r"^(?:(?:(?:[Ll]a|[Ll]e|[Ll]es|the|[Dd]u|[Dd]es|de la)\s+|(?:de )?[Ll]'\s*|[Dd]'\s*))+")
_TRAILING = re.compile(r"[\s,;:.\-–'»«\"]+$")
_ELIDED = re.compile(r"^[dlDL]'")
_PLAIN_WORD = re.compile(r"\w+")
# A name the recogniser cut on a joining word ("Bureau de presse de la"), and the capitalised words
# that go on with it after the cut ("Semaine de l'IA").
_DANGLING = re.compile(r"\s(?:de la|de|du|des|d'|of the|of|for the|for|and|et|the)$", re.IGNORECASE)
_GOES_ON = re.compile(
    r"\s*[A-ZÀ-Ý][\w\-]*(?:'[\w\-]+)?(?:(?:\s+(?:(?:de|du|des|la|le|les|of|the|for|and|et)\s+)*(?:l'|d')?)[A-ZÀ-Ý][\w\-]*)*"
)
_CAPITALS = re.compile(r"[A-Z]{3,}(?:-[A-Z]+)?$")  # a word of capitals alone: "CHUM", "CEIMIA"
_MIXED_CASE = re.compile(r"[a-z][A-Z]|\.[a-z]{2,4}$")  # "OpenAI", "McKinsey", "Make.org"
_INDEFINITE = re.compile(r"\b(?:un|une|an)\s+$", re.IGNORECASE)
# A quotation this short is a title ("« AI for Good »"); a longer one is speech, whose names count.
_TITLE_WORDS = 10
_NAME_WORD = r"[A-ZÀ-Ý][\w'\-]*[a-zà-ÿ][\w'\-]*"
# Runs of capitalised words, read for a title inside or just before them: much cheaper than a
# pattern that tries every title at every position.
_NAME_RUN = re.compile(
    rf"{_NAME_WORD}(?:\s+(?:(?:de|van|von|der|al|bin|ben|da)\s+)?{_NAME_WORD})+(?![\w'\-])"
)
# A section heading ("I. AI Governance", "Member States Speak"): capitalised words that the
# recogniser takes for a name more often than not; only names the gazetteer knows count there.
_HEADING = re.compile(r"\s*(?:[IVX]+\.\s+|\d+\.\s+)?[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,5}\s*")
_HONORIFIC_ALONE = frozenset(words.HONORIFICS.split("|"))
_WORD_BEFORE = re.compile(r"([\w\-]+)\s+$")
# "Minister for Digital Transformation", "ministre chargé du Numérique": a portfolio, not a person.
_PORTFOLIO = r"([\w\-]+)\s+(?:of|for|in charge of|de|du|des|chargée? de|chargée? du|chargée? des)\s+(?:the\s+|la\s+|l')?"
_PORTFOLIO_END = re.compile(_PORTFOLIO + "$", re.IGNORECASE)
# Before a title's last word, its first ones joined to it: "Minister of Science and [ICT]".
_PORTFOLIO_JOINED = re.compile(
    _PORTFOLIO + r"(?:(?-i:[A-ZÀ-Ý])[\w\-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w\-]*)*(?:,\s+|,?\s+(?:and|et|&)\s+))*$",
    re.IGNORECASE,
)
_LAST_CAPITAL = re.compile(r"(?<![\w\-])[A-ZÀ-Ý][\w\-]*\s+$")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:et|and|ou|or|&))\s*(?:(?:le|la|les|the)\s+|l')?")
# "BRUSSELS -", "SEOUL/BRASÍLIA, Oct 14": the cities a story was filed from.
_DATELINE = re.compile(
    r"([A-ZÀ-Ý][A-ZÀ-Ý'\-]{2,}(?:(?:\s+|\s*/\s*)[A-ZÀ-Ý][A-ZÀ-Ý'\-]{2,})*)\s*(?:,|:|—|–|-|\()"
)
# "la présidente de la Commission", "le Sénat a voté": a French body named by its head word alone;
# not "la Commission européenne" nor "le Conseil de l'Europe", whose longer names are read elsewhere.
_FRENCH_BARE_HEAD = re.compile(
    r"(?<=\b(?:la|le|du|au)\s)(?P<head>[A-ZÀ-Ý][a-zà-ÿ]+)\b"
    rf"(?!\s*(?:de|du|des|d['’]|&)|\s+[a-zà-ÿ]+(?:{words.ADJECTIVE_ENDINGS}|aux|é|ée)\b)"
)
_CAPITAL_AFTER = re.compile(
    r"\s+(?P<name>[A-ZÀ-Ý][\w\-]*(?:\s+(?:(?:von|van|der|de|la|le)\s+)*[A-ZÀ-Ý][\w\-]*)*)"
)
_SPAN_OPENING = re.compile(r"(?:['’]s\b)?[\s,;:]*")
# How many words before a name a title may stand, with no break between: "Secretary for ICT Jane Roe".
_TITLE_REACH = 4
_NAME_GLUE = words.PARTICLES | {"&", "and", "et", "of", "for", "on", "the", "in"}
# The head of a noun phrase in apposition: up to four words after the article, before a relative or "de".
_APPOSITION = re.compile(
    r"\s*,\s*(?:le|la|l'|les|the|a|an|un|une)\s*((?:(?!(?:qui|que|dont|that|which|who|de|du|des|of)\b)[\w'\-]+\s*){1,4})",
    re.IGNORECASE,
)
# A capitalised name and the acronym in brackets after it, whether or not its letters fit.
_NAMED_INSTRUMENT = re.compile(
    r"\b([A-ZÀ-Ý][\w'\-]*(?:\s+(?:[A-ZÀ-Ý][\w'\-]*|de|du|des|de\s+la|de\s+l'\w+|d'\w+|on|of|for|the|sur|pour))*)"
    r"\s*\(\s*([A-Z][A-Za-z0-9&\-]{1,14})\s*\)"
)
# The words a job's title opens with, longest first.
# "Minister for", "Secretary of State for", "Commissioner for the": a job over what follows.
_FOR_PORTFOLIO = re.compile(rf"\b(?:{words.ROLE})(?:\s+of\s+State)?\s+for\s+(?:the\s+)?$", re.IGNORECASE)
_PORTFOLIO_REACH = 60  # characters of a job's title before what it is over
_LOCATIVE = re.compile(
    r"\b(?:à|au|aux|dans|devant|at|in|outside|inside)\s+(?:l'|le|la|the\s+)?\s*$", re.IGNORECASE
)
_ROLE_PHRASE = re.compile(
    rf"\b(?:{words.ROLE})\b(?:[^,.;:()«»]|,\s+(?:and\s+|et\s+)?(?=(?-i:[A-ZÀ-Ý])|$))*$", re.IGNORECASE
)


@functools.cache
def _bare_head() -> re.Pattern[str]:
    """ "the Commission", "the Council": an English body named by its head word alone, which the
    French recogniser does not tag; not "the Council of Europe" or "the Council on AI", whose longer
    name is read elsewhere, but "the Senate on Sept. 17" (a date after "on")."""
    dated = sorted({*months("en"), *weekdays("en")}, key=len, reverse=True)
    date = rf"\d|(?i:{'|'.join(dated)})\b"
    return re.compile(
        rf"(?<=\bthe\s)(?P<head>[A-Z][a-z]+)\b(?!['’]?\s*(?:of|for|[A-Z&])\b|\s+on\s+(?!{date}))"
    )


@dataclass
class _Candidate:
    names: list[str]
    kind: str
    place: tuple[int, int, int]
    sentence: str
    known: Known | None = None
    title_only: bool = False  # "M. Le Maire": a surname to be matched with a full name


@dataclass(frozen=True)
class Paragraph:
    """One article paragraph with what the other readers found in it."""

    index: int
    text: str
    entities: list[Entity]
    sentences: list[Span]
    quotes: list[Span]
    known: list[Hit] = field(default_factory=list)  # the gazetteer's names in the text
    language: str = "fr"

    def sentence_span(self, position: int) -> Span | None:
        return next((span for span in self.sentences if span.start <= position < span.end), None)

    def sentence_at(self, position: int) -> str:
        span = self.sentence_span(position)
        return self.text if span is None else self.text[span.start : span.end]


@functools.cache
def _of_a_kind_word() -> re.Pattern[str]:
    """A kind word and what joins it to the rest of its name, right before that rest."""
    return re.compile(
        rf"{KIND_WORD.pattern}\s+(?:on|of|for|sur|de|du|des|d')\s*(?:the\s+|la\s+|le\s+|l')?$", re.I
    )


def tidy(name: str) -> str:
    """A name without leading articles, trailing punctuation or line breaks."""
    name = " ".join(name.split())
    name = _LEADING.sub("", name)
    return _TRAILING.sub("", name).strip()


def _surname_key(name: str) -> tuple[str, ...]:
    return tuple(normalise(words.TITLE.sub("", name)).split())


def find_actors(
    paragraphs: list[Paragraph], gazetteer: Gazetteer, *, publisher: str | None
) -> list[FoundActor]:
    """The people, organisations and countries a document names, one entry each."""
    document = "\n".join(p.text for p in paragraphs)
    candidates: list[_Candidate] = []
    for paragraph in paragraphs:
        candidates.extend(_paragraph_candidates(paragraph, gazetteer, document))
    actors = _fold_bare_heads(_group(candidates, gazetteer))
    _surname_mentions(actors, paragraphs)
    return _finish(actors, paragraphs, gazetteer, publisher)


# The words after which an English body's name goes on with what it is about ("Board on Drone Safety").
_ENGLISH_OF = frozenset({"of", "on", "for"})
# A capital "The" opening a body's name, which a bare head word may be written with ("The Board").
_THE = re.compile(r"^The\s+")


def _fold_bare_heads(actors: list[FoundActor]) -> list[FoundActor]:
    """« l'Autorité », "the Board": a body's head word alone is the one body of the document headed
    by it, whose mentions it joins; it is no alias (another page's « Autorité » is another body),
    and it stays itself where no body or several are headed so."""
    heads = organisation_heads()
    bodies = [(other, _THE.sub("", other.name).lower()) for other in actors if other.kind == "organisation"]
    headed_by = {id(other): _head_words(other.name, heads) for other, _bare in bodies}
    kept = []
    for actor in actors:
        head = _THE.sub("", actor.name).lower()
        full = [
            other
            for other, bare in bodies
            if other is not actor and bare != head and normalise(head) in headed_by[id(other)]
        ]
        if actor.kind == "organisation" and head in heads and len(full) == 1:
            full[0].mentions.extend(actor.mentions)
            continue
        kept.append(actor)
    return kept


def _head_words(name: str, heads: frozenset[str]) -> set[str]:
    """The word heading a body's name: its first in French ("Autorité belge des données"), unless
    the name ends on a head word of its own ("Senate Commerce Committee" is no Senate); in English,
    the last before "of", "on" or "for" ("General Assembly", "Advisory Board on Drone Safety")."""
    words_ = normalise(name).split()
    if not words_:
        return set()
    cut = next((i for i, word in enumerate(words_) if word in _ENGLISH_OF), len(words_))
    out = {words_[cut - 1]} if cut else set()
    if words_[-1] not in heads or len(words_) == 1:
        out.add(words_[0])
    return out


def _surname_mentions(actors: list[FoundActor], paragraphs: list[Paragraph]) -> None:
    """News calls a person by surname once named in full ("talks with Starmer"), and the model does
    not always tag it: each bare surname of a person the document names is a mention of them, unless
    two of its people share it (Donald and Melania Trump)."""
    people = [a for a in actors if a.kind == "person" and len(a.name.split()) >= 2]
    surnames = Counter(person.name.split()[-1] for person in people)
    for person in people:
        surname = person.name.split()[-1]
        if surnames[surname] > 1 or len(surname) < 3 or not surname[:1].isupper():
            continue
        first = min((index, start) for index, start, _end in person.mentions)
        for paragraph in paragraphs:
            for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", paragraph.text):
                place = (paragraph.index, found.start(), found.end())
                taken = any(
                    index == place[0] and start <= found.start() < end
                    for index, start, end in person.mentions
                )
                if not taken and (place[0], place[1]) > first:
                    person.mentions.append(place)
        person.mentions.sort()


def _paragraph_candidates(paragraph: Paragraph, gazetteer: Gazetteer, document: str) -> list[_Candidate]:
    text = paragraph.text
    out: list[_Candidate] = []
    taken: list[tuple[int, int]] = []
    persons = [(s, e) for s, e, label in paragraph.entities if label == "PER"]

    def overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
        return any(start < e and s < end for s, e in spans)

    def add(names: list[str], kind: str, start: int, end: int, known: Known | None = None, title_only=False):
        sentence = paragraph.sentence_at(start)
        out.append(_Candidate(names, kind, (paragraph.index, start, end), sentence, known, title_only))
        taken.append((start, end))

    for expansion, acronym in acronym_pairs(text):
        long_name, short = tidy(text[expansion.start : expansion.end]), text[acronym.start : acronym.end]
        if (
            KIND_WORD.match(long_name)
            or _instrument(long_name)
            or _in_title(paragraph, expansion)
            or (
                _of_a_kind_word().search(text, max(0, expansion.start - 40), expansion.start)
                and not any(_ELIDED.sub("", w).lower() in organisation_heads() for w in long_name.split())
            )
        ):
            # an event's or a law's name ("Workshop on Trustworthy AI Evaluation (TAIE)"): not an actor;
            # "la réunion de l'Organisation de coopération (OCDE)" is the body's meeting
            taken.append((expansion.start, acronym.end))
            continue
        known = gazetteer.lookup(long_name) or gazetteer.lookup(short)
        # "World Artificial Intelligence Conference (WAIC)": an English name ending on its kind is an
        # event's, unless the gazetteer knows a body of that name ("World Economic Forum").
        ends_on_kind = KIND_WORD.fullmatch(long_name.split()[-1]) is not None and long_name[:1].isupper()
        if (known is not None and known.actor_kind is None) or (ends_on_kind and known is None):
            taken.append((expansion.start, acronym.end))
            continue
        add(
            [long_name, short],
            (known.actor_kind if known else None) or "organisation",
            expansion.start,
            max(expansion.end, acronym.end),
            known,
        )

    for found in _NAMED_INSTRUMENT.finditer(text):
        if _instrument(found.group(1)):
            taken.append(found.span(2))  # "Initiative de ... (GAIGI)": the acronym of a plan, not of a body

    # An organisation's longer name around a known one ("Benelux Telecom") is read from spaCy's entity.
    longer = [
        (s, e)
        for s, e, label in paragraph.entities
        if label == "ORG"
        and all(t[:1].isupper() or t == "&" for t in text[s:e].split())
        and not any(t.lower() in words.ROLE_WORDS for t in text[s:e].split())
    ]
    for hit in paragraph.known:
        if overlaps(hit.start, hit.end, taken) or any(
            s <= hit.start and hit.end <= e and e - s > hit.end - hit.start for s, e in persons
        ):
            continue  # "Georgia Smith" is a person, not a country
        if hit.known.kind == "organisation" and any(
            s <= hit.start and hit.end <= e and (s, e) != (hit.start, hit.end) for s, e in longer
        ):
            continue
        if hit.known.kind != "organisation" and _inside_a_name(paragraph, hit):
            continue
        kind = hit.known.actor_kind
        if hit.known.kind in ("place", "region") and _LOCATIVE.search(
            text[max(0, hit.start - 12) : hit.start]
        ):
            kind = None  # "dîner à l'Élysée": where it happened, not who acted
        if kind is not None:
            add([text[hit.start : hit.end]], kind, hit.start, hit.end, hit.known)
        else:
            taken.append((hit.start, hit.end))

    for start, end, countries in countries_in(text):
        if not overlaps(start, end, taken):
            for known in filter(None, map(gazetteer.lookup, countries)):
                add([known.name], known.actor_kind or "country", start, end, known)

    named = [(s, e) for s, e in persons if is_person_name(text[s:e])]
    for start, end in institution_names(text, named, taken):
        if _FOR_PORTFOLIO.search(text, max(0, start - _PORTFOLIO_REACH), start):
            continue
        if adjective_named().fullmatch(text, start, end) and _ROLE_PHRASE.search(
            text, max(0, start - 80), start
        ):
            continue  # "la présidente du Conseil italien": part of a job title
        add([text[start:end]], "organisation", start, end)

    english = paragraph.language == "en"
    for found in (_bare_head() if english else _FRENCH_BARE_HEAD).finditer(text):
        start, end = found.span("head")
        after = None if english else _CAPITAL_AFTER.match(text, end)
        if after and not is_person_name(after.group("name")):
            continue  # "la Commission Ursula von der Leyen" is the Commission; "le Conseil Européen" another name
        if found.group("head").lower() in organisation_heads() and not overlaps(start, end, taken):
            add([found.group("head")], "organisation", start, end)

    for start, end, label in paragraph.entities:
        # "UN Secretary-General Antonio Guterres": the person after a known name the span begins with.
        start = max([start, *(e for s, e in taken if s <= start < e < end)])
        start += len(_SPAN_OPENING.match(text, start).group(0))
        end = min([end, *(s for s, _e in taken if start < s < end)])
        if overlaps(start, end, taken) or "\n" in text[start:end] or _in_title(paragraph, Span(start, end)):
            continue
        _person_entity(paragraph, start, end, label, add, document)

    # "said Commerce Secretary Jane Roe": a name after a title, which the recogniser may miss.
    for found in _NAME_RUN.finditer(text):
        run_start = found.start() + _portfolio_word(text, found.group(0), found.start())
        inside = person_in(text[run_start : found.end()])
        before = _WORD_BEFORE.search(text, max(0, found.start() - 30), found.start())
        titled = (
            run_start > found.start()
            or (before and before.group(1).lower() in words.ROLE_WORDS)
            or _after_portfolio(text, found.start())
        )
        if inside is None or not (inside[2] or titled):
            continue
        start, end = run_start + inside[0], run_start + inside[1]
        name = text[start:end]
        plausible = is_person_name(name) and gazetteer.lookup(name) is None and not KIND_WORD.search(name)
        plausible = plausible and not _portfolio(text, name, start)
        if plausible and not _abstract(name.split()):
            _surname_only_within(out, taken, start, end)
            if not overlaps(start, end, taken):
                _person(name, start, end, add)

    dateline = _DATELINE.match(text)
    if dateline:
        taken.append(dateline.span(1))  # "BRUSSELS -", "PARIS:": where the story was filed

    heading = _HEADING.fullmatch(text) is not None
    for start, end, label in paragraph.entities:
        raw = text[start:end]
        if overlaps(start, end, taken) or "\n" in raw or _in_title(paragraph, Span(start, end)):
            continue
        if label in ("ORG", "MISC", "LOC") and not heading:
            sentence_start = next((s.start for s in paragraph.sentences if s.start <= start < s.end), 0)
            if dateline and sentence_start == 0:
                # "PARIS — The Senate": the sentence opens after the place it was filed from.
                sentence_start = min(dateline.end(), start)
            before = text[max(sentence_start, start - 80) : start]
            if _after_a_building_word().search(before):
                continue  # "à l'hôtel Bayerischer Hof": a building, named after its common noun
            _organisation(
                raw,
                label,
                start,
                end,
                document,
                add,
                in_role=bool(_ROLE_PHRASE.search(before)),
                portfolio=bool(_FOR_PORTFOLIO.search(before)),
                after_article=bool(re.search(r"(?:\b(?:le|la|les|du|des)\s+|\bl')$", before, re.IGNORECASE)),
                # "15:00 Panel discussion": a programme's clock time opens the line, no word
                first_word=not _CLOCK_OPENING.sub("", text[sentence_start:start]).strip(" \"'«—-–"),
                text_after=text[end : end + 80],
                placed=_PLACED.search(before) is not None,
            )
    _listed_with_organisations(paragraph, document, out, add, overlaps, taken)
    return out


def _surname_only_within(out: list[_Candidate], taken: list[tuple[int, int]], start: int, end: int) -> None:
    """Drop a surname the recogniser found alone inside a titled full name ("Prime Minister Narendra
    Modi", where it marks only "Modi"), so the full name is read instead."""
    inside = [
        c for c in out if c.kind == "person" and c.title_only and start <= c.place[1] and c.place[2] <= end
    ]
    for candidate in inside:
        out.remove(candidate)
        taken.remove(candidate.place[1:])


def _listed_with_organisations(
    paragraph: Paragraph, document: str, out: list[_Candidate], add, overlaps, taken
):
    """One-word names listed with organisations are organisations too: "Tencent, Douyin et Weibo",
    and "Mila et le CHUM", where the recogniser took the first for a person's first name."""
    text = paragraph.text
    orgs = [(c.place[1], c.place[2]) for c in out if c.kind == "organisation"]
    lone = {c.place[1:]: c for c in out if c.kind == "person" and c.title_only and " " not in c.names[0]}
    pending = [
        (start, end)
        for start, end, label in paragraph.entities
        if label in ("ORG", "MISC", "PER")
        and ((start, end) in lone if label == "PER" else not overlaps(start, end, taken))
        and _listable(text[start:end], document)
        and not _surname(text[start:end], document)
    ]
    found = True
    while found:
        found = False
        for start, end in list(pending):
            if any(
                _LIST_GAP.fullmatch(text[other_end:start]) or _LIST_GAP.fullmatch(text[end:other_start])
                for other_start, other_end in orgs
                if other_end <= start or end <= other_start
            ):
                if (start, end) in lone:
                    out.remove(lone[start, end])
                add([text[start:end]], "organisation", start, end)
                orgs.append((start, end))
                pending.remove((start, end))
                found = True


def _surname(name: str, document: str) -> bool:
    """Whether the document writes a name after a capitalised word ("Rishi Sunak"): a surname."""
    return re.search(rf"[A-ZÀ-Ý][\w'\-]*[a-zà-ÿ]\s+{re.escape(name)}\b", document) is not None


def _listable(name: str, document: str) -> bool:
    """A single capitalised word that is neither a topic, a date word nor an ordinary word."""
    return (
        name.isalpha()
        and len(name) >= 3
        and name[0].isupper()
        and name.lower() not in lexicon.calendar_words()
        and name.lower() not in lexicon.abstract_nouns()
        and name not in words.GENERIC_CAPS
        and name not in lexicon.common_abbreviations()
        and not KIND_WORD.search(name)
        and not _common_noun(name, document)
    )


def _inside_a_name(paragraph: Paragraph, hit: Hit) -> bool:
    """Whether a country is a word inside a longer name, capitalised words on both sides of it
    ("South China Morning Post"), rather than named for itself."""
    text = paragraph.text
    for start, end, label in paragraph.entities:
        if label in ("ORG", "MISC") and start < hit.start and hit.end < end:
            before, after = text[start : hit.start].split(), text[hit.end : end].split()
            if before and after and before[-1][:1].isupper() and after[0][:1].isupper():
                return not KIND_WORD.search(text[start:end])
    return False


def _in_title(paragraph: Paragraph, span: Span) -> bool:
    """Whether a name sits in a title: a short quotation that opens with a capital ("« Sommet de
    Paris »"). Names in quoted speech («de la montée de l'Inde») count."""
    for quote in paragraph.quotes:
        quoted = paragraph.text[quote.start : quote.end]
        if quote.start <= span.start and span.end <= quote.end and quoted[:1].isupper():
            return len(quoted.split()) <= _TITLE_WORDS
    return False


def _instrument(name: str) -> bool:
    """Whether a name is a law's, a plan's or a declaration's: headed by its kind in French
    ("Initiative de ..."), ending on it in English ("Artificial Intelligence Act")."""
    tokens = name.split()
    if not tokens:
        return False
    first, last = _ELIDED.sub("", tokens[0]).lower(), tokens[-1].lower()
    return first in lexicon.instrument_heads() or (len(tokens) > 1 and last in lexicon.instrument_heads())


_BUILDING_REACH = 45  # characters before a name that may hold the building it names


def _person_entity(paragraph: Paragraph, start: int, end: int, label: str, add, document: str) -> None:
    """A person named in a span: spaCy's people, and other spans that a job title marks as one,
    or whose surname the document writes after "Mr", "Mme" or "Dr" ("Mr Benifei described...")."""
    text = paragraph.text
    found = person_in(text[start:end])
    if found is None:
        return
    name_start, name_end, titled = start + found[0], start + found[1], found[2]
    name = text[name_start:name_end]
    if _portfolio(text, name, name_start):
        return
    name_start += _portfolio_word(text, name, name_start)
    name = text[name_start:name_end]
    sentence = next((s for s in paragraph.sentences if s.start <= start < s.end), Span(0, len(text)))
    if label != "PER":
        if KIND_WORD.search(name) or not is_person_name(name):
            return  # "AI Safety Summit, le premier sommet...": an event in apposition
        if name.split()[-1].lower() in lexicon.instrument_heads():
            return  # "President Lula signed the AI Act": a law the title's own name is before
        # A place may follow a title without being titled by it ("the minister visited Bletchley Park").
        reach = 1 if label == "LOC" else _TITLE_REACH
        if not (
            titled
            or titled_before(text, sentence, name_start, reach=reach)
            or role_after(text, sentence, name_end)
            or _honoured(document, name)
        ):
            return
    elif _INDEFINITE.search(text[sentence.start : start]):
        return  # "un Van Gogh": a work, not its painter
    if lexicon.ends_on_a_building(text[max(sentence.start, name_start - _BUILDING_REACH) : name_start]):
        return  # "au Centre international de conférences Abdou Diouf": the building's namesake
    _person(name, name_start, name_end, add)


def _honoured(document: str, name: str) -> bool:
    """Whether the document calls the name's bearer by an honorific and the surname ("Mr Benifei")."""
    surname = name.split()[-1]
    return re.search(rf"\b{words.TITLE.pattern[1:]}{re.escape(surname)}(?![\w-])", document) is not None


def _portfolio(text: str, name: str, start: int) -> bool:
    """Whether a two-word name is what a job is over: "Minister for Digital Transformation" (but
    "Secretary of Commerce Gina Raimondo" is a person)."""
    return len(name.split()) == 2 and _job_before(text, start, _PORTFOLIO_END)


def _job_before(text: str, at: int, pattern: re.Pattern[str]) -> bool:
    """Whether a job's title up to "of"/"de" (and what ``pattern`` lets follow) ends at ``at``."""
    found = pattern.search(text, max(0, at - 60), at)
    return found is not None and found.group(1).lower() in words.ROLE_WORDS


def _after_portfolio(text: str, start: int) -> bool:
    """Whether a name follows a job's title that ends on a word it would not take: "Minister of
    Science and ICT Lee Jong-ho"."""
    last = _LAST_CAPITAL.search(text, max(0, start - 30), start)
    return last is not None and _job_before(text, last.start(), _PORTFOLIO_JOINED)


def _portfolio_word(text: str, name: str, start: int) -> int:
    """How far a name starts past the word that ends a job's title before it ("Secretary of State
    Marco Rubio", "Minister of Finance Jane Roe"): that word and its space, or nothing."""
    tokens = name.split()
    if len(tokens) > 2 and _job_before(text, start, _PORTFOLIO_JOINED):
        return len(tokens[0]) + 1
    return 0


def _person(raw: str, start: int, end: int, add) -> None:
    name = " ".join(raw.split()).strip(" ,;:")
    titled = words.TITLE.match(name)
    if titled:
        # "M. Le Maire" is Bruno Le Maire when he was named; "Mme Hélène Marchetti" is a full name.
        add([name], "person", start, end, title_only=True)
    elif is_person_name(name):
        add([name], "person", start, end)
    elif len(name.split()) == 1 and name[:1].isupper() and name.isalpha():
        add([name], "person", start, end, title_only=True)


# A capital "The" and one word after it: "The Senate", "The EU".
_THE_BODY = re.compile(r"The [^\W\d]\w*")
# "in Addis Ababa", "à Addis-Abeba": where something is, before a name.
_PLACED = re.compile(r"\b(?:in|at|à)\s+$", re.IGNORECASE)


def _organisation(
    raw: str,
    label: str,
    start: int,
    end: int,
    document: str,
    add,
    *,
    in_role: bool,
    portfolio: bool,
    after_article: bool,
    first_word: bool,
    text_after: str,
    placed: bool,
) -> None:
    """An organisation the recogniser's entity names, unless it is a job, an event, a building, a
    topic, a capital opening a sentence or, after "in" or "à" (``placed``), a city."""
    if _DANGLING.search(raw.rstrip()):
        goes_on = _GOES_ON.match(text_after)
        if goes_on is None:
            return
        raw, end, text_after = raw + goes_on.group(0), end + goes_on.end(), text_after[goes_on.end() :]
    name = tidy(without_date_tail(raw))  # "The Senate on Tuesday passed": when, no word of the name
    # "The Senate passed...": the capital opening the sentence, no word of the body's name, which
    # then opens no sentence ("The Future Society" keeps its own).
    opened = first_word and _THE_BODY.fullmatch(name) is not None
    opened = opened and (is_acronym(name[4:]) or name[4:].lower() in _org_words())
    if opened:
        name, first_word = name[4:], False
    tokens = name.split()
    if not tokens or not name[0].isupper() or len(tokens) > 8 or portfolio:
        return  # "the Minister for AI and Digital Government": what a job is over
    head = _ELIDED.sub("", tokens[0]).lower()
    # "la présidente de la Commission Ursula von der Leyen": an institution glued to the person it titles.
    if head in words.ORG_WORDS and is_person_name(" ".join(tokens[1:])) and in_role:
        add([" ".join(tokens[1:])], "person", start + raw.find(tokens[1]), end)
        return
    # "OCDE", "IP Paris"; not "Rule of Law", whose capitals are only its words' initials.
    acronym = any(is_acronym(token) for token in tokens)
    has_org_word = any(_ELIDED.sub("", t).lower() in _org_words() for t in tokens)
    if in_role and not (acronym or (has_org_word and len(tokens) >= 2 and _proper(tokens))):
        return  # "ministre de l'Economie", "présidente du Conseil italien": part of a job title
    # "Senior Fellow", "Former Minister": a job title, its modifier first.
    titled = head in words.ROLE_MODIFIERS and len(tokens) > 1 and tokens[1].lower() in words.ROLE_WORDS
    if (
        head in words.ROLE_WORDS
        or titled
        or any(t.lower() in words.ROLE_WORDS for t in tokens if t.islower())
        or _office_alone(tokens)
    ):
        return
    if KIND_WORD.search(name) or tokens[0] in words.GENERIC_CAPS or _instrument(name):
        return
    if is_adjective(tokens[-1]) and not has_org_word:
        return  # "the South Korean capital": a country's adjective
    if lexicon.names_a_building(name) or (len(tokens) > 1 and tokens[0].lower() in lexicon.venue_words()):
        return  # "Centre international de conférences", "Eko Convention Centre", "Palais des Nations": a building
    if tokens[0].rstrip(".") in _HONORIFIC_ALONE:
        # "Dr. Ama Mensah": a courtesy title and whose it is, or the title cut off by its full stop
        rest = " ".join(tokens[1:])
        if rest and is_person_name(rest):
            add([rest], "person", start + raw.find(tokens[1]), end)
        return
    if tokens[0] in lexicon.common_abbreviations() or any(
        t.lower() in lexicon.calendar_words() for t in tokens
    ):
        return
    if _common_noun(name, document) or _event_apposition(text_after):
        return
    # A capitalised "The" makes a proper name of topic words: "The Future Society".
    if not has_org_word and not acronym and tokens[0] != "The" and _abstract(tokens):
        return
    if first_word and len(tokens) == 1 and not acronym and not _MIXED_CASE.search(name):
        return  # "Artificial intelligence is...": a capital that only opens the sentence
    if len(tokens) == 1 and not acronym and _describes_a_body(text_after):
        return  # "the Japanese government said": an adjective of the body named after it
    # "le CHUM": a word of capitals after an article names a body, whichever label it was given.
    if (
        (has_org_word and (len(tokens) >= 2 or opened))
        or (label == "ORG" and acronym)
        or (after_article and _CAPITALS.match(name))
    ):
        add([name], "organisation", start, end)
    elif label == "ORG" and _proper(tokens) and not (placed and cities().lookup(name)):
        if len(tokens) == 1 and (after_article or _LEADING.match(raw)) and not has_org_word:
            return  # "l'Énergie, le Transport": capitalised common nouns; "le Sénat" is a body
        add([name], "organisation", start, end)
    elif label == "MISC" and len(tokens) == 1 and _MIXED_CASE.search(name):
        add([name], "organisation", start, end)  # "McKinsey", "OpenAI", "Make.org"


@functools.cache
def _after_a_building_word() -> re.Pattern[str]:
    """A building's common noun right before a name: "à l'hôtel Bayerischer Hof", "at the hotel Adlon"."""
    return re.compile(rf"\b(?:{'|'.join(sorted(lexicon.venue_words()))})\s+$", re.IGNORECASE)


@functools.cache
def _org_words() -> frozenset[str]:
    """The words that head or make a body's name, of the fixed list and the lexicon."""
    return frozenset(words.ORG_WORDS | lexicon.organisation_words())


def _office_alone(tokens: list[str]) -> bool:
    """Whether a name is an office after its article or its country's adjective ("The President",
    "Le Premier ministre", "Indian Prime Minister"): whoever holds it, not a body."""
    return (
        len(tokens) > 1
        and (tokens[0] in ("The", "Le", "La", "Les") or is_adjective(tokens[0]))
        and all(t.lower() in words.ROLE_WORDS | words.ROLE_MODIFIERS for t in tokens[1:])
    )


_WORD_AFTER = re.compile(r"\s+(?P<word>[a-z]+)\b")


def _describes_a_body(after: str) -> bool:
    """Whether a one-word name is the adjective of a country's state body told right after it
    ("the Japanese government", ``lexicon.state_bodies``)."""
    found = _WORD_AFTER.match(after)
    return found is not None and found["word"] in lexicon.state_bodies()


def _event_apposition(after: str) -> bool:
    """Whether a name is followed by a noun phrase saying it is an event ("X, le plus grand salon")."""
    found = _APPOSITION.match(after)
    return bool(found) and bool(KIND_WORD.search(found.group(1)))


def _abstract(tokens: list[str]) -> bool:
    """Whether a name is made only of words for topics ("Rule of Law", "Technology and Innovation")."""
    content = [_ELIDED.sub("", t).lower() for t in tokens if t.lower() not in _NAME_GLUE]
    return bool(content) and all(word in lexicon.abstract_nouns() for word in content)


def _proper(tokens: list[str]) -> bool:
    """Capitalised words with the particles and conjunctions a proper name may hold."""
    return all(
        t[0].isupper() or t.lower() in words.PARTICLES or t in ("&", "and", "of", "et") for t in tokens
    )


def _common_noun(name: str, document: str) -> bool:
    """Whether the text also writes the name as an ordinary word would be: in lower case, or with
    only its first word capitalised ("Etats Membres" beside "Etats membres")."""
    first, *rest = name.split(" ")
    variants = {name.lower(), " ".join([first, *(word.lower() for word in rest)])} - {name}
    for variant in variants:
        # Each word of a lower-case match is a whole word of the text: looking the words up first spares
        # most names a search of the whole text, which made long documents quadratic.
        if not _words_of(document).issuperset(_PLAIN_WORD.findall(variant)):
            continue
        if re.search(rf"(?<![\w']){re.escape(variant)}(?!\w)", document) is not None:
            return True
    return False


@functools.lru_cache(maxsize=1)
def _words_of(document: str) -> frozenset[str]:
    return frozenset(_PLAIN_WORD.findall(document))


def _group(candidates: list[_Candidate], gazetteer: Gazetteer) -> list[FoundActor]:
    """One actor per thing named: full names absorb titled surnames, acronyms their expansions."""
    full_people = [
        c
        for c in candidates
        if c.kind == "person" and (not c.title_only or is_person_name(words.TITLE.sub("", c.names[0])))
    ]
    # A person known by one name ("François" for the Pope) is one whom the text names so more than once.
    one_name = Counter(c.names[0] for c in candidates if c.title_only and not words.TITLE.match(c.names[0]))
    actors: list[FoundActor] = []
    by_key: dict[str, FoundActor] = {}

    def key_of(name: str) -> str:
        return normalise(name)

    for candidate in candidates:
        names = list(candidate.names)
        kind = candidate.kind
        if candidate.title_only:
            surname = _surname_key(names[0])
            match = next(
                (
                    p
                    for p in full_people
                    if surname
                    and p is not candidate
                    and _surname_key(p.names[0])[-len(surname) :] == surname
                    and len(_surname_key(p.names[0])) > len(surname)
                ),
                None,
            )
            bare = words.TITLE.sub("", names[0])
            if match is not None:
                full = words.TITLE.sub("", match.names[0])
                names = [full, names[0]] if names[0] != full else [full]
            elif is_person_name(bare):
                names = [bare, names[0]]
            elif one_name[names[0]] < 2 or names[0].lower() in lexicon.calendar_words():
                continue
        known = candidate.known
        if known is None:
            for name in names:
                known = gazetteer.lookup(name)
                if known is not None:
                    break
        if known is not None:
            if known.actor_kind is None:
                continue
            names = [known.name, *names]
            kind = known.actor_kind
        actor = next((by_key[key_of(n)] for n in names if key_of(n) in by_key), None)
        if actor is None:
            actor = FoundActor(name=names[0], kind=kind, quote=candidate.sentence)
            actors.append(actor)
        for name in names:
            if key_of(name) not in by_key:
                by_key[key_of(name)] = actor
            if name != actor.name and name not in actor.aliases:
                actor.aliases.append(name)
        actor.mentions.append(candidate.place)
    return actors


_JOINED = re.compile(r"\s*-\s*|\s+(?:and|et|&)\s+")


def _finish(
    actors: list[FoundActor], paragraphs: list[Paragraph], gazetteer: Gazetteer, publisher: str | None
) -> list[FoundActor]:
    """Roles read beside each person; the publisher and hyphenated pairs ("France-Québec") left out."""
    publisher_key = normalise(publisher) if publisher else None
    kept = []
    for actor in actors:
        if publisher_key and any(normalise(n) == publisher_key for n in actor.names()):
            continue
        if _names_a_pair(actor, actors):
            continue
        if actor.kind == "person":
            for index, start, end in actor.mentions:
                paragraph = paragraphs[index]
                sentence = next((s for s in paragraph.sentences if s.start <= start < s.end), None)
                if sentence is None:
                    continue
                people = tuple(s for s, _e, label in paragraph.entities if label == "PER")
                role = role_near(paragraph.text, sentence, start, end, people=people)
                if role:
                    actor.role = role
                    break
        kept.append(actor)
    return kept


def _names_a_pair(actor: FoundActor, actors: list[FoundActor]) -> bool:
    """Whether an organisation's name is only other actors' names joined by hyphens or "and"
    ("Chine-France", "Ruto and Kishida"), or a person's surname alone ("Kishida's visit")."""
    parts = [normalise(part) for part in _JOINED.split(actor.name)]
    if actor.kind != "organisation":
        return False
    if len(parts) < 2:
        surnames = {
            normalise(o.name.split()[-1]) for o in actors if o.kind == "person" and len(o.name.split()) > 1
        }
        return parts[0] in surnames
    others = {
        token
        for other in actors
        if other is not actor
        for name in other.names()
        for token in normalise(name).split()
    }
    return all(part in others for part in parts)
