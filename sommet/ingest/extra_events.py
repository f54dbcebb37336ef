"""Events no kind word names: meetings of the people a sentence names, announcements, topics."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from sommet._dates_names import AHEAD_OF
from sommet.dates import DateMention
from sommet.ingest import nlp
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph, tidy
from sommet.ingest.events_words import (
    ACRONYM,
    ANNOUNCED_THAT,
    ANNOUNCING,
    COUNTERPARTS,
    DELIVERING,
    EVENT_WORD,
    GATHERED,
    GATHERED_MINISTERS,
    GATHERING_KINDS,
    HOSTED_LEADERS,
    KIND_WORD,
    KINDS,
    MET_AS_WRITTEN,
    MILESTONES,
    MINISTERS_MET,
    TOPIC_ANAPHORA,
    TOPIC_SPLIT,
    TOPICS,
    kind_of,
)
from sommet.ingest.lexicon import instrument_heads
from sommet.ingest.mentions import (
    MAX_NAME_WORDS,
    ORDINAL_VALUES,
    ORDINALS,
    VISITS,
    Mention,
    capitalise,
    gap,
    location_of,
)
from sommet.ingest.milestone_verbs import of_phrase, trim_phrase
from sommet.models import Location

# "a annoncé qu'il démissionnait et que le Parlement serait prorogé": one announcement per clause.
_FURTHER_CLAUSE = re.compile(r"\s+(?:et|and)\s+(?:que\b|qu'|that\b)", re.IGNORECASE)
_WITH = re.compile(r"\b(?:avec|with|entre|between)\s", re.IGNORECASE)
# "la tenue d'un sommet", "the holding of a summit": the gathering itself.
_HOLDING = re.compile(
    r"^(?:tenue|organisation|holding|organi[sz]ing)\s+(?:d'|de\s+|du\s+|des\s+|of\s+)"
    r"(?:une?\s+|la\s+|le\s+|l'|les\s+|the\s+|an?\s+)?",
    re.IGNORECASE,
)
# "son homologue brésilien, Mauro Vieira,": the person a title met stands for, named after a comma.
_APPOSED = re.compile(r"\s*,\s*")
_APPOSITION_END = re.compile(r"\s*(?:[,.;)]|$)")
_TITLES = words.ROLE_WORDS | {"homologue", "homologues", "counterpart", "counterparts"}
# "un entretien public entre X et Y", "talks between X and Y": the two who met.
_BETWEEN = re.compile(r"\s+(?:entre|between)\s+(?:[^\W\d_]+\s+){0,3}", re.IGNORECASE)
_LIST_JOINT = re.compile(r"\s*,\s*(?:(?:et|and)\s+)?|\s+(?:et|and)\s+", re.IGNORECASE)
_FRENCH_LINK = re.compile(r"\b(?:avec|rencontr\w*|entretien\w*|réuni\w*)\b", re.IGNORECASE)
_MEETING_WITH = re.compile(
    r"\b(entretiens?(?: bilatéra(?:l|ux))?|(?:rencontre|réunion)s? bilatérales?|audiences?|talks|"
    r"bilateral meetings?)\s+(?:avec|with)\s",
    re.IGNORECASE,
)
# Between a speaker and the speech: "prononcera le", "delivered a", "a prononcé mardi un".
_DELIVERED = re.compile(
    rf"\s+(?:\w+\s+){{0,3}}?{DELIVERING}\s+(?:\w+\s+){{0,2}}?"
    r"(?:le|la|l'|un|une|son|sa|a|an|the|his|her)\s*(?:own\s+|propre\s+)?",
    re.IGNORECASE,
)
_TO_A_PLACE = re.compile(rf"(?:{words.TO_A_PLACE}[^,;]*)?")
# "At the invitation of Prime Minister X, Y paid a state visit": X hosts, Y visits.
_INVITED_BY = re.compile(r"\b(?:invitation|invited by|invitée?s? par)\b[^,;]*$", re.IGNORECASE)
_OF_HOST = re.compile(r"\s(?:de|of)\s+$|\sd['’]$", re.IGNORECASE)
_MET_WITHIN = 120  # characters between who met, the meeting word and who was met
_PRONOUN = re.compile(r"^(?:elle|il|elles|ils|it|they|she|he)\s+", re.IGNORECASE)
# Before an item's date: a bullet, or which part of the month ("Early July –", "Fin juillet :").
_ITEM_OPENING = re.compile(r"[\s•*·\-]*(?:(?:early|late|mid|début|fin|mi)[\s\-]*)?", re.IGNORECASE)
# A timeline's item after its date: a phrase opening on a word, to its first clause's end
# ("2 août 2027 : fin de la période transitoire pour les systèmes ...", "13 June – Signature.").
_ITEM_PHRASE = re.compile(r"\s*(?:[—–:]|-\s)\s*(?P<np>[^\W\d_][^,;.()]*)")
_ITEM_PHRASE_END = re.compile(r"\s+(?:comme|notamment|dont|qui|afin|via)\b", re.IGNORECASE)
# A sentence that tells the event as one of a series: its places with a date are its earlier editions.
# So does one that tells another edition ("la première édition, tenue à Kigali en avril 2029").
_SERIES = re.compile(
    r"\b(?:de ce type|de la série|d'une série|in a series|of a series|the series|of its kind"
    rf"|(?:{'|'.join(sorted(ORDINALS))}|previous|last|next|précédente|dernière|prochaine)\s+(?:edition|édition))\b"
)
_OF = re.compile(r"\s*(?:of|de|du|des|d')\b", re.IGNORECASE)
# "the first body of its kind": a series of gatherings only where a gathering is named.
_OF_A_KIND = frozenset({"de ce type", "of its kind"})
# Between an edition's place and its date: a country in apposition, a preposition ("en", "in", "les").
_PLACE_TO_DATE = re.compile(r"^(?:,\s*(?:au|en|aux|in)\s+[^,]{2,30},)?\s*(?:en|in|les|le|on|,)?\s*$")
# The verbs that say a part applies ("bans bite from February"), which are not part of its name.
_APPLY_VERBS = r"bites?|kicks? in|appl(?:y|ies)|takes? effect|s'appliqu(?:e|ent|era|eront)"
# "started to apply", "commenceront à s'appliquer": its start is no part of what applies.
_BEGAN_TO = re.compile(
    r"\s+(?:started|starts|start|began|begins|begin|will start|will begin|continue[sd]?)\s+to$"
    r"|\s+(?:commence\w*|continue\w*)\s+à$",
    re.IGNORECASE,
)
# "Elles s'appliquent depuis ...": a pronoun names no part.
_PRONOUN_ALONE = re.compile(r"(?:it|they|these|those|il|elle|ils|elles|celles-ci|ceux-ci)", re.IGNORECASE)
# A sentence about when a text applies, and the "from" that opens each part's date.
_APPLIES = re.compile(rf"\b(?:s'appliqu\w*|applicab\w*|application|applied|{_APPLY_VERBS})\b", re.IGNORECASE)
_FROM = re.compile(
    # "ne s'appliqueront qu'à partir du 1er janvier": only from then, which is from then
    r"(?:\s|\bqu')(?:à partir du|à partir de|à partir d'|dès le|dès|depuis le|depuis|from|since)(?:\s+|(?<='))$",
    re.IGNORECASE,
)
# "..., and most of the rest in August 2026": a later part of the list, dated by "in" alone.
_IN = re.compile(r"\s(?:in|en)\s+$", re.IGNORECASE)
# "will only apply", "ne s'appliqueront": the verb, its auxiliary and the restriction's "only" or "ne".
_APPLY_VERB = re.compile(
    rf"\s+(?:(?:have|has)\s+applied|(?:(?:will|shall)\s+)?(?:only\s+)?(?:{_APPLY_VERBS}|starts?|begins?)"
    rf"|ne\s+(?:{_APPLY_VERBS}))$",
    re.IGNORECASE,
)
# What a part that applies does not say: a clause's verb, or a negation ("ne s'appliqueront pas").
_NOT_A_PART = re.compile(
    r"[()]|\b(?:est|sont|sera|seront|will|shall|is|are|pas|not|never|jamais)\b", re.IGNORECASE
)
_ARTICLE = re.compile(r"(les|la|le|l'|the)(?:\s+|(?<='))", re.IGNORECASE)
_LIST_JOIN = re.compile(r"\s*(?:et|and)?\s*", re.IGNORECASE)
# "..., puis à Dakar", "and in Dakar": a place the sentence's gathering is told at again.
_AGAIN_AT = re.compile(r"(?:,\s*|\s+)(?:puis|et|and|then)\s+(?:à|in|at)\s+$", re.IGNORECASE)
_AT_A_PLACE = re.compile(r"\b(?:at|in|à)\s+(?P<place>[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})")
_JOINING = frozenset("à au aux pour dans sur en et par avec".split())
_NOT_A_NOUN = frozenset("le la les l un une des du de ce cet cette ces il elle ils elles on nous".split())
_EN_FUNCTION_WORDS = frozenset("a an the of to that which who is are was were for and in on by with".split())
_CLAUSE_END = re.compile(r"\s?[()]|[.;:]\s|[.;:]$|,\s+(?:which|who|qui|dont|about|environ)\b", re.IGNORECASE)
# What an item is about, before a colon and its clause ("AI Act : les modèles entrent dans le champ").
_TOPIC_LABEL = re.compile(r"[A-ZÀ-Ý][^\s:]*(?:\s+[^\s:]+){0,3}?\s*:\s+")


def _said_by(text: str, verb: int, phrase: str) -> bool:
    """An announcing verb after a reported clause, with its subject after it: ", a annoncé le
    ministre rwandais", "», announced the minister"."""
    head = phrase.split(maxsplit=1)[0].lower() if phrase.strip() else ""
    return text[:verb].rstrip().endswith((",", "»", '"', "”")) and head in words.ROLE_WORDS


