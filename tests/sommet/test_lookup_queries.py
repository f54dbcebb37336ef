"""Realistic lookups against the shipped knowledge, typed as a policy team types them: each must
open the right card first. Keywords in any order, part of a long name, a typo in any word, no
accents, acronyms, a year, a place, a first name or a surname alone, the other language's name."""

from __future__ import annotations

import json

import pytest

from sommet.knowledge import KNOWLEDGE_FILE
from sommet.service import Sommet

_KNOWLEDGE = json.loads(KNOWLEDGE_FILE.read_text(encoding="utf-8"))
NAMES = {entry["key"]: entry["name"] for entry in _KNOWLEDGE["events"] + _KNOWLEDGE["actors"]}

EVENTS = [
    ("action summit", "ai-action-summit"),
    ("somet action ia", "ai-action-summit"),
    ("sommet ia paris 2025", "ai-action-summit"),
    ("sommet pour l'action sur l'ia", "ai-action-summit"),
    ("AI Action Summit", "ai-action-summit"),
    ("paris ai action summit", "ai-action-summit"),
    ("summit action ai paris", "ai-action-summit"),
    ("sommet de paris sur l intelligence artificielle", "ai-action-summit"),
    ("action sumit", "ai-action-summit"),
    ("ai action week", "ai-action-week"),
    ("semaine action ia", "ai-action-week"),
    ("benelux webinar", "benelux-ai-frontrunners-webinar"),
    ("webinaire benelux frontrunners", "benelux-ai-frontrunners-webinar"),
    ("benelux ai frontrunners", "benelux-ai-frontrunners-webinar"),
    ("china france declaration", "china-france-ai-joint-declaration-2024"),
    ("declaration conjointe chine france", "china-france-ai-joint-declaration-2024"),
    ("diner elysee", "elysee-dinner-2025"),
    ("elysee dinner", "elysee-dinner-2025"),
    ("dîner chefs d'état", "elysee-dinner-2025"),
    ("quebec france mission", "quebec-france-virtual-mission-2021"),
    ("mission virtuelle quebec france", "quebec-france-virtual-mission-2021"),
    ("first quebec france virtual mission", "quebec-france-virtual-mission-2021"),
    ("rome meeting ministers", "rome-economy-ministers-meeting-2023"),
    ("reunion ministres economie rome", "rome-economy-ministers-meeting-2023"),
    ("safety summit 2023", "ai-safety-summit"),
    ("sommet securite londres", "ai-safety-summit"),
    ("bletchley", "ai-safety-summit"),
    ("bletchley park summit", "ai-safety-summit"),
    ("sommet de bletchley", "ai-safety-summit"),
    ("ai safety summit", "ai-safety-summit"),
    ("sommet sur la securite de l ia", "ai-safety-summit"),
    ("uk ai safety summit", "ai-safety-summit"),
    ("sommet securite ia paris", "ai-action-summit"),  # the announced Paris edition was this summit
    ("second ai safety summit", "ai-action-summit"),
    ("seoul summit", "ai-seoul-summit"),
    ("sommet seoul", "ai-seoul-summit"),
    ("seoul ai summit", "ai-seoul-summit"),
    ("xi jinping state visit", "xi-jinping-state-visit-france-2024"),
    ("visite d'etat xi jinping", "xi-jinping-state-visit-france-2024"),
    ("xi jinping visit 2024", "xi-jinping-state-visit-france-2024"),
    ("vivatech", "vivatech-2023"),
    ("viva technology 2023", "vivatech-2023"),
    ("plan 500 millions ia", "france-ai-500m-plan-announcement"),
    ("500 million ai investment plan", "france-ai-500m-plan-announcement"),
    ("business day", "ai-action-business-day"),
    ("journee des entreprises", "ai-action-business-day"),
    ("ai science society", "ai-science-society-conference"),
    ("science and society conference", "ai-science-society-conference"),
    ("week end culturel", "ai-culture-weekend"),
    ("cultural weekend", "ai-culture-weekend"),
    ("chaire abeona", "chaire-abeona-ens-obvia"),
    ("abeona ens obvia chair", "chaire-abeona-ens-obvia"),
    ("gpai montreal 2020", "gpai-multistakeholder-experts-meeting-2020"),
    ("groupe d experts multipartite pmia", "gpai-multistakeholder-experts-meeting-2020"),
    ("rapm", "rapm-2021"),
    ("rencontre premiers ministres", "rapm-2021"),
    ("numeriqc", "semaine-numeriqc"),
    ("road to the summit", "route-du-sommet"),
    ("plenary heads of state", "heads-of-state-plenary-2025"),
    ("side events action summit", "ai-action-summit-side-events"),
    ("ia et democratie", "ai-democracy-side-event"),
    ("consultation citoyenne", "consultation-citoyenne-ai-action-summit"),
    ("convergence ia", "defis-convergence-ia"),
    ("exercice crise cyber", "ai-cyber-crisis-exercise"),
    ("steering committee", "ai-action-summit-steering-committee"),
    ("sommet de bletchly", "ai-safety-summit"),
    ("chian france declaration", "china-france-ai-joint-declaration-2024"),
    ("rome meetign ministers", "rome-economy-ministers-meeting-2023"),
    ("diner elyse", "elysee-dinner-2025"),
    ("quebec frnace mission", "quebec-france-virtual-mission-2021"),
    ("benelux webniar", "benelux-ai-frontrunners-webinar"),
    ("sommet action intelligence artificielle", "ai-action-summit"),
    ("vivatek", "vivatech-2023"),
]

