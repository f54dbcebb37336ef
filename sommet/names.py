"""Which of an entry's names to show a reader: the one in their language when the entry has one."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from sommet.i18n import LANGUAGES, catalogue, language
from sommet.models import Actor, Alias, Event

# Short words that only one of the two languages uses; enough to tell most titles apart.
_FUNCTION_WORDS = {
    "fr": {"de", "du", "des", "la", "le", "les", "l", "d", "sur", "pour", "et", "au", "aux", "en", "à"},
    "en": {"the", "of", "and", "for", "on", "to", "in", "with", "at"},
}
_WORDS = re.compile(r"[^\W\d_]+", re.UNICODE)
# Letters English words do not carry (names borrowed from French, like Québec, are found in both).
_FRENCH_LETTERS = set("éèêëàâçîïôûùœ")


def _words(text: str) -> list[str]:
    return [word.casefold() for word in _WORDS.findall(text)]


def _is_acronym(name: str) -> bool:
    return " " not in name.strip() and name.upper() == name and any(c.isalpha() for c in name)


@cache  # asked for every name shown; the catalogues do not change while the bot runs
def _kind_words(kind: str | None) -> dict[str, frozenset[str]]:
    """The words of an entry's kind that only one language uses ("summit", "sommet"; not "forum"):
    a name holding one is in that language ("Global AI Testing Summit")."""
    words = {lang: frozenset(_words(str(catalogue(lang).get(f"kind.{kind}", "")))) for lang in LANGUAGES}
    return {lang: words[lang].difference(*(words[o] for o in LANGUAGES if o != lang)) for lang in LANGUAGES}


def name_language(name: str, aliases: Sequence[Alias], kind: str | None = None) -> str | None:
    """The language a name is most likely in, None when nothing tells.

    Evidence: the function words it uses, the words of its kind it holds, the words it shares with
    the entry's other names in each language, accented words the English names lack, and which
    language the other names are in (an entry named in one language usually lists the other
    language's names).
    """
    words = _words(name)
    kind_words = _kind_words(kind)
    shared = {
        lang: {w for a in aliases if a.lang == lang for w in _words(a.name)} for lang in _FUNCTION_WORDS
    }
    scores = {}
    for lang, function_words in _FUNCTION_WORDS.items():
        scores[lang] = (
            2 * sum(w in function_words for w in words)
            + 2 * sum(w in kind_words[lang] for w in set(words))
            + sum(w in shared[lang] for w in set(words))
        )
    scores["fr"] += 2 * any(_FRENCH_LETTERS & set(w) and w not in shared["en"] for w in words)
    for lang, other in (("fr", "en"), ("en", "fr")):
        if shared[other] and not shared[lang]:
            scores[lang] += 1
    best = max(scores.values())
    leaders = [lang for lang, score in scores.items() if score == best]
    return leaders[0] if best and len(leaders) == 1 else None


def display_name(name: str, aliases: Sequence[Alias], lang: str | None, *, kind: str | None = None) -> str:
    """The name to show a reader of ``lang``: the entry's own name when it is in that language, when
    its language is unclear or when there is no other, else its first name in that language (an
    acronym for an acronym). People keep their name: their "aliases" are often titles."""
    if kind == "person":
        return name
    own = [alias.name for alias in aliases if lang and alias.lang == lang and alias.name != name]
    if not own:
        return name
    if _is_acronym(name):
        return next((alias for alias in own if _is_acronym(alias)), name)
    if name_language(name, aliases, kind) in (lang, None):
        return name
    return next((alias for alias in own if not _is_acronym(alias)), name)


def shown_name(entry: Event | Actor, locale: str | None) -> str:
    """An event's or actor's name for a reader in ``locale`` (a Babel locale such as "fr" or "en_GB")."""
    return display_name(entry.name, entry.aliases, language(locale), kind=entry.kind)
