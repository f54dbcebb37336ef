"""Turning what someone types into an FTS5 query over document sentences: words, not syntax.

SQLite's tokenizer folds case and accents; there is no French stemmer in SQLite, so each word
becomes a prefix of itself with a common ending cut off ("organisé" finds "organisée",
"organisera"), and the words are OR-ed so that bm25 ranks the sentences holding most of them first.
"""

from __future__ import annotations

import re
import unicodedata

_WORD = re.compile(r"\w+")
# Question and function words in French and English: they say nothing about which sentence is meant.
_STOP = frozenset(
    """a à au aux avec ce ces cet cette dans de des du elle en est et il ils je la le les leur lui mais
    ne nous on ou où par pas pour qu que quel quelle quels quelles qui quoi sa se ses son sont sur ta te
    un une vos votre vous y été être a-t-il comment quand pourquoi combien ont fait
    the of and to in on at for by with from is are was were be been has have had do does did what who
    whom which when where why how that this these those it its an as or not""".split()
)
_ENDINGS = ("ations", "ation", "ements", "ement", "ées", "ée", "és", "es", "ing", "ed", "é", "e", "s")
_SHORTEST_STEM = 4
_MOST_WORDS = 12


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression for ``text``, or None when it holds no word worth searching."""
    stems: list[str] = []
    for word in _WORD.findall(_fold(text)):
        if word in _STOP or len(word) < 2:
            continue
        stem = _stem(word)
        if stem not in stems:
            stems.append(stem)
    if not stems:
        return None
    return " OR ".join(f'"{stem}"*' for stem in stems[:_MOST_WORDS])


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("'", " ")


def _stem(word: str) -> str:
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= _SHORTEST_STEM:
            return word[: -len(ending)]
    return word
