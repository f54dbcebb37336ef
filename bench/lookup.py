"""How fast the search index answers lookups and autocomplete, against the same rules applied to every entry.

Run with ``python -m bench.lookup --names 100000``. Generates that many names (bench/names.py,
seeded), builds the index, then runs a fixed set of queries: exact names, names without accents,
one or two typos, words in another order, some of a name's words, single words, acronyms, and
every prefix of a few names as autocomplete sends them while someone types.

Each query is also answered exhaustively: every word of every name is compared with every query
word (rapidfuzz over the whole vocabulary for typos, then ``word_cost`` itself), and the ranking
rules are applied to every entry holding any word that matched (an entry with none cannot rank).
The index's first result agrees when the rules rank it as high as the exhaustive first result:
entries that tie under every rule are equally good answers.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import unicodedata
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from bench.names import entries
from sommet.search import CHOICES, Query, SearchIndex, acronym, normalise
from sommet.search.ranking import entry_words, rank_every
from sommet.search.words import tolerance, word_cost
from sommet.store import IndexEntry

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def rss_mb() -> float:
    """Resident memory of this process, from /proc (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def typo(rng: random.Random, text: str) -> str:
    """One keyboard slip: a letter dropped, doubled, swapped with the next, or replaced."""
    spots = [i for i, c in enumerate(text) if c.isalpha()]
    if len(spots) < 2:
        return text
    i = rng.choice(spots[1:-1] or spots)
    kind = rng.randrange(4)
    if kind == 0:
        return text[:i] + text[i + 1 :]
    if kind == 1:
        return text[:i] + text[i] + text[i:]
    if kind == 2 and i + 1 < len(text):
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + rng.choice(_LETTERS) + text[i + 1 :]


def word_typo(rng: random.Random, name: str) -> str:
    """One slip in one of the longer words of a name."""
    words = name.split()
    long = [i for i, word in enumerate(words) if len(word) >= 5] or [0]
    i = rng.choice(long)
    words[i] = typo(rng, words[i])
    return " ".join(words)


def queries(pool: list[IndexEntry], count: int, *, seed: int = 11) -> list[tuple[str, str, str]]:
    """(kind of query, owner, text): a fixed mix of what people type."""
    rng = random.Random(seed)
    made: list[tuple[str, str, str]] = []
    typed = max(4, count // 40)  # names typed letter by letter
    for entry in rng.sample(pool, typed):
        name = entry.names[0]
        made += [("keystroke", entry.owner, name[:k]) for k in range(1, min(len(name), 16) + 1)]
    kinds = (
        "exact",
        "no accents",
        "one typo",
        "two typos",
        "any order",
        "some words",
        "prefix",
        "word",
        "acronym",
    )
    while len(made) < count:
        entry = rng.choice(pool)
        name = rng.choice(entry.names)
        words = name.split()
        kind = rng.choice(kinds)
        if kind == "exact":
            text = name if rng.random() < 0.5 else name.lower()
        elif kind == "no accents":
            text = strip_accents(name).lower()
        elif kind == "one typo":
            text = word_typo(rng, name)
        elif kind == "two typos":
            text = word_typo(rng, word_typo(rng, name))
        elif kind == "any order":
            text = " ".join(rng.sample(words, len(words)))
        elif kind == "some words":
            text = " ".join(rng.sample(words, max(1, len(words) - 2)))
        elif kind == "prefix":
            text = name[: rng.randint(3, max(3, min(len(name), 14)))]
        elif kind == "word":
            text = max(words, key=len)
        else:
            text = acronym(normalise(entry.names[0])) or name
        made.append((kind, entry.owner, text))
    return made[:count]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Exhaustive:
    """Every entry with the words the rules compare, for applying the rules with no index."""

    def __init__(self, pool: list[IndexEntry]) -> None:
        self.pool = pool
        self.words = [frozenset(entry_words(entry)) for entry in pool]
        self.vocabulary = sorted(set().union(*self.words))

    def rank(self, text: str, owner: str) -> list:
        query = Query.parse(text)
        if query is None:
            return []
        last = len(query.words) - 1
        matching: set[str] = set()
        for i, forms in enumerate(query.words):
            for form in forms:
                near = process.extract(
                    form, self.vocabulary, scorer=OSA.distance, score_cutoff=tolerance(form), limit=None
                )
                found = {word for word, _, _ in near}
                if i == last:
                    found |= {
                        word for word in self.vocabulary if word.startswith(form[: max(1, len(form) - 2)])
                    }
                matching |= {word for word in found if word_cost(form, word, last=i == last) is not None}
        kept = [
            entry
            for entry, words in zip(self.pool, self.words, strict=True)
            if entry.owner == owner and not words.isdisjoint(matching)
        ]
        return rank_every(text, kept, guild_id=None, limit=1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=100_000, help="how many names and aliases")
    parser.add_argument(
        "--queries", type=int, default=200, help="how many queries (each also answered exhaustively)"
    )
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    gc.collect()
    before = rss_mb()
    started = time.perf_counter()
    pool = list(entries(args.names, seed=args.seed))
    made = time.perf_counter() - started
    index = SearchIndex()
    started = time.perf_counter()
    index.build(pool)
    built = time.perf_counter() - started
    gc.collect()
    memory = rss_mb() - before
    names = sum(len(entry.names) for entry in pool)
    print(f"{names:,} names in {len(pool):,} entries (generated in {made:.1f} s)")
    print(f"index build: {built:.1f} s; memory (RSS growth, entries included): {memory:,.0f} MB")

    exhaustive = Exhaustive(pool)
    asked = queries(pool, args.queries)
    fast: list[float] = []
    cpu: list[float] = []
    slow: list[float] = []
    agree = 0
    for _kind, owner, text in asked:
        for _ in range(3):
            started, used = time.perf_counter(), time.process_time()
            ranked = index.rank(text, owner=owner, guild_id=None, limit=CHOICES)  # type: ignore[arg-type]
            fast.append(time.perf_counter() - started)
            cpu.append(time.process_time() - used)
        started = time.perf_counter()
        best = exhaustive.rank(text, owner)
        slow.append(time.perf_counter() - started)
        agree += [m.rank for m in ranked[:1]] == [m.rank for m in best]

    ms = 1000.0
    p50_fast, p99_fast = percentile(fast, 0.5) * ms, percentile(fast, 0.99) * ms
    p50_slow, p99_slow = percentile(slow, 0.5) * ms, percentile(slow, 0.99) * ms
    print(f"{len(asked)} queries ({len(fast)} timed index lookups, {len(slow)} exhaustive rankings)")
    print(
        f"index      p50 {p50_fast:8.2f} ms   p99 {p99_fast:8.2f} ms   mean {statistics.mean(fast) * ms:.2f} ms"
    )
    print(f"index CPU  p50 {percentile(cpu, 0.5) * ms:8.2f} ms   p99 {percentile(cpu, 0.99) * ms:8.2f} ms")
    fastest = [min(cpu[i : i + 3]) for i in range(0, len(cpu), 3)]  # each query's best of its 3 runs
    print(
        f"index CPU, each query's best of 3: p50 {percentile(fastest, 0.5) * ms:.2f} ms"
        f"   p99 {percentile(fastest, 0.99) * ms:.2f} ms (what the work costs, the machine's bursts aside)"
    )
    print(f"exhaustive p50 {p50_slow:8.2f} ms   p99 {p99_slow:8.2f} ms")
    print(f"speed-up   p50 {p50_slow / p50_fast:8.0f}x     p99 {p99_slow / p99_fast:.0f}x")
    print(f"first result as good as the exhaustive ranking: {agree / len(asked):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
