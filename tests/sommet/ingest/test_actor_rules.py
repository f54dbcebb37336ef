"""Actor rules on given entity spans: the recogniser's mistakes that the rules must correct.

The spans are written here by hand, as the recogniser might return them, so these tests do not
depend on spaCy's model.
"""

from __future__ import annotations

import re

import pytest

from sommet.ingest.actors import Paragraph, find_actors
from sommet.ingest.gazetteer import default
from sommet.ingest.institutions import institution_names
from sommet.ingest.people import is_person_name, person_in
from sommet.ingest.text import quoted, sentences


def actors(text: str, *entities: tuple[str, str]) -> dict:
    """The actors found in one paragraph whose recogniser found these (surface, label) spans, at each
    place the surface is written."""
    spans = sorted(
        (found.start(), found.end(), label)
        for surface, label in entities
        for found in re.finditer(re.escape(surface), text)
    )
    gazetteer = default()
    paragraph = Paragraph(0, text, spans, sentences(text), quoted(text), gazetteer.find(text))
    return {actor.name: actor for actor in find_actors([paragraph], gazetteer, publisher=None)}


@pytest.mark.parametrize(
    ("span", "name", "titled"),
    [
        ("Premier ministre portugais Rui Tavares", "Rui Tavares", True),
        ("Minister Anna Kowal", "Anna Kowal", True),
        ("Anna Kowal can be heard thanking", "Anna Kowal", False),
        ("Karim ben Salem al-Rashidi", "Karim ben Salem al-Rashidi", False),
    ],
)
def test_the_name_inside_a_span_leaves_titles_and_verbs_out(span, name, titled):
    start, end, was_titled = person_in(span)
    assert (span[start:end], was_titled) == (name, titled)


def test_a_title_followed_by_an_institution_names_no_person():
    assert person_in("ministre de la Culture Jeanne Dufresne") is None


def test_arabic_particles_may_sit_inside_a_name():
    assert is_person_name("Karim ben Salem al-Rashidi")
    assert not is_person_name("Karim ben salem")


def test_a_titled_name_the_recogniser_called_something_else_is_a_person():
    found = actors(
        "Le Premier ministre portugais Rui Tavares ouvre jeudi la conférence de Porto.",
        ("Premier ministre portugais Rui Tavares", "MISC"),
    )
    assert "Rui Tavares" in found
    assert found["Rui Tavares"].kind == "person"


def test_a_name_in_apposition_with_a_title_is_a_person_even_as_misc():
    found = actors(
        "Somchai Rattanakul, permanent secretary at the ministry, spoke on Friday.",
        ("Somchai Rattanakul", "MISC"),
    )
    assert found["Somchai Rattanakul"].kind == "person"


def test_a_name_whose_surname_the_text_writes_after_an_honorific_is_a_person_even_as_misc():
    text = "Rapporteur: Ilse Varga (Greens) for the committee. Ms Varga called the vote historic."
    found = actors(text, ("Ilse Varga", "MISC"))
    assert found["Ilse Varga"].kind == "person"
    # Without the honorific, a bare capitalised pair the recogniser calls MISC stays out.
    assert "Ilse Varga" not in actors(text.replace("Ms Varga", "The chair"), ("Ilse Varga", "MISC"))


def test_an_event_in_apposition_is_not_a_person():
    found = actors(
        "Lors du Data Ethics Summit, le premier sommet de ce genre, les pays ont parlé.",
        ("Data Ethics Summit", "MISC"),
    )
    assert "Data Ethics Summit" not in found


def test_a_country_the_recogniser_took_for_a_person_is_a_country():
    found = actors("The minister said it was a success for Portugal.", ("Portugal", "PER"))
    assert found["Portugal"].kind == "country"


def test_a_long_quotation_does_not_make_the_text_after_it_a_quotation():
    text = (
        '"Nous avons avancé ensemble sur la gouvernance des données, sur les compétences et sur les normes '
        'techniques, ce qui compte pour tous les pays présents", a déclaré Lina Moreau. "Merci."'
    )
    spans = quoted(text)
    after = text.index("a déclaré")
    assert not any(span.start <= after < span.end for span in spans)


