"""Stale announcements age out: an undated announced event whose newest source is over a year old
leaves "date to be announced", and is still found by name."""

from __future__ import annotations

from datetime import date

from sommet.service import Sommet

TODAY = date(2026, 12, 1)


def _announced(app: Sommet, name: str, *published: str) -> int:
    store = app.store
    with store.transaction():
        event_id = store.add_event(name=name, kind="summit", origin="document", status="announced")
        for number, day in enumerate(published):
            store.cite(
                "event", event_id, store.add_document(sha256=f"{name}{number}".ljust(64, "0"), published=day)
            )
    return event_id


def test_an_announcement_no_source_repeated_for_a_year_leaves_the_list_but_is_still_found():
    app = Sommet.open(memory=True)
    _announced(app, "Old Summit", "2024-05-01")
    _announced(app, "Repeated Summit", "2023-01-10", "2026-06-01")  # a newer source keeps it
    _announced(app, "Fresh Summit", "2026-11-20")
    with app.store.transaction():
        app.store.add_event(
            name="Admin Summit", kind="summit", origin="admin", status="announced", guild_id=1
        )
    names = [e.name for e in app.to_be_announced(today=TODAY, guild_id=1)]
    assert "Old Summit" not in names
    assert {"Repeated Summit", "Fresh Summit", "Admin Summit"} <= set(names)
    assert app.resolve("event", "Old Summit", guild_id=1).match is not None
    app.close()
