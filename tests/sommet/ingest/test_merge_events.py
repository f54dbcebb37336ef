"""One real event reported by several documents becomes one entry, and doubt keeps them apart."""

from __future__ import annotations

from datetime import date

from sommet.dates import PartialDate
from sommet.ingest.merge import merge
from sommet.ingest.model import Extraction, FoundActor, FoundEvent
from sommet.ingest.pipeline import extract
from sommet.models import Location
from sommet.store import Store


def _document(name: str, events: list[FoundEvent], published: PartialDate | None = None) -> Extraction:
    return Extraction(name, name, None, None, published, "fr", events, [])


def _summit(
    name: str, start: str | None = None, end: str | None = None, city: str | None = None
) -> FoundEvent:
    return FoundEvent(
        name=name,
        kind="summit",
        start=PartialDate.parse_iso(start) if start else None,
        end=PartialDate.parse_iso(end) if end else None,
        location=Location(city=city),
    )


def _events(store: Store) -> dict[str, int]:
    return {event.name: len(store.sources("event", event.id)) for event in store.all_events()}


def test_two_reports_of_one_summit_on_the_same_days_are_one_entry():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Sommet de Lomé sur les données", "2031-03-04", "2031-03-05")]))
    merge(store, _document("b.txt", [_summit("Sommet sur les données", "2031-03-05")]))
    assert _events(store) == {"Sommet de Lomé sur les données": 2}


def test_a_talk_on_one_day_of_a_two_day_meeting_is_not_the_meeting():
    store = Store.open(None)
    meeting = FoundEvent(
        name="Meeting", kind="meeting", start=PartialDate(2031, 3, 4), end=PartialDate(2031, 3, 5)
    )
    merge(store, _document("a.txt", [meeting]))
    talk = FoundEvent(name="Entretien public", kind="meeting", start=PartialDate(2031, 3, 5))
    merge(store, _document("b.txt", [talk]))
    assert _events(store) == {"Meeting": 1, "Entretien public": 1}
    again = FoundEvent(
        name="Réunion", kind="meeting", start=PartialDate(2031, 3, 4), end=PartialDate(2031, 3, 5)
    )
    merge(store, _document("c.txt", [again]))  # the very same days: the same meeting
    assert _events(store) == {"Meeting": 2, "Entretien public": 1}


def test_summits_of_different_dates_stay_apart():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Sommet de Lomé sur les données", "2031-03-04")]))
    merge(store, _document("b.txt", [_summit("Sommet de Lomé sur les données", "2032-03-04")]))
    assert len(store.all_events()) == 2


def test_an_undated_mention_joins_the_one_dated_entry_with_its_words():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Sommet de Lomé sur les données", "2031-03-04")]))
    merge(store, _document("b.txt", [_summit("Sommet de Lomé")]))
    assert _events(store) == {"Sommet de Lomé sur les données": 2}


def test_a_generic_undated_mention_joins_the_summit_nearest_the_article_and_never_a_far_one():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Sommet de Lomé sur l'IA", "2031-03-04")]))
    merge(store, _document("b.txt", [_summit("Sommet de Quito sur l'IA", "2033-10-01")]))
    merge(store, _document("c.txt", [_summit("Sommet sur l'IA")], published=PartialDate(2031, 2, 20)))
    merge(
        store,
        _document(
            "d.txt", [_summit("Sommet sur l'intelligence artificielle")], published=PartialDate(2040, 1, 1)
        ),
    )
    assert _events(store) == {
        "Sommet de Lomé sur l'IA": 2,
        "Sommet de Quito sur l'IA": 1,
        "Sommet sur l'intelligence artificielle": 1,
    }


def test_a_dated_summit_never_draws_in_a_generic_undated_one():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Sommet sur l'IA")]))
    merge(store, _document("b.txt", [_summit("Sommet de Quito sur l'IA", "2033-10-01")]))
    assert len(_events(store)) == 2


