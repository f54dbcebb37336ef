"""Dates carried across an article: publication dates known to the day or the month, the lead,
weekdays, weeks and years counted from another date. Short texts written for these tests."""

from datetime import date

import pytest

from sommet.dates import PartialDate, find_dates

TODAY = date(2032, 1, 1)
# Friday 16 May 2031.
FRIDAY = PartialDate(2031, 5, 16)
MAY = PartialDate(2031, 5)


def found(text, published=FRIDAY, lang="fr"):
    return [
        (m.text, *m.range.iso_pair()) for m in find_dates(text, published=published, lang=lang, today=TODAY)
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il a parlé mardi devant les députés.", "fr", "2031-05-13"),
        ("Il parlera mardi devant les députés.", "fr", "2031-05-20"),
        # A future in -vra, and what lasts "until" a weekday, are still to come.
        ("Le salon s'ouvre samedi et se poursuivra toute la semaine.", "fr", "2031-05-17"),
        ("Le salon, qui se tient jusqu'à dimanche, attire les foules.", "fr", "2031-05-18"),
        ("The fair runs until Sunday.", "en", "2031-05-18"),
        ("Le forum s'ouvre vendredi à Lyon.", "fr", "2031-05-16"),
        ("Le forum s'est ouvert ce mercredi.", "fr", "2031-05-14"),
        ("La semaine dernière, le forum s'est ouvert mercredi.", "fr", "2031-05-07"),
        ("The minister spoke on Wednesday.", "en", "2031-05-14"),
        ("The minister will speak on Monday.", "en", "2031-05-19"),
        ("The minister met the ambassador on Tuesday (13).", "en", "2031-05-13"),
        ("The forum was held last week. The minister spoke on Wednesday.", "en", "2031-05-07"),
        ("The forum is next week. The minister will speak on Friday.", "en", "2031-05-23"),
        # A programme told in the present: the nearer of the weekdays before and after.
        ("The President arrives in Lima on Sunday for a state visit.", "en", "2031-05-18"),
        ("La ministre se rend lundi à Bruxelles.", "fr", "2031-05-19"),
        ("La ministre est arrivée lundi à Bruxelles.", "fr", "2031-05-12"),
        ("La déclaration, qui doit être adoptée mardi, est discutée.", "fr", "2031-05-20"),
        ("'We must act,' said the minister at the forum on Thursday.", "en", "2031-05-15"),
        # A weekday closing its sentence after an aside takes the tense of its sentence, not the next's.
        (
            "Les Rencontres se tiennent à Lyon, au palais des congrès, lundi. Mille élus sont attendus.",
            "fr",
            "2031-05-19",
        ),
        # The day of a saying takes the saying's tense, not the tense of what was said.
        ("Le ministre a annoncé mardi que le Togo signera la convention.", "fr", "2031-05-13"),
        ("The minister said on Tuesday that Togo will sign the convention.", "en", "2031-05-13"),
        ("On Tuesday the minister said that Togo will sign the convention.", "en", "2031-05-13"),
        # A weekday alone in its clause after an aside takes the tense of the verb before the aside.
        ("The minister met her counterpart, Mauro Vieira, on Monday.", "en", "2031-05-12"),
        ("Le ministre a reçu son homologue, Mauro Vieira, lundi.", "fr", "2031-05-12"),
        # A participle of one syllable tells a perfect too.
        ("Les ministres se sont mis d'accord lundi sur un code.", "fr", "2031-05-12"),
        ("Les ministres ont mis lundi un terme aux discussions.", "fr", "2031-05-12"),
        ("The minister will meet her counterpart, Mauro Vieira, on Monday.", "en", "2031-05-19"),
        # A past in another clause does not make the weekday's clause past.
        (
            "The President arrives on Sunday for a visit, his second after the one he made as a senator.",
            "en",
            "2031-05-18",
        ),
    ],
)
def test_weekday_alone_is_placed_by_the_publication_day_and_the_tense(text, lang, expected):
    # "La semaine dernière" is a date of its own, the month of that week.
    assert found(text, lang=lang)[-1][1:] == (expected, None)


def test_weekday_alone_needs_a_publication_date_to_the_day():
    assert found("Il a parlé jeudi.", published=MAY) == []
    assert found("Il a parlé jeudi.", published=None) == []


def test_weekday_with_a_day_number_takes_the_month_of_a_month_precise_publication():
    text = "The minister met the ambassador on Tuesday (13)."
    assert found(text, published=MAY, lang="en") == [("Tuesday (13)", "2031-05-13", None)]


