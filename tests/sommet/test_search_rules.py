"""Each ranking rule pinned with small made-up entries: what wins, and what only breaks a tie."""

from __future__ import annotations

import json
import random

import pytest

from sommet.search import SearchIndex
from sommet.search.ranking import prepare
from sommet.search.words import WORDS_FILE, vocabulary, word_cost, word_costs
from sommet.store import IndexEntry


def _index(*entries: IndexEntry) -> SearchIndex:
    index = SearchIndex()
    index.build(entries)
    return index


def _event(entry_id: int, *names: str, **facets) -> IndexEntry:
    return IndexEntry("event", entry_id, None, names, **facets)


def _order(index: SearchIndex, query: str) -> list[int]:
    return [m.id for m in index.rank(query, owner="event", guild_id=None)]


def _opened(index: SearchIndex, query: str) -> int | None:
    match = index.resolve(query, owner="event", guild_id=None).match
    return match.id if match else None


def test_more_query_words_matched_ranks_first():
    index = _index(_event(1, "Forum Kigali"), _event(2, "Forum Kigali Numérique"))
    assert _order(index, "forum kigali numerique") == [2, 1]


def test_fewer_typos_rank_first():
    index = _index(_event(1, "Sommet Dakor"), _event(2, "Sommet Dakar"))
    assert _order(index, "sommet dakar") == [2, 1]


def test_words_in_order_and_close_together_rank_first():
    index = _index(
        _event(1, "Conseil des Données Publiques et Ouvertes de Paris"),
        _event(2, "Paris Conseil Données"),
        _event(3, "Conseil Paris Données"),
    )
    assert _order(index, "conseil paris") == [3, 2, 1]


def test_a_whole_name_beats_a_longer_one_and_a_whole_word_beats_a_prefix():
    index = _index(_event(1, "Forum Lyon Numérique"), _event(2, "Forum Lyon"))
    assert _order(index, "forum lyon") == [2, 1]
    index = _index(_event(1, "Atelier Lyonnais Est"), _event(2, "Atelier Lyon Est"))
    assert _order(index, "atelier est lyon") == [2, 1]


def test_a_main_name_beats_an_alias_which_beats_a_description():
    index = _index(
        _event(1, "Sommet nordique", about="Une rencontre à Oslo entre ministres"),
        _event(2, "Autre nom", "Rencontre Oslo"),
        _event(3, "Rencontre Oslo"),
    )
    assert _order(index, "rencontre oslo") == [3, 2, 1]


def test_years_and_places_in_the_query_match_the_dates_and_place():
    index = _index(
        _event(1, "Sommet Lomé", years=(2024,), places=("Togo",)),
        _event(2, "Sommet Lomé", years=(2026,), places=("Togo",)),
        _event(3, "Forum numérique", places=("Abidjan", "Côte d'Ivoire")),
        _event(4, "Forum numérique", places=("Dakar", "Sénégal")),
    )
    assert _opened(index, "sommet lome 2026") == 2
    assert _opened(index, "2024 lome") == 1
    assert _opened(index, "forum numerique senegal") == 4


def test_prominence_breaks_a_tie_and_a_parent_beats_its_own_sub_event():
    index = _index(_event(1, "Festival Oslo"), _event(2, "Festival Oslo", prominence=6))
    assert _opened(index, "festival oslo") == 2
    index = _index(_event(1, "Festival Oslo"), _event(2, "Festival Oslo", parent_id=1, prominence=9))
    assert _opened(index, "festival oslo") == 1


def test_stop_words_neither_help_nor_hurt():
    index = _index(_event(1, "Sommet de la Paix"), _event(2, "Sommet Paix Durable"))
    assert _order(index, "sommet paix") == _order(index, "le sommet de la paix") == [1, 2]
    assert index.rank("sommet paix", owner="event", guild_id=None)[0].rank == (
        index.rank("the sommet of la paix", owner="event", guild_id=None)[0].rank
    )


def test_equivalent_words_count_as_the_same_word():
    index = _index(_event(1, "Forum IA Dakar"), _event(2, "Forum Dakar"))
    assert _opened(index, "ai forum dakar") == 1
    assert _opened(index, "forum intelligence artificielle dakar") == 1
    index = _index(_event(1, "Forum sur l'intelligence artificielle"))
    assert _opened(index, "forum ai") == 1
    assert _opened(index, "forum intelligence artif") == 1  # still typing the long form


