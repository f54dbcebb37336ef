"""Tests of sommet.dates on short sentences written for these tests."""

from datetime import date

import pytest

from sommet.dates import (
    DateMention,
    DateRange,
    PartialDate,
    find_dates,
    parse_publication_date,
    parse_user_dates,
)
from sommet.errors import UserError

TODAY = date(2025, 1, 15)
# With no publication date, weekdays are matched in 2015-2026.
LATER = date(2025, 6, 1)
PUBLISHED = date(2023, 11, 2)


def found(text, published=PUBLISHED, lang="fr", today=LATER):
    """(text, start, end) of each mention, ISO strings for easy reading."""
    return [
        (m.text, *m.range.iso_pair()) for m in find_dates(text, published=published, lang=lang, today=today)
    ]


# DateRange


def test_date_range_gives_its_iso_pair():
    days = DateRange(PartialDate(2025, 2, 10), PartialDate(2025, 2, 11))
    assert days.iso_pair() == ("2025-02-10", "2025-02-11")
    assert DateRange(PartialDate(2026, 3)).iso_pair() == ("2026-03", None)


def test_date_range_refuses_an_end_before_its_start():
    with pytest.raises(ValueError):
        DateRange(PartialDate(2025, 2, 11), PartialDate(2025, 2, 10))


def test_date_range_compares_partial_dates_by_their_first_day():
    assert DateRange(PartialDate(2025), PartialDate(2025, 1, 1)).end == PartialDate(2025, 1, 1)


# parse_user_dates


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10-11 février 2025", ("2025-02-10", "2025-02-11")),
        ("10–11 février 2025", ("2025-02-10", "2025-02-11")),
        ("2025-02-10", ("2025-02-10", None)),
        ("2025-02-10/2025-02-11", ("2025-02-10", "2025-02-11")),
        ("2025-02", ("2025-02", None)),
        ("Feb 10 2025", ("2025-02-10", None)),
        ("February 10-11, 2025", ("2025-02-10", "2025-02-11")),
        ("10 Feb 2025", ("2025-02-10", None)),
        ("mars 2026", ("2026-03", None)),
        ("March 2026", ("2026-03", None)),
        ("2026", ("2026", None)),
        ("1er mars 2026", ("2026-03-01", None)),
        ("du 6 au 11 février 2025", ("2025-02-06", "2025-02-11")),
        ("6 février - 11 février 2025", ("2025-02-06", "2025-02-11")),
        ("12/03/2026", ("2026-03-12", None)),
        ("demain", ("2025-01-16", None)),
        ("tomorrow", ("2025-01-16", None)),
        ("aujourd'hui", ("2025-01-15", None)),
        ("  10 fev 2025. ", ("2025-02-10", None)),
        ("le 10 février 2025", ("2025-02-10", None)),
        ("du 28 décembre 2025 au 3 janvier 2026", ("2025-12-28", "2026-01-03")),
        ("lundi 10 février 2025", ("2025-02-10", None)),
        ("10 et 11 février 2025", ("2025-02-10", "2025-02-11")),
    ],
)
def test_user_dates_in_french_and_english(text, expected):
    assert parse_user_dates(text, today=TODAY).iso_pair() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Later this year.
        ("10 février", ("2025-02-10", None)),
        ("3 March", ("2025-03-03", None)),
        # Already past this year: next year.
        ("10 janvier", ("2026-01-10", None)),
        ("décembre", ("2025-12", None)),
        ("janvier", ("2025-01", None)),
        ("13-14 janvier", ("2026-01-13", "2026-01-14")),
        # Under way today: still this year.
        ("14-15 janvier", ("2025-01-14", "2025-01-15")),
        ("du 28 décembre au 3 janvier", ("2025-12-28", "2026-01-03")),
        # The next 29 February.
        ("29 février", ("2028-02-29", None)),
    ],
)
def test_user_date_without_year_is_the_next_occurrence(text, expected):
    assert parse_user_dates(text, today=TODAY).iso_pair() == expected


