"""Event rules on short texts: kinds, titles, dates in context, places, programmes, no invented dates."""

from __future__ import annotations

from datetime import date

import pytest

from sommet.dates import PartialDate
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


def test_evening_phrase_opening_a_paragraph_dates_the_events_of_its_later_sentences():
    found = events(
        "Mai 2, 2031\n\nLe salon des métiers du numérique débutera le 12 mai 2031 à Lille, avec cent "
        "exposants venus de toute la région.\n\n"
        "En fin de journée, les invités se retrouveront. Le maire offrira un dîner à l'hôtel de ville."
    )
    assert iso(found["Dîner"]) == ("2031-05-12", None)


def test_english_same_day_dates_an_unnamed_dinner():
    found = events(
        "May 2, 2031\n\nThe fair opens on 12 May 2031 in Leeds. A dinner will be given the same day."
    )
    assert iso(found["Dinner"]) == ("2031-05-12", None)


def test_a_state_banquet_of_a_visit_s_programme_is_a_dinner():
    found = events("May 2, 2031\n\nThe King hosts a state banquet in Holyrood Hall on 12 May 2031.")
    assert [(e.kind, iso(e)) for e in found.values()] == [("dinner", ("2031-05-12", None))]


def test_weekend_of_a_programme_week_is_its_saturday_and_sunday():
    found = events(
        "Mai 2, 2031\n\nLa semaine du climat se tiendra du 5 au 11 mai 2031 : "
        "des conférences, un week-end festif, une journée pour les écoles."
    )
    assert iso(found["Week-end festif"]) == ("2031-05-10", "2031-05-11")


def test_a_weekend_told_as_a_time_names_no_event():
    found = events(
        "Wire\n\nMay 16, 2031\n\nMore than 300 coders gathered in Lyon over the weekend "
        "for a hackathon on drones."
    )
    assert list(found) == ["Hackathon on drones"]
    assert iso(found["Hackathon on drones"]) == ("2031-05-10", "2031-05-11")


def test_weekend_without_a_programme_stays_undated():
    found = events("Mai 2, 2031\n\nUn week-end festif est prévu, sans date annoncée.")
    assert "Week-end festif" not in found or found["Week-end festif"].start is None


def test_events_devoted_to_topics_are_one_side_event_each_on_the_day_of_their_programme():
    found = events(
        "Mai 2, 2031\n\nLe sommet aura lieu le 14 mai 2031 à Nantes. Des événements parallèles se tiendront "
        "le même jour, dont des événements dédiés à la santé et à l'éducation."
    )
    assert iso(found["Événement parallèle sur la santé"]) == ("2031-05-14", None)
    assert iso(found["Événement parallèle sur l'éducation"]) == ("2031-05-14", None)
    assert found["Événement parallèle sur la santé"].parent == "Événements parallèles"


def test_english_events_devoted_to_topics():
    found = events(
        "May 2, 2031\n\nSide events will be held on 14 May 2031, including workshops devoted to health "
        "and to education."
    )
    assert iso(found["Workshop on health"]) == ("2031-05-14", None)
    assert iso(found["Workshop on education"]) == ("2031-05-14", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Paris, 10 February 2031\n\nAma Mensah announced on Sunday 109 billion euros of private investment.",
            "109 billion euros of private investment",
        ),
        (
            "Paris, 10 February 2031\n\nAma Mensah had set the tone on Sunday by announcing €109 billion of "
            "private investment.",
            "€109 billion of private investment",
        ),
        (
            "Paris, le 10 février 2031\n\nAma Mensah avait donné le ton dimanche en annonçant un plan pour les drones.",
            "Plan pour les drones",
        ),
        (
            "Washington, 10 February 2031\n\nAma Mensah announced Sunday a fund for drone safety.",
            "Fund for drone safety",
        ),
    ],
)
def test_what_is_announced_after_a_day_by_a_gerund_or_as_a_sum_is_an_announcement(text, name):
    assert {found: iso(e) for found, e in events(text).items()} == {name: ("2031-02-09", None)}


def test_what_is_announced_after_a_day_as_a_clause_is_no_announcement_of_a_thing():
    found = events(
        "Paris, 10 February 2031\n\nAma Mensah announced on Sunday that the summit would be held in May."
    )
    assert list(found) == ["Summit"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Accra, 12 June 2031\n\nThe bill created a national drone safety authority in May. The authority "
            "will start operating in January 2032.",
            "Start of operations of the national drone safety authority",
        ),
        (
            "Dakar, le 12 juin 2031\n\nLa loi a créé en mai une autorité nationale de sécurité des drones. "
            "L'autorité elle-même devrait entrer en fonction en janvier 2032.",
            "Entrée en fonctions de l'autorité nationale de sécurité des drones",
        ),
    ],
)
def test_a_body_told_again_by_its_head_word_is_the_one_introduced_with_three_words_before_it(text, name):
    assert iso(events(text)[name]) == ("2032-01", None)


@pytest.mark.parametrize(
    ("text", "signing"),
    [
        (
            "Accra, 12 June 2031\n\nGhana had hosted the first African Drone Summit in Accra in November 2029, "
            "where 14 countries had signed the Accra Declaration on safe drones.",
            "Signing of the Accra Declaration on safe drones",
        ),
        (
            "Dakar, le 12 juin 2031\n\nLe Sénégal avait accueilli le premier Sommet africain des drones à Dakar "
            "en novembre 2029, où quatorze pays avaient signé la Déclaration de Dakar sur les drones sûrs.",
            "Signature de la Déclaration de Dakar sur les drones sûrs",
        ),
    ],
)
def test_a_declaration_signed_in_the_pluperfect_at_a_gathering_its_sentence_tells_is_dated_by_it(
    text, signing
):
    assert iso(events(text)[signing]) == ("2029-11", None)


def test_a_declaration_signed_in_the_pluperfect_at_a_gathering_is_dated_by_it_after_a_lead_with_none():
    found = events(
        "Drones : le Sénat adopte la loi\n\nPar Awa Diop / Dakar / 12 juin 2031\n\nDAKAR — Le Sénat a adopté "
        "mercredi le projet de loi sur les drones.\n\nLe texte, déposé en février par le ministère, crée une "
        "autorité des drones. Il entrera en vigueur six mois après sa promulgation.\n\nLe Sénégal avait "
        "accueilli le premier Sommet africain des drones à Dakar en novembre 2029, où quatorze pays avaient "
        "signé la Déclaration de Dakar sur les drones sûrs."
    )
    assert iso(found["Signature de la Déclaration de Dakar sur les drones sûrs"]) == ("2029-11", None)


@pytest.mark.parametrize(
    ("text", "adoption"),
    [
        (
            "Accra, 12 June 2031\n\nThe ministerial conference on drones will be held on 25 and 26 June in Addis "
            "Ababa, where member states will adopt a continental framework on drones.",
            "Adoption of a continental framework on drones",
        ),
        (
            "Dakar, le 12 juin 2031\n\nLa conférence ministérielle sur les drones se tiendra les 25 et 26 juin à "
            "Addis-Abeba, où les États membres doivent adopter un cadre continental sur les drones.",
            "Adoption d'un cadre continental sur les drones par les États membres",
        ),
    ],
)
def test_what_is_done_where_a_gathering_is_held_after_its_days_and_place_is_done_then(text, adoption):
    assert iso(events(text)[adoption]) == ("2031-06-25", "2031-06-26")


def test_who_announced_a_reported_clause_is_no_announcement():
    found = events(
        "Kigali, le 3 juin 2031\n\nLe Forum des drones s'est clos mardi à Kigali. La prochaine édition aura "
        "lieu l'an prochain à Nairobi, a annoncé le ministre rwandais Paul Nkurunziza."
    )
    assert not [name for name in found if "Nkurunziza" in name], found
    found = events(
        "Kigali, 3 June 2031\n\nThe next forum will be held in Nairobi in May, announced the minister."
    )
    assert list(found) == ["Forum in Nairobi"], found
    # What the speaker announces after a clause set off by commas is still announced.
    found = events(
        "Kigali, le 3 juin 2031\n\nLe ministre, arrivé lundi à Kigali, a annoncé un fonds de garantie pour les drones."
    )
    assert iso(found["Fonds de garantie pour les drones"]) == ("2031-06-02", None)


def test_announcement_on_the_sidelines_of_an_opening_takes_its_first_day():
    found = events(
        "Novembre 9, 2031\n\nEn marge de l'ouverture du Forum de Lima, qui se tient les 3 et 4 novembre, "
        "le Chili a annoncé qu'il accueillerait la prochaine édition."
    )
    announcement = found["Annonce : le Chili accueillerait la prochaine édition"]
    assert iso(announcement) == ("2031-11-03", None)
    assert announcement.parent == "Forum de Lima"


def test_english_announcement_that_on_the_sidelines_of_a_summit():
    found = events(
        "November 9, 2031\n\nOn the sidelines of the Lima Data Summit on 3-4 November, Chile announced "
        "that it would host the next edition."
    )
    announcement = found["Announcement : Chile would host the next edition"]
    assert iso(announcement) == ("2031-11-03", "2031-11-04")


def test_a_text_released_at_an_event_takes_its_date_but_a_dated_one_keeps_its_own():
    found = events(
        "Published 26 July 2031\n\nThe Lomé Data Forum opened on Saturday. The government also released "
        "a Data Governance Action Plan at the forum on Saturday."
    )
    assert iso(found["Publication of a Data Governance Action Plan"]) == ("2031-07-26", None)
    found = events(
        "Published 26 July 2031\n\nOn the sidelines of the Lomé Data Forum on Saturday, Ghana signed "
        "the Accra Charter on 20 July 2031."
    )
    assert iso(found["Signing of the Accra Charter by Ghana"]) == ("2031-07-20", None)


def test_minister_with_counterparts_on_a_date_is_a_meeting_where_it_was_held():
    found = events(
        "Novembre 9, 2031\n\nLundi (3 novembre), Mme Anne Roussel était à Madrid avec ses homologues "
        "espagnol et portugais."
    )
    meeting = found["Rencontre d'Anne Roussel avec ses homologues à Madrid"]
    assert (meeting.kind, iso(meeting)) == ("meeting", ("2031-11-03", None))


def test_english_minister_meeting_counterparts():
    found = events(
        "November 9, 2031\n\nOn 3 November, Anne Roussel met her counterparts in Madrid to discuss chips."
    )
    meeting = found["Meeting of Anne Roussel with counterparts in Madrid"]
    assert iso(meeting) == ("2031-11-03", None)


def test_one_counterpart_named_after_the_word_is_who_was_met():
    found = events(
        "Lomé, le 5 mars 2031\n\nLa ministre togolaise, Ama Owusu, et son homologue béninois, Kofi Mensah, "
        "ont signé mardi à Lomé un protocole sur les drones."
    )
    assert iso(found["Rencontre entre Ama Owusu et Kofi Mensah à Lomé"]) == ("2031-03-04", None)


def test_ministers_who_met_each_other_held_a_meeting():
    found = events(
        "Lomé, le 1er mars 2031\n\nLes ministres des drones se sont rencontrés à Kara le 3 février."
    )
    assert iso(found["Réunion des ministres à Kara"]) == ("2031-02-03", None)


def test_ministers_who_reconvene_hold_a_meeting():
    found = events("Published 1 March 2031\n\nThe drone ministers will reconvene in Lomé in June.")
    assert iso(found["Meeting of drone ministers in Lomé"]) == ("2031-06", None)


def test_counterparts_without_a_date_make_no_meeting():
    found = events("Novembre 9, 2031\n\nMme Anne Roussel parle souvent avec ses homologues.")
    assert not any(name.startswith("Rencontre") for name in found)


def test_working_group_is_a_meeting_only_where_it_met():
    met = events("Le groupe de travail numérique s'est réuni en mars 2031 à Gand.")
    assert iso(met["Groupe de travail numérique"]) == ("2031-03", None)
    body = events("Le groupe de travail numérique publiera ses conclusions en mars 2031.")
    assert "Groupe de travail numérique" not in body


def test_english_working_group_that_met():
    found = events("In March 2031, the working group on ethics met in Ghent.")
    assert iso(found["Working group on ethics"]) == ("2031-03", None)


def test_joint_declaration_of_a_state_visit_takes_its_date_and_parent():
    found = events(
        "Mai 8, 2031\n\nLors de la visite d'État du président brésilien en Inde, les deux pays ont "
        "coopéré.\n\nIls ont publié une déclaration conjointe sur les données."
    )
    declaration = found["Déclaration conjointe sur les données"]
    assert iso(declaration) == ("2031-05", None)
    assert declaration.parent.startswith("Visite d'État")


def test_the_signing_of_a_declaration_the_article_reports_takes_its_leads_date():
    found = events(
        "Mai 8, 2031\n\nÀ l'issue d'une réunion avec la présidente kényane, le président brésilien a "
        "parlé des données.\n\nLes deux présidents ont aussi annoncé la signature de la Déclaration "
        "de Nairobi sur les données."
    )
    assert iso(found["Signature de la Déclaration de Nairobi sur les données"]) == ("2031-05", None)
    # Told in the pluperfect, it is older than the lead.
    found = events(
        "Mai 8, 2031\n\nÀ l'issue d'une réunion avec la présidente kényane, le président brésilien a "
        "parlé des données.\n\nLes deux pays avaient signé la Déclaration de Nairobi sur les données."
    )
    assert found["Signature de la Déclaration de Nairobi sur les données"].start is None


def test_a_declaration_whose_sentence_dates_its_adoption_elsewhere_does_not_take_the_leads_date():
    found = events(
        "Publié le 12 janvier 2032\n\nLe Forum de Lomé sur les données a lieu du 16 au 20 février à Lomé."
        "\n\nIl s'inscrit dans le sillage de la Déclaration de Nairobi sur les données adoptée à Nairobi "
        "en avril dernier."
    )
    assert iso(found["Forum de Lomé sur les données"]) == ("2032-02-16", "2032-02-20")
    declared = [event for name, event in found.items() if name.startswith("Déclaration de Nairobi")]
    assert all(event.start is None or event.start.month == 4 for event in declared)


def test_a_date_in_a_relative_clause_about_another_noun_does_not_date_the_event():
    found = events(
        "May 8, 2031\n\nThe Drone Safety Summit, chaired by Kenya, was the fourth in a series "
        "that began in Lima in 2027."
    )
    assert iso(found["Drone Safety Summit"])[0] != "2027"
    found = events(
        "Mai 8, 2031\n\nIl s'agit de la troisième réunion de ce type, après celle de Quito, au Pérou, "
        "en novembre 2029."
    )
    # The earlier edition, named by its place, takes that date; the meeting the sentence is about does not.
    assert {name: iso(event) for name, event in found.items()} == {
        "Troisième réunion": (None, None),
        "Réunion de Quito": ("2029-11", None),
    }
    found = events(
        "May 8, 2031\n\nThe Drone Safety Summit, which opens in Lima on 3 June 2031, is the fourth."
    )
    assert iso(found["Drone Safety Summit"]) == ("2031-06-03", None)


@pytest.mark.parametrize(
    "text",
    [
        "May 8, 2031\n\nThe Drone Summit under the Togolese Presidency will take place in Accra from 13 to 15 June.",
        "8 mai 2031\n\nLe sommet sur les drones sous la présidence togolaise aura lieu à Accra du 13 au 15 juin.",
    ],
)
def test_the_frame_an_event_is_held_under_takes_none_of_its_dates(text):
    found = events(text)
    summit = next(
        event for name, event in found.items() if name.lower().startswith(("drone summit", "sommet"))
    )
    assert summit.name in ("Drone Summit", "Sommet sur les drones")  # "sous" ends the name
    assert iso(summit) == ("2031-06-13", "2031-06-15")
    assert all(event.start is None for event in found.values() if event is not summit)


def test_a_frame_told_alone_keeps_its_own_date():
    assert iso(
        events("May 8, 2031\n\nThe Togolese Presidency began on 1 January.")["Togolese Presidency"]
    ) == (
        "2031-01-01",
        None,
    )


def test_the_first_of_its_kind_is_no_series_of_gatherings_unless_one_is_named():
    found = events(
        "May 8, 2031\n\nSigned in Vilnius on 5 September 2030, the Drone Convention is the first treaty of its kind."
    )
    assert not any("Vilnius" in name for name in found)
    found = events("Mai 8, 2031\n\nC'est le troisième rendez-vous de la série, après Quito en novembre 2029.")
    assert iso(found["Sommet de Quito"]) == ("2029-11", None)


def test_an_event_counted_from_takes_the_date_of_its_own_relative_clause():
    found = events(
        "May 8, 2031\n\nLast December, the panel published a report. Its final advice is expected "
        "ahead of the Drone Summit, which will be held in Lima in September."
    )
    assert iso(found["Drone Summit"]) == ("2031-09", None)


def test_this_week_is_a_time_not_a_week_long_event():
    found = events(
        "October 27, 2031\n\nThe minister will travel to Lima this week for the Drone Summit, held on "
        "Wednesday and Thursday."
    )
    assert iso(found["Drone Summit"]) == ("2031-10-29", "2031-10-30")
    assert not any(name.startswith("Week") for name in found)


def test_a_name_told_whole_within_another_of_its_kind_is_the_same_event():
    found = events(
        "Roe signs sweeping executive order on AI safety\n\nMarch 3, 2031 at 5:52 p.m.\n\n"
        "LIMA — Mayor Ana Roe on Monday signed an executive order that requires drone makers to share tests."
    )
    assert [iso(event) for event in found.values()] == [("2031-03-03", None)]
    # Two words besides the joining ones are too few to tell a summit within another.
    found = events(
        "Mai 3, 2031\n\nLe Sommet sur la sécurité des drones s'est tenu à Lima le 2 mai 2031. "
        "Le prochain Sommet sur les drones aura lieu à Quito."
    )
    assert "Sommet sur la sécurité des drones" in found and "Sommet sur les drones" in found


def test_series_spans_every_date_it_is_given():
    found = events(
        "Mai 2, 2031\n\nLe 10 mai 2031, des évènements parallèles auront lieu. "
        "Le 12 mai 2031, d'autres évènements parallèles clôtureront la semaine."
    )
    assert iso(found["Évènements parallèles"]) == ("2031-05-10", "2031-05-12")


def test_a_weekend_given_a_weekday_of_its_sentence_takes_the_programmes_weekend():
    found = events(
        "Mars 1, 2031\n\nLa Semaine des données se tiendra du 3 au 9 mars 2031. "
        "Le 3 mars, un colloque ouvrira la semaine et un week-end culturel suivra."
    )
    assert iso(found["Week-end culturel"]) == ("2031-03-08", "2031-03-09")


def test_the_event_refers_to_the_event_named_before_and_names_nothing_alone():
    found = events(
        "October 2, 2031\n\nMinisters announced the first meeting of the Lagos Data Network. "
        "The event will take place in Lagos from 20 to 21 November 2031."
    )
    assert {name: iso(event) for name, event in found.items()} == {
        "First meeting of the Lagos Data Network": ("2031-11-20", "2031-11-21")
    }
    assert events("October 2, 2031\n\nThe event will take place in Lagos on 20 November 2031.") == {}


def test_a_lead_dates_its_first_event_by_the_dateline_and_not_the_setting_it_names():
    found = events(
        "date 2031-06 Lomé — À la sortie d'une deuxième réunion avec Awa Diallo, le président a parlé "
        "des défis qui se présentent au sommet du G20."
    )
    assert {name: iso(event) for name, event in found.items()} == {
        "Deuxième réunion avec Awa Diallo": ("2031-06", None)
    }


def test_a_cooperation_protocol_takes_the_month_written_after_it():
    found = events(
        "Mars 5, 2031\n\nIls mettront en œuvre le protocole de coopération sur les puces de juillet 2030, "
        "tout en préparant un accord administratif."
    )
    assert iso(found["Protocole de coopération sur les puces"]) == ("2030-07", None)
    assert all(event.start is None for name, event in found.items() if name.startswith("Accord"))


def test_a_counted_day_of_an_event_is_that_day_for_itself_and_its_sentence():
    found = events(
        "Mars 1, 2031\n\nLe Forum de Lomé sur les données se tiendra les 5 et 6 mars 2031. "
        "Le premier jour du Forum, dix entreprises signeront la Charte de Lomé sur les données. "
        "La deuxième journée du Forum sera consacrée aux villes."
    )
    assert iso(found["Signature de la Charte de Lomé sur les données"]) == ("2031-03-05", None)
    assert iso(found["Deuxième journée du Forum"]) == ("2031-03-06", None)
    # Said as the time of the sentence, the first day is a date, not an event of its own.
    assert "Premier jour du Forum" not in found


def test_a_conjugated_verb_after_a_kind_word_ends_the_name_and_a_participle_does_not():
    found = events(
        "Mars 5, 2031\n\nPubliée le 4 mars 2031, la déclaration conjointe annonce un fonds commun. "
        "La rencontre alternée des ministres aura lieu le 9 mars 2031."
    )
    assert {name: iso(event) for name, event in found.items()} == {
        "Déclaration conjointe": ("2031-03-04", None),
        "Rencontre alternée des ministres": ("2031-03-09", None),
    }


def test_what_did_not_happen_is_no_event():
    assert (
        events(
            "Mars 5, 2031\n\nLe 4 mars 2031, les projets de loi qui n'ont pas reçu la sanction royale ont disparu."
        )
        == {}
    )
    assert events("March 5, 2031\n\nOn 4 March 2031 the council did not adopt the Lomé data charter.") == {}


def test_a_date_the_language_model_takes_for_a_place_is_no_location():
    found = events("AI talks\n\nThe Lagos AI Summit in May 2031 will follow the talks, in Lagos.")
    summit = found["Lagos AI Summit"]
    assert (summit.location.venue, summit.location.city) == (None, "Lagos")


def test_a_relative_year_after_an_event_name_is_not_part_of_it():
    found = events("Mars 5, 2031\n\nIl était l'invité d'honneur de la fête de la Constitution l'an dernier.")
    assert iso(found["Fête de la Constitution"]) == ("2030", None)
    # Nor is the preposition that leads to it.
    found = events("Mars 5, 2031\n\nLa conférence de l'an dernier a réuni trois cents délégués.")
    assert iso(found["Conférence"]) == ("2030", None)
    found = events("March 5, 2031\n\nThe conference of last year gathered three hundred delegates.")
    assert iso(found["Conference"]) == ("2030", None)


def test_an_announced_launch_is_one_event_and_keeps_its_first_letters():
    found = events(
        "Mai 3, 2031\n\nLe 3 mai 2031, la ministre a annoncé le lancement d'une consultation sur les drones."
    )
    assert list(found) == ["Lancement d'une consultation sur les drones"]
    assert iso(found["Lancement d'une consultation sur les drones"]) == ("2031-05-03", None)
    # A day written between the verb and what was announced is neither's name.
    found = events("Mai 3, 2031\n\nLa ministre a annoncé le 3 mai 2031 la création d'un institut des drones.")
    assert {name: iso(event) for name, event in found.items()} == {
        "Création d'un institut des drones": ("2031-05-03", None)
    }
    found = events("Mai 3, 2031\n\nLa Commission a présenté le 3 mai 2031 son paquet sur les drones.")
    assert list(found) == ["Présentation du paquet sur les drones par la Commission"]


def test_a_date_something_lasts_until_is_its_end_never_its_start():
    found = events(
        "Mai 3, 2031\n\nLa ministre a annoncé le lancement d'une consultation sur les drones, "
        "ouverte jusqu'au 15 juin 2031."
    )
    assert [iso(event)[0] for event in found.values() if event.start] == []
    found = events(
        "Mai 16, 2031\n\nLe Sommet des villes, qui se tient jusqu'à dimanche à Lyon, réunit cent maires."
    )
    assert iso(found["Sommet des villes"]) == ("2031-05", None)


def test_an_english_kind_word_does_not_take_the_verb_after_it_as_its_name():
    found = events(
        "May 22, 2031\n\nThe Lagos Data Summit closed today. The summit opened on Tuesday with a session."
    )
    assert "Summit opened" not in found


def test_a_meeting_named_after_an_organisation_is_still_a_meeting_and_to_visit_is_a_verb():
    found = events(
        "Minister to visit Norway\n\nMay 3, 2031\n\n"
        "The OECD Council adopted the charter today at the annual Ministerial Council Meeting in Paris."
    )
    assert "Ministerial Council Meeting" in found
    assert not any(name.startswith("Visit Norway") for name in found)
    # A modal and an adverb before it: still the verb, whose event is the visit to the place.
    found = events("May 3, 2031\n\nThe minister will also visit Bergen on Monday.")
    assert [(name, iso(event)) for name, event in found.items()] == [
        ("Visit to Bergen", ("2031-05-05", None))
    ]


def test_a_lower_case_quote_after_a_kind_word_is_no_title():
    found = events(
        "Mai 3, 2031\n\nLe 2 mai 2031, les ministres ont signé la déclaration « historique » de Lomé."
    )
    assert "Historique" not in found
    assert iso(found["Signature de la déclaration « historique » de Lomé par les ministres"]) == (
        "2031-05-02",
        None,
    )


def test_this_summit_after_a_summit_with_words_of_its_own_takes_no_other_date():
    found = events(
        "Juin 12, 2031\n\nLe sommet du G9 s'est ouvert le 11 juin 2031 à Bari. Alliés depuis la crise "
        "de février 2028, les pays membres attendent beaucoup de ce sommet."
    )
    assert {name: iso(event) for name, event in found.items() if event.kind == "summit"} == {
        "Sommet du G9": ("2031-06-11", None)
    }


def test_an_event_the_sentence_counts_from_takes_none_of_its_dates():
    found = events(
        "May 20, 2031\n\nThe charter, signed May 14, 2031, comes six days before the inauguration of the mayor."
    )
    assert iso(found["Inauguration of the mayor"]) == (None, None)


def test_a_summit_of_that_kind_and_a_gathering_since_a_year_are_not_dated_by_it():
    found = events(
        "July 10, 2031\n\nThe two countries met today at the Oslo-Lima summit, the first such summit since 2027."
    )
    assert {name: iso(event) for name, event in found.items() if event.kind == "summit"} == {
        "Oslo-Lima summit": ("2031-07-10", None)
    }


def test_a_promise_is_no_event_and_a_meeting_that_would_take_place_is_to_come():
    found = events(
        "April 2, 2031\n\nOn 1 April 2031 the mayor, who has promised to repeal the Drone Charter, "
        "said a follow-up meeting would take place in Lima in October."
    )
    assert not any(name.startswith("Repeal") for name in found)
    assert [iso(event) for event in found.values() if event.kind == "meeting"] == [("2031-10", None)]


def test_the_next_g9_summit_keeps_its_holder_in_its_name():
    found = events("October 15, 2030\n\nThe next G9 summit will be held in Lima from 15 to 17 June 2031.")
    assert iso(found["G9 summit"]) == ("2031-06-15", "2031-06-17")


def test_what_happens_at_a_setting_dated_after_it_takes_that_date():
    found = events(
        "Août 26, 2031\n\nLe dialogue mondial sur les drones sera lancé lors d'une réunion de haut niveau "
        "à New York, en septembre 2031."
    )
    assert iso(found["Lancement du dialogue mondial sur les drones"]) == ("2031-09", None)
    assert iso(found["Réunion de haut niveau"]) == ("2031-09", None)


def test_a_number_after_a_capitalised_word_names_the_text():
    found = events(
        "Janvier 21, 2031\n\nLe 20 janvier 2031, le président a annoncé l'abrogation de l'Executive Order 4242, jugé trop strict."
    )
    assert "Abrogation de l'Executive Order 4242" in found


def test_a_day_heading_an_agenda_dates_the_items_after_it():
    found = events(
        "Agenda de la ministre\n\nPublié le 2 mars 2031\n\n"
        "La ministre reçoit cette semaine des délégations de trois pays et visite deux campus, "
        "avant l'ouverture du forum qui réunit des élus de toute l'Europe.\n\n"
        "Jeudi 6 mars 2031\n\n18h00 : Inauguration du Campus des données. Lyon.\n\n"
        "Dimanche 9 mars 2031\n\nOuverture du Forum des villes au Grand Palais."
    )
    assert iso(found["Inauguration du Campus des données"]) == ("2031-03-06", None)
    assert iso(found["Forum des villes"]) == ("2031-03-09", None)


def test_a_meetings_place_and_day_under_its_title_date_the_meeting_and_its_agenda():
    found = events(
        "Digital committee\n\nCommittees approve the draft accord on drones\n\n"
        "Joint meeting of the Committee on the Internal Market (IMCO) and the Committee on Transport "
        "and Tourism (TRAN)\n\nAccra, Tuesday 4 March 2031, 09:00–10:30, room 2\n\n"
        "1. Adoption of the agenda\n\n2. Vote on the draft accord\n\nMembers approved the text by 40 votes to 2."
    )
    assert iso(found["Meeting of the Committee on the Internal Market"]) == ("2031-03-04", None)
    assert iso(found["Vote on the draft accord"]) == ("2031-03-04", None)
    found = events(
        "Commission du numérique\n\nLes commissions approuvent le projet d'accord\n\n"
        "Compte rendu de la réunion conjointe des commissions du numérique (NUM) et des transports (TRAN)\n\n"
        "Lomé, mardi 4 mars 2031, 9 h 00–10 h 30, salle 2\n\n"
        "1. Adoption de l'ordre du jour\n\n2. Vote sur le projet d'accord\n\n"
        "Les membres ont approuvé le texte par 40 voix contre 2."
    )
    assert iso(found["Vote sur le projet d'accord"]) == ("2031-03-04", None)
    # A sentence that opens on a place and a day is no such line.
    found = events("Accra, 4 mars 2031. La ministre a parlé des drones.\n\nVote sur le projet d'accord")
    assert iso(found["Vote sur le projet d'accord"]) == (None, None)


def test_a_titled_hearing_and_a_second_one_on_a_day():
    found = events(
        "Senate panel hears AI executives\n\nBy Jane Roe | September 12, 2031\n\n"
        'Executives testified on Tuesday. The hearing, titled "Oversight of Drones", was chaired by a senator. '
        "A second hearing is scheduled for next Wednesday."
    )
    assert "Oversight of Drones" in found
    assert iso(found["Second hearing"]) == ("2031-09-17", None)


def test_an_event_something_followed_takes_neither_the_sentence_date_nor_the_lead_month():
    found = events(
        "Mai 17, 2031\n\nL'institut a publié vendredi ses premiers tests.\n\n"
        "L'institut, créé en novembre 2030 à l'issue du sommet de Lomé, ouvrira cet été un bureau à Dakar."
    )
    assert iso(found["Sommet de Lomé"]) == (None, None)
    # A capital A is often written without its accent.
    found = events("Mai 17, 2031\n\nA l'issue du Sommet de Lomé, le ministre se rendra mercredi à Dakar.")
    assert iso(found["Sommet de Lomé"]) == (None, None)


def test_an_event_joined_to_a_dated_one_shares_its_date():
    found = events(
        "Juillet 11, 2031\n\nPlus de 11 000 participants étaient présents le 10 juillet 2031 au Forum des drones "
        "au service du bien commun et à la session de haut niveau du Sommet mondial sur la robotique à Genève."
    )
    assert iso(found["Sommet mondial sur la robotique"]) == ("2031-07-10", None)


def test_a_visit_named_by_its_kind_alone_is_named_by_its_visitor_and_lasts_the_days_said():
    found = events(
        "Wexler in Norway\n\nMonday 3 March 2031\n\n"
        "President Tomas Wexler arrives in Norway on Tuesday for a three-day state visit, his first."
    )
    assert iso(found["State visit of Tomas Wexler"]) == ("2031-03-04", "2031-03-06")
    found = events(
        "Publié le lundi 3 mars 2031\n\n"
        "La présidente Alma Brandt arrivera mardi en Norvège pour une visite d'État de deux jours."
    )
    assert iso(found["Visite d'État d'Alma Brandt"]) == ("2031-03-04", "2031-03-05")


def test_a_programme_day_heading_dates_the_talks_and_briefings_told_under_it():
    found = events(
        "The visit, day by day\n\nMonday 3 March 2031\n\n"
        "President Tomas Wexler and Prime Minister Alma Brandt open a trade fair in Oslo on Tuesday.\n\n"
        "Thursday - Bergen\n\n"
        "Wexler travels to Bergen for talks with Brandt. A joint press conference should follow."
    )
    assert iso(found["Talks between Tomas Wexler and Alma Brandt"]) == ("2031-03-06", None)
    assert iso(found["Joint press conference"]) == ("2031-03-06", None)


def test_an_event_closing_after_days_began_that_many_days_before_and_its_first_day_dates_a_paragraph():
    found = events(
        "Oslo Data Summit ends\n\nDate 2031.05.22\n\n"
        "The Oslo Data Summit, co-hosted by Norway and Chile, came to a close today after two days of talks.\n\n"
        "On the first day, the leaders met online. They adopted the Oslo Charter on open data."
    )
    assert iso(found["Oslo Data Summit"]) == ("2031-05-21", "2031-05-22")
    assert iso(found["Adoption of the Oslo Charter on open data"]) == ("2031-05-21", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 3 March 2031\n\nGhana will host the Drone Summit on 14 and 15 May in Accra. On its "
            "second day, delegates are expected to adopt the Accra Charter on civilian drones.",
            "Adoption of the Accra Charter on civilian drones",
        ),
        (
            "Publié le 3 mars 2031\n\nLe Ghana accueillera le sommet des drones les 14 et 15 mai à Accra. "
            "Lors de son deuxième jour, les délégués adopteront la charte d'Accra sur les drones civils.",
            "Adoption de la charte d'Accra sur les drones civils par les délégués",
        ),
    ],
)
def test_a_day_of_the_event_told_with_its_possessive_dates_its_sentence(text, expected):
    assert iso(events(text)[expected]) == ("2031-05-15", None)


def test_a_list_of_qualities_inside_a_title_is_not_where_the_title_ends():
    found = events(
        "Oslo, 22 May 2031\n\nOn 21 May 2031 the leaders adopted the Oslo Charter for open, fair and "
        "reusable data, and published a statement on data safety, innovation and inclusion."
    )
    assert "Adoption of the Oslo Charter for open, fair and reusable data by the leaders" in found
    found = events(
        "Publié le 3 mars 2031\n\nLe 2 mars 2031, les ministres ont adopté la Déclaration de Lomé sur "
        "la sûreté, l'innovation et l'inclusion, puis ont visité le port."
    )
    assert (
        "Adoption de la Déclaration de Lomé sur la sûreté, l'innovation et l'inclusion par les ministres"
        in found
    )


def test_a_numbered_session_under_way_since_a_day_spans_to_its_close_and_dates_nothing_else():
    found = events(
        "L'Agence adopte la Charte des drones\n\nPublié le 23 novembre 2033\n\n"
        "La Charte a été approuvée lors de la 12e session de la Conférence générale, qui se tient depuis "
        "le 9 novembre au siège de l'agence et s'achève ce mercredi."
    )
    assert iso(found["12e session de la Conférence générale"]) == ("2033-11-09", "2033-11-23")
    assert all(iso(event)[0] != "2033-11-09" for name, event in found.items() if "session" not in name)


