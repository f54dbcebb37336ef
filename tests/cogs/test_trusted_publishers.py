"""Who may teach everyone, through SimCord: what an untrusted server reads (a file, a followed feed)
is invisible in another server, in every command and in reminders; a trusted server's, and the
operator's own `sommet ingest`, are seen everywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot import create_bot
from sommet.cli import main as sommet_cli
from tests.cogs.helpers import managed_server, replies
from tests.web import answer, articles, conditional, local_site, news_page, rss

pytestmark = pytest.mark.simcord(settle_timeout=60)  # spaCy's first load, in a worker thread
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "english_summit.txt"
SUMMIT, MINISTER = "Global AI Testing Summit", "Amina Odhiambo"
NAIROBI = articles()[0]


@pytest.fixture
def simcord_bot(monkeypatch):
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    monkeypatch.setenv("SOMMET_FETCH_PRIVATE", "1")  # the tests' feed is served on 127.0.0.1
    return create_bot(memory=True)


@pytest.fixture
async def servers(simcord_env):
    """Two servers with reminders on (a day before) and the digest on: (env, team, other), each
    (guild, channel, admin)."""
    env = simcord_env
    out = []
    for name in ("Team", "Other"):
        _env, guild, channel, admin = managed_server(env, "news", guild_name=name)
        await admin.slash(channel, "reminders channel", channel=channel)
        await admin.slash(channel, "reminders offsets", offsets="1d")
        await admin.slash(channel, "reminders digest", state="on")
        out.append((guild, channel, admin))
    return env, *out


async def _ingest(place) -> None:
    _guild, channel, admin = place
    question = await admin.slash(channel, "admin ingest", file=("nairobi.txt", FIXTURE.read_bytes()))
    await admin.click(question.response, label="Confirm")


async def _shown(place) -> dict[str, str]:
    """What a server's commands show of the summit and its minister: lookups, lists, search and
    autocomplete, as text."""
    _guild, channel, admin = place
    results = {
        "event": await admin.slash(channel, "event", query=SUMMIT),
        "actor": await admin.slash(channel, "actor", query=MINISTER),
        "upcoming": await admin.slash(channel, "upcoming"),
        "search": await admin.slash(channel, "search", text="testing labs in Nairobi"),
    }
    shown = {
        name: json.dumps(
            [[m.content, [e.to_dict() for e in m.embeds]] for m in replies(result)], ensure_ascii=False
        )
        for name, result in results.items()
    }
    shown["autocomplete"] = json.dumps(
        [
            *await admin.autocomplete(channel, "event", "query", "Global AI Testing"),
            *await admin.autocomplete(channel, "actor", "query", "Amina"),
        ],
        ensure_ascii=False,
    )
    # The words typed are quoted back in a "no match" answer: that is no leak.
    typed = (SUMMIT, MINISTER, "testing labs in Nairobi")
    for name, text in shown.items():
        for words in typed:
            text = text.replace(f"“{words}”", "“…”")
        shown[name] = text
    return shown


def _assert_seen(shown: dict[str, str]) -> None:
    for command in ("event", "actor", "upcoming", "autocomplete"):
        assert SUMMIT in shown[command] or MINISTER in shown[command], command
    assert "Nairobi" in shown["search"]


async def _assert_seen_everywhere(env, team, other) -> None:
    """Both servers see the summit in every command, and both will be reminded of it."""
    for place in (team, other):
        _assert_seen(await _shown(place))
    summit = _summit_id(env, other[0])
    assert _reminded(env, team[0], summit) and _reminded(env, other[0], summit)


def _summit_id(env, guild) -> int:
    return next(e.id for e in env.bot.sommet.store.all_events(guild_id=guild.id) if e.name == SUMMIT)


def _reminded(env, guild, event_id: int) -> bool:
    return bool(env.bot.sommet.store.event_reminders(guild.id, event_id))


async def test_an_untrusted_servers_document_is_invisible_in_another_server(servers):
    env, team, other = servers
    await _ingest(team)
    _assert_seen(await _shown(team))
    there = await _shown(other)
    for command, text in there.items():
        assert SUMMIT not in text and MINISTER not in text and "testing labs" not in text, command
    summit = _summit_id(env, team[0])
    assert _reminded(env, team[0], summit) and not _reminded(env, other[0], summit)
    assert env.bot.sommet.store.event(summit) is None  # nor in the shared view (the CLI's)


async def test_a_trusted_servers_document_is_seen_in_every_server(servers):
    env, team, other = servers
    env.bot.admin.trusted = frozenset({team[0].id})  # as SOMMET_TRUSTED_SERVERS would list it
    question = await team[2].slash(team[1], "admin ingest", file=("nairobi.txt", FIXTURE.read_bytes()))
    assert "seen by every server" in question.response.content
    await team[2].click(question.response, label="Confirm")
    await _assert_seen_everywhere(env, team, other)


async def test_an_untrusted_servers_feed_teaches_it_alone_and_its_digest_only(servers):
    env, team, other = servers
    _guild, channel, admin = team
    posts_before = {place[1].id: len(_posts(env, place[1])) for place in (team, other)}
    with local_site() as site:
        site.routes.update(
            {
                "/feed": conditional(rss("Policy news", [(NAIROBI.title, site.url("/a/nairobi"))])),
                "/a/nairobi": answer(news_page(NAIROBI)),
            }
        )
        await admin.slash(channel, "admin source add", url=site.url("/feed"))
        await env.settle(timeout=60)  # adding the feed woke the poller, which read it at once
    [digest] = _posts(env, channel)[posts_before[channel.id] :]
    assert SUMMIT in digest.json["content"] and site.url("/a/nairobi") in digest.json["content"]
    assert len(_posts(env, other[1])) == posts_before[other[1].id]  # nothing new there: no digest
    there = await _shown(other)
    for command, text in there.items():
        assert SUMMIT not in text and MINISTER not in text, command
    assert SUMMIT in (await _shown(team))["event"]


def _posts(env, channel):
    return [
        r for r in env.http_requests if r.method == "POST" and r.path == f"/channels/{channel.id}/messages"
    ]


class TestTheOperatorsIngest:
    """`sommet ingest` on the bot's database file is shared by every server."""

    @pytest.fixture
    def simcord_bot(self, monkeypatch, tmp_path):
        monkeypatch.delenv("DEV_GUILD_ID", raising=False)
        db = tmp_path / "sommet.db"
        assert sommet_cli(["ingest", str(FIXTURE), "--db", str(db)]) == 0
        return create_bot(db)

    async def test_the_operators_ingest_is_seen_in_every_server(self, servers):
        await _assert_seen_everywhere(*servers)
