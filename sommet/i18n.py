"""Texts for people in French and English: one catalogue per language, and whose language to answer in.

A reader is answered in their own Discord language when Sommet speaks it, else in their server's
language (``/admin language``, French by default), else in English; a key missing in a catalogue
falls back to English. Catalogue entries are ``str.format`` templates; an entry with plural forms
is an object keyed by CLDR plural category ("one", "other", ...), chosen by its ``count``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.dates import format_date

ENGLISH = "en"
LANGUAGES = ("en", "fr")
DEFAULT_SERVER_LANGUAGE = "fr"
CATALOGUES = Path(__file__).resolve().parent / "locales"


@cache
def catalogue(lang: str) -> dict[str, str | dict[str, str]]:
    """One language's texts by key, read once."""
    return json.loads((CATALOGUES / f"{lang}.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=256)  # asked for every command string in every Discord locale at each sync (~9,000 times)
def language(locale: str | None) -> str | None:
    """The language we speak for a locale tag ("fr", "fr-CA", "en_GB"), or None."""
    if not locale:
        return None
    lang = locale.replace("-", "_").split("_")[0].lower()
    return lang if lang in LANGUAGES else None


@cache
def _babel_tag(locale: str) -> str:
    try:
        return str(Locale.parse(locale.replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        return language(locale) or ENGLISH


def reader_locale(user_locale: str | None, server_language: str | None) -> str:
    """The Babel locale to answer someone in: theirs when we speak it, else the server's, else English.

    The region is kept ("en_GB" writes dates the British way); a language we do not speak
    gives way to the server's language.
    """
    if language(user_locale):
        return _babel_tag(user_locale)  # type: ignore[arg-type]
    return language(server_language) or ENGLISH


def _plural(forms: dict[str, str], count: Any, lang: str) -> str:
    category = Locale.parse(lang).plural_form(count) if isinstance(count, int | float) else "other"
    return forms.get(category) or forms["other"]


@dataclass(frozen=True)
class Dated:
    """A date to show with a Babel pattern, such as "EEEE" for its weekday or "MMMM" for its month."""

    value: date
    pattern: str


def _value(value: Any, locale: str) -> Any:
    """A parameter as the reader should see it: messages in their language, dates spelled out."""
    if isinstance(value, Message):
        return value.render(locale)
    if isinstance(value, Dated):
        return format_date(value.value, value.pattern, locale=locale)
    if isinstance(value, date):
        return format_date(value, format="long", locale=locale)
    return value


def text(key: str, locale: str | None, /, **params: Any) -> str:
    """The catalogue text for ``key`` in the locale's language (English when it has none), filled in."""
    lang = language(locale) or ENGLISH
    entry = catalogue(lang).get(key) or catalogue(ENGLISH)[key]
    if isinstance(entry, dict):
        entry = _plural(entry, params.get("count"), lang)
    shown = locale or ENGLISH
    return entry.format(**{name: _value(value, shown) for name, value in params.items()})


def term(family: str, value: str, locale: str | None) -> str:
    """A word from the data (an event kind, a role) in the reader's language; as stored when the
    catalogue does not know it."""
    key = f"{family}.{value}"
    return text(key, locale) if key in catalogue(ENGLISH) else value


@dataclass(frozen=True)
class Message:
    """A catalogue key with its parameters, put into words only once the reader is known."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, locale: str | None) -> str:
        if self.key not in catalogue(ENGLISH):  # text not yet in the catalogues: shown as written
            return self.key
        return text(self.key, locale, **self.params)

    def __str__(self) -> str:
        return self.render(ENGLISH)


def message(key: str, /, **params: Any) -> Message:
    return Message(key, params)
