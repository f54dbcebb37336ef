"""End to end: sommet ingest on articles written for these tests, into a real SQLite store."""

from __future__ import annotations

import json
import os
import shutil
from datetime import date
from pathlib import Path

import pytest

from sommet.cli import main
from sommet.dates import PartialDate
from sommet.ingest.merge import merge, plan
from sommet.ingest.pipeline import extract, source_from_file
from sommet.ingest.run import ingest_paths
from sommet.models import Location
from sommet.service import Sommet
from sommet.store import Store

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
SEEDS = Path(__file__).resolve().parents[3].parent / "shared" / "seeds"
TODAY = date(2035, 1, 1)


def read(name: str):
    source = source_from_file(FIXTURES / name)
    return extract(source.text, fmt=source.fmt, file_name=source.file_name, sha256=source.sha256, today=TODAY)


def names(extraction):
    return {a.name for a in extraction.actors}, {e.name for e in extraction.events}


def test_english_article_gives_its_people_institutions_and_dated_summit():
    found = read("english_summit.txt")
    actors, _ = names(found)
    assert {
        "Amina Odhiambo",
        "Lars Eriksen",
        "Kenya",
        "Canada",
        "OCDE",
        "Nordic Institute for Model Evaluation",
    } <= actors
    summit = next(e for e in found.events if e.name == "Global AI Testing Summit")
    assert (summit.start.iso(), summit.end.iso(), summit.location.city) == (
        "2031-03-12",
        "2031-03-13",
        "Nairobi",
    )
    assert ("Kenya", "host") in summit.actors or ("Kenya", "organiser") in summit.actors
    assert found.published == PartialDate(2031, 3, 14) and found.language == "en"


def test_html_furniture_yields_no_entity():
    found = read("french_forum.html")
    actors, events = names(found)
    assert {"Hélène Marchetti", "Commission européenne", "UNESCO", "Conseil national du numérique"} <= actors
    assert "Agence nationale de la sécurité des systèmes d'information" in actors
    text = json.dumps([sorted(actors), sorted(events)], ensure_ascii=False)
    for furniture in ("Marseille", "Bordeaux", "Toulouse", "Bruxelles", "Strasbourg", "Gazette", "Facebook"):
        assert furniture not in text
    forum = next(e for e in found.events if e.name == "Forum de Lyon sur l'IA responsable")
    assert (forum.start.iso(), forum.end.iso()) == ("2032-10-03", "2032-10-04")
    assert (found.publisher, found.published) == ("La Gazette Numérique", PartialDate(2032, 10, 5))


def test_markdown_article_with_relative_date_and_acronym():
    found = read("french_webinar.md")
    webinar = next(e for e in found.events if e.kind == "webinar")
    assert (webinar.name, webinar.start.iso()) == ("Algorithmes et services publics locaux", "2033-02-18")
    amf = next(a for a in found.actors if a.name == "Association des maires de France")
    assert "AMF" in amf.aliases
    lemoine = next(a for a in found.actors if a.name == "Paul Lemoine")
    assert lemoine.role == "maire de Grenoble"


def test_known_entry_gains_an_alias_and_a_source_instead_of_a_duplicate():
    store = Store.open(None)
    oecd = store.add_actor(
        name="Organisation de coopération et de développement économiques",
        kind="organisation",
        origin="admin",
    )
    summit = store.add_event(
        name="Sommet mondial des essais d'IA",
        kind="summit",
        origin="shipped",
        location=Location(city="Nairobi"),
    )
    store.add_alias("event", summit, "Global AI Testing Summit")
    report = merge(store, read("english_summit.txt"))
    assert "Organisation de coopération et de développement économiques" in report.actors_merged
    actor = store.actor(oecd)
    assert actor.name == "Organisation de coopération et de développement économiques"  # admin entry kept
    assert {"OECD", "OCDE"} <= {alias.name for alias in actor.aliases}
    event = store.event(summit)
    assert (event.name, event.start) == ("Sommet mondial des essais d'IA", None)  # shipped: never overwritten
    assert [s.file_name for s in store.sources("event", summit)] == ["english_summit.txt"]
    quote = store.db.execute("SELECT quote FROM event_sources WHERE event_id = ?", [summit]).fetchone()[0]
    assert "Global AI Testing Summit" in quote
    assert len([a for a in store.all_actors() if "OECD" in (a.name, *(x.name for x in a.aliases))]) == 1


def test_second_run_changes_nothing(tmp_path):
    store = Store.open(tmp_path / "s.db")
    first = ingest_paths(store, [FIXTURES], today=TODAY)
    before = store.counts()
    second = ingest_paths(store, [FIXTURES], today=TODAY)
    assert first.read == len(list(FIXTURES.iterdir())) == len(first.reports)
    assert second.skipped == sorted(p.name for p in FIXTURES.iterdir()) and second.reports == []
    assert store.counts() == before


