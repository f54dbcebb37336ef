"""How fast the search index answers lookups and autocomplete, against a full rapidfuzz scan.

Run with ``python -m bench.lookup --names 100000``. Generates that many names (bench/names.py,
seeded), builds the index, then runs a fixed set of queries: exact names, names without accents,
one or two typos, single words, acronyms, and every prefix of a few names as autocomplete sends
them while someone types. Each query is also answered by the scan the index replaced: WRatio over
every name (process.extract, cutoff 50, as the old SearchIndex did).

Agreement on the first result is counted two ways:
- with WRatio: the index's first entry is one of those with the scan's best WRatio score, or both
  have an exact or prefix match on top (the ranking rules put those first where WRatio may not);
- with the same rules scored exhaustively: the index's first result is at least as good (tier, then
  score) as the best found by applying the ranking rules to every name the scan kept. "At least":
  the scan drops names under WRatio 50, so it misses some prefixes ("f" of "fc1") the index finds.
"""

from __future__ import annotations

import argparse
import gc
import random
import statistics
import time
import unicodedata
from pathlib import Path

from rapidfuzz import fuzz, process

from bench.names import entries
from sommet.search import CHOICES, EXACT, FUZZY, PREFIX, SearchIndex, _fuzzy, _tier, acronym, normalise
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


def queries(pool: list[IndexEntry], count: int, *, seed: int = 11) -> list[tuple[str, str, str]]:
    """(kind of query, owner, text): a fixed mix of what people type."""
    rng = random.Random(seed)
    made: list[tuple[str, str, str]] = []
    typed = max(4, count // 40)  # names typed letter by letter
    for entry in rng.sample(pool, typed):
        name = entry.names[0]
        made += [("keystroke", entry.owner, name[:k]) for k in range(1, min(len(name), 16) + 1)]
    kinds = ("exact", "no accents", "one typo", "two typos", "prefix", "word", "word typo", "acronym")
    while len(made) < count:
        entry = rng.choice(pool)
        name = rng.choice(entry.names)
        kind = rng.choice(kinds)
        if kind == "exact":
            text = name if rng.random() < 0.5 else name.lower()
        elif kind == "no accents":
            text = strip_accents(name).lower()
        elif kind == "one typo":
            text = typo(rng, name)
        elif kind == "two typos":
            text = typo(rng, typo(rng, name))
        elif kind == "prefix":
            text = name[: rng.randint(3, max(3, min(len(name), 14)))]
        elif kind == "word":
            text = max(name.split(), key=len)
        elif kind == "word typo":
            text = typo(rng, max(name.split(), key=len))
        else:
            text = acronym(normalise(entry.names[0])) or name
        made.append((kind, entry.owner, text))
    return made[:count]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Scan:
    """Every name laid out as one list, scored in full for each query, as before the index."""

    def __init__(self, pool: list[IndexEntry]) -> None:
        self.keys: list[str] = []
        self.rows: list[tuple[str, int, bool]] = []
        for entry in pool:
            seen: set[str] = set()
            for name in entry.names:
                key = normalise(name)
                for variant, initials in ((key, False), (acronym(key), True)):
                    if variant and variant not in seen:
                        seen.add(variant)
                        self.keys.append(variant)
                        self.rows.append((entry.owner, entry.id, initials))

    def run(self, key: str) -> list[tuple[str, float, int]]:
        return process.extract(key, self.keys, scorer=fuzz.WRatio, score_cutoff=50, limit=None)

    def best_wratio(self, hits, owner: str) -> tuple[float, set[int], bool]:
        """The best WRatio score for this owner, the entries reaching it, and whether one of them
        is an exact or prefix match."""
        top = -1.0
        ids: set[int] = set()
        first_tier = False
        for text, score, position in hits:
            row_owner, entry_id, _ = self.rows[position]
            if row_owner != owner:
                continue
            if score < top:
                break
            top = score
            ids.add(entry_id)
            first_tier = first_tier or text.startswith(self.query)
        return top, ids, first_tier

    def best_by_rules(self, key: str, hits, owner: str) -> tuple[int, float] | None:
        """The ranking rules applied to every name the scan kept: the best (tier, score)."""
        best: tuple[int, float] | None = None
        for text, score, position in hits:
            row_owner, _, initials = self.rows[position]
            if row_owner != owner or (initials and text != key):
                continue
            tier = _tier(key, text)
            if tier == PREFIX:
                score = 100.0 * len(key) / len(text)
            elif tier == FUZZY:
                score = _fuzzy(key, text)
            if best is None or (tier, score) > best:
                best = (tier, score)
        return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=100_000, help="how many names and aliases")
    parser.add_argument("--queries", type=int, default=200, help="how many queries (each is also scanned)")
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

    scan = Scan(pool)
    asked = queries(pool, args.queries)
    fast: list[float] = []
    slow: list[float] = []
    agree_wratio = agree_rules = 0
    for _kind, owner, text in asked:
        for _ in range(3):
            started = time.perf_counter()
            ranked = index.rank(text, owner=owner, guild_id=None, limit=CHOICES)  # type: ignore[arg-type]
            fast.append(time.perf_counter() - started)
        key = normalise(text)
        started = time.perf_counter()
        hits = scan.run(key)
        slow.append(time.perf_counter() - started)
        scan.query = key
        _, ids, scan_first_tier = scan.best_wratio(hits, owner)
        first = ranked[0] if ranked else None
        if first is None:
            agree_wratio += not ids
        else:
            agree_wratio += first.id in ids or (first.tier in (EXACT, PREFIX) and scan_first_tier)
        by_rules = scan.best_by_rules(key, hits, owner)
        if first is None:
            agree_rules += by_rules is None
        else:
            agree_rules += by_rules is None or (first.tier, round(first.score, 6)) >= (
                by_rules[0],
                round(by_rules[1], 6),
            )

    ms = 1000.0
    p50_fast, p99_fast = percentile(fast, 0.5) * ms, percentile(fast, 0.99) * ms
    p50_slow, p99_slow = percentile(slow, 0.5) * ms, percentile(slow, 0.99) * ms
    print(f"{len(asked)} queries ({len(fast)} timed index lookups, {len(slow)} full scans)")
    print(
        f"index     p50 {p50_fast:8.2f} ms   p99 {p99_fast:8.2f} ms   mean {statistics.mean(fast) * ms:.2f} ms"
    )
    print(f"full scan p50 {p50_slow:8.2f} ms   p99 {p99_slow:8.2f} ms")
    print(f"speed-up  p50 {p50_slow / p50_fast:8.0f}x     p99 {p99_slow / p99_fast:.0f}x")
    print(f"same first result as the WRatio scan: {agree_wratio / len(asked):.1%}")
    print(f"first result as good as the exhaustive ranking: {agree_rules / len(asked):.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
