"""Words per second for the whole ingestion pipeline (cleaning, spaCy, rules, dates, events).

Run with ``python -m bench.ingest``. The seed articles are repeated until they make at least
200,000 words, then extracted with ``extract_many`` (spaCy loaded beforehand, so loading is not
counted; it is printed apart). Prints the median of three runs and each run, in words per second
of wall-clock time (what the issue's target is about) and per second of this process's CPU time
(which other jobs on a shared machine do not slow down), with the load average.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path

from sommet.ingest import nlp
from sommet.ingest.pipeline import Source, extract_many

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "seeds"
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
    rates, cpu_rates = [], []
    for _ in range(RUNS):
        started, cpu_started = time.perf_counter(), time.process_time()
        for _extraction in extract_many(sources, today=date(2026, 1, 1)):
            pass
        rates.append(words / (time.perf_counter() - started))
        cpu_rates.append(words / (time.process_time() - cpu_started))
    print(f"{words} words in {len(sources)} documents, {RUNS} runs")
    for label, found in (("wall-clock", rates), ("CPU time", cpu_rates)):
        runs = ", ".join(f"{r:,.0f}" for r in found)
        print(f"median ({label}): {statistics.median(found):,.0f} words/s (runs: {runs})")
    print("load average (1, 5, 15 min): " + ", ".join(f"{x:.2f}" for x in os.getloadavg()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
