"""Names as lookups compare them: lower case, no accents, no punctuation; initials; alike names."""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from rapidfuzz import fuzz

# Words that acronyms skip, in French and English ("OCDE", "GPAI").
_ACRONYM_SKIP = frozenset(
    [
        "a",
        "au",
        "aux",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "pour",
        "sur",
        "un",
        "une",
        "the",
        "of",
        "and",
        "for",
        "on",
        "in",
        "to",
        "at",
        "by",
    ]
)
_DOTTED = re.compile(r"\b(?:\w\.){2,}")
_NON_WORD = re.compile(r"[\W_]+")
_ASCII_NON_WORD = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


def normalise(text: str) -> str:
    """Lower case, no accents, no punctuation: "l’OCDE" and "l'ocde" both become "l ocde"."""
    if "." in text:
        text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    if not text.isascii():
        text = _combining_marks().sub("", unicodedata.normalize("NFKD", text))
        if not text.isascii():  # beyond the Latin alphabet: the general (slower) way
            bare = "".join(ch for ch in text if not unicodedata.combining(ch))
            return _NON_WORD.sub(" ", bare.casefold()).strip()
    # ASCII (most names, once their accents are gone): the same result, twice as fast as the regex
    return " ".join(text.lower().translate(_ASCII_NON_WORD).split())


@cache
def _combining_marks() -> re.Pattern[str]:
    """A pattern for the accents NFKD splits off (those in the BMP), much faster than a loop."""
    marks = [point for point in range(0x10000) if unicodedata.combining(chr(point))]
    runs: list[list[int]] = []
    for point in marks:
        if runs and runs[-1][1] == point - 1:
            runs[-1][1] = point
        else:
            runs.append([point, point])
    return re.compile("[" + "".join(f"\\u{low:04x}-\\u{high:04x}" for low, high in runs) + "]")


def acronym(normalised: str) -> str | None:
    """The initials of a name of three or more significant words, else None."""
    words = [word for word in normalised.split() if word not in _ACRONYM_SKIP]
    if len(words) < 3:
        return None
    return "".join(word[0] for word in words)


# The same words in long and short form, so that names compare alike ("l'IA", "l'intelligence artificielle").
_SHORT_FORMS = (
    (re.compile(r"\bintelligence artificielle\b"), "ia"),
    (re.compile(r"\bartificial intelligence\b"), "ai"),
)


def name_key(name: str) -> str:
    """A name's normalised form with long forms shortened, for telling whether two names are one."""
    key = normalise(name)
    for pattern, short in _SHORT_FORMS:
        key = pattern.sub(short, key)
    return key


def name_similarity(first: str, second: str) -> float:
    """0-100: how alike two names are, word order aside ("Sommet de Paris" and "Paris Sommet" are 100)."""
    return fuzz.token_sort_ratio(name_key(first), name_key(second))