@pytest.mark.parametrize(
    ("text", "in_message"),
    [
        ("bientôt", ["could not read “bientôt”", "10 February 2025", "2026"]),
        ("", ["could not read", "March 2026"]),
        ("10 février 2025 et puis", ["could not read"]),
        ("31 février", ["February has no day 31"]),
        ("31 février 2025", ["February has no day 31"]),
        ("2025-02-30", ["“2025-02-30” is not a day that exists"]),
        ("2025-13-01", ["“2025-13-01” is not a day that exists"]),
        ("32 mars 2025", ["March has no day 32"]),
        ("11-10 février 2025", ["the end (2025-02-10) comes before the start"]),
        ("2025-02-11/2025-02-10", ["comes before the start"]),
        ("mercredi 10 février 2025", ["10 February 2025 is a Monday, not a Wednesday"]),
    ],
)
def test_user_dates_errors_say_what_is_wrong(text, in_message):
    with pytest.raises(UserError) as error:
        parse_user_dates(text, today=TODAY)
    for fragment in in_message:
        assert fragment in str(error.value)


def test_user_date_with_year_in_the_past_is_kept():
    assert parse_user_dates("2 mars 2020", today=TODAY).iso_pair() == (
        "2020-03-02",
        None,
    )


# find_dates: French


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le sommet a eu lieu le 10 février 2025.", [("10 février 2025", "2025-02-10", None)]),
        ("Rendez-vous le 1er novembre.", [("1er novembre", "2023-11-01", None)]),
        ("Il a signé le premier novembre 2023.", [("premier novembre 2023", "2023-11-01", None)]),
        ("La loi date de décembre 2020.", [("décembre 2020", "2020-12", None)]),
        ("Tout a changé en 2021.", [("2021", "2021", None)]),
        ("Le groupe existe depuis 2017.", [("2017", "2017", None)]),
        ("Un accord d'ici 2030 ?", [("2030", "2030", None)]),
        ("Un bilan à la mi-2022.", [("2022", "2022", None)]),
        ("La réunion du 6 au 11 février 2025 à Paris.", [("du 6 au 11 février 2025", "2025-02-06", "2025-02-11")]),
        ("Il est ouvert 6 février - 11 février 2025.", [("6 février - 11 février 2025", "2025-02-06", "2025-02-11")]),
        ("Le forum, les 10 et 11 février 2025.", [("10 et 11 février 2025", "2025-02-10", "2025-02-11")]),
        ("Les 10-11 février 2025 à Paris.", [("10-11 février 2025", "2025-02-10", "2025-02-11")]),
        ("Il court du 28 février au 2 mars 2024.", [("du 28 février au 2 mars 2024", "2024-02-28", "2024-03-02")]),
        ("Les travaux, entre le 3 et le 5 juin 2024.", [("entre le 3 et le 5 juin 2024", "2024-06-03", "2024-06-05")]),
        ("De 2020 à 2022, rien.", [("De 2020 à 2022", "2020", "2022")]),
        ("Le plan 2021-2027 est adopté.", [("2021-2027", "2021", "2027")]),
        ("Publié le 2023-03-03 sur le site.", [("2023-03-03", "2023-03-03", None)]),
        ("Inscription avant le 12/03/2026.", [("12/03/2026", "2026-03-12", None)]),
        ("Le texte du 5 avril 2024 puis celui du 9 mai 2024.", [("5 avril 2024", "2024-04-05", None), ("9 mai 2024", "2024-05-09", None)]),
    ],
)  # fmt: skip
def test_french_dates_are_found_with_their_text(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 10 fév. 2025, le 3 sept. 2024.", [("10 fév. 2025", "2025-02-10", None), ("3 sept. 2024", "2024-09-03", None)]),
        ("Le 10 fevrier 2025 et le 15 aout 2024.", [("10 fevrier 2025", "2025-02-10", None), ("15 aout 2024", "2024-08-15", None)]),
        ("Le 10 févr 2025.", [("10 févr 2025", "2025-02-10", None)]),
        ("Le 10 FÉVRIER 2025.", [("10 FÉVRIER 2025", "2025-02-10", None)]),
        ("Vendredi 12 janv. 2024.", [("Vendredi 12 janv. 2024", "2024-01-12", None)]),
    ],
)  # fmt: skip
def test_abbreviated_and_unaccented_month_names_are_understood(text, expected):
    assert found(text) == expected


def test_an_abbreviated_month_with_its_dot_after_in_or_since_keeps_its_day():
    assert found("The rules have applied since Aug. 2, while others wait.", lang="en") == [
        ("Aug. 2", "2023-08-02", None)
    ]


def test_french_abbreviation_without_dot_and_year_is_no_date():
    # "sept" is also the number seven.
    assert found("Il restait 3 sept jours plus tard.") == []


