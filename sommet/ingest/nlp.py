"""spaCy's French model, loaded once on first use with only its entity recogniser.

There is no English model on PyPI (``en-core-web-sm`` is published on GitHub only), so English
text goes through the French model too; its spans, which run on into lower-case English words
("Paola Ricci in Rome on Monday"), are cut back to their capitalised runs by ``english_spans``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from sommet.ingest.lexicon import venue_words
from sommet.ingest.people import particles
from sommet.ingest.text import ROLE_WORDS

MODEL = "fr_core_news_md"
# The recogniser carries its own token vectors; tagging, parsing and lemmas are not needed.
_EXCLUDE = ["tok2vec", "morphologizer", "parser", "attribute_ruler", "lemmatizer", "senter"]
_BATCH = 64

_lock = threading.Lock()
_nlp: Any = None
_tagger_nlp: Any = None

Entity = tuple[int, int, str]


def model() -> Any:
    """The loaded pipeline (loading it the first time, from any thread)."""
    global _nlp
    with _lock:
        if _nlp is None:
            import spacy

            _nlp = spacy.load(MODEL, exclude=_EXCLUDE)
        return _nlp


def _tagger() -> Any:
    """The same model's word classes (tagging only), loaded on first use; a pipeline of its own,
    so that reading entities in one thread never sees it switched."""
    global _tagger_nlp
    with _lock:
        if _tagger_nlp is None:
            import spacy

            _tagger_nlp = spacy.load(MODEL, exclude=["ner", "parser", "lemmatizer", "senter"])
        return _tagger_nlp


@lru_cache(maxsize=512)
def _word_classes(sentence: str) -> tuple[tuple[int, str, str], ...]:
    """Each word's start, class and verb form ("Fin", "Part", "Inf" or ""); one tagging per
    text, however many questions are asked of it."""
    return tuple(
        (token.idx, token.pos_, "".join(token.morph.get("VerbForm")) if token.pos_ in ("VERB", "AUX") else "")
        for token in _tagger()(sentence)
    )


def finite_or_adverb(sentence: str) -> frozenset[int]:
    """Where the words of a French sentence that end a noun phrase start: conjugated verbs,
    auxiliaries, adverbs and pronouns ("La déclaration conjointe annonce", "le projet aurait").
    Participles stay: "la rencontre alternée" is a name."""
    return frozenset(
        at for at, pos, form in _word_classes(sentence) if form == "Fin" or pos in ("ADV", "PRON", "SCONJ")
    )


def finite_verbs(sentence: str) -> frozenset[int]:
    """Where the conjugated verbs of a French sentence start ("et prévoit de lourdes pénalités")."""
    return frozenset(at for at, _pos, form in _word_classes(sentence) if form == "Fin")


def participles(sentence: str) -> frozenset[int]:
    """Where the words a French sentence uses as verbs' participles start ("l'accord conclu en
    mai", "une déclaration adoptée par dix pays"); adjectives made of one are not ("la rencontre
    alternée"), nor a word the model calls one without a participle's ending ("franco-ghanéen")."""
    return frozenset(
        at
        for at, pos, form in _word_classes(sentence)
        if pos == "VERB" and form == "Part" and _PARTICIPLE_ENDING.match(sentence, at)
    )


# A word ending as French past participles do: "conclu", "réunie", "ouverts", "prises".
_PARTICIPLE_ENDING = re.compile(r"[\w-]*(?:é|i|u|s|t)e?s?(?![\w-])")


def entities(texts: Iterable[str]) -> Iterator[list[Entity]]:
    """(start, end, label) of the named entities of each text, labels PER, ORG, LOC or MISC."""
    for doc in model().pipe(texts, batch_size=_BATCH):
        yield [(ent.start_char, ent.end_char, ent.label_) for ent in doc.ents]


_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def may_name(sentence: str) -> bool:
    """Whether a sentence has a word that could start a name: a capital after its first word,
    or a capitalised first word that is not a stop word ("Le", "The", "Il")."""
    found = _WORD.findall(sentence)
    if any(word[0].isupper() for word in found[1:]):
        return True
    return bool(found) and found[0][0].isupper() and found[0].lower() not in _stop_words()


