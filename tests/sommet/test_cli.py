"""The sommet command: export writes the store in the stable export format."""

from __future__ import annotations

import json
import re

from sommet.cli import main

ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def test_export_writes_every_event_and_actor_in_the_export_format(tmp_path, capsys):
    db = tmp_path / "sommet.db"
    out = tmp_path / "export.json"
    assert main(["export", "--db", str(db), "--output", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert set(data) == {"events", "actors"}
    event_keys = {
        "name",
        "aliases",
        "kind",
        "start",
        "end",
        "location",
        "timezone",
        "parent",
        "actors",
        "sources",
    }
    actor_keys = {"name", "kind", "role", "aliases", "events", "sources"}
    for event in data["events"]:
        assert event_keys <= set(event)
        for value in (event["start"], event["end"]):
            assert value is None or ISO.match(value)
        assert all(set(link) == {"name", "role"} for link in event["actors"])
    for actor in data["actors"]:
        assert actor_keys <= set(actor)
    summit = next(e for e in data["events"] if "AI Action Summit" in e["aliases"])
    assert (summit["start"], summit["end"], summit["parent"]) == (
        "2025-02-10",
        "2025-02-11",
        "Semaine de l'action pour l'intelligence artificielle",
    )
    assert {"name": "Inde", "role": "co-chair"} in summit["actors"]


def test_init_reports_what_the_new_store_holds(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "s.db"), "init"]) == 0
    assert re.match(r"\d+ events, \d+ actors, \d+ links, 5 documents", capsys.readouterr().out)
