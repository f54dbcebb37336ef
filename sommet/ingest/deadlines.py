"""Deadlines told as the time someone is given: "Les États membres ont jusqu'au 30 avril pour
transposer la directive", "Providers have until 2 August to comply with the code"; or as an item
of a list of dates ("Submission deadline: 15 May 2031")."""

from __future__ import annotations

import re

from sommet.dates import DateMention
from sommet.ingest import text as words
from sommet.ingest.actors import Paragraph
from sommet.ingest.clean import DEADLINE_LABEL, dated_label
from sommet.ingest.events_words import EVENT_WORD, kind_of
from sommet.ingest.mentions import Mention, capitalise
from sommet.ingest.milestone_verbs import trim_phrase

# "ont jusqu'au", "disposent encore jusqu'au", "have until", "will have only until": a time given.
_GIVEN_UNTIL = re.compile(
    r"\b(?:ont|a|auront|aura|avaient|avait|disposent|dispose|disposeront|disposera|have|has|had|"
    r"will\s+have)\s+(?:(?:encore|seulement|still|only)\s+)?(?:jusqu['’](?:au|à|en)|until|till)\s*$",
    re.IGNORECASE,
)
# What the time is given for: "pour transposer la directive", "to comply with the code".
_TO_DO = re.compile(r"\s*,?\s*(?:pour|afin de|to)\s+(?P<what>[^,;:.()]+)", re.IGNORECASE)
# Its verb, the preposition the verb takes, and the object's noun phrase: "transposer la directive",
# "se conformer au code", "comply with the code".
_VERB_PHRASE = re.compile(
    r"(?P<verb>(?:(?:se|s')\s*)?[^\W\d_][\w'’-]*)(?P<link>\s+(?:au|aux|à|de|du|des|sur|with|to|on|for))?"
    r"\s+(?P<object>\S.*)",
    re.IGNORECASE | re.DOTALL,
)
# "Operators must register their drones by 1 July", "Les États devront transposer la directive
# avant le 3 mai": what must be done, between its modal and the preposition before the date.
_MUST = re.compile(
    r"\b(?:must|have to|has to|will have to|shall|should|are required to|is required to|doivent|devront|devra|doit"
    r"|sont tenus de|sont tenues de|est tenu de|est tenue de|seront tenus de"
    # "inviting companies to respond by 15 March", "sont invités à répondre avant le 15 mars": asked to
    r"|(?:are|is)\s+invited\s+to|inviting\s+(?:[^\W\d_][\w'’-]*,?\s+){1,8}?to|sont\s+invitée?s\s+à|est\s+invitée?\s+à)"
    r"\s+(?P<what>[^,;:.()]+?)\s+"
    r"(?:by|before|no later than|avant le|avant|d['’]ici le|d['’]ici au|d['’]ici|au plus tard le|au)\s*"
    # "by the end of 2034", "d'ici fin mars": the year or month it ends
    r"(?:(?:the\s+)?end\s+of\s+|(?:la\s+)?fin\s+(?:de\s+|d['’])?)?$",
    re.IGNORECASE,
)
# What joins a second thing to be done to the first: "... by 30 June and notify ...".
_AND = re.compile(r"\s+(?:and|et)\s+", re.IGNORECASE)
# "Les administrations peuvent déposer leur dossier jusqu'au 15 avril", "Firms can apply until 3 May":
# what may be done up to a day, whose last day it is. The modal is lower case: "18 May and runs until" is
# a month.
_MAY_UNTIL = re.compile(
    r"\b(?:peuvent|pourront|peut|pourra|(?-i:can|may)|will\s+be\s+able\s+to)\s+"
    r"(?P<what>(?:(?!\b(?:que|qu['’]|that)\b)[^,;:.()])+?)\s+"
    r"(?:jusqu['’](?:au|à)|until|till)\s*$",
    re.IGNORECASE,
)
# "A first progress report is due by the end of March", "Le rapport est attendu d'ici fin mars": what
# is due, as its sentence's subject right before "is due"/"est attendu" and the preposition. An article
# is a word of its own ("Abstracts" opens on no "A").
_DETERMINED = (
    r"(?:(?:the|a|an|its|their|le|la|les|un|une|son|sa|ses|leur|leurs)\s+|l['’]\s*)"
    r"(?:[^\s,;:.()]+\s+){0,7}?[^\s,;:.()]+"
)
# "Responses are now due by 11 April": a plural without article may open the sentence as its subject.
_OPENING_PLURAL = r"(?:^|(?<=[.!?]\s))\s*(?-i:[A-ZÀ-Ý])[^\W\d_]+s"
_DUE = re.compile(
    rf"(?:(?<![\w'’])(?P<what>{_DETERMINED})|(?P<plural>{_OPENING_PLURAL}))\s+"
    r"(?:(?:is|are|will\s+be)\s+(?:now\s+|still\s+)?due\s+(?:by|before|no\s+later\s+than)"
    r"|(?:est|sont|sera|seront)\s+(?:attendue?s?|dûe?s?)\s+(?:d['’]ici|avant|au\s+plus\s+tard))"
    # "by the end of", "d'ici au", "d'ici fin": how the date is led to.
    r"(?:\s+(?:the\s+end\s+of|end\s+of|le|au|à\s+la\s+fin\s+de|fin|la\s+fin\s+de))?\s*$",
    re.IGNORECASE,
)
# The subject right before a modal, and a passive after it: "Les contributions doivent être envoyées".
_SUBJECT_BEFORE = re.compile(rf"(?<![\w'’])(?P<what>{_DETERMINED})\s+$", re.IGNORECASE)
# "Une autorité, qui devra être opérationnelle", "an authority, which must be running": the last noun
# phrase, which the relative pronoun stands for.
_ARTICLE = r"(?:the|a|an|le|la|les|un|une)\s+|l['’]\s*"
_ANTECEDENT_BEFORE = re.compile(
    rf"(?<![\w'’])(?P<what>(?:{_ARTICLE})(?:(?!(?:{_ARTICLE}))[^\s,;:.()]+\s+){{0,7}}?[^\s,;:.()]+)"
    r"\s*,\s*(?:qui|which|that)\s+$",
    re.IGNORECASE,
)
_PASSIVE_AFTER_MODAL = re.compile(r"(?:être|be)\s+\w+", re.IGNORECASE)
_DUE_NAMES = {"fr": "Date limite pour", "en": "Deadline for"}
_NAMES = {"fr": "Date limite pour", "en": "Deadline to"}
_ADVERBS = re.compile(
    r"^(?:(?:par ailleurs|encore|également|aussi|désormais|notamment|also|still|now|first|then|formally)\s+)+",
    re.IGNORECASE,
)
_TO_BE = frozenset({"be", "être", "been"})
# The verb after a modal: a lower-case word, no participle ("register", "se conformer").
_INFINITIVE = re.compile(r"^(?:(?:se|s['’])\s*)?[a-zà-ÿ]+\b(?<!ed)(?<!ing)")
# "pour le signer", "to sign it": what is to be done is named elsewhere, not here.
_PRONOUNS = frozenset("le la les l' lui leur y en it them this that".split())


