"""The store's schema as sqlite-utils migrations: an applied step is never edited, only added to."""

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("sommet")


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
def m002_lookup_indexes(db: Database) -> None:
    """Indexes for what autocomplete asks on every keystroke: the latest events, actors by name,
    and the event kinds, so that none of these reads the whole table."""
    db["events"].create_index(["start_min", "name"])
    db["actors"].create_index(["name"])
    db["events"].create_index(["kind", "guild_id"])