# find_dates: English


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It opened on November 1, 2023.", [("November 1, 2023", "2023-11-01", None)]),
        ("It opened on 1 November 2023.", [("1 November 2023", "2023-11-01", None)]),
        ("It opened on November 1st.", [("November 1st", "2023-11-01", None)]),
        ("The law passed in December 2020.", [("December 2020", "2020-12", None)]),
        ("Everything changed in 2021.", [("2021", "2021", None)]),
        ("The talks ran from 6 to 11 February 2025.", [("from 6 to 11 February 2025", "2025-02-06", "2025-02-11")]),
        ("The talks ran from February 6 to 11, 2025.", [("from February 6 to 11, 2025", "2025-02-06", "2025-02-11")]),
        ("A forum on 10-11 February 2025.", [("10-11 February 2025", "2025-02-10", "2025-02-11")]),
        ("A forum on February 10-11, 2025.", [("February 10-11, 2025", "2025-02-10", "2025-02-11")]),
        ("A forum on February 10 and 11, 2025.", [("February 10 and 11, 2025", "2025-02-10", "2025-02-11")]),
        ("A forum on 10 and 11 February 2025.", [("10 and 11 February 2025", "2025-02-10", "2025-02-11")]),
        ("Held on Wednesday, May 8, 2024.", [("Wednesday, May 8, 2024", "2024-05-08", None)]),
        ("Signed on Sept 3, 2024.", [("Sept 3, 2024", "2024-09-03", None)]),
        ("Due on 24/11/2021.", [("24/11/2021", "2021-11-24", None)]),
        ("Due on 11/24/2021.", [("11/24/2021", "2021-11-24", None)]),
        # Year first, as Korean, Chinese and Japanese pages write it: always year, month, day.
        ("Date 2024.05.22 Hits 1,204", [("2024.05.22", "2024-05-22", None)]),
        ("Posted 2024/5/2", [("2024/5/2", "2024-05-02", None)]),
    ],
)  # fmt: skip
def test_english_dates_are_found_with_their_text(text, expected):
    assert found(text, lang="en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Costs may 10 times the budget.",
        "Protesters march 5 miles a day.",
        "Due on 03/04/2021.",
    ],
)
def test_english_words_that_look_like_months_are_no_dates(text):
    assert found(text, lang="en") == []


# Relative dates and year inference


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le 25 juin dernier, il a parlé.", [("25 juin dernier", "2023-06-25", None)]),
        ("Le 25 novembre dernier, il a parlé.", [("25 novembre dernier", "2022-11-25", None)]),
        ("Le 2 novembre dernier, il a parlé.", [("2 novembre dernier", "2023-11-02", None)]),
        ("Le 10 janvier prochain, il parlera.", [("10 janvier prochain", "2024-01-10", None)]),
        ("Le 5 octobre prochain, il parlera.", [("5 octobre prochain", "2024-10-05", None)]),
        ("Il a parlé lundi (30 octobre).", [("lundi (30 octobre)", "2023-10-30", None)]),
        ("Il parlera mercredi prochain.", [("mercredi prochain", "2023-11-08", None)]),
        ("Il a parlé jeudi dernier.", [("jeudi dernier", "2023-10-26", None)]),
        ("Il a parlé hier.", [("hier", "2023-11-01", None)]),
        ("Il parle aujourd'hui.", [("aujourd'hui", "2023-11-02", None)]),
        ("Il parle aujourd’hui.", [("aujourd’hui", "2023-11-02", None)]),
        ("Il parlera demain.", [("demain", "2023-11-03", None)]),
        ("Il a parlé avant-hier.", [("avant-hier", "2023-10-31", None)]),
        ("Il a parlé en mars dernier.", [("mars dernier", "2023-03", None)]),
        ("Il parlera en décembre.", [("décembre", "2023-12", None)]),
        ("Il a parlé l'an dernier.", [("l'an dernier", "2022", None)]),
        ("Il parlera l'année prochaine.", [("l'année prochaine", "2024", None)]),
        ("Les 6 et 7 février, à Paris.", [("6 et 7 février", "2024-02-06", "2024-02-07")]),
        ("Du 6 au 11 février, à Paris.", [("Du 6 au 11 février", "2024-02-06", "2024-02-11")]),
        ("Mercredi et jeudi (1er et 2 novembre), à Londres.", [("Mercredi et jeudi (1er et 2 novembre)", "2023-11-01", "2023-11-02")]),
        ("Du 28 décembre au 3 janvier.", [("Du 28 décembre au 3 janvier", "2023-12-28", "2024-01-03")]),
    ],
)  # fmt: skip
def test_french_relative_dates_are_resolved_against_publication(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke last Monday.", [("last Monday", "2023-10-30", None)]),
        ("He spoke yesterday.", [("yesterday", "2023-11-01", None)]),
        ("He speaks today.", [("today", "2023-11-02", None)]),
        ("He will speak next Wednesday.", [("next Wednesday", "2023-11-08", None)]),
        ("He will speak tomorrow.", [("tomorrow", "2023-11-03", None)]),
        ("He spoke last March.", [("last March", "2023-03", None)]),
        ("He spoke last year.", [("last year", "2022", None)]),
        ("A forum on February 10 and 11.", [("February 10 and 11", "2024-02-10", "2024-02-11")]),
        ("From 6 to 11 February, talks.", [("From 6 to 11 February", "2024-02-06", "2024-02-11")]),
    ],
)  # fmt: skip
def test_english_relative_dates_are_resolved_against_publication(text, expected):
    assert found(text, lang="en") == expected


