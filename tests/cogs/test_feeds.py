"""Following sources from Discord, through SimCord and a local server: /admin source, the poller's
pass, the new events answering /event and /upcoming, and one digest that pings nobody."""

from __future__ import annotations

import pytest

from tests.cogs.helpers import local_fetch_bot, managed_server, replies
from tests.web import answer, articles, conditional, local_site, news_page, rss

pytestmark = pytest.mark.simcord(settle_timeout=60)  # spaCy's first load, in a worker thread
NAIROBI, NORDIC, _DAKAR = articles()


@pytest.fixture
def simcord_bot(monkeypatch):
    return local_fetch_bot(monkeypatch)


@pytest.fixture
def server(simcord_env):
    return managed_server(simcord_env, "news")


def _posts(env, channel):
    return [
        r for r in env.http_requests if r.method == "POST" and r.path == f"/channels/{channel.id}/messages"
    ]


async def test_a_followed_feed_is_read_its_events_answer_and_one_digest_is_posted(server):
    env, _guild, channel, admin = server
    poller = env.bot.get_cog("Feeds")
    await admin.slash(channel, "reminders channel", channel=channel)
    turned_on = await admin.slash(channel, "reminders digest", state="on")
    assert "digest" in turned_on.response.content
    with local_site() as site:
        items = [(NAIROBI.title, site.url("/a/nairobi")), (NORDIC.title, site.url("/a/nordic"))]
        site.routes.update(
            {
                "/feed": conditional(rss("Policy news", items)),
                "/a/nairobi": answer(news_page(NAIROBI)),
                "/a/nordic": answer(news_page(NORDIC, semantic=False)),
            }
        )
        before = len(_posts(env, channel))
        added = await admin.slash(channel, "admin source add", url=site.url("/feed"))
        assert any("Now following" in r.content for r in replies(added))
        await env.settle(timeout=60)  # adding the feed woke the poller, which read it at once
        assert [path for path, _ in site.hits].count("/a/nairobi") == 1
        [digest] = _posts(env, channel)[before:]
        assert "Global AI Testing Summit" in digest.json["content"]
        assert site.url("/a/nairobi") in digest.json["content"]
        assert digest.json["allowed_mentions"] == {"parse": []}
        env.bot.sommet.store.db.execute("UPDATE feeds SET next_poll = NULL")  # due again at once
        again = await poller.poll_once()
        assert again.articles == 0 and again.changed == []
        assert len(_posts(env, channel)) == before + 1  # the digest was posted once
    event = await admin.slash(channel, "event", query="Global AI Testing Summit")
    assert event.response.embeds[0].title == "Global AI Testing Summit"
    upcoming = await admin.slash(channel, "upcoming")
    assert "Global AI Testing Summit" in str(upcoming.response.embeds[0].to_dict())
    listed = await admin.slash(channel, "admin source list")
    assert "Policy news" in listed.response.content and "not modified" in listed.response.content


async def test_feeds_refused_by_robots_txt_or_failing_are_not_followed(server):
    env, _guild, channel, admin = server
    with local_site() as site:
        site.routes["/robots.txt"] = answer("User-agent: *\nDisallow: /private/\n", content_type="text/plain")
        site.routes["/private/feed"] = answer(rss("Hidden", []), content_type="application/rss+xml")
        site.routes["/page"] = answer("<p>not a feed</p>")
        for path, message in (("/private/feed", "robots.txt"), ("/page", "not a page I can read")):
            refused = await admin.slash(channel, "admin source add", url=site.url(path))
            answers = replies(refused)
            assert any(r.ephemeral and message in r.content for r in answers), answers
    assert env.bot.sommet.store.feeds.list(guild_id=channel.guild.id) == []
