"""The document's title: its headline, not a slogan, a label, a byline or a time stamp above it."""

from __future__ import annotations

import pytest

from sommet.ingest.clean import read_page
from sommet.ingest.gazetteer import default
from sommet.ingest.metadata import read_metadata
from tests.sommet.ingest.test_events import events, iso

BODY = (
    "Le forum mondial des données s'est ouvert lundi à Lisbonne, où les ministres de trente pays "
    "discutent des règles communes pour le partage des données publiques."
)


def title(header: str) -> str | None:
    return read_metadata(read_page(f"{header}\n\n{BODY}\n", "txt"), default()).title


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "12-05-2031\nOuverture du forum mondial des données à Lisbonne",
            "Ouverture du forum mondial des données à Lisbonne",
        ),
        (
            "mai 2031 17:42\nLes ministres ouvrent le forum des données",
            "Les ministres ouvrent le forum des données",
        ),
        (
            "Connecter le monde entier\nCommuniqué de presse\nLe forum mondial des données ouvre à Lisbonne\n"
            "Un sous-titre qui parle aussi du forum mondial des données",
            "Le forum mondial des données ouvre à Lisbonne",
        ),
    ],
)
def test_the_headline_is_the_header_line_that_says_what_the_article_says(header, expected):
    assert title(header) == expected


def test_of_two_lines_sharing_as_many_words_with_the_article_the_one_nearer_it_is_the_headline():
    # A site's name stands above the breadcrumb and the headline.
    header = "Ministres des données publiques\nAccueil / Actualités\nForum mondial à Lisbonne : le programme"
    assert title(header) == "Forum mondial à Lisbonne : le programme"


def test_without_a_headline_that_matches_the_first_line_that_is_not_a_date_is_taken():
    assert (
        title("03/05/2031\nUne semaine très chargée au ministère") == "Une semaine très chargée au ministère"
    )


def test_an_article_without_a_header_has_no_title():
    assert read_metadata(read_page(BODY, "txt"), default()).title is None


def test_a_posted_by_line_is_not_the_title():
    assert (
        title("Posted on 05/12/2031 by Jane Roe\nDonnées : une journée au forum")
        == "Données : une journée au forum"
    )


def test_a_dateline_on_a_line_of_its_own_is_not_the_title():
    assert title("Communiqué de presse\nLisbonne, le 12 mai 2031") is None
    assert title("Lisbon, May 12, 2031\nData forum opens in Lisbon") == "Data forum opens in Lisbon"
    # A headline with a day in it stays one.
    assert title("Lisbonne, mardi soir au forum des données") == "Lisbonne, mardi soir au forum des données"


def test_a_section_label_or_breadcrumb_sharing_the_articles_words_is_not_the_headline():
    assert (
        title("Données / Forum mondial\nLisbonne accueille les ministres pour parler de règles communes")
        == "Lisbonne accueille les ministres pour parler de règles communes"
    )
    assert title("Revue › Forum mondial des données\n« Une table pour tous »") == "« Une table pour tous »"


def test_the_header_line_sharing_the_most_words_is_the_headline_and_a_caption_never_is():
    assert (
        title(
            "Forum des données\nLes ministres de trente pays ouvrent à Lisbonne le forum des données publiques"
        )
        == "Les ministres de trente pays ouvrent à Lisbonne le forum des données publiques"
    )
    assert (
        title(
            "[Photo: les ministres de trente pays au forum des données publiques, à Lisbonne]\nLisbonne ouvre son forum"
        )
        == "Lisbonne ouvre son forum"
    )


def test_a_long_caption_ending_on_its_photo_credit_is_never_the_headline():
    assert (
        title(
            "Lisbonne ouvre son forum\nLes ministres de trente pays posent au forum des données publiques de "
            "Lisbonne, le 3 mai 2031, devant les délégations venues de toute l'Europe. Photo : Pool"
        )
        == "Lisbonne ouvre son forum"
    )


def test_a_standfirst_under_the_headline_is_a_sentence_and_not_the_headline():
    assert (
        title(
            "Lisbonne, capitale du forum\n\nLes ministres de trente pays discutent à Lisbonne des règles "
            "communes pour le partage des données publiques.\n\nPar AFP — 3 mai 2031 à 08h12"
        )
        == "Lisbonne, capitale du forum"
    )


def test_a_quoted_headline_sharing_no_words_still_wins_over_the_standfirst_sentence():
    assert (
        title(
            "Revue › Entretiens\n\n« Chaque pays aura sa place autour de la table »\n\n"
            "Avant l'ouverture du forum des données, nous avons rencontré une chercheuse de Lisbonne.\n\n"
            "Par la rédaction | 3 mai 2031"
        )
        == "« Chaque pays aura sa place autour de la table »"
    )