def test_a_gathering_that_opened_on_a_day_and_ends_on_another_spans_both():
    found = events(
        "Publié le mardi 13 mai 2031\n\n"
        "La Conférence de Lima sur les drones, qui s'est ouverte vendredi, se poursuit jusqu'à dimanche."
    )
    assert iso(found["Conférence de Lima sur les drones"]) == ("2031-05-09", "2031-05-18")
    found = events(
        "Lima, May 13, 2031\n\nThe Lima Drone Summit opened on Sunday evening and formally ends this afternoon."
    )
    assert iso(found["Lima Drone Summit"]) == ("2031-05-11", "2031-05-13")
    # Opened, then something else: no end is told.
    found = events("Lima, May 13, 2031\n\nThe Lima Drone Summit opened on Sunday, and ministers sign today.")
    assert iso(found["Lima Drone Summit"]) == ("2031-05-11", None)
    # Still to open, and to run until a day.
    for text in (
        "Lima, May 13, 2031\n\nThe Lima Drone Summit opens on May 20 and runs until May 22.",
        "Lima, 13 mai 2031\n\nLe Sommet de Lima sur les drones s'ouvrira le 20 mai et se poursuivra jusqu'au 22 mai.",
    ):
        assert [iso(event) for event in events(text).values()] == [("2031-05-20", "2031-05-22")]


def test_an_undated_gathering_a_dated_act_was_done_at_was_held_that_day():
    found = events(
        "5 septembre 2031\n\nLa Convention sur les drones a été ouverte à la signature aujourd'hui, "
        "à l'occasion de la conférence des ministres des Transports à Lima."
    )
    assert iso(found["Conférence des ministres des Transports"]) == ("2031-09-05", None)
    # A month is not a day: the gathering stays undated.
    found = events(
        "5 septembre 2031\n\nLa Convention sur les drones a été signée en mai, "
        "lors de la conférence des ministres des Transports à Lima."
    )
    assert iso(found["Conférence des ministres des Transports"])[0] != "2031-05"


def test_a_veto_with_its_day_between_the_verb_and_the_text():
    found = events(
        "Publié le 30 septembre 2031\n\n"
        "Le gouverneur a mis son veto dimanche à la proposition de loi SB 77 sur les drones."
    )
    assert iso(found["Veto de la proposition de loi SB 77 sur les drones"]) == ("2031-09-28", None)


def test_an_english_name_with_a_joining_word_before_its_kind_word():
    found = events("Geneva, 3 May 2031\n\nThe Drones for Good Global Summit opens in Geneva on 7 July 2031.")
    assert iso(found["Drones for Good Global Summit"]) == ("2031-07-07", None)


def test_an_event_three_days_after_a_dated_one_is_named_without_the_count():
    found = events(
        "Geneva, 25 September 2031\n\nThe report came out on 19 September 2031. Leaders adopted the "
        "compact at the Summit of the Seas three days later."
    )
    assert iso(found["Summit of the Seas"]) == ("2031-09-22", None)


@pytest.mark.parametrize(
    ("text", "act", "day"),
    [
        (
            "Washington, 3 March 2031\n\nThe plan answers Executive Order 9001, which the president signed on "
            "January 23, three days after revoking his predecessor's 2029 order on drone safety.",
            "Revocation of the predecessor's 2029 order on drone safety",
            "2031-01-20",
        ),
        (
            "Paris, le 3 mars 2031\n\nLe président a signé le décret sur les drones le 23 janvier, trois jours "
            "après avoir abrogé le décret de 2029 sur les drones.",
            "Abrogation du décret de 2029 sur les drones",
            "2031-01-20",
        ),
        (
            "Lomé, 3 March 2031\n\nThe minister opened the drone register on 20 February, two weeks after "
            "launching the drone fund.",
            "Launch of the drone fund",
            "2031-02-06",
        ),
        (
            "Lomé, 3 August 2031\n\nThe Drone Act entered into force on 1 August 2031, twenty days after its "
            "publication in the Official Journal.",
            "Publication of the Drone Act",
            "2031-07-12",
        ),
        (
            "Lomé, le 3 août 2031\n\nLa loi sur les drones est entrée en vigueur le 1er août 2031, vingt jours "
            "après sa publication au Journal officiel.",
            "Publication de la loi sur les drones",
            "2031-07-12",
        ),
    ],
)
def test_an_act_a_count_of_days_before_a_dated_one_is_dated_by_counting_back(text, act, day):
    assert iso(events(text)[act]) == (day, None)


def test_a_quoted_sentence_is_what_was_said_not_a_title():
    found = events(
        'Oslo, 3 May 2031\n\n"We call on every maker of drones to commit to the application of the Code '
        'of Conduct for drones," the ministers said on 3 May 2031.'
    )
    assert not any(name.startswith("We call") for name in found)


def test_a_dated_trip_to_a_place_is_named_by_its_traveller_and_destination():
    found = events(
        "Publié le 3 juillet 2031\n\nLa ministre Alma Brandt s'est entretenue mercredi avec son homologue, "
        "à l'occasion d'un déplacement en Norvège du 1er au 3 juillet."
    )
    assert iso(found["Déplacement d'Alma Brandt en Norvège"]) == ("2031-07-01", "2031-07-03")


def test_a_verb_after_a_kind_word_is_no_part_of_a_name():
    found = events(
        "Lomé, le 1er mars 2031\n\nCe sommet fait suite à la stratégie sur les drones adoptée en 2029."
    )
    assert not [name for name in found if "fait" in name], found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dakar, le 1er mars 2031\n\nLe Sommet de Dakar sur les drones s'ouvre lundi. Le prochain sommet aura "
            "lieu à Lomé en 2034.",
            ("Sommet à Lomé", "2034"),
        ),
        (
            "Published 1 March 2031\n\nThe Dakar Drone Summit opens on Monday. The next summit will be held in "
            "Lomé in 2034.",
            ("Summit in Lomé", "2034"),
        ),
    ],
)
def test_the_next_gathering_is_named_by_where_it_will_be_held(text, expected):
    assert expected in [(e.name, str(e.start)) for e in extract(text, today=TODAY).events]


def test_what_a_meeting_is_held_to_do_is_done_that_day_and_the_text_keeps_its_gender():
    found = events(
        "Lomé, le 10 février 2032\n\nLe Sommet de Lomé sur les drones doit aboutir à l'adoption d'une "
        "« Déclaration de Lomé » sur les drones.\n\nDimanche, les ministres se réuniront pour finaliser le texte."
    )
    # Done by who meets for it: "les ministres se réuniront pour finaliser".
    assert iso(found["Finalisation de la Déclaration de Lomé par les ministres"]) == ("2032-02-15", None)
    found = events(
        "Published 1 March 2031\n\nOn Sunday, digital ministers will meet to finalise the Lomé Charter."
    )
    assert iso(found["Finalisation of the Lomé Charter"]) == ("2031-03-02", None)


def test_a_gathering_held_in_parallel_takes_the_days_of_the_one_told_before():
    found = events(
        "Lomé, le 1er mars 2031\n\nLe Sommet de Lomé sur les drones se tiendra lundi et mardi. Un forum des "
        "start-up se tiendra en parallèle. En parallèle, un salon s'ouvrira le 20 mars."
    )
    assert iso(found["Forum des start-up"]) == ("2031-03-03", "2031-03-04")
    assert iso(found["Salon"]) == ("2031-03-20", None)  # "En parallèle, ...": meanwhile


def test_a_gathering_told_in_a_sentence_opening_on_a_summits_day_is_held_that_day():
    found = events(
        "Published 1 March 2031\n\nThe Lomé Drone Summit came to a close today after two days of talks. "
        "On the first day, the two presidents co-chaired a virtual leaders' session."
    )
    assert iso(found["Virtual leaders' session"]) == ("2031-02-28", None)


def test_a_trip_takes_place_where_it_goes_not_where_the_traveller_arrived_before():
    found = events(
        "Published 6 May 2031\n\nPrime Minister Alma Brandt arrived in Nairobi on Monday and will travel to "
        "Kigali on Thursday."
    )
    assert found["Visit of Alma Brandt to Kigali"].location.city == "Kigali"


def test_an_agenda_item_opening_on_its_days_and_a_dash_dates_the_event_it_names_after():
    found = events(
        "Les rendez-vous de l'été\n\nMis à jour le lundi 12 janvier 2032\n\n"
        "• 14-16 juin — Lyon. Sommet des villes numériques, sous présidence française.\n\n"
        "• Jeudi 19 et vendredi 20 février — Dakar. Forum des données ouvertes."
    )
    assert iso(found["Sommet des villes numériques"]) == ("2032-06-14", "2032-06-16")
    assert iso(found["Forum des données ouvertes"]) == ("2032-02-19", "2032-02-20")


def test_the_bill_or_it_is_the_law_named_before_and_a_coordinated_passive_is_its_subjects():
    found = events(
        "Oslo, 4 June 2031\n\nThe Drone Safety Act was promulgated today. The bill was approved by the "
        "cabinet on 28 February 2031. It passed the lower house on 24 April 2031 and was enacted by the "
        "Senate on 28 May 2031."
    )
    assert iso(found["Approval of the Drone Safety Act"]) == ("2031-02-28", None)
    # "It" is the text named last: the chamber is who passed it, not what was passed.
    assert iso(found["Passage of the Drone Safety Act by the lower house"]) == ("2031-04-24", None)
    assert not any(name.startswith("Adoption of the lower house") for name in found)


def test_a_name_in_brackets_after_an_event_s_name_is_another_name_for_it():
    found = events(
        "Publié le 12 janvier 2032\n\nLe Sommet de Lomé sur les données (Lome Data Summit) aura lieu "
        "du 16 au 20 février à Lomé."
    )
    assert list(found) == ["Sommet de Lomé sur les données"]
    assert "Lome Data Summit" in found["Sommet de Lomé sur les données"].aliases


def test_a_part_told_with_a_possessive_is_named_after_the_gathering_before_it_and_stays_apart():
    found = events(
        "Publié le 12 janvier 2032\n\nÀ Lomé, le Forum mondial des données, lancé en septembre à Accra, "
        "tiendra sa première session à Genève en juillet."
    )
    part = found["Première session du Forum mondial des données"]
    assert (iso(part), part.parent) == (("2032-07", None), "Forum mondial des données")
    assert iso(found["Forum mondial des données"]) == ("2031-09", None)
    found = events(
        "Published 12 January 2032\n\nThe Global Data Forum will hold its first meeting in Geneva in July."
    )
    assert iso(found["First meeting of the Global Data Forum"]) == ("2032-07", None)


@pytest.mark.parametrize(
    "text, part, whole",
    [
        # the part told in the next sentence, which opens on a pronoun or on the possessive
        (
            "Le Forum mondial des données a été lancé en septembre à Accra. Il tiendra sa première session à "
            "Genève en juillet.",
            "Première session du Forum mondial des données",
            "Forum mondial des données",
        ),
        (
            "The Global Data Forum was launched in Accra in September.\n\nIts first session will take place "
            "in Geneva in July.",
            "First session of the Global Data Forum",
            "Global Data Forum",
        ),
        # "dont", "whose": the part of the gathering the relative clause is about
        (
            "Les ministres ont créé le Forum mondial des données, dont la première session se tiendra à "
            "Genève en juillet.",
            "Première session du Forum mondial des données",
            "Forum mondial des données",
        ),
        (
            "Ministers created the Global Data Forum, whose first session will be held in Geneva in July.",
            "First session of the Global Data Forum",
            "Global Data Forum",
        ),
        # a counted part with an indefinite article, in the sentence of the gathering that holds it
        (
            "Le Forum mondial des données se réunira pour une première session à Genève en juillet.",
            "Première session du Forum mondial des données",
            "Forum mondial des données",
        ),
        (
            "The Global Data Forum will convene for a first session in Geneva in July.",
            "First session of the Global Data Forum",
            "Global Data Forum",
        ),
    ],
)
def test_a_counted_part_of_a_gathering_told_before_or_in_a_relative_clause_is_named_after_it(
    text, part, whole
):
    found = events(f"Publié le 12 janvier 2032\n\n{text}")
    assert (iso(found[part]), found[part].parent) == (("2032-07", None), whole)


def test_a_part_said_with_a_possessive_after_another_sentence_is_no_part_unless_counted():
    found = events(
        "Publié le 12 janvier 2032\n\nLe Forum des drones s'est réuni à Lomé le 3 mars. Il a adopté sa "
        "première déclaration le 4 mars."
    )
    assert "Première déclaration du Forum des drones" not in found
    assert iso(found["Adoption de la première déclaration"]) == ("2031-03-04", None)  # told in the past


def test_an_english_name_ending_on_its_kind_with_an_acronym_is_an_event_not_an_organisation():
    found = extract(
        "Lomé data talks\n\nPublished 3 May 2031\n\nThe World Data Governance Conference (WDGC) opened on "
        "Saturday in Lomé, and the minister called for shared rules."
    )
    assert "World Data Governance Conference" not in [actor.name for actor in found.actors]
    assert [(e.name, e.start) for e in found.events if e.kind == "conference"] == [
        ("World Data Governance Conference", PartialDate(2031, 5, 3))
    ]


def test_an_english_quoted_title_right_before_a_kind_word_names_the_event():
    found = events(
        'Published 23 July 2031\n\nThe governor signed the orders at the "Winning the Data Race" summit in '
        'Lomé on Wednesday. He said "we will win" again and again.'
    )
    assert iso(found['"Winning the Data Race" summit']) == ("2031-07-23", None)


def test_a_headline_milestone_is_the_lead_s_dated_milestone_of_its_kind_and_no_other():
    headline = "Le Sénat adopte la loi sur les drones agricoles\n\nPublié le jeudi 18 septembre 2031\n\n"
    found = events(
        headline + "Le Sénat a adopté hier, en dernière lecture, le projet de loi portant diverses "
        "dispositions sur les drones, par 90 voix contre 40."
    )
    assert [(e.kind, iso(e)) for e in found.values()] == [("adoption", ("2031-09-17", None))]
    found = events(headline + "Le ministre a inauguré hier le salon des drones de Lyon.")
    adoption = next(e for e in found.values() if e.kind == "adoption")
    assert iso(adoption) == (None, None)


def test_why_an_event_served_is_not_part_of_its_name_but_a_title_s_infinitive_is():
    found = events(
        "Mai 2, 2031\n\nLomé a profité le 3 avril 2031 du Forum ouest-africain des données pour dévoiler un plan."
    )
    assert "Forum ouest-africain des données" in found
    assert "Sommet pour agir sur le climat" in events(
        "Mai 2, 2031\n\nLe Sommet pour agir sur le climat aura lieu le 3 mai 2031."
    )


def test_a_french_timeline_item_that_opens_on_a_noun_phrase_is_the_event_its_date_brings():
    found = events(
        "Mai 2, 2031\n\nLe calendrier de la loi sur les drones :\n\n"
        "- 3 mars 2032 : interdiction des drones de loisir en ville, comme à Lyon.\n"
        "- 3 juin 2032 : fin de la période de tolérance pour les petits drones de livraison utilisés "
        "dans les zones rurales isolées.\n"
        "- 3 septembre 2032 : la ville adopte son plan."
    )
    assert {name: iso(e) for name, e in found.items() if e.kind == "event"} == {
        "Interdiction des drones de loisir en ville": ("2032-03-03", None),
        "Fin de la période de tolérance pour les petits drones de livraison": ("2032-06-03", None),
        "Ville adopte son plan": ("2032-09-03", None),  # a clause: named by what it says, not as a noun
    }


def test_a_date_opening_the_sentence_goes_past_a_relative_aside_to_the_main_clause_s_event():
    found = events(
        "3 May 2031 - Paris\n\nOn Thursday, Prime Minister Aki Sato, who chaired the meeting, launched the "
        "Drone Friends Group."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        # Who launched it stands before the aside too.
        "Launch of the Drone Friends Group by Prime Minister Aki Sato": ("2031-05-01", None)
    }


def test_what_a_lead_announces_in_the_present_tense_happens_on_the_publication_day():
    text = "COMMUNIQUÉ DE PRESSE\nLomé, le 31 janvier 2031\n\nCréation de l'Agence des drones\n\n{}"
    found = events(text.format("La ministre Awa Diop annonce la création de l'Agence togolaise des drones."))
    assert [iso(e) for e in found.values()] == [("2031-01-31", None)]
    found = events(text.format("La ministre Awa Diop a salué la création de l'Agence togolaise des drones."))
    assert [iso(e) for e in found.values()] == [(None, None)]
    # What it launches in the present tense is launched that day, a verb's event as a noun's.
    found = events(text.format("Le Togo lance un fonds de garantie pour les drones."))
    assert iso(found["Lancement d'un fonds de garantie pour les drones par le Togo"]) == ("2031-01-31", None)
    found = events(
        "Lomé, 31 January 2031\n\nThe Drone Agency launches a call for projects on delivery drones."
    )
    assert [iso(e) for e in found.values()] == [("2031-01-31", None)]


def test_the_places_of_a_series_written_with_their_dates_are_its_earlier_editions():
    found = events(
        "6 mars 2031\n\nLe forum de Dakar sur les données s'ouvre lundi. Il s'agit du troisième sommet de "
        "ce type, après celui de Lomé, au Togo, en novembre 2029, puis celui d'Accra en mai dernier."
    )
    assert {name: (iso(e), e.location.city) for name, e in found.items() if name.startswith("Sommet")} == {
        "Sommet de Lomé": (("2029-11", None), "Lomé"),
        "Sommet d'Accra": (("2030-05", None), "Accra"),
    }


def test_a_timeline_item_that_opens_on_a_milestone_word_is_that_milestone_of_the_text_it_follows():
    found = events(
        "Mai 2, 2031\n\nLa loi sur les drones agricoles a été votée après trois ans de débats.\n\n"
        "LES ÉTAPES\n"
        "3 mars 2030 – Adoption en première lecture par le Sénat.\n"
        "13 juin 2030 – Signature.\n"
        "1er août 2030 – Entrée en vigueur.\n"
        "2 août 2031 – Feu vert des maires, sous présidence lyonnaise."
    )
    assert {name: iso(e) for name, e in found.items() if e.kind != "event"} == {
        "Adoption en première lecture par le Sénat": ("2030-03-03", None),
        "Signature de la loi sur les drones agricoles": ("2030-06-13", None),
        "Entrée en vigueur de la loi sur les drones agricoles": ("2030-08-01", None),
        "Feu vert des maires": ("2031-08-02", None),
    }
    found = events(
        "2 May 2031\n\nThe Drone Act passed after three years of debate.\n\n"
        "TIMELINE\n"
        "13 June 2030 – Signature.\n"
        "1 August 2030 – Entry into force.\n"
        "2 August 2030 – Green light from the mayors."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Passage of the Drone Act": (None, None),  # "passed", with no object: the act was passed
        "Signature of the Drone Act": ("2030-06-13", None),
        "Entry into force of the Drone Act": ("2030-08-01", None),
        "Green light from the mayors": ("2030-08-02", None),
    }


def test_a_gathering_told_again_at_another_place_and_date_is_a_meeting_of_its_own_there():
    found = events(
        "2 May 2031\n\nThe Drone Forum will meet in Lyon in July 2032, alongside the Robot Summit, "
        "and in Dakar in 2033."
    )
    assert {name: (iso(e), e.location.city) for name, e in found.items() if e.start is not None} == {
        # named by its place too, as the other is
        "Meeting of the Drone Forum in Lyon": (("2032-07", None), "Lyon"),
        "Meeting of the Drone Forum in Dakar": (("2033", None), "Dakar"),
        "Robot Summit": (("2032-07", None), "Lyon"),  # held alongside the meeting, so that month
    }
    found = events(
        "2 mai 2031\n\nLe Forum des drones se réunira à Lyon en juillet 2032, puis à Dakar en 2033."
    )
    assert {name: (iso(e), e.location.city) for name, e in found.items() if e.start is not None} == {
        "Réunion du Forum des drones à Lyon": (("2032-07", None), "Lyon"),
        "Réunion du Forum des drones à Dakar": (("2033", None), "Dakar"),
    }
    # A counted part told again elsewhere is a part of the same gathering, not the gathering itself.
    found = events(
        "2 mai 2031\n\nLe Forum des drones tiendra sa première session à Lyon en juillet 2032, puis à Dakar "
        "en 2033."
    )
    assert {name: (iso(e), e.parent) for name, e in found.items()} == {
        "Forum des drones": ((None, None), None),
        "Première session du Forum des drones": (("2032-07", None), "Forum des drones"),
        "Session du Forum des drones à Dakar": (("2033", None), "Forum des drones"),
    }


def test_an_english_event_word_named_by_the_words_before_it_is_an_event_when_dated():
    found = events(
        "3 May 2031\n\nThe two presidents co-chaired a virtual leaders' session on 1 May. "
        "The ministers held an outreach session on 2 May. A session on 2 May was long. "
        # Other kinds: by adjectives that say what it is ("presidential", "high-level"), not when.
        "The presidential election will take place on 5 November. Ghana's general election is set for "
        "7 December. The ministers held a high-level meeting on 30 April. The next summit opens on 9 May. "
        # An ordinal says which one of them.
        "They held a first bilateral dialogue on 28 April."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Virtual leaders' session": ("2031-05-01", None),
        "Outreach session": ("2031-05-02", None),
        "Presidential election": ("2031-11-05", None),
        # and by whose it is
        "Ghana general election": ("2031-12-07", None),
        "High-level meeting": ("2031-04-30", None),
        "Summit": ("2031-05-09", None),
        "First bilateral dialogue": ("2031-04-28", None),
    }
    # A complement before the word is no part of its name.
    assert events("3 May 2031\n\nOn 2 May the vote cleared the way for talks with the Council.") == {}


def test_what_a_dated_event_closed_with_happened_that_day():
    found = events(
        "3 May 2031\n\nToday, the Togolese minister of digital affairs, Ama Kodjo, chaired a ministers' "
        "session in Lomé, which closed with a ministerial statement on drones."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Ministers' session": ("2031-05-03", None),
        "Ministerial statement on drones": ("2031-05-03", None),
    }


def test_what_a_gathering_closes_with_on_a_day_said_between_happens_that_day():
    found = events(
        "3 mai 2031\n\nLe forum de Lomé sur les drones s'est refermé hier soir à Kara par un long "
        "entretien public entre deux ministres."
    )
    assert iso(found["Entretien public"]) == ("2031-05-02", None)
    found = events(
        "1 June 2031\n\nThe Lomé Drone Summit will close on Saturday 14 June with the President's "
        "press conference in Kara."
    )
    assert iso(found["President's press conference"]) == ("2031-06-14", None)
    found = events("1 June 2031\n\nThe Lomé Drone Summit will close on 14 June; a press conference follows.")
    assert iso(found["Press conference"]) == (None, None)  # told after, not closed with


def test_the_act_that_closed_a_gathering_gives_its_last_day():
    found = events(
        "Drone news\n\nPublished 1 March 2031\n\nPresident Mensah began a state visit to Togo on 13 January 2031. "
        "The signing of a drone agreement on 15 January concluded the visit."
    )
    assert iso(found["State visit to Togo"]) == ("2031-01-13", "2031-01-15")
    found = events(
        "1er mars 2031\n\nLe sommet s'est ouvert à Kara le 13 janvier 2031. L'adoption d'une "
        "déclaration commune, le 14 janvier, a clôturé le sommet."
    )
    assert iso(found["Sommet"]) == ("2031-01-13", "2031-01-14")
    found = events(
        "1 March 2031\n\nThe three-nation tour began in Accra on 13 January 2031. It ended with a "
        "speech to the Togolese Senate on 16 January."
    )
    assert iso(found["Three-nation tour"]) == ("2031-01-13", "2031-01-16")
    found = events(
        "1er mars 2031\n\nLa tournée du ministre a commencé à Accra le 13 janvier 2031. Elle s'est "
        "achevée par un discours devant le Sénat togolais le 16 janvier."
    )
    assert iso(found["Tournée du ministre"]) == ("2031-01-13", "2031-01-16")
    assert iso(found["Discours devant le Sénat togolais"]) == ("2031-01-16", None)
    found = events(  # "It" is the agreement, told before
        "15 January 2031\n\nThe two ministers signed a drone agreement today in Kara. It crowns the "
        "minister's first state visit to Togo, which began on Monday."
    )
    assert iso(found["First state visit"]) == ("2031-01-13", "2031-01-15")


def test_an_act_told_by_its_verb_after_before_keeps_its_own_day():
    found = events(
        "1 March 2031\n\nShe will address the Drone Forum on 10 February, before visiting a drone plant "
        "in Kara the following day."
    )
    assert iso(found["Visit to a drone plant"]) == ("2032-02-11", None)
    found = events("1 March 2031\n\nShe met the ministers on 10 February, six days before the inauguration.")
    assert "Inauguration" not in found  # counted from, not dated


def test_a_headline_trip_is_the_leads_one_trip_when_the_lead_opens_on_another_event():
    found = events(
        "Visite de Mensah à Lomé\n\nPublié le vendredi 7 mars 2031\n\nLe président Mensah et le président "
        "togolais ont signé hier à Lomé un accord sur les drones. La signature a conclu la visite d'État "
        "du président ghanéen au Togo. Arrivé lundi soir, il avait été reçu mardi par le président togolais."
    )
    [visit] = [event for event in found.values() if event.kind in ("visit", "state visit")]
    assert "Visite de Mensah" in visit.names()
    assert iso(visit) == ("2031-03-03", "2031-03-06")


def test_what_is_due_to_be_done_after_a_planned_day_is_done_that_day():
    found = events(
        "1er mars 2031\n\nLe ministre prononcera le 10 mars un discours devant le Sénat togolais. Les "
        "deux pays doivent signer à cette occasion un accord sur les drones."
    )
    assert iso(found["Accord sur les drones"]) == ("2031-03-10", None)
    found = events(
        "1 March 2031\n\nThe minister will address the Togolese Senate on 10 March. The two countries are "
        "due to sign a drone agreement on that occasion."
    )
    assert iso(found["Signing of a drone agreement"]) == ("2031-03-10", None)


def test_the_last_day_of_a_visit_ends_it_and_is_no_event():
    found = events(
        "1 March 2031\n\nPresident Mensah arrived in Lomé on Monday 13 January 2031 for a state visit. "
        "On Wednesday 15 January, on the final day of the visit, the two leaders signed a drone pact."
    )
    assert iso(found["State visit"]) == ("2031-01-13", "2031-01-15")
    assert not [name for name in found if "day" in name.lower()]
    found = events(  # the day said before it, of what was done then
        "1 March 2031\n\nPresident Mensah arrived in Lomé on Monday 13 January 2031 for a state visit. "
        "The two leaders signed a drone pact on Wednesday 15 January, on the final day of the state visit."
    )
    assert iso(found["State visit"]) == ("2031-01-13", "2031-01-15")
    assert not [name for name in found if "day" in name.lower()]


def test_a_verb_that_closes_a_gathering_makes_no_closing_of_its_subject():
    found = events(
        "1 March 2031\n\nThe summit opened on 13 January 2031. A joint statement on 14 January closed the summit."
    )
    assert not [name for name in found if name.startswith("Closing")]
    found = events(
        "A drone pact to close the visit\n\nPublished 6 March 2031\n\nPresident Mensah arrived in Lomé on "
        "Monday for a state visit."
    )
    assert not [name for name in found if name.startswith("Closing")]


def test_what_an_event_is_about_goes_on_through_and_and_en_matiere_de():
    found = events(
        "Lomé, le 3 mars 2031 — La conférence internationale sur les drones et le climat se tiendra le 20 mai. "
        "Le sommet sur l'action en matière de drones s'était tenu à Lomé en février 2030."
    )
    assert set(found) == {
        "Conférence internationale sur les drones et le climat",
        "Sommet sur l'action en matière de drones",
    }
    found = events(
        "Lomé, le 3 mars 2031 — Le colloque sur l'innovation en santé se tiendra le 20 mai. Le forum sur les "
        "drones en Afrique se tiendra le 21 mai, en présence de la ministre."
    )
    assert set(found) == {"Colloque sur l'innovation en santé", "Forum sur les drones"}
    found = events(
        "3 March 2031\n\nThe International Conference on Drones and Climate will be held on 20 May."
    )
    assert list(found) == ["International Conference on Drones and Climate"]
    # Not another title, a verb, or who acts next.
    found = events(
        "3 March 2031\n\nThe Assembly set up the Forum on Drones and the Independent Panel on Drones on 2 March. "
        "A debate on drones and Togo signed a charter on 20 February. The Drone Summit on Africa and called "
        "for a fund on 21 February."
    )
    assert {"Forum on Drones", "Debate on drones"} <= set(found)
    assert not [
        n
        for n in found
        if n.startswith(("Forum on Drones and", "Debate on drones and", "Drone Summit on Africa and"))
    ]


def test_a_gathering_s_closing_named_by_its_noun_is_a_session_not_a_deadline():
    found = events(
        "Agenda\n\nMardi 4 mars 2031\n\nTable ronde sur les drones.\n\nClôture du salon des drones."
    )
    assert found["Clôture du salon des drones"].kind == "event"
    # Given the gathering's days, it is on the last of them.
    found = events(
        "Lomé, le 5 mars 2031 — Le texte a été entériné en clôture de la réunion du Conseil des drones, qui "
        "s'est tenue mardi et mercredi à Lomé."
    )
    assert iso(found["Clôture de la réunion du Conseil des drones"]) == ("2031-03-05", None)
    found = events("1 March 2031\n\nThe closing of registration for the drone fair is on 4 March.")
    assert found["Closing of registration for the drone fair"].kind == "deadline"


def test_a_visit_begun_is_the_visit():
    found = events(
        "1er mars 2031\n\nLe président Mensah a entamé le 13 janvier 2031 une visite d'État au Togo."
    )
    assert list(found) == ["Visite d'État au Togo"]
    assert iso(found["Visite d'État au Togo"]) == ("2031-01-13", None)
    found = events("1er mars 2031\n\nLe président Mensah a entamé le 13 janvier 2031 une tournée au Togo.")
    assert {name: iso(e) for name, e in found.items()} == {"Tournée au Togo": ("2031-01-13", None)}
    found = events("1er mars 2031\n\nLe ministre a entamé le 13 janvier 2031 la rédaction d'un code.")
    assert list(found) == ["Début de la rédaction d'un code"]  # no trip: the start is the event


def test_what_a_dated_event_happened_during_was_then_too():
    found = events(
        "3 juin 2031\n\nLa Charte de Lomé sur les drones a été adoptée le mois dernier à Dakar lors "
        "du Sommet africain des données."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Adoption de la Charte de Lomé sur les drones": ("2031-05", None),
        "Sommet africain des données": ("2031-05", None),
    }


def test_the_dates_and_venue_under_an_event_page_s_headline_date_its_event():
    found = events(
        "Lagos Data Forum 2031\n12-13 June 2031 · Lagos, Nigeria\n\n"
        "Lagos, 3 May 2031 – Registration is open for the forum, which brings together ministers and "
        "regulators from thirty countries to discuss open data."
    )
    assert iso(found["Lagos Data Forum"]) == ("2031-06-12", "2031-06-13")


@pytest.mark.parametrize(
    ("header", "where"),
    [
        (
            "Lagos Data Forum 2031\n12-13 June 2031 · Eko Convention Centre, Lagos",
            ("Eko Convention Centre", "Lagos"),
        ),
        (
            "Events | Lagos Data Forum 2031\nLagos Data Forum 2031\nThursday 12 June – Friday 13 June 2031\n"
            "Eko Convention Centre, Lagos, Nigeria",
            ("Eko Convention Centre", "Lagos"),
        ),
        ("Lagos Data Forum 2031\n12–13 June 2031\nLagos", (None, "Lagos")),
    ],
)
def test_an_event_page_s_line_of_days_and_its_venue_line_date_and_place_its_event(header, where):
    found = events(
        header
        + "\n\nRegistration is open for the forum, which brings together ministers and regulators from "
        "thirty countries to discuss open data."
    )
    forum = found["Lagos Data Forum"]
    assert (iso(forum), (forum.location.venue, forum.location.city)) == (("2031-06-12", "2031-06-13"), where)


def test_an_acronym_no_gazetteer_knows_is_no_place():
    found = events(
        "Published 1 March 2031\n\nTuesday 9 September 2031 — Workshop on public-sector procurement of AI, "
        "hosted by the Nigerian Data Protection Commission."
    )
    assert found["Workshop on public-sector procurement of AI"].location.label() == ""


def test_the_day_of_the_place_and_time_a_sentence_opens_with_dates_its_clause():
    found = events(
        "12 July 2031\n\nAt the ECOWAS Ministerial Council in Lomé on 3 July, held on the eve of the "
        "two-day Lomé Data Summit, members signed a charter on open registries."
    )
    # Each event of the clause, not only the one nearest the date.
    assert iso(found["Signing of a charter on open registries"]) == ("2031-07-03", None)


def test_a_ministerial_council_is_a_meeting():
    found = events("12 juillet 2031\n\nLe Conseil ministériel du PMIA s'est tenu le 3 juillet à Lomé.")
    assert {name: (e.kind, iso(e)) for name, e in found.items()} == {
        "Conseil ministériel du PMIA": ("meeting", ("2031-07-03", None))
    }


def test_the_day_before_the_day_named_last_dates_what_a_pluperfect_tells():
    found = events(
        "4 mai 2031\n\nLes ministres ont adopté le 3 mai à Lomé une charte sur les données. La veille, "
        "la Première ministre avait lancé un groupe des amis des données."
    )
    assert iso(found["Lancement d'un groupe des amis des données par la Première ministre"]) == (
        "2031-05-02",
        None,
    )


def test_a_dated_speech_is_named_by_where_it_was_given():
    found = events(
        "3 May 2031\n\nIn a speech in Geneva on 2 May, the minister said the drone act would pass."
    )
    assert {name: (e.kind, iso(e)) for name, e in found.items()} == {
        "Speech in Geneva": ("speech", ("2031-05-02", None)),
        # What the minister said is to come has no date of its own.
        "Passage of the drone act": ("adoption", (None, None)),
    }


def test_an_english_name_may_hold_a_plural_possessive():
    found = events("3 May 2031\n\nThe Drone Leaders' Summit will take place in Lomé from 13 to 15 June.")
    assert {name: iso(e) for name, e in found.items()} == {
        "Drone Leaders' Summit": ("2031-06-13", "2031-06-15")
    }


def test_each_part_of_a_law_said_to_apply_from_a_date_is_an_application_of_that_part():
    found = events(
        "2 mai 2031\n\nLa loi sur les drones s'appliquera par étapes : les obligations pour les drones "
        "de livraison à partir du 2 février 2032, et l'essentiel des règles à partir du 2 août 2033."
    )
    assert {name: iso(e) for name, e in found.items() if name.startswith("Application")} == {
        "Application de la loi sur les drones": (None, None),
        "Application des obligations pour les drones de livraison": ("2032-02-02", None),
        "Application de l'essentiel des règles": ("2033-08-02", None),
    }
    found = events(
        "2 May 2031\n\nThe Drone Act applies in stages: obligations for delivery drones from 2 February "
        "2032, and rules for farm drones from 2 August 2033."
    )
    assert {name: iso(e) for name, e in found.items() if name.startswith("Application")} == {
        "Application of the Drone Act": (None, None),
        "Application of obligations for delivery drones": ("2032-02-02", None),
        "Application of rules for farm drones": ("2033-08-02", None),
    }
    # A part cut inside brackets or at a verb is no name.
    found = events(
        "2 mai 2031\n\nSon application sera progressive : les drones de loisir (en ville, par exemple) le "
        "seront à partir du 2 février 2032."
    )
    assert not any("exemple" in name for name in found)
    # A part without an article keeps its first word whole.
    found = events(
        "2 mai 2031\n\nLa loi sur les drones s'appliquera par étapes : lanceurs de drones à partir du "
        "2 février 2032."
    )
    assert "Application de lanceurs de drones" in found


