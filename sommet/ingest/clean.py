"""Documents to clean text: HTML and Markdown stripped, quotes and spaces normalised, page furniture dropped."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

from sommet import _dates_grammar as grammar
from sommet._dates_publication import labelled_for_another
from sommet.dates import only_days
from sommet.ingest.events_words import KIND_WORD

FORMATS = {".txt": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}

_QUOTES = str.maketrans(
    {
        "\u2019": "'",
        "\u2018": "'",
        "\u02bc": "'",
        "\u201b": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u2007": " ",
        "\u200b": "",
        "\ufeff": "",
        "\t": " ",
    }
)
_SPACES = re.compile(r" {2,}")
_DASH_IN_NAME = re.compile(r"(?<=[^\W\d_])[–—](?=[^\W\d_])")
# No « inside: a line of unclosed guillemets would otherwise be searched to its end from each one.
_GUILLEMETS = re.compile(r"«\s*([^«»\n]*?)\s*»")
# "26. decembar 2024" is a dateline, not the 26th item of a list.
_BULLET = re.compile(r"^(?:[•·▪◦‣∙●○*+>→-]|\d{1,2}[.)](?!\s+[^\W\d_]+\.?,?\s+\d{4}\b))\s+")

# Page furniture: a unit saying any of these is a subscription box, a cookie banner, a credit or a
# link list, even when it reads like a sentence ("Abonnez-vous à notre newsletter pour ...").
_FURNITURE = re.compile(
    r"newsletter|\babonnez|\babonnement|s'abonner|subscri(?:be|ption)|inscrivez|sign (?:up|in)\b|"
    r"\blog ?in\b|se connecter|(?:we|this site) uses? cookies|(?:nous utilisons|ce site utilise) des cookies|"
    r"lire aussi|read more|voir aussi|see also|related (?:articles?|stories|content)|droits réservés|"
    r"rights reserved|©|crédits? photo|photo credit|à propos de nous|about us|mentions légales|"
    r"recevez|\bspam\b|offre exclusive|vous recommande|suivez[- ]nous|follow us|rejoignez|je rejoins|"
    r"tous les (?:é|è)v(?:é|è)nements|cet (?:é|è)v(?:é|è)nement est pass",
    re.IGNORECASE,
)
# Words that mark furniture only in a short unit that is not a sentence (a menu, a share bar, a
# label): in an article's prose they are ordinary words ("co-sponsored by 120 countries",
# "a privacy law", "the bills listed on the order paper", "related to each theme").
_MENU_WORDS = re.compile(
    r"\babonn(?:e|é)|\binscri(?:t|ption)|connexion|\bshare\b|tweet|facebook|linkedin|whatsapp|"
    r"partager (?:l'|cet |sur )|^partager$|imprimer|print this|cookies?\b|publicit|advertis|sponsor|"
    r"(?<![\w-])related\b|légende|caption|"
    # "Privacy policy", not a headline on privacy ("Roundtable on drone privacy gathers regulators").
    r"privacy\s+(?:policy|notice|settings|statement|cent(?:re|er))|^privacy$|"
    r"(?:politique|paramètres|charte)\s+de\s+confidentialité|^confidentialité$|boutique|commentaires?\b|notification|chargement|"
    r"^(?:view|voir)\b.{0,30}\b(?:browser|navigateur)\b|"
    # A wire's end mark: "(END)", "-30-", "###", "— FIN —".
    r"^[\s(\[\-—–]*(?:end|fin|30)[\s)\]\-—–]*$|^#{3}$",
    re.IGNORECASE,
)
# Furniture after which a page has nothing more of its article: subscription, sharing, credits.
_END_OF_ARTICLE = re.compile(
    r"newsletter|recevez|\bshare\b|partager l|droits réservés|rights reserved|©|crédits? photo|"
    r"photo credit|légendes?\b|à propos de nous|about us|offre exclusive|related articles",
    re.IGNORECASE,
)
# A photo caption ends with its credit: "(Photo, AFP)", "(Photo : Reuters)", "Picture: PA".
_CAPTION = re.compile(
    r"(?:\(\s*(?:photos?|picture|image|crédits?|credits?|illustration)\b[^()]{0,40}\)"
    r"|\b(?:photos?|picture|image|crédits?|credits?)\s*:\s*[^.!?:]{1,40})\s*$",
    re.IGNORECASE,
)
_DATED_ITEM = re.compile(r"^[^:.!?]{0,30}\d[^:.!?]{0,30}\s*:\s+\S")
_DASHED_ITEM = re.compile(r"\W{0,3}(?P<days>[^:.!?–—]{0,40}?\d[^:.!?–—]{0,30}?)\s+[-–—]\s+(?P<what>\S.*)")
_LABEL_THEN_DATE = re.compile(r"(?P<label>[^\W\d_][^:.!?]{1,60}?)\s*:\s*(?P<rest>\S.*)$")
_SPAN_OPENING = re.compile(r"(?:(?:du|from|le|on)\s+)?", re.IGNORECASE)
_AFTER_LABELLED_DAY = 3  # "15 avril 2031 à midi", "1 June 2031 (23:59 CET)"
# "Conference: 10-12 June 2031, University of Lisbon": the item's place after its day.
_PLACE_AFTER_DAY = re.compile(r"\s*,\s*[^\W\d_][^,;:.!?()]{0,60}")
_CAPTION_WORDS = 60
_SHORT_CAPTION = 12
# A credit line: a byline ("By Jane Roe", "Par Jean Dupont") or an agency's "Reporting by ...".
# "By Jane Roe | May 3", "Par AFP — 30 septembre 2024", "Interview by ...", "Propos recueillis par ...".
_CREDIT_LINE = re.compile(
    r"^(?:(?:[Ii]nterview|[Ee]ntretien|[Pp]ropos recueillis|[Tt]exte?|[Ss]tory|[Ww]ords|[Aa]nalysis|[Aa]nalyse)\s+)?"
    r"(?:[Bb]y|[Pp]ar)\s+(?:"
    r"[A-ZÀ-Ý][\w.'\-]*(?:\s+[A-ZÀ-Ý][\w.'\-]*)*(?:\s*[,|/\-—–·].{0,60})?$"
    # "Par la rédaction – 12 janvier 2026", "By our correspondent | 3 May": a desk, then a date.
    r"|(?:la|le|les|l'|the|our|notre|nos)\s*[\w'\-]+(?:\s+[\w'\-]+){0,2}\s*[|/\-—–·]\s*[^.]{0,40}\d)"
    r"|\b(?:[Rr]eporting|[Ww]riting|[Ee]diting)\s+by\b"
)
_CREDIT_WORDS = 15
# A programme's item: a time, then what happens ("09:00 Opening remarks", "14h30 Table ronde").
_TIMED_ITEM = re.compile(
    r"^\d{1,2}(?:[:h.]\d{2}|\s*[ap]\.?m\.?)\s*(?:[-–—]\s*\d{1,2}(?:[:h.]\d{2})?\s*)?\S", re.IGNORECASE
)
_DAY_HEADING_WORDS = 5  # "Tuesday 2 September", "Mercredi 3 septembre 2031"
_STAMP_WORDS = 10  # "AI Policy Monitor — newsletter of 1 November 2031"
_URL_ONLY = re.compile(r"^(?:https?://|www\.)\S+$")
# An address or a link with a label ("Site : www.example.org", "75008 Paris"): contact furniture;
# not a document number ("CS/15359 · 18 juillet 2023" is a dateline).
_CONTACT = re.compile(r"https?://|www\.|(?<![/\w])\d{5}\s+[A-ZÀ-Ý]")
_PROSE_WORDS = 15
# From this many words, a short unit of two sentences is prose too (an interview's question).
_TWO_SENTENCES_WORDS = 8
_SENTENCE_END = re.compile(r"\w[.!?]\s+[A-ZÀ-Ý«\"]")
# A briefing's or an interview's labelled question: "Q: Will the minister attend?", "Question : ...".
QUESTION_LABEL = re.compile(r"\s*(?:Q|Question)\s*[:.-]\s", re.IGNORECASE)
# Bounds that keep a hostile document (one endless line, a megabyte title) from costing more than an
# article: a longer unit is cut at sentence ends, and only the start of the first header lines can hold
# a title or a dateline.
_LONGEST_UNIT = 5_000
_HEADER_UNITS = 30
_LONGEST_META = 300


@dataclass(frozen=True)
class Page:
    """A document as text: its header lines, its article paragraphs, and what its markup said."""

    header: list[str]
    paragraphs: list[str]
    title: str | None = None
    publisher: str | None = None
    published: str | None = None
    dropped: list[str] = field(default_factory=list)


def normalise_text(text: str) -> str:
    """One kind of apostrophe, quote and space; French guillemets with single inner spaces; a hyphen
    for a dash joining two words of one name ("Africa–US Dialogue", "India–France Year")."""
    text = text.translate(_QUOTES)
    text = _DASH_IN_NAME.sub("-", text)
    text = _GUILLEMETS.sub(lambda m: f"« {m.group(1)} »", text)
    return _SPACES.sub(" ", text)


def read_page(raw: str, fmt: str) -> Page:
    """Split a document into header and article paragraphs, leaving furniture out."""
    meta: dict[str, str] = {}
    if fmt == "html":
        raw, meta = _html_text(raw)
    elif fmt == "md":
        raw, meta = _markdown_text(raw)
    units = [piece for unit in _units(normalise_text(raw)) for piece in _cut(unit)]
    header, paragraphs, dropped = _split(units)
    return Page(
        header=[unit[:_LONGEST_META] for unit in header[:_HEADER_UNITS]],
        paragraphs=paragraphs,
        title=_bounded(meta.get("title")),
        publisher=_bounded(meta.get("publisher")),
        published=_bounded(meta.get("published")),
        dropped=dropped,
    )


def _cut(unit: str) -> list[str]:
    """A unit longer than any real paragraph (text without line breaks), in pieces at sentence ends."""
    pieces = []
    while len(unit) > _LONGEST_UNIT:
        window = unit[:_LONGEST_UNIT]
        cut = max(window.rfind(". "), window.rfind("! "), window.rfind("? ")) + 1 or window.rfind(" ")
        if cut <= 0:
            cut = _LONGEST_UNIT
        pieces.append(unit[:cut].strip())
        unit = unit[cut:].strip()
    return [piece for piece in [*pieces, unit] if piece]


def _bounded(value: str | None) -> str | None:
    return value[:_LONGEST_META].strip() if value else value


def _units(text: str) -> list[str]:
    """Lines joined back into paragraphs where a sentence was only wrapped; list items kept apart."""
    units: list[str] = []
    joinable = False
    for raw_line in text.splitlines():
        line = raw_line.strip()
        if not line:
            joinable = False
            continue
        bullet = _BULLET.match(line)
        line = _BULLET.sub("", line).strip()
        if not line:
            continue
        wrapped = line[0].islower() and not units[-1].endswith((".", "!", "?")) if units else False
        if joinable and not bullet and wrapped:
            units[-1] = f"{units[-1]} {line}"
        else:
            units.append(line)
        joinable = True
    return units


def _is_prose(unit: str, words: int = _PROSE_WORDS) -> bool:
    """Enough words ending a sentence; or several sentences, for a capture cut off mid-word, and
    for an interview's short question after what it asks about ("Vous accueillerez le sommet. Qu'en
    attendez-vous ?")."""
    if len(unit.split()) < words:
        two = _SENTENCE_END.search(unit) is not None and unit.rstrip()[-1:] in ".!?"
        return two and len(unit.split()) >= _TWO_SENTENCES_WORDS
    return unit.rstrip()[-1:] in '.!?»":;)' or len(_SENTENCE_END.findall(unit)) >= 2


