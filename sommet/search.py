"""Finding entries by what people type: normalisation and fuzzy ranking (the only rapidfuzz user)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from sommet.errors import UserError
from sommet.store import IndexEntry, Owner

MAX_QUERY = 200
CHOICES = 25
CHOICE_LENGTH = 100

EXACT, PREFIX, FUZZY = 3, 2, 1
_FUZZY_MIN = 80.0  # below this a candidate is only a suggestion
_WORD_PENALTY = 0.95  # matching some of a name's words is a little weaker than matching it all
_CANDIDATE_MIN = 50.0  # what WRatio must reach to be scored again on whole words
SUGGEST_MIN = 60.0
_TIE_MARGIN = 3.0
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


def normalise(text: str) -> str:
    """Lower case, no accents, no punctuation: "l’OCDE" and "l'ocde" both become "l ocde"."""
    text = _DOTTED.sub(lambda m: m.group(0).replace(".", ""), text)
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _NON_WORD.sub(" ", bare.casefold()).strip()


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


@dataclass(frozen=True)
class Match:
    owner: Owner
    id: int
    name: str
    matched: str
    tier: int
    score: float

    def label(self, limit: int = CHOICE_LENGTH) -> str:
        """The entry's name, with the alias that matched when that differs; cut to ``limit``."""
        text = (
            self.name if normalise(self.matched) == normalise(self.name) else f"{self.name} ({self.matched})"
        )
        return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Resolution:
    """A query's outcome: one entry, several equally good ones, or none with suggestions."""

    match: Match | None
    choices: tuple[Match, ...] = ()
    suggestions: tuple[Match, ...] = ()


@dataclass(frozen=True)
class _Name:
    owner: Owner
    id: int
    entry: IndexEntry  # the view of the entry this name belongs to, which says who sees it
    text: str
    initials: bool = False


class SearchIndex:
    """Every name and alias of every entry, ranked exact, then prefix, then fuzzy."""

    def __init__(self) -> None:
        # Each entry has one or more views: the shared one and those of servers that edited it.
        self._entries: dict[tuple[Owner, int], tuple[IndexEntry, ...]] = {}
        self._names: list[_Name] = []
        self._keys: list[str] = []
        self._dirty = False

    def build(self, entries: Iterable[IndexEntry]) -> None:
        grouped: dict[tuple[Owner, int], list[IndexEntry]] = {}
        for entry in entries:
            grouped.setdefault((entry.owner, entry.id), []).append(entry)
        self._entries = {key: tuple(views) for key, views in grouped.items()}
        self._dirty = True

    def update(self, owner: Owner, entry_id: int, views: Sequence[IndexEntry]) -> None:
        """Replace one entry's views, or drop the entry when it has none left."""
        if views:
            self._entries[(owner, entry_id)] = tuple(views)
        else:
            self._entries.pop((owner, entry_id), None)
        self._dirty = True

    def __len__(self) -> int:
        return len(self._entries)

    def _flatten(self) -> None:
        """Lay every name, and the initials of long names, out as parallel lists for rapidfuzz."""
        names: list[_Name] = []
        keys: list[str] = []
        for entry in (view for views in self._entries.values() for view in views):
            seen: set[str] = set()
            for name in entry.names:
                key = normalise(name)
                for variant, initials in ((key, False), (acronym(key), True)):
                    if variant and variant not in seen:
                        seen.add(variant)
                        keys.append(variant)
                        names.append(_Name(entry.owner, entry.id, entry, name, initials))
        self._names, self._keys = names, keys
        self._dirty = False

    def rank(self, query: str, *, owner: Owner, guild_id: int | None, limit: int = CHOICES) -> list[Match]:
        """The best entries for a query, one row per entry, best first."""
        key = normalise(query)
        if not key:
            return []
        if self._dirty:
            self._flatten()
        best: dict[int, Match] = {}
        hits = process.extract(key, self._keys, scorer=fuzz.WRatio, score_cutoff=_CANDIDATE_MIN, limit=None)
        for text, score, position in hits:
            name = self._names[position]
            if name.owner != owner or not name.entry.visible_to(guild_id):
                continue
            if name.initials and text != key:
                continue
            tier = _tier(key, text)
            if tier == PREFIX:
                score = 100.0 * len(key) / len(text)
            elif tier == FUZZY:
                score = _fuzzy(key, text)
            match = Match(owner, name.id, name.entry.names[0], name.text, tier, score)
            current = best.get(name.id)
            if current is None or (match.tier, match.score) > (current.tier, current.score):
                best[name.id] = match
        ranked = sorted(best.values(), key=lambda m: (-m.tier, -m.score, m.name))
        return ranked[:limit]

    def resolve(self, query: str, *, owner: Owner, guild_id: int | None) -> Resolution:
        """Pick one entry, or say the query is ambiguous, or offer the closest names."""
        if len(query) > MAX_QUERY:
            raise UserError("lookup.too_long", length=len(query), limit=MAX_QUERY)
        if not normalise(query):
            raise UserError("lookup.empty")
        ranked = self.rank(query, owner=owner, guild_id=guild_id, limit=CHOICES)
        strong = [m for m in ranked if m.tier > FUZZY or m.score >= _FUZZY_MIN]
        if not strong:
            close = [m for m in ranked if m.score >= SUGGEST_MIN]
            return Resolution(None, suggestions=tuple(close[:5]))
        top = strong[0]
        rivals = [m for m in strong[1:] if _ties(top, m)]
        if rivals:
            return Resolution(None, choices=(top, *rivals))
        return Resolution(top)


def _tier(query: str, text: str) -> int:
    if query == text:
        return EXACT
    if text.startswith(query):
        return PREFIX
    return FUZZY


def _fuzzy(query: str, text: str) -> float:
    """How well a query with typos fits a name: the whole name, its start, or a run of its words.

    WRatio alone rewards any substring ("ai" inside "maison"), so candidates it finds are scored
    again here on whole words only.
    """
    best = fuzz.ratio(query, text)
    words = text.split()
    width = len(query.split())
    for start in range(len(words) - width + 1):
        window = " ".join(words[start:])
        best = max(
            best,
            fuzz.ratio(query, " ".join(words[start : start + width])) * _WORD_PENALTY,
            fuzz.ratio(query, window[: len(query)]) * _WORD_PENALTY if len(query) >= 4 else 0.0,
        )
    return best


def _ties(top: Match, other: Match) -> bool:
    """Whether other is as good an answer as top, so that guessing between them would be wrong."""
    if other.tier != top.tier:
        return False
    if top.tier in (EXACT, PREFIX):
        return True
    return top.score - other.score < _TIE_MARGIN
