"""/admin ingest url: a link is fetched safely, read, previewed and applied on Confirm."""

from __future__ import annotations

import pytest

from tests.cogs.helpers import local_fetch_bot, managed_server, replies
from tests.web import answer, articles, local_site, news_page

pytestmark = pytest.mark.simcord(settle_timeout=60)  # spaCy's first load, in a worker thread


@pytest.fixture
def simcord_bot(monkeypatch):
    return local_fetch_bot(monkeypatch)


@pytest.fixture
def server(simcord_env):
    return managed_server(simcord_env, "general")


async def test_a_link_is_previewed_then_applied_and_its_source_links_to_the_page(server):
    env, guild, channel, admin = server
    with local_site({"/nairobi": answer(news_page(articles()[0], semantic=False))}) as site:
        question = await admin.slash(channel, "admin ingest", url=site.url("/nairobi"))
        asked = question.response
        assert asked.ephemeral and "Global AI Testing Summit" in asked.content
        assert "Sarah Whitfield" not in asked.content  # a reader's comment
        await admin.click(asked, label="Confirm")
        again = await admin.slash(channel, "admin ingest", url=site.url("/nairobi"))
        assert any("was read before" in r.content for r in replies(again))
        assert len(site.hits) == 1
    store = env.bot.sommet.store
    summit = next(e for e in store.all_events(guild_id=guild.id) if e.name == "Global AI Testing Summit")
    assert [s.url for s in store.sources("event", summit.id, guild_id=guild.id)] == [site.url("/nairobi")]


@pytest.mark.parametrize(
    ("route", "message"),
    [
        (answer("gone", status=404), "HTTP 404"),
        (answer(b"%PDF", content_type="application/pdf"), "not a page I can read"),
        (answer("x" * 2_100_000), "larger than 2000 kB"),
    ],
)
async def test_links_that_fail_get_a_polite_private_answer_and_change_nothing(server, route, message):
    env, guild, channel, admin = server
    before = env.bot.sommet.store.counts()
    with local_site({"/x": route}) as site:
        refused = await admin.slash(channel, "admin ingest", url=site.url("/x"))
    assert any(r.ephemeral and message in r.content for r in replies(refused)), replies(refused)
    assert env.bot.sommet.store.counts() == before
    assert env.bot.admin.history(guild.id) == []


async def test_the_hosts_network_is_refused_without_the_setting(server):
    env, _guild, channel, admin = server
    env.bot.fetch_policy = type(env.bot.fetch_policy)()  # the default: private addresses refused
    with local_site({"/a": answer(news_page(articles()[0]))}) as site:
        refused = await admin.slash(channel, "admin ingest", url=site.url("/a"))
        assert site.hits == []
    assert any("host's own network" in r.content for r in replies(refused))


async def test_a_file_and_a_link_together_or_neither_are_refused(server):
    _env, _guild, channel, admin = server
    for options in ({}, {"url": "https://example.org/a", "file": ("a.txt", b"Bonjour")}):
        refused = await admin.slash(channel, "admin ingest", **options)
        assert any("either a file or a link" in r.content for r in replies(refused))
