"""`sommet ingest URL`: a news page fetched, its article read, the document remembering its URL."""

from __future__ import annotations

from sommet.cli import main
from sommet.ingest.web import page_source
from sommet.store import Store
from tests.web import answer, articles, local_site, news_page

NAIROBI = articles()[0]


def test_a_link_is_read_into_the_store_and_its_sources_link_to_it(tmp_path, capsys):
    db = tmp_path / "s.db"
    with local_site({"/news/nairobi": answer(news_page(NAIROBI, semantic=False))}) as site:
        url = site.url("/news/nairobi")
        assert main(["ingest", "--db", str(db), url]) == 0
        assert "1 documents read" in capsys.readouterr().out
        assert main(["ingest", "--db", str(db), url]) == 0  # known by its URL: not even fetched again
        assert "1 skipped" in capsys.readouterr().out
        assert [path for path, _ in site.hits] == ["/news/nairobi"]
    store = Store.open(db)
    try:
        summit = next(e for e in store.all_events() if e.name == "Global AI Testing Summit")
        [source] = store.sources("event", summit.id)
        assert (source.url, source.title, source.publisher) == (url, NAIROBI.title, "Example News")
        names = {actor.name for actor in store.all_actors()}
        assert "Sarah Whitfield" not in names  # a reader's comment is not the article
    finally:
        store.close()


def test_failing_links_are_reported_and_change_nothing(tmp_path, capsys):
    db = tmp_path / "s.db"
    routes = {
        "/gone": answer("no", status=404),
        "/broken": answer("oops", status=500),
        "/file.pdf": answer(b"%PDF", content_type="application/pdf"),
        "/empty": answer("<html><body><nav>Accueil</nav></body></html>"),
        "/garbage": answer(b"\xff\xfe<<<\x00\x01 not html at all"),
    }
    main(["init", "--db", str(db)])
    before = Store.open(db)
    counts = before.counts()
    before.close()
    capsys.readouterr()
    with local_site(routes) as site:
        assert main(["ingest", "--db", str(db), *(site.url(path) for path in routes)]) == 1
    out, err = capsys.readouterr()
    assert "HTTP 404" in err and "HTTP 500" in err and "application/pdf" in err
    assert "2 with nothing to add, 3 failed" in out  # a menu alone, bytes that are no page
    after = Store.open(db)
    assert after.counts() == counts
    after.close()


def test_the_same_article_at_another_address_is_known_by_its_text():
    page = news_page(NAIROBI).encode("utf-8")
    first = page_source("https://a.example/x", page)
    other_furniture = page.replace(b"Accueil", b"Home")
    second = page_source("https://b.example/y?utm=feed", other_furniture)
    assert first is not None and second is not None
    assert first.sha256 == second.sha256
    assert first.url != second.url


def test_sommet_forget_takes_a_link_back_and_dry_run_changes_nothing(tmp_path, capsys):
    db = tmp_path / "s.db"
    main(["init", "--db", str(db)])
    store = Store.open(db)
    counts = store.counts()
    store.close()
    with local_site({"/nairobi": answer(news_page(NAIROBI))}) as site:
        assert main(["ingest", "--db", str(db), site.url("/nairobi")]) == 0
    capsys.readouterr()
    assert main(["forget", "--db", str(db), "--dry-run", site.url("/nairobi")]) == 0
    assert "Events removed (" in capsys.readouterr().out
    store = Store.open(db)
    assert store.counts()["documents"] == counts["documents"] + 1
    store.close()
    assert main(["forget", "--db", str(db), site.url("/nairobi")]) == 0
    out = capsys.readouterr().out
    assert "Global AI Testing Summit" in out
    store = Store.open(db)
    assert store.counts() == counts
    store.close()
    assert main(["forget", "--db", str(db), site.url("/nairobi")]) == 1
    assert "No document here is called" in capsys.readouterr().err
