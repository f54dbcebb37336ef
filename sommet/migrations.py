"""The store's schema as sqlite-utils migrations: an applied step is never edited, only added to."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("sommet")


def known_steps() -> list[str]:
    """Every step this code knows, in order: a database that applied any other is newer than the code."""
    return [step.name for step in migrations.pending(Database(memory=True))]


@migrations()
def m001_initial(db: Database) -> None:
    """Events, actors, their aliases and links, and the documents that support them."""
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["documents"].create(
        {
            "id": int,
            "key": str,
            "sha256": str,
            "file_name": str,
            "title": str,
            "publisher": str,
            "published": str,
            "url": str,
            "language": str,
            "added_at": str,
        },
        pk="id",
    )
    db["documents"].create_index(["key"], unique=True)
    db["documents"].create_index(["sha256"], unique=True)
    for table in ("events", "actors"):
        columns = {
            "id": int,
            "key": str,
            "name": str,
            "kind": str,
            "role": str,
            "description": str,
            "origin": str,
            "guild_id": int,
            "created_at": str,
            "updated_at": str,
        }
        if table == "events":
            del columns["role"]
            columns.update(
                {
                    "start": str,
                    "end": str,
                    "start_min": str,
                    "end_max": str,
                    "start_time": str,
                    "timezone": str,
                    "venue": str,
                    "city": str,
                    "country": str,
                    "parent_id": int,
                    "status": str,
                    "url": str,
                }
            )
        db[table].create(
            columns,
            pk="id",
            not_null={"name", "kind", "origin"},
            foreign_keys=[("parent_id", "events", "id")] if table == "events" else None,
        )
        db[table].create_index(["key"], unique=True)
        db[table].create_index(["guild_id"])
    db["events"].create_index(["end_max"])
    db["events"].create_index(["start_min"])
    db["events"].create_index(["parent_id"])
    for owner in ("event", "actor"):
        db[f"{owner}_aliases"].create(
            {"id": int, f"{owner}_id": int, "alias": str, "lang": str},
            pk="id",
            not_null={f"{owner}_id", "alias"},
            foreign_keys=[(f"{owner}_id", f"{owner}s", "id")],
        )
        db[f"{owner}_aliases"].create_index([f"{owner}_id", "alias"], unique=True)
        db[f"{owner}_sources"].create(
            {f"{owner}_id": int, "document_id": int, "quote": str},
            pk=(f"{owner}_id", "document_id"),
            foreign_keys=[(f"{owner}_id", f"{owner}s", "id"), ("document_id", "documents", "id")],
        )
        db[f"{owner}_sources"].create_index(["document_id"])
    db["links"].create(
        {"id": int, "actor_id": int, "event_id": int, "role": str, "document_id": int},
        pk="id",
        not_null={"actor_id", "event_id", "role"},
        foreign_keys=[
            ("actor_id", "actors", "id"),
            ("event_id", "events", "id"),
            ("document_id", "documents", "id"),
        ],
    )
    db["links"].create_index(["actor_id", "event_id", "role"], unique=True)
    db["links"].create_index(["event_id"])


@migrations()
def m002_admin_scope_audit(db: Database) -> None:
    """Per-server edits: overrides of shared entries, hidden rows, scoped aliases and links, the audit log."""
    for table in ("events", "actors"):
        # A row with overrides_id is one server's version of the shared row it points at.
        db[table].add_column("overrides_id", int, fk=table)
        db[table].create_index(["overrides_id", "guild_id"])
    for table, columns in (("event_aliases", "event_id, alias"), ("actor_aliases", "actor_id, alias")):
        db[table].add_column("guild_id", int)
        owner_column = columns.split(",")[0]
        db.execute(f"DROP INDEX idx_{table}_{owner_column}_alias")
        db.execute(f"CREATE UNIQUE INDEX idx_{table}_scoped ON {table} ({columns}, ifnull(guild_id, 0))")
    db["links"].add_column("guild_id", int)
    db.execute("DROP INDEX idx_links_actor_id_event_id_role")
    db.execute(
        "CREATE UNIQUE INDEX idx_links_scoped ON links (actor_id, event_id, role, ifnull(guild_id, 0))"
    )
    # A shared row (entry, alias or link) that one server removed: hidden there, kept for the others.
    db["hidden"].create({"guild_id": int, "kind": str, "row_id": int}, pk=("guild_id", "kind", "row_id"))
    db["guild_settings"].create({"guild_id": int, "editor_role_id": int}, pk="guild_id")
    db["audit_log"].create(
        {
            "id": int,
            "guild_id": int,
            "user_id": int,
            "at": str,
            "action": str,
            "owner": str,
            "entry_id": int,
            "summary": str,
            "before": str,
            "after": str,
            "detail": str,
            "undoes": int,
            "undone_by": int,
        },
        pk="id",
        not_null={"guild_id", "user_id", "at", "action"},
    )
    db["audit_log"].create_index(["guild_id", "id"])


@migrations()
def m003_reminders(db: Database) -> None:
    """Reminder settings per server, one row per (server, event, offset) delivery, and the problems met.

    Deliveries keep their state (pending, sending, sent, failed, skipped) so that each reminder is
    posted once across restarts; (state, due_at) is the index the scheduler's next-due query walks.
    Scheduled events remember which Discord scheduled event mirrors which of our events.
    """
    db["reminder_settings"].create(
        {
            "guild_id": int,
            "channel_id": int,
            "offsets": str,
            "hour": int,
            "role_id": int,
            "grace_minutes": int,
            "discord_events": int,
            "halted": str,
            "updated_at": str,
        },
        pk="guild_id",
    )
    db["reminder_deliveries"].create(
        {
            "id": int,
            "guild_id": int,
            "event_id": int,
            "offset": str,
            "due_at": str,
            "state": str,
            "late": int,
            "attempts": int,
            "claimed_at": str,
            "finished_at": str,
            "message_id": int,
            "error": str,
        },
        pk="id",
        not_null={"guild_id", "event_id", "offset", "due_at", "state"},
        defaults={"late": 0, "attempts": 0},
    )
    db["reminder_deliveries"].create_index(["guild_id", "event_id", "offset"], unique=True)
    db["reminder_deliveries"].create_index(["state", "due_at"])
    db["reminder_problems"].create(
        {"id": int, "guild_id": int, "at": str, "message": str}, pk="id", not_null={"guild_id", "message"}
    )
    db["reminder_problems"].create_index(["guild_id", "id"])
    db["reminder_scheduled_events"].create(
        {"guild_id": int, "event_id": int, "scheduled_event_id": int, "signature": str},
        pk=("guild_id", "event_id"),
        not_null={"scheduled_event_id"},
    )


@migrations()
def m004_server_language(db: Database) -> None:
    """Each server's language for replies and reminders (``/admin language``); NULL means French."""
    db["guild_settings"].add_column("language", str)