def test_an_entry_into_force_named_by_its_kind_alone_joins_no_texts_and_draws_none_in():
    def entry(name: str, start: str | None = None) -> FoundEvent:
        return FoundEvent(
            name=name, kind="entry into force", start=PartialDate.parse_iso(start) if start else None
        )

    for first, second in (
        (
            entry("Entrée en vigueur de l'IA", "2031-08-01"),
            entry("Entrée en vigueur de la Convention sur l'IA"),
        ),
        (
            entry("Entrée en vigueur de la Convention sur l'IA"),
            entry("Entry into force of AI", "2031-08"),
        ),
    ):
        store = Store.open(None)
        merge(store, _document("a.txt", [first]))
        merge(store, _document("b.txt", [second]))
        assert len(_events(store)) == 2, (first.name, second.name)


def test_a_summit_dated_alike_joins_the_whole_summit_and_not_its_day():
    store = Store.open(None)
    whole = _summit("Sommet de Lomé sur les données", "2031-03-04", "2031-03-05", city="Lomé")
    leaders_day = _summit("Sommet des chefs d'État", "2031-03-05")
    leaders_day.parent = whole.name
    merge(store, _document("a.txt", [whole, leaders_day]))
    merge(store, _document("b.txt", [_summit("Sommet pour les données", "2031-03-04", "2031-03-05")]))
    assert _events(store) == {"Sommet de Lomé sur les données": 2, "Sommet des chefs d'État": 1}


def test_an_undated_meeting_joins_the_dated_summit_of_the_same_name_words():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Lomé Data Partnership summit", "2031-03-04")]))
    meeting = FoundEvent(name="Lomé Data Partnership meeting", kind="meeting")
    merge(store, _document("b.txt", [meeting]))
    assert _events(store) == {"Lomé Data Partnership summit": 2}
    # With dates, the kind still tells two gatherings apart.
    dated = FoundEvent(name="Lomé Data Partnership meeting", kind="meeting", start=PartialDate(2031, 9, 1))
    merge(store, _document("c.txt", [dated]))
    assert len(store.all_events()) == 2


def test_an_undated_english_report_joins_the_dated_french_entry_through_the_word_equivalences():
    store = Store.open(None)
    french = FoundEvent(
        name="Adoption de la Recommandation de Lomé sur l'éthique des données",
        kind="adoption",
        start=PartialDate(2029, 11),
    )
    merge(store, _document("a.txt", [french]))
    english = FoundEvent(name="Adoption of the Lomé Recommendation on Data Ethics", kind="adoption")
    merge(store, _document("b.txt", [english]))
    assert _events(store) == {french.name: 2}


def test_a_summit_and_a_milestone_told_in_the_other_language_join_through_common_words():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Sommet de l'avenir", "2031-09")]))
    merge(store, _document("b.txt", [_summit("Summit of the Future", "2031-09-22", "2031-09-23")]))
    bans = FoundEvent(name="Application des interdictions du règlement de Lomé", kind="entry into force")
    merge(store, _document("c.txt", [bans]))
    english = FoundEvent(
        name="Application of the bans of the Lomé regulation",
        kind="entry into force",
        start=PartialDate(2032, 2, 2),
    )
    merge(store, _document("d.txt", [english]))
    assert sorted(_events(store).values()) == [2, 2]


def test_who_did_it_said_in_another_language_does_not_keep_an_undated_report_apart():
    store = Store.open(None)
    english = FoundEvent(
        name="Adoption of the Lomé Recommendation on Data Ethics by the General Assembly",
        kind="adoption",
        start=PartialDate(2029, 11, 3),
        aliases=["Adoption of the Lomé Recommendation on Data Ethics"],
    )
    merge(store, _document("a.txt", [english]))
    french = FoundEvent(
        name="Adoption de la Recommandation de Lomé sur l'éthique des données par l'Assemblée",
        kind="adoption",
        aliases=["Adoption de la Recommandation de Lomé sur l'éthique des données"],
    )
    merge(store, _document("b.txt", [french]))
    assert _events(store) == {english.name: 2}


