"""Places compared across languages, and a city against the country it is in."""

from __future__ import annotations

import json
from datetime import date

import pytest

from sommet.ingest import gazetteer
from sommet.ingest.pipeline import extract
from sommet.ingest.places import CITIES_FILE, same_place, shared_place
from sommet.models import Location
from tests.sommet.ingest.test_events import TODAY, events


def test_every_city_names_a_country_of_the_gazetteer():
    known = gazetteer.default()
    for city in json.loads(CITIES_FILE.read_text(encoding="utf-8"))["cities"]:
        entry = known.lookup(city["country"])
        assert entry is not None and entry.kind == "country", city


def test_a_city_in_two_languages_is_one_place_and_a_city_abroad_disagrees_with_a_country():
    assert same_place(Location(city="Varsovie"), Location(city="Warsaw"))
    assert same_place(Location(city="Lisbonne"), Location(country="Portugal"))
    assert not same_place(Location(city="Lisbonne"), Location(country="Spain"))
    assert not same_place(Location(city="Lisbonne"), Location(city="Madrid"))


def test_an_unknown_part_never_disagrees_but_only_a_named_one_is_shared():
    assert same_place(Location(city="Lisbonne"), Location())
    assert not shared_place(Location(city="Lisbonne"), Location())
    assert shared_place(Location(city="Lisbon"), Location(country="Portugal"))


def test_a_country_written_where_a_city_goes_counts_as_the_country():
    assert shared_place(Location(city="Portugal"), Location(city="Lisbonne"))


def test_a_city_the_language_model_misses_is_still_where_talks_took_place():
    text = (
        "On data, Kenya and the US began their first official bilateral talks on the matter in March in"
        " Tallinn. The delegations met behind closed doors."
    )
    events = extract(text, today=date(2031, 1, 1)).events
    assert [(event.kind, event.location.city) for event in events] == [("meeting", "Tallinn")]


def test_a_place_the_language_model_runs_on_through_is_still_where_a_summit_is_held():
    for text in (
        "The G9 Drone Ministers' Summit will take place in Borgo Ferraio from 13 to 15 June 2031.",
        "The G7 Leaders' Summit will take place in Monte Verde from 13 to 15 June 2031.",
    ):
        events = extract(text, today=date(2031, 1, 1)).events
        assert [event.location.venue for event in events] == [text.split(" in ")[1].split(" from")[0]]


def test_a_city_a_gatherings_own_name_holds_is_where_it_took_place():
    found = extract(
        "Le sommet de Lomé sur les drones s'est tenu le 3 mars 2030.", today=date(2031, 1, 1)
    ).events
    assert [(event.name, event.location.city) for event in found] == [
        ("Sommet de Lomé sur les drones", "Lomé")
    ]
    found = extract("The Accra Drone Conference opened on 3 March 2030.", today=date(2031, 1, 1)).events
    assert [event.location.city for event in found] == ["Accra"]
    # A text named after a city was not necessarily made there.
    found = extract(
        "Le Togo a signé la charte de Lomé sur les drones le 3 mars 2030.", today=date(2031, 1, 1)
    ).events
    assert all(event.location.city is None for event in found)


def test_a_city_that_hosts_a_gathering_is_where_it_took_place():
    found = extract("Accra hosted the Drone Summit on 3-4 March 2030.", today=date(2031, 1, 1)).events
    assert [event.location.city for event in found] == ["Accra"]
    found = extract(
        "Le manoir de Bletchley Park a accueilli le sommet sur les drones le 3 mars 2030.",
        today=date(2031, 1, 1),
    ).events
    assert [event.location.venue for event in found] == ["Bletchley Park"]


def test_the_city_a_gatherings_name_holds_beats_a_place_said_before_it():
    text = (
        "Both co-chaired the Drone Summit in Paris in 2030 and agreed that the New Delhi Summit goes further."
    )
    found = {event.name: event.location for event in extract(text, today=date(2031, 1, 1)).events}
    assert found["New Delhi Summit"].city == "New Delhi"


