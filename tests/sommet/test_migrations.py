"""Migrations from an empty database and from every earlier schema: the data survives, the schema ends the same."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from sommet.migrations import known_steps, migrations
from sommet.store import Store

STAMP = "2025-02-12T10:00:00+00:00"
EVENT = {
    "key": None,
    "kind": "summit",
    "description": "Un sommet",
    "origin": "document",
    "guild_id": None,
    "created_at": STAMP,
    "updated_at": STAMP,
    "start": "2025-02-10",
    "end": "2025-02-11",
    "start_min": "2025-02-10",
    "end_max": "2025-02-11",
    "start_time": None,
    "timezone": "Europe/Paris",
    "venue": "Grand Palais",
    "city": "Paris",
    "country": "France",
    "parent_id": None,
    "status": "confirmed",
    "url": None,
}
# The rows each step's tables can hold, written just after that step (and before the next one).
ROWS: dict[str, dict[str, list[dict]]] = {
    "m001_initial": {
        "meta": [{"key": "knowledge_sha256", "value": "abc"}],
        "documents": [
            {
                "id": 1,
                "key": "doc-1",
                "sha256": "a" * 64,
                "file_name": "article.txt",
                "title": "Un article",
                "publisher": "Le Journal",
                "published": "2025-02-11",
                "url": None,
                "language": "fr",
                "added_at": STAMP,
            }
        ],
        "events": [
            {**EVENT, "id": 1, "key": "sommet-ia", "name": "Sommet pour l'action sur l'IA"},
            {**EVENT, "id": 2, "name": "Dîner d'État", "kind": "dinner", "parent_id": 1, "end": None},
        ],
        "actors": [
            {
                "id": 1,
                "key": "p-1",
                "name": "Ada Martin",
                "kind": "person",
                "role": "ministre",
                "description": None,
                "origin": "document",
                "guild_id": None,
                "created_at": STAMP,
                "updated_at": STAMP,
            },
            {
                "id": 2,
                "key": None,
                "name": "Inde",
                "kind": "country",
                "role": None,
                "description": "Un pays",
                "origin": "admin",
                "guild_id": 10,
                "created_at": STAMP,
                "updated_at": STAMP,
            },
        ],
        "event_aliases": [{"id": 1, "event_id": 1, "alias": "AI Action Summit", "lang": "en"}],
        "actor_aliases": [{"id": 1, "actor_id": 2, "alias": "India", "lang": "en"}],
        "event_sources": [{"event_id": 1, "document_id": 1, "quote": "Le sommet s'est ouvert."}],
        "actor_sources": [{"actor_id": 1, "document_id": 1, "quote": None}],
        "links": [{"id": 1, "actor_id": 1, "event_id": 1, "role": "host", "document_id": 1}],
    },
    "m002_admin_scope_audit": {
        "events": [
            {
                **EVENT,
                "id": 3,
                "name": "Sommet IA (Paris)",
                "origin": "admin",
                "guild_id": 10,
                "overrides_id": 1,
            }
        ],
        "event_aliases": [{"id": 2, "event_id": 1, "alias": "Sommet IA", "lang": "fr", "guild_id": 10}],
        "links": [
            {"id": 2, "actor_id": 2, "event_id": 1, "role": "co-chair", "document_id": None, "guild_id": 10}
        ],
        "hidden": [{"guild_id": 10, "kind": "event", "row_id": 2}],
        "guild_settings": [{"guild_id": 10, "editor_role_id": 55}],
        "audit_log": [
            {
                "id": 1,
                "guild_id": 10,
                "user_id": 7,
                "at": STAMP,
                "action": "event.edit",
                "owner": "event",
                "entry_id": 1,
                "summary": "Sommet IA (Paris)",
                "before": '{"name": "Sommet pour l\'action sur l\'IA"}',
                "after": '{"name": "Sommet IA (Paris)"}',
                "detail": None,
                "undoes": None,
                "undone_by": None,
            }
        ],
    },
    "m003_reminders": {
        "reminder_settings": [
            {
                "guild_id": 10,
                "channel_id": 20,
                "offsets": "7d, 1d",
                "hour": 9,
                "role_id": None,
                "grace_minutes": 360,
                "discord_events": 0,
                "halted": None,
                "updated_at": STAMP,
            }
        ],
        "reminder_deliveries": [
            {
                "id": 1,
                "guild_id": 10,
                "event_id": 1,
                "offset": "7d",
                "due_at": "2025-02-03T08:00:00+00:00",
                "state": "sent",
                "late": 0,
                "attempts": 1,
                "claimed_at": STAMP,
                "finished_at": STAMP,
                "message_id": 99,
                "error": None,
            }
        ],
        "reminder_problems": [{"id": 1, "guild_id": 10, "at": STAMP, "message": "Missing access"}],
        "reminder_scheduled_events": [
            {"guild_id": 10, "event_id": 1, "scheduled_event_id": 123, "signature": "s"}
        ],
    },
    "m004_server_language": {"guild_settings": [{"guild_id": 11, "editor_role_id": None, "language": "en"}]},
    "m005_lookup_indexes": {},  # indexes only: the rows above must still be read through them
    "m006_document_owner": {
        "documents": [
            {
                "id": 2,
                "key": None,
                "sha256": "b" * 64,
                "file_name": "news.example/lagos",
                "title": "Lagos",
                "publisher": "Wire",
                "published": None,
                "url": "https://news.example/lagos",
                "language": "en",
                "added_at": STAMP,
                "guild_id": 42,
            }
        ]
    },
    "m007_document_sentences": {
        "document_sentences": [{"id": 1, "document_id": 2, "position": 0, "text": "Le sommet de Lagos."}]
    },
    "m008_feeds": {
        "feeds": [
            {
                "id": 1,
                "url": "https://news.example/feed",
                "guild_id": None,
                "title": "News",
                "etag": '"v1"',
                "last_modified": None,
                "added_at": STAMP,
                "polled_at": STAMP,
                "next_poll": STAMP,
                "failures": 0,
                "status": "ok",
            }
        ],
        "feed_items": [
            {"feed_id": 1, "url": "https://news.example/lagos", "seen_at": STAMP, "document_id": 2}
        ],
    },
    "m009_reminder_retries": {
        "reminder_deliveries": [
            {
                "id": 2,
                "guild_id": 10,
                "event_id": 1,
                "offset": "1d",
                "due_at": "2025-02-09T08:00:00+00:00",
                "state": "skipped",
                "late": 0,
                "attempts": 9,
                "claimed_at": STAMP,
                "finished_at": STAMP,
                "message_id": None,
                "error": "Discord refused a reminder (503: Service Unavailable).",
                "next_attempt_at": None,
                "skip_reason": "window",
            }
        ]
    },
    "m010_private_documents": {
        "documents": [
            {
                "id": 3,
                "key": None,
                "sha256": "c" * 64,
                "file_name": "team.txt",
                "title": "Team notes",
                "publisher": None,
                "published": None,
                "url": None,
                "language": "fr",
                "added_at": STAMP,
                "guild_id": 42,
                "private": 1,
            }
        ]
    },
}


def schema(db: Database) -> list[tuple[str, str, str]]:
    """Every table, index and trigger with its SQL, whitespace normalised."""
    rows = db.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"
    ).fetchall()
    return [(kind, name, " ".join((sql or "").split())) for kind, name, sql in rows]


def earlier_database(path: Path, stop_before: str) -> dict[str, list[dict]]:
    """A file as the code of an earlier step left it, holding that step's rows; returns what it wrote."""
    db = Database(path)
    db.enable_wal()
    migrations.apply(db, stop_before=stop_before)
    written: dict[str, list[dict]] = {}
    for step in known_steps()[: known_steps().index(stop_before)]:
        for table, rows in ROWS[step].items():
            db[table].insert_all(rows)
            written.setdefault(table, []).extend(rows)
    db.close()
    return written


