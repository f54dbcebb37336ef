"""Events made by verbs: "l'OCDE a adopté la recommandation" is the adoption of that recommendation.

The verbs, the nouns they make and whether the event is named after the verb's object or its
subject ("la loi entrera en vigueur") are data (``verbs`` in data/event_words.json); regular
forms are made from the infinitive, irregular ones are listed there.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from sommet.dates import (
    AGENDA_DASH,
    FUTURE_ENDINGS,
    NUMBERS,
    REQUESTED,
    REQUESTS,
    THEN,
    time_phrases,
    time_words,
)
from sommet.ingest import demonyms, gazetteer, nlp
from sommet.ingest.events_words import (
    EVENT_WORD,
    GATHERING_KINDS,
    KIND_WORD,
    KINDS,
    OFFICES,
    OPENS,
    checked_kind,
    is_milestone,
    kind_of,
    word_files,
)
from sommet.ingest.institutions import organisation_heads
from sommet.ingest.lexicon import gazettes, instrument_heads, venue_words
from sommet.ingest.mentions import HELD, MAX_NAME_WORDS, TRIPS, capitalise
from sommet.ingest.people import is_person_name
from sommet.ingest.places import known_place
from sommet.ingest.text import (
    ARTICLE_NAMED_AGAIN,
    DATELINE_DASH,
    DAYS,
    FRENCH_INFINITIVE,
    FRENCH_OBJECT_NEXT,
    FULL_NAME,
    KNOWN_AS,
    LIST_GOES_ON,
    NEGATION,
    OBJECT_NEXT,
    ROLE_WORDS,
    SAME_DAY,
    TITLE,
    Span,
    dateline_opening,
    inside,
    known_as_article,
    quoted,
)

_MAX_WORDS = 12
# How an English object was made and who made it, after its own words ("a draft drawn up by
# experts"); not how a text was passed ("by consensus"). A French one's ("une résolution présentée
# par la Chine sur ...") is an aside ``trim_phrase`` drops, its topic after it kept.
_MADE_BY = re.compile(
    r"\s+(?:[^\W\d_]{2,}ed|drawn\s+up|set\s+up|made|written|given|taken)"
    r"\s+by\s+(?!\d|consensus|acclamation|vote)",
    re.IGNORECASE,
)
# An English plural noun alone ("guidelines"), not a pronoun ("them").
_BARE_PLURAL = re.compile(r"(?!(?:them|these|those|others|its|this|us)$)[a-z]{3,}s")
# Gatherings that are held, never bodies that meet: "le sommet s'est réuni" is the summit itself.
_ONE_OFF = frozenset({"summit"})
# Gatherings whose closing is their last day, not a milestone of its own.
_ONE_OFF_CLOSED = frozenset({"summit", "conference", "forum", "meeting", "state visit", "visit", "week"})
# The nouns of a term of office a body is chaired for ("présidence", "presidency").
_TERMS = frozenset({"presidency", "présidence"})
# The nouns of a launch that opens a gathering rather than bringing it about ("inauguré le 3 mai").
_OPENS_IT = frozenset({"inauguration"})
# What cannot begin an object: a clause, a pronoun ("celle d'octobre"), a preposition ("met in Nairobi")
# or an infinitive.
_CLAUSE = re.compile(
    r"(?:qu'|que\b|si\b|that\b|whether\b|it\b|il\b|elle\b|in\b|at\b|for\b|on\b|to\b|from\b|such\b|tel\b|telle\b|"
    r"à\b|au\b|aux\b|en\b|dans\b|pour\b|sur\b|lors\b|par\b|avec\b|by\b|with\b|within\b|under\b|across\b|"
    r"among\b|alongside\b|le\s+\d|on\s+\d|d(?:e\s+|')\w+(?:er|ir|re)\b|celle\b|celles\b|celui\b|ceux\b|"
    r"that of\b|those of\b|and\b|et\b|or\b|ou\b|but\b|mais\b)",
    re.IGNORECASE,
)
_ADVERBS = r"(?:[^\W\d_]+ment|[^\W\d_]+ly|d'abord|ensuite|aussi|also|first|then|again|auparavant|beforehand|déjà|already)"
# A day may stand there too: "a mis son veto dimanche à la loi", "échangera lundi avec" (``DAYS``).
# And where: "s'est entretenue mercredi à New Delhi avec", "met in Geneva with".
_PLACE_ROOM = r"\s+(?:à|in)\s+(?-i:[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2})"
# And how: "s'est entretenu par téléphone avec", "spoke by phone today with", "se prononceront en
# séance plénière sur", "will vote in plenary on".
_MEANS = (
    r"(?:par|by|over\s+the|on\s+the)\s+(?:téléphone|visioconférence|vidéoconférence|telephone|phone|"
    r"video\s*link|videoconference)|en\s+séance\s+(?:plénière|publique)|in\s+plenary(?:\s+session)?"
)
# "se rendra la semaine prochaine à Lyon", "met last week with".
_WEEK = (
    r"(?:la\s+semaine|le\s+mois)\s+(?:prochaine?|dernière?|passée?)|cette\s+semaine"
    r"|(?:next|last|this)\s+(?:week|month)"
)
# "s'est entretenu ce jour par téléphone avec", "spoke by phone on Tuesday with", "se prononceront le
# 20 mars 2031 en séance plénière sur": a day and a means may stand there together.
_ROOM_WORD = (
    rf"(?:{_ADVERBS}|(?:on\s+)?{DAYS}|ce\s+jour|{_WEEK}|(?:le|on)\s+\d{{1,2}}(?:er)?\s+[^\W\d_]+(?:\s+\d{{4}})?|"
    rf"{_MEANS})"
)
_ADVERB_ROOM = rf"(?:\s+{_ROOM_WORD}){{0,2}}(?:{_PLACE_ROOM})?\s+"
_ROOM_AT_END = re.compile(rf"\s+{_ROOM_WORD}$", re.IGNORECASE)
_PLACE_IN_FORM = re.compile(r"\s+(?:à|in)\s+.*\s+(?=\S+$)")
# "examineront ensuite un projet", "adopted also a charter": an adverb before the object.
_LEADING_ADVERB = re.compile(rf"\s+(?-i:{_ADVERBS})(?=[\s,])")
# "ont renouvelé vendredi pour cinq ans leur accord": how long it holds, between the verb and its object.
_LEADING_DURATION = re.compile(
    r"\s+(?:pour|for)\s+(?:une\s+durée\s+de\s+|a\s+further\s+|another\s+)?[\w-]+\s+"
    r"(?:ans?|années?|mois|semaines?|years?|months?|weeks?)(?=[\s,])",
    re.IGNORECASE,
)
# "The Directive, first proposed ...", ", originally adopted ...": an adverb between the comma and its participle.
_ADVERB_SET_OFF = re.compile(r",\s*(?:first|already|also|[a-z]+ly)\s+$")
_ADVERB_ONLY = re.compile(rf"^\s*{_ADVERBS}\s*$", re.IGNORECASE)
_REPORTING = re.compile(
    r"\b(?:said|says|told|announced|confirmed|reported|stated|decided|agreed|recalled|noted|"
    r"a (?:annoncé|déclaré|indiqué|confirmé|affirmé|décidé|rappelé)|"
    r"ont (?:annoncé|déclaré|indiqué|confirmé|affirmé|décidé|convenu|rappelé)|annonce|indique|affirme|précise)\b",
    re.IGNORECASE,
)
# "en deuxième lecture", "at second reading": the step of a law's passage a vote was.
_STAGE_WORDS = (
    r"(?:en|in|at)\s+(?:première|deuxième|seconde|troisième|dernière|nouvelle|first|second|third|final)"
    r"\s+(?:lecture|reading)"
)
_READING = re.compile(rf"\b(?P<stage>{_STAGE_WORDS})\b", re.IGNORECASE)
# "a adopté en première lecture le 15 mars le projet": the step, skipped before the object.
_LEADING_READING = re.compile(rf"\s+{_STAGE_WORDS}(?=[\s,])", re.IGNORECASE)
_READING_WITHIN = 60  # characters after the verb
_STAGE = re.compile(r"\b(?:reading|lecture|stage|étape)s?$", re.IGNORECASE)
_FIRST = r"(?P<first>une\s+première\s+fois|pour\s+la\s+première\s+fois|for\s+the\s+first\s+time)"
_STEP_BEFORE = re.compile(
    rf"\b(?:{_FIRST}|(?P<first_word>first)|définitivement|finally|definitively)\s+(?:été\s+|been\s+)?$",
    re.IGNORECASE,
)
_STEP_AFTER = re.compile(rf"\s+(?:{_FIRST}|définitivement|finally)\b", re.IGNORECASE)
_STEP_WITHIN = 25  # characters around the verb
# French nouns these endings make feminine ("déclaration", "réunion", "charte", "stratégie", "loi").
_FEMININE_ENDINGS = ("ion", "té", "ie", "ance", "ence", "ure", "ée", "ise", "ette", "arte", "oi")
_COMPLEMENT_START = re.compile(r"\s+(?:of|on|for|to|in|de|du|des|sur|pour)\b", re.IGNORECASE)
_REFLEXIVE = re.compile(r"(?:\bse\s+|\bs')$", re.IGNORECASE)
# "se sont conclues", "s'est retiré", "se sont rencontrés": a pronominal perfect or future perfect;
# what the verb says is of its subject, which is no object the verb was done to.
_PRONOMINAL = re.compile(
    r"(?:\bse\s+|\bs')(?:est|sont|était|étaient|sera|seront|serait|seraient)\s+$", re.IGNORECASE
)
# "the minister said the institute...": what was said, after a dangling participle.
_SAID = re.compile(
    r"\b(?:said|says|told|stated|a (?:déclaré|indiqué|affirmé)|ont (?:déclaré|indiqué|affirmé))\b"
)
_INTENDED = re.compile(
    r"\b(?:promised|promises|pledged|pledges|vowed|vows|threatened|threatens|wants|wanted|hopes|hoped|"
    r"a promis|ont promis|promet|s'est engagée? à|menace|veut|souhaite|espère)\s+(?:to|de|d'|à)?\s*"
    r"(?:(?:y|en)\s+)?(?:faire\s+)?$",  # "Ottawa souhaite y faire adopter une déclaration"
    re.IGNORECASE,
)
# "ask governments to agree a ban", "appellent les États à adopter": asked for, not done.
_REQUESTED = re.compile(
    # (and what comes next: "à signer puis à ratifier", "to sign and ratify")
    rf"\b(?:{REQUESTS['en']}|{REQUESTED['en']})\s+(?:[\w'’-]+\s+){{1,4}}?to\s+"
    r"(?:[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:and|or|then)\s+(?:to\s+)?)?$"
    rf"|\b(?:{REQUESTS['fr']}|{REQUESTED['fr']})\s+(?:[\w'’-]+\s+){{1,4}}?à\s+"
    r"(?:[\w'’-]+\s+(?:[\w'’-]+\s+)?(?:et|ou|puis)\s+(?:à\s+)?)?$",
    re.IGNORECASE,
)
# "a bill requiring developers to publish frameworks", "obligeant les plateformes à publier": an
# obligation, not an act.
_OBLIGED = re.compile(
    r"\b(?:requir(?:e|es|ed|ing)|oblig(?:e|es|ed|ing)|forc(?:e|es|ed|ing)|compel(?:s|led|ling)?)\s+"
    r"(?:[\w'’-]+\s+){1,8}?to\s+$"
    r"|\b(?:oblig\w*|contraign\w*|contraint\w*)\s+(?:[\w'’-]+\s+){1,8}?(?:à|de|d['’])\s*$",
    re.IGNORECASE,
)
# "once both parliaments ratify it", "une fois ratifié", "si le Sénat l'adopte": a condition, not an event.
_CONDITION = re.compile(
    r"\b(?:once|if|unless|une fois|si|s'il|s'ils|à moins que)\b[^,;:.()]*$", re.IGNORECASE
)
# "To ask the Secretary of State what progress has been made in establishing ...", "elle a demandé
# si le traité serait signé": what is asked, not told.
_ASKED = re.compile(
    r"\b(?:ask|asks|asked|asking|wonders?|wondered|demande|demandé|demandent|s['’]interroge\w*)\b"
    r"[^.;:]*\b(?:what|whether|how|why|when|si|comment|pourquoi|quand)\b[^.;:]*$",
    re.IGNORECASE,
)
# "aurait promulgué la loi", "would have repealed": what did not happen, or only might have.
# A verb proposed rather than done; the proposal's name, in the verb's language.
_PROPOSED = re.compile(
    r"\s(?:a|ont|avait|avaient)\s+proposé\s+d(?:e\s+|')$|\s(?:propose|proposent)\s+d(?:e\s+|')$"
    # "proposed on 19 November to delay": a time may stand between the proposal and what it proposes
    r"|\s(?:proposed|proposes|propose)(?:\s+(?:on|in|last|this)\s+[\w ]{1,20}?|\s+\w+day)?\s+to\s+$",
    re.IGNORECASE,
)
_PROPOSAL = {"fr": "Proposition de ", "en": "Proposed "}
_PROPOSAL_NOUNS = frozenset({"proposition", "proposal"})
_UNREAL = re.compile(
    r"\b(?:aurait|auraient|would\s+have|could|might)\s+(?:(?:have|été|be|been|\w+ment|aussi|also)\s+)*$",
    re.IGNORECASE,
)
# A short aside between a verb (and its date) and its object: ", par consensus,", ", elle aussi sans vote,".
# "à Paris", "in Geneva": where, between a verb and its object.
_PLACE_WORD = r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|des|du|of)\s+(?:la\s+|the\s+|l['’])?)?[A-ZÀ-Ý][\w'’-]*)*"
# "à l'Élysée", "à la Maison-Blanche", "at the White House": a place named, with its article or not.
_LEADING_PLACE = re.compile(
    rf"\s+(?:à|au|in|at)\s+(?P<article>(?:la|le|les|the)\s+|l['’])?{_PLACE_WORD}(?=[\s,.;:]|$)"
)  # "at the Cape Town International Convention Centre.": the whole name, at the sentence's end too
# "le 3 mai 2031", "on Tuesday 3 May"; after a weekday, with no article ("mardi 8 avril").
_LEADING_DAY = re.compile(
    rf"\s+(?:(?:le|on)\s+)?(?:{DAYS}\s+)?\d{{1,2}}(?:er)?\s+(?P<month>[^\W\d_]+)(?:\s+\d{{4}})?(?=[\s,.;:]|$)",
    re.I,
)
_OF_MORE = re.compile(r"\s+(?:de|du|des|d['’]|of)\b")
_PLACE_APPOSITION = re.compile(r",\s*(?:la|le|les|l['’]|the|an?|une?)\s*[^,;:.()]{1,80},")
# After an aside, another one that says where or in what setting ("dans le cadre de la conférence X,").
_SETTING_ASIDE = re.compile(r"\s*(?:dans|lors|à|au|aux|en|pendant|durant|at|in|during|on)\b[^,;:.]{0,60},\s*")
_ASIDES = 3
_QUOTE_AT_END = re.compile(r"[«“\"]\s*[^«»“”\"]{2,80}?\s*[»”\"]\s*$")
_QUOTED_LEAD_WORDS = 6  # how many words before a quoted title its noun phrase may begin
_NOT_IN_PHRASE = frozenset({"que", "qu'", "qui", "a", "est", "ont", "sont", "that", "which", "is", "was"})
_OPENING_QUOTE = re.compile(r"\s*[«“\"]\s*([^«»“”\"]+?)\s*[»”\"]")
# How a vote went, between its verb and its object: ", par 120 voix pour, 5 contre et 40 abstentions,",
# "by 120 votes to 5, with 40 abstentions,".
_VOTE_COUNT = re.compile(
    r"\s*,?\s*(?:par|by)\s+\d[\d\s.,]*\s+(?:voix|votes?)\b[^;:.()]{0,60}?,"
    r"(?=\s*(?:une?|la|le|les|l['’]|des|a|an|the|its|sa|son|ses)\b)",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"[^,;:.]{0,25},(?:\s*[^\W\d_][\w'’-]*){1,5}\s*,\s*")
# "a signé hier avec Emmanuel Morel trois accords", "signed with his counterpart Ama Owusu a deal":
# whom it was done with, named, before what was done.
_PARTNER_ASIDE = re.compile(
    # "avec la présidente de la région Occitanie", "with the EU": who, a noun phrase or a name.
    r"\s*(?:avec|with)\s+(?:(?:la|le|les|the|ses|son|sa|leur|leurs|his|her|its|their)\s+|l['’])?"
    r"(?:(?:[a-zà-ÿ'’-]+\s+(?:(?:de|du|des|of)\s+(?:la\s+|l['’]|the\s+)?)?){1,3}?(?:[A-ZÀ-Ý][\w'’.-]*\s+){0,4}"
    r"|(?:[A-ZÀ-Ý][\w'’.-]*\s+){1,4})"
    r"(?=(?:les?|la|l['’]|une?|des|deux|trois|quatre|cinq|plusieurs|a|an|the|two|three|four|several)\b)"
)
_AGENT_PARTICIPLE = re.compile(
    r"\s+\w{3,}(?:é|ée|ées|és|ed)\s+(?:par|by)\s+(?:(?:la|le|les|the)\s+|l['’])?[A-ZÀ-Ý][\w'’-]*(?=\s|$)"
)
_COORDINATED = re.compile(
    r"\s(?:and|et)\s+(?:was|were|has been|have been|will be|a été|ont été|sera|seront)\s+$", re.IGNORECASE
)
# "A draft was circulated in January and approved by ballot in April": the auxiliary of the
# participle before is this one's too, in the same clause.
_SHARED_PASSIVE = re.compile(
    r"\b(?:was|were|is|are|has\s+been|have\s+been|will\s+be)\s+(?:[a-z]+ly\s+)?(?-i:[a-z]+(?:ed|en|wn))\b"
    r"[^.;,]*\sand\s+(?:[a-z]+ly\s+)?$",
    re.IGNORECASE,
)
# A parliament's chamber named by its common name, which tells which one it is.
_CHAMBER = re.compile(r"(?:lower|upper)\s+(?:house|chamber)|chambre\s+(?:basse|haute)", re.IGNORECASE)
# The same step again in another sitting of a chamber: ", puis en séance publique", ", then in plenary".
_THEN_SITTING = re.compile(
    rf",?\s+{THEN}\s+(?P<sitting>(?:en|in)\s+(?:séance\s+(?:publique|plénière)|"
    r"(?:a\s+|the\s+)?plenary(?:\s+session)?|commission|committee|(?:deuxième|seconde|second)\s+(?:lecture|reading)))\b",
    re.IGNORECASE,
)
# A trip's further leg: ", puis à Lomé", ", then to Lomé", "et enfin au Togo".
_NEXT_LEG = re.compile(
    rf",?\s+(?:{THEN}|et\s+enfin|and\s+finally)\s+(?P<prep>à|au|aux|en|to)\s+(?=[A-ZÀ-Ý])",
    re.IGNORECASE,
)
# A place's name: capitalised words, "de" or "of" inside ("Addis Ababa", "Rio de Janeiro").
_PLACE_NAME = re.compile(
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:[A-ZÀ-Ý][\w'’-]*|de|du|des|of))*(?<!\sde)(?<!\sdu)(?<!\sdes)(?<!\sof)"
)
# "a dialogue to be convened": a passive infinitive after the noun it is done to, unless the word
# before it raises the sentence's subject ("was expected to be signed").
_TO_BE = re.compile(r"(?P<word>[\w-]+)(?P<to>\s+to\s+be\s+)$", re.IGNORECASE)
_RAISING = frozenset("expected due set scheduled likely planned going about said thought ready yet".split())
# "opens on 22 May and": an opening told before the verb, coordinated with it.
_OPENED_AND = re.compile(
    rf"\s(?:{OPENS})\b[^;]*?\s(?:and|et)\s+(?:(?:is|are)\s+(?:due|expected|set)\s+to\s+|(?:doit|doivent|devrait|devraient)\s+)?$",
    re.IGNORECASE,
)
# What a trip is for, after where it goes: "for the second day", "pour la deuxième journée".
_FOR_WHAT = re.compile(r"\s+(?:for|pour)\s+(?=[a-zà-ÿ])")
_AND_BEFORE = re.compile(r"\s(?:and|et)\s+$", re.IGNORECASE)
_RELATIVE_WORD = re.compile(r"\b(?:qui|que|qu'|dont|où|which|who|that)\b", re.IGNORECASE)
_THEN = re.compile(r",?\s+(?:puis|then)\s+$", re.IGNORECASE)
_OPENING_NOUN = re.compile(r"\s*(?<![\w'’])(?P<det>the|le|la|les|l')\s*(?P<np>[a-zà-ÿ]+)\s", re.IGNORECASE)
# A person's or a body's name of two capitalised words or more opening a clause: "Elena Petrova".
_OPENING_FULL_NAME = re.compile(r"\s*(?P<np>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’-]*)+)")
_KNOWN_AS = re.compile(
    KNOWN_AS + r"(?P<name>[A-ZÀ-Ý0-9][^,;:«»\"“”]{1,60}?)\s*[»\"”]?\s*,\s*$", re.IGNORECASE
)
_IT = frozenset({"it", "il", "elle"})
_DONE_TO_TEXTS = frozenset({"adoption", "signing", "publication"})
# "Il avait été présenté en Conseil des ministres", "It was tabled in May": a bill's first step.
_TABLED = frozenset({"présentation", "dépôt", "introduction", "presentation"})
_IT_AFTER = re.compile(r"\s+it\b(?!['’])")
_COMPLEMENT = re.compile(r"\b(?:de|of)\s*$", re.IGNORECASE)
_ABOUT = re.compile(r"\b(?:sur|on|about|pour|for)\s*$", re.IGNORECASE)
# "l'a adopté", "l'ont signée", in the future "l'examinera", and after a modal "doit encore l'adopter":
# the text named before ("l'annonce" is a noun as often as a verb, so no present tense).
_CLITIC = re.compile(
    r"(?:\b(?P<modal>doit|doivent|devra|devront|devrait|devraient|va|vont|pourra|pourront|pourrait|pourraient"
    r"|peut|peuvent)\s+(?:\w+\s+)?)?"
    r"\bl['’](?P<auxiliary>(?:a|ont|avait|avaient|aura|auront|a\s+été)\s+(?:\w+ment\s+)?)?$",
    re.IGNORECASE,
)
# "le premier pays à le ratifier": "le" before an infinitive stands for the text named before.
_CLITIC_TO = re.compile(r"\bà\s+(?:le|la)\s+$", re.IGNORECASE)
_FUTURE_FORM = re.compile(FUTURE_ENDINGS)
_AGENT = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)
# A name opening a sentence as the subject of its first verb ("Japan signed", "Le Japon a signé"),
# which a verb after "and" with no subject of its own shares.
_SHARED_SUBJECT = re.compile(
    r"\s*(?:(?P<det>the|le|la|les|l['’])\s*)?"
    r"(?P<np>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?:(?:of|on|for|de|du|des|d['’]|la|le|les|l['’]|the)\s*)*(?-i:[A-ZÀ-Ý])[\w'’-]*)*)"
    r"\s+(?:(?:has|have|had|a|ont|avait|avaient)\s+)?(?:\w+ed|(?-i:[a-zé]+)(?:é|ée|és|ées|i|is|u|us))\b",
    re.IGNORECASE,
)
# A participle listed after another step of the same text: "..., passed by", "..., et adoptée par".
_LISTED = re.compile(r",\s*(?:and\s+|et\s+)?$", re.IGNORECASE)
_BY = re.compile(r"\s+(?:by|par)\s", re.IGNORECASE)
# "adopté par l'Assemblée le 14 novembre et par le Sénat le 9 décembre": the same step by another body.
_AND_BY = re.compile(
    r"(?:\s*,)?\s+(?:and|et|puis|then)(?=\s+(?:(?:then|puis)\s+)?(?:by|par)\s)", re.IGNORECASE
)
# "l'Assemblée nationale", "le Sénat italien", "des Nations unies": a French body's adjective.
_BODY_ADJECTIVE = r"\s+(?-i:[a-zé]+(?:ale|al|aux|ien|ienne|éen|éenne|ais|aise)|unies|unis)(?![\w'-])"
# "voté fin août par les deux chambres :", "approved by both houses:": bodies listed next.
_BODIES_LISTED = re.compile(r"[^:;.]{0,80}?\s(?:par|by)\s[^:;.]{2,60}?\s?:\s*", re.IGNORECASE)
_BODY_ITEM = re.compile(
    r"\s*(?:(?P<det>la|le|les|l['’]|the)\s*)?"
    rf"(?P<np>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*|{_BODY_ADJECTIVE})*)",
    re.IGNORECASE,
)
_ITEM_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et)\s+)")
# "by the Council", "by Japan": an English agent, not a manner ("by consensus", "by a vote of 60").
_BY_SOMEONE = re.compile(r"\s+by\s+(?:the\s|its\s|their\s|(?-i:[A-Z]))", re.IGNORECASE)
_DOER_ENDING = re.compile(r"\s(?:par|by)\s.*$")  # how _with_agent ends a name
# "C'est lors de l'édition de 2024 que X avait proposé", "It was in 2019 that": the time the cleft
# puts first is the verb's own, pluperfect or not.
_CLEFT = re.compile(
    r"\bc['’](?:est|était)\s[^.;]*?(?:\bque\s|\bqu['’])|\bit\s+(?:is|was)\s[^.;]*?\bthat\s", re.IGNORECASE
)
_PLUPERFECT = re.compile(r"\b(?:avait|avaient|had)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# What is done again and again: "have met every year", "se réunissent chaque année".
_HABITS = (
    r"(?:every|each)\s+(?:(?:other|two|three|six|few)\s+)?(?:years?|months?|weeks?|fortnight|quarter|day"
    r"|spring|summer|autumn|winter)|annually|fortnightly|(?:once|twice|three\s+times)\s+a\s+(?:year|month|week)"
    r"|chaque\s+(?:année|an|mois|semaine|quinzaine|trimestre|jour|printemps|été|automne|hiver)"
    r"|tous\s+les\s+(?:(?:deux|trois|six|quinze)\s+)?(?:ans|mois|jours)|toutes\s+les\s+(?:deux\s+)?semaines"
    r"|(?:une|deux|trois)\s+fois\s+par\s+(?:an|mois|semaine)"
)
_HABITUAL = re.compile(rf"\s+(?:{_HABITS})\b", re.IGNORECASE)
# In the verb's own clause, or opening the sentence ("Chaque année, les ministres se réunissent").
_HABITUAL_BEFORE = re.compile(rf"\b(?:{_HABITS})\b[^.;,]*$|^\s*(?:{_HABITS})\b", re.IGNORECASE)
# What is said not to happen, before a verb or a milestone's noun: "n'ont pas reçu", "did not sign".
NEGATED_BEFORE = re.compile(
    # "did not reach an agreement": the verb and the noun's article may stand between.
    r"(?:\bn['’]|\bne\s)[^.;,]{0,30}$|\b(?:not|never|n't)\s+(?:\w+\s+)?(?:(?:an?|the|any)\s+)?$"
    # "Sans accord publié à temps", "no country signed": a subject that is none
    rf"|{NEGATION}\s[^.;,]{{0,30}}$"
    # "China declined to endorse", "a refusé de signer", "failed to reach an agreement", "ont échoué
    # à trouver un accord": what someone would not do, or could not.
    r"|\b(?:declined?|declines|refused?|refuses|failed|fails|refusé|refuse|refusent|renoncé|renonce"
    r"|échoué|échoue|échouent)\b"
    r"[^.;]{0,30}?\s(?:to|de|d'|à)\s*(?:\w+\s+(?:an?|the|any|un|une|le|la|les|l['’])\s*)?$",
    re.IGNORECASE,
)
# A determiner and the noun after it: what a verb that takes no object would have had as one.
_DETERMINED_NOUN = re.compile(
    r"(?:\s+(?:the|this|its|his|her|their|le|la|les|ce|cette|sa|son|leur)\s+|\s+l['’])[^\W\d_]+|",
    re.IGNORECASE,
)
_NOUN_BEFORE = {
    # "approuvé par vote", "soumis au vote": after "par" or "au", the word is the noun.
    "fr": re.compile(r"\b(?:le|la|les|un|une|du|des|par|au|aux)\s+$", re.IGNORECASE),
    # "a three-day visit", "her first official visit": a determiner, and what describes the noun.
    "en": re.compile(
        r"\b(?:the|a|an|his|her|its|their|our)\s+(?:(?:[\w]+-[\w-]+|first|second|third|last|"
        r"official|formal|brief|short|rare|historic|surprise|new|former|next|current|interim)\s+){0,2}$",
        re.IGNORECASE,
    ),
}
# A possessive's ending: "Kenya's" is Kenya's.
_POSSESSIVE_S = re.compile(r"['’]s$")
# "Mensah's closing news conference", "the country's proposed framework", "its own proposed rule": a
# participle after whose it is describes a noun; not "it's", "he's" ("it has").
_WHOSE_BEFORE = re.compile(
    r"\b(?!(?:it|he|she|that|what|who|there|here)['’])\w+['’]s\s+$|\b(?:its|their|his|her)\s+own\s+$",
    re.IGNORECASE,
)
# "rules on banned practices", "talks about signed deals": an English participle right after a
# preposition, before its noun, describes the noun and tells of no act.
_DESCRIBING = re.compile(
    r"\b(?:on|of|about|for|with|against|into|from|under|over|behind|within|without|between|among)\s+$",
    re.IGNORECASE,
)
_NOUN_AFTER = re.compile(r"\s+(?!(?:by|in|on|at|to|for|from|with|since|until)\b)[a-z][\w-]*")
# "a ainsi créé", "thus set up": an adverb of consequence may stand wherever an adverb may.
_CONSEQUENCE = "ainsi|donc|thus|therefore"
# Verbs in the present that a fronted participle's subject is followed by ("the report sets out").
_MAIN_VERB = re.compile(
    r"\s(?:sets|lays|calls|says|includes|contains|provides|requires|aims|covers|outlines|recommends|"
    r"proposes|warns|urges|remains|marks|replaces|introduces|establishes|brings|gives|makes|bans|obliges|"
    r"allows|defines|governs|prohibits|commits|"
    r"formule|prévoit|comprend|contient|fixe|établit|vise|souligne|recommande|appelle|marque|remplace|"
    r"introduit|reste|demeure|constitue|rassemble|réunit|compte|"
    # the simple past a profile or an obituary tells on in: "Appointed in 2024, the director oversaw"
    r"was|were|had|oversaw|led|took|gave|made|became|saw|won|wrote|held|left|began|ran|built|chose)\b",
    re.IGNORECASE,
)
_COPULA = re.compile(r"\b(?:is|are|was|were|be|been|remains?|remained)\s+$", re.IGNORECASE)
_ALSO_ADJECTIVES = frozenset({"close", "open"})
# A perfect, then "et" before the next participle, which shares its auxiliary.
_AND_PERFECT = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront)\s+[^\W\d_]+é[^.;]*\set\s+$", re.IGNORECASE)
_ACTIVE = re.compile(
    r"\b(?:a|ai|as|avons|avez|ont|avais|avait|avions|aviez|avaient|aura|aurai|aurons|aurez|auront|avoir|ayant|"
    r"has|have|had|having)\s+"
    r"(?:\w+ment\s+|also\s+|formally\s+|officially\s+|jointly\s+|déjà\s+|already\s+|just\s+|recently\s+|"
    rf"first\s+|d'abord\s+|ensuite\s+|enfin\s+|(?:{_CONSEQUENCE})\s+)?$",
    re.IGNORECASE,
)
# A common noun right before a word, after its determiner or "de": "de photos ", "les textes ".
_NOUN_RIGHT_BEFORE = re.compile(
    r"\b(?:de|d'|des|du|les|la|le|l'|une?|ces|leurs?|ses)\s*(?-i:[a-zà-ÿ][\w-]+)\s+$", re.IGNORECASE
)
_PASSIVE = re.compile(
    r"\b(?:été|être|est|sont|sera|seront|serait|seraient|était|étaient|was|were|been|be|is|are|being)\s+"
    rf"(?:{_ADVERBS}\s+)?$",  # "were first adopted", "a d'abord été signée"
    re.IGNORECASE,
)
# What may stand between a verb and its object ("adopted by consensus a resolution").
_BEFORE_OBJECT = (
    r"(?:\s*,\s*[^,;:.()«»\"]{1,40}?,)?"  # an aside between commas: "a présenté, mercredi 19 novembre, son..."
    rf"(?:\s+(?:[^\W\d_]+ment|{_CONSEQUENCE}|aussi|enfin|déjà|désormais|already|officially|formally|also|"
    r"jointly|now|unanimously|by consensus|by acclamation|à l'unanimité|par consensus|par acclamation"
    r"|into law))*"  # "signed into law a bill on ..."
)
# A lower-case noun, no auxiliary, right before an English participle with "to" after it
# ("intelligence applied to health").
_ENGLISH_NOUN_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:has|have|had|was|were|will)\s)(?-i:[a-z]{3,})\s+$")
_TO_AFTER = re.compile(r"\s+to\s")
# A definite short form ("le texte", "the bill") a milestone's name replaces with its title.
_WRITTEN_BACK = frozenset({"le", "la", "l'", "the"})
_ADVERB_ALONE = re.compile(r"[^\W\d_]+(?:ment|ly)")
# Articles that bring a noun in, rather than name one told before.
_A_NEW = frozenset({"un", "une", "a", "an"})
# A name with its article at a clause's end, capitalised first and perhaps not after ("le Réseau de
# sécurité des drones", "the Drone Safety Network").
_NAMED_AT_END = re.compile(
    r"(?:^|\s)(?P<det>(?i:le|la|les|l['’]|the))\s*(?P<np>[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,6})$"
)
_FR_DETERMINER = r"(?:la|le|les|l'|un|une|des|du|sa|son|ses|leur|leurs|cette|ce|ces|cet)"
# "most of its provisions": a quantifier and its "of" open the phrase as an article does.
_EN_DETERMINER = (
    r"(?:(?:most|all|some|many|several)\s+of\s+(?:the|its|their|his|her|these)"
    # not the "New" of a place ("New Zealand's parliament", "New Delhi")
    r"|the|a|an|its|their|his|her|this|these|new(?!\s+(?-i:[A-Z]))|most|all|some|many|several)"
)
# "a 23 billion reais ($3.8 billion) national AI plan": an amount's equivalent within the object.
_AMOUNT_ASIDE = r"\s*\((?:[$€£]|\d)[^()]*\)(?=\s+[a-zà-ÿ])"
# "a 23 billion reais national plan", "un plan de 2 milliards d'euros", "a $1.8 billion plan": a sum
# of money, which is no part of what is named; with what endows it ("un appel doté de 40 millions").
_PRICED_WORDS = 3  # words a name keeps without its sum, or it keeps the sum
_AMOUNT = re.compile(
    r"\s*(?:(?:dotée?s?\s+de|d['’]un\s+montant\s+de|de|d['’]|worth|of)\s+)?"
    r"(?:(?:US)?[$€£¥]\s?\d[\d.,]*(?:\s*(?:billions?|millions?|trillions?|bn)\b)?"
    r"|\d[\d.,]*\s*(?:billions?|millions?|trillions?|milliards?)\b(?:\s+(?:de\s+|d['’])?[^\W\d]+(?=\s|$))?)",
    re.IGNORECASE,
)
# The dots of initials ("the U.S.-Kenya partnership", "the U.K. and Canada"), no sentence's end.
_INITIAL_DOT = r"(?<=\W[A-Z])\.(?=[A-Z]\.)|(?<=\.[A-Z])\.(?=[\s-])"
# The dot of a courtesy title before a name: "a nommé M. Jean Koffi".
_TITLE_DOT = r"(?<=\sM)\.(?=\s+[A-ZÀ-Ý])|(?<=\sMM)\.(?=\s+[A-ZÀ-Ý])|(?<=\sDr)\.(?=\s+[A-ZÀ-Ý])"
_OBJECT = re.compile(
    rf"^{_BEFORE_OBJECT}\s+(?:(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<=')))?"
    rf"(?P<np>[\w«\"](?:[^,;:.()!?]|{_AMOUNT_ASIDE}|(?<=\d)[.,](?=\d)|{_INITIAL_DOT}|{_TITLE_DOT}|(?={LIST_GOES_ON.pattern}),)*)",
    re.IGNORECASE,
)
# Where the subject of a verb begins: the last article of the clause before it.
# A subject does not reach back over a spaced dash: "Paris, le 1er décembre 2026 — La loi" has "La loi".
_SUBJECT = re.compile(
    rf"(?:^|[\s,;:(\"«“])(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<=')|\b)"
    r"(?P<np>(?:(?!\s[—–-]\s)[^,;:()])+?)\s*$",
    re.IGNORECASE,
)
_EN_AUXILIARY = re.compile(r"\s(?:will|would|shall|is|are|was|were|has|have|had|must|can|may)\b")
# "and welcomed Kenya": a past verb with its own object after "and" (not "and related rules").
_PAST_AFTER_AND = re.compile(r"(?-i:[a-z]{3,}ed)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?-i:[A-Z])")
# A word as written, to the next space: a French participle after "et" is one ("et annoncé la ...").
_WORD = re.compile(r"\S+")
_HOW_OFTEN = re.compile(
    r"(?:more\s+than|over|at\s+least|nearly|almost|plus\s+de|au\s+moins|près\s+de)?\s*\w+\s+(?:times|fois)\b",
    re.IGNORECASE,
)
_ABILITY_BEFORE = re.compile(r"\b(?:can|could|may|might|cannot)\s*$", re.IGNORECASE)
_ARTICLE_FIRST = re.compile(r"(?P<det>(?:le|la|les|the)(?=\s)|l['’])\s*(?=\w)", re.IGNORECASE)
_OPENING_TEXT = re.compile(r"\s*(?P<det>the|la|le|les|l['’])\s*(?P<np>[^\W\d_][^,;:()]*?)\s*$", re.IGNORECASE)
# A title ending a clause: an article, then capitalised words joined by short function words.
_TITLE_AT_END = re.compile(
    rf"(?:^|\s)(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<='))"
    # "and the", "et la" begin another title: "the Parliament and the Council" is two; a count
    # may open one ("the 17 Sustainable Development Goals").
    r"(?P<np>(?:\d+\s+)?[A-ZÀ-Ý][\w\-’']*(?:\s+(?!(?:and|et)\s+(?:the|la|le|les|l')\b)"
    r"(?:(?:of|on|for|and|the|de|du|des|sur|pour|et|la|le|les|l'|d')\s*)*[A-ZÀ-Ý][\w\-’']*)*)$"
)
# A title opening the sentence whose last words are a list: "..., la démocratie et l'État de droit".
_LISTED_TITLE = re.compile(
    rf"^\s*(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<='))(?P<np>(?-i:[A-ZÀ-Ý])[^,;:()]{{0,150}}"
    rf"(?:,\s*(?:{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<='))[^,;:()]+)+?)\s*$",
    re.IGNORECASE,
)
# A title with a number and no article, all the clause: "Law No. 132 of 2025", "Bill C-27".
_BARE_TITLE = re.compile(
    r"^(?=[^\s]*\s.*\d)[A-ZÀ-Ý][\w.’'-]*(?:\s+(?:(?:of|on|for|de|du|des|sur)\s+)?(?:[A-ZÀ-Ý][\w.’'-]*|n°|\d[\w./-]*))+$"
)
# A text named by its head word in lower case and its number at a clause's end: "resolution 78/265",
# "décret n° 2024-12" (a capitalised one is a title: "Executive Order 14110").
_NUMBERED_AT_END = re.compile(r"(?:^|\s)(?P<np>(?P<head>[a-zà-ÿ]+)\s+(?:n[°o.]\s*)?\d[\w/.-]*\d)$")
# A French determiner and the noun it opens: "la Déclaration", "l'accord", "des principes".
# With "au", "aux": "se réfère au Pacte numérique mondial adopté à l'ONU" names the Pact.
_FR_NOUN_PHRASE = re.compile(
    rf"(?<![\w'])(?P<det>{_FR_DETERMINER}|au|aux)(?:\s+|(?<='))(?P<head>[^\W\d_][\w-]*)", re.IGNORECASE
)
# An article that may open a noun phrase, and the prepositions that make the phrase after them a
# complement of another ("un centre de recherche sur l'IA": "l'IA" is the centre's complement).
_HEAD_ARTICLE = re.compile(
    rf"(?<![\w'’])(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<='))", re.IGNORECASE
)
_EN_COMPLEMENT_BEFORE = re.compile(r"\b(?:of|on|for|about|in|at|with|by|to|between)\s*$", re.IGNORECASE)
# "un observatoire des politiques": "du" and "des" after a noun its article opens join a complement.
_ARTICLED_NOUN_BEFORE = re.compile(
    rf"(?<!\w){_FR_DETERMINER}(?:\s+|(?<='))[^\W\d_][\w'’-]*\s+$", re.IGNORECASE
)
_DONE_TO = re.compile(
    r"(?P<noun>[^\W\d_]+)\s+(?:de\s+|d['’])(?P<det>un|une|la|le|l['’])\s*(?P<np>\S.*)", re.IGNORECASE
)
_COMPLEMENT_BEFORE = re.compile(r"\b(?:de|sur|pour|à|en|par|avec|entre|contre)\s*$", re.IGNORECASE)
_PASSIVE_AGENT = re.compile(
    r"(?:\s+[a-zà-ÿ][\w'-]*){0,3}?\s+(?:par|by)\s+(?:(?P<det>la|le|les|l'|the)\s*)?"
    r"(?P<np>(?-i:[A-ZÀ-Ý])[\w'-]*(?:\s+(?:(?:of|the|la|le|l')\s*)?(?-i:[A-ZÀ-Ý])[\w'-]*"
    r"|\s+(?:de\s+la\s+|de\s+l'|des\s+|du\s+|de\s+|d')[^\W\d_][\w'-]*"
    rf"|{_BODY_ADJECTIVE})*)",
    re.IGNORECASE,
)
_APPOSED_NAME = re.compile(
    r"^[^,]{3,80},\s*(?P<name>(?-i:[A-ZÀ-Ý])[\w'-]+(?:\s+(?-i:[A-ZÀ-Ý])[\w'-]+){1,3}),\s*"
    r"(?:a|ont|has|have|had|avait)?\s*(?:\w+ment\s+|\w+ly\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_END = re.compile(r"\s*,\s*(?:qui|which|that)\s*$", re.IGNORECASE)
_RELATIVE_SUBJECT = re.compile(r"\b(?:qui|that|which|who)\s+(?:\w+ly\s+|\w+ment\s+)?$", re.IGNORECASE)
# "ont adoptée", "a signées": a participle that agrees after "avoir" has its object before it.
_AVOIR_BEFORE = re.compile(r"\b(?:a|ont|avait|avaient|aura|auront)\s+$")
# "..., which Trump signed", "le texte que les ministres ont adopté": an object told before its verb.
_RELATIVE_OBJECT = re.compile(
    r"(?<=\w)\s*,?\s+(?:which|that|que|qu['’])\s*(?P<doer>(?:[\w'’.-]+\s+){1,4}?)"
    r"(?:(?:has|have|had|will|would|a|ont|avait|avaient|aura|auront|va|vont)\s+)?$",
    re.IGNORECASE,
)
# A title written without its article or with a capital one ("La Charte de Rome", "Executive Order 14179").
_NAME_AT_END = re.compile(
    r"(?:^|\s)(?:(?P<det>[Ll]a|[Ll]es?|[Ll]['’]|[Tt]he|au|aux|du|des)\s*)?"
    r"(?P<np>(?!(?:La|Le|Les|The)\s)[A-ZÀ-Ý][\w’'-]*(?:\s+(?:(?:of|on|for|de|du|des|sur)\s+)?[A-ZÀ-Ý0-9][\w’'/.-]*)*)$"
)
_COMMON_AT_END = re.compile(
    rf"(?:^|\s)(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<='))(?P<np>[a-zà-ÿ][\w’'-]*)$",
    re.IGNORECASE,
)
# The noun phrase a clause ends on, from its last article: "went through a public consultation".
_LAST_NOUN_PHRASE = re.compile(
    rf"(?:^|\s|(?<=[dD]['’]))(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<='))"
    rf"(?P<np>(?:(?!(?:{_FR_DETERMINER}|{_EN_DETERMINER})\s)[^\W\d][\w-]*['’]?\s*){{1,4}})$",
    re.IGNORECASE,
)
# A noun phrase and its complement up to the clause's end: "a consultation on the revised bill".
_OBJECT_WITH_COMPLEMENT = re.compile(
    rf"(?:^|\s|(?<=[dD]['’]))(?P<det>{_FR_DETERMINER}|{_EN_DETERMINER})(?:\s+|(?<='))"
    r"(?P<np>[^\W\d][\w-]*(?:\s+(?:on|of|for|about|into|sur|de|du|des|pour|d['’])\s*[^,;:()]+)?)$",
    re.IGNORECASE,
)
_CLOSED_WITH = re.compile(r"\s+(?:with|par|avec|sur)\s", re.IGNORECASE)
_ASIDE_OPENING = re.compile(r"\s*(?:qui|which|who)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\b(?:qui|que|qu'|dont|où|which|who|that)\b", re.IGNORECASE)
# A lower-case word that is not one of a title's joining words: a verb or a common noun.
_LOWER_WORD = re.compile(
    r"(?<![\w'])(?!(?:of|on|for|and|the|in|to|at|by|with|de|du|des|sur|pour|et|la|le|les|en|aux?)\b)[a-zà-ÿ][\w'-]*"
)
_BARE_SUBJECT_WORDS = 6
# "In 2022 she was elected", "Le 3 mars 2031, Claire Roe est nommée", "Par décret du 3 mars,": the
# time or the act a clause opens on, before its subject.
_FRONTED_TIME = re.compile(
    r"^(?:(?:in|en)\s+\d{4}\s*,?\s*|(?:le|on|in|par|by|à|at)\s+[^,]{0,60}?\d[^,]{0,20},\s*)", re.IGNORECASE
)
# The date or word heading a timeline's item, before its dash or colon: "2 August 2025 – ", "Today – ".
_ITEM_HEAD = re.compile(rf"^[^—–:]{{1,40}}?{AGENDA_DASH.pattern}\s*")
# A capitalised noun opening a clause, then its complement ("Registration for the Accra Summit").
_BARE_OPENING = re.compile(
    r"^\s*(?P<head>[A-ZÀ-Ý][a-zà-ÿ]+)(?P<rest>\s+(?:for|of|on|to|with|pour|au|aux|à|sur|de|des|du|avec)\s[^,;:()]+?)\s*$"
)
_PRONOUN = re.compile(
    r"(?:it|they|he|she|we|i|you|this|that|these|il|elle|ils|elles|on|je|j'|tu|nous|vous|ce|cela|ceci)\b",
    re.IGNORECASE,
)
# "A year after it was signed", "pour qu'il entre en vigueur": a pronoun right before the verb is its
# subject, and no noun said before it ("a year") is.
_PRONOUN_SUBJECT = re.compile(r"(?:^|[\s,;:'’])(?:it|they|il|elle|ils|elles)\s*$", re.IGNORECASE)
# What stands between a subject and its verb: modals and auxiliaries ("devrait", "will", "a été").
# The comma of a list of capitalised words inside a title, and what stands for it while clauses split.
_TITLE_LIST_COMMA = re.compile(
    r"\b([A-Z][\w-]*),(?=(?:\s+[A-Z][\w-]*,){0,3}\s+[A-Z][\w-]*\s+(?:and|et)\s+[A-Z])"
)
# What a title is also called, in brackets before its verb: "(the "AI Promotion Act")", its short name.
_BRACKETED_END = re.compile(r"\s*\([^()]*\)\s*$")
# An apposition with an indefinite article or an ordinal after a subject with its article, at a
# clause's end: "La Charte, un texte de dix pages"; not "Ahead of the Summit, an interim report". Or
# a purpose whose list of qualities holds commas: "La déclaration, pour une IA ouverte, inclusive et
# éthique, a été adoptée".
_APPOSITION_END = re.compile(
    r"^(?P<subject>\s*(?:le|la|les|l['’]|the)\b[^,]*),\s*"
    r"(?:un|une|a|an|premier|première|first|pour|for)\s[^,]*$",
    re.IGNORECASE,
)
_SHORT_NAME = re.compile(
    r"\s*\((?P<det>the|le|la|les|l')?\s*[\"«“]\s*(?P<np>[A-Z][^()\"»”]+?)\s*[\"»”]\)\s*$"
)
# A group counted or told as others ("20 companies", "other countries", "plusieurs pays").
_PEERS = re.compile(
    r"(?:\d[\d,.]*|other|several|many|more\s+than|dozens|hundreds|some|plusieurs|d'autres|autres|une\s+vingtaine)\s",
    re.IGNORECASE,
)
_LIST_MARK = "\u201a"
_ADVERB_AFTER_AUXILIARY = re.compile(
    r"(\s(?:a|ont|est|sont|avait|avaient|sera|seront|a été|ont été))\s+\w{3,}ment\s*$", re.IGNORECASE
)
# The first of two doers joined by "et"/"and": a name alone in its clause ("le Togo", "Ghana").
_PARTNER = re.compile(
    r"^\s*(?:(?P<det>(?i:le|la|les|l'|the))\s*)?(?P<np>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})\s*$"
)
# "to approve", "pour adopter", "de lancer": the verb is an infinitive that hangs on another verb,
# a French perfect or an English past ("a voté", "decided"; not "United", a name's word).
_INFINITIVE_MARK = re.compile(r"\s(?:to|pour|de|d')\s*$", re.IGNORECASE)
_FINITE_VERB = re.compile(
    r"\s(?:(?:a|ont|avait|avaient)\s+(?:\w+ment\s+)?\w{2,}(?:é|i|u)s?|(?-i:[a-z]{2,}ed)"
    # a French future or a pronominal verb: "se rendra à Casablanca pour inaugurer", "ira à Rome pour"
    r"|(?:se\s+|s['’])(?-i:[a-zéè]{2,})|(?-i:[a-zé]{2,}(?:era|ira|dra|ront)))\b.*$",
    re.IGNORECASE,
)
# What opens a reported clause: "a annoncé qu'une mission serait lancée", "said that the code".
_THAT = re.compile(r"^\s*(?:that|que|qu['’])\s*", re.IGNORECASE)
# "A year after", "Trois mois avant que": how long before or after may come first.
_LENGTH = (
    rf"(?:(?:a|an|a few|several|quelques|\d+|{'|'.join(w for numbers in NUMBERS.values() for w in numbers)})\s+"
    r"(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|années?)\s+)?"
)
_SUBORDINATOR = re.compile(
    rf"^\s*{_LENGTH}(?:when|while|once|after|before|until|lorsque|lorsqu'|quand|alors que|(?:après|avant|dès) qu(?:e|')"
    r")\s*",
    re.IGNORECASE,
)
_BEFORE_VERB = re.compile(
    r"(?:\s+(?:devrait|devraient|devait|devaient|doit|doivent|va|vont|pourrait|pourraient|vient de|viennent de|"
    r"est|sont|a|ont|a été|ont été|avait|avaient|été|sera|seront|était|désormais|officiellement|will|would|should|shall|"
    r"must|is|are|was|were|has|have|had|been|be|expected to|expects? to|set to|due to|to|officially|formally|now|"
    r"start|starts|started|begin|begins|began|commenc\w*\s+à|agrees? to|agreed to|decides? to|decided to|"
    r"also|already|just|finally|jointly|unanimously|first|then|later|eventually|subsequently|still|yet|"
    rf"aussi|également|déjà|enfin|finalement|unanimement|d'abord|ensuite|puis|encore|y|{_CONSEQUENCE}))+\s*$",
    re.IGNORECASE,
)
# "un"/"a" after a word that is no preposition, or "the" after an English verb's "-s" or "-ed" ("The
# bill follows the adoption"): a verb's object, so the words before are a clause.
_OBJECT_INSIDE = re.compile(
    r"(?<![\w'’])(?!(?:de|of|pour|for|sur|on|avec|with|to|à|par|by|in|en|dans|into|as|comme)\s)[a-zà-ÿ]+\s+(?:un|une|a|an)\s"
    r"|(?<![\w'’])(?!(?:is|was|has|as|its|his|this|towards|across|plus|indeed)\s)[a-z]+(?:s|ed)\s+the\s",
)
_AUXILIARY = re.compile(
    r"\b(?:est|sont|a|ont|était|sera|être|be|is|are|was|were|has|have|had|will)\b", re.IGNORECASE
)
# Where a noun phrase ends: a clause, an agent, a time ("10-12 mai", but not a text's number,
# "décret n° 2026-231"), a purpose, what it is open until ("une consultation ouverte jusqu'au").
_NP_END = re.compile(
    r"\s+(?:qui|que|qu'|dont|où|ne|n'|\w{3,}(?:é|ée|ées|és|ed)\s+(?:par|by)\s|\w+(?:rait|raient)|jusqu'|(?:ouverte?s?|open)(?=\s+(?:jusqu|until)\b)|et (?:a|ont|est|sont|sera)|et (?!(?:contre|entre|notre|votre)\s)[a-zà-ÿ]{3,}(?:er|ir|re) (?=(?:la|le|les|un|une|des|du)\s|l')|and (?:has|have|is|was|will|had)|pour(?!\s+(?:(?:les|la|le|un|une|des|du|ces|ce|cette)\s|l'))|afin|lors|le \d+(?:er)?|en \d+|du \d+(?:er)?|(?<![°º.]\s)\d+\s*[-–]\s*\d+|à partir|dès|depuis|avec|sans|without|under(?!\s+(?:the\s+)?[A-Z])|held|tenue?s?|à la fin|au début|au terme|à l'issue|dans|par|selon|après|avant|"
    r"pendant|en marge|(?:on|at|in) the (?:sidelines|margins)|which|that|who|they|we|he|she|to|in order|there|here|on(?=\s+(?:\d|the\s+\d|\w+day\b|(?:his|her|its|their|the)\s+(?:\w+\s+)?day\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*(?:\.?\s+\d|$)))|in|at|by|with|from|after|before|during|since|until|till|as|"
    r"will|would|shall|must|is|are|was|were|has|have|had|a été|est|sont|ont|sera|seront|était|étaient|avait|avaient|aura|auront|vont|"
    r"the (?:following|next|previous) day|the day (?:after|before)|le lendemain|la veille|"
    r"doit|doivent|devrait|devraient|\w{3,}(?:era|eront|iront|ttra|ttront)|within|led|headed|chaired|d'ici|"
    r"(?:last|next|this) (?:year|month|week)|cette (?:année|semaine)|ce mois|l'an (?:dernier|prochain)|"
    r"l'année (?:dernière|prochaine)|"
    r"(?:(?:a few|several|quelques|\w+) (?:days|weeks|months|jours|semaines|mois) )?(?:later|earlier|plus tard|plus tôt))\b",
    re.IGNORECASE,
)
# "au Forum de Lagos", "à la Conférence de Paris": where a French phrase's thing was done, when a
# gathering's name follows (checked where it is used).
_AT_A_NAME = re.compile(r"\s+(?:au|aux|à\s+la|à\s+l['’])\s*(?=[A-ZÀ-Ý])")
# Adverbs told right after an object: "examine the bill beforehand", "signed the charter jointly". A
# closed list, not ``_ADVERBS``: a noun may end in "-ly" too ("the general assembly", "a supply").
_ADVERB_AT_END = frozenset(
    "beforehand again too already formally officially jointly unanimously auparavant déjà également aussi".split()
)
# Words a phrase cut at a time word or a limit may end on: "the rapporteur's text last [Thursday]".
_LOOSE_END = frozenset(
    "et and ou or de du des d' of the la le les l' sur pour on for a an un une last next this ce cette "
    "en in au à at".split()
)
_ELISION = {
    "au": "du",
    "aux": "des",
    "la": "de la",
    "le": "du",
    "les": "des",
    "l'": "de l'",
    "un": "d'un",
    "une": "d'une",
    "des": "des",
    "du": "du",
    "sa": "de la",
    "son": "du",
    "ses": "des",
    "leur": "de leur",  # of either gender ("leur rapport", "leur charte")
    "leurs": "des",
    "cette": "de cette",
    "ce": "de ce",
    "ces": "de ces",
    "cet": "de cet",
}

# "this partnership" is "the Global Partnership on AI" once the title is found; "cet accord", "l'Accord".
_DEFINITE = {"this": "the", "these": "the", "ce": "le", "cette": "la", "cet": "l'", "ces": "les"}
_DEMONSTRATIVE_WORDS = 3
# Determiners of a new or partial thing: "a charter", "most provisions" point back at no title.
_INDEFINITE = frozenset({"un", "une", "a", "an", "most", "some", "many", "several", "all"})
_POSSESSIVES = frozenset({"sa", "son", "ses", "leur", "leurs", "its", "their", "his", "her"})
# The instrument a state deposits to be bound by a treaty, which names the step it takes (accession,
# which joins the state to the text, is named otherwise).
_INSTRUMENT_OF = re.compile(
    r"instruments?\s+(?:of|de|d['’])\s*(?P<step>ratification|acceptance|approval|acceptation|approbation)"
    r"(?:\s+(?P<det>of(?:\s+the)?|du|des|de\s+la|de\s+l['’]|d['’])\s*(?P<text>.+))?",
    re.IGNORECASE,
)
# The article a text has once its "of" or "de" is taken away ("de la convention" is "la convention").
_OF_ARTICLE = {"of the": "the", "du": "le", "des": "les", "de la": "la", "de l'": "l'"}
# A body's own ("its", "their"), which a name says as "the"; a person's ("son homologue") stays.
_BODY_POSSESSIVES = {"its": "the", "their": "the"}
# The determiners a noun phrase ending on a quoted title may open with ("sa note sur un « X »").
_PHRASE_DETERMINERS = _POSSESSIVES | {"le", "la", "les", "the"}
_COUNTS = frozenset(word for numbers in NUMBERS.values() for word in numbers) | {"both"}
_ARTICLE_IN_FORM = {"du": "le", "des": "les", "au": "le", "aux": "les", "d'": "l'"}
_CONTRACTED = {
    ("à", "le"): "au",
    ("à", "les"): "aux",
    ("de", "le"): "du",
    ("de", "les"): "des",
    ("au", "le"): "au",  # "se rendra au Japon": the article the form holds
    ("aux", "les"): "aux",
}


@dataclass(frozen=True)
class VerbEvent:
    """An event a verb makes: where it is written, its name and kind."""

    start: int
    end: int
    name: str
    kind: str
    earlier: bool = False  # told in the pluperfect ("avait lancé"): before the time the text speaks of
    aliases: tuple[str, ...] = ()
    # "a proposé la création d'une agence": what its object names is only proposed, no event yet
    proposal: bool = False


@dataclass(frozen=True)
class _Verb:
    noun: str
    lang: str
    of_subject: bool
    link: str | None = None  # "avec" in "rencontre avec X": how the noun takes its object
    first_group: bool = False  # a French -er verb: "publie" is its present, not a participle
    by_subject: bool = False  # "la Serbie a rejoint l'OCDE": who did it is part of the name
    objects: frozenset[str] = frozenset()  # "pass" is a milestone of a law or a bill only
    stem: str = ""  # a French verb's, before its ending: "cré" tells the participle "créée" from "crée"
    kind: str | None = None  # the event's kind when its noun is no event word ("royal assent")
    # What the verb makes when words after its object say so: "opened the treaty for signature".
    then: tuple[tuple[str, str], ...] = ()
    begins: bool = False  # "a entamé une visite d'État": a trip it is done to is the event, begun then
    person: bool = False  # "take office": only a person does it, so a "who" before it names the doer
    alone: bool = False  # "le Sénat votera le 20 mars": with no object, it is named after its subject
    place: bool = False  # "est attendue à Strasbourg": only a city or a country it is done to


def _regular_forms(infinitive: str, lang: str) -> list[str]:
    """The forms news prose uses: participles, present, future, imperfect (French -er and -ir, English)."""
    head, _, tail = infinitive.partition(" ")
    tail = f" {tail}" if tail else ""
    if lang == "fr":
        if head.endswith("er"):
            stem = head[:-2]
            soft = stem + "e" if stem.endswith("g") else stem
            endings = ["é", "ée", "és", "ées", "e", "ent", "era", "eront", "erait", "eraient", "er"]
            return [stem + e for e in endings] + [soft + e for e in ("ait", "aient", "ant", "a")]
        if head.endswith("ir"):
            stem = head[:-2]
            endings = ["i", "ie", "is", "ies", "it", "issent", "ira", "iront", "ir", "issait", "issant"]
            return [stem + e + tail for e in endings]
        return [head + tail]
    base = head[:-1] if head.endswith("e") else head
    if head.endswith("y"):
        forms = [head, head[:-1] + "ied", head[:-1] + "ies", head + "ing"]
    else:
        third = head + ("es" if head.endswith(("ch", "sh", "s", "x", "z")) else "s")
        forms = [head, third, base + "ed", base + "ing"]
    return [form + tail for form in forms]


@cache
def _verbs(language: str | None = None) -> dict[str, _Verb]:
    """Every form of every verb of the shipped word file and the user's, by its lower-case text:
    those of one language when it is given ("vote" is French "voter", not an English verb here)."""
    out: dict[str, _Verb] = {}
    for path, data in word_files():
        for lang, verbs in data.get("verbs", {}).items():
            if language is not None and lang != language:
                continue
            for infinitive, entry in verbs.items():
                head = infinitive.split(" ")[0]
                first = lang == "fr" and head.endswith("er")
                verb = _Verb(
                    entry["noun"],
                    lang,
                    entry.get("of") == "subject",
                    entry.get("link"),
                    first,
                    entry.get("by") == "subject",
                    frozenset(entry.get("objects", ())),
                    head[:-2].lower() if lang == "fr" and head.endswith(("er", "ir")) else "",
                    entry.get("kind") and checked_kind(path, infinitive, entry["kind"]),
                    tuple(entry.get("then", {}).items()),
                    bool(entry.get("begins")),
                    entry.get("doer") == "person",
                    entry.get("alone") == "subject",
                    entry.get("object") == "place",
                )
                forms = _regular_forms(infinitive, lang)
                if lang == "fr" and " " in infinitive:
                    head, tail = infinitive.split(" ", 1)
                    forms = [f"{form} {tail}" for form in _regular_forms(head, lang)]
                for form in [*forms, *entry.get("forms", [])]:
                    if form not in entry.get("except", ()):  # "found" is the past of "find" too
                        out[form.lower()] = verb
    return out


@cache
def _verb_word(language: str | None = None) -> re.Pattern[str]:
    """Any form, after a space or an elided "d'", "l'" ("avant d'échanger avec"), with room for
    an adverb before its last word ("échangera d'abord avec", "met briefly with")."""
    forms = sorted(_verbs(language), key=len, reverse=True)
    spelled = [_ADVERB_ROOM.join(re.escape(part) for part in form.rsplit(" ", 1)) for form in forms]
    return re.compile(
        r"(?<![\w\-])(?<![^\W\d_]{2}')(?:" + "|".join(spelled) + r")(?:(?<=')|(?![\w-]))", re.IGNORECASE
    )


def _form(found: str, forms: dict[str, _Verb]) -> str:
    """The word-file form a match stands for, as written ("met for the first time"), else without
    the place and the words it may hold before its last word, one at a time from that word back:
    "spoke by phone today with" is "spoke by phone with", a form of its own."""
    written = " ".join(found.lower().split())
    if written in forms:
        return written
    head, last = _PLACE_IN_FORM.sub(" ", written).rsplit(" ", 1)
    while f"{head} {last}" not in forms and (room := _ROOM_AT_END.search(head)) is not None:
        head = head[: room.start()]
    return f"{head} {last}"


def verb_events(
    text: str,
    sentence: Span,
    antecedent: Callable[[str, int, str | None], tuple[str, str] | None] | None = None,
    language: str | None = None,
    texts_before: Callable[[int], list[str]] | None = None,
) -> list[VerbEvent]:
    """The events the verbs of one sentence make, named after their object or subject; only
    the verbs of its ``language`` when it is known.

    A lone common noun ("la convention a été adoptée") is named by the title ``antecedent`` finds
    for it earlier in the document, and makes no event without one; a pronoun standing for a
    person, by the last person named in ``texts_before`` the sentence (nearest first), or in its
    paragraph without them."""
    if text[sentence.start : sentence.end].rstrip().endswith("?"):
        return []  # "Qu'a proposé la Commission ?": a question tells of nothing done
    out = []
    language = language if language in ("fr", "en") else None
    verbs = _verbs(language)
    previous: tuple[str, str] | None = None  # what the sentence's last verb was done to
    previous_end = sentence.start  # and where that verb ends
    previous_passive = False  # and whether it was done to it in the passive
    passive_before = False  # whether any verb before was in the passive, named or not
    dateline = dateline_opening(text, sentence.end) if not text[: sentence.start].strip() else None
    opens = dateline.end() if dateline is not None else sentence.start
    for found in _verb_word(language).finditer(text, sentence.start, sentence.end):
        verb = verbs[_form(found.group(0), verbs)]
        before = text[opens if found.start() >= opens else sentence.start : found.start()]
        if _NOUN_BEFORE[verb.lang].search(before) and not (
            _CLITIC_TO.search(before) and FRENCH_INFINITIVE.fullmatch(found.group(0))
        ):
            # "sous le signe de", "the release": a noun that looks like the verb; not "le premier pays à
            # le ratifier", whose "le" is the infinitive's object
            continue
        if found.group(0).lower().endswith(("ed", "ing")) and _WHOSE_BEFORE.search(before):
            continue  # "the country's proposed framework": a participle describing a noun
        if (
            verb.lang == "en"
            and found.group(0).lower().endswith("ed")
            and _DESCRIBING.search(before)
            and _NOUN_AFTER.match(text, found.end())
        ):
            continue  # "rules on prohibited practices": an adjective
        if found.group(0)[:1].isupper() and found.group(0).lower() == verb.noun:
            continue  # "13 février – Vote favorable des commissions": the noun heading an item
        reflexive = _REFLEXIVE.search(before)
        if reflexive is not None and _object_as_subject(before[: reflexive.start()], verb) is None:
            continue  # "les défis qui se présentent": another verb than the one listed
        pronominal = (_PRONOMINAL.search(before) if verb.lang == "fr" else None) or reflexive
        if pronominal is not None:
            # "les négociations se sont conclues": their conclusion; "X et Y se sont rencontrés": a
            # meeting between them.
            before = before[: pronominal.start()]
            verb = dataclasses.replace(verb, of_subject=True, link="entre" if verb.link else None)
        if NEGATED_BEFORE.search(before):
            continue  # "n'ont pas reçu la sanction royale", "did not sign": nothing happened
        if verb.lang == "en" and not before.strip(' "«“') and _imperative(found.group(0)):
            continue  # "Join the Centre for a webinar": an invitation to the reader, no act
        if _HABITUAL.match(text, found.end()) or _HABITUAL_BEFORE.search(before):
            continue  # "have met every year", "se réunissent chaque année": no one event
        if found.group(0).lower() in _ALSO_ADJECTIVES and _COPULA.search(before):
            continue  # "the vote was close", "the register is open": an adjective
        if (
            _INTENDED.search(before)
            or _UNREAL.search(before)
            or _CONDITION.search(before)
            or _ASKED.search(before)
            or _REQUESTED.search(before)
            or _OBLIGED.search(before)
        ):
            # "who has promised to repeal", "aurait promulgué", "once ratified", "asked whether", "urged
            # them to sign": not an event
            continue
        # "Li Qiang a proposé de créer une organisation": the proposal is the event, not the creation.
        proposed = _PROPOSED.search(before)
        before = before[: proposed.start()] if proposed else before
        if verb.lang == "fr":  # "le Sénat a largement adopté": the adverb is no part of the subject
            before = _ADVERB_AFTER_AUXILIARY.sub(r"\1 ", before)
        elif (set_off := _ADVERB_SET_OFF.search(before)) is not None:
            before = before[: set_off.start() + 1]  # "The Directive, first proposed in 2022": set off still
        # "we are joining": "are" before a form in -ing tells what is under way, not a passive.
        progressive = verb.lang == "en" and found.group(0).lower().endswith("ing")
        passive = pronominal is None and (
            (_PASSIVE.search(before) is not None and not progressive)
            or (
                _is_participle(found.group(0), verb)
                and _ACTIVE.search(before) is None
                # "ont adopté une charte et signé un code": the perfect's auxiliary, shared
                and not (_AND_PERFECT.search(before) and FRENCH_OBJECT_NEXT.match(text, found.end()))
            )
            or _apposed_participle(found.group(0), verb, before)
        )
        english_ed = verb.lang == "en" and found.group(0).lower().endswith("ed")
        if (
            english_ed
            and verb.of_subject
            and not passive
            and _ENGLISH_NOUN_BEFORE.search(before)
            and _TO_AFTER.match(text, found.end())
        ):
            continue  # "artificial intelligence applied to health": a participle describing the noun
        # "the Recommendation on AI, adopted in 2021": an English participle set off by a comma.
        # Not "..., as well as the European Union, launched the process": a verb with its object.
        english_participle = (
            verb.lang == "en"
            and before.rstrip()[-1:] == ","
            # "..., meeting at ministerial level, adopted on Thursday a revised text": its object after when
            and not OBJECT_NEXT.match(
                text, found.end() + time_phrase_length(text[found.end() : sentence.end])
            )
            and not progressive  # "The Council, meeting in Brussels": who met, not what was met
        )
        passive = passive or (english_ed and english_participle)
        if (
            passive_before
            and previous is None
            and (passive or english_ed)
            and _AND_BEFORE.search(_BEFORE_VERB.sub(" ", before))
        ):
            continue  # "The text will be signed by the ministers and published ...": the text, named nowhere
        passive_before = passive_before or passive
        end = found.end()
        relative_doer = None
        voters = False  # the verb named after who does it, having no object
        further: list[tuple[int, int, str]] = []  # the same step by other bodies
        after_relative = False  # "the Compact that leaders adopted": the clause before is the object's
        gender = None  # of the text a French clitic stands for, when its participle tells it
        if verb.by_subject and _AGENT.match(text, end):
            continue  # "The King, joined by the Prince": accompanied, not joining a body
        if verb.of_subject and verb.lang == "en" and not passive and OBJECT_NEXT.match(text, end):
            continue  # "Leaders closed the summit": what they closed is not them ("the summit closed" is)
        if verb.of_subject and not passive and _held_after(text, end):
            continue  # "A declaration closed the summit": the summit's last day (``event_dates.closed_by``)
        # "First adopted in 2019, the principles...": an adverb may stand before a fronted participle.
        opening = not _ADVERB_ONLY.sub("", before).strip(' "«“')
        # "Adopted in May, the code...": an English -ed form opening a sentence, before a comma.
        fronted = _fronted(text[end : sentence.end], _brings_about(verb)) if opening else None
        if fronted is None and passive and opening:
            continue
        # "Opened for signature in 2024, the convention": a form of several words opens on its participle
        if fronted is not None and (
            passive or english_ed or found.group(0).split()[0].lower().endswith("ed")
        ):
            phrase = fronted
        elif _COORDINATED.search(before) or (
            _THEN.search(before) and (passive or (english_ed and _BY_SOMEONE.match(text, end)))
        ):
            # "The bill passed the House on May 2 and was enacted by the Senate", "adopté par le
            # Sénat, puis modifié par la Chambre": the bill, as the verb before it said.
            phrase = previous or _opening_subject(text[sentence.start : sentence.end])
            passive = passive or _THEN.search(before) is not None
        elif (
            english_ed
            and previous is None
            and (shared := _SHARED_PASSIVE.search(before)) is not None
            and not OBJECT_NEXT.match(text, end)
        ):
            # "A final draft was circulated in January and approved in April": the draft, which no
            # verb named before.
            phrase, passive = _subject(before[: shared.start()]), True
        elif previous_passive and (passive or english_ed) and _LISTED.search(before) and _BY.match(text, end):
            # "was introduced in May, passed by the Assembly on 14 November and signed by the
            # President", "déposée en mai, adoptée par l'Assemblée": the same text, step by step.
            phrase, passive = previous, True
        elif passive and verb.lang == "fr" and (qualified := _qualified(before)) is not None:
            if _describes_noun_before(before, qualified, verb, comma=False):
                continue
            phrase = qualified
        elif (
            (verb.of_subject or (previous_passive and (passive or english_ed)))
            and previous is not None
            and _AND_BEFORE.search(_BEFORE_VERB.sub(" ", before))
            and not _RELATIVE_WORD.search(text, previous_end, found.start())
        ):
            # "The call opens on 1 April and closes on 15 June", "Elle a été adoptée en septembre et
            # promulguée le 14 janvier", "It was passed in May and signed into law in June": the
            # call, the law, both times; not "..., lors de la session, qui se tient depuis le 9
            # novembre et s'achève ce mercredi".
            phrase = previous
        elif verb.of_subject and (opened := _OPENED_AND.search(before)) is not None:
            # "Le Forum s'ouvrira le 22 mai et se clôturera le 24 mai": the forum, which a gathering's
            # close ends (``event_dates.closing_dates``) rather than making a milestone of its own.
            phrase = _subject(before[: opened.start()])
            if phrase is not None and _a_gathering(phrase[1]):
                continue
        elif verb.of_subject or passive:
            # "The code, signed in May by the ministers, enters into force": the subject before the
            # aside (``_subject``); "The AI Office, set up in 2024": the title the participle follows.
            comma = before.rstrip()[-1:] == ","
            aside = comma and not passive and before.rstrip(" ,").rfind(",") > 0
            clause = _BEFORE_VERB.sub("", before)
            relative = _RELATIVE_SUBJECT.search(clause) if verb.of_subject else None
            if relative is not None and (
                (relative.group(0).lower().startswith("who") and not verb.person)
                or _CLOSED_WITH.match(text, end)
            ):
                # "the minister who opened the meeting": a person, opening nothing; "a session
                # which closed with a statement": the statement's day (``event_dates.closed_with``).
                continue
            if relative is not None:
                # "a public consultation that closed on 30 June": what the pronoun stands for.
                antecedent_clause = clause[: relative.start()].rstrip(" ,")
                phrase = (
                    _antecedent_of_relative(antecedent_clause, common=False)
                    or _object_with_complement(antecedent_clause, verb.objects)
                    or _last_noun_phrase(antecedent_clause)
                )
            elif (to_be := _TO_BE.search(before)) is not None and to_be.group("word").lower() not in _RAISING:
                # "a global dialogue to be convened in Geneva": the noun the infinitive follows;
                # not "the communique was expected to be signed", whose subject is before.
                phrase = _last_noun_phrase(before[: to_be.start("to")])
            elif (
                verb.of_subject
                and not passive
                and _AND_BEFORE.search(before)
                and not _RELATIVE_WORD.search(clause)  # "la session, qui se tient ... et s'achève"
            ):
                # "She oversaw the rules and stepped down in 2028": the subject the clause opens
                # on, not what the verb before named; none for a pronoun.
                phrase = _clause_opener(clause)
                if phrase is None:
                    continue
            elif verb.lang == "en" and comma and found.group(0).split()[0].lower().endswith("ing"):
                # "The Act was adopted in May, taking effect in June": the clause's subject is the
                # sentence's, or what its verb before was done to.
                phrase = previous or _opening_subject(text[sentence.start : sentence.end])
            elif not comma and (right_before := _object_right_before(before, verb)) is not None:
                # "a lancé une consultation publique ouverte jusqu'au 30 juin": what is open is the
                # noun the participle follows, not the sentence's subject.
                phrase = right_before
            else:
                phrase = _apposed(before, verb.lang) if comma and not aside else _subject(before)
                if passive and phrase is not None and _describes_noun_before(before, phrase, verb, comma):
                    continue
            if phrase is None and passive:  # "la note sur le climat, qui sera présentée jeudi"
                relative = _RELATIVE_END.search(clause)
                one = _singular_passive(before[len(clause) :], found.group(0), verb.lang)
                phrase = _passive_antecedent(clause[: relative.start()], one) if relative else None
            if phrase is None and _SUBORDINATOR.match(clause) and _PRONOUN_SUBJECT.search(clause):
                # "A year after it was signed in Lagos, the pact has ...": the pronoun of a clause put
                # first stands for the subject of the sentence that follows it.
                phrase = _fronted(text[end : sentence.end])
        else:
            skipped = time_phrase_length(text[end : sentence.end])
            end += skipped
            # "a adopté jeudi, par 120 voix pour, 5 contre et 40 abstentions, une résolution"
            votes = _VOTE_COUNT.match(text, end, sentence.end)
            end = votes.end() if votes is not None else end
            # "membre d'UNESCO": the object follows the form's apostrophe without a space.
            phrase = _object(" " * found.group(0).endswith("'") + text[end : sentence.end])
            agreed = found.group(0).endswith(("ée", "ées", "és")) and _AVOIR_BEFORE.search(before)
            if phrase is not None and agreed and _RELATIVE_OBJECT.search(before):
                # "la charte que les ministres ont adoptée ... entre en vigueur": a participle after
                # "avoir" agrees with an object told before it, so what follows is the main clause.
                phrase = None
            # "announced on Sunday 109 billion euros of investment": a sum is an object, article or not
            no_object = (
                phrase is not None
                and not phrase[0]
                and phrase[1][:1].islower()
                and not _AMOUNT.match(text, end, sentence.end)
            )
            # At the clause's end, or an aside's: "created by a resolution adopted in August 2031, is to".
            ends = (
                bool(skipped)
                and (
                    not text[end : sentence.end].strip(" .;")
                    or (text[end : end + 1] == "," and "," in before)
                )
                and not _RELATIVE_OBJECT.search(before)
            )
            if english_ed and (
                (skipped and (no_object or ends)) or (not skipped and _BY_SOMEONE.match(text, end))
            ):
                # "A public consultation launched in February drew comments", "The Deal agreed by
                # the two countries in May remains": no object after the time, or an agent, so the
                # participle qualifies the noun before it, which is what was done, not who did it;
                # at the clause's end, the noun right before it ("will fund the Taskforce launched
                # in April").
                clause = before.rstrip()
                phrase = (
                    (_antecedent_of_relative(clause) or _last_noun_phrase(clause))
                    if ends
                    else _subject(before)
                )
                passive = True
                if phrase is not None and _a_gathering(phrase[1]):
                    continue  # "the AI Safety Summit convened by Rishi Sunak": the summit itself
            aside = _ASIDE.match(text, end, sentence.end) or _PARTNER_ASIDE.match(text, end, sentence.end)
            for _ in range(_ASIDES):
                if phrase is not None or aside is None:
                    break
                # "a adopté lundi, par consensus, une résolution"; "présentera demain, à Montréal,
                # dans le cadre de la conférence ALL IN, un code": an aside, or a few.
                end = aside.end()
                phrase = _object(" " + text[end : sentence.end])
                counted = phrase is not None and phrase[1].split()[0].lower() in _COUNTS  # "trois accords"
                phrase = phrase if phrase is not None and (phrase[0] or counted) else None
                aside = _SETTING_ASIDE.match(text, end, sentence.end) or _PARTNER_ASIDE.match(
                    text, end, sentence.end
                )
            if phrase is None and english_participle:  # "The AI Office, set up within the Commission"
                phrase = _apposed(before, verb.lang)
            if phrase is None and (relative := _RELATIVE_OBJECT.search(before)) is not None:
                # "Executive Order 14179, which Trump signed": what the relative pronoun stands for.
                phrase = _antecedent_of_relative(before[: relative.start()])
                relative_doer = _relative_doer(relative.group("doer"))
                after_relative = True
                if phrase is None:
                    continue
            end += _object_end(text[end : sentence.end], phrase)
            phrase = _article_in_form(found.group(0), phrase)
        if phrase is not None:
            phrase = (phrase[0], _before_next_verb(phrase[1], language))
            if passive:  # "le Réseau des drones, un organe (qui a été) lancé l'an dernier": the network
                relative = _RELATIVE_SUBJECT.sub("", _BEFORE_VERB.sub(" ", before))
                phrase = _named_in_apposition(relative, phrase) or phrase
            trip_or_meeting = kind_of(verb.noun) in ("visit", "meeting")
            purpose = _FOR_WHAT.search(text, found.end(), end) if trip_or_meeting else None
            if purpose is not None:  # "travelling to Bletchley for talks", "hosted X for the Dialogue"
                end, phrase = purpose.start(), (phrase[0], _FOR_WHAT.split(phrase[1], maxsplit=1)[0])
            if phrase[1].split()[:1] == [verb.noun]:
                continue  # "put forward the proposal": the proposal named elsewhere, or nowhere
            if verb.link == "en" and _held(phrase[1], TRIPS):
                continue  # "se rendra en visite officielle au Japon": the visit, told by its own noun
            if verb.begins and _held(phrase[1], TRIPS):
                # "a entamé une visite d'État": the visit, dated where it is told; not "des négociations"
                continue
            if verb.noun in _TERMS and _a_gathering(phrase[1]):
                continue  # "The Ministerial Council Meeting, chaired by Norway": who chaired it, no term
            if (
                verb.noun == "closing"
                and verb.of_subject
                and _a_gathering(_head(phrase[1]), kinds=_ONE_OFF_CLOSED)
            ):
                # "The two-day summit closed on Tuesday": the summit's last day, told by its noun; not
                # "Registration for the summit closes".
                continue
            if kind_of(verb.noun) == "meeting" and _a_gathering(
                phrase[1], kinds=_ONE_OFF if verb.of_subject else GATHERING_KINDS
            ):
                # "to convene a conference in Lomé", "le sommet s'est réuni à Lima": the gathering,
                # an event of its own; but a forum or a dialogue that meets may be a body meeting.
                continue
        # The subject alone, without the verb's auxiliaries ("It will", "Ses règles", "Il").
        bare_subject = _BEFORE_VERB.sub("", before).strip()
        if (phrase is None or _its_parts(bare_subject)) and _text_by_pronoun(bare_subject, verb, passive):
            phrase = _text_told_before(verb.lang)  # "It will enter into force": the text
        elif (
            phrase is None
            and verb.lang == "fr"
            and (
                (
                    (clitic := _CLITIC.search(before)) is not None
                    and (
                        clitic["auxiliary"]
                        or _FUTURE_FORM.fullmatch(verb_word := found.group(0).split()[0])
                        or (clitic["modal"] and FRENCH_INFINITIVE.fullmatch(verb_word))
                    )
                )
                or (_CLITIC_TO.search(before) and FRENCH_INFINITIVE.fullmatch(found.group(0)))
            )
        ):
            phrase = _text_told_before("fr")  # "le Conseil l'a adopté": the text named before
            gender = _participle_gender(found.group(0))
        elif phrase is None and verb.lang == "en" and not passive and _IT_AFTER.match(text, end):
            phrase = _text_told_before("en")  # "the lower house amended it": the text named before
        elif phrase is None and verb.person and _PERSON_PRONOUN.fullmatch(bare_subject):
            # "Marc Lefèvre a été nommé directeur. Il prendra ses fonctions le 1er décembre": him.
            before_it = texts_before(sentence.start) if texts_before else [text[: sentence.start]]
            phrase = _person_before(before_it)
        elif phrase is None and verb.alone and not passive and _when_and_where_only(text, found.end()):
            # "Le Sénat votera le 20 mars", "MEPs will vote on Wednesday": the subject's vote.
            subject = _subject(before)
            if subject is not None and not _PRONOUN.fullmatch(subject[1]):
                phrase, voters = subject, True
                verb = dataclasses.replace(verb, of_subject=True, link=None, objects=frozenset())
        elif phrase is None and verb.objects and not (passive or verb.link):
            # "The call for proposals opens on 1 April": with no object, what the verb is done to
            # is its subject.
            subject = _object_as_subject(before, verb)
            if subject is not None:
                phrase, verb = subject, dataclasses.replace(verb, of_subject=True)
        step = _INSTRUMENT_OF.fullmatch(phrase[1]) if phrase is not None else None
        if step is not None:
            # "a déposé son instrument de ratification (de la convention)": the text it names, else the
            # text told before, ratified by the subject.
            of_text = step.group("text")
            phrase = (
                (_article_without_of(step.group("det")), of_text) if of_text else _text_told_before(verb.lang)
            )
            verb = dataclasses.replace(
                verb, noun=step.group("step").lower(), kind="adoption", objects=frozenset()
            )
        owned = written = None
        # "les eurodéputés voteront": who votes, no text named before.
        if phrase is not None and not voters and not _bare_plural(phrase, verb) and _refers_back(*phrase):
            owned = phrase if phrase[0] in _POSSESSIVES else None
            written = phrase if phrase[0].lower() in _WRITTEN_BACK else None
            # "La consultation est ouverte jusqu'au 28 février": the one named before, else itself.
            alone = phrase if phrase[1].lower() in _TOLD_ALONE else None
            phrase = (
                _resolved(phrase, antecedent(phrase[1], found.start(), gender) if antecedent else None)
                or alone
            )
            if verb.of_subject and phrase is not None and phrase[1][:1].islower() and _a_gathering(phrase[1]):
                # "a four-day official visit ... The visit closes on 12 June": a gathering told by
                # its description, whose days the verb tells (``event_dates.closing_dates``).
                continue
            # "La Commission a présenté sa proposition": its own, told apart by whose it is (below).
            phrase = phrase or owned
            owned = owned if phrase is owned else None
        elif phrase is not None and antecedent and _head_alone(*phrase):
            # "The Act takes effect": the Act the document named, else the words as written.
            phrase = _resolved(phrase, antecedent(phrase[1], found.start(), gender)) or phrase
        if phrase is None:
            continue
        swapped = relative_doer
        for words_after, noun in verb.then:
            # "a ouvert sa Convention-cadre à la signature": the opening for signature of the treaty.
            after = re.search(rf"\s+{re.escape(words_after)}\b", phrase[1], re.IGNORECASE)
            if after is not None:
                phrase = (phrase[0], phrase[1][: after.start()])
                verb = dataclasses.replace(verb, noun=noun, kind=None, objects=frozenset())
                break
        if verb.place and not (known_place(phrase[1]) and _names_a_person(_BEFORE_VERB.sub("", before))):
            continue  # "Le texte est attendu à l'automne", "Growth is expected in France": no trip
        if verb.objects and not _names_one(phrase[1], verb.objects):
            if relative_doer is not None:
                continue  # "..., which the minister presented": the pronoun stands for the object
            # "The bill passed the Senate": the law is the subject, the chamber what it passed; but
            # whom one meets is never the subject ("the minister received the report").
            subject = (
                None
                if passive or verb.link
                else _subject(before) or _it(_BEFORE_VERB.sub("", before).split())
            )
            if subject is not None and _refers_back(*subject):
                subject = _resolved(
                    subject, antecedent(subject[1], found.start(), None) if antecedent else None
                )
            if subject is None or not _names_one(subject[1], verb.objects):
                continue
            phrase, swapped = subject, phrase
        previous, previous_end, previous_passive = phrase, found.end(), passive
        if verb.by_subject and _PEERS.match(phrase[1]):
            continue  # "joining 20 companies that signed them": others who did the same, no body
        if _opened_or_closed_noun(verb, phrase):
            # "Submissions close on 20 January": a common noun capitalised only as the first word.
            phrase = ("", phrase[1].lower())
        name = _name(verb, *phrase)
        stage = _READING.search(text, found.end(), min(sentence.end, found.end() + _READING_WITHIN))
        if stage is not None:  # "adopté en deuxième lecture": which step of the law it was
            name = name if stage.group("stage").lower() in name.lower() else f"{name} {stage.group('stage')}"
        elif not opening:  # "adopté une première fois", "l'a adopté définitivement", "first passed"
            # ("First adopted in 2019, the principles...": first as in originally, not a step)
            name = _with_step(name, verb, _step(text, found.start(), found.end()))
        unplaced = None
        if kind_of(verb.noun) == "publication" and (
            # "appeared in the Official Journal": the form may say where itself.
            gazette := _gazette().match(text, found.end(), sentence.end) or _gazette().match(found.group(0))
        ):
            # "published in the Official Journal on 12 July": where, which another report may not say.
            name, unplaced = f"{name} {gazette.group('where')}", name
        aliases: tuple[str, ...] = ()
        doer = _doer(before) if verb.by_subject and not passive else None
        if doer is not None and _refers_back(*doer):  # "the institute would join": which institute
            doer = _resolved(doer, antecedent(doer[1], found.start(), None) if antecedent else None)
        agent = None
        if doer is not None:
            name = _with_doer(name, verb, doer)
        elif fronted is None and not (verb.of_subject or verb.by_subject or verb.link or passive):
            # Named by its agent too, and by its object alone: another report may not say who.
            agent = swapped or (None if after_relative else _agent(before, found.start(), antecedent))
            if swapped is not None and _STAGE.search(swapped[1]):
                agent = None  # "The bill passed its third reading": a stage of its passage, not who passed it
            aliases = (name,) if agent is not None else ()
            name = _with_agent(name, verb.lang, agent)
        elif passive and not (verb.of_subject or verb.by_subject or verb.link):
            # "adopté une première fois par le Sénat", "enacted by the House of Councillors".
            agent = _passive_agent(text, found.end(), sentence.end)
            aliases = (name,) if agent is not None else ()
            further = [
                (start, stop, _with_agent(name, verb.lang, other))
                for start, stop, other in _further_agents(text, found.end(), sentence.end, language)
            ]
            if further and agent is not None:  # each body's day follows it: the first's ends with its name
                end = _agent_at(text, found.end(), sentence.end).end()
            name = _with_agent(name, verb.lang, agent)
        if unplaced is not None:
            aliases = (*aliases, unplaced)
        if written is not None and phrase is not written:
            # "Les eurodéputés ont approuvé le texte": the document's own words stay an alias.
            literal = _name(verb, *written)
            literal = (
                _with_doer(literal, verb, doer)
                if doer is not None
                else _with_agent(literal, verb.lang, agent)
            )
            aliases = (*aliases, literal)
        if owned is not None:
            # "La Commission a présenté sa proposition": "Présentation de la proposition de la
            # Commission"; by no one named, whose it is nothing tells.
            owner = doer or agent
            if owner is None:
                continue
            name = _name(verb, phrase[0], of_phrase(phrase[1], verb.lang, *owner))
            name = f"{name} {stage.group('stage')}" if stage is not None else name
            aliases = ()
        earlier = _PLUPERFECT.search(before) is not None and not _CLEFT.search(before)
        if proposed:
            name = _PROPOSAL[verb.lang] + name[:1].lower() + name[1:]
            aliases = tuple(_PROPOSAL[verb.lang] + a[:1].lower() + a[1:] for a in aliases)
        kind = "announcement" if proposed else verb.kind or kind_of(verb.noun)
        proposal = bool(proposed) or verb.noun in _PROPOSAL_NOUNS
        if not further or agent is not None:  # "par les deux chambres : ...": each chamber's, not both's
            out.append(VerbEvent(found.start(), end, name, kind, earlier, aliases, proposal))
        if verb.link and kind == "visit":
            out.extend(_next_legs(text, end, sentence.end, verb, earlier))
        elif (setting := _THEN_SITTING.search(text, end, sentence.end)) is not None:
            # "examiné en commission le 28 juin, puis en séance publique le 10 juillet": the same
            # step again, in another sitting, dated by its own words.
            again = f"{name} {' '.join(setting.group('sitting').split())}"
            out.append(VerbEvent(setting.start("sitting"), setting.end(), again, kind, earlier))
        for start, stop, other in further:
            out.append(VerbEvent(start, stop, other, kind, earlier, (), proposal))
    return out


def _next_legs(text: str, end: int, limit: int, verb: _Verb, earlier: bool) -> list[VerbEvent]:
    """ "se rendra à Accra le 2 juin, puis à Lomé le 3 juin", "then to Lomé": each further place a
    trip goes on to is a visit of its own, dated by its own words."""
    out = []
    for leg in _NEXT_LEG.finditer(text, end, limit):
        place = _PLACE_NAME.match(text, leg.end(), limit)
        if place is None or not known_place(place.group(0)):
            break  # "puis au Sénat": a body, not a place the trip goes on to
        noun = capitalise(verb.noun)
        name = f"{noun} {leg.group('prep').lower()} {place.group(0)}"
        out.append(VerbEvent(leg.start("prep"), place.end(), name, "visit", earlier))
    return out


def _listed_bodies(text: str, position: int, limit: int) -> list[tuple[int, int, tuple[str, str]]]:
    """ "voté par les deux chambres : l'Assemblée le 28 août, le Sénat le lendemain": each body
    listed after the colon with its own time did the step then."""
    out = []
    opening = position - 1  # each item is written from the mark before it, not as the body's name alone
    while (body := _BODY_ITEM.match(text, position, limit)) is not None:
        time = time_phrase_length(text[body.end() : limit])
        if not time:
            break
        out.append((opening, body.end(), _named(body)))
        joint = _ITEM_JOINT.match(text, body.end() + time, limit)
        if joint is None:
            break
        opening, position = joint.start(), joint.end()
    return out if len(out) > 1 else []


@cache
def _gazette() -> re.Pattern[str]:
    """ "publié le 12 juillet au Journal officiel de l'UE", "published in the Official Journal": where a
    text is published, a few words on, with its preposition and whose it is."""
    names = "|".join(re.escape(name) for name in sorted(gazettes(), key=len, reverse=True))
    return re.compile(
        rf"[^,;.:]{{0,40}}?\s(?P<where>(?:au|à la|dans le|in the|in)\s+(?:{names})"
        r"(?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+|de\s+|of\s+the\s+)(?-i:[A-ZÀ-Ý])[\w'’-]*"
        r"(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*)*|\s+[a-zé]+(?:ien|ienne|ais|aise|éen|éenne))?)",
        re.IGNORECASE,
    )


def _further_agents(
    text: str, end: int, limit: int, language: str | None
) -> list[tuple[int, int, tuple[str, str]]]:
    """The other bodies a passive verb's step is told of, with no verb of their own: "adoptée par
    l'Assemblée le 14 novembre et par le Sénat le 9 décembre" (where each is written, and who)."""
    listed = _BODIES_LISTED.match(text, end, limit)
    if listed is not None and not _verb_word(language).search(text, end, listed.end()):
        return _listed_bodies(text, listed.end(), limit)
    out = []
    position = end
    while (joint := _AND_BY.search(text, position, limit)) is not None:
        if (
            _verb_word(language).search(text, position, joint.start())
            or ";" in text[position : joint.start()]
        ):
            break  # "..., and signed by the President": a verb of its own
        agent = _agent_at(text, joint.end(), limit)
        if agent is None:
            break
        out.append((joint.start(), agent.end(), _named(agent)))
        position = agent.end()
    return out


