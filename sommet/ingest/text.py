"""Sentences and quoted titles in a paragraph, and the word lists the extraction rules share."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sommet._dates_names import LANGUAGES, months

# A weekday, or a day counted from today, standing alone in a clause ("a annoncé lundi", "met today").
DAYS = (
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui|demain|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tomorrow)"
)
# "une charte des drones" named again is "la charte": the article a noun is named again with,
# which tells its gender.
ARTICLE_NAMED_AGAIN = {
    "du": "le",
    "au": "le",
    "des": "les",
    "aux": "les",
    "un": "le",
    "une": "la",
    "a": "the",
    "an": "the",
} | {word: word for word in ("the", "le", "la", "les", "l'")}

# A sentence ends at . ! ? before a capital, a quote or a bullet, but not after a title, an initial
# or a month's abbreviation ("on Sept. 25").
_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[«\"(A-ZÀ-Ý0-9])")
# Honorifics written with a full stop before a name ("M. Tremblay", "Dr. Okafor").
HONORIFICS = "M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|St|Sr|Jr"
_TITLES = f"{HONORIFICS}|No|n°|cf|p|vol|art"
# What sets a dateline off from its sentence ("NEW YORK, 7 October 2032 — A summit"), spaced.
DATELINE_DASH = re.compile(r"\s[-–—]\s")
# A dateline opening a sentence ("GENEVA, 3 July 2033 — ", "PARIS, 2 mai 2033 (AFP) - "): where
# and when the story was filed, no part of what its verbs are said of.
_DATELINE_OPENING = re.compile(
    rf"\s*[A-ZÀ-Ý][\w'.\-]*(?:\s+[A-ZÀ-Ý][\w'.\-]*){{0,3}},[^—–\n]{{0,60}}?\d[^—–\n]{{0,20}}?{DATELINE_DASH.pattern}"
)
# Quotes pair in order, whatever their length, so that a long quotation's closing mark never opens
# a "quotation" of the text that follows it; only the short ones are kept as titles or phrases.
_QUOTED = re.compile(r"«\s*([^«»]*?)\s*»|\"([^\"]*)\"")
_QUOTED_CHARS = range(2, 161)


@cache
def _no_break_before() -> re.Pattern[str]:
    """A title, an initial or a month's abbreviation (the date reader's spellings) ending the text."""
    short = {name for lang in LANGUAGES for name, month in months(lang).items() if month.abbreviated}
    spelled = sorted({form for name in short for form in (name, name.capitalize())}, key=len, reverse=True)
    return re.compile(rf"(?:\b(?:{_TITLES}|{'|'.join(map(re.escape, spelled))})\.|\b[A-Z]\.)$")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


def dateline_opening(text: str, end: int) -> re.Match[str] | None:
    """The dateline the text opens on, before ``end`` (its first sentence's end)."""
    return _DATELINE_OPENING.match(text, 0, end)


def sentences(paragraph: str) -> list[Span]:
    """Sentence spans of a paragraph."""
    spans: list[Span] = []
    start = 0
    for found in _SENTENCE_END.finditer(paragraph):
        if _no_break_before().search(paragraph[start : found.start()]):
            continue
        spans.append(Span(start, found.start()))
        start = found.end()
    if start < len(paragraph):
        spans.append(Span(start, len(paragraph)))
    return spans


def quoted(paragraph: str) -> list[Span]:
    """Spans of the text inside guillemets or double quotes."""
    out = []
    for found in _QUOTED.finditer(paragraph):
        group = 1 if found.group(1) is not None else 2
        if len(found.group(group)) in _QUOTED_CHARS:
            out.append(Span(found.start(group), found.end(group)))
    return out


def inside(spans: list[Span], start: int, end: int) -> bool:
    return any(span.start <= start and end <= span.end for span in spans)


# A comma inside a name's list of qualities ("for safe, innovative and inclusive AI", "sur la sûreté,
# l'innovation et l'inclusion"): lower-case words, then "and"/"et" and one more, before the name goes on.
LIST_GOES_ON = re.compile(
    r"(?<=[a-zà-ÿ]),\s*(?:(?:l'|la\s+|le\s+|les\s+)?[a-zà-ÿ][\w-]*,\s*){0,3}(?:l'|la\s+|le\s+|les\s+)?[a-zà-ÿ][\w-]*"
    r"\s+(?:and|et)\s+(?!(?:the|a|an|its|their|will|has|have|is|was|are|were|il|elle|ils|elles|a|ont|est|sont|qui)\b)"
    r"(?:l'|la\s+|le\s+|les\s+)?[a-zà-ÿ][\w-]*"
)


# An English verb's object after it ("launched the process", "to visit a country"): a verb, not a noun.
OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|its|their|his|her|our)\s")
# A French determiner after a word, before no number nor time: an object ("annonce l'Initiative",
# "et signé un code"), not "l'annonce la semaine dernière du plan" nor "la visite les 3 et 4 mai".
FRENCH_OBJECT_NEXT = re.compile(
    r"\s+(?:l['’]|(?:le|la|les|un|une|son|sa|ses|leur|leurs)\s+)"
    r"(?!\d|(?:semaine|mois|an|année|veille|lendemain|jour|matin|après-midi|soir|nuit|week-end"
    r"|printemps|été|automne|hiver)\b)",
    re.IGNORECASE,
)
# The name a text goes by, after its title: ", known as the OECD AI Principles", ", plus connu sous
# le nom d'AI Act", ", dite loi fondamentale sur l'IA". ``det`` is the article written before it.
KNOWN_AS = (
    r",\s*(?:(?:plus|mieux|better|more commonly|also|commonly)\s+)?"
    r"(?:connue?s?\s+sous\s+le\s+nom|known\s+as|dubbed|called|baptisée?s?|appelée?s?|dite?s?|surnommée?s?)"
    r"\s*(?P<det>the\s+|l['’]|les?\s+|la\s+|de\s+|d['’])?[«\"“]?\s*"
)