def _is_item(unit: str) -> bool:
    """A dated entry of a timeline ("May 19-21, 2023: G7 leaders launch the process."): a short
    sentence that opens with a date and a colon, so the list after a title is the article; or a
    calendar's line of days, a dash and the gathering ("Du 8 au 10 octobre - Forum des drones, Oslo")."""
    if _is_prose(unit, words=6) and _DATED_ITEM.match(unit) is not None:
        return True
    dashed = _DASHED_ITEM.match(unit)
    return (
        dashed is not None
        and only_days(dashed.group("days"), or_one=True)
        and KIND_WORD.search(dashed.group("what")) is not None
    )


# Labels of a date something must be done by ("Date limite de dépôt :", "Application deadline:").
DEADLINE_LABEL = re.compile(
    r"\b(?:deadline|due|closes?|closing|submissions?|registration|applications?|nominations?|date limite"
    r"|clôture|dépôt|soumission|inscriptions?|candidatures?)\b",
    re.IGNORECASE,
)


def dated_label(unit: str) -> re.Match[str] | None:
    """An item of a list of dates ("Abstract submission deadline: 15 May 2031", "Atelier : 22
    septembre"): a short label, a colon, then a day and little else; not a stamp ("Mis à jour :")."""
    found = _LABEL_THEN_DATE.match(_BULLET.sub("", unit))
    if found is None or not labelled_for_another(f"{found.group('label')}:"):
        return None
    said = grammar.scan(found.group("rest"), grammar.HEADER)
    # "du 10 au 14 avril 2031", "from 10 to 14 April": a span's word before its first day
    if (
        not said
        or said[0].first.day is None
        or not _SPAN_OPENING.fullmatch(found.group("rest")[: said[0].start])
    ):
        return None
    after = found.group("rest")[said[-1].end :]
    return found if len(after.split()) <= _AFTER_LABELLED_DAY or _PLACE_AFTER_DAY.fullmatch(after) else None


