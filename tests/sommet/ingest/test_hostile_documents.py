"""Hostile documents: each fails politely on its own, the run goes on, and the store is never half-written."""

from __future__ import annotations

import json
import random
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sommet.admin import Admin
from sommet.cli import main
from sommet.errors import UserError
from sommet.export import export
from sommet.ingest import pipeline
from sommet.ingest.actors import _common_noun
from sommet.ingest.clean import read_page
from sommet.ingest.merge import merge
from sommet.ingest.model import Extraction, FoundEvent
from sommet.ingest.pipeline import MAX_BYTES, extract, source_from_bytes
from sommet.ingest.run import ingest_paths
from sommet.service import Sommet
from sommet.store import Store

FIXTURES = Path(__file__).resolve().parent.parent.parent / "fixtures"
TODAY = date(2035, 1, 1)
GOOD = "english_summit.txt"

FURNITURE_HTML = (
    "<html><head><title>Menu</title></head><body><nav><a href='/'>Accueil</a> <a>Politique</a></nav>"
    "<div class='share'>Partager sur Facebook · Twitter · LinkedIn</div>"
    "<div class='newsletter'>Recevez notre newsletter chaque matin</div>"
    "<footer>© Le Journal, tous droits réservés</footer></body></html>"
)
FURNITURE_TEXT = "Abonnez-vous\nNewsletter\nPartager sur Facebook\nLire aussi\n© 2031 Tous droits réservés\n"