def _object_as_subject(before: str, verb: _Verb) -> tuple[str, str] | None:
    """The subject of a verb done to what it names (its objects) when it is one of them: "La
    consultation s'ouvre le 1er avril", "The call for proposals opens on 1 April" tell its opening,
    not another verb; "The decision follows an inquiry opened in 2030": the phrase right before it."""
    candidates = (_head_phrase_at_end(before.rstrip()), _subject(before)) if verb.objects else ()
    return next((c for c in candidates if c is not None and _names_one(c[1], verb.objects)), None)


def _relative_doer(words: str) -> tuple[str, str] | None:
    """Who did it, between a relative pronoun and its verb: a name or a title, not a pronoun."""
    if _PRONOUN.fullmatch(words.strip()) or _AUXILIARY.search(words):
        return None
    return _subject(words)


def _held_after(text: str, end: int) -> bool:
    """ "closed the summit", "to close the visit": a gathering or a trip right after the verb."""
    return _held(_DETERMINED_NOUN.match(text, end)[0])


def _held(phrase: str, kinds: frozenset[str] = HELD) -> bool:
    """Whether a noun phrase names a gathering or a trip ("une visite en Italie") of these kinds."""
    return any(kind_of(found.group("kw")) in kinds for found in EVENT_WORD.finditer(phrase))