def announcements(
    paragraph: Paragraph, sentence: words.Span, events: list[Mention], dated: bool
) -> list[Mention]:
    """ "a annoncé un plan de...", "announced a fund...": an announcement, when dated or within an event."""
    out = []
    for found in ANNOUNCING.finditer(paragraph.text, sentence.start, sentence.end):
        group = "np" if found.group("np") else "np_en"
        if (found.group("now") or found.group("now_en")) and (
            not dated or _told_by_a_text(paragraph.text, found)
        ):
            continue  # "La déclaration annonce les plans des deux pays": what a text says
        start = found.start(group)
        if any(m.start <= start < m.end for m in events):
            continue  # "unveiled the Global Initiative": the unveiling names it already
        if _said_by(paragraph.text, found.start(), found.group(group)):
            continue  # "..., a annoncé le ministre": who said what came before, not what was announced
        phrase = trim_phrase(found.group(group))
        name = tidy(phrase)
        if len(name.split()) < 2 or len(name.split()) > MAX_NAME_WORDS:
            continue
        if EVENT_WORD.match(_HOLDING.sub("", name)):
            continue  # "a annoncé le lancement d'une consultation", "la tenue d'un sommet": that is the event
        mention = Mention(
            paragraph.index, start, start + len(phrase), capitalise(name), "announcement", False
        )
        # Not one the announcement is about: "une communication sur la préparation du sommet".
        beside = [e for e in events if not start <= e.start < start + len(phrase)]
        host = min(beside, key=lambda e: abs(e.start - start), default=None)
        if host is not None:
            mention.parent_hint = host
            mention.named = True
        if dated or host is not None:
            out.append(mention)
    return out


