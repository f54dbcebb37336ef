"""Other editions of a gathering the document tells: named by that gathering and their own year."""

from __future__ import annotations

from datetime import date

import pytest

from sommet.dates import PartialDate
from sommet.ingest.pipeline import extract

TODAY = date(2031, 3, 1)


def events(text: str):
    return {event.name: event for event in extract(text, today=TODAY).events}


def iso(event):
    return (event.start.iso() if event.start else None, event.end.iso() if event.end else None)


def test_last_years_edition_is_an_event_of_its_own_dated_by_its_aside():
    found = events(
        "Published 1 March 2031\n\nThe Cyber Week opens in Oslo on 3 May. "
        "Last year's edition, in June 2030, drew 400 delegates."
    )
    assert iso(found["Cyber Week"]) == ("2031-05-03", None)
    assert iso(found["Cyber Week 2030"]) == ("2030-06", None)
    assert found["Cyber Week 2030"].kind == "week"


def test_french_previous_and_ordinal_editions_take_their_own_place():
    found = events(
        "Publié le 1er mars 2031\n\nLa Semaine de la donnée s'ouvre à Oslo le 3 mai. "
        "L'édition précédente, en juin 2030, avait réuni 400 délégués."
    )
    assert iso(found["Semaine de la donnée 2030"]) == ("2030-06", None)
    found = events(
        "Publié le 1er mars 2031\n\nLe Forum des données s'est ouvert à Nairobi le 3 mai. "
        "La deuxième édition, en 2029, s'était tenue à Mombasa."
    )
    assert found["Forum des données 2029"].location.city == "Mombasa"
    assert found["Forum des données"].location.city == "Nairobi"


def test_an_edition_belongs_to_the_gathering_its_paragraph_opens_on():
    found = events(
        "Published 1 March 2031\n\nThe Lagos Data Summit opens on 3 May.\n\n"
        "The summit follows the Cyber Week, held in Accra in April. "
        "Last year's edition, in June 2030, drew 400 delegates."
    )
    assert iso(found["Lagos Data Summit 2030"]) == ("2030-06", None)
    assert "Cyber Week 2030" not in found


def test_this_edition_or_one_of_the_same_year_is_no_other_event():
    text = "Publié le 1er mars 2031\n\nLe Forum des données s'ouvre le 3 mai. {}"
    assert list(events(text.format("Cette édition accueillera 300 invités."))) == ["Forum des données"]
    assert list(events(text.format("L'édition 2031 accueillera 300 invités."))) == ["Forum des données"]
    # One whose name follows is that gathering, read as ever.
    assert "Forum des données 2024" not in events(text.format("L'édition 2024 du Forum de Lima a eu lieu."))


def test_what_a_gathering_saw_done_is_dated_by_it():
    found = events(
        "Published 1 March 2031\n\nThe summit in Accra on 4 June 2030 saw twelve countries sign the Accra Charter."
    )
    assert iso(found["Signing of the Accra Charter"]) == ("2030-06-04", None)
    found = events(
        "Publié le 1er mars 2031\n\nLe sommet d'Accra, le 4 juin 2030, a été marqué par l'adoption de la Charte d'Accra."
    )
    assert iso(found["Adoption de la Charte d'Accra"]) == ("2030-06-04", None)


def test_the_next_edition_of_a_series_told_undated_is_when_it_is_held_next():
    found = events(
        "Publié le 1er mars 2031\n\nLe centre organise chaque année les Journées ivoiriennes de l'IA ; "
        "la prochaine édition se tiendra du 12 au 14 novembre 2031 à Yamoussoukro."
    )
    assert list(found) == ["Journées ivoiriennes de l'IA"]
    assert iso(found["Journées ivoiriennes de l'IA"]) == ("2031-11-12", "2031-11-14")


def test_an_edition_told_with_its_own_place_in_a_paragraph_of_its_own_is_the_gathering_told_before():
    """Not a summit named by that place: the paragraph names no kind, the document's gathering does."""
    found = events(
        "Publié le 1er mars 2031\n\nLa Conférence mondiale sur les normes de l'IA s'est ouverte le 17 juin "
        "2031 à Genève.\n\nLa précédente édition, organisée à Montréal en 2029, avait réuni quarante pays."
    )
    edition = found["Conférence mondiale sur les normes de l'IA 2029"]
    assert (edition.kind, iso(edition), edition.location.city) == ("conference", ("2029", None), "Montréal")
    found = events(
        "Published 1 March 2031\n\nThe World Conference on AI Standards opened on 17 June 2031 in Geneva."
        "\n\nThe previous edition, held in Montreal in 2029, brought together forty countries."
    )
    assert set(found) == {"World Conference on AI Standards", "World Conference on AI Standards 2029"}


