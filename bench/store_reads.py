"""Store reads that answer commands, on a store of N events: ``python -m bench.store_reads --events N``.

Prints the median time of each read over repeated calls. Events get random days over ten years,
so most are past, as in a store built from years of news; one server has edited a few of them,
so the per-server view (overrides, hidden rows) is in play.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sommet.store import Store

SERVER = 5


def _fill(store: Store, count: int, rng: random.Random) -> None:
    rows = []
    for number in range(count):
        day = (date(2018, 1, 1) + timedelta(days=rng.randint(0, 3650))).isoformat()
        rows.append(
            {
                "name": f"Event {number}",
                "kind": rng.choice(("summit", "conference", "meeting")),
                "origin": "document",
                "start": day,
                "start_min": day,
                "end_max": day,
                "status": "confirmed",
            }
        )
    store.db["events"].insert_all(rows, batch_size=10_000)
    for event_id in rng.sample(range(1, count + 1), 20):
        store.edit_entry("event", event_id, guild_id=SERVER, name=f"Edited {event_id}")


def _median_ms(read, repeat: int = 20) -> float:
    read()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        read()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, default=200_000)
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        store = Store.open(Path(folder) / "bench.db")
        _fill(store, args.events, rng)
        today = date(2026, 1, 1)
        ids = [rng.randint(1, args.events) for _ in range(50)]
        reads = {
            "event by id": lambda: store.event(rng.choice(ids), guild_id=SERVER),
            "event card (participants, sources, programme)": lambda: (
                store.participants(rng.choice(ids), guild_id=SERVER),
                store.sources("event", rng.choice(ids)),
                store.sub_events(rng.choice(ids), guild_id=SERVER),
            ),
            "upcoming, next 30 days (limit 250)": lambda: store.upcoming(
                today=today, until=today + timedelta(days=30), guild_id=SERVER, limit=250
            ),
            "timeline of one year (limit 250)": lambda: store.timeline(
                before=today, year=2024, guild_id=SERVER, limit=250
            ),
            "most recent past event": lambda: store.latest_past(today=today, guild_id=SERVER),
            "autocomplete before typing": lambda: store.first_entries("event", guild_id=SERVER),
            "date to be announced": lambda: store.undated_announced(guild_id=SERVER),
        }
        print(f"{args.events:,} events, server {SERVER} with 20 edited entries")
        for name, read in reads.items():
            print(f"  {name:<48} {_median_ms(read):8.2f} ms (median)")
        store.close()


if __name__ == "__main__":
    main()