@migrations()
def m005_lookup_indexes(db: Database) -> None:
    """Indexes for what autocomplete asks on every keystroke: the latest events, actors by name,
    and the event kinds, so that none of these reads the whole table."""
    db["events"].create_index(["start_min", "name"])
    db["actors"].create_index(["name"])
    db["events"].create_index(["kind", "guild_id"])


@migrations()
def m006_document_owner(db: Database) -> None:
    """The server a document was added from (``/admin ingest``); NULL for the operator's own documents.

    A server may forget only its own documents; the operator may forget any. Documents are also
    found by the URL they were fetched from.
    """
    db["documents"].add_column("guild_id", int)
    db["documents"].create_index(["guild_id"])
    db["documents"].create_index(["url"])


@migrations()
def m007_document_sentences(db: Database) -> None:
    """Every sentence of the documents read from now on, with an FTS5 index (accents folded) that
    triggers keep in step, for ``/search``. Documents read before keep no text to index."""
    db["document_sentences"].create(
        {"id": int, "document_id": int, "position": int, "text": str},
        pk="id",
        not_null={"document_id", "text"},
        foreign_keys=[("document_id", "documents", "id")],
    )
    db["document_sentences"].create_index(["document_id", "position"])
    db["document_sentences"].enable_fts(
        ["text"], tokenize="unicode61 remove_diacritics 2", create_triggers=True
    )


@migrations()
def m008_feeds(db: Database) -> None:
    """Followed RSS/Atom feeds with their conditional-request validators and failure backoff, the
    articles already taken from each (never fetched twice), and each server's digest choice."""
    db["feeds"].create(
        {
            "id": int,
            "url": str,
            "guild_id": int,
            "title": str,
            "etag": str,
            "last_modified": str,
            "added_at": str,
            "polled_at": str,
            "next_poll": str,
            "failures": int,
            "status": str,
        },
        pk="id",
        not_null={"url"},
        defaults={"failures": 0},
    )
    db.execute("CREATE UNIQUE INDEX idx_feeds_url_scoped ON feeds (url, ifnull(guild_id, 0))")
    db["feed_items"].create(
        {"feed_id": int, "url": str, "seen_at": str, "document_id": int},
        pk=("feed_id", "url"),
        foreign_keys=[("feed_id", "feeds", "id")],
    )
    db["guild_settings"].add_column("digest", int)


@migrations()
def m009_reminder_retries(db: Database) -> None:
    """A reminder that Discord refused waits for its next attempt until its grace window closes:
    when that is (shown by ``/reminders status``), and why a reminder was skipped, so that those
    skipped because the window closed can be told apart from those a later reminder outran."""
    db["reminder_deliveries"].add_column("next_attempt_at", str)
    db["reminder_deliveries"].add_column("skip_reason", str)


@migrations()
def m010_private_documents(db: Database) -> None:
    """Whether a document and what it taught are seen only in the server it was added from
    (``guild_id``): 1 for documents added from a server the operator does not trust to publish;
    NULL (shared) for the operator's, a trusted server's, and every document read before.

    The same text may then be read once shared and once privately by each server, so that one
    server's private copy does not keep another from reading it.
    """
    db["documents"].add_column("private", int)
    db.execute("DROP INDEX idx_documents_sha256")
    db.execute(
        "CREATE UNIQUE INDEX idx_documents_sha256_scoped ON documents "
        "(sha256, ifnull(CASE WHEN private = 1 THEN guild_id END, 0))"
    )