def test_every_part_of_an_application_list_is_dated_however_its_date_is_introduced():
    found = events(
        "Drone code\n\nPublished 12 July 2031\n\nThe clock then starts: bans on risky flights bite from "
        "2 February 2032, obligations for cargo drones from August 2032, and most of the rest in August 2033."
    )
    assert iso(found["Application of bans on risky flights"]) == ("2032-02-02", None)
    assert iso(found["Application of obligations for cargo drones"]) == ("2032-08", None)
    assert iso(found["Application of most of the rest"]) == ("2033-08", None)
    found = events(
        "Code des drones\n\nPublié le 12 juillet 2031\n\nLe code s'appliquera par étapes : les interdictions à "
        "partir du 2 février 2032, les obligations pour les drones cargo à partir d'août 2032, et le reste "
        "en août 2033."
    )
    assert iso(found["Application des obligations pour les drones cargo"]) == ("2032-08", None)
    assert iso(found["Application du reste"]) == ("2033-08", None)


def test_a_name_opening_a_headline_without_an_article_names_its_gathering():
    found = events(
        "G7 summit in Lomé, final day: leaders adopt a drone statement\n\nLast updated: June 17, 2031\n\n"
        "Good morning from Lomé. The summit opened on Sunday evening and formally ends this afternoon."
    )
    assert iso(found["G7 summit"]) == ("2031-06-15", "2031-06-17")  # ends "this afternoon"


def test_a_live_blogs_time_stamp_is_not_part_of_the_name_after_it():
    found = events(
        "Live coverage\n\nLast updated: June 17, 2031\n\n10:40 The G7 Leaders' Statement on Drones for "
        "Prosperity is out. Key points follow."
    )
    assert "G7 Leaders' Statement on Drones for Prosperity" in found


def test_a_capitalised_kind_word_after_an_indefinite_article_is_a_common_noun():
    found = events(
        "Published 18 March 2032\n\nThe visit included a State Banquet at Lakeside Castle yesterday. "
        "A Summit was held on Tuesday."
    )
    assert iso(found["State banquet at Lakeside Castle"]) == ("2032-03-17", None)
    assert iso(found["Summit"]) == ("2032-03-16", None)
    assert found["Summit"].kind == "summit"
    found = events("Lomé, le 18 mars 2032\n\nLa délégation a suivi une Conférence lundi.")
    assert iso(found["Conférence"]) == ("2032-03-15", None)


def test_an_ordinal_before_a_noun_is_part_of_the_name_and_one_before_a_month_is_not():
    found = events("Lomé, le 12 juillet 2031\n\nLe sommet du 75e anniversaire s'est ouvert mardi à Lomé.")
    assert iso(found["Sommet du 75e anniversaire"]) == ("2031-07-08", None)
    found = events("Lomé, le 12 juillet 2031\n\nLa réunion du 1er juillet s'est tenue à Lomé.")
    assert iso(found["Réunion"]) == ("2031-07-01", None)


def test_an_english_name_goes_on_through_an_article_an_ordinal_and_a_word_in_ly():
    found = events(
        "Published 1 March 2031\n\nA plenary session of the assembly is scheduled for 7 September. "
        "The drone bill was passed at the 4th Session of the 12th National Assembly on 10 February. "
        "Ministers will co-chair a virtual session of drone regulators on the evening of 12 March."
    )
    assert iso(found["Plenary session of the assembly"]) == ("2031-09-07", None)
    assert iso(found["4th Session of the 12th National Assembly"]) == ("2031-02-10", None)
    assert iso(found["Virtual session of drone regulators"]) == ("2031-03-12", None)


def test_a_gathering_under_way_since_a_day_opened_that_day_and_its_end_said_later_is_its_end():
    found = events(
        "Lomé, le 10 juillet 2031\n\nRéunis depuis mardi à Lomé pour le sommet des drones, les ministres "
        "négocient. Le sommet s'achève vendredi 11 juillet."
    )
    assert iso(found["Sommet des drones"]) == ("2031-07-08", "2031-07-11")
    found = events(
        "Lomé, le 10 juillet 2031\n\nLe forum des drones, organisé depuis 2017, fête ses lauréats."
    )
    assert iso(found["Forum des drones"])[0] != "2017"  # held each year since, not held in 2017


def test_an_event_counted_from_takes_the_date_written_right_after_it():
    found = events("Lomé, le 10 juin 2031\n\nAprès le Sommet de Lomé en février, le calendrier reste chargé.")
    assert iso(found["Sommet de Lomé"]) == ("2031-02", None)
    found = events(
        "Lomé, le 10 juin 2031\n\nAprès le Sommet de Lomé, les ministres ont signé un pacte en mars."
    )
    assert iso(found["Sommet de Lomé"]) == (None, None)


def test_a_debate_is_a_meeting_and_what_an_event_is_devoted_to_is_part_of_its_name():
    found = events(
        "Lomé, le 18 juillet 2031\n\nLe Conseil a tenu ce matin son premier débat consacré aux drones."
    )
    assert iso(found["Premier débat consacré aux drones"]) == ("2031-07-18", None)
    found = events("Lomé, 18 July 2031\n\nA conference dedicated to drone safety opened on Tuesday in Lomé.")
    assert iso(found["Conference dedicated to drone safety"]) == ("2031-07-15", None)


def test_what_an_event_is_centred_on_or_meant_for_is_part_of_its_name():
    found = events(
        "Lomé, le 10 juin 2031\n\nLa ministre a prononcé mardi un discours centré sur l'investissement."
    )
    assert iso(found["Discours centré sur l'investissement"]) == ("2031-06-10", None)
    found = events(
        "Lomé, le 10 juin 2031\n\nUn dialogue portant sur la sécurité des drones s'est tenu mardi à Kara."
    )
    assert iso(found["Dialogue portant sur la sécurité des drones"]) == ("2031-06-10", None)
    found = events(
        "Lomé, le 10 juin 2031\n\nUne conférence destinée à renforcer la coopération régionale se tiendra le 20 juin."
    )
    assert iso(found["Conférence destinée à renforcer la coopération régionale"]) == ("2031-06-20", None)


def test_a_participle_after_an_event_noun_ends_its_name():
    found = events(
        "Lomé, le 10 juin 2031\n\nCe partenariat complète l'accord commercial conclu en mai entre les deux pays."
    )
    assert iso(found["Conclusion de l'accord commercial"]) == ("2031-05", None)
    found = events(
        "Lomé, le 10 juin 2031\n\nLe sommet s'est achevé mardi par une déclaration adoptée par douze pays."
    )
    assert iso(found["Adoption d'une déclaration"]) == ("2031-06-10", None)
    found = events(
        "Lomé, le 10 juin 2031\n\nLa charte a été ouverte à la signature mardi, lors de la conférence des "
        "ministres des Transports du Conseil de l'Europe réunie à Vilnius."
    )
    assert "Conférence des ministres des Transports du Conseil de l'Europe" in found
    # A participle a known name ends with, an adjective the model reads as one, and a participle
    # used as an adjective stay.
    found = events(
        "Lomé, le 10 juin 2031\n\nLa semaine de haut niveau de l'Assemblée générale des Nations unies "
        "s'ouvrira le 22 septembre. Un forum d'affaires franco-ghanéen se tiendra le 24 juin à Accra. "
        "La rencontre alternée des premiers ministres aura lieu le 20 juin."
    )
    assert iso(found["Semaine de haut niveau de l'Assemblée générale des Nations unies"]) == (
        "2031-09-22",
        None,
    )
    assert iso(found["Forum d'affaires franco-ghanéen"]) == ("2031-06-24", None)
    assert iso(found["Rencontre alternée des premiers ministres"]) == ("2031-06-20", None)


def test_a_pronoun_after_an_event_noun_opens_a_clause_that_is_not_its_name():
    found = events(
        "Lomé, 2 April 2031\n\nTogo and Ghana today renewed the memorandum of understanding on civil drones "
        "they first signed in Accra in April 2026."
    )
    assert "Renewal of the memorandum of understanding on civil drones by Togo and Ghana" in found, found
    found = events(
        "Lomé, le 2 avril 2031\n\nLe sommet sur les drones qu'ils ont tenu à Kara le 3 mars a réussi."
    )
    assert "Sommet sur les drones" in found, found


def test_a_bare_weekday_after_the_days_of_a_coming_visit_is_its_day_among_them():
    found = events(
        "Paris, le 3 novembre 2031\n\nLe président du Ghana effectuera une visite d'État en France du lundi 17 "
        "au mercredi 19 novembre. Il sera reçu à l'Élysée lundi soir pour un dîner d'État. Mardi, il visitera "
        "un centre d'essais, avant de se rendre mercredi à Marseille."
    )
    assert iso(found["Dîner d'État"]) == ("2031-11-17", None)
    assert iso(found["Déplacement à Marseille"]) == ("2031-11-19", None)
    found = events(
        "Lomé, 3 November 2031\n\nThe Ghanaian president will pay a state visit to France from 17 to 19 "
        "November. He will attend a business forum in Marseille on Wednesday."
    )
    assert iso(found["Business forum in Marseille"]) == ("2031-11-19", None)
    # Told in the past, the weekday is the week of the writing.
    found = events(
        "Paris, le 3 novembre 2031\n\nLe président du Ghana effectuera une visite d'État en France du 17 au 19 "
        "novembre. Le ministre a annoncé lundi un dîner d'État à l'Élysée."
    )
    assert iso(found["Dîner d'État"]) == ("2031-11-03", None)


def test_what_was_due_on_a_day_may_still_be_to_come():
    found = events(
        "Nairobi, 15 October 2031\n\nThe High Court on Wednesday suspended the Drone Surveillance Act. "
        "The law was due to take effect on 1 November."
    )
    assert iso(found["Entry into force of the Drone Surveillance Act"]) == ("2031-11-01", None)
    found = events(
        "Nairobi, le 15 octobre 2031\n\nLa Haute Cour a suspendu mercredi la loi sur la surveillance par drones. "
        "La loi devait entrer en vigueur le 1er novembre."
    )
    # Its subject ends before "devait", which is no part of the name.
    assert iso(found["Entrée en vigueur de la loi sur la surveillance"]) == ("2031-11-01", None)
    # Unless the sentence says it did not come then.
    found = events(
        "Nairobi, 15 October 2031\n\nThe Drone Act was due to take effect on 1 March but was delayed."
    )
    assert iso(found["Entry into force of the Drone Act"]) == ("2031-03-01", None)


def test_what_a_relative_clause_says_was_due_on_a_day_may_still_be_to_come():
    found = events(
        "Manila, 2 December 2031\n\nThe Drone Forum, which was due to open on 7 December, has been cancelled."
    )
    assert iso(found["Drone Forum"]) == ("2031-12-07", None)
    found = events(
        "Lyon, le 2 décembre 2031\n\nLe forum des drones, qui devait s'ouvrir le 7 décembre, est annulé."
    )
    assert iso(found["Forum des drones"]) == ("2031-12-07", None)
    # A relative clause told in the past keeps its past.
    found = events(
        "Lyon, le 2 décembre 2031\n\nLe forum des drones, qui s'est tenu le 7 décembre, a réuni 300 pilotes."
    )
    assert iso(found["Forum des drones"]) == ("2030-12-07", None)


def test_a_part_of_a_text_applying_since_a_date_is_its_application_then():
    found = events("Lomé, le 20 novembre 2031\n\nLes interdictions s'appliquent depuis février.")
    assert iso(found["Application des interdictions"]) == ("2031-02", None)
    found = events("Lomé, 20 November 2031\n\nThe bans have applied since 2 February.")
    assert iso(found["Application of the bans"]) == ("2031-02-02", None)


def test_a_programmes_timed_lines_are_sessions_held_on_their_day_headings_day():
    found = events(
        "Lomé Data Forum 2031\n\n4–5 March 2031 · Palais des Congrès, Lomé\n\n"
        "The forum gathers ministers, researchers and companies for two days of debates on open data in Africa.\n\n"
        "DAY 1 – TUESDAY 4 MARCH\n\n"
        "09:00 Opening ceremony\n\nWelcome by Jane Roe, Director of the Forum.\n\n"
        "10:30 Open data, one year on\n\nLaunched in Accra last June, the charter set out to pool data.\n\n"
        "14h00 – 15h30 Roundtable: compute and the Global South\n\n"
        "DAY 2 – WEDNESDAY 5 MARCH\n\n"
        "09:30 From Lomé to Accra: the road to the next summit\n\n"
        "16:02 That is where we leave today's coverage of the forum.\n\n"
        "18:00 Closing press conference\n"
    )
    days = {name: iso(event)[0] for name, event in found.items()}
    assert days["Opening ceremony"] == days["Open data, one year on"] == "2031-03-04"
    assert days["Roundtable: compute and the Global South"] == "2031-03-04"  # past the dated prose
    assert days["From Lomé to Accra: the road to the next summit"] == "2031-03-05"
    assert found["Closing press conference"].kind == "conference"
    assert found["From Lomé to Accra: the road to the next summit"].kind == "event"  # what it speaks of
    assert not any(name.startswith(("00", "30", "That")) for name in found)  # a live blog's line is no title
    one_day = events(
        "Lomé Data Day 2031\n\n12 May 2031 · Palais des Congrès, Lomé\n\n"
        "The day gathers ministers, researchers and companies for a day of debates on open data in Africa.\n\n"
        "09:00 Opening ceremony\n\n10:30 Open data, one year on\n"
    )
    assert iso(one_day["Open data, one year on"]) == ("2031-05-12", None)  # the page's one day


def test_a_programme_s_pauses_are_no_sessions_and_a_session_may_ask_its_question():
    found = events(
        "Journée des drones urbains\n\nMardi 10 juin 2031, Cité des sciences, Paris\n\n"
        "9h00 – Accueil des participants\n\n10h00 – Table ronde : quelles règles pour les drones ?\n\n"
        "12h30 – Déjeuner\n\n14h00 – Atelier : certification des pilotes\n\n16h30 Coffee break\n"
    )
    assert iso(found["Journée des drones urbains"]) == (
        "2031-06-10",
        None,
    )  # the day under its title, then where
    assert iso(found["Table ronde : quelles règles pour les drones ?"]) == ("2031-06-10", None)
    assert iso(found["Atelier : certification des pilotes"]) == ("2031-06-10", None)
    assert not {"Déjeuner", "Accueil des participants", "Coffee break"} & set(found)
    # A question that is no session's title is still a live blog's sentence.
    assert "Is the declaration out ?" not in events(
        "Live\n\n3 March 2031\n\n16:20 Is the declaration out ?\n"
    )


def test_a_live_blog_s_timed_lines_are_sentences_read_as_prose_not_titles():
    found = events(
        "Live: drone ministers in Accra\n\nPublished 3 March 2031\n\n"
        "11:30 Talks were held on Monday at the conference centre.\n\n"
        "16:20 The Accra Declaration on Drones is out. Main points:\n\n"
        "- a shared register of drones;\n\n- a joint testbed."
    )
    assert iso(found["Talks"]) == ("2031-03-03", None)  # the clock's minutes are no part of its name
    assert "Accra Declaration on Drones" in found
    assert not any("is out" in name for name in found)


def test_talks_opening_a_dated_sentence_are_new_talks_and_the_talks_point_back():
    assert iso(events("Talks were held on 3 March 2031 in Accra.")["Talks"]) == ("2031-03-03", None)
    assert iso(events("Des négociations ont eu lieu le 3 mars 2031 à Accra.")["Négociations"]) == (
        "2031-03-03",
        None,
    )
    assert events(
        "Après des mois de négociations, la charte sur les drones a été signée le 3 mars 2031."
    ).keys() == {"Signature de la charte sur les drones"}


def test_the_next_session_told_by_its_milestone_word_alone_is_a_new_dated_session():
    found = events(
        "Publié le 20 juin 2031\n\nLa sixième session de négociation s'est achevée vendredi. "
        "La prochaine session aura lieu à Genève du 8 au 12 septembre."
    )
    assert iso(found["Session à Genève"]) == ("2031-09-08", "2031-09-12")
    english = events("The next session will take place in Geneva from 8 to 12 September 2031.")
    assert iso(english["Next session"]) == ("2031-09-08", "2031-09-12")


def test_ordinals_past_the_third_say_which_session_it_was():
    found = events("La sixième session de négociation s'est tenue à Genève le 3 mars 2031.")
    assert list(found) == ["Sixième session de négociation"]
    found = events("Le dixième sommet sur les drones se tiendra à Accra le 3 mars 2031.")
    assert list(found) == ["Dixième sommet sur les drones"]


def test_ministers_who_meet_in_a_headline_hold_the_lead_meeting_where_it_says():
    found = events(
        "Drone ministers meet in Accra\n\nPublished 3 March 2031\n\nThe ministers agreed a declaration on drones."
    )
    meeting = found["Meeting of drone ministers in Accra"]
    assert (iso(meeting), meeting.location.city) == (("2031-03", None), "Accra")


def test_an_agenda_s_day_headings_date_the_items_under_them_the_first_and_a_two_day_one_too():
    found = events(
        "L'agenda de la semaine\n\nPublié le lundi 6 octobre 2031\n\nMardi 7 octobre\n\n"
        "Le ministre du Numérique reçoit la ministre sénégalaise à Bercy.\n\n"
        "Jeudi 9 et vendredi 10 octobre\n\nForum mondial sur les drones à Lyon."
    )
    assert {name: iso(event) for name, event in found.items()} == {
        "Réception de la ministre sénégalaise à Bercy": ("2031-10-07", None),
        "Forum mondial sur les drones": ("2031-10-09", "2031-10-10"),
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Réunis les 3 et 4 mars 2031 à Accra, les ministres du Numérique ont adopté une charte sur les drones.",
            "Réunion des ministres à Accra",
        ),
        (
            "Les ministres du Numérique, réunis à Accra les 3 et 4 mars 2031, ont adopté une charte sur les drones.",
            "Réunion des ministres à Accra",
        ),
        (
            "Gathered in Accra on 3-4 March 2031, the digital ministers adopted a charter on drones.",
            "Meeting of ministers in Accra",
        ),
    ],
)
def test_ministers_said_to_be_gathered_by_a_participle_held_a_meeting(text, name):
    assert iso(events(text)[name]) == ("2031-03-03", "2031-03-04")


def test_who_met_whom_when_a_day_and_a_place_stand_between_the_verb_and_with():
    found = events(
        "Publié le 3 juillet 2031. Jeanne Roux s'est entretenue mercredi à Porto Novo avec Paul Martin, "
        "ministre du Numérique."
    )
    assert iso(found["Entretien entre Jeanne Roux et Paul Martin"]) == ("2031-07-02", None)
    # "de X avec Y": X met Y, not two meetings "with" each of them.
    headline = events(
        "Compte rendu de l'entretien de Jeanne Roux avec Paul Martin, ministre du Numérique du Togo."
    )
    assert list(headline) == ["Entretien entre Jeanne Roux et Paul Martin"]
    english = events("The meeting of Jane Roe with Paul Martin took place in Lomé on 2 July 2031.")
    assert list(english) == ["Meeting between Jane Roe and Paul Martin"]


def test_a_country_hosting_a_groups_leaders_on_a_day_holds_that_groups_summit():
    english = events("The vote comes weeks after France hosted G20 leaders in Paris on 18-19 November 2031.")
    assert iso(english["G20 summit in Paris"]) == ("2031-11-18", "2031-11-19")
    french = events(
        "Le Togo, qui préside le G7 cette année, accueille les dirigeants du groupe du 15 au 17 juin 2031 à Lomé."
    )
    assert iso(french["Sommet du G7 à Lomé"]) == ("2031-06-15", "2031-06-17")
    # Without a date, or when "the G20 leaders' summit" names it already, no summit is made up.
    assert not events("France often hosted G20 leaders in Paris.")
    named = events("France hosted the G20 leaders' summit in Paris on 18 November 2031.")
    assert list(named) == ["G20 leaders' summit"]  # whose summit, in a plural possessive
    named = events("Brazil hosted the G20 digital ministers' meeting in Maceió on 13 September 2031.")
    assert list(named) == ["G20 digital ministers' meeting"]


def test_an_adjective_after_a_capitalised_kind_word_leads_to_a_name_in_capitals():
    found = events("• Du 7 au 10 juillet 2031 — Genève. Sommet mondial Data for All, organisé par l'UIT.")
    assert iso(found["Sommet mondial Data for All"]) == ("2031-07-07", "2031-07-10")


def test_a_timeline_item_told_in_a_clause_no_rule_reads_is_still_its_days_event():
    found = events(
        "Published 1 August 2031\n\nKey dates\n"
        "10 July 2031 – The final Data Code is published, two months late.\n"
        "18 July 2031 – Guidelines clarify which providers and models are covered.\n"
        "24 July 2031 – New Delhi, Bharat Mandapam.\n"
    )
    assert iso(found["Guidelines clarify which providers and models are covered"]) == ("2031-07-18", None)
    assert not any("Bharat" in name for name in found)  # a place says where, not what
    assert iso(found["Publication of the final Data Code"]) == ("2031-07-10", None)  # read by its verb


def test_a_timeline_item_may_name_its_topic_before_the_clause_that_tells_it():
    found = events(
        "Publié le 1er août 2031\n\nAgenda\n2 août - Loi Drones : les fabricants de drones entrent dans le champ\n"
    )
    assert iso(found["Fabricants de drones entrent dans le champ"]) == ("2031-08-02", None)
    found = events(
        "Published 1 August 2031\n\nKey dates\n"
        "20 July 2031 – Drone Act: providers of general-purpose drones must comply with new duties.\n"
    )
    assert iso(found["Providers of general-purpose drones must comply with new duties"]) == (
        "2031-07-20",
        None,
    )


def test_an_event_counted_from_takes_the_month_set_off_by_commas_after_it():
    found = events(
        "Publié le 10 juin 2031\n\nDepuis le Sommet de Lomé, en mai 2030, les instituts coopèrent."
    )
    assert iso(found["Sommet de Lomé"]) == ("2030-05", None)  # not the month the article came out
    found = events("Published 10 June 2031\n\nAfter the Lomé Summit, in February, the calendar stays busy.")
    assert iso(found["Lomé Summit"]) == ("2031-02", None)


def test_a_press_release_s_capitals_on_someone_s_compound_kind_word_make_no_name():
    found = events(
        "Published 18 September 2031\n\nThe President's second State Visit to Togo began yesterday."
    )
    assert iso(found["Second state visit"]) == ("2031-09-17", None)
    found = events(
        "Published 18 September 2031\n\nThey met at the annual Ministerial Council Meeting yesterday."
    )
    assert iso(found["Ministerial Council Meeting"]) == ("2031-09-17", None)  # a name keeps its capitals
    found = events(
        "Published 18 September 2031\n\nThe minister said that Togo's Working Groups met yesterday in the capital."
    )
    assert iso(found["Togo's Working Groups"]) == ("2031-09-17", None)  # a body's groups keep their name


def test_a_clause_saying_when_an_event_was_held_dates_it_across_its_place():
    found = events(
        "Published 18 September 2031\n\nIt crowns the President's second State Visit to Togo, which began on "
        "Tuesday and included a State Banquet at Lomé Castle yesterday."
    )
    assert iso(found["Second state visit"]) == ("2031-09-16", None)  # Togo is where, not what began
    assert iso(found["State banquet at Lomé Castle"]) == ("2031-09-17", None)
    found = events(
        "Publié le 5 mai 2031\n\nLe ministre a salué la conférence de Lomé, qui s'est tenue le 3 mai."
    )
    assert iso(found["Conférence de Lomé"]) == ("2031-05-03", None)


def test_a_timeline_item_may_open_on_its_year_alone():
    found = events(
        "Publié le 3 mars 2031\n\nLes grandes étapes\n\n1993 — Jean Roux crée à Lomé le laboratoire qui deviendra Drona."
        "\n\n2019 — Drona emménage dans ses nouveaux locaux de Lomé.\n"
    )
    assert iso(found["Jean Roux crée à Lomé le laboratoire qui deviendra Drona"]) == ("1993", None)
    assert iso(found["Drona emménage dans ses nouveaux locaux de Lomé"]) == ("2019", None)
    # A year inside a sentence still needs its "en" to be a date.
    assert not events("Publié le 3 mars 2031\n\nLe laboratoire compte 1993 chercheurs : un record.")


def test_a_deal_struck_on_a_day_is_an_agreement_and_a_great_deal_is_an_amount():
    found = events("Published 10 December 2031\n\nThe two countries struck a deal on drones on 8 December.")
    assert iso(found["Deal on drones"]) == ("2031-12-08", None)
    assert not events("Published 10 December 2031\n\nThere was a great deal of work to do before 8 December.")
    found = events("Published 10 December 2031\n\nTogo struck a good deal with Ghana on 8 December.")
    assert iso(found["Good deal"]) == ("2031-12-08", None)  # a favourable agreement is one


def test_an_edition_of_a_series_held_at_a_venue_the_recogniser_misses_is_found():
    found = events("The Lomé Data Summit was the third in a series that began at Bletchley Park in 2023.")
    assert iso(found["Bletchley Park summit"]) == ("2023", None)


def test_a_speech_someone_delivers_is_named_by_who_gave_it():
    found = events("Le 27 mai 2031, le roi Jean IV prononcera le discours du Trône devant les deux chambres.")
    speech = found["Discours du Trône prononcé par Jean IV"]
    assert iso(speech) == ("2031-05-27", None) and "Discours du Trône" in speech.aliases
    assert "Speech in Paris by Jane Roe" in events("On 11 February 2031, Jane Roe gave a speech in Paris.")
    # Someone who only hears it did not give it.
    assert "Discours du Trône" in events("Le 27 mai 2031, Jean Roux a écouté le discours du Trône.")


def test_an_acronym_before_an_english_milestone_word_names_it():
    assert iso(events("Togo holds the G7 presidency in 2031.")["G7 presidency"]) == ("2031", None)


def test_a_timeline_item_may_open_on_the_part_of_the_month_it_happened_in():
    found = events(
        "Published 1 August 2031\n\nKey dates\n"
        'Early July – More than 40 drone makers urge the Commission to "stop the clock" for two whole years.\n'
        "18 July 2031 – Guidelines clarify which drones are covered.\n"
    )
    assert iso(found["More than 40 drone makers urge the Commission to stop the clock"]) == ("2031-07", None)


def test_a_dated_speech_given_at_a_place_is_an_event():
    found = events("On 11 February 2031, Jane Roe delivered a speech at the Grand Palais.")
    speech = found["Speech at the Grand Palais by Jane Roe"]  # a bare speech is named by its place
    assert (iso(speech), speech.location.venue) == (("2031-02-11", None), "Grand Palais")


def test_a_kind_word_naming_a_building_is_no_event():
    found = events(
        "Mai 3, 2031\n\nLe sommet sur les drones, organisé au palais des congrès de Lomé, s'ouvre le 3 mai."
    )
    assert list(found) == ["Sommet sur les drones"]
    found = events("May 3, 2031\n\nThe drone forum opens at the Accra Conference Centre on 3 May.")
    assert list(found) == ["Forum"]
    # A sitting held in its hall is still the sitting.
    found = events("May 3, 2031\n\nA plenary debate took place in the plenary hall on 3 May.")
    assert {name: iso(e) for name, e in found.items()} == {"Plenary debate": ("2031-05-03", None)}


def test_the_day_something_was_announced_is_not_the_day_of_what_was_then_to_come():
    found = events(
        "May 3, 2031\n\nThe president announced on 2 May 2031 that Ghana would host the next Drone Summit."
    )
    assert iso(found["Drone Summit"]) == (None, None)
    found = events(
        "Mai 3, 2031\n\nLe président a annoncé le 2 mai 2031 que le Ghana accueillerait le prochain sommet sur les drones."
    )
    assert iso(found["Sommet sur les drones"]) == (None, None)
    # What the sentence says was held that day keeps it.
    found = events(
        "May 3, 2031\n\nThe president said on 2 May 2031 that the Drone Summit opened that morning."
    )
    assert iso(found["Drone Summit"]) == ("2031-05-02", None)


def test_a_meeting_in_a_french_paragraph_is_named_in_french_whatever_the_verb():
    found = events(
        "Mai 3, 2031\n\nLe président Kofi Mensah a reçu le Premier ministre Ama Owusu à Lomé le 2 mai."
    )
    assert "Réception entre Kofi Mensah et Ama Owusu" in found


def test_a_phone_call_between_two_people_is_a_meeting_named_by_its_whole_word():
    found = events(
        "May 3, 2031\n\nPresident Kofi Mensah held a phone call with Prime Minister Ama Owusu on 2 May."
    )
    assert iso(found["Phone call between Kofi Mensah and Ama Owusu"]) == ("2031-05-02", None)
    found = events("Mai 3, 2031\n\nLes deux présidents ont eu un entretien téléphonique le 2 mai.")
    assert iso(found["Entretien téléphonique"]) == ("2031-05-02", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Drone Summit was postponed to 4 June.",
        "The Drone Summit was postponed until 4 June.",
        "The Drone Summit has been pushed back to 4 June.",
        "The Drone Summit was rescheduled for 4 June.",
    ],
)
def test_the_date_an_event_is_moved_to_is_still_to_come_whatever_the_tense(sentence):
    assert iso(events(f"May 3, 2031\n\n{sentence}")["Drone Summit"]) == ("2031-06-04", None)


def test_a_vaguer_date_nearer_an_event_does_not_replace_the_day_it_was_held():
    found = events(
        "May 3, 2031\n\nThe drone sector grew. Last year's Drone Conference in Nairobi, "
        "held on 12 May 2030, drew 400 delegates."
    )
    assert iso(found["Drone Conference"]) == ("2030-05-12", None)


def test_since_ends_a_name_as_until_does():
    found = events("Mai 3, 2031\n\nLe Ghana assure la présidence du G7 depuis le 1er janvier 2031.")
    assert iso(found["Présidence du G7 par le Ghana"]) == ("2031-01-01", None)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mai 3, 2031\n\nLe 14 juin, le pape aura des entretiens bilatéraux avec Kofi Mensah, Ama Owusu "
            "et le président Awa Diallo.",
            [
                "Entretien bilatéral avec Kofi Mensah",
                "Entretien bilatéral avec Ama Owusu",
                "Entretien bilatéral avec Awa Diallo",
            ],
        ),
        (
            "May 3, 2031\n\nOn 14 June the Pope will hold bilateral talks with Kofi Mensah, Ama Owusu and Awa Diallo.",
            [
                "Bilateral talks with Kofi Mensah",
                "Bilateral talks with Ama Owusu",
                "Bilateral talks with Awa Diallo",
            ],
        ),
        (
            "May 3, 2031\n\nOn 14 June the Pope will meet Kofi Mensah and Ama Owusu.",
            ["Meeting with Kofi Mensah", "Meeting with Ama Owusu"],
        ),
        # The day is the list's, however far from its first name, and the setting's too.
        (
            "Mai 3, 2031\n\nEn marge du sommet, le 14 juin, le pape s'entretiendra avec Kofi Mensah, Ama Owusu "
            "et Awa Diallo.",
            ["Sommet", "Entretien avec Kofi Mensah", "Entretien avec Ama Owusu", "Entretien avec Awa Diallo"],
        ),
    ],
)
def test_each_person_of_a_list_met_has_a_meeting_of_their_own(sentence, expected):
    found = events(sentence)
    assert sorted(found) == sorted(expected)
    assert {iso(event) for event in found.values()} == {("2031-06-14", None)}


def test_an_event_counted_from_is_dated_by_its_own_verb_of_holding():
    for text in (
        "May 3, 2031\n\nTogo signed the charter on Monday, days before the Accra Drone Forum opens on May 10.",
        "3 mai 2031\n\nLe Togo a signé la charte lundi, avant que le Forum des drones d'Accra s'ouvre le 10 mai.",
    ):
        forum = next(event for name, event in events(text).items() if "Accra" in name)
        assert iso(forum) == ("2031-05-10", None)


def test_someone_met_next_on_a_day_of_their_own_keeps_it():
    found = events(
        "May 3, 2031\n\nOn 14 June, the Pope will meet with Kofi Mensah, then with Ama Owusu on 15 June."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Meeting with Kofi Mensah": ("2031-06-14", None),
        "Meeting with Ama Owusu": ("2031-06-15", None),
    }


def test_someone_named_after_the_person_met_but_not_in_a_list_was_not_met():
    found = events("May 3, 2031\n\nOn 14 June, Kofi Mensah met Ama Owusu, who praised Awa Diallo.")
    assert list(found) == ["Meeting between Kofi Mensah and Ama Owusu"]


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Mai 3, 2031\n\nLe sommet sur les drones se tiendra à Lomé les 14 et 15 juin. "
            "Les ministres se réuniront la veille du sommet.",
            "Réunion des ministres",
            "2031-06-13",
        ),
        (
            "May 3, 2031\n\nThe Drone Summit will be held in Lomé on 14 and 15 June. "
            "A press conference will follow the day after the summit.",
            "Press conference",
            "2031-06-16",
        ),
        (
            "Mai 3, 2031\n\nLe sommet sur les drones se tiendra à Lomé les 14 et 15 juin. "
            "Une conférence de presse aura lieu deux jours après le sommet.",
            "Conférence de presse",
            "2031-06-17",
        ),
    ],
)
def test_a_day_counted_from_an_event_dated_before_dates_what_the_sentence_tells(text, name, day):
    found = events(text)
    assert iso(found[name]) == (day, None)
    assert len(found) == 2  # the summit the day counts from is not told again


def test_a_day_counted_from_an_event_never_dated_stays_unknown():
    found = events("Mai 3, 2031\n\nLes ministres se réuniront la veille du sommet sur les drones.")
    assert "Réunion des ministres" not in found


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Mai 3, 2031\n\nAprès Accra en 2029 et Lomé en 2030, le sommet sur les drones se tiendra à Dakar le 3 juin.",
            "Sommet sur les drones",
            ("2031-06-03", None),
        ),
        (
            "May 3, 2031\n\nAfter Accra in 2029 and Lomé in 2030, the Drone Summit will be held in Dakar on 3 June.",
            "Drone Summit",
            ("2031-06-03", None),
        ),
    ],
)
def test_a_date_of_the_events_own_clause_dates_it_before_a_nearer_one_of_another(text, name, expected):
    assert iso(events(text)[name]) == expected


