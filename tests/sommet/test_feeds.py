"""Following feeds from the shell: add, poll, list, remove; conditional requests, bounds, backoff."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sommet.cli import main
from sommet.feeds import parse_feed, run_pass
from sommet.fetch import FetchError, Policy
from sommet.service import Sommet
from tests.web import answer, articles, atom, conditional, local_site, news_page, rss

NOW = datetime(2026, 12, 1, 9, tzinfo=UTC)
NAIROBI, NORDIC, DAKAR = articles()


def _routes(feed_route):
    return {
        "/feed": feed_route,
        "/a/nairobi": answer(news_page(NAIROBI)),
        "/a/nordic": answer(news_page(NORDIC, semantic=False)),
        "/a/dakar": answer(news_page(DAKAR)),
    }


def _feed(site, make=rss):
    return make(
        "Policy news",
        [(a.title, site.url(f"/a/{key}")) for a, key in ((NAIROBI, "nairobi"), (NORDIC, "nordic"))],
    )


def test_the_cli_follows_a_feed_polls_it_once_and_never_takes_an_article_twice(tmp_path, capsys):
    db = str(tmp_path / "s.db")
    with local_site() as site:
        site.routes.update(_routes(conditional(_feed(site))))
        assert main(["feeds", "--db", db, "add", site.url("/feed")]) == 0
        assert "Following" in capsys.readouterr().out
        assert main(["feeds", "--db", db, "poll"]) == 0
        out = capsys.readouterr().out
        assert "2 new articles fetched, 2 documents added" in out
        assert main(["search", "--db", db, "Nairobi testing"]) == 0
        capsys.readouterr()
        app = Sommet.open(db)
        assert "Global AI Testing Summit" in {e.name for e in app.store.all_events()}
        app.store.db.execute("UPDATE feeds SET next_poll = NULL")  # due again at once
        app.close()
        assert main(["feeds", "--db", db, "poll"]) == 0
        assert "0 new articles fetched" in capsys.readouterr().out
        requests = [(path, headers.get("If-None-Match")) for path, headers in site.hits if path == "/feed"]
        assert requests[-1] == ("/feed", '"v1"')  # the second poll was conditional
        assert [path for path, _ in site.hits].count("/a/nairobi") == 1
        assert main(["feeds", "--db", db, "list"]) == 0
        listed = capsys.readouterr().out
        assert "Policy news" in listed and "not modified" in listed
        assert main(["feeds", "--db", db, "remove", site.url("/feed")]) == 0
        assert main(["feeds", "--db", db, "remove", site.url("/feed")]) == 1
        assert "No feed followed here" in capsys.readouterr().err


@pytest.mark.parametrize("make", [rss, atom])
async def test_rss_and_atom_feeds_give_their_links(make):
    title, entries = parse_feed(
        make("Wire", [("One", "https://a.example/1"), ("Two", "https://a.example/2")]).encode()
    )
    assert title == "Wire"
    assert [e.url for e in entries] == ["https://a.example/1", "https://a.example/2"]


def test_a_page_that_is_no_feed_is_refused():
    with pytest.raises(FetchError):
        parse_feed(b"\x00\x01 definitely <<not a feed")


async def test_a_failing_feed_backs_off_and_says_why_and_a_pass_is_bounded():
    app = Sommet.open(memory=True)
    store = app.store
    with local_site() as site:
        site.routes["/broken"] = answer("boom", status=500)
        many = [(f"Article {i}", site.url(f"/a/{i}")) for i in range(7)]
        site.routes["/many"] = answer(rss("Many", many), content_type="application/rss+xml")
        for i in range(7):
            site.routes[f"/a/{i}"] = answer(news_page(NAIROBI if i == 0 else NORDIC))
        store.feeds.add(site.url("/broken"), guild_id=None, now=NOW)
        store.feeds.add(site.url("/many"), guild_id=None, now=NOW)
        report = await run_pass(store, now=NOW, policy=Policy(timeout=5))
        broken, many_feed = store.feeds.list(guild_id=None)
        assert broken.failures == 1 and "HTTP 500" in broken.status
        assert broken.next_poll == NOW + timedelta(hours=2)
        assert report.articles == 5 and "2 left for the next pass" in many_feed.status
        assert "Global AI Testing Summit" in [e.name for e in report.changed]
        later = NOW + timedelta(hours=1)
        again = await run_pass(store, now=later, policy=Policy(timeout=5))
        assert again.feeds == 1 and again.articles == 2  # the broken feed is still waiting
        assert again.changed == []
        assert store.feeds.list(guild_id=None)[0].failures == 1
    app.close()


async def test_a_servers_feed_teaches_that_server_alone_unless_the_operator_trusts_it():
    team, other, summit = 101, 202, "Global AI Testing Summit"
    app = Sommet.open(memory=True)
    store = app.store
    policy = Policy(timeout=5, allow_private=True)  # the local site, as SOMMET_FETCH_PRIVATE=1 allows
    with local_site() as site:
        site.routes.update(_routes(conditional(_feed(site))))
        store.feeds.add(site.url("/feed"), guild_id=team, now=NOW)
        report = await run_pass(store, now=NOW, policy=policy)
        assert report.changed == [] and report.changed_for(other) == []
        assert summit in [e.name for e in report.changed_for(team)]
        assert summit in [e.name for e in store.all_events(guild_id=team)]
        assert summit not in [e.name for e in store.all_events(guild_id=other)]
        # The same feed followed by a trusted server: its articles are read again, for everyone.
        store.feeds.add(site.url("/feed"), guild_id=other, now=NOW)
        shared = await run_pass(store, now=NOW, policy=policy, trusted=frozenset({other}))
        assert shared.documents == 2 and summit in [e.name for e in shared.changed]
        assert summit in [e.name for e in store.all_events()]
    app.close()