def test_habitual_weekday_is_no_date():
    assert found("Le mercredi, le marché est fermé.") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il a parlé hier soir.", "fr", ("hier", "2031-05-15", None)),
        ("Il parle ce matin.", "fr", ("ce matin", "2031-05-16", None)),
        ("He will speak tonight.", "en", ("tonight", "2031-05-16", None)),
        ("Le forum se tient cette semaine.", "fr", ("cette semaine", "2031-05", None)),
        ("The forum was held last week.", "en", ("last week", "2031-05", None)),
        ("They met ahead of next month's summit.", "en", ("next month", "2031-06", None)),
    ],
)
def test_days_and_weeks_count_from_the_publication_day(text, lang, expected):
    assert found(text, lang=lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Friday 16 May 2031: the weekend just past, or the one ahead, as the tense or word says.
        (
            "Developers gathered in Lyon over the weekend.",
            "en",
            ("over the weekend", "2031-05-10", "2031-05-11"),
        ),
        ("The fair opens this weekend.", "en", ("this weekend", "2031-05-17", "2031-05-18")),
        ("They met last weekend in Lyon.", "en", ("last weekend", "2031-05-10", "2031-05-11")),
        ("Ils se sont retrouvés ce week-end à Lyon.", "fr", ("ce week-end", "2031-05-10", "2031-05-11")),
        (
            "Le salon ouvrira le week-end prochain.",
            "fr",
            ("le week-end prochain", "2031-05-17", "2031-05-18"),
        ),
    ],
)
def test_a_weekend_counts_from_the_publication_day(text, lang, expected):
    assert found(text, lang=lang) == [expected]


def test_a_weekend_named_by_its_date_is_that_date_not_the_nearest():
    assert found("The weekend of 14 June will be busy.", lang="en") == [("14 June", "2031-06-14", None)]
    assert found("The fair opens this weekend.", lang="en") == [("this weekend", "2031-05-17", "2031-05-18")]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Monday 19 May 2031: "Thursday-Friday" heading a week ahead's item, its hyphen and all.
        ("Thursday-Friday: Ministers meet in Lyon.", "en", ("Thursday-Friday", "2031-05-22", "2031-05-23")),
        (
            "Jeudi-vendredi : les ministres se réunissent à Lyon.",
            "fr",
            ("Jeudi-vendredi", "2031-05-22", "2031-05-23"),
        ),
    ],
)
def test_two_weekdays_joined_by_a_hyphen_are_the_days_from_one_to_the_other(text, lang, expected):
    assert found(text, published=PartialDate(2031, 5, 19), lang=lang) == [expected]
    # A weekday joined to another word is no span: "the Monday-morning session".
    assert found("The Monday-morning session was long.", published=PartialDate(2031, 5, 19), lang="en") == []


def test_week_across_two_months_gives_no_month():
    # Monday 30 June 2031: this week runs into July.
    assert found("Le forum se tient cette semaine.", published=PartialDate(2031, 6, 30)) == []


def test_month_precise_publication_gives_years_but_not_days():
    text = (
        "Le forum aura lieu les 5 et 6 février. L'an dernier, il a réuni cent pays. Hier, il a été annoncé."
    )
    assert found(text, published=PartialDate(2031, 1)) == [
        ("5 et 6 février", "2031-02-05", "2031-02-06"),
        ("L'an dernier", "2030", None),
    ]


def test_same_and_following_year_count_from_the_year_named_last():
    text = "Le projet est lancé en 2029 ; le 3 juin de la même année, il est adopté."
    assert found(text, published=None)[1] == ("3 juin", "2029-06-03", None)
    text = "The group was founded in 2028. The following year, it met in Oslo."
    assert found(text, published=None, lang="en")[1] == ("The following year", "2029", None)
    text = "It was drafted in 2027 and 2028. The following year, it was signed."
    assert found(text, published=None, lang="en")[2] == ("The following year", "2029", None)


def test_same_year_with_nothing_named_before_stays_unknown():
    assert found("La même année, le texte est adopté.", published=None) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Of the year the text was telling in the paragraph ...
        ("Lancé en 2029, le groupe rendra son avis avant la fin de l'année.", "fr", "2029"),
        ("The group met in 2029 and will report by the end of the year.", "en", "2029"),
        # ... or, when it told none there, of its publication; "dernière" and "last" count back from it.
        ("Les règles s'appliquent en 2032.\nUne agence sera créée d'ici la fin de l'année.", "fr", "2031"),
        ("The rules apply in 2032.\nAn agency will be set up by the end of the year.", "en", "2031"),
        ("Un groupe d'experts sera créé d'ici la fin de l'année.", "fr", "2031"),
        ("An expert group will be set up by the end of the year.", "en", "2031"),
        ("L'agence a été créée à la fin de l'année dernière.", "fr", "2030"),
        ("The agency was set up at the end of last year.", "en", "2030"),
    ],
)
def test_the_end_of_the_year_is_in_the_year_told_last_or_the_publications(text, lang, expected):
    said, *dates = found(text, lang=lang)[-1]
    assert ("fin" in said or "end" in said) and dates == [expected, None]


def test_next_days_without_publication_date_count_from_the_lead():
    text = "Réunis le 26 septembre 2031, ils annoncent un sommet les 10 et 11 février prochains."
    assert found(text, published=None)[1] == ("10 et 11 février prochains", "2032-02-10", "2032-02-11")


def test_a_weekday_without_publication_date_counts_from_a_lead_told_to_the_day():
    # Monday 12 May 2031 in the lead: the coming Tuesday is the 13th.
    text = "Le ministre, attendu à Lomé le 12 mai 2031, ira dîner mardi à Kara avec son hôte."
    assert found(text, published=None)[1] == ("mardi", "2031-05-13", None)
    assert found("Le ministre, attendu à Lomé en mai 2031, ira dîner mardi à Kara.", published=None) == [
        ("mai 2031", "2031-05", None)
    ]  # a lead told to the month places no weekday