def given_until(paragraph: Paragraph, sentence: words.Span, dates: list[DateMention]) -> list[Mention]:
    """The deadline each date a sentence gives someone until to do something sets, named by what
    is to be done ("Date limite pour transposer la directive"), a date by which something must be
    done ("Operators must register their drones by 1 July") or up to which it may be ("peuvent déposer
    leur dossier jusqu'au 15 avril"), or one by which something is due ("A
    first progress report is due by the end of March")."""
    text = paragraph.text
    out = []
    for date in dates:
        must = _MUST.search(text, sentence.start, date.start) or _MAY_UNTIL.search(
            text, sentence.start, date.start
        )
        due = _DUE.search(text, sentence.start, date.start) if must is None else None
        names = _NAMES
        if must is not None:
            what, start, end = _to_be_done(must.group("what")), must.start("what"), date.end
            earlier = [d for d in dates if start <= d.start < must.end("what")]
            joined = _AND.search(text, earlier[-1].end, must.end("what")) if earlier else None
            if joined is not None:
                # "must designate an authority by 30 June and notify their rules by the end of the
                # year": the second thing to be done, by the second date
                what, start = _to_be_done(text[joined.end() : must.end("what")]), joined.end()
            done_to = _SUBJECT_BEFORE.search(text, sentence.start, must.start()) or _ANTECEDENT_BEFORE.search(
                text, sentence.start, must.start()
            )
            if not what and _PASSIVE_AFTER_MODAL.match(must.group("what")) and done_to is not None:
                # "Les contributions doivent être envoyées avant le 11 avril": what is to be sent.
                what, start, names = _due(done_to.group("what")), done_to.start("what"), _DUE_NAMES
        elif due is not None:  # "A first progress report is due by the end of March"
            subject = due.group("what") or due.group("plural")
            what, start, end, names = (
                _due(subject, plural=bool(due.group("plural"))),
                due.start(),
                date.end,
                _DUE_NAMES,
            )
        elif _GIVEN_UNTIL.search(text, max(sentence.start, date.start - 40), date.start) is not None:
            todo = _TO_DO.match(text, date.end, sentence.end)
            what = _what(todo.group("what")) if todo is not None else ""
            start, end = date.start, todo.end() if todo is not None else date.end
        else:
            continue
        if not what:
            continue  # "has until Friday to decide": nothing named to be done
        name = f"{names.get(paragraph.language or 'fr', names['fr'])} {what}"
        mention = Mention(paragraph.index, start, end, name, "deadline", True)
        mention.dates = date
        out.append(mention)
    return out


