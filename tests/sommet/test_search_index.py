"""The search index against the ranking rules applied to every entry, and its updates in place."""

from __future__ import annotations

import random

import pytest

from sommet.search import CHOICES, SearchIndex, acronym, normalise
from sommet.search import table as table_module
from sommet.search.ranking import Query, rank_every, scorer
from sommet.search.table import PREFIXES
from sommet.store import IndexEntry

_WORDS = [
    "sommet",
    "conférence",
    "forum",
    "dialogue",
    "réunion",
    "ministérielle",
    "atelier",
    "intelligence",
    "artificielle",
    "sécurité",
    "données",
    "numérique",
    "gouvernance",
    "éthique",
    "paris",
    "séoul",
    "londres",
    "genève",
    "bruxelles",
    "kigali",
    "montréal",
    "tokyo",
    "delhi",
    "agence",
    "conseil",
    "institut",
    "observatoire",
    "mondial",
    "national",
    "européen",
]
_GLUE = ("de", "sur la", "pour la", "des", "du")
_PEOPLE = ["cédric", "bruno", "hélène", "jean", "marie", "anne", "léa", "rishi", "kamala", "yoshua"]
_FAMILY = [
    "martin",
    "marten",
    "durand",
    "dupont",
    "lefèvre",
    "moreau",
    "garnier",
    "faure",
    "chevalier",
    "lambert",
]


def _corpus(rng: random.Random, size: int) -> list[IndexEntry]:
    entries = []
    for entry_id in range(1, size + 1):
        if rng.random() < 0.4:
            names = [f"{rng.choice(_PEOPLE).title()} {rng.choice(_FAMILY).title()}"]
        else:
            words = rng.sample(_WORDS, rng.randint(2, 4))
            names = [
                f"{words[0].title()} {rng.choice(_GLUE)} {' '.join(words[1:])} {rng.randint(2000, 2030)}"
            ]
            if rng.random() < 0.5:
                names.append((acronym(normalise(names[0])) or "x").upper())
        guild = rng.choice((None, None, None, 1, 2))
        entries.append(IndexEntry("event", entry_id, guild, tuple(names)))
    return entries


def _slip(rng: random.Random, text: str) -> str:
    i = rng.randrange(1, len(text) - 1)
    return rng.choice(
        (text[:i] + text[i + 1 :], text[:i] + text[i] + text[i:], text[:i] + "x" + text[i + 1 :])
    )


def _queries(rng: random.Random, entries: list[IndexEntry], count: int) -> list[str]:
    made = []
    for _ in range(count):
        name = rng.choice(rng.choice(entries).names)
        made.append(
            rng.choice(
                (
                    name,
                    normalise(name),
                    _slip(rng, name) if len(name) > 4 else name,
                    name[: rng.randint(3, max(3, len(name)))],
                    max(name.split(), key=len),
                )
            )
        )
    return made


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_first_result_is_as_good_as_the_rules_applied_to_every_entry(seed):
    """The index ranks names by the rules, best ceiling first, until none left can rank higher:
    its first answer ranks exactly as high as the best of every entry under the same rules, and it
    never shows another server's entry."""
    rng = random.Random(seed)
    entries = _corpus(rng, 400)
    index = SearchIndex()
    index.build(entries)
    guilds = {entry.id: entry.guild_id for entry in entries}
    asked = same = 0
    for query in _queries(rng, entries, 150):
        guild_id = rng.choice((None, 1, 2))
        ranked = index.rank(query, owner="event", guild_id=guild_id)
        expected = rank_every(query, entries, guild_id=guild_id, limit=1)
        assert bool(ranked) == bool(expected), query
        if expected:
            asked += 1
            assert ranked[0].rank <= expected[0].rank, query
            same += ranked[0].rank == expected[0].rank
        assert all(guilds[match.id] in (None, guild_id) for match in ranked)
    assert asked >= 120 and same == asked, (asked, same)


def test_entries_added_after_the_build_are_found_by_typos_and_prefixes_at_once():
    index = SearchIndex()
    index.build(IndexEntry("actor", n, None, (f"Personne {n:04d}",)) for n in range(1, 300))
    index.update(
        "actor", 1000, [IndexEntry("actor", 1000, None, ("Margrethe Vestager", "Commissaire Vestager"))]
    )
    assert index.resolve("margrethe vestagr", owner="actor", guild_id=None).match.id == 1000
    assert index.rank("commissaire ves", owner="actor", guild_id=None)[0].id == 1000
    assert index.rank("vestager", owner="actor", guild_id=None)[0].id == 1000


def test_a_removed_name_can_come_back():
    index = SearchIndex()
    index.build([IndexEntry("event", 1, None, ("Forum de Kigali",))])
    index.update("event", 1, [])
    assert index.rank("forum de kigali", owner="event", guild_id=None) == []
    assert index.rank("forum de kigal", owner="event", guild_id=None) == []
    index.update("event", 2, [IndexEntry("event", 2, None, ("Forum de Kigali",))])
    assert [m.id for m in index.rank("forum de kigali", owner="event", guild_id=None)] == [2]
    assert [m.id for m in index.rank("forum de kigal", owner="event", guild_id=None)] == [2]