def test_date_without_year_takes_the_year_of_a_date_earlier_in_its_sentence():
    text = "Après le forum de novembre 2030, le comité s'est réuni le 10 février."
    assert found(text)[1] == ("10 février", "2031-02-10", None)
    # Without that date, the publication date decides.
    assert found("Le comité s'est réuni le 10 février.")[0] == ("10 février", "2031-02-10", None)


def test_years_joined_by_and_are_two_years_and_between_makes_a_span():
    assert found("Elle présidera en 2029 et 2031.", published=None) == [
        ("2029", "2029", None),
        ("2031", "2031", None),
    ]
    # A list must open with a year in context: these are counts.
    assert found("Il a réuni 2000 et 2001 personnes.", published=None) == []
    assert found("He served between 2020 and 2022.", published=None, lang="en") == [
        ("between 2020 and 2022", "2020", "2022")
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le vote aura lieu dans dix jours.", "fr", ("dans dix jours", "2031-05-26", None)),
        ("Il a parlé il y a 3 jours.", "fr", ("il y a 3 jours", "2031-05-13", None)),
        ("The vote is in ten days.", "en", ("in ten days", "2031-05-26", None)),
        ("He spoke two days ago.", "en", ("two days ago", "2031-05-14", None)),
    ],
)
def test_days_counted_from_the_publication_day(text, lang, expected):
    assert found(text, lang=lang) == [expected]
    assert found(text, published=MAY, lang=lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il y a deux ans, les ministres ont adopté une stratégie.", "fr", ("Il y a deux ans", "2029", None)),
        ("Two years ago, ministers adopted a strategy.", "en", ("Two years ago", "2029", None)),
        ("Il y a trois mois, le forum a réuni cent pays.", "fr", ("Il y a trois mois", "2031-02", None)),
        ("A month ago, the forum met.", "en", ("A month ago", "2031-04", None)),
    ],
)
def test_years_and_months_counted_back_from_the_publication(text, lang, expected):
    assert found(text, lang=lang) == [expected]


def test_a_counted_year_that_the_date_after_it_tells_more_exactly_is_left_out():
    assert found("Le pacte, adopté il y a deux ans, en septembre 2029, est appliqué.") == [
        ("septembre 2029", "2029-09", None)
    ]


def test_a_number_of_days_that_is_a_duration_is_no_date():
    assert found("Le forum a réuni dix pays en trois jours.") == []
    assert found("The talks took three days.", lang="en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La campagne avait été lancée au printemps.", "fr", ("au printemps", "2031", None)),
        ("La campagne avait été lancée à l'automne.", "fr", ("à l'automne", "2030", None)),
        ("Le texte sera voté à l'automne.", "fr", ("à l'automne", "2031", None)),
        # "pourrait": what may still happen, as "devrait" and "serait".
        ("Une commission pourrait se réunir à l'automne.", "fr", ("à l'automne", "2031", None)),
        ("L'été dernier, le forum a réuni cent pays.", "fr", ("L'été dernier", "2030", None)),
        ("The vote is expected in the autumn.", "en", ("in the autumn", "2031", None)),
        # Spring 2031 is not over yet.
        ("The talks resumed last spring.", "en", ("last spring", "2030", None)),
    ],
)
def test_season_without_a_year_takes_it_from_the_publication_and_the_tense(text, lang, expected):
    # Published in May 2031: spring is under way, summer to come.
    assert found(text, published=MAY, lang=lang) == [expected]
    assert found(text, published=None, lang=lang) == []


def test_been_is_no_summer():
    assert found("Le texte a été adopté.") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The panel, set up in October 2030, will publish its report in September.", "en", "2031-09"),
        ("Le comité, créé en octobre 2030, rendra son rapport en septembre.", "fr", "2031-09"),
        # The date's own clause is past: the sentence's other date gives the year.
        ("The panel met in October 2030 and again in September, before it disbanded.", "en", "2030-09"),
    ],
)
def test_a_future_clause_dates_a_month_after_the_publication_not_near_the_sentences_other_date(
    text, lang, expected
):
    assert found(text, lang=lang)[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Il l'avait reçu au défilé du 14-Juillet à Lomé en 2029.", "2029-07-14"),
        ("Il l'avait reçu le 3 mai à Lomé en 2029.", "2029-05-03"),
    ],
)
def test_a_day_without_a_year_takes_the_one_year_its_clause_writes(text, expected):
    assert found(text, published=None)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("It was held in February this year.", "en", "2031-02"),
        ("Le forum a eu lieu en février l'an dernier.", "fr", "2030-02"),
        ("The forum met in June last year.", "en", "2030-06"),
    ],
)
def test_a_month_followed_by_this_or_last_year_takes_that_year(text, lang, expected):
    assert [m[1] for m in found(text, lang=lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Canada, which takes over the presidency in January, will host the summit.", "en"),
        ("Le Canada, qui prend la présidence en janvier, accueillera le sommet.", "fr"),
    ],
)
def test_an_office_taken_over_in_a_month_told_in_the_present_is_the_coming_one(text, lang):
    assert [m[1] for m in found(text, lang=lang)] == ["2032-01"]


