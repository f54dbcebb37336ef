"""spaCy's French model, loaded once on first use with only its entity recogniser."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from typing import Any

MODEL = "fr_core_news_md"
# The recogniser carries its own token vectors; tagging, parsing and lemmas are not needed.
_EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
_BATCH = 64

_lock = threading.Lock()
_nlp: Any = None

Entity = tuple[int, int, str]


def model() -> Any:
    """The loaded pipeline (loading it the first time, from any thread)."""
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            _nlp = spacy.load(MODEL, exclude=_EXCLUDE)
        return _nlp


def entities(texts: Iterable[str]) -> Iterator[list[Entity]]:
    """(start, end, label) of the named entities of each text, labels PER, ORG, LOC or MISC."""
    for doc in model().pipe(texts, batch_size=_BATCH):
        yield [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]
