"""Which sentences the entity recogniser reads: those that may hold a name."""

from __future__ import annotations

import pytest

from sommet.ingest.nlp import may_name


@pytest.mark.parametrize(
    "sentence",
    [
        "La ministre a rencontré Anne Roussel hier.",
        "Lisbonne accueillera le prochain forum.",
        "The minister met Anne Roussel on Monday.",
        "Ghent will host the next meeting.",
    ],
)
def test_sentence_with_a_capitalised_name_is_read(sentence):
    assert may_name(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Le débat a porté sur les données et le climat.",
        "Il faudra encore du temps.",
        "The debate was about data and climate.",
        "It will take time.",
        "",
    ],
)
def test_sentence_without_a_possible_name_is_skipped(sentence):
    assert not may_name(sentence)