def _told_by_a_text(text: str, found: re.Match[str]) -> bool:
    """Whether a text is the subject of a verb in the present: "la déclaration conjointe annonce"."""
    subject = text[max(0, found.start() - 40) : found.start()].split()[-3:]
    return any(word.strip(",").lower() in instrument_heads() for word in subject)


def announced_that(
    paragraph: Paragraph, sentence: words.Span, events: list[Mention], dates: list[DateMention]
) -> list[Mention]:
    """ "la France a annoncé qu'elle accueillerait...": an announcement named from what was announced,
    kept when the sentence also names the event it was made at (see ``on_the_sidelines``) or a date
    of its own ("In June 2030, Ghana announced that it would host the summit")."""
    out = []
    for found in ANNOUNCED_THAT.finditer(paragraph.text, sentence.start, sentence.end):
        group = "what" if found.group("what") else "what_en"
        clause = _FURTHER_CLAUSE.split(found.group(group), maxsplit=1)[0]
        what = tidy(clause)
        start = found.start(group)
        end = start + len(clause)
        # "a annoncé que le Togo signera la convention le 3 mars": the signing is the event, and
        # the date its own; only an event or a date outside what was announced is the announcement's.
        outside = [*events, *dates]
        if not any(not start <= e.start < end for e in outside) or len(what.split()) > MAX_NAME_WORDS:
            continue
        label = "Annonce" if group == "what" else "Announcement"
        subject = re.search(r"([^,;:()]{2,60})$", paragraph.text[sentence.start : found.start()])
        if subject and len(subject.group(1).split()) <= 5:
            what = _PRONOUN.sub(subject.group(1).strip() + " ", what, count=1)
        mention = Mention(paragraph.index, start, end, f"{label} : {what}", "announcement", True)
        out.append(mention)
    return out


def topic_events(paragraph: Paragraph, sentence: words.Span, found: list[Mention]) -> list[Mention]:
    """ "des événements dédiés à l'IA et à la santé": one event per topic, named "<kind> sur <topic>",
    part of the programme named before it in the sentence, whose date it shares."""
    out = []
    text = paragraph.text
    for match in TOPICS.finditer(text, sentence.start, sentence.end):
        holder = max((m for m in found if m.end <= match.start()), key=lambda m: m.end, default=None)
        kind_word = match.group("kw")
        french = kind_word.lower() not in ("events", "conferences", "workshops", "debates")
        # Events of a programme of side events are side events: "Événement parallèle sur ...".
        plural = holder.name if holder is not None and holder.kind == "series" else kind_word
        singular = capitalise(" ".join(w[:-1] if w.endswith("s") else w for w in plural.split()[:2]))
        position = match.start("topics")
        for topic in TOPIC_SPLIT.split(match.group("topics")):
            name = TOPIC_ANAPHORA.sub("", topic.strip())
            start = text.index(topic, position)
            position = start + len(topic)
            if len(name.split()) > MAX_NAME_WORDS or not name:
                continue
            title = f"{singular} {'sur' if french else 'on'} {name}"
            mention = Mention(paragraph.index, start, position, title, kind_of(kind_word), True)
            mention.parent_hint = holder
            out.append(mention)
    return out


# How far after "son homologue" the counterpart's name may stand ("son homologue béninoise, X").
_NAMED_WITHIN = 30


def counterpart_meetings(
    paragraph: Paragraph,
    sentence: words.Span,
    dates: list[DateMention],
    people: dict[int, list[tuple[int, int, str]]],
    places: dict[int, list[tuple[int, int, str]]],
) -> list[Mention]:
    """A person who meets "ses homologues" / "her counterparts", or ministers who "met" / "se sont
    réunis", on a date the sentence gives held a ministerial meeting then, where the sentence says
    ("à Rome", "in Rome"); a sentence that opens on who gathered ("Réunis à Ottawa le 26 septembre,
    X et Y ont lancé...") tells the meeting of those people."""
    text = paragraph.text
    own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
    if not own_dates:
        return []
    found = COUNTERPARTS.search(text, sentence.start, sentence.end)
    inside = [p for p in people.get(paragraph.index, []) if sentence.start <= p[0] < sentence.end]
    person = inside[0] if inside else None
    gathered = GATHERED.match(text, sentence.start, sentence.end)
    who = list(dict.fromkeys(p[2] for p in inside))
    if gathered is not None and len(who) >= 2:
        french = gathered.group("word").lower().startswith(("réuni", "rassembl"))
        name = (
            f"Réunion {_of(who[0])}{', '.join(who[:-1])} et {who[-1]}"
            if french
            else f"Meeting of {', '.join(who[:-1])} and {who[-1]}"
        )
        found, start = gathered, gathered.start("word")
    elif found is not None and person is not None and person[0] < found.start():
        # Not "Son homologue ghanéen, Kwame Asante, a annoncé ...": whose counterpart was told before.
        french = found.group("word").lower().startswith("homologue")
        several = found.group("word").lower().endswith("s")  # "son homologue bavarois": one
        name = (
            f"Rencontre {_of(person[2])}{person[2]} avec {'ses homologues' if several else 'son homologue'}"
        )
        if not french:
            name = f"Meeting of {person[2]} with {'counterparts' if several else 'a counterpart'}"
        # "et son homologue béninoise, Aïcha Dossou,": the one counterpart, named right after.
        named = next(
            (p for p in inside if p is not person and 0 <= p[0] - found.end() <= _NAMED_WITHIN),
            None,
        )
        if named is not None and not found.group("word").lower().endswith("s"):
            name = (
                f"Rencontre entre {person[2]} et {named[2]}"
                if french
                else f"Meeting between {person[2]} and {named[2]}"
            )
        start = person[0]
    else:
        met = ministers_meeting(paragraph, sentence, places)
        # "Ministers met ahead of the summit in Johannesburg on 22 November": the summit's day and place.
        ahead = AHEAD_OF.search(text, met.end, sentence.end) if met is not None else None
        before = [d for d in own_dates if ahead is None or d.start < ahead.start()]
        if met is None or not before:
            return []
        met.dates = min(before, key=lambda d: gap(met, d))
        return [met]
    mention = _placed(
        Mention(paragraph.index, start, found.end(), name, "meeting", True), text, sentence, places, french
    )
    mention.dates = min(own_dates, key=lambda d: gap(mention, d))
    return [mention]