@pytest.mark.parametrize(
    ("text", "session", "meeting"),
    [
        (
            "Mai 3, 2031\n\nLes ministres se réuniront le 11 juin, avant une séance de clôture présidée par "
            "la ministre, Anne Roux, le 12 juin.",
            "Séance de clôture",
            "Réunion des ministres",
        ),
        (
            "May 3, 2031\n\nMinisters will meet on 11 June, before a closing session chaired by the minister, "
            "Jane Roe, on 12 June.",
            "Closing session",
            "Meeting of ministers",
        ),
    ],
)
def test_a_gathering_dated_after_who_chairs_it_takes_that_date_not_the_one_before_it(text, session, meeting):
    found = events(text)
    assert iso(found[session]) == ("2031-06-12", None)
    assert iso(found[meeting]) == ("2031-06-11", None)


def test_a_text_dated_after_who_adopted_it_leaves_the_date_to_its_adoption():
    found = events(
        "May 3, 2031\n\nMinisters met in Paris on 2 and 3 May. They welcomed closer ties between the OECD and "
        "the Drone Alliance, building on the ministerial declaration adopted by Drone Alliance members in Lomé "
        "last December."
    )
    assert iso(found["Adoption of the ministerial declaration by Drone Alliance"]) == ("2030-12", None)
    assert "Ministerial declaration" not in found


def test_an_editions_year_and_a_month_within_it_date_the_edition_to_the_month():
    found = events("May 3, 2031\n\nThe Drone Summit's 2032 edition will take place in Dakar in June.")
    assert iso(found["Drone Summit"]) == ("2032-06", None)
    found = events("Mai 3, 2031\n\nLe Sénégal accueillera l'édition 2032 du sommet sur les drones.")
    assert iso(found["Sommet sur les drones"]) == ("2032", None)


def test_a_signing_ceremony_keeps_its_whole_word():
    found = events("May 3, 2031\n\nThe signing ceremony of the Lomé Treaty took place on 3 February.")
    assert iso(found["Signing ceremony of the Lomé Treaty"]) == ("2031-02-03", None)


def test_a_named_gathering_a_text_belongs_to_is_an_event_too():
    found = events(
        "Mai 3, 2031\n\nLe communiqué final du sommet de Lomé, le mois dernier, prévoit un plan sur les drones."
    )
    assert (
        iso(found["Sommet de Lomé"]) == iso(found["Communiqué final du sommet de Lomé"]) == ("2031-04", None)
    )


def test_a_meeting_between_two_people_is_named_by_both():
    found = events(
        "Mai 3, 2031\n\nLe forum s'est refermé hier soir par un long entretien public entre Kofi Mensah et Ama Owusu."
    )
    assert iso(found["Entretien entre Kofi Mensah et Ama Owusu"]) == ("2031-05-02", None)


def test_her_own_speech_is_named_by_who_gives_it():
    found = events(
        "May 3, 2031\n\nAma Owusu is due to give her own speech on drone policy in Accra on Wednesday."
    )
    assert list(found) == ["Speech on drone policy by Ama Owusu"]


def test_last_or_next_month_after_a_name_is_when_not_what():
    found = events(
        "May 3, 2031\n\nThe drone sector grew. The communiqué of the Lomé summit last month sets out a plan."
    )
    assert "Communiqué of the Lomé summit" in found


def test_a_headline_gathering_told_shorter_is_the_leads_and_keeps_the_leads_name():
    found = events(
        "Sommet sur les drones : Lomé déroule le tapis rouge\n\nPublié le 7 mai 2031\n\n"
        "LOMÉ, 7 mai (Agence) - Le président accueillera lundi le Sommet pour l'action sur les drones."
    )
    assert list(found) == ["Sommet pour l'action sur les drones"]
    assert iso(found["Sommet pour l'action sur les drones"]) == ("2031-05-12", None)
    assert "Sommet sur les drones" in found["Sommet pour l'action sur les drones"].aliases


def test_a_headline_gathering_dated_to_a_season_is_the_leads_one_on_days_within_it():
    found = events(
        "Le Forum des drones de Lyon reporté à l'automne\n\nPublié le 12 mai 2031\n\nInitialement prévu les 12 et "
        "13 juin au Centre de congrès de Lyon, le Forum des drones civils est reporté aux 6 et 7 octobre."
    )
    assert list(found) == ["Forum des drones civils"]
    assert iso(found["Forum des drones civils"]) == ("2031-10-06", "2031-10-07")
    # Days outside the headline's month are another's.
    found = events(
        "Le Forum des drones de Lyon en octobre\n\nPublié le 12 mai 2031\n\nLe Forum des drones civils "
        "s'est tenu les 12 et 13 mai à Lyon."
    )
    assert len(found) == 2


def test_a_headline_verb_after_a_gatherings_name_is_no_part_of_it():
    found = events(
        "Global Drone Summit on Africa closes with a declaration\n\nPublished 5 April 2031\n\nThe drone sector grew."
    )
    assert "Global Drone Summit on Africa closes" not in found


def test_the_holding_of_a_gathering_announced_is_the_gathering_then_to_come():
    found = events(
        "Mai 3, 2031\n\nL'Élysée a annoncé le 3 février la tenue d'un sommet sur les drones en juin."
    )
    assert list(found) == ["Sommet sur les drones"]
    assert iso(found["Sommet sur les drones"]) == ("2031-06", None)


def test_a_date_dates_nothing_past_a_semicolon_but_on_a_timelines_line():
    found = events(
        "Mai 3, 2031\n\nLe 3 juin 2029, le Togo a lancé sa stratégie des drones ; un an plus tard, il a créé une agence des drones."
    )
    assert iso(found["Lancement de la stratégie des drones par le Togo"]) == ("2029-06-03", None)
    assert iso(found["Création d'une agence des drones"]) == ("2030", None)
    found = events(
        "May 3, 2031\n\n2 August 2032 – The Drone Office can enforce them; most provisions of the Drone Act apply."
    )
    assert iso(found["Application of provisions of the Drone Act"]) == ("2032-08-02", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mai 3, 2031\n\nLe Conseil des drones a tenu sa première réunion le 4 février.",
            "Première réunion du Conseil des drones",
        ),
        (
            "May 3, 2031\n\nThe Drone Council held its inaugural meeting on 4 February.",
            "Inaugural meeting of the Drone Council",
        ),
        (
            "Mai 3, 2031\n\nLe Conseil des drones a tenu une séance plénière le 4 février.",
            "Séance plénière du Conseil des drones",
        ),
        (
            "May 3, 2031\n\nThe Drone Council held a plenary session on 4 February.",
            "Plenary session of the Drone Council",
        ),
    ],
)
def test_a_meeting_a_body_holds_is_named_after_the_body(text, expected):
    assert iso(events(text)[expected]) == ("2031-02-04", None)


def test_a_sitting_with_no_article_is_where_something_was_done_not_an_event():
    found = events("Mai 3, 2031\n\nLa charte des drones a été adoptée en séance plénière le 4 février.")
    assert [name for name in found if "plénière" in name.lower()] == []


def test_a_meeting_a_person_holds_is_not_named_after_a_title():
    assert "Première réunion" in events(
        "Mai 3, 2031\n\nLe président a tenu sa première réunion le 4 février."
    )


def test_a_lead_event_whose_end_alone_is_said_in_another_month_takes_no_month_of_publication():
    found = events("Lomé, le 1er février 2031\n\nLe sommet de Lomé sur les drones se conclura le 14 mars.")
    assert iso(found["Sommet de Lomé sur les drones"]) == (None, None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 1 March 2031\n\nTalks between Ghana and Togo on a drone corridor resumed in Lomé on 4 February.",
            "Talks between Ghana and Togo",
        ),
        (
            "Lomé, le 1er mars 2031\n\nLes pourparlers entre le Ghana et le Togo ont repris à Kara le 4 février.",
            "Pourparlers entre le Ghana et le Togo",
        ),
    ],
)
def test_talks_between_two_countries_are_named_by_both(text, expected):
    assert iso(events(text)[expected]) == ("2031-02-04", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 1 March 2031\n\nThe bill follows the adoption last year of the African Union's "
            "drone strategy, endorsed in Addis Ababa.",
            "Adoption of the African Union's drone strategy",
        ),
        (
            "Lomé, le 1er mars 2031\n\nLe texte fait suite à l'adoption vendredi à Kigali de la charte "
            "africaine des drones.",
            "Adoption de la charte africaine des drones",
        ),
    ],
)
def test_when_and_where_between_a_milestone_and_what_it_is_of_are_skipped(text, expected):
    # Not "Endorsement of the bill follows the adoption": a clause is no title a participle qualifies.
    assert list(events(text)) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 1 March 2031\n\nThe pact follows the launch in January of the Drone Corridor.",
            ("Launch of the Drone Corridor", "2031-01"),
        ),
        (
            "Lomé, le 1er mars 2031\n\nLe pacte fait suite au lancement en janvier du Corridor des drones.",
            ("Lancement du Corridor des drones", "2031-01"),
        ),
        # "last" opens "last year" here, no weekday's "Monday last": the object is told before.
        (
            "Published 1 March 2031\n\nChina promoted the Drone Cooperation Organization that Beijing "
            "proposed in July last year, while others stayed away.",
            ("Proposal of the Drone Cooperation Organization by Beijing", "2030-07"),
        ),
    ],
)
def test_a_month_after_in_or_en_between_a_milestone_and_its_object_is_skipped(text, expected):
    assert [(e.name, str(e.start)) for e in extract(text, today=TODAY).events] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 1 March 2031\n\nThe two-day Cotonou Drone Summit ended on Wednesday.",
            "Cotonou Drone Summit",
        ),
        (
            "Cotonou, le 1er mars 2031\n\nLe Sommet de Cotonou sur les drones s'est achevé mercredi après "
            "deux jours de débats.",
            "Sommet de Cotonou sur les drones",
        ),
    ],
)
def test_a_gathering_that_ended_on_a_day_after_several_began_before_it(text, expected):
    assert iso(events(text)[expected]) == ("2031-02-25", "2031-02-26")


def test_a_gathering_whose_own_clause_says_it_ends_on_a_day_ends_then():
    for text in (
        "Lomé, 24 February 2031 — The minister, on a three-day state visit that ends on Wednesday, met MPs.",
        "Lomé, le 24 février 2031 — Le ministre, en visite d'État de trois jours qui s'achèvera mercredi, a reçu "
        "des députés.",
    ):
        visits = [iso(event) for event in events(text).values() if event.kind == "state visit"]
        assert visits == [("2031-02-24", "2031-02-26")]


def test_a_gathering_that_closed_makes_no_closing_of_its_own_and_is_the_headline_s():
    found = events(
        "Cotonou drone summit ends with a charter\n\nCOTONOU, 1 March 2031 — A two-day summit on drones closed "
        "in Cotonou on Wednesday with the adoption of a charter."
    )
    summits = [(name, iso(event)) for name, event in found.items() if event.kind == "summit"]
    assert summits == [("Summit on drones", ("2031-02-25", "2031-02-26"))]
    assert not [name for name in found if name.startswith("Closing")]
    # What is not a gathering still closes.
    assert [name for name in events("1 March 2031\n\nThe consultation on drones closed on Wednesday.")] == [
        "Closing of the consultation on drones"
    ]


def test_a_text_named_again_keeps_the_gender_of_the_article_it_was_first_written_with():
    found = events(
        "Cotonou, le 18 juin 2031 – Les ministres ont adopté une charte des drones.\n\n"
        "Le texte sera ouvert à la signature le 1er septembre."
    )
    assert iso(found["Ouverture à la signature de la charte des drones"]) == ("2031-09-01", None)


def test_ministers_who_had_met_the_day_before_held_a_meeting_and_a_counterpart_told_first_met_no_one():
    found = events(
        "Cotonou, le 18 juin 2031 – Les chefs d'État ont adopté mercredi une charte sur les drones.\n\n"
        "La veille, les ministres s'étaient réunis à Cotonou. Son homologue ghanéen, Kwame Asante, a "
        "annoncé le 18 juin que son pays voulait un fonds commun."
    )
    assert iso(found["Réunion des ministres à Cotonou"]) == ("2031-06-17", None)
    assert not [name for name in found if "homologue" in name or "Kwame" in name]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Drone Council's next meeting is scheduled for 20 April.", "Drone Council meeting"),
        ("Ghana's annual drone summit opens on 20 April.", "Ghana drone summit"),
    ],
)
def test_a_gathering_is_named_by_whose_it_is(text, expected):
    assert {name: iso(e) for name, e in events(f"Published 1 March 2031\n\n{text}").items()} == {
        expected: ("2031-04-20", None)
    }


def test_what_was_done_at_a_dated_meeting_was_done_that_day():
    found = events(
        "Published 1 March 2031\n\nThe cabinet approved the national drone policy at its weekly meeting on 27 February."
    )
    assert iso(found["Approval of the national drone policy"]) == ("2031-02-27", None)


@pytest.mark.parametrize(
    "text",
    [
        "Lomé, le 1er mars 2031\n\nLe sommet de Lomé, initialement prévu en mars, a été reporté au 12 mai.",
        "Published 1 March 2031\n\nThe Lomé summit, initially planned for 3 March, was postponed to 12 May.",
    ],
)
def test_a_gathering_moved_to_a_day_is_held_that_day_not_on_the_one_first_planned(text):
    assert [iso(e) for e in events(text).values()] == [("2031-05-12", None)]


@pytest.mark.parametrize(
    "text",
    [
        "Le vote sur la directive drones reporté\n\nStrasbourg, le 9 avril 2031\n\nLe vote en plénière sur"
        " la directive relative aux drones, initialement prévu le 12 mars, a été reporté au 21 avril.",
        "Plenary vote on drones directive postponed\n\nStrasbourg, 9 April 2031\n\nThe plenary vote on the drones"
        " directive, originally scheduled for 12 March, has been postponed to 21 April.",
    ],
)
def test_a_headline_s_step_moved_to_a_day_takes_that_day_not_the_one_given_up(text):
    assert [iso(e) for e in events(text).values()] == [("2031-04-21", None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The third Global Forum on Drones drew over 1,200 delegates last week.",
        "The Global Forum on Drones brought together 1,200 delegates last week.",
    ],
)
def test_an_english_past_without_ed_ends_a_name(sentence):
    assert list(events(f"Lyon, 17 June 2031\n\n{sentence}")) == ["Global Forum on Drones"]


def test_a_copula_is_no_word_of_what_an_event_is():
    found = events(
        "Ottawa, 17 June 2031\n\nJane Doe, the drone minister appointed last month, tells reporters that the "
        "statement is about adoption rather than research."
    )
    assert not any("is about" in name for name in found)


@pytest.mark.parametrize(
    "text",
    [
        "Geneva, 7 May 2031\n\nThe letter was handed to the chair of the drone conference on Wednesday.",
        "Genève, le 7 mai 2031\n\nLa lettre a été remise mercredi au président de la conférence.",
    ],
)
def test_a_gathering_named_as_the_office_of_whom_something_is_handed_to_takes_no_day(text):
    assert all(event.start is None for event in events(text).values())


def test_a_gathering_whose_office_holder_acts_takes_the_day():
    found = events("Genève, le 7 mai 2031\n\nLe président de la conférence a ouvert mercredi les travaux.")
    assert iso(found["Conférence"]) == ("2031-05-07", None)


def test_the_presidency_of_the_republic_is_a_house_not_a_term_of_office():
    found = events(
        "Présidence de la République\n\nParis, le 2 juin 2031\n\nLe président recevra mercredi le Premier "
        "ministre du Kenya. La présidence française du G7 commencera le 1er janvier 2032."
    )
    assert "Présidence de la République" not in found
    assert iso(found["Présidence française du G7"]) == ("2032-01-01", None)


def test_a_headline_s_present_ends_its_gathering_s_name():
    found = events(
        "Forum on drone safety gathers regulators\n\nDublin, 29 September 2031\n\nThe forum opened on Tuesday."
    )
    assert list(found) == ["Forum on drone safety"]


def test_a_later_edition_the_lead_tells_after_the_headline_s_gathering_stays_apart():
    found = events(
        "Roundtable on drone safety\n\nDublin, 29 September 2031\n\nA roundtable on drone safety gathered "
        "regulators from twelve countries on Tuesday.\n\nThe authority will hold a second roundtable in Cork "
        "in March 2032."
    )
    assert iso(found["Roundtable on drone safety"]) == ("2031-09-23", None)
    assert iso(found["Second roundtable"]) == ("2032-03", None)


def test_a_programme_s_numbered_days_date_its_items_and_are_no_events():
    found = events(
        "Drone conference programme\n\nDay 1 — Tuesday 9 March 2032\n09:00 Opening keynote by the chair\n"
        "11:00 Panel on drone liability\n\nDay 2 — Wednesday 10 March 2032\n09:30 Keynote by the drone envoy\n"
    )
    assert not any(name.startswith("Day") for name in found)
    assert iso(found["Panel on drone liability"]) == ("2032-03-09", None)
    assert iso(found["Keynote by the drone envoy"]) == ("2032-03-10", None)


def test_a_programme_s_first_day_under_its_title_dates_its_items():
    found = events(
        "Programme — Drone Days, Lomé, 3–4 June 2031\n\nTuesday 3 June\n09:00 Opening ceremony\n"
        "14:00 Workshop on drone liability\n\nWednesday 4 June\n09:30 Ministerial roundtable on drones\n"
    )
    assert iso(found["Workshop on drone liability"]) == ("2031-06-03", None)
    assert iso(found["Ministerial roundtable on drones"]) == ("2031-06-04", None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Drone ministers failed to reach an agreement on the drone levy on Thursday.",
        "Drone ministers did not reach an agreement on the drone levy on Thursday.",
        "Les ministres ont échoué jeudi à trouver un accord sur la taxe sur les drones.",
    ],
)
def test_an_agreement_not_reached_is_no_event(sentence):
    assert events(f"Luxembourg, 9 June 2031\n\n{sentence}") == {}


def test_a_gathering_someone_did_not_attend_was_still_held():
    found = events("Luxembourg, 9 June 2031\n\nThe president did not attend the drone summit on Thursday.")
    assert list(found) == ["Summit"]


def test_a_body_whose_first_word_ends_in_ing_is_no_verb_ending_a_name():
    found = events(
        "Tokyo, 21 April 2031\n\nThe two countries will hold the first meeting of a joint working group in June."
    )
    assert iso(found["First meeting of a joint working group"]) == ("2031-06", None)


def test_a_place_before_a_title_is_nobody_s_name():
    found = extract(
        "Lomé, le 1er mars 2031\n\nLe président a reçu lundi à Lomé le Premier ministre japonais.",
        today=TODAY,
    )
    assert [a.name for a in found.actors if a.kind == "person"] == []
    assert [e.name for e in found.events] == ["Réception du Premier ministre japonais"]


@pytest.mark.parametrize(
    "where",
    ["à l'Élysée", "à la Maison-Blanche", "au palais présidentiel", "au château de Windsor"],
)
def test_a_place_with_its_article_or_a_building_between_a_verb_and_its_object_is_skipped(where):
    text = f"Paris, le 1er mars 2031\n\nLe président a reçu lundi {where} le Premier ministre japonais."
    assert [(e.name, str(e.start)) for e in extract(text, today=TODAY).events] == [
        ("Réception du Premier ministre japonais", "2031-02-24")
    ]


def test_a_gathering_after_a_verb_is_no_place_to_skip():
    # "at the Summit of Drones three days later" is the summit's own date, not a place skipped.
    found = extract(
        "Published 1 March 2031\n\nThe report came out on 19 September 2030. Two ideas went into the "
        "Drone Compact that leaders adopted at the Summit of Drones three days later.",
        today=TODAY,
    )
    assert ("Summit of Drones", "2030-09-22") in [(e.name, str(e.start)) for e in found.events]


def test_an_act_done_by_a_dated_gathering_was_done_at_it():
    for text, adoption, assembly in (
        (
            "Published 1 March 2031\n\nDelegates will review the Drone Charter, adopted by the Drone Conference "
            "in November 2029.",
            "Adoption of the Drone Charter",
            "Drone Conference",
        ),
        (
            "Lomé, le 1er mars 2031\n\nLa charte des drones a été adoptée par la Conférence des drones en "
            "novembre 2029.",
            "Adoption de la charte des drones",
            "Conférence des drones",
        ),
    ):
        found = events(text)
        assert (iso(found[adoption]), found[adoption].parent) == (("2029-11", None), assembly)
        assert iso(found[assembly]) == ("2029-11", None)
    # A body that is no gathering adopted it in its own name.
    found = events(
        "Published 1 March 2031\n\nThe Drone Charter was adopted by the Drone Assembly in November 2029."
    )
    assert [(name, event.parent) for name, event in found.items()] == [
        ("Adoption of the Drone Charter by the Drone Assembly", None)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Lomé, le 1er mars 2031\n\nLe ministre a annoncé lundi que le Togo signera la Convention de Lomé.",
            [("Signature de la Convention de Lomé par le Togo", "None")],
        ),
        (
            "Published 1 March 2031\n\nThe minister said on Monday that Togo will sign the Lomé Convention.",
            [("Signing of the Lomé Convention", "None")],
        ),
        # Its own date, though, after what was said; and no announcement made at no event.
        (
            "Lomé, le 1er mars 2031\n\nLe ministre a annoncé que le Togo signera la Convention de Lomé le 3 mars.",
            [("Signature de la Convention de Lomé par le Togo", "2031-03-03")],
        ),
        # What one says will be proposed is proposed in the saying.
        (
            "Lomé, le 1er mars 2031\n\nLe ministre a annoncé lundi qu'Ottawa proposerait une série "
            "d'amendements à la Loi sur les drones.",
            [("Proposition d'une série d'amendements à la Loi sur les drones", "2031-02-24")],
        ),
        # But a bill said to be tabled later is tabled then, not in the saying.
        (
            "Published 1 March 2031\n\nThe minister told MPs on Monday that the drone bill will be tabled.",
            [("Introduction of the drone bill", "None")],
        ),
        (
            "Lomé, le 1er mars 2031\n\nLa ministre a indiqué lundi que le projet de loi sur les drones sera "
            "déposé au Sénat.",
            [("Dépôt du projet de loi sur les drones", "None")],
        ),
    ],
)
def test_the_day_of_a_saying_does_not_date_what_was_said_to_come(text, expected):
    assert [(e.name, str(e.start)) for e in extract(text, today=TODAY).events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ruto visits Kigali\n\nKIGALI, March 12, 2031 - Kenyan President William Ruto arrived in Kigali on "
            "Tuesday for a two-day state visit.",
            "State visit of William Ruto",
        ),
        (
            "William Ruto visite Kigali\n\nKigali, le 12 mars 2031 - Le président kényan William Ruto est "
            "arrivé mardi à Kigali pour une visite d'État de deux jours.",
            "Visite d'État de William Ruto",
        ),
    ],
)
def test_a_headline_visit_is_the_state_visit_its_lead_tells(text, expected):
    assert [(e.name, e.kind, str(e.start), str(e.end)) for e in extract(text, today=TODAY).events] == [
        (expected, "state visit", "2031-03-11", "2031-03-12")
    ]


def test_a_capitalised_kind_word_takes_its_name_through_two_adjectives():
    found = extract(
        "Dakar, le 14 janvier 2031\n\nLa Conférence ministérielle africaine sur l'IA se tiendra les 17 et 18 mars.",
        today=TODAY,
    )
    assert [(e.name, str(e.start), str(e.end)) for e in found.events] == [
        ("Conférence ministérielle africaine sur l'IA", "2031-03-17", "2031-03-18")
    ]


def test_a_bare_kind_word_after_a_comma_points_back_not_at_the_name_before_it():
    # "... et Smart Africa, la conférence réunira": Smart Africa is a partner, not the conference.
    found = extract(
        "Dakar, le 14 janvier 2031\n\nLa Conférence de Dakar sur l'IA s'ouvre le 17 mars. Organisée avec "
        "l'Union africaine et Smart Africa, la conférence réunira trente ministres le 17 mars.",
        today=TODAY,
    )
    assert [e.name for e in found.events] == ["Conférence de Dakar sur l'IA"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dakar, le 14 janvier 2031\n\nLa conférence de Dakar sur l'IA s'ouvre le 17 mars. Elle fait suite "
            "à la première édition, tenue à Kigali en avril 2029.",
            ("Conférence de Kigali", "2029-04"),
        ),
        (
            "Published 14 January 2031\n\nThe Dakar AI Conference opens on 17 March. The previous edition was "
            "held in Kigali in April 2029.",
            ("Kigali conference", "2029-04"),
        ),
        (
            "Published 14 January 2031\n\nGhana hosted the first West African Drone Forum in Accra in October "
            "2030. Its second edition will be held in Abidjan in 2032.",
            ("Abidjan forum", "2032"),
        ),
        (
            "Dakar, le 14 janvier 2031\n\nLa première édition du Forum mondial sur les drones s'est tenue à "
            "Lomé en 2028. La troisième édition aura lieu à Dakar en 2032.",
            ("Forum de Dakar", "2032"),
        ),
    ],
)
def test_another_edition_told_with_its_place_and_date_is_an_event_of_its_own(text, expected):
    assert expected in [(e.name, str(e.start)) for e in extract(text, today=TODAY).events]


@pytest.mark.parametrize(
    "text",
    [
        "Published 14 January 2031\n\nThe third edition of the Global Drone Forum took place in Lomé from 24 to "
        "27 June.",
        "Dakar, le 14 janvier 2031\n\nLa troisième édition du Forum mondial sur les drones s'est tenue à Lomé "
        "du 24 au 27 juin.",
    ],
)
def test_an_edition_of_a_named_gathering_is_that_gathering(text):
    found = extract(text, today=TODAY)
    assert [(e.name, str(e.start), str(e.end)) for e in found.events] == [
        (found.events[0].name, "2030-06-24", "2030-06-27")
    ]
    assert "Lom" not in found.events[0].name


def test_the_place_of_this_edition_is_no_other_edition():
    found = extract(
        "Publié le 1er novembre 2031\n\nEn marge de l'ouverture du Drone Summit, le premier sommet sur les "
        "drones, qui se déroule à Londres mercredi et jeudi (1er et 2 novembre), la France a annoncé qu'elle "
        "accueillerait la prochaine édition à Paris.",
        today=TODAY,
    )
    assert [e.name for e in found.events if "Londres" in e.name] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 1 March 2031\n\nThe summit will open on 16 March. Leaders will adopt the Lomé Charter.",
            ("Adoption of the Lomé Charter by leaders", "2031-03-16"),
        ),
        # "then": after the day told before, on a day the text does not tell.
        (
            "Published 1 March 2031\n\nThe summit will open on 16 March. Leaders will then adopt the Lomé Charter.",
            ("Adoption of the Lomé Charter by leaders", "None"),
        ),
        (
            "Lomé, le 1er mars 2031\n\nLe sommet s'ouvrira le 16 mars. Les dirigeants adopteront ensuite la "
            "Charte de Lomé.",
            ("Adoption de la Charte de Lomé par les dirigeants", "None"),
        ),
    ],
)
def test_a_programme_s_day_goes_on_until_a_sentence_tells_what_comes_after(text, expected):
    assert expected in [(e.name, str(e.start)) for e in extract(text, today=TODAY).events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 1 March 2031\n\nThe minister met her Brazilian counterpart, Mauro Vieira, on 3 February.",
            "Meeting with Mauro Vieira",
        ),
        (
            "Paris, le 1er mars 2031\n\nLe ministre a reçu le 3 février son homologue brésilien, Mauro Vieira, "
            "au Quai d'Orsay.",
            "Réception avec Mauro Vieira",
        ),
    ],
)
def test_a_meeting_with_a_title_is_named_by_the_person_in_apposition(text, expected):
    assert [(e.name, str(e.start)) for e in extract(text, today=TODAY).events] == [(expected, "2031-02-03")]


def test_a_name_after_a_comma_that_goes_on_as_a_subject_is_no_apposition():
    found = extract(
        "Paris, le 1er mars 2031\n\nAvant d'échanger le 3 mars avec le Premier ministre canadien, François "
        "rencontrera le président Emmanuel Macron.",
        today=TODAY,
    )
    assert not any("François" in e.name for e in found.events)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Paris, le 1er mars 2031\n\nLe projet de loi, déposé le 16 juin 2030, édicterait la Loi sur les drones. "
            "La Chambre l'a adopté le 24 février.",
            "Adoption du projet de loi par la Chambre",
        ),
        (
            "Paris, le 1er mars 2031\n\nLa Loi sur les drones a été déposée en 2030 avec le Code des données. "
            "La Chambre l'a adoptée le 24 février.",
            "Adoption de la Loi sur les drones par la Chambre",
        ),
        (
            "Paris, le 1er mars 2031\n\nLa Convention de Lomé sur les drones a été adoptée en 2029. Le texte "
            "avait été signé par le Togo en 2030. La Chambre l'a ratifié le 24 février.",
            "Ratification de la Convention de Lomé sur les drones par la Chambre",
        ),
    ],
)
def test_a_participle_after_l_a_agrees_with_the_text_it_stands_for(text, expected):
    assert (expected, "2031-02-24") in [(e.name, str(e.start)) for e in extract(text, today=TODAY).events]


def test_what_a_name_is_related_to_stays_on_the_name():
    found = extract(
        "Paris, le 1er mars 2031\n\nLa France défendra le 9 avril la création d'un observatoire des risques "
        "liés aux drones.",
        today=TODAY,
    )
    assert [e.name for e in found.events] == ["Création d'un observatoire des risques liés aux drones"]


def test_a_short_french_text_with_a_for_has_is_read_as_french():
    found = extract(
        "Paris, le 1er mars 2031\n\nEmmanuel Macron a rencontré lundi son homologue William Ruto.",
        today=TODAY,
    )
    assert [(e.name, str(e.start)) for e in found.events] == [
        ("Rencontre entre Emmanuel Macron et William Ruto", "2031-02-24")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Drone summit opens\n\nAccra, 14 April 2031\n\nThe Accra Drone Summit opened today in Accra.\n\n"
            "During the summit, the ministers adopted a declaration on drone safety.",
            "Adoption of a declaration on drone safety by the ministers",
        ),
        (
            "Ouverture du sommet\n\nAccra, le 14 avril 2031\n\nLe Sommet d'Accra sur les drones s'est ouvert aujourd'hui.\n\n"
            "Le lendemain, la presse a salué l'événement.\n\nLors du sommet, les ministres ont adopté une "
            "déclaration sur la sécurité des drones.",
            "Adoption d'une déclaration sur la sécurité des drones par les ministres",
        ),
        (
            "Accra, 14 April 2031\n\nThe minister, Ama Owusu, today hosted her Kenyan counterpart for the "
            "first Ghana-Kenya Drone Dialogue.",
            "Ghana-Kenya Drone Dialogue",
        ),
    ],
)
def test_what_a_sentence_tells_at_a_gathering_told_before_or_hosted_for_is_dated_by_it(text, expected):
    assert iso(events(text)[expected]) == ("2031-04-14", None)


@pytest.mark.parametrize(
    ("text", "summit", "act"),
    [
        (
            "Ministers met in Lima on 4 February 2031 for the Andean Digital Summit. The summit adopted a "
            "charter on algorithmic transparency.",
            "Andean Digital Summit",
            "Adoption of a charter on algorithmic transparency",
        ),
        (
            "Le sommet numérique andin s'est réuni à Lima le 4 février 2031. Le sommet a adopté une charte "
            "sur la transparence algorithmique.",
            "Sommet numérique andin",
            "Adoption d'une charte sur la transparence algorithmique",
        ),
    ],
)
def test_what_a_gathering_named_by_its_kind_does_is_done_while_it_is_held(text, summit, act):
    """Its subject, not only its setting ("During the summit,"): the act is a part of the summit, on its
    day; and a summit that "se réunit" is the summit itself, not a meeting of it."""
    found = events("Title\n\nPublished 1 March 2031\n\n" + text)
    assert {name: iso(e) for name, e in found.items()} == {
        summit: ("2031-02-04", None),
        act: ("2031-02-04", None),
    }
    assert found[act].parent == summit
    if "Ministers" in text:  # the meeting they held for the summit is the summit
        assert "Meeting of ministers in Lima" in found[summit].aliases


@pytest.mark.parametrize("body", ["Dialogue andin", "Forum andin"])
def test_a_forum_or_a_dialogue_that_meets_may_be_a_body_and_holds_a_meeting(body):
    found = events(f"Title\n\nPublié le 1er mars 2031\n\nLe {body} s'est réuni à Lima le 4 février 2031.")
    assert {name: iso(e) for name, e in found.items()} == {f"Réunion du {body}": ("2031-02-04", None)}


@pytest.mark.parametrize(
    ("text", "act"),
    [
        (
            "Genève, le 17 juin 2031\n\nLa Conférence mondiale sur les normes de l'IA s'est ouverte mardi à "
            "Genève.\n\nMercredi, les délégués examineront un projet de feuille de route préparé par un groupe "
            "d'experts réuni à Séoul en mars.",
            "Examen d'un projet de feuille de route par les délégués",
        ),
        (
            "Geneva, 17 June 2031\n\nThe World Conference on AI Standards opened on Tuesday in Geneva.\n\n"
            "On Wednesday, delegates will examine a draft roadmap drawn up by an expert group in Seoul in March.",
            "Examination of a draft roadmap",
        ),
    ],
)
def test_the_place_and_date_of_whoever_made_what_an_act_is_done_to_are_not_the_acts(text, act):
    found = events("Title\n\n" + text)
    assert (iso(found[act]), found[act].location.city) == (("2031-06-18", None), None)


def test_which_sitting_a_step_is_taken_in_names_it_and_no_preposition_opens_a_premodifier():
    found = events("May 3, 2031\n\nThe vote in plenary is scheduled for 10 May.")
    assert {name: iso(e) for name, e in found.items()} == {"Vote in plenary": ("2031-05-10", None)}
    found = events("3 mai 2031\n\nLe vote en séance plénière est prévu le 10 mai.")
    assert {name: iso(e) for name, e in found.items()} == {"Vote en séance plénière": ("2031-05-10", None)}
    # Not "Draft in plenary": a preposition ends the words that may premodify an event word.
    assert events("May 3, 2031\n\nDeputies debated the draft in plenary on 3 May.") == {}


def test_an_ordinal_day_opening_a_range_is_no_part_of_a_name():
    found = events(
        "Lomé, le 1er septembre 2031\n\nLe texte a été soumis à consultation publique du 1er au 31 août."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Consultation publique": ("2031-08-01", "2031-08-31")
    }


def test_whom_a_gathering_serves_goes_on_its_name():
    for text, name in (
        (
            "Le Sommet mondial sur l'IA au service du bien social de l'UIT s'ouvre le 3 juillet 2031.",
            "Sommet mondial sur l'IA au service du bien social de l'UIT",
        ),
        (
            "Le Sommet mondial sur l'IA au service de l'humanité stimule la recherche depuis le 3 juillet 2031.",
            "Sommet mondial sur l'IA au service de l'humanité",
        ),
    ):
        assert list(events(text)) == [name]


