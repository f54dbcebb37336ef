"""People, organisations and countries in a document: spaCy's entities, the gazetteer, and rules on top."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from sommet.ingest import text as words
from sommet.ingest.events_words import KIND_WORD
from sommet.ingest.gazetteer import Gazetteer, Hit, Known
from sommet.ingest.model import FoundActor
from sommet.ingest.nlp import Entity
from sommet.ingest.text import Span
from sommet.search import normalise

_ACRONYM = re.compile(r"^[A-Z0-9][A-Za-z0-9&.\-]{1,14}$")
_PAREN = re.compile(r"\(\s*([^()]{2,80}?)\s*\)")
# French articles in either case; English "the" only in lower case, as "The Future Society" keeps it.
_LEADING = re.compile(r"^(?:(?:[Ll]a|[Ll]e|[Ll]es|[Ll]'|the|[Dd]u|[Dd]es|de la|de l'|[Dd]')\s*)+")
_TRAILING = re.compile(r"[\s,;:.\-–'»«\"]+$")
_ELIDED = re.compile(r"^[dlDL]'")
_WORD = re.compile(r"[\w&][\w&.'\-]*")
_PLAIN_WORD = re.compile(r"\w+")
_MAX_ROLE_WORDS = 12
_ROLE_PHRASE = re.compile(
    r"\b(?:" + "|".join(sorted(words.ROLE_WORDS, key=len, reverse=True)) + r")\b[^,.;:()«»]*$", re.IGNORECASE
)
_SKIP_IN_ACRONYMS = frozenset("de du des d l la le les et en sur pour au aux of the and for on in".split())
_ROLE_BREAK = frozenset("dont avec with a ont est sont par by selon according".split())
_ROLE_STOP = re.compile(r"\s+(?:qui|dont|dans un|dans le|dans son|a|ont|est|sont|who|which|said|has|have)\s+")


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

    def sentence_at(self, position: int) -> str:
        for span in self.sentences:
            if span.start <= position < span.end:
                return self.text[span.start : span.end]
        return self.text


def is_acronym(name: str) -> bool:
    return (
        bool(_ACRONYM.match(name))
        and sum(ch.isupper() for ch in name) >= 2
        and name not in words.GENERIC_CAPS
    )


def tidy(name: str) -> str:
    """A name without leading articles, trailing punctuation or line breaks."""
    name = " ".join(name.split())
    name = _LEADING.sub("", name)
    return _TRAILING.sub("", name).strip()


def is_person_name(name: str) -> bool:
    """Two to five capitalised words, allowing particles ("von der Leyen"), and no job title."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in name):
        return False
    if not (tokens[0][0].isupper() and tokens[-1][0].isupper()):
        return False
    if tokens[0].lower() in words.ROLE_WORDS:
        return False
    for token in tokens:
        bare = token.lower().strip(".")
        if bare in words.ORG_WORDS:
            return False
        if not token[0].isupper() and bare not in words.PARTICLES:
            return False
    return True


def acronym_fits(expansion: str, acronym: str) -> bool:
    """Whether the acronym's capitals are the initials of the expansion's words, in order."""
    letters = [ch.lower() for ch in acronym if ch.isupper() or ch.isdigit()]
    initials = []
    for token in _WORD.findall(expansion):
        bare = _ELIDED.sub("", token)
        for part in re.split(r"[-&]", bare):
            if normalise(part):
                initials.append(normalise(part)[0])
    if not letters or not initials or letters[0] != initials[0]:
        return False
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return True


def acronym_pairs(paragraph: str) -> list[tuple[Span, Span]]:
    """(expansion, acronym) pairs written "Expansion (ACRO)" or "ACRO (Expansion)"."""
    pairs = []
    for found in _PAREN.finditer(paragraph):
        inner = found.group(1)
        before = paragraph[: found.start()].rstrip()
        if is_acronym(inner.replace(" ", "")) and len(inner.split()) <= 3:
            start = _expansion_start(before, inner)
            if start is not None:
                pairs.append((Span(start, len(before)), Span(found.start(1), found.end(1))))
        else:
            last = re.search(r"([A-Z][A-Za-z0-9&\-]{1,14})$", before)
            if last and is_acronym(last.group(1)) and acronym_fits(inner, last.group(1)):
                pairs.append((Span(found.start(1), found.end(1)), Span(last.start(1), last.end(1))))
    return pairs


