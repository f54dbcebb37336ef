"""Institutions named by their pattern, which the recogniser tends to cut or miss.

Head first, as in French and in "Ministry of ...": an organisation word, "of"/"de", then capitalised
words ("Ministry of Science, Technological Development and Innovation", "le ministère de
l'Industrie"). Head last, as in English: capitalised words, then an organisation word ("Startup
Alliance", "Ada Lovelace Institute").
"""

from __future__ import annotations

import re
from functools import cache

from sommet._dates_names import months, weekdays
from sommet.ingest import lexicon
from sommet.ingest import text as words

_CAPITAL = r"[A-ZÀ-Ý][\w\-]*(?:['’](?!s\b)[\w\-]+)?"  # "Défense", "l'Industrie"; not "Defence's"
# What joins the words of a name: a comma (", and"), a conjunction, or a preposition and article.
_JOIN = r"(?:,?\s+(?:(?:and|et|of|for|on|the|de|du|des|la|à|aux|au)\s+)*(?:l'|d')?)"
_OF = r"(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?|on\s+(?:the\s+)?|de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+|d')"
_TRAILING = re.compile(r"(?:[\s,]|\b(?:and|et|of|for|on|the|de|du|des|la|l'|d'))+$")
_ON = "on|in|of|le|en|du|de"  # what stands before a day
_NAMED_THE = re.compile(r"[\w,;]\s+The $")  # a capital "The" inside a sentence
# Heads written in lower case after an article that still open a name: "le canton de Genève".
_LOWER_HEADS = "ministère|canton|gouvernement|commissariat|secrétariat|parlement"


@cache
def organisation_heads() -> frozenset[str]:
    """The words that head an organisation's name ("commission", "senate"), in lower case."""
    return words.ORG_WORDS | lexicon.organisation_words()


def _heads() -> frozenset[str]:
    return organisation_heads() | lexicon.heads_before_of() | frozenset(_LOWER_HEADS.split("|"))


def _alternatives(words: frozenset[str]) -> str:
    return "|".join(sorted((w.capitalize() for w in words), key=len, reverse=True))


@cache
def _patterns() -> tuple[re.Pattern[str], ...]:
    heads = _alternatives(organisation_heads())
    first = _alternatives(organisation_heads() | lexicon.heads_before_of())
    return (
        # Up to three capitalised words may stand before the head: "Global Network of ...".
        re.compile(
            rf"(?<![\w'’])(?:(?!(?:The|Le|La|Les|L')\b){_CAPITAL}\s+){{0,3}}(?:{first})\s+{_OF}{_CAPITAL}(?:{_JOIN}{_CAPITAL})*"
        ),
        re.compile(rf"(?<=\b(?:le|la|du|au)\s)(?:{_LOWER_HEADS})\s+{_OF}{_CAPITAL}(?:{_JOIN}{_CAPITAL})*"),
        # A French body named after its members, in lower case: "Chambre des députés", "Cour des
        # comptes"; not where the name goes on past them ("Groupe des amis du processus d'Hiroshima").
        re.compile(rf"(?<![\w'’])(?:{heads})\s+des\s+[a-zà-ÿ]{{3,}}[sx]\b(?!\s+(?:du|de|des|d')[\s'])"),
        re.compile(
            rf"(?<![\w'’])(?!(?:The|Le|La|Les|L')\b){_CAPITAL}(?:\s+(?:(?:and|&)\s+)?{_CAPITAL}){{0,3}}\s+(?:{heads})\b"
        ),
        adjective_named(),
    )


@cache
def adjective_named() -> re.Pattern[str]:
    """A French body named by its head and adjectives, inside a sentence: "l'Assemblée nationale",
    "le Conseil constitutionnel", "la Banque centrale européenne"; not where the name goes on
    ("Conseil national du numérique", "Agence nationale pour la cybersécurité", "Groupe scientifique
    international indépendant sur l'IA"), which the recogniser reads whole: a punctuation mark, a
    conjunction, a relative pronoun or a verb's ending come next."""
    adjective = rf"[a-zà-ÿ]+(?:{words.ADJECTIVE_ENDINGS})s?\b"
    return re.compile(
        rf"(?<=[a-zà-ÿ][\s'’])(?:{_alternatives(organisation_heads())})(?:\s+{adjective}){{1,3}}"
        r"(?=\s*[,.;:)»\"”]|\s*$|\s+(?:et|ou|qui|que|si|a|ont|est|sont"
        r"|(?!(?:de|des|le|les|un|une|cette|ce|comme|entre|contre|selon|dans|depuis|avec|sous)\b)"
        r"[a-zà-ÿ]+(?:e|es|ent|ait|aient|it|ut|nd|ra|ront))\b)"
    )


@cache
def _date_tail() -> re.Pattern[str]:
    """ "the House of Delegates on April 24", "the Senate on Sept. 17": a month or a weekday, in full
    or shortened, is where the name ended."""
    spellings = {**months("en"), **months("fr"), **weekdays("en"), **weekdays("fr")}
    days = _alternatives(frozenset(word for word, name in spellings.items() if not name.abbreviated))
    short = _alternatives(frozenset(word for word, name in spellings.items() if name.abbreviated))
    return re.compile(rf"\s+(?:(?:{_ON})\s+)?(?:{days})\b.*$|\s+(?:{_ON})\s+(?:{short})(?:\..*)?$", re.DOTALL)


def without_date_tail(name: str) -> str:
    """A body's name without the day written after it ("the Senate on Tuesday")."""
    return _TRAILING.sub("", _date_tail().sub("", name))


def institution_names(
    text: str, people: list[tuple[int, int]], taken: list[tuple[int, int]] = ()
) -> list[tuple[int, int]]:
    """Spans of institution names, each cut before a person's name that follows it unpunctuated
    and before a name already read (an acronym's expansion); none that starts inside one."""
    out: list[tuple[int, int]] = []
    for pattern in _patterns():
        for found in pattern.finditer(text):
            start, end = found.span()
            if any(s <= start < e for s, e in [*taken, *out]):
                continue
            end = min([end, *(s for s, _e in [*people, *taken] if start < s < end)])
            name = without_date_tail(text[start:end])
            if lexicon.names_a_building(name):
                continue  # "Abdou Diouf International Conference Centre": where, not who
            if _NAMED_THE.search(text, 0, start):
                start, name = start - 4, "The " + name  # "with The Future Society": part of its name
            if len(name.split()) >= 2 and any(w.lower() in _heads() for w in name.split()):
                out.append((start, start + len(name)))
    return out
