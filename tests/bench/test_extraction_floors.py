"""Extraction holds its quality floors on the development corpus (runs in CI, where the corpus is).

The floors sit just under what ``python -m bench.extraction`` measures, so a change that quietly
loses quality fails here; they are quality floors, not timings.
"""

from __future__ import annotations

import os

import pytest

from bench.extraction import CORPUS, documents, extracted, score

pytestmark = pytest.mark.skipif(
    os.environ.get("CI") != "true",
    reason="scores the corpus in ../shared/corpus, which only CI is sure to have (set CI=true)",
)


@pytest.fixture(scope="module")
def scores():
    if not (CORPUS / "score.py").is_file():
        pytest.fail(f"CI=true but the corpus is missing from {CORPUS}")
    return score(extracted(), documents())


def test_dated_events_are_found(scores):
    assert scores["event"]["recall"] >= FLOORS["event recall"]


def test_found_events_have_exact_dates_and_none_is_invented(scores):
    assert scores["dates_exact"] >= FLOORS["dates exact"]
    assert len(scores["invented_dates"]) <= FLOORS["invented"], scores["invented_dates"]


def test_people_are_found_and_nothing_else_is_taken_for_one(scores):
    assert scores["person"]["recall"] >= FLOORS["people recall"]
    assert scores["person"]["precision"] >= FLOORS["people precision"]


def test_organisations_and_countries_are_found(scores):
    assert scores["org"]["recall"] >= FLOORS["orgs recall"]
    assert scores["org"]["precision"] >= FLOORS["orgs precision"]


def test_one_real_event_reported_by_several_documents_is_one_entry(scores):
    assert sum(m["merged"] for m in scores["merges"].values()) >= FLOORS["merges"]


FLOORS = {
    "event recall": 0.77,
    "dates exact": 0.80,
    "invented": 0,
    "people recall": 0.97,
    "people precision": 0.98,
    "orgs recall": 0.88,
    "orgs precision": 0.95,
    "merges": 5,
}
