"""The date a document gives of itself, and the dates its paragraphs carry, on short texts."""

from datetime import date

from sommet.dates import PartialDate
from sommet.ingest.clean import read_page
from sommet.ingest.gazetteer import default
from sommet.ingest.metadata import read_metadata
from sommet.ingest.pipeline import _dates_by_paragraph, extract


def published(text: str):
    return read_metadata(read_page(text, "txt"), default()).published


def test_dateline_with_a_dotted_day_is_not_taken_for_a_list_item():
    text = "26. decembar 2031 17:42\nUn titre court\n\nLe ministère a annoncé jeudi que la déclaration a été adoptée par tous."
    assert published(text) == PartialDate(2031, 12, 26)


def test_capture_line_gives_the_month_and_dates_no_event():
    text = (
        "date 2031-01-16 L'agence a annoncé que le forum se tiendra les 5 et 6 février à Kranj, en Slovénie."
    )
    page = read_page(text, "txt")
    meta = read_metadata(page, default())
    assert meta.published == PartialDate(2031, 1, 16)
    dates = _dates_by_paragraph(page.paragraphs, meta, None)[0]
    assert [m.range.iso_pair() for m in dates[0]] == [("2031-02-05", "2031-02-06")]


def test_stamp_after_a_photo_caption_is_the_publication_date():
    text = (
        "Un titre court\n\n"
        "Le ministre prononce un discours lors du salon annuel des start-up, le 17 juin 2030 à Paris. (Photo)\n"
        "Publié le mercredi 18 juin 2031\n\n"
        "Le ministre inaugure le salon mercredi avec un plan pour les jeunes pousses du numérique."
    )
    assert published(text) == PartialDate(2031, 6, 18)


def test_stamp_line_in_the_article_dates_no_event_but_a_deadline_line_does():
    text = (
        "Un titre court\n\n"
        "Le rédacteur couvre le numérique depuis dix ans et signe ici son premier article sur ce sujet.\n"
        "Posted on 09/19/2031\n"
        "Date limite : 5 mars 2032\n"
        "La réunion des instituts aura lieu du 20 au 21 novembre 2031 à San Francisco."
    )
    page = read_page(text, "txt")
    meta = read_metadata(page, default())
    assert meta.published == PartialDate(2031, 9, 19)
    found = _dates_by_paragraph(page.paragraphs, meta, None)[0]
    days = [m.range.iso_pair() for index in sorted(found) for m in found[index]]
    assert days == [("2032-03-05", None), ("2031-11-20", "2031-11-21")]


def test_meanwhile_names_no_date_but_the_same_day_is_the_day_named_before():
    text = (
        "Mai 2, 2031\n\nLe forum se tiendra le 12 mai 2031 à Lille. "
        "Parallèlement, un exercice de crise réunira cent experts. Un dîner suivra le même jour."
    )
    page = read_page(text, "txt")
    found = _dates_by_paragraph(page.paragraphs, read_metadata(page, default()), None)[0]
    assert [(m.text, m.range.iso_pair()) for m in found[0]] == [
        ("12 mai 2031", ("2031-05-12", None)),
        ("le même jour", ("2031-05-12", None)),
    ]


def test_a_byline_paragraph_after_the_standfirst_gives_the_publication_date():
    body = "Le gouverneur a mis son veto dimanche à la loi sur les drones.\n\n"
    text = f"Un titre court\n\n{body}Par AFP — 30 septembre 2031 à 08h12\n\nLe texte avait été voté en août."
    assert published(text) == PartialDate(2031, 9, 30)
    text = (
        "A short headline\n\nAhead of the forum, we spoke to its director.\n\n"
        "Interview by Sam Frey | 18 September 2031 | 6 min read\n\nThe report came out on Monday."
    )
    assert published(text) == PartialDate(2031, 9, 18)


def test_a_desk_byline_with_a_date_gives_the_publication_date_and_a_sentence_opening_with_par_la_does_not():
    text = "Un titre court\n\nPar la rédaction – 12 janvier 2031\n\nLe forum ouvre lundi à Lomé."
    assert published(text) == PartialDate(2031, 1, 12)
    text = (
        "Un titre court\n\nPar la suite, le forum a fermé le 12 janvier 2031 à Lomé.\n\nLe forum ouvre lundi."
    )
    assert published(text) is None


