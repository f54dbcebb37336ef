"""Made-up but realistic event and actor names with aliases, in French and English, for benchmarks.

Seeded: the same ``count`` and ``seed`` always give the same names, so runs compare.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from sommet.store import IndexEntry

_FIRST = [
    "Emmanuel",
    "Cédric",
    "Bruno",
    "Élisabeth",
    "Hélène",
    "Margrethe",
    "Ursula",
    "Jean",
    "Marie",
    "Anne",
    "Léa",
    "Chloé",
    "Zoé",
    "Noël",
    "Jérôme",
    "François",
    "Amélie",
    "Inès",
    "Théo",
    "Loïc",
    "Gaëlle",
    "Rishi",
    "Kamala",
    "Joe",
    "Gina",
    "Yoshua",
    "Geoffrey",
    "Demis",
    "Sam",
    "Fei-Fei",
    "Audrey",
    "Olivier",
    "Thierry",
    "Benoît",
    "Clément",
    "Agnès",
    "Sébastien",
    "Céline",
    "Aurélien",
    "Mathilde",
    "Grégoire",
    "Rémi",
    "Anaïs",
    "Solène",
    "Michelle",
    "Antonio",
    "Giorgia",
    "Olaf",
    "Pedro",
    "Justin",
    "Narendra",
    "Lee",
    "Yoon",
    "Akira",
    "Chen",
    "Wei",
    "Amina",
    "Kwame",
    "Ngozi",
    "Tariq",
]
_SYLLABLES = [
    "ber",
    "mar",
    "tin",
    "lau",
    "dur",
    "ro",
    "bert",
    "mo",
    "reau",
    "fon",
    "taine",
    "gi",
    "rard",
    "le",
    "roux",
    "pe",
    "tit",
    "blanc",
    "chè",
    "vre",
    "mé",
    "nard",
    "jo",
    "li",
    "ot",
    "val",
    "lée",
    "bri",
    "and",
    "cha",
    "teau",
    "neuf",
    "bou",
    "vier",
    "san",
    "ders",
    "hol",
    "land",
    "wil",
    "son",
    "ken",
    "ne",
    "dy",
    "ma",
    "cé",
    "ri",
    "vi",
    "è",
    "re",
    "du",
    "pont",
    "ga",
    "lois",
    "fau",
    "ré",
    "da",
    "vid",
    "ha",
    "bib",
    "ka",
    "ta",
    "no",
    "ya",
    "su",
    "gup",
    "ta",
    "sha",
    "ra",
]
_CITIES = [
    "Paris",
    "Séoul",
    "Londres",
    "Bletchley",
    "Hiroshima",
    "Genève",
    "Bruxelles",
    "Montréal",
    "Kigali",
    "Nairobi",
    "Lagos",
    "Delhi",
    "Tokyo",
    "Osaka",
    "Berlin",
    "Munich",
    "Rome",
    "Milan",
    "Madrid",
    "Lisbonne",
    "Dublin",
    "Oslo",
    "Helsinki",
    "Tallinn",
    "Varsovie",
    "Prague",
    "Vienne",
    "Zurich",
    "Lyon",
    "Marseille",
    "Toulouse",
    "Nantes",
    "Lille",
    "Strasbourg",
    "Bordeaux",
    "Québec",
    "Ottawa",
    "Washington",
    "Boston",
    "Singapour",
    "Jakarta",
    "Manille",
    "Hanoï",
    "Séville",
    "Valence",
    "Porto",
    "Dakar",
    "Abidjan",
    "Tunis",
    "Rabat",
    "Le_Caire",
    "Doha",
    "Riyad",
]
_TOPICS = (
    ("intelligence artificielle", "artificial intelligence"),
    ("sécurité de l'IA", "AI safety"),
    ("gouvernance numérique", "digital governance"),
    ("éthique des algorithmes", "algorithmic ethics"),
    ("données publiques", "public data"),
    ("cybersécurité", "cybersecurity"),
    ("calcul haute performance", "high performance computing"),
    ("innovation responsable", "responsible innovation"),
    ("protection des données", "data protection"),
    ("recherche en apprentissage automatique", "machine learning research"),
    ("normes techniques", "technical standards"),
    ("souveraineté numérique", "digital sovereignty"),
    ("économie des données", "data economy"),
    ("santé numérique", "digital health"),
    ("robotique", "robotics"),
)
_BODIES = (
    ("Agence nationale", "National Agency"),
    ("Conseil européen", "European Council"),
    ("Institut international", "International Institute"),
    ("Observatoire mondial", "Global Observatory"),
    ("Commission consultative", "Advisory Commission"),
    ("Autorité indépendante", "Independent Authority"),
    ("Fondation", "Foundation"),
    ("Centre de recherche", "Research Centre"),
    ("Partenariat mondial", "Global Partnership"),
    ("Réseau académique", "Academic Network"),
)
_GATHERINGS = (
    ("Sommet", "Summit"),
    ("Conférence", "Conference"),
    ("Forum", "Forum"),
    ("Réunion ministérielle", "Ministerial Meeting"),
    ("Dialogue", "Dialogue"),
    ("Atelier", "Workshop"),
    ("Visite d'État", "State Visit"),
)
_COUNTRIES = [
    "France",
    "Canada",
    "Japon",
    "Inde",
    "Kenya",
    "Brésil",
    "Allemagne",
    "Italie",
    "Espagne",
    "Corée",
    "Nigeria",
    "Sénégal",
    "Mexique",
    "Chili",
    "Suède",
    "Norvège",
    "Finlande",
    "Estonie",
    "Pologne",
    "Grèce",
    "Égypte",
    "Maroc",
    "Vietnam",
    "Indonésie",
    "Australie",
]


def _surname(rng: random.Random) -> str:
    parts = rng.choices(_SYLLABLES, k=rng.choice((2, 2, 3)))
    return "".join(parts).capitalize()


def _initials(text: str) -> str:
    skip = {"de", "des", "du", "la", "le", "les", "l", "d", "sur", "pour", "the", "of", "on", "for", "and"}
    words = text.replace("'", " ").split()
    return "".join(w[0] for w in words if w.lower() not in skip).upper()


def _person(rng: random.Random) -> tuple[str, ...]:
    first = rng.choice(_FIRST)
    last = _surname(rng) + (f"-{_surname(rng)}" if rng.random() < 0.1 else "")
    name = f"{first} {last}"
    aliases = []
    if rng.random() < 0.4:
        aliases.append(f"{first[0]}. {last}")
    if rng.random() < 0.2:
        aliases.append(f"{rng.choice(('M.', 'Mme', 'Dr', 'Pr'))} {last}")
    return (name, *aliases)


def _body(rng: random.Random) -> tuple[str, ...]:
    (body_fr, body_en), (topic_fr, topic_en) = rng.choice(_BODIES), rng.choice(_TOPICS)
    place = rng.choice(_CITIES + _COUNTRIES).replace("_", " ")
    tail = f" de {place}" if rng.random() < 0.7 else f" {rng.randint(1, 99)}"
    name_fr = f"{body_fr} pour la {topic_fr}{tail}"
    name_en = f"{body_en} for {topic_en.title()}{tail.replace(' de ', ' of ')}"
    names = [name_fr, name_en] if rng.random() < 0.5 else [name_en, name_fr]
    names.append(_initials(names[0]) + (tail.split()[-1][:3].upper() if rng.random() < 0.5 else ""))
    return tuple(names)


def _gathering(rng: random.Random) -> tuple[str, ...]:
    (kind_fr, kind_en), (topic_fr, topic_en) = rng.choice(_GATHERINGS), rng.choice(_TOPICS)
    city = rng.choice(_CITIES).replace("_", " ")
    year = rng.randint(1995, 2035)
    if kind_fr == "Visite d'État":
        country = rng.choice(_COUNTRIES)
        return (f"Visite d'État en {country} {year}", f"State visit to {country} {year}")
    name_fr = f"{kind_fr} sur la {topic_fr} de {city} {year}"
    names = [name_fr, f"{city} {topic_en.title()} {kind_en} {year}"]
    if rng.random() < 0.3:
        names.append(f"{city} {kind_en} {year}")
    return tuple(names)


def entries(count: int, *, seed: int = 7) -> Iterator[IndexEntry]:
    """Entries whose names and aliases add up to ``count`` names, a third of them events."""
    rng = random.Random(seed)
    seen: set[str] = set()
    made = 0
    number = 0
    while made < count:
        number += 1
        if rng.random() < 1 / 3:
            owner, names = "event", _gathering(rng)
        else:
            owner, names = "actor", (_person(rng) if rng.random() < 0.6 else _body(rng))
        if names[0] in seen:
            continue  # a real store merges duplicates; keep names distinct like it does
        seen.add(names[0])
        names = names[: count - made]
        made += len(names)
        yield IndexEntry(owner, number, None, names)
