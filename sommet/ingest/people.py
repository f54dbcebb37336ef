"""Where a person's name lies in a recognised span, and whether words can be a person's name."""

from __future__ import annotations

import re
from functools import cache

from sommet.ingest import lexicon
from sommet.ingest import text as words
from sommet.ingest.events_words import KINDS, MILESTONES
from sommet.ingest.places import cities

_TOKEN = re.compile(r"\S+")
_ELIDED = re.compile(r"^[dlDL]'")
_EDGE = ",;:.()«»\"'"
# Small words that may follow a title inside a span but start an institution's name, not a person's.
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_OF = frozenset("de du des d l la le les of the for".split())


@cache
def particles() -> frozenset[str]:
    """Lower-case words inside people's names ("da" of "Lula da Silva", "ben", "al-")."""
    return words.PARTICLES | lexicon.name_particles()


def _capitalised(token: str) -> bool:
    """A name word: capitalised, or a particle glued by a hyphen to one ("al-Nahyane")."""
    if token[:1].isupper():
        return True
    head, _, rest = token.partition("-")
    return bool(rest) and head.lower() in particles() and rest[:1].isupper()


def is_person_name(name: str) -> bool:
    """Two to five capitalised words, allowing particles ("von der Leyen"), and no job title."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 5 or any(ch.isdigit() for ch in name):
        return False
    if not (tokens[0][0].isupper() and _capitalised(tokens[-1])):
        return False
    if tokens[0].lower() in words.ROLE_WORDS or tokens[-1] in words.GENERIC_CAPS:
        return False  # "Minister Jane", "White House AI"
    if tokens[-1].strip(".") in words.POSTNOMINALS:
        return False  # "If MEPs": letters after a name stand after its words, not in their place
    if tokens[-1].lower() in words.ROLE_WORDS and tokens[-2].islower():
        return False  # "à Lomé le Premier ministre": a place, then a title
    if tokens[-1].lower() in words.ROLE_WORDS and tokens[-2].endswith(("'s", "’s")):
        return False  # "Rwanda's President": whose office, not a name
    if _not_a_surname(tokens[-1].lower()) or tokens[0].lower() in lexicon.venue_words():
        return False  # "Winfield House", "Seoul Declaration", "Palais des Nations"
    if len(tokens) >= 3 and tokens[-1].lower() in lexicon.instrument_heads():
        return False  # "Algorithmic Transparency Bill": a text's head word, even a short one, ends no longer name

    if cities().lookup(name) is not None:
        return False  # "Milton Keynes" is a town
    if tokens[-1].lower() in KINDS or name.lower() in MILESTONES:
        return False  # "Safety Summit", "Royal Assent": an event
    for token in tokens:
        bare = token.lower().strip(".")
        if bare in words.ORG_WORDS:
            return False
        if not _capitalised(token) and bare not in particles():
            return False
    return True


def person_in(span: str) -> tuple[int, int, bool] | None:
    """Start and end of the name in a span, and whether a job title opened the span.

    "Premier ministre britannique Rishi Sunak" gives "Rishi Sunak", titled; "Rishi Sunak can be
    heard" gives "Rishi Sunak". A title followed by "de"/"of" names an institution: no person.
    """
    tokens = list(_TOKEN.finditer(span))
    index, titled = 0, False
    while index < len(tokens):
        bare = _ELIDED.sub("", tokens[index].group(0).strip(_EDGE)).lower()
        if (
            bare in words.ROLE_WORDS
            or bare in words.ROLE_MODIFIERS
            or (titled and bare in words.ROLE_SUFFIXES)
        ):
            titled, index = True, index + 1
        elif titled and bare in _OF:
            return None
        elif titled and tokens[index].group(0)[:1].islower():
            index += 1  # an adjective of the title: "britannique", "italian"
        else:
            break
    first = index
    while index < len(tokens) and (
        _capitalised(tokens[index].group(0).strip(_EDGE)) or tokens[index].group(0).lower() in particles()
    ):
        index += 1
        if tokens[index - 1].group(0)[-1] in ",;:":
            break  # "Rishi Sunak, who": the name ends at the comma
    while index > first and tokens[index - 1].group(0).lower() in particles():
        index -= 1
    while index - 1 > first and tokens[index - 1].group(0).strip(_EDGE) in words.POSTNOMINALS:
        index -= 1  # "Rachel Moss MP"
    # Capitalised titles and acronyms before the name: "Digital Minister Taro Kono", "ICT Jane Roe".
    for inside in range(index - 2, first - 1, -1):
        bare = tokens[inside].group(0).strip(_EDGE).lower()
        if bare in words.ROLE_WORDS or any(part in words.ROLE_WORDS for part in bare.split("-")):
            first, titled = inside + 1, True
            while index - first > 2 and tokens[first].group(0).strip(_EDGE).lower() in words.ROLE_SUFFIXES:
                first += 1  # "Secretary General Marta Novak"
            break
    while index - first > 2 and (
        _ACRONYM.match(bare := tokens[first].group(0).strip(_EDGE))
        or bare.lower() in lexicon.abstract_nouns()
    ):
        first += 1  # "ICT Jane Roe", "(Commissioner for Human) Rights Volker Türk": what a title is over
    if index == first:
        return None
    start, end = tokens[first].start(), tokens[index - 1].end()
    while end > start and span[end - 1] in _EDGE:
        end -= 1
    return start, end, titled


def _not_a_surname(last: str) -> bool:
    """A building's or a text's head word ends no person's name. Short heads ("Act", "Law", "Code",
    "White" of "White Paper") and roles ("Bruno Le Maire") are surnames too and are left alone."""
    return last in lexicon.venue_words() or (len(last) >= 6 and last in lexicon.instrument_heads())
