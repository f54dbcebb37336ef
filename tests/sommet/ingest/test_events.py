"""Event rules on short texts: kinds, titles, dates in context, places, programmes, no invented dates."""

from __future__ import annotations

from datetime import date

from sommet.ingest.pipeline import extract

TODAY = date(2035, 1, 1)


def events(text: str, **kwargs):
    return {event.name: event for event in extract(text, today=TODAY, **kwargs).events}


def iso(event):
    return (event.start.iso() if event.start else None, event.end.iso() if event.end else None)


def test_quoted_title_after_a_kind_word_names_the_event_with_its_date():
    found = events(
        "Mars 3, 2031\n\nLe 1er mars dernier, le webinaire « Données et villes » a réuni deux cents élus."
    )
    assert iso(found["Données et villes"]) == ("2031-03-01", None)
    assert found["Données et villes"].kind == "webinar"


def test_named_summit_with_a_range_and_a_place():
    found = events(
        "La France accueillera à Lyon, les 4 et 5 juin 2031, le Sommet pour la sobriété numérique."
    )
    summit = found["Sommet pour la sobriété numérique"]
    assert (summit.kind, iso(summit)) == ("summit", ("2031-06-04", "2031-06-05"))


def test_english_summit_name_before_the_kind_word():
    found = events("Leaders gathered in Oslo for the Arctic Data Summit on 2-3 May 2032, hosted by Norway.")
    summit = found["Arctic Data Summit"]
    assert iso(summit) == ("2032-05-02", "2032-05-03")
    assert summit.location.city == "Oslo"
    assert ("Norvège", "host") in summit.actors


def test_reference_to_an_event_named_elsewhere_is_not_a_new_event():
    found = events("Le Sommet de Tunis sur l'eau aura lieu en 2033. Le Sommet réunira cent pays.")
    assert list(found) == ["Sommet de Tunis sur l'eau"]


def test_event_without_a_date_in_the_text_stays_undated():
    found = events(
        "Le Forum de Dakar sur la santé numérique a rassemblé des chercheurs venus de tout le continent."
    )
    assert iso(found["Forum de Dakar sur la santé numérique"]) == (None, None)


def test_unnamed_event_is_kept_only_when_dated():
    assert events("Un forum réunira des élus et des chercheurs pour discuter des usages.") == {}
    found = events("Le programme débutera le 3 mai 2031 avec un forum réunissant des élus.")
    assert [iso(e) for e in found.values()] == [("2031-05-03", None)]


def test_sub_events_within_a_longer_event_get_it_as_parent():
    found = events(
        "La Semaine du climat numérique se tiendra du 6 au 10 mars 2031 à Nantes. "
        "Une conférence scientifique («Climat et calcul») aura lieu les 6 et 7 mars."
    )
    assert found["Climat et calcul"].parent == "Semaine du climat numérique"


def test_an_event_that_ends_on_a_date_takes_it_as_its_end():
    found = events(
        "La «semaine des données ouvertes» débutera à Lille le 2 avril 2031. "
        "Cette semaine des données ouvertes se conclura par une journée de débats, le 6 avril."
    )
    assert iso(found["Semaine des données ouvertes"]) == ("2031-04-02", "2031-04-06")


def test_the_same_day_takes_the_day_named_before():
    found = events(
        "Le colloque de Rennes sur l'éthique s'ouvrira le 12 mai 2031. "
        "De nombreux événements parallèles se tiendront le même jour dans la ville."
    )
    assert iso(found["Événements parallèles"]) == ("2031-05-12", None)


def test_announcement_during_an_event_is_its_sub_event():
    found = events(
        "Lors du salon Technoport, qui s'est tenu en mai 2031 à Luxembourg, le ministre a annoncé un fonds de 20 millions d'euros."
    )
    announcement = found["Fonds de 20 millions d'euros"]
    assert announcement.kind == "announcement"
    assert announcement.parent == "Salon Technoport"
    assert iso(announcement) == ("2031-05", None)


def test_lead_event_without_date_takes_the_month_of_a_dated_article():
    found = events(
        "12 septembre 2031\n\nLors de la visite d'État du président brésilien à Berlin, les deux pays ont signé des accords."
    )
    visit = next(iter(found.values()))
    assert (visit.kind, iso(visit)) == ("state visit", ("2031-09", None))