# name -> (bytes, what the run reports: "failed" with this text, or "empty").
HOSTILE = {
    "binary.txt": (random.Random(1).randbytes(50_000), "binary data"),
    "utf16.txt": ("Le sommet de Paris".encode("utf-16"), "binary data"),
    "latin1.md": ("Le sommet de Genève a réuni la ministre.".encode("latin-1"), "not UTF-8 text"),
    "nul.html": (b"<p>Le sommet\x00 de Paris</p>", "binary data"),
    "huge.txt": (b"Le sommet. " * (MAX_BYTES // 11 + 1), "larger than 10 MB"),
    "empty.md": (b"", "empty"),
    "blank.txt": (b"  \n\n\t \r\n \xc2\xa0 \n", "empty"),
    "furniture.html": (FURNITURE_HTML.encode(), "empty"),
    "furniture.txt": (FURNITURE_TEXT.encode(), "empty"),
    "nested.html": (b"<div>" * 10_000 + b"<span>" * 10_000 + b"Accueil", "empty"),
    "malformed.html": (b"<html><p>un <b <i>>> </p </div> <!-- jamais ferm\xc3\xa9 <script>x = '<'", "empty"),
    "front_matter.md": (b"---\ntitle: [pas ferm\xc3\xa9\ndate: :::\n- - -\n", "empty"),
    "one_word.txt": (b"a" * 300_000, "empty"),
    # Each of these used to be searched to the end of the line from every mark (minutes to hours).
    "brackets.md": (b"[" * 200_000, "empty"),
    "unclosed_marks.md": (b"**a [a](" * 40_000, "empty"),
    "guillemets.txt": ("« ".encode() * 100_000, "empty"),
    "stray_end_tags.html": (b"<div>" * 20_000 + b"</span>" * 20_000, "empty"),
}


def _outcome(store: Store, folder: Path):
    return ingest_paths(store, [folder], today=TODAY)


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_a_hostile_document_is_reported_and_leaves_the_store_unchanged(tmp_path, name):
    raw, expected = HOSTILE[name]
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / name).write_bytes(raw)
    store = Store.open(tmp_path / "sommet.db")
    before = json.dumps(export(store), sort_keys=True)
    outcome = _outcome(store, folder)
    if expected == "empty":
        assert (outcome.empty, outcome.failures) == ([name], [])
    else:
        (failure,) = outcome.failures
        assert name in failure and expected in failure
    assert outcome.reports == []
    assert json.dumps(export(store), sort_keys=True) == before
    assert store.counts()["documents"] == 0
    store.close()


def test_hostile_documents_fail_one_by_one_and_the_good_one_is_read(tmp_path, capsys):
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, (raw, _) in HOSTILE.items():
        if name != "huge.txt":  # its own test; 10 MB need not be written twice
            (folder / name).write_bytes(raw)
    (folder / GOOD).write_bytes((FIXTURES / GOOD).read_bytes())
    db = tmp_path / "sommet.db"
    assert main(["ingest", "--db", str(db), str(folder)]) == 1
    out, err = capsys.readouterr()
    # The four that are not text fail before they count as read.
    assert out.startswith("13 documents read, 0 skipped (already known), 12 with nothing to add, 4 failed.")
    assert "Traceback" not in out + err
    failing = {name: why for name, (_, why) in HOSTILE.items() if why != "empty" and name != "huge.txt"}
    for line in err.splitlines():
        word, path, reason = line.split(": ", 2)
        assert word == "failed" and failing.pop(Path(path).name) in reason
    assert failing == {}
    store = Store.open(db)
    summit = next(e for e in store.all_events() if e.name == "Global AI Testing Summit")
    assert [s.file_name for s in store.sources("event", summit.id)] == [GOOD]
    store.close()


def test_a_document_whose_reading_breaks_is_reported_and_the_others_in_its_batch_are_read(
    tmp_path, monkeypatch
):
    # Any fault left in the rules must cost one document, not the run (extraction reads ahead).
    real = pipeline._extraction

    def breaks_on_one(source, *args):
        if source.file_name == "b.txt":
            raise IndexError("list index out of range")
        return real(source, *args)

    monkeypatch.setattr(pipeline, "_extraction", breaks_on_one)
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, fixture in (("a.txt", GOOD), ("b.txt", GOOD), ("c.md", "french_webinar.md")):
        (folder / name).write_bytes((FIXTURES / fixture).read_bytes() + name.encode())
    store = Store.open(tmp_path / "sommet.db")
    outcome = _outcome(store, folder)
    assert outcome.failures == ["b.txt: could not be read (list index out of range)"]
    assert [report.file_name for report in outcome.reports] == ["a.txt", "c.md"]
    assert sorted(d["file_name"] for d in store.db["documents"].rows) == ["a.txt", "c.md"]
    store.close()


def test_a_line_too_long_for_the_recogniser_is_cut_at_sentence_ends():
    # spaCy refuses a text over 1,000,000 characters; a document without line breaks used to be one.
    page = read_page("Le ministre a parlé longuement du budget de la recherche. " * 25_000, "txt")
    assert len(page.paragraphs) > 200
    assert max(len(p) for p in page.paragraphs) <= 5_000
    assert all(p.endswith("recherche.") for p in page.paragraphs)


def test_a_long_line_is_read_like_paragraphs():
    text = "Un texte sans retour à la ligne sur la politique numérique. " * 200
    text += "Le Sommet de Nairobi sur l'IA se tiendra le 12 mars 2031 au Kenya. " + text
    found = extract(text, file_name="long.txt", today=TODAY)
    assert [(e.name, e.start.iso()) for e in found.events if e.start] == [
        ("Sommet de Nairobi sur l'IA", "2031-03-12")
    ]


def test_markdown_marks_guillemets_and_links_still_read_after_the_linear_rules():
    md = (
        'Le **Conseil** et l\'*Agence* ont __publié__ [leur avis](https://example.org/a_(b) "Avis") '
        "et ![une image](i.png) sur le projet _Ville_ avec «  Tech Day  » hier soir."
    )
    assert read_page(md, "md").paragraphs == [
        "Le Conseil et l'Agence ont publié leur avis et sur le projet Ville avec « Tech Day » hier soir."
    ]


@pytest.mark.parametrize(
    ("name", "text", "common"),
    [
        ("Sommet", "Le sommet a eu lieu.", True),
        ("Commission européenne", "La commission européenne a parlé.", True),
        ("Commission européenne", "La commission a parlé au nom de l'Europe européenne.", False),
        ("Dupont", "M. Dupont a parlé.", False),
        ("Énergie", "l'énergie du pays", False),  # after an apostrophe it is no word of its own
        ("Jean-Luc Martin", "jean-luc martin, en minuscules", True),
    ],
)
def test_a_name_written_in_lower_case_elsewhere_is_a_common_noun(name, text, common):
    # _common_noun looks words up before searching the whole text; the answers must not change.
    assert _common_noun(name, text) is common


def test_a_megabyte_title_is_cut_short():
    page = read_page(f"<html><head><title>{'Sommet ' * 200_000}</title></head><body></body></html>", "html")
    assert len(page.title) <= 300


def test_text_nested_ten_thousand_levels_deep_is_read():
    html = "<div>" * 10_000 + "<p>Le Sommet de Nairobi sur l'IA se tiendra le 12 mars 2031 au Kenya.</p>"
    found = extract(html + "</div>" * 10_000, fmt="html", today=TODAY)
    assert [e.name for e in found.events] == ["Sommet de Nairobi sur l'IA"]


def test_an_event_quoted_between_two_sentences_does_not_stop_the_reading():
    # The mention starts in the spaces between two sentences, where no sentence holds it.
    found = extract('" " " Conférence "', fmt="md")
    assert all(event.actors == [] for event in found.events)


def test_a_merge_that_fails_half_way_leaves_the_file_store_as_it_was(tmp_path):
    store = Store.open(tmp_path / "sommet.db")
    before = json.dumps(export(store), sort_keys=True)
    extraction = Extraction(
        file_name="half.txt",
        sha256="b" * 64,
        title=None,
        publisher=None,
        published=None,
        language="fr",
        events=[FoundEvent("Forum de Lyon", "forum"), FoundEvent(None, "forum")],  # type: ignore[arg-type]
        actors=[],
    )
    with pytest.raises(TypeError):  # the second event, after the document and the first were written
        merge(store, extraction)
    store.close()
    reopened = Store.open(tmp_path / "sommet.db")
    assert json.dumps(export(reopened), sort_keys=True) == before
    assert reopened.counts()["documents"] == 0
    reopened.close()


# ------------------------------------------------------------------ /admin ingest


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        (HOSTILE["binary.txt"][0], "ingest.not_text"),
        (HOSTILE["latin1.md"][0], "ingest.not_text"),
        (HOSTILE["nul.html"][0], "ingest.not_text"),
        (b"x" * 1_000_001, "ingest.too_big"),
    ],
)
def test_an_upload_the_bot_cannot_read_is_refused_politely(raw, key):
    admin = Admin(Sommet.open(memory=True))
    with pytest.raises(UserError) as refused:
        admin.read_upload("article.txt", raw)
    assert refused.value.message.key == key


