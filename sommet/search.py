"""Finding entries by what people type: normalisation and fuzzy ranking (the only rapidfuzz user)."""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from bisect import bisect_left, insort
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import accumulate, count

import numpy as np
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
_CANDIDATES = 200  # names picked by shared trigrams for a fuzzy lookup
_RESCORED = 60  # of those, how many (best by WRatio) are scored again on whole words
_POSTING_BUDGET = 200_000  # trigram postings counted per lookup, once _MIN_GRAMS are in
_MIN_GRAMS = 4
_PREFIX_SCAN = 500  # names read per length when many start alike; enough for a page of choices
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


_Found = tuple[int, float, str]  # tier, score, and the normalised name that scored them


class SearchIndex:
    """Every name and alias of every entry, ranked exact, then prefix, then fuzzy.

    Lookups never score every name: exact names come from a dict, prefixes from sorted lists of
    names of each length, and typos from the names that share most character trigrams with the
    query, which alone are scored with rapidfuzz. Updates change one entry in place.
    """

    def __init__(self) -> None:
        self._lock = threading.RLock()
        # An entry has one or more views (the shared one, and those of servers that edited it);
        # the tables hold each view under its own slot number.
        self._slots: dict[tuple[Owner, int], tuple[int, ...]] = {}
        self._views: dict[int, IndexEntry] = {}
        self._numbers = count()
        self._tables: dict[str, _Table] = {"event": _Table(), "actor": _Table()}
        self._replay: list[tuple[Owner, int, tuple[IndexEntry, ...]]] | None = None

    def build(self, entries: Iterable[IndexEntry]) -> None:
        """Index every entry anew; safe to run in a thread while lookups and updates go on.

        Lookups see the old index until the new one is ready; updates made meanwhile are applied
        to both, so none is lost whichever the store read first.
        """
        with self._lock:
            self._replay = []
        try:
            slots: dict[tuple[Owner, int], tuple[int, ...]] = {}
            views: dict[int, IndexEntry] = {}
            tables = {"event": _Table(), "actor": _Table()}
            for entry in entries:
                slot = next(self._numbers)
                key = (entry.owner, entry.id)
                slots[key] = (*slots.get(key, ()), slot)
                views[slot] = entry
                tables[entry.owner].add(entry, slot)
            for table in tables.values():
                table.freeze()
        finally:
            with self._lock:
                replay, self._replay = self._replay or [], None
        with self._lock:
            self._slots, self._views, self._tables = slots, views, tables
            for owner, entry_id, entry_views in replay:
                self._apply(owner, entry_id, entry_views)

    def update(self, owner: Owner, entry_id: int, views: Sequence[IndexEntry]) -> None:
        """Replace one entry's views, or drop the entry when it has none left."""
        with self._lock:
            if self._replay is not None:
                self._replay.append((owner, entry_id, tuple(views)))
            self._apply(owner, entry_id, tuple(views))

    def _apply(self, owner: Owner, entry_id: int, views: tuple[IndexEntry, ...]) -> None:
        for slot in self._slots.pop((owner, entry_id), ()):
            self._tables[owner].remove(self._views.pop(slot), slot)
        if views:
            slots = tuple(next(self._numbers) for _ in views)
            self._slots[(owner, entry_id)] = slots
            for slot, view in zip(slots, views, strict=True):
                self._views[slot] = view
                self._tables[owner].add(view, slot)

    def __len__(self) -> int:
        return len(self._slots)

    def rank(self, query: str, *, owner: Owner, guild_id: int | None, limit: int = CHOICES) -> list[Match]:
        """The best entries for a query, one row per entry, best first."""
        key = normalise(query)
        if not key:
            return []
        with self._lock:
            table = self._tables[owner]
            views = self._views

            def visible(slot: int) -> bool:
                return views[slot].visible_to(guild_id)

            found = table.exact_and_prefix(key, visible, limit)
            if len(found) < limit:
                for slot, scored in table.fuzzy(key, visible).items():
                    if slot not in found or scored[:2] > found[slot][:2]:
                        found[slot] = scored
            best: dict[int, tuple[int, _Found]] = {}  # entry id: (slot, its best finding)
            for slot, scored in found.items():
                entry_id = views[slot].id
                if entry_id not in best or scored[:2] > best[entry_id][1][:2]:
                    best[entry_id] = (slot, scored)
            ranked = sorted(
                best.values(), key=lambda item: (-item[1][0], -item[1][1], views[item[0]].names[0])
            )
            return [_match(views[slot], text, tier, score) for slot, (tier, score, text) in ranked[:limit]]

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


