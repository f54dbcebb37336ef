"""The extraction scorer on the seed articles holds its floors (runs in CI, where the seeds are)."""

from __future__ import annotations

import os

import pytest

from bench.extraction import SEEDS, score

pytestmark = pytest.mark.skipif(
    os.environ.get("CI") != "true",
    reason="scores the seed articles in ../shared/seeds, which only CI is sure to have (set CI=true)",
)


@pytest.fixture(scope="module")
def scores():
    if not SEEDS.is_dir():
        pytest.fail(f"CI=true but the seed articles are missing from {SEEDS}")
    return score()


def test_people_are_found_and_nothing_else_is_taken_for_one(scores):
    precision, recall = scores.people
    assert precision >= 0.95 and recall >= 0.95


def test_organisations_and_countries_are_found(scores):
    precision, recall = scores.organisations
    assert precision >= 0.85 and recall >= 0.85


def test_no_date_is_invented(scores):
    assert scores.invented_dates == 0


def test_dated_events_are_found_with_their_exact_dates(scores):
    precision, recall = scores.dated_events
    assert recall >= 0.85
    assert scores.exact_dates >= 0.95
    assert precision >= 0.9