def test_a_place_said_after_the_next_gathering_is_that_gatherings():
    for text in (
        "The drone meeting of 3 March 2031 follows the first summit held in Accra in November 2030.",
        "La réunion sur les drones du 3 mars 2031 fait suite au premier sommet, tenu à Accra en novembre 2030.",
    ):
        found = [(event.kind, event.location.city) for event in extract(text, today=date(2031, 1, 1)).events]
        assert found == [("meeting", None), ("summit", "Accra")], text


def test_a_venue_the_language_model_runs_on_into_a_weekday_or_takes_for_a_body_is_still_a_venue():
    for text in (
        "Le sommet sur les drones se tiendra au Palais des Nations mercredi et jeudi.",
        "La ministre ira au sommet sur les drones organisé par le président Kofi Mensah au Palais des"
        " Nations mercredi et jeudi.",
    ):
        found = extract("Lomé, le lundi 3 mars 2031\n\n" + text, today=date(2031, 3, 3))
        assert [event.location.venue for event in found.events] == ["Palais des Nations"], text
        assert "Palais des Nations" not in [actor.name for actor in found.actors]


def test_a_city_the_language_model_runs_on_into_the_days_of_a_span_is_still_the_city():
    for text in (
        "France hosted the Drone Summit in Paris on 3-4 March 2031.",
        "France hosted the Drone Summit in Paris on 3–4 March 2031.",
    ):
        found = extract(text, today=date(2031, 3, 5)).events
        assert [(event.location.city, event.location.venue) for event in found] == [("Paris", None)], text


def test_what_a_gathering_is_about_is_not_where_it_is_held():
    found = extract(
        "The ITU will hold a workshop on AI standards on 20 October 2031.", today=date(2031, 3, 1)
    )
    assert [(event.name, event.location.label()) for event in found.events] == [
        ("Workshop on AI standards", "")
    ]
    held = extract("The Accra Summit on drones opened on 20 October 2031.", today=date(2031, 3, 1)).events
    assert [event.location.city for event in held] == ["Accra"]


def test_a_region_is_wider_than_an_event_s_place_and_a_city_after_it_still_is_one():
    trip = extract("The minister will travel to West Africa on 3 March 2031.", today=date(2031, 3, 1)).events
    assert [(event.name, event.location.label()) for event in trip] == [("Visit to West Africa", "")]
    found = extract(
        "Publié le 1er mars 2031\n\nLa dernière réunion sur les drones organisée en Europe remontait à mars"
        " 2030, à Trente.",
        today=date(2031, 3, 1),
    ).events
    assert [event.location.city for event in found] == ["Trente"]


def test_a_building_named_by_its_venue_word_is_the_venue_and_a_city_right_after_it_the_city():
    for text, venue in (
        ("The Drone Forum will be held at the Kempinski Hotel in Accra on 3 March 2031.", "Kempinski Hotel"),
        ("Le forum sur les drones se tiendra à l'hôtel Radisson de Dakar le 3 mars 2031.", "hôtel Radisson"),
    ):
        found = extract(text, today=date(2031, 3, 1)).events
        city = "Accra" if "Accra" in text else "Dakar"
        assert [(event.location.venue, event.location.city) for event in found] == [(venue, city)], text


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Le forum sur les drones se tiendra le 3 mars 2031 au Centre de conférences régional, à Lyon.",
            ("Centre de conférences régional", "Lyon"),
        ),
        (
            "Le forum sur les drones se tiendra le 3 mars 2031 au Palais des congrès, à Nantes.",
            ("Palais des congrès", "Nantes"),
        ),
        # the building, not the province its name holds
        (
            "Le forum sur les drones se tiendra le 3 mars 2031 au Centre des congrès de Québec.",
            ("Centre des congrès de Québec", None),
        ),
    ],
)
def test_a_building_named_in_lower_case_words_after_its_first_is_the_venue_and_a_city_after_a_comma_its_city(
    text, place
):
    found = extract(text, today=date(2031, 3, 1)).events
    assert [(event.location.venue, event.location.city) for event in found] == [place]