def test_an_ordinal_tells_events_apart_in_either_language_and_joins_its_translation():
    store = Store.open(None)
    english = FoundEvent(
        name="Adoption of the landmark resolution on data by the Assembly",
        kind="adoption",
        start=PartialDate(2029, 3, 21),
        aliases=["Adoption of the first resolution on data"],
    )
    merge(store, _document("a.txt", [english]))
    first = FoundEvent(name="Adoption de la première résolution sur les données", kind="adoption")
    second = FoundEvent(name="Adoption de la deuxième résolution sur les données", kind="adoption")
    merge(store, _document("b.txt", [first, second]))
    assert _events(store) == {english.name: 2, second.name: 1}


def _located(
    name: str, start: str | None = None, *, city: str | None = None, country: str | None = None
) -> FoundEvent:
    found = _summit(name, start)
    found.location = Location(city=city, country=country)
    return found


def test_a_generic_mention_in_a_country_joins_the_summit_held_in_one_of_its_cities():
    store = Store.open(None)
    merge(store, _document("a.txt", [_located("Sommet d'Oslo sur l'IA", "2031-03-04", city="Oslo")]))
    merge(store, _document("b.txt", [_located("Sommet de Nairobi sur l'IA", "2032-06-01", city="Nairobi")]))
    merge(store, _document("c.txt", [_located("Sommet sur l'intelligence artificielle", country="Kenya")]))
    assert _events(store) == {"Sommet d'Oslo sur l'IA": 1, "Sommet de Nairobi sur l'IA": 2}


def test_a_city_written_in_another_language_is_the_same_place_and_a_city_abroad_is_not():
    store = Store.open(None)
    merge(
        store, _document("a.txt", [_located("Sommet de Vienne sur les données", "2031-03-04", city="Vienne")])
    )
    merge(store, _document("b.txt", [_located("Data summit", city="Vienna")]))
    merge(store, _document("c.txt", [_located("Sommet sur les données", country="France")]))
    assert _events(store) == {"Sommet de Vienne sur les données": 2, "Sommet sur les données": 1}


def test_a_generic_mention_prefers_the_summit_whose_place_it_shares_to_one_of_unknown_place():
    store = Store.open(None)
    merge(store, _document("a.txt", [_located("Sommet sur l'IA")]))
    merge(store, _document("b.txt", [_located("Sommet de Tunis sur l'IA", "2031-03-04", city="Tunis")]))
    merge(store, _document("c.txt", [_located("Sommet de l'IA", country="Tunisie")]))
    assert _events(store) == {"Sommet sur l'IA": 1, "Sommet de Tunis sur l'IA": 2}


def test_a_mention_beside_the_summit_it_is_not_a_part_of_never_joins_that_summit_s_day():
    store = Store.open(None)
    whole = _located("Sommet de Lomé sur l'IA", "2031-03-04", city="Lomé")
    leaders_day = _located("Sommet des chefs d'État sur l'IA", "2031-03-05")
    leaders_day.parent = whole.name
    merge(store, _document("a.txt", [whole, leaders_day]))
    # A later article names the Lomé summit and, apart from it, the first summit on AI.
    merge(store, _document("b.txt", [_summit("Sommet de Lomé sur l'IA"), _summit("Sommet mondial sur l'IA")]))
    assert _events(store) == {
        "Sommet de Lomé sur l'IA": 2,
        "Sommet des chefs d'État sur l'IA": 1,
        "Sommet mondial sur l'IA": 1,
    }


def _talks(name: str, start: str | None, city: str, *countries: str) -> Extraction:
    found = FoundEvent(
        name=name,
        kind="meeting",
        start=PartialDate.parse_iso(start) if start else None,
        location=Location(city=city),
        actors=[(country, "participant") for country in countries],
    )
    actors = [FoundActor(name=country, kind="country") for country in countries]
    return Extraction(name, name, None, None, None, "fr", [found], actors)


