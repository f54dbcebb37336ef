"""Admins' changes to one server's view of the store: each checked, made in one transaction with
its audit record, and undoable.

``Admin`` is composed of one room per concern over the shared core (``core.py``): entries and
aliases, links, settings, export and import, undo, documents and sources.
"""

from __future__ import annotations

from sommet.admin.core import (
    MAX_ROLE,
    UNDOABLE,
    UPLOAD_BYTES,
    AdminBase,
    Change,
    Who,
    actor_snapshot,
    event_snapshot,
    ingest_counts,
)
from sommet.admin.documents import DocumentEdits
from sommet.admin.entries import EntryEdits
from sommet.admin.links import LinkEdits
from sommet.admin.settings import SettingsEdits
from sommet.admin.transfer import Transfer
from sommet.admin.undo import Undo

__all__ = [
    "MAX_ROLE",
    "UNDOABLE",
    "UPLOAD_BYTES",
    "Admin",
    "Change",
    "Who",
    "actor_snapshot",
    "event_snapshot",
    "ingest_counts",
]


class Admin(EntryEdits, LinkEdits, SettingsEdits, Transfer, Undo, DocumentEdits, AdminBase):
    """The admin commands' core: one method per change, each returning the recorded Change.

    ``trusted`` are the servers the operator lets publish to every server
    (``SOMMET_TRUSTED_SERVERS``); what any other server reads stays its own.
    """