@pytest.mark.parametrize(
    "name", ["empty.md", "blank.txt", "furniture.html", "nested.html", "front_matter.md"]
)
def test_an_upload_with_nothing_to_read_finds_nothing(name):
    admin = Admin(Sommet.open(memory=True))
    found = admin.extract(admin.read_upload(name, HOSTILE[name][0]))
    assert (found.events, found.actors) == ([], [])


# ------------------------------------------------------------------ generated documents

WORDS = st.sampled_from(
    [
        "Le", "sommet", "Sommet", "de", "Paris", "le", "10", "février", "2025", "Summit", "AI", "M.",
        "OCDE", "(OCDE)", "«", "»", '"', "'", "\n", "\n\n", ".", ",", "2031-03-12", "mars", "12-13",
        "<p>", "</p>", "<div class='share'>", "<b>", "---", "title:", "date:", "# ", "[", "](", ")", "**",
        "Conférence", "visite", "d'État", "à", "Nairobi", "le même jour", "lundi", "hier", "UNESCO", "–",
        "\u200b", "\u202e", "🙂", "@everyone", "<@123>", "\r",
    ]
)  # fmt: skip
DOCUMENTS = st.one_of(
    st.text(max_size=2_000),
    st.lists(WORDS, max_size=300).map(" ".join),
    st.lists(st.one_of(WORDS, st.text(max_size=4)), max_size=200).map("".join),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=DOCUMENTS, fmt=st.sampled_from(["txt", "md", "html"]))
def test_any_text_in_any_format_reads_without_error(text, fmt):
    found = extract(text, fmt=fmt, today=TODAY)
    assert all(event.name and len(event.name) < len(text) + 1 for event in found.events)


@settings(max_examples=200, deadline=None)
@given(raw=st.binary(max_size=2_000), name=st.sampled_from(["a.txt", "a.md", "a.html", "a.pdf"]))
def test_any_bytes_become_a_document_or_a_reason(raw, name):
    try:
        source = source_from_bytes(name, raw)
    except ValueError as error:
        assert str(error)
    else:
        assert source.text.encode("utf-8") == raw and "\x00" not in source.text