def test_talks_named_otherwise_join_the_dated_meeting_of_the_same_city_and_participants():
    store = Store.open(None)
    merge(store, _talks("Rencontre de haut niveau", "2031-05-14", "Tallinn", "Kenya", "Norvège"))
    merge(store, _talks("Bilateral talks on data", None, "Tallinn", "Kenya", "Norvège"))
    assert _events(store) == {"Rencontre de haut niveau": 2}


def test_talks_with_one_participant_in_common_another_city_or_other_dates_stay_apart():
    store = Store.open(None)
    merge(store, _talks("Rencontre de haut niveau", "2031-05-14", "Tallinn", "Kenya", "Norvège"))
    merge(store, _talks("Bilateral talks on data", None, "Tallinn", "Kenya", "Chili"))
    merge(store, _talks("Talks on fisheries", None, "Oslo", "Kenya", "Norvège"))
    merge(store, _talks("Talks on energy", "2033-01-10", "Tallinn", "Kenya", "Norvège"))
    assert len(store.all_events()) == 4


def test_talks_that_two_meetings_of_the_same_city_and_participants_fit_stay_apart():
    store = Store.open(None)
    merge(store, _talks("Rencontre de haut niveau", "2031-05-14", "Tallinn", "Kenya", "Norvège"))
    merge(store, _talks("Réunion de suivi", "2032-02-01", "Tallinn", "Kenya", "Norvège"))
    merge(store, _talks("Bilateral talks on data", None, "Tallinn", "Kenya", "Norvège"))
    assert len(store.all_events()) == 3


def test_a_dated_mention_beside_the_summit_still_joins_that_summit_s_dinner_on_its_day():
    store = Store.open(None)
    whole = _located("Sommet de Lomé sur l'IA", "2031-03-04", city="Lomé")
    dinner = FoundEvent(name="Dîner au palais", kind="dinner", start=PartialDate(2031, 3, 4))
    dinner.parent = whole.name
    merge(store, _document("a.txt", [whole, dinner]))
    gala = FoundEvent(name="Dîner de gala", kind="dinner", start=PartialDate(2031, 3, 4))
    merge(store, _document("b.txt", [_summit("Sommet de Lomé sur l'IA"), gala]))
    assert _events(store) == {"Sommet de Lomé sur l'IA": 2, "Dîner au palais": 2}


def test_two_milestones_that_share_only_their_kind_word_stay_apart():
    store = Store.open(None)
    report = FoundEvent(
        name="Publication of the final report", kind="publication", start=PartialDate(2031, 9)
    )
    notes = FoundEvent(
        name="Publication d'une seconde série de fiches", kind="publication", start=PartialDate(2031)
    )
    merge(store, _document("a.txt", [report]))
    merge(store, _document("b.txt", [notes]))
    assert _events(store) == {
        "Publication of the final report": 1,
        "Publication d'une seconde série de fiches": 1,
    }


def test_an_excerpt_without_a_year_takes_it_from_the_known_event_it_names(tmp_path):
    from sommet.ingest.run import ingest_paths

    store = Store.open(None)
    (tmp_path / "a.txt").write_text(
        "Publié le 12 mars 2031\n\nLe Sommet de Lomé sur les données s'est ouvert le 10 mars 2031 à Lomé.\n",
        encoding="utf-8",
    )
    ingest_paths(store, [tmp_path / "a.txt"])
    (tmp_path / "b.txt").write_text(
        "Dans la foulée du Sommet de Lomé sur les données, la Charte des données a été signée le 14 mars "
        "à Lomé. Elle avait été négociée en décembre dernier.\n",
        encoding="utf-8",
    )
    ingest_paths(store, [tmp_path / "b.txt"])
    dates = {event.name: event.start.iso() if event.start else None for event in store.all_events()}
    assert dates["Signature de la Charte des données"] == "2031-03-14"