def test_names_in_quoted_speech_count_but_not_names_in_a_quoted_title():
    speech = actors("« Nous suivons la montée du Brésil », dit-il.")
    assert "Brésil" in speech
    title = actors(
        "Le forum « Avenir Numérique Ensemble » ouvre demain.", ("Avenir Numérique Ensemble", "ORG")
    )
    assert "Avenir Numérique Ensemble" not in title


def test_a_plan_and_its_acronym_are_not_an_organisation():
    found = actors(
        "Le Chili rejoint l'Initiative pour des Données Ouvertes (IDOX) lancée l'an dernier.",
        ("IDOX", "ORG"),
    )
    assert not any("IDOX" in actor.names() for actor in found.values())
    assert "Chili" in found


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("The agency said on Thursday that it would act.", ("Thursday", "ORG")),
        ("Quantum computing is changing how labs work.", ("Quantum", "ORG")),
        ("On y verra un Van Gogh animé par une machine.", ("Van Gogh", "PER")),
        ("Les représentants des Etats membres puis les Etats Membres ont voté.", ("Etats Membres", "ORG")),
        ("La présidente du Conseil portugais, Ana Lopes, est arrivée.", ("Conseil portugais", "ORG")),
        ("The Minister of Energy, Technology, and Transport met the envoy.", ("Technology", "ORG")),
    ],
)
def test_words_that_only_look_like_names_are_not_actors(text, entity):
    assert entity[0] not in actors(text, entity)


def test_a_ministry_named_with_commas_is_one_organisation():
    text = "The Ministry of Energy, Mining Development and Transport said on Monday it agreed."
    assert [text[s:e] for s, e in institution_names(text, [])] == [
        "Ministry of Energy, Mining Development and Transport"
    ]
    found = actors(text, ("Mining Development and Transport", "ORG"))
    assert "Ministry of Energy, Mining Development and Transport" in found
    assert "Mining Development and Transport" not in found


def test_a_ministry_name_stops_before_the_person_it_titles():
    text = "Le Ministère de la Santé Paul Rivière a signé."
    person = text.index("Paul")
    assert [text[s:e] for s, e in institution_names(text, [(person, person + 12)])] == [
        "Ministère de la Santé"
    ]


def test_a_seat_of_power_acts_for_its_institution_but_is_only_a_place_where_things_happen():
    assert "Élysée" in actors("L'Élysée a confirmé la visite du chancelier.")
    assert "Élysée" not in actors("Un dîner a été servi à l'Élysée pour les invités.")


def test_a_person_known_by_one_name_is_kept_when_named_twice():
    once = actors("Ce jour-là, Benoît a salué la foule.", ("Benoît", "PER"))
    assert "Benoît" not in once
    twice = actors("Ce jour-là, Benoît a salué la foule. Puis Benoît a béni les enfants.", ("Benoît", "PER"))
    assert "Benoît" in twice


def test_a_name_in_apposition_with_an_event_noun_is_an_event_not_an_organisation():
    found = actors(
        "Pour l'ouverture de DataExpo, le plus grand salon de la région, les exposants arrivent.",
        ("DataExpo", "ORG"),
    )
    assert "DataExpo" not in found
    assert "DataCorp" in actors(
        "Selon DataCorp, une société de conseil, le marché croît.", ("DataCorp", "ORG")
    )


@pytest.mark.parametrize("name", ["Rule of Law", "Safety and Innovation", "Sécurité et Défense"])
def test_a_name_made_only_of_topic_words_is_not_an_organisation(name):
    assert name not in actors(f"The panel on {name} met delegates from Kenya.", (name, "ORG"))


def test_a_name_with_a_word_that_is_not_a_topic_stays_an_organisation():
    assert "Open Horizon" in actors("The panel heard Open Horizon on Monday.", ("Open Horizon", "ORG"))