def _expansion_start(before: str, acronym: str) -> int | None:
    """Where the words an acronym stands for begin: the earliest capitalised word that fits,
    else the latest word whose significant words give exactly the acronym's letters."""
    tokens = list(_WORD.finditer(before))[-14:]
    lowercase_fit = None
    for token in tokens:
        word = token.group(0)
        start = token.start() + (2 if _ELIDED.match(word) else 0)
        expansion = before[start:]
        if re.search(r"[,;:.!?]\s", expansion) or not acronym_fits(expansion, acronym):
            continue
        if before[start].isupper():
            return start
        significant = [w for w in normalise(expansion).split() if w not in _SKIP_IN_ACRONYMS]
        if len(significant) == sum(ch.isupper() for ch in acronym):
            lowercase_fit = start
    return lowercase_fit


def role_near(
    paragraph: str, sentence: Span, start: int, end: int, *, people: tuple[int, ...] = ()
) -> str | None:
    """The job title written beside a name: in apposition after it, or just before it.

    ``people`` are where other people's names start: "X, la ministre Y" is a list of
    people each titled before the name, and "la ministre" is Y's title, not X's.
    """
    after = paragraph[end : sentence.end]
    found = re.match(r"\s*,\s*(?:(?:le|la|l')\s*)?(?P<role>[^,;:()«»\"]+)", after)
    if found and not any(end + found.start("role") <= other < end + found.end("role") for other in people):
        role = _ROLE_STOP.split(found.group("role"))[0]
        # "Kenya's Cabinet Secretary": the title after a possessive.
        role = re.sub(r"^[A-Z][\w\-]*'s\s+", "", role) if re.match(r"^[A-Z][\w\-]*'s\s", role) else role
        head = [w.lower() for w in role.split()[:2]]
        if head and head[0] in words.ROLE_WORDS:
            return _short_role(role)
        # "Cabinet Secretary", "seule dirigeante": a title word second, unless a title stands before the name.
        if len(head) > 1 and head[1] in words.ROLE_WORDS:
            return _role_before(paragraph, sentence, start, people) or _short_role(role)
    return _role_before(paragraph, sentence, start, people)


def _role_before(paragraph: str, sentence: Span, start: int, people: tuple[int, ...]) -> str | None:
    before = paragraph[sentence.start : start].rstrip()
    before = before[:-1].rstrip() if before.endswith(",") else before
    tokens = before.split()[-10:]
    begin = None
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        bare = _ELIDED.sub("", token).lower().strip('«»"(')
        if token.endswith((",", ";", ":", ".", ")")) or bare in _ROLE_BREAK:
            break
        if bare in words.ROLE_WORDS:
            # Up to two adjectives may open the title: "the Italian foreign minister".
            for back in range(index, max(index - 3, -1), -1):
                previous = tokens[back - 1].lower() if back else ""
                if not previous or previous in words.DETERMINERS or previous.endswith(","):
                    begin = back
                    break
                if previous in words.ROLE_WORDS or previous in _ROLE_BREAK:
                    break
    if begin is None:
        return None
    role = " ".join(tokens[begin:])
    for other in people:
        # "les cofondateurs d'OpenAI Sam Altman et Elon Musk": the title before a list of names.
        between = " ".join(paragraph[other:start].split())
        if sentence.start <= other < start and between and role.endswith(between) and role != between:
            role = re.sub(r"\s+(?:et|and)$", "", role[: -len(between)].rstrip())
            break
    return _short_role(role)