def test_a_city_a_gathering_is_named_by_before_its_kind_word_is_where_it_took_place():
    found = extract("The Accra meeting last October was about drones.", today=date(2031, 1, 1)).events
    assert [(event.name, event.location.city) for event in found] == [("Accra meeting", "Accra")]


def test_a_place_that_hosts_a_gathering_after_an_aside_or_before_an_ordinal_is_where_it_took_place():
    for text in (
        "Le manoir de Bletchley Park, où Kofi Mensah travaillait, a accueilli le sommet sur les drones"
        " le 3 mars 2030.",
        "Le manoir de Bletchley Park a accueilli le premier sommet sur les drones le 3 mars 2030.",
    ):
        found = extract(text, today=date(2031, 1, 1)).events
        assert [event.location.venue for event in found] == ["Bletchley Park"], text
    found = extract(
        "Accra, where the treaty was signed, hosted the Drone Summit on 3 March 2030.", today=date(2031, 1, 1)
    )
    assert [event.location.city for event in found.events] == ["Accra"]


def test_a_country_that_will_host_a_gathering_is_where_it_takes_place_and_sets_it_apart():
    text = (
        "Genève, le 18 juillet 2031\n\nLe ministre a rappelé que le sommet mondial sur les drones, tenu à"
        " Genève au début du mois, avait montré les deux visages de cette technologie.\n\nIl a ajouté que le"
        " Ghana accueillerait cet automne le premier grand sommet mondial sur la sécurité des drones."
    )
    found = {event.name: event.location for event in extract(text, today=date(2032, 1, 1)).events}
    assert found == {
        "Sommet mondial sur les drones": Location(city="Genève"),
        "Sommet mondial sur la sécurité des drones": Location(country="Ghana"),
    }


def test_a_word_of_a_kind_of_event_is_no_place():
    found = extract(
        "Publié le 1er mars 2031\n\nLe président est arrivé lundi à Paris pour une visite d'État.",
        today=date(2031, 3, 1),
    )
    assert [event.location.city for event in found.events] == ["Paris"]


def test_a_gathering_named_for_its_city_is_not_placed_in_another_city_a_later_clause_names():
    text = (
        "Publié le 22 avril 2031\n\nLes négociations avaient été lancées au sommet de Kigali, en février 2028, "
        "et le dernier cycle s'est achevé à Nairobi en janvier."
    )
    [summit] = [e for e in extract(text, today=date(2031, 6, 1)).events if e.kind == "summit"]
    assert (summit.name, summit.location.city) == ("Sommet de Kigali", "Kigali")


def _extracted(text: str):
    return extract(text, today=date(2031, 3, 1))


def _event(text: str):
    return _extracted(text).events[0]


def test_a_conference_centre_is_the_venue_in_the_city_it_names_and_acts_in_nothing():
    found = _extracted(
        "Published 1 March 2031\n\nThe summit concluded today at the Kigali Convention Centre with the adoption "
        "of a declaration."
    )
    summit = found.events[0]
    assert (summit.location.venue, summit.location.city) == ("Kigali Convention Centre", "Kigali")
    assert all("Centre" not in actor.name for actor in found.actors)


def test_a_french_conference_centre_named_after_a_person_is_a_venue_and_its_namesake_no_actor():
    found = _extracted(
        "Publié le 1er mars 2031\n\nLe salon s'est ouvert jeudi au Centre international de conférences "
        "Abdou Diouf de Diamniadio, en présence du président."
    )
    salon = found.events[0]
    assert (salon.location.venue, salon.location.city) == (
        "Centre international de conférences Abdou Diouf",
        "Diamniadio",
    )
    assert found.actors == []
    english = _event(
        "Published 1 March 2031\n\nThe forum opened on Thursday at the Abdou Diouf International Conference Centre in Diamniadio."
    )
    assert (english.location.venue, english.location.city) == (
        "Abdou Diouf International Conference Centre",
        "Diamniadio",
    )


