"""The publication date of short documents written for these tests: datelines, stamps, capture lines."""

from datetime import date

import pytest

from sommet.dates import PartialDate, find_dates, only_days, parse_publication_date, without_dateline


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("Un titre\nView Original Article Aug, 16 2031", PartialDate(2031, 8, 16)),
        ("26. decembar 2031 17:42\nUn titre", PartialDate(2031, 12, 26)),
        ("Un titre\n14. Juni 2031", PartialDate(2031, 6, 14)),
        ("Un titre\n3 Sep. 2031 • 15:15", PartialDate(2031, 9, 3)),
        ("30-06-2031\nUn titre", PartialDate(2031, 6, 30)),
        ("Publié le mercredi 18 juin 2031", PartialDate(2031, 6, 18)),
        ("Posted on the 18th of March, 2031 by Ama Owusu", PartialDate(2031, 3, 18)),
        ("Publié le 18 du mois de mars 2031", PartialDate(2031, 3, 18)),
        ("date 2031-01", PartialDate(2031, 1)),
        ("date 2031-12-16", PartialDate(2031, 12, 16)),
    ],
)
def test_datelines_in_usual_forms_are_read_at_their_precision(header, expected):
    assert parse_publication_date(header) == expected


def test_capture_line_fused_with_the_first_paragraph_is_the_page_date():
    body = "date 2031-01 L'agence a annoncé jeudi un forum les 5 et 6 février."
    assert parse_publication_date("", body) == PartialDate(2031, 1)


def test_stamp_to_the_day_refines_a_capture_to_the_month():
    assert parse_publication_date("date 2031-01\nPublié le 14 janvier 2031") == PartialDate(2031, 1, 14)
    # A stamp of another month does not override the capture.
    assert parse_publication_date("date 2031-01\nPublié le 14 mars 2030") == PartialDate(2031, 1)


def test_stamp_under_a_caption_in_the_first_paragraphs_is_read():
    body = (
        "Le ministre prononce un discours lors du salon, le 17 juin 2030 à Paris. (Photo)\n"
        "Posted on 09/19/2031\n"
        "Le texte commence ici et raconte la suite."
    )
    assert parse_publication_date("Un titre", body) == PartialDate(2031, 9, 19)


def test_date_in_a_sentence_of_the_first_paragraphs_is_not_the_publication_date():
    body = "Le 6 mai 2031, les deux présidents publiaient une déclaration commune.\nLa suite."
    assert parse_publication_date("", body) is None
    body = "Réunis le 26 septembre 2031, les présidents de la République ont parlé."
    assert parse_publication_date("", body) is None


def test_text_saying_which_day_it_is_makes_a_month_precise_date_a_day():
    body = "date 2031-02 Bonjour, nous sommes mardi 11 février et voici les nouvelles."
    assert parse_publication_date("", body) == PartialDate(2031, 2, 11)


def test_text_saying_a_day_whose_weekday_disagrees_keeps_the_month():
    # 12 February 2031 is a Wednesday.
    body = "date 2031-02 Bonjour, nous sommes mardi 12 février et voici les nouvelles."
    assert parse_publication_date("", body) == PartialDate(2031, 2)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Lagos, 3 May 2031 — The council adopted the code on Monday.", PartialDate(2031, 5, 3)),
        ("GENÈVE, le 3 mai 2031 (AFP) – Le conseil a adopté le code lundi.", PartialDate(2031, 5, 3)),
        ("Port-Louis, May 3, 2031 - The council met.", PartialDate(2031, 5, 3)),
        # No year, or no date at all before the dash: no dateline.
        ("LAGOS, May 3 (Reuters) - The council met.", None),
        ("Le ministre, un homme prudent — il a signé le code le 3 mai 2031.", None),
    ],
)
def test_a_wire_dateline_opening_the_article_is_its_date(body, expected):
    assert parse_publication_date("", body) == expected


