"""Full-text search over document sentences: accents folded, prefixes, best sentences first."""

from __future__ import annotations

from dataclasses import asdict

import pytest

from sommet.cli import main
from sommet.fulltext import fts_query
from sommet.ingest.merge import merge
from sommet.ingest.pipeline import extract
from sommet.service import Sommet

CONSULTATION = """La France prépare le Sommet pour l'action sur l'IA

Paris, le 3 décembre 2024

Le Sommet pour l'action sur l'intelligence artificielle se tiendra à Paris les 10 et 11 février 2025. La consultation des experts sur la sécurité des modèles se poursuit jusqu'en janvier.

La consultation citoyenne a été organisée par Make.org et le Conseil national du numérique, qui ont recueilli plus de 11 000 contributions.

Un forum des organisations de la société civile sera organisé à la veille du sommet. Les citoyens pourront suivre les débats en ligne.
"""
SECURITY = """Ministers meet on AI security in Seoul

The AI Seoul Summit on 21 and 22 May 2024 discussed the security of frontier models. Ministers agreed to build a network of safety institutes.
"""


@pytest.fixture(scope="module")
def app():
    app = Sommet.open(memory=True)
    for name, text in (("consultation.txt", CONSULTATION), ("seoul.txt", SECURITY)):
        merge(app.store, extract(text, file_name=name, sha256=name * 4))
    yield app
    app.close()


def test_a_question_finds_the_sentence_that_answers_it_among_the_first_three(app):
    hits = app.store.documents.search("qui a organisé la consultation citoyenne ?")
    assert any("organisée par Make.org" in hit.text for hit in hits[:3]), [h.text for h in hits]
    assert hits[0].name == "consultation.txt" and hits[0].title


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("securite des modeles", "sécurité des modèles"),  # accents folded
        ("SÉCURITÉ", "sécurité des modèles"),
        ("consult citoy", "consultation citoyenne"),  # prefixes
        ("contributions", "11 000 contributions"),
        ("frontier security", "security of frontier models"),  # English
    ],
)
def test_words_match_without_accents_by_prefix_and_in_english(app, query, expected):
    hits = app.store.documents.search(query)
    assert hits and expected in hits[0].text, [h.text for h in hits]


@pytest.mark.parametrize(
    "query", ['"', "NEAR(", "*", "AND OR NOT", "a'b", "?", "-- ;DROP TABLE x", "🙂" * 50]
)
def test_any_text_is_searched_or_found_empty_without_an_error(app, query):
    assert isinstance(app.store.documents.search(query), list)


def test_question_words_alone_search_nothing():
    assert fts_query("qui ? what is the") is None


def test_a_forgotten_document_is_no_longer_found_and_undo_brings_it_back():
    app = Sommet.open(memory=True)
    report = merge(app.store, extract(SECURITY, file_name="seoul.txt", sha256="s" * 64))
    assert app.store.documents.search("frontier")
    forgotten = app.store.documents.forget(report.document_id)
    assert app.store.documents.search("frontier") == []
    app.store.documents.restore(asdict(forgotten))
    assert app.store.documents.search("frontier")
    app.close()


def test_sommet_search_prints_the_best_sentences_with_their_source(tmp_path, capsys):
    db = tmp_path / "s.db"
    article = tmp_path / "consultation.txt"
    article.write_text(CONSULTATION, encoding="utf-8")
    assert main(["ingest", "--db", str(db), str(article)]) == 0
    capsys.readouterr()
    assert main(["search", "--db", str(db), "--limit", "3", "consultation", "citoyenne"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. La consultation citoyenne a été organisée par Make.org")
    assert "— La France prépare le Sommet" in out
    assert main(["search", "--db", str(db), "zzzzzz"]) == 1
