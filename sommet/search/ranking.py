"""The ranking rules, applied to one entry at a time: the index picks the entries, these order them.

Rules, in order (after Meilisearch's, Typesense's and Algolia's for short names): more query words
matched; fewer typos; matched words in the query's order and close together; a whole name matched
and whole words over prefixes, then names with fewer words left over; words found in a name over
those found in the place, dates or description, and the main name over an alias; then prominence
(an entry that is the parent of another that ranks the same, then a dated, sourced, linked entry).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from sommet.search.text import acronym, normalise
from sommet.search.words import terms, word_cost
from sommet.store import IndexEntry, Owner

MAX_QUERY = 200
CHOICES = 25
CHOICE_LENGTH = 100
RUNNERS_UP = 10  # other matches offered under an answer
EXACT, PREFIX, FUZZY = 3, 2, 1  # how the query compares with the whole name that matched best
MAIN, ALIAS, INITIALS = 2, 1, 0  # which kind of name matched
FAR = 7  # words further apart than this are simply far apart

Cost = tuple[int, bool]  # typos, and whether the word matched only as a prefix


@dataclass(frozen=True)
class Query:
    """A query as the rules see it: its normalised text, and its words, each as its stored form
    followed by the form typed when that differs ("ai" is ("ia", "ai"))."""

    key: str
    words: tuple[tuple[str, ...], ...]

    @classmethod
    def parse(cls, text: str) -> Query | None:
        key = normalise(text[:MAX_QUERY])
        words = tuple(terms(key))
        return cls(key, words) if words else None


@dataclass(frozen=True)
class Name:
    text: str
    kind: int
    positions: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Prepared:
    """An entry view's names and other words, split into the positions the rules compare."""

    names: tuple[Name, ...]
    extras: frozenset[str]


def split_entry(entry: IndexEntry) -> Prepared:
    """An entry view's names as positions of words, its initials, and its other words."""
    names: list[Name] = []
    for number, text in enumerate(entry.names):
        key = normalise(text)
        if not key:
            continue
        names.append(Name(text, MAIN if number == 0 else ALIAS, tuple(terms(key))))
        short = acronym(key)
        if short:
            names.append(Name(text, INITIALS, ((short,),)))
    extras = {
        word for text in entry.facets() if text for position in terms(normalise(text)) for word in position
    }
    return Prepared(tuple(names), frozenset(extras))


prepare = lru_cache(maxsize=1 << 14)(split_entry)  # lookups rank the same few entries again and again


def entry_words(entry: IndexEntry) -> set[str]:
    """Every word the rules may compare with a query word: those of its names and of its place,
    dates and description."""
    split = split_entry(entry)
    words = set(split.extras)
    for name in split.names:
        for position in name.positions:
            words.update(position)
    return words


Verdict = tuple[tuple, str]  # the rules' verdict on an entry (higher is better), and the name that earned it


def scorer(
    query: Query, costs: Sequence[Mapping[str, Cost]], *, unlisted: Sequence[str] = ()
) -> Callable[..., Verdict | None]:
    """The rules for one query, given how each query word matches the words it matches at all;
    ``unlisted`` are forms of the last word whose many completions were not all listed."""
    last = len(query.words) - 1
    known: dict[str, list[tuple[int, Cost]]] = {}

    def matches(word: str) -> list[tuple[int, Cost]]:
        found = known.get(word)
        if found is None:
            found = [(i, cost) for i, listed in enumerate(costs) if (cost := listed.get(word)) is not None]
            completes = any(word.startswith(form) and word != form for form in unlisted)
            if completes and not any(i == last for i, _ in found):
                found.append((last, (0, True)))
            known[word] = found
        return found

    def verdict(entry: IndexEntry, only: int | None = None) -> Verdict | None:
        """The rules' verdict on an entry: on its best name, or on its name number ``only``."""
        prepared = prepare(entry)
        outside: list[Cost | None] = [None] * len(query.words)
        for word in prepared.extras:
            for i, cost in matches(word):
                if outside[i] is None or cost < outside[i]:  # type: ignore[operator]
                    outside[i] = cost
        best: Verdict | None = None
        for name in prepared.names if only is None else prepared.names[only : only + 1]:
            scored = _name_relevance(query, name, matches, outside)
            if scored is not None and (best is None or scored > best[0]):
                best = (scored, name.text)
        return best

    return verdict


