"""Errors whose message is written for the person who asked, not for a log."""

from __future__ import annotations

from typing import Any

from sommet.i18n import ENGLISH, Message


class UserError(Exception):
    """Bad input or a missing entry: a catalogue key and its parameters, shown to the user in their
    language (``render``); ``str(error)`` is the English text, for logs and tests."""

    def __init__(self, key: str, /, **params: Any) -> None:
        self.message = Message(key, params)
        super().__init__(key)

    @classmethod
    def of(cls, message: Message) -> UserError:
        return cls(message.key, **message.params)

    def render(self, locale: str | None) -> str:
        return self.message.render(locale)

    def __str__(self) -> str:
        return self.render(ENGLISH)


class StoreBusy(UserError):
    """A write the database could not make (locked by another process, disk full): it was rolled
    back whole, and trying again later is all the person can do."""

    def __init__(self) -> None:
        super().__init__("error.busy")


class DatabaseRefused(Exception):
    """A database file Sommet will not use, left exactly as it was: the message says why and what to do.

    Meant for whoever runs the bot or the ``sommet`` command (a shell or a log), not for Discord users.
    """

    def __init__(self, path: object, reason: str, advice: str) -> None:
        self.path = path
        super().__init__(f"Sommet cannot use the database {path}: {reason}. Nothing was changed. {advice}")


class DatabaseTooNew(DatabaseRefused):
    """The database was migrated by a newer Sommet: this code would not know its schema."""

    def __init__(self, path: object, unknown: list[str]) -> None:
        self.unknown = unknown
        super().__init__(
            path,
            f"a newer version of Sommet has changed its schema (steps this version does not know: "
            f"{', '.join(unknown)})",
            "Run that newer version, or restore a backup made with this one (`sommet backup`).",
        )


class DatabaseDamaged(DatabaseRefused):
    """The file is not a SQLite database, or SQLite finds it damaged."""

    def __init__(self, path: object, detail: str) -> None:
        super().__init__(
            path,
            f"the file is damaged or not a SQLite database ({detail})",
            "Restore it from a backup (`sommet backup` makes them), or move it aside to start afresh.",
        )