def test_a_line_of_dates_and_a_venue_is_no_headline():
    header = "Les ministres au forum de Lisbonne\n12–13 mai 2031 · Forum mondial, Lisbonne"
    assert title(header) == "Les ministres au forum de Lisbonne"


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        # A path of sections separated by bars is no headline.
        (
            "FORUM MONDIAL | Ministres | Lisbonne – données publiques\nLes ministres ouvrent le rendez-vous",
            "Les ministres ouvrent le rendez-vous",
        ),
        # "View in browser" is a newsletter's furniture; "Issue 87 · 12 May 2031" is its stamp.
        (
            "Voir cette infolettre dans votre navigateur\nLA LETTRE DES DONNÉES\nN° 87 · lundi 12 mai 2031",
            "LA LETTRE DES DONNÉES",
        ),
    ],
)
def test_a_sites_name_a_section_path_and_a_newsletters_labels_are_no_headline(header, expected):
    assert title(header) == expected


def test_a_closing_guillemet_in_a_headline_is_a_quotation_mark_not_a_breadcrumb():
    page = read_page(f"Débats › Tribune\n\n« Forum des données » : un pari pour Lisbonne\n\n{BODY}\n", "txt")
    metadata = read_metadata(page, default())
    assert (metadata.title, metadata.publisher) == ("« Forum des données » : un pari pour Lisbonne", None)


def test_a_known_bodys_name_alone_is_the_sites_even_where_the_article_names_the_body():
    page = read_page(
        "Conseil de l'Europe\n\nAccueil > Presse\n\nUn texte historique à Vilnius\n\n"
        "La convention du Conseil de l'Europe sur les drones a été ouverte à la signature aujourd'hui "
        "à Vilnius, en présence des ministres de la Justice de vingt pays.\n",
        "txt",
    )
    assert read_metadata(page, default()).title == "Un texte historique à Vilnius"


def test_a_posting_stamp_under_the_headline_says_when_the_page_was_posted_not_when_an_event_is():
    page = read_page(
        f"Compte rendu de l'entretien des ministres du Numérique\n\nPublié le 03/07/2031 | Communiqué de "
        f"presse\n\n{BODY}\n",
        "txt",
    )
    meta = read_metadata(page, default())
    assert meta.title == "Compte rendu de l'entretien des ministres du Numérique"
    assert meta.when is None
    page = read_page(f"Forum mondial des données\n\n29–30 octobre 2031 · Lisbonne\n\n{BODY}\n", "txt")
    assert read_metadata(page, default()).when == "29–30 octobre 2031 · Lisbonne"


def test_a_page_that_is_all_header_takes_its_language_from_the_header():
    page = read_page("Published 10 March 2031\n\nAgenda\n12 May: opening of the Drone Summit in Lomé", "txt")
    assert not page.paragraphs
    assert read_metadata(page, default()).language == "en"


def test_a_headline_quoting_someone_before_a_colon_is_no_breadcrumb_and_an_interview_s_question_no_headline():
    header = (
        "« Nous voulons des données ouvertes » : entretien avec la ministre portugaise\n"
        "Vous ouvrez lundi le forum mondial des données à Lisbonne. Qu'en attendez-vous ?"
    )
    assert title(header) == "« Nous voulons des données ouvertes » : entretien avec la ministre portugaise"


def test_a_labelled_question_is_no_headline_and_opens_the_exchange():
    page = read_page(
        "Briefing du porte-parole : drones, Lomé\n\nLe porte-parole a répondu lundi.\n\n"
        "Q : Le ministre se rendra-t-il au forum mondial des données à Lisbonne ?\n\nR : Oui, mardi.\n",
        "txt",
    )
    assert read_metadata(page, default()).title == "Briefing du porte-parole : drones, Lomé"
    assert page.paragraphs[0].startswith("Q : Le ministre")


def test_a_question_under_the_headline_is_no_headline():
    page = read_page(
        "Drone rules: your questions answered\n\nPublished 13 March 2031\n\nWhen will the drone rules apply?\n"
        "The drone rules apply from 2 August 2032. Operators have until 2 February 2033 to comply.\n\n"
        "Who enforces them?\nNational aviation authorities.\n",
        "txt",
    )
    assert read_metadata(page, default()).title == "Drone rules: your questions answered"


def test_a_headline_agreement_on_a_text_is_the_leads_dated_one_told_shorter():
    found = events(
        "Drone ministers agree code of conduct for AI developers\n\nPublished 18 April 2031\n\n"
        "OSLO — Drone ministers agreed on Wednesday a voluntary code of conduct for companies developing "
        "advanced AI systems, at the end of a two-day meeting in Oslo."
    )
    agreements = [name for name in found if name.startswith("Agreement")]
    assert len(agreements) == 1
    assert iso(found[agreements[0]]) == ("2031-04-16", None)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Lyon : un sommet sur l'IA les 21 et 22 mai\n\nLyon, le 2 avril 2031 – Le ministère tiendra le "
            "premier Sommet lyonnais sur l'intelligence artificielle les 21 et 22 mai prochains, au Palais des congrès.",
            "Sommet lyonnais sur l'intelligence artificielle",
        ),
        (
            "Drone summit in Accra on 3 and 4 June\n\nAccra, 2 April 2031 – Ghana will host the first Africa "
            "Unmanned Aviation Summit on 3 and 4 June.",
            "Africa Unmanned Aviation Summit",
        ),
    ],
)
def test_a_headline_gathering_given_the_leads_very_days_is_the_leads_gathering(text, name):
    found = events(text)
    assert list(found) == [name]