def test_a_month_told_in_the_past_lies_before_the_publication():
    assert found("En octobre, les ministres avaient adopté un code.") == [("octobre", "2030-10", None)]
    assert found("Le conseil a adopté la charte en novembre.") == [("novembre", "2030-11", None)]
    # In English too.
    assert found("The invitation was handed over in June.", lang="en") == [("June", "2030-06", None)]
    # What was announced as still to come keeps the nearest year.
    assert found("L'agence a annoncé qu'elle organiserait un forum en août.") == [("août", "2031-08", None)]
    # A participle set off by commas takes the tense of the verb it hangs on.
    text = "The forum, held in Lyon on May 20-21, will gather the ministers."
    assert found(text, lang="en") == [("May 20-21", "2031-05-20", "2031-05-21")]
    assert (
        found("The forum, held in Lyon on May 20-21, gathered the ministers.", lang="en")[0][1]
        == "2030-05-20"
    )


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A clause with no verb after a verb still to come is still to come.
        ("La réunion aura lieu à Lyon, sur les bords du Rhône, le 3 décembre.", "fr", "2031-12-03"),
        (
            "The meeting will take place in Lyon, at the Palais des congrès, on 3 December.",
            "en",
            "2031-12-03",
        ),
        # An aside before the verb may tell the past; so may a clause with a past participle.
        ("Hôte du forum de Lyon en décembre, la France accueillera le sommet.", "fr", "2030-12"),
        ("The meeting will take place in Lyon, which hosted the forum in December.", "en", "2030-12"),
        # A relative clause has a tense of its own, whatever the sentence's.
        ("Le traité a été signé à Lyon, avant le forum, qui s'ouvre le 20 mai.", "fr", "2031-05-20"),
        ("Le traité a été signé à Lyon, avant le forum, qui s'est ouvert le 20 mai.", "fr", "2030-05-20"),
        # What is set for a day is still to come.
        ("The vote is set for 3 December.", "en", "2031-12-03"),
    ],
)
def test_a_clause_without_a_verb_of_its_own_takes_the_tense_of_the_verb_before_it(text, lang, expected):
    assert [m[1] for m in found(text, lang=lang)] == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # The perfect of a pronominal verb, and "avoir" with a participle in -u, are the past.
        ("Le forum s'est tenu à Lyon le 20 juin.", "fr", "2030-06-20"),
        ("Les ministres se sont réunis à Lyon le 20 juin.", "fr", "2030-06-20"),
        ("Le ministre a tenu une conférence le 20 juin.", "fr", "2030-06-20"),
        # The present of the same verbs is not.
        ("Le forum se tient à Lyon le 20 juin.", "fr", "2031-06-20"),
        ("Le forum a lieu à Lyon le 20 juin.", "fr", "2031-06-20"),
        # "a summit" and "a visit" are English nouns, not French participles.
        ("Lyon hosts a summit on 20 June.", "en", "2031-06-20"),
        ("Togo is planning a visit to Lyon on 20 June.", "en", "2031-06-20"),
        # A date opening its sentence alone takes the tense of the clause after it.
        ("On 20 June, the ministers met in Lyon.", "en", "2030-06-20"),
        ("On 20 June, the ministers will meet in Lyon.", "en", "2031-06-20"),
        # A gathering decided in the past is held after the decision.
        ("The two leaders agreed to hold a drone dialogue in Lyon in September.", "en", "2031-09"),
        ("Les ministres ont décidé d'organiser un forum à Lyon en septembre.", "fr", "2031-09"),
        ("The two leaders held a drone dialogue in Lyon in September.", "en", "2030-09"),
        # What a text asks someone to do is still to come.
        ("The letter asks governments to agree a ban at the Geneva conference in December.", "en", "2031-12"),
        (
            "Les signataires appellent les États à adopter une interdiction à Genève en décembre.",
            "fr",
            "2031-12",
        ),
    ],
)
def test_the_tense_of_a_dates_clause_places_it_before_or_after_the_publication(text, lang, expected):
    assert found(text, published=PartialDate(2031, 3, 1), lang=lang)[0][1] == expected


def test_a_date_said_to_follow_is_the_first_such_day_after_the_date_named_last():
    text = "Le Conseil a été créé en 2029. Sa première réunion s'est tenue le 4 février suivant."
    assert found(text)[-1] == ("4 février", "2030-02-04", None)
    text = "Le Conseil a été créé le 3 juin 2029. Il s'est réuni le 10 juin suivant."
    assert found(text)[-1] == ("10 juin", "2029-06-10", None)
    text = "The Council was set up on 3 June 2029. It first met on 2 June the following year."
    assert found(text, lang="en")[-1] == ("2 June", "2030-06-02", None)


def test_the_following_month_counts_from_the_month_named_last():
    assert found("Le Conseil a été créé en mars 2029 et s'est réuni le mois suivant.")[-1] == (
        "le mois suivant",
        "2029-04",
        None,
    )
    text = "The Council was set up in December 2029 and first met the following month."
    assert found(text, lang="en")[-1] == ("the following month", "2030-01", None)


def test_the_next_day_counts_from_the_day_named_last():
    assert found("Le forum s'est ouvert le 12 mai. Le lendemain, les ministres ont signé la charte.") == [
        ("12 mai", "2031-05-12", None),
        ("Le lendemain", "2031-05-13", None),
    ]
    assert found("The forum opened on 12 May. The day before, ministers met.", lang="en") == [
        ("12 May", "2031-05-12", None),
        ("The day before", "2031-05-11", None),
    ]
    # "la veille du sommet" counts from the summit, which may not be the day named last.
    assert found("Le 12 mai, un dîner. La veille du sommet, une réunion.") == [("12 mai", "2031-05-12", None)]
    assert found("Le lendemain, les ministres ont signé la charte.") == []