def test_an_excerpt_without_a_year_or_a_known_event_keeps_its_days_undated(tmp_path):
    from sommet.ingest.run import ingest_paths

    store = Store.open(None)
    (tmp_path / "b.txt").write_text(
        "Dans la foulée du Sommet de Lomé sur les données, la Charte des données a été signée le 14 mars à Lomé.\n",
        encoding="utf-8",
    )
    ingest_paths(store, [tmp_path / "b.txt"])
    assert all(event.start is None for event in store.all_events())


def test_summits_named_in_two_languages_held_in_one_city_in_overlapping_days_are_one_entry():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Summit of the Seas", "2031-09", city="Lomé")]))
    merge(store, _document("b.txt", [_summit("Sommet des océans", "2031-09-22", "2031-09-23", city="Lomé")]))
    assert len(store.all_events()) == 1
    # Without a place both name, or in another month, they stay apart.
    merge(store, _document("c.txt", [_summit("Sommet des fleuves", "2031-09")]))
    merge(store, _document("d.txt", [_summit("Summit of Rivers", "2031-10", city="Lomé")]))
    assert len(store.all_events()) == 3


def test_a_city_one_name_holds_is_where_the_other_report_took_place():
    store = Store.open(None)
    merge(
        store,
        _document("a.txt", [_summit("World Robotics Summit", "2031-09-22", "2031-09-23", city="Lagos")]),
    )
    merge(store, _document("b.txt", [_summit("Sommet mondial de la robotique de Lagos", "2031-09")]))
    assert _events(store) == {"World Robotics Summit": 2}
    # The place alone joins nothing: another summit in Lagos, or one whose name holds another city.
    merge(store, _document("c.txt", [_summit("Sommet des données de Lagos")]))
    merge(store, _document("d.txt", [_summit("Sommet du processus de Lomé", "2031-09")]))
    assert len(store.all_events()) == 3


def test_milestones_of_one_day_done_by_different_hands_stay_apart():
    store = Store.open(None)
    day = PartialDate(2031, 5, 21)
    merge(
        store,
        _document(
            "a.txt",
            [FoundEvent(name="Adoption de la Charte de Lomé par le Conseil", kind="adoption", start=day)],
        ),
    )
    merge(
        store,
        _document(
            "b.txt",
            [FoundEvent(name="Adoption of the Accra Pledge by the ministers", kind="adoption", start=day)],
        ),
    )
    assert len(store.all_events()) == 2
    # Without a doer on one side, the very same day still joins them (a report in another language).
    merge(
        store,
        _document("c.txt", [FoundEvent(name="Adoption of the Lomé Charter", kind="adoption", start=day)]),
    )
    assert len(store.all_events()) == 2


def test_names_that_count_differently_are_different_events_of_a_series():
    store = Store.open(None)
    merge(
        store,
        _document(
            "a.txt",
            [FoundEvent(name="Première journée du Forum", kind="event", start=PartialDate(2031, 3, 4))],
        ),
    )
    merge(
        store,
        _document(
            "b.txt", [FoundEvent(name="Deuxième journée du premier Forum sur les données", kind="event")]
        ),
    )
    assert len(store.all_events()) == 2
    merge(store, _document("c.txt", [_summit("Second Data Summit", "2031-03-04")]))
    merge(store, _document("d.txt", [_summit("Premier sommet sur les données", "2031-03-04")]))
    assert len(store.all_events()) == 4


