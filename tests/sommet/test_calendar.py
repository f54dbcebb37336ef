"""The .ics calendar: every field parses back with icalendar, dates stay dates, UIDs stay the same."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar

from sommet.calendar import store_calendar
from sommet.cli import main
from sommet.dates import PartialDate
from sommet.models import Location
from sommet.store import Store

NOW = datetime(2026, 1, 1, 12, tzinfo=UTC)


def _store() -> Store:
    store = Store.open(None)
    summit = store.add_event(
        name="Sommet de Lyon sur l'IA",
        kind="summit",
        origin="admin",
        start=PartialDate.parse_iso("2026-03-04"),
        end=PartialDate.parse_iso("2026-03-06"),
        timezone="Europe/Paris",
        location=Location(venue="Centre des congrès", city="Lyon", country="France"),
        description="A summit we made up",
        url="https://example.org/lyon",
        key="lyon-2026",
    )
    store.add_alias("event", summit, "Lyon AI Summit", "en")
    document = store.add_document(
        key="note", file_name="note.txt", title="A note", publisher="Example", url="https://example.org/n"
    )
    store.cite("event", summit, document)
    store.add_event(
        name="Panel du matin",
        kind="meeting",
        origin="admin",
        start=PartialDate.parse_iso("2026-03-05"),
        start_time="09:30",
        timezone="Europe/Paris",
    )
    store.add_event(name="Some day", kind="forum", origin="admin", start=PartialDate.parse_iso("2026-05"))
    return store


def _events(data: bytes) -> dict[str, object]:
    return {str(e["summary"]): e for e in Calendar.from_ical(data).walk("VEVENT")}


def test_every_field_round_trips_and_all_day_events_are_dates():
    store = _store()
    data, left_out = store_calendar(store, store.upcoming(today=NOW.date()), now=NOW, title="T", locale="en")
    assert left_out == 1  # known only to the month
    events = _events(data)
    summit = events["Lyon AI Summit"]
    assert str(summit["uid"]) == "event-lyon-2026@sommet"
    assert summit.decoded("dtstart") == date(2026, 3, 4) and not isinstance(
        summit.decoded("dtstart"), datetime
    )
    assert summit.decoded("dtend") == date(2026, 3, 7)  # exclusive: the day after the last
    assert str(summit["location"]) == "Centre des congrès, Lyon, France"
    assert str(summit["url"]) == "https://example.org/lyon"
    description = str(summit["description"])
    assert description.startswith("A summit we made up") and "A note (Example)" in description
    assert "https://example.org/n" in description
    assert summit.decoded("last-modified").tzinfo is not None and int(summit["sequence"]) > 0
    panel = events["Panel du matin"]
    assert panel.decoded("dtstart") == datetime(2026, 3, 5, 9, 30, tzinfo=ZoneInfo("Europe/Paris"))
    assert panel["dtstart"].params["TZID"] == "Europe/Paris"
    french = _events(
        store_calendar(store, store.upcoming(today=NOW.date()), now=NOW, title="T", locale="fr")[0]
    )
    assert "Sommet de Lyon sur l'IA" in french and "Sources :" in str(
        french["Sommet de Lyon sur l'IA"]["description"]
    )


def test_a_second_export_keeps_the_uids_and_an_edit_raises_the_sequence(monkeypatch):
    store = _store()
    first = _events(store_calendar(store, store.upcoming(today=NOW.date()), now=NOW, title="T")[0])
    [summit] = [e for e in store.all_events() if e.key == "lyon-2026"]
    an_hour_later = (summit.updated_at + timedelta(hours=1)).isoformat()
    monkeypatch.setattr("sommet.store.writes._now", lambda: an_hour_later)  # the edit comes an hour later
    store.update_event(summit.id, description="Changed")
    later = NOW + timedelta(days=1)
    second = _events(store_calendar(store, store.upcoming(today=later.date()), now=later, title="T")[0])
    assert {str(e["uid"]) for e in first.values()} == {str(e["uid"]) for e in second.values()}
    assert int(second["Lyon AI Summit"]["sequence"]) > int(first["Lyon AI Summit"]["sequence"])


def test_sommet_export_ics_writes_upcoming_or_every_dated_event(tmp_path):
    db = tmp_path / "sommet.db"
    upcoming, every = tmp_path / "upcoming.ics", tmp_path / "all.ics"
    assert main(["export", "--ics", "--db", str(db), "-o", str(upcoming)]) == 0
    assert main(["export", "--ics", "--all", "--lang", "fr", "--db", str(db), "-o", str(every)]) == 0
    shipped = Calendar.from_ical(every.read_bytes()).walk("VEVENT")
    assert any(str(e["summary"]) == "Sommet pour l'action sur l'IA" for e in shipped)
    assert all(str(e["uid"]).endswith("@sommet") for e in shipped)
    again = tmp_path / "again.ics"
    assert main(["export", "--ics", "--all", "--lang", "fr", "--db", str(db), "-o", str(again)]) == 0
    uids = [str(e["uid"]) for e in Calendar.from_ical(again.read_bytes()).walk("VEVENT")]
    assert uids == [str(e["uid"]) for e in shipped] and len(set(uids)) == len(uids)
    assert Calendar.from_ical(upcoming.read_bytes())["x-wr-calname"] == "Sommet: upcoming events"


def test_an_event_ending_on_the_last_day_there_is_is_left_out_rather_than_breaking_the_file():
    store = Store.open(None)
    store.add_event(name="Far", kind="summit", origin="admin", start=PartialDate.parse_iso("9999-12-31"))
    store.add_event(name="Near", kind="summit", origin="admin", start=PartialDate.parse_iso("2026-02-01"))
    data, left_out = store_calendar(store, store.upcoming(today=NOW.date()), now=NOW, title="T")
    assert left_out == 1 and list(_events(data)) == ["Near"]