# How a meeting told by who met is named, in French and in English.
WHO_MET = ("Réunion des ", "Meeting of ")


def ministers_meeting(
    paragraph: Paragraph, sentence: words.Span, places: dict[int, list[tuple[int, int, str]]]
) -> Mention | None:
    """Ministers or delegates who "met", "se sont réunis", "meet in Accra" (a headline's present),
    or whom a sentence opens on as gathered ("Réunis à Accra le 3 mars, les ministres ..."): their
    meeting, where the sentence says, undated."""
    text = paragraph.text
    found = MINISTERS_MET.search(text, sentence.start, sentence.end)
    gathered = GATHERED.match(text, sentence.start, sentence.end) if found is None else None
    who_gathered = GATHERED_MINISTERS.search(text, gathered.end(), sentence.end) if gathered else None
    if who_gathered is not None:
        found = gathered
    if found is None:
        return None
    written = (who_gathered or found).group("who" if who_gathered else "word")
    word = written.lower()
    french = word.startswith(
        ("ministre", "réuni", "rassembl", "délégués", "négociateurs", "représentants", "délégations", "chefs")
    )
    # As written but for a sentence's capital: "Réunion des chefs d'État".
    who = (
        written[:1].lower() + written[1:]
        if word in MET_AS_WRITTEN
        else ("ministres" if french else "ministers")
    )
    if not french and word == "ministers" and who_gathered is None:
        who = f"{_which_ministers(text, sentence, found.start('word'))}{who}"  # "G20 digital ministers"
    name = f"{WHO_MET[0]}{who}" if french else f"{WHO_MET[1]}{who}"
    leaders = who_gathered.end("who") if who_gathered else found.end("word")
    group = _LEADERS_OF.match(text, leaders) if word.startswith(("chefs", "heads")) else None
    if group is not None:  # "les chefs d'État et de gouvernement du G7 se retrouveront": its summit
        acronym = group.group("group")
        name = f"Sommet du {acronym}" if french else f"{acronym} summit"
    kind = "summit" if group is not None else "meeting"
    # "ended two days of talks on Friday": the talks' words tell how long, counted back from then.
    groups = found.groupdict()
    held = next((found.span(key) for key in ("talks", "travaux") if groups.get(key)), None)
    start, end = held or (found.start("word"), found.end())
    mention = Mention(paragraph.index, start, end, name, kind, True)
    mention.leaders_met = group is not None
    ahead = AHEAD_OF.search(text, mention.end, sentence.end)
    return _placed(mention, text, sentence, places, french, ahead.start() if ahead else None)


# "G20 digital ministers", "Trade and technology ministers": the words before "ministers" that say
# which, after no article, number or other function word, and at most three.
_PREMODIFIERS = re.compile(
    r"(?:(?<=^)|(?<=\s))(?:(?!(?:the|a|an|two|three|four|five|six|many|several|some|all|their|its|and|of|from"
    r"|on|in|at|by|with|for|to|as)\b)[^\W_][\w-]*\s+(?:(?:and|&)\s+)?){1,3}$",
    re.IGNORECASE,
)


def _which_ministers(text: str, sentence: words.Span, start: int) -> str:
    """The words right before "ministers" that say which ("G20 digital "), a sentence's capital
    lowered ("Foreign ministers met" is a meeting of foreign ministers)."""
    found = _PREMODIFIERS.search(text, sentence.start, start)
    if found is None:
        return ""
    words_before = found.group(0)
    # The sentence's capital, or a wire's after its dash ("CAPE TOWN, Sept 26 (Wire) - Digital ministers").
    opening = (
        not text[sentence.start : found.start()].strip(" -–—") or text[: found.start()].rstrip()[-1:] in "-–—"
    )
    if opening and words_before[:1].isupper() and words_before[1:2].islower():
        words_before = words_before[:1].lower() + words_before[1:]
    return words_before


# "chefs d'État et de gouvernement du G7", "heads of state of the CEMAC": whose leaders met.
_LEADERS_OF = re.compile(
    r"(?:\s+(?:et de gouvernement|and government))?\s+(?:du|de la|des|of(?: the)?)\s+(?P<group>[A-Z][A-Z0-9]+)\b"
)


def _placed(
    mention: Mention,
    text: str,
    sentence: words.Span,
    places: dict[int, list[tuple[int, int, str]]],
    french: bool,
    until: int | None = None,
) -> Mention:
    """The meeting where its sentence says (before ``until``, what the meeting was ahead of), the
    city in its name ("Meeting of ministers in Rome")."""
    mention.location = location_of(text, mention, sentence, places.get(mention.paragraph, []), until)
    if mention.location.city:
        mention.name += f" {'à' if french else 'in'} {mention.location.city}"
    return mention


