"""Dating event mentions: which date in a sentence, paragraph or lead goes to which event."""

from __future__ import annotations

import re
from datetime import timedelta
from itertools import pairwise

from sommet._dates_names import (
    DAY_COUNTS,
    MOVED_REACH,
    MOVED_TO,
    PREVIOUS_DAY_WORDS,
    PUT_OFF,
    SEASONS,
    SENTENCE_EDGE,
    SINCE_BEFORE,
)
from sommet.dates import AGENDA_DASH, FUTURE_ENDINGS, DateMention, DateRange, PartialDate, writes_a_date
from sommet.ingest import gazetteer
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph
from sommet.ingest.event_names import COUNTS, DAY_OPENERS, count_of, days_long, office_acts
from sommet.ingest.events_words import EVENT_WORD, FUTURE, GATHERING_KINDS, KINDS, OPENS, SIDELINES, kind_of
from sommet.ingest.mentions import (
    HELD,
    ORDINAL_VALUES,
    RELATIVE_TO,
    SINCE_WHAT,
    TRIPS,
    Mention,
    gap,
    made_by_after,
)
from sommet.ingest.model import FoundEvent
from sommet.ingest.places import cities
from sommet.ingest.programme import CLOCK

_CLOSING = re.compile(
    r"\s*,?\s*(?:qui\s+|which\s+|will\s+|(?:is|are)\s+(?:due|expected|set)\s+to\s+|(?:doit|doivent|devrait|devraient)\s+)?"
    r"(?:[^\W\d_]+(?:ly|ment)\s+)?(?:se conclu\w*|s'ach[eè]v\w*|se termin\w*|se clôtur\w*|s'est (?:achevée?|conclue?|terminée?|close?|clôturée?)|prend(?:ra)? fin|a pris fin|ends?|ended|closes?|closed|conclude\w*|"
    r"(?:(?!postponed|delayed|deferred|put\s+off|report|repouss)[\w']+\s+){0,2}?(?:jusqu'(?=au\b|à\b|en\b)|until|till))\b",
    re.IGNORECASE,
)
# "qui se tient depuis le 9 novembre [au siège] et", "qui s'est ouverte vendredi,", "opened on Sunday
# and", "opens on 10 March and": under way since a day, or to be, said before its end.
_UNDER_WAY = re.compile(
    r"\s*,?\s*(?:(?:qui|which)\s+(?:se tient|se déroule|a lieu|has been held|has been under way|is being held|runs)"
    r"\s+(?:depuis|since)|(?:qui\s+|which\s+)?(?:s'est ouverte?s?|s'était ouverte?s?|a débuté|avait débuté|"
    rf"a commencé|avait commencé|opened|began|started|had opened|had begun|{OPENS})"
    r"(?:\s+(?:on|le))?)"
    r"\s+(?:le\s+|the\s+)?(?=[^.;]{0,80}?(?P<joint>\s(?:et|and)|,)\s)",
    re.IGNORECASE,
)
# A gathering's close, in the past ("which closed with a statement") or told before it happens
# ("s'est refermé hier soir par", "will close on Saturday with").
_CLOSED_PAST = r"closed|ended|concluded|wrapped\s+up|s'est\s+(?:conclue?|achevée?|terminée?|(?:re)?fermée?|close?)|a\s+pris\s+fin"
_CLOSED = re.compile(
    rf"\b(?:{_CLOSED_PAST}|closes?|ends?|concludes?|wraps?\s+up|se\s+(?:clôtur|termin|conclu|referm)\w*|"
    r"s'achèv\w*|prendra\s+fin)\b",
    re.IGNORECASE,
)
_WITH = re.compile(
    r"\s(?:with|par|avec)\s+(?:(?:the|a|an|un|une|le|la|les|l')\s*)?(?:[^\W\d_][\w'’-]*\s+)?$", re.IGNORECASE
)
# "..., on 12 July and enters into force": the date ends its clause, the next verb has its own.
_MODALS = r"will|shall|should|must|would|doit|devrait|va"
_AND_THEN = re.compile(rf"\s*(?:and|et|then|puis|and then|et puis)\s+(?:(?:{_MODALS})\s+)?", re.IGNORECASE)
# A target's date, and a purpose before it: "pour former ... d'ici 2034", "to train ... by 2034".
_TARGET = re.compile(
    r"(?:\bd['’]ici(?:\s+à)?|\bà\s+l['’]horizon(?:\s+de)?|\bby(?:\s+the\s+end\s+of)?)\s*$", re.IGNORECASE
)
_PURPOSE = re.compile(
    r"\b(?:pour|afin\s+d['’e]|visant\s+à|in\s+order\s+to|to|aiming\s+to)\s*"
    # an infinitive in lower case: "to Parliament" is where to
    r"(?!(?:the|a|an|le|la|les|l['’]|un|une|des|ce|cette|its|their|his|her)\b)(?-i:[a-zà-ÿ]+)\b(?:[^,;.]|(?<=\d)[,.](?=\d))*$",
    re.IGNORECASE,
)
# "et ont publié", "and have published": the next act, with its auxiliary.
_AND_DONE = re.compile(_AND_THEN.pattern + r"(?:(?:ont|a|avait|avaient|have|has|had)\s+)?", re.IGNORECASE)
# "and will enter into force": a join to what is still to come.
_FUTURE_JOIN = re.compile(rf"\b(?:{_MODALS})\b", re.IGNORECASE)
# What a trip is for: "for talks with", "pour des entretiens avec".
_FOR_PURPOSE = re.compile(
    r"\b(?:for|pour)\s+(?:(?:the|a|an|des|une?|les?|la|l')\s*)?(?-i:[a-zà-ÿ]+\s+)?$"
    # "pour prendre part au Forum", "pour participer au sommet", "to take part in the summit", "to attend"
    r"|\b(?:pour|afin\s+de)\s+(?:prendre\s+part|participer|assister)\s+(?:à\s+la\s+|à\s+l['’]|aux?\s+|à\s+)$"
    r"|\bto\s+(?:take\s+part\s+in|participate\s+in|attend)\s+(?:the\s+|an?\s+)?$"
    # "to open the first session", "pour ouvrir la session": a gathering one goes to open or chair
    r"|\b(?:to|pour)\s+(?:open|close|chair|address|ouvrir|clôturer|présider|inaugurer)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?(?-i:[a-zà-ÿ]+\s+)?$",
    re.IGNORECASE,
)
_TO_DO = re.compile(r"\b(?:pour|afin\s+de|afin\s+d['’]|to)\s*$", re.IGNORECASE)
LEAD_PARAGRAPHS = 2
# How far a day may follow the event it dates across an apposition ("..., Kwame Asante, on 14 July").
_LISTED_REACH = 100
_CLAUSE_END = re.compile(r"[.;:!?]")
_LEAD_KINDS = frozenset({"state visit", "summit", "meeting", "conference", "forum", "mission", "webinar"})
# An event written as the occasion of what a sentence tells ("lors de la visite", "during the summit").
_CONTEXT = re.compile(
    r"(?:lors d[eu]s?|lors de l'|pendant|au cours d[eu]s?|durant|à l'occasion d[eu]s?|during|on the occasion of)"
    r"\s+(?:la\s+|le\s+|l'|les\s+|the\s+|its\s+|sa\s+|son\s+|an?\s+)?$"
    r"|(?:lors|au cours|à l'occasion) d'une?\s+$",
    re.IGNORECASE,
)
# What came right before the news, told with "a": "après un trilogue", "after a long meeting".
_AFTER_ONE = re.compile(r"\b(?:après|after|following)\s+(?:une?|an?)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# A sentence opening on the gathering it is set at, named by its kind alone: "During the two-day
# meeting,", "Lors du sommet,", "Au cours de cette réunion,".
_SETTING_OPENS = re.compile(
    r"\s*(?:during|at|lors|au cours|pendant|durant|on the sidelines of|en marge)\s*(?:d[eu]s?\s+|de la\s+|de l'|d')?"
    r"(?:(?:the|this|that|its|ce|cet|cette|la|le|l')\s*)?(?:[\w-]+\s+)?(?P<kind>[a-zà-ÿ]+)\s*,",
    re.IGNORECASE,
)
# A sentence whose subject is a gathering named by its kind alone, right before its verb: "The summit
# adopted", "The meeting also agreed", "Le sommet a approuvé", "Cette réunion s'est conclue".
_SUBJECT_OPENS = re.compile(
    r"\s*(?:the|this|that|le|la|l'|ce|cet|cette)\s*(?P<kind>[a-zà-ÿ]+)\s+(?=(?:(?:also|then|finally|"
    r"également|aussi|enfin|ensuite)\s+)?(?:a|ont|avait|avaient|s'est|se|has|have|had|[a-z]+ed)\b)",
    re.IGNORECASE,
)
_ASIDE_OPENS = re.compile(
    r"\s*(?:on the sidelines|on the margins|en marge|dans la foulée)\s*,", re.IGNORECASE
)
# "On that occasion, ...", "À cette occasion, ...", "they launched the process there", "ils y ont
# adopté la charte", "les ministres doivent y adopter": done at the gathering told just before; not
# "il y a", "il doit y avoir", "there is", nor a wish ("souhaite y faire adopter").
_OCCASION = re.compile(
    r"\b(?:(?:on|at)\s+(?:that|this|the\s+same)\s+occasion|(?:à|en)\s+cette\s+occasion"
    r"|(?<!\bil\s)\by\s+(?:a|ont|avait|avaient|aura|auront)\s"
    r"|\b(?:doi\w*|devr\w*|va|vont)\s+y\s+(?!avoir\b)\w+(?:er|ir|re)\b"
    r"|there\b(?!\s+(?:is|are|was|were|will|would|has|have|had|seems?|remains?|must|may|might|could|should|can)\b))",
    re.IGNORECASE,
)
# "se tiendra en parallèle", "will be held in parallel": alongside a gathering the sentence does not
# name; not "En parallèle, ..." (meanwhile).
_IN_PARALLEL = re.compile(
    r"\b(?:se\s+tien\w*|se\s+tiendr\w*|a\s+lieu|ont\s+lieu|aura\s+lieu|auront\s+lieu|seront?\s+organisée?s?"
    r"|(?:will\s+be|is|are)\s+(?:held|organi[sz]ed)|(?:will\s+)?take\s+place|takes\s+place)"
    r"\s+(?:en\s+parallèle|in\s+parallel)\b(?!\s+(?:à|au|aux|de|du|des|d'|to|with))",
    re.IGNORECASE,
)
# "at the summit", "at its weekly meeting", "à sa dernière réunion": where it was done, right after it.
_AT = re.compile(
    # "at the G20 summit", "at the annual summit": a word or two of its name before its kind
    r",?\s+(?:at|au|à)\s+(?:the\s+|la\s+|l'|its\s+|their\s+|sa\s+|son\s+|leur\s+|an?\s+|une?\s+)?(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# "adopted by the General Conference", "adoptée par la Conférence générale": done by a gathering, so at it.
_BY_GATHERING = re.compile(r"\s+(?:by|par)\s+(?:the\s+|la\s+|le\s+|l')?", re.IGNORECASE)
_NTH_DAY = re.compile(
    r"^(?P<nth>premier|première|deuxième|second|seconde|troisième|dernier|dernière|first|second|third|last|final)"
    r"\s+(?:jour|journée|day)\b(?:\s+(?:du|de la|de l'|des|of the|of)\s*(?:premier\s+|première\s+|first\s+)?(?P<host>[\w\-]+))?",
    re.IGNORECASE,
)
_TIME_OF_SENTENCE = re.compile(rf"\s*(?:{DAY_OPENERS})?\s*", re.IGNORECASE)
# Units of the calendar ("le premier jour du mois"), as the date grammar counts them.
_TIME_UNITS = frozenset(
    word for counts in DAY_COUNTS.values() for unit in ("weeks", "months", "years") for word in counts[unit]
)
_ORDINAL_DAYS = {"deuxième": 1, "second": 1, "seconde": 1, "troisième": 2, "third": 2}
_LAST = frozenset(("dernier", "dernière", "last", "final"))
_UNTIL = re.compile(r"\b(?:jusqu'(?:au|à|en)|until|till)\s+(?:the\s+|le\s+)?$", re.IGNORECASE)
# "announced on 3 March that Ghana would host the summit", "a annoncé le 3 mars que le Ghana
# accueillerait le sommet", "said on Monday that Togo will sign", "a annoncé lundi que le Togo
# signera": the day of the saying, not of what was then to come.
_REPORTED_LATER = re.compile(
    r"\b(?:[Tt]hat|que|qu['’])(?=\s|\w)[^.;]*?(?:\b(?:would|will|shall|\w{3,}(?:rait|raient)"
    rf"|aura|auront|sera|seront|fera|feront|pourra|pourront)\b|{FUTURE_ENDINGS})"
)
# "The summit will be held in Dakar, the presidency said on Monday", "Le sommet aura lieu à Dakar,
# a indiqué lundi le ministère": a saying set off after what is to come; its day is the saying's.
_SAYING = (
    r"(?:\b(?:said|says|announced|confirmed|stated|added|told\s+[\w-]+)(?:\s+on)?"
    r"|\b(?:a|ont)\s+(?:annoncé|indiqué|précisé|déclaré|affirmé|confirmé|expliqué|assuré|ajouté|fait\s+savoir)"
    r"|\b(?:annonce|indique|précise|affirme|confirme))\s*$"
)
_SAID_ASIDE = re.compile(rf"[,»”]\s*[^,;:.()«»“”]{{0,60}}?{_SAYING}", re.IGNORECASE)
# "Organisers of the Drone Forum said on Tuesday", "Les organisateurs du forum ont annoncé mardi": the
# day of a saying whose sayer's words name the event.
_SAID_BY = re.compile(rf"[^,;:.()«»“”]{{0,60}}?{_SAYING}", re.IGNORECASE)
# "before visiting a plant the next day": an act told by its verb, done then, not counted from.
_GERUND = re.compile(r"[a-z]+ing\b")
# What may join two events: a few words ending the first name ("au service du bien social"), then
# "et"/"and" and a few words opening the second ("à la manifestation de haut niveau du").
_JOINED = re.compile(r"\s*(?:[^\W\d_][\w'’-]*\s+){0,6}?(?:et|and)\s+[^,;:.()\d]{0,40}", re.IGNORECASE)
# What closed an event: "a session in Seoul, which closed with a ministerial statement".
_CLOSED_WITH = re.compile(
    rf"(?:\s+(?:in|at|à|en)\s+[^,;.]{{1,40}})?,?\s*(?:which|that|qui)\s+(?:{_CLOSED_PAST})"
    r"\s+(?:with|on|par|sur)\s+(?:(?:a|an|the|une?|la|le|les|des)\s+|l')?",
    re.IGNORECASE,
)
# What an event took place during: "adopté le mois dernier à New York lors du Sommet de l'avenir".
_DURING = re.compile(
    r"(?:\s*,)?[^,;:.()]{0,60}?\b(?:lors|au cours|pendant|during|in the course|on the sidelines|en marge)"
    r"(?:\s+(?:du|des|de\s+la|de\s+l'|de|of|of\s+the|the|an?))?"
    # words before the kind word that are no part of the name: "during the annual leaders' meeting"
    r"(?:\s+(?-i:[a-z][\w-]*['’]?)){0,3}?\s*",
    re.IGNORECASE,
)
# Where an act named by its noun was done: "by our ministers at their meeting", "lors de la réunion".
_AT_GATHERING = re.compile(
    r"[^,;:.()]{0,60}?\b(?:at|during|lors|au cours|à l'occasion)"
    r"(?:\s+(?:the|their|its|his|her|a|an|du|de la|de l'|des|d'une?|de|of|of the))?\s*",
    re.IGNORECASE,
)
# A relative clause right after an event's date and perhaps its place, telling what was done there
# and then: "le 25 juin à Addis-Abeba, où les États membres doivent adopter".
_WHERE_THEN = re.compile(
    r"(?:\s+(?:à|in|at)\s+[^,;:.()]{1,40})?\s*,\s*(?:où|where|when)\s+[^,;:.()]{0,40}", re.IGNORECASE
)
# What a gathering saw done: "the second edition, held in Quito on 5 May, saw ten firms sign a pledge".
_SAW = re.compile(
    r"[^;:.()]{0,80}?\b(?:saw|has seen|was marked by|a vu|ont vu|a été marquée?s? par|fut marquée? par)\s"
    r"[^;:.()]{0,60}",
    re.IGNORECASE,
)
_RELATIVE_OPENING_AFTER = re.compile(r"\s*,\s*(?:which|that|qui|que|qu['’]|dont)\b", re.IGNORECASE)
_RELATIVE_OPENING = re.compile(r"\s*(?:who|which|qui|dont|où)\b", re.IGNORECASE)
_FROM_DAY_NAMED = frozenset(phrase for phrases in PREVIOUS_DAY_WORDS.values() for phrase in phrases)
_FRONTED = re.compile(r"\s*(?:at|on|during|à|au|aux|lors)\b", re.IGNORECASE)
_HEADING_WORDS = re.compile(r"[^\W\d_]{2,}")
# "Brussels, Tuesday 13 February 2024, 09:00–10:30, room 1G3": where and when a meeting sits,
# on a line of its own under its title.
_PLACE_THEN = re.compile(r"\s*[A-ZÀ-Ý][\w'’\-]*(?:\s+[A-ZÀ-Ý][\w'’\-]*){0,3},\s*")
_SITTING_WORDS = 14
_TAIL_WORDS = 3  # "BST", "Accra", "Eko Hotel": what a day after a title may hold beside its hours
# What follows an event said to come before or after another on a day, in its own clause: "... avant un
# banquet offert par l'empereur dans la soirée", "before a banquet hosted by the Emperor in the evening".
_BEFORE_OR_AFTER = re.compile(
    r"\b(?:before|after|avant|après)\s+(?:an?\s+|une?\s+|the\s+|le\s+|la\s+|l['’])$", re.I
)
_LATER_THAT_DAY = re.compile(
    r"[^.;:,]{0,60}\b(?:dans la soirée|dans l['’]après-midi|le soir même|in the evening|that evening"
    r"|in the afternoon|later that day)\b",
    re.IGNORECASE,
)
# An aside saying an event is a first or a record since a time: ", la première d'un chef d'État
# depuis 2019", ", the largest since 2008"; not "Les premières obligations s'appliquent depuis dimanche".
_FIRST_SINCE = re.compile(
    r",\s*(?:the|la|le|les|its|sa|son)\s+(?:first|premier|première|premiers|premières|plus|most|largest|biggest)\b"
    r"[^.;:(),]{0,60}\b(?:since|depuis)\s+(?:le\s+|la\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)
_SINCE = re.compile(r"\b(?:depuis|since)\s+(?:la\s+|le\s+|l'|les\s+|the\s+)?$", re.IGNORECASE)
# French verbs in the future tense ("conviera", "se tiendront") and English "will"/"is to".
_FUTURE_VERB = re.compile(rf"\b{FUTURE_ENDINGS}|\bwill\b", re.IGNORECASE)
WEEKEND = re.compile(r"week-?end\b", re.IGNORECASE)
_ARRIVED = re.compile(
    r"\s*(?:arrivée?s?|arrived|arriving|having arrived|landed|landing)\s+(?:à\s+[^\W\d_][\w'’-]*\s+|in\s+[A-Z]\w*\s+)?"
    r"(?:on\s+|le\s+|dès\s+)?",
    re.IGNORECASE,
)
# A verb by which what was done ends a gathering. With "with", "par", "avec" or "sur" after it the
# gathering is its subject ("The visit ended with a speech"); a verb that only takes an object
# ("active") has the gathering after it ("The signing concluded the visit", "a clôturé le sommet").
_CONCLUDES = re.compile(
    r"\b(?:(?P<active>caps|capped|crowns|crowned|rounds?\s+off|rounded\s+off|brought\s+to\s+a\s+close"
    r"|(?:(?:a|ont)\s+)?(?:conclu|clôturé|clos|couronné|achevé|refermé|mis\s+fin\s+à)"
    r"|conclut|clôt|clôture|couronne|achève|met\s+fin\s+à|concludes|concluded|closes|closed|ends|ended"
    r"|wraps\s+up|wrapped\s+up)"
    r"|s'est\s+(?:conclue?|achevée?|terminée?|clôturée?|refermée?|close?)"
    r"|se\s+sont\s+(?:conclu|achev|termin|clôtur|referm)\w*)"
    r"(?!\w)(?P<with>\s+(?:with|par|avec|sur)\b)?",
    re.IGNORECASE,
)
# Between a closing verb and the gathering it closed: "the", "la", "à la", "his".
_DETERMINER_GAP = (
    r"\s*(?:à\s+)?(?:the|this|that|its|his|her|their|le|la|l['’]|les|ce|cet|cette|sa|son|leur|au|aux)?\s*"
)
# ... and words the gathering's name may leave out: "a conclu la deuxième visite d'État", "the
# President's second State Visit".
_OBJECT_GAP = re.compile(rf"{_DETERMINER_GAP}(?:[^\W\d_][\w'’-]*\s+){{0,2}}", re.IGNORECASE)
_BARE_OBJECT = re.compile(rf"{_DETERMINER_GAP}(?P<kind>[^\W\d_]+)\s*[.;,]", re.IGNORECASE)
_PRONOUN_OPENS = re.compile(r"\s*(?:it|elle|il|celle-ci|celui-ci)\s+$", re.IGNORECASE)
# A subject named by a determiner and its noun alone: "La signature", "The signing".
_BARE_SUBJECT = re.compile(
    r"\s*(?:the|this|that|le|la|l['’]|ce|cet|cette)\s*(?P<noun>[^\W\d_][\w-]+)\s*", re.IGNORECASE
)
_AT_THE_END_OF = re.compile(
    r"[^,.;:()]{0,30}?\s*,?\s*(?:at the end of|at the close of|au terme d['’]|à l['’]issue d['’]|à la clôture d['’])"
    r"\s*(?:an?|the|une?|la|le|l['’])?\s*(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
# What follows an event, with no date of its own: "..., suivies d'un", "followed by a".
_FOLLOWED_BY = re.compile(
    r"[^.;:()]{0,100}?\b(?:suivie?s?\s+d['’]une?|suivie?s?\s+par\s+une?|followed\s+by\s+an?|puis\s+une?|then\s+an?)\s+",
    re.IGNORECASE,
)
# "The summit was the third in a series that began in 2023": a date in a relative clause about
# another noun than the event named before it; "la troisième réunion, après celle de Bletchley Park
# en novembre 2023": a date of the other one a pronoun stands for.
_CLAUSE_OF_ANOTHER = re.compile(
    # (not "…, that is on 1 August", which says a day again)
    r"\b(?:a|an|the|un|une|le|la|les|l'|des|du)\s*(?P<noun>(?:[^\W\d_][\w'’-]*,?\s+){1,3})"
    r"(?:that(?!\s+is\s*(?:,|on\b|\d))|which|who|qui|dont|où)\b"
    r"|\b(?:celle|celui|celles|ceux|the one|the ones)\b",
    re.IGNORECASE,
)
# A date right after an event's name ("après le Sommet de Paris en février", "avant le sommet de
# juin 2034"), or set off by a comma as its month or year ("depuis le Sommet de Séoul, en mai 2024,").
_ADJOINING = re.compile(
    r"\s+(?:(?:en|in|on|le|les|du|de|of|from)\s+)?|\s*,\s*(?:en|in)\s+"
    # after its place: "since the signing of the partnership in Washington in March 2030"
    r"|\s+(?:in|at|à)\s+(?-i:[A-ZÀ-Ö][\w'’-]*)(?:\s+(?-i:[A-ZÀ-Ö][\w'’-]*)){0,2}\s+(?:en|in|on|le|les|du)\s+",
    re.IGNORECASE,
)
# A relative clause that tells when the event before it was held, after its place at most ("the
# state visit to the UK, which began on Tuesday", "la conférence de Lomé, qui s'est tenue le 3 mai").
_HELD_CLAUSE = re.compile(
    r"(?:\s+(?:to|in|at|à|en|au|aux)\s+[^,;:.()]{1,40})?\s*,?\s*(?:(?:which|that|qui)\s+"
    r"(?:began|started|opened|took\s+place|was\s+held|a\s+débuté|a\s+commencé|s'est\s+ouverte?|"
    # its schedule: "the summit, which opens on Monday 28 April", "qui s'ouvrira le 28 avril"
    r"opens|begins|starts|will\s+(?:open|begin|start|take\s+place|be\s+held|convene|meet)|takes\s+place|is\s+held|"
    r"convenes|meets|s'ouvre|s'ouvrira|débute|débutera|se\s+tiendra|se\s+tient|aura\s+lieu|se\s+réunira|"
    r"a\s+eu\s+lieu|s'est\s+tenue?|s'est\s+déroulée?|est\s+intervenue?)|held|convened|organi[sz]ed|tenue?s?"
    r"|organisée?s?|intervenue?s?"
    # its plan: "la visite d'État, prévue du 23 au 25 mars", "the visit, scheduled for 3 May"
    r"|prévue?s?(?:\s+pour)?|programmée?s?(?:\s+pour)?|(?:scheduled|planned|set)\s+(?:for|on))"
    # its place may come first: "qui se tiendra à Abidjan les 4 et 5 décembre"
    r"(?:\s+(?:in|at|à|au|aux)\s+[^,;:.()\d]{1,40}?)?"
    r"\s+(?:on\s+|le\s+|les\s+|in\s+|en\s+|du\s+)?"
    # "planned for spring 2028", "prévue au printemps 2028": a season, which the year dates
    rf"(?:(?:the\s+|au\s+|à\s+l')?(?:{'|'.join(w for lang in SEASONS.values() for w in lang)})\s+(?:of\s+)?)?",
    re.IGNORECASE,
)
# Its own verb of holding right after an event's name ("days before the forum opens on 10 March").
_ITS_VERB = re.compile(
    rf"(?:\s+(?:{OPENS}|(?:will\s+)?(?:take\s+place|be\s+held)|takes\s+place|is\s+held|"
    r"se\s+tient|se\s+tiendra|a\s+lieu|aura\s+lieu)"
    # or its participle set off after it: "après le Conseil des robots, réuni ce lundi", ", held on Monday"
    r"|\s*,\s*(?:réunie?s?|tenue?s?|held|convened))\s+(?:on|in|le|ce|en)?\s*",
    re.IGNORECASE,
)
# Who chairs or holds it, then its date: "une séance de clôture présidée par le ministre, Julien
# Marchal, le 12 février", "a session chaired by the minister on 12 February".
_BY_WHOM_THEN = re.compile(
    r"\s+(?:[^\W\d_]+(?:é|ée|és|ées)|[^\W\d_]+ed)\s+(?:par|by)\s+[^;:.()]{1,60}?,?\s+(?:le|les|on)?\s*",
    re.IGNORECASE,
)
# A relative clause right after an event's name, up to a date: ", which will be held in New York in".
_OWN_CLAUSE = re.compile(r"\s*,?\s*(?:which|that|qui|où)\b[^,;:.()]*", re.IGNORECASE)
_DECLARATION = re.compile(r"(?:déclaration|declaration|joint statement|statement|communiqué)", re.IGNORECASE)


# A next sentence that says how long "it" lasts: "Elle durera cinq jours.", "It will last five days."
_LASTS_NEXT = re.compile(
    rf"\s*(?:elle|il|elles|ils|it|they)\s+(?:durera|dureront|dure|durent|will\s+last|lasts|last)\s+"
    rf"(?P<n>\d+|{'|'.join(COUNTS)})\s+(?:jours|days)\b",
    re.IGNORECASE,
)


def last_days(mentions: list[Mention], paragraphs: list[Paragraph]) -> None:
    """An event dated by one day that the text says lasts several ("a three-day state visit" from
    Tuesday) ends that many days after it; one that "closed today after two days" began before."""
    for mention in mentions:
        # "The two-day summit ended on Wednesday": told by its last day only.
        dates = mention.dates or mention.closing
        if dates is None or dates.range.end is not None or dates.range.start.precision != "day":
            continue
        paragraph = paragraphs[mention.paragraph]
        sentence = _sentence_of(paragraph, mention.start)
        length = days_long(paragraph.text, mention.start, mention.end, sentence.end)
        lasts = _LASTS_NEXT.match(paragraph.text, sentence.end) if mention.kind in GATHERING_KINDS else None
        if length is None and lasts is not None and _first_gathering(mention, mentions, sentence):
            # "La conférence s'ouvrira lundi. Elle durera cinq jours.": the next sentence's length
            length = count_of(lasts.group("n")), False
        if length is None or length[0] < 2 or (mention.dates is None and not length[1]):
            continue
        day, (days, counted_back) = dates.range.start.first_day(), length
        other = PartialDate.from_date(day + timedelta(days=(1 - days) if counted_back else (days - 1)))
        span = DateRange(other, dates.range.start) if counted_back else DateRange(dates.range.start, other)
        mention.dates = DateMention(span, dates.start, dates.end, dates.text, dates.relative)


def _first_gathering(mention: Mention, mentions: list[Mention], sentence: words.Span) -> bool:
    """Whether no other gathering of the paragraph's sentence comes before this one (what "it" stands for)."""
    return not any(
        other.paragraph == mention.paragraph
        and sentence.start <= other.start < mention.start
        and other.kind in GATHERING_KINDS
        for other in mentions
    )


def opens_on_a_day(text: str, sentence: words.Span) -> bool:
    """ "On the first day, the presidents co-chaired a virtual session": a sentence opening on a day
    of a gathering (dated by ``date_days_of``) tells its events with that day."""
    opener = _TIME_OF_SENTENCE.match(text, sentence.start, sentence.end)
    day = _NTH_DAY.match(text[opener.end() : sentence.end])
    return day is not None and text[opener.end() + day.end() : opener.end() + day.end() + 1] == ","


# "signed a roadmap today, on the second day of the state visit": the day it was done then.
_ON_THE_DAY = re.compile(
    r"(?:\s+(?:at|in|à|au)\s+[^,;:.()]{1,40})?\s*,\s*(?:on|au\s+cours\s+d[eu]|lors\s+d[eu]|le|au)\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _day_of_the_act_before(day: Mention, mentions: list[Mention], paragraph: Paragraph) -> None:
    """A counted day of an undated event, told right after an act of its sentence dated to the day
    ("today signed a roadmap ..., on the second day of the state visit"), is the act's day."""
    sentence = _sentence_of(paragraph, day.start)
    acts = [
        m
        for m in mentions
        if m.paragraph == day.paragraph
        and sentence.start <= m.start
        and m.end <= day.start
        and m.dates is not None
        and m.dates.range.end is None
        and m.dates.range.start.precision == "day"
    ]
    if acts and _ON_THE_DAY.fullmatch(paragraph.text, acts[-1].end, day.start):
        day.dates = acts[-1].dates


def date_days_of(mentions: list[Mention], paragraphs: list[Paragraph]) -> list[Mention]:
    """ "Le premier jour du Forum, ... signeront": a day counted in the event of that kind dated
    before it is that day, for the day and for what its sentence tells without a date of its own.
    Said as the time of the sentence (opening it, before a comma), it is a date, not an event."""
    times: list[int] = []
    for index, mention in enumerate(mentions):
        counted = _NTH_DAY.match(mention.name)
        if (
            counted is None
            or mention.dates is not None
            or (counted.group("host") or "").lower() in _TIME_UNITS
        ):
            continue  # "le premier jour du mois qui suit": a day of the calendar, no event's
        kind = kind_of(counted.group("host") or "")
        fits = [m for m in mentions[:index] if _spans_days(m) and kind in (m.kind, "event")]
        if not fits:
            _day_of_the_act_before(mention, mentions, paragraphs[mention.paragraph])
            continue
        dates = fits[-1].dates.range
        first, last = dates.start.first_day(), dates.end.last_day()
        nth = counted.group("nth").lower()
        day = last if nth in _LAST else first + timedelta(days=_ORDINAL_DAYS.get(nth, 0))
        if day > last:
            continue
        told = DateMention(
            DateRange(PartialDate.from_date(day)), mention.start, mention.end, mention.name, True
        )
        paragraph = paragraphs[mention.paragraph]
        sentence = _sentence_of(paragraph, mention.start)
        opening = _TIME_OF_SENTENCE.fullmatch(paragraph.text, sentence.start, mention.start)
        opening = opening is not None and paragraph.text[mention.end : mention.end + 1] == ","
        # "On the first day, ...": opening the paragraph, the day is the time of all it tells.
        last = len(paragraph.text) if opening and sentence.start == 0 else sentence.end
        for other in mentions:
            same = other.paragraph == mention.paragraph and sentence.start <= other.start < last
            if other is mention or (same and other.dates is None):
                other.dates = told
        if opening:
            times.append(id(mention))
    return [m for m in mentions if id(m) not in times]


def _sentence_of(paragraph: Paragraph, position: int) -> words.Span:
    return next(
        (s for s in paragraph.sentences if s.start <= position < s.end), words.Span(0, len(paragraph.text))
    )


def _spans_days(mention: Mention) -> bool:
    dates = mention.dates
    return dates is not None and dates.range.end is not None and dates.range.start.precision == "day"


# A year a gathering's name opens or ends on: "the 2029 AI Summit", "AI for Good Global Summit 2023".
_YEAR_NAMED = re.compile(r"^(?P<first>(?:19|20)\d\d)\s|\s(?P<last>(?:19|20)\d\d)$")
# Or written right after it, where the name stops: "le Sommet des drones 2029 à Lomé".
_YEAR_AFTER = re.compile(r"\s(?P<last>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)")


def dated_by_name(mentions: list[Mention], paragraphs: list[Paragraph]) -> None:
    """A gathering or trip the text dates nowhere is held in the year its name says."""
    for mention in mentions:
        if mention.dates is not None or mention.kind not in HELD:
            continue
        text = paragraphs[mention.paragraph].text
        named = _YEAR_NAMED.search(mention.name) or _YEAR_AFTER.match(text, mention.end)
        if named is not None:
            year = PartialDate(int(named.groupdict().get("first") or named.group("last")))
            mention.dates = DateMention(DateRange(year), mention.start, mention.start, "", relative=False)


def date_the_lead(mentions: list[Mention], paragraphs: list[Paragraph], published: PartialDate) -> None:
    """An event the opening paragraphs report without a date happened in the month of publication.

    News leads tell what has just happened ("Lors de la visite d'État de..."), so the
    dateline's month is supported; nothing finer is claimed, and a sentence about the
    future or a lead that gives dates of its own is left alone. Only a sentence's first event is
    its news: others it names are its setting ("les défis qui se présentent au sommet du G7"), and
    so is all it names after an office that acts ("assuré par la présidence belge ... dans le débat").
    One put off or called off ("The summit has been postponed") is not held when told.
    """
    lead = {m.paragraph for m in mentions if m.dates is not None and m.paragraph < LEAD_PARAGRAPHS}
    told: set[tuple[int, str]] = set()
    for mention in sorted(mentions, key=lambda m: (m.paragraph, m.start)):
        if mention.paragraph >= LEAD_PARAGRAPHS or mention.paragraph in lead:
            continue
        paragraph = paragraphs[mention.paragraph]
        sentence = paragraph.sentence_at(mention.start)
        text = paragraph.text
        span = paragraph.sentence_span(mention.start) or words.Span(0, len(text))
        told_by_office = any(
            office_acts(text, word, span) for word in EVENT_WORD.finditer(text, span.start, mention.start)
        )
        first = (mention.paragraph, sentence) not in told and not told_by_office
        told.add((mention.paragraph, sentence))
        counted_from = RELATIVE_TO.search(
            text, max(0, mention.start - 30), mention.start
        )  # "à l'issue du sommet"
        if (
            first
            and mention.dates is None
            and _ends_in_month(mention, published)
            and mention.kind in _LEAD_KINDS
            and not FUTURE.search(sentence)
            and not PUT_OFF.search(sentence)
            and counted_from is None
            and not _whose_office(text, mention)
        ):
            month = PartialDate(published.year, published.month)
            mention.dates = DateMention(DateRange(month), mention.start, mention.start, "", relative=True)
            mention.named = True


def _ends_in_month(mention: Mention, published: PartialDate) -> bool:
    """Whether an event whose end is said ends in the month of publication: one that "se tient
    jusqu'à dimanche" is under way; one that "concluded on 14 March" last year is not of this month."""
    if mention.closing is None:
        return True
    end = mention.closing.range.start
    return (end.year, end.month) == (published.year, published.month)


# What is announced, signed, adopted, published or launched at an event.
_MADE_AT = frozenset({"announcement", "signing", "adoption", "publication", "launch"})


def on_the_sidelines(text: str, mentions: list[Mention], sentence: words.Span) -> None:
    """An announcement made "en marge de" / "lors de" / "on the sidelines of" / right "at" an event
    written in the same sentence belongs to it and takes its dates, only the first when
    "l'ouverture" is meant."""
    for mention in mentions:
        if mention.kind in _LEAD_KINDS and mention.dates is not None:
            # "the Forum will meet in June, on the sidelines of the summit": a gathering held beside
            # another shares its month; an act dated to a month may be of any of the host's days.
            _hosted_on(text, mention, mentions, to_the_month=True)
        if mention.kind in _MADE_AT and mention.dates is not None:
            _hosted_on(text, mention, mentions)
            continue
        if mention.kind == "meeting" and mention.dates is None and mention.parent_hint is None:
            _held_at(text, mention, mentions)
        if mention.kind not in _MADE_AT or mention.parent_hint is not None:
            continue
        for host in mentions:
            if host is mention or host.kind == "announcement" or host.dates is None:
                continue
            cue = (
                SIDELINES.search(text, sentence.start, host.start)
                or _AT.fullmatch(text, mention.end, host.start)
                or (
                    _BY_GATHERING.fullmatch(text, mention.end, host.start)
                    if host.kind in GATHERING_KINDS
                    else None
                )
            )
            if cue is None or (
                cue.start() > mention.end and _RELATIVE_OPENING_AFTER.search(text, mention.end, cue.start())
            ):
                # "ont signé une déclaration, qui prolonge celle adoptée lors de la visite": the other
                # text's occasion, told in a relative clause, not the signing's.
                continue
            mention.parent_hint = host
            dates = host.dates.range
            if cue.groupdict().get("opening"):
                dates = DateRange(dates.start)
            mention.dates = DateMention(dates, host.dates.start, host.dates.end, host.dates.text, True)
            break


def _held_at(text: str, mention: Mention, mentions: list[Mention]) -> None:
    """ "held a first policy debate on the proposal at their meeting in Luxembourg on 5 December": a
    sitting told right before the dated gathering it was held at is a part of it, on its days."""
    host = next(
        (
            other
            for other in mentions
            if other is not mention
            and other.dates is not None
            and other.kind in GATHERING_KINDS
            and _AT.fullmatch(text, mention.end, other.start)
        ),
        None,
    )
    if host is not None:
        mention.parent_hint, mention.dates = host, host.dates


def _hosted_on(text: str, mention: Mention, mentions: list[Mention], *, to_the_month: bool = False) -> None:
    """ "ouverte à la signature aujourd'hui, à l'occasion de la conférence des ministres", "launches
    the Initiative at the Lagos Forum": the undated gathering the dated act was done at was under way
    that day (or month, for a meeting)."""
    precisions = ("day", "month") if to_the_month else ("day",)
    if mention.dates.range.end is not None or mention.dates.range.start.precision not in precisions:
        return
    for host in mentions:
        if (
            host.dates is None
            and host.kind in _LEAD_KINDS
            and host.start > mention.end
            and (
                SIDELINES.search(text, mention.end, host.start) is not None
                or _AT.fullmatch(text, mention.end, host.start) is not None
            )
        ):
            host.dates = DateMention(
                mention.dates.range, mention.dates.start, mention.dates.end, mention.dates.text, True
            )
            return


def told_when(mention: Mention, paragraphs: list[Paragraph], language: str) -> bool:
    """A described event ("la signature d'un accord") whose sentence writes a date we cannot know."""
    if mention.name.lower() in KINDS:
        return False  # "the next forum": a bare kind word says nothing of its own
    paragraph = paragraphs[mention.paragraph]
    sentence = next((s for s in paragraph.sentences if s.start <= mention.start < s.end), None)
    return sentence is not None and writes_a_date(paragraph.text[sentence.start : sentence.end], language)


def fronted_date(text: str, sentence: words.Span, dates: list[DateMention]) -> DateMention | None:
    """ "At the GPAI Council in New Delhi on 3 July, ... members agreed a partnership": the one day
    of the place and time a sentence opens with, set off by a comma, is when its clause happened."""
    comma = text.find(",", sentence.start, sentence.end)
    if comma < 0 or not _FRONTED.match(text, sentence.start):
        return None
    inside = [d for d in dates if sentence.start <= d.start and d.end <= comma]
    return inside[0] if len(inside) == 1 and inside[0].range.end is None else None


# A sentence that opens on a participle and its clause: "Saisi le 20 mars par soixante députés, le
# Conseil ...", "Adopted in 2019, the principles ..."; not a name ("Xi Jinping", "Helen Marsh").
_PARTICIPLE_CLAUSE = re.compile(
    r"\s*(?-i:[A-ZÀ-Ý])[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|ed)\s+(?-i:[a-zà-ÿ\d])[^,.;:]*,",
    re.IGNORECASE,
)


def main_clause_dates(text: str, sentence: words.Span, dates: list[DateMention]) -> list[DateMention]:
    """The dates of a sentence from its main clause on, when a participle's clause put first dates
    that participle and the main clause has a date of its own ("Saisi le 20 mars ..., le Conseil a
    rendu jeudi sa décision": Thursday); else all of them ("Réunis mardi à Genève, les ministres ...").
    Not a day the sentence tells its event was moved from ("initialement prévu le 12 mars, a été
    reporté au 21 avril"): that is no longer its time."""
    moved = next((d for d in dates if sentence.start <= d.start < sentence.end and _moved_to(text, d)), None)
    if moved is not None:
        dates = [d for d in dates if not sentence.start <= d.start < moved.start]
    clause = _PARTICIPLE_CLAUSE.match(text, sentence.start, sentence.end)
    if clause is None:
        return dates
    later = [d for d in dates if d.start >= clause.end()]
    return later if later and later[0].start < sentence.end else dates


def in_relative_aside(text: str, position: int) -> bool:
    """ "Aki Sato, who chaired the meeting, launched ...", "the Hiroshima process, which the G7
    launched in May 2023": what stands at ``position`` is told in passing, not what the clause did."""
    aside = text.rfind(",", 0, position)
    return aside >= 0 and _RELATIVE_OPENING.match(text, aside + 1) is not None


def setting_told_before(
    text: str, sentence: words.Span, earlier: list[Mention]
) -> tuple[Mention, int] | None:
    """ "During the two-day meeting, the ministers signed ...", "Lors du sommet, ...": a sentence
    opening on a gathering it does not name is set at the last one of that kind the document told
    (what it tells without a date of its own was done then), and where that opening ends. One
    opening "On the sidelines," or "En marge," is set at the last gathering told; one whose subject is a
    gathering named by its kind ("The summit adopted ...") at the last of that kind."""
    opening = _SETTING_OPENS.match(text, sentence.start, sentence.end) or _subject_opening(text, sentence)
    aside = _ASIDE_OPENS.match(text, sentence.start, sentence.end) if opening is None else None
    if opening is None and aside is None:
        return _occasion_told_before(text, sentence, earlier)
    kinds = {kind_of(opening.group("kind"))} if opening else GATHERING_KINDS
    # Named, or (for an opening that says its kind) dated: "le sommet numérique andin s'est tenu le 4 mai".
    told = [
        m
        for m in earlier
        if m.kind in kinds and (m.named or (opening is not None and m.dates is not None)) and not m.earlier
    ]
    return (told[-1], (opening or aside).end()) if told else None


def _occasion_told_before(
    text: str, sentence: words.Span, earlier: list[Mention]
) -> tuple[Mention, int] | None:
    """ "They launched the process there", "À cette occasion, ils ont adopté la charte": set at the
    last dated gathering told, which "there" or "that occasion" points back to."""
    if _OCCASION.search(text, sentence.start, sentence.end) is None:
        return None
    told = [m for m in earlier if m.kind in GATHERING_KINDS and m.dates is not None and not m.earlier]
    return (told[-1], sentence.start) if told else None


def _subject_opening(text: str, sentence: words.Span) -> re.Match[str] | None:
    """ "The summit adopted a charter", "Le sommet a approuvé une charte": what a gathering named
    by its kind does, it does while it is held."""
    subject = _SUBJECT_OPENS.match(text, sentence.start, sentence.end)
    if subject is None or subject.group("kind").lower() not in KINDS:
        return None
    return subject if kind_of(subject.group("kind")) in GATHERING_KINDS else None


def held_alongside(text: str, sentence: words.Span, earlier: list[Mention]) -> Mention | None:
    """ "Un forum des start-up se tiendra en parallèle", "A forum will be held in parallel": a
    gathering held alongside the last dated one the document told, on its days."""
    if _IN_PARALLEL.search(text, sentence.start, sentence.end) is None:
        return None
    told = [
        m for m in earlier if m.kind in GATHERING_KINDS and m.named and m.dates is not None and not m.earlier
    ]
    return told[-1] if told else None


def undated_and_told(found: list[Mention], text: str) -> list[Mention]:
    """Events a sentence tells without a date of their own: not those it names as the occasion
    ("lors de la visite d'État"), which a day carried from elsewhere would wrongly date."""
    return [m for m in found if m.dates is None and not _CONTEXT.search(text, max(0, m.start - 40), m.start)]


def about_the_future(sentence: str) -> bool:
    return FUTURE.search(sentence) is not None or _FUTURE_VERB.search(sentence) is not None


# "and would create an authority", "créerait une autorité": what a text would do, if ever; not the
# future of a programme ("devrait", what is expected, is one).
_CONDITIONAL = re.compile(r"\b(?:would|could|might|(?!devr)\w{2,}(?:rait|raient))\b", re.IGNORECASE)


def goes_on_planning(sentence: str) -> bool:
    """Whether a sentence goes on telling a programme in the future, not in the conditional."""
    return about_the_future(_CONDITIONAL.sub(" ", sentence))


# "Les ministres examineront ensuite ...", "Leaders will then adopt ...": after the day told before.
_LATER_ON = re.compile(
    r"\b(?:ensuite|puis|par la suite|plus tard|then|later|afterwards|subsequently|thereafter)\b",
    re.IGNORECASE,
)


def told_later(sentence: str) -> bool:
    """Whether a sentence tells what comes after the day a programme told before, not on it."""
    return _LATER_ON.search(sentence) is not None


def planned_day(text: str, dates: list[DateMention], sentence: words.Span) -> DateMention | None:
    """The one day a sentence about the future names: a programme goes on telling that day in the
    future tense ("Le 10 février, des soirées seront organisées. Le président conviera..."). Not a
    day something lasts until ("The consultation will run until 30 June. The results will...")."""
    own = [d for d in dates if sentence.start <= d.start < sentence.end]
    day = one_day(own)
    return None if day is None or _UNTIL.search(text, max(0, day.start - 12), day.start) else day


def one_day(dates: list[DateMention]) -> DateMention | None:
    """The date, when the dates are exactly one day (not a span, not a month)."""
    if len(dates) == 1 and dates[0].range.start.precision == "day" and dates[0].range.end is None:
        return dates[0]
    return None


# A live page's headline: "LIVE: ...", "Live updates", "EN DIRECT", "minute par minute".
_LIVE = re.compile(
    r"\b(?:LIVE|Live(?=\s*[:|–—-])|[Ll]ive (?:updates?|blog)|[Ll]iveblog|EN DIRECT|[Ee]n direct|"
    r"[Mm]inute par minute|[Aa]s it happened)\b"
)
# A paragraph opening on a clock time: "10:40 The statement is out", "10h45 La déclaration...".
CLOCK_OPENS = re.compile(rf"\s*{CLOCK}\s")


def live_page(lines: list[str]) -> bool:
    """Whether a page's headline or header lines say it is live coverage."""
    return any(_LIVE.search(line) for line in lines)


def live_day(paragraphs: list[Paragraph], published: PartialDate | None) -> DateMention | None:
    """A live page with three entries or more opening on a clock time tells of its day of
    publication: each timed entry without a date of its own is of that day."""
    timed = sum(1 for p in paragraphs if CLOCK_OPENS.match(p.text))
    if published is None or published.precision != "day" or timed < 3:
        return None
    return DateMention(DateRange(published), 0, 0, "", True)


def heading_date(paragraph: Paragraph, dates: list[DateMention]) -> DateMention | None:
    """A paragraph that is nothing but a day ("Jeudi 6 février", "3 May 2031:") or days ("Jeudi 9 et
    vendredi 10 octobre") heads the items of an agenda or a programme: it dates the paragraphs after
    it that have no date of their own."""
    if len(dates) != 1 or dates[0].range.start.precision != "day":
        return None
    rest = paragraph.text[: dates[0].start] + paragraph.text[dates[0].end :]
    if len(_HEADING_WORDS.findall(rest)) <= 1 or sitting(paragraph.text, dates[0]):
        return dates[0]
    return None


def dated_tail(text: str, sentence: words.Span, dates: list[DateMention]) -> DateMention | None:
    """A sentence that is only a day, with its hours or place ("Thursday 7 October 2027, 14:00–15:30
    BST", "Vendredi 22 octobre, Accra."), after a title in its paragraph: when the title's event is."""
    own = [d for d in dates if sentence.start <= d.start < sentence.end]
    if len(own) != 1 or own[0].range.start.precision != "day":
        return None
    rest = _HEADING_WORDS.findall(text[sentence.start : own[0].start] + text[own[0].end : sentence.end])
    if len(rest) > _TAIL_WORDS or any(word.islower() for word in rest):
        return None
    return own[0]


def sitting(text: str, day: DateMention) -> bool:
    """Whether a line is a meeting's place and day, with its hours and room: it opens on the place
    and is no sentence."""
    return (
        _PLACE_THEN.fullmatch(text, 0, day.start) is not None
        and len(text.split()) <= _SITTING_WORDS
        and not text.rstrip().endswith(".")
    )


def opening_date(paragraph: Paragraph, dates: list[DateMention]) -> DateMention | None:
    """A day that opens a paragraph ("Le 3 mai, ...", "En fin de journée, ...", "On Monday, ...")
    sets the time of what its later sentences tell without a date of their own (a span opening a
    paragraph is a programme's, not each of its parts', except in an agenda's item)."""
    if not dates:
        return None
    first = dates[0]
    before, after = paragraph.text[: first.start], paragraph.text[first.end : first.end + 3].lstrip()
    if len(before.split()) > 1:
        return None
    if after.startswith(",") and first.range.end is None:
        return first
    # "• 14-16 juin — Évian. Sommet du G7.", "3 May: ...": an agenda or timeline item, span and all.
    return first if AGENDA_DASH.match(paragraph.text, first.end) else None


def date_declarations(mentions: list[Mention], paragraphs: list[Paragraph]) -> None:
    """A declaration or statement the article reports in the past without a date, or its signing
    or adoption, came out of the dated gathering its sentence tells before it ("The second edition,
    held in Accra last year, adopted ..."), else out of the event its lead reports, when there is
    one: it takes that event's date and it as parent, unless its sentence dates its own adoption or
    signing. One told in the pluperfect is before the lead's time and takes only the first."""
    lead = next(
        (
            m
            for m in mentions
            if m.dates is not None and m.paragraph < LEAD_PARAGRAPHS and m.kind in _LEAD_KINDS
        ),
        None,
    )
    for mention in mentions:
        sentence = paragraphs[mention.paragraph].sentence_at(mention.start)
        declared = (mention.kind == "announcement" and _DECLARATION.match(mention.name)) or (
            mention.kind in ("signing", "adoption") and _DECLARATION.search(mention.name)
        )
        if (
            not declared
            or mention.dates is not None
            or mention.parent_hint is not None
            or FUTURE.search(sentence)
            or _adopted_in_its_sentence(mention, mentions, paragraphs[mention.paragraph])
        ):
            continue
        # Told in the pluperfect, before the text's time: not the lead's, but the gathering's its
        # sentence tells ("avait accueilli le sommet en 2029, où quatorze pays avaient signé ...").
        host = _gathering_before(mention, mentions, paragraphs[mention.paragraph])
        host = host if host is not None or mention.earlier else lead
        if host is not None:
            mention.dates, mention.parent_hint, mention.named = host.dates, host, True


def _gathering_before(mention: Mention, mentions: list[Mention], paragraph: Paragraph) -> Mention | None:
    """The dated gathering or edition told last before an act in its sentence, which did it."""
    span = _sentence_of(paragraph, mention.start)
    return next(
        (
            other
            for other in reversed(mentions)
            if other.paragraph == mention.paragraph
            and (other.kind in _LEAD_KINDS or other.edition)
            and other.dates is not None
            and span.start <= other.start < mention.start
        ),
        None,
    )


def _adopted_in_its_sentence(mention: Mention, mentions: list[Mention], paragraph: Paragraph) -> bool:
    """ "la Déclaration africaine adoptée à Kigali en avril": its sentence dates its own adoption."""
    span = _sentence_of(paragraph, mention.start)
    return any(
        other.paragraph == mention.paragraph
        and other.kind in ("signing", "adoption")
        and other.dates is not None
        and span.start <= other.start < span.end
        for other in mentions
    )


def arrival_day(text: str, sentence: words.Span, dates: list[DateMention]) -> DateMention | None:
    """The day a sentence opening on someone's arrival gives ("Arrivé mardi soir, le président ...",
    "Arriving on Tuesday, the president ..."): when the trip told before began."""
    opening = _ARRIVED.match(text, sentence.start, sentence.end)
    if opening is None:
        return None
    return next((d for d in dates if d.start == opening.end() and d.range.start.precision == "day"), None)


def ended_with(text: str, mentions: list[Mention]) -> None:
    """ "endorsed the principles on Thursday at the end of a two-day meeting", "ont adopté jeudi une
    déclaration au terme d'une réunion": the gathering ended the day of what was done at its end."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, after in pairwise(ordered):
        if (
            _one_day(before)
            and after.dates is None
            and after.closing is None
            and after.kind in GATHERING_KINDS
            and _AT_THE_END_OF.fullmatch(text, before.end, after.start)
        ):
            after.closing = before.dates


# "Les participants au Sommet", "Delegates at the Drone Summit": who attended the gathering after it.
_ATTENDED = re.compile(
    r"\b(?:participants?|délégués|délégations|delegates|delegations|attendees)\s+"
    r"(?:au|à\s+la|à\s+l['’]|aux|at|to|in)(?:\s+the)?(?:\s+[^\W\d_]+)?\s*$",  # and an ordinal: "au deuxième"
    re.IGNORECASE,
)
# "à l'issue de deux jours de travaux", "at the end of two days of talks": the days it lasted, to then
# (event_names._ENDED_AFTER reads the same days after a verb of ending; here they follow an act).
_AFTER_DAYS = re.compile(
    r"\b(?:à\s+l['’]issue|au\s+terme|at\s+the\s+end|after|après)\s+(?:de\s+|d['’]|of\s+)?"
    r"(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")\s+(?:jours|days)\b",
    re.IGNORECASE,
)


def attended_for_days(text: str, mentions: list[Mention], sentence: words.Span) -> None:
    """ "Les participants au Sommet ... ont adopté vendredi la déclaration à l'issue de deux jours de
    travaux": the gathering its attendees did it at lasted those days, to the act's day."""
    for held in mentions:
        if held.dates is not None or held.kind not in GATHERING_KINDS:
            continue
        if _ATTENDED.search(text, max(sentence.start, held.start - 30), held.start) is None:
            continue
        act = next((m for m in mentions if m.start > held.end and _one_day(m)), None)
        length = _AFTER_DAYS.search(text, act.end, sentence.end) if act is not None else None
        if act is None or length is None:
            continue
        count = length.group("count")
        days = count_of(count)
        last = act.dates.range.start
        first = PartialDate.from_date(last.first_day() - timedelta(days=days - 1))
        held.dates = DateMention(DateRange(first, last), act.dates.start, act.dates.end, act.dates.text, True)


def closed_by(text: str, sentence: words.Span, found: list[Mention], told: list[Mention]) -> None:
    """ "The signing on 15 January concluded the visit", "La signature a conclu la visite", "It ended
    with a speech on 16 January", "on the final day of the visit": the gathering's last day is the
    day of what closed it. ``told`` are the document's mentions before the sentence, for a gathering
    or an act the sentence names by a pronoun or a bare noun."""
    _final_days(found, told)
    for verb in _CONCLUDES.finditer(text, sentence.start, sentence.end):
        before = [m for m in found if m.end <= verb.start()]
        after = [m for m in found if m.start >= verb.end()]
        if verb.group("with"):  # "The visit ended with", "Elle s'est achevée par"
            gathering = before[-1] if before else None
            if gathering is None and _PRONOUN_OPENS.match(text, sentence.start, verb.start()):
                gathering = next((m for m in reversed(told) if m.kind in HELD), None)
            act = next((m for m in after if _one_day(m)), None)
        elif verb.group("active") is not None:  # "The signing concluded the visit"
            gathering = _object_of(text, verb.end(), after, told)
            act = next((m for m in reversed(before) if _one_day(m)), None) or _named_before(
                text[sentence.start : verb.start()], told
            )
            if act is None and _PRONOUN_OPENS.match(text, sentence.start, verb.start()):
                # "It crowns the visit": what was done last, told before
                act = next((m for m in reversed(told) if _one_day(m) and m.kind not in HELD), None)
        else:
            continue
        if gathering is None or act is None or gathering.kind not in HELD:
            continue
        if not gathering.named and gathering.name.lower() in KINDS:  # "the summit": the one told before
            gathering = next((m for m in reversed(told) if m.kind == gathering.kind), gathering)
        if gathering.closing is None and _ends_after(gathering, act):
            gathering.closing = act.dates


def _final_days(found: list[Mention], told: list[Mention]) -> None:
    """ "on the final day of the visit": the visit told before ends that day, which is no event."""
    for mention in found:
        counted = _NTH_DAY.match(mention.name)
        if counted is None or counted.group("nth").lower() not in _LAST:
            continue
        # "signed on Thursday, on the final day of the visit": the day is the act's when not its own
        day = mention if _one_day(mention) else next((m for m in found if _one_day(m)), None)
        kind = kind_of(counted.group("host") or "")
        held = [*told, *(m for m in found if m.start < mention.start)]
        host = next((m for m in reversed(held) if _of_kind(m, kind) and _one_day(m) and m.kind in HELD), None)
        if day is not None and host is not None and _ends_after(host, day):
            host.closing, mention.refers = day.dates, True


def _of_kind(mention: Mention, kind: str) -> bool:
    """ "the visit" may be a state visit; "the event" any gathering."""
    return kind in ("event", mention.kind, mention.kind.split()[-1])


def _one_day(mention: Mention) -> bool:
    return mention.dates is not None and one_day([mention.dates]) is not None


def _ends_after(gathering: Mention, act: Mention) -> bool:
    """The act's day (``act`` is dated by one day) may close the gathering: not before its start, if known."""
    return (
        gathering.dates is None
        or gathering.dates.range.start.first_day() <= act.dates.range.start.first_day()
    )


def _object_of(text: str, end: int, after: list[Mention], told: list[Mention]) -> Mention | None:
    """The gathering right after a closing verb: named there, or by its kind alone ("the visit"),
    then the last of that kind told before."""
    if after and _OBJECT_GAP.fullmatch(text, end, after[0].start):
        return after[0]
    bare = _BARE_OBJECT.match(text, end)
    kind = kind_of(bare.group("kind")) if bare is not None else "event"
    if kind == "event":
        return None  # no kind word: not a gathering's
    return next((m for m in reversed(told) if _of_kind(m, kind)), None)


def _named_before(subject: str, told: list[Mention]) -> Mention | None:
    """ "La signature a conclu": the act told before whose name opens with the subject's noun."""
    noun = _BARE_SUBJECT.fullmatch(subject)
    if noun is None:
        return None
    word = noun.group("noun").lower()
    return next(
        (m for m in reversed(told) if m.name.split()[0].lower() == word and _one_day(m)),
        None,
    )


def weekend_after(text: str, mentions: list[Mention]) -> None:
    """ "deux journées scientifiques dès jeudi, suivies d'un week-end culturel", "followed by a
    weekend": the Saturday and Sunday after the last day of what it follows."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, after in pairwise(ordered):
        if after.dates is not None or not WEEKEND.match(after.name) or before.dates is None:
            continue
        last = before.dates.range.end or before.dates.range.start
        if last.precision != "day" or not _FOLLOWED_BY.fullmatch(text, before.end, after.start):
            continue
        day = last.first_day()
        saturday = day + timedelta(days=(5 - day.weekday()) % 7 or 7)
        span = DateRange(PartialDate.from_date(saturday), PartialDate.from_date(saturday + timedelta(days=1)))
        after.dates = DateMention(span, before.dates.start, before.dates.end, before.dates.text, True)


def held_that_evening(text: str, mentions: list[Mention], dates: list[DateMention]) -> None:
    """ "s'entretiendra mardi avec le Premier ministre, avant un banquet offert dans la soirée", "before
    a banquet hosted by the Emperor in the evening": the evening of the day told before it."""
    for mention in mentions:
        if (
            mention.dates is not None
            or not _BEFORE_OR_AFTER.search(text, max(0, mention.start - 16), mention.start)
            or not _LATER_THAT_DAY.match(text, mention.end)
        ):
            continue
        days = [
            d
            for d in dates
            if d.end <= mention.start and d.range.start.precision == "day" and not d.range.end
        ]
        if days:
            mention.dates = days[-1]


def done_on_the_trip(text: str, mentions: list[Mention], sentence: words.Span) -> None:
    """ "se rendra mercredi à Osaka pour visiter un centre et rencontrer des patrons", "will travel to
    Osaka to meet business leaders": what a dated trip is made to do is done on it, then and there."""
    trips = [m for m in mentions if m.kind in TRIPS and m.dates is not None and sentence.start <= m.start]
    for trip in trips:
        for mention in mentions:
            if (
                mention.dates is None
                and trip.end <= mention.start < sentence.end
                and _PURPOSE.search(text, trip.end, mention.start) is not None
                and not _inside_another(mention, mentions)  # "pour signer un accord": the signing's
            ):
                mention.dates = trip.dates
                mention.parent_hint = mention.parent_hint or trip


def _inside_another(mention: Mention, mentions: list[Mention]) -> bool:
    """Whether a mention is written inside another one's words (the object of a verb's event)."""
    return any(o is not mention and o.start <= mention.start and mention.end <= o.end for o in mentions)


def date_weekends(events: list[FoundEvent]) -> None:
    """A "week-end" of a programme whose dates hold exactly one Saturday and Sunday is those, when
    it has no date or a weekday borrowed from the sentence around it."""
    weekends = set()
    for event in events:
        if event.start is None or event.end is None or event.start.precision != "day":
            continue
        day, last = event.start.first_day(), event.end.last_day()
        while day < last:
            if day.weekday() == 5:
                weekends.add(day)
            day += timedelta(days=1)
    if len(weekends) != 1:
        return
    saturday = weekends.pop()
    for event in events:
        weekday = (
            event.start is not None
            and event.start.precision == "day"
            and event.start.first_day().weekday() < 5
        )
        if (event.start is None or weekday) and WEEKEND.match(event.name):
            event.start = PartialDate.from_date(saturday)
            event.end = PartialDate.from_date(saturday + timedelta(days=1))
            event.status = "confirmed"


# An announcing or launching verb in the present tense: what a lead says is announced or launched is so
# the day it says so ("is launching" too).
_ANNOUNCES_NOW = re.compile(
    r"\b(?:annonce|annoncent|officialise|officialisent|dévoile|dévoilent|lance|lancent|announces|unveils|launches"
    r"|(?:is|are)\s+(?:announcing|unveiling|launching))\b"
)
# "The summit under the Italian Presidency", "le sommet, sous présidence française,": the frame an
# event is held in, written after it.
_UNDER = re.compile(
    r"\b(?:under|sous)\s+(?:the\s+|la\s+|le\s+|l'|its\s+|their\s+|sa\s+|son\s+|leur\s+)?$", re.IGNORECASE
)
_FRAME_REACH = 40  # characters between an event and the frame written after it
# "une rencontre aura lieu en marge du salon jeudi": a gathering told before, named by its kind
# alone, as the setting of another; it has its dates, the day is the other's.
_SIDELINES_OF = re.compile(
    r"\b(?:en marge|on the (?:sidelines|margins))\s+(?:du|de la|de l['’]|des|of the|of)\s*$", re.IGNORECASE
)
# "presented its guidelines, which it plans to publish by June": a date after a relative clause that
# plans another act is that act's, not the event's before it.
_PLANS_ANOTHER = re.compile(
    r",\s*(?:which|that|qui|qu['’]\s*\w+|que\s+\w+)\b[^,;.]{0,40}?\b(?:plans?|intends?|expects?|aims?|hopes?)\s+to\b"
    r"|,\s*(?:qui|qu['’]\s*\w+|que\s+\w+)\b[^,;.]{0,40}?\b(?:prévoi\w*|envisage\w*|compte\w*|entend\w*|souhaite\w*)\s+(?:de\s+|d['’])?\w+",
    re.IGNORECASE,
)
# "the Drone Network, a body launched last year in Rome": a date in a noun set beside another, with
# its own participle, is that participle's.
_APPOSED_PARTICIPLE = re.compile(
    r",\s*(?:(?:a|an)\s+(?:[^\W\d_]+\s+){1,2}?[^\W\d_]+ed|(?:un|une)\s+(?:[^\W\d_]+\s+){1,2}?[^\W\d_]+(?:é|ée|és|ées|i|ie|is|ies))"
    r"\s+[^,;.]*$",
    re.IGNORECASE,
)
# "The forum will review the evaluation, published in December": after the event's own verb and its
# object, a participle set off by a comma tells when that object was done, not the event.
_OBJECTS_PARTICIPLE = re.compile(
    r"\b(?:will|would|shall|to|va|vont|doit|doivent|(?:a|ont)\s+[^\W\d_]+(?:é|i|u|is|it)|[^\W\d_]{3,}(?:ra|ront))"
    r"\s+[^,;.]*?\w,\s*(?:[^\W\d_]+(?:ed|é|ée|és|ées)|held|made|written|drawn\s+up|set\s+up)\s+[^,;.]*$",
    re.IGNORECASE,
)
_OBJECTS_PARTICIPLE_REACH = 200  # characters before a date its verb and object are looked for in
# "…, soit le 1er août", "…, that is on 1 August", "i.e. on 1 August": a day counted, said again.
_RESTATED = re.compile(
    r"\b(?:soit|that is|i\.e\.|c['’]est-à-dire|namely)\s*,?\s*(?:on\s+|le\s+)?$", re.IGNORECASE
)
_COUNTED_FROM = re.compile(r"\b(?:après|after|following|suivant)\s+(?:\S+\s+){0,3}$", re.IGNORECASE)
# "enters into force 180 days after its publication in the gazette on 25 June", "entrera en vigueur six
# mois après sa publication le 25 juin": the day is what the event is counted from (after a comma, it
# may be the event's own: "12 months after entry into force, in August 2025").
_COUNTED_AFTER = re.compile(
    rf"\s+(?P<n>\d+|{'|'.join(COUNTS)})\s+(?P<unit>days?|weeks?|months?|years?|jours|semaines|mois|ans|années)\s+"
    r"(?:after|following|après|suivant)\s[^.;,]{0,80}?(?:\s+on|\s+le)?\s*",
    re.IGNORECASE,
)
# "on 23 January, three days after revoking the order", "twenty days after its publication": the act
# counted from, told after the day.
_COUNT_THEN_ACT = re.compile(
    rf"\s*,\s*(?P<n>\d+|{'|'.join(COUNTS)})\s+(?P<unit>days?|weeks?|months?|years?|jours|semaines|mois|ans|années)\s+"
    r"(?:after|après)\s+(?:avoir\s+|having\s+|(?:its|their|the|sa|son|ses|leur|leurs|la|le|les)\s+|l['’])?",
    re.IGNORECASE,
)
# The word every such count holds, looked for once in the text before any pair of event and date.
_COUNTED_AFTER_WORD = re.compile(r"\b(?:after|following|après|suivant)\s", re.IGNORECASE)
_MONTHS_IN = {"month": 1, "months": 1, "mois": 1, "year": 12, "years": 12, "ans": 12, "années": 12}
# A relative clause set off by a comma, still open where an event is written: an aside.
_RELATIVE_ASIDE = re.compile(r",\s*(?:who|which|qui|dont)\b[^,;.]*$", re.IGNORECASE)


_REPORTED_REACH = 200  # how far after a mention the reported clause's verb may stand


def _reported_later(text: str, date_mention: DateMention, mention: Mention) -> bool:
    """Whether the mention is in what was said, still to come, after the day of the saying; but
    what one says will be proposed or announced is proposed in the saying ("a annoncé hier
    qu'Ottawa proposerait des amendements": the proposal is yesterday's)."""
    if mention.kind == "announcement":
        return False
    found = _REPORTED_LATER.search(text, date_mention.end, mention.end + _REPORTED_REACH)
    return found is not None and found.start() < mention.start


def _said_after(text: str, mention: Mention, date_mention: DateMention) -> bool:
    """Whether the date is the day of a saying set off after the mention's clause, which tells of
    what is still to come (a past act told so may well be of the day it was told). The clause runs
    from its sentence's start: "Le Maroc accueillera, en février, la conférence, a annoncé mardi"."""
    said = _SAID_ASIDE.search(text, mention.end, date_mention.start)
    if said is None:
        return False
    start = max((edge.end() for edge in SENTENCE_EDGE.finditer(text, 0, mention.start)), default=0)
    return about_the_future(text[start : said.start()])


# "il négocie avec le Canada la création du partenariat", "discussed the adoption of the charter",
# "called for the creation of": what was talked of or asked for was not done then.
_TALKED_OF = re.compile(
    r"\b(?:négoci(?:e|ent|ait|aient|é|era)|discut(?:e|ent|ait|aient|é|era)|débattu|plaid\w*\s+pour|réclam\w*"
    r"|negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+for"
    r"|(?:push|press)(?:es|ed|ing)?\s+for)"
    r"(?:\s+(?:avec|with)\s+[^,;.]{1,30}?)?\s+(?:de\s+|d['’]|du\s+|des\s+)?"
    r"(?:the\s+|la\s+|le\s+|l['’]|les\s+|a\s+|an\s+|une?\s+)?$",
    re.IGNORECASE,
)
_TALKED_OF_REACH = 60  # characters between the verb of talks and what was talked of


def _told_when(text: str, mention: Mention, date_start: int) -> bool:
    """Whether the words between an event and a date are a clause telling when it is held, or for a
    gathering named by its noun who holds it then (a text "adopted by members in May" is left to its
    adoption)."""
    return bool(
        _HELD_CLAUSE.fullmatch(text, mention.end, date_start)
        or (
            mention.kind in GATHERING_KINDS
            and _BY_WHOM_THEN.fullmatch(text, mention.end, date_start)
            and not made_by_after(text, mention)  # "examineront un projet préparé par un groupe": the draft's
        )
    )


def assign_dates(mentions: list[Mention], dates: list[DateMention], text: str = "") -> None:
    """Each date goes to the event written nearest to it in the sentence, a date after it a little nearer.

    "Le 6 mai, lors de la visite d'État, les deux pays ont signé..." dates the signing: an event
    written as the occasion ("lors de", "during") after the date is its setting, not what it dates.
    An event counted from ("depuis l'adoption", "since the signing") lies before the sentence's time,
    and one told in the pluperfect ("qui avait lancé") takes no day counted from that time ("hier").
    """
    counted = [
        m
        for m in mentions
        if _SINCE.search(text, max(0, m.start - 20), m.start)
        or (RELATIVE_TO.search(text, max(0, m.start - 30), m.start) and not _GERUND.match(text, m.start))
        or _TALKED_OF.search(text, max(0, m.start - _TALKED_OF_REACH), m.start)
    ]
    told_held: list[DateMention] = []  # dates a clause gives to the event it tells of, and no other
    lost: list[DateMention] = []  # dates an event took and gave up for a nearer one of its own
    for date_mention in dates:
        for mention in counted:
            # "ahead of the Summit of the Future, which will be held in September": its own clause
            # dates it, and so does a date written right after it ("après le Sommet de Paris en février").
            if mention.dates is None and (
                _OWN_CLAUSE.fullmatch(text, mention.end, date_mention.start)
                or _ADJOINING.fullmatch(text, mention.end, date_mention.start)
                or _ITS_VERB.fullmatch(text, mention.end, date_mention.start)
                or _told_when(text, mention, date_mention.start)
            ):
                mention.dates = date_mention
                told_held.append(date_mention)
    mentions = [m for m in mentions if not any(m is c for c in counted)]
    for date_mention in dates if _COUNTED_AFTER_WORD.search(text) else ():
        # "twenty days after its publication": what is counted from may be dated by counting back
        for mention in [*mentions, *counted]:
            found = (
                _COUNTED_AFTER.fullmatch(text, mention.end, date_mention.start)
                if mention.dates is None
                else None
            )
            back = (
                _COUNT_THEN_ACT.fullmatch(text, date_mention.end, mention.start)
                if mention.dates is None and found is None
                else None
            )
            if back is not None and (shifted := _counted_after(back, date_mention, -1)) is not None:
                # "signed on 23 January, three days after revoking the order": the revocation then
                mention.dates = shifted
                continue
            if found is not None and (shifted := _counted_after(found, date_mention)) is not None:
                mention.dates = shifted
                told_held.append(date_mention)  # the day counted from dates nothing else
                break
    framed = [m for m in mentions if _frame_of_another(text, m, mentions)]
    # Named only as someone's office: no date of the sentence dates it (read once, not per date).
    offices = [m for m in mentions if _whose_office(text, m)]
    for date_mention in dates:
        # The clause tells of the gathering its noun names, not of what names it in turn ("une
        # communication sur la préparation du sommet, qui se tiendra ...": the summit).
        held = min(
            (m for m in mentions if _told_when(text, m, date_mention.start)),
            key=lambda m: (m.kind not in GATHERING_KINDS, -m.start),
            default=None,
        )
        if held is not None and held.dates is None and not _given_up(text, date_mention, dates):
            held.dates = date_mention
            told_held.append(date_mention)
            # "expected in Accra next week for the summit, which opens on 28 April": its own clause
            # tells when, whatever other date lies nearer.
            mentions = [m for m in mentions if m is not held]
    for date_mention in dates:
        if any(date_mention is told for told in told_held):
            continue  # the date of the clause telling when an event was held
        until = _UNTIL.search(text, max(0, date_mention.start - 12), date_mention.start)
        if until and not _moved_to(text, date_mention):
            # "ouverte jusqu'au 15 avril": when something ends, never when it starts; the closing
            # told right before it ("Registration is open until 24 May") is then.
            closing = [m for m in mentions if m.kind == "deadline" and m.end <= date_mention.start]
            nearest = min(closing, key=lambda m: gap(m, date_mention), default=None)
            if nearest is not None and nearest.dates is None:
                nearest.dates = date_mention
            elif nearest is None and text[until.start() - 1 : until.start()] == "(":
                _open_until(mentions, date_mention)
            continue
        told_of = _what_was_done(text, mentions, date_mention)
        # "will review the census, published in December, and agree": the census's date, no event's
        # but one named as that object ("will review the declaration, adopted in December").
        objects_participle = _OBJECTS_PARTICIPLE.search(
            text, max(0, date_mention.start - _OBJECTS_PARTICIPLE_REACH), date_mention.start
        )
        # ", first approved by the Senate in December": a participle's aside the date is told in.
        in_aside = _PARTICIPLE_ASIDE.search(
            text, max(0, date_mention.start - _PARTICIPLE_ASIDE_REACH), date_mention.start
        )
        # The next verb's event, and what its words name ("and will publish a statement").
        next_verbs = [m for m in mentions if _next_verbs(text, m, date_mention, mentions)]
        datable = [
            m
            for m in mentions
            if not (
                m.earlier
                and _counted(date_mention)
                and not _opens_its_clause(text, m, date_mention, mentions)
            )
            and not (m.end <= date_mention.start and _clause_of_another(text, m.end, date_mention.start))
            and not (told_of is not None and m.end <= told_of)
            and not (m.end <= date_mention.start and _PLANS_ANOTHER.search(text, m.end, date_mention.start))
            and not (
                m.end <= date_mention.start and _APPOSED_PARTICIPLE.search(text, m.end, date_mention.start)
            )
            and not (
                objects_participle and not objects_participle.start() < m.start < objects_participle.end()
            )
            and not (in_aside and date_mention.end <= m.start and _aside_closed_before(text, date_mention, m))
            and not (date_mention.end <= m.start and _reported_later(text, date_mention, m))
            and not (m.end <= date_mention.start and _said_after(text, m, date_mention))
            and not (m.end <= date_mention.start and _SAID_BY.fullmatch(text, m.end, date_mention.start))
            and not (m.end <= date_mention.start and _in_closed_aside(text, m, date_mention))
            and not _beyond_semicolon(text, m, date_mention)
            and not (m.end <= date_mention.start and SINCE_WHAT.search(text, m.end, date_mention.start))
            and not (m.end <= date_mention.start and _aimed_at(text, m.end, date_mention))
            and not any(n.start <= m.start < n.end for n in next_verbs)
            and not any(m is o for o in offices)
        ]
        # The frame dates nothing the event it frames may take.
        datable = [m for m in datable if not any(m is f for f in framed)] or datable
        if _RESTATED.search(text, max(0, date_mention.start - 24), date_mention.start):
            # "entrera en vigueur trois mois après la cinquième ratification, soit le 1er août": the
            # day the clause's own event was counted to, not what it is counted from.
            datable = [
                m for m in datable if not _COUNTED_FROM.search(text, max(0, m.start - 30), m.start)
            ] or datable
        if _FIRST_SINCE.search(text, max(0, date_mention.start - 80), date_mention.start):
            continue  # "the first visit by a head of state since 2019": when the last one was, no event's
        since = SINCE_BEFORE.search(text, max(0, date_mention.start - 12), date_mention.start)
        if since and date_mention.range.start.precision != "day":
            # "the first such summit since 2023", "organisé depuis 2017": a gathering is not held
            # since a year or a month; what is in force since then is, and so is a gathering under
            # way since a day ("réunis depuis mardi pour le sommet": it opened on Tuesday).
            datable = [m for m in datable if m.kind not in KINDS.values()]
        if not datable:
            continue
        # "The code, signed on 3 April, enters into force on 1 June": a date goes first to an event
        # of its own clause, set off by commas.
        own_clause = [m for m in datable if _one_clause(text, m, date_mention, dates)]
        nearest = min(own_clause or datable, key=lambda m: gap(m, date_mention))
        if date_mention.end <= nearest.start and _CONTEXT.search(
            text, max(0, nearest.start - 40), nearest.start
        ):
            main = [m for m in datable if m is not nearest and m.start > nearest.start]
            nearest = min(main, key=lambda m: gap(m, date_mention), default=nearest)
        held = [m for m in datable if m.end <= date_mention.start and m.kind in GATHERING_KINDS]
        if held and date_mention.end <= nearest.start and _purpose_opening(text, date_mention.end, nearest):
            # "Une réunion se tiendra à Addis-Abeba en septembre pour lancer l'application": the
            # gathering's day, not that of what it is held to do.
            nearest = held[-1]
        if date_mention.end <= nearest.start and _AFTER_ONE.search(
            text, max(0, nearest.start - 30), nearest.start
        ):
            # "sont parvenus ce matin, après un trilogue de dix-huit heures, à un accord": the
            # agreement; the talks before it are how it came.
            main = [m for m in datable if m.start >= nearest.end]
            nearest = min(main, key=lambda m: gap(m, date_mention), default=nearest)
        if date_mention.end <= nearest.start and _RELATIVE_ASIDE.search(
            text, date_mention.end, nearest.start
        ):
            # "On Thursday, the minister, who chaired the meeting, launched the group": the launch.
            main = [m for m in datable if m.start >= nearest.end]
            nearest = min(main, key=lambda m: gap(m, date_mention), default=nearest)
        if nearest.dates is None or _better_date(text, nearest, date_mention, nearest.dates, dates):
            if nearest.dates is not None:
                lost.append(nearest.dates)
            nearest.dates = date_mention
        for held in datable:
            # "ont lancé un dialogue le 3 octobre, lors d'un forum à Dakar": the act's setting, told
            # right after its day, was under way then (a month may hold any of its days).
            if held is not nearest and held.dates is None and _set_after(text, date_mention, held):
                held.dates = date_mention
        setting = _CONTEXT.search(text, max(0, nearest.start - 40), nearest.start)
        if date_mention.start >= nearest.end and setting is not None:
            # "sera lancé lors d'une réunion de haut niveau, en septembre", "À l'occasion de la
            # visite, le 25 janvier, les deux pays ont adopté...": what happens at the setting
            # takes its date too, when the sentence gives it none of its own (a day, or a month:
            # not the setting's span of days).
            held = [m for m in datable if m is not nearest and m.dates is None]
            if held and date_mention.range.end is None:
                min(held, key=lambda m: gap(m, date_mention)).dates = date_mention
    for date_mention in lost:
        _to_the_one_before(text, mentions, date_mention)
    for date_mention in dates:
        _and_then_that_day(text, mentions, date_mention, dates)


def _counted_after(found: re.Match[str], date_mention: DateMention, sign: int = 1) -> DateMention | None:
    """The date a span of days, weeks, months or years after a dated day is, to the precision both
    allow ("six mois après le 25 juin 2027": 25 December 2027; "two years after May 2027": May 2029);
    before it when ``sign`` is -1."""
    start = date_mention.range.start
    if date_mention.range.end is not None:
        return None
    count, unit = sign * count_of(found.group("n")), found.group("unit").lower()
    if unit in _MONTHS_IN:
        shifted = start.plus_months(count * _MONTHS_IN[unit])
    elif start.precision == "day":
        weeks = unit.startswith(("week", "semaine"))
        shifted = PartialDate.from_date(start.first_day() + timedelta(days=count * (7 if weeks else 1)))
    else:
        return None
    return DateMention(DateRange(shifted), date_mention.start, date_mention.end, date_mention.text, True)


def _open_until(mentions: list[Mention], date_mention: DateMention) -> None:
    """ "ouverture du Salon des drones à Bordeaux (jusqu'au 15 mars)": the gathering opened on its
    one day before the brackets lasts until theirs."""
    opened = [
        m
        for m in mentions
        if m.kind in GATHERING_KINDS
        and m.end <= date_mention.start
        and m.dates is not None
        and m.closing is None
    ]
    last = max(opened, key=lambda m: m.end, default=None)
    one_day = last is not None and last.dates.range.end is None and last.dates.range.start.precision == "day"
    if one_day and last.dates.range.start.first_day() < date_mention.range.start.first_day():
        last.closing = date_mention


def _and_then_that_day(
    text: str, mentions: list[Mention], date_mention: DateMention, dates: list[DateMention]
) -> None:
    """ "met in Rome on 14 October and published a statement": an act joined in the past to the
    day an act before it took, with no day of its own, was done that day too; not one joined in
    the future ("signed on 3 April and will enter into force")."""
    if not any(m.dates is date_mention and m.end <= date_mention.start for m in mentions):
        return
    for mention in mentions:
        joined = _AND_DONE.fullmatch(text, date_mention.end, mention.start)
        if (
            joined is not None
            and mention.dates is None
            and not _FUTURE_JOIN.search(joined.group(0))
            and not any(d.start >= mention.end for d in dates)
        ):
            mention.dates = date_mention


def _aimed_at(text: str, end: int, date_mention: DateMention) -> bool:
    """ "signé ... pour former 5 000 ingénieurs d'ici 2034", "signed to train engineers by 2034":
    the target of what an act is for, not when it was done."""
    return (
        _TARGET.search(text, max(end, date_mention.start - 20), date_mention.start) is not None
        and _PURPOSE.search(text, end, date_mention.start) is not None
    )


def _purpose_opening(text: str, start: int, event: Mention) -> bool:
    """Whether the purpose a clause opens right after a date names the event ("en septembre pour
    lancer l'application", "in September to launch the plan")."""
    found = _PURPOSE.search(text, start, event.end)
    return found is not None and not text[start : found.start()].strip(" ,") and found.start() <= event.start


def _to_the_one_before(text: str, mentions: list[Mention], date_mention: DateMention) -> None:
    """ "a meeting with the minister, Kwame Asante, on 14 July, and a forum on 16 July": a day the
    next event took, then gave up for its own, dates the undated event it follows in its clause."""
    if any(m.dates is date_mention for m in mentions):
        return
    before = [m for m in mentions if m.end <= date_mention.start]
    last = max(before, key=lambda m: m.end, default=None)
    if (
        last is not None
        and last.dates is None
        and date_mention.start - last.end <= _LISTED_REACH
        and not _CLAUSE_END.search(text, last.end, date_mention.start)
        and not _SAID_BY.fullmatch(text, last.end, date_mention.start)
    ):
        last.dates = date_mention


def _set_after(text: str, date_mention: DateMention, mention: Mention) -> bool:
    """Whether an event is named as the setting ("lors d'un forum", "during a visit") right after a
    day, but for a comma."""
    if mention.start < date_mention.end or date_mention.range.start.precision != "day":
        return False
    between = text[date_mention.end : mention.start]
    setting = _CONTEXT.search(between)
    return setting is not None and not between[: setting.start()].strip(" ,")


def _next_verbs(text: str, mention: Mention, date_mention: DateMention, mentions: list[Mention]) -> bool:
    """Whether an event is the next verb's, after "and" that ends the date's clause: "published in
    the Official Journal on 12 July and enters into force on 1 August" dates the publication; a verb
    joined in the future is the next one even where the date's own verb made no event ("met in Rome
    on 14 October and will publish")."""
    joined = _AND_THEN.fullmatch(text, date_mention.end, mention.start)
    return joined is not None and (
        _FUTURE_JOIN.search(joined.group(0)) is not None
        or any(other.end <= date_mention.start for other in mentions)
    )


# "to the chair of the disarmament conference", "au président de la conférence": whose office the
# person something is done to or with holds.
_OFFICE_OF = re.compile(
    r"\b(?:to|with|from|au|aux|à|avec)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
    rf"(?:{words.ROLE})\s+(?:of|de|du|des|d['’])\s*"
    r"(?:the\s+|la\s+|le\s+|l['’])?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _whose_office(text: str, mention: Mention) -> bool:
    """Whether a gathering told by its kind word alone is only named as whose office the person
    something is done to holds ("handed to the chair of the disarmament conference on Wednesday"):
    the day is the handing's, not the conference's. One whose office holder acts ("The chair of the
    conference opened the talks on Wednesday") is not told so."""
    return (
        mention.name.lower() in KINDS
        and _OFFICE_OF.search(text, max(0, mention.start - 60), mention.start) is not None
    )


def _frame_of_another(text: str, mention: Mention, mentions: list[Mention]) -> bool:
    """Whether an event is written as the frame of one just before it ("The summit under the
    Italian Presidency will take place on 13 June": the summit's date, not the presidency's; "une
    rencontre aura lieu en marge du salon jeudi": the meeting's)."""
    under = _UNDER.search(text, max(0, mention.start - 16), mention.start)
    if under is None and not mention.named and mention.name.lower() in KINDS:
        under = _SIDELINES_OF.search(text, max(0, mention.start - 24), mention.start)
    return under is not None and any(
        0 <= under.start() - other.end <= _FRAME_REACH for other in mentions if other is not mention
    )


def _beyond_semicolon(text: str, mention: Mention, date_mention: DateMention) -> bool:
    """ "Le 3 juin 2030, le Togo a lancé sa stratégie ; un an plus tard, il a créé...": a date
    dates nothing past a semicolon, but for one heading a timeline's line, which dates all of it."""
    opens = not text[text.rfind("\n", 0, date_mention.start) + 1 : date_mention.start].strip(" •*-·")
    heading = opens and AGENDA_DASH.match(text, date_mention.end) is not None
    between = text[min(mention.end, date_mention.end) : max(mention.start, date_mention.start)]
    return ";" in between and not heading


def _better_date(
    text: str, mention: Mention, new: DateMention, old: DateMention, dates: list[DateMention]
) -> bool:
    """Whether a date dates an event better than the one it has: one of its own clause ("Après Lomé en
    2030, le sommet se tiendra à Dakar le 3 juin") before one of another, else the finer of two one
    of which lies within the other, else the nearer; never a vaguer date the one it has lies within.
    A date its own words hold ("last year's edition") is refined from anywhere."""
    if _moved_to(text, new) != _moved_to(text, old):
        return _moved_to(text, new)  # "initialement prévu en mars, a été reporté au 12 mai": 12 May
    if _narrows(old, new):
        return False
    if _narrows(new, old) and mention.start - 3 <= old.end and old.start <= mention.end:
        return True  # "last year's edition, in June 2030": its own words' year, told to the month
    if _narrows(new, old) and old.end <= mention.start and mention.end <= new.start:
        return True  # "A year later she chaired the meeting in Kigali, on 6 November 2028": that day
    own = _one_clause(text, mention, new, dates)
    if own != _one_clause(text, mention, old, dates):
        return own
    # "the 2032 edition of the summit ... in June": June 2032, however far.
    return _narrows(new, old) or gap(mention, new) < gap(mention, old)


def _given_up(text: str, date_mention: DateMention, dates: list[DateMention]) -> bool:
    """Whether a date is the one its sentence says something was moved from ("The summit planned for
    7 December has been postponed to 3 March"): a later date of the sentence is the one moved to."""
    return not _moved_to(text, date_mention) and any(
        other.start > date_mention.end
        and _moved_to(text, other)
        and not SENTENCE_EDGE.search(text, date_mention.end, other.start)
        for other in dates
    )


def _moved_to(text: str, date_mention: DateMention) -> bool:
    """Whether a date is the one something was moved to ("reporté au 12 mai", "postponed to")."""
    return MOVED_TO.search(text, max(0, date_mention.start - MOVED_REACH), date_mention.start) is not None


def _narrows(finer: DateMention, coarser: DateMention) -> bool:
    """Whether a date lies within a vaguer one ("last year's conference, held on 12 May 2030"):
    the vaguer, however near, takes nothing from it."""
    inner, outer = finer.range.start, coarser.range.start
    return (
        coarser.range.end is None
        and finer.range.end is None
        and outer.covers(inner)
        and not inner.covers(outer)
    )


# What stands between an aside's closing comma and a date: a verb of the sentence ("died on").
_VERB_AFTER_ASIDE = re.compile(r",\s*(?:[^\W\d_]+\s+){1,3}?(?:on|in|le|en|the)?\s*$", re.IGNORECASE)
_NO_VERB = re.compile(r",\s*(?:on|in|le|en|the|au|du)?\s*$", re.IGNORECASE)


# ", first approved by the Senate in": a participle set off after a noun, other than one of a
# gathering's being held or a text's coming into force (from when what it does applies).
_PARTICIPLE_ASIDE = re.compile(
    r",\s*(?:(?:first|initially|originally|already|d['’]abord|déjà)\s+)?"
    r"(?!(?:held|tenue?s?|organi[sz]ed|organisée?s?|convened|réunie?s?|entered|entrée?s?)\b)[^\W\d_]+(?:ed|é|ée|és|ées)\b[^,;.]*$",
    re.IGNORECASE,
)
_PARTICIPLE_ASIDE_REACH = 120  # characters before a date the aside's comma is looked for in
_PAST_AFTER = re.compile(
    r"\b(?:[^\W\d_]{3,}ed|was|were|had|(?:a|ont|avait|avaient)\s+[^\W\d_]+(?:é|ée|és|ées|i|is|it|u))\b",
    re.IGNORECASE,
)


def _aside_closed_before(text: str, date_mention: DateMention, mention: Mention) -> bool:
    """Whether the participle's aside a date is told in closes before the event: "The text, first
    approved by the Senate in December, now returns to the Senate for a final vote"."""
    closing = text.find(",", date_mention.end, mention.start)
    # "By resolution X, adopted on 26 August, the Assembly established ...": an act told in the past
    # after the aside was done then too.
    return closing >= 0 and not _PAST_AFTER.search(text, closing, mention.end)


def _in_closed_aside(text: str, mention: Mention, date_mention: DateMention) -> bool:
    """Whether the event is told in an aside that closes before the date's verb: "Helga Sørensen,
    who chaired the committee, died on Saturday" (not "qui participera au sommet, le 3 juin")."""
    if not in_relative_aside(text, mention.start):
        return False
    between = text[mention.end : date_mention.start]
    return "," in between and _VERB_AFTER_ASIDE.search(between) is not None and not _NO_VERB.search(between)


def _clause_of_another(text: str, start: int, end: int) -> bool:
    """Whether a relative clause about another noun stands between an event and a date; a place
    the event is in is not one ("the state visit to the UK, which began on Tuesday")."""
    found = _CLAUSE_OF_ANOTHER.search(text, start, end)
    if found is None or found.group("noun") is None:
        return found is not None
    noun = found.group("noun").strip(" ,")
    known = gazetteer.default().lookup(noun) or cities().lookup(noun)
    return known is None or known.kind not in ("country", "region", "place")


def _what_was_done(text: str, mentions: list[Mention], date_mention: DateMention) -> int | None:
    """Where an act ends when a date lies in a clause right after it, which tells of what was done
    ("The meeting agreed a testing protocol, which members will pilot from June"; "will discuss a
    draft prepared by experts who met in March"): not when the act, nor anything before it, was
    done. A gathering's clause is its own ("the summit, which leaders will attend on 3 June", "le
    sommet organisé par la France en février")."""
    return max(
        (
            m.end
            for m in mentions
            if m.end <= date_mention.start
            and (
                (
                    m.kind not in GATHERING_KINDS
                    and _RELATIVE_OPENING_AFTER.match(text, m.end, date_mention.start)
                    and not _its_own_verb(m.name, text[m.end : date_mention.start])
                )
                or made_by_after(text, m)
            )
        ),
        default=None,
    )


_STEM = 4  # letters a noun and its verb share ("signing", "signed"; "adoption", "adopté")
_WORD = re.compile(r"[^\W\d_]+")


def _its_own_verb(name: str, clause: str) -> bool:
    """Whether a relative clause says the act its antecedent names, by a verb of the noun's stem ("the
    signing of a memorandum, which ministers signed in Ottawa on 17 February"): the clause's date is
    the act's own."""
    noun = name.split(maxsplit=1)[0].lower()
    if len(noun) < _STEM + 1:
        return False
    return any(word.lower().startswith(noun[:_STEM]) for word in _WORD.findall(clause)[1:])


def _told_by_its_noun(text: str, mention: Mention) -> bool:
    """Whether the text names an act by the noun its name opens with ("the launch of"), not by a
    verb ("launched"), whose own clause dates it."""
    return text[mention.start : mention.end].lower().split()[:1] == mention.name.lower().split()[:1]


def _one_clause(text: str, mention: Mention, date_mention: DateMention, dates: list[DateMention]) -> bool:
    """Whether no comma stands between an event and a date, but those written inside dates
    ("Nov. 1, 2023")."""
    if mention.end <= date_mention.start:
        start, end = mention.end, date_mention.start
    else:
        start, end = date_mention.end, mention.start
    inside = [(other.start, other.end) for other in dates]
    at = text.find(",", start, end)
    while at >= 0:
        if not any(a <= at < b for a, b in inside):
            return False
        at = text.find(",", at + 1, end)
    return True


# What makes the words after a sentence's opening day another clause than its first.
_ANOTHER_CLAUSE = re.compile(r"[:;.!?]|\b(?:que|qu['’]|qui|dont|that|which|who)\b", re.IGNORECASE)


def _opens_its_clause(
    text: str, mention: Mention, date_mention: DateMention, mentions: list[Mention]
) -> bool:
    """ "Hier soir, elle avait présenté le projet de loi": a day opening the sentence of a pluperfect
    act, with no other act or clause between them, is the act's own time, counted from the writing."""
    before = text[: date_mention.start].rstrip()
    opening = not before or before[-1] in ".!?\n"
    # A date or a mention of another paragraph is placed in that paragraph's text, not this one.
    written_here = text[date_mention.start : date_mention.end] == date_mention.text
    written_here = written_here and mention.end <= len(text)
    if not (opening and written_here) or not date_mention.start < date_mention.end <= mention.start:
        return False
    between = (date_mention.end, mention.start)
    return not _ANOTHER_CLAUSE.search(text, *between) and not any(
        between[0] <= other.start < between[1] for other in mentions if other is not mention
    )


def _counted(date_mention: DateMention) -> bool:
    """A day counted from the time of writing ("hier", "mardi"), not one written with its number
    whose year alone was inferred ("le 17 mai"), nor one counted from the day the text named last
    ("La veille, le Premier ministre avait lancé ...": the pluperfect is that story's tense)."""
    from_named = " ".join(date_mention.text.lower().split()) in _FROM_DAY_NAMED
    # "en octobre dernier", "last year": a month or a year counts from the writing in any tense.
    to_the_day = date_mention.range.start.precision == "day"
    return (
        date_mention.relative
        and to_the_day
        and not from_named
        and not any(ch.isdigit() for ch in date_mention.text)
    )


def coordinated_dates(text: str, mentions: list[Mention], dates: list[DateMention]) -> None:
    """ "présents cette semaine au Sommet X et à la manifestation du Sommet Y": an event joined to a
    dated one by "et"/"and", or that closed it ("a session in Seoul, which closed with a ministerial
    statement"), with no date between them, shares its date; so does what it happened during
    ("adopté le mois dernier lors du Sommet de l'avenir") or what a gathering saw done ("the
    forum saw ten firms sign a pledge")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for before, after in pairwise(ordered):
        if (
            before.dates is None
            and after.dates is not None
            and before.kind not in GATHERING_KINDS
            and after.kind in GATHERING_KINDS
            and _told_by_its_noun(text, before)
            and _AT_GATHERING.fullmatch(text, before.end, after.start)
        ):
            # "the launch of the Partnership by our ministers at their meeting in Cape Town on 12
            # September": an act told by its noun, done at the gathering, on its days.
            before.dates = after.dates
    for before, after in pairwise(ordered):
        if before.dates is None or after.dates is not None or after.earlier:
            continue
        joined = _JOINED.fullmatch(text, before.end, after.start) or _CLOSED_WITH.fullmatch(
            text, before.end, after.start
        )
        if joined and not any(before.end <= d.start < after.start for d in dates):
            after.dates = before.dates
        elif (
            _DURING.fullmatch(text, before.end, after.start)
            or (before.kind in GATHERING_KINDS and _SAW.fullmatch(text, before.end, after.start))
        ) and not any(before.end <= d.start < after.start and d is not before.dates for d in dates):
            after.dates = before.dates  # what it happened during, or what saw it done, was then too
        elif before.dates.end <= after.start and _WHERE_THEN.fullmatch(text, before.dates.end, after.start):
            after.dates = before.dates  # "à Marseille samedi, où il inaugurera le consulat": then and there


def trip_purposes(text: str, mentions: list[Mention], sentence: words.Span) -> None:
    """ "Trump travels to Chequers, the Prime Minister's residence, for talks with Starmer": the
    meeting a trip is for is held when and where the trip is, as far as the sentence tells."""
    for trip in mentions:
        if trip.kind not in ("visit", "meeting") or (trip.dates is None and not trip.location.label()):
            continue  # "hosted her counterpart for the first Drone Dialogue": a meeting too
        for purpose in mentions:
            if (
                (purpose.dates is None or not purpose.location.label())
                and trip.end <= purpose.start < sentence.end
                and (
                    # "for talks", "for the Drone Dialogue"
                    (
                        purpose.kind in GATHERING_KINDS
                        and _FOR_PURPOSE.search(text, max(trip.end, purpose.start - 30), purpose.start)
                    )
                    # "se réuniront pour finaliser le texte", "will meet to finalise the text": done there
                    or _TO_DO.search(text, max(trip.end, purpose.start - 12), purpose.start)
                )
            ):
                purpose.dates = purpose.dates or trip.dates
                if trip.kind == "visit" and not purpose.location.label():
                    purpose.location = trip.location  # "travel to Nairobi to open the session"


def timeline_item(text: str, mentions: list[Mention], dates: list[DateMention], sentence: words.Span) -> None:
    """ "May 19-21, 2023: leaders meeting in Hiroshima launch the process.": a date heading an
    item of a timeline dates every event of the item, not only the nearest."""
    if (
        not dates
        or text[sentence.start : dates[0].start].strip()
        or not text[dates[0].end :].lstrip().startswith(":")
    ):
        return
    for mention in mentions:
        if mention.dates is None and not mention.earlier:
            mention.dates = dates[0]


def closing_dates(text: str, mentions: list[Mention], dates: list[DateMention], sentence: words.Span) -> None:
    """An event that "ends", "se conclura" or "s'achèvera" on a date written after it ends then;
    one "qui se tient depuis le 9 novembre ... et s'achève ce mercredi" began on the first."""
    for mention in mentions:
        verb = _CLOSING.match(text, mention.end, sentence.end)
        under_way = _UNDER_WAY.match(text, mention.end, sentence.end) if verb is None else None
        if under_way is not None:
            verb = _CLOSING.match(text, under_way.end("joint"), sentence.end)
            began = next((d for d in dates if d.start == under_way.end()), None)
            if verb is not None and began is not None:
                mention.dates = began
        if verb is None:
            continue
        after = [d for d in dates if d.start >= verb.end()]
        if after:
            mention.closing = after[0]
            mention.named = mention.named or len(mention.name.split()) > 1
            if mention.dates is None or mention.dates is mention.closing:
                # "prorogé le 6 janvier jusqu'au 24 mars": the end is not the start.
                before = [d for d in dates if d.end <= mention.start]
                mention.dates = before[-1] if before else None


def closed_with(text: str, mentions: list[Mention], dates: list[DateMention], sentence: words.Span) -> None:
    """ "Le sommet s'est refermé hier soir par un entretien public", "The Summit will close on
    Saturday 15 June with the President's press conference": what it closed with was held that day."""
    for verb in _CLOSED.finditer(text, sentence.start, sentence.end):
        if not any(mention.start < verb.end() for mention in mentions):
            continue  # no gathering named before its close
        for last in mentions:
            joint = _WITH.search(text, verb.end(), last.start) if last.start > verb.end() else None
            if joint is None or last.dates is not None:
                continue
            days = [d for d in dates if verb.end() <= d.start and d.end <= joint.start()]
            if len(days) == 1 and days[0].range.start.precision == "day":
                last.dates = days[0]


def announced_today(
    text: str,
    found: list[Mention],
    sentence: words.Span,
    dates: list[DateMention],
    published: PartialDate | None,
) -> None:
    """ "La ministre annonce la création de l'Institut", "Le Togo lance un fonds": the lead's undated
    sentence that announces or launches, in the present tense, what it names (or the verb's own
    event) tells of the day the document is published; ``dates`` are the paragraph's, already read."""
    if published is None or published.precision != "day":
        return
    verb = _ANNOUNCES_NOW.search(text, sentence.start, sentence.end)
    if verb is None or any(sentence.start <= d.start < sentence.end for d in dates):
        return
    for mention in found:
        if mention.dates is None and mention.start >= verb.start():
            mention.dates = DateMention(DateRange(published), verb.start(), verb.end(), verb.group(0), True)


# "la veille du sommet", "the day after the summit", "deux jours avant la conférence": a day counted
# from the days of an event the text has dated.
_FROM_AN_EVENT = re.compile(
    r"\b(?:(?P<eve>la veille|the eve|the day before)|le lendemain|the day after|"
    r"(?P<count>\d{1,2}|" + "|".join(COUNTS) + r")\s+"
    r"(?:jours?|days?)\s+(?:(?P<before>avant|before)|(?P<after>après|after)))"
    r"\s+(?:de\s+la|du|de\s+l'|des|d'|of\s+the|of|the|le|la|l')\s*(?P<what>[^\W\d_]+)",
    re.IGNORECASE,
)


def days_from_events(text: str, sentence: words.Span, earlier: list[Mention]) -> list[DateMention]:
    """The days a sentence counts from an event dated before it ("Les ministres se réuniront la
    veille du sommet"): before it from its first day, after it from its last; only from an event
    dated to the day, whose kind word is the one the sentence writes."""
    out = []
    for found in _FROM_AN_EVENT.finditer(text, sentence.start, sentence.end):
        word = found.group("what").lower()
        anchor = next(
            (
                m
                for m in reversed(earlier)
                if m.dates is not None
                and m.dates.range.start.precision == "day"
                and (kind_of(word) == m.kind or word in m.name.lower().split())
            ),
            None,
        )
        if anchor is None:
            continue
        count = found.group("count")
        days = 1 if count is None else count_of(count)
        first, last = (
            anchor.dates.range.start.first_day(),
            (anchor.dates.range.end or anchor.dates.range.start).last_day(),
        )
        day = (
            first - timedelta(days=days)
            if found.group("eve") or found.group("before")
            else last + timedelta(days=days)
        )
        out.append(
            DateMention(
                DateRange(PartialDate.from_date(day)), found.start(), found.end(), found.group(0), True
            )
        )
    # "A ministerial session is planned for the second day": a day of the gathering of several days
    # told last, counted from its first.
    held = next((m for m in reversed(earlier) if m.kind in GATHERING_KINDS and _days_long(m)), None)
    for found in _ITS_NTH_DAY.finditer(text, sentence.start, sentence.end) if held is not None else ():
        first, last = held.dates.range.start.first_day(), held.dates.range.end.last_day()
        said = (found.group("nth") or found.group("nth_fr") or found.group("named_fr")).lower()
        nth = _NAMED_DAYS.get(" ".join(said.replace("’", "'").split()), said)
        day = last if nth in ("last", "dernier") else first + timedelta(days=ORDINAL_VALUES[nth] - 1)
        if day <= last:
            out.append(
                DateMention(
                    DateRange(PartialDate.from_date(day)), found.start(), found.end(), found.group(0), True
                )
            )
    return out


def _days_long(mention: Mention) -> bool:
    """Whether an event is dated to a first and a last day."""
    dated = mention.dates.range if mention.dates is not None else None
    return (
        dated is not None and dated.end is not None and dated.start.precision == dated.end.precision == "day"
    )


# "on the second day", "le deuxième jour": a day of the gathering told before, not "of" another.
_ITS_NTH_DAY = re.compile(
    r"\b(?:on|for)\s+(?:the|its)\s+(?P<nth>first|second|third|fourth|fifth|last|final|opening|closing)\s+day\b"
    r"(?!\s+of\b)"
    r"|\b(?:le|au|lors\s+du|dès\s+le|pour\s+le)\s+"
    r"(?P<nth_fr>premier|deuxième|second|troisième|quatrième|cinquième|dernier)\s+jour\b(?!\s+d)"
    # "le jour d'ouverture", "lors de la journée de clôture"
    r"|\b(?:le|au|lors\s+du|dès\s+le|pour\s+le|la|lors\s+de\s+la|dès\s+la|pour\s+la)\s+(?:jour|journée)\s+"
    r"(?P<named_fr>d['’]ouverture|de\s+clôture)(?!\s+d)",
    re.IGNORECASE,
)
# The days "opening", "closing" and "final" name, as the ordinals do.
_NAMED_DAYS = {
    "opening": "first",
    "d'ouverture": "first",
    "closing": "last",
    "final": "last",
    "de clôture": "last",
}