def test_the_next_day_tells_no_future():
    """Published 1 July 2031: a day of June and the day after it stay in the past."""
    text = "The minister opened the fair on 10 June and visited a drone plant the next day."
    assert found(text, lang="en", published=PartialDate(2031, 7, 1)) == [
        ("10 June", "2031-06-10", None),
        ("the next day", "2031-06-11", None),
    ]
    text = "The minister will open the fair on 10 June and visit a drone plant the next day."
    assert found(text, lang="en", published=PartialDate(2031, 7, 1))[0] == ("10 June", "2032-06-10", None)


def test_days_later_or_earlier_count_from_the_day_named_last_and_never_from_nothing():
    assert found("Le rapport est paru le 12 mai, et la charte a été signée trois jours plus tard.") == [
        ("12 mai", "2031-05-12", None),
        ("trois jours plus tard", "2031-05-15", None),
    ]
    assert found("The forum closed on 12 May. Two days earlier, ministers had met.", lang="en") == [
        ("12 May", "2031-05-12", None),
        ("Two days earlier", "2031-05-10", None),
    ]
    assert found("Three days later, the ministers signed the charter.", lang="en") == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "La charte a été adoptée le 3 mars. Elle entrera en vigueur trois mois plus tard.",
            "fr",
            ("2031-06", None),
        ),
        (
            "The charter was adopted on 3 November 2030. It took effect two months later.",
            "en",
            ("2031-01", None),
        ),
        ("The charter was adopted on 3 March. It took effect two weeks later.", "en", ("2031-03-17", None)),
        ("La loi a été adoptée le 3 mars 2029. Un an plus tard, l'agence ouvrait.", "fr", ("2030", None)),
        ("The forum closed on 12 May. A week earlier, ministers had met.", "en", ("2031-05-05", None)),
        ("The strategy was adopted in 2029, and a year after that the office opened.", "en", ("2030", None)),
        ("The forum closed on 12 May. Two days before that, ministers had met.", "en", ("2031-05-10", None)),
    ],
)
def test_weeks_months_and_years_later_count_from_the_date_named_last(text, lang, expected):
    assert found(text, lang=lang)[-1][1:] == expected


def test_months_later_count_from_no_date_of_another_paragraph():
    assert [
        m[0] for m in found("La charte a été adoptée le 3 mars.\n\nElle s'appliquera six mois plus tard.")
    ] == ["3 mars"]


def test_the_day_before_days_counts_from_their_first_and_the_day_after_from_their_last():
    assert found("Le sommet aura lieu les 14 et 15 juin. Les ministres se réuniront la veille.")[-1] == (
        "la veille",
        "2031-06-13",
        None,
    )
    assert found("The summit runs on 14 and 15 June. A press conference follows the day after.", lang="en")[
        -1
    ] == ("the day after", "2031-06-16", None)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The 2032 edition of the Drone Summit will take place in Dakar in June.", "en"),
        ("L'édition 2032 du sommet sur les drones aura lieu à Dakar en juin.", "fr"),
        ("L'édition de 2032 du sommet sur les drones aura lieu à Dakar en juin.", "fr"),
    ],
)
def test_the_year_of_an_edition_is_a_year_and_its_clauses_own(text, lang):
    assert [m[1:] for m in found(text, lang=lang)] == [("2032", None), ("2032-06", None)]


def test_a_month_counted_from_the_publication():
    assert found("Le rapport est paru le mois dernier.") == [("le mois dernier", "2031-04", None)]
    assert found("Earlier this month, the agency published guidance.", lang="en") == [
        ("Earlier this month", "2031-05", None)
    ]
    assert found("Next month, the agency will publish guidance.", published=None, lang="en") == []


def test_a_year_dating_something_else_in_the_clause_is_not_the_clause_year():
    assert found("Une réunion aura lieu fin juillet et une autre début 2032.") == [
        ("juillet", "2031-07", None),
        ("2032", "2032", None),
    ]


def test_an_era_stands_for_the_lead_of_an_article_without_dates_of_its_own():
    era = PartialDate(2031, 2)
    text = "La charte a été signée le 6 février. Le partenariat avait été noué en mai dernier."
    assert [
        (m.text, *m.range.iso_pair()) for m in find_dates(text, published=None, today=TODAY, era=era)
    ] == [
        ("6 février", "2031-02-06", None),
        ("mai dernier", "2030-05", None),
    ]
    assert found(text, published=None) == []


def test_a_day_as_far_from_the_lead_on_either_side_takes_no_year():
    era = PartialDate(2031, 5, 14)
    assert find_dates("Le 16 novembre, ils se sont revus.", published=None, today=TODAY, era=era) == []
    assert [
        m.range.iso_pair()
        for m in find_dates("Le 2 juillet, ils se sont revus.", published=None, today=TODAY, era=era)
    ] == [("2031-07-02", None)]