def test_the_next_edition_of_a_gathering_named_by_a_proper_noun_is_named_by_its_year():
    found = events(
        "Publié le 1er mars 2031\n\nLe salon VivaTech s'est ouvert jeudi à Dakar.\n\n"
        "La prochaine édition se tiendra à Abidjan en mai 2032."
    )
    edition = found["Salon VivaTech 2032"]
    assert (iso(edition), edition.location.city) == (("2032-05", None), "Abidjan")


def test_an_ordinal_alone_that_is_held_is_one_more_of_the_gatherings_counted_before():
    found = events(
        "Published 1 March 2031\n\nThe first summit was held in Lomé on 3 April 2027.\n\n"
        "The second took place in Dakar in June 2028. The fifth is scheduled for 2 and 3 December 2031."
    )
    assert (iso(found["Second summit"]), found["Second summit"].location.city) == (("2028-06", None), "Dakar")
    assert iso(found["Fifth summit"]) == ("2031-12-02", "2031-12-03")
    found = events(
        "Publié le 1er mars 2031\n\nLe premier sommet s'est tenu à Lomé le 3 avril 2027. "
        "Le deuxième a eu lieu à Dakar en juin 2028."
    )
    assert iso(found["Deuxième sommet"]) == ("2028-06", None)


def test_an_ordinal_alone_that_is_not_held_or_counts_no_gathering_is_no_event():
    assert list(
        events(
            "Published 1 March 2031\n\nThe first summit was held on 3 April 2027. The second is that it met in 2028."
        )
    ) == ["First summit"]
    found = events(
        "Published 1 March 2031\n\nThe first summit was held on 3 April 2027. The second was held up by the crisis."
    )
    assert list(found) == ["First summit"]
    found = events(
        "Published 1 March 2031\n\nThe first report came out in 2027. The second was held in 2028."
    )
    assert not any("Second" in name for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "Wire\n\nMarch 1, 2031\n\nThe Drone Policy Forum returns for its fifth edition on 14–15 October 2031.",
        "Dépêche\n\n1er mars 2031\n\nLe Forum des drones revient pour sa cinquième édition les 14 et 15 octobre 2031.",
    ],
)
def test_a_series_told_by_its_own_edition_in_its_sentence_takes_that_edition_s_days(text):
    (event,) = extract(text, today=date(2035, 1, 1)).events
    assert (event.start, event.end) == (PartialDate(2031, 10, 14), PartialDate(2031, 10, 15))


@pytest.mark.parametrize(
    ("text", "act", "edition"),
    [
        (
            "Published 3 September 2030\n\nThe third Data Forum will take place in Kigali on 14 and 15 October. "
            "The second edition, held in Accra last year, adopted the Accra Declaration on open data.",
            "Adoption of the Accra Declaration on open data",
            "Data Forum 2029",
        ),
        (
            "Publié le 3 septembre 2030\n\nLe troisième Forum des données se tiendra à Dakar les 14 et 15 octobre. "
            "La deuxième édition, organisée à Lomé l'an dernier, a adopté la Déclaration de Lomé sur les données.",
            "Adoption de la Déclaration de Lomé sur les données",
            "Forum des données 2029",
        ),
    ],
)
def test_a_declaration_adopted_by_an_earlier_edition_is_of_that_edition_not_the_lead(text, act, edition):
    found = events(text)
    assert iso(found[act]) == ("2029", None)
    assert found[act].parent == edition


def test_a_declaration_adopted_with_no_other_gathering_in_its_sentence_is_the_lead_s():
    found = events(
        "Published 3 September 2030\n\nThe third Data Forum will take place in Kigali on 14 and 15 October. "
        "Ministers adopted the Kigali Declaration on open data."
    )
    assert iso(found["Adoption of the Kigali Declaration on open data by ministers"]) == (
        "2030-10-14",
        "2030-10-15",
    )
