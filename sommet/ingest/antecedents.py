"""What "la convention", "the institute" refer back to: the last title the document wrote with
that head word ("la Convention-cadre du Conseil de l'Europe sur l'IA", "the AI Safety Institute"), so that a milestone
told with the short form ("la convention a été ouverte à la signature") names the text itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sommet.ingest.event_names import title_after

_ARTICLE = re.compile(r"^(?:The|A|An)\s+")
# A title is the head word capitalised, with its own name after it.
_MIN_TITLE_WORDS = 2


@cache
def _head(word: str) -> re.Pattern[str]:
    """The head word written with a capital, alone or in a compound ("Convention-cadre"); a
    compound names a text even in lower case ("la convention-cadre sur l'IA")."""
    capital = re.escape(word[:1].upper() + word[1:])
    lower = re.escape(word[:1].lower() + word[1:])
    return re.compile(rf"(?<![\w\-'])(?:{capital}(?:-[^\W\d_]+)?|{lower}-[^\W\d_]+)(?![\w\-])")


@cache
def _head_last(word: str) -> re.Pattern[str]:
    """An English title ending with the head word: "the AI Safety Institute" for "the institute"."""
    capital = re.escape(word[:1].upper() + word[1:])
    return re.compile(rf"(?<![\w\-'’])(?:[A-Z][\w\-]*\s+){{1,5}}{capital}(?![\w\-])")


@dataclass(frozen=True)
class Antecedents:
    """The headline and paragraphs of one document, searched backwards from a mention."""

    headline: str
    paragraphs: tuple[str, ...]

    def title(self, head: str, paragraph: int, position: int) -> str | None:
        """The last title headed by ``head`` before this point: in the paragraph, then in the
        paragraphs before it, then in the headline."""
        texts = [self.paragraphs[paragraph][:position], *reversed(self.paragraphs[:paragraph]), self.headline]
        for text in texts:
            titles = [
                (found.start(), _ARTICLE.sub("", found.group(0))) for found in _head_last(head).finditer(text)
            ]
            titles += [
                (found.start(), found.group(0) + title_after(text, found.end()))
                for found in _head(head).finditer(text)
            ]
            named = [(start, title) for start, title in titles if len(title.split()) >= _MIN_TITLE_WORDS]
            if named:
                return max(named)[1]
        return None
