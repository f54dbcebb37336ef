"""Ceilings on how the ranking rules can rank each name, worked out for many names at once.

A loose ceiling counts how well each query word matches some word of a name. A tight one replays
the rules' choice of places on bit masks of where each word sits in the name, which gives how
close together and how whole the match is: for most names it is the rules' own verdict, so only
names that can still make the list are handed to the rules. Tight ceilings are worked out a chunk
at a time, for the names whose loose ceiling is still in reach.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, islice
from operator import itemgetter

import numpy as np

from sommet.search.ranking import FAR

WORD, TYPO = 100_000, 300  # a query word a name matches, and a typo in it, in a name's score
OUTSIDE = 1 << 62  # in a word's places: the word is (also) in the place, dates or description
PLACES = 50  # places kept as bits; a word further on counts as OUTSIDE (floats hold 53 bits exactly)
_ONE = np.int64(1)


def word_places(positions: tuple[tuple[str, ...], ...], extras: Iterable[str]) -> tuple[dict[str, int], int]:
    """Each word of a name with the places it sits at, and the places that may answer several
    query words (those holding more than one word, "intelligence artificielle")."""
    masks: dict[str, int] = {}
    shared = 0
    for place, position in enumerate(positions):
        bit = 1 << place if place < PLACES else OUTSIDE
        if len(position) > 1 and bit != OUTSIDE:
            shared |= bit
        for word in position:
            masks[word] = masks.get(word, 0) | bit
    for word in extras:
        masks[word] = masks.get(word, 0) | OUTSIDE
    return masks, shared


@dataclass(frozen=True)
class Rows:
    """Each name's words with their places, one run of rows per name (those filed at the build)."""

    start: np.ndarray  # per name, where its rows start (one more at the end)
    words: np.ndarray
    masks: np.ndarray
    shared: np.ndarray  # per name


@dataclass(frozen=True)
class Scoring:
    """How each query word values each word number (0: no match); ``completed`` are the number
    ranges of the words that complete the last query word."""

    numbers: list[np.ndarray]  # per query word, the numbers of the words it matches, sorted
    values: list[np.ndarray]
    completed: list[tuple[int, int]]

    def value(self, i: int, words: np.ndarray) -> np.ndarray:
        numbers, values = self.numbers[i], self.values[i]
        found = np.zeros(len(words), dtype=np.int64)
        if len(numbers):
            at = np.minimum(np.searchsorted(numbers, words), len(numbers) - 1)
            found = np.where(numbers[at] == words, values[at], 0)
        if i == len(self.numbers) - 1:
            for low, high in self.completed:
                found = np.where((words >= low) & (words < high), np.maximum(found, WORD - 1), found)
        return found


def _highest(bits: np.ndarray) -> np.ndarray:
    """The highest set bit of each value (-1 for 0); exact below 2**53."""
    return np.frexp(bits.astype(np.float64))[1].astype(np.int64) - 1


