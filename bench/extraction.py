"""How well ``sommet ingest`` reads real articles, scored by the corpus's own scorer.

Run ``python -m bench.extraction`` from the repository root. Every document of
``../shared/corpus/docs`` (29 real pages, the five seeds among them) is read from scratch into
an empty in-memory store, one merge per document as ``sommet ingest`` does, and the export is
scored with ``../shared/corpus/score.py`` against ``gold.json``: the same scorer that judges
Sommet on articles nobody here has read.

``--split tune`` scores the first two thirds by file number, ``--split holdout`` the last third
(tune on one, check on the other), ``--split all`` (the default) all of them; the whole corpus is
always ingested, so cross-document merges are the same in each. ``--docs`` names documents.
``--misses`` lists what was missed and invented. ``--articles DIR`` scores another set in the
corpus's form (``docs/`` and ``gold.json``). Eight such sets were written for Sommet, with their
gold, by helpers who had not read its rules: ``bench/articles`` (14), ``bench/articles2`` to
``bench/articles8`` (12 each), each on other events than the ones before. The rules were mended on
what the first five showed; the sixth to eighth are only ever scored, as the nearest thing to
unseen text.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from datetime import date
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from sommet.export import export
from sommet.ingest.merge import era_in, merge
from sommet.ingest.pipeline import extract_many, source_from_file
from sommet.store import Store

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
# Weekday guesses look back from "today": fixed so that figures do not drift with the calendar.
TODAY = date(2026, 12, 1)
SPLITS = ("all", "tune", "holdout")


@cache
def scorer() -> ModuleType:
    """The corpus's scorer, loaded from its file (it is the judge's, not ours to copy)."""
    spec = importlib.util.spec_from_file_location("corpus_score", CORPUS / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def gold(articles: Path = CORPUS) -> dict[str, Any]:
    return json.loads((articles / "gold.json").read_text(encoding="utf-8"))


def documents(split: str = "all", articles: Path = CORPUS) -> list[str]:
    """The corpus's file names in file-number order; the last third is the held-out part."""
    names = sorted(gold(articles)["documents"], key=lambda name: int(name.split("_", 1)[0]))
    cut = len(names) * 2 // 3
    return {"all": names, "tune": names[:cut], "holdout": names[cut:]}[split]


def extracted(today: date = TODAY, articles: Path = CORPUS) -> dict[str, Any]:
    """Every corpus document read into an empty store, in the export format."""
    store = Store.open(None)
    sources = [source_from_file(articles / "docs" / name) for name in documents(articles=articles)]
    for extraction in extract_many(sources, today=today, era=lambda found: era_in(store, found)):
        merge(store, extraction)
    return export(store)


def score(data: dict[str, Any], docs: list[str], articles: Path = CORPUS) -> dict[str, Any]:
    """The scorer's figures for these documents, with its merge check over the whole corpus."""
    judge, truth = scorer(), gold(articles)
    out = judge.score(data, truth, docs)
    out["merges"] = judge.merges(data, truth)
    return out


def _pair(figures: dict[str, Any]) -> str:
    recall, precision = figures["recall"], figures["precision"]
    return f"{recall if recall is not None else '-':>6} / {precision if precision is not None else '-':<6}"


def table(data: dict[str, Any], docs: list[str], articles: Path = CORPUS) -> list[str]:
    """The issue's table for these documents, then one line per document."""
    total = score(data, docs, articles)
    merges = total["merges"]
    held = sum(m["merged"] for m in merges.values())
    lines = [
        f"documents: {len(docs)}",
        f"dated events found (recall):           {total['event']['recall']}"
        f"   ({total['event']['gold']} in gold, {total['event']['extracted']} extracted,"
        f" precision {total['event']['precision']})",
        f"exact dates, of the events found:      {total['dates_exact']}",
        f"invented dates:                        {len(total['invented_dates'])}",
        f"people recall / precision:             {_pair(total['person'])}",
        f"organisations+countries recall / prec: {_pair(total['org'])}",
        f"same event across documents merged:    {held} of {len(merges)}",
        "",
        f"{'document':48} {'events':>6} {'dates':>5} {'invent':>6} {'people r/p':>15} {'orgs r/p':>15}",
    ]
    for doc in docs:
        one = score(data, [doc], articles)
        lines.append(
            f"{doc[:48]:48} {one['event']['recall'] if one['event']['recall'] is not None else '-':>6} "
            f"{one['dates_exact'] if one['dates_exact'] is not None else '-':>5} "
            f"{len(one['invented_dates']):>6} {_pair(one['person']):>15} {_pair(one['org']):>15}"
        )
    return lines


def misses(data: dict[str, Any], docs: list[str], articles: Path = CORPUS) -> list[str]:
    total = score(data, docs, articles)
    lines = [f"missed {kind}: {item}" for kind, items in total["misses"].items() for item in items]
    lines += [f"invented: {item}" for item in total["invented_dates"]]
    lines += [
        f"not merged: {cid} {m['docs']} ({m['entities']} entities)"
        for cid, m in total["merges"].items()
        if not m["merged"]
    ]
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=SPLITS, default="all")
    parser.add_argument("--docs", nargs="*", help="score only these file names")
    parser.add_argument("--misses", action="store_true", help="list misses, invented dates and merges")
    parser.add_argument("--export", type=Path, help="also write the export here")
    parser.add_argument("--articles", type=Path, default=CORPUS, help="docs/ and gold.json to score instead")
    args = parser.parse_args(argv)
    if not (CORPUS / "score.py").is_file():
        print(f"No corpus at {CORPUS}: nothing to score.")
        return 0
    data = extracted(articles=args.articles)
    if args.export:
        args.export.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    docs = args.docs or documents(args.split, args.articles)
    print("\n".join(table(data, docs, args.articles)))
    if args.misses:
        print("\n".join(["", *misses(data, docs, args.articles)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