def labelled_dates(
    paragraph: Paragraph, sentence: words.Span, found: list[Mention], dates: list[DateMention]
) -> list[Mention]:
    """An item of a list of dates: "Abstract submission deadline: 15 May 2031" is that deadline;
    "Workshop: 22 September 2031" dates the workshop the page is about (a kind word alone refers
    back); other labels ("Camera-ready version:") name no event."""
    text = paragraph.text
    item = dated_label(text[sentence.start : sentence.end]) if dates else None
    if item is None or any(sentence.start <= m.start < sentence.end for m in found):
        return []
    label = item.group("label").strip()
    start = text.index(label, sentence.start)
    kind = EVENT_WORD.fullmatch(label)
    if DEADLINE_LABEL.search(label):
        mention = Mention(paragraph.index, start, start + len(label), capitalise(label), "deadline", True)
    elif kind is not None:
        mention = Mention(
            paragraph.index, start, start + len(label), capitalise(label), kind_of(label), False
        )
        mention.refers = True
    else:
        return []
    mention.dates = dates[0]
    return [mention]


def _due(subject: str, *, plural: bool = False) -> str:
    """What is due, as it reads inside a name ("A first report" is "a first report"); none for a
    pronoun ("It is due by ..."), but a plural opening its sentence alone ("Responses")."""
    phrase = trim_phrase(subject.strip())
    if len(phrase.split()) < (1 if plural else 2):
        return ""
    return phrase[:1].lower() + phrase[1:]


def _to_be_done(phrase: str) -> str:
    """What a modal says must be done, when it is an active verb and its object ("register their
    drones", "transposer la directive"); not a passive ("doit être bouclé"), whose subject is what."""
    phrase = _ADVERBS.sub("", phrase)
    first = phrase.split()[0].lower() if phrase.split() else ""
    if first in _TO_BE or _INFINITIVE.match(phrase) is None:
        return ""
    return _what(phrase)


def _what(phrase: str) -> str:
    """The verb and its object, without what follows the object ("transposer la directive")."""
    found = _VERB_PHRASE.match(phrase.strip())
    if found is None:
        return ""
    noun_phrase = trim_phrase(found.group("object"))
    if found.group("verb").lower() in _PRONOUNS or noun_phrase.lower() in _PRONOUNS:
        return ""
    return f"{found.group('verb')}{found.group('link') or ''} {noun_phrase}" if noun_phrase else ""
