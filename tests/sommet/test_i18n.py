"""The catalogues: both languages complete and in step, no dead keys, and the reader's fallbacks."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from sommet.errors import UserError
from sommet.i18n import ENGLISH, LANGUAGES, catalogue, message, reader_locale, text
from sommet.models import ACTOR_KINDS, EVENT_KINDS, STATUSES, Alias
from sommet.names import display_name

ROOT = Path(__file__).resolve().parents[2]
# Command names and descriptions: English is in the decorators; tests/cogs/test_command_languages.py
# checks the French ones against the command tree.
COMMAND_PREFIXES = ("command.", "option.", "choice.")
# Words of the data, looked up by family (``term``) rather than written out in the code.
FAMILIES = {"kind.", "status.", "role.", "column.", "permission."}


def _shared_keys(lang: str) -> set[str]:
    return {key for key in catalogue(lang) if not key.startswith(COMMAND_PREFIXES)}


def _forms(entry: str | dict[str, str]) -> list[str]:
    return list(entry.values()) if isinstance(entry, dict) else [entry]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_text_exists_in_both_languages():
    assert _shared_keys("en") == _shared_keys("fr")


def test_placeholders_are_the_same_in_both_languages():
    for key in _shared_keys("en"):
        english = {p for form in _forms(catalogue("en")[key]) for p in _placeholders(form)}
        for lang in LANGUAGES:
            for form in _forms(catalogue(lang)[key]):
                assert _placeholders(form) == english, (lang, key, form)


def test_plural_entries_have_the_forms_each_language_needs():
    for key, entry in catalogue("en").items():
        if isinstance(entry, dict):
            assert {"one", "other"} <= set(entry), key
            assert {"one", "other"} <= set(catalogue("fr")[key]), key
            assert "count" in _placeholders(entry["other"]), key


def _code() -> str:
    files = [*ROOT.glob("sommet/**/*.py"), *ROOT.glob("cogs/*.py"), ROOT / "bot.py"]
    return "\n".join(path.read_text(encoding="utf-8") for path in files)


def test_every_key_is_used_by_the_code():
    code = _code()
    unused = [
        key
        for key in _shared_keys("en")
        if f'"{key}"' not in code and not any(key.startswith(family) for family in FAMILIES)
    ]
    assert unused == []


def test_every_key_the_code_names_is_in_the_catalogue():
    calls = r'\b(?:text|t|message|UserError|NotEditor)\(\s*(?:interaction,\s*)?"([a-z_]+\.[a-z_.]+)"'
    named = set(re.findall(calls, _code()))
    assert len(named) > 100
    assert sorted(k for k in named if k not in catalogue("en")) == []


def test_every_user_error_in_the_code_is_a_catalogue_key():
    literals = re.findall(r'UserError\(\s*"([^"]*)"', _code())
    assert literals and all(literal in catalogue(ENGLISH) for literal in literals), literals


def test_kinds_and_statuses_have_words_in_both_languages():
    for family, values in (("kind", EVENT_KINDS + ACTOR_KINDS), ("status", STATUSES)):
        for value in values:
            assert f"{family}.{value}" in catalogue("en") and f"{family}.{value}" in catalogue("fr")


@pytest.mark.parametrize(
    ("user", "server", "expected"),
    [
        ("fr", "en", "fr"),  # the reader's own language first
        ("en-GB", "fr", "en_GB"),  # keeping their region for dates
        ("de", "fr", "fr"),  # a language Sommet does not speak: the server's
        ("de", "en", "en"),
        ("de", None, "en"),  # no server (a DM): English
        (None, None, "en"),
    ],
)
def test_readers_get_their_language_then_the_servers_then_english(user, server, expected):
    assert reader_locale(user, server) == expected


def test_texts_fill_in_parameters_plurals_and_nested_messages():
    assert text("list.more", "fr", count=1) == "… et 1 autre"
    assert text("list.more", "fr", count=3) == "… et 3 autres"
    where = message("import.where", key="events", index=2)
    assert text("import.located", "fr", where=where, problem="x") == "events[2] : x"


def test_a_user_error_reads_in_each_language_and_logs_in_english():
    error = UserError("lookup.no_event", query="zzz")
    assert str(error) == "No event matches “zzz”."
    assert error.render("fr") == "Aucun événement ne correspond à « zzz »."
    assert error.render("de") == str(error)


def test_a_date_error_names_days_and_months_in_the_readers_language():
    from datetime import date

    from sommet.dates import parse_user_dates

    with pytest.raises(UserError) as caught:
        parse_user_dates("mercredi 10 février 2025", today=date(2025, 1, 1))
    assert caught.value.render("fr") == "Le 10 février 2025 est un lundi, pas un mercredi. Vérifiez la date."


@pytest.mark.parametrize(
    ("name", "aliases", "english", "french"),
    [
        (
            "Sommet pour l'action sur l'IA",
            [("Sommet sur l'IA à Paris", "fr"), ("AI Action Summit", "en")],
            "AI Action Summit",
            "Sommet pour l'action sur l'IA",
        ),
        (
            "Safety Summit",
            [("Sommet sur la sécurité", "fr"), ("UK Safety Summit", "en")],
            "Safety Summit",
            "Sommet sur la sécurité",
        ),
        (
            "OCDE",
            [("Organisation de coopération", "fr"), ("OECD", "en"), ("Organisation for Co-operation", "en")],
            "OECD",
            "OCDE",
        ),
        ("Forum", [], "Forum", "Forum"),
    ],
)
def test_entries_show_their_name_in_the_readers_language(name, aliases, english, french):
    names = [Alias(n, lang) for n, lang in aliases]
    assert display_name(name, names, "en") == english
    assert display_name(name, names, "fr") == french


def test_people_keep_their_name_whatever_titles_they_have():
    titles = [Alias("Président de la République", "fr"), Alias("French President", "en")]
    assert display_name("Jean Dupont", titles, "en", kind="person") == "Jean Dupont"


@pytest.mark.parametrize(
    ("name", "aliases", "english", "french"),
    [
        (
            "Global AI Testing Summit",
            [("Meeting of ministers in Nairobi", "en")],
            "Global AI Testing Summit",
            None,
        ),
        (
            "Sommet Choose France",
            [("Choose France Summit", "en")],
            "Choose France Summit",
            "Sommet Choose France",
        ),
    ],
)
def test_the_word_of_its_kind_tells_a_names_language(name, aliases, english, french):
    """An English name without function words, whose other name is English too, is shown as it is,
    not taken for French; "Sommet" makes a name French though its other words are the English name's."""
    names = [Alias(n, lang) for n, lang in aliases]
    assert display_name(name, names, "en", kind="summit") == english
    assert display_name(name, names, "fr", kind="summit") == (french or name)