def test_a_centre_de_congres_is_a_venue_in_the_city_it_names():
    forum = _event(
        "Publié le 1er mars 2031\n\nLe forum se déroulera du 3 au 5 avril au Centre de congrès de Lyon."
    )
    assert (forum.location.venue, forum.location.city) == ("Centre de congrès de Lyon", "Lyon")


def _cities(text: str) -> dict[str, str | None]:
    return {event.name: event.location.city for event in extract(text, today=date(2031, 6, 1)).events}


def test_a_step_joined_in_the_future_is_not_placed_where_the_one_before_was_done():
    found = _cities(
        "Published 21 May 2031\n\nThe Institute signed a memorandum of understanding with its Canadian counterpart "
        "on 6 May in Ottawa and will publish its first evaluation report before the end of the year."
    )
    assert found == {
        "Signing of a memorandum of understanding by the Institute": "Ottawa",
        "Publication of the first evaluation report": None,
    }


def test_an_event_another_is_told_before_or_after_takes_no_place_told_before_it():
    found = _cities(
        "Published 1 March 2031\n\nThe fourth summit, held in Accra on 11-12 March 2031, adopted a common "
        "position ahead of the UN talks."
    )
    assert (found["Fourth summit"], found["UN talks"]) == ("Accra", None)


def test_a_building_named_after_a_city_by_its_word_alone_is_not_placed_in_that_city():
    found = events(
        "Wire\n\n20 January 2031\n\nPresident Jane Roe and Prime Minister Arjun Rao signed a Roadmap on Drones on "
        "Monday at Hyderabad House, on the second day of her state visit to India."
    )
    signing = next(event for name, event in found.items() if name.startswith("Signing"))
    assert (signing.location.venue, signing.location.city) == ("Hyderabad House", None)
    found = events(
        "Wire\n\n1 March 2031\n\nThe Drone Summit was held on 3 February at the Accra Convention Centre."
    )
    assert found["Drone Summit"].location.city == "Accra"


def test_a_building_word_of_another_language_makes_a_venue_no_person():
    found = extract(
        "Wire\n\n1 March 2031\n\nIn the evening, the president, Kavita Rao, hosted a state banquet at Rashtrapati "
        "Bhavan in her honour.",
        today=TODAY,
    )
    assert "Rashtrapati Bhavan" not in {actor.name for actor in found.actors if actor.kind == "person"}


def test_a_place_of_the_clause_an_event_is_subordinate_to_or_of_the_next_verb_is_not_its_place():
    found = events(
        "Wire\n\nMay 5, 2031\n\nThe minister spoke at Sciences Po on Thursday, two weeks before the "
        "Drone Outlook is released on 19 May."
    )
    assert found["Publication of the Drone Outlook"].location.label() == ""
    found = events(
        "Dépêche\n\n5 mai 2031\n\nLa mission a auditionné plus de quatre-vingts personnes le 3 mai "
        "et s'est rendue à Lomé."
    )
    audition = next(event for name, event in found.items() if name.startswith("Audition"))
    assert audition.location.label() == ""
    # A place before the event in its own clause is still its place.
    found = events("Wire\n\nMay 5, 2031\n\nMeeting in Accra on 3 May, ministers adopted the Drone Charter.")
    assert found["Adoption of the Drone Charter"].location.city == "Accra"


