"""What checking the database at start-up costs: PRAGMA quick_check against integrity_check, by size.

Run with ``python -m bench.startup_check [--events N ...]``. For each N (default 20,000 and
200,000) it builds a database file with N events and as many actors, aliases, links, sources,
audit records and reminder deliveries in proportion, then times (medians of five rounds taken in
turns, the file in the OS cache as at a restart) the two checks and the ``Store.open`` that runs one.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sommet.dates import PartialDate
from sommet.models import Location
from sommet.reminders import Changes
from sommet.store import Store, check_file

START = datetime(2026, 1, 1, tzinfo=UTC)
WORDS = "sommet conférence forum intelligence artificielle gouvernance ministre visite paris genève".split()


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def build(path: Path, events: int) -> None:
    """N events, N/2 actors, an alias per entry, two links and a source per event, N/4 audit records,
    N/2 reminder deliveries: about what a busy multi-server install might hold after years."""
    store = Store.open(path)
    rng = random.Random(8)
    with store.transaction():
        document = store.add_document(key="bench", title="bench")
        actors = [
            store.add_actor(name=f"Acteur {n}", kind="person", origin="document", description=_text(rng, 20))
            for n in range(events // 2)
        ]
        for n in range(events):
            day = START.date() + timedelta(days=rng.randrange(3650))
            event = store.add_event(
                name=f"Sommet {n} {_text(rng, 3)}",
                kind="summit",
                origin="admin",
                start=PartialDate(day.year, day.month, day.day),
                location=Location(city="Paris", country="France"),
                description=_text(rng, 30),
                guild_id=rng.choice((None, 1, 2, 3)),
            )
            store.add_alias("event", event, f"S{n}", "fr")
            for actor in rng.sample(actors, 2):
                store.link(actor_id=actor, event_id=event, role="participant", document_id=document)
            store.cite("event", event, document, _text(rng, 25))
            if n % 4 == 0:
                store.record_audit(
                    guild_id=1, user_id=2, at=START, action="add", owner="event", entry_id=event
                )
            if n % 2 == 0:
                store.apply_reminder_changes(
                    1, event, Changes({"1d": START + timedelta(days=n % 700)}, {}, ())
                )
    store.close()


def timed(calls: dict[str, object], rounds: int = 5) -> dict[str, float]:
    """Median milliseconds of each call, taken in turns so that a busy machine hurts them alike."""
    samples: dict[str, list[float]] = {name: [] for name in calls}
    for _ in range(rounds):
        for name, call in calls.items():
            started = time.perf_counter()
            call()
            samples[name].append(time.perf_counter() - started)
    return {name: statistics.median(values) * 1000 for name, values in samples.items()}


def pragma(path: Path, statement: str) -> None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute(statement).fetchall() == [("ok",)]
    finally:
        conn.close()


def checked_only(path: Path) -> None:
    conn = sqlite3.connect(path)
    try:
        check_file(conn, path)
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--events", type=int, nargs="+", default=[20_000, 200_000])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        for events in args.events:
            path = Path(folder) / f"bench-{events}.db"
            started = time.perf_counter()
            build(path, events)
            built = time.perf_counter() - started
            size = path.stat().st_size / 1e6
            path.read_bytes()  # into the OS cache, as for a restart
            ms = timed(
                {
                    "quick": lambda p=path: pragma(p, "PRAGMA quick_check"),
                    "full": lambda p=path: pragma(p, "PRAGMA integrity_check"),
                    "open": lambda p=path: Store.open(p).close(),
                    "check": lambda p=path: checked_only(p),
                }
            )
            print(
                f"{events:>9,} events, {size:7.1f} MB (built in {built:.0f} s): "
                f"quick_check {ms['quick']:8.1f} ms, integrity_check {ms['full']:8.1f} ms "
                f"({ms['full'] / ms['quick']:.1f}x); Store.open {ms['open']:8.1f} ms, "
                f"of which its check {ms['check']:8.1f} ms"
            )


if __name__ == "__main__":
    main()