def _dated_labels(units: list[str], at: int) -> bool:
    """Whether a unit opens a run of two dated labels or more: a list the article is."""
    return (
        dated_label(units[at]) is not None and at + 1 < len(units) and dated_label(units[at + 1]) is not None
    )


def _a_deadline(unit: str) -> bool:
    """A dated label of a deadline under the title ("Date limite de dépôt : 15 mars 2031"): what
    the page is for, read as the article's first line."""
    found = dated_label(unit)
    return found is not None and DEADLINE_LABEL.search(found.group("label")) is not None


def _is_caption(unit: str) -> bool:
    """A unit ending with a credit: in brackets, a caption of any length up to _CAPTION_WORDS;
    after a label ("Picture: PA"), a short one, as a paragraph may carry a credit glued to its end."""
    found = _CAPTION.search(unit)
    if found is None or len(unit.split()) > _CAPTION_WORDS:
        return False
    return found.group(0).lstrip().startswith("(") or len(unit[: found.start()].split()) <= _SHORT_CAPTION


def ends_on_photo_credit(unit: str) -> bool:
    """ "... at the summit in Washington, July 23, 2025. Photo: Pool": a caption, never a headline."""
    return _CAPTION.search(unit) is not None


def is_credit(unit: str) -> bool:
    return len(unit.split()) <= _CREDIT_WORDS and bool(_CREDIT_LINE.search(unit))