def test_topic_words_after_a_capitalised_the_are_a_proper_name():
    found = actors("Le think tank The Open Future a publié un rapport.", ("The Open Future", "ORG"))
    assert "The Open Future" in found


@pytest.mark.parametrize(
    ("text", "entity", "person"),
    [
        (
            "UN Secretary-General Maria Costa met the envoy.",
            ("UN Secretary-General Maria Costa", "MISC"),
            "Maria Costa",
        ),
        (
            "Chile's Digital Minister Pablo Rojas and Peru's envoy met.",
            ("Chile's Digital Minister Pablo Rojas and Peru'", "ORG"),
            "Pablo Rojas",
        ),
        (
            "The Cabinet Secretary for ICT Amina Wanjiru spoke.",
            ("ICT Amina Wanjiru", "MISC"),
            "Amina Wanjiru",
        ),
        (
            "Speaking alongside Paul Hartley, the internal market commissioner, she agreed.",
            ("Paul Hartley", "MISC"),
            "Paul Hartley",
        ),
    ],
)
def test_a_person_is_read_after_a_known_name_a_title_or_an_acronym_in_the_same_span(text, entity, person):
    found = actors(text, entity)
    assert found[person].kind == "person"


def test_a_name_ending_with_a_title_word_is_still_a_name():
    assert "Jean-Luc Le Maire" in actors(
        "Selon Jean-Luc Le Maire, tout va bien.", ("Jean-Luc Le Maire", "PER")
    )


def test_a_capitalised_dateline_is_not_an_organisation():
    found = actors("LISBON - The forum opened on Monday.", ("LISBON", "ORG"))
    assert "LISBON" not in found


def test_a_known_institution_keeps_its_name_when_a_title_follows_it():
    found = actors(
        "European Commission Executive Vice-President Ana Lopes spoke.",
        ("European Commission Executive", "ORG"),
        ("Ana Lopes", "PER"),
    )
    assert "Commission européenne" in found and "Ana Lopes" in found
    assert "European Commission Executive" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A report by the Open Data Alliance found gaps.", "Open Data Alliance"),
        ("It will host the Global Network of Data Offices in May.", "Global Network of Data Offices"),
        ("Ni le canton de Vaud, ni la commune n'ont réagi.", "canton de Vaud"),
        (
            "Il a rencontré le ministère de l'Énergie et des Mines hier.",
            "ministère de l'Énergie et des Mines",
        ),
        (
            "The Department for Energy, Mining and Transport (DEMT) agreed.",
            "Department for Energy, Mining and Transport",
        ),
    ],
)
def test_institutions_are_read_by_their_pattern_head_first_or_head_last(text, name):
    assert [text[s:e] for s, e in institution_names(text, [])][:1] == [name]


def test_a_single_word_the_recogniser_took_for_a_person_does_not_hide_an_institution():
    found = actors(
        "He said the Department for Energy, Mining and Transport agreed.",
        ("Department", "PER"),
        ("Energy", "PER"),
    )
    assert "Department for Energy, Mining and Transport" in found


def test_a_country_inside_a_longer_name_is_not_named_for_itself():
    found = actors(
        "According to the South Chile Morning Herald, talks went on.", ("South Chile Morning Herald", "MISC")
    )
    assert "Chili" not in found
    assert "Chili" in actors("Le Chili et le Pérou ont signé.")


def test_one_word_names_listed_with_an_organisation_are_organisations():
    found = actors("Microsoft, Zenvo et Kovix ont signé l'accord.", ("Zenvo", "MISC"), ("Kovix", "MISC"))
    assert {"Zenvo", "Kovix"} <= set(found)
    alone = actors("Selon Zenvo, les ventes montent.", ("Zenvo", "MISC"))
    assert "Zenvo" not in alone


def test_a_body_named_by_its_kind_after_an_article_is_an_organisation():
    assert "Sénat" in actors("Hier, le Sénat a voté le texte.", ("Sénat", "ORG"))
    assert "Énergie" not in actors("Hier, l'Énergie a été discutée.", ("Énergie", "ORG"))


