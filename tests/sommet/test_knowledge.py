"""The shipped knowledge: loaded once on first start, complete, bilingual and sourced."""

from __future__ import annotations

import copy
import json

import pytest

from sommet.export import export
from sommet.knowledge import KNOWLEDGE_FILE, load_file, validate
from sommet.service import Sommet
from sommet.store import Store

DATA = json.loads(KNOWLEDGE_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sommet():
    app = Sommet.open(memory=True)
    yield app
    app.close()


def _event(sommet: Sommet, query: str):
    return sommet.store.event(sommet.pick("event", query, guild_id=None))


def test_starting_again_changes_nothing(tmp_path):
    path = tmp_path / "sommet.db"
    first = Sommet.open(path)
    before = export(first.store)
    first.close()
    store = Store.open(path)
    assert load_file(store).loaded is False
    assert export(store) == before
    assert store.counts()["events"] == len(DATA["events"])
    store.close()


def test_every_entry_cites_a_document_and_the_file_is_consistent():
    validate(DATA)
    for entry in (*DATA["events"], *DATA["actors"]):
        assert entry["sources"], entry["key"]


@pytest.mark.parametrize(
    "broken",
    [
        lambda d: d["events"][0].update(parent="no-such-event"),
        lambda d: d["events"][0].update(start="2025-02-11", end="2025-02-10"),
        lambda d: d["events"][0].update(timezone="Mars/Olympus"),
        lambda d: d["actors"][0].update(sources=["no-such-doc"]),
    ],
)
def test_validation_rejects_broken_references_dates_and_zones(broken):
    data = copy.deepcopy(DATA)
    broken(data)
    with pytest.raises(Exception):  # noqa: B017 - ValueError or ZoneInfoNotFoundError
        validate(data)


def test_paris_summit_has_both_names_its_dates_and_a_programme(sommet):
    summit = _event(sommet, "Sommet pour l'action sur l'IA")
    assert _event(sommet, "AI Action Summit").id == summit.id
    assert (summit.start.iso(), summit.end.iso(), summit.timezone) == (
        "2025-02-10",
        "2025-02-11",
        "Europe/Paris",
    )
    card = sommet.event_card(summit.id, guild_id=None)
    assert card.parent is not None and card.parent.start.iso() == "2025-02-06"
    week = sommet.event_card(card.parent.id, guild_id=None)
    programme = {e.name: e.start.iso() for e in week.children}
    assert programme["AI, Science and Society"] == "2025-02-06"
    assert "2025-02-11" in programme.values()
    roles = {(p.actor.name, p.role) for p in card.participants}
    assert ("France", "host") in roles and ("Inde", "co-chair") in roles


def test_bletchley_summit_year_is_worked_out_from_the_weekdays(sommet):
    summit = _event(sommet, "AI Safety Summit")
    assert (summit.start.iso(), summit.end.iso()) == ("2023-11-01", "2023-11-02")
    assert _event(sommet, "Sommet sur la sécurité de l'intelligence artificielle").id == summit.id


@pytest.mark.parametrize(("french", "english"), [("PMIA", "GPAI"), ("OCDE", "OECD")])
def test_acronyms_in_both_languages_name_one_actor(sommet, french, english):
    assert sommet.pick("actor", french, guild_id=None) == sommet.pick("actor", english, guild_id=None)


def test_precision_is_kept_for_months_and_years(sommet):
    dates = {e.start.iso() for e in sommet.store.all_events() if e.start}
    assert "2020-12" in dates  # an expert meeting known to the month
    assert "2021" in dates  # a meeting known to the year
    assert "2024-05" in dates  # a state visit known to the month


def test_the_announced_paris_edition_is_the_ai_action_summit_and_not_undated(sommet):
    summit = _event(sommet, "Second AI Safety Summit (Paris)")
    assert summit.name == "Sommet pour l'action sur l'IA"
    assert (summit.start.iso(), summit.end.iso()) == ("2025-02-10", "2025-02-11")
    assert {"seed-001", "seed-002"} <= {d["id"] for d in DATA["documents"]}
    assert "ai-safety-summit-paris-edition" not in {e["key"] for e in DATA["events"]}


def test_the_quebec_france_mission_was_in_june_2020(sommet):
    assert _event(sommet, "Première mission virtuelle Québec-France").start.iso() == "2020-06-25"


def test_a_store_loaded_from_an_older_file_is_corrected(tmp_path):
    older = copy.deepcopy(DATA)
    del older["retired"]
    mission = next(e for e in older["events"] if e["key"] == "quebec-france-virtual-mission-2021")
    mission["start"] = "2021-06-25"
    older["events"].append(
        {
            "key": "ai-safety-summit-paris-edition",
            "name": "Deuxième édition",
            "kind": "summit",
            "sources": ["seed-002"],
        }
    )
    path = tmp_path / "older.json"
    path.write_text(json.dumps(older), encoding="utf-8")
    store = Store.open(None)
    load_file(store, path)
    assert load_file(store).loaded is True
    keys = {event.key: event for event in store.all_events()}
    assert "ai-safety-summit-paris-edition" not in keys
    assert keys["quebec-france-virtual-mission-2021"].start.iso() == "2020-06-25"
    assert store.counts()["events"] == len(DATA["events"])
    store.close()