def _without_credit(unit: str) -> str:
    """A paragraph without the photo credit glued to its end ("... Photo : Jean Roux / AFP")."""
    found = _CAPTION.search(unit)
    return unit[: found.start()].rstrip() if found and not _is_caption(unit) else unit


def _is_furniture(unit: str) -> bool:
    if _URL_ONLY.match(unit) or (len(unit.split()) <= 6 and _CONTACT.search(unit)):
        return True
    if _is_caption(unit) or is_credit(unit):
        return True
    if len(unit.split()) > 40 or dated_label(unit) is not None:
        return False  # "Clôture des inscriptions : 15 avril 2031" is no sign-up box
    return bool(_FURNITURE.search(unit)) or (not _is_prose(unit, words=6) and bool(_MENU_WORDS.search(unit)))


def _is_short_sentence(unit: str) -> bool:
    return unit.endswith(".") and _is_prose(unit, words=8) and not _is_furniture(unit)


def _day_heading(unit: str) -> bool:
    """A short line with a day and its weekday but no year under the page's stamp ("Mardi 7
    octobre", "Tuesday 7 October") heads an agenda's first item; a dateline, which says the page's
    date, has its year."""
    return _weekday_line(unit, yearless=True)


def _weekday_line(unit: str, *, yearless: bool = False) -> bool:
    """A short line with a weekday and its day ("Mercredi 12 mai 2027", "Tuesday 20 April"), with
    no year when ``yearless``."""
    return len(unit.split()) <= _DAY_HEADING_WORDS and any(
        said.first.weekday is not None
        and said.first.day is not None
        and not (yearless and said.first.year is not None)
        for said in grammar.scan(unit, grammar.HEADER)
    )


def _heads_first_day(units: list[str], at: int) -> bool:
    """ "Mardi 11 mai 2027" right under a programme's title heads its first day, not the page's date,
    when another such line heads a later day: a dateline is written once."""
    return _weekday_line(units[at]) and any(_weekday_line(unit) for unit in units[at + 1 :])


def _a_stamp(unit: str) -> bool:
    """A short header line giving a full day ("AI Policy Monitor — newsletter of 1 November 2031"):
    the page's date, whatever furniture word it holds; a byline is kept apart for it already."""
    return (
        len(unit.split()) <= _STAMP_WORDS
        and not is_credit(unit)
        and any(
            said.first.day is not None and said.first.year is not None
            for said in grammar.scan(unit, grammar.HEADER)
        )
    )