def _short_role(role: str) -> str:
    tokens = role.split()[:_MAX_ROLE_WORDS]
    return _TRAILING.sub("", " ".join(tokens))


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
    actors = _group(candidates, gazetteer)
    return _finish(actors, paragraphs, gazetteer, publisher)


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
        if KIND_WORD.match(long_name) or words.inside(paragraph.quotes, expansion.start, expansion.end):
            taken.append((expansion.start, acronym.end))  # an event's name: events.py reads it
            continue
        known = gazetteer.lookup(long_name) or gazetteer.lookup(short)
        if known is not None and known.kind not in ("organisation", "country"):
            taken.append((expansion.start, acronym.end))
            continue
        kind = known.kind if known else "organisation"
        add([long_name, short], kind, expansion.start, max(expansion.end, acronym.end), known)

    # An organisation's longer name around a known one ("Benelux Telecom") is read from spaCy's entity.
    longer = [
        (s, e)
        for s, e, label in paragraph.entities
        if label == "ORG" and all(t[:1].isupper() or t == "&" for t in text[s:e].split())
    ]
    for hit in paragraph.known:
        if overlaps(hit.start, hit.end, taken) or overlaps(hit.start, hit.end, persons):
            continue
        if hit.known.kind == "organisation" and any(
            s <= hit.start and hit.end <= e and (s, e) != (hit.start, hit.end) for s, e in longer
        ):
            continue
        if words.inside(paragraph.quotes, hit.start, hit.end):
            continue
        surface = text[hit.start : hit.end]
        if hit.known.kind in ("organisation", "country"):
            add([surface], hit.known.kind, hit.start, hit.end, hit.known)
        else:
            taken.append((hit.start, hit.end))

    for start, end, label in paragraph.entities:
        if overlaps(start, end, taken):
            continue
        raw = text[start:end]
        if "\n" in raw or words.inside(paragraph.quotes, start, end):
            continue
        if label == "PER":
            _person(raw, start, end, add)
        elif label in ("ORG", "MISC", "LOC"):
            sentence_start = next((s.start for s in paragraph.sentences if s.start <= start < s.end), 0)
            before = text[max(sentence_start, start - 80) : start]
            in_role = bool(_ROLE_PHRASE.search(before))
            after_article = bool(re.search(r"(?:\b(?:le|la|les|du|des)\s+|\bl')$", before, re.IGNORECASE))
            _organisation(raw, label, start, end, document, add, in_role=in_role, after_article=after_article)
    return out


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


def _organisation(
    raw: str, label: str, start: int, end: int, document: str, add, *, in_role: bool, after_article: bool
) -> None:
    name = tidy(raw)
    tokens = name.split()
    if not tokens or not name[0].isupper() or len(tokens) > 8:
        return
    head = _ELIDED.sub("", tokens[0]).lower()
    # "la présidente de la Commission Ursula von der Leyen": an institution glued to the person it titles.
    if head in words.ORG_WORDS and is_person_name(" ".join(tokens[1:])) and in_role:
        add([" ".join(tokens[1:])], "person", start + raw.find(tokens[1]), end)
        return
    if in_role and len(tokens) == 1:
        return  # "ministre de l'Economie et des Finances": part of a job title
    if head in words.ROLE_WORDS or any(t.lower() in words.ROLE_WORDS for t in tokens if t.islower()):
        return
    if KIND_WORD.search(name) or tokens[0] in words.GENERIC_CAPS:
        return
    if _common_noun(name, document):
        return
    has_org_word = any(_ELIDED.sub("", t).lower() in words.ORG_WORDS for t in tokens)
    if (has_org_word and len(tokens) >= 2) or (label == "ORG" and is_acronym(name.replace(" ", ""))):
        add([name], "organisation", start, end)
    elif label == "ORG" and all(t[0].isupper() or t.lower() in words.PARTICLES or t == "&" for t in tokens):
        if len(tokens) == 1 and (after_article or _LEADING.match(raw)):
            return  # "l'Énergie, le Transport": capitalised common nouns
        add([name], "organisation", start, end)
    elif label == "MISC" and len(tokens) == 1 and re.search(r"[a-z][A-Z]|\.[a-z]{2,4}$", name):
        add([name], "organisation", start, end)  # "McKinsey", "OpenAI", "Make.org"


def _common_noun(name: str, document: str) -> bool:
    """Whether the text also writes the name in lower case, as an ordinary word would be."""
    lower = name.lower()
    if lower == name:
        return False
    # Each word of a lower-case match is a whole word of the text: looking the words up first spares
    # most names a search of the whole text, which made long documents quadratic.
    if not _words_of(document).issuperset(_PLAIN_WORD.findall(lower)):
        return False
    return re.search(rf"(?<![\w']){re.escape(lower)}(?!\w)", document) is not None


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
            else:
                continue
        known = candidate.known
        if known is None:
            for name in names:
                known = gazetteer.lookup(name)
                if known is not None:
                    break
        if known is not None:
            if known.kind not in ("organisation", "country"):
                continue
            names = [known.name, *names]
            kind = known.kind
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
    """Whether an organisation's name is only other actors' names joined by hyphens ("Chine-France")."""
    parts = [normalise(part) for part in actor.name.split("-")]
    if actor.kind != "organisation" or len(parts) < 2:
        return False
    others = {
        token
        for other in actors
        if other is not actor
        for name in other.names()
        for token in normalise(name).split()
    }
    return all(part in others for part in parts)