def places_taken(
    rows: Rows, units: np.ndarray, scoring: Scoring
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(exact, distance, places used) per name, by the rules' own choices: each query word takes,
    among the free places holding its best match, the one nearest after the previous word's.

    Exact is False where that replay may differ from the rules: a word also found outside the
    name, a best match whose places are all taken, a name filed after the build or of initials."""
    exact = np.zeros(len(units), dtype=bool)
    distance = np.zeros(len(units), dtype=np.int64)
    used = np.zeros(len(units), dtype=np.int64)
    filed = units < len(rows.start) - 1
    starts = np.zeros(len(units), dtype=np.int64)
    starts[filed] = rows.start[units[filed]]
    lengths = np.zeros(len(units), dtype=np.int64)
    lengths[filed] = rows.start[units[filed] + 1] - starts[filed]
    some = np.flatnonzero(lengths)
    if not len(some):
        return exact, distance, used
    starts, lengths = starts[some], lengths[some]
    offsets = np.cumsum(lengths) - lengths
    at = np.arange(int(lengths.sum())) + np.repeat(starts - offsets, lengths)
    owner = np.repeat(np.arange(len(some)), lengths)
    words, masks, shared = rows.words[at], rows.masks[at], rows.shared[units[some]]
    ok = np.ones(len(some), dtype=bool)
    taken = np.zeros(len(some), dtype=np.int64)
    last = np.full(len(some), -1, dtype=np.int64)
    steps = np.zeros(len(some), dtype=np.int64)
    for i in range(len(scoring.numbers)):
        value = scoring.value(i, words)
        best = np.maximum.reduceat(value, offsets)
        hit = value > 0
        ok &= (np.bitwise_or.reduceat(np.where(hit, masks, 0), offsets) & OUTSIDE) == 0
        top = np.bitwise_or.reduceat(np.where(hit & (value == best[owner]), masks, 0), offsets) & ~OUTSIDE
        free = top & ~(taken & ~shared)
        ok &= (best == 0) | (free != 0)
        active = free != 0
        after = last + 1
        below = free & ((_ONE << after) - 1)
        above = free >> after
        low = _highest(below)
        up = _highest(above & -above)
        place = np.where((below != 0) & ((above == 0) | (after - low <= up)), low, after + up)
        step = place - last
        cost = np.where(
            step > 0, np.minimum(step - 1, FAR), np.where(step < 0, np.minimum(-step, FAR) + 1, 0)
        )
        steps += np.where(active & (last >= 0), cost, 0)
        taken |= np.where(active, _ONE << np.where(active, place, 0), 0)
        last = np.where(active, place, last)
    exact[some], distance[some], used[some] = ok, steps, np.bitwise_count(taken)
    return exact, distance, used


def _pack(*columns: np.ndarray) -> np.ndarray:
    """One int per name that orders like its ceiling (each column made non-negative and bounded)."""
    matched, typos, distance, whole, prefixes, leftover, kind, parent, prominence = columns
    packed = matched.astype(np.int64)
    for value, width in (
        (511 - typos, 512),
        (1023 - distance, 1024),
        (whole, 2),
        (511 - prefixes, 512),
        (127 - leftover, 128),
        (kind, 4),
        (parent, 2),
        (prominence + 128, 256),
    ):
        packed = packed * width + value
    return packed


def _ceilings(*columns: list[int]) -> list[tuple]:
    """Ceilings as the rules' keys: (matched, -typos, -distance, whole, -prefixes, -left over,
    extras, kind, parent, prominence)."""
    return [
        (m, -t, -d, bool(w), -p, -r, 0, k, bool(a), b)
        for m, t, d, w, p, r, k, a, b in zip(*columns, strict=True)
    ]


def best_first(
    found: np.ndarray, columns: dict[str, np.ndarray], rows: Rows, scoring: Scoring, *, first: int
) -> Iterator[tuple[list[int], list[tuple]]]:
    """(names, ceilings) in growing chunks, best ceiling first: tight ceilings for the names
    whose loose one is in reach, handed out once no loose ceiling left can beat them.

    ``columns`` holds, per name found: matched, typos, prefixes (each query word at its best),
    size, kind, parent and prominence."""
    matched, typos, prefixes = columns["matched"], columns["typos"], columns["prefixes"]
    size, kind, parent, prominence = (
        columns["size"],
        columns["kind"],
        columns["parent"],
        columns["prominence"],
    )
    words = len(scoring.numbers)
    whole = ((size <= matched) & (matched == words)).astype(np.int64)
    leftover = np.minimum(np.maximum(size - matched, 0), 127)
    distance = np.zeros(len(found), dtype=np.int64)
    loose = _pack(matched, typos, distance, whole, prefixes, leftover, kind, parent, prominence)
    tight = np.zeros(len(found), dtype=np.int64)
    done = np.zeros(len(found), dtype=bool)
    waiting = np.empty(0, dtype=np.int64)  # tightened, not handed out yet
    end = first
    while True:
        if end < len(found):
            chunk = np.argpartition(-loose, end - 1)[:end]
            reach = loose[chunk].min()  # no name outside the chunk has a higher loose ceiling
        else:
            chunk, reach = np.arange(len(found)), None
        new = chunk[~done[chunk]]
        done[new] = True
        exact, steps, used = places_taken(rows, found[new], scoring)
        distance[new] = np.where(exact, steps, 0)
        left = np.where(exact, size[new] - used, leftover[new])
        leftover[new] = np.minimum(left, 127)
        whole[new] = np.where(exact, (used == size[new]) & (matched[new] == words), whole[new])
        tight[new] = _pack(
            *(column[new] for column in (matched, typos, distance, whole, prefixes, leftover)),
            kind[new],
            parent[new],
            prominence[new],
        )
        waiting = np.concatenate((waiting, new))
        ready = np.ones(len(waiting), dtype=bool) if reach is None else tight[waiting] >= reach
        out = waiting[ready]
        out = out[np.argsort(-tight[out], kind="stable")]
        waiting = waiting[~ready]
        columns = (matched, typos, distance, whole, prefixes, leftover, kind, parent, prominence)
        start, step = 0, first
        while start < len(out):  # a few at a time: the caller often stops early
            part = out[start : start + step]
            yield found[part].tolist(), _ceilings(*(column[part].tolist() for column in columns))
            start, step = start + step, step * 4
        if reach is None:
            return
        end *= 4


Chunks = Iterator[tuple[list[int], list[tuple]]]  # (names, ceilings), best first


def standing(size: int, kind: int, parent: int, prominence: int) -> int:
    """A name's size, kind, parent and prominence packed into one int that orders like the
    ceilings of names matched by nothing but a completion of the last query word (``completing_only``)."""
    return (127 - size) << 11 | kind << 9 | parent << 8 | prominence + 128


def completing_only(
    units: np.ndarray,
    order: np.ndarray,
    columns: Callable[[np.ndarray], dict[str, np.ndarray]],
    *,
    words: int,
    first: int,
) -> Chunks:
    """(names, ceilings) of names that hold nothing but a completion of the last query word, best
    first: one query word matched as a prefix, with no typo, so their ceilings differ only by size
    (whole when a lone query word is the whole name, then fewer words left over), kind, parent and
    prominence, which ``order`` (``standing``) packs. The best are picked a growing chunk at a
    time, as the caller often stops early.

    ``columns(units)`` gives those four per name (``units`` may repeat a name)."""
    left = np.ones(len(units), dtype=bool)
    end = 8 * first  # one pass over every name picks this many: as well pick enough
    while True:
        top = (
            np.argpartition(order, len(units) - end)[len(units) - end :]
            if end < len(units)
            else np.arange(len(units))
        )
        top = top[left[top]]
        left[top] = False
        top = top[np.argsort(-order[top], kind="stable")]
        _, once = np.unique(units[top], return_index=True)
        chosen = units[top[np.sort(once)]]
        start, step = 0, first
        while start < len(chosen):  # a few at a time: the caller often stops early
            part = chosen[start : start + step]
            size, kind, parent, prominence = columns(part).values()
            whole = (size <= 1) & (words == 1)
            leftover = np.minimum(np.maximum(size - 1, 0), 127)
            yield (
                part.tolist(),
                [
                    (1, 0, 0, bool(w), -1, -r, 0, k, bool(a), b)
                    for w, r, k, a, b in zip(
                        *(column.tolist() for column in (whole, leftover, kind, parent, prominence)),
                        strict=True,
                    )
                ],
            )
            start, step = start + step, step * 4
        if end >= len(units):
            return
        end *= 4


def _pairs(chunks: Chunks) -> Iterator[tuple[int, tuple]]:
    return (pair for units, ceilings in chunks for pair in zip(units, ceilings, strict=True))


def after_the_others(counted: Chunks, completing: Callable[[], Chunks], *, batch: int = 32) -> Chunks:
    """``counted``'s chunks while their ceilings match more than one query word (more than any
    name that holds only a completion); from there on merged, best first, with ``completing()``,
    which is only then worked out."""
    rest: Chunks = iter(())
    for units, ceilings in counted:
        cut = next((k for k, ceiling in enumerate(ceilings) if ceiling[0] <= 1), len(ceilings))
        if cut:
            yield units[:cut], ceilings[:cut]
        if cut < len(ceilings):
            rest = chain([(units[cut:], ceilings[cut:])], counted)
            break
    merged = heapq.merge(_pairs(rest), _pairs(completing()), key=itemgetter(1), reverse=True)
    while pairs := list(islice(merged, batch)):
        yield [unit for unit, _ in pairs], [ceiling for _, ceiling in pairs]
