"""Ranking: exact beats prefix beats fuzzy; aliases, acronyms and accents count; ties are not guessed."""

from __future__ import annotations

import pytest

from sommet.errors import UserError
from sommet.search import EXACT, FUZZY, PREFIX, SearchIndex, acronym, normalise
from sommet.store import IndexEntry


def _index(*entries: tuple[int, tuple[str, ...]], owner="actor", guild_id=None) -> SearchIndex:
    index = SearchIndex()
    index.build(IndexEntry(owner, entry_id, guild_id, names) for entry_id, names in entries)
    return index


PEOPLE = _index(
    (1, ("Cédric O", "M. O")),
    (2, ("Organisation de coopération et de développement économiques", "OCDE", "OECD")),
    (3, ("Bruno Le Maire",)),
    (4, ("Emmanuel Macron",)),
    (5, ("Partenariat mondial sur l'intelligence artificielle", "GPAI")),
    (6, ("Jean Martin",)),
    (7, ("Jean Marten",)),
)


def _found(query: str, index: SearchIndex = PEOPLE) -> int | None:
    resolution = index.resolve(query, owner="actor", guild_id=None)
    return resolution.match.id if resolution.match else None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("L’OCDE", "l ocde"),
        ("l'ocde", "l ocde"),
        ("Élysée!", "elysee"),
        ("O.C.D.E.", "ocde"),
        ("  A--b  ", "a b"),
    ],
)
def test_normalise_ignores_case_accents_apostrophes_and_punctuation(raw, expected):
    assert normalise(raw) == expected


def test_acronym_skips_small_words_in_french_and_english():
    assert acronym(normalise("Partenariat mondial sur l'intelligence artificielle")) == "pmia"
    assert acronym(normalise("Global Partnership on Artificial Intelligence")) == "gpai"
    assert acronym("jean martin") is None


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("cedric o", 1),  # no accent
        ("Cedrik O", 1),  # one typo
        ("Brunno Le Mair", 3),  # two typos
        ("macron", 4),  # one word of the name
        ("OECD", 2),  # English acronym
        ("ocde", 2),  # French acronym, lower case
        ("PMIA", 5),  # initials of the French name, not stored as an alias
        ("partenariat mondial", 5),  # prefix
    ],
)
def test_typos_accents_aliases_and_acronyms_find_the_entry(query, expected):
    assert _found(query) == expected


def test_exact_name_beats_prefix_which_beats_fuzzy():
    index = _index((1, ("Summit",)), (2, ("Summit Week",)), (3, ("Sumit Weak",)))
    ranked = index.rank("summit", owner="actor", guild_id=None)
    assert [(m.id, m.tier) for m in ranked] == [(1, EXACT), (2, PREFIX), (3, FUZZY)]
    assert _found("summit", index) == 1


def test_equally_good_matches_are_offered_instead_of_guessed():
    resolution = PEOPLE.resolve("Jean Martan", owner="actor", guild_id=None)
    assert resolution.match is None
    assert {m.id for m in resolution.choices} == {6, 7}


def test_several_prefix_matches_are_ambiguous():
    index = _index((1, ("Sommet de Paris",)), (2, ("Sommet de Séoul",)))
    resolution = index.resolve("sommet de", owner="actor", guild_id=None)
    assert resolution.match is None and {m.id for m in resolution.choices} == {1, 2}


def test_no_match_gives_no_entry_and_close_suggestions():
    resolution = PEOPLE.resolve("Emanuelle Macaron-Dupont", owner="actor", guild_id=None)
    nothing = PEOPLE.resolve("zzzz qqqq", owner="actor", guild_id=None)
    assert resolution.match is None and nothing.match is None
    assert nothing.suggestions == () and nothing.choices == ()


def test_over_long_and_empty_queries_are_refused_politely():
    with pytest.raises(UserError, match="under 200"):
        PEOPLE.resolve("x" * 201, owner="actor", guild_id=None)
    with pytest.raises(UserError, match="type a name"):
        PEOPLE.resolve(" ’ ", owner="actor", guild_id=None)


def test_entries_of_another_server_or_kind_are_not_found():
    index = _index((1, ("Private Meeting",)), owner="event", guild_id=42)
    assert index.resolve("Private Meeting", owner="event", guild_id=42).match.id == 1
    assert index.resolve("Private Meeting", owner="event", guild_id=7).match is None
    assert index.resolve("Private Meeting", owner="actor", guild_id=42).match is None


def test_a_servers_own_version_of_a_shared_entry_replaces_it_there_only():
    index = SearchIndex()
    index.build(
        [
            IndexEntry("event", 1, None, ("Shared Summit",), hidden_in=frozenset({42, 43})),
            IndexEntry("event", 1, 42, ("Renamed Summit",)),
        ]
    )
    assert index.resolve("Renamed Summit", owner="event", guild_id=42).match.name == "Renamed Summit"
    assert index.resolve("Shared Summit", owner="event", guild_id=42).match is None
    assert index.resolve("Shared Summit", owner="event", guild_id=7).match.id == 1
    assert index.resolve("Renamed Summit", owner="event", guild_id=7).match is None
    assert index.resolve("Shared Summit", owner="event", guild_id=43).match is None


def test_updates_and_removals_are_visible_at_once():
    index = _index((1, ("Old Name",)))
    index.update("actor", 1, [IndexEntry("actor", 1, None, ("New Name",))])
    assert _found("new name", index) == 1 and _found("old name", index) is None
    index.update("actor", 1, [])
    assert _found("new name", index) is None and len(index) == 0


def test_autocomplete_labels_are_cut_to_100_characters():
    index = _index((1, ("A" * 150,)))
    [match] = index.rank("a" * 10, owner="actor", guild_id=None)
    assert len(match.label()) == 100