def _head(phrase: str) -> str:
    """A noun phrase without its complement ("registration" of "registration for the Summit")."""
    return _COMPLEMENT_START.split(" " + phrase, maxsplit=1)[0]


def _a_gathering(phrase: str, *, kinds: frozenset[str] = GATHERING_KINDS) -> bool:
    """Whether a noun phrase names a gathering ("the AI Safety Summit") of these kinds, an event of
    its own."""
    return any(
        found.group("kw").lower() in KINDS and kind_of(found.group("kw")) in kinds
        for found in EVENT_WORD.finditer(phrase)
    )


def _antecedent_of_relative(clause: str, *, common: bool = True) -> tuple[str, str] | None:
    """What "que"/"which"/"qui" stands for: the clause's last French text title, lower-case
    adjectives and all ("l'Initiative mondiale pour la gouvernance de l'IA que ..."), or the name
    it ends on, or (when ``common``) a common noun that points back at one ("... la charte")."""
    found = _last_instrument(clause, capitalised=True)
    if found is not None:
        return found.group("det").lower(), _before_apposition(trim_phrase(clause[found.start("head") :]))
    named = _TITLE_AT_END.search(clause) or _NAME_AT_END.search(clause)
    if named is not None and (named.group("det") or " " in named.group("np")):
        return _named(named)
    quoted = _quoted_at_end(clause)
    if quoted is not None:
        return quoted
    last = _COMMON_AT_END.search(clause) if common else None
    return None if last is None else (last.group("det").lower(), last.group("np"))


