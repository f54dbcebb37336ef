"""How well the date stage alone reads the corpus: publication dates and the dates events need.

Run ``python -m bench.dates_corpus [--split tune|holdout|all] [--misses]``. No spaCy: each
document goes through cleaning, metadata and ``_dates_by_paragraph``, the dates that event
extraction then picks from. Independent of which events are found, it prints:

- publication dates: the document's date as read, against the gold ``publication_date`` when
  the text prints it (a ``date YYYY-MM`` capture line counts as printed);
- reachable: gold events with a start whose exact start and end some date mention gives;
- unsupported: mentions whose year or day was inferred (``relative``) and that match no date of
  the document's gold (starts, ends, real dates, publication date): likely invented;
- wrong years: of those, the ones with a gold date of the same month and day in another year.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.extraction import CORPUS, TODAY, documents, gold
from sommet.dates import DateMention
from sommet.ingest.clean import read_page
from sommet.ingest.gazetteer import default
from sommet.ingest.metadata import read_metadata
from sommet.ingest.pipeline import _dates_by_paragraph


def mentions_of(name: str) -> tuple[object, list[DateMention]]:
    """The document's publication date as read, and every date mention of its body."""
    page = read_page((CORPUS / "docs" / name).read_text(encoding="utf-8"), Path(name).suffix[1:])
    meta = read_metadata(page, default())
    found = _dates_by_paragraph(page.paragraphs, meta, TODAY)
    return meta.published, [m for index in sorted(found) for m in found[index]]


def _gold_dates(doc: dict) -> set[str]:
    keys = ("start", "end", "start_true", "end_true")
    dates = {e[k] for e in doc["events"] for k in keys if e.get(k)}
    if doc.get("publication_date"):
        dates.add(doc["publication_date"])
    return dates


def _reaches(event: dict, mentions: list[DateMention]) -> bool:
    want = (event["start"], event.get("end") if event.get("end") != event["start"] else None)
    return any(m.range.iso_pair() == want for m in mentions)


def report(split: str, show: bool) -> list[str]:
    truth = gold()["documents"]
    counts = {"published": [0, 0], "reachable": [0, 0], "unsupported": 0, "wrong_years": 0}
    lines: list[str] = []
    for name in documents(split):
        doc = truth[name]
        published, mentions = mentions_of(name)
        expected = None if doc.get("publication_date_inferred") else doc.get("publication_date")
        if expected:
            counts["published"][0] += 1
            counts["published"][1] += str(published) == expected
        if show and str(published) != str(expected):
            lines.append(f"{name}: published {published}, gold {expected}")
        for event in doc["events"]:
            if not event.get("start"):
                continue
            counts["reachable"][0] += 1
            if _reaches(event, mentions):
                counts["reachable"][1] += 1
            elif show:
                lines.append(
                    f"{name}: no mention for {event['start']}/{event.get('end')} {event['name'][:50]}"
                )
        known = _gold_dates(doc)
        for mention in mentions:
            iso = mention.range.start.iso()
            if not mention.relative or iso in known:
                continue
            counts["unsupported"] += 1
            wrong = any(len(d) == len(iso) and d[4:] == iso[4:] for d in known)
            counts["wrong_years"] += wrong
            if show:
                label = "wrong year" if wrong else "unsupported"
                lines.append(f"{name}: {label} {mention.range.iso_pair()} from {mention.text!r}")
    done, total = counts["published"][1], counts["published"][0]
    reached, events = counts["reachable"][1], counts["reachable"][0]
    return [
        f"documents: {len(documents(split))}",
        f"printed publication dates read:  {done} of {total}",
        f"gold starts a mention gives:     {reached} of {events} ({reached / events:.2f})",
        f"unsupported inferred mentions:   {counts['unsupported']}",
        f"of which wrong years:            {counts['wrong_years']}",
        *lines,
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("all", "tune", "holdout"), default="tune")
    parser.add_argument("--misses", action="store_true", help="list each miss and unsupported date")
    args = parser.parse_args()
    print("\n".join(report(args.split, args.misses)))


if __name__ == "__main__":
    main()