class _Table:
    """One owner's names, laid out so that no lookup has to score every name.

    Names are stored once each as a normalised key with the entries that bear it. The trigrams of
    the keys numbered by ``build`` are posted in bulk into one array (``posted``, sliced by
    ``spans``); keys numbered later get small appendable postings (``later``). A key nobody bears
    any more keeps its number and postings (they cannot be taken back cheaply) but is skipped.
    """

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.texts: list[str] = []
        self.holders: list[tuple[int, ...]] = []
        self.initials: dict[str, tuple[int, ...]] = {}  # only ever matched exactly
        self.by_length: dict[int, list[str]] = {}  # live keys of each length, sorted once frozen
        self.longest = 0
        self.spans: dict[int, tuple[int, int]] = {}
        self.posted = np.empty(0, dtype=np.int32)
        self.later: dict[int, array[int]] = {}
        self.frozen = False

    def add(self, entry: IndexEntry, slot: int) -> None:
        names, initials = _keys(entry)
        for key in initials:
            self.initials[key] = (*self.initials.get(key, ()), slot)
        for key in names:
            number = self.ids.get(key)
            if number is None:
                number = self._number(key)
            held = self.holders[number]
            if not held:
                bucket = self.by_length.setdefault(len(key), [])
                if self.frozen:
                    insort(bucket, key)
                else:
                    bucket.append(key)
                self.longest = max(self.longest, len(key))
            self.holders[number] = (*held, slot)

    def remove(self, entry: IndexEntry, slot: int) -> None:
        names, initials = _keys(entry)
        for key in initials:
            rest = tuple(held for held in self.initials.get(key, ()) if held != slot)
            if rest:
                self.initials[key] = rest
            else:
                self.initials.pop(key, None)
        for key in names:
            number = self.ids[key]
            self.holders[number] = tuple(held for held in self.holders[number] if held != slot)
            if not self.holders[number]:
                bucket = self.by_length[len(key)]
                del bucket[bisect_left(bucket, key)]

    def freeze(self) -> None:
        """Sort what ``add`` appended and post every trigram at once; later additions keep order."""
        for bucket in self.by_length.values():
            bucket.sort()
        self.spans, self.posted = _postings(self.texts)
        self.frozen = True

    def _number(self, key: str) -> int:
        number = len(self.texts)
        self.ids[key] = number
        self.texts.append(key)
        self.holders.append(())
        if self.frozen:
            for code in _grams(f" {key} "):
                posting = self.later.get(code)
                if posting is None:
                    posting = self.later[code] = array("i")
                posting.append(number)
        return number

    def exact_and_prefix(self, key: str, visible: Callable[[int], bool], limit: int) -> dict[int, _Found]:
        """Slots (entry views) named exactly ``key``, then those whose name starts with it, shortest first."""
        best: dict[int, _Found] = {}

        def take(holders: Iterable[int], tier: int, score: float, text: str) -> None:
            for slot in holders:
                if slot not in best and visible(slot):
                    best[slot] = (tier, score, text)

        number = self.ids.get(key)
        if number is not None:
            take(self.holders[number], EXACT, 100.0, key)
        take(self.initials.get(key, ()), EXACT, 100.0, key)
        for length in range(len(key) + 1, self.longest + 1):
            bucket = self.by_length.get(length)
            if not bucket:
                continue
            start = bisect_left(bucket, key)
            for position in range(start, min(start + _PREFIX_SCAN, len(bucket))):
                text = bucket[position]
                if not text.startswith(key):
                    break
                take(self.holders[self.ids[text]], PREFIX, 100.0 * len(key) / length, text)
            if len(best) >= limit:
                break
        return best

    def fuzzy(self, key: str, visible: Callable[[int], bool]) -> dict[int, _Found]:
        """Slots (entry views) whose names are close to ``key``, among those sharing most of its trigrams."""
        texts = [self.texts[number] for number in self._candidates(key) if self.holders[number]]
        hits = process.extract(key, texts, scorer=fuzz.WRatio, score_cutoff=_CANDIDATE_MIN, limit=_RESCORED)
        best: dict[int, _Found] = {}
        for text, wratio, _ in hits:
            tier = _tier(key, text)
            score = _score(key, text, tier, wratio)
            for slot in self.holders[self.ids[text]]:
                if visible(slot) and (slot not in best or (tier, score) > best[slot][:2]):
                    best[slot] = (tier, score, text)
        return best

    def _candidates(self, key: str) -> list[int]:
        """The numbers of the keys that share most trigrams with the query, at most _CANDIDATES.

        The query is not padded at its end: while someone types, its last word is unfinished.
        Trigrams are counted rarest first, and the commonest (" de", "ion") are left out once
        enough have been counted: they add time, not precision.
        """
        grams: list[tuple[int, list[np.ndarray]]] = []
        for code in _grams(f" {key}"):
            parts = []
            span = self.spans.get(code)
            if span is not None:
                parts.append(self.posted[span[0] : span[1]])
            extra = self.later.get(code)
            if extra is not None:
                parts.append(np.frombuffer(extra, dtype=np.int32))
            if parts:
                grams.append((sum(len(part) for part in parts), parts))
        grams.sort(key=lambda gram: gram[0])
        postings: list[np.ndarray] = []
        total = 0
        for used, (size, parts) in enumerate(grams):
            if total >= _POSTING_BUDGET and used >= _MIN_GRAMS:
                break
            postings += parts
            total += size
        if not postings:
            return []
        hits = np.concatenate(postings)
        del grams, postings  # release the appendable postings' buffers so that they can grow again
        if len(hits) <= _CANDIDATES:
            return _sorted_distinct(hits).tolist()
        counts = np.bincount(hits)
        numbers = np.flatnonzero(counts)
        if len(numbers) > _CANDIDATES:
            numbers = numbers[np.argpartition(counts[numbers], -_CANDIDATES)[-_CANDIDATES:]]
        return numbers.tolist()