def test_a_date_alone_before_the_lead_s_sentence_is_a_dateline_but_not_a_timeline_s_first_item():
    body = "3 May 2031 – The council will meet in Lagos in July to adopt the drone code."
    assert parse_publication_date("", body) == PartialDate(2031, 5, 3)
    assert "3 May 2031" not in without_dateline(body, PartialDate(2031, 5, 3))
    assert parse_publication_date("", "May 3, 2031 — Le conseil se réunira à Lagos en juillet prochain.") == (
        PartialDate(2031, 5, 3)
    )
    timeline = (
        "3 May 2031 – The drone code enters into force in every state.\n\n4 May 2032 – Its rules apply."
    )
    assert parse_publication_date("", timeline) is None
    assert "3 May 2031" in without_dateline(timeline, PartialDate(2031, 5, 3))
    # A page stamped with another date: the date before the lead is an item's.
    assert "3 May 2031" in without_dateline(body, PartialDate(2031, 8, 1))
    # A few words after the dash are a heading's, not a lead.
    assert parse_publication_date("", "3 May 2031 – Entry into force.") is None


def test_a_wire_dateline_without_its_year_takes_the_one_the_weekday_of_its_lead_gives():
    today = date(2032, 1, 1)
    body = "LAGOS, May 3 (Reuters) -- The council met on Saturday to adopt the code."
    assert parse_publication_date("", body, today) == PartialDate(2031, 5, 3)
    body = "OTTAWA, 3 mai (AFP) - Le conseil a adopté samedi le code. Il se réunira lundi."
    assert parse_publication_date("", body, today) == PartialDate(2031, 5, 3)
    # A weekday the lead tells in the future is a later day's: the saying's weekday is the dateline's.
    body = "LAGOS, May 3 (Reuters) - Ministers will meet on Monday, the ministry said on Saturday."
    assert parse_publication_date("", body, today) == PartialDate(2031, 5, 3)
    body = "OTTAWA, 3 mai (AFP) - Les ministres se réuniront lundi, a indiqué samedi le ministère."
    assert parse_publication_date("", body, today) == PartialDate(2031, 5, 3)
    # No weekday in the lead, or no today to count back from: no year, no date.
    assert parse_publication_date("", "LAGOS, May 3 (Reuters) - The council met.", today) is None
    assert parse_publication_date("", "OTTAWA, 3 mai (AFP) - Le conseil a adopté samedi le code.") is None


def test_a_line_of_one_full_date_under_the_lead_is_the_article_s_date():
    today = date(2032, 1, 1)
    body = "WASHINGTON (Wire) — The council met on Monday.\n\nJanuary 11, 2028\n\nIt will meet again."
    assert parse_publication_date("", body, today) == PartialDate(2028, 1, 11)
    # It gives the year a dateline leaves out, before any weekday would.
    body = "TRENTO, Oct 16 (Wire) - Ministers ended talks on Wednesday.\n\nOctober 16, 2024\n\nThey met."
    assert parse_publication_date("", body, today) == PartialDate(2024, 10, 16)
    # Announced by the line before it, it is some event's day, not the article's.
    body = "The forum will take place on:\n\n14 June 2031\n\nin Lagos."
    assert parse_publication_date("", body, today) is None


def test_a_dateline_dates_no_event_but_places_the_weekdays_after_it():
    text = "Lagos, 8 May 2031 — The council adopted the code on Monday."
    found = find_dates(without_dateline(text), published=PartialDate(2031, 5, 8), lang="en")
    assert [(m.text, m.range.start) for m in found] == [("Monday", PartialDate(2031, 5, 5))]


def test_a_dateline_without_its_year_dates_no_event_either():
    text = "LOMÉ, 6 mai (Agence) - Le président accueillera lundi et mardi le sommet sur les drones."
    found = find_dates(without_dateline(text), published=PartialDate(2031, 5, 6), lang="fr")
    assert [m.text for m in found] == ["lundi et mardi"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Monday 8 September – Friday 12 September 2031", True),
        ("Du 3 au 5 mai 2031", True),
        ("3 May 2031", False),  # a stamp's one day
        ("10/12/2031 17:32", False),
        ("Lagos Data Forum, 12-13 June 2031", False),
    ],
)
def test_a_line_of_one_span_of_days_and_nothing_else_is_told_apart(line, expected):
    assert only_days(line) is expected
