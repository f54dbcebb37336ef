"""Words per second for the whole ingestion pipeline (cleaning, spaCy, rules, dates, events).

Run with ``python -m bench.ingest``. The seed articles are repeated until they make at least
200,000 words, then extracted with ``extract_many`` (spaCy loaded beforehand, so loading is not
counted; it is printed apart). Prints the median of three runs and each run.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from bench.extraction import SEEDS
from sommet.ingest import nlp
from sommet.ingest.pipeline import Source, extract_many

WORDS = 200_000
RUNS = 3


def corpus() -> tuple[list[Source], int]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(Path(SEEDS).glob("*.txt"))]
    sources: list[Source] = []
    words = 0
    while words < WORDS:
        for text in texts:
            sources.append(Source(text, "txt", f"copy-{len(sources)}.txt"))
            words += len(text.split())
    return sources, words


def main() -> int:
    if not SEEDS.is_dir():
        print(f"No seed articles at {SEEDS}: nothing to measure.")
        return 0
    started = time.perf_counter()
    nlp.model()
    print(f"spaCy model loaded in {time.perf_counter() - started:.1f} s")
    sources, words = corpus()
    rates = []
    for _ in range(RUNS):
        started = time.perf_counter()
        for _extraction in extract_many(sources, today=date(2026, 1, 1)):
            pass
        rates.append(words / (time.perf_counter() - started))
    print(f"{words} words in {len(sources)} documents, {RUNS} runs")
    print(f"median: {statistics.median(rates):,.0f} words/s (runs: {', '.join(f'{r:,.0f}' for r in rates)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