def test_two_days_joined_by_and_are_a_range_only_when_they_follow_each_other():
    assert found("le 31 octobre et le 1er novembre") == [
        ("31 octobre et le 1er novembre", "2023-10-31", "2023-11-01")
    ]
    assert found("le 3 mars 2024 et le 10 mai 2024") == [
        ("3 mars 2024", "2024-03-03", None),
        ("10 mai 2024", "2024-05-10", None),
    ]


def test_since_a_month_looks_back_from_publication():
    # Nearest would be January 2024; "depuis" and "since" say it is past.
    assert found("depuis janvier") == [("janvier", "2023-01", None)]
    assert found("since January", lang="en") == [("January", "2023-01", None)]
    assert found("en janvier") == [("janvier", "2024-01", None)]


def test_last_weekday_is_never_the_publication_day_itself():
    # 2 November 2023 was a Thursday.
    assert found("jeudi dernier et jeudi prochain") == [
        ("jeudi dernier", "2023-10-26", None),
        ("jeudi prochain", "2023-11-09", None),
    ]


def test_missing_year_is_taken_nearest_the_publication_date():
    assert found("le 10 mai", published=date(2023, 11, 2)) == [("10 mai", "2023-05-10", None)]
    assert found("le 10 mai", published=date(2023, 12, 20)) == [("10 mai", "2024-05-10", None)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("mercredi 1er novembre", date(2023, 11, 2), "2023-11-01"),
        # Mercredi 1er novembre is 2017 or 2023: nearest 2024 it is 2023.
        ("mercredi 1er novembre", date(2024, 6, 1), "2023-11-01"),
        ("vendredi 1er novembre", date(2024, 6, 1), "2024-11-01"),
        ("jeudi 1er novembre", None, "2018-11-01"),
        ("lundi 1er novembre", None, "2021-11-01"),
        ("jeudi 10 février", None, "2022-02-10"),
        ("jeudi 29 février", None, "2024-02-29"),
    ],
)
def test_weekday_picks_the_year_in_which_it_falls(text, published, expected):
    mentions = find_dates(text, published=published, today=LATER)
    assert [m.range.iso_pair() for m in mentions] == [(expected, None)]
    assert mentions[0].relative is True


def test_weekday_picks_the_year_in_english_too():
    assert found("on Sunday, February 10", published=None, lang="en") == [
        ("Sunday, February 10", "2019-02-10", None)
    ]


@pytest.mark.parametrize(
    "text",
    [
        # No weekday, no publication date: the year is unknown.
        "le 10 février",
        "du 6 au 11 février",
        "en décembre",
        "hier",
        "mercredi prochain",
        "le 25 juin dernier",
    ],
)
def test_date_without_a_year_the_text_supports_is_dropped(text):
    assert find_dates(text, published=None, today=LATER) == []


def test_weekday_fitting_several_years_gives_the_most_recent_one_begun_by_today():
    # 1 November was a Wednesday in 2017 and in 2023; 3 April is a Wednesday in 2024 and 2019,
    # and in 2030, which is still to come.
    assert found("mercredi 1er novembre", published=None) == [("mercredi 1er novembre", "2023-11-01", None)]
    assert found("mercredi 3 avril", published=None) == [("mercredi 3 avril", "2024-04-03", None)]