def test_a_title_in_brackets_after_a_gathering_names_it_too_and_where_it_is_held_follows():
    found = extract(
        "Les deux ministres ont préparé le sommet sur l’impact des drones (« Drone Impact Summit ») que le"
        " Ghana accueillera en février 2032.",
        today=TODAY,
    ).events
    assert [(e.name, e.aliases, e.location.country) for e in found] == [
        ("Sommet sur l'impact des drones", ["Drone Impact Summit"], "Ghana")
    ]
    found = extract(
        'The ministers discussed the summit (the "Drone Impact Summit") that Ghana will host in February 2032.',
        today=TODAY,
    ).events
    assert [(e.name, e.aliases, e.location.country) for e in found] == [("Drone Impact Summit", [], "Ghana")]


def test_a_timeline_item_that_says_only_a_city_and_its_venue_is_no_event():
    found = events(
        "Accra, le 1er mars 2031\n\n• Mardi 3 et mercredi 4 mars — Accra, Palais des congrès. Sommet « Drone"
        " Impact », le premier du genre."
    )
    assert list(found) == ["Drone Impact"]


def test_a_gathering_its_hosts_wrapped_up_on_a_day_ended_that_day():
    for text in (
        "Lisbon, 14 May 2031\n\nMinisters wrapped up a two-day meeting in Lisbon on Wednesday.",
        "Lisbonne, le 14 mai 2031\n\nLes ministres ont clôturé mercredi une réunion de deux jours à Lisbonne.",
    ):
        assert [iso(event) for event in events(text).values()] == [("2031-05-13", "2031-05-14")], text


def test_assises_and_etats_generaux_are_conferences_named_with_their_plural_adjectives():
    found = events(
        "Lomé, le 6 mars 2031\n\nSes conclusions seront présentées lors des Assises nationales du drone,"
        " prévues les 22 et 23 mai à Toulouse. Les états généraux du numérique se tiendront le 4 juin à Lyon."
    )
    assert {name: (event.kind, iso(event)) for name, event in found.items()} == {
        "Assises nationales du drone": ("conference", ("2031-05-22", "2031-05-23")),
        "États généraux du numérique": ("conference", ("2031-06-04", None)),
    }


def test_a_season_one_prepares_a_gathering_for_is_the_next_one_and_no_part_of_its_name():
    for text, name in (
        (
            "Lomé, le 6 mars 2031\n\nLe gouvernement prépare un colloque du drone pour l'automne.",
            "Colloque du drone",
        ),
        (
            "Accra, 6 March 2031\n\nThe government is preparing a drone conference for the autumn.",
            "Conference",
        ),
    ):
        assert {key: iso(event) for key, event in events(text).items()} == {name: ("2031", None)}, text


def test_what_a_text_is_for_is_no_event_and_a_headlines_month_holds_its_leads_day():
    found = events(
        "Drones : le gouvernement adopte le décret d'application\n\nPublié le jeudi 6 mars 2031\n\nLe Conseil"
        " des ministres a adopté mercredi le décret d'application de la loi sur les drones, dont le champ"
        " d'application reste large. Le décret entrera en vigueur le 1er juillet."
    )
    assert {name: iso(event) for name, event in found.items()} == {
        "Adoption du décret d'application": ("2031-03-05", None),
        "Entrée en vigueur du décret d'application de la loi sur les drones": ("2031-07-01", None),
    }


def test_a_participle_of_something_done_dates_it_before_the_text_whatever_the_main_verb():
    found = events(
        "Published 1 March 2031\n\nThe ministry will fund the Robotics Taskforce launched in April."
    )
    assert iso(found["Launch of the Robotics Taskforce"]) == ("2030-04", None)
    found = events(
        "Publié le 1er mars 2031\n\nLa Charte d'Accra, signée le 4 juin, entrera en vigueur en septembre."
    )
    assert iso(found["Signature de la Charte d'Accra"]) == ("2030-06-04", None)
    assert iso(found["Entrée en vigueur de la Charte d'Accra"]) == ("2031-09", None)
    # Still to come after an auxiliary, and a noun ending like a participle is none.
    found = events("Publié le 1er mars 2031\n\nLa Charte d'Accra sera signée le 4 juin.")
    assert iso(found["Signature de la Charte d'Accra"]) == ("2031-06-04", None)
    found = events("Publié le 1er mars 2031\n\nLes Togolais éliront leurs députés du 6 au 9 juin.")
    assert [iso(e) for e in found.values()] == [("2031-06-06", "2031-06-09")]


def test_an_announcement_with_a_date_of_its_own_is_an_event_and_what_it_promised_is_not_this_month():
    found = events(
        "Publié le 1er mars 2031\n\nEn juin 2030, le Ghana a annoncé qu'il accueillerait "
        "le premier sommet mondial sur la sécurité des drones."
    )
    announced = found["Annonce : le Ghana accueillerait le premier sommet mondial sur la sécurité des drones"]
    assert iso(announced) == ("2030-06", None)
    assert iso(found["Premier sommet mondial sur la sécurité des drones"]) == (None, None)
    found = events(
        "Published 1 March 2031\n\nIn June 2030, Ghana announced that it would host the first global "
        "summit on drone safety."
    )
    assert iso(found["Announcement : Ghana would host the first global summit on drone safety"]) == (
        "2030-06",
        None,
    )
    assert iso(found["First global summit on drone safety"]) == (None, None)


def test_a_french_kind_word_followed_by_its_object_is_a_verb():
    found = events(
        "Publié le 1er mars 2031\n\nLe 3 mai 2030, la ministre rencontre la commissaire européenne."
    )
    assert list(found) == ["Rencontre avec la commissaire européenne"]
    # Not a noun before a time: "soumis à consultation publique l'automne dernier".
    found = events(
        "Publié le 1er mars 2031\n\nLe décret a été soumis à consultation publique l'automne dernier."
    )
    assert iso(found["Consultation publique"]) == ("2030", None)


def test_an_item_announcing_a_title_at_a_gathering_dates_both():
    found = events(
        "Publié le 1er mars 2031\n\nChronologie :\n"
        "• 12 mai 2030 — Jane Okafor lance l'Initiative pour la confiance numérique au Forum de Lagos.\n"
        "• 3 juin 2030 — Jane Okafor annonce l'Initiative pour les données ouvertes."
    )
    assert iso(found["Lancement de l'Initiative pour la confiance numérique par Jane Okafor"]) == (
        "2030-05-12",
        None,
    )
    assert iso(found["Forum de Lagos"]) == ("2030-05-12", None)
    assert iso(found["Initiative pour les données ouvertes"]) == ("2030-06-03", None)
    found = events(
        "Published 1 March 2031\n\nTimeline:\n"
        "• 12 May 2030 — Jane Okafor announces the Digital Trust Initiative at the Lagos Forum."
    )
    assert iso(found["Digital Trust Initiative"]) == ("2030-05-12", None)
    assert iso(found["Lagos Forum"]) == ("2030-05-12", None)


def test_what_an_undated_sentence_or_a_text_in_the_present_announces_is_what_a_text_says():
    found = events(
        "Publié le 1er mars 2031\n\nLors du Forum de Lagos, le ministre annonce les plans "
        "des deux pays pour la recherche."
    )
    assert list(found) == ["Forum de Lagos"]
    found = events(
        "Publié le 1er mars 2031\n\nLe 3 mars 2030, la déclaration conjointe annonce un fonds commun."
    )
    assert list(found) == ["Déclaration conjointe"]


def test_a_day_something_lasts_until_dates_nothing_in_the_next_sentence():
    found = events(
        "Published 1 March 2031\n\nThe consultation will run until 30 June. "
        "The results will feed into the Lagos Data Summit."
    )
    assert iso(found["Lagos Data Summit"]) == (None, None)


def test_a_participle_after_a_french_text_about_a_topic_is_the_texts():
    for sentence in (
        "Le règlement européen sur l'IA, entré en vigueur le 1er août 2024, s'applique progressivement.",
        "Le projet de loi transpose le règlement européen sur l'IA, entré en vigueur le 1er août 2024.",
    ):
        found = events(f"Publié le 1er mars 2031\n\n{sentence}")
        assert iso(found["Entrée en vigueur du règlement européen sur l'IA"]) == ("2024-08-01", None)


def test_a_date_in_a_clause_about_what_an_act_did_dates_neither_the_act_nor_what_came_before():
    found = events(
        "Published 1 March 2031\n\nThe ministers agreed a joint testing protocol for drones, "
        "which members will pilot from June."
    )
    assert [iso(event) for event in found.values()] == [(None, None)]
    found = events(
        "Published 1 March 2031\n\nThe ministers agreed a joint testing protocol on 3 February, "
        "which members will pilot from June."
    )
    assert [iso(event) for event in found.values()] == [("2031-02-03", None)]


def test_one_sentence_telling_two_acts_on_one_text_tells_two_events():
    found = events(
        "Publié le 1er mars 2031\n\nLa France présentera le 4 juin sa feuille de route, dévoilée en "
        "février à Lyon."
    )
    assert iso(found["Dévoilement de la feuille de route"]) == ("2031-02", None)
    assert iso(found["Présentation de la feuille de route par la France"]) == ("2031-06-04", None)


def test_a_gathering_something_was_on_the_eve_of_is_not_dated_by_it():
    found = events(
        "Published 1 March 2031\n\nThe plenary took place in Paris on 9 February, on the eve of the Lagos Data Summit."
    )
    assert iso(found["Lagos Data Summit"]) == (None, None)
    found = events(
        "Publié le 1er mars 2031\n\nLe Conseil s'est réuni à Paris le 9 février, à la veille du Sommet de Lagos sur les données."
    )
    assert iso(found["Sommet de Lagos sur les données"]) == (None, None)


def test_an_english_meeting_named_by_a_gathering_and_which_of_its_meetings_it_is():
    found = events(
        "Published 1 March 2031\n\nThe results will feed into the Lagos Data Summit follow-up meeting "
        "in Accra in September."
    )
    meeting = found["Lagos Data Summit follow-up meeting"]
    assert (iso(meeting), meeting.location.city) == (("2031-09", None), "Accra")
    assert iso(found["Lagos Data Summit"]) == (None, None)


def test_what_is_open_until_a_day_closes_that_day():
    found = events("Published 1 March 2031\n\nRegistration for the Lagos Data Summit is open until 24 May.")
    assert iso(found["Closing of registration for the Lagos Data Summit"]) == ("2031-05-24", None)
    assert iso(found["Lagos Data Summit"]) == (None, None)
    found = events(
        "Publié le 1er mars 2031\n\nLa consultation publique sur la stratégie des données est ouverte jusqu'au 30 juin."
    )
    assert iso(found["Clôture de la consultation publique sur la stratégie des données"]) == (
        "2031-06-30",
        None,
    )
    # A gathering that runs until a day has no closing of its own here.
    assert list(events("Published 1 March 2031\n\nThe Lagos Data Summit runs until Friday.")) == [
        "Lagos Data Summit"
    ]


def test_a_weekday_right_after_a_past_participle_is_the_last_one():
    found = events(
        "Publié le samedi 1er mars 2031\n\nLe président Kwame Asante, arrivé mardi à Paris pour une visite "
        "d'État de trois jours, a signé hier trois accords."
    )
    assert iso(found["Visite d'État de Kwame Asante"]) == ("2031-02-25", "2031-02-27")
    found = events("Publié le samedi 1er mars 2031\n\nLe sommet, prévu mardi à Paris, réunira trente pays.")
    assert iso(found["Sommet"]) == ("2031-03-04", None)


def test_what_must_be_done_by_a_day_is_a_deadline_then():
    found = events("Published 1 March 2031\n\nOperators must register every drone by 1 July 2031.")
    assert iso(found["Deadline to register every drone"]) == ("2031-07-01", None)
    found = events(
        "Publié le 1er mars 2031\n\nLes États membres doivent transposer la directive d'ici le 3 mai 2032."
    )
    assert iso(found["Date limite pour transposer la directive"]) == ("2032-05-03", None)
    # A passive says what must be done by its subject, which is not named here.
    assert (
        events("Publié le 1er mars 2031\n\nLe rapprochement doit par ailleurs être bouclé d'ici l'été 2031.")
        == {}
    )


def test_what_a_relative_pronoun_stands_for_must_be_ready_by_a_day_and_au_leads_to_it():
    found = events(
        "Publié le 12 mai 2032\n\nLa loi crée une Autorité des drones, qui devra être opérationnelle au 1er janvier 2033."
    )
    assert iso(found["Date limite pour une Autorité des drones"]) == ("2033-01-01", None)
    found = events(
        "Published 12 May 2032\n\nThe law creates a Drone Authority, which must be up and running by 1 January 2033."
    )
    assert iso(found["Deadline for a Drone Authority"]) == ("2033-01-01", None)


def test_an_aside_saying_a_visit_is_the_first_since_a_year_dates_no_event():
    found = events(
        "Tokyo, 4 October 2032 - President Ama Mensah arrived in Tokyo for a state visit, the first by a "
        "Ghanaian head of state since 2019, during which the two countries are to sign a drone memorandum."
    )
    assert iso(found["Signing of a drone memorandum"])[0] is None  # not 2019
    found = events(
        "4 octobre 2032 - La présidente Ama Mensah est arrivée à Tokyo pour une visite d'État, la première "
        "d'un chef d'État ghanéen depuis 2019, au cours de laquelle les deux pays doivent signer un mémorandum."
    )
    assert iso(found["Signature d'un mémorandum"])[0] is None
    # What applies since a day does from that day.
    found = events(
        "Lundi 3 février 2031\n\nLes premières obligations de la loi sur les drones s'appliquent depuis dimanche."
    )
    assert [iso(event)[0] for event in found.values()] == ["2031-02-02"]


def test_what_a_dated_trip_is_made_to_do_is_done_on_it():
    found = events(
        "Tokyo, 4 octobre 2032 - Mme Mensah s'entretiendra mardi avec le Premier ministre Kenji Sato. Mercredi, "
        "elle se rendra à Osaka pour visiter un centre d'essais de drones et rencontrer des chefs d'entreprise."
    )
    meeting = found["Rencontre avec des chefs d'entreprise"]
    assert (iso(meeting), meeting.parent, meeting.location.city) == (
        ("2032-10-06", None),
        "Déplacement à Osaka",
        "Osaka",
    )
    assert found["Entretien avec Kenji Sato"].location.city is None  # Tuesday's talks are not in Osaka


def test_a_gathering_after_before_on_the_evening_of_a_day_told_is_held_that_day():
    found = events(
        "Tokyo, 4 octobre 2032 (AFP)\n\nMme Mensah s'entretiendra mardi avec le Premier ministre Kenji Sato, "
        "avant un banquet d'État offert par l'empereur dans la soirée."
    )
    assert iso(found["Banquet d'État"]) == ("2032-10-05", None)
    found = events(
        "Tokyo, 4 October 2032\n\nMensah will hold talks with Prime Minister Kenji Sato on Tuesday, before a "
        "state banquet hosted by the Emperor in the evening."
    )
    assert iso(found["State banquet"]) == ("2032-10-05", None)


def test_its_first_meeting_is_no_meeting_of_a_meeting_told_before():
    found = events(
        "Tokyo, 4 October 2032\n\nThe memorandum, negotiated since the Accra ministerial meeting in March, will "
        "set up a joint working group on drones. Its first meeting is planned for early 2033 in Accra."
    )
    assert not any(name.startswith("First meeting of") for name in found)
    assert iso(found["First meeting"])[0] == "2033"


def test_a_texts_own_step_told_with_a_possessive_is_named_by_the_text_the_sentence_opens_on():
    found = events(
        "Publié le 1er mars 2031\n\nLa loi sur les drones entre en vigueur vingt jours après sa publication "
        "au Journal officiel, intervenue le 20 janvier."
    )
    assert iso(found["Publication de la loi sur les drones"]) == ("2031-01-20", None)
    assert iso(found["Entrée en vigueur de la loi sur les drones"]) == (None, None)
    found = events(
        "Published 1 March 2031\n\nThe Drone Act enters into force 20 days after its publication in the "
        "Official Gazette, which took place on 20 January."
    )
    assert iso(found["Publication of the Drone Act"]) == ("2031-01-20", None)
    # A complement says whose step it is; a bare "la loi" names no text.
    found = events(
        "Publié le 1er mars 2031\n\nLe Japon a lancé ce processus sous sa présidence du G7 en mai 2030."
    )
    assert "Présidence du Japon" not in found
    found = events(
        "Publié le 1er mars 2031\n\nLa loi entre en vigueur après sa publication, intervenue le 20 janvier."
    )
    assert not [name for name in found if name.startswith("Publication")]


def test_a_gatherings_own_clause_on_its_schedule_dates_it_over_a_nearer_time():
    found = events(
        "Published 1 March 2031\n\nThirty leaders are expected in Accra next week for the Africa Data Summit, "
        "which opens on Monday 28 April."
    )
    assert iso(found["Africa Data Summit"]) == ("2031-04-28", None)


def test_counted_days_last_that_long_and_a_weekend_they_are_followed_by_is_the_next_one():
    found = events(
        "Publié le 1er février 2031\n\nLe rendez-vous commence le jeudi 6 février, avec deux journées "
        "scientifiques organisées à l'Institut Polytechnique de Paris, à Palaiseau, suivies d'un week-end "
        "culturel ouvert au public."
    )
    assert iso(found["Journées scientifiques"]) == ("2031-02-06", "2031-02-07")
    assert iso(found["Week-end culturel ouvert"]) == ("2031-02-08", "2031-02-09")


def test_a_place_and_for_before_an_english_gathering_are_no_part_of_its_name():
    found = events("Published 1 March 2031\n\nLeaders gather in Accra for Africa Data Summit on 3 May 2031.")
    assert list(found) == ["Africa Data Summit"]
    assert "AI for Good Global Summit" in events(
        "Published 1 March 2031\n\nThe AI for Good Global Summit opens on 3 May."
    )


def test_a_day_after_the_gathering_told_before_as_the_setting_is_the_day_of_what_is_held_there():
    found = events(
        "Salon des drones de Paris\n\nLe 11 juin 2031\n\nLe salon se tient du 11 au 14 juin à Paris. Une rencontre des "
        "ministres du numérique aura lieu en marge du salon jeudi."
    )
    assert iso(found["Rencontre des ministres du numérique"]) == ("2031-06-12", None)
    assert iso(found["Salon des drones de Paris"]) == ("2031-06-11", "2031-06-14")
    found = events(
        "Paris Drone Forum 2031\n\n11 June 2031\n\nThe forum runs from 11 to 14 June in Paris. A meeting of drone "
        "ministers will be held on the sidelines of the forum on Thursday."
    )
    assert iso(found["Meeting of drone ministers"]) == ("2031-06-12", None)


def test_a_sentence_opening_on_the_sidelines_is_set_at_the_last_gathering_told():
    found = events(
        "Published 1 March 2031\n\nThe Africa Data Summit opens in Accra on 28 April 2031. On the sidelines, "
        "the Smart Africa Alliance will launch a continental research fund."
    )
    assert iso(found["Launch of a continental research fund by the Smart Africa Alliance"]) == (
        "2031-04-28",
        None,
    )


def test_a_weekday_in_a_clause_told_in_the_past_is_the_last_one_whatever_comes_next():
    found = events(
        "BRUSSELS, Thursday 15 May 2031 — Members of the Parliament on Wednesday approved the Data Access Act, "
        "clearing the way for the rules to take effect next year."
    )
    assert iso(found["Approval of the Data Access Act by the Parliament"]) == ("2031-05-14", None)
    found = events(
        "GENEVA, Wednesday 14 May 2031 — Delegates stayed on for the Lagos Data Summit, which opened on "
        "Tuesday and runs until Friday."
    )
    assert iso(found["Lagos Data Summit"]) == ("2031-05-13", "2031-05-16")


def test_a_season_something_was_agreed_to_be_done_in_lies_ahead():
    found = events(
        "Published 15 May 2031\n\nThe two sides agreed to hold a ministerial dialogue in Brussels in the autumn."
    )
    assert iso(found["Ministerial dialogue"]) == ("2031", None)


def test_a_sentence_opening_on_an_arrival_dates_the_trip_told_before():
    found = events(
        "Publié le samedi 1er mars 2031\n\nLa signature a conclu la deuxième visite d'État de Kwame Asante "
        "en France. Arrivé mardi soir, le président avait été reçu mercredi par le roi."
    )
    assert iso(found["Deuxième visite d'État de Kwame Asante"]) == ("2031-02-25", None)


def test_a_gathering_something_was_done_at_the_end_of_ended_that_day():
    found = events(
        "Published 12 September 2031\n\nMinisters endorsed a set of principles on 11 September 2031 at the "
        "end of a two-day meeting in Cape Town."
    )
    assert iso(found["Meeting in Cape Town"]) == ("2031-09-10", "2031-09-11")
    found = events(
        "Publié le 12 septembre 2031\n\nLes ministres ont adopté le 11 septembre 2031 une déclaration au terme "
        "d'une réunion de deux jours à Dakar."
    )
    assert "Adoption d'une déclaration par les ministres" in found
    assert iso(found["Réunion à Dakar"]) == ("2031-09-10", "2031-09-11")  # its length is no part of its name


def test_a_plural_possessive_says_whose_meeting_it_is_among_its_lower_case_words():
    found = events(
        "Published 12 September 2031\n\nThe previous digital ministers' meeting took place in Maceió, Brazil, "
        "in September 2030."
    )
    assert iso(found["Previous digital ministers' meeting"]) == ("2030-09", None)


def test_a_month_counted_from_the_writing_dates_a_pluperfect_act():
    found = events(
        "Publié le 6 juin 2031\n\nLes deux pays avaient lancé un dialogue sur les drones en octobre dernier, "
        "lors d'un forum d'affaires à Dakar."
    )
    assert iso(found["Lancement d'un dialogue sur les drones"]) == ("2030-10", None)


def test_the_setting_told_right_after_an_acts_day_was_under_way_that_day():
    found = events(
        "Publié le 6 juin 2031\n\nLes deux pays ont lancé un dialogue sur les drones le 3 juin, "
        "lors d'un forum d'affaires à Dakar."
    )
    assert iso(found["Lancement d'un dialogue sur les drones"]) == ("2031-06-03", None)
    forum = found["Forum d'affaires"]
    assert (iso(forum), forum.location.city) == (("2031-06-03", None), "Dakar")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Publié le 6 juin 2031\n\nLe président ghanéen est attendu lundi à Paris pour une visite d'État. "
            "Mardi, il s'exprimera devant les deux chambres du Parlement réunies, puis visitera un centre de "
            "recherche à Saclay.",
            "Discours devant les deux chambres du Parlement réunies",
        ),
        (
            "Published 12 May 2031\n\nMinisters endorsed a code on training data on Sunday, which officials "
            "said would be reviewed at the next ministerial in Brasília.",
            "Endorsement of a code on training data by ministers",
        ),
    ],
)
def test_the_place_of_a_next_verb_or_of_a_later_step_is_not_the_acts(text, name):
    assert events(text)[name].location.city is None


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Ministers wrapped up two days of talks in Tokyo on Sunday.",
            "Talks in Tokyo",
            ("2031-02-22", "2031-02-23"),
        ),
        (
            "Les ministres ont conclu dimanche à Tokyo deux jours de négociations sur le calcul.",
            "Négociations sur le calcul",
            ("2031-02-22", "2031-02-23"),
        ),
        (
            "Ministers held two days of talks in Tokyo starting on Sunday.",
            "Talks in Tokyo",
            ("2031-02-23", "2031-02-24"),
        ),
    ],
)
def test_days_of_talks_last_that_many_days_counted_back_from_their_close(text, name, expected):
    assert iso(events("Published 1 March 2031\n\n" + text)[name]) == expected


def test_a_programme_page_with_no_sentence_dates_its_timed_items_by_their_day_heading():
    found = events(
        "Programme: Lagos Drone Days\n\nPublished 1 August 2031\n\nTuesday 2 September\n"
        "09:00 Opening remarks by the minister\n11:00 Signing of the Lagos memorandum on drone testing\n"
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Opening remarks by the minister": ("2031-09-02", None),
        "Signing of the Lagos memorandum on drone testing": ("2031-09-02", None),
    }


def test_ministers_who_met_are_one_meeting_read_once():
    found = events(
        "Tunis, le 22 octobre 2031\n\nLes ministres chargés du numérique de la Ligue andine se sont réunis "
        "les 20 et 21 octobre à Tunis."
    )
    assert [(iso(e), e.location.city) for e in found.values()] == [(("2031-10-20", "2031-10-21"), "Tunis")]


def test_who_chaired_a_meeting_is_no_presidency_but_a_countrys_term_is():
    found = events(
        "Publié le 1er mars 2031\n\nLes ministres se sont réunis à Tunis le 20 octobre, sous la présidence "
        "de la ministre tunisienne Salma Ben Youssef."
    )
    assert list(found) == ["Réunion des ministres à Tunis"]
    found = events("Publié le 1er mars 2031\n\nLe Japon assurera la présidence du G7 en 2031.")
    assert iso(found["Présidence japonaise du G7"]) == ("2031", None)
    # A summit held under a country's presidency tells the summit, not the term.
    found = events(
        "Publié le 1er mars 2031\n\nLe sommet s'est tenu sous la présidence du Japon le 3 mai 2031."
    )
    assert list(found) == ["Sommet"]


def test_a_dash_joining_two_words_of_a_name_keeps_the_name_whole():
    found = events(
        "Published 1 March 2031\n\nKenya will host the Africa–US Dialogue on AI Safety on June 16–17."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Africa-US Dialogue on AI Safety": ("2031-06-16", "2031-06-17")
    }


@pytest.mark.parametrize(
    ("text", "prepared"),
    [
        (
            "Published 1 March 2031\n\nThe teams will meet in Washington next month to prepare the Drone Dialogue.",
            "Drone Dialogue",
        ),
        (
            "Publié le 1er mars 2031\n\nLes ministres se sont réunis à Lima le 3 février en vue du sommet andin.",
            "Sommet andin",
        ),
    ],
)
def test_a_gathering_prepared_for_takes_no_date_of_the_meeting_that_prepares_it(text, prepared):
    assert events(text)[prepared].start is None


def test_a_headline_gathering_in_the_city_of_the_leads_is_that_gathering_told_shorter():
    found = events(
        "Réunion des ministres francophones du numérique à Tunis\n\nTunis, le 22 octobre 2031\n\n"
        "Les ministres chargés du numérique de la Ligue andine se sont réunis les 20 et 21 octobre à Tunis."
    )
    [meeting] = found.values()
    assert (iso(meeting), meeting.location.city) == (("2031-10-20", "2031-10-21"), "Tunis")
    assert "Réunion des ministres francophones du numérique" in meeting.aliases


def test_a_youth_or_business_forum_is_named_by_whom_it_gathers():
    found = events(
        "Published 1 March 2031\n\nA youth forum will be held on 7 October. Leaders also attended a business "
        "forum in Lagos on 4 May 2031."
    )
    assert {name: iso(e) for name, e in found.items()} == {
        "Youth forum": ("2031-10-07", None),
        "Business forum in Lagos": ("2031-05-04", None),
    }


def test_relatif_a_goes_on_a_name_as_consacre_a_does():
    found = events(
        "Les négociateurs sont parvenus le 13 février 2031 à un accord provisoire sur le règlement relatif aux drones."
    )
    assert list(found) == ["Accord provisoire sur le règlement relatif aux drones"]


def test_how_many_hours_a_gathering_lasted_is_no_part_of_its_name():
    found = events("Un trilogue de quinze heures s'est tenu le 13 février 2031.")
    assert {name: iso(event) for name, event in found.items()} == {"Trilogue": ("2031-02-13", None)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The first round of negotiations took place in Nairobi on 3 March 2031.",
            "First round of negotiations",
        ),
        (
            "Le deuxième cycle de négociations aura lieu à Nairobi le 3 mars 2031.",
            "Deuxième cycle de négociations",
        ),
    ],
)
def test_a_round_of_negotiations_is_a_meeting_named_by_its_count(text, name):
    found = events(text)[name]
    assert (found.kind, iso(found), found.location.city) == ("meeting", ("2031-03-03", None), "Nairobi")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Global Forum on Drones takes place in Lomé on 18-19 March 2031.", "Global Forum on Drones"),
        ("The Forum on Drones could move to Lomé on 18 March 2031.", "Forum on Drones"),
        (
            "Ghana hosted the second round of talks on an African data-sharing treaty on 4 March 2031.",
            "Second round of talks on an African data-sharing treaty",
        ),
    ],
)
def test_an_english_name_ends_at_its_verb_but_not_at_a_compound_adjective(text, name):
    assert name in events(text), events(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Published 1 March 2031\n\nDelegates will meet again in Dakar in June.",
            "Meeting of delegates in Dakar",
        ),
        (
            "Lomé, le 1er mars 2031\n\nLes négociateurs se retrouveront à Dakar en juin.",
            "Réunion des négociateurs à Dakar",
        ),
    ],
)
def test_delegates_or_negotiators_who_meet_hold_a_meeting_as_ministers_do(text, name):
    assert iso(events(text)[name]) == ("2031-06", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Published 1 March 2031\n\nDelegates agreed to meet again in Dakar in June.",
            "Meeting of delegates in Dakar",
        ),
        (
            "Lomé, le 1er mars 2031\n\nLes ministres ont convenu de se réunir à nouveau à Dakar en juin.",
            "Réunion des ministres à Dakar",
        ),
    ],
)
def test_what_was_agreed_to_be_done_in_a_month_is_still_to_come(text, name):
    assert iso(events(text)[name]) == ("2031-06", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Le ministre a quitté le sommet de Lomé sans prendre la parole le 12 février 2031.",
            "Sommet de Lomé",
        ),
        (
            "The minister left the Lomé Drone Summit without speaking on 12 February 2031.",
            "Lomé Drone Summit",
        ),
    ],
)
def test_a_name_ends_before_without(text, name):
    assert name in events(text), events(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Published 1 March 2031\n\nDelegates met at the 2029 Drone Summit in Nairobi.", "2029 Drone Summit"),
        (
            "Publié le 1er mars 2031\n\nLe texte reprend la déclaration du Forum des drones 2029 à Lomé.",
            "Forum des drones",
        ),
        ("Published 1 March 2031\n\nDelegates met at the Drone Summit 2029 in Nairobi.", "Drone Summit"),
    ],
)
def test_a_gathering_dated_nowhere_is_held_in_the_year_its_name_says(text, name):
    assert iso(events(text)[name]) == ("2029", None), events(text)


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        (
            "Lomé, le 1er mars 2031\n\nElle présentera sa feuille de route devant le Sénat le 12 mars, avant un "
            "premier déplacement à Abidjan.",
            "Présentation de la feuille de route devant le Sénat",
            None,
        ),
        (
            "Lomé, le 1er mars 2031\n\nLa feuille de route, adoptée lors de la visite d'État du président à Paris "
            "en juillet 2030, porte sur les drones.",
            "Adoption de la feuille de route",
            "Paris",
        ),
    ],
)
def test_a_trip_told_as_what_comes_next_keeps_its_place_to_itself(text, name, city):
    assert events(text)[name].location.city == city, events(text)


def test_a_time_s_possessive_before_an_english_name_and_kind_keeps_the_name():
    found = events("Published 1 March 2031\n\nLast year's Kigali summit produced a declaration on drones.")
    assert iso(found["Kigali summit"]) == ("2030", None), found


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 1er mars 2031\n\nLancé par la présidence sénégalaise il y a deux ans, le pacte reste la référence.",
        "Publié le 1er mars 2031\n\nLa déclaration de Dakar a été adoptée le 3 février, annonce la présidence togolaise.",
        "Publié le 1er mars 2031\n\nSelon la présidence kényane, le forum se tiendra à Nairobi le 9 avril.",
        "Publié le 1er mars 2031\n\nLa présidence ghanéenne a annoncé mardi un sommet à Accra le 4 mai.",
        "Published 1 March 2031\n\nThe summit will be held in Accra on 4 May, the Ghanaian presidency said.",
        "Publié le 1er mars 2031\n\nLa présidence italienne organisera par ailleurs un séminaire sur les drones à "
        "Rome le 28 avril.",
        "Published 1 March 2031\n\nThe Polish presidency will host a seminar on drones in Warsaw on 28 April.",
        "Published 1 March 2031\n\nThe Danish presidency tabled a compromise text on 3 February.",
        "Publié le 1er mars 2031\n\nLa présidence du Conseil et les négociateurs du Parlement sont parvenus ce "
        "matin à un accord provisoire sur le règlement.",
    ],
)
def test_a_presidency_that_acts_or_speaks_is_no_term_of_office(text):
    assert not [name for name in events(text) if "résidence" in name or "residency" in name]


def test_a_presidency_told_by_its_term_is_still_an_event():
    found = events("Publié le 1er mars 2031\n\nLa présidence togolaise du G5 commencera le 1er juillet.")
    assert {name: iso(e) for name, e in found.items()} == {"Présidence togolaise du G5": ("2031-07-01", None)}
    found = events("Published 1 March 2031\n\nThe presidency of the G5 began on 1 January 2031.")
    assert {name: iso(e) for name, e in found.items()} == {"Presidency of the G5": ("2031-01-01", None)}


def test_what_a_sentence_tells_after_a_presidency_that_acts_is_not_the_leads_news():
    found = events(
        "Publié le 10 mars 2031\n\nLa matinée était animée par la présidence togolaise, qui a rappelé le rôle "
        "que le Togo peut jouer dans le débat éthique sur les drones."
    )
    assert found == {}


def test_an_agenda_s_days_take_the_year_its_header_writes_not_the_last_year_their_weekday_fits():
    text = (
        "Agenda de la ministre chargée du Numérique\nSemaine du 6 au 12 octobre 2031\n\n"
        "Lundi 6 octobre\n\n10h00 — Entretien avec Ana Costa, ministre portugaise du Numérique.\n\n"
        "Mardi 7 octobre\n\nDéplacement à Toulouse."
    )
    # Read in 2037, when the last 6 October on a Monday is 2036's.
    found = extract(text, today=date(2037, 1, 1)).events
    assert {e.name: iso(e)[0] for e in found} == {
        "Entretien avec Ana Costa": "2031-10-06",
        "Déplacement à Toulouse": "2031-10-07",
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Published 1 March 2031\n\nThe programme includes a meeting with the Ghanaian minister, Kwame Asante, "
            "on 14 July, and a business forum on 16 July.",
            "Meeting with Kwame Asante",
        ),
        (
            "Publié le 1er mars 2031\n\nAu programme : une rencontre avec le ministre ghanéen de la Communication, "
            "Kwame Asante, le 14 juillet, et un forum d'affaires le 16 juillet.",
            "Rencontre avec Kwame Asante",
        ),
    ],
)
def test_a_day_after_an_apposition_dates_the_event_before_it_when_the_next_has_its_own(text, name):
    found = events(text)
    assert iso(found[name]) == ("2031-07-14", None)
    assert [iso(e) for n, e in found.items() if n != name] == [("2031-07-16", None)]


def test_a_debate_held_at_a_dated_meeting_is_held_on_its_day():
    found = events(
        "Published 1 March 2031\n\nMinisters held a debate on drones at their meeting in Luxembourg on 5 December."
    )
    assert iso(found["Debate on drones"]) == ("2030-12-05", None)


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 1er mars 2031\n\nLe gouvernement espère une adoption définitive avant la fin de l'année.",
        "Published 1 March 2031\n\nThe government hopes for a final adoption before the end of the year.",
        "Published 1 March 2031\n\nThe presidency aims to reach a provisional agreement before 30 June.",
        "Publié le 1er mars 2031\n\nLa présidence du Conseil espère un accord politique avant le 30 juin.",
    ],
)
def test_what_someone_hopes_or_aims_for_is_no_event(text):
    assert events(text) == {}


