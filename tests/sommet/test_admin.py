"""The admin core on a real in-memory store: each change is checked, audited, scoped to its server and undoable."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from sommet.admin import Admin, Who
from sommet.errors import UserError
from sommet.service import Sommet

NOW = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
HERE, THERE = 111, 222


@pytest.fixture
def admin():
    sommet = Sommet.open(memory=True)
    yield Admin(sommet)
    sommet.close()


def who(guild: int = HERE, user: int = 7) -> Who:
    return Who(guild_id=guild, user_id=user, now=NOW)


def _state(admin: Admin) -> tuple:
    """Everything a failed change must leave alone."""
    db = admin.store.db
    tables = ("events", "actors", "links", "event_aliases", "actor_aliases", "hidden", "audit_log")
    return tuple(tuple(db[table].rows) for table in tables)


def test_an_added_event_is_audited_and_seen_only_in_its_server(admin):
    change = admin.add_event(
        who(), name="Test Summit", start="10-11 février 2026", city="Paris", timezone="europe/paris"
    )
    event = admin.store.event(change.entry_id, guild_id=HERE)
    assert (event.start.iso(), event.end.iso(), event.timezone, event.origin) == (
        "2026-02-10",
        "2026-02-11",
        "Europe/Paris",
        "admin",
    )
    assert admin.store.event(change.entry_id, guild_id=THERE) is None
    [record] = admin.history(HERE)
    assert (record.action, record.user_id, record.summary, record.before) == (
        "event.add",
        7,
        "Test Summit",
        None,
    )
    assert record.after["start"] == "2026-02-10" and record.at == NOW
    assert admin.history(THERE) == []
    assert [e.name for e in admin.sommet.upcoming(today=NOW.date(), guild_id=HERE)][:1] == ["Test Summit"]
    assert "Test Summit" not in [m.name for m in admin.sommet.suggest("event", "Test Summit", guild_id=THERE)]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "   "}, "The name is empty"),
        ({"name": "x" * 101}, "101 characters long"),
        ({"start": "the day after never"}, "could not read"),
        ({"start": "31 février 2026"}, "not a date that exists"),
        ({"start": "12 March 2026", "end": "2 March 2026"}, "before the start"),
        ({"timezone": "Mars/Olympus"}, "not a time zone"),
        ({"name": "AI Safety Summit"}, "/admin event edit target: AI Safety Summit"),
        ({"parent": "qqqq zzzz"}, "No event matches"),
        ({"link": "not a link"}, "not a web address"),
        ({"kind": "party"}, "not a kind of event"),
    ],
)
def test_bad_input_is_refused_and_writes_nothing(admin, fields, message):
    before = _state(admin)
    with pytest.raises(UserError, match=message):
        admin.add_event(who(), **{"name": "New Summit", "start": "2026-05-01", **fields})
    assert _state(admin) == before


def test_an_end_without_a_year_is_read_after_the_start(admin):
    change = admin.add_event(who(), name="Late Summit", start="10 Feb 2027", end="12 Feb")
    assert change.after["end"] == "2027-02-12"


def test_editing_a_shared_event_is_an_override_and_undo_drops_it(admin):
    shared = admin.target("event", "AI Safety Summit", HERE)
    events_before = admin.store.db["events"].count
    change = admin.edit_event(who(), "AI Safety Summit", name="Bletchley 2023", city="Londres")
    assert change.before == {"name": "AI Safety Summit", "city": shared.location.city}
    assert admin.store.event(shared.id, guild_id=HERE).name == "Bletchley 2023"
    assert admin.store.event(shared.id, guild_id=THERE).name == "AI Safety Summit"
    assert admin.sommet.resolve("event", "Bletchley 2023", guild_id=HERE).match.matched == "Bletchley 2023"
    # Elsewhere the shared entry is still found by its own place and year, never by the new name.
    there = admin.sommet.index.rank("Bletchley 2023", owner="event", guild_id=THERE)
    assert [m.matched for m in there if m.id == shared.id] != ["Bletchley 2023"]
    admin.undo(who(), change.audit_id)
    assert admin.store.event(shared.id, guild_id=HERE).name == "AI Safety Summit"
    assert admin.store.db["events"].count == events_before
    undo = admin.history(HERE)[0]
    assert (undo.action, undo.undoes, undo.after) == ("undo", change.audit_id, change.before)
    with pytest.raises(UserError, match="already been undone"):
        admin.undo(who(), change.audit_id)


def test_removing_hides_in_one_server_and_undo_restores(admin):
    target = admin.target("actor", "Kamala Harris", HERE)
    change = admin.remove(who(), "actor", target.id)
    assert admin.store.actor(target.id, guild_id=HERE) is None
    assert admin.store.actor(target.id, guild_id=THERE) is not None
    assert admin.sommet.resolve("actor", "Kamala Harris", guild_id=HERE).match is None
    admin.undo(who(), change.audit_id)
    assert admin.sommet.resolve("actor", "Kamala Harris", guild_id=HERE).match.id == target.id


def test_an_undone_add_leaves_the_name_free(admin):
    change = admin.add_actor(who(), name="Jane Doe", kind="person")
    admin.undo(who(), change.audit_id)
    assert admin.add_actor(who(), name="Jane Doe").entry_id != change.entry_id


def test_link_unlink_and_aliases_are_scoped_and_undoable(admin):
    admin.add_actor(who(), name="Jane Doe", role="envoy")
    linked = admin.link(who(), actor="Jane Doe", event="AI Safety Summit", role="speaker")
    event_id = linked.entry_id
    assert "Jane Doe" in [p.actor.name for p in admin.store.participants(event_id, guild_id=HERE)]
    host = admin.store.participants(event_id, guild_id=HERE)[0]
    unlinked = admin.unlink(who(), actor=host.actor.name, event="AI Safety Summit")
    assert host.actor.id not in [p.actor.id for p in admin.store.participants(event_id, guild_id=HERE)]
    assert host.actor.id in [p.actor.id for p in admin.store.participants(event_id, guild_id=THERE)]
    admin.undo(who(), unlinked.audit_id)
    admin.undo(who(), linked.audit_id)
    assert [p.actor.id for p in admin.store.participants(event_id, guild_id=HERE)] == [
        p.actor.id for p in admin.store.participants(event_id, guild_id=THERE)
    ]
    alias = admin.add_alias(who(), "event", "AI Safety Summit", "Conclave de Zorglub")
    assert admin.sommet.resolve("event", "Conclave de Zorglub", guild_id=HERE).match.id == event_id
    assert admin.sommet.resolve("event", "Conclave de Zorglub", guild_id=THERE).match is None
    admin.undo(who(), alias.audit_id)
    assert admin.sommet.resolve("event", "Conclave de Zorglub", guild_id=HERE).match is None
    with pytest.raises(UserError, match="already called"):
        admin.add_alias(who(), "event", "AI Safety Summit", "AI Safety Summit")
    with pytest.raises(UserError, match="no alias"):
        admin.remove_alias(who(), "event", "AI Safety Summit", "nothing like it")


def test_export_then_import_gives_another_server_the_same_view(admin):
    admin.add_event(who(), name="Private Workshop", start="2026-03-04", city="Lyon")
    admin.add_actor(who(), name="Jane Doe")
    admin.link(who(), actor="Jane Doe", event="Private Workshop", role="chair")
    data, ics, _left_out = admin.export_files(HERE, NOW)
    change = admin.import_file(who(THERE), data)
    assert change.after["events added"] == 1 and change.after["actors added"] == 1
    assert change.after["links added"] == 1 and change.after["events changed"] == 0
    workshop = admin.target("event", "Private Workshop", THERE)
    assert [p.actor.name for p in admin.store.participants(workshop.id, guild_id=THERE)] == ["Jane Doe"]
    assert json.loads(admin.export_files(THERE, NOW)[0]) == json.loads(data)
    again = admin.import_file(who(THERE), data)
    assert set(again.after.values()) == {0}
    assert b"UID:event-" in ics and b"SUMMARY:Private Workshop" in ics
    assert b"DTSTART;VALUE=DATE:20260304" in ics and b"DTEND;VALUE=DATE:20260305" in ics


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (b"{not json", "not valid JSON: .* line 1, column 2"),
        (b"\xff\xfe\x00", "not UTF-8"),
        (b"[]", "not in the export format"),
        (b'{"events": [{"name": "A", "kind": "summit", "start": "2026-13-01"}]}', r"events\[0\] “A”"),
        (b'{"events": [{"name": "A", "kind": "summit", "parent": "Nowhere"}]}', "no event called “Nowhere”"),
        (b'{"actors": [{"name": "", "kind": "person"}]}', r"actors\[0\]: The name is empty"),
        (b" " * 1_000_001, "at most 1 MB"),
    ],
)
def test_a_bad_import_names_the_first_problem_and_writes_nothing(admin, raw, message):
    before = _state(admin)
    with pytest.raises(UserError, match=message):
        admin.import_file(who(), raw)
    assert _state(admin) == before


def test_an_import_failing_late_rolls_back_what_it_had_added(admin):
    raw = json.dumps(
        {
            "actors": [{"name": "Jane Doe", "kind": "person"}],
            "events": [{"name": "Workshop", "kind": "meeting", "actors": [{"name": "Nobody", "role": "x"}]}],
        }
    ).encode()
    before = _state(admin)
    with pytest.raises(UserError, match="no actor called “Nobody”"):
        admin.import_file(who(), raw)
    assert _state(admin) == before
    assert admin.sommet.resolve("actor", "Jane Doe", guild_id=HERE).match is None