def known_as_article(written: str | None, title_article: str, name: str) -> str:
    """The article for the name a text goes by: the one written before it ("known as the OECD AI
    Principles"), else the title's, elided before a vowel in French ("le règlement", "l'AI Act")."""
    written = (written or "").strip().lower().replace("’", "'")
    if written in ("the", "le", "la", "les", "l'"):
        return written
    if title_article in ("le", "la") and name[:1].lower() in "aeiouhéèêàâîôû":
        return "l'"
    return title_article


# Words that say a thing did not happen: "without agreement", "sans accord", "no deal", "aucun accord".
NEGATION = r"(?<![\w'’])(?:without(?:\s+an?|\s+any)?|sans|no|aucune?|pas\s+d['’]|ni)"

# Where a trip goes: "en Inde", "à Bengaluru", "to Britain".
TO_A_PLACE = r"\s+(?:à|au|aux|en|to|in|at)\s+(?:la\s+|le\s+|l'|the\s+)?[A-ZÀ-Ý]"


# Words that begin a job title, in French and English ("ministre délégué", "co-founder").
ROLE_WORDS = frozenset(
    """ministre secrétaire président présidente vice-président vice-présidente premier première chef cheffe
    directeur directrice commissaire ambassadeur ambassadrice porte-parole fondateur fondatrice cofondateur
    cofondatrice co-fondateur co-fondatrice pdg dirigeant dirigeante conseiller conseillère délégué déléguée
    envoyé envoyée sénateur sénatrice député députée maire gouverneur gouverneure roi reine prince princesse
    chancelier chancelière haut-commissaire responsable professeur professeure chercheur chercheuse
    représentant représentante coordinateur coordinatrice rapporteur rapporteure administrateur
    administratrice présidents ministres cofondateurs co-fondateurs dirigeants
    minister secretary president vice-president prime chief head director commissioner ambassador
    spokesperson spokesman spokeswoman founder co-founder cofounder ceo chair chairman chairwoman chancellor
    king queen governor mayor senator envoy adviser advisor professor researcher representative deputy
    executive fellow""".split()
)
# The role words as one pattern's alternation, longest first ("vice-président" before "président").
ROLE = "|".join(sorted(ROLE_WORDS, key=len, reverse=True))
# Capitalised words in a row, as a person's full name is written ("Marc Lefèvre", "Mohammed ben
# Zayed" only in part): what a name test (``people.is_person_name``) then checks.
FULL_NAME = re.compile(r"\b[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)+")
# Letters written after a name, which are no part of it ("Rachel Moss MP", "Tom Hale MEP").
POSTNOMINALS = frozenset("MP MPs MEP MEPs MSP MSPs MLA MLAs MNA QC KC OBE CBE MBE KBE DBE PhD".split())
# Words that may stand before a job title and belong to it ("ancien ministre", "former minister").
ROLE_MODIFIERS = frozenset("ancien ancienne ex former premier première vice haut haute senior".split())
# Words that may stand after a job title and belong to it ("Secretary General", "directeur général adjoint").
ROLE_SUFFIXES = frozenset("general général générale adjoint adjointe".split())
# Courtesy titles before a surname.
TITLE = re.compile(r"^(?:M\.|Mme|Mlle|MM\.|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me|Sir|Dame|Lord|Lady)\s+")
# A French infinitive ("préparer", "adopter", "ouvrir", "élire"), by its ending.
FRENCH_INFINITIVE = re.compile(r"[a-zéèêîô]{2,}(?:er|ir|re)")
PARTICLES = frozenset("de du des da di van von der den ter le la del della dos das bin ibn al el".split())
DETERMINERS = frozenset("le la les l un une des du the a an ce cet cette ses son sa leur".split())
# Abbreviations that are ordinary words, not names ("l'IA", "les PME").
GENERIC_CAPS = frozenset(
    "IA AI IT TIC ICT PME ETI ONG NGO PDG CEO ML TV PC UN DG RH HR CV PIB GDP R&D NB PS OK UE".split()
) - {"UE", "UN"}
# Words that make a name an organisation's.
ORG_WORDS = frozenset(
    """institut institute université university école school fondation foundation conseil council commission
    agence agency centre center observatoire observatory association groupe group ministère ministry
    département department organisation organization secrétariat secretariat partenariat partnership office
    bureau banque bank union comité committee laboratoire laboratory lab labs académie academy alliance
    autorité authority parlement parliament gouvernement government assemblée assembly fédération federation
    cour court tribunal agency réseau network consortium coalition inc ltd corp corporation company compagnie
    société""".split()
)


# Phrases that point back to the day last named: "le même jour", "in the evening", "after the talks".
SAME_DAY = re.compile(
    r"\b(?:le même jour|ce même jour|ce jour-là|le soir même|dans la soirée|en fin de journée|"
    r"à l'issue de (?:l'entretien|la réunion|la rencontre|cet entretien|cette rencontre)|"
    r"the same day|that same day|on that day|that evening|in the evening|at the end of the day|"
    r"after the (?:meeting|talks))\b",
    re.IGNORECASE,
)


# French adjective endings: "africain", "mondial", "européen", "numérique", "consultatif",
# "francophone".
ADJECTIVE_ENDINGS = (
    "ain|aine|al|ale|iaux|ien|ienne|ique|el|elle|ais|aise|ois|oise|aire|éen|éenne|if|ive|phone"
)