def test_wrong_weekday_near_publication_trusts_the_date():
    # 1 November is a Wednesday in 2023, not a Monday; the date wins.
    assert found("lundi 1er novembre") == [("lundi 1er novembre", "2023-11-01", None)]


def test_relative_flag_says_whether_the_year_came_from_the_text():
    mentions = find_dates("Le 10 février 2025, puis le 12 mars, et hier.", published=PUBLISHED)
    assert [(m.text, m.relative) for m in mentions] == [
        ("10 février 2025", False),
        ("12 mars", True),
        ("hier", True),
    ]


# Numbers that are not dates


@pytest.mark.parametrize(
    "text",
    [
        "Une hausse de 7,3 % cette fois.",
        "Il a réuni 15 000 experts.",
        "Il a réuni 300 chercheurs.",
        "Un budget de 500 millions d'euros.",
        "La séance a duré 2 h.",
        "Le G7 s'est réuni.",
        "La norme ISO 42001 est citée.",
        "Écrire au 12 rue Haute, 87085 Limoges.",
        "Voir page 12, note 31.",
        "Appeler le 01 23 45 67 89.",
        "Appeler le 01.23.45.67.89.",
        "La version 2024.13.40 est sortie.",
        "Il a réuni 2 000 participants.",
        "Il a réuni 2021 participants.",
        "Le chiffre de 2017 est cité.",
        "Un total de 1 999 000 euros.",
        "Le taux 2021,5 est cité.",
        "Le code 2021-02-30 est faux.",
        "Les métiers de demain.",
        "La France d'aujourd'hui.",
        "Le mercredi, il pleut.",
        "Le 31 février 2025 n'existe pas.",
        "Le 32 mars 2025 n'existe pas.",
    ],
)
def test_numbers_that_only_look_like_dates_are_not_found(text):
    assert found(text, published=None) == []


@pytest.mark.parametrize(
    "text",
    [
        "A rise of 7.3 % this year.",
        "It gathered 15,000 experts.",
        "The G7 met.",
        "See page 12.",
        "Call 555-0123.",
        "The jobs of tomorrow.",
    ],
)
def test_english_numbers_that_only_look_like_dates_are_not_found(text):
    assert found(text, published=None, lang="en") == []


# Times, spans


@pytest.mark.parametrize(
    ("text", "lang", "day", "time"),
    [
        ("Le 10 février 2025 à 14h30.", "fr", "2025-02-10", "14:30"),
        ("Le 10 février 2025 à 9 h.", "fr", "2025-02-10", "09:00"),
        ("Rendez-vous le 12/03/2026 à 14h30.", "fr", "2026-03-12", "14:30"),
        ("On February 10, 2025 at 2:30 pm.", "en", "2025-02-10", "14:30"),
        ("On February 10, 2025 at 12 am.", "en", "2025-02-10", "00:00"),
        ("On February 10, 2025 at 14:30.", "en", "2025-02-10", "14:30"),
        ("Le 10 février 2025.", "fr", "2025-02-10", None),
    ],
)
def test_time_of_day_next_to_a_date_is_kept(text, lang, day, time):
    (mention,) = find_dates(text, published=None, lang=lang)
    assert (mention.range.iso_pair(), mention.time) == ((day, None), time)


def test_mention_span_points_into_the_text():
    text = "Après le sommet du 6 au 11 février 2025, un bilan en décembre 2025."
    mentions = find_dates(text, published=None)
    assert mentions == [
        DateMention(
            DateRange(PartialDate(2025, 2, 6), PartialDate(2025, 2, 11)),
            16,
            39,
            "du 6 au 11 février 2025",
            False,
        ),
        DateMention(DateRange(PartialDate(2025, 12)), 53, 66, "décembre 2025", False),
    ]
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_find_dates_refuses_an_unknown_language():
    with pytest.raises(ValueError):
        find_dates("10 febbraio 2025", published=None, lang="it")


