"""Who may teach everyone: a document read for one server (``merge(..., guild_id=...)``) and all
it teaches are seen in that server only, as its admin entries are; the shared view never moves."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime

import pytest

from sommet.admin import Admin, Who
from sommet.dates import PartialDate
from sommet.errors import UserError
from sommet.export import export
from sommet.ingest.merge import merge
from sommet.ingest.model import Extraction, FoundActor, FoundEvent
from sommet.models import Location
from sommet.service import Sommet
from sommet.trust import publishes_to, trusted_servers

TEAM, OTHER = 101, 202
NOW = datetime(2026, 12, 1, 12, tzinfo=UTC)


def _doc(name: str, events: list[FoundEvent], actors: list[FoundActor], **extra) -> Extraction:
    return Extraction(name, f"{name:0<64}"[:64], f"Title {name}", "Wire", None, "en", events, actors, **extra)


def _lagos(**extra) -> FoundEvent:
    return FoundEvent("Lagos AI Summit", "summit", actors=[("Ada Eze", "host")], **extra)


@pytest.fixture
def app():
    app = Sommet.open(memory=True)
    yield app
    app.close()


def _views(app: Sommet) -> dict:
    """What the operator and an uninvolved server see, in the export format."""
    return {None: export(app.store), OTHER: export(app.store, guild_id=OTHER)}


def _named(app: Sommet, name: str, guild_id: int | None):
    return next((e for e in app.store.all_events(guild_id=guild_id) if e.name == name), None)


def test_a_private_documents_new_entries_links_and_sentences_are_seen_in_its_server_only(app):
    store = app.store
    before = _views(app)
    doc = _doc(
        "private1",
        [_lagos(start=PartialDate(2027, 3, 4), aliases=["LAIS"])],
        [FoundActor("Ada Eze", "person", aliases=["A. Eze"])],
        sentences=["The Lagos AI Summit opens in March."],
        url="https://team.example/lagos",
    )
    report = merge(store, doc, guild_id=TEAM)
    assert _views(app) == before
    summit = _named(app, "Lagos AI Summit", TEAM)
    assert summit is not None and summit.guild_id == TEAM and [a.name for a in summit.aliases] == ["LAIS"]
    assert store.event(summit.id, guild_id=OTHER) is None and store.event(summit.id) is None
    assert [p.actor.name for p in store.participants(summit.id, guild_id=TEAM)] == ["Ada Eze"]
    assert [s.url for s in store.sources("event", summit.id, guild_id=TEAM)] == [doc.url]
    assert [e.name for e in store.upcoming(today=date(2026, 12, 1), guild_id=OTHER)] == [
        e.name for e in store.upcoming(today=date(2026, 12, 1))
    ]
    assert [h.document_id for h in store.documents.search("Lagos summit", guild_id=TEAM)] == [
        report.document_id
    ]
    assert store.documents.search("Lagos summit", guild_id=OTHER) == []
    assert store.documents.search("Lagos summit") == []
    assert [m.name for m in app.suggest("event", "Lagos AI Summit", guild_id=TEAM)][:1] == ["Lagos AI Summit"]
    assert "Lagos AI Summit" not in [m.name for m in app.suggest("event", "Lagos AI", guild_id=OTHER)]
    assert "LAIS" not in [m.matched for m in app.suggest("event", "LAIS", guild_id=OTHER)]


def test_what_a_private_document_adds_to_a_shared_entry_is_that_servers_override(app):
    store = app.store
    shared = merge(store, _doc("shared01", [_lagos()], [FoundActor("Ada Eze", "person")]))
    [summit_id] = shared.event_ids
    before = _views(app)
    private = _doc(
        "private2",
        [_lagos(start=PartialDate(2027, 3, 4), location=Location(city="Lagos"), aliases=["Lagos Summit"])],
        [FoundActor("Ada Eze", "person", role="minister"), FoundActor("Bola Ade", "person")],
        url="https://team.example/lagos-dates",
    )
    private.events[0].actors.append(("Bola Ade", "speaker"))
    merge(store, private, guild_id=TEAM)
    assert _views(app) == before  # the shared rows, their sources and links are as they were
    summit = store.event(summit_id, guild_id=TEAM)
    assert summit.start == PartialDate(2027, 3, 4) and summit.location.city == "Lagos"
    assert "Lagos Summit" in [a.name for a in summit.aliases]
    assert store.event(summit_id).start is None
    assert [(p.actor.name, p.role) for p in store.participants(summit_id, guild_id=TEAM)] == [
        ("Ada Eze", "host"),
        ("Bola Ade", "speaker"),
    ]
    assert [s.url for s in store.sources("event", summit_id, guild_id=TEAM)] == [None, private.url]
    assert [s.url for s in store.sources("event", summit_id, guild_id=OTHER)] == [None]
    ada = next(a for a in store.all_actors(guild_id=TEAM) if a.name == "Ada Eze")
    assert ada.role == "minister" and store.actor(ada.id).role is None
    # The index agrees: another server finds the summit under its shared names only.
    assert "Lagos Summit" not in [m.matched for m in app.suggest("event", "Lagos Summit", guild_id=OTHER)]


def test_a_shared_document_still_fills_in_the_shared_entry_for_everyone(app):
    store = app.store
    merge(store, _doc("shared01", [_lagos()], []))
    merge(store, _doc("shared02", [_lagos(start=PartialDate(2027, 3, 4))], []))
    assert _named(app, "Lagos AI Summit", OTHER).start == PartialDate(2027, 3, 4)


def test_a_private_document_matches_what_its_server_sees_not_other_servers_private_entries(app):
    store = app.store
    merge(store, _doc("other001", [_lagos(start=PartialDate(2027, 3, 4))], []), guild_id=OTHER)
    merge(store, _doc("team0001", [_lagos(start=PartialDate(2027, 3, 4))], []), guild_id=TEAM)
    mine, theirs = _named(app, "Lagos AI Summit", TEAM), _named(app, "Lagos AI Summit", OTHER)
    assert mine.id != theirs.id and (mine.guild_id, theirs.guild_id) == (TEAM, OTHER)


def test_the_same_text_may_be_read_by_two_servers_and_shared(app):
    store = app.store
    doc = _doc("same0001", [_lagos()], [])
    shipped = store.db["documents"].count
    for scope in (TEAM, OTHER, None):
        assert store.document_by_hash(doc.sha256, guild_id=scope) is None or scope is None
        merge(store, doc, guild_id=scope)
    assert store.db["documents"].count == shipped + 3
    with pytest.raises(sqlite3.IntegrityError):  # once per scope
        merge(store, doc, guild_id=TEAM)


def test_forgetting_a_private_document_never_removes_a_shared_entry(app):
    store = app.store
    first = merge(store, _doc("shared01", [_lagos()], []))
    merge(store, _doc("private3", [_lagos(), FoundEvent("Team Offsite", "meeting")], []), guild_id=TEAM)
    # The shared document goes: the summit is still cited, by the team's document, and stays shared.
    store.documents.forget(first.document_id)
    assert _named(app, "Lagos AI Summit", OTHER) is not None
    private = store.documents.find("private3", guild_id=TEAM)
    forgotten = store.documents.forget(private.id)
    assert forgotten.events_removed == ["Team Offsite"] and forgotten.events_kept == ["Lagos AI Summit"]
    assert _named(app, "Lagos AI Summit", OTHER) is not None
    assert _named(app, "Team Offsite", TEAM) is None


def test_a_shared_link_is_not_handed_to_a_private_document_when_its_own_goes(app):
    store = app.store
    doc = _doc("shared01", [_lagos()], [FoundActor("Ada Eze", "person")])
    shared = merge(store, doc)
    merge(store, _doc("private4", [_lagos()], [FoundActor("Ada Eze", "person")]), guild_id=TEAM)
    store.documents.forget(shared.document_id)
    [summit_id] = shared.event_ids
    # Only the team's document still cites both: the shared link goes rather than rest on it.
    assert store.participants(summit_id, guild_id=OTHER) == []
    assert _named(app, "Lagos AI Summit", OTHER) is not None


def test_stale_announcements_are_judged_on_the_sources_a_server_sees(app):
    store = app.store
    old = _doc("shared01", [_lagos(status="announced")], [])
    old = Extraction(**{**old.__dict__, "published": PartialDate(2024, 1, 5)})
    [summit_id] = merge(store, old).event_ids
    fresh = _doc("private5", [_lagos(status="announced")], [])
    fresh = Extraction(**{**fresh.__dict__, "published": PartialDate(2026, 11, 1)})
    merge(store, fresh, guild_id=TEAM)
    assert store.documents.newest_sources([summit_id]) == {summit_id: "2024-01-05"}
    assert store.documents.newest_sources([summit_id], guild_id=TEAM) == {summit_id: "2026-11-01"}
    today = date(2026, 12, 1)
    assert [e.name for e in app.to_be_announced(today=today, guild_id=TEAM)] == ["Lagos AI Summit"]
    assert app.to_be_announced(today=today, guild_id=OTHER) == []


# ------------------------------------------------------------------ who publishes


def test_trusted_servers_are_read_from_the_setting():
    assert trusted_servers({}) == frozenset()
    assert trusted_servers({"SOMMET_TRUSTED_SERVERS": " 12, 34 56"}) == {12, 34, 56}
    with pytest.raises(ValueError, match="SOMMET_TRUSTED_SERVERS"):
        trusted_servers({"SOMMET_TRUSTED_SERVERS": "12,abc"})
    assert publishes_to(None, frozenset()) is None  # the operator's own
    assert publishes_to(12, frozenset({12})) is None
    assert publishes_to(34, frozenset({12})) == 34


def test_an_untrusted_servers_ingest_is_its_own_and_a_trusted_ones_is_shared(app):
    admin = Admin(app, trusted=frozenset({OTHER}))
    admin.ingest(Who(TEAM, 1, NOW), _doc("team0001", [FoundEvent("Team Offsite", "meeting")], []))
    admin.ingest(Who(OTHER, 2, NOW), _doc("trust001", [FoundEvent("Open Forum", "forum")], []))
    assert _named(app, "Team Offsite", TEAM) and not _named(app, "Team Offsite", OTHER)
    assert _named(app, "Open Forum", TEAM) and _named(app, "Open Forum", None)
    assert admin.preview_ingest(
        _doc("x", [FoundEvent("Team Offsite", "meeting")], []), guild_id=TEAM
    ).events_merged
    assert admin.preview_ingest(
        _doc("x", [FoundEvent("Team Offsite", "meeting")], []), guild_id=OTHER
    ).events_added


def test_a_server_forgets_its_private_documents_and_its_shared_ones_only_while_trusted(app):
    trusting = Admin(app, trusted=frozenset({TEAM}))
    trusting.ingest(Who(TEAM, 1, NOW), _doc("shared01", [FoundEvent("Open Forum", "forum")], []))
    untrusting = Admin(app)
    untrusting.ingest(Who(TEAM, 1, NOW), _doc("private6", [FoundEvent("Team Offsite", "meeting")], []))
    assert [d.name for d in untrusting.own_documents(TEAM, "")] == ["private6"]
    with pytest.raises(UserError):
        untrusting.own_document(TEAM, "shared01")
    assert {d.name for d in trusting.own_documents(TEAM, "")} == {"shared01", "private6"}
    with pytest.raises(UserError):
        untrusting.forget(Who(TEAM, 1, NOW), trusting.own_document(TEAM, "shared01"))
    trusting.forget(Who(TEAM, 1, NOW), trusting.own_document(TEAM, "shared01"))
    assert _named(app, "Open Forum", None) is None
