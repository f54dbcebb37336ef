"""Cleaning: markup stripped, quotes normalised, page furniture dropped before any entity is read."""

from __future__ import annotations

import pytest

from sommet.ingest.clean import normalise_text, read_page


def test_quotes_apostrophes_and_spaces_are_normalised():
    assert normalise_text("l’IA «\u00a0Tech  Day\u00a0» “ok”") == 'l\'IA « Tech Day » "ok"'


def test_html_drops_navigation_footer_scripts_and_share_blocks():
    html = (
        "<html><head><title>T - Le Journal</title><meta property='og:site_name' content='Le Journal'></head>"
        "<body><nav>Accueil Lyon Tech</nav><article><h1>Le titre</h1>"
        "<p>Le ministre a ouvert hier à Nantes une longue conférence sur les données publiques et leur usage.</p>"
        "<div class='social-share'>Partager sur Facebook</div></article>"
        "<aside>Lire aussi : Rennes Digital</aside><footer>© Le Journal</footer>"
        "<script>var x = 'Brest';</script></body></html>"
    )
    page = read_page(html, "html")
    text = " ".join(page.header + page.paragraphs)
    assert "Nantes" in text
    for furniture in ("Accueil", "Partager", "Rennes", "Brest", "©"):
        assert furniture not in text
    assert (page.title, page.publisher) == ("Le titre", "Le Journal")


def test_markdown_front_matter_links_and_emphasis():
    md = (
        "---\ntitle: Un titre\ndate: 2030-01-02\nsource: La Lettre\n---\n# Un titre\n\n"
        "Le **Conseil** a publié [son avis](https://example.org) sur les algorithmes de la ville hier soir."
    )
    page = read_page(md, "md")
    assert (page.title, page.published, page.publisher) == ("Un titre", "2030-01-02", "La Lettre")
    assert page.paragraphs == ["Le Conseil a publié son avis sur les algorithmes de la ville hier soir."]


def test_newsletter_block_ends_the_article_and_menus_stay_in_the_header():
    text = (
        "Accueil\nConnexion\nUn titre court\n\n"
        "Le forum a réuni des chercheurs et des élus venus de toute la région pour parler de données.\n"
        "Recevez notre newsletter\nMarque Partenaire vous recommande ceci\n"
    )
    page = read_page(text, "txt")
    assert page.paragraphs == [
        "Le forum a réuni des chercheurs et des élus venus de toute la région pour parler de données."
    ]
    assert "Connexion" not in page.header


def test_a_headline_on_privacy_is_the_headline_but_a_privacy_policy_link_is_furniture():
    text = (
        "Privacy policy\nDrone privacy roundtable gathers regulators\n\nDublin, 29 September 2031\n\n"
        "A roundtable on drone privacy gathered regulators from twelve countries on Tuesday in Dublin.\n"
    )
    page = read_page(text, "txt")
    assert page.header == ["Drone privacy roundtable gathers regulators", "Dublin, 29 September 2031"]


def test_word_share_inside_a_sentence_is_not_furniture():
    text = "Les pays veulent partager les données de santé entre hôpitaux pour mieux soigner les patients."
    assert read_page(text, "txt").paragraphs == [text]


def test_words_of_menus_inside_article_sentences_are_not_furniture():
    sentences = [
        "NEW YORK — The assembly adopted on Thursday a resolution on safe AI co-sponsored by more than 120 countries.",
        "Le Parlement a voté la loi sur la confidentialité des données de santé le 3 mai.",
        "Trois projets de loi inscrits au Feuilleton sont morts avec la prorogation.",
        "Below is a summary of the outcomes related to each of the key themes.",
    ]
    page = read_page("\n\n".join(["Un titre", *sentences]), "txt")
    assert page.paragraphs == sentences
    menus = read_page("Un titre\n\n" + sentences[0] + "\n\nPartager sur Facebook\n\nPublicité", "txt")
    assert menus.paragraphs == sentences[:1]


def test_a_title_with_a_hyphenated_related_is_no_related_links_block():
    page = read_page(
        "Press Release\n\nMay 4, 2031\n\nAct on Drone-Related Technologies promulgated\n\n"
        "The Act on Drone-Related Technologies was promulgated today by the government.\n\n"
        "Related documents\n\nOutline of the Act",
        "txt",
    )
    assert "Act on Drone-Related Technologies promulgated" not in page.dropped
    assert "Related documents" in page.dropped


def test_a_subscription_box_written_as_a_sentence_is_still_furniture():
    box = "Abonnez-vous à notre newsletter pour recevoir chaque matin les nouvelles du secteur."
    page = read_page(
        "Le forum a réuni des chercheurs venus de toute la région pour parler de données.\n" + box, "txt"
    )
    assert box not in page.paragraphs