def test_a_name_shared_by_two_entries_stays_with_the_one_left():
    index = SearchIndex()
    index.build(
        [
            IndexEntry("event", 1, None, ("Sommet de Paris", "SdP")),
            IndexEntry("event", 2, None, ("Sommet de Paris",)),
        ]
    )
    assert {m.id for m in index.resolve("sommet de paris", owner="event", guild_id=None).choices} == {1, 2}
    index.update("event", 1, [IndexEntry("event", 1, None, ("Sommet de Paris 2025",))])
    assert index.resolve("sommet de paris", owner="event", guild_id=None).match.id == 2


def test_private_names_are_found_only_by_their_server_even_when_another_has_the_same():
    index = SearchIndex()
    index.build(
        [
            IndexEntry("event", 1, 10, ("Réunion d'équipe",)),
            IndexEntry("event", 2, 20, ("Réunion d'équipe",)),
        ]
    )
    for guild_id, expected in ((10, 1), (20, 2)):
        assert index.resolve("reunion d equipe", owner="event", guild_id=guild_id).match.id == expected
        assert [m.id for m in index.rank("reunion d equi", owner="event", guild_id=guild_id)] == [expected]
        assert [m.id for m in index.rank("reunoin d'equipe", owner="event", guild_id=guild_id)] == [expected]
    assert index.rank("reunion", owner="event", guild_id=30) == []


def test_changes_made_while_the_index_is_built_are_kept():
    index = SearchIndex()

    def read_by_the_store():
        yield IndexEntry("actor", 1, None, ("Ancien Nom",))
        index.update("actor", 2, [IndexEntry("actor", 2, None, ("Nouvelle Entrée",))])
        index.update("actor", 1, [IndexEntry("actor", 1, None, ("Nom Corrigé",))])

    index.build(read_by_the_store())
    assert index.resolve("nouvelle entree", owner="actor", guild_id=None).match.id == 2
    assert index.resolve("nom corrige", owner="actor", guild_id=None).match.id == 1
    assert all(m.matched != "Ancien Nom" for m in index.rank("ancien nom", owner="actor", guild_id=None))
    assert len(index) == 2


def test_one_letter_finds_a_whole_name_among_more_completions_than_are_listed():
    """The rules count every completion of the last word, so the index must look at all of them,
    not only the shortest ones it lists: a one-word alias matched whole comes first."""
    entries = [IndexEntry("actor", n, None, (f"Fabrice F{n:04d}x",)) for n in range(1, 400)]
    entries.append(IndexEntry("actor", 1000, None, ("Agnès Zauland", "Fauldenbergerova")))
    index = SearchIndex()
    index.build(entries)
    assert index.rank("f", owner="actor", guild_id=None)[0].id == 1000
    assert rank_every("f", entries, guild_id=None, limit=1)[0].id == 1000


def test_sub_events_added_after_the_build_mark_their_parent_and_keep_the_index_whole():
    index = SearchIndex()
    index.build(IndexEntry("event", n, None, (f"Atelier {n:04d}",)) for n in range(1, 50))
    index.update("event", 100, [IndexEntry("event", 100, None, ("Sommet de Lomé",))])
    for child in (101, 102):
        day = IndexEntry("event", child, None, (f"Sommet de Lomé, jour {child - 100}",), parent_id=100)
        index.update("event", child, [day])
    index.update("event", 103, [IndexEntry("event", 103, None, ("Forum de Kigali",))])
    # The parent leads its own days, and every entry added afterwards is found.
    assert index.rank("sommet de lomé", owner="event", guild_id=None)[0].id == 100
    assert index.rank("forum de kigali", owner="event", guild_id=None)[0].id == 103


def test_no_name_is_ranked_by_the_rules_above_its_ceiling():
    """The index skips the names whose ceiling cannot beat the entries kept, so a ceiling below
    the rules' verdict would lose answers. Equivalent words ("meeting" is "réunion"), words met
    twice and out of order make the rules choose among places, which the ceilings replay."""
    rng = random.Random(4)
    entries = _corpus(rng, 300)
    entries += [
        IndexEntry("event", 1000 + n, None, names)
        for n, names in enumerate(
            [
                ("Réunion ministérielle de Paris 2020", "Paris Ministerial Meeting 2020"),
                ("Paris Data Protection Ministerial Meeting 2021", "Réunion de Paris sur les données"),
                ("Sommet sur l'intelligence artificielle", "AI Summit", "Sommet IA Paris Paris"),
                ("Meeting meeting réunion de Kigali", "Kigali Kigali Forum"),
            ]
        )
    ]
    index = SearchIndex()
    index.build(entries)
    table = index._tables["event"]
    queries = [
        *_queries(rng, entries, 60),
        "réunion m",
        "réunion mi",
        "meeting paris",
        "paris réunion ministerial",
        "ia sommet",
        "kigali meeting réunion",
        "paris paris",
        "2020 paris",
    ]
    for text in queries:
        query = Query.parse(text)
        last = len(query.words) - 1
        costs = [table.variants(forms, last=i == last) for i, forms in enumerate(query.words)]
        verdict = scorer(query, costs)
        for units, ceilings in table.bounds(query.words, costs):
            for unit, ceiling in zip(units, ceilings, strict=True):
                view = index._views[table.slot[unit]]
                found = verdict(view, table.name[unit])
                if found is not None:
                    assert (*found[0], bool(table.parent[unit]), view.prominence) <= ceiling, (text, found)


