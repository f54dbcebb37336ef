"""After ``sommet ingest`` of the development corpus, the bot answers the questions its README asks.

Runs in CI (CI=true), where ../shared/corpus is laid beside the repository; elsewhere it skips.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from bot import create_bot
from sommet.ingest.run import ingest_paths
from sommet.service import Sommet
from tests.cogs.helpers import field
from tests.reading import as_read

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "docs"

pytestmark = pytest.mark.skipif(
    os.environ.get("CI") != "true",
    reason="reads the development corpus in ../shared/corpus, which only CI is sure to have (set CI=true)",
)


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory):
    if not CORPUS.is_dir():
        pytest.fail(f"CI=true but the corpus is missing from {CORPUS}")
    path = tmp_path_factory.mktemp("corpus") / "sommet.db"
    app = Sommet.open(path)
    outcome = ingest_paths(app.store, [CORPUS])
    app.close()
    assert not outcome.failures
    return path


@pytest.fixture
def simcord_bot(corpus_db, monkeypatch):
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    return create_bot(corpus_db)


# (query as a user types it, words the card's title holds, what its "When" field reads)
EVENT_QUESTIONS = [
    ("forum mondial éthique IA Kranj", ("forum", "éthique"), "February 5 – 6, 2024"),
    ("GPAI meeting Belgrade", ("partnership", "meeting"), "December 3 – 4, 2024"),
    ("réunion ministérielle OCDE", ("ministérielle",), "May 2 – 3, 2024"),
    ("entrée en vigueur loi-cadre IA Corée", ("vigueur",), "January 22, 2026"),
    # The shipped entry for this declaration is the same real event, dated to the month.
    ("déclaration conjointe France Chine IA", ("declaration",), "May 2024"),
    ("prorogation du Parlement", ("prorogation",), "January 6"),
    ("Sommet pour l'action sur l'IA", ("action",), "February 10 – 11, 2025"),
    # Reported in French and in English: one entry, shown by its English name.
    ("Recommandation UNESCO éthique IA adoption", ("recommendation", "ethics"), "November 2021"),
    ("International Network of AI Safety Institutes meeting", ("institutes",), "November 20 – 21, 2024"),
    ("Luciana Santos Aleksandar Ristic", ("luciana", "ristic"), "August 13, 2024"),
    ("AI Security Institute rebranding", ("rebranding",), "February 14, 2025"),
    ("Munich Security Conference", ("munich",), "February 14, 2025"),
    ("dîner Elysée", ("élysée", "dinner"), "February 10, 2025"),
    ("réunion Trudeau Macron Ottawa", ("trudeau", "macron"), "September 26, 2024"),
    ("Raimondo announcement Seoul", ("raimondo",), "May 2024"),
]


@pytest.mark.parametrize(
    ("query", "title_words", "when"), EVENT_QUESTIONS, ids=[q for q, _, _ in EVENT_QUESTIONS]
)
async def test_a_corpus_question_opens_the_right_card_with_its_date(world, query, title_words, when):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "event", query=query)
    assert result.response.embeds, result.response.content
    embed = result.response.embeds[0]
    title = embed.title.lower()
    assert all(word in title for word in title_words), embed.title
    assert when in as_read(field(embed, "When")), field(embed, "When")


ACTOR_QUESTIONS = [
    ("Robert Golob", "Robert Golob"),
    ("JD Vance", "Vance"),
    ("Rishi Sunak", "Rishi Sunak"),
    ("Doreen Bogdan-Martin", "Bogdan-Martin"),
    ("Jelena Begovic", "Begovic"),
    ("Xi Jinping", "Xi Jinping"),
    ("Justin Trudeau", "Justin Trudeau"),
    ("Gina Raimondo", "Raimondo"),
    ("Mary Simon", "Mary Simon"),
    ("Peter Kyle", "Peter Kyle"),
]


@pytest.mark.parametrize(("query", "name"), ACTOR_QUESTIONS, ids=[q for q, _ in ACTOR_QUESTIONS])
async def test_a_corpus_person_opens_their_card_with_their_events(world, query, name):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "actor", query=query)
    assert result.response.embeds, result.response.content
    embed = result.response.embeds[0]
    assert name in embed.title
    assert re.search(r"\d{4}", " ".join(f.value for f in embed.fields)), "no dated event on the card"