def test_a_text_enters_into_force_nowhere_though_an_aside_before_says_where_it_was_adopted():
    found = events(
        "Dépêche\n\n1er mars 2031\n\nLa Charte de Dakar sur les drones, adoptée à Strasbourg en mai 2029, "
        "entrera en vigueur le 1er août 2031."
    )
    assert found["Adoption de la Charte de Dakar sur les drones"].location == Location(city="Strasbourg")
    assert found["Entrée en vigueur de la Charte de Dakar sur les drones"].location == Location()
    found = events(
        "Wire\n\nMarch 1, 2031\n\nThe Dakar Drone Charter, adopted in Dakar in 2030, will apply from 2032."
    )
    assert found["Application of the Dakar Drone Charter"].location == Location()


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "Dépêche\n\nParis, 18 avril 2033 - Le Forum de Lyon s'est ouvert lundi au Palais des congrès.",
            "Forum de Lyon",
            "Lyon",
        ),
        (
            "Dépêche\n\nMONTRÉAL, 18 avril 2033 - La Semaine de l'IA de Montréal s'est ouverte lundi au Palais des "
            "congrès.",
            "Semaine de l'IA de Montréal",
            "Montréal",
        ),
    ],
)
def test_a_venue_told_after_a_gathering_named_after_its_city_is_in_that_city(text, name, city):
    [event] = extract(text, today=date(2035, 1, 1)).events
    assert (event.name, event.location.venue, event.location.city) == (name, "Palais des congrès", city)


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "Agenda des drones\n\nPublié le 2 septembre 2031\n\n"
            "Du 8 au 10 octobre - Forum mondial des drones (FMD), Lillestrøm (Norvège)",
            "Forum mondial des drones",
            "Lillestrøm",
        ),
        (
            "Drone diary\n\nPublished 2 September 2031\n\n14-15 October - OECD Drone Summit, Kananaskis (Alberta, Canada)",
            "OECD Drone Summit",
            "Kananaskis",
        ),
    ],
)
def test_a_calendar_item_is_placed_past_its_acronym_and_before_its_region_in_brackets(text, name, city):
    assert events(text)[name].location.city == city


def test_a_calendar_item_is_placed_where_its_days_lead_before_the_sentence_its_gathering_opens():
    found = events(
        "Agenda des drones\n\nPublié le 2 septembre 2031\n\n• Mardi 4 et mercredi 5 novembre — Bangkok, Queen Sirikit "
        "National Convention Center. Conférence sur la sécurité des drones, organisée par l'UNESCO.\n\n"
        "• 20-21 novembre — Miami (États-Unis). Réunion des ministres du numérique du G20."
    )
    conference = found["Conférence sur la sécurité des drones"].location
    assert (conference.city, conference.venue) == ("Bangkok", "Queen Sirikit National Convention Center")
    assert found["Réunion des ministres du numérique du G20"].location.city == "Miami"
    found = events(
        "Drone diary\n\nPublished 2 September 2031\n\n• 1-3 December — Geneva. Drone Governance Week, hosted by the ITU."
    )
    assert found["Drone Governance Week"].location.city == "Geneva"
    # A sentence that is no item's line of days leads nowhere.
    found = events("2 September 2031\n\nMinisters met in Geneva. Drone Governance Week opens on 1 December.")
    assert found["Drone Governance Week"].location.city is None


@pytest.mark.parametrize(
    "text",
    [
        "Gand\n\nBRUXELLES, 5 février 2031 – L'Agence des drones, créée en 2029, organisera une journée "
        "d'information à Gand le 20 février.",
        "Ghent\n\nBRUSSELS, 5 February 2031 - The Drone Agency, set up in 2029, will hold an information day in "
        "Ghent on 20 February.",
    ],
)
def test_an_act_told_in_an_aside_is_not_where_the_main_clause_is(text):
    [creation] = [e for e in extract(text, today=TODAY).events if e.kind == "launch"]
    assert creation.start.iso() == "2029" and creation.location.city is None
    [day] = [e for e in extract(text, today=TODAY).events if e.kind == "event"]
    assert day.location.city in ("Gand", "Ghent")