ACTORS = [
    ("macron", "emmanuel-macron"),
    ("emmanuel", "emmanuel-macron"),
    ("president macron", "emmanuel-macron"),
    ("cedric o", "cedric-o"),
    ("cedrik o", "cedric-o"),
    ("kamala", "kamala-harris"),
    ("harris", "kamala-harris"),
    ("kamla harris", "kamala-harris"),
    ("barrot", "jean-noel-barrot"),
    ("jean noel barot", "jean-noel-barrot"),
    ("le maire", "bruno-le-maire"),
    ("von der leyen", "ursula-von-der-leyen"),
    ("ursula", "ursula-von-der-leyen"),
    ("guterres", "antonio-guterres"),
    ("meloni", "giorgia-meloni"),
    ("altman", "sam-altman"),
    ("musk", "elon-musk"),
    ("oecd", "oecd"),
    ("ocde", "oecd"),
    ("organisation for economic co-operation", "oecd"),
    ("gpai", "gpai"),
    ("pmia", "gpai"),
    ("global partnership on ai", "gpai"),
    ("partenariat mondial ia", "gpai"),
    ("ceimia", "ceimia"),
    ("obvia", "obvia"),
    ("ecole normale superieure", "ens"),
    ("cnnum", "cnnum"),
    ("conseil numerique", "cnnum"),
    ("paris peace forum", "paris-peace-forum"),
    ("forum paris paix", "paris-peace-forum"),
    ("commission europeenne", "european-commission"),
    ("european commission", "european-commission"),
    ("union europeenne", "european-union"),
    ("eu", "european-union"),
    ("royaume uni", "united-kingdom"),
    ("united kingdom", "united-kingdom"),
    ("south korea", "south-korea"),
    ("chine", "china"),
    ("elysee", "elysee"),
    ("station f", "station-f"),
    ("sciences po", "sciences-po-tech-global-affairs"),
    ("xi", "xi-jinping"),
    ("michelle donelan", "michelle-donelan"),
    ("donelan", "michelle-donelan"),
    ("girault", "nadine-girault"),
    ("universite laval", "universite-laval"),
    ("mckinsey", "mckinsey"),
    ("emmanuel macorn", "emmanuel-macron"),
    ("ursula von der leyn", "ursula-von-der-leyen"),
    ("conseil national du numerique", "cnnum"),
    ("institut polytechnique paris", "ip-paris"),
]


@pytest.fixture(scope="module")
def sommet():
    opened = Sommet.open(memory=True)
    yield opened
    opened.close()


@pytest.mark.parametrize(("query", "key"), EVENTS)
def test_event_query_opens_the_right_card(sommet, query, key):
    resolution = sommet.resolve("event", query, guild_id=None)
    assert resolution.match is not None, (resolution.choices, resolution.suggestions)
    assert resolution.match.name == NAMES[key]


@pytest.mark.parametrize(("query", "key"), ACTORS)
def test_actor_query_opens_the_right_card(sommet, query, key):
    resolution = sommet.resolve("actor", query, guild_id=None)
    assert resolution.match is not None, (resolution.choices, resolution.suggestions)
    assert resolution.match.name == NAMES[key]


def test_there_are_enough_queries_in_both_languages():
    assert len(EVENTS) + len(ACTORS) >= 60
