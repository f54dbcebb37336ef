"""Posting lists in numpy: which numbers are filed under each key, built in bulk and appended to after.

Built with numpy sorts rather than Python loops, which take a minute at a million names.
"""

from __future__ import annotations

from array import array

import numpy as np


class Postings:
    """Numbers filed under int keys. Those given to ``freeze`` sit in one sorted array (``posted``,
    sliced by ``spans``); those added later get small appendable arrays. Nothing is taken back:
    callers skip numbers that no longer stand for anything."""

    def __init__(self) -> None:
        self.spans: dict[int, tuple[int, int]] = {}
        self.keys = self.starts = self.ends = np.empty(0, dtype=np.int64)  # the spans, in key order
        self.posted = np.empty(0, dtype=np.int32)
        self.later: dict[int, array[int]] = {}

    def freeze(self, keys: np.ndarray, numbers: np.ndarray) -> None:
        """File every (key, number) pair at once; a pair given twice is filed once."""
        if not len(keys):
            return
        distinct = sorted_distinct(keys)
        width = int(numbers.max()) + 1
        pairs = sorted_distinct(np.searchsorted(distinct, keys) * width + numbers)
        rows, values = np.divmod(pairs, width)
        starts = np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))
        ends = np.append(starts[1:], len(rows))
        self.keys, self.starts, self.ends = distinct[rows[starts]], starts, ends
        self.spans = dict(
            zip(self.keys.tolist(), zip(starts.tolist(), ends.tolist(), strict=True), strict=True)
        )
        self.posted = values.astype(np.int32)

    def add(self, key: int, number: int) -> None:
        posting = self.later.get(key)
        if posting is None:
            posting = self.later[key] = array("i")
        posting.append(number)

    def between(self, low: int, high: int) -> np.ndarray:
        """The frozen numbers of every key from ``low`` to ``high`` (excluded): one slice, as the
        postings lie in key order."""
        first, end = np.searchsorted(self.keys, (low, high)).tolist()
        return self.posted[self.starts[first] : self.ends[end - 1]] if end > first else self.posted[:0]

    def get(self, key: int) -> list[np.ndarray]:
        """The numbers filed under a key, as one or two arrays."""
        parts = []
        span = self.spans.get(key)
        if span is not None:
            parts.append(self.posted[span[0] : span[1]])
        extra = self.later.get(key)
        if extra is not None:
            parts.append(np.frombuffer(extra, dtype=np.int32).copy())
        return parts


def grams(padded: str) -> set[int]:
    """The distinct trigrams of a string, each packed into one int (21 bits a code point)."""
    return {
        (ord(padded[i]) << 42) | (ord(padded[i + 1]) << 21) | ord(padded[i + 2])
        for i in range(len(padded) - 2)
    }


def gram_pairs(texts: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """(trigram, text number) for every trigram of every text padded with a space each side.

    Done over all texts joined by NUL (which ``normalise`` never leaves in a word).
    """
    if not texts:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    points = np.frombuffer("\0".join(f" {text} " for text in texts).encode("utf-32-le"), dtype=np.uint32)
    separators = points == 0
    owners = np.cumsum(separators, dtype=np.int64)[:-2]  # separators before a trigram = its text number
    inside = ~(separators[:-2] | separators[1:-1] | separators[2:])
    wide = points.astype(np.int64)
    codes = ((wide[:-2] << 42) | (wide[1:-1] << 21) | wide[2:])[inside]
    return codes, owners[inside]


def sorted_distinct(values: np.ndarray) -> np.ndarray:
    """np.unique without its cost: numpy 2.4 hashes integers, many times slower than sorting here."""
    values = np.sort(values)
    keep = np.ones(len(values), dtype=bool)
    keep[1:] = values[1:] != values[:-1]
    return values[keep]