def test_two_weekdays_joined_are_the_days_from_one_to_the_other():
    assert found("Le président accueillera lundi et mardi les dirigeants.") == [
        ("lundi et mardi", "2031-05-19", "2031-05-20")
    ]
    # Two weekdays in two clauses are two dates.
    assert found("Il parlera lundi, et la ministre parlera mardi.") == [
        ("lundi", "2031-05-19", None),
        ("mardi", "2031-05-20", None),
    ]


def test_a_relative_clause_after_a_weekday_tells_its_own_time_not_the_days():
    saturday = PartialDate(2031, 3, 1)
    text = "Le Conseil a adopté mercredi le projet de loi, qui sera examiné par le Parlement à l'automne."
    assert found(text, published=saturday)[0] == ("mercredi", "2031-02-26", None)


def test_two_weekdays_joined_stay_in_order_whichever_is_the_day_of_publication():
    tuesday, monday = PartialDate(2031, 5, 20), PartialDate(2031, 5, 19)
    assert found("Le sommet se tiendra lundi et mardi.", published=tuesday) == [
        ("lundi et mardi", "2031-05-26", "2031-05-27")
    ]
    assert found("The summit was held on Monday and Tuesday.", published=monday, lang="en") == [
        ("Monday and Tuesday", "2031-05-12", "2031-05-13")
    ]


def test_an_agendas_items_come_in_order_so_a_later_item_without_a_year_is_not_in_the_past():
    text = (
        "• Du 7 au 10 juillet — Genève. Forum des données.\n"
        "• Fin juillet — Lyon. Salon des drones.\n"
        "• 14 et 15 décembre — Dakar. Sommet des villes."
    )
    assert found(text, published=PartialDate(2032, 1, 12)) == [
        ("Du 7 au 10 juillet", "2032-07-07", "2032-07-10"),
        ("juillet", "2032-07", None),
        ("14 et 15 décembre", "2032-12-14", "2032-12-15"),
    ]
    # In prose, a date before the one named above is told as such.
    assert found(
        "Le forum aura lieu du 7 au 10 juillet. Le 14 décembre, la charte a été signée.",
        published=PartialDate(2032, 1, 12),
    )[1] == ("14 décembre", "2031-12-14", None)


def test_an_agenda_item_opening_on_a_month_alone_and_a_dash_is_that_month():
    text = "• Du 7 au 10 juillet — Genève. Forum des données.\n• Juillet — Lyon. Salon des drones."
    assert found(text, published=PartialDate(2032, 1, 12)) == [
        ("Du 7 au 10 juillet", "2032-07-07", "2032-07-10"),
        ("Juillet", "2032-07", None),
    ]
    # A capitalised month is no date elsewhere: "la planète Mars : ...".
    assert found("La planète Mars : une mission.", published=PartialDate(2032, 1, 12)) == []


def test_last_and_next_count_from_the_publication_not_from_the_sentence_s_other_date():
    assert found("Après Lomé en novembre 2029, puis Accra en mars dernier, voici Dakar.") == [
        ("novembre 2029", "2029-11", None),
        ("mars dernier", "2031-03", None),
    ]
    assert found("After Lomé in November 2029 and Accra last March, Dakar hosts it.", lang="en") == [
        ("November 2029", "2029-11", None),
        ("last March", "2031-03", None),
    ]


def test_since_a_date_is_a_time_already_past_counted_from_the_time_of_writing():
    november = PartialDate(2031, 11, 20)
    assert found("Les interdictions s'appliquent depuis février.", november) == [("février", "2031-02", None)]
    assert found("The bans have applied since 2 February.", november, "en") == [
        ("2 February", "2031-02-02", None)
    ]
    # Without a publication date, a lead told to the day stands for the time of writing, even
    # when the paragraph wrote another year just before.
    lead = (
        "La Commission a présenté, le 19 novembre 2031, son omnibus.\n\nLe règlement est entré en "
        "vigueur le 1er août 2030. Les interdictions s'appliquent depuis février."
    )
    assert found(lead, None)[-1] == ("février", "2031-02", None)


def test_a_month_told_in_the_past_lies_before_a_lead_told_to_the_day():
    # No publication date: the lead's day stands for the time of writing, as for "dernier".
    text = (
        "La Commission a présenté mercredi 19 novembre 2031 son omnibus. Le règlement est entré en vigueur "
        "le 1er août 2030. Le code a été publié en juillet."
    )
    assert [(m.text, *m.range.iso_pair()) for m in find_dates(text, published=None, today=TODAY)][-1] == (
        "juillet",
        "2031-07",
        None,
    )
    # With a publication date, the French passive perfect is a past tense too.
    assert found("Le 3 mars, la Commission a parlé. Le code a été publié en juin.", published=MAY)[-1] == (
        "juin",
        "2030-06",
        None,
    )


def test_a_plan_told_in_the_passive_perfect_is_still_to_come():
    # "a été reporté en octobre": postponed to the coming October, not told in the past.
    assert found("Le 3 mars, la Commission a parlé. Le vote a été reporté en octobre.", published=MAY)[
        -1
    ] == (
        "octobre",
        "2031-10",
        None,
    )


def test_a_weekday_with_its_possessive_is_a_day():
    assert found("Tuesday's vote on the Drone Act was close.", lang="en") == [("Tuesday", "2031-05-13", None)]