def _named_in_apposition(before: str, phrase: tuple[str, str]) -> tuple[str, str] | None:
    """The name a common noun with "un"/"a" is set beside ("the Drone Network, a body launched in
    2030", "le Réseau des drones, un organe créé en 2030"): what the participle was done to."""
    determiner, noun = phrase
    head = before.rstrip()
    if determiner.lower() not in _A_NEW or noun != noun.lower() or not head.endswith(noun):
        return None
    head = head[: -len(noun)].rstrip()
    if not head.lower().endswith(determiner.lower()):
        return None
    head = head[: -len(determiner)].rstrip()
    if not head.endswith(","):
        return None
    named = _NAMED_AT_END.search(head[:-1].rstrip())
    return None if named is None else _named(named)


def _object_with_complement(clause: str, heads: frozenset[str]) -> tuple[str, str] | None:
    """ "opened a consultation on the revised bill, which runs until ...": what the pronoun stands
    for is the noun of the verb's kind with its complement, not the last noun of that complement."""
    if not heads:
        return None
    found = _OBJECT_WITH_COMPLEMENT.search(clause)
    while found is not None and not _names_one(found.group("np"), heads):
        found = _OBJECT_WITH_COMPLEMENT.search(clause, found.end("det"))
    if found is None:
        return None
    return ARTICLE_NAMED_AGAIN.get(found.group("det").lower(), found.group("det").lower()), found.group("np")