def test_typos_allowed_grow_with_word_length():
    index = _index(_event(1, "Lomé"), _event(2, "Kigali"), _event(3, "Bruxelles"))
    assert _opened(index, "lame") is None  # four letters: no typo
    assert _opened(index, "kigalo") == 2  # five or more: one
    assert _opened(index, "kigolo") is None
    assert _opened(index, "bruxeles") == 3
    assert _opened(index, "bruxxeles") == 3  # nine or more: two
    assert _opened(index, "brixxeles") is None


def test_only_the_last_word_may_be_unfinished():
    index = _index(_event(1, "Forum Kigali"))
    assert _opened(index, "forum kiga") == 1
    assert _order(index, "kiga") == [1]
    assert index.rank("kiga forum", owner="event", guild_id=None)[0].words == 1


def test_a_true_tie_asks_and_offers_the_best_first():
    index = _index(_event(1, "Atelier IA Lyon"), _event(2, "Atelier IA Nantes"), _event(3, "Atelier Rennes"))
    resolution = index.resolve("atelier ia", owner="event", guild_id=None)
    assert resolution.match is None and [m.id for m in resolution.choices] == [1, 2]


def test_a_leader_is_opened_with_its_close_runners_up():
    index = _index(_event(1, "Forum Oslo"), _event(2, "Forum Oslo Numérique"), _event(3, "Forum Riga"))
    resolution = index.resolve("forum oslo", owner="event", guild_id=None)
    assert resolution.match.id == 1 and [m.id for m in resolution.others] == [2]


def test_a_query_whose_words_mostly_match_nothing_only_gets_suggestions():
    index = _index(_event(1, "Forum Oslo"))
    resolution = index.resolve("forum riga tallinn", owner="event", guild_id=None)
    assert resolution.match is None and [m.id for m in resolution.suggestions] == [1]


def test_teams_can_add_their_own_equivalent_words(tmp_path, monkeypatch):
    words = json.loads(WORDS_FILE.read_text(encoding="utf-8"))
    words["same_words"].append(["otan", "nato"])
    extended = tmp_path / "words.json"
    extended.write_text(json.dumps(words), encoding="utf-8")
    monkeypatch.setenv("SOMMET_WORDS", str(extended))
    vocabulary.cache_clear()
    prepare.cache_clear()
    try:
        index = _index(_event(1, "Sommet de l'OTAN"))
        assert _opened(index, "nato summit") == 1
    finally:
        monkeypatch.delenv("SOMMET_WORDS")
        vocabulary.cache_clear()
        prepare.cache_clear()
    assert _opened(_index(_event(1, "Sommet de l'OTAN")), "nato summit") is None


@pytest.mark.parametrize("query", ["", " ’ ", "de la"])
def test_a_query_of_nothing_or_only_stop_words_matches_nothing(query):
    assert _order(_index(_event(1, "De la Terre")), query) == []


def test_typo_candidates_costed_together_match_word_cost_one_by_one():
    """The index costs a query word's typo candidates in one batch: each answer is word_cost's."""
    rng = random.Random(3)
    vocabulary = [
        "ministérielle",
        "ministerial",
        "minister",
        "réunion",
        "reunions",
        "gouvernance",
        "mini",
        "kigali",
    ]
    vocabulary += ["".join(rng.choices("aeimnorstu", k=rng.randint(2, 13))) for _ in range(400)]
    queries = [
        "kgali",  # "kigali" with one letter left out: a whole-word typo, not a prefix
        "ministerielle",
        "minsiterial",
        "reunoin",
        "gouvernanse",
        "kigal",
        "minis",
        "sommet",
        "intelligense",
    ]
    queries += [word[: rng.randint(3, len(word))] for word in rng.sample(vocabulary, 40) if len(word) > 3]
    for query in queries:
        for last in (False, True):
            expected = [word_cost(query, word, last=last) for word in vocabulary]
            assert word_costs(query, vocabulary, last=last) == expected, (query, last)