def test_a_failing_document_leaves_nothing_and_the_run_goes_on(tmp_path):
    store = Store.open(None)
    good = read("french_webinar.md")
    broken = read("english_summit.txt")
    broken.events[0].start = "not a date"  # the store cannot write it
    with pytest.raises(AttributeError):
        merge(store, broken)
    assert store.counts() == {"events": 0, "actors": 0, "links": 0, "documents": 0}
    merge(store, good)
    assert store.counts()["documents"] == 1


def test_dry_run_prints_export_json_and_writes_nothing(tmp_path, capsys):
    db = tmp_path / "s.db"
    Sommet.open(db).close()
    before = db.read_bytes()
    assert main(["ingest", "--db", str(db), "--dry-run", str(FIXTURES / "french_webinar.md")]) == 0
    out = capsys.readouterr()
    data = json.loads(out.out)
    webinar = next(e for e in data["events"] if e["kind"] == "webinar")
    assert webinar["start"] == "2033-02-18" and webinar["sources"][0]["file"] == "french_webinar.md"
    assert "1 documents read" in out.err
    assert db.read_bytes() == before
    store = Store.open(db)
    assert store.document_by_hash(source_from_file(FIXTURES / "french_webinar.md").sha256) is None
    store.close()


def test_plan_reports_what_would_be_added_without_writing():
    store = Store.open(None)
    result = plan(store, [read("french_webinar.md")])
    assert "Algorithmes et services publics locaux" in result.reports[0].events_added
    assert result.preview["events"][0]["name"] == "Algorithmes et services publics locaux"
    assert store.counts() == {"events": 0, "actors": 0, "links": 0, "documents": 0}


def test_cli_ingest_prints_a_summary(tmp_path, capsys):
    folder = tmp_path / "docs"
    shutil.copytree(FIXTURES, folder)
    (folder / "notes.pdf").write_bytes(b"%PDF")
    assert main(["ingest", "--db", str(tmp_path / "s.db"), str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        f"{len(list(FIXTURES.iterdir()))} documents read, 0 skipped (already known), 0 failed. Events: "
    )


@pytest.mark.skipif(
    os.environ.get("CI") != "true" and not SEEDS.is_dir(),
    reason="the seed articles (../shared/seeds) are only guaranteed in CI",
)
def test_seeds_are_already_known_to_a_fresh_store(tmp_path, capsys):
    db = tmp_path / "s.db"
    assert main(["ingest", "--db", str(db), str(SEEDS)]) == 0
    assert capsys.readouterr().out.startswith("5 documents read, 5 skipped (already known), 0 failed.")
    app = Sommet.open(db)
    assert app.store.counts()["documents"] == 5
    app.close()


def _dated(extraction) -> dict[str, tuple[str | None, str | None]]:
    return {
        e.name: (e.start.iso() if e.start else None, e.end.iso() if e.end else None)
        for e in extraction.events
    }


def test_programme_article_of_another_summit_gives_its_week_forum_and_sub_events_with_dates():
    extraction = read("french_programme_dakar.txt")
    dated = _dated(extraction)
    assert dated["Semaine africaine du numérique responsable"] == ("2026-04-20", "2026-04-26")
    assert dated["Forum africain du numérique responsable"] == ("2026-04-24", "2026-04-25")
    assert dated["Données, climat et santé"] == ("2026-04-20", "2026-04-21")
    assert dated["Week-end citoyen"] == ("2026-04-25", "2026-04-26")
    assert dated["Dîner"] == ("2026-04-24", None)
    assert dated["Événement parallèle sur l'inclusion financière"] == ("2026-04-25", None)
    assert dated["Événement parallèle sur l'agriculture connectée"] == ("2026-04-25", None)
    # "Parallèlement" names no date: the hackathon is not given one.
    assert dated.get("Hackathon", (None, None)) == (None, None)
    forum = next(e for e in extraction.events if e.name.startswith("Forum africain"))
    assert forum.parent == "Semaine africaine du numérique responsable"
    assert forum.location.city == "Dakar"


def test_english_ministerial_article_gives_the_meetings_forum_and_announcements_with_dates():
    dated = _dated(read("english_ministerial.txt"))
    assert dated["Meeting of trade and technology ministers in Reykjavik"] == ("2025-10-13", None)
    assert dated["Nordic Digital Forum"] == ("2025-10-13", "2025-10-14")
    assert dated["Announcement : Finland would host the next forum in Helsinki"] == ("2025-10-13", None)
    assert dated["Joint statement on open research data"] == ("2025-10-13", None)
    # The next forum, in Helsinki, has no date yet; every date is one the article gives or points to:
    # nothing after its publication or invented.
    assert dated.pop("Forum in Helsinki") == (None, None)
    assert all(start is not None and start <= "2025-10-14" for start, _ in dated.values())
