"""Naming an event from the kind word that mentions it: the words after it, before it, or a quote."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from sommet.dates import DAY_COUNTS, IRREGULAR_PAST, NUMBERS, time_words
from sommet.ingest import demonyms, gazetteer, nlp
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph, acronym_pairs
from sommet.ingest.events_words import (
    DELIVERING,
    EVENT_WORD,
    GROUP_MET,
    GROUPS,
    KINDS,
    OFFICES,
    SIDE_EVENTS,
    is_milestone,
    kind_of,
)
from sommet.ingest.institutions import organisation_heads
from sommet.ingest.lexicon import instrument_heads
from sommet.ingest.mentions import MAX_NAME_WORDS, ORDINALS, VISITS, Mention, capitalise
from sommet.ingest.milestone_verbs import NEGATED_BEFORE, of_phrase, text_subject, time_phrase_length
from sommet.ingest.places import cities
from sommet.ingest.programme import CLOCK

# Words after a kind word that end its name: verbs (a headline's present: "Drone forum gathers
# regulators"), pronouns (a relative clause without its "that": "the memorandum they signed"), a new
# noun phrase, a place or a date.
_NAME_STOP = frozenset(
    """qui que qu dont se s sera seront est sont a ont aura avait était étaient va vont doit devrait fait font
    le la les un une ce cette ces son sa ses leur leurs à au aux en dans avec par pendant lors entre
    will is was are were has have had met meets said says held took takes could would should might must
    shall which that this these those who where when to in at with
    opens closes ends begins began starts kicks wraps concludes ouvre ferme termine
    gathers draws brings welcomes attracts convenes unveils adopts hosts
    by during from between jusqu until till depuis since dès après avant after before sous under
    prévu prévue prévus prévues attendu attendue attendus attendues tenu tenue tenus tenues expected planned
    et and ou or mais but sans without
    il elle ils elles nous vous he she we they""".split()
)
_IRREGULAR_PAST = re.compile(IRREGULAR_PAST)  # lower case only: "Drew" is a name
_KEEP_AFTER_PREPOSITION = frozenset("le la les l un une a an the this these those".split())
_PREPOSITIONS = frozenset("de du des d sur pour devant of on for".split())
_NAME_AFTER = re.compile(r"\s+(?:(?:le|la|les)\s+|l['’])?[A-ZÀ-Ý]")
# A day that names a holiday or an event ("le défilé du 14-Juillet", "11-Septembre").
_YEAR = re.compile(r"(?:19|20)\d\d")
_DAY_NAME = re.compile(r"\d{1,2}-[^\W\d_]{3,}")
# What an event is devoted or related to goes on its name: "débat consacré à l'IA", "des risques
# liés à l'IA", "un discours centré sur", "un accord destiné à", "a conference dedicated to".
_TOPIC = re.compile(
    r"(?:(?:consacr|dédi|li|destin)(?:é|ée|és|ées)|relati(?:f|fs|ve|ves))\s+(?:à|aux?)\b"
    r"|(?:centr|ax)(?:é|ée|és|ées)\s+sur\b|portant\s+sur\b"
    r"|(?:devoted|dedicated|related|linked|relating)\s+to\b",
    re.IGNORECASE,
)
# "Sommet mondial sur l'IA au service du bien social": whom it serves, a noun and its adjective.
_SERVES = re.compile(
    r"au\s+service\s+(?:du|des|de\s+la|de\s+l['’]|de)\s*[^\W\d][\w-]*"
    r"(?:\s+[a-zà-ÿ]+(?:al|aux|ale|ic|ique|el|elle|ain|aine|if|ive|able|ible|aire|ien|ienne|mun|mune)s?\b)?",
    re.IGNORECASE,
)
# "Vote in plenary", "vote en séance plénière": which sitting a step is taken in names the step.
_IN_PLENARY = re.compile(r"(?:in|en)\s+(?:séance\s+)?(?:plenary|plénière)(?:\s+session)?\b", re.IGNORECASE)
# A text's number is one word: "Law No. 132", "la loi n° 2024-449".
# Initials are one word with their dots ("the U.S.-Kenya partnership").
# An honorific's full stop before a name ("la visite de M. Tremblay") is no end of the name.
_TOKEN = re.compile(
    rf"(?-i:MM|{words.HONORIFICS})\.(?=\s+[A-ZÀ-Ý])|"
    r"(?:No|no|n)[.°º]\s?\d[\w\-/]*|(?-i:[A-Z]\.){2,}(?:-[\w&][\w&\-]*)?|[\w&][\w&\-]*'?|[^\w\s]"
)
# The part of a month a time phrase may open on ("fin août", "mi-mai", "late May").
_MONTH_PARTS = frozenset("début fin mi courant early mid late".split())
_NEXT_WORD = re.compile(r"[\s-]+([^\W\d_]+)")
# An adverb in "-ly" ("officially"), and one with the adjective or participle it qualifies ("legally
# binding", "newly created").
_ADVERB = re.compile(r"[a-z]{3,}ly")
_QUALIFYING_ADVERB = re.compile(rf"{_ADVERB.pattern}\s+[a-z]+(?:ing|ed|al|ic|ive|ous|ble|ent|ant)\b")
_COMMA = re.compile(r"\s*,")
_QUOTE_THEN_SPACE = re.compile(r"[\"”»]\s+")
# "sa première session", "its first meeting", "dont la première session", "whose first meeting": a
# part of the gathering named before it.
OWNED = re.compile(
    r"\b(?:sa|son|ses|leur|leurs|its|their|whose|dont\s+(?:la|le|les))\s+(?:\w+\s+)?$", re.IGNORECASE
)
# Lower-case words up to a kind word: "closing [news conference]", "opening [ceremony]".
_BEFORE_A_KIND = re.compile(
    rf"(?:\s+[a-z][\w-]*){{0,2}}\s+(?:{'|'.join(sorted(map(re.escape, KINDS), key=len, reverse=True))})\b"
)
# A sentence opening on a pronoun or a possessive: "Il tiendra sa...", "Its first session...".
_PRONOUN_OPENS = re.compile(
    r"\s*(?:il|elle|ils|elles|it|they|sa|son|ses|leur|leurs|its|their)\s", re.IGNORECASE
)
_ORDINAL_AFTER_A = re.compile(r"\b(?:une?|an?)\s+(?:\w+\s+)?$", re.IGNORECASE)
# A body opening its sentence that holds the part told with a possessive or an indefinite article:
# "The Drone Council held its first meeting", "Le Conseil des drones tiendra une séance plénière".
_BODY_HOLDS = re.compile(
    r"\s*(?P<det>le|la|les|l'|the)\s*(?P<name>\w[\w'’-]*(?:\s+(?:(?:de|des|du|d'|of|on|for|sur)\s*"
    r"(?:la\s+|l'|les\s+|the\s+)?)?[\w'’-]+){0,5}?)\s+(?:a|ont|has|have|had|held|holds|will hold|tiendra|"
    r"tiendront|tient|tiennent|convened|convenes|will convene)\s+(?:tenu\s+)?(?:sa|son|ses|leur|leurs|its|their|une?|an?)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "Day 2 — Wednesday 10 March", "Jour 1": a programme's numbered day; not "Day 2 of the summit".
_DAY_COUNTED = re.compile(r"(?:day|jour|journée)\s+\d{1,2}\b(?!\s*(?:of|de|du|des|d['’])\s)", re.IGNORECASE)
# "Présidence de la République", "Presidency of the Republic": the head of state's house.
_OF_THE_REPUBLIC = re.compile(r"\s+(?:de\s+la\s+République|of\s+the\s+Republic)\b", re.IGNORECASE)
# "working group", "steering committee": a body's name whose first word ends as a participle.
_BODY_AFTER_ING = re.compile(r"[a-z]+ing\s+(?:groups?|committees?|party|parties)\b")
_GATHERINGS = frozenset(KINDS.values())
_ARTICLE_BEFORE = re.compile(r"(?:\b(?:le|la|les|the)\s+|\bl')$", re.IGNORECASE)
# "the AI Safety Summit, le premier Sommet", "le Sommet sur l'impact de l'IA (India AI Impact Summit)".
_APPOSITION = re.compile(
    r"^\s*(?:,\s*(?:le|la|l'|the)|\(\s*(?:the\s+|le\s+|la\s+|l')?[«\"“]?)\s*$", re.IGNORECASE
)
# Endings of French adjectives of place and scope: "africain", "mondial", "européenne", "numérique".
_ADJECTIVE = re.compile(rf"(?:{words.ADJECTIVE_ENDINGS}|aux)s?$")  # "nationales", "mondiaux" too
# "VivaTech, le plus grand salon", "Davos, the largest forum": a name, then what it is.
_NAME_IN_APPOSITION = re.compile(
    r"(?P<name>\b[A-Z][\w\-]*[A-Z0-9][\w\-]*|\b[A-Z][\w\-]+(?:\s+[A-Z0-9][\w\-]*){0,3})\s*,\s*"
    r"(?:le|la|l'|un|une|the|an?)\s*(?P<described>(?:(?:plus\s+)?(?:grand|grande|principal|principale|premier|"
    r"première|nouveau|nouvelle|annuel|annuelle|biggest|largest|main|first|annual|new)\s+)*)$"
)
# "G7 summit in Kananaskis: ...": the name opening a sentence or a headline, with no article.
_OPENING_NAME = re.compile(
    r"\s*(?P<name>[A-Z][\w\-]*(?:\s+[A-Z0-9][\w\-]*){0,3})(?:\s+\((?P<acronym>[A-Z][A-Z0-9+\-]{1,10})\))?\s+"
)
# A calendar's item after its days ("Oct 14–16: OECD AI policy conference, Paris"): a name, a few
# lower-case words of what it is about, then the kind word; no determiner among them ("NAIROBI, 20
# November 2026 — Kenya and Ghana signed their memorandum" is a dateline and a sentence).
_ITEM_NAME = re.compile(
    r"\d[^\w\s]?\s*[:–—]\s+(?P<name>[A-Z][\w\-]*(?:\s+(?:of|on|for|and|[A-Z0-9][\w\-]*))*?"
    r"(?:\s+(?!(?:the|an?|its|their|his|her|our|this|these)\b)[a-z][\w\-]*){0,2})\s+$"
)
# "the Global Partnership on Artificial Intelligence (GPAI) meeting": capitalised words (small words
# of names allowed inside), a plural possessive, an optional acronym, then a lower-case kind word.
_COMPOUND = re.compile(
    r"(?:\b[Tt]he|\b[Aa]n?|\b[Ii]ts|\b[Tt]heir"
    # "last year's Kigali summit", "this spring's Lusaka meeting": a time's, which says when.
    r"|\b(?:[Ll]ast|[Nn]ext|[Tt]his)\s+(?:year|month|week|spring|summer|autumn|fall|winter)['’]s"
    # "the ITU's AI for Good summit": whose it is, before its own name.
    r"|\b[A-Z][\w\-]*['’]s)"
    r"\s+(?:(?:next|last|previous|upcoming|annual|inaugural|first|second|third|new|latest)\s+)?"
    r"(?P<name>[A-Z][\w\-]*(?:\s+(?:of|on|for|and|[A-Z0-9][\w\-]*))*?(?:\s+[A-Z0-9][\w\-]*)?"
    # "the G20 leaders' summit", "the G20 digital ministers' meeting": whose meeting it is, in a
    # plural possessive.
    r"(?:(?:\s+[a-z]+)?\s+[a-z]+s['’])?)"
    r"(?:\s+\((?P<acronym>[A-Z][A-Z0-9+\-]{1,10})\))?"
    # "the AI Impact Summit follow-up meeting": one lower-case word telling which meeting of it.
    r"(?P<which>\s+(?:[a-z]+-[a-z]+|side|preparatory|ministerial|technical|closing|opening|informal|plenary))?\s+$"
)
# What a word is said to be: to do something ("sera de préparer", "will be to prepare"), so a task,
# not an event; not "est de nature à" (is likely to), nor "is to open" (is due to).
_A_TASK = re.compile(
    r"\s+(?:(?:sera|est|était|serait|consiste\s+à|consistera\s+à)\s+(?:de\s+|d')(?!(?:nature|ordre)\b)"
    rf"(?:\w+\s+)?{words.FRENCH_INFINITIVE.pattern}\b|(?:will|would)\s+be\s+to\s+[a-z]+\b)",
    re.IGNORECASE,
)
_POSSESSIVE = re.compile(r"\b(?P<name>[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)*)['’]s\s+(?P<lead>(?:[a-z]+\s+){0,2})$")
# "la conférence de l'an dernier", "the summit of last year", "the summit last month": the
# preposition goes with the time.
_RELATIVE_TIME = re.compile(
    r"(?:\s+(?:de|of|pour|for|à))?\s+(?:l'an|l'année|cette année|this year|last year|next year|the following year|"
    r"la même année|the same year|(?:last|next|this|the)\s+(?:month|week|spring|summer|autumn|fall|winter)|"
    r"(?:l'|le\s+|cet\s+|ce\s+)(?:printemps|été|automne|hiver)(?:\s+(?:dernier|prochain))?)\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"\d{1,3}(?:e|è|ème|eme|er|re|st|nd|rd|th)")
_DAY_OF = re.compile(r"\b(?:day|jour)\b")
# "On the first day, ...": a day opening the sentence as its time is a day of the event told before.
# What opens a sentence before the day of an event it is told on ("On its second day,", "Le premier jour,").
DAY_OPENERS = r"on the|on its|the|its|le|la|l'|son|sa|lors du|lors de la|lors de son|au|during the|during its"
_OPENING_DAY = re.compile(rf"\s*(?:{DAY_OPENERS})\s+", re.IGNORECASE)
# "l'accord des parents", "l'accord de l'intéressé": whose consent, a common noun after the article.
_CONSENT_OF = re.compile(r"\s+(?:(?:des|du|de\s+la)\s+|de\s+l['’]\s*)(?-i:[a-zà-ÿ])")
_OF_SOMETHING = re.compile(r"\s*(?:(?:of|du|de|des)\b|d['’])", re.IGNORECASE)
# "a virtual leaders' session", "the G7 presidency": lower-case words or an acronym, not a
# complement ("the way for talks").
# Not a verb the words may hold: "the two leaders held talks" names no talks.
_NO_PREMODIFIER = (
    rf"for|of|to|with|by|from|in|on|at|a|an|the|is|are|be|been|was|were|did|had|has|have|{IRREGULAR_PAST}"
    r"|will|would|can|could|may|might|must|shall|should|received|receives|obtained|gained|granted"
)
_PREMODIFIED = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+"
    rf"(?P<words>(?:(?!(?:{_NO_PREMODIFIER})\s)(?:[a-z][a-z\-]*|[A-Z][A-Z0-9]+)'?\s+){{1,3}})$"
)
# "The presidential election" opening a sentence; "Ghana's general election", where only words that
# say what it is count (below). No article within: "The leaders welcomed the launch" is no name.
_MODIFIER_WORDS = rf"(?P<words>(?:(?!(?:{_NO_PREMODIFIER})\s)(?:[a-z][a-z\-]*|[A-Z][A-Z0-9]+)'?\s+){{1,3}})$"
# "10:40 The outreach session": a timed line's clock time before the sentence's first word.
_OPENING_PREMODIFIED = re.compile(rf"\s*(?:{CLOCK}\s+)?(?:The|A|An|Its|Their|His|Her)\s+" + _MODIFIER_WORDS)
_OWNED_PREMODIFIED = re.compile(r"\w['’]s\s+" + _MODIFIER_WORDS)
# English adjectives that tell a kind of gathering or vote: "presidential", "high-level", "plenary".
_KIND_ADJECTIVE = re.compile(r"(?:al|ary|ory|ive|ic|level|person|lateral)$")
# Words before an event word that tell when or how often it is held, not what it is.
_WHEN_ADJECTIVES = frozenset(
    "annual final initial eventual usual additional potential next last latest upcoming previous "
    "forthcoming recent weekly monthly regular".split()
)
_DURATION = re.compile(r"-(?:day|days|week|weeks|hour|hours|month|year)\b|\blong\b")
# A trip, a speech or talks told by their kind word alone are named by where they go or are held.
_NAMED_BY_PLACE = frozenset({"visit", "speech", "meeting"})
# Gatherings a text tells again as "the summit" wherever it says they are held.
_TOLD_BY_ITS_PLACE = frozenset({"summit", "conference", "forum"})
_ANY_EVENT = frozenset(("événement", "évènement", "event"))
# A place come to and "pour"/"for" the event: "arrivé à Toulouse pour une", "in Lomé for a".
_CAME_FOR = re.compile(
    r"\b(?:à|au|en|in|to)\s+(?P<place>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)*)"
    r"(?:\s+(?:this|ce|cet|cette)\s+\w+)?"  # "à Toulouse ce matin pour une visite"
    r"\s+(?:pour|for)\s+(?:une?|a|an)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# Its speaker named right before: "Emmanuel Macron prononcera un", "Paula Ingabire will give a".
_DELIVERS = re.compile(
    r"(?-i:[A-ZÀ-Ý])[\w'’-]+\s+(?:(?:will|va|a|has|also|aussi)\s+)?"
    rf"{DELIVERING}\s+(?:un|une|son|sa|a|an|his|her)\s+$",
    re.IGNORECASE,
)
_HEARINGS = frozenset(("audition", "auditions", "audience", "hearing", "hearings"))
# The body a hearing is held before, up to the sentence's verb, date or punctuation.
_BEFORE_A_BODY = re.compile(
    r"\s+(?:devant|before)\s+(?:la|le|les|l['’]|the)\s*(?-i:[A-Za-zÀ-ÿ])[^,;.()]*?"
    r"(?=\s+(?:s['’]|se\s|est\b|sont\b|sera\b|seront\b|a\b|ont\b|aura\b|is\b|are\b|was\b|were\b|will\b|on\b"
    r"|le\b|les\b|du\b|en\b|in\b|at\b|to\b)|[,;.()]|$)",
    re.IGNORECASE,
)
DETERMINER_BEFORE = re.compile(r"\b(?:le|la|l'|ce|cet|cette|the|this|that)\s*$", re.IGNORECASE)
# A noun's own article right before it: "l'annonce", "une visite", "cette rencontre".
_DETERMINER_BEFORE_NOUN = re.compile(
    r"(?:\b(?:la|le|les|une|un|cette|ce|sa|son|ses|leur|leurs|du|des|de|sur|par|après|avant|pour)\s+|\bl['’]|\bd['’])$",
    re.IGNORECASE,
)
_ITS = re.compile(r"\b(?:its|sa|son)\s+$", re.IGNORECASE)
# "the first such summit since 2023", "un tel sommet": an event of that kind, not one; "comparable
# à celui d'un petit sommet", "like that of a small summit": a likeness, no event.
_SUCH = re.compile(
    r"\b(?:such(?:\s+an?)?|une?\s+tel(?:le)?|(?:celui|celle|ceux|celles)\s+d['’]une?(?:\s+[\w-]+)?"
    r"|(?:that|those)\s+of\s+an?(?:\s+[\w-]+)?)\s+$",
    re.IGNORECASE,
)
# "ended without agreement", "sans accord", "no deal was reached", "aucun accord": an event that did not happen.
_NEGATED = re.compile(words.NEGATION + r"\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# "Subject to Parliament's approval", "sous réserve de l'accord du Conseil": what a later step
# hangs on, which has not happened and is not dated by the clause it conditions.
_CONDITION = re.compile(
    r"\b(?:subject\s+to|pending|conditional\s+on|sous\s+réserve\s+d[eu'’]|à\s+condition\s+d[eu'’])"
    r"\s*(?:(?:the|its|la|le|l['’]|sa|son)\s*)?(?:[\w-]+['’]s\s+)?$",
    re.IGNORECASE,
)
# "nommée à la présidence de", "appointed to the presidency of": the post someone is named to.
_NAMED_TO = re.compile(r"\b(?:à\s+la|to\s+the)\s+$", re.IGNORECASE)
# "sous présidence polonaise", "under the Italian G7 Presidency": the office a thing is done under.
_UNDER_OFFICE = re.compile(
    r"\b(?:sous|under)\s+(?:(?:la|le|l['’]|the|its|their|sa|son|leur)\s*)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
# "lancé par la présidence japonaise", "selon la présidence", ", annonce la présidence togolaise",
# ", a annoncé lundi la présidence", "by the Kenyan presidency": an office named as who did or
# said something.
_DOER_BEFORE = re.compile(
    r"(?:\b(?:par|selon|by|according\s+to)|[,»”]\s*(?:annonce|indique|précise|souligne|a\s+(?:annoncé|indiqué|précisé))"
    rf"(?:\s+{words.DAYS})?)\s+(?:la|l['’]|the)\s*(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
# The few words that may follow an office's word before what it does: "présidence (du Conseil) a annoncé".
_OFFICE_WORDS = r"(?:\s+[\w'’-]+){0,3}?\s+"
# "la présidence ghanéenne a annoncé", "the Ghanaian presidency said", "la présidence du Conseil
# espère un accord": the office as a speaker, or as who hopes or aims.
_SPEAKS_AFTER = re.compile(
    rf"{_OFFICE_WORDS}(?:a\s+(?:annoncé|indiqué|précisé|déclaré|fait\s+savoir)|annonce|indique"
    r"|précise|espère|souhaite|vise|said|says|announced|stated|confirmed|hopes|aims|wants)\b",
    re.IGNORECASE,
)
# "la présidence italienne organisera une conférence", "the Polish presidency will host a forum":
# the office as who holds, launches or puts forward something (not a term that begins or ends).
_ACTS_AFTER = re.compile(
    rf"{_OFFICE_WORDS}(?:(?:a|ont|va|vont|doit)\s+)?"
    r"(?:organis|accueill|convoqu|lanc|propos|présent|publi|soum[ei]t)(?:e|é|i|era|ira|ra|ent)?\b"
    rf"|{_OFFICE_WORDS}(?:(?:will|has|have|is\s+to)\s+)?"
    r"(?:host|organi[sz]e|convene|launch|propose|present|publish|table|circulate|put\s+forward)(?:s|es|d|ed)?\b",
    re.IGNORECASE,
)
# "Présidence française du G7 : les ministres adoptent …": a headline's kicker names under whose
# office the news happened, as "sous la présidence française" does.
_KICKER_AFTER = re.compile(rf"{_OFFICE_WORDS}:\s", re.IGNORECASE)
# An office word opening its sentence after its article alone ("La présidence", "The presidency").
_ARTICLE_ALONE = re.compile(r"\s*(?:la|the)\s+", re.IGNORECASE)
# What tells a term of office: its start, its end, how long it runs, its handover.
_TERM = re.compile(
    r"\b(?:commenc\w*|début\w*|s'achèv\w*|s'achev\w*|achevée?|prend\s+fin|prendra\s+fin|a\s+pris\s+fin|"
    r"se\s+termin\w*|s'est\s+termin\w*|s'ouvr\w*|succède\w*|passe\s+le\s+relais|"
    r"begins?|began|starts?|started|ends?|ended|runs?|ran|lasts?|lasted|takes?\s+over|took\s+over|hands?\s+over|"
    r"handed\s+over|expires?|expired)\b",
    re.IGNORECASE,
)
# An office's term told right after it, as its subject: "The Polish presidency (of the Council) began".
_TERM_AFTER = re.compile(
    rf"(?:\s+(?:of|du|de\s+la|de\s+l['’]|des)?\s*(?:the\s+)?(?!(?:to|à|pour)\b)[\w'’-]+){{0,3}}?"
    rf"\s+(?:(?:will|has|is|shall)\s+)?"
    rf"(?:{_TERM.pattern})",
    re.IGNORECASE,
)
# Its term told in a relative clause right after it: "the Italian Presidency, which began on 1 January".
_TERM_IN_RELATIVE = re.compile(
    rf"\s*,\s*(?:which|qui)\s+(?:(?:will|has|is|a|va)\s+)?(?:{_TERM.pattern})", re.IGNORECASE
)
# "le gouvernement espère une adoption définitive", "hopes for a deal", "aims to reach a provisional
# agreement": what someone hopes for has not happened, whatever the date it is hoped by.
_HOPED = re.compile(
    r"\b(?:espère|espèrent|espérait|espéraient|souhaite|souhaitent|vise|visent|hopes?\s+for|hoped\s+for"
    r"|(?:aims?|hopes?|wants?|seeks?)\s+to\s+(?:reach|secure|conclude|obtain|strike))"
    r"\s+(?:une?|la|le|l['’]|an?|the)\s*(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
# "en séance plénière", "in plenary session": a sitting with no article is where something was done.
_IN_SITTING = re.compile(r"\b(?:en|in)\s+$", re.IGNORECASE)
_SITTING_WORDS = frozenset({"séance"})  # "adopté en séance publique": where it was done
# "talks between Ghana and Togo", "les pourparlers entre l'UE et le Japon": the two sides named.
_SIDE = r"(?:the\s+|le\s+|la\s+|les\s+|l['’])?(?P<{0}>[A-ZÀ-Ý][\w'’-]*(?:\s+[A-ZÀ-Ý][\w'’-]*){{0,3}})"
_BETWEEN_SIDES = re.compile(
    rf"\s+(?:between|entre)\s+{_SIDE.format('first')}\s+(?:and|et)\s+{_SIDE.format('second')}"
)
# "a great deal of work": an amount, not an agreement.
_AMOUNT = re.compile(r"\b(?:a\s+)?(?:great|good|fair)\s+$", re.IGNORECASE)
_OF = re.compile(r"\s+of\b", re.IGNORECASE)
# "talks held in Lomé", "les pourparlers, tenus à Lomé": where a gathering was held, said after it.
_HELD = r"(?:,?\s+(?:held|tenue?s?|organi[sz]ed|organisée?s?))?"
_PLACE_AFTER = re.compile(_HELD + words.TO_A_PLACE)
_PLACE_JOIN = re.compile(
    _HELD + r"\s+(?P<join>(?:à|au|aux|en|in|at)\s+(?:la\s+|le\s+|l'|the\s+)?)", re.IGNORECASE
)
# "a state visit to Canada": where a visit goes.
_VISIT_TO = re.compile(r"\s+(?P<join>to\s+(?:the\s+)?)")
NEXT_BEFORE = re.compile(r"\b(?:prochaine?|next)\s+$", re.IGNORECASE)
_TO_BE_HELD_IN = re.compile(
    r"\s+(?:aura\s+lieu|se\s+tiendra|est\s+fixée?|sera\s+organisée?|will\s+be\s+held|will\s+take\s+place"
    r"|will\s+be)\s+(?P<join>(?:à|au|aux|en|in|at)\s+(?:la\s+|le\s+|l'|the\s+)?)",
    re.IGNORECASE,
)
# "Le précédent sommet s'était tenu à Nairobi", "the last summit was held in Nairobi": the one
# before is no other's either, and where it was held names it.
_PREVIOUS_BEFORE = re.compile(r"\b(?:dernier|dernière|précédente?|last|previous)\s+$", re.IGNORECASE)
_WAS_HELD_IN = re.compile(
    r"\s+(?:s'(?:était|est)\s+tenue?|(?:avait|a)\s+eu\s+lieu|s'(?:était|est)\s+déroulée?|was\s+held"
    r"|took\s+place|had\s+been\s+held|had\s+taken\s+place)\s+(?P<join>(?:à|au|aux|en|in|at)\s+(?:la\s+|le\s+|l'|the\s+)?)",
    re.IGNORECASE,
)
# Pronouns a quotation of what someone said opens on ("« Nous signerons »", "'We will sign'").
_SPEAKERS = frozenset("je j nous on vous il elle ils elles i we you they".split())
_OPENERS = frozenset(
    "le la les l un une en au aux à de du des pour par dans in on at the of for by from after before "
    "following since during despite under upon with as a an".split()
)


# Numbers written as words, in every language read ("trois": 3, "two": 2).
COUNTS = {word: n for numbers in NUMBERS.values() for word, n in numbers.items()}
_COUNT = "|".join([r"\d", *COUNTS])
# "a three-day state visit", "un sommet de deux jours": how many days an event lasts.
_DAYS_BEFORE = re.compile(rf"\b(?P<n>{_COUNT})[- ]day\s+(?:[^\W\d_][\w'-]*\s+){{0,2}}$", re.IGNORECASE)
# "two days of talks", "deux jours de négociations": a length told before the kind word.
# "Au terme de deux jours de discussions, le sommet", "After two days of talks, the summit".
_DAYS_OF_WHAT = re.compile(
    rf"\b(?P<n>{_COUNT})\s+(?:days|jours)\s+(?:of|de|d['’])\s*[^\W\d_][\w'’-]*\s*,\s*(?:the|le|la|l['’])\s*$",
    re.IGNORECASE,
)
_DAYS_OF = re.compile(rf"\b(?P<n>{_COUNT})\s+(?:days|jours)\s+(?:of|de|d['’])\s*$", re.IGNORECASE)
# The words before a length counted back from a day: "after two days", "au terme de deux jours".
_COUNTED_BACK = r"(?:after|après|au terme de|à l'issue de)"
# "agreed on Wednesday after two days of talks": a length counted back from the sentence's day.
_AFTER_LENGTH = re.compile(rf"\b{_COUNTED_BACK}\s+$", re.IGNORECASE)
_LATER = "|".join(
    word for counts in DAY_COUNTS.values() for key in ("later", "earlier") for word in counts[key]
)
_DAYS_LATER = re.compile(
    rf"(?:{_COUNT}|a few|several|quelques)\s+(?:days?|weeks?|months?|jours?|semaines?|mois)\s+(?:{_LATER})\b",
    re.IGNORECASE,
)
# A kind of event that is itself days, counted right before it: "deux journées", "two days".
_DAY_KIND = re.compile(r"(?:journées|days)\b", re.IGNORECASE)
_COUNT_BEFORE = re.compile(rf"\b(?P<n>{_COUNT})\s+$", re.IGNORECASE)
_DAYS_AFTER = re.compile(rf"\s*(?:de|d'|of)\s*(?P<n>{_COUNT})\s+(?:jours|days)\b", re.IGNORECASE)
# How long, after the kind word: "une visite de trois jours", "un trilogue de quinze heures".
_LENGTH_AFTER = re.compile(
    rf"\s*(?:de|d'|of)\s*(?:{_COUNT})\s+(?:jours|days|heures|hours|minutes|semaines|weeks|mois|months)\b",
    re.IGNORECASE,
)


# "au terme d'un sommet de deux jours", "at the end of a two-day summit", "ministers wrapped up a
# two-day meeting", "ont clôturé un sommet de deux jours": the sentence's day is its last.
_AT_ITS_END = re.compile(
    r"\b(?:(?:au terme|à l'issue|à la clôture|at the end|at the close)\s+(?:d['’]une?|d[eu]|de la|of(?:\s+the|\s+an?)?)"
    r"|(?:wrapped up|wrap up|wraps up|concluded|conclude|closed|ended|(?:a|ont|avait|avaient)\s+"
    r"(?:clôturé|conclu|achevé|bouclé))\s+(?:(?!and\b|et\b)[^\W\d,.;]+\s+){0,4}?"
    r"(?:(?:an?|the|their|its|une?|le|la|leur|sa|son)\b)?)\s*$",
    re.IGNORECASE,
)
# Verbs that tell a gathering ended, in the past.
_ENDED = (
    r"(?:came to a close|closed|ended|concluded|wrapped up|"
    r"s'est (?:achevée?|close?|conclue?|terminée?)|a pris fin|se sont (?:achevée?s|clos|closes|terminée?s))\b"
)
# ... and in the present or the future, as its own clause: "a three-day visit that ends on Wednesday".
_ENDS = (
    r"(?:ends|will\s+end|closes|will\s+close|concludes|will\s+conclude|s'achève|s'achèvera|se\s+termine"
    r"|se\s+terminera|prend\s+fin|prendra\s+fin)\b"
)
# "The two-day summit in Cotonou ended on Wednesday", "Le sommet de deux jours s'est achevé mercredi".
_IT_ENDED = re.compile(
    rf"(?:\s+(?:in|at|à|en)\s+[^,.;]{{1,40}}?)?(?:\s*,)?\s+(?:(?:which|that|qui)\s+)?(?:{_ENDED}|{_ENDS})",
    re.IGNORECASE,
)
# "came to a close today after two days of discussions": a length counted back from the end.
_ENDED_AFTER = re.compile(
    rf"\s*(?:,[^,.;]{{0,80}},)?\s*(?:[\w']+\s+){{0,3}}?{_ENDED}"
    rf"[^.;]{{0,80}}?\b{_COUNTED_BACK}\s+(?P<n>{_COUNT})\s+(?:days|jours)\b",
    re.IGNORECASE,
)


def days_long(text: str, start: int, end: int, limit: int) -> tuple[int, bool] | None:
    """How many days the event named at ``start:end`` lasts, when the words around its kind say,
    and whether its sentence counts them back from its end ("closed today after two days", "at
    the end of a two-day summit", "the two-day summit ended on Wednesday")."""
    before = (
        _DAYS_BEFORE.search(text, max(0, start - 40), start)
        or _DAYS_OF.search(text, max(0, start - 40), start)
        or _DAYS_OF_WHAT.search(text, max(0, start - 60), start)
    )
    if before is None and _DAY_KIND.match(text, start):  # "deux journées scientifiques"
        before = _COUNT_BEFORE.search(text, max(0, start - 12), start)
    # after its kind word, or inside its span ("une visite de quatre jours au Sénégal")
    found = before or _DAYS_AFTER.match(text, end) or _DAYS_AFTER.search(text, start, end)
    ended = _ENDED_AFTER.match(text, end, limit) if found is None else None
    found = found or ended
    if found is None:
        return None
    count = found.group("n").lower()
    closing = _AT_ITS_END.search(text, max(0, start - 60), before.start() if before else start) or (
        _AFTER_LENGTH.search(text, max(0, before.start() - 16), before.start()) if before else None
    )
    told_ended = (
        ended is not None
        or closing is not None
        or _IT_ENDED.match(text, end if before else found.end(), limit)
    )
    return count_of(count), bool(told_ended)


def count_of(word: str) -> int:
    """A count written in digits or in words ("5", "cinq", "five")."""
    return int(word) if word.isdigit() else COUNTS[word.lower()]


_INFINITIVE = re.compile(
    r"\b(?:to|will|would|shall|must)\s+(?:also\s+|then\s+|first\s+|[a-z]+ly\s+)?$", re.IGNORECASE
)
_INFINITIVE_REACH = 20  # characters before the word: "will also visit"
_A_BEFORE = re.compile(r"(?<![\w'’])(?:[aA]n?|[uU]ne?)\s+$")
_CAPITALISED_COMPOUND = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")
# A sentence's opening before its first word, a live blog's clock time with it ("11:30 Talks were").
_SENTENCE_OPENS = re.compile(rf"[\s«\"“(]*(?:{CLOCK}\s+)?")
# What may open a sentence before new talks: an indefinite word.
_TALKS_OPEN = re.compile(rf"{_SENTENCE_OPENS.pattern}(?:(?:des|de nouvelles|new|fresh)\s+)?", re.IGNORECASE)
_OWNED_BEFORE = re.compile(r"['’]s\s+(?:(?:first|second|third|fourth|fifth|next|latest)\s+)?$")


# "décret d'application", "champ d'application", "mesures d'exécution": a noun the milestone word
# tells the kind or reach of.
_NOUN_OF = re.compile(r"\b(?P<head>[^\W\d_]+)\s+d['’]$")
_REACH_NOUNS = frozenset({"champ", "modalités", "mesures", "texte", "textes", "décrets", "arrêté", "arrêtés"})


# "en application de la loi", "in application of": what a text is made under, no applying (not "en
# clôture de la réunion", at its close).
_PURSUANT = re.compile(r"application", re.IGNORECASE)
_PURSUANT_BEFORE = re.compile(r"\b(?:en|in)\s+$", re.IGNORECASE)


def _of_an_instrument(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a text's head word or its reach and "d'"."""
    found = _NOUN_OF.search(text, max(0, start - 24), start)
    return found is not None and found.group("head").lower() in instrument_heads() | _REACH_NOUNS


def office_acts(text: str, keyword: re.Match[str], sentence: words.Span) -> bool:
    """Whether an office's word ("présidence", "presidency") names who did or said something, not
    a term of office: the sentence's news is then what the office did."""
    start, end = keyword.start(), keyword.end()
    return keyword.group("kw").lower() in OFFICES and (
        _DOER_BEFORE.search(text, max(0, start - 40), start) is not None
        or _SPEAKS_AFTER.match(text, end) is not None
        or _ACTS_AFTER.match(text, end) is not None
        or _KICKER_AFTER.match(text, end) is not None
        or _subject_not_term(text, start, end, sentence)
    )


def term_told(text: str, keyword: re.Match[str], sentence: words.Span) -> bool:
    """Whether an office's word is followed by its term's start or end ("The Polish presidency
    began", "the Italian Presidency, which began on 1 January"): a term of office, an event."""
    end = keyword.end()
    return keyword.group("kw").lower() in OFFICES and (
        _TERM_AFTER.match(text, end, sentence.end) is not None
        or _TERM_IN_RELATIVE.match(text, end, sentence.end) is not None
    )


def _subject_not_term(text: str, start: int, end: int, sentence: words.Span) -> bool:
    """ "La présidence du Conseil et les négociateurs du Parlement sont parvenus à un accord": an
    office opening its sentence is its subject, who acts, unless the sentence tells its term ("La
    présidence togolaise du G5 commencera le 1er juillet")."""
    opens = _ARTICLE_ALONE.fullmatch(text, sentence.start, start) is not None
    return opens and _TERM.search(text, end, sentence.end) is None


def read_mention(
    paragraph: Paragraph, keyword: re.Match[str], sentence: words.Span, dated: bool
) -> Mention | None:
    text = paragraph.text
    word = keyword.group("kw")
    kind = kind_of(word)
    start, end = keyword.start(), keyword.end()
    english = paragraph.language == "en"
    if word[:1].isupper() and (
        _A_BEFORE.search(text, max(0, start - 5), start)
        or (
            english
            and _CAPITALISED_COMPOUND.fullmatch(word)
            and not GROUPS.search(word.lower())
            and _OWNED_BEFORE.search(text, sentence.start, start)
        )
    ):
        # "a State Banquet", "the President's second State Visit": a press release's capitals on a
        # common noun that is someone's, no name ("the annual Ministerial Council Meeting" is one).
        word = word.lower()
    infinitive = _INFINITIVE.search(text, max(0, start - _INFINITIVE_REACH), start)
    if (
        english
        and word.islower()
        and (
            (is_milestone(word) and (words.OBJECT_NEXT.match(text, end) or infinitive))
            or (infinitive and not word.endswith("s"))  # "invited to talks" is a noun
        )
    ):
        # "leaders launch the process", "to visit Japan", "will also visit Mumbai": a verb; its event
        # is the verb's.
        return None
    if (
        not english
        and word.islower()
        and words.FRENCH_OBJECT_NEXT.match(text, end)
        and not _DETERMINER_BEFORE_NOUN.search(text, max(0, start - 8), start)
    ):
        return None  # "la ministre annonce l'Initiative", "rencontre la commissaire": a verb and its object
    if (
        _SUCH.search(text, max(0, start - 30), start)
        or _NEGATED.search(text, max(0, start - 24), start)
        or (
            (is_milestone(word) or kind == "announcement")
            and NEGATED_BEFORE.search(text, max(0, start - 40), start)
        )  # "did not receive", "failed to reach an agreement": no gathering, whoever did not attend it
        or _CONDITION.search(text, max(0, start - 40), start)
        or _HOPED.search(text, max(0, start - 50), start)
    ):
        return None
    if (
        word.islower()
        and is_milestone(word)
        and _ITS.search(text, max(0, start - 6), start)
        and not _OF_SOMETHING.match(text, end)
    ):
        # "La loi entre en vigueur vingt jours après sa publication": the text the sentence opens on;
        # not "sa présidence du G7", whose complement says what.
        subject = text_subject(text, sentence, paragraph.language)
        if subject is not None:
            name = capitalise(of_phrase(word, paragraph.language, *subject))
            return Mention(paragraph.index, start, end, name, kind, True)
    if is_milestone(word) and _of_an_instrument(text, start):
        return None  # "le décret d'application", "le champ d'application": what a text is, no event
    if (
        _PURSUANT.fullmatch(word)
        and _PURSUANT_BEFORE.search(text, max(0, start - 4), start)
        and _OF_SOMETHING.match(text, end)
    ):
        return None  # "Pris en application de la loi du 12 mars": pursuant to the law, no event of it
    sitting = " " in word or word.lower() in _SITTING_WORDS
    if kind == "meeting" and sitting and _IN_SITTING.search(text, max(0, start - 4), start):
        return None  # "adopté en séance plénière", "in plenary session": where it was done, no sitting named
    if word.lower() == "deal" and _AMOUNT.search(text, max(0, start - 10), start) and _OF.match(text, end):
        return None
    if word.lower() == "accord" and _CONSENT_OF.match(text, end):
        return None  # "avec l'accord des parents": someone's consent, no agreement ("l'accord du G7" is one)
    if GROUPS.match(word) and not GROUP_MET.search(text, sentence.start, sentence.end):
        return None  # a working group is a body; it is an event where the text says it met
    if office_acts(text, keyword, sentence):
        return None  # "lancé par la présidence japonaise": who did it, not a term of office
    if word.lower() in OFFICES and _UNDER_OFFICE.search(text, max(0, start - 40), start):
        return None  # "accord espéré sous présidence polonaise": what is done under it, no term told
    if word.lower() in OFFICES and _NAMED_TO.search(text, max(0, start - 8), start):
        return None  # "nommée à la présidence de l'agence": the post someone is named to, no term told
    if _DAY_COUNTED.match(text, start):
        return None  # "Day 2 — Wednesday 10 March": a programme's day, which dates its items
    if _A_TASK.match(text, end):
        return None  # "Sa première mission sera de préparer", "Her first mission will be to prepare": a task
    if word.lower() in OFFICES and _OF_THE_REPUBLIC.match(text, end):
        return None  # "Présidence de la République": the head of state's house, no term of office
    if word.lower() in ("événements", "évènements", "events"):
        side = SIDE_EVENTS.match(text, end)
        if not side:
            return None
        end = side.end()
        kind = "series"
        word = text[start:end]
    for quote in paragraph.quotes:
        # « Données et villes » is a title; « un vote historique » is what someone said.
        if (
            quote.start <= start
            and end <= quote.end
            and text[quote.start : quote.start + 1].isupper()
            and _title_like(text[quote.start : quote.end])
        ):
            name = text[quote.start : quote.end]
            return Mention(paragraph.index, quote.start, quote.end, capitalise(name), kind, True)
    # The "Winning the AI Race" summit: an English quoted title right before a lower-case kind word.
    before = next((q for q in paragraph.quotes if _QUOTE_THEN_SPACE.fullmatch(text, q.end, start)), None)
    title = text[before.start : before.end] if before is not None else ""
    if english and word.islower() and title[:1].isupper() and _title_like(title):
        return Mention(paragraph.index, before.start - 1, end, f'"{title}" {word}', kind, True)
    after = text[end : sentence.end]
    # « Données et villes », "titled "Oversight of AI"", "intitulé « ... »": a quoted title after the word.
    quote = re.match(
        r"^(?:,?\s*(?:titled|entitled|called|intitulée?s?|baptisée?s?)|(?:\s+[a-zà-ÿ\-]+){0,3})\s*\(?\s*[«\"]\s*",
        after,
    )
    if quote:
        opening = end + quote.end()
        span = next((q for q in paragraph.quotes if q.start == opening), None)
        # « Données et villes » after a kind word is its title; « historique » is what it was called.
        if span is not None and text[span.start : span.start + 1].isupper():
            name = text[span.start : span.end]
            return Mention(paragraph.index, start, span.end + 1, capitalise(name), kind, True)
    # A dated sentence's: an undated headline's meeting is the lead's, named there.
    sides = _BETWEEN_SIDES.match(text, end, sentence.end) if kind == "meeting" and dated else None
    if sides is not None and all(_a_country_or_body(sides.group(side)) for side in ("first", "second")):
        return Mention(paragraph.index, start, sides.end(), capitalise(text[start : sides.end()]), kind, True)
    prefix = _english_prefix(text[sentence.start : start]) if word[0].isupper() else ""
    sentence_words = (text, sentence) if paragraph.language == "fr" else None
    # "the adoption last year of the strategy", "l'adoption vendredi à Kigali de la charte": when and
    # where, between a milestone and what it is of, are no part of its name.
    skipped = time_phrase_length(text[end : sentence.end]) if is_milestone(word) else 0
    skipped = skipped if skipped and _OF_SOMETHING.match(text, end + skipped) else 0
    if is_milestone(word) and not skipped:
        skipped = _time_aside_length(text, end, sentence.end)
    # "une visite de quatre jours au Sénégal": how long a trip lasts is no part of where it goes.
    lasts = _LENGTH_AFTER.match(text, end) if kind in _NAMED_BY_PLACE and not skipped else None
    if lasts is not None and _PLACE_AFTER.match(text, lasts.end()):
        end = lasts.end()
    # "la Présidence italienne": a capitalised office with its country's adjective is named as
    # "la présidence italienne" is, not a word pointing back to one told before.
    next_word = _NEXT_WORD.match(text, end)
    owned_office = (
        word[0].isupper()
        and word.lower() in OFFICES
        and next_word is not None
        and demonyms.is_adjective(next_word.group(1))
    )
    complement, complement_end = _complement(
        text,
        end + skipped,
        sentence.end,
        named=word[0].isupper() and not owned_office,
        tagged=sentence_words,
        english=english,
        after_a_gathering=not is_milestone(word),
    )
    if _PRONOUN_COMPLEMENT.fullmatch(complement):
        complement, complement_end = "", end  # "a vote on it": what it is on is told elsewhere
    before_a_body = _BEFORE_A_BODY.match(text, end, sentence.end) if word.lower() in _HEARINGS else None
    if not complement.strip() and before_a_body is not None:
        # "une audition devant la commission des Affaires économiques", "a hearing before the Senate
        # Commerce Committee": a hearing is named by who holds it.
        complement, complement_end = text[end : before_a_body.end()], before_a_body.end()
    lead = _ordinal_before(text[sentence.start : start])
    premodified = english and word.islower() and not lead
    if premodified:  # other kinds than milestones only by adjectives of what they are
        lead = _premodifiers(text[sentence.start : start], what_only=not is_milestone(word))
    # "an information day" is a kind of its own; "his first day", "the day" are some event's days.
    day_of = _DAY_OF.search(word) and not (" " in word and word.lower() in KINDS)
    if word.islower() and day_of and not _OF_SOMETHING.match(complement):
        if _OPENING_DAY.fullmatch(text, sentence.start, start) and text[end : end + 1] == ",":
            return Mention(
                paragraph.index, start, end, capitalise(word), kind, False
            )  # "On the first day, ..."
        return None  # "his first day in office": a day of someone's, not of an event
    if prefix:
        name = f"{prefix} {word}{complement}"
        return Mention(paragraph.index, start - len(prefix) - 1, complement_end, name, kind, True)
    modifier = (
        _COMPOUND.search(text, sentence.start, start)
        or _OPENING_NAME.fullmatch(text, sentence.start, start)
        or _ITEM_NAME.search(text, sentence.start, start)
        # an office too, where its term is told: "The Polish presidency began on 1 January"
        if word.islower()
        and (
            not is_milestone(word) or (word.lower() in OFFICES and _TERM_AFTER.match(text, end, sentence.end))
        )
        else None
    )
    if modifier and _proper(modifier, sentence):
        # "the Global Partnership on AI (GPAI) meeting": an English name made of its holder and kind.
        which = modifier.groupdict().get("which") or ""
        mention = Mention(
            paragraph.index, start, complement_end, f"{modifier.group('name')}{which} {word}", kind, True
        )
        if modifier.groupdict().get("acronym"):
            mention.aliases.append(f"{modifier.group('acronym')} {word}")
        return mention
    named_before = _NAME_IN_APPOSITION.search(text, sentence.start, start)
    # "... et Smart Africa, la conférence réunira": a bare kind word after a comma is the subject,
    # pointing back; one described is in apposition ("VivaTech, le plus grand salon").
    described = complement.strip() or (named_before and named_before.group("described"))
    if (
        word[0].islower()
        and named_before
        and described
        and not is_milestone(word)
        and _proper(named_before, sentence)
    ):
        # "VivaTech, le plus grand salon européen de la tech": the name said before the description.
        name = named_before.group("name")
        mention = Mention(paragraph.index, start, end, name, kind, True)
        mention.aliases.append(capitalise(f"{word}{complement}"))
        return mention
    follower = re.match(r"^\s+([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)", after)
    if word[0].islower() and follower and kind == "event":
        # "l'évènement Vivatech": the kind word is followed by the event's own name.
        name = follower.group(1)
        return Mention(paragraph.index, start, end + follower.end(), name, kind, True)
    if word[0].isupper() and complement.strip():
        if _only_dates(complement):
            return None
        return Mention(paragraph.index, start, complement_end, f"{word}{complement}", kind, True)
    # A dated phrase ("a press conference on Wednesday") is an event; a bare "adoption" is not.
    owner = _POSSESSIVE.search(text, sentence.start, start) if word.islower() else None
    whose = _owner_name(owner.group("name")) if owner else ""
    if whose and not complement.strip():
        leads = owner.group("lead").split()
        if is_milestone(word) and not leads:
            if _BEFORE_A_KIND.match(text, end):
                return None  # "Mensah's closing news conference": a word of the gathering's name
            # "Raimondo's announcement": a milestone named by whose it is. It starts at its own word,
            # as "the European Parliament" before it is an organisation's mention.
            return Mention(paragraph.index, start, end, f"{whose}'s {word}", kind, False)
        titled = whose.lower() in words.ROLE_WORDS or any(lead.lower() in ORDINALS for lead in leads)
        if not is_milestone(word) and english and not titled:
            # "The Drone Council's next meeting": a gathering named by whose it is ("Drone Council
            # meeting"), with what it is about ("Ghana's annual drone summit" is the "Ghana drone summit").
            about = [lead for lead in leads if lead not in _WHEN_ADJECTIVES]
            return Mention(paragraph.index, start, end, " ".join([whose, *about, word]), kind, True)
    if word.lower() in _ANY_EVENT and not complement.strip():
        before = text[max(sentence.start, start - 12) : start]
        if DETERMINER_BEFORE.search(before):  # "the event will take place": whichever was named last
            return Mention(paragraph.index, start, end, capitalise(word), kind, False, refers=True)
        return None
    # "a second hearing is scheduled for Wednesday": a dated milestone counted by an ordinal is one.
    # "un déplacement en Inde du 1er au 3 juillet": a dated trip or speech is named by where it goes
    # or is given (below).
    # "est arrivée à Toulouse pour une visite de deux jours": the place it was come to for.
    came_for = _CAME_FOR.search(text, max(0, start - 60), start) if kind in _NAMED_BY_PLACE else None
    to_a_place = kind in _NAMED_BY_PLACE and (
        _PLACE_AFTER.match(text, end) is not None or came_for is not None
    )
    if came_for is not None and not complement.strip():
        complement = f" {'to' if english else 'à'} {came_for['place']}"
    # "Talks were held on 3 March", "Des négociations ont eu lieu le 3 mars": talks opening the
    # sentence are new ones; not "the talks", "ces pourparlers", "after months of talks". "La
    # prochaine session" is a new one too.
    new_talks = kind == "meeting" and (
        (word.lower().endswith("s") and _TALKS_OPEN.fullmatch(text, sentence.start, start) is not None)
        or NEXT_BEFORE.search(text, max(0, start - 12), start) is not None
    )
    # "Emmanuel Macron prononcera un discours jeudi": a speech a named speaker delivers.
    delivered = kind == "speech" and _DELIVERS.search(text, max(0, start - 50), start) is not None
    vague = (kind in ("week", "event", "cultural") or is_milestone(word)) and not (
        dated and (" " in word.strip() or lead or to_a_place or new_talks or delivered)
    )
    # "Talks in Lomé on 2 March": a milestone's capital may be only the sentence's.
    opens = is_milestone(word) and _SENTENCE_OPENS.fullmatch(text, sentence.start, start) is not None
    if (word[0].isupper() and not opens and not owned_office) or (not complement.strip() and vague):
        return None  # "le Sommet" refers to an event named elsewhere; "une semaine" is a length of time
    acronym = next((text[a.start : a.end] for e, a in acronym_pairs(text) if e.start <= start < e.end), None)
    name = capitalise(f"{lead}{word}{complement}".strip())
    # The mention covers the words that name it: "a ministerial statement" starts at "ministerial".
    begins = start - len(lead) if premodified else start
    mention = Mention(paragraph.index, begins, complement_end, name, kind, bool(acronym))
    if acronym:
        mention.aliases.append(acronym)
    return mention


def _a_country_or_body(name: str) -> bool:
    """Whether the gazetteer knows a name as an actor, a country or an organisation (its
    ``actor_kind``); not a person: their meetings are named by their full names, in
    ``extra_events.meetings_of_people``."""
    known = gazetteer.default().lookup(name)
    return known is not None and known.actor_kind is not None


def _title_like(quoted: str) -> bool:
    """A title is a few words; "We call on organizations ... to commit to ...," is what was said, and
    so is a quotation that opens on who speaks ("« Nous signerons l'accord en mai »")."""
    first = re.split(r"[\s'’]", quoted.strip(" «»“”\"'"), maxsplit=1)[0].lower()
    return (
        len(quoted.split()) <= MAX_NAME_WORDS
        and quoted.rstrip()[-1:] not in ",.;:!?"
        and first not in _SPEAKERS
    )


def _owner_name(name: str) -> str:
    """The name before "'s" without a capitalised opening word ("After Raimondo" is Raimondo)."""
    tokens = name.split()
    while tokens and tokens[0].lower() in _OPENERS:
        tokens.pop(0)
    return " ".join(tokens)


def _proper(found: re.Match[str], sentence: words.Span) -> bool:
    """A name, not a capitalised sentence opening ("Parallèlement, un", "In March 2031, the")."""
    name = found.group("name")
    if name.split()[0].lower() in _OPENERS or any(part.isdigit() for part in name.split()):
        return False
    opens_sentence = found.start("name") <= sentence.start + 1
    # "G7 summit in Kananaskis": a code of letters and digits is a name even opening a sentence.
    return not opens_sentence or any(ch.isupper() or ch.isdigit() for ch in name[1:])


def _english_prefix(before: str) -> str:
    """Capitalised words right before a capitalised kind word ("AI Safety" in "AI Safety Summit"),
    a plural possessive among them ("G7 Leaders' Summit")."""
    # "AI for Good Global Summit": a short joining word may stand between two of them.
    found = re.search(
        # Not a clock time's minutes ("11:30 Talks began").
        r"((?:(?<![\w:.])[A-Z0-9][\w\-]*(?:['’]s?)?\s+(?:(?:for|of|on|and)\s+(?=[A-Z0-9]))?){1,4})$",
        before,
    )
    if not found:
        return ""
    tokens = found.group(1).split()
    # An article opens the name: what stands before it ("10:40 The G7 Leaders' Statement") is not.
    opening = [
        i for i, token in enumerate(tokens) if token in ("Le", "La", "Les", "The", "L", "Du", "De", "Des")
    ]
    tokens = tokens[opening[-1] + 1 :] if opening else tokens
    while tokens and re.fullmatch(CLOCK, tokens[0]):
        tokens.pop(0)  # "12h30 Conférence de presse": the time of a timed line
    # "Leaders to gather in Accra for Africa AI Summit": a place the gathering is in, then "for".
    joined = [i for i, token in enumerate(tokens) if token == "for"]
    place = " ".join(tokens[: joined[0]]) if joined else ""
    if place and (gazetteer.default().lookup(place) is not None or cities().lookup(place) is not None):
        tokens = tokens[joined[0] + 1 :]
    return " ".join(tokens)


def _kind_adjectives(found: re.Match[str] | None) -> bool:
    """Whether every word a modifier pattern found is an adjective of what, not of when."""
    words = found.group("words").split() if found is not None else []
    # "their first digital dialogue": an ordinal says which one, with an adjective of what it is;
    # "digital ministers'": a plural possessive says whose; "previous", when (not counted).
    described = [
        word
        for word in words
        if word not in ORDINALS and word not in _WHEN_ADJECTIVES and not word.endswith("'")
    ]
    # "the board meeting": a body's head word says whose sitting it is.
    return bool(described) and all(
        _KIND_ADJECTIVE.search(word) or word in organisation_heads() for word in described
    )


def _time_aside_length(text: str, end: int, limit: int) -> int:
    """ "the entry into force, on 1 April, of the agreement", "l'entrée en vigueur, le 1er avril, de
    l'accord": a time set off by commas between a milestone and what it is of; 0 when there is none."""
    comma = _COMMA.match(text, end, limit)
    within = time_phrase_length(text[comma.end() : limit]) if comma is not None else 0
    closing = _COMMA.match(text, comma.end() + within, limit) if within else None
    return closing.end() - end if closing is not None and _OF_SOMETHING.match(text, closing.end()) else 0


def _premodifiers(before: str, *, what_only: bool = False) -> str:
    """ "a virtual leaders' session", "an outreach session": the lower-case words between an
    English article and the kind word name which one it is. With ``what_only``, only when some of
    them say it by what it is ("the presidential election", "a high-level meeting"), not by when
    ("the next summit")."""
    before = words.DATELINE_DASH.split(before)[
        -1
    ]  # "WASHINGTON, Jan. 15 — A virtual session": the sentence opens after it
    article, opening = _PREMODIFIED.search(before), _OPENING_PREMODIFIED.match(before)
    owned = _OWNED_PREMODIFIED.search(before)
    if what_only and not any(
        _kind_adjectives(found) or _by_organiser(found) for found in (article, opening, owned)
    ):
        return ""
    found = article or opening or (owned if _kind_adjectives(owned) else None)
    if found is None:
        return ""
    if any(EVENT_WORD.fullmatch(word) for word in found.group("words").split()[:-1]):
        return ""  # "The vote followed approval": an event of its own and a verb, not which approval
    # "her own speech": hers; "a three-day extraordinary session": how long is not which
    kept = [word for word in found.group("words").split() if word != "own" and not _DURATION.search(word)]
    return " ".join(kept) + " " if kept else ""


def _by_organiser(found: re.Match[str] | None) -> bool:
    """ "the OECD AI policy conference", "the G7 digital ministers' meeting": words that open on a
    body's acronym say whose gathering it is, so which one."""
    first = found.group("words").split()[0] if found else ""
    return first.isupper() and len(first) > 1 and first not in words.GENERIC_CAPS


def _ordinal_before(before: str) -> str:
    """ "deuxième", "first", or a number written as an ordinal ("41e session", "the 78th session")."""
    found = re.search(r"\b([\w\-]+)\s+$", before)
    if found and (found.group(1).lower() in ORDINALS or _NUMBERED.fullmatch(found.group(1))):
        return found.group(1) + " "
    return ""


# A complement that is a pronoun alone names nothing: "a vote on it", "un vote sur celui-ci".
_PRONOUN_COMPLEMENT = re.compile(
    r"\s+(?:on|of|about|sur|de|à propos de)\s+(?:it|them|this|that|celui-ci|celle-ci|ceux-ci|celles-ci|cela|lui|eux)\s*",
    re.IGNORECASE,
)


def _complement(
    text: str,
    start: int,
    limit: int,
    *,
    named: bool,
    tagged: tuple[str, words.Span] | None = None,
    english: bool = False,
    after_a_gathering: bool = False,
) -> tuple[str, int]:
    """The words after a kind word that belong to the event's name, and where they end.

    With ``tagged`` (a French sentence), a lower-case word the rules let through is checked
    against the model's word classes: a conjugated verb or an adverb ends the name. After a
    gathering's kind word (``after_a_gathering``), another goes on ("a ministerial council meeting")."""
    kept_end = start
    after_preposition = False
    list_end = start
    topic_end = None  # where "consacré à", "destiné à" ends
    in_topic = False  # after "sur", "on": what the event is about
    before_and = None  # where the name ended before its topic went on through "et"/"and"
    previous = ""  # the word before
    for count, token in enumerate(_TOKEN.finditer(text, start, limit)):
        raw = token.group(0)
        bare = raw.rstrip("'").lower()
        listed = words.LIST_GOES_ON.match(text, token.start()) if raw == "," else None
        if listed is not None:  # "Seoul Declaration for safe, innovative and inclusive AI"
            list_end = listed.end()
        topic = _TOPIC.match(text, token.start())
        if topic is not None:  # "débat consacré à l'IA": what it is about goes on the name
            list_end = topic_end = topic.end()
            after_preposition = True
        plenary = _IN_PLENARY.match(text, token.start()) if count == 0 else None
        if plenary is not None:
            list_end = plenary.end()
        if (serves := _SERVES.match(text, token.start())) is not None:
            list_end, after_preposition = serves.end(), False
        if token.start() < list_end:
            kept_end = token.end()
            continue
        if english and raw == "s" and text[token.start() - 1 : token.start()] == "'":
            after_preposition = True  # "of the African Union's strategy": a possessive goes on
            continue
        if (not raw[0].isalnum() and raw != "&") or (
            raw[0].isdigit() and not _in_name(raw, text, token.end())
        ):
            break
        if bare in time_words() or (raw.islower() and _ADVERB.fullmatch(bare) and not after_preposition):
            break  # "Dîner mardi", "adopted officially": when and how, not what ("of the assembly" is)
        following = _NEXT_WORD.match(text, token.end()) if bare in _MONTH_PARTS else None
        if following is not None and following.group(1).lower() in time_words():
            break  # "un dernier vote fin août", "a vote in late May": when, not what
        if english and _IRREGULAR_PAST.fullmatch(raw):
            break  # "The Drone Forum drew over 2,000 delegates": what it did, not which it is
        if in_topic and bare in _TOPIC_JOINS and _topic_goes_on_after(text, token.start()):
            # "sur l'intelligence artificielle et le climat", "en matière d'IA": what it is about goes on
            previous, after_preposition, before_and = raw, True, kept_end
            continue
        if bare in _NAME_STOP and not (after_preposition and bare in _KEEP_AFTER_PREPOSITION):
            if not (previous[:1].isupper() and _and_in_a_name().match(text, token.start())):
                break
            continue  # "of the EU-India Trade and Technology Council": one body's name
        if bare == "devant" and not _NAME_AFTER.match(text, token.end()):
            break  # "discours devant le Sénat" names it; "devant les deux chambres" is where
        if _ASKED.fullmatch(bare):
            break  # "Quand la loi a-t-elle été adoptée ?": the question's verb, not the name's
        if not after_preposition and _DATES_FROM.match(text, token.start()):
            break  # "l'accord politique date de décembre", "the deal dates from May": when it was made
        if _LENGTH_AFTER.match(text, token.start()) or _DAYS_LATER.match(text, token.start()):
            break  # "une visite de trois jours", "un trilogue de quinze heures", "three days later"
        # "le Sommet réunit": a capitalised kind word takes a name only through "de", "sur"...
        # or an adjective that leads to one ("Forum africain du numérique").
        if (
            count == 0
            and named
            and bare not in _PREPOSITIONS
            and raw.islower()
            and raw.isalpha()
            and not (_ADJECTIVE.search(bare) and _name_goes_on(text, token.end(), limit))
        ):
            break
        if (
            raw[0].islower()
            and not after_preposition
            and bare not in _PREPOSITIONS
            and not (after_a_gathering and bare in KINDS)
            and _looks_like_verb(bare, first=count == 0)
            and not _BODY_AFTER_ING.match(text, token.start())  # "of a joint working group"
        ):
            break
        if (
            count >= 2
            and after_preposition
            and words.FRENCH_INFINITIVE.fullmatch(raw)
            and text[: token.start()].rstrip().endswith("pour")
        ):
            break  # "la Conférence de Shanghai pour dévoiler un plan": why, not which ("Sommet pour agir")
        if (
            english
            and count == 0
            and raw[0].islower()
            and bare not in _PREPOSITIONS
            and not (after_a_gathering and bare in KINDS)
        ):
            break  # "the summit opened on Tuesday": an English name goes on only through "on", "of"...
        if (
            english
            and raw[0].islower()
            and bare not in _PREPOSITIONS
            and words.OBJECT_NEXT.match(text, token.end())
        ):
            break  # "the summit follows the AI Action Summit": a verb and its object
        if (
            raw[0].islower()
            and bare not in _PREPOSITIONS
            and tagged
            and _ends_phrase(tagged, token.start(), token.end())
        ):
            break
        if raw[0].islower() and bare not in _PREPOSITIONS and _CODE.fullmatch(previous):
            break  # "le projet de loi C-27 réforme ...": a text's code ends its name but for a complement
        if count >= MAX_NAME_WORDS:
            kept_end = kept_end if before_and is None else before_and  # not half of a second topic
            break
        previous = raw
        in_topic = in_topic or bare in _ABOUT_WORDS
        was_preposition = after_preposition
        after_preposition = (
            bare in _PREPOSITIONS
            or raw.endswith("'")
            or (was_preposition and bare in _KEEP_AFTER_PREPOSITION)
            # "on a legally binding instrument": an adverb before the adjective it qualifies
            or (
                was_preposition
                and raw.islower()
                and _QUALIFYING_ADVERB.match(text, token.start()) is not None
            )
            # "destinée à promouvoir la recherche": an infinitive after the topic's "à" takes its object
            or (
                topic_end is not None
                and not text[topic_end : token.start()].strip()
                and words.FRENCH_INFINITIVE.fullmatch(raw) is not None
            )
        )
        if not after_preposition:
            kept_end = token.end()
    relative = _RELATIVE_TIME.search(text, start, kept_end)
    if relative is not None:  # "la fête de la Constitution l'an dernier": when, not what
        kept_end = relative.start()
    return text[start:kept_end], kept_end


# What an event is about goes on through "et"/"and" to another topic and through "en matière de";
# not to another event, a person, or a clause ("le sommet sur l'IA et le forum", "et les ministres ont").
_ABOUT_WORDS = frozenset({"sur", "on", "about"})
_TOPIC_AND = re.compile(
    r"(?:et|and)\s+(?P<article>(?:le|la|les|the)\s+|l['’]\s*)?(?P<word>[^\W\d_][\w'’-]*)"
    # "la recherche en IA", "l'innovation en santé": a field, not a time or a place ("en mai", "en Afrique")
    # ("en présence de", "en marge du", "en cours": a locution, not a field)
    r"|en\s+(?:matière\s+(?=d['’]|de\s)|(?!cours\b)(?-i:[a-zé][a-zé]+|[A-Z]{2,4})\b(?!['’]|\s+(?:de|d['’]|du|des)\b))",
    re.IGNORECASE,
)


_TOPIC_JOINS = frozenset({"et", "and", "en"})  # the words ``_TOPIC_AND`` opens on


def _topic_goes_on_after(text: str, at: int) -> bool:
    """Whether the "et"/"and"/"en" at ``at`` carries an event's topic on to more of it."""
    found = _TOPIC_AND.match(text, at)
    if found is None:
        return False
    if found["word"] is None:  # "en matière de", "en santé"
        field = found.group(0).split()[-1].lower()
        return field == "matière" or not (field in time_words() or field in _NAME_STOP)
    word = found["word"].lower()
    other = word in KINDS or word in words.ROLE_WORDS or is_milestone(word) or word in _NAME_STOP
    # "and the Independent Panel": another title; "and called for": a verb; "A debate on AI and Togo
    # signed": a country or a body is who acts next, no topic.
    title = found["article"] is not None and found["word"][:1].isupper()
    verb = _looks_like_verb(word, first=False)
    return not (other or title or verb or gazetteer.default().lookup(found["word"]) is not None)


@cache
def _and_in_a_name() -> re.Pattern[str]:
    """ "and Technology Council": a conjunction within a body's name, which goes on to its head word."""
    heads = "|".join(sorted((w.capitalize() for w in organisation_heads()), key=len, reverse=True))
    return re.compile(rf"(?:and|&)\s+(?:[A-Z][\w-]*\s+){{1,2}}(?:{heads})\b")


def title_after(text: str, end: int, tagged: tuple[str, words.Span] | None = None) -> str:
    """The words that name a text or a body after its capitalised head word ("du Conseil de
    l'Europe sur l'IA" after "Convention-cadre"), read as an event's name is; ``tagged``, the
    French sentence they are in."""
    limit = min(len(text), end + 400)
    return _complement(text, end, limit, named=True, tagged=tagged)[0]


# A French verb asking with its pronoun after it: "a-t-elle", "entre-t-il", "peut-on".
_ASKED = re.compile(r"[^\W\d_]+-(?:t-)?(?:il|elle|ils|elles|on)")
# A text's code of letters and digits ("C-27", "SB1047", "PL2338/2023").
_CODE = re.compile(r"[A-Z]{1,4}-?\d+[\w/-]*")
# What joins an ordinal day to the next in a range: "du 1er au 31 août", "the 1st and 2nd of May".
_RANGE_JOINS = frozenset({"au", "et", "to", "and"})


def _in_name(number: str, text: str, end: int) -> bool:
    """A number that is part of a name: a holiday ("14-Juillet"), a text's number after a capitalised
    word ("Executive Order 14110"), an ordinal before a noun ("sommet du 75e anniversaire"), or the
    year of a text written before its title ("the 2021 Recommendation on the Ethics of AI")."""
    if _DAY_NAME.fullmatch(number):
        return True
    before = text[max(0, end - len(number) - 40) : end - len(number)]
    if number.isdigit() and not _YEAR.fullmatch(number) and re.search(r"\b[A-Z][\w\-]*\s$", before):
        return True  # "Executive Order 14110", "Résolution 2728": a number that names the text
    if _YEAR.fullmatch(number) and re.search(r"\d\s+(?:of|de)\s$", before):
        return True  # "Law No. 132 of 2025": the year of a numbered text
    following = _TOKEN.match(text, end + 1) if text[end : end + 1] == " " else None
    if following is None:
        return False
    word = following.group(0)
    if _NUMBERED.fullmatch(number) and word.isalpha():
        # "du 75e anniversaire", "of the 15th National Assembly", not "du 1er juillet" nor "du 1er au 31"
        return word.lower() not in time_words() and word.lower() not in _RANGE_JOINS
    return bool(_YEAR.fullmatch(number)) and word[0].isupper()


def _ends_phrase(tagged: tuple[str, words.Span], position: int, end: int) -> bool:
    """A conjugated verb, an adverb or a verb's participle ends a name: "l'accord commercial conclu
    en mai" names the accord, not its conclusion. A participle a known name ends with is the name's
    ("l'Assemblée générale des Nations unies")."""
    text, sentence = tagged
    phrase = text[sentence.start : sentence.end]
    at = position - sentence.start
    if at in nlp.finite_or_adverb(phrase):
        return True
    if at not in nlp.participles(phrase):
        return False
    before = text[max(0, position - 60) : position].split()[-3:]
    return not any(
        word[:1].isupper() and gazetteer.default().lookup(" ".join([*before[index:], text[position:end]]))
        for index, word in enumerate(before)
    )


def _name_goes_on(text: str, position: int, limit: int) -> bool:
    """Whether a name goes on after an adjective, or a second one ("Conférence ministérielle
    africaine sur l'IA"): through a preposition ("Forum africain du numérique") or a capitalised
    name ("Sommet mondial AI for Good")."""
    for _ in range(2):
        following = _TOKEN.search(text, position, limit)
        if following is None:
            return False
        word = following.group(0)
        if word.rstrip("'").lower() in _PREPOSITIONS or (word[:1].isupper() and word[:1].isalpha()):
            return True
        if not (word.isalpha() and word.islower() and _ADJECTIVE.search(word)):
            return False
        position = following.end()
    return False


def _looks_like_verb(word: str, *, first: bool) -> bool:
    """Participles and conjugated verbs end a name: "réunissant", "organisé", "publiée".

    Right after the kind word a participle is an adjective ("rencontre alternée").
    """
    if len(word) <= 4 or re.search(r"-[^\W\d_]+ing$", word):
        return False  # "an African data-sharing treaty": an adjective made of a noun and a verb
    if re.search(
        r"(?:ant|ants|era|eront|[aeiu]ront|[^aeiou]ira|[^aeioué]ra|[^aeioué]ront|ait|aient|ing)$", word
    ):
        return True
    return not first and re.search(r"(?:é|ée|ées|és|ed)$", word) is not None


# The verb that tells when something was made: "date de", "remonte à", "dates from", "dates back to".
_DATES_FROM = re.compile(
    r"(?:date|datent|datait|remonte|remontent|remontait)\s+(?:de|du|des|d['’]|à|au|aux)(?![\w'’])"
    r"|dat(?:es?|ed)\s+(?:from|back)\b",
    re.IGNORECASE,
)


def _only_dates(complement: str) -> bool:
    return re.fullmatch(r"\s*(?:des|du|de|of)?\s*", complement) is not None


def name_by_place(text: str, mention: Mention, places: list[tuple[int, int, str]]) -> None:
    """A bare "dîner", "forum", trip, speech or talks are named by the place written right after them
    ("Dîner à l'Élysée", "Déplacement en Inde", "Speech in London", "Talks held in Lomé" as "Talks in
    Lomé")."""
    if mention.name.lower() not in KINDS and not (
        mention.kind in _NAMED_BY_PLACE and is_milestone(mention.name)
    ):
        return
    # "Le prochain sommet aura lieu à Kigali": the next one is no other's, and where it is held names it.
    following = NEXT_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
    previous = _PREVIOUS_BEFORE.search(text, max(0, mention.start - 12), mention.start) is not None
    if (
        mention.kind in _TOLD_BY_ITS_PLACE
        and not (following or previous)
        and DETERMINER_BEFORE.search(text, max(0, mention.start - 12), mention.start)
    ):
        return  # "opened the summit at the Convention Centre": the summit told before, held there
    for start, end, _kind in places:
        between = text[mention.end : start]
        first = between.split(maxsplit=1)[:1]
        if first and first[0].lower() in time_words():  # "dîner mardi à Cassis"
            between = between[between.index(first[0]) + len(first[0]) :]
        join = (
            _PLACE_JOIN.fullmatch(between)
            or (_TO_BE_HELD_IN.fullmatch(between) if following else None)
            or (_WAS_HELD_IN.fullmatch(between) if previous else None)
            or (_VISIT_TO.fullmatch(between) if mention.kind in VISITS else None)
        )
        if join:
            joint = " ".join(join.group("join").split())
            joint += "" if joint.endswith("'") else " "
            mention.name = capitalise(f"{mention.name} {joint}{text[start:end]}")
            mention.end = end
            return


def name_by_owner(
    text: str,
    mentions: list[Mention],
    sentence: words.Span,
    language: str | None,
    told_before: tuple[str, Sequence[Mention]] = ("", ()),
) -> None:
    """ "Le Dialogue mondial ... tiendra sa première session à Genève": a part told with a possessive
    is a part of the gathering its sentence named before it, and is named after it ("Première
    session du Dialogue mondial"); in a sentence opening on a pronoun or on the possessive ("Il
    tiendra sa première session", "Its first session will be held"), of the one the sentence before
    named last. One a body opening the sentence holds, with a possessive or not, is named after the
    body ("Première réunion du Conseil des drones", "Séance plénière du Conseil des drones")."""
    told_then = (
        [(told_before[0], m) for m in told_before[1]] if _PRONOUN_OPENS.match(text, sentence.start) else []
    )
    for mention in mentions:
        last = mention.name.lower().split()[-1]
        if mention.named or mention.parent_hint is not None or not (last in KINDS or is_milestone(last)):
            continue
        counted = mention.kind == "meeting" and mention.name.split()[0].lower() in ORDINALS
        owned = OWNED.search(text, max(sentence.start, mention.start - 20), mention.start) or (
            # "se réunira pour une première session", "will convene for a first session"
            counted and _ORDINAL_AFTER_A.search(text, max(sentence.start, mention.start - 20), mention.start)
        )
        earlier = [(text, m) for m in mentions if sentence.start <= m.start and m.end <= mention.start]
        earlier = [*told_then, *earlier] if counted else earlier
        # Not a gathering named by the same word: "the Accra ministerial meeting ... Its first meeting" is
        # the first meeting of something else (a body named there, or nothing told).
        owner_text, owner = next(
            (
                (told, m)
                for told, m in reversed(earlier)
                if m.named and m.kind in _GATHERINGS and last not in m.name.lower().split()
            ),
            (text, None),
        )
        if not owned or owner is None:
            # "NAIROBI, Sept 3 (Wire) - The Network will hold its first meeting": after the dateline
            dateline = (
                words.dateline_opening(text, sentence.end) if not text[: sentence.start].strip() else None
            )
            body = _BODY_HOLDS.match(text, dateline.end() if dateline else sentence.start, mention.start)
            if body is not None and body.group("name")[:1].isupper():  # "Le Conseil des drones a tenu sa..."
                mention.name = of_phrase(
                    mention.name, language, body.group("det").lower(), body.group("name")
                )
            continue
        article = _ARTICLE_BEFORE.search(owner_text, max(0, owner.start - 5), owner.start)
        said = article.group(0).strip().lower() if article else ""
        mention.name = of_phrase(mention.name, language, said, owner.name)
        mention.parent_hint = owner


# A gathering told with a possessive after "lors de" or "at": "rendra son avis lors de sa réunion
# plénière", "will adopt its opinion at its plenary meeting".
_AT_ITS = re.compile(
    r"\b(?:lors\s+d[eu]|au\s+cours\s+d[eu]|pendant|durant|à|at|during)\s+(?:sa|son|leur|its|their)\s+(?:\w+\s+)?$",
    re.IGNORECASE,
)
_OF_A_BODY = re.compile(r"(?:\s+[a-zà-ÿ]+){0,2}\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|of\s+the\s+)")
_ACRONYM_AFTER = re.compile(r"\s*\([^()]*\)?$")
_OPENING_DETERMINER = re.compile(r"\s*(?P<det>le|la|les|l'|the)\s*", re.IGNORECASE)


def name_by_subject(
    text: str,
    mentions: list[Mention],
    sentence: words.Span,
    bodies: list[tuple[int, int]],
    language: str | None,
) -> None:
    """ "Le Comité européen de la protection des données rendra son avis lors de sa réunion plénière":
    a gathering told with a possessive after "lors de" or "at" is held by the body the sentence opens
    on, and is named after it ("Réunion plénière du Comité européen de la protection des données")."""
    opening = _OPENING_DETERMINER.match(text, sentence.start)
    body = next((span for span in bodies if opening is not None and span[0] == opening.end()), None)
    if body is None:
        return
    # "Le Conseil exécutif de l'Union africaine": a body of the body named right after it
    joined = _OF_A_BODY.match(text, body[1])
    whose = next((span for span in bodies if joined is not None and span[0] == joined.end()), None)
    end = whose[1] if whose is not None else body[1]
    name = _ACRONYM_AFTER.sub("", text[body[0] : end])  # "Union africaine (UA)": its name alone
    for mention in mentions:
        if (
            mention.named
            or mention.parent_hint is not None
            or mention.kind not in _GATHERINGS
            or mention.start < end
        ):
            continue
        if _AT_ITS.search(text, max(end, mention.start - 30), mention.start) is not None:
            mention.name = of_phrase(mention.name, language, opening.group("det").lower(), name)


def merge_appositions(text: str, mentions: list[Mention]) -> list[Mention]:
    """ "the AI Safety Summit, le premier Sommet sur...", "X (Y)" name one event twice."""
    out: list[Mention] = []
    for mention in mentions:
        if out and _APPOSITION.match(_strip_ordinals(text[out[-1].end : mention.start])):
            first = out[-1]
            if first.name.lower() in KINDS:  # "the summit (the "Drone Summit")": the title names it
                first.name = mention.name
            else:
                first.aliases.append(mention.name)
            first.end = max(first.end, mention.end)
            continue
        out.append(mention)
    return out


# "at LumoCon, its annual developer conference", "Web Summit, Europe's largest tech conference": a
# name, then the kind it is, set off after it.
_NAME_THEN_APPOSED = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-ÖØ-Þ][\w’'-]*)(?:\s+(?-i:[A-ZÀ-ÖØ-Þ0-9][\w’'-]*)){0,4}),\s+"
    r"(?:its|their|his|her|our|son|sa|leur|notre|(?-i:[A-Z][\w-]*)['’]s)\s+(?:[\w-]+\s+){0,3}$"
)


def named_by_apposition(text: str, mentions: list[Mention]) -> None:
    """A bare kind word set off after a name is that name's kind: the name names the event."""
    for mention in mentions:
        if not _common(mention.name):
            continue
        found = _NAME_THEN_APPOSED.search(text, max(0, mention.start - _APPOSED_REACH), mention.start)
        if found is not None:
            mention.aliases.append(mention.name)
            mention.name, mention.named = found["name"], True


_APPOSED_REACH = 100  # characters between the name and its kind word


def _common(name: str) -> bool:
    """A kind word, with common words only ("Conference", "Salon annuel"): no name of its own."""
    first, *others = name.split()
    return first.lower() in KINDS and all(word.islower() for word in others)


def _strip_ordinals(between: str) -> str:
    return re.sub(r"\b(?:" + "|".join(ORDINALS) + r")\b", "", between, flags=re.IGNORECASE)
