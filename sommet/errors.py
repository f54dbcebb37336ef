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
