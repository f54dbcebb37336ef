"""Events a document calls off keep their date and are marked cancelled. Short texts written for these tests."""

from __future__ import annotations

import pytest

from tests.sommet.ingest.test_events import events, iso


def _status(text: str, lang: str) -> dict[str, str]:
    head = "Wire\n\nMarch 1, 2031\n\n" if lang == "en" else "Dépêche\n\n1er mars 2031\n\n"
    return {name: event.status for name, event in events(head + text).items()}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The Drone Council meeting planned for 2 June has been cancelled.", "en", "Drone Council meeting"),
        ("The Drone Forum on 2 June will not take place.", "en", "Drone Forum"),
        (
            "Le webinaire « Drones et vie privée » prévu le 1er octobre est annulé.",
            "fr",
            "Drones et vie privée",
        ),
        ("Le Forum des drones du 2 juin n'aura pas lieu.", "fr", "Forum des drones"),
        # A relative clause set off by commas is stepped over.
        ("The Drone Forum, which was due to open on 2 June, has been cancelled.", "en", "Drone Forum"),
        ("Le Forum des drones, qui devait s'ouvrir le 2 juin, est annulé.", "fr", "Forum des drones"),
    ],
)
def test_an_event_its_clause_calls_off_is_cancelled(text, lang, name):
    assert _status(text, lang) == {name: "cancelled"}


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Drone Council meeting on 2 June has not been cancelled.", "en"),
        ("The Drone Forum had been cancelled in 2030 before it was held on 2 June.", "en"),
        ("The Drone Forum, which was cancelled last year, returns on 2 June.", "en"),
        ("Le Forum des drones, qui avait été annulé l'an dernier, revient le 2 juin.", "fr"),
    ],
)
def test_a_denied_or_older_cancellation_or_one_told_in_a_relative_clause_cancels_nothing(text, lang):
    assert set(_status(text, lang).values()) == {"confirmed"}


def _days(text: str, lang: str) -> dict[str, tuple[str | None, str | None]]:
    head = "Wire\n\nMarch 1, 2031\n\n" if lang == "en" else "Dépêche\n\n1er mars 2031\n\n"
    return {name: iso(event) for name, event in events(head + text).items()}


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        ("The Drone Forum planned for 2 June has been postponed.", "en", "Drone Forum"),
        (
            "The Drone Forum, planned for 2 June, has been postponed until further notice, its organisers said on Monday.",
            "en",
            "Drone Forum",
        ),
        (
            "Le Forum des drones, prévu le 2 juin, est reporté à une date ultérieure.",
            "fr",
            "Forum des drones",
        ),
    ],
)
def test_an_event_put_off_to_no_new_time_keeps_no_day(text, lang, name):
    assert _days(text, lang) == {name: (None, None)}


@pytest.mark.parametrize(
    ("text", "lang", "name", "day"),
    [
        (
            "The Drone Forum planned for 2 June has been postponed to 3 September.",
            "en",
            "Drone Forum",
            "2031-09-03",
        ),
        (
            "Le Forum des drones, prévu le 2 juin, est reporté au 3 septembre.",
            "fr",
            "Forum des drones",
            "2031-09-03",
        ),
        ("The Drone Forum planned for 2 June has been postponed to next year.", "en", "Drone Forum", "2032"),
    ],
)
def test_an_event_put_off_to_a_new_time_takes_it_not_the_day_given_up(text, lang, name, day):
    assert _days(text, lang) == {name: (day, None)}