def _name_relevance(
    query: Query, name: Name, matches: Callable[[str], list[tuple[int, Cost]]], outside: list[Cost | None]
) -> tuple | None:
    options: list[list[tuple[Cost, int]]] | None = None
    for place, alternatives in enumerate(name.positions):
        for word in alternatives:
            for i, cost in matches(word):
                if name.kind != INITIALS or cost == (0, False):
                    if options is None:
                        options = [[] for _ in query.words]
                    options[i].append((cost, place))
    if options is None:
        if not any(outside):
            return None
        options = [[] for _ in query.words]
    matched = typos = prefixes = extras = 0
    places: list[int] = []
    for i, found in enumerate(options):
        # A word of the name answers one query word, unless it stands for several ("intelligence artificielle").
        free = [(cost, p) for cost, p in found if p not in places or len(name.positions[p]) > 1]
        if free:
            lowest = min(cost for cost, _ in free)
            after = places[-1] + 1 if places else 0
            place = min((p for cost, p in free if cost == lowest), key=lambda p: abs(p - after))
            typo, prefix = lowest
            places.append(place)
        elif outside[i] is not None:
            typo, prefix = outside[i]  # type: ignore[misc]
            extras += 1  # as far from the other words as words can be
        else:
            continue
        matched += 1
        typos += typo
        prefixes += prefix
    if not matched:
        return None
    used = len(set(places))
    whole = extras == 0 and matched == len(query.words) and used == len(name.positions)
    distance = _distance(places) + (FAR * extras if matched > 1 else 0)
    return (matched, -typos, -distance, whole, -prefixes, -(len(name.positions) - used), -extras, name.kind)


def _distance(places: Sequence[int]) -> int:
    """How far apart, and out of order, consecutive query words are in the name."""
    total = 0
    for before, after in pairwise(places):
        step = after - before
        total += min(step - 1, FAR) if step > 0 else (min(-step, FAR) + 1 if step < 0 else 0)
    return total


@dataclass(frozen=True)
class Match:
    owner: Owner
    id: int
    name: str
    matched: str
    tier: int
    words: int = 0  # how many query words it matched
    rank: tuple = field(default=(), compare=False)

    def label(self, limit: int = CHOICE_LENGTH) -> str:
        """The entry's name, with the alias that matched when that differs; cut to ``limit``."""
        text = (
            self.name if normalise(self.matched) == normalise(self.name) else f"{self.name} ({self.matched})"
        )
        return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class Resolution:
    """A query's outcome: one entry (with close runners-up), several truly tied, or none with suggestions."""

    match: Match | None
    choices: tuple[Match, ...] = ()
    suggestions: tuple[Match, ...] = ()
    others: tuple[Match, ...] = ()


def order(query: Query, scored: Iterable[tuple[IndexEntry, tuple, str]], limit: int) -> list[Match]:
    """One Match per entry, best first: the rules, then prominence, then name and id."""
    best: dict[int, tuple[IndexEntry, tuple, str]] = {}
    for entry, verdict, text in scored:
        if entry.id not in best or verdict > best[entry.id][1]:
            best[entry.id] = (entry, verdict, text)
    parents: dict[tuple, set[int]] = {}
    for entry, verdict, _ in best.values():
        if entry.parent_id is not None:
            parents.setdefault(verdict, set()).add(entry.parent_id)

    def key(item: tuple[IndexEntry, tuple, str]) -> tuple:
        entry, verdict, _ = item
        return (*verdict, entry.id in parents.get(verdict, ()), entry.prominence)

    ranked = sorted(best.values(), key=lambda item: (item[0].names[0], item[0].id))
    ranked.sort(key=key, reverse=True)  # stable: entries that tie stay in name order
    out = []
    for item in ranked[:limit]:
        entry, verdict, text = item
        out.append(
            Match(entry.owner, entry.id, entry.names[0], text, _tier(query.key, text), verdict[0], key(item))
        )
    return out


def _tier(key: str, text: str) -> int:
    name = normalise(text)
    if key == name or key == acronym(name):
        return EXACT
    return PREFIX if name.startswith(key) else FUZZY


def answers(query: Query, match: Match) -> bool:
    """Whether a match is good enough to open: it matched most of the query's words."""
    return 2 * match.words > len(query.words)


def decide(query: Query, ranked: Sequence[Match]) -> Resolution:
    """Open the leading entry with its close runners-up, ask when the top ones are truly tied, or
    suggest the closest names."""
    strong = [m for m in ranked if answers(query, m)]
    if not strong:
        return Resolution(None, suggestions=tuple(ranked[:5]))
    top, rest = strong[0], strong[1:]
    close = tuple(m for m in rest if m.words == top.words)
    if close and close[0].rank == top.rank:
        return Resolution(None, choices=(top, *close[: CHOICES - 1]))
    return Resolution(top, others=close[:RUNNERS_UP])


def rank_every(query: str, entries: Iterable[IndexEntry], *, guild_id: int | None, limit: int) -> list[Match]:
    """The rules applied to every entry given, with no index: the yardstick the index is held to
    (in the tests and ``bench/lookup.py``)."""
    parsed = Query.parse(query)
    if parsed is None:
        return []
    seen = [entry for entry in entries if entry.visible_to(guild_id)]
    words = set().union(*(entry_words(entry) for entry in seen))
    last = len(parsed.words) - 1
    costs: list[dict[str, Cost]] = []
    for i, forms in enumerate(parsed.words):
        costs.append({})
        for word in words:
            found = [cost for form in forms if (cost := word_cost(form, word, last=i == last)) is not None]
            if found:
                costs[i][word] = min(found)
    verdict = scorer(parsed, costs)
    scored = [(entry, *found) for entry in seen if (found := verdict(entry)) is not None]
    return order(parsed, scored, limit)