def test_an_agreement_reached_is_still_one():
    found = events("Published 1 March 2031\n\nA provisional agreement was reached on 20 February.")
    assert iso(found["Provisional agreement"]) == ("2031-02-20", None)


def test_a_clause_of_holding_with_its_place_dates_the_gathering_its_noun_names():
    """Not the communication about it, presented on another day, nor as a part of the summit."""
    found = events(
        "Publié le 1er mars 2031\n\nLe ministre a présenté une communication sur la préparation du "
        "sommet Afrique-France, qui se tiendra à Abidjan les 4 et 5 décembre."
    )
    summit = found["Sommet Afrique-France"]
    assert (iso(summit), summit.location.city) == (("2031-12-04", "2031-12-05"), "Abidjan")
    communication = found["Communication sur la préparation du sommet Afrique-France"]
    assert (iso(communication), communication.parent) == ((None, None), None)
    found = events(
        "Published 1 March 2031\n\nThe fourth summit, held in Accra on 11-12 March 2031, adopted a common position."
    )
    assert iso(found["Fourth summit"]) == ("2031-03-11", "2031-03-12")


def test_in_a_list_of_events_with_their_days_and_city_the_event_is_no_venue():
    found = events(
        "Upcoming events\n\nAI Policy Monitor — newsletter of 1 November 2031\n\nOur pick of the next two months:\n\n"
        "- 24–26 November · Internet Governance Forum, Riyadh.\n- 2–3 December · Fifth African AI Summit, Kigali."
    )
    forum, summit = found["Internet Governance Forum"], found["Fifth African AI Summit"]
    assert (iso(forum), forum.location.venue, forum.location.city) == (
        ("2031-11-24", "2031-11-26"),
        None,
        "Riyadh",
    )
    assert (iso(summit), summit.location.venue, summit.location.city) == (
        ("2031-12-02", "2031-12-03"),
        None,
        "Kigali",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Published 1 March 2031\n\nThe G7 digital ministers met in Rome on 14 October and published a short statement on compute.",
        "Publié le 1er mars 2031\n\nLes ministres du G7 se sont réunis à Rome le 14 octobre et ont publié une courte déclaration.",
    ],
)
def test_an_act_joined_in_the_past_to_a_dated_one_was_done_that_day(text):
    found = events(text)
    assert [iso(event) for event in found.values()] == [("2030-10-14", None)] * 2


def test_an_act_joined_in_the_future_takes_not_the_day_of_the_one_before():
    found = events(
        "Published 1 March 2031\n\nThe ministers met in Rome on 14 October and will publish a statement on compute."
    )
    assert [name for name, event in found.items() if iso(event) == ("2030-10-14", None)] == [
        "Meeting of ministers in Rome"
    ]


def test_a_sitting_told_as_a_seance_is_a_meeting():
    found = events("Publié le 1er mars 2031\n\nLe Conseil tiendra sa séance d'installation le 20 octobre.")
    assert [(event.kind, iso(event)) for event in found.values()] == [("meeting", ("2031-10-20", None))]


def test_a_gathering_told_in_its_city_and_at_a_venue_of_that_city_is_one_event():
    found = extract(
        "Leaders to gather in Accra for Africa AI Summit\n\nAccra, 20 April 2031 — More than thirty heads of state "
        "are expected in Accra next week for the Africa AI Summit, which opens on Monday 28 April at the Accra "
        "International Conference Centre.",
        today=TODAY,
    ).events
    assert [(event.name, iso(event), event.location.city) for event in found] == [
        ("Africa AI Summit", ("2031-04-28", None), "Accra")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Published 1 March 2031\n\nA public lecture by the computer scientist Yoshua Bengio is planned for 20 March "
            "at the Great Hall.",
            ("Public lecture", ("2031-03-20", None), "Great Hall"),
        ),
        (
            "Published 1 March 2031\n\nThe centre will host a summer school for doctoral students in August.",
            ("Summer school for doctoral students", ("2031-08", None), None),
        ),
        (
            "Publié le 1er mars 2031\n\nUne école d'été pour les doctorants se tiendra en août.",
            ("École d'été pour les doctorants", ("2031-08", None), None),
        ),
    ],
)
def test_lectures_and_summer_schools_are_gatherings(text, expected):
    [event] = extract(text, today=TODAY).events
    assert (event.name, iso(event), event.location.venue) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Published 1 March 2031\n\nOn 12 March, the Nairobi Policy Lab hosted a roundtable on AI and elections.",
            "Roundtable on AI and elections",
        ),
        (
            "Publié le 1er mars 2031\n\nLe 12 mars, le laboratoire a organisé une table ronde sur l'IA et les élections.",
            "Table ronde sur l'IA et les élections",
        ),
    ],
)
def test_a_kind_word_ending_a_gathering_s_topic_is_part_of_it(text, name):
    assert list(events(text)) == [name]


def test_a_gathering_with_a_topic_of_its_own_after_and_is_another_event():
    found = events(
        "Published 1 March 2031\n\nOn 12 March, the lab hosted a forum on data and a summit on AI in Accra."
    )
    assert len(found) == 2


def test_the_same_day_told_in_the_future_is_not_a_day_already_past():
    found = events(
        "Strasbourg, 29 août 2031\n\nLe traité sera ouvert à la signature le jeudi 4 septembre à Vilnius. Il avait "
        "été adopté le 17 mai dernier.\n\nLa cérémonie de signature sera suivie d'une conférence de presse. Le même "
        "jour, les ministres tiendront une séance de travail sur la justice."
    )
    assert all(
        iso(event) != ("2031-05-17", None) for name, event in found.items() if name.startswith("Séance")
    )
    found = events(
        "Strasbourg, 29 août 2031\n\nLe traité a été adopté le 17 mai dernier. Le même jour, les ministres ont "
        "tenu une séance de travail sur la justice."
    )
    assert iso(found["Séance de travail sur la justice"]) == ("2031-05-17", None)


@pytest.mark.parametrize(
    "text",
    [
        "She was appointed envoy in 2027. A year later she chaired the founding meeting of the coalition "
        "in Kigali, on 6 November 2028.",
        "Elle a été nommée en 2027. L'année suivante, elle a présidé la réunion fondatrice de la coalition "
        "à Kigali, le 6 novembre 2028.",
    ],
)
def test_a_day_told_after_an_event_refines_the_vaguer_time_told_before_it(text):
    (meeting,) = [event for event in events(text).values() if event.kind == "meeting"]
    assert iso(meeting) == ("2028-11-06", None)


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Samedi 1er mars 2031\n\nRéunis à Turin lundi et mardi, les ministres ont adopté une déclaration.",
            ("2031-02-24", "2031-02-25"),
        ),
        (
            "Samedi 1er mars 2031\n\nRéunis à Turin lundi et mardi, les ministres adopteront une déclaration.",
            ("2031-03-03", "2031-03-04"),
        ),
        (
            "Saturday 1 March 2031\n\nMeeting in Turin on Monday, the ministers adopted a declaration.",
            ("2031-02-24", None),
        ),
    ],
)
def test_a_participle_opening_the_sentence_takes_its_weekday_s_tense_from_the_clause_after_it(text, days):
    assert {iso(event) for event in events(text).values()} == {days}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Publié le 1er mars 2031\n\nLe 3 février, l'agence a organisé un séminaire sur les drones.",
            "Séminaire sur les drones",
        ),
        ("Published 1 March 2031\n\nThe agency held a seminar on drones on 3 February.", "Seminar on drones"),
    ],
)
def test_a_seminar_is_a_gathering(text, name):
    assert iso(events(text)[name]) == ("2031-02-03", None)


@pytest.mark.parametrize(
    "text",
    [
        "Global Drone Summit opens in Nairobi\n\n18 May 2031\n\nThe two-day summit starts today in Nairobi.",
        "Day one of the Global Drone Summit in Nairobi\n\n18 May 2031\n\nThe president opened the summit at the "
        "Kenyatta International Convention Centre this morning. The two-day summit ends tomorrow.",
    ],
)
def test_the_summit_told_again_with_its_length_or_its_venue_is_the_lead_with_all_its_days(text):
    found = events(text)
    assert {name: iso(event) for name, event in found.items() if event.kind == "summit"} == {
        "Global Drone Summit": ("2031-05-18", "2031-05-19")
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Publié le 1er mars 2031\n\nLes négociateurs sont parvenus ce matin, après un trilogue de douze heures, "
            "à un accord provisoire sur le règlement.",
            "Accord provisoire sur le règlement",
        ),
        (
            "Published 1 March 2031\n\nThe negotiators reached a provisional agreement on the regulation this morning.",
            "Provisional agreement on the regulation",
        ),
    ],
)
def test_what_was_reached_this_morning_after_a_long_meeting_is_dated_and_named_without_the_time(text, name):
    assert iso(events(text)[name]) == ("2031-03-01", None)


def test_a_summit_told_again_with_its_days_and_city_takes_them_from_its_own_clause():
    found = events(
        "Publié le 8 septembre 2031\n\nVous accueillerez en novembre le sommet Afrique-Europe sur les drones. "
        "Le sommet, qui se tiendra à Abidjan les 12 et 13 novembre, doit créer un fonds."
    )
    summit = found["Sommet Afrique-Europe sur les drones"]
    assert (iso(summit), summit.location.city) == (("2031-11-12", "2031-11-13"), "Abidjan")
    found = events(
        "Publié le 8 septembre 2031\n\nLe forum sur les drones s'est tenu le 3 septembre. Les conclusions du forum "
        "seront transmises aux ministres, qui se retrouveront à Abidjan en novembre."
    )
    assert found["Forum sur les drones"].location.city is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Minutes of the 14th meeting of the Drone Working Group\n\nHeld online on 12 March 2031\n\n"
            "1. Opening. The chair opened the meeting at 10:00 and welcomed new members.\n\n"
            "2. Next steps. The next meeting of the working group will take place on 23 April.",
            "14th meeting of the Drone Working Group",
        ),
        (
            "Compte rendu de la 14e réunion du groupe de travail sur les drones\n\nTenue en ligne le 12 mars 2031\n\n"
            "1. Ouverture. La présidente a ouvert la réunion à 10 h.\n\n"
            "2. Suite des travaux. La prochaine réunion du groupe de travail aura lieu le 23 avril.",
            "14e réunion du groupe de travail sur les drones",
        ),
    ],
)
def test_the_minutes_title_s_meeting_is_held_on_the_day_its_held_line_says_and_the_next_one_is_another(
    text, name
):
    found = events(text)
    assert iso(found[name]) == ("2031-03-12", None)
    assert ("2031-04-23", None) in {iso(event) for event in found.values()}


def test_a_timed_item_s_place_after_its_last_comma_is_where_it_is_held_not_its_name():
    found = events(
        "Agenda de la ministre\n\nSemaine du 16 au 20 juin 2031\n\nLundi 16 juin\n\n"
        "09h30 : Conseil des ministres, Palais de l'Élysée\n\n18h00 : Dîner de travail, Lyon\n\n"
        "19h00 : Table ronde : données, Santé"
    )
    assert (found["Conseil des ministres"].location.venue, found["Dîner de travail"].location.city) == (
        "Palais de l'Élysée",
        "Lyon",
    )
    assert "Table ronde : données, Santé" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Présidence française du G20 : les ministres adoptent la « Déclaration de Lyon » sur les drones\n\n"
            "Paris, le 30 avril 2031\n\nRéunis les 29 et 30 avril à Lyon, les ministres du G20 ont adopté ce "
            "mercredi une déclaration ministérielle consacrée aux drones.",
            "Adoption de la Déclaration de Lyon par les ministres",
        ),
        (
            'G20 ministers adopt the "Lyon Declaration" on drones\n\nParis, 30 April 2031\n\nMeeting in Lyon on '
            "29 and 30 April, G20 ministers adopted on Wednesday a ministerial declaration on drones.",
            "Adoption of the Lyon Declaration by G20 ministers",
        ),
    ],
)
def test_a_headline_s_act_is_the_lead_s_act_of_that_kind_on_a_text_of_that_kind_not_the_meeting_s_days(
    text, name
):
    found = events(text)
    assert iso(found[name]) == ("2031-04-30", None)
    assert not [event for event in found if event.startswith("Présidence")]


@pytest.mark.parametrize(
    "text",
    [
        "Publié le 1er mars 2031\n\nLe choix de Lyon a été officialisé en novembre, au moment où la France "
        "préparait sa présidence du G20.",
        "Publié le 1er mars 2031\n\nEn novembre, le Ghana préparait le sommet de Kumasi.",
    ],
)
def test_what_was_being_prepared_is_not_dated_by_the_time_of_preparing(text):
    assert all(event.start is None for event in events(text).values())


def test_a_call_for_papers_lists_its_deadlines_under_the_conference_s_place_and_days_none_is_the_page_s_date():
    found = extract(
        "Call for Papers: 5th Conference on Drone Governance\n\nMontreal, Canada, 12-14 May 2032\n\nImportant dates\n"
        "Submission deadline: 15 January 2032\nNotification of acceptance: 1 March 2032\n\n"
        "The conference will bring together researchers and regulators.",
        today=TODAY,
    )
    assert found.published is None
    conference, deadline = found.events
    assert (iso(conference), conference.location.city) == (("2032-05-12", "2032-05-14"), "Montreal")
    assert (deadline.name, iso(deadline)) == ("Submission deadline", ("2032-01-15", None))


@pytest.mark.parametrize(
    ("text", "trip", "forum"),
    [
        (
            "Publié le 1er mars 2031\n\nLe président se rendra à Abidjan les 19 et 20 mai pour prendre part au Forum "
            "africain des drones.",
            "Déplacement à Abidjan",
            "Forum africain des drones",
        ),
        (
            "Published 1 March 2031\n\nThe president will travel to Abidjan on 19 and 20 May to take part in the "
            "African Drone Forum.",
            "Visit to Abidjan",
            "African Drone Forum",
        ),
    ],
)
def test_a_trip_s_days_end_its_name_and_the_forum_it_is_for_is_held_then(text, trip, forum):
    found = events(text)
    assert iso(found[trip]) == iso(found[forum]) == ("2031-05-19", "2031-05-20")


@pytest.mark.parametrize(
    ("text", "name", "day"),
    [
        (
            "Published 1 March 2031\n\nThe Polish presidency of the Council began on 1 January 2031.",
            "Polish presidency",
            "2031-01-01",
        ),
        (
            "Published 1 March 2031\n\nThe French G20 presidency begins on 1 December 2031.",
            "French G20 presidency",
            "2031-12-01",
        ),
    ],
)
def test_a_presidency_told_with_whose_it_is_and_its_term_is_named_by_whose(text, name, day):
    assert iso(events(text)[name]) == (day, None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The recogniser takes this one for a body; its term, told in a relative clause, makes it an event.
        (
            "G7\n\n12/06/2031\n\nArtificial intelligence is one of the priorities of the Italian Presidency, "
            "which began on 1 January.",
            "Italian Presidency",
        ),
        (
            "G7\n\n12/06/2031\n\nLes drones sont une priorité de la Présidence italienne, qui a commencé le 1er janvier.",
            "Présidence italienne",
        ),
        (
            "G7\n\n12/06/2031\n\nLa présidence italienne du G7 a commencé le 1er janvier.",
            "Présidence italienne du G7",
        ),
    ],
)
def test_a_presidency_whose_term_began_is_an_event_whatever_its_capital(text, name):
    assert {found: iso(e) for found, e in events(text).items()} == {name: ("2031-01-01", None)}


def test_a_presidency_told_with_whose_it_is_but_not_its_term_is_no_event():
    found = events(
        "Published 1 March 2031\n\nThe mandate allows the Cyprus presidency to start talks with the Parliament. "
        "The text was agreed with the Council presidency on 8 December 2030, after talks that lasted 37 hours."
    )
    assert not [name for name in found if "presidency" in name.lower()]


def test_who_invited_is_not_who_visits_and_a_visit_goes_to_its_place():
    found = events(
        "1 March 2031\n\nAt the invitation of Prime Minister Ana Silva, President Kofi Mensah paid a state "
        "visit to Portugal from 3 to 5 February."
    )
    visit = found["State visit of Kofi Mensah to Portugal"]
    assert iso(visit) == ("2031-02-03", "2031-02-05")
    assert visit.location.country == "Portugal"
    found = events(
        "1er mars 2031\n\nÀ l'invitation du président Paul Martin, le président Abdou Diallo a effectué une "
        "visite d'État en Belgique du 3 au 5 février."
    )
    assert iso(found["Visite d'État d'Abdou Diallo en Belgique"]) == ("2031-02-03", "2031-02-05")
    found = events("1 March 2031\n\nPresident Kofi Mensah paid a visit to Lisbon on 3 February.")
    assert found["Visit of Kofi Mensah to Lisbon"].location.city == "Lisbon"


def test_a_relative_clause_that_tells_the_act_again_dates_it():
    found = events(
        "1 March 2031\n\nThe leaders welcomed the signing of a drone agreement, which ministers signed in "
        "Accra on 17 February."
    )
    signing = found["Signing of a drone agreement"]
    assert iso(signing) == ("2031-02-17", None)
    assert signing.location.city == "Accra"
    found = events(
        "1er mars 2031\n\nLes dirigeants ont salué la signature d'un accord sur les drones, que les ministres "
        "ont signé à Accra le 17 février."
    )
    assert iso(found["Signature d'un accord sur les drones"]) == ("2031-02-17", None)
    # Another act in the clause keeps its date to itself.
    found = events(
        "1 March 2031\n\nThe leaders welcomed the signing of a drone agreement, which ministers will review "
        "in Accra on 17 June."
    )
    assert iso(found["Signing of a drone agreement"]) == (None, None)


def test_an_event_page_titled_by_its_kind_is_that_event_on_the_days_under_it():
    found = events(
        "Webinar: Open data for drone maps\n\nPublished 2 March 2031\n\nFriday 14 March 2031, 15:00–16:30 | Online\n\n"
        "Join the Drone Data Centre for a webinar on open maps."
    )
    assert list(found) == ["Open data for drone maps"]
    assert iso(found["Open data for drone maps"]) == ("2031-03-14", None)
    assert found["Open data for drone maps"].kind == "webinar"
    found = events(
        "Atelier : les drones au service des villes\n\nJeudi 13 mars 2031, de 9 h à 12 h | Lyon\n\n"
        "Le Club des drones organise une matinée d'échanges."
    )
    assert iso(found["Les drones au service des villes"]) == ("2031-03-13", None)
    # A kicker before a headline that tells its own act is no event page.
    found = events(
        "Drones: Togo signs the Lomé Charter\n\n1 March 2031\n\nTogo signed the Lomé Charter on Friday."
    )
    assert "Togo signs the Lomé Charter" not in found


def test_an_event_page_s_day_with_its_hours_and_venue_after_commas_dates_its_event():
    found = events(
        "Webinar: Drones over farms\n\n12 March 2034, 6:00 pm – 7:30 pm, Drone Data Centre, Leeds\n\n"
        "Join us for a webinar on farm drones."
    )
    assert iso(found["Drones over farms"]) == ("2034-03-12", None)
    # Named by the headline alone, not with the line of its days under it.
    assert "Webinar: Drones over farms" in found["Drones over farms"].aliases
    assert not any("Leeds" in alias for alias in found["Drones over farms"].aliases)
    found = events(
        "Atelier : des drones sur les fermes\n\n12 mars 2034, 18 h – 19 h 30, Maison des drones, Lyon\n\n"
        "Rejoignez-nous pour un atelier sur les drones agricoles."
    )
    assert iso(found["Des drones sur les fermes"]) == ("2034-03-12", None)


def test_a_pronoun_opening_a_paragraph_stands_for_the_person_named_in_the_one_before():
    found = events(
        "Robots\n\nLyon, 3 juin 2033\n\nLa région a nommé Marc Lefèvre à la tête de l'Office des robots.\n\n"
        "Il prendra ses fonctions le 1er septembre 2033."
    )
    assert iso(found["Prise de fonctions de Marc Lefèvre"]) == ("2033-09-01", None)
    # With no one named before, the pronoun names no one.
    found = events("Robots\n\nLyon, 3 juin 2033\n\nIl prendra ses fonctions le 1er septembre 2033.")
    assert not any(name.startswith("Prise de fonctions") for name in found)


def test_an_english_verb_opening_a_sentence_bare_invites_the_reader():
    found = events("1 March 2031\n\nJoin the Drone Council on 3 April in Accra.")
    assert not any(name.startswith("Accession") for name in found)
    found = events("1 March 2031\n\nTogo joined the Drone Council on 3 February.")
    assert iso(found["Accession of Togo to the Drone Council"]) == ("2031-02-03", None)


def test_the_next_step_after_and_keeps_its_place():
    found = events(
        "1 March 2031\n\nThe Lomé Charter was adopted by the ministers on 17 May 2030 and opened for signature "
        "in Accra on 5 September 2030."
    )
    assert found["Adoption of the Lomé Charter"].location.city is None
    assert found["Opening for signature of the Lomé Charter"].location.city == "Accra"


def test_a_year_opening_the_sentence_is_no_part_of_its_subject():
    found = events("1 March 2031\n\nIn 2029 Maria Keller was elected to chair the Drone Council.")
    assert iso(found["Election of Maria Keller"]) == ("2029", None)
    assert not any(
        "In 2029" in name for name in events("1 March 2031\n\nIn 2029 she was elected to chair it.")
    )


def test_what_was_negotiated_or_called_for_was_not_done_then():
    for text in (
        "1er mars 2031\n\nEn 2029, il négocie avec le Ghana la création du réseau.",
        "1 March 2031\n\nIn 2029 he negotiated the creation of the network with Ghana.",
        "1 March 2031\n\nOn 3 February the minister called for the creation of a drone observatory.",
        "1er mars 2031\n\nLe 3 février, les ministres ont discuté de l'adoption de la charte de Lomé.",
    ):
        assert all(event.start is None for event in events(text).values()), text
    # What was welcomed may have been done that day.
    found = events("1 March 2031\n\nOn 3 February the ministers welcomed the adoption of the Lomé Charter.")
    assert iso(found["Adoption of the Lomé Charter"]) == ("2031-02-03", None)


def test_a_kind_word_after_au_or_du_refers_to_the_event_named_before():
    found = events(
        "1er mars 2031\n\nLe sommet de Kigali sur les drones réunira quarante pays. Le ministre se rendra à "
        "Kigali pour participer au sommet, qui se tiendra les 9 et 10 mars."
    )
    assert "Sommet" not in found
    assert iso(found["Sommet de Kigali sur les drones"]) == ("2031-03-09", "2031-03-10")


def test_an_event_page_with_a_long_body_takes_the_days_under_its_headline():
    found = events(
        "Webinar: Open data for drone maps\n\nFriday 14 March 2031, 15:00–16:30 | Online\n\n"
        "Join the Drone Data Centre for a webinar on how cities can share the maps they make.\n\n"
        "Speakers:\n\n- Dr Amara Osei, Senior Fellow, Drone Data Centre\n\n"
        "Registration closes on 12 March at noon. A recording will be available the following week."
    )
    assert iso(found["Open data for drone maps"]) == ("2031-03-14", None)


def test_what_starts_to_apply_is_named_without_its_start_and_a_pronoun_names_nothing():
    found = events("1 March 2031\n\nThe drone rules started to apply on 2 August 2030.")
    assert iso(found["Application of the drone rules"]) == ("2030-08-02", None)
    found = events("1 March 2031\n\nObligations for drone makers started to apply on 2 August 2030.")
    assert iso(found["Application of obligations for drone makers"]) == ("2030-08-02", None)
    found = events("1er mars 2031\n\nLes règles sur les drones commenceront à s'appliquer le 2 août 2031.")
    assert iso(found["Application des règles sur les drones"]) == ("2031-08-02", None)
    for text in (
        "1er mars 2031\n\nQuelles obligations pour les drones ?\n\nElles s'appliquent depuis le 2 août 2030.",
        "1 March 2031\n\nThey have applied since 2 August 2030.",
    ):
        assert not any(event.name.startswith("Application") for event in events(text).values()), text


def test_who_expects_to_act_is_named_without_expecting():
    found = events(
        "5 March 2031\n\nThe Drone Committee expects to publish its report on drone maps in the summer."
    )
    assert iso(found["Publication of the report on drone maps by the Drone Committee"]) == ("2031", None)


def test_an_act_told_by_its_noun_at_a_dated_gathering_is_dated_by_it():
    found = events(
        "1 March 2032\n\nWe welcome the launch of the Drone Compute Partnership by our ministers at their "
        "meeting in Accra on 12 September 2031."
    )
    assert iso(found["Launch of the Drone Compute Partnership"]) == ("2031-09-12", None)
    found = events(
        "1er mars 2032\n\nNous saluons l'adoption de la charte de Lomé lors de la réunion des ministres à Accra "
        "le 12 septembre 2031."
    )
    assert iso(found["Adoption de la charte de Lomé"]) == ("2031-09-12", None)


def test_who_agrees_to_act_is_named_without_agreeing():
    found = events(
        "Ghana and Togo agree to launch drone safety dialogue\n\nACCRA, 14 October 2031 - Ghana and Togo agreed on "
        "Tuesday to launch a dialogue on the safety of drones, officials said."
    )
    assert "Launch of drone safety dialogue by Ghana and Togo" in [
        *found,
        *(a for e in found.values() for a in e.aliases),
    ]


def test_a_gathering_named_by_its_organiser_and_a_calendar_item_with_its_place():
    found = events("1 March 2031\n\nThe OECD drone policy conference opens in Paris on 14 October.")
    assert iso(found["OECD drone policy conference"]) == ("2031-10-14", None)
    found = events(
        "Drone policy calendar\n\nPosted Sept 1, 2031\n\nOct 14–16: OECD drone policy conference, Paris.\n\n"
        "Dec 2–3: Global Partnership on Drones summit, Tokyo."
    )
    assert found["OECD drone policy conference"].location.city == "Paris"
    assert iso(found["Global Partnership on Drones summit"]) == ("2031-12-02", "2031-12-03")
    assert found["Global Partnership on Drones summit"].location.city == "Tokyo"


def test_what_is_due_to_be_done_there_is_done_at_the_gathering_told_just_before():
    found = events(
        "Drones : les rendez-vous\n\nPublié le 2 septembre 2031\n\nDu 8 au 10 octobre - Forum mondial des "
        "drones, Oslo\n\nLe forum réunit les régulateurs.\n\n14-15 octobre - Sommet de l'OCDE sur les drones, "
        "Kananaskis\n\nLes ministres doivent y adopter une déclaration."
    )
    adoption = found["Adoption d'une déclaration par les ministres"]
    assert (iso(adoption), adoption.parent) == (
        ("2031-10-14", "2031-10-15"),
        "Sommet de l'OCDE sur les drones",
    )
    # "Il doit y avoir": there is, no act done there.
    found = events(
        "5 mai 2031\n\nLe sommet sur les drones s'ouvre le 3 juin à Lomé. Il doit y avoir 40 délégations."
    )
    assert list(found) == ["Sommet sur les drones"]


def test_a_headline_event_takes_no_date_of_the_past_its_lead_opens_on():
    found = events(
        "Speech by Commissioner Elena Rossi at the European Drone Forum\n\nBrussels, 5 May 2031\n\n"
        "Three years ago, on 13 March 2028, this Parliament voted for the first drone law. Today I want to "
        "talk about what comes next."
    )
    assert iso(found["European Drone Forum"])[0] in (None, "2031-05", "2031-05-05")  # not 2028
    # A lead's date of the last months is the news.
    found = events(
        "The European Drone Forum opens in Brussels\n\n5 May 2031\n\nOn 4 May, ministers arrived for the "
        "forum's first day."
    )
    assert iso(found["European Drone Forum"])[0] == "2031-05-04"


def test_a_quotation_that_opens_on_who_speaks_names_no_event():
    found = events("1er mars 2031\n\n« Nous signerons l'accord en mai », affirme le ministre.")
    assert not any(name.startswith("Nous") for name in found)
    found = events('1 March 2031\n\n"We will sign the Accord in May," the minister said.')
    assert not any(name.startswith("We") for name in found)
    # A quoted title stays one.
    found = events("1er mars 2031\n\nLe 3 mars, l'accord « Données et villes » sera signé à Lomé.")
    assert "Données et villes" in found


def test_two_weekdays_after_last_are_the_days_of_that_week():
    found = events(
        "18 June 2031\n\nLast Thursday and Friday, officials from 25 countries met in Lisbon for the fourth "
        "round of the Global Dialogue on Drones."
    )
    assert iso(found["Global Dialogue on Drones"]) == ("2031-06-12", "2031-06-13")


def test_an_acts_participle_clause_after_a_comma_keeps_its_place():
    found = events(
        "20 January 2031\n\nNorthwind today signed the Lomé Drone Commitments, joining 20 companies that signed "
        "them at the Seoul summit in May 2030."
    )
    signing = next(event for name, event in found.items() if name.startswith("Signing of"))
    assert signing.location.venue is None and signing.location.city is None
    # "during" leads to where it was done.
    found = events(
        "1 March 2031\n\nThe OECD unveiled a drone framework on 7 February, during the week of the Drone "
        "Summit in Paris, inviting companies to report."
    )
    unveiling = next(event for name, event in found.items() if name.startswith("Unveiling"))
    assert unveiling.location.city == "Paris"


def test_joining_others_who_did_the_same_is_no_accession():
    found = events("1 March 2031\n\nTogo joined 20 countries that signed the Lomé Charter on 3 February.")
    assert not any(name.startswith("Accession") for name in found)
    found = events("1er mars 2031\n\nLe Togo a rejoint plusieurs pays africains le 3 février.")
    assert not any(name.startswith("Adhésion") for name in found)
    found = events("1 March 2031\n\nTogo joined the Drone Council on 3 February.")
    assert iso(found["Accession of Togo to the Drone Council"]) == ("2031-02-03", None)


def test_a_saying_set_off_after_a_plan_dates_the_saying_not_the_plan():
    for text in (
        "1er mars 2031\n\nLe forum des drones aura lieu à Dakar en juin, a indiqué lundi le ministère.",
        "1 March 2031\n\nThe Drone Forum will be held in Dakar in June, the ministry said on Monday.",
    ):
        forum = next(event for event in events(text).values() if event.kind == "forum")
        assert iso(forum)[0] == "2031-06"
    found = events("1er mars 2031\n\nLe forum des drones aura lieu à Dakar, a indiqué lundi le ministère.")
    assert all(event.start is None for event in found.values())
    # An office speaking after its verb is who said it, not a presidency.
    found = events(
        "1er mars 2031\n\nLe forum des drones aura lieu à Dakar en juin, a annoncé lundi la présidence togolaise."
    )
    assert not any(name.lower().startswith("présidence") for name in found)


def test_a_saying_after_a_plan_whose_date_is_set_off_before_its_noun_dates_the_saying():
    for text in (
        "1er mars 2031\n\nLe Togo accueillera à Lomé, du 8 au 10 juin, le forum des drones, a annoncé lundi "
        "le ministère.",
        "1 March 2031\n\nTogo will host in Lomé, from 8 to 10 June, the Drone Forum, the ministry said on Monday.",
    ):
        forum = next(event for event in events(text).values() if event.kind == "forum")
        assert iso(forum) == ("2031-06-08", "2031-06-10")
    # A past act keeps the day of its saying.
    found = events(
        "1er mars 2031\n\nLe Togo a signé, à Lomé, la charte des drones, a annoncé lundi le ministère."
    )
    assert [iso(event) for event in found.values()] == [("2031-02-24", None)]


def test_the_day_of_the_papers_own_issue_dates_no_event():
    found = events(
        "Rectificatif : forum de Lyon\n\nPublié le 24 avril 2031\n\nContrairement à ce que nous avons écrit "
        "dans notre édition du 22 avril, le forum régional des drones de Lyon se tiendra les 12 et 13 mai."
    )
    assert [iso(event) for event in found.values()] == [("2031-05-12", "2031-05-13")]
    found = events(
        "24 April 2031\n\nAs we reported in our 22 April edition, the Lyon Drone Forum will be held on 12 May."
    )
    assert [iso(event) for event in found.values()] == [("2031-05-12", None)]


def test_a_conditional_sentence_takes_no_day_from_the_programme_before_it():
    found = events(
        "1 March 2031\n\nThe Drone Bill will have its second reading in the Senate on Tuesday. The Bill was "
        "introduced on 12 February and would create a Drone Authority."
    )
    assert found["Creation of a Drone Authority"].start is None
    # A programme told on in the future still takes its day.
    found = events(
        "1 March 2031\n\nThe ministers will meet in Accra on 10 March. They will launch the Drone Network."
    )
    assert iso(found["Launch of the Drone Network"]) == ("2031-03-10", None)


def test_last_night_is_the_day_before_publication():
    found = events(
        "11 February 2031\n\nLast night the president hosted a dinner for heads of delegation at the palace."
    )
    dinner = next(event for event in found.values() if event.kind == "dinner")
    assert iso(dinner) == ("2031-02-10", None)


def test_a_gathering_known_by_its_name_alone():
    cases = {
        "1 March 2031\n\nThe second Hack for Public Services will take place on 18-19 November.": (
            "Hack for Public Services",
            ("2031-11-18", "2031-11-19"),
        ),
        "1 March 2031\n\nLisbon will host the second Hack for Public Services on 18-19 November.": (
            "Hack for Public Services",
            ("2031-11-18", "2031-11-19"),
        ),
        "1 March 2031\n\nThe third edition of DroneCon will take place on 3-5 June.": (
            "DroneCon",
            ("2031-06-03", "2031-06-05"),
        ),
        "1er mars 2031\n\nLa Nuit des drones aura lieu le 3 juin à Lyon.": (
            "Nuit des drones",
            ("2031-06-03", None),
        ),
        "1 March 2031\n\nDrone Days 2031 will take place on 3-5 June in Lyon.": (
            "Drone Days 2031",
            ("2031-06-03", "2031-06-05"),
        ),
    }
    for text, (name, dates) in cases.items():
        assert iso(events(text)[name]) == dates
    # Not a capitalised common noun opening its sentence, nor a text's edition, nor the undated.
    assert not events("1 March 2031\n\nWorkshops will take place on 11 May.")
    found = events(
        "1 March 2031\n\nThe first edition of the Drone Safety Framework was released in January 2029."
    )
    assert "Drone Safety Framework" not in found
    assert not events("1 March 2031\n\nThe second Hack for Public Services will take place in Lisbon.")