def hosted_summits(
    paragraph: Paragraph,
    sentence: words.Span,
    dates: list[DateMention],
    places: dict[int, list[tuple[int, int, str]]],
) -> list[Mention]:
    """A country that hosts a group's leaders on a date the sentence gives holds that group's
    summit, where the sentence says: "Brazil hosted G20 leaders in Rio de Janeiro on Nov. 18-19",
    "Le Canada, qui préside le G7, accueille les dirigeants du groupe du 15 au 17 juin à Kananaskis"."""
    text = paragraph.text
    own_dates = [d for d in dates if sentence.start <= d.start < sentence.end]
    found = HOSTED_LEADERS.search(text, sentence.start, sentence.end)
    if found is None or not own_dates:
        return []
    english_group, french_group = found.group("group"), found.group("french")
    if french_group == "groupe":  # the group the sentence named before: "qui préside le G7"
        named = ACRONYM.findall(text, sentence.start, found.start())
        french_group = named[-1] if named else None
    if not (english_group or french_group):
        return []
    name = f"Sommet du {french_group}" if french_group else f"{english_group} summit"
    mention = Mention(paragraph.index, found.start(), found.end(), name, "summit", True)
    mention.location = location_of(text, mention, sentence, places.get(paragraph.index, []))
    if place := mention.location.city or mention.location.venue:
        mention.name += f" {'à' if french_group else 'in'} {place}"
    mention.dates = min(own_dates, key=lambda d: gap(mention, d))
    return [mention]


def meetings_of_people(
    text: str,
    found: list[Mention],
    sentence: words.Span,
    people: list[tuple[int, int, str]],
    paragraph: int = 0,
    french: bool | None = None,
) -> list[Mention]:
    """A meeting "with" someone is named by who met ("Biden held his last meeting as president with
    Xi" is the "Meeting between Joe Biden and Xi Jinping"); the text's own words stay an alias.

    Each further person met in the same sentence ("puis avec Y") has a meeting of their own.
    """
    inside = [p for p in people if sentence.start <= p[0] < sentence.end]
    extra: list[Mention] = []
    for mention in [m for m in found if m.kind == "meeting" and not m.named] + _bare_meetings(
        text, found, sentence, paragraph
    ):
        met = _met(text, mention, inside)
        if not met or met[0][0] - mention.start > _MET_WITHIN:
            continue
        if mention not in found:
            extra.append(mention)  # "entretien avec le Premier ministre X": a word named by who met
        # The paragraph's language, else the words that link the two.
        in_french = (
            french if french is not None else _FRENCH_LINK.search(text, mention.start, met[0][0]) is not None
        )
        host = [
            p
            for p in inside
            if p[1] <= mention.start
            and mention.start - p[1] <= _MET_WITHIN
            and not _after_with(text, p, inside)
        ]
        if not host and len(met) > 1 and _OF_HOST.search(text, mention.start, met[0][0]):
            host, met = met[:1], met[1:]  # "l'entretien de X avec Y", "the meeting of X with Y"
        elif not host and len(met) > 1 and _BETWEEN.fullmatch(text, mention.end, met[0][0]):
            host, met = met[:1], met[1:2]
        words_before = mention.name.split()
        ordinals = next((i for i, w in enumerate(words_before) if w.lower() not in ORDINALS), 0)
        # "Deuxième réunion", "Phone call": the ordinals and the whole event word.
        word = next(
            (
                n
                for n in range(len(words_before), ordinals + 1, -1)
                if _event_phrase(words_before[ordinals:n])
            ),
            ordinals + 1,
        )
        noun = " ".join(words_before[:word])
        noun = _one_of(noun) if len(met) > 1 else noun  # "rencontres bilatérales avec X, Y": one with each
        for index, guest in enumerate(met):
            if host and host[-1][2] != guest[2]:
                name = f"{noun} {'entre' if in_french else 'between'} {host[-1][2]} {'et' if in_french else 'and'} {guest[2]}"
            else:
                name = f"{noun} {'avec' if in_french else 'with'} {guest[2]}"
            if index == 0:
                mention.aliases.append(mention.name)
                mention.name, mention.named = name, True
            else:
                listed = _in_a_list(text[met[index - 1][1] : guest[0]])
                if not listed and mention.dates is not None and mention.dates.start >= guest[0]:
                    mention.dates = None  # "with X, then with Y on 15 June": Y's day, not X's
                extra.append(
                    replace(
                        mention,
                        start=guest[0],
                        end=guest[1],
                        name=name,
                        aliases=[],
                        dates=None,
                        listed_with=mention if listed else None,
                    )
                )
    return extra


def share_listed_dates(met: list[Mention]) -> None:
    """The people listed as met ("avec X, Y et Z") were met on the day any of their meetings is
    dated: "le 14 juin, le Pape s'entretiendra avec X, Y et Z" dates all three."""
    for mention in met:
        first = mention.listed_with
        if first is not None:
            first.dates = first.dates or mention.dates
    for mention in met:
        if mention.listed_with is not None and mention.dates is None:
            mention.dates = mention.listed_with.dates


def _one_of(plural: str) -> str:
    """The singular of a plural event word the word file knows ("Entretiens bilatéraux": "Entretien
    bilatéral"); any other phrase as it is ("Talks")."""
    singular = " ".join(
        re.sub(r"aux$", "al", word) if word.endswith("aux") else word.rstrip("sx") for word in plural.split()
    )
    return singular if _event_phrase(singular.split()) else plural