def test_a_month_something_applies_from_is_a_month():
    assert found("The Drone Code applies from June.", lang="en") == [("June", "2031-06", None)]
    assert found("Le code s'applique à partir de juin.") == [("juin", "2031-06", None)]


def test_weekdays_opening_their_sentence_take_the_french_perfect_of_the_clause_after_them():
    # Monday 19 May 2031: "Jeudi et vendredi, Lomé a accueilli" is last week's.
    assert found("Jeudi et vendredi, Lomé a accueilli le sommet.", published=PartialDate(2031, 5, 19)) == [
        ("Jeudi et vendredi", "2031-05-15", "2031-05-16")
    ]
    assert found("Le président a accueilli vendredi le sommet.", published=PartialDate(2031, 5, 19)) == [
        ("vendredi", "2031-05-16", None)
    ]


def test_a_name_ending_like_a_french_future_is_no_future():
    # Published Friday 16 May 2031: the 20th of May is still to come only if a verb says so.
    assert found("Le ministre a reçu Kendra Osei à Lomé le 20 mai.") == [("20 mai", "2030-05-20", None)]
    assert found("Le ministre recevra Kendra Osei à Lomé le 20 mai.") == [("20 mai", "2031-05-20", None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # Published Friday 16 May 2031: a schedule told in the present is the coming January...
        ("The Drone Summit opens on 9 January in Lomé.", "en", "2032-01-09"),
        ("Le sommet des drones a lieu le 9 janvier à Lomé.", "fr", "2032-01-09"),
        # ... unless the day is only just past; and a past tense keeps the past.
        ("Le sommet des drones s'ouvre le 2 mai à Lomé.", "fr", "2031-05-02"),
        ("Le sommet des drones a eu lieu le 9 janvier à Lomé.", "fr", "2031-01-09"),
    ],
)
def test_a_gatherings_schedule_told_in_the_present_is_still_to_come(text, lang, expected):
    assert found(text, lang=lang)[0][1] == expected


def test_a_pluperfect_day_before_counts_from_the_last_day_past_not_from_one_to_come():
    # Published Friday 16 May 2031.
    text = (
        "Les ministres ont signé le protocole le 14 mai. Ils se retrouveront le 12 octobre à Kara. "
        "La veille, le ministre avait reçu une délégation."
    )
    assert found(text)[-1] == ("La veille", "2031-05-13", None)
    text = "Le forum s'ouvrira le 12 octobre à Kara. La veille, les ministres se réuniront."
    assert found(text)[-1] == ("La veille", "2031-10-11", None)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Delegates will examine a draft by an expert group that met in Seoul in March.", "en", "2031-03"),
        ("Les délégués examineront le projet d'un groupe qui s'est réuni à Séoul en mars.", "fr", "2031-03"),
        # The relative clause's own future, or none of its own: the sentence's.
        ("Delegates will examine a draft that the group will publish in March.", "en", "2032-03"),
        ("Delegates will examine a draft in March.", "en", "2032-03"),
    ],
)
def test_a_month_in_a_relative_clause_told_in_the_past_is_before_the_text(text, lang, expected):
    assert found(text, lang=lang)[0][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Elles avaient été lancées au sommet de Kigali, en février 2028, et le dernier cycle s'est achevé à "
            "Nairobi en janvier.",
            "fr",
            "2031-01",
        ),
        (
            "Talks were launched at the Kigali summit in February 2028, and the last round ended in Nairobi in "
            "January.",
            "en",
            "2031-01",
        ),
    ],
)
def test_a_clause_with_its_own_subject_and_verb_does_not_take_the_year_of_the_clause_before(
    text, lang, expected
):
    assert found(text, lang=lang, published=PartialDate(2031, 4, 22))[-1][1] == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La version définitive devrait être adoptée en début d'année prochaine.", "fr", "2032"),
        ("Le rapport sera publié en fin d'année prochaine.", "fr", "2032"),
        ("Le texte a été adopté en fin d'année dernière.", "fr", "2030"),
        ("Lancé en 2029, le groupe a rendu son avis en début d'année.", "fr", "2029"),
        ("The group was set up in 2029 and reported at the start of the year.", "en", "2029"),
    ],
)
def test_the_start_of_a_year_and_the_end_of_next_year_are_read_with_their_year(text, lang, expected):
    said, *dates = found(text, lang=lang)[-1]
    assert ("début" in said or "fin" in said or "start" in said) and dates == [expected, None]


def test_the_start_of_the_year_a_text_writes_is_that_year():
    assert found(
        "Il devrait entrer en vigueur au début de l'année 2032.", published=PartialDate(2031, 11, 27)
    ) == [("2032", "2032", None)]


def test_a_gathering_still_to_be_held_is_dated_ahead_whatever_the_verb_before_it():
    published = PartialDate(2031, 5, 16)
    assert found(
        "The leaders welcomed the forum to be held in Oslo in March.", published=published, lang="en"
    ) == [("March", "2032-03", None)]
    assert found(
        "The leaders looked forward to the meeting, to be convened in Oslo in March.",
        published=published,
        lang="en",
    ) == [("March", "2032-03", None)]
    # Without the infinitive, the past verb tells the past.
    assert found("The leaders welcomed the forum held in Oslo in March.", published=published, lang="en") == [
        ("March", "2031-03", None)
    ]