_STARTS = ["ra", "ri", "ro", "ru", "ma", "mi", "mo"]
_SYLLABLES = ["ra", "ri", "ro", "ma", "mi", "lo", "la", "ne", "ta", "vel", "dur", "sen", "bri", "kal"]


def _many_completions(rng: random.Random, size: int) -> list[IndexEntry]:
    """People whose surnames start with a few letters (more completions of "r" or "m" than are
    listed), with initials aliases ("R. Rarobri"), one-word aliases, and events sharing the words."""
    entries = []
    for entry_id in range(1, size + 1):
        first = rng.choice(_PEOPLE).title()
        surname = rng.choice(_STARTS) + "".join(rng.choices(_SYLLABLES, k=rng.randint(1, 2)))
        surname = surname.title()
        names = [f"{first} {surname}"]
        if rng.random() < 0.3:
            names.append(f"{first[0]}. {surname}")
        if rng.random() < 0.05:
            names.append(surname)
        if rng.random() < 0.2:
            names = [f"Sommet de {surname} {rng.randint(2000, 2030)}", f"{surname} Summit"]
        entries.append(IndexEntry("actor", entry_id, rng.choice((None, None, 1)), tuple(names)))
    return entries


_SHORT = [
    "rishu r",
    "rishu ra",
    "sommett r",
    "r",
    "m",
    "ri",
    "ra",
    "b",
    "rishi r",
    "rishi ra",
    "sommet r",
    "sommet ma",
    "r. r",
    "zzz r",
    "rishi zzz m",
    "2010 r",
    "k",
]


@pytest.mark.parametrize("seed", [5, 6])
def test_short_last_words_rank_as_the_rules_applied_to_every_entry(seed):
    """A one- or two-letter last word completes to most words: only the names matching another
    query word are counted in full, and those holding nothing but a completion are handed out by
    their size, kind, parent and prominence. The whole list is still the rules' own, when the
    other words match many names, few ("zzz r": none) or when there are none."""
    rng = random.Random(seed)
    entries = _many_completions(rng, 1000)
    index = SearchIndex()
    index.build(entries)
    table = index._tables["actor"]
    assert table.completions("r") > PREFIXES  # more than are listed: counted apart
    for query in _SHORT:
        for guild_id in (None, 1):
            ranked = index.rank(query, owner="actor", guild_id=guild_id)
            expected = rank_every(query, entries, guild_id=guild_id, limit=CHOICES)
            assert [m.rank for m in ranked] == [m.rank for m in expected], query


def _bounds(table, text: str) -> list[tuple[int, tuple]]:
    query = Query.parse(text)
    last = len(query.words) - 1
    costs = [table.variants(forms, last=i == last) for i, forms in enumerate(query.words)]
    return [pair for chunk in table.bounds(query.words, costs) for pair in zip(*chunk, strict=True)]


@pytest.mark.parametrize("group", [1, 16_384])
def test_ceilings_come_best_first_and_bound_the_rules(monkeypatch, group):
    """The lookup stops at the first ceiling that cannot beat the entries kept, so the ceilings
    must come best first, over every name that can match, and never below the rules' verdict:
    whether the names are taken a number of words matched at a time or all at once, and with
    names that hold nothing but a completion of the last word."""
    monkeypatch.setattr(table_module, "_GROUP", group)
    rng = random.Random(8)
    entries = _many_completions(rng, 1000)
    index = SearchIndex()
    index.build(entries)
    index.update("actor", 5000, [IndexEntry("actor", 5000, None, ("Rishi Ravel", "Ravel"))])
    table = index._tables["actor"]
    assert table.completions("r") > PREFIXES
    for text in [*_SHORT, "rishi ravel", "ravel sommet 2010", "anne ma"]:
        query = Query.parse(text)
        last = len(query.words) - 1
        verdict = scorer(
            query, [table.variants(forms, last=i == last) for i, forms in enumerate(query.words)]
        )
        bounds = _bounds(table, text)
        ceilings = [ceiling for _, ceiling in bounds]
        assert ceilings == sorted(ceilings, reverse=True), text
        handed = {unit for unit, _ in bounds}
        for unit in range(len(table.slot)):
            view = index._views.get(table.slot[unit])
            found = None if view is None else verdict(view, table.name[unit])
            if found is not None:
                assert unit in handed, (text, view.names)
        for unit, ceiling in bounds:
            view = index._views.get(table.slot[unit])
            found = None if view is None else verdict(view, table.name[unit])
            if found is not None:
                assert (*found[0], bool(table.parent[unit]), view.prominence) <= ceiling, (text, found)