def test_representatives_who_gathered_under_a_headline_gathering_date_it():
    found = events(
        "Sommet de Genève sur les drones : ce qu'il faut retenir\n\nLe 11 juin 2031\n\nRéunis mardi et mercredi "
        "à Genève, les représentants de 60 pays ont adopté une déclaration sur la sécurité des drones."
    )
    summit = found["Sommet de Genève sur les drones"]
    assert iso(summit) == ("2031-06-10", "2031-06-11") and summit.location.city == "Genève"
    assert not any(name.startswith("Réunion") for name in found)
    # Without a headline gathering, who gathered met.
    found = events(
        "11 June 2031\n\nGathered in Geneva on Tuesday and Wednesday, the representatives of 60 countries "
        "adopted a declaration on drone safety."
    )
    assert iso(found["Meeting of representatives in Geneva"]) == ("2031-06-10", "2031-06-11")


def test_the_previous_gathering_is_named_by_where_it_was_held():
    found = events(
        "1er mars 2031\n\nLe sommet des drones aura lieu à Dakar en 2032. Le précédent sommet s'était tenu à "
        "Nairobi en mai 2029."
    )
    assert iso(found["Sommet à Nairobi"]) == ("2029-05", None)
    found = events(
        "1 March 2031\n\nThe Drone Summit will be held in Dakar in 2032. The last summit was held in Nairobi "
        "in May 2029."
    )
    assert iso(found["Summit in Nairobi"]) == ("2029-05", None)


def test_a_likeness_to_a_gathering_is_no_gathering():
    found = events(
        "1er mars 2031\n\nLa préfecture prévoit un dispositif comparable à celui d'un petit sommet la semaine prochaine."
    )
    assert not found
    found = events("1 March 2031\n\nSecurity will be like that of a small summit next week.")
    assert not found


def test_a_week_ahead_of_weekday_headings_runs_in_order():
    found = events(
        "The week ahead\n\nSunday 21 September 2031\n\nMonday: The Senate votes on the Drone Bill.\n\n"
        "Tuesday and Wednesday: Drone ministers meet in Accra.\n\nThursday: The Drone Office publishes its "
        "annual report."
    )
    assert iso(found["Vote on the Drone Bill"]) == ("2031-09-22", None)
    report = next(event for name, event in found.items() if name.startswith("Publication"))
    assert iso(report) == ("2031-09-25", None)


def test_a_kind_word_set_off_after_a_name_is_that_names_gathering():
    found = events(
        "1 March 2031\n\nNorthwind unveiled its drone on 3 March at DroneCon, its annual developer conference, "
        "in Lisbon."
    )
    assert found["DroneCon"].location.city == "Lisbon"
    found = events(
        "1er mars 2031\n\nLa start-up a présenté son drone à DroneTech, son salon annuel, le 3 mars."
    )
    assert "DroneTech" in found


def test_a_body_named_with_the_day_it_sits_is_that_sitting():
    found = events(
        "Conseil européen des 23 et 24 octobre 2031 : principales conclusions\n\nLe 25 octobre 2031\n\nTexte."
    )
    assert iso(found["Conseil européen"]) == ("2031-10-23", "2031-10-24")
    found = events("1er mars 2031\n\nLe prochain Conseil européen se tiendra les 18 et 19 décembre.")
    assert iso(found["Conseil européen"]) == ("2031-12-18", "2031-12-19")
    found = events("Conclusions of the European Council of 23-24 October 2031\n\n25 October 2031\n\nText.")
    assert iso(found["European Council"]) == ("2031-10-23", "2031-10-24")
    # A text of a day is no sitting, nor a body's work from a day on.
    assert not events("1er mars 2031\n\nLe décret du 3 juin 2030 désigne l'autorité des drones.")
    found = events("1er mars 2031\n\nLe texte sera examiné par l'Assemblée nationale à partir du 3 juin.")
    assert not any(name.startswith("Assemblée") for name in found)


def test_a_meeting_with_one_counterpart_is_told_so():
    found = events(
        "1er mars 2031\n\nLa ministre Isabelle Tremblay et son homologue bavarois ont signé hier à Munich une entente."
    )
    assert "Rencontre d'Isabelle Tremblay avec son homologue à Munich" in found


def test_whom_a_visitor_meets_is_not_the_visitor():
    found = events(
        "1 March 2031\n\nShe will hold talks with Prime Minister Kenji Sato on 10 March in Tokyo and visit the "
        "Drone Centre in Kobe the following day."
    )
    assert not any(name.startswith("Visit of Kenji Sato") for name in found)


def test_a_gathering_a_trip_is_for_is_held_where_the_trip_goes():
    found = events(
        "1 March 2031\n\nThe minister will travel to Nairobi on 10 March to open the first session of the Drone Panel."
    )
    session = found["First session of the Drone Panel"]
    assert (iso(session), session.location.city) == (("2031-03-10", None), "Nairobi")
    found = events(
        "1 March 2031\n\nThe president will travel to Abidjan on 19 May to take part in the Drone Forum."
    )
    assert found["Drone Forum"].location.city == "Abidjan"


def test_days_of_talks_before_a_gathering_that_ended_count_back_from_its_end():
    found = events(
        "Le 30 janvier 2031\n\nAu terme de deux jours de discussions, le sommet de Lomé sur les drones s'est "
        "achevé mercredi sans déclaration commune."
    )
    assert iso(found["Sommet de Lomé sur les drones"]) == ("2031-01-28", "2031-01-29")
    found = events(
        "30 January 2031\n\nAfter two days of talks, the Lomé Drone Summit ended on Wednesday without a declaration."
    )
    assert iso(found["Lomé Drone Summit"]) == ("2031-01-28", "2031-01-29")


def test_a_gathering_an_act_was_done_during_is_dated_through_its_modifiers():
    found = events(
        "1 March 2031\n\nThe two countries signed a drone memorandum on 3 February during the annual leaders' "
        "meeting in Canberra."
    )
    assert iso(found["Meeting in Canberra"]) == ("2031-02-03", None)


def test_a_kind_word_goes_on_through_an_adjective_of_language_or_role():
    found = events(
        "1er mars 2031\n\nLe Forum francophone des drones aura lieu à Kinshasa les 20 et 21 octobre."
    )
    forum = found["Forum francophone des drones"]
    assert (iso(forum), forum.location.city) == (("2031-10-20", "2031-10-21"), "Kinshasa")
    found = events("1er mars 2031\n\nLe Comité consultatif des drones se réunira le 3 juin.")
    assert iso(found["Réunion du Comité consultatif des drones"]) == ("2031-06-03", None)
    assert not events("1er mars 2031\n\nLe Forum arrive à Paris le 3 juin.")


def test_a_gathering_put_off_without_a_new_date_is_not_dated_by_the_news():
    assert iso(events("1 March 2031\n\nThe Drone Summit has been postponed.")["Drone Summit"]) == (None, None)
    assert iso(events("1er mars 2031\n\nLe Sommet des drones a été annulé.")["Sommet des drones"]) == (
        None,
        None,
    )
    held = events("1 March 2031\n\nThe Drone Summit was held in Accra.")
    assert iso(held["Drone Summit"]) == ("2031-03", None)


def test_a_headline_counting_an_edition_after_its_holder_names_it_with_its_dates_and_place():
    text = (
        "Drone Safety Network — Third Convening\nAccra, Ghana | 12–13 November 2031\n\n"
        "Hosted by the Ghana Drone Office. Details will follow in the summer.\n\nIssued 4 March 2031\n"
    )
    convening = events(text)["Third Convening of the Drone Safety Network"]
    assert (iso(convening), convening.location.city) == (("2031-11-12", "2031-11-13"), "Accra")


def test_what_is_looked_forward_to_or_prepared_for_lies_ahead_whatever_the_tense():
    found = events("24 February 2031\n\nThe two leaders looked forward to the Drone Summit in Accra in June.")
    assert iso(found["Drone Summit"]) == ("2031-06", None)
    found = events(
        "26 September 2031\n\nMinisters met on Friday ahead of the Drone Summit in Accra on November 22-23."
    )
    summit = found["Drone Summit"]
    assert (iso(summit), summit.location.city) == (("2031-11-22", "2031-11-23"), "Accra")
    assert not any(
        e.start and e.start.iso() == "2031-11-22" for name, e in found.items() if name != "Drone Summit"
    )
    found = events(
        "Le 26 septembre 2031\n\nLes ministres se sont réunis en vue du sommet des drones à Accra les 22 et 23 novembre."
    )
    assert iso(found["Sommet des drones"]) == ("2031-11-22", "2031-11-23")


def test_heads_of_state_who_met_make_a_meeting_and_a_group_s_leaders_its_summit():
    found = events("1er mars 2031\n\nLes chefs d'État se sont réunis à Accra le 3 février.")
    assert iso(found["Réunion des chefs d'État à Accra"]) == ("2031-02-03", None)
    found = events("1 March 2031\n\nThe heads of state of ECOWAS met in Accra on 3 February.")
    assert iso(found["ECOWAS summit in Accra"]) == ("2031-02-03", None)
    text = (
        "Sommet d'Accra : l'essentiel\n\nLe 16 février 2031\n\n"
        "Les chefs d'État de la CEDEAO, réunis vendredi et samedi à Accra, ont adopté une charte des drones."
    )
    summit = events(text)["Sommet d'Accra"]
    assert iso(summit) == ("2031-02-14", "2031-02-15")


def test_the_day_of_a_saying_does_not_date_the_gathering_its_sayer_is_named_by():
    found = events(
        "Drone forum\n\n1 March 2031\n\nOrganisers of the Drone Forum said on Tuesday that the forum has been "
        "pushed back to June 16-17."
    )
    assert iso(found["Drone Forum"]) == ("2031-06-16", "2031-06-17")
    found = events(
        "Forum\n\n1er mars 2031\n\nLes organisateurs du Forum des drones ont annoncé mardi qu'ils publieraient un rapport."
    )
    assert iso(found["Forum des drones"]) == (None, None)


def test_the_meeting_after_a_named_gathering_is_that_gathering():
    found = events(
        "Drone forum\n\n1 March 2031\n\nOrganisers of the Drone Forum said on Tuesday that the meeting, originally "
        "planned for April 8-9 in Suva, has been pushed back to June 16-17."
    )
    forum = found["Drone Forum"]
    assert (iso(forum), forum.location.city) == (("2031-06-16", "2031-06-17"), "Suva")
    assert "Meeting" not in found


def test_a_list_of_dated_labels_gives_its_deadlines_and_the_day_of_the_gathering_it_names():
    text = (
        "Call for papers: Workshop on Drone Audits\nCo-located with the Drone Conference, Accra, 21–23 September 2031\n"
        "Important dates\nAbstract submission deadline: 15 May 2031\nCamera-ready version: 1 August 2031\n"
        "Workshop: 22 September 2031\n\nThe workshop invites papers on drone audits.\n"
    )
    found = events(text)
    assert iso(found["Abstract submission deadline"]) == ("2031-05-15", None)
    assert found["Abstract submission deadline"].kind == "deadline"
    assert iso(found["Workshop on Drone Audits"]) == ("2031-09-22", None)
    assert not any(name.startswith("Camera") for name in found)
    found = events(
        "Drones\n\n1er mars 2031\n\nClôture des inscriptions : 15 avril 2031\n\nAtelier : 3 mai 2031\n"
    )
    assert iso(found["Clôture des inscriptions"]) == ("2031-04-15", None)


def test_a_labelled_span_of_days_with_its_place_dates_the_gathering_the_page_calls_for():
    found = events(
        "Call for papers: Conference on Drone Law\n\nAbstract deadline: 1 March 2031\n\n"
        "Conference: 10-12 June 2031, University of Accra\n\nThe conference invites papers on drone law.\n"
    )
    assert iso(found["Conference on Drone Law"]) == ("2031-06-10", "2031-06-12")
    found = events(
        "Appel à communications : colloque « Drones et villes »\nDate limite : 1er mars 2031\n"
        "Colloque : 10-12 juin 2031, université de Rennes\n\nLe colloque réunira des juristes.\n"
    )
    assert iso(found["Drones et villes"]) == ("2031-06-10", "2031-06-12")


def test_an_event_told_in_an_aside_takes_no_day_of_the_verb_after_it():
    found = events(
        "Obituary\n\n1 March 2031\n\nJane Roe, who chaired the Drone Council committee that drafted the code, "
        "died on Saturday in Accra."
    )
    assert all(event.start is None for event in found.values())
    found = events(
        "Drones\n\n1er mars 2031\n\nLa ministre, qui participera au sommet des drones, le 3 juin 2031, a salué le plan."
    )
    assert iso(found["Sommet des drones"]) == ("2031-06-03", None)


def test_an_earlier_edition_named_after_a_reference_keeps_its_place_to_itself():
    found = events(
        "Wire\n\n1 March 2031\n\nThe Drone Forum opened on Wednesday. The forum follows the second edition, held "
        "in Kranj, Slovenia, in February 2024."
    )
    assert found["Drone Forum"].location.city is None
    assert found["Drone Forum 2024"].location.city == "Kranj"


def test_ministers_who_ended_days_of_talks_met_those_days_and_are_named_by_their_premodifiers():
    found = events(
        "Wire\n\n1 March 2031\n\nG20 drone ministers ended two days of talks on Friday with a pledge."
    )
    assert iso(found["Meeting of G20 drone ministers"]) == ("2031-02-27", "2031-02-28")
    found = events(
        "Dépêche\n\n1er mars 2031\n\nLes ministres ont achevé vendredi deux jours de discussions à Accra."
    )
    assert iso(found["Réunion des ministres à Accra"]) == ("2031-02-27", "2031-02-28")
    found = events(
        "Wire\n\n1 March 2031\n\nForeign ministers met in Accra on Friday. Two ministers met on Saturday."
    )
    assert "Meeting of foreign ministers in Accra" in found
    assert iso(found["Meeting of ministers"]) == ("2031-03-01", None)


def test_a_date_something_was_put_off_to_lies_ahead_with_what_was_put_off_in_between():
    found = events(
        "Wire\n\n1 March 2031\n\nThe Senate committee postponed its vote on the drone bill to 25 March."
    )
    assert iso(found["Vote on the drone bill"]) == ("2031-03-25", None)


def test_a_headline_gathering_the_lead_tells_only_by_its_count_is_that_one():
    text = (
        "Sommet des drones : Accra et Lomé lancent un partenariat\n\n26 novembre 2031\n\n"
        "Les dirigeants des deux pays, réunis lundi et mardi à Luanda pour leur septième sommet, ont lancé un "
        "partenariat sur les drones."
    )
    found = events(text)
    summit = found["Sommet des drones"]
    assert (iso(summit), summit.location.city) == (("2031-11-24", "2031-11-25"), "Luanda")
    assert "Septième sommet" in summit.aliases and "Septième sommet" not in found


def test_a_lead_date_told_in_a_relative_clause_does_not_date_the_headline_s_gathering():
    text = (
        "Leaders to launch drone plan at Accra summit\n\nACCRA, June 10 (Wire) - Leaders will launch a drone plan "
        "when they meet next week, a draft shows.\n\nThe summit will also discuss the drone code, which the group "
        "launched in May 2029."
    )
    assert all(event.start is None or event.start.iso() != "2029-05" for event in events(text).values())


def test_a_sitting_named_at_the_opening_of_its_sentence_is_named_without_its_article():
    found = events(
        "Dépêche\n\n5 juin 2031\n\nLe Conseil des ministres du mercredi 4 juin 2031 a adopté un projet de loi."
    )
    assert iso(found["Conseil des ministres"]) == ("2031-06-04", None)


def test_a_sitting_told_with_the_day_it_met_after_a_comma_is_that_sitting():
    found = events(
        "Robots\n\nLyon, 9 juin 2033\n\nÀ l'issue du Conseil franco-italien des robots, réuni ce lundi à Turin, "
        "les ministres ont parlé."
    )
    assert iso(found["Conseil franco-italien des robots"]) == ("2033-06-06", None)
    found = events(
        "Robots\n\nLyon, 9 June 2033\n\nAfter the Franco-Italian Robotics Council, held on Monday in Turin, "
        "the ministers spoke."
    )
    assert iso(found["Franco-Italian Robotics Council"]) == ("2033-06-06", None)


def test_a_body_holding_its_first_meeting_is_read_after_the_dateline_opening_its_sentence():
    found = events(
        "Robots\n\nTURIN, June 9, 2033 (Wire) - The Alpine Network of Robot Labs will hold its inaugural meeting "
        "in Turin on July 14-15."
    )
    assert iso(found["Inaugural meeting of the Alpine Network of Robot Labs"]) == ("2033-07-14", "2033-07-15")


def test_a_wire_s_dash_before_ministers_is_no_word_of_which_ministers():
    found = events(
        "Drones\n\nACCRA, Sept 26, 2031 (Wire) - Drone ministers ended two days of talks on Friday."
    )
    assert "Meeting of drone ministers" in found


def test_days_a_gathering_ended_after_count_back_past_its_place_and_its_next_edition_stays_apart():
    text = (
        "Forum des drones : le bilan\n\nLe 14 novembre 2031\n\nLa neuvième édition du Forum des drones s'est achevée "
        "mercredi soir à la Maison de la Mutualité, après deux jours de débats. La prochaine édition aura lieu en "
        "novembre 2032."
    )
    found = events(text)
    assert iso(found["Forum des drones"]) == ("2031-11-11", "2031-11-12")
    assert iso(found["Forum des drones 2032"]) == ("2032-11", None)


def test_the_next_edition_of_a_gathering_told_as_held_is_another_edition_not_its_date():
    found = events(
        "Wire\n\n1 March 2031\n\nThe Drone Forum brought together 500 people in Lyon. The next edition will take "
        "place in November 2032."
    )
    assert iso(found["Drone Forum"]) == (None, None)
    assert iso(found["Drone Forum 2032"]) == ("2032-11", None)
    found = events(
        "Dépêche\n\n1er mars 2031\n\nChaque année, l'association organise les Journées des drones. La prochaine "
        "édition aura lieu en novembre 2032."
    )
    assert iso(found["Journées des drones"]) == ("2032-11", None)


def test_a_headline_meeting_with_someone_the_lead_s_meeting_names_is_that_meeting():
    text = (
        "Readout of the Secretary's Meeting with Drone Commissioner Lena Kowalski\n\nFebruary 27, 2031\n\n"
        "Secretary Robert Hale met today with Drone Commissioner Lena Kowalski in Washington."
    )
    found = events(text)
    meetings = [name for name, event in found.items() if event.kind == "meeting"]
    assert meetings == ["Meeting between Robert Hale and Lena Kowalski"]
    assert "Secretary's Meeting" in found["Meeting between Robert Hale and Lena Kowalski"].aliases


def test_a_verb_before_a_kind_word_is_no_word_of_its_name():
    found = events(
        "Wire\n\n1 March 2031\n\nOn the sidelines of the summit, the two leaders held talks on Tuesday."
    )
    assert not any("held" in name for name in found)


def test_a_lead_whose_first_date_is_an_aside_lends_the_headline_no_later_date_either():
    text = (
        "Tributes paid to Jane Roe, architect of the drone mission\n\n4 August 2031\n\nJane Roe, who led the drone "
        "mission from its launch in March 2024 until last year, has died. A funeral will be held on Wednesday."
    )
    assert iso(events(text)["Mission"]) == ("2024-03", None)


def test_a_gathering_s_close_is_no_deadline_but_a_registration_s_is():
    found = events(
        "Dépêche\n\n1er mars 2031\n\nLa neuvième édition du Forum des drones s'est achevée mercredi."
    )
    assert found["Clôture de la neuvième édition du Forum des drones"].kind == "event"
    found = events("Wire\n\n1 March 2031\n\nRegistration for the Drone Summit closes on 28 April 2031.")
    assert next(e for name, e in found.items() if name.startswith("Closing")).kind == "deadline"


def test_a_body_that_convenes_its_session_holds_that_session_named_after_it():
    found = events(
        "Wire\n\n1 March 2031\n\nThe Drone Council will convene its next session in Geneva from 3 to 5 June."
    )
    assert list(found) == ["Next session of the Drone Council"]
    assert iso(found["Next session of the Drone Council"]) == ("2031-06-03", "2031-06-05")
    found = events("Wire\n\n1 March 2031\n\nMinisters convened a meeting on drones on 3 June.")
    assert list(found) == ["Meeting on drones"]


def test_who_invited_is_no_meeting_and_a_headline_trip_next_week_is_the_lead_s_trip():
    text = (
        "Drone minister to visit Ghana next week\n\n6 March 2031\n\nThe drone minister, Jane Roe, will pay an "
        "official visit to Ghana from 12 to 14 March at the invitation of her Ghanaian counterpart."
    )
    found = events(text)
    assert not any(name.startswith("Meeting") for name in found)
    trips = [name for name, event in found.items() if event.kind in ("visit", "state visit")]
    assert len(trips) == 1 and iso(found[trips[0]]) == ("2031-03-12", "2031-03-14")


def test_a_gathering_its_attendees_acted_at_lasted_the_days_told_and_is_the_headline_s():
    text = (
        "Sommet des drones de Kigali : la déclaration adoptée\n\nKigali, 5 avril 2031 (AFP)\n\n"
        "Les participants au deuxième Sommet mondial des drones ont adopté vendredi la « Déclaration de Kigali » "
        "à l'issue de deux jours de travaux.\n\nLe prochain sommet se tiendra à Dakar en 2033."
    )
    found = events(text)
    summit = found["Sommet mondial des drones"]
    assert (iso(summit), summit.location.city) == (("2031-04-03", "2031-04-04"), "Kigali")
    assert "Sommet des drones de Kigali" in summit.aliases and "Sommet des drones de Kigali" not in found
    found = events(
        "Wire\n\n1 March 2031\n\nDelegates at the Drone Summit adopted a declaration on Friday at the end of two "
        "days of talks."
    )
    assert iso(found["Drone Summit"]) == ("2031-02-27", "2031-02-28")


def test_a_sitting_said_to_be_planned_for_a_day_is_held_that_day():
    found = events(
        "Dépêche\n\n5 juin 2031\n\nLes ministres ont préparé le Conseil des ministres franco-togolais "
        "prévu le 28 octobre à Lomé."
    )
    assert iso(found["Conseil des ministres franco-togolais"]) == ("2031-10-28", None)
    found = events("Wire\n\nJune 5, 2031\n\nThey prepared the Drone Council, scheduled for 28 October.")
    assert iso(found["Drone Council"]) == ("2031-10-28", None)


def test_and_within_a_body_s_name_goes_on_to_its_head_word():
    found = events(
        "Wire\n\nJune 5, 2031\n\nThe next meeting of the Ghana-Togo Trade and Drone Council is expected "
        "on 3 July in Accra."
    )
    assert "Meeting of the Ghana-Togo Trade and Drone Council" in found
    # Not two names joined: "the Drone Forum and Togo signed" ends at "Forum".
    found = events("Wire\n\nJune 5, 2031\n\nThe members met at the Drone Forum and Togo signed on 3 June.")
    assert not any("Togo" in name for name in found)


def test_a_kind_word_after_a_kind_or_a_body_word_names_the_gathering_with_it():
    text = "Wire\n\nJune 5, 2031\n\nMembers will hold a ministerial council meeting on 3 and 4 July."
    assert iso(events(text)["Ministerial council meeting"]) == ("2031-07-03", "2031-07-04")
    text = "Wire\n\nJune 5, 2031\n\nThe board meeting on 3 July will approve the budget."
    assert iso(events(text)["Board meeting"]) == ("2031-07-03", None)


def test_a_headline_s_meeting_told_by_the_lead_s_same_kind_words_is_the_lead_s_one():
    found = events(
        "Table ronde franco-togolaise sur les drones\n\nLomé, 5 juin 2031 – Une table ronde consacrée "
        "aux drones s'est tenue mercredi à l'ambassade de France à Lomé."
    )
    assert list(found) == ["Table ronde consacrée aux drones"]
    assert iso(found["Table ronde consacrée aux drones"]) == ("2031-06-04", None)
    assert "Table ronde franco-togolaise sur les drones" in found["Table ronde consacrée aux drones"].aliases
    # A meeting with someone in the lead is not a headline's meeting of another kind of words.
    found = events(
        "Meeting of drone ministers\n\nAccra, 5 June 2031 – The minister held a meeting with the "
        "ambassador on Wednesday."
    )
    assert "Meeting of drone ministers" in found


def test_talk_formats_are_gatherings():
    found = events(
        "Wire\n\nMay 5, 2031\n\nA panel discussion on drone rules will take place on 3 June in Accra."
    )
    assert iso(found["Panel discussion on drone rules"]) == ("2031-06-03", None)
    found = events("Wire\n\nMay 5, 2031\n\nThe minister will join a fireside chat in Accra on 3 June.")
    assert found["Fireside chat in Accra"].kind == "meeting"
    found = events("Dépêche\n\n5 mai 2031\n\nUne table-ronde sur les drones se tiendra le 3 juin à Lomé.")
    assert iso(found["Table-ronde sur les drones"]) == ("2031-06-03", None)


def test_one_deadline_label_under_the_title_and_a_labelled_span_of_days_are_dated_events():
    found = events(
        "Appel à projets : drones et santé\n\nDate limite de dépôt : 15 mars 2031 à midi\n\n"
        "L'agence lance un appel à projets pour les drones de santé.\n\n"
        "- auditions des lauréats : du 10 au 14 avril 2031\n- remise des prix : 2 mai 2031\n"
    )
    assert iso(found["Date limite de dépôt"]) == ("2031-03-15", None)
    assert found["Date limite de dépôt"].kind == "deadline"
    assert iso(found["Auditions des lauréats"]) == ("2031-04-10", "2031-04-14")


def test_a_day_alone_after_a_title_dates_its_event_and_numbered_sessions_stay_apart():
    found = events(
        "Drone webinars\n\nThe Drone Institute and the Accra Law School are running a four-part online series "
        "on drone rules this autumn.\n\n"
        "Session 1 — Who audits the auditors? Thursday 7 October 2027, 14:00–15:30 BST\n\n"
        "Session 2 — What the Accra summit should deliver. Thursday 21 October 2027\n\n"
        "Workshop on drone law. Friday 22 October 2027, Accra.\n"
    )
    assert iso(found["Session 1"]) == ("2027-10-07", None)
    assert iso(found["Session 2"]) == ("2027-10-21", None)
    assert iso(found["Workshop on drone law"]) == ("2027-10-22", None)
    # A gathering the title is about is not held on the session's day.
    assert all(event.start is None for name, event in found.items() if "summit" in name.lower())


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dépêche\n\n19 février 2031\n\nL'ambassadrice a reçu le ministre pour préparer la visite d'État "
            "du président, prévue du 23 au 25 mars.",
            "Visite d'État du président",
        ),
        (
            "Wire\n\nFebruary 19, 2031\n\nThe minister came to prepare the state visit of the president, "
            "scheduled for 23 March.",
            "State visit of the president",
        ),
    ],
)
def test_an_event_prepared_is_dated_by_the_plan_its_participle_tells(text, name):
    assert events(text)[name].start == PartialDate(2031, 3, 23)


def test_a_name_with_an_adjective_said_to_be_held_in_the_plural_after_an_opening_phrase_is_a_gathering():
    found = events(
        "Dépêche\n\n2 octobre 2029\n\nPour la première fois, les Rencontres nationales des drones se tiennent "
        "à Rennes jeudi et vendredi."
    )
    assert iso(found["Rencontres nationales des drones"]) == ("2029-10-04", "2029-10-05")
    assert found["Rencontres nationales des drones"].location.city == "Rennes"


def test_ministers_meeting_that_a_week_ahead_s_item_tells_is_the_item_once():
    found = events(
        "The week ahead\n\nMonday 19 May 2031\n\nOur pick of the week's events on drones and their rules, "
        "from Accra to Lomé:\n\nThursday–Friday: Ministers of the Drone Council meet in Lomé.\n"
    )
    assert list(found) == ["Meeting of ministers in Lomé"]
    assert iso(found["Meeting of ministers in Lomé"]) == ("2031-05-22", "2031-05-23")


def test_an_agenda_s_timed_item_opening_on_an_event_word_may_close_on_a_full_stop():
    found = events(
        "L'agenda de la ministre\n\nSemaine du 5 mai 2031\n\nLundi 5 mai\n\n"
        "10h00 : Entretien avec le ministre togolais des drones, palais de l'Élysée.\n\n"
        "16:02 That's where we leave today's coverage.\n"
    )
    meeting = found["Entretien avec le ministre togolais des drones"]
    assert (iso(meeting), meeting.kind, meeting.location.venue) == (
        ("2031-05-05", None),
        "meeting",
        "palais de l'Élysée",
    )
    assert len(found) == 1


def test_an_event_page_s_kind_takes_the_lead_s_one_of_that_word_not_another_meeting():
    found = events(
        "Fireside chat: drone rules and jobs\n\nAccra, 9 May 2031 — The minister sat down with students on "
        "Thursday evening for a fireside chat. Members will hold a ministerial council meeting on 3 and 4 June.\n"
    )
    chat = found["Drone rules and jobs"]
    assert iso(chat) == ("2031-05-08", None)
    assert iso(found["Ministerial council meeting"]) == ("2031-06-03", "2031-06-04")


@pytest.mark.parametrize(
    "text",
    [
        "Dépêche\n\n5 juin 2031\n\nLa Conférence des drones s'ouvrira le 9 juin à Lomé. Elle durera cinq jours.",
        "Wire\n\nJune 5, 2031\n\nThe Drone Conference opens on 9 June in Lomé. It will last five days.",
    ],
)
def test_how_long_the_next_sentence_says_it_lasts_is_a_gathering_s_span(text):
    (event,) = events(text).values()
    assert iso(event) == ("2031-06-09", "2031-06-13")


def test_a_gathering_told_from_one_day_until_another_lasts_until_then():
    found = events(
        "Salon\n\n1er mars 2031\n\nLe Salon des drones se tient à Bordeaux du 13 mars jusqu'au 15 mars."
    )
    assert iso(found["Salon des drones"]) == ("2031-03-13", "2031-03-15")
    found = events(
        "Agenda\n\n1er mars 2031\n\nJeudi 13 mars : ouverture du Salon des drones à Bordeaux (jusqu'au 15 mars)."
    )
    assert iso(found["Salon des drones"]) == ("2031-03-13", "2031-03-15")
    # What is open until a day out of brackets is still a deadline's, not a gathering's end.
    found = events(
        "Salon\n\n1er mars 2031\n\nLe Salon des drones ouvre le 3 mars ; les inscriptions sont ouvertes jusqu'au 15 mars."
    )
    assert iso(found["Salon des drones"]) == ("2031-03-03", None)


def test_a_gatherings_day_before_what_it_is_held_to_do_is_the_gatherings():
    found = events(
        "Wire\n\nMarch 1, 2031\n\nA meeting of ministers will be held in Addis Ababa in September to launch the "
        "implementation of the charter."
    )
    assert iso(found["Meeting of ministers"]) == ("2031-09", None)
    found = events(
        "Dépêche\n\n1er mars 2031\n\nUne réunion des ministres se tiendra à Addis-Abeba en septembre pour lancer "
        "l'application de la charte."
    )
    assert iso(found["Réunion des ministres"]) == ("2031-09", None)


def test_a_headline_takes_no_date_from_the_participle_clause_its_lead_opens_on_when_the_main_clause_has_one():
    found = events(
        "Le Conseil constitutionnel valide la loi sur les drones\n\nParis, jeudi 17 avril 2031\n\n"
        "Saisi le 20 mars par soixante députés, le Conseil constitutionnel a rendu jeudi sa décision sur la loi."
    )
    assert "2031-03-20" not in {iso(event)[0] for event in found.values()}
    # Without a date of its own in the main clause, the participle's is the news: who gathered then.
    found = events(
        "Sommet de Genève sur les drones\n\nGenève, jeudi 17 avril 2031\n\n"
        "Réunis mardi à Genève, les ministres ont adopté une déclaration sur les drones."
    )
    assert iso(found["Sommet de Genève sur les drones"]) == ("2031-04-15", None)
    # A name is no participle: "Helen Marsh resigned on Friday ..., effective 31 March" dates by Friday.
    found = events(
        "Drone agency chief resigns\n\nPublished 14 March 2031\n\n"
        "Helen Marsh resigned on Friday as head of the Civil Drone Authority, effective 31 March."
    )
    assert {iso(event)[0] for event in found.values()} == {"2031-03-14"}


def test_a_headline_s_text_a_milestone_of_its_kind_is_done_to_is_that_milestone_not_a_second_event():
    found = events(
        "Accord sur les drones signé entre le Togo et le Ghana\n\nLomé, le 3 mars 2031 – Le Togo et le Ghana "
        "ont signé lundi un accord sur les drones civils."
    )
    assert list(found) == ["Signature d'accord sur les drones"]
    assert iso(found["Signature d'accord sur les drones"]) == ("2031-03-03", None)


def test_a_live_blog_s_timed_line_or_a_dateline_s_dash_opens_a_sentence_not_a_calendar_item():
    found = events(
        "Live: drone summit\n\nUpdated 3 April 2031, 13:10\n\n11:15 — President Kofi Mensah opens the summit.\n\n"
        "13:05 — The Africa Drone Summit's first panel has started."
    )
    assert not any("Mensah" in name for name in found)
    found = events(
        "Wire\n\nNairobi, 20 November 2031 — Kenya and Ghana signed their memorandum of understanding on drones "
        "on Thursday."
    )
    assert list(found) == ["Signing of the memorandum of understanding on drones by Kenya and Ghana"]


def test_a_renewed_agreement_is_its_renewal_and_how_long_it_holds_may_stand_before_it():
    found = events(
        "Dépêche\n\nQuébec, le 20 novembre 2031 – La France et le Québec ont renouvelé jeudi pour cinq ans leur "
        "accord de coopération sur les drones."
    )
    assert iso(
        found["Renouvellement de leur accord de coopération sur les drones par la France et le Québec"]
    ) == (
        "2031-11-20",
        None,
    )
    found = events(
        "Wire\n\nLomé, 3 April 2031 — On 2 April, Togo and Ghana renewed for five years the memorandum on civil "
        "drones they first signed in Accra."
    )
    # A clause opened by its own subject pronoun is no part of the name.
    assert iso(found["Renewal of the memorandum on civil drones by Togo and Ghana"]) == ("2031-04-02", None)
    # Renewing a call or a pledge is no agreement.
    assert (
        events("Wire\n\nNairobi, 20 November 2031 — Kenya renewed its call for a drone treaty on Thursday.")
        == {}
    )


def test_a_common_noun_that_opens_or_closes_is_not_capitalised_as_the_sentence_s_first_word():
    found = events("Wire\n\nCanberra, 4 December 2031 — Submissions close on 20 January 2032.")
    assert list(found) == ["Closing of submissions"]
    found = events("Wire\n\nCanberra, 4 December 2031 — Registration opens on 20 January 2032.")
    assert list(found) == ["Opening of registration"]
    found = events("Dépêche\n\nParis, le 4 décembre 2031 — Les candidatures ferment le 20 janvier 2032.")
    assert iso(found["Clôture des candidatures"]) == ("2032-01-20", None)
    # A name keeps its capital: "Parliament meets", "UNESCO closes".
    found = events("Wire\n\nCanberra, 4 December 2031 — Parliament meets on 20 January 2032.")
    assert not any(name.endswith("parliament") for name in found)