def test_a_text_announced_in_one_report_and_presented_in_another_on_a_day_of_that_month_is_one_entry():
    store = Store.open(None)
    proposal = FoundEvent(
        name="Proposal of the Lomé Drone Initiative", kind="announcement", start=PartialDate(2031, 4)
    )
    merge(store, _document("a.txt", [proposal]))
    presented = FoundEvent(
        name="Présentation de l'Initiative de Lomé sur les drones",
        kind="launch",
        start=PartialDate(2031, 4, 21),
    )
    merge(store, _document("b.txt", [presented]))
    assert _events(store) == {"Proposal of the Lomé Drone Initiative": 2}
    # Two acts of one day with no name word in common stay apart, whatever they are called.
    plan = FoundEvent(name="Publication du plan togolais", kind="publication", start=PartialDate(2031, 7, 26))
    body = FoundEvent(
        name="Proposal of a drone body by Togo", kind="announcement", start=PartialDate(2031, 7, 26)
    )
    merge(store, _document("c.txt", [plan]))
    merge(store, _document("d.txt", [body]))
    assert len(store.all_events()) == 3


def test_a_place_read_as_a_venue_in_one_report_and_a_city_in_another_is_one_place():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("Lomé Park summit", "2031", city="Lomé Park")]))
    first = FoundEvent(
        name="First summit", kind="summit", start=PartialDate(2031, 11), location=Location(venue="Lomé Park")
    )
    merge(store, _document("b.txt", [first]))
    assert _events(store) == {"Lomé Park summit": 2}


def test_two_summits_on_one_subject_one_within_the_others_days_are_one_entry():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("AI Safety Summit", "2031-11-01", "2031-11-02")]))
    merge(store, _document("b.txt", [_summit("Premier sommet consacré à la sécurité de l'IA", "2031-11-02")]))
    assert _events(store) == {"AI Safety Summit": 2}
    # A name word the other lacks on both sides keeps them apart, and so does a month alone to a
    # name with words the other lacks.
    merge(store, _document("c.txt", [_summit("Sommet du G7 sur l'IA", "2031-11-02")]))
    merge(store, _document("d.txt", [_summit("Sommet des ministres sur la sécurité de l'IA", "2031-11")]))
    assert _events(store) == {
        "AI Safety Summit": 2,
        "Sommet du G7 sur l'IA": 1,
        "Sommet des ministres sur la sécurité de l'IA": 1,
    }


def test_a_gathering_known_to_its_year_in_a_country_is_not_a_meeting_there_that_year():
    store = Store.open(None)
    talk = FoundEvent(
        name="Entretien entre Kofi Mensah et Ama Owusu",
        kind="meeting",
        start=PartialDate.parse_iso("2031-11-02"),
        location=Location(city="Accra", country="Ghana"),
    )
    gathering = FoundEvent(
        name="Gathering in Ghana", kind="meeting", start=PartialDate(2031), location=Location(country="Ghana")
    )
    merge(store, _document("a.txt", [talk]))
    merge(store, _document("b.txt", [gathering]))
    assert _events(store) == {"Entretien entre Kofi Mensah et Ama Owusu": 1, "Gathering in Ghana": 1}


def test_a_meeting_and_a_summit_at_one_place_one_of_them_is_named_by_are_one_entry():
    def gathering(name: str, kind: str, start: str, location: Location) -> FoundEvent:
        return FoundEvent(name=name, kind=kind, start=PartialDate.parse_iso(start), location=location)

    store = Store.open(None)
    lome, paris = Location(city="Lomé Park"), Location(city="Paris")
    merge(store, _document("a.txt", [gathering("Réunion de Lomé Park", "meeting", "2031-11", lome)]))
    merge(store, _document("b.txt", [gathering("Lomé Park summit", "summit", "2031", lome)]))
    merge(
        store,
        _document("c.txt", [gathering("First summit", "summit", "2031-11-02", Location(venue="Lomé Park"))]),
    )
    assert _events(store) == {"Réunion de Lomé Park": 3}
    # Neither named by the city: two gatherings there that month.
    merge(store, _document("d.txt", [gathering("Drone Summit", "summit", "2031-11-03", paris)]))
    merge(store, _document("e.txt", [gathering("Ministers' meeting", "meeting", "2031-11", paris)]))
    assert _events(store) == {"Réunion de Lomé Park": 3, "Drone Summit": 1, "Ministers' meeting": 1}
    store = Store.open(None)
    merge(store, _document("a.txt", [gathering("Drone Summit", "summit", "2031-11-03", paris)]))
    merge(store, _document("b.txt", [gathering("Réunion de Paris", "meeting", "2031", paris)]))
    assert _events(store) == {"Drone Summit": 1, "Réunion de Paris": 1}  # a year holds many
    store = Store.open(None)
    merge(store, _document("a.txt", [gathering("Drone Summit", "summit", "2031-11-03", paris)]))
    merge(store, _document("b.txt", [gathering("Paris meeting", "meeting", "2031-11", paris)]))
    assert _events(store) == {"Drone Summit": 2}