def test_a_half_or_a_quarter_of_a_year_is_that_year():
    assert found("Le centre ouvrira au premier semestre 2032.") == [("2032", "2032", None)]
    assert found("The centre will open in the second half of 2033.", lang="en") == [("2033", "2033", None)]
    assert found("The review ends in the third quarter of 2032.", lang="en") == [("2032", "2032", None)]
    assert found("A companion standard is expected in Q3 2032.", lang="en") == [("2032", "2032", None)]


def test_what_a_gathering_is_put_off_to_is_still_to_come():
    published = PartialDate(2031, 3, 1)
    assert found("Le forum a été reporté au 14 octobre.", published=published) == [
        ("14 octobre", "2031-10-14", None)
    ]
    assert found("Le forum a été reporté aux 14 et 15 octobre.", published=published) == [
        ("14 et 15 octobre", "2031-10-14", "2031-10-15")
    ]
    assert found("Le forum a été reporté à l'automne.", published=published) == [
        ("à l'automne", "2031", None)
    ]
    assert found("The forum has been postponed to 14 October.", published=published, lang="en") == [
        ("14 October", "2031-10-14", None)
    ]
    # A story of the past keeps its past.
    assert found(
        "Le forum, qui avait été reporté au 14 octobre, a réuni cent pays.", published=published
    ) == [("14 octobre", "2030-10-14", None)]


def test_the_day_something_was_moved_from_is_the_one_nearest_the_publication():
    published = PartialDate(2031, 4, 9)
    assert found(
        "Le vote, initialement prévu le 12 mars, a été reporté au 21 avril.", published=published
    ) == [("12 mars", "2031-03-12", None), ("21 avril", "2031-04-21", None)]
    assert found(
        "The vote, originally scheduled for 12 March, has been postponed to 21 April.",
        published=published,
        lang="en",
    ) == [("12 March", "2031-03-12", None), ("21 April", "2031-04-21", None)]
    # Brought forward: the day given up may still lie ahead.
    assert found(
        "The vote, originally scheduled for 20 May, has been brought forward to 30 April.",
        published=published,
        lang="en",
    ) == [("20 May", "2031-05-20", None), ("30 April", "2031-04-30", None)]
    # Without a move, a plan is still to come.
    assert found("Le vote est prévu le 12 mars.", published=published) == [("12 mars", "2032-03-12", None)]


def test_a_month_after_mois_de_and_a_plan_expected():
    assert found("Sa visite remonte au mois de janvier.", published=PartialDate(2031, 4, 9)) == [
        ("janvier", "2031-01", None)
    ]
    assert found(
        "The committee expects to publish its report in the summer.",
        published=PartialDate(2031, 3, 5),
        lang="en",
    ) == [("in the summer", "2031", None)]


def test_a_weekday_joined_after_next_monday_is_the_day_after_it():
    found = find_dates(
        "Leaders gather in Accra next Monday and Tuesday.", published=PartialDate(2031, 10, 20), lang="en"
    )
    assert [(d.range.start.iso(), d.range.end.iso()) for d in found] == [("2031-10-27", "2031-10-28")]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The Drone Council meeting planned for 2 June has been cancelled.", "en"),
        ("La réunion programmée le 2 juin a été annulée.", "fr"),
    ],
)
def test_a_day_something_was_planned_for_lies_ahead_whatever_befell_it(text, lang):
    # Friday 16 May 2031: the 2 June ahead, not the last one.
    assert [start for _text, start, _end in found(text, lang=lang)] == ["2031-06-02"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The charter took effect in August.\n\n2031/05/16 09:00", "en"),
        ("The charter took effect in August. 2031 was a busy year.", "en"),
        ("La charte est entrée en vigueur en août. 2031 fut une année chargée.", "fr"),
    ],
)
def test_a_month_ending_a_sentence_keeps_its_date_before_a_number_that_opens_the_next(text, lang):
    assert found(text, lang=lang)[0] == ("August" if lang == "en" else "août", "2030-08", None)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The memorandum, negotiated since the Accra meeting in March, will set up a drone group.",
            "en",
            "2031-03",
        ),
        ("Le mémorandum, négocié depuis la réunion d'Accra en mars, créera un groupe.", "fr", "2031-03"),
        # "depuis" a place is "from" it: the sentence's future holds.
        ("Le sommet sera retransmis depuis Paris en mars.", "fr", "2032-03"),
    ],
)
def test_a_time_counted_from_lies_before_the_writing_whatever_the_sentence_s_tense(text, lang, expected):
    # Written in October 2031: the nearest March is the next one.
    assert found(text, published=PartialDate(2031, 10, 17), lang=lang)[0][1] == expected


def test_a_timeline_s_year_heading_gives_its_items_their_year_in_any_order():
    text = (
        "La loi s'applique par étapes.\n2028\n21 avril – La Commission présente sa proposition.\n2029\n"
        "6 décembre – Le Conseil arrête sa position.\n14 juin – Le Parlement adopte la loi.\n"
        "Depuis, le texte a été publié le 3 mars."
    )
    assert found(text) == [
        ("21 avril", "2028-04-21", None),
        ("6 décembre", "2029-12-06", None),
        ("14 juin", "2029-06-14", None),
        ("3 mars", "2031-03-03", None),  # prose after the items is no item: the year of writing
    ]
