"""Job titles written beside a person's name: in apposition after it, or just before it."""

from __future__ import annotations

import re

from sommet.ingest import text as words
from sommet.ingest.text import Span

_ELIDED = re.compile(r"^[dlDL]'")
_TRAILING = re.compile(r"[\s,;:.\-–'»«\"]+$")
_MAX_ROLE_WORDS = 12
_ROLE_BREAK = frozenset("dont avec with a ont est sont par by selon according".split())
_ROLE_STOP = re.compile(r"\s+(?:qui|dont|dans un|dans le|dans son|a|ont|est|sont|who|which|said|has|have)\s+")


def role_near(
    paragraph: str, sentence: Span, start: int, end: int, *, people: tuple[int, ...] = ()
) -> str | None:
    """The job title written beside a name: in apposition after it, or just before it.

    ``people`` are where other people's names start: "X, la ministre Y" is a list of
    people each titled before the name, and "la ministre" is Y's title, not X's.
    """
    after = role_after(paragraph, sentence, end, people=people)
    if after and after.split()[0].lower() in words.ROLE_WORDS:
        return after
    # "Cabinet Secretary", "seule dirigeante": a title word second, unless a title stands before the name.
    return _role_before(paragraph, sentence, start, people) or after


def role_after(paragraph: str, sentence: Span, end: int, *, people: tuple[int, ...] = ()) -> str | None:
    """The title in apposition after a name: ", ministre de ...", ", Kenya's Cabinet Secretary"."""
    after = paragraph[end : sentence.end]
    found = re.match(r"\s*,\s*(?:(?:le|la|l'|the|a|an)\s*)?(?P<role>[^,;:()«»\"]+)", after)
    if not found or any(end + found.start("role") <= other < end + found.end("role") for other in people):
        return None
    role = _ROLE_STOP.split(found.group("role"))[0]
    # "Kenya's Cabinet Secretary": the title after a possessive.
    role = re.sub(r"^[A-Z][\w\-]*'s\s+", "", role) if re.match(r"^[A-Z][\w\-]*'s\s", role) else role
    head = [w.lower() for w in role.split()[:3]]
    if any(word in words.ROLE_WORDS for word in head):
        return _short_role(role)
    return None


def titled_before(paragraph: str, sentence: Span, start: int, *, reach: int = 1) -> bool:
    """Whether a job title stands in the ``reach`` words before a name, with no break between
    ("the minister Jane Roe", "Cabinet Secretary for ICT Jane Roe" with a reach of four)."""
    for token in reversed(paragraph[sentence.start : start].split()[-reach:]):
        bare = _ELIDED.sub("", token).lower().strip('«»"(')
        if bare in words.ROLE_WORDS:
            return True
        if token.endswith((",", ";", ":", ".", ")")) or bare in _ROLE_BREAK:
            return False
    return False


def _role_before(paragraph: str, sentence: Span, start: int, people: tuple[int, ...]) -> str | None:
    before = paragraph[sentence.start : start].rstrip()
    before = before[:-1].rstrip() if before.endswith(",") else before
    tokens = before.split()[-10:]
    begin = None
    for index in range(len(tokens) - 1, -1, -1):
        token = tokens[index]
        bare = _ELIDED.sub("", token).lower().strip('«»"(')
        if token.endswith((",", ";", ":", ".", ")")) or bare in _ROLE_BREAK:
            break
        if bare in words.ROLE_WORDS:
            # Up to two adjectives may open the title: "the Italian foreign minister".
            for back in range(index, max(index - 3, -1), -1):
                previous = tokens[back - 1].lower() if back else ""
                if not previous or previous in words.DETERMINERS or previous.endswith(","):
                    begin = back
                    break
                if previous in words.ROLE_WORDS or previous in _ROLE_BREAK:
                    break
    if begin is None:
        return None
    role = " ".join(tokens[begin:])
    for other in people:
        # "les cofondateurs d'OpenAI Sam Altman et Elon Musk": the title before a list of names.
        between = " ".join(paragraph[other:start].split())
        if sentence.start <= other < start and between and role.endswith(between) and role != between:
            role = re.sub(r"\s+(?:et|and)$", "", role[: -len(between)].rstrip())
            break
    return _short_role(role)


def _short_role(role: str) -> str:
    tokens = role.split()[:_MAX_ROLE_WORDS]
    return _TRAILING.sub("", " ".join(tokens))