def test_a_gathering_told_first_by_its_kind_word_alone_takes_the_name_of_the_one_of_its_days_told_next():
    found = events(
        "Wire\n\nRIO DE JANEIRO, 12 November 2031 — G20 digital ministers agreed a declaration on drones at the "
        "end of a two-day meeting on Wednesday.\n\nThe ministers met on 11 and 12 November."
    )
    meetings = {name: iso(event) for name, event in found.items() if event.kind == "meeting"}
    assert meetings == {"Meeting of ministers": ("2031-11-11", "2031-11-12")}
    assert "Meeting" in found["Meeting of ministers"].aliases
    # On other days, two meetings.
    found = events(
        "Wire\n\nRIO DE JANEIRO, 12 November 2031 — The ministers held a meeting on Monday.\n\n"
        "The ministers met again on 12 November."
    )
    assert len([event for event in found.values() if event.kind == "meeting"]) == 2


def test_an_honorific_s_full_stop_does_not_end_the_name_of_the_event_it_is_in():
    found = events(
        "Dépêche\n\nParis, 5 mai 2032 — Le ministre a rappelé la visite de M. Tremblay à Paris en juin 2031."
    )
    assert iso(found["Visite de M. Tremblay"]) == ("2031-06", None)
    found = events(
        "Wire\n\nWASHINGTON, May 5, 2032 — The visit of Mr. Tremblay to Ottawa will take place on June 3."
    )
    assert iso(found["Visit of Mr. Tremblay"]) == ("2032-06-03", None)
    # A full stop after a capital that is no honorific still ends the sentence and the name.
    found = events("Dépêche\n\nParis, 5 mai 2032 — Le sommet se tiendra le 3 juin à Paris. Le G7 suivra.")
    assert list(found) == ["Sommet"]


def test_the_part_of_a_month_or_an_adverb_of_an_adjective_and_an_opening_article_are_read_for_what_they_are():
    # "fin août" is when the vote is, not its name.
    found = events(
        "Dépêche\n\nParis, 24 septembre 2032 — Le texte a été adopté après un vote des deux chambres fin août."
    )
    assert iso(found["Vote des deux chambres"]) == ("2032-08", None)
    found = events(
        "Wire\n\nLONDON, 24 September 2032 — The text faced a vote of both chambers in late August."
    )
    assert iso(found["Vote of both chambers"]) == ("2032-08", None)
    # "legally" qualifies "binding": the name goes on to what it is on.
    found = events(
        "Wire\n\nNEW YORK, 7 October 2032 — She said negotiations on a legally binding instrument should start in 2035."
    )
    assert iso(found["Negotiations on a legally binding instrument"]) == ("2035", None)
    # An article after a dateline's dash opens the sentence; it is no name of the gathering.
    found = events("Wire\n\nNEW YORK, 7 October 2032 — A summit on drones opens on 3 November.")
    assert iso(found["Summit on drones"]) == ("2032-11-03", None)
    # An adverb that is how, not part of a complement, still ends the name.
    found = events(
        "Wire\n\nNEW YORK, 7 October 2032 — The conference on drones opened formally on 3 October."
    )
    assert list(found) == ["Conference on drones"]


def test_the_occasion_a_relative_clause_tells_is_the_other_text_s_not_the_act_s_before_it():
    found = events(
        "Dépêche\n\nOttawa, le 5 novembre 2032 — Les deux dirigeants ont signé une déclaration sur les drones, qui "
        "prolonge celle adoptée lors de la visite de M. Tremblay à Paris en juin 2031."
    )
    assert iso(found["Signature d'une déclaration sur les drones"]) == (None, None)
    assert iso(found["Visite de M. Tremblay"]) == ("2031-06", None)
    # Told as the signing's own occasion, it dates the signing.
    found = events(
        "Dépêche\n\nOttawa, le 5 novembre 2032 — Les deux dirigeants ont signé une déclaration sur les drones lors "
        "de la visite de M. Tremblay à Paris en juin 2031."
    )
    assert iso(found["Signature d'une déclaration sur les drones"]) == ("2031-06", None)


def test_a_time_set_off_by_commas_between_a_milestone_and_what_it_is_of_is_no_end_of_its_name():
    found = events(
        "Wire\n\nBRUSSELS, 18 June 2032 — Both sides welcomed the entry into force, on 1 April, of the agreement on "
        "robot certification."
    )
    assert iso(found["Entry into force of the agreement on robot certification"]) == ("2032-04-01", None)
    found = events(
        "Dépêche\n\nParis, 18 juin 2032 — Les deux parties ont salué l'entrée en vigueur, le 1er avril, de l'accord "
        "sur la certification des robots."
    )
    assert iso(found["Entrée en vigueur de l'accord sur la certification des robots"]) == ("2032-04-01", None)
    # An aside that is no time keeps the name as it was.
    found = events(
        "Wire\n\nBRUSSELS, 18 June 2032 — The entry into force, as expected, of the charter took place on 1 April."
    )
    assert not any(name.startswith("Entry into force of the charter") for name in found)


def test_an_event_word_and_a_verb_before_a_milestone_are_no_words_that_say_which_it_is():
    found = events(
        "Wire\n\nWASHINGTON, Jan. 15, 2032 — The vote followed approval of the bill by the Senate Commerce "
        "Committee in November."
    )
    assert {name: iso(event) for name, event in found.items()} == {"Approval of the bill": ("2031-11", None)}
    # Words that say which still do.
    found = events("Wire\n\nWASHINGTON, Jan. 15, 2032 — A virtual leaders' session is set for 3 March.")
    assert list(found) == ["Virtual leaders' session"]


def test_the_gathering_those_who_met_met_for_is_their_meeting_not_a_second_one():
    found = events(
        "Dépêche\n\nParis, 21 mai 2032 — Les ministres se sont réunis jeudi et vendredi à Paris pour la réunion "
        "ministérielle du Comité du numérique."
    )
    assert {name: iso(event) for name, event in found.items()} == {
        "Réunion ministérielle du Comité du numérique": ("2032-05-20", "2032-05-21")
    }
    assert "Réunion des ministres à Paris" in found["Réunion ministérielle du Comité du numérique"].aliases
    found = events("Wire\n\nPARIS, 21 May 2032 — The ministers met on Thursday in Paris for talks on drones.")
    assert {name: iso(event) for name, event in found.items()} == {"Talks on drones": ("2032-05-20", None)}
    # Met before a gathering they did not meet for: two.
    found = events(
        "Wire\n\nPARIS, 21 May 2032 — The ministers met on Thursday in Paris, two weeks before the summit on 3 June."
    )
    assert len(found) == 2


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Wire\n\nGENEVA, 3 July 2033 — The Lisbon Charter, adopted by the ministers in May 2030, requires "
            "five ratifications.",
            "Adoption of the Lisbon Charter",
        ),
        (
            "Wire\n\nPARIS, 16 May 2031 (AFP) - Adopted in May 2030, the Lisbon Charter bans armed drones.",
            "Adoption of the Lisbon Charter",
        ),
    ],
)
def test_a_participle_after_a_dateline_qualifies_the_title_that_opens_the_sentence(text, name):
    assert {n: iso(e) for n, e in events(text).items()} == {name: ("2030-05", None)}


@pytest.mark.parametrize(
    ("text", "launch", "gathering"),
    [
        (
            "Genève, le 3 mars 2031\n\nLancé en septembre 2029, le Dialogue mondial sur les drones se réunira "
            "à Genève en juillet 2031.",
            "Lancement du Dialogue mondial sur les drones",
            "Dialogue mondial sur les drones",
        ),
        (
            "Geneva, 3 March 2031\n\nLaunched in September 2029, the Dialogue on Drone Governance will meet in "
            "Geneva in July 2031.",
            "Launch of the Dialogue on Drone Governance",
            "Dialogue on Drone Governance",
        ),
    ],
)
def test_a_gathering_launched_in_a_fronted_participle_meets_on_days_of_its_own(text, launch, gathering):
    found = events(text)
    assert iso(found[launch]) == ("2029-09", None)
    assert iso(found[gathering]) == ("2031-07", None)


def test_a_gathering_inaugurated_in_a_fronted_participle_is_held_that_day():
    found = events("Lomé, le 3 mai 2031\n\nInauguré le 3 mai 2031, le Forum des drones réunit 300 délégués.")
    assert {name: iso(event) for name, event in found.items()} == {"Forum des drones": ("2031-05-03", None)}


def test_a_participle_after_a_clause_set_off_by_a_comma_is_no_act_of_the_clauses_subject():
    found = events(
        "Wire\n\nNEW YORK, Oct. 7, 2032 — The United Nations Security Council held its first open debate on "
        "drones on Thursday, convened by Ghana, which holds the presidency."
    )
    assert list(found) == ["First open debate on drones"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Dépêche\n\nParis, 12 mars 2033 — Le gouvernement veut une adoption avant les élections municipales "
            "de mars 2034.",
            "Élections municipales",
        ),
        (
            "Wire\n\nPARIS, 12 March 2033 — The government wants it passed before the municipal elections of "
            "March 2034.",
            "Municipal elections",
        ),
        ("Dépêche\n\nParis, 12 mars 2033 — Le gouvernement prépare le sommet de mars 2034.", "Sommet"),
    ],
)
def test_a_month_right_after_an_event_counted_from_is_its_date(text, name):
    assert {n: iso(e) for n, e in events(text).items()} == {name: ("2034-03", None)}


def test_an_object_ends_before_an_infinitive_joined_to_its_verb():
    found = events(
        "Dépêche\n\nParis, 23 février 2033 — Paris et New Delhi devraient vendredi signer une feuille de route "
        "sur l'IA et annoncer la création d'un centre conjoint."
    )
    assert "Signature d'une feuille de route sur l'IA par Paris et New Delhi" in found
    # "contre", "entre" are no infinitives.
    found = events(
        "Dépêche\n\nParis, 23 février 2033 — Les deux pays ont signé vendredi un accord sur l'IA et contre la "
        "désinformation."
    )
    assert list(found) == ["Signature d'un accord sur l'IA et contre la désinformation"]


@pytest.mark.parametrize(
    "text",
    [
        "Dépêche\n\nParis, 23 février 2033 — M. Mehta se rendra ensuite à Marseille samedi, où il inaugurera le "
        "nouveau consulat.",
        "Wire\n\nPARIS, 23 February 2033 — Mehta will travel to Marseille on Saturday, where he will open the new "
        "consulate.",
    ],
)
def test_what_is_done_where_a_trip_goes_is_done_on_its_day(text):
    assert {iso(e) for e in events(text).values()} == {("2033-02-26", None)}


def test_a_timeline_items_text_is_the_act_done_to_it_not_a_second_event():
    found = events(
        "Wire\n\nBRUSSELS, 22 November 2032 — Here is a timeline:\n\n- 28 September 2031: the Commission tables "
        "its revised proposal.\n\n- 3 March 2032: the Council adopts its general approach."
    )
    assert list(found) == [
        "Introduction of the revised proposal by the Commission",
        "Adoption of the general approach by the Council",
    ]


def test_an_english_participle_closing_an_aside_qualifies_the_noun_before_it():
    found = events(
        "Wire\n\nGENEVA, 3 July 2033 — The panel, created by a resolution adopted in August 2031, is to present "
        "its first report to the Dialogue."
    )
    assert {n: iso(e) for n, e in found.items()} == {
        "Adoption of a resolution": ("2031-08", None),
        "Presentation of the first report": (None, None),
    }
    # Its object after the time and an aside: the subject did it.
    found = events(
        "Wire\n\nGENEVA, 3 July 2033 — The ministers adopted in May, after long talks, a drone charter."
    )
    assert list(found) == ["Adoption of a drone charter by the ministers"]


@pytest.mark.parametrize(
    ("text", "meeting", "act"),
    [
        (
            "Publié le 9 février 2031\n\nLe Comité des drones rendra son avis lors de sa réunion plénière des "
            "24 et 25 février à Bruxelles.",
            "Réunion plénière du Comité des drones",
            "Publication de l'avis du Comité des drones",
        ),
        (
            "Published 9 February 2031\n\nThe European Drone Board will adopt its opinion at its plenary meeting "
            "on 24 and 25 February in Brussels.",
            "Plenary meeting of the European Drone Board",
            "Adoption of the opinion of the European Drone Board",
        ),
    ],
)
def test_a_gathering_told_with_a_possessive_after_at_is_the_subject_body_s_and_dates_its_act(
    text, meeting, act
):
    found = events(text)
    assert iso(found[meeting]) == ("2031-02-24", "2031-02-25")
    assert iso(found[act]) == ("2031-02-24", "2031-02-25")


def test_a_possessive_gathering_of_someone_who_is_no_body_keeps_its_name():
    found = events("Published 9 February 2031\n\nThe minister will speak at their annual summit on 4 March.")
    assert "Summit" in found


def test_a_possessive_gathering_is_named_after_the_body_of_the_body_the_sentence_opens_on():
    found = events(
        "Publié le 20 juillet 2031\n\nLe Conseil exécutif de l'Union africaine des télécommunications (UAT) a "
        "approuvé vendredi la charte des drones, lors de sa 5e session ordinaire tenue les 18 et 19 juillet à Accra."
    )
    session = "5e session ordinaire du Conseil exécutif de l'Union africaine des télécommunications"
    assert iso(found[session]) == ("2031-07-18", "2031-07-19")


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "New Delhi, 27 January 2031\n\nThe two leaders today signed a roadmap on drones at Hyderabad House, "
            "on the second day of the President's state visit to India.",
            "Second day of the President's state visit",
        ),
        (
            "Dakar, le 27 janvier 2031\n\nLes deux présidents ont signé aujourd'hui une feuille de route sur les "
            "drones, au deuxième jour de la visite d'État du président au Sénégal.",
            "Deuxième jour de la visite d'État du président",
        ),
    ],
)
def test_a_counted_day_of_an_undated_trip_told_right_after_a_dated_act_is_the_act_s_day(text, day):
    assert iso(events(text)[day]) == ("2031-01-27", None)


@pytest.mark.parametrize(
    "text",
    [
        "Oslo, 6 May 2032\n\nThe Drone Council, meeting at ministerial level, adopted on Thursday a revised "
        "Recommendation on Drones.",
        "Oslo, 6 May 2032\n\nThe Drone Council, meeting in Oslo on Thursday, adopted a revised Recommendation "
        "on Drones.",
    ],
)
def test_an_english_participle_of_meeting_tells_who_met_and_the_act_is_the_event(text):
    found = events(text)
    assert "Meeting" not in found and "Meeting in Oslo" not in found
    assert iso(found["Adoption of a revised Recommendation on Drones"]) == ("2032-05-06", None)


def test_ministers_set_off_as_meeting_somewhere_held_a_meeting_there():
    found = events(
        "Oslo, 6 May 2032\n\nDrone ministers, meeting in Bergen, adopted on Thursday a declaration."
    )
    meeting = found["Meeting of drone ministers in Bergen"]
    assert (iso(meeting), meeting.location.city) == (("2032-05-06", None), "Bergen")


def test_how_long_a_gathering_lasts_is_left_out_of_its_name_and_what_it_is_kept():
    found = events(
        "Accra, 9 September 2032\n\nMinisters held a three-day extraordinary session on 6 September."
    )
    assert iso(found["Extraordinary session"]) == ("2032-09-06", "2032-09-08")


def test_someone_s_consent_is_no_agreement_but_a_body_s_agreement_is():
    found = events(
        "Lomé, le 18 septembre 2032\n\nLa loi sur les drones, adoptée le 17 septembre, exige l'accord des "
        "parents pour les moins de 14 ans. L'accord du G7 sur les drones a été signé le 3 mars."
    )
    assert not any(name.startswith("Accord des parents") for name in found)
    assert iso(found["Signature de l'accord du G7 sur les drones"]) == ("2032-03-03", None)


PROGRAMME_WITH_WHO_TAKES_PART = (
    "Programme — Drone Week 2032\n\nAccra, 16–20 April 2032\n\nMonday 16 April\n\n09:00 Opening plenary, "
    "with the Secretary-General of the Drone Union, Ama Owusu\n\n15:00 Panel: testing and evaluation of drone "
    "models\n\n16:00 Table ronde sur les drones, animée par Jeanne Roy"
)


def test_who_takes_part_in_a_programme_s_session_is_no_part_of_its_name():
    found = events(PROGRAMME_WITH_WHO_TAKES_PART)
    assert iso(found["Opening plenary"]) == ("2032-04-16", None)
    assert iso(found["Table ronde sur les drones"]) == ("2032-04-16", None)


@pytest.mark.parametrize(
    ("text", "session"),
    [
        (
            "Accra, 22 January 2032\n\nGhana will host the drone summit on 8 and 9 May.\n\nA ministerial "
            "session will be held on the second day.",
            "Ministerial session",
        ),
        (
            "Accra, le 22 janvier 2032\n\nLe Ghana accueillera le sommet des drones les 8 et 9 mai.\n\nUne "
            "session ministérielle est prévue le deuxième jour.",
            "Session ministérielle",
        ),
    ],
)
def test_a_counted_day_with_no_gathering_named_is_a_day_of_the_gathering_of_several_days_told_before(
    text, session
):
    assert iso(events(text)[session]) == ("2032-05-09", None)


@pytest.mark.parametrize(
    ("text", "signing", "day"),
    [
        (
            "Drone summit\n\nAccra, 22 January 2032\n\nGhana will host the drone summit from 8 to 10 May.\n\nA joint statement "
            "is expected to be signed by attending countries on the opening day.",
            "Signing of a joint statement",
            "2032-05-08",
        ),
        (
            "Drone summit\n\nAccra, 22 January 2032\n\nGhana will host the drone summit from 8 to 10 May.\n\nA joint statement "
            "will be signed on the closing day.",
            "Signing of a joint statement",
            "2032-05-10",
        ),
        (
            "Sommet des drones\n\nAccra, le 22 janvier 2032\n\nLe Ghana accueillera le sommet des drones du 8 au 10 mai.\n\nUne "
            "déclaration commune doit être signée lors de la journée de clôture.",
            "Signature d'une déclaration commune",
            "2032-05-10",
        ),
        (
            "Sommet des drones\n\nAccra, le 22 janvier 2032\n\nLe Ghana accueillera le sommet des drones du 8 au 10 mai.\n\nUne "
            "déclaration commune sera signée le jour d'ouverture.",
            "Signature d'une déclaration commune",
            "2032-05-08",
        ),
    ],
)
def test_the_opening_or_closing_day_is_the_first_or_last_day_of_the_gathering_told_before(text, signing, day):
    assert iso(events(text)[signing]) == (day, None)


def test_what_a_declaration_calls_for_somewhere_does_not_place_its_adoption():
    found = events(
        "Accra, 14 March 2032\n\nLeaders adopted on Friday in Accra a drone declaration that calls for a "
        "drone centre to be built in Lomé."
    )
    assert found["Adoption of a drone declaration by leaders"].location.city == "Accra"
    found = events(
        "Accra, 14 March 2032\n\nLeaders adopted on Friday a drone declaration that calls for a drone centre "
        "to be built in Lomé."
    )
    assert found["Adoption of a drone declaration by leaders"].location.city is None


def test_a_gathering_whose_clause_says_it_will_convene_takes_that_date_and_so_does_its_host():
    found = events(
        "Assembly vote\n\nNEW YORK, 14 October 2031 - The resolution welcomes the first meeting of the "
        "Global Forum on Data, which will convene in Nairobi in July 2032 alongside the Data for All summit."
    )
    assert iso(found["First meeting of the Global Forum on Data"])[0] == "2032-07"
    assert iso(found["Data for All summit"])[0] == "2032-07"
    found = events(
        "Forum\n\nParis, 3 mars 2031 - Le texte salue la première réunion du Forum mondial, qui se réunira "
        "à Nairobi en juillet 2032, en marge du sommet Data for All."
    )
    assert iso(found["Première réunion du Forum mondial"])[0] == "2032-07"


def test_an_act_done_during_an_indefinite_gathering_dates_it():
    found = events(
        "Le Conseil de l'Europe ouvre à la signature un protocole sur la culture\n\nStrasbourg, 13 octobre 2031 – Le Comité des ministres a "
        "adopté mercredi un protocole additionnel.\n\nLe protocole sera ouvert à la signature le 9 mars 2032 "
        "à Vaduz, lors d'une conférence des ministres de la Culture."
    )
    assert iso(found["Conférence des ministres de la Culture"])[0] == "2032-03-09"


def test_a_gathering_named_after_its_owner_s_possessive_keeps_its_own_name_and_no_place_from_it():
    found = events(
        "Calendar\n\nROME, 2 February 2031 - The forum will be held in Geneva in July, alongside the "
        "ITU's Drones for Peace summit."
    )
    summit = found["Drones for Peace summit"]
    assert iso(summit) == ("2031-07", None)
    assert summit.location.city == "Geneva"  # not "Peace", which the summit is for


def test_a_one_day_programme_under_its_city_day_and_building_dates_its_title_and_every_item():
    found = events(
        "Journée des drones civils – programme\n\n"
        "Lomé, mardi 3 juin 2031, Centre international de conférences de Lomé\n"
        "08h30 Accueil des participants\n"
        "10h00 Table ronde : les drones au service de la santé\n"
        "14h00 Atelier sur la sécurité des vols de drones au-dessus des zones habitées, animé par "
        "l'Autorité de l'aviation civile du Togo\n"
        "16h30 Lancement de la feuille de route nationale sur les drones\n"
        "17h30 Clôture\n"
    )
    assert iso(found["Journée des drones civils"]) == ("2031-06-03", None)
    assert found["Journée des drones civils"].location.city == "Lomé"
    for item in (
        "Table ronde : les drones au service de la santé",
        "Atelier sur la sécurité des vols de drones au-dessus des zones habitées",
        "Lancement de la feuille de route nationale sur les drones",
    ):
        assert iso(found[item]) == ("2031-06-03", None)
    assert not any("Clôture" in name or name.startswith(("14h00", "17h30")) for name in found)


def test_what_a_word_is_said_to_be_to_do_is_a_task_and_a_season_before_a_year_still_dates_a_clause():
    found = events(
        "Une présidente\n\nLomé, 9 juin 2031 - Le Conseil des ministres a nommé mercredi Awa Mensah à la "
        "présidence de l'Agence des drones.\n\nSa première mission sera de préparer la conférence "
        "nationale, prévue au printemps 2032."
    )
    assert not any("ission" in name or name.startswith("Présidence") for name in found)
    assert iso(found["Conférence nationale"]) == ("2032", None)
    assert any(name.startswith("Nomination d'Awa Mensah à la présidence") for name in found)
    found = events(
        "A chair\n\nLOMÉ, 9 June 2031 - Her first mission will be to prepare the national conference "
        "planned for spring 2032."
    )
    assert "First mission" not in found
    assert iso(found["National conference"]) == ("2032", None)
    # What is likely or due to happen is still an event.
    found = events(
        "Visite\n\nLomé, 9 juin 2031 - La visite du ministre au Togo, le 12 juin, est de nature à rassurer."
    )
    assert iso(found["Visite du ministre"]) == ("2031-06-12", None)
    assert iso(events("Summit\n\nLOMÉ, 9 June 2031 - The summit is to open on 12 June.")["Summit"]) == (
        "2031-06-12",
        None,
    )


def test_how_long_a_trip_lasts_between_it_and_where_it_goes_dates_its_days():
    found = events(
        "Tournée\n\nParis, le 3 octobre 2031 – La ministre déléguée aux Drones, Awa Mensah, entame vendredi une "
        "tournée de quatre jours en Afrique de l'Ouest."
    )
    assert iso(found["Tournée d'Awa Mensah en Afrique de l'Ouest"]) == ("2031-10-03", "2031-10-06")
    found = events(
        "Visite\n\nParis, le 3 octobre 2031 – Awa Mensah entame vendredi une visite de deux jours au Togo."
    )
    assert iso(found["Visite d'Awa Mensah au Togo"]) == ("2031-10-03", "2031-10-04")


def test_a_gathering_an_act_was_done_at_told_with_an_indefinite_article_takes_its_day():
    found = events(
        "Network\n\nLOMÉ, June 6, 2031 - Drone ministers from 14 countries agreed on Friday to set up a joint "
        "network, at a two-day meeting that ended in the Togolese capital."
    )
    assert iso(found["Meeting"]) == ("2031-06-05", "2031-06-06")
    found = events(
        "Réseau\n\nLomé, 6 juin 2031 - Les ministres ont créé vendredi un réseau, lors d'une réunion de deux "
        "jours qui s'est achevée à Lomé."
    )
    assert iso(found["Réunion"]) == ("2031-06-05", "2031-06-06")


LIVE_PAGE = (
    "LIVE: Drone summit in Lomé, day two\n\nUpdated 2 November 2031, 14:20 GMT\n\n"
    "09:15 Leaders arrive at the Lomé Palace for the second day of the Drone Safety Summit.\n\n"
    "09:50 The outreach session with African Union partners has begun behind closed doors.\n\n"
    "10:40 The Leaders' Statement on Safe Drones is out. Key points: a register of operators and a review "
    "in 2033.\n\n"
    "12:05 President Mensah's closing news conference starts. There was never going to be a single "
    "communiqué, she says."
)
DIRECT_PAGE = (
    "EN DIRECT – Sommet des drones à Dakar : deuxième journée\n\nMis à jour le 14 mars 2032 à 13h05\n\n"
    "9h10 La séance plénière s'ouvre avec un discours du président Moussa Ndiaye.\n\n"
    "10h45 La déclaration de Dakar sur les drones est publiée.\n\n"
    "12h30 Conférence de presse de clôture du président Ndiaye."
)


def test_what_a_live_page_s_timed_entries_tell_is_of_its_day_but_the_gathering_it_covers_keeps_its_days():
    found = events(LIVE_PAGE)
    assert {name: iso(e) for name, e in found.items()} == {
        "Second day of the Drone Safety Summit": ("2031-11-02", None),
        "Drone Safety Summit": (None, None),  # the gathering covered: not of the page's day alone
        "Outreach session": ("2031-11-02", None),  # "behind closed doors" closes nothing
        "Leaders' Statement on Safe Drones": ("2031-11-02", None),
        # "Mensah's closing" is a word of the conference's name; the communiqué denied is none
        "President Mensah closing news conference": ("2031-11-02", None),
    }
    french = events(DIRECT_PAGE)
    assert {name: iso(e) for name, e in french.items()} == {
        "Sommet des drones": (None, None),  # the gathering covered, named by the headline
        "Séance plénière avec Moussa Ndiaye": ("2032-03-14", None),
        "Discours du président Moussa Ndiaye": ("2032-03-14", None),
        "Déclaration de Dakar sur les drones": ("2032-03-14", None),
        "Publication de la déclaration de Dakar sur les drones": ("2032-03-14", None),
        "Conférence de presse de clôture du président Ndiaye": ("2032-03-14", None),  # not "12h30 ..."
    }


def test_timed_lines_of_a_page_that_does_not_say_it_is_live_take_no_day_of_publication():
    found = events(DIRECT_PAGE.replace("EN DIRECT – ", ""))
    assert iso(found["Déclaration de Dakar sur les drones"]) == (None, None)


def test_an_information_day_is_an_event_of_its_own_and_not_some_event_s_day():
    found = events(
        "Drone agency meets firms\n\nNAMUR, 4 April 2031 - The drone agency will hold an information day for "
        "start-ups in Namur on 12 May, and an open day at its laboratory on 20 June."
    )
    assert iso(found["Information day for start-ups"]) == ("2031-05-12", None)
    assert found["Information day for start-ups"].location.city == "Namur"
    assert iso(found["Open day"]) == ("2031-06-20", None)
    # Some event's day is still no event of its own.
    assert not events("Drone summit\n\nNAMUR, 4 April 2031 - His first day in office was 2 April.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Drone principles\n\nCAPE TOWN, Thursday 15 May 2031 - Ministers agreed on Wednesday on drone principles "
            "after two days of talks in Cape Town.",
            "Talks in Cape Town",
        ),
        (
            "Principes\n\nLE CAP, 15 mai 2031 – Les ministres se sont entendus mercredi sur des principes communs "
            "après deux jours de négociations au Cap.",
            "Négociations au Cap",
        ),
    ],
)
def test_days_of_talks_after_which_something_was_done_end_on_its_day(text, name):
    assert iso(events(text)[name]) == ("2031-05-13", "2031-05-14")


def test_a_committee_markup_is_a_sitting_and_an_indefinite_article_opens_no_body_s_name():
    found = events(
        "Drone bill\n\nWASHINGTON, March 2, 2032 - A committee markup is scheduled for March 24, and a mark-up of "
        "the House version is set for April 2."
    )
    assert iso(found["Committee markup"]) == ("2032-03-24", None)
    assert not any(name.startswith("A committee") for name in found)


def test_an_adjective_in_ory_says_what_a_gathering_is():
    found = events(
        "Drone summit postponed\n\nDAKAR, Feb 9, 2032 - A preparatory meeting planned for February 10 in Saly has "
        "been called off, and an advisory meeting on drones will be held on 3 March."
    )
    assert found["Preparatory meeting"].status == "cancelled"
    assert iso(found["Advisory meeting on drones"]) == ("2032-03-03", None)


def test_a_hearing_is_named_by_the_body_it_is_held_before():
    found = events(
        "Audition\n\nBRUXELLES, 4 février 2031 – Une audition devant la commission de l'Économie de la Chambre "
        "est prévue le 11 février. L'audience devant le tribunal administratif s'est tenue le 2 février."
    )
    assert iso(found["Audition devant la commission de l'Économie de la Chambre"]) == ("2031-02-11", None)
    assert iso(found["Audience devant le tribunal administratif"]) == ("2031-02-02", None)
    found = events(
        "Hearing\n\nWASHINGTON, March 2, 2032 - Drone makers will testify at a hearing before the Senate Commerce "
        "Committee on March 10."
    )
    assert iso(found["Hearing before the Senate Commerce Committee"]) == ("2032-03-10", None)
    # Held before no one named, a hearing is one the text told of before.
    assert not events("Audience\n\nLUXEMBOURG, 18 mars 2032 – Une audience s'est tenue le 9 novembre 2031.")


def test_what_someone_is_invited_to_do_by_a_day_is_a_deadline_then():
    found = events(
        "Consultation\n\nBRUSSELS, 5 February 2031 - The authority opened a consultation on Tuesday, inviting "
        "companies, researchers and unions to submit comments by March 15."
    )
    assert iso(found["Deadline to submit comments"]) == ("2031-03-15", None)
    found = events(
        "Consultation\n\nBRUXELLES, 5 février 2031 – Les entreprises sont invitées à envoyer leurs contributions "
        "avant le 15 mars."
    )
    assert iso(found["Date limite pour envoyer leurs contributions"]) == ("2031-03-15", None)


def test_an_event_page_s_headline_may_ask_its_title_but_a_summit_s_question_is_news():
    found = events(
        "Webinar: Who certifies delivery drones?\n\nPosted on 12 January 2033\n\nJoin us on Thursday 3 February "
        "2033, 15:00–16:30 CET, for an online discussion on drone certification."
    )
    assert iso(found["Who certifies delivery drones?"]) == ("2033-02-03", None)
    found = events(
        "Sommet : quel bilan ?\n\nPublié le 12 janvier 2033\n\nLe sommet de Lomé s'est achevé le 10 janvier."
    )
    assert not any("bilan" in name for name in found)


def test_a_consultation_the_text_names_nowhere_still_closes():
    found = events(
        "Consultation\n\nPublié le 12 janvier 2033\n\nLa consultation est ouverte jusqu'au 28 février."
    )
    assert iso(found["Clôture de la consultation"]) == ("2033-02-28", None)
    found = events("Consultation\n\nPosted on 12 January 2033\n\nThe consultation closes on 28 February.")
    assert iso(found["Closing of the consultation"]) == ("2033-02-28", None)
    # One named before is the one that closes.
    found = events(
        "Consultation\n\nPublié le 12 janvier 2033\n\nL'Autorité a ouvert mardi une consultation publique sur "
        "les drones. La consultation est ouverte jusqu'au 28 février."
    )
    assert iso(found["Clôture de la consultation publique sur les drones"]) == ("2033-02-28", None)


@pytest.mark.parametrize(
    "opening",
    [
        "Hier soir, à Paris, elle avait présenté",
        "Hier, elle avait présenté",
        "Hier matin, elle avait présenté",
    ],
)
def test_a_day_opening_the_sentence_of_a_pluperfect_act_is_its_day(opening):
    found = events(
        f"Drones\n\nPublié le mercredi 9 mars 2033\n\n{opening} au Sénat le projet de loi sur les drones."
    )
    assert iso(found["Présentation du projet de loi sur les drones"]) == ("2033-03-08", None)


def test_a_day_of_the_telling_is_no_day_of_what_the_told_clause_had_done():
    found = events(
        "Drones\n\nPublié le mercredi 9 mars 2033\n\nMardi, le ministre a annoncé que le projet de loi sur les "
        "drones avait été adopté. Comme nous le racontions hier, le pays qui avait lancé le Sommet de Lomé "
        "ne signera pas."
    )
    assert iso(found["Adoption du projet de loi sur les drones"]) == (None, None)
    assert all(iso(event) == (None, None) for name, event in found.items() if name.startswith("Lancement"))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Visite\n\nPublié le mercredi 9 mars 2033\n\nLa ministre est arrivée ce matin à Toulouse pour une visite "
            "de deux jours consacrée aux drones.",
            "Visite à Toulouse",
        ),
        (
            "Visit\n\nPosted on Wednesday 9 March 2033\n\nThe minister arrived in Toulouse this morning for a "
            "two-day visit focused on drones.",
            "Visit to Toulouse",
        ),
    ],
)
def test_a_visit_someone_came_to_a_place_for_is_to_that_place(text, name):
    visit = events(text)[name]
    assert iso(visit) == ("2033-03-09", "2033-03-10") and visit.location.city == "Toulouse"


def test_what_someone_should_do_by_a_day_is_a_deadline_then():
    found = events(
        "Board\n\n14 June 2034\n\nMember States wishing to brief the Board should contact the secretariat by 20 June."
    )
    assert iso(found["Deadline to contact the secretariat"]) == ("2034-06-20", None)


def test_a_speech_a_named_speaker_delivers_is_named_by_them():
    found = events(
        "Discours\n\nLundi 6 septembre 2032\n\nEmmanuel Macron prononcera un discours jeudi 9 septembre."
    )
    assert iso(found["Discours prononcé par Emmanuel Macron"]) == ("2032-09-09", None)
    found = events("Keynote\n\nMonday 6 September 2032\n\nPaula Ingabire will give a keynote on Thursday.")
    assert iso(found["Keynote by Paula Ingabire"]) == ("2032-09-09", None)
    # Delivered by no one named, a speech is the one told elsewhere.
    assert not events("Discours\n\nLundi 6 septembre 2032\n\nLe ministre a prononcé un discours lundi.")


def test_an_act_done_at_a_gathering_named_with_a_word_before_its_kind_takes_its_days():
    found = events(
        "Principles\n\nCAPE TOWN, 15 May 2031 - Leaders are expected to endorse the Cape Town Principles at the "
        "G20 summit in Johannesburg on 21 and 22 November."
    )
    endorsement = found["Endorsement of the Cape Town Principles by leaders"]
    assert iso(endorsement) == ("2031-11-21", "2031-11-22")
