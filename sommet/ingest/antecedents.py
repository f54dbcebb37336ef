"""What "la convention", "the institute", "this global partnership" refer back to: the last title
the document wrote with that head word and those words ("la Convention-cadre du Conseil de l'Europe sur
l'IA", "the AI Safety Institute", "the Global Partnership on AI"), so that a milestone told with the short
form ("la convention a été ouverte à la signature") names the text itself.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from sommet.ingest import lexicon
from sommet.ingest.event_names import title_after
from sommet.ingest.text import ARTICLE_NAMED_AGAIN, KNOWN_AS, Span, known_as_article

_ARTICLE = re.compile(r"^(?:(?:The|A|An|Le|La|Les|Un|Une)\s+|L['’])")
_COMPOUND_BEFORE = re.compile(
    r"(?<![\w'’])(?P<det>[Ll]e|[Ll]a|[Ll]es|[Ll]['’])\s*(?P<noun>[^\W\d_A-ZÀ-Ý]+)\s+de\s+$"
)
_WRITTEN_ARTICLE = re.compile(r"(?<![\w'’])(the|le|la|les|du|des|au|aux|un|une|an?|l['’])\s*$", re.IGNORECASE)
_OTHER_GENDER = {"m": "la", "f": "le"}
# "le texte", "the text": whichever text the document named last.
_ANY_TEXT = frozenset({"texte", "text"})
# "le texte", "ce texte": a masculine noun a participle may agree with, whatever the title's gender.
_THE_TEXT = re.compile(r"\b(?:le|ce)\s+texte\b", re.IGNORECASE)
# "the bill", "la loi", "the law": whichever law the document named last, when none is headed so.
_ANY_LAW = frozenset({"bill", "law", "legislation", "loi", "projet", "règlement", "regulation"})
_LAW_HEADS = (
    "act",
    "bill",
    "law",
    "loi",
    "règlement",
    "regulation",
    "directive",
    "décret",
    "ordonnance",
    "order",
)
_KNOWN_AS_AFTER = re.compile(
    KNOWN_AS + r"(?P<name>[A-ZÀ-Ý][^,;:.«»\"“”()]{1,50}?)\s*[»\"”]?(?=\s*[,;:.)]|\s*$)"
)
# A title is the head word capitalised, with its own name after it.
_MIN_TITLE_WORDS = 2


@cache
def _head(word: str) -> re.Pattern[str]:
    """The head word written with a capital, alone or in a compound ("Convention-cadre"); a
    compound names a text even in lower case ("la convention-cadre sur l'IA")."""
    capital = re.escape(word[:1].upper() + word[1:])
    lower = re.escape(word[:1].lower() + word[1:])
    return re.compile(rf"(?<![\w\-'])(?:{capital}(?:-[^\W\d_]+)?|{lower}-[^\W\d_]+)(?![\w\-])")


# Words after "the" that say which of several, not what: "the new regulation" names none; nor does a
# participle ("the implementing decree", "the amended act"), which says what is done with it.
_NO_TITLE_WORD = "new|next|last|latest|first|same|final|whole|said|other|former|current|original|draft"
# Where a lower-case English title may start: right after a determiner ("a national AI strategy").
_AFTER_DETERMINER = "|".join(rf"(?<=\b{word} )" for word in "the a an its their his her new".split())


@cache
def _head_last(word: str) -> re.Pattern[str]:
    """An English title ending with the head word: "the AI Safety Institute" for "the institute",
    "the Hiroshima process" (a name written with its head in lower case) for "the process"."""
    capital = re.escape(word[:1].upper() + word[1:])
    lower = re.escape(word[:1].lower() + word[1:])
    # A word of a title: capitalised, or capitalised words in brackets ("Online Safety (Algorithms) Act");
    # "of" may join two ("the Council of Europe Framework Convention").
    word = r"(?:[A-Z][\w\-]*(?:\s+of(?=\s+[A-Z]))?|\([A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*\))"
    return re.compile(
        rf"(?<![\w\-'’(])[A-Z][\w\-]*(?:\s+of(?=\s+[A-Z]))?\s+(?:{word}\s+){{0,4}}{capital}(?![\w\-])"
        # in lower case only after "the" or a quotation mark: not "Cette réglementation"
        rf"|(?:(?<=\bthe )|(?<=['\"‘“«]))[A-Z][\w\-]*\s+(?:{word}\s+){{0,4}}{lower}(?![\w\-])"
        # or with lower-case words between after "the": "the AI liability directive", "the drone regulation"
        rf"|(?<=\bthe )(?:new\s+)?(?:[A-Z][A-Z0-9]+\s+)?(?:(?!(?:{_NO_TITLE_WORD})\b|[a-z]+(?:ing|ed)\b)[a-z][\w\-]*\s+){{1,2}}{lower}(?![\w\-])"
        # or a name word among lower-case ones after an English determiner: "a new national AI strategy"
        rf"|(?:{_AFTER_DETERMINER})(?:(?!(?:new|next|last|latest|first)\b)[a-z][\w\-]*\s+){{1,2}}[A-Z][\w\-]*\s+"
        rf"(?:{word}\s+){{0,3}}{lower}(?![\w\-])"
    )


# "dans le cadre du paquet", "in the framework of the talks": as part of, naming no framework.
_AS_PART_OF = re.compile(r".*\b(?:dans\s+le\s+cadre\s+d|in\s+the\s+framework\s+of)", re.IGNORECASE)


# An indefinite article, in English or French.
_INDEFINITE_ARTICLE = r"(?:an?|un|une)"


@cache
def _introduced(word: str) -> re.Pattern[str]:
    """The head word in lower case after an indefinite article, with up to three words between
    ("a public consultation", "une consultation", "an online information session", "a national drone
    safety authority", "a 12-week consultation"). No article is among the words between: in "a
    présenté un décret" the French auxiliary is no article."""
    return re.compile(
        rf"(?<![\w'’]){_INDEFINITE_ARTICLE}\s+(?P<what>(?:(?!(?:{_INDEFINITE_ARTICLE}|des|du|les|la|le|the)\s)[a-z0-9][\w\-]*\s+){{0,3}}?"
        rf"{re.escape(word.lower())})(?![\w\-])"
    )


@cache
def _lower(word: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w\-'’]){re.escape(word.lower())}(?![\w\-])")


@dataclass(frozen=True)
class Antecedents:
    """The headline and paragraphs of one document, searched backwards from a mention."""

    headline: str
    paragraphs: tuple[str, ...]
    # The sentences of each French paragraph, whose verbs the model tells; None in another language.
    french: tuple[Sequence[Span] | None, ...]

    def _searched(self, paragraph: int, position: int) -> list[tuple[str, Sequence[Span] | None]]:
        """The text before a mention, then the paragraphs before it, then the headline, each with
        its sentences when it is French."""
        before = [(self.paragraphs[at], self.french[at]) for at in reversed(range(paragraph))]
        return [
            (self.paragraphs[paragraph][:position], self.french[paragraph]),
            *before,
            (self.headline, None),
        ]

    def texts_before(self, paragraph: int, position: int) -> list[str]:
        """What was written before a point, nearest first: its paragraph's start, the paragraphs
        before, the headline."""
        return [text for text, _french in self._searched(paragraph, position)]

    def title(
        self, phrase: str, paragraph: int, position: int, gender: str | None = None
    ) -> tuple[str, str] | None:
        """The last title before this point headed by one of the phrase's words and holding the
        others ("global partnership"), or any text's title for "le texte": in the paragraph, then in
        the paragraphs before it, then in the headline. With it, the article written before it
        ("le" for "le règlement européen sur l'IA"), or "" when none is. A ``gender`` ("m", "f")
        passes over titles written with the other one's article."""
        words = phrase.split()
        generic = len(words) == 1 and words[0].lower() in _ANY_TEXT
        heads = sorted(lexicon.instrument_heads()) if generic else words
        if gender == "m" and _THE_TEXT.search(self.paragraphs[paragraph], 0, position):
            gender = (
                None  # "Le texte avait été signé ... Le Sénégal l'a ratifié": the text, whatever its title
            )
        found = self._last(paragraph, position, words, heads, generic, gender)
        if found is None and len(words) == 1 and words[0].lower() in _ANY_LAW:
            found = self._last(paragraph, position, words, _LAW_HEADS, True, gender)
        if found is None and len(words) == 1 and not generic:
            found = self._described(paragraph, position, words[0])
        return found

    def _described(self, paragraph: int, position: int, head: str) -> tuple[str, str] | None:
        """ "a public consultation on draft rules ... the consultation closes": the last thing told
        with an indefinite article and the words that describe it, which the noun alone then
        stands for. Its own article is the one the short form is written with."""
        for text, french in self._searched(paragraph, position):
            described = [
                text[found.start("what") : found.end()] + _title_after(text, found.end(), french)
                for found in _introduced(head).finditer(text)
            ]
            described = [words for words in described if len(words.split()) >= _MIN_TITLE_WORDS]
            if described:
                return "", described[-1]
        return None

    def _last(
        self,
        paragraph: int,
        position: int,
        words: list[str],
        heads: Sequence[str],
        generic: bool,
        gender: str | None,
    ) -> tuple[str, str] | None:
        for text, french in self._searched(paragraph, position):
            found = [
                (at, start, title)
                for head in heads
                for at, start, title in _titles(text, head, french)
                if generic or _holds(title, [word for word in words if word != head])
            ]
            ends = {start + len(title) for _at, start, title in found}
            titles = [
                (at, len(title), *_with_compound(text, start, title))
                for at, start, title in found
                if not _in_brackets_after(text, start, ends)
            ]
            named = [
                title
                for title in titles
                if len(title[2].split()) >= _MIN_TITLE_WORDS and title[3] != _OTHER_GENDER.get(gender)
            ]
            # "le décret d'application de la loi sur les drones": the decree, not the law inside its title.
            named = [title for title in named if not any(_within(title, other) for other in named)]
            if named:
                _at, _length, title, article, start = max(named)  # the last head written; its longest title
                return _known_as(text, start + len(title), article) or (article, title)
        return None


def _within(title: tuple[int, int, str, str, int], other: tuple[int, int, str, str, int]) -> bool:
    """Whether a title (head, length, title, article, start) is written inside another one."""
    start, end = title[4], title[4] + len(title[2])
    return other[4] < start and end <= other[4] + len(other[2])


def _known_as(text: str, end: int, article: str) -> tuple[str, str] | None:
    """ "le règlement européen sur l'IA, plus connu sous le nom d'AI Act": the name it goes by,
    which other reports use too, when the text gives one."""
    found = _KNOWN_AS_AFTER.match(text, end)
    if found is None:
        return None
    name = found.group("name")
    return known_as_article(found.group("det"), article, name), name


def _titles(text: str, head: str, french: Sequence[Span] | None) -> list[tuple[int, int, str]]:
    """Titles ending with the head word ("the AI Safety Institute") or opening with it
    ("Convention-cadre du Conseil de l'Europe"), each with the words that name it after the head,
    where the head word is and where the title begins."""
    last = [(found.end() - len(head), found) for found in _head_last(head).finditer(text)]
    first = [(found.start(), found) for found in _head(head).finditer(text)]
    if (
        head.lower() in lexicon.instrument_heads()
    ):  # "le règlement européen sur l'IA": a text named in lower case
        first += [
            (found.start(), found)
            for found in _lower(head).finditer(text)
            if not _AS_PART_OF.match(text, max(0, found.start() - 9))  # "dans le cadre du paquet": no text
        ]
    out = []
    for at, found in last + first:
        article = _ARTICLE.match(found.group(0))
        start = found.start() + (article.end() if article else 0)
        after = _title_after(text, found.end(), french)
        if _another_head(after):
            continue  # "Hiroshima Process International Code of Conduct": a code, not a process
        out.append((at, start, text[start : found.end()] + after))
    return out


def _title_after(text: str, end: int, french: Sequence[Span] | None) -> str:
    """The words that name a title after its head word; in French, up to the sentence's next
    conjugated verb ("le projet de loi relatif à l'IA arrive au Sénat")."""
    sentence = next((span for span in french or () if span.start <= end <= span.end), None)
    return title_after(text, end, tagged=(text, sentence) if sentence is not None else None)


def _another_head(after: str) -> bool:
    """Whether the capitalised words right after a head word hold another head, which the title is
    named for ("Process International Code of ...")."""
    leading = re.match(r"(?:\s+[A-ZÀ-Ý][\w\-]*)+", after)
    return leading is not None and any(
        word.lower() in lexicon.instrument_heads() for word in leading.group(0).split()
    )


def _in_brackets_after(text: str, start: int, ends: set[int]) -> bool:
    """ "le règlement sur l'intelligence artificielle (AI Act)": the short form in brackets after a
    title is another name for it, not the title the text goes on about."""
    before = text[:start].rstrip()
    return before.endswith("(") and len(before[:-1].rstrip()) in ends


def _with_compound(text: str, start: int, title: str) -> tuple[str, str, int]:
    """The title with its article and where it starts; a text named in lower case after the noun
    of a compound ("la proposition de loi SB 1047", "le projet de loi C-27") is the compound's,
    article and all, whose gender the head word alone does not tell."""
    article = _article_before(text, start)
    compound = None if article or not title[:1].islower() else _COMPOUND_BEFORE.search(text, 0, start)
    if compound is None:
        return title, article, start
    return (
        text[compound.start("noun") : start] + title,
        ARTICLE_NAMED_AGAIN[compound.group("det").lower()],
        compound.start("noun"),
    )


def _article_before(text: str, start: int) -> str:
    """The article a title is written with, as it stands before the title alone ("du" is "le")."""
    found = _WRITTEN_ARTICLE.search(text, max(0, start - 8), start)
    return ARTICLE_NAMED_AGAIN.get(found.group(1).lower().replace("’", "'"), "") if found else ""


def _holds(title: str, words: list[str]) -> bool:
    """Whether the title has every word (the phrase and the title come from one text, spelt alike)."""
    held = set(re.findall(r"\w+", title.casefold()))
    return all(word.casefold() in held for word in words)