def test_a_summit_known_to_its_year_on_the_same_subject_as_one_dated_that_year_is_that_summit():
    store = Store.open(None)
    merge(store, _document("a.txt", [_summit("AI Safety Summit", "2031-11-01", "2031-11-02")]))
    merge(store, _document("b.txt", [_summit("Sommet mondial sur la sécurité de l'IA", "2031")]))
    assert _events(store) == {"AI Safety Summit": 2}
    # A subject that is AI itself tells no summit from another; another year is another summit.
    merge(store, _document("c.txt", [_summit("Sommet sur l'IA", "2031")]))
    merge(store, _document("d.txt", [_summit("Sommet sur la sécurité de l'IA", "2032")]))
    assert _events(store) == {
        "AI Safety Summit": 2,
        "Sommet sur l'IA": 1,
        "Sommet sur la sécurité de l'IA": 1,
    }


def test_a_text_s_act_told_in_french_and_in_english_is_one_entry_by_the_words_both_name():
    store = Store.open(None)
    french = FoundEvent(
        name="Signature de la charte sur les drones", kind="signing", start=PartialDate(2031, 3)
    )
    merge(store, _document("a.txt", [french]))
    english = FoundEvent(name="Signing of the drone charter", kind="signing", start=PartialDate(2031, 3, 4))
    merge(store, _document("b.txt", [english]))
    assert _events(store) == {"Signature de la charte sur les drones": 2}


def test_a_possessive_s_both_names_write_is_no_word_in_common():
    store = Store.open(None)
    launch = FoundEvent(name="Launch of Ghana's research group", kind="launch", start=PartialDate(2031, 5, 2))
    merge(store, _document("a.txt", [launch]))
    report = FoundEvent(
        name="Publication of the UN's drone report", kind="publication", start=PartialDate(2031)
    )
    merge(store, _document("b.txt", [report]))
    assert len(store.all_events()) == 2


def test_a_later_document_that_calls_an_event_off_marks_the_entry_cancelled():
    announced = "Wire\n\nMarch 1, 2031\n\nThe Drone Forum will be held in Oslo on 2 June.\n"
    called_off = "Wire\n\nMarch 20, 2031\n\nThe Drone Forum planned for 2 June in Oslo has been cancelled.\n"
    store = Store.open(None)
    merge(store, extract(announced, file_name="a.txt", today=date(2031, 3, 21)))
    assert [e.status for e in store.upcoming(today=date(2031, 3, 21))] == ["confirmed"]
    merge(store, extract(called_off, file_name="b.txt", today=date(2031, 3, 21)))
    assert [(e.name, e.status, e.start.iso()) for e in store.all_events()] == [
        ("Drone Forum", "cancelled", "2031-06-02")
    ]
    assert store.upcoming(today=date(2031, 3, 21)) == []
    # Nor does a document that says it was not cancelled cancel it.
    store = Store.open(None)
    merge(store, extract(announced, file_name="a.txt", today=date(2031, 3, 21)))
    kept = called_off.replace("has been", "has not been")
    merge(store, extract(kept, file_name="c.txt", today=date(2031, 3, 21)))
    assert [e.status for e in store.all_events()] == ["confirmed"]
