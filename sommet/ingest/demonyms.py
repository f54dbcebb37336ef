"""Countries named by a compound adjective: "la coopération franco-canadienne" names France and
Canada, "Sino-American talks" China and the United States. The parts are data (data/demonyms.json)."""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

DEMONYMS_FILE = Path(__file__).resolve().parent.parent.parent / "data" / "demonyms.json"


def _feminine(adjective: str) -> str:
    """The feminine of a French adjective of nationality ("canadienne", "grecque", "belge")."""
    if adjective.endswith("e"):
        return adjective
    return adjective + ("ne" if adjective.endswith("en") else "que" if adjective.endswith("c") else "e")


def _french_forms(adjective: str) -> list[str]:
    """The feminine and plural forms of a French adjective of nationality."""
    if adjective.endswith("e"):
        return [adjective, adjective + "s"]
    feminine = _feminine(adjective)
    return [adjective, adjective + ("" if adjective.endswith("s") else "s"), feminine, feminine + "s"]


@cache
def _data() -> dict:
    """The demonyms file, read once for the compounds and the French adjectives."""
    return json.loads(DEMONYMS_FILE.read_text(encoding="utf-8"))


@cache
def _compounds() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    data = _data()
    prefixes = {prefix.lower(): country for prefix, country in data["prefixes"].items()}
    forms: dict[str, str] = {}
    for lang, adjectives in data["adjectives"].items():
        for adjective, country in adjectives.items():
            for form in _french_forms(adjective) if lang == "fr" else [adjective]:
                forms[form.lower()] = country

    def alternation(words: dict[str, str]) -> str:
        return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))

    pattern = re.compile(
        rf"(?<![\w-])(?P<first>{alternation(prefixes)})-(?P<second>{alternation(forms)})(?![\w-])",
        re.IGNORECASE,
    )
    return pattern, prefixes, forms


def countries_in(text: str) -> list[tuple[int, int, tuple[str, str]]]:
    """Each compound adjective of the text: where it is and the two countries it names."""
    pattern, prefixes, forms = _compounds()
    return [
        (
            found.start(),
            found.end(),
            (prefixes[found.group("first").lower()], forms[found.group("second").lower()]),
        )
        for found in pattern.finditer(text)
    ]


def is_adjective(word: str) -> bool:
    """Whether a word is a country's adjective ("Indian", "britannique")."""
    return word.lower() in _compounds()[2]


@cache
def _french_adjectives() -> dict[str, str]:
    adjectives = _data()["adjectives"]["fr"]
    return {country.lower(): adjective for adjective, country in adjectives.items()}


def feminine_adjective(country: str) -> str | None:
    """A country's French adjective, feminine ("canadienne" for Canada), to name what is its own
    ("la présidence canadienne du G7"); None for a name the data gives no adjective."""
    adjective = _french_adjectives().get(country.lower())
    return None if adjective is None else _feminine(adjective)