def _object_right_before(before: str, verb: _Verb) -> tuple[str, str] | None:
    """The noun phrase a bare participle of a verb of the subject follows ("une consultation ouverte
    jusqu'au"), when it names one of the verb's objects."""
    if not verb.objects or _AUXILIARY.search(before[-12:]) or _BEFORE_VERB.search(before):
        return None  # "The authority should start operating": a verb after its modal has a subject
    found = _last_noun_phrase(before)
    return found if found is not None and _names_one(found[1], verb.objects) else None


def _describes_noun_before(before: str, phrase: tuple[str, str], verb: _Verb, comma: bool) -> bool:
    """ "une base constituée à partir de photos publiées sur les réseaux sociaux": a bare French
    participle right after a common noun other than the phrase read as what it was done to
    describes that noun; no text of the verb's is named, and the subject did not do it."""
    if verb.lang != "fr" or comma or _PASSIVE.search(before) or _AUXILIARY.search(before[-12:]):
        return False
    noun_right_before = _NOUN_RIGHT_BEFORE.search(before) is not None
    return noun_right_before and not before.rstrip().lower().endswith(phrase[1].lower())


def _last_noun_phrase(clause: str) -> tuple[str, str] | None:
    """The common noun phrase a clause ends on, which a relative pronoun after it stands for."""
    found = _LAST_NOUN_PHRASE.search(clause)
    if found is None:
        return None
    determiner, phrase = found.group("det").lower(), found.group("np").strip()
    # "a consultation that closed": the one just told, named with the article it is named again with.
    determiner = ARTICLE_NAMED_AGAIN.get(determiner, determiner)
    return ("l'" if determiner in ("le", "la") and phrase[:1].lower() in "aeiouéèêh" else determiner), phrase