def _first_prose(units: list[str], start: int) -> int | None:
    """Where the article starts: a caption reads as prose, but it is furniture of the header."""
    return next(
        (
            i
            for i, unit in enumerate(units[start:], start)
            # A labelled question opens the exchange that the article is ("Q: Will she attend?").
            if (
                _is_prose(unit)
                or (i and (_is_item(unit) or QUESTION_LABEL.match(unit) or _dated_labels(units, i)))
                or (i and _a_deadline(unit))
            )
            and not _is_caption(unit)
        ),
        None,
    )


# "Day 1 — Tuesday 9 March 2027", "Jour 2 : mercredi 10 mars": a programme's day, never a dateline.
_DAY_LABEL = re.compile(
    r"(?:day|jour|journée)\s+(?:\d{1,2}|one|two|three|un|deux|trois)\b\W{1,4}\S+(?:\s+\S+){1,4}$",
    re.IGNORECASE,
)


def _split(units: list[str]) -> tuple[list[str], list[str], list[str]]:
    """Header (everything before the first real paragraph) and article paragraphs.

    Header lines are kept only for metadata (title, dateline): menus and
    breadcrumbs live there. In the article, furniture units are dropped, a
    label such as "Photo :" takes the short line after it along, and
    subscription, sharing or credit blocks end the article.
    """
    first_prose = _first_prose(units, 0)
    if first_prose is not None and first_prose + 1 < len(units) and is_credit(units[first_prose + 1]):
        # A long headline ending on a quotation mark reads as prose: the byline under it says it is one.
        first_prose = _first_prose(units, first_prose + 2)
    short = None
    if first_prose is None:
        # A short text (a note, a pasted paragraph): its first sentence-like unit starts the article.
        first_prose = next((i for i, unit in enumerate(units) if _is_prose(unit, words=5)), len(units))
    else:
        # A programme's short items before its first long paragraph ("Welcome by Jane Roe, Director
        # of the Forum."): the article starts at the first short sentence below the title.
        short = next((i for i in range(2, first_prose) if _is_short_sentence(units[i])), None)
    # A programme of timed items with no sentence before its first long one: its first item or the
    # day heading it.
    timed = next((i for i, unit in enumerate(units[:first_prose]) if i and _TIMED_ITEM.match(unit)), None)
    if short is not None:
        first_prose = short
    elif timed is not None:
        # A short line with a number right before it heads it, unless that is the title or the
        # line under it (a dateline, kept in the header for the page's date).
        labelled = _DAY_LABEL.match(units[timed - 1]) is not None or _heads_first_day(units, timed - 1)
        heading = (timed > 2 and len(units[timed - 1].split()) <= _DAY_HEADING_WORDS) or labelled
        first_prose = timed - 1 if heading and any(ch.isdigit() for ch in units[timed - 1]) else timed
    if 1 < first_prose < len(units) and (
        (first_prose > 2 and _day_heading(units[first_prose - 1])) or _heads_first_day(units, first_prose - 1)
    ):
        first_prose -= 1  # "Mardi 7 octobre" over an agenda's first item: the item's day
    before = units[:first_prose]
    kept = [not _is_furniture(u) or _a_stamp(u) for u in before]
    header = [u for u, keep in zip(before, kept, strict=True) if keep]
    paragraphs: list[str] = []
    dropped = [u for u, keep in zip(before, kept, strict=True) if not keep]
    skip_next = False
    for position, unit in enumerate(units[first_prose:]):
        if skip_next and len(unit.split()) <= 12:
            dropped.append(unit)
            skip_next = False
            continue
        skip_next = False
        if _is_furniture(unit):
            dropped.append(unit)
            if _END_OF_ARTICLE.search(unit):
                dropped.extend(units[first_prose + position + 1 :])
                break
            skip_next = unit.endswith(":")
            continue
        paragraphs.append(_without_credit(unit))
    return header, paragraphs, dropped


# ------------------------------------------------------------------ HTML

_SKIPPED_TAGS = {
    "script",
    "style",
    "nav",
    "footer",
    "aside",
    "form",
    "noscript",
    "svg",
    "iframe",
    "button",
    "figcaption",
    "select",
    "template",
}
_SKIPPED_CLASS = re.compile(
    r"share|social|newsletter|subscri|cookie|advert|\bads?\b|promo|related|comment|breadcrumb|sidebar|"
    r"\bmenu\b|footer|\bnav|popup|modal|banner|signup|paywall",
    re.IGNORECASE,
)
_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr", "area", "base", "col", "embed", "track"}
_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "blockquote",
    "tr",
    "table",
    "figure",
    "time",
    "dd",
    "dt",
}