@cache
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
    from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH

    return frozenset(FRENCH | ENGLISH)


# Small words that may sit inside an English name ("Organisation for Economic Co-operation").
_INSIDE_NAMES = frozenset("of for and the on de du la le von van der & 's".split())
_TOKEN = re.compile(r"\S+")
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|to)\s+$")
# "will take place in Borgo Egnazia": "in" before a run the model ran on through is a place's.
_IN_BEFORE = re.compile(r"\bin\s+$")
# "convened by Rishi Sunak at Bletchley Park": "at" may lead to a place or to an employer.
_AT_BEFORE = re.compile(r"\bat\s+$")


def english_spans(texts: list[str], found: list[list[Entity]]) -> list[list[Entity]]:
    """The French model's entities on English paragraphs, cut to runs of capitalised words.

    A run just after "in", "at", "from" or "to" is taken for a place. A run cut out of a span that
    ran on ("It had been agreed by Joe Biden and Xi Jinping at Woodside" as one MISC) took the
    span's label: the recogniser, shown the page's such runs alone in one batch, says which are
    people's names, and which of those after "at" are places ("Bletchley Park"; "Lancaster House"
    by its venue word), not employers ("at Google DeepMind")."""
    out: list[list[Entity]] = []
    cuts: list[tuple[int, int]] = []
    for index, (text, ents) in enumerate(zip(texts, found, strict=True)):
        spans, cut = _capitalised_runs(text, ents)
        out.append(spans)
        cuts.extend((index, at) for at in cut)
    runs = [texts[index][out[index][at][0] : out[index][at][1]] for index, at in cuts]
    for (index, at), run, ents in zip(cuts, runs, entities(runs) if runs else [], strict=True):
        alone = ents[0][2] if [(s, e) for s, e, _ in ents] == [(0, len(run))] else None
        start, end, _ = out[index][at]
        after_at = _AT_BEFORE.search(texts[index][max(0, start - 4) : start]) is not None
        if after_at and (alone == "LOC" or run.split()[-1].lower() in venue_words()):
            out[index][at] = (start, end, "LOC")
        elif alone == "PER":
            out[index][at] = (start, end, "PER")
    return out


def _capitalised_runs(text: str, found: list[Entity]) -> tuple[list[Entity], list[int]]:
    """One paragraph's spans cut to capitalised runs, and which runs were cut out of a longer span."""
    out: list[Entity] = []
    cut: list[int] = []
    for start, end, label in found:
        run: list[re.Match[str]] = []
        for token in [*_TOKEN.finditer(text, start, end), None]:
            word = token.group(0).strip(",.;:()") if token else ""
            if token and word and (word[0].isupper() or (run and word[0].isdigit())):
                run.append(token)
                continue
            if (
                token
                and run
                and ((label == "ORG" and word.lower() in _INSIDE_NAMES) or word.lower() in particles())
            ):
                run.append(token)
                continue
            while run and run[-1].group(0).strip(",.;:()").lower() in _INSIDE_NAMES | particles():
                run.pop()
            if run:
                run_start, run_end = run[0].start(), run[-1].end()
                while run_end > run_start and text[run_end - 1] in ",.;:()":
                    run_end -= 1
                cut_out = (run_start, run_end) != (start, end)
                before = text[max(0, run_start - 8) : run_start]
                in_place = cut_out and _IN_BEFORE.search(before) is not None
                place = "LOC" if in_place or (label == "MISC" and _PLACE_BEFORE.search(before)) else label
                out.append((run_start, run_end, place))
                titled = any(token.group(0).strip(",.;:()").lower() in ROLE_WORDS for token in run)
                after_at = cut_out and _AT_BEFORE.search(before) is not None
                if after_at or (cut_out and not in_place and place != "PER" and len(run) > 1 and not titled):
                    cut.append(len(out) - 1)  # not "Serbian Ambassador": a title, whoever holds it
            run = []
    return out, cut