def test_every_step_has_representative_rows():
    assert list(ROWS) == known_steps()


def test_a_new_database_applies_every_step_in_order(tmp_path):
    store = Store.open(tmp_path / "new.db")
    assert [m.name for m in migrations.applied(store.db)] == known_steps()
    store.close()


@pytest.mark.parametrize("stop_before", known_steps())
def test_an_earlier_schema_migrates_forward_keeping_every_row(tmp_path, stop_before):
    written = earlier_database(tmp_path / "old.db", stop_before)
    store = Store.open(tmp_path / "old.db")
    assert [m.name for m in migrations.applied(store.db)] == known_steps()
    for table, rows in written.items():
        columns = list(store.db[table].columns_dict)
        # Columns a later step added are empty on old rows; every value written survives as it was.
        assert list(store.db[table].rows) == [dict.fromkeys(columns) | row for row in rows], table
    assert store.db.execute("PRAGMA foreign_key_check").fetchall() == []
    if "events" in written:
        assert store.event(1).name == "Sommet pour l'action sur l'IA"
        assert [p.actor.name for p in store.participants(1)] == ["Ada Martin"]
    store.close()


@pytest.mark.parametrize("stop_before", known_steps())
def test_an_earlier_schema_ends_with_the_schema_of_a_new_database(tmp_path, stop_before):
    earlier_database(tmp_path / "old.db", stop_before)
    migrated, new = Store.open(tmp_path / "old.db"), Store.open(tmp_path / "new.db")
    assert schema(migrated.db) == schema(new.db)
    migrated.close()
    new.close()