def test_wrapped_lines_are_joined_into_one_paragraph():
    text = "Le sommet permettra de nombreuses\nrencontres entre les délégations des pays invités cette année."
    assert len(read_page(text, "txt").paragraphs) == 1


def test_a_capture_cut_off_mid_word_on_one_line_is_still_the_article():
    text = (
        "Le ministre a présenté jeudi le plan national pour l'IA devant les députés. Il sera voté en mars. "
        "Les syndicats demandent un débat public sur le calendrier et les moyens prévus pour la form"
    )
    page = read_page(text, "txt")
    assert page.paragraphs == [text] and page.header == []


def test_a_photo_caption_above_the_article_is_neither_header_nor_article():
    text = (
        "Lisbonne ouvre son salon des données\n\n"
        "La ministre Ana Lopes visite un stand lors de l'édition précédente du salon, le 3 mai 2021 à Porto. (Photo, AFP)\n"
        "Publié le lundi 2 mai 2022\n\n"
        "Le salon des données ouvre lundi à Lisbonne avec plus de cinq cents exposants venus de toute l'Europe.\n"
        "Les organisateurs attendent des milliers de visiteurs. Picture: PA\n"
    )
    page = read_page(text, "txt")
    assert page.header == ["Lisbonne ouvre son salon des données", "Publié le lundi 2 mai 2022"]
    assert page.paragraphs == [
        "Le salon des données ouvre lundi à Lisbonne avec plus de cinq cents exposants venus de toute l'Europe."
    ]


def test_bylines_and_credits_are_furniture_but_a_sentence_opening_with_par_is_not():
    text = (
        "Le forum des données ouvre lundi à Lisbonne avec plus de cinq cents exposants venus d'Europe.\n"
        "Par Jeanne Roux, envoyée spéciale\n"
        "Par ailleurs, le salon aura lieu en mars.\n"
        "Les ministres des trente pays signeront mardi une déclaration commune sur les données. Photo : Paul Marin / AFP\n"
    )
    assert read_page(text, "txt").paragraphs == [
        "Le forum des données ouvre lundi à Lisbonne avec plus de cinq cents exposants venus d'Europe.",
        "Par ailleurs, le salon aura lieu en mars.",
        "Les ministres des trente pays signeront mardi une déclaration commune sur les données.",
    ]


def test_a_long_headline_ending_on_a_quote_stays_in_the_header_when_a_desk_byline_follows_it():
    text = (
        "Actualités › Monde\n"
        "Lomé se prépare à recevoir le premier grand forum sur les données du « Sud global »\n"
        "Par la rédaction – 12 janvier 2031\n"
        "À cinq semaines du forum, la ville met la dernière main à l'accueil des délégations.\n"
    )
    page = read_page(text, "txt")
    assert (
        page.header[-1]
        == "Lomé se prépare à recevoir le premier grand forum sur les données du « Sud global »"
    )
    assert page.paragraphs == [
        "À cinq semaines du forum, la ville met la dernière main à l'accueil des délégations."
    ]
    assert "Par la rédaction – 12 janvier 2031" in page.dropped


def test_a_programme_s_short_items_before_its_first_long_paragraph_are_the_article():
    text = (
        "Lagos Data Forum\nHome › Forum 2031 › Programme\nLAGOS DATA FORUM 2031 – OPEN DATA FOR ALL\n\n"
        "09:00 Opening\nWelcome by Ada Obi, Director General of the Lagos Data Forum.\n\n"
        "10:30 Open data, one year on\nLaunched at the data summit last year, the open registry set out "
        "to pool public records, and its founders now report on what they have delivered since.\n"
    )
    page = read_page(text, "txt")
    assert page.paragraphs[0] == "Welcome by Ada Obi, Director General of the Lagos Data Forum."
    assert page.header[-1] == "09:00 Opening"


def test_a_calendar_s_first_line_of_days_a_dash_and_a_gathering_starts_the_article():
    page = read_page(
        "AGENDA\n\nDrones : les rendez-vous de l'automne\n\nPublié le 2 septembre 2031\n\n"
        "Du 8 au 10 octobre - Forum mondial des drones, Oslo\nLe forum réunit les régulateurs.\n\n"
        "14-15 October – OECD Drone Summit, Kananaskis\n",
        "txt",
    )
    assert page.paragraphs[0] == "Du 8 au 10 octobre - Forum mondial des drones, Oslo"
    assert page.header == ["AGENDA", "Drones : les rendez-vous de l'automne", "Publié le 2 septembre 2031"]
    # A stamp's day and a dash before a label is no item: no gathering follows.
    page = read_page(
        "Drone policy note\n\n12 mars 2031 — Communiqué de presse\n\nLe ministre a parlé.", "txt"
    )
    assert "12 mars 2031 — Communiqué de presse" in page.header