def _event_phrase(words: list[str]) -> bool:
    phrase = " ".join(words).lower()
    return phrase in KINDS or phrase in MILESTONES


# "will hold talks with Prime Minister X ... and visit the centre": whom one meets is no visitor.
_MET_BEFORE = re.compile(
    r"\b(?:with|avec|meets?|met|meeting|rencontre\w*|reçu|reçoit|received|receives)\s+(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)
_MET_REACH = 50  # characters between the word of meeting and the person met


def visits_of_people(
    text: str, found: list[Mention], sentence: words.Span, people: list[tuple[int, int, str]], french: bool
) -> None:
    """A visit the text names by its kind alone ("arrive in Britain for a three-day state visit",
    "sa visite d'État") is named by who made it: the first person the sentence names before it,
    but for who invited ("À l'invitation du président X, ...")."""
    for mention in found:
        if mention.kind not in VISITS:
            continue
        word = next((w for w in (*KINDS, *MILESTONES) if mention.name.lower().startswith(w)), None)
        rest = mention.name[len(word) :] if word else None
        # Bare, or named by where it goes only: "Déplacement en Inde" is "Déplacement de X en Inde".
        if rest is None or not _TO_A_PLACE.fullmatch(rest):
            continue
        visitor = next(
            (
                p
                for p in people
                if sentence.start <= p[0]
                and p[1] <= mention.start
                and not _INVITED_BY.search(text, sentence.start, p[0])
                and not _MET_BEFORE.search(text, max(sentence.start, p[0] - _MET_REACH), p[0])
            ),
            None,
        )
        if visitor is not None:
            kind_word = mention.name[: len(word)]
            mention.aliases.append(mention.name)
            mention.name = f"{kind_word} {_of(visitor[2]) if french else 'of '}{visitor[2]}{rest}"
            mention.named = True


def speeches_of_people(
    text: str, found: list[Mention], sentence: words.Span, people: list[tuple[int, int, str]], french: bool
) -> None:
    """A speech the sentence says someone delivers ("le roi Charles III prononcera le discours du
    Trône", "JD Vance delivered a speech") is named by who gave it, the text's words an alias."""
    for mention in found:
        if mention.kind != "speech":
            continue
        speaker = next(
            (
                p
                for p in reversed(people)
                if sentence.start <= p[0]
                and p[1] <= mention.start
                and _DELIVERED.fullmatch(text, p[1], mention.start)
            ),
            None,
        )
        if speaker is None or speaker[2] in mention.name:
            continue
        mention.aliases.append(mention.name)
        mention.name = f"{mention.name} {'prononcé par' if french else 'by'} {speaker[2]}"
        mention.named = True


def _bare_meetings(text: str, found: list[Mention], sentence: words.Span, paragraph: int) -> list[Mention]:
    """Meeting words a sentence writes without a name ("entretien avec", "talks with"): only who
    met can name them, so they are offered to ``meetings_of_people`` and dropped otherwise."""
    out = []
    for word in _MEETING_WITH.finditer(text, sentence.start, sentence.end):
        if kind_of(word.group(1)) == "meeting" and not any(m.start <= word.start() < m.end for m in found):
            out.append(
                Mention(paragraph, word.start(1), word.end(1), capitalise(word.group(1)), "meeting", False)
            )
    return out


def _met(text: str, mention: Mention, people: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Who a meeting was with: the person its own words name ("rencontrera le président X"), each
    person right after a "with" that follows it ("puis avec Y"), no one else in between, and each
    person listed after one of those ("avec X, Y et Z")."""
    out: list[tuple[int, int, str]] = []
    for person in people:
        if person[0] <= mention.start:
            continue
        listed = (
            bool(out) and out[-1] is _previous(person, people) and _in_a_list(text[out[-1][1] : person[0]])
        )
        apposed = (
            not out
            and _titled(mention.name)
            and _APPOSED.fullmatch(text, mention.end, person[0])
            and _APPOSITION_END.match(text, person[1])
        )
        if person[0] < mention.end or listed or apposed or _after_with(text, person, people, mention.start):
            out.append(person)
    return out


def _titled(name: str) -> bool:
    """Whether a meeting is named by whom it was with by title ("Réception du homologue brésilien")."""
    return any(word.lower() in _TITLES for word in name.split())


def _previous(
    person: tuple[int, int, str], people: list[tuple[int, int, str]]
) -> tuple[int, int, str] | None:
    """The person named last before this one."""
    return max((p for p in people if p[1] <= person[0]), key=lambda p: p[1], default=None)


def _in_a_list(between: str) -> bool:
    """ "avec X, Y et le président Z", "with X and Prime Minister Y": the next of a list of people met,
    with nothing but a comma, "et"/"and" and a title between them."""
    joint = _LIST_JOINT.match(between)
    return joint is not None and all(
        word.lower().strip("'") in words.ROLE_WORDS | words.ROLE_MODIFIERS | words.DETERMINERS
        for word in between[joint.end() :].split()
    )


def _after_with(
    text: str, person: tuple[int, int, str], people: list[tuple[int, int, str]], since: int = 0
) -> bool:
    """Whether a "with" comes before this person with no one else in between ("avec le président X")."""
    links = list(_WITH.finditer(text, max(since, person[0] - _MET_WITHIN), person[0]))
    return bool(links) and not any(links[-1].end() <= other[0] < person[0] for other in people)


def _of(name: str) -> str:
    """French "de" before a name, elided before a vowel: "d'Awa Diallo", "de Jonas Berg"."""
    return "d'" if name[:1].lower() in "aeiouyéèêàâîôûh" else "de "


def timeline_entry(
    paragraph: Paragraph,
    sentence: words.Span,
    found: list[Mention],
    dates: list[DateMention],
    titles: Callable[[str, int], tuple[str, str] | None] | None = None,
) -> list[Mention]:
    """ "2 février 2025 : interdiction des pratiques jugées inacceptables", "13 June – Signature.":
    an item of a timeline that opens on a noun phrase, not a clause, is the event its date brings,
    named by that phrase, when nothing the item says names one. A milestone word alone is the
    milestone of the text the document last named (``titles``), and nothing without one."""
    text = paragraph.text
    if not dates or not _ITEM_OPENING.fullmatch(text[sentence.start : dates[0].start]):
        return []
    item = _ITEM_PHRASE.match(text, dates[0].end, sentence.end)
    if item is None:
        return []
    phrase = _ITEM_PHRASE_END.split(item.group("np"))[0].rstrip()
    start, end = item.start("np"), item.start("np") + len(phrase)
    if any(start <= m.start < end for m in found):
        return []
    kind = EVENT_WORD.match(phrase)
    if kind is not None:
        name = _milestone_item(phrase, kind, paragraph.language, titles, start)
        if name is None:
            return []
        mention = Mention(paragraph.index, start, end, name, kind_of(kind.group("kw")), False)
        mention.dates = dates[0]
        return [mention]
    kept = phrase.split()[:MAX_NAME_WORDS]
    while kept and kept[-1].lower() in _NOT_A_NOUN | _JOINING:  # a long phrase, cut at a word
        kept.pop()
    first = re.split(r"[\s']", phrase, maxsplit=1)[0]
    if (
        paragraph.language != "fr"
        or not first.islower()
        or not kept
        or first in _NOT_A_NOUN
        or nlp.finite_or_adverb(phrase) - {0}  # a clause; an item's first word may read as a verb alone
    ):
        return _clause_item(paragraph, sentence, found, dates[0], start)
    mention = Mention(paragraph.index, start, end, capitalise(tidy(" ".join(kept))), "event", False)
    mention.dates = dates[0]
    return [mention]


def _clause_item(
    paragraph: Paragraph, sentence: words.Span, found: list[Mention], date: DateMention, start: int
) -> list[Mention]:
    """ "18 July – Guidelines clarify which models are covered.": a timeline item told in a clause
    that no rule reads as an event is still the event of its day, named by what it says."""
    text = paragraph.text
    if any(sentence.start <= m.start < sentence.end for m in found):
        return []
    label = _TOPIC_LABEL.match(text, start, sentence.end)
    start = label.end() if label is not None else start
    clause = _CLAUSE_END.split(text[start : sentence.end])[0].split()
    kept = clause[:MAX_NAME_WORDS]
    if len(clause) > len(kept) and clause[len(kept)][:1].isupper():
        while kept and kept[-1][:1].isupper():
            kept.pop()  # "... in New York" cut at the limit loses all of "New York", not "York"
    while kept and kept[-1].lower() in _NOT_A_NOUN | _JOINING | _EN_FUNCTION_WORDS:
        kept.pop()
    if len(kept) < 3 or not any(word.islower() and word not in _EN_FUNCTION_WORDS for word in kept):
        return []  # "New Delhi, Bharat Mandapam.": where, not what
    parts = " ".join(kept).split(",")
    if len(parts) > 1 and all(part.strip()[:1].isupper() for part in parts):
        return []  # "Accra, Palais des congrès.": a city and its venue
    name = capitalise(tidy(" ".join(kept)))
    if name.count('"') % 2:  # a quotation cut by the length limit
        name = name.replace('"', "")
    mention = Mention(paragraph.index, start, start + len(" ".join(kept)), name, "event", False)
    mention.dates = date
    return [mention]


def _milestone_item(
    phrase: str,
    kind: re.Match[str],
    language: str,
    titles: Callable[[str, int], tuple[str, str] | None] | None,
    at: int,
) -> str | None:
    """ "Adoption en première lecture par le Sénat" names itself; "Signature" alone is the
    signature of the text named before it ("Signature de la loi sur les drones")."""
    name = capitalise(tidy(" ".join(phrase.split()[:MAX_NAME_WORDS])))
    if kind.end() < len(phrase.rstrip(" .")):
        return name
    title = titles("texte" if language == "fr" else "text", at) if titles else None
    if title is None:
        return None
    return of_phrase(name, language, *title)


def repeated_elsewhere(
    paragraph: Paragraph,
    sentence: words.Span,
    found: list[Mention],
    places: list[tuple[int, int, str]],
    dates: list[DateMention],
) -> list[Mention]:
    """ "Le Forum se réunira à Lyon en juillet 2032, puis à Dakar en 2033", "will meet in Lyon in
    July 2032 and in Dakar in 2033": the gathering told at the sentence's first place and date,
    told again at another place with its own date, meets there then too."""
    text = paragraph.text
    dated_places = []
    for start, end, _kind in places:
        date = _date_after(text, end, dates)
        if sentence.start <= start < sentence.end and date is not None:
            dated_places.append((start, end, date))
    if len(dated_places) < 2:
        return []
    first = dated_places[0][0]
    gathering = max(
        (m for m in found if m.kind in GATHERING_KINDS and m.start < first),
        key=lambda m: m.start,
        default=None,
    )
    out = []
    at = "à" if paragraph.language == "fr" else "in"
    for start, end, date in dated_places[1:]:
        if gathering is None or not _AGAIN_AT.search(text, max(sentence.start, start - 12), start):
            continue
        place = text[start:end]
        # "will meet for the first time in Geneva, then in New York": the later one is no first.
        ordinal, _, rest = gathering.name.partition(" ")
        again = capitalise(rest) if ORDINAL_VALUES.get(ordinal.lower()) == 1 and rest else gathering.name
        name = f"{again} {at} {place}"
        mention = Mention(
            paragraph.index, start, end, name, gathering.kind, gathering.named, location=Location(city=place)
        )
        mention.dates, mention.parent_hint = date, gathering.parent_hint  # a session of the same body
        out.append(mention)
    if not out or gathering is None or gathering.named:
        return out
    first_place = text[first : dated_places[0][1]]
    counted = gathering.name.split()[0].lower() in ORDINAL_VALUES  # "Première session" is told apart already
    if not counted and first_place not in gathering.name:
        # "Réunion du Dialogue" told at Geneva, then at New York, is the one at Geneva.
        gathering.name = f"{gathering.name} {at} {first_place}"
    return out


def applied_parts(
    paragraph: Paragraph, sentence: words.Span, found: list[Mention], dates: list[DateMention]
) -> list[Mention]:
    """ "s'appliquera par étapes : les obligations pour les modèles à partir du 2 août 2025, et
    l'essentiel des règles à partir du 2 août 2026": in a sentence about when a text applies, each
    part said to apply from a date is the application of that part, then."""
    text = paragraph.text
    if not _APPLIES.search(text, sentence.start, sentence.end):
        return []
    out = []
    for date in dates:
        opening = _FROM.search(text, max(sentence.start, date.start - 18), date.start)
        if opening is None and out:
            opening = _IN.search(text, max(sentence.start, date.start - 6), date.start)
        if opening is None:
            continue
        segment = text[sentence.start : opening.start()]
        start = sentence.start + max(segment.rfind(mark) for mark in ",:;—–") + 1  # a dateline's dash too
        start = _LIST_JOIN.match(text, start, opening.start()).end()  # "..., et l'essentiel"
        phrase = _APPLY_VERB.sub("", " ".join(text[start : opening.start()].split()))
        phrase = _BEGAN_TO.sub("", phrase)  # "obligations started to apply on 2 August 2025"
        if (
            not phrase
            or _PRONOUN_ALONE.fullmatch(phrase)  # "Elles s'appliquent depuis ...": told before
            or len(phrase.split()) > MAX_NAME_WORDS
            or _NOT_A_PART.search(phrase)  # "(notation sociale, par exemple) le seront": a clause's end
            or any(start <= m.start < opening.start() for m in found)
        ):
            continue
        article = _ARTICLE.match(phrase)
        if article is not None:  # "Les interdictions", "The bans"
            name = of_phrase(
                "Application", paragraph.language, article.group(1).lower(), phrase[article.end() :]
            )
        else:
            name = of_phrase("Application", paragraph.language, "", phrase)
        mention = Mention(paragraph.index, start, opening.start(), name, "entry into force", False)
        mention.dates = date
        out.append(mention)
    return out


def _date_after(text: str, end: int, dates: list[DateMention]) -> DateMention | None:
    """The date written right after a place ("à Lyon en juillet 2032", "in Seoul in May")."""
    return next((d for d in dates if d.start >= end and _PLACE_TO_DATE.match(text[end : d.start])), None)


def series_editions(
    paragraph: Paragraph, sentence: words.Span, places: list[tuple[int, int, str]], dates: list[DateMention]
) -> list[Mention]:
    """ "la troisième réunion de ce type, après celle de Bletchley Park en novembre 2023, puis celle
    de Séoul en mai", "the third in a series that began at Bletchley Park in 2023": each city or
    venue of the series written with its date is an edition of its own, named by its place."""
    text = paragraph.text
    series = _SERIES.search(text, sentence.start, sentence.end)
    if series is None:
        return []
    edition = series.group(0).lower().endswith(("edition", "édition"))
    if edition and series.group(0).split()[0] in ORDINALS and _OF.match(text, series.end()):
        return []  # "The third edition of the Forum took place in Bangkok": the Forum, named already
    kind_word = EVENT_WORD.search(text, sentence.start, sentence.end)
    if kind_word is None and edition:  # "Elle fait suite à la première édition": the conference told before
        told = [
            found
            for found in KIND_WORD.finditer(text, 0, sentence.start)
            if kind_of(found.group(0)) != "event"
        ]
        kind_word = told[-1] if told else None
    word = kind_word.group(0).lower() if kind_word and kind_word.group(0).lower() in KINDS else None
    if word is None and series.group(0) in _OF_A_KIND:
        return []  # "Signed in Vilnius on 5 September, the first treaty of its kind": no gathering
    if word is None and edition:
        return []  # "La précédente édition, organisée à Montréal": one of a gathering told before
    french = paragraph.language == "fr"
    word = word or ("sommet" if french else "summit")  # "le quatrième rendez-vous de la série"
    out = []
    # A venue the recogniser missed ("began at Bletchley Park in 2023") is a place here too.
    written = [
        (found.start("place"), found.end("place"), "venue")
        for found in _AT_A_PLACE.finditer(text, sentence.start, sentence.end)
        if not any(start <= found.start("place") < end for start, end, _kind in places)
    ]
    for start, end, kind in [*places, *written]:
        if kind == "country" or not sentence.start <= start < sentence.end:
            continue
        if edition and start < series.end():
            continue  # "le Sommet, qui se déroule à Londres ..., la prochaine édition à Paris": this one
        date = _date_after(text, end, dates)
        if date is None:
            continue
        place = text[start:end]
        name = f"{capitalise(word)} {_of(place)}{place}" if french else f"{place} {word}"
        mention = Mention(
            paragraph.index, start, end, name, kind_of(word), True, location=Location(city=place)
        )
        mention.dates = date
        out.append(mention)
    return out