# parse_publication_date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Titre du jour\n10 Fév. 2021\nLe texte commence.", PartialDate(2021, 2, 10)),
        ("Mercredi, Mai 8, 2024 - 12:00\nLe texte.", PartialDate(2024, 5, 8)),
        ("Paris, le 24/11/2021\nLe texte.", PartialDate(2021, 11, 24)),
        ("Publié le 3 mars 2023 à 10h", PartialDate(2023, 3, 3)),
        ("March 3, 2023", PartialDate(2023, 3, 3)),
        ("2023-03-03", PartialDate(2023, 3, 3)),
        ("2023-03-03T10:15:00+01:00", PartialDate(2023, 3, 3)),
        ("Updated 5 Jan 2024", PartialDate(2024, 1, 5)),
        ("Published 3 March 2023\nUpdated 5 Jan 2024", PartialDate(2023, 3, 3)),
        ("Mis à jour le 5 janvier 2024\nPublié le 3 mars 2023", PartialDate(2023, 3, 3)),
        (
            (
                "Le sommet du 10 février 2025 aura lieu au Grand Palais cette année\n"
                "Par la rédaction\n3 mars 2023"
            ),
            PartialDate(2023, 3, 3),
        ),
        ("Sans date\nVoici 2 000 mots en 2021.", None),
        ("Publié en mars 2023", None),
        ("Publié hier", None),
        ("\n" * 45 + "3 mars 2023", None),
    ],
)
def test_publication_date_is_read_from_the_header(text, expected):
    assert parse_publication_date(text) == expected


# Articles without a publication date


def test_date_without_year_takes_the_year_last_stated_in_the_text():
    text = "La semaine commence le 3 mars 2031. Le forum suivra le 5 mars, puis un dîner le 6."
    assert [(m.text, m.range.iso_pair(), m.relative) for m in find_dates(text, published=None)] == [
        ("3 mars 2031", ("2031-03-03", None), False),
        ("5 mars", ("2031-03-05", None), True),
    ]


def test_date_without_year_takes_the_year_of_the_lead_even_stated_after_it():
    text = "The forum opens on 5 March. The week itself began on 3 March 2031."
    assert [m.range.start.iso() for m in find_dates(text, published=None, lang="en")] == [
        "2031-03-05",
        "2031-03-03",
    ]


def test_date_without_year_far_from_every_full_date_stays_unknown():
    # Only a background date, and in another paragraph: no year is supported.
    text = "Le forum s'est tenu le 17 février.\nLe partenariat avait été noué en juillet 2022."
    assert [m.text for m in find_dates(text, published=None)] == ["juillet 2022"]


def test_last_and_next_without_publication_date_count_from_the_lead():
    # The lead's date stands for when the text was written.
    text = "Réunis le 26 septembre 2031, ils annoncent un sommet les 10 et 11 février prochains."
    assert found(text, published=None)[1] == ("10 et 11 février prochains", "2032-02-10", "2032-02-11")
    text = "En décembre 2020, une réunion a eu lieu. Le 25 juin dernier, une autre."
    assert found(text, published=None)[1] == ("25 juin dernier", "2020-06-25", None)


def test_past_day_without_publication_date_and_only_a_year_stays_unknown():
    text = "Ministers met on 3 March last. The next forum will be held in 2030."
    assert [m.text for m in find_dates(text, published=None, lang="en")] == ["2030"]


def test_past_day_without_publication_date_or_other_dates_stays_unknown():
    assert find_dates("Le 25 juin dernier, une réunion a eu lieu.", published=None) == []


def test_summer_of_a_year_is_that_year():
    text = "Les groupes se réunissent depuis l'été 2024."
    assert [m.range.start.iso() for m in find_dates(text, published=None)] == ["2024"]


def test_weekday_fitting_several_years_keeps_the_one_after_the_years_stated():
    # 1 November was a Wednesday in 2017 and in 2023; the text already speaks of 2019.
    text = "Le sommet s'ouvre mercredi 1er novembre. Le projet a commencé en 2019."
    assert find_dates(text, published=None, today=date(2026, 1, 1))[0].range.iso_pair() == (
        "2023-11-01",
        None,
    )


def test_date_inside_a_sentence_of_the_header_is_not_the_publication_date():
    text = "Un titre\nPendant une semaine, à partir du 6 février 2031, la ville accueillera des débats."
    assert parse_publication_date(text) is None


def test_year_alone_is_not_carried_to_the_dates_after_it():
    text = "Lancé en 2019, le forum se réunira le 5 mars."
    assert [m.text for m in find_dates(text, published=None)] == ["2019"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The review of the drone law is scheduled for 2034.", "en"),
        ("The next summit is planned for 2034.", "en"),
        ("La révision de la loi est prévue pour 2034.", "fr"),
    ],
)
def test_a_year_something_is_scheduled_for_is_a_date(text, lang):
    assert found(text, lang=lang) == [("2034", "2034", None)]


def test_a_year_after_for_alone_is_no_date():
    assert found("The strategy sets targets for 2034.", lang="en") == []
