"""Extraction holds its quality floors on the development corpus and on the eight sets of articles
written for Sommet (runs in CI, where the corpus and its scorer are).

The floors sit just under what ``python -m bench.extraction`` measures, so a change that quietly
loses quality fails here; they are quality floors, not timings.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench.extraction import CORPUS, documents, extracted, score

ARTICLES = Path(__file__).resolve().parents[2] / "bench"

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
    "dates exact": 0.81,
    "invented": 0,
    "people recall": 0.97,
    "people precision": 0.98,
    "orgs recall": 0.89,
    "orgs precision": 0.95,
    "merges": 5,
}


# The sets in bench/: the first five were read to find error kinds, the sixth to eighth only
# ever scored. People and organisations have floors too: English text is where they are weakest.
ARTICLE_FLOORS = {
    # 0.92 organisations until a titled full name the recogniser marked only by its surname was read.
    # 0.82 recall until a sum announced "by announcing" it on a day was read as an announcement.
    "articles": {"event recall": 0.83, "dates exact": 0.95, "invented": 0, "people": 0.92, "orgs": 0.94},
    # 0.90 exact dates until a headline's agreement on a code was read as the lead's agreement told shorter.
    # 0.92 exact dates and 0.86 recall until "the Principles, the first standard, which were first adopted
    # in May" dated the Principles' adoption: its name, "the Organisation's" in it, now ties in the scorer
    # with a minor event of the OECD and is paired with it, so one event is found less and one date more.
    "articles2": {"event recall": 0.84, "dates exact": 0.93, "invented": 1, "people": 0.92, "orgs": 0.97},
    # 0.93 organisations until an acronym after an article ("le CEIMIA") was read as a body.
    # 0.94 exact dates until "on the opening day" dated a signing by the first day of the summit told before.
    # 0.79 recall until a presidency the recogniser took for a body was read by its term ("which began").
    "articles3": {"event recall": 0.80, "dates exact": 0.96, "invented": 1, "people": 0.91, "orgs": 0.96},
    # 0.74 until a meeting told at two places was named by the first one too ("Réunion du Dialogue à
    # Genève"); 0.90 exact dates until "on 23 January, three days after revoking" counted back.
    "articles4": {"event recall": 0.76, "dates exact": 0.92, "invented": 1, "people": 0.99, "orgs": 0.88},
    # 0.81 exact dates until the French report's state visit, dated by "Arrivé mardi soir", was found
    # and joined to the press release's: the gold gives it an end day neither report's reading has.
    # 0.80 recall and 0.84 exact dates until a presidency was named by who holds it ("Présidence
    # canadienne du G7") and a live page's timed entries were dated by its day.
    # 0.82 recall until the committee record's "Coreper had confirmed the agreement on 2 February" was
    # read as a confirmation and joined to the French report's "feu vert des ambassadeurs" that day: a
    # merge gained, but the joined entry's names now tie in the scorer with the provisional agreement.
    "articles5": {"event recall": 0.81, "dates exact": 0.87, "invented": 1, "people": 0.97, "orgs": 0.89},
    # 0.69 exact dates until a declaration adopted by a dated gathering its sentence tells before it
    # stopped taking the lead's date. 0.64 recall and 0.70 exact dates until a fronted participle's
    # subject was read past an aside on where ("Adoptée le ... à Strasbourg, lors de ..., la convention").
    # 0.65 recall until a sum announced on a day was read as an announcement.
    "articles6": {"event recall": 0.66, "dates exact": 0.86, "invented": 2, "people": 0.95, "orgs": 0.93},
    # 0.52 until "the draft in the plenary hall" stopped being named "Draft in the plenary" (an article
    # and a preposition taken for an event word's premodifiers), which the scorer tied to the debate.
    # Invented 4 until a presidency things are done under ("sous présidence italienne") stopped being a
    # term of office dated by the sentence.
    # 0.73 organisations until a body's head word alone ("le Conseil") joined the one body of the page
    # named on it ("Conseil de l'Union européenne"): the gold's short form "Conseil de l'UE" ties only
    # with the bare word, which the scorer had counted as the body found.
    "articles7": {"event recall": 0.54, "dates exact": 0.76, "invented": 3, "people": 0.85, "orgs": 0.72},
    # 0.77 until 'le premier jour du mois qui suit ...' stopped being read as a day of the lead's
    # event: the wrong events it dated had been tied by the scorer to a working session that day.
    # 0.82 exact dates until a summit after its owner's possessive kept its name ("the ITU's AI for Good
    # summit"), so the scorer pairs it with its gold event and its month.
    # 0.85 exact dates until "the regulation is published in the Official Journal" was named after the
    # act the page named ("the regulation" stands for it): the scorer now pairs it with its gold event,
    # and the day's year it had before is not the gold's.
    "articles8": {"event recall": 0.79, "dates exact": 0.84, "invented": 2, "people": 0.93, "orgs": 0.88},
}


@pytest.mark.parametrize("name", sorted(ARTICLE_FLOORS))
def test_articles_written_for_sommet_hold_their_floors(name):
    articles = ARTICLES / name
    figures = score(extracted(articles=articles), documents(articles=articles), articles)
    floors = ARTICLE_FLOORS[name]
    assert figures["event"]["recall"] >= floors["event recall"]
    assert figures["dates_exact"] >= floors["dates exact"]
    assert len(figures["invented_dates"]) <= floors["invented"], figures["invented_dates"]
    assert figures["person"]["recall"] >= floors["people"]
    assert figures["org"]["recall"] >= floors["orgs"]