def _imperative(form: str) -> bool:
    """Whether an English form opening its sentence is the bare verb ("Join", "Sign up"), not a
    participle or a third person ("Signed in May, ...", "Launches")."""
    word = form.split()[0]
    return word[:1].isupper() and not word.lower().endswith(("ed", "ing")) and not re.search(r"[^s]s$", word)


def _text_told_before(language: str | None) -> tuple[str, str]:
    """The phrase that stands for whichever text was named before ("it", "l'", an instrument of
    ratification alone), which the antecedents then resolve."""
    return ("", "texte" if language == "fr" else "text")


def _article_without_of(joined: str) -> str:
    """The article left once "of" or "de" is taken away: "de la" is "la", "of" and "d'" none."""
    return _OF_ARTICLE.get(" ".join(joined.lower().replace("’", "'").split()), "")


def _passive_antecedent(clause: str, singular: bool | None) -> tuple[str, str] | None:
    """What "qui"/"which" before a passive stands for ("la note sur le climat, qui sera présentée
    jeudi"): a name, unless it is the complement of the noun phrase that holds it ("un centre de
    recherche sur l'IA, qui sera inauguré": the centre) and the verb agrees with that phrase ("the
    negotiations on the Drone Charter, which was signed": the charter). After an apposition, it is
    the noun the verb agrees with ("the Principles, the first standard, which were adopted") and a
    name a common noun is set beside ("the Drone Charter, a text which was signed")."""
    named = _antecedent_of_relative(clause, common=False)
    head = _head_phrase_at_end(clause)
    if named is None or (
        head is not None
        and head[1].endswith(named[1])
        and head[1] != named[1]
        and (_agrees(head[1], singular) or not _agrees(named[1], singular))
    ):
        named = head
    if named is None:
        return None
    apposed = clause.rstrip(" ,").rfind(",")
    if apposed > 0 and not _agrees(named[1], singular):
        # "the Principles on Drones, the first standard on drones, which were adopted": the verb
        # agrees with the noun the apposition describes, not with the apposition.
        return _passive_antecedent(clause[:apposed], singular) or named
    return _named_in_apposition(clause.rstrip(), named) or named  # "the Drone Charter, a text which"


def _agrees(phrase: str, singular: bool | None) -> bool:
    """Whether a noun phrase's head has the verb's number, by its ending ("standards", "réseaux")."""
    return singular is None or singular != _head(phrase).split()[-1].lower().endswith(("s", "x"))


def _singular_passive(auxiliary: str, form: str, language: str | None) -> bool | None:
    """Whether a passive is in the singular: its French participle's ending ("signée", "signées"),
    or its English auxiliary ("was", "were"); None when neither tells."""
    if language == "fr":
        return not form.lower().split()[0].endswith("s")
    if re.search(r"\b(?:was|is|has)\b", auxiliary, re.IGNORECASE):
        return True
    return False if re.search(r"\b(?:were|are|have)\b", auxiliary, re.IGNORECASE) else None


def _before_apposition(phrase: str) -> str:
    """A noun phrase without the apposition set off after it ("Charte des drones, un texte de dix pages")."""
    return phrase.split(",")[0].rstrip()


def _head_phrase_at_end(clause: str) -> tuple[str, str] | None:
    """The noun phrase a clause ends on, from the last article that opens no complement: "créer un
    centre de recherche sur l'IA" ends on the centre, not on "l'IA"."""
    heads = [
        found
        for found in _HEAD_ARTICLE.finditer(clause)
        if not _COMPLEMENT_BEFORE.search(clause, 0, found.start())
        and not _EN_COMPLEMENT_BEFORE.search(clause, 0, found.start())
        and not (
            found.group("det").lower() in ("du", "des")
            and _ARTICLED_NOUN_BEFORE.search(clause, 0, found.start())
        )
    ]
    if not heads:
        return None
    phrase = _before_apposition(trim_phrase(clause[heads[-1].end() :].strip()))
    done_to = _DONE_TO.match(phrase)
    if done_to is not None and is_milestone(done_to.group("noun")):
        # "la création d'un observatoire, qui sera lancé": the thing, not the act done to it.
        return done_to.group("det").lower(), done_to.group("np")
    return heads[-1].group("det").lower(), phrase


def _participle_gender(form: str) -> str | None:
    """ "La Chambre l'a adopté": a participle after "l'a" agrees with the text it stands for."""
    if form.endswith(("ée", "ées")):
        return "f"
    return "m" if form.endswith(("é", "és")) else None


def _quoted_at_end(clause: str) -> tuple[str, str] | None:
    """ "sa note d'orientation sur un « Nouvel Agenda pour la paix »": a noun phrase that ends on a
    quoted title, from its determiner, with no verb between."""
    quote = _QUOTE_AT_END.search(clause)
    if quote is None:
        return None
    words = clause[: quote.start()].split()
    for back in range(1, min(len(words), _QUOTED_LEAD_WORDS) + 1):
        word = words[-back].lower()
        if word in _NOT_IN_PHRASE:
            return None
        if word in _PHRASE_DETERMINERS:
            return word, " ".join([*words[len(words) - back + 1 :], quote.group(0).strip()])
    return None


def _names_one(phrase: str, heads: frozenset[str]) -> bool:
    """Whether a noun phrase, up to its first complement, has one of the head words, or its plural
    ("a framework law on drones" has "law", "les décrets d'application" "décret"; "the microphone
    to the mayor" has none)."""
    words = _COMPLEMENT_START.split(phrase, maxsplit=1)[0].lower().split()
    return any(word in heads or (word[-1:] in "sx" and word[:-1] in heads) for word in words)


_LEADING_SAME_DAY = re.compile(rf"\s+{SAME_DAY.pattern}", re.IGNORECASE)
_LEADING_YEAR = re.compile(r"\s+\d{4}(?=[\s,.;:]|$)")