def test_a_programme_of_timed_items_with_no_sentence_is_the_article_from_its_first_day_heading():
    page = read_page(
        "Programme: Lagos Drone Days\n\nPublished 1 August 2031\n\nTuesday 2 September\n"
        "09:00 Opening remarks by the minister\n14h30 Table ronde sur les drones civils\n",
        "txt",
    )
    assert page.paragraphs[0].startswith("Tuesday 2 September")
    assert "09:00 Opening remarks by the minister" in "\n".join(page.paragraphs)
    assert "Published 1 August 2031" in page.header


def test_a_programme_s_labelled_day_under_its_title_heads_its_first_items():
    page = read_page(
        "Drone conference programme\n\nDay 1 — Tuesday 9 March 2032\n09:00 Opening keynote\n"
        "11:00 Panel on drone liability\n\nDay 2 — Wednesday 10 March 2032\n09:30 Closing keynote\n",
        "txt",
    )
    assert page.paragraphs[0].startswith("Day 1 — Tuesday 9 March 2032")
    assert page.header == ["Drone conference programme"]


def test_a_programme_s_first_day_right_under_its_title_heads_its_items_when_other_days_follow():
    for first, second in (
        ("Tuesday 3 June", "Wednesday 4 June"),
        ("Mardi 3 juin 2031", "Mercredi 4 juin 2031"),
    ):
        page = read_page(
            f"Drone Days programme\n\n{first}\n09:00 Opening keynote\n11:00 Panel on drone liability\n\n"
            f"{second}\n09:30 Closing keynote\n",
            "txt",
        )
        assert page.paragraphs[0].startswith(first)
        assert page.header == ["Drone Days programme"]
    # Said once, a day under the title is the page's date.
    page = read_page("Drone Days programme\n\nMardi 3 juin 2031\n09:00 Opening keynote\n11:00 Panel\n", "txt")
    assert page.header == ["Drone Days programme", "Mardi 3 juin 2031"]


def test_a_dash_between_two_words_is_a_hyphen_and_between_two_numbers_a_dash():
    assert normalise_text("the India–France Year, 16–17 June") == "the India-France Year, 16–17 June"


def test_an_interview_s_short_question_after_what_it_asks_about_is_the_article_not_its_header():
    page = read_page(
        "« Nous voulons des drones sûrs » : entretien avec la ministre\n\nPublié le 8 septembre 2031\n\n"
        "Vous accueillerez en novembre le sommet Afrique-Europe sur les drones. Qu'en attendez-vous ?\n\n"
        "Nous attendons des engagements concrets sur les données et un fonds commun pour la recherche.\n",
        "txt",
    )
    assert page.paragraphs[0].startswith("Vous accueillerez en novembre")


def test_a_list_of_dated_labels_under_the_title_is_the_article_but_a_stamp_is_not():
    page = read_page(
        "Call for drone papers\nImportant dates\nSubmission deadline: 15 May 2031\nWorkshop: 22 September 2031\n\n"
        "The workshop invites papers on drone audits. Accepted papers will be published.\n",
        "txt",
    )
    assert page.paragraphs[:2] == ["Submission deadline: 15 May 2031", "Workshop: 22 September 2031"]
    page = read_page(
        "Agenda des drones\nMis à jour : 2031-06-22\nPublié : 2031-06-20\n\n"
        "Cette page recense les réunions sur les drones ouvertes au public, avec leurs horaires indicatifs.\n",
        "txt",
    )
    assert page.header[1:] == ["Mis à jour : 2031-06-22", "Publié : 2031-06-20"]


def test_one_deadline_label_under_the_title_opens_the_article_but_another_label_does_not():
    page = read_page(
        "Call for drone papers\nSubmission deadline: 15 May 2031\n\nThe agency calls for papers on drone audits and their rules.\n",
        "txt",
    )
    assert page.paragraphs[0] == "Submission deadline: 15 May 2031"
    page = read_page(
        "Call for drone papers\nWorkshop: 22 September 2031\n\nThe agency calls for papers on drone audits and their rules.\n",
        "txt",
    )
    assert page.header == ["Call for drone papers", "Workshop: 22 September 2031"]


@pytest.mark.parametrize("mark", ["(END)", "-30-", "###", "— FIN —", "(fin)"])
def test_a_wires_end_mark_is_furniture(mark):
    text = f"Drone summit set for June\n\nLONDON, 3 May 2032 — A summit on drones will open in Leeds on 4 June.\n\n{mark}\n"
    assert read_page(text, "txt").paragraphs == [
        "LONDON, 3 May 2032 — A summit on drones will open in Leeds on 4 June."
    ]
