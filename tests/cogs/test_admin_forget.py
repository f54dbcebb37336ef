"""/admin document forget through SimCord: asks first, forgets what only the document says, and Undo
puts it back; a server may forget only the documents it read."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

ARTICLE = (Path(__file__).resolve().parent.parent / "fixtures" / "english_summit.txt").read_bytes()
pytestmark = pytest.mark.simcord(settle_timeout=60)  # spaCy's first load, in a worker thread


@pytest.fixture
def servers(simcord_env):
    env = simcord_env
    out = []
    for name in ("Team A", "Team B"):
        guild = env.create_guild(name)
        channel = guild.create_text_channel("general")
        managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
        out.append((guild, channel, guild.add_member(env.create_user(f"admin-{name}"), roles=[managers])))
    return env, out


def _event_names(env, guild) -> set[str]:
    return {event.name for event in env.bot.sommet.store.all_events(guild_id=guild.id)}


async def test_forget_asks_then_removes_what_only_the_document_said_and_undo_restores_it(servers):
    env, [(guild, channel, admin), (_g, other_channel, other_admin)] = servers
    before = env.bot.sommet.store.counts()
    question = await admin.slash(channel, "admin ingest", file=("nairobi.txt", ARTICLE))
    await admin.click(question.response, label="Confirm")
    assert "Global AI Testing Summit" in _event_names(env, guild)
    choices = await admin.autocomplete(channel, "admin document forget", "document", "nairobi")
    assert [c["name"] for c in choices] == ["nairobi.txt"]

    refused = await other_admin.slash(other_channel, "admin document forget", document="nairobi.txt")
    assert refused.response.ephemeral and "No document here" in refused.response.content

    asked = await admin.slash(channel, "admin document forget", document="nairobi.txt")
    assert "Global AI Testing Summit" in asked.response.content
    assert "Global AI Testing Summit" in _event_names(env, guild)  # nothing changed before Confirm
    done = await admin.click(asked.response, label="Confirm")
    assert "Forgot document" in done.response.content
    assert "Global AI Testing Summit" not in _event_names(env, guild)
    assert env.bot.sommet.store.counts() == before
    gone = await admin.slash(channel, "event", query="Global AI Testing Summit")
    assert "Global AI Testing Summit" not in (gone.response.embeds[0].title if gone.response.embeds else "")

    await admin.click(done.response, label="Undo")
    assert "Global AI Testing Summit" in _event_names(env, guild)
    back = await admin.slash(channel, "event", query="Global AI Testing Summit")
    assert back.response.embeds[0].title == "Global AI Testing Summit"
    assert [r.action for r in env.bot.admin.history(guild.id)] == ["undo", "document.forget", "ingest"]