def test_a_name_after_a_title_is_a_person_even_when_the_recogniser_missed_it():
    found = actors('"Nous avançons," said Energy Secretary Laura Pemberton on Monday.')
    assert found["Laura Pemberton"].kind == "person"
    assert "Digital Affairs" not in actors("The minister Digital Affairs met nobody.")


def test_an_article_is_a_word_of_its_own():
    from sommet.ingest.actors import tidy

    assert [
        tidy(name) for name in ("Dubaï", "Lesotho", "Desjardins", "la France", "de l'Union", "d'Oslo")
    ] == [
        "Dubaï",
        "Lesotho",
        "Desjardins",
        "France",
        "Union",
        "Oslo",
    ]


def test_what_a_minister_is_minister_of_is_no_person():
    found = actors(
        "The Minister for Digital Transformation met the Secretary of Commerce Jane Roe.",
        ("Digital Transformation", "PER"),
        ("Commerce Jane Roe", "PER"),
    )
    assert "Digital Transformation" not in found
    assert "Jane Roe" in found or "Commerce Jane Roe" in found


def test_a_section_heading_names_no_organisation_the_gazetteer_does_not_know():
    assert "Lomé Partners" not in actors("II. Lomé Partners", ("Lomé Partners", "ORG"))
    assert "LOMIN" not in actors("LOMIN Outcomes", ("LOMIN", "ORG"))
    assert "Lomé Partners" in actors("The Lomé Partners met in Oslo.", ("Lomé Partners", "ORG"))


def test_a_compound_adjective_names_both_countries():
    found = actors("Les ministres ont signé la déclaration franco-canadienne sur les drones.")
    assert (found["France"].kind, found["Canada"].kind) == ("country", "country")
    assert "Chine" in actors("Sino-American talks resumed in Geneva.")
    # A lone adjective is no country here.
    assert "France" not in actors("Le ministre français a signé la charte.")


def test_a_milestone_s_name_is_no_person():
    assert not is_person_name("Royal Assent")
    assert not is_person_name("Sanction royale")
    assert is_person_name("Rosa Assent")


def test_a_day_after_a_body_s_name_is_cut_and_a_dateline_opens_no_word_of_the_sentence():
    found = actors(
        "PARIS — The Senate on Tuesday passed the bill on drones.", ("The Senate on Tuesday", "ORG")
    )
    assert "Senate" in found and not any(name.startswith("The") for name in found)
    # A building's name is no body, with or without a day after it.
    assert not actors(
        "Les délégués se retrouvent au Palais des Nations mardi.", ("Palais des Nations mardi", "ORG")
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Le texte doit encore être examiné par l'Assemblée nationale.", "Assemblée nationale"),
        (
            "L'opposition saisira le Conseil constitutionnel si le texte est adopté.",
            "Conseil constitutionnel",
        ),
        ("Elle a rencontré le Parlement écossais, qui a salué le plan.", "Parlement écossais"),
    ],
)
def test_a_french_body_named_by_its_head_and_adjectives_is_one_organisation(text, name):
    assert name in actors(text)


def test_a_french_head_and_adjectives_in_a_job_title_or_before_more_of_the_name_are_no_body():
    assert "Conseil italien" not in actors("Giorgia Meloni, présidente du Conseil italien, a parlé.")
    found = actors("Le Groupe scientifique international indépendant sur les drones a rendu son avis.")
    assert "Groupe scientifique international" not in found
    assert "Agence nationale" not in actors(
        "L'Agence nationale pour la sécurité des drones a publié un avis."
    )


def test_a_comma_before_a_lower_case_word_ends_a_job_title_and_a_building_s_noun_names_no_body():
    text = "Le texte, présenté par la ministre des Transports, Hélène Roux, sera examiné par l'Assemblée nationale."
    assert "Assemblée nationale" in actors(text, ("Assemblée nationale", "ORG"))
    found = actors("Il a parlé à l'hôtel Bayerischer Hof, à Munich.", ("Bayerischer Hof", "ORG"))
    assert "Bayerischer Hof" not in found