class _TextParser(HTMLParser):
    """Collects the visible article text and the few meta tags that describe the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self._stack: list[tuple[str, bool]] = []
        self._open: Counter[str] = Counter()  # tags on the stack: a stray end tag costs no walk down it
        self._skipping = 0
        self._capture: str | None = None
        self._captured: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            self._read_meta(values)
        if tag == "time" and values.get("datetime"):
            self.meta.setdefault("published", values["datetime"])
        if tag == "br":
            self.parts.append("\n")
        if tag in _VOID:
            return
        skipped = tag in _SKIPPED_TAGS or bool(
            _SKIPPED_CLASS.search(
                f"{values.get('class', '')} {values.get('id', '')} {values.get('role', '')}"
            )
        )
        self._stack.append((tag, skipped))
        self._open[tag] += 1
        self._skipping += skipped
        if tag in ("title", "h1") and tag not in self.meta and not self._skipping:
            self._capture, self._captured = tag, []
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if not self._open[tag]:
            return
        while self._stack:
            name, skipped = self._stack.pop()
            self._open[name] -= 1
            self._skipping -= skipped
            if name == tag:
                break
        if tag == self._capture:
            self.meta[tag] = " ".join("".join(self._captured).split())
            self._capture = None
        if tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._capture:
            self._captured.append(data)
        if self._skipping or (self._stack and self._stack[-1][0] == "title"):
            return
        self.parts.append(data.replace("\n", " "))

    def _read_meta(self, values: dict[str, str]) -> None:
        name = (values.get("property") or values.get("name") or "").lower()
        content = values.get("content", "").strip()
        if not content:
            return
        if name == "og:site_name":
            self.meta.setdefault("publisher", content)
        elif name in ("article:published_time", "date", "dc.date", "pubdate", "og:published_time"):
            self.meta.setdefault("published", content)
        elif name == "og:title":
            self.meta.setdefault("og_title", content)


def _html_text(raw: str) -> tuple[str, dict[str, str]]:
    parser = _TextParser()
    parser.feed(raw)
    parser.close()
    meta = dict(parser.meta)
    title = meta.pop("h1", None) or meta.pop("og_title", None) or meta.get("title")
    meta["title"] = title or ""
    if not meta["title"]:
        del meta["title"]
    return "".join(parser.parts), meta


# -------------------------------------------------------------- Markdown

# Brackets, parentheses and the emphasis mark are kept out of what they enclose, so that a line
# of unclosed ones ("[[[[", "**a **a") costs one pass instead of a search to its end from each.
_MD_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # a link's address and title, with one level of (...)
_MD_IMAGE = re.compile(r"!\[[^\[\]]*\]" + _MD_TARGET)
_MD_LINK = re.compile(r"\[([^\[\]]+)\]" + _MD_TARGET)
_MD_EMPHASES = [
    re.compile(r"\*\*(?=\S)([^*]+?)(?<=\S)\*\*"),
    re.compile(r"__(?=\S)([^_]+?)(?<=\S)__"),
    re.compile(r"\*(?=\S)([^*]+?)(?<=\S)\*"),
    re.compile(r"(?<!\w)_(?=\S)([^_]+?)(?<=\S)_"),
]
_MD_HEADING = re.compile(r"^#{1,6}\s+")
_FRONT_KEY = re.compile(r"^(\w+):\s*(.+?)\s*$")


def _markdown_text(raw: str) -> tuple[str, dict[str, str]]:
    meta: dict[str, str] = {}
    lines = raw.splitlines()
    if lines and lines[0].strip() == "---":
        end = next((i for i, line in enumerate(lines[1:], 1) if line.strip() == "---"), None)
        if end is not None:
            for line in lines[1:end]:
                found = _FRONT_KEY.match(line)
                if found:
                    key, value = found.group(1).lower(), found.group(2).strip("\"'")
                    key = {"date": "published", "source": "publisher", "site": "publisher"}.get(key, key)
                    if key in ("title", "published", "publisher"):
                        meta[key] = value
            lines = lines[end + 1 :]
    out: list[str] = []
    fenced = False
    for line in lines:
        if line.strip().startswith("```"):
            fenced = not fenced
            continue
        if fenced or re.fullmatch(r"\s*([-*_])(\s*\1){2,}\s*", line):
            continue
        if line.startswith("# ") and "title" not in meta:
            meta["title"] = line[2:].strip()
        line = _MD_HEADING.sub("", line)
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        for emphasis in _MD_EMPHASES:
            line = emphasis.sub(r"\1", line)
        out.append(line)
    return "\n".join(out), meta