@cache
def _leading_time_word() -> re.Pattern[str]:
    words = "|".join(re.escape(word) for word in sorted(time_words() | time_phrases(), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:(?:on|last|this|next|ce)\s+(?:{words})(?!\s+\d{{1,2}}\b)"
        rf"|(?:in|en|in\s+the|dans\s+la|dans\s+l['’])\s*(?:{words})"  # "in the afternoon", "dans l'après-midi"
        rf"|(?:{words}))"
        rf"(?:\s+(?:dernier|prochain|matin|soir|last|next|morning|evening)(?!\s+(?:year|month|week)\b))?(?=[\s,.;:]|$)",
        re.IGNORECASE,
    )


@cache
def _leading_deadline() -> re.Pattern[str]:
    """ "présentera d'ici la fin de l'année une stratégie", "will publish by June its guidelines": a
    time something is to be done by."""
    words = "|".join(re.escape(word) for word in sorted(time_words(), key=len, reverse=True))
    return re.compile(
        r"\s+(?:d['’]ici(?:\s+à)?|avant|by|before)\s+(?:(?:la\s+fin|the\s+end)\s+(?:de\s+l['’]|du\s+|of\s+the\s+|of\s+))?"
        rf"(?:l['’]|the\s+)?(?:année|year|été|summer|{words}|\d{{4}})(?:\s+\d{{4}})?(?=[\s,.;:]|$)",
        re.IGNORECASE,
    )


def time_phrase_length(after: str) -> int:
    """ "a publié lundi ses recommandations", "ont adopté vendredi à Paris une version révisée": the
    day, the place and an adverb between a verb and its object are skipped, in any order, and so is a
    phrase that points back to a day ("ont adopté le même jour une déclaration"); so are they
    between a milestone word and what it is of ("l'adoption l'an dernier de la stratégie")."""
    length = 0
    while found := (
        _leading_time_word().match(after, length)
        or _LEADING_SAME_DAY.match(after, length)
        or _LEADING_PLACE.match(after, length)
        or _leading_venue().match(after, length)
        or _leading_day(after, length)
        or _LEADING_ADVERB.match(after, length)
        or _LEADING_DURATION.match(after, length)
        or _leading_deadline().match(after, length)
        or _LEADING_READING.match(after, length)
        or (length and _LEADING_YEAR.match(after, length))  # "in May 2031", after its month
    ):
        placed = found.re in (_LEADING_PLACE, _leading_venue())
        if placed and (
            KIND_WORD.search(found.group(0))
            or (found.group("article") and _OF_MORE.match(after, found.end()))
        ):
            # "at the Summit of the Future" is an event, whose date and name are read as its own;
            # "à la Cité de la science" a name read in part ("l'adoption à Kigali de la charte" is whole).
            break
        length = found.end()
        if placed and (what := _PLACE_APPOSITION.match(after, length)):
            length = what.end()  # "à Chequers, la résidence de campagne du Premier ministre,"
    return length


@cache
def _leading_venue() -> re.Pattern[str]:
    """ "a reçu lundi au palais présidentiel le Premier ministre": a building named by a common noun
    (``lexicon.venue_words``), an adjective and whose it is, is a place too."""
    venues = "|".join(sorted(venue_words(), key=len, reverse=True))
    return re.compile(
        rf"\s+(?:à|au|in|at)\s+(?P<article>(?:la|le|les|the)\s+|l['’])?(?:[a-zà-ÿ]+\s+)?(?:{venues})"
        rf"(?:\s+[a-zà-ÿ]+(?:é|ée|el|ial|al|ale|aux)\b)?(?:\s+(?:de|du|des|of)\s+(?:the\s+|l['’])?{_PLACE_WORD})?"
        r"(?=[\s,])"
    )


def _leading_day(after: str, at: int) -> re.Match[str] | None:
    """ "ont adopté le 3 mai 2031 une charte": a day written in full before the object."""
    found = _LEADING_DAY.match(after, at)
    return found if found is not None and found.group("month").lower() in time_words() else None


def _article_in_form(form: str, phrase: tuple[str, str] | None) -> tuple[str, str] | None:
    """ "devenue membre du GPAI": the article the form ends on belongs to the object."""
    last = form.lower().rsplit(" ", 1)[-1]
    if phrase is None or phrase[0] or last not in _ARTICLE_IN_FORM:
        return phrase
    return _ARTICLE_IN_FORM[last], phrase[1]


def _before_next_verb(phrase: str, language: str | None) -> str:
    """ "meet with the minister and sign a memorandum", "approved the work plan and welcomed Kenya":
    the object ends where the next verb begins (an English past told after "and" too)."""
    joints = list(re.finditer(r"\s+(?:and|et)\s+", phrase))
    # "interdit certains usages et prévoit de lourdes pénalités": any French verb, by the model; "ont
    # signé une déclaration et annoncé la création d'un centre": a participle with its own object.
    french = joints and language == "fr"
    finite = nlp.finite_verbs(phrase) if french else frozenset()
    participles = nlp.participles(phrase) if french else frozenset()
    for joint in joints:
        at = joint.end()
        if (
            _verb_word(language).match(phrase, at)
            or _PAST_AFTER_AND.match(phrase, at)
            or at in finite
            or (at in participles and FRENCH_OBJECT_NEXT.match(phrase, _WORD.match(phrase, at).end()))
        ):
            return phrase[: joint.start()]
    return phrase


def _head_alone(determiner: str, phrase: str) -> bool:
    """ "the Act", "la Convention": a text's head word alone, capitalised after a definite article."""
    return (
        determiner.lower() in ("the", "le", "la", "l'")
        and phrase[:1].isupper()
        and phrase.lower() in instrument_heads()
    )


def _bare_plural(phrase: tuple[str, str], verb: _Verb) -> bool:
    """ "will publish guidelines": an English plural with no determiner is a new thing, whatever was
    named before; not whom one meets with ("meet with ministers")."""
    determiner, words = phrase
    return (
        verb.lang == "en" and not verb.link and not determiner and _BARE_PLURAL.fullmatch(words) is not None
    )


# "Les inscriptions sont ouvertes jusqu'au 10 novembre", "the registration closes": the process
# of taking part in what the text tells, named by itself, no title written before.
_NEEDS_NO_TITLE = frozenset(
    "inscription inscriptions candidatures accréditation accréditations registration applications "
    "nominations submissions accreditation entries".split()
)


# A process the text may tell of without naming it first: still that process.
_TOLD_ALONE = frozenset({"consultation", "consultations"})


def _refers_back(determiner: str, phrase: str) -> bool:
    """ "a signé la déclaration", "joined this global partnership": one lower-case noun, or a few
    after a demonstrative, point at a title written elsewhere; "une résolution" is a new one."""
    if determiner in _INDEFINITE or phrase.lower() in _NEEDS_NO_TITLE:
        return False
    most = _DEMONSTRATIVE_WORDS if determiner in _DEFINITE else 1
    return len(phrase.split()) <= most and not any(word[:1].isupper() for word in phrase.split())


def _resolved(phrase: tuple[str, str], title: tuple[str, str] | None) -> tuple[str, str] | None:
    """The title a short form points at, with the article the title is written with, else the
    short form's own ("this partnership" is "the Global Partnership ...")."""
    if title is None:
        return None
    article, name = title
    if not article and phrase[0] in ("le", "la", "l'") and name.split()[0][-1:] in ("s", "x"):
        return "les", name  # "le texte" standing for "ses principes sur l'IA"
    if not article and phrase[0] == "le" and name.split()[0].lower().endswith(_FEMININE_ENDINGS):
        return "la", name  # "le texte" standing for « Déclaration de Dakar »: the declaration's article
    return article or _DEFINITE.get(phrase[0], phrase[0]), name


# "Il", "She": a person's pronoun opening the sentence.
_PERSON_PRONOUN = re.compile(r"(?:il|elle|he|she)", re.IGNORECASE)


def _names_a_person(subject: str) -> bool:
    """Whether a subject is someone: a pronoun, a person's name, or their office ("la ministre")."""
    words = {word.lower() for word in re.findall(r"[\w'’-]+", subject)}
    return (
        _PERSON_PRONOUN.fullmatch(subject.strip()) is not None
        or bool(words & ROLE_WORDS)
        or any(is_person_name(name.group(0)) for name in FULL_NAME.finditer(subject))
    )


def _person_before(texts: list[str]) -> tuple[str, str] | None:
    """The last person named in full in what was written before, nearest first, whom a pronoun
    opening the next sentence stands for ("She will take office" in the paragraph after her
    appointment); none when no one is."""
    for text in texts:
        names = [m.group(0) for m in FULL_NAME.finditer(text) if is_person_name(m.group(0))]
        if names:
            return "", names[-1]
    return None


def _text_by_pronoun(subject: str, verb: _Verb, passive: bool) -> bool:
    """Whether a pronoun alone (or a text's parts, ``_its_parts``) is the subject, without its
    auxiliaries, of a text's entry into force ("It will apply from July", "Il entrera en vigueur"),
    or of its adoption, signing, publication or tabling told in the passive ("Elle a été adoptée en
    septembre", "It was signed on 3 May", "Il avait été présenté le 8 janvier"): a text named before, as no gathering applies or is adopted."""
    kind = verb.kind or kind_of(verb.noun)
    it = subject.lower() in _IT or _its_parts(subject)
    return it and (
        kind == "entry into force" or (passive and (kind in _DONE_TO_TEXTS or verb.noun in _TABLED))
    )


# "Its rules will apply from 1 January", "Ses dispositions s'appliqueront": the parts of a text named
# before, whose application is the text's.
_ITS_PARTS = re.compile(
    r"(?:its|ses|leurs|their)\s+(?:(?:main|core|new|first|other|remaining|principales|nouvelles|autres)\s+)?"
    r"(?:rules|provisions|obligations|requirements|règles|dispositions|exigences)",
    re.IGNORECASE,
)


def _its_parts(subject: str) -> bool:
    """Whether a subject is only a possessive and a text's parts ("Its rules", "Ses règles")."""
    return _ITS_PARTS.fullmatch(subject) is not None


# Irregular French participles ("ouverte", "produite", "jointe"), read as such only set off by a
# comma or opening the sentence: a headline's "Le traité ouvert à la signature" names no text.
_IRREGULAR_PARTICIPLE = ("ert", "erte", "erts", "ertes", "ite", "ites", "ise", "ises", "inte", "intes")


def _apposed_participle(form: str, verb: _Verb, before: str) -> bool:
    """ "La convention, ouverte à la signature en 2029", "Ouverte à la signature en 2029, la convention"."""
    opens = not before.strip() or before.rstrip().endswith(",")
    return verb.lang == "fr" and opens and form.lower().split(" ")[0].endswith(_IRREGULAR_PARTICIPLE)


def _is_participle(form: str, verb: _Verb) -> bool:
    lower = form.lower().split(" ")[0]
    # English "-ed" is also the simple past: there only an auxiliary ("was adopted") or the
    # sentence's opening ("Adopted in May, the text...") makes a passive.
    if verb.lang != "fr":
        return False
    endings = (
        ("é", "ée", "és", "ées")
        if verb.first_group
        else ("é", "ée", "és", "ées", "i", "ie", "is", "ies", "u", "ue", "us", "ues")  # "élu", "rendue"
    )
    if verb.stem and lower.startswith(verb.stem):  # "crée" is the present of créer, "créée" its participle
        return lower[len(verb.stem) :] in endings
    return lower.endswith(endings)


def _object(after: str) -> tuple[str, str] | None:
    """What the verb acts on; none for a clause ("a annoncé qu'elle accueillerait") or a time
    ("released last week", "adopté définitivement le 21 mai")."""
    found = _OBJECT.match(after)
    if found is None or _CLAUSE.match(found.group("np")) or _NP_END.match(" " + found.group("np")):
        return None
    determiner = (found.group("det") or "").lower()
    if not determiner and _ADVERB_ALONE.fullmatch(found.group("np").strip()):
        return None  # "le Conseil l'a adoptée définitivement."; not "le règlement", a noun after its article
    if determiner in ("le", "the") and found.group("np")[:1].isdigit():
        return None
    if _HOW_OFTEN.match(found.group("np")):
        return None  # "amended more than 50 times": how often, not what
    np = TITLE.sub("", found.group("np"))  # "M. Jean Koffi" is named "Jean Koffi"
    made = _MADE_BY.search(np)
    if made is not None:  # "a draft drawn up by experts": the draft
        np = np[: made.start()]
    return determiner, trim_phrase(np)


def _object_end(after: str, phrase: tuple[str, str] | None) -> int:
    """Where the object ends after the verb, so that "jusqu'au 24 mars" after it is seen."""
    if phrase is None or not phrase[1]:
        return 0
    position = after.find(phrase[1])
    if position >= 0:
        return position + len(phrase[1])
    words = (re.escape(word) for word in phrase[1].split())
    found = re.search(rf"(?:{_AMOUNT_ASIDE})?\s+".join(words), after)  # the aside the name left out
    return found.end() if found else 0


def _subject(before: str) -> tuple[str, str] | None:
    # "The Act on Research, Development and Utilization of AI": a title's list is no clause's end.
    before = _BEFORE_VERB.sub("", before)
    known_as = _KNOWN_AS.search(before)
    if known_as is not None:  # "The bill, known as PL 2338/2023, was introduced": by that name
        name = known_as.group("name")
        head = _OPENING_NOUN.search(before[: known_as.start()] + " ")
        if head is None or head.group("np").lower() not in instrument_heads():
            return "", name
        if any(word.lower() in instrument_heads() for word in name.split()):  # "AI Act" says what it is
            return known_as_article(known_as.group("det"), head.group("det").lower(), name), name
        return head.group("det").lower(), f"{head.group('np')} {name}"
    if before.rstrip().endswith(","):
        # "Le projet de loi, déposé en 2022, a été adopté": the subject stands before the aside.
        aside = _last_comma_unquoted(before.rstrip().rstrip(","))
        before = before[:aside] if aside > 0 else before
        # "La Charte, un texte de dix pages, qui a été signée en mai, entre": an apposition before it
        before = _APPOSITION_END.sub(r"\g<subject>", before)
    short = _SHORT_NAME.search(before)
    if short is not None:
        return _named(short)
    masked = _TITLE_LIST_COMMA.sub(rf"\1{_LIST_MARK}", _BRACKETED_END.sub(" ", before))
    found = _subject_of(masked)
    return None if found is None else (found[0], found[1].replace(_LIST_MARK, ","))


# Words of a time, a place or a manner that are no object: "le 20 mars", "on Wednesday in
# Strasbourg", "à l'unanimité", "by a large majority".
_WHEN_WHERE_WORDS = frozenset(
    """le la les l' on the de du of this next ce cette prochain prochaine une a by large wide majorité majority
    l'unanimité""".split()
)
_WHERE_OR_HOW = frozenset("in at during en à au aux dans lors".split())
_TO_CLAUSE_END = re.compile(r"[^,;:.()«»\"“”]*")
_NO_OBJECT_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _when_and_where_only(text: str, start: int) -> bool:
    """Whether only a time, a place and how follow a verb up to its clause's end: capitalised
    words, time words, or whatever a preposition of place or manner leads ("en séance publique",
    "in a public sitting")."""
    rest = _TO_CLAUSE_END.match(text, start).group(0)
    for word in _NO_OBJECT_WORD.findall(rest):
        if word.lower() in _WHERE_OR_HOW:
            return True
        if not (
            word.lower() in time_words()
            or word.lower() in _WHEN_WHERE_WORDS
            or word[:1].isupper()
            or _ADVERB_ONLY.match(word)
        ):
            return False
    return True


def _last_comma_unquoted(text: str) -> int:
    """Where the last comma outside quotation marks is, or -1: 'The text, entitled "Seizing the
    opportunities of safe, secure ... AI",' opens its aside after "text"."""
    spans = quoted(text)
    return max(
        (at for at, char in enumerate(text) if char == "," and not inside(spans, at, at + 1)), default=-1
    )


def _subject_of(clause: str) -> tuple[str, str] | None:
    """The subject a clause ends on, once its verb's auxiliaries are taken off; none before a modal
    of ability ("Firms can apply for the fund": nothing happens to them)."""
    if _ABILITY_BEFORE.search(clause) or _PRONOUN_SUBJECT.search(clause):
        return None
    reported = list(_REPORTING.finditer(clause))
    if reported:  # "the ministry said on Monday the charter had been adopted": the charter
        clause = _THAT.sub("", clause[reported[-1].end() :])  # "a annoncé qu'une mission serait lancée"
    clause = _SUBORDINATOR.sub("", clause)  # "When G20 leaders met": the leaders
    listed = _LISTED_TITLE.match(clause)
    if (
        listed is not None
        and not _AUXILIARY.search(listed.group("np"))
        and not _RELATIVE.search(listed.group("np"))
    ):
        # "La Convention sur l'IA et les droits de l'homme, la démocratie et l'État de droit a été signée"
        return listed.group("det").lower(), " ".join(listed.group("np").split())
    bare = _BARE_OPENING.match(clause)
    if bare is not None and bare.group("head").lower() in _object_heads():
        # "Registration for the Accra Summit opens", "Talks on the treaty concluded": a plural or
        # mass noun without article opens the clause, and all of it is the subject.
        return "", trim_phrase(bare.group("head").lower() + bare.group("rest"))
    found = _SUBJECT.search(clause)
    if found is None:
        # "Prohibitions on risky systems will apply": a plural or a name opening the sentence, or
        # the item a timeline's date heads ("2 August 2025 – GPAI obligations apply").
        bare = _ITEM_HEAD.sub("", clause.strip())
        bare = _FRONTED_TIME.sub("", bare)  # "In 2022 she was elected": the time is no subject
        # An item's whole subject may be longer: nothing but it stands between its date and its verb.
        most = MAX_NAME_WORDS if bare != clause.strip() else _BARE_SUBJECT_WORDS
        short = bare[:1].isupper() and len(bare.split()) <= most and "," not in bare
        if not short or _PRONOUN.match(bare):
            return None
        # "Le règlement (UE) 2024/1689 est entré en vigueur": its article is no part of its name.
        article = _ARTICLE_FIRST.match(bare)
        if article is not None:
            return article.group("det").lower(), trim_phrase(bare[article.end() :])
        return "", trim_phrase(bare)
    return found.group("det").lower(), trim_phrase(found.group("np"))


@cache
def _object_heads() -> frozenset[str]:
    """The head words verbs are done to ("registration", "négociations"), across the word files."""
    return frozenset(word for verb in _verbs().values() for word in verb.objects)


def _qualified(before: str) -> tuple[str, str] | None:
    """ "dans le sillage de la Déclaration africaine sur l'IA adoptée à Kigali": a French participle
    without auxiliary, right after its clause's words, qualifies the nearest text a body adopts or
    signs (a head of lexicon.instrument_heads), not the first noun of the clause."""
    if _PASSIVE.search(before) or before.rstrip()[-1:] in ",;:":
        return None
    clause = re.split(r"[,;:]", before)[-1]
    phrases = list(_FR_NOUN_PHRASE.finditer(clause))[::-1]
    # Else the nearest noun phrase that is no complement of another ("les deux mécanismes créés").
    found = _last_instrument(clause) or next(
        (
            p
            for p in phrases
            if not _COMPLEMENT_BEFORE.search(clause, 0, p.start()) and p["det"].lower() not in ("au", "aux")
        ),
        None,
    )
    return (found.group("det").lower(), trim_phrase(clause[found.start("head") :])) if found else None


def _opening_subject(sentence: str) -> tuple[str, str] | None:
    """The subject a sentence opens with when it is a common noun ("The bill ...") or "it"
    (the text named last), else none."""
    found = _OPENING_NOUN.match(sentence)
    if found is None:
        return _it(sentence.split(",")[0].split()[:1])
    return found.group("det").lower(), found.group("np")


def _clause_opener(clause: str) -> tuple[str, str] | None:
    """The subject a clause opens on: an article and its noun ("the director"), or a name of two
    capitalised words or more ("Elena Petrova"); none for a pronoun."""
    noun = _OPENING_NOUN.match(clause)
    if noun is not None:
        return noun["det"].lower(), noun["np"]
    name = _OPENING_FULL_NAME.match(clause)
    return ("", name["np"]) if name is not None else None


def _it(words: list[str]) -> tuple[str, str] | None:
    """ "It passed the House": a lone singular pronoun stands for the text named last."""
    return ("", "texte") if len(words) == 1 and words[0].lower() in _IT else None


def _doer(before: str) -> tuple[str, str] | None:
    """Who does what the verb says: the subject of its own clause ("The following year, Brazil"),
    or of the verb an infinitive hangs on ("The Senate voted on Monday to approve": the Senate)."""
    parts = re.split(r"[,;:]", before)
    while len(parts) >= 3 and len(parts[-1].split()) <= 1 and _ASIDE_OPENING.match(parts[-2]):
        # "Thierry Breton, qui avait porté le texte, a quitté": the subject before the aside.
        parts[-3:] = [parts[-3] + parts[-1]]
    clause = parts[-1].lstrip(' "«“')
    if _INFINITIVE_MARK.search(clause):
        clause = _FINITE_VERB.sub("", clause)
    found = _subject(clause) if clause.strip() else None
    # "Why we are joining ...": a pronoun names no one, whatever word stands before it.
    last = _BEFORE_VERB.sub("", clause).split()[-1:]
    pronoun = bool(last) and _PRONOUN.fullmatch(last[0]) is not None
    return None if pronoun else found


def _with_doer(name: str, verb: _Verb, doer: tuple[str, str]) -> str:
    """ "Adhésion à l'OCDE" done by "la Serbie" is "Adhésion de la Serbie à l'OCDE"."""
    noun = capitalise(verb.noun)
    rest = name[len(noun) :]
    return f"{_name(dataclasses.replace(verb, link=None), *doer)}{rest}"


# "of communication", "chargés du numérique": a complement ending the words before "and", which
# the words after it, with no article of their own, go on.
_COMPLEMENT_BEFORE_AND = re.compile(
    r"\b(?:of|for|de|du|des|pour)\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+$", re.IGNORECASE
)
# "and the Governor": a second noun phrase with an article of its own, a second doer.
_OWN_ARTICLE = re.compile(r"\s*(?:the|a|an|le|la|les|l['’]|un|une)\b", re.IGNORECASE)


def _agent(
    before: str, at: int, antecedent: Callable[[str, int, str | None], tuple[str, str] | None] | None
) -> tuple[str, str] | None:
    """Who did what an object-named verb says, when the text names them: a title ("le Conseil l'a
    adopté", "Members of the European Parliament endorsed") or a plural ("les eurodéputés"); a
    lone singular noun is the title it points at, and an event ("le sommet a adopté") is no doer.
    Some doer ("a committee", "les deux pays", "Governor" in a headline) tells no one apart."""
    # Not "les ministres du Numérique et de la Technologie": one body's name.
    parts = re.split(r"\s(et|and)\s(?!de\b|du\b|des\b|d'|of\b)", _CLITIC.sub("", before))
    if len(parts) >= 3 and _COMPLEMENT_BEFORE_AND.search(parts[-3]) and not _OWN_ARTICLE.match(parts[-1]):
        # "Ministers in charge of communication and ICT from ... endorsed": both are the complement's
        parts = [before]
    clause = parts[-1]
    shared = _SHARED_SUBJECT.match(parts[-3]) if len(parts) >= 3 and not clause.strip() else None
    if shared is not None and not EVENT_WORD.search(shared["np"]):
        # "Japan signed the Convention in 2025 and ratified it in 2031": the same subject did both.
        return (shared["det"] or "").lower(), shared["np"]
    relative = _RELATIVE_SUBJECT.search(before)
    if relative is not None:
        # "Le Canada, qui préside le G7": the name set off before "qui" does it; "the Assembly
        # adopted the resolution that creates both bodies": the resolution does, no doer.
        head = before[: relative.start()].rstrip()
        named = _NAME_AT_END.search(head[:-1].rstrip()) if head.endswith(",") else None
        return _named(named) if named is not None and not EVENT_WORD.search(named.group("np")) else None
    named = _APPOSED_NAME.search(before)
    if named is not None:  # "Le gouverneur de Californie, Gavin Newsom, a mis son veto": who, by name
        return "", named.group("name")
    doer = _doer(clause)
    if doer is None or not doer[1] or EVENT_WORD.search(doer[1]):
        return None  # "le sommet a adopté", "High-level meeting to launch ...": an event is no doer
    determiner, phrase = doer
    first = phrase.split()[0].lower()
    if determiner.lower() in _INDEFINITE or first in _COUNTS or first.isdigit() or _PEERS.match(phrase):
        return None  # "More than 300 researchers signed": a count tells no one apart
    if phrase[:1].isupper():
        if phrase.lower() in ROLE_WORDS:
            return None
        if not determiner and _capitalised_as_first(clause, phrase):
            return determiner, phrase[:1].lower() + phrase[1:]  # "Senators passed it": by senators
        return _with_partner(parts, doer)
    titled = _TITLED_NAME.match(phrase) if len(parts) < 3 else None  # not one of partners
    if titled is not None and is_person_name(titled["name"]):
        return "", titled["name"]  # "l'avocate générale Laila Medina a présenté ses conclusions": hers
    if determiner in ("les", "the") and len(phrase.split()) <= 2 and phrase.endswith("s"):
        return doer
    if determiner.lower() in ("la", "the") and _CHAMBER.fullmatch(phrase):
        return doer  # "the lower house amended it": a chamber named by what it is
    if _refers_back(*doer) and antecedent is not None:
        return _resolved(doer, antecedent(phrase, at, None))
    return None


def _opened_or_closed_noun(verb: _Verb, phrase: tuple[str, str]) -> bool:
    """Whether what opens or closes is one common noun without an article that verbs are done to
    ("Registration opens", "Submissions close"), not a name ("Parliament", "UNESCO")."""
    determiner, words_ = phrase
    one = not determiner and len(words_.split()) == 1 and words_[1:].islower()
    opening_or_closing = (verb.kind or kind_of(verb.noun)) in ("deadline", "launch")
    return one and opening_or_closing and words_.lower() in _object_heads() and not _a_name(words_)


def _capitalised_as_first(clause: str, phrase: str) -> bool:
    """ "Researchers sign open letter", "Senators passed it": a common noun without an article,
    capitalised only as its clause's first word; "Kenya signs", "Lagos adopts" and "Members of the
    European Parliament" are names."""
    words_ = phrase.split()
    # "MPs", "NGOs": an acronym's plural is no common noun.
    acronym = any(letter.isupper() for letter in words_[0][1:])
    # "Kenya's parliament": whose, a name.
    if not clause.lstrip().startswith(phrase) or acronym or _a_name(_POSSESSIVE_S.sub("", words_[0])):
        return False
    if any(word[:1].isupper() for word in words_[1:]) or (len(words_) == 1 and not phrase.endswith("s")):
        return False
    return not _a_name(phrase)


def _a_name(name: str) -> bool:
    """Whether words are a place or a body the gazetteers know ("Kenya", "Lagos", "UNESCO")."""
    return known_place(name) or gazetteer.default().lookup(name) is not None


def _time_or_place_opening(opening: str) -> bool:
    """Whether what opens the sentence before its subject says when or where ("Le 3 mars", "Lundi",
    "En marge de la conférence", "On the sidelines of the summit"), not a list's first items."""
    first = opening.split()[0].lower() if opening.split() else ""
    phrase = "," not in opening and (first in time_words() or first in _OPENING_PREPOSITIONS)
    return bool(re.search(r"\d", opening)) or phrase


# What sets a sentence's opening off from its subject: a comma, or a dateline's dash.
_OPENING_CUT = re.compile(rf",|{DATELINE_DASH.pattern}")


def _with_partner(parts: list[str], doer: tuple[str, str]) -> tuple[str, str]:
    """ "le Togo et le Ghana ont signé", "Ghana and Togo signed": both are the doer when the first is
    a name alone in its clause; ``parts`` are the words before the verb split on "et"/"and", kept."""
    if len(parts) < 3:
        return doer
    # "SEOUL, Oct 14 (Wire) - South Korea and Brazil": a dateline's dash sets it off as a comma does.
    cut = max((m.end() for m in _OPENING_CUT.finditer(parts[-3])), default=0)
    opening, first = parts[-3][:cut].rstrip(" ,-–—"), parts[-3][cut:]
    partner = _PARTNER.search(_without_title(first))
    # Only a name opening the sentence, or after a date ("Le 3 mars, le Togo"), not one of a list
    # ("the Committee on Science, Technology and Environment").
    if partner is None or (opening.strip() and not _time_or_place_opening(opening)):
        return doer
    determiner, phrase = doer
    second = f"{determiner}{'' if determiner.endswith(chr(39)) else ' '}{phrase}" if determiner else phrase
    return (partner["det"] or "").lower(), f"{partner['np']} {parts[-2]} {second}"


# "ministre Laila Medina", "avocate générale Laila Medina": a title's words, then the name they title.
_TITLED_NAME = re.compile(r"(?:[a-zà-ÿ-]+\s+){1,3}?(?P<name>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2})\b")
# "Les députées Claire Dumas", "the senators": an article and an office before names.
_TITLE_BEFORE_NAME = re.compile(r"^\s*(?i:les|the)\s+(?P<role>[a-zà-ÿ-]+)\s+(?=[A-Z])")


def _without_title(words_: str) -> str:
    """ "Les députées Claire Dumas" is "Claire Dumas": the office the partners share (a plural role
    word) stands before the first name only."""
    titled = _TITLE_BEFORE_NAME.match(words_)
    if titled is None or titled["role"].lower().removesuffix("s") not in ROLE_WORDS:
        return words_
    return words_[titled.end() :]


def _passive_agent(text: str, end: int, limit: int) -> tuple[str, str] | None:
    """The body a passive verb names as its agent, a few words on at most: "(adoptée une première
    fois) par le Sénat", "(enacted) by the House of Councillors"; not "par consensus" or an event."""
    found = _agent_at(text, end, limit)
    return None if found is None else _named(found)


def _agent_at(text: str, end: int, limit: int) -> re.Match[str] | None:
    """Where a passive's agent is written (``_passive_agent``), none when it names an event."""
    found = _PASSIVE_AGENT.match(text, end, limit)
    return None if found is None or EVENT_WORD.search(found.group("np")) else found


def _named(found: re.Match[str]) -> tuple[str, str]:
    """The determiner and noun phrase a pattern's "det" and "np" groups found."""
    return (found.group("det") or "").lower(), found.group("np")


def _with_agent(name: str, lang: str, agent: tuple[str, str] | None) -> str:
    """ "Adoption du règlement" by the Council is "Adoption du règlement par le Conseil": several
    bodies adopt one text, and each step is its own event."""
    if agent is None:
        return name
    determiner, phrase = agent
    if lang == "en":
        kept = "the " if determiner in ("the", "its", "their", "this", "these") else ""
        return f"{name} by {kept}{phrase}"
    office, _, held = name.partition(" ")
    adjective = demonyms.feminine_adjective(phrase) if office.lower() in OFFICES else None
    if adjective is not None:  # "Présidence du G7" held by Canada is "Présidence canadienne du G7"
        return f"{office} {adjective} {held}"
    article = _DEFINITE.get(determiner, determiner if determiner in ("le", "la", "les", "l'") else "")
    space = "" if article in ("", "l'") else " "
    return f"{name} par {article}{space}{phrase}"


def without_doer(name: str) -> str:
    """A milestone's name without the doer ``_with_agent`` ends it with: what another report,
    perhaps in another language, may name without saying who."""
    return _DOER_ENDING.sub("", name)


def doer(name: str) -> str:
    """Who did a milestone, as ``_with_agent`` ends its name ("... par le Conseil"), or ''."""
    found = _DOER_ENDING.search(name)
    return found.group(0) if found else ""


# An English noun phrase of lower-case words that ends on a text's head ("drone safety code").
_EN_HEAD = re.compile(r"(?-i:[a-z][\w-]*\s+){1,3}(?P<head>[a-z]+)$")


def _apposed(before: str, language: str) -> tuple[str, str] | None:
    """ "La Charte des données, adoptée en 2021, ...": a participle set off by a comma qualifies the
    title that opens the sentence, when nothing but that title comes before it, or else the title
    the clause ends on ("... implementing the Recommendation on the Ethics of AI, adopted in 2021")."""
    stripped = before.rstrip(' ,"»”')
    found = _SUBJECT.search(stripped)
    title = _TITLE_AT_END.search(stripped)
    if (
        title is not None
        and found is not None
        and _LOWER_WORD.search(found.group("np"))
        and len(title.group("np").split()) > 1
    ):
        # "The Commission welcomes the agreement on the AI Act, proposed in 2021": the Act; not "le
        # règlement européen sur l'IA, entré en vigueur": one word after it is what it is about.
        found = None
    if found is not None and language == "fr" and nlp.finite_or_adverb(found.group("np")) - {0}:
        found = None  # "Le projet de loi transpose le règlement européen sur l'IA, entré ...": a clause
    if found is not None and language == "en" and trim_phrase(found.group("np")) != found.group("np").strip():
        found = None  # "The Council held its first debate on Thursday, convened by Ghana": a clause
    if found is not None and _OBJECT_INSIDE.search(found.group("np")):
        found = None  # "Le Groupe remet chaque année un rapport, présenté au Dialogue": the report
    if found is not None and found.start("det") <= 2 and not _AUXILIARY.search(found.group("np")):
        np, determiner = found.group("np"), found.group("det").lower()
        text_named = np.split()[0].lower() in instrument_heads()  # "le projet de loi C-12 sur les drones"
        # "the drone charter": an English head comes after what describes it.
        head = _EN_HEAD.match(np) if language == "en" else None
        text_named = text_named or (head is not None and head["head"] in instrument_heads())
        if not (np[:1].isupper() or text_named or _refers_back(determiner, np)):
            # "le célèbre message officialise l'abrogation": a clause, not a title or "the text";
            # "le ministre présentera la stratégie nationale, adoptée ...": the text it ends on.
            text = _instrument_at_end(stripped)
            return text if text is not None and text[1].split()[0].lower() in instrument_heads() else None
        return found.group("det").lower(), trim_phrase(found.group("np"))
    if title is None and _BARE_TITLE.match(stripped):
        return "", stripped  # "Law No. 132 of 2025, published on 25 September": a numbered title
    numbered = _NUMBERED_AT_END.search(stripped)
    if title is None and numbered is not None and numbered["head"].lower() in instrument_heads():
        return "", numbered.group("np")  # "it built on resolution 78/265, adopted in March 2024"
    complement = title is not None and _COMPLEMENT.search(stripped, 0, title.start("det")) is not None
    if complement and len(title.group("np").split()) > 1:
        # "la stratégie continentale de l'UA sur l'IA, adoptée en 2024": the text whose title it is.
        text = _instrument_at_end(stripped)
        if text is not None and text[1][:1].islower() and text[1].split()[0] in instrument_heads():
            return text
    # "le règlement européen sur l'IA, entré en vigueur": one word after "sur" is what a text is about.
    about = title is not None and _ABOUT.search(stripped, 0, title.start("det")) is not None
    if title is None or (len(title.group("np").split()) == 1 and (complement or about)):
        # "... avec la Charte numérique africaine, adoptée en 2024", "du Dialogue mondial sur la
        # gouvernance de l'IA, créé en août"; "du réseau des instituts de sécurité de l'IA, lancé
        # en mai" is the network's launch, never the launch of AI.
        return _instrument_at_end(stripped)
    return title.group("det").lower(), title.group("np")


# The determiners of a text already known: "la stratégie", "sa feuille de route"; not "un rapport".
_DEFINITE_FR = frozenset({"le", "la", "les", "l'", "sa", "son", "ses", "leur", "leurs"})
_OPENING_PREPOSITIONS = frozenset(
    "en lors au aux à dans pendant durant après avant on in at during after before following ahead".split()
)


# Between a text's head and the body it is of: lower-case adjectives, then "de", "du", "des".
_OWNER_NEXT = re.compile(
    r"(?:\s+(?-i:[a-zà-ÿ][\w-]*))*?\s+(?:de\s+la|de|du|des|d['’])\s*(?:l['’])?", re.IGNORECASE
)


def _instrument_at_end(clause: str) -> tuple[str, str] | None:
    """A French title a clause ends on, whose capitalised head is a text bodies adopt or a body
    and whose adjectives and complements are lower-case ("le Pacte numérique mondial"); or a
    gathering that complements another noun ("la session du Dialogue mondial"), whose participle
    tells its own milestone, where "le Forum mondial, lancé en mai" dates the forum itself."""
    bodies = organisation_heads()
    named = instrument_heads() | bodies
    found = _last_instrument(clause, capitalised=True, heads=named | KINDS.keys(), lower=named)
    rest = clause[found.start("head") :] if found else ""
    if found is None or _RELATIVE.search(rest) or _AUXILIARY.search(rest):
        return None
    head, determiner = found.group("head").lower(), found.group("det").lower()
    if head not in named and determiner not in ("du", "des"):
        return None
    if found.group("head").islower() and head not in bodies and determiner not in _DEFINITE_FR:
        return None  # "la stratégie nationale, adoptée le 4 février"; not "un rapport, présenté ..."
    if head in bodies and nlp.finite_or_adverb(rest) - {0}:
        return None  # "Le Groupe remet chaque année un rapport, présenté ...": a clause, not a body
    owner = _owned_text(clause[: found.start()]) if head in bodies - instrument_heads() else None
    if owner is not None:  # "le rapport annuel de l'Autorité, publié": the report, not the body
        return owner.group("det").lower(), trim_phrase(clause[owner.start("head") :])
    return determiner, trim_phrase(rest)


def _owned_text(clause: str) -> re.Match[str] | None:
    """The text a clause ends on, whose complement a body's name is to be: "le rapport annuel de"."""
    found = _last_instrument(clause)
    if found is None or found.group("det").lower() not in _DEFINITE_FR or not found.group("head").islower():
        return None
    between = clause[found.end("head") :]
    return found if _OWNER_NEXT.fullmatch(between) else None


def _last_instrument(
    clause: str,
    *,
    capitalised: bool = False,
    heads: frozenset[str] | None = None,
    lower: frozenset[str] = frozenset(),
) -> re.Match[str] | None:
    """The last French noun phrase of the clause headed by a text bodies adopt or sign (a head of
    lexicon.instrument_heads, or of ``heads``), written with a capital when ``capitalised``, but
    for the ``lower`` heads ("le réseau international des instituts")."""
    heads = heads or instrument_heads()
    for found in reversed(list(_FR_NOUN_PHRASE.finditer(clause))):
        head = found.group("head")
        if head.lower() in heads and (head[:1].isupper() or not capitalised or head.lower() in lower):
            return found
    return None


# The definite articles of a French subject, which the parser is asked where its verb begins.
_FRENCH_ARTICLES = frozenset({"le", "la", "les", "l'", "l’"})


def _brings_about(verb: _Verb) -> bool:
    """Whether a verb makes what it is done to ("lancer", "créer", "found"), so that a gathering it
    makes has days of its own after it; inaugurating a gathering opens it instead."""
    return (verb.kind or kind_of(verb.noun)) == "launch" and verb.noun not in _OPENS_IT


def _fronted(after: str, brings_about: bool = False) -> tuple[str, str] | None:
    """ "Adoptée le 17 mai par le Comité, la convention entrera en vigueur...": a participle that
    opens the sentence qualifies the subject that follows its clause. A gathering made so ("Lancé
    en 2025, le Dialogue se réunira ...") is made then and meets later (``brings_about``)."""
    comma = after.find(",")
    # "Adoptée le 17 mai à Strasbourg, lors de la session du Comité, la convention": an aside on
    # where or when it was done stands before the subject.
    while comma >= 0 and (aside := _SETTING_ASIDE.match(after, comma + 1)) is not None:
        comma = after.rfind(",", 0, aside.end())
    if comma < 0:
        return None
    clause = after[comma + 1 :]
    reported = _SAID.search(clause)
    if reported is not None:  # "Established in 2023, the minister said the institute would...": the institute
        clause = clause[reported.end() :]
    phrase = _object(clause)
    if phrase is None or (EVENT_WORD.match(phrase[1]) and not (brings_about and _a_gathering(phrase[1]))):
        return None  # "Publiée le 4 mars, la déclaration conjointe...": an event of its own, dated so
    if not phrase[0] and _PRONOUN.match(phrase[1]):
        return None  # "Appointed in 2024, she oversaw ...": whom the pronoun stands for is not written
    # "Ratified by ten countries, the treaty enters into force", "..., the report sets out": the
    # subject ends where the sentence's own verb begins.
    verbs = [found for found in (_verb_word().search(phrase[1], 1), _MAIN_VERB.search(phrase[1])) if found]
    ends = [found.start() for found in verbs]
    if phrase[0].lower() in _FRENCH_ARTICLES:  # "la convention oblige les parties": the parser knows any verb
        ends.extend(nlp.finite_verbs(phrase[1]) - {0})
    return (phrase[0], phrase[1][: min(ends)].rstrip()) if ends else phrase


# What a sum is of, right after it once the sum is taken out: "of private investment".
_OF_WHAT = re.compile(r"^\s*(?:(?:of|de)\s+|d['’])", re.IGNORECASE)
# Days written with their numbers before their month, inside a phrase: "les 19 et 20 mai", "on 3 May".
_DAYS_WITHIN = re.compile(
    r"\s+(?:les?\s+|du\s+|on\s+|the\s+)?\d{1,2}(?:er|st|nd|rd|th)?"
    r"(?:\s*(?:et|au|and|to|[-–])\s*\d{1,2}(?:er|st|nd|rd|th)?)?\s+(?P<month>[^\W\d_]+)"
)


@cache
def _time_phrase_within() -> re.Pattern[str]:
    """A time of several words inside a phrase ("à Kigali la semaine prochaine"), where its name ends."""
    phrases = "|".join(re.escape(phrase) for phrase in sorted(time_phrases(), key=len, reverse=True))
    return re.compile(rf"\s+(?:{phrases})(?![\w'’-])", re.IGNORECASE)


# A pronoun that stresses the noun before it, no part of its name.
_INTENSIFIER = re.compile(
    r"\s+(?:itself|themselves|himself|herself|elle-même|lui-même|eux-mêmes|elles-mêmes)\b", re.IGNORECASE
)


def trim_phrase(phrase: str) -> str:
    """A noun phrase without what follows it: a clause, an agent, a time, a purpose."""
    # "une résolution présentée par la Chine sur le renforcement...": the agent is left out.
    phrase = re.sub(_AMOUNT_ASIDE, "", phrase)
    # "109 billion euros of private investment": what the sum is of, without its "of".
    unpriced = _OF_WHAT.sub("", _AMOUNT.sub("", phrase))
    # "un fonds de 20 millions d'euros" is named by its sum: a noun alone would name nothing.
    phrase = unpriced if len(unpriced.split()) >= _PRICED_WORDS else phrase
    phrase = _NP_END.split(_AGENT_PARTICIPLE.sub("", phrase), maxsplit=1)[0]
    phrase = _INTENSIFIER.split(phrase, maxsplit=1)[0]  # "l'autorité elle-même", "the authority itself"
    held_at = next((at for at in _AT_A_NAME.finditer(phrase) if KIND_WORD.match(phrase, at.end())), None)
    phrase = phrase[: held_at.start()] if held_at else phrase  # "l'Initiative ... au Forum de Lagos"
    quoted = _OPENING_QUOTE.match(phrase)
    if quoted:  # "un « accord de prospérité technologique » censé rapprocher": the quoted name
        phrase = quoted.group(1)
    if phrase.count('"') % 2 or phrase.count("«") > phrase.count("»"):
        # 'the promotion of "safe, secure and trustworthy" AI' cut at its comma: the quote goes
        # (and the joining word left before it, below).
        phrase = phrase[: max(phrase.rfind('"'), phrase.rfind("«"))]
    phrase = _time_phrase_within().split(phrase, maxsplit=1)[0]  # "à Kigali la semaine prochaine"
    days = next((d for d in _DAYS_WITHIN.finditer(phrase) if d["month"].lower() in time_words()), None)
    phrase = phrase[: days.start()] if days else phrase  # "à Abidjan les 19 et 20 mai"
    words = list(itertools.takewhile(lambda word: word.lower() not in time_words(), phrase.split()))
    words = words[:_MAX_WORDS]
    # "... sur l'IA et", cut at its word limit or a quote; "examine the bill beforehand": how, no word of it
    while words and (words[-1].lower() in _LOOSE_END or words[-1].lower() in _ADVERB_AT_END):
        words.pop()
    phrase = " ".join(words).strip(" '\"«»")
    # 'le paquet « omnibus numérique »': a title quoted whole keeps its closing mark.
    return f"{phrase} »" if phrase.count("«") > phrase.count("»") else phrase


def _step(text: str, start: int, end: int) -> str | None:
    """Whether the adverbs around a verb make it the first or the final step ("adopté une première
    fois", "l'a adopté définitivement", "Senators first passed", "was finally approved")."""
    found = _STEP_BEFORE.search(text, max(0, start - _STEP_WITHIN), start)
    found = found or _STEP_AFTER.match(text, end, end + _STEP_WITHIN)
    if found is None:
        return None
    return "first" if found.group("first") or found.groupdict().get("first_word") else "final"


def _with_step(name: str, verb: _Verb, step: str | None) -> str:
    """ "Première adoption du projet de loi", "Adoption définitive de la loi", "Final approval of the bill"."""
    if step is None or " " in verb.noun:
        return name
    if verb.lang == "en":
        return f"{step.capitalize()} {name[:1].lower()}{name[1:]}"
    feminine = verb.noun.lower().endswith(_FEMININE_ENDINGS)
    if step == "first":
        return f"{'Première' if feminine else 'Premier'} {name[:1].lower()}{name[1:]}"
    head, _, rest = name.partition(" ")
    return f"{head} {'définitive' if feminine else 'définitif'} {rest}".rstrip()


def _name(verb: _Verb, determiner: str, phrase: str) -> str:
    noun = capitalise(verb.noun)
    if not phrase:
        return noun
    if verb.link:
        contracted = _CONTRACTED.get((verb.link, determiner))  # "à le GPAI" is "au GPAI"
        if contracted:
            return f"{noun} {contracted} {phrase}"
        # "agreed its negotiating mandate on ...": whose it is the subject tells, not the name.
        determiner = _BODY_POSSESSIVES.get(determiner.lower(), determiner)
        elided = determiner.endswith("'")  # "avec l'ambassadeur", not "avec l' ambassadeur"
        kept = (determiner if elided else f"{determiner} ") if determiner else ""
        return f"{noun} {verb.link} {kept}{phrase}"
    return of_phrase(noun, verb.lang, determiner, phrase)


def text_subject(text: str, sentence: Span, language: str | None) -> tuple[str, str] | None:
    """The text a sentence opens on as its subject, up to its first verb of a step or conjugated
    verb ("La loi sur les drones entre en vigueur", "The Drone Act takes effect"): a title, or a
    text named by its head word."""
    clause = text[sentence.start : sentence.end].split(",")[0]
    verbs = {
        found.start()
        for found in (_verb_word(language).search(clause), _EN_AUXILIARY.search(clause))
        if found
    }
    if language == "fr":
        verbs |= nlp.finite_or_adverb(clause) - {0}
    found = _OPENING_TEXT.match(clause[: min(verbs)]) if verbs else None
    if found is None:
        return None
    np = found.group("np").strip()
    if len(np.split()) < 2 or not any(word.lower() in instrument_heads() for word in np.split()):
        return None  # "The summit enters its second day": no text; "la loi": which, told elsewhere
    return found.group("det").lower(), np


def of_phrase(noun: str, lang: str | None, determiner: str, phrase: str) -> str:
    """ "Adoption" of "la charte" is "Adoption de la charte", "Launch" of "the plan" "Launch of the plan"."""
    if lang == "en":
        kept = "the " if determiner in ("the", "its", "their", "his", "her", "this", "these") else ""
        kept = f"{determiner} " if determiner in ("a", "an") else kept
        return f"{noun} of {kept}{phrase}"
    if determiner in _ELISION:
        joined = _ELISION[determiner]
        if joined in ("du", "de la") and phrase[:1].lower() in "aeiouéèêàâîôû":
            joined = "de l'"  # "son omnibus" is "de l'omnibus", not "du omnibus"
        return f"{noun} {joined}{'' if joined.endswith(chr(39)) else ' '}{phrase}"
    return f"{noun} {'d' + chr(39) if phrase[:1].lower() in 'aeiouhéèêàâîôû' else 'de '}{phrase}"