def test_a_document_number_beside_the_date_is_a_dateline_and_an_address_is_furniture():
    text = (
        "Nations unies — Communiqués\nCS/12345 · 18 juillet 2031\n\nLe Conseil adopte une charte\n\n"
        "Le Conseil de sécurité a adopté ce matin une charte sur les drones, à l'initiative du Togo."
    )
    assert published(text) == PartialDate(2031, 7, 18)
    page = read_page(text.replace("CS/12345 · 18 juillet 2031", "75008 Paris") + "\n\n75008 Paris", "txt")
    assert "75008 Paris" in page.dropped


def test_a_range_of_days_under_the_headline_is_the_event_s_and_the_dateline_the_page_s():
    text = (
        "Lagos Data Forum 2031\n12-13 June 2031 · Lagos, Nigeria\n\n"
        "Lagos, 3 May 2031 – Registration is open for the Lagos Data Forum, which returns next month "
        "to bring together ministers and regulators from thirty countries."
    )
    assert published(text) == PartialDate(2031, 5, 3)


def test_a_timeline_item_that_says_published_is_no_stamp_of_the_page():
    found = extract("Key dates\n10 July 2031 – The final Drone Code is published.\n", today=date(2035, 1, 1))
    assert found.published is None
    assert [(event.name, event.start) for event in found.events] == [
        ("Publication of the final Drone Code", PartialDate(2031, 7, 10))
    ]


def test_a_newsletter_s_line_with_its_day_is_its_stamp_not_furniture():
    text = (
        "Upcoming events\n\nAI Policy Monitor — newsletter of 1 November 2031\n\nOur pick of the next two months:\n\n"
        "- 24–26 November · Internet Governance Forum, Riyadh.\n- 2–3 December · Fifth African AI Summit, Kigali."
    )
    assert published(text) == PartialDate(2031, 11, 1)
    assert (
        published(
            "Upcoming events\n\nSubscribe to our newsletter\n\nThe forum opens in Riyadh on 24 November."
        )
        is None
    )


def test_a_date_alone_closing_a_story_is_its_date():
    text = (
        "Senate panel advances drone bill\n\nA Senate committee on Wednesday advanced a drone bill.\n\n"
        "The committee approved the measure 15-13.\n\nApril 9, 2031"
    )
    assert published(text) == PartialDate(2031, 4, 9)
    # Not a date that a last sentence tells.
    text = "Drone bill\n\nA committee advanced a drone bill.\n\nThe vote is expected on April 9, 2031 in the Senate."
    assert published(text) is None


def test_a_dated_label_of_a_list_is_no_publication_date():
    assert (
        published("Drone workshop\nWorkshop: 22 September 2031\n\nThe workshop invites papers on drones.\n")
        is None
    )


def test_the_closing_line_of_an_interview_saying_when_it_was_given_is_its_date():
    text = "Entretien\n\nQu'attendez-vous du sommet des drones ?\n\nUn engagement clair.\n\nPropos recueillis le 15 octobre 2031\n"
    assert published(text) == PartialDate(2031, 10, 15)


def test_a_deadline_labelled_with_the_word_date_is_no_publication_date():
    text = "Appel à projets sur les drones\n\nDate limite de dépôt : 15 mars 2031 à midi\n\nL'appel est ouvert.\n"
    assert published(text) is None
    assert published("Appel à projets\nDate : 2 mars 2031\n\nL'appel est ouvert.\n") == PartialDate(
        2031, 3, 2
    )


def test_a_day_with_its_hours_under_an_event_page_s_title_is_its_event_s_day_not_the_page_s():
    text = (
        "Journée d'étude : droit des drones\nUniversité de Lyon 3 – Faculté de droit\n"
        "Vendredi 18 avril 2031, de 9h à 17h, amphithéâtre B\n\n"
        "La journée réunira juristes et ingénieurs autour de la responsabilité du fait des drones.\n"
    )
    assert published(text) is None
    found = extract(text, today=date(2035, 1, 1))
    assert [(event.name, event.start) for event in found.events] == [
        ("Journée d'étude", PartialDate(2031, 4, 18))
    ]


def test_a_day_then_a_venue_and_its_city_under_an_event_page_s_title_is_its_event_s_day():
    found = extract(
        "Journée des drones urbains\nMardi 10 juin 2031, Cité des sciences, Paris\n\nLa journée réunira des élus.\n",
        today=date(2035, 1, 1),
    )
    assert [(event.name, event.start) for event in found.events] == [
        ("Journée des drones urbains", PartialDate(2031, 6, 10))
    ]
    # A city alone after the day may be a dateline's: no event's day from it.
    found = extract(
        "Journée des drones urbains\nMardi 10 juin 2031, Paris\n\nLa journée réunira des élus.\n",
        today=date(2035, 1, 1),
    )
    assert [(event.name, event.start) for event in found.events] == [("Journée des drones urbains", None)]
