"""How well ``sommet ingest`` reads the seed articles, against a gold standard.

Run with ``python -m bench.extraction`` from the repository root. The five seed
articles (``../shared/seeds``) are extracted from scratch and merged into an
empty in-memory store (no shipped knowledge), whose export is scored.

Gold: the actors and events of ``data/knowledge.json``, with

- actors of kind ``place`` left out (venues are locations, not actors);
- actors kept only when their source articles write their name or an alias
  (the shipped file also lists Belgium, the Netherlands and Luxembourg for an
  article that only says "les pays du Benelux": no reader of names can find
  them); this filter is computed, not chosen by hand;
- the organisations and countries in ``bench/gold_additions.json`` added:
  those the articles name but the shipped file leaves out, found by reading.

Matching rules:

- actors: the same kind group (people, or organisations with countries) and
  one name or alias equal after normalisation (accents, case, punctuation,
  "intelligence artificielle" = "IA"), or alike (token sort ratio >= 90), or
  one being the acronym of the other. Several extracted actors may match one
  gold actor (counted as duplicates); precision counts extracted actors that
  match any gold actor.
- events: a gold event and an extracted one match when a name or alias of one
  is alike another's (token sort ratio >= 85, or the shorter, of two words or
  more, written inside the longer), or when both have the same start, end and
  kind. Pairs are made one to one, best score first.
- dated-event recall: gold events with a start date that some extracted event
  matches. Exact dates: the matched extracted event has the same start and end
  at the same precision. An invented date: a matched extracted event with a
  date where the gold has none, or a date span that does not meet the gold one.
- dated-event precision: extracted events with a date that match a gold event.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sommet.dates import PartialDate
from sommet.export import export
from sommet.ingest.merge import merge
from sommet.ingest.pipeline import extract_many, source_from_file
from sommet.knowledge import KNOWLEDGE_FILE
from sommet.search import acronym, name_key, name_similarity, normalise
from sommet.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
ADDITIONS = Path(__file__).resolve().parent / "gold_additions.json"
# The seeds have no year of their own in places; "today" only bounds weekday guesses.
TODAY = date(2026, 1, 1)
ACTOR_SIMILAR = 90.0
EVENT_SIMILAR = 85.0


@dataclass(frozen=True)
class Scores:
    people: tuple[float, float]  # precision, recall
    organisations: tuple[float, float]
    dated_events: tuple[float, float]
    exact_dates: float
    invented_dates: int
    counts: dict[str, int]
    misses: dict[str, list[str]]


def gold(seeds: Path = SEEDS) -> dict[str, list[dict[str, Any]]]:
    """The gold actors and events, filtered and completed as the module says."""
    data = json.loads(KNOWLEDGE_FILE.read_text(encoding="utf-8"))
    texts = {}
    for doc in data["documents"]:
        path = seeds / doc["file"]
        texts[doc["id"]] = " " + normalise(path.read_text(encoding="utf-8")) + " " if path.exists() else ""
    actors = []
    for actor in data["actors"] + json.loads(ADDITIONS.read_text(encoding="utf-8"))["actors"]:
        if actor["kind"] == "place":
            continue
        names = _names(actor)
        written = " ".join(texts.get(source, "") for source in actor.get("sources", []))
        if any(f" {normalise(name)} " in written for name in names):
            actors.append(actor)
    return {"actors": actors, "events": data["events"]}


def extracted(seeds: Path = SEEDS) -> dict[str, list[dict[str, Any]]]:
    """The seeds read from scratch into an empty store, in the export format."""
    store = Store.open(None)
    sources = [source_from_file(path) for path in sorted(seeds.glob("*.txt"))]
    for extraction in extract_many(sources, today=TODAY):
        merge(store, extraction)
    return export(store)


def _names(entry: dict[str, Any]) -> list[str]:
    return [entry["name"], *(a if isinstance(a, str) else a["name"] for a in entry.get("aliases", []))]


def _actor_group(kind: str) -> str:
    return "person" if kind == "person" else "organisation"


def _actors_match(ours: dict[str, Any], theirs: dict[str, Any]) -> bool:
    if _actor_group(ours["kind"]) != _actor_group(theirs["kind"]):
        return False
    a, b = _names(ours), _names(theirs)
    if {name_key(n) for n in a} & {name_key(n) for n in b}:
        return True
    if any(name_similarity(x, y) >= ACTOR_SIMILAR for x in a for y in b):
        return True
    for short, long in ((a, b), (b, a)):
        if {normalise(n).replace(" ", "") for n in short} & {acronym(normalise(n)) for n in long}:
            return True
    return False


def _prf(found: list[dict], wanted: list[dict]) -> tuple[float, float, list[str], int]:
    matched_found = [f for f in found if any(_actors_match(f, w) for w in wanted)]
    matched_wanted = [w for w in wanted if any(_actors_match(f, w) for f in found)]
    missed = [w["name"] for w in wanted if w not in matched_wanted]
    duplicates = sum(max(sum(_actors_match(f, w) for f in found) - 1, 0) for w in wanted)
    precision = len(matched_found) / len(found) if found else 0.0
    recall = len(matched_wanted) / len(wanted) if wanted else 0.0
    return precision, recall, missed, duplicates


def _event_score(ours: dict[str, Any], theirs: dict[str, Any]) -> float:
    best = 0.0
    for x in _names(ours):
        for y in _names(theirs):
            kx, ky = name_key(x), name_key(y)
            short, long = sorted((kx, ky), key=len)
            if len(short.split()) >= 2 and f" {short} " in f" {long} ":
                best = max(best, 95.0)
            best = max(best, name_similarity(x, y))
    if best >= EVENT_SIMILAR:
        return best
    same_dates = ours["start"] is not None and (ours["start"], ours["end"]) == (
        theirs["start"],
        theirs["end"],
    )
    return 90.0 if same_dates and ours["kind"] == theirs["kind"] else 0.0


def _span(entry: dict[str, Any]) -> tuple[date, date] | None:
    if entry["start"] is None:
        return None
    start = PartialDate.parse_iso(entry["start"])
    end = PartialDate.parse_iso(entry["end"]) if entry["end"] else start
    return start.first_day(), end.last_day()


def score(seeds: Path = SEEDS) -> Scores:
    wanted, found = gold(seeds), extracted(seeds)
    people = _prf(
        [a for a in found["actors"] if a["kind"] == "person"],
        [a for a in wanted["actors"] if a["kind"] == "person"],
    )
    organisations = _prf(
        [a for a in found["actors"] if a["kind"] != "person"],
        [a for a in wanted["actors"] if a["kind"] != "person"],
    )
    pairs = sorted(
        (
            (_event_score(f, w), i, j)
            for i, f in enumerate(found["events"])
            for j, w in enumerate(wanted["events"])
        ),
        reverse=True,
    )
    taken_found, taken_wanted, matches = set(), set(), {}
    for value, i, j in pairs:
        if value <= 0 or i in taken_found or j in taken_wanted:
            continue
        taken_found.add(i)
        taken_wanted.add(j)
        matches[j] = i
    dated_gold = [j for j, w in enumerate(wanted["events"]) if w["start"] is not None]
    recalled = [j for j in dated_gold if j in matches]
    exact = [
        j
        for j in recalled
        if (found["events"][matches[j]]["start"], found["events"][matches[j]]["end"])
        == (wanted["events"][j]["start"], wanted["events"][j]["end"])
    ]
    invented = 0
    for j, i in matches.items():
        ours, theirs = _span(found["events"][i]), _span(wanted["events"][j])
        if ours is not None and (theirs is None or ours[1] < theirs[0] or theirs[1] < ours[0]):
            invented += 1
    dated_found = [i for i, f in enumerate(found["events"]) if f["start"] is not None]
    precise = [i for i in dated_found if i in taken_found]
    return Scores(
        people=people[:2],
        organisations=organisations[:2],
        dated_events=(
            len(precise) / len(dated_found) if dated_found else 0.0,
            len(recalled) / len(dated_gold) if dated_gold else 0.0,
        ),
        exact_dates=len(exact) / len(recalled) if recalled else 0.0,
        invented_dates=invented,
        counts={
            "gold people": sum(a["kind"] == "person" for a in wanted["actors"]),
            "gold organisations and countries": sum(a["kind"] != "person" for a in wanted["actors"]),
            "gold dated events": len(dated_gold),
            "extracted actors": len(found["actors"]),
            "extracted events": len(found["events"]),
            "extracted dated events": len(dated_found),
            "duplicate people": people[3],
            "duplicate organisations": organisations[3],
        },
        misses={
            "people": people[2],
            "organisations and countries": organisations[2],
            "dated events": [wanted["events"][j]["name"] for j in dated_gold if j not in matches],
            "inexact dates": [
                f"{wanted['events'][j]['name']}: {found['events'][matches[j]]['start']}"
                f"..{found['events'][matches[j]]['end']} (gold {wanted['events'][j]['start']}"
                f"..{wanted['events'][j]['end']})"
                for j in recalled
                if j not in exact
            ],
        },
    )


def main() -> int:
    if not SEEDS.is_dir():
        print(f"No seed articles at {SEEDS}: nothing to score.")
        return 0
    result = score()
    rows = [
        ("people", *result.people),
        ("organisations and countries", *result.organisations),
        ("dated events", *result.dated_events),
    ]
    print(f"{'':30} {'precision':>9} {'recall':>7}")
    for name, precision, recall in rows:
        print(f"{name:30} {precision:9.2f} {recall:7.2f}")
    print(f"matched dated events with exact dates and precision: {result.exact_dates:.2f}")
    print(f"invented dates: {result.invented_dates}")
    print(", ".join(f"{key}: {value}" for key, value in result.counts.items()))
    for key, names in result.misses.items():
        if names:
            print(f"missed {key}: " + "; ".join(names))
    return 0


if __name__ == "__main__":
    sys.exit(main())