def _grams(padded: str) -> set[int]:
    """The distinct trigrams of a string, each packed into one int (21 bits a code point)."""
    return {
        (ord(padded[i]) << 42) | (ord(padded[i + 1]) << 21) | ord(padded[i + 2])
        for i in range(len(padded) - 2)
    }


def _postings(texts: list[str]) -> tuple[dict[int, tuple[int, int]], np.ndarray]:
    """Every key's trigrams, packed as in ``_grams``, and for each the sorted numbers of the keys
    that contain it: one array, and where each trigram's run starts and ends in it.

    Done with numpy over all keys joined by NUL (which ``normalise`` never leaves in a key), as a
    loop in Python over tens of millions of trigrams takes a minute at a million names. Each
    (trigram, key) pair is packed into one int64 so that a plain sort groups them.
    """
    if not texts:
        return {}, np.empty(0, dtype=np.int32)
    points = np.frombuffer("\0".join(f" {text} " for text in texts).encode("utf-32-le"), dtype=np.uint32)
    separators = points == 0
    owners = np.cumsum(separators, dtype=np.int64)[:-2]  # separators before a trigram = its key number
    inside = ~(separators[:-2] | separators[1:-1] | separators[2:])
    wide = points.astype(np.int64)
    codes = ((wide[:-2] << 42) | (wide[1:-1] << 21) | wide[2:])[inside]
    del wide, separators
    distinct = _sorted_distinct(codes)
    pairs = np.searchsorted(distinct, codes) * len(texts) + owners[inside]
    del codes, owners
    pairs = _sorted_distinct(pairs)  # by trigram, then key; a key's repeated trigram counts once
    grams, keys = np.divmod(pairs, len(texts))
    del pairs
    starts = np.flatnonzero(np.concatenate(([True], grams[1:] != grams[:-1])))
    ends = np.append(starts[1:], len(grams))
    spans = dict(
        zip(distinct[grams[starts]].tolist(), zip(starts.tolist(), ends.tolist(), strict=True), strict=True)
    )
    return spans, keys.astype(np.int32)


def _sorted_distinct(values: np.ndarray) -> np.ndarray:
    """np.unique without its cost: numpy 2.4 hashes integers, many times slower than sorting here."""
    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]


def _keys(entry: IndexEntry) -> tuple[list[str], list[str]]:
    """An entry's distinct normalised names, and the distinct initials of its long names."""
    names: dict[str, None] = {}
    initials: dict[str, None] = {}
    for name in entry.names:
        key = normalise(name)
        if key:
            names[key] = None
            short = acronym(key)
            if short:
                initials[short] = None
    return list(names), list(initials)


def _match(entry: IndexEntry, key: str, tier: int, score: float) -> Match:
    """The Match for an entry found by ``key``, naming the first of its names that gave that key."""
    keys = [normalise(name) for name in entry.names]
    position = next(
        (i for i, k in enumerate(keys) if k == key),
        next((i for i, k in enumerate(keys) if acronym(k) == key), 0),
    )
    return Match(entry.owner, entry.id, entry.names[0], entry.names[position], tier, score)


def _score(query: str, text: str, tier: int, wratio: float) -> float:
    if tier == PREFIX:
        return 100.0 * len(query) / len(text)
    if tier == FUZZY:
        return _fuzzy(query, text)
    return wratio


def _tier(query: str, text: str) -> int:
    if query == text:
        return EXACT
    if text.startswith(query):
        return PREFIX
    return FUZZY


def _fuzzy(query: str, text: str) -> float:
    """How well a query with typos fits a name: the whole name, its start, or a run of its words.

    WRatio alone rewards any substring ("ai" inside "maison"), so candidates it finds are scored
    again here on whole words only. Both are normalised, so words are one space apart; a window
    is scored only when it could beat the best so far (``score_cutoff``).
    """
    best = fuzz.ratio(query, text)
    words = text.split()
    width = len(query.split())
    starts = list(accumulate((len(word) + 1 for word in words), initial=0))
    ceiling = 100.0 * _WORD_PENALTY
    for start in range(len(words) - width + 1):
        if best >= ceiling:
            break
        begin = starts[start]
        run = text[begin : starts[start + width] - 1]
        best = max(best, fuzz.ratio(query, run, score_cutoff=best / _WORD_PENALTY) * _WORD_PENALTY)
        if len(query) >= 4:
            head = text[begin : begin + len(query)]
            best = max(best, fuzz.ratio(query, head, score_cutoff=best / _WORD_PENALTY) * _WORD_PENALTY)
    return best


def _ties(top: Match, other: Match) -> bool:
    """Whether other is as good an answer as top, so that guessing between them would be wrong."""
    if other.tier != top.tier:
        return False
    if top.tier in (EXACT, PREFIX):
        return True
    return top.score - other.score < _TIE_MARGIN
