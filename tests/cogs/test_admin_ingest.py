"""/admin ingest through SimCord: a document is read off the event loop, previewed, and applied only on Confirm."""

from __future__ import annotations

from pathlib import Path

import discord
import pytest

ARTICLE = (Path(__file__).resolve().parent.parent / "fixtures" / "english_summit.txt").read_bytes()
# Reading runs spaCy in a worker thread; its first load alone can outlast SimCord's 5 s default.
pytestmark = pytest.mark.simcord(settle_timeout=60)


@pytest.fixture
def server(simcord_env):
    env = simcord_env
    guild = env.create_guild("Team A")
    channel = guild.create_text_channel("general")
    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(env.create_user("ada"), roles=[managers])
    reader = guild.add_member(env.create_user("rita"))
    return env, guild, channel, admin, reader


async def test_a_document_is_previewed_then_applied_on_confirm_for_this_server_only(server):
    env, guild, channel, admin, _reader = server
    before = env.bot.sommet.store.counts()
    question = await admin.slash(channel, "admin ingest", file=("nairobi.txt", ARTICLE))
    asked = question.response
    assert asked.ephemeral
    assert "New events:" in asked.content and "Global AI Testing Summit" in asked.content
    assert "seen here only" in asked.content
    assert "Amina Odhiambo" in asked.content
    assert env.bot.sommet.store.counts() == before  # the preview wrote nothing
    done = await admin.click(asked, label="Confirm")
    assert "Read document" in done.response.content and "added" in done.response.content
    summit = await admin.slash(channel, "event", query="Global AI Testing Summit")
    assert summit.response.embeds[0].title == "Global AI Testing Summit"
    other = env.create_guild("Team B").create_text_channel("general")
    outsider = other.guild.add_member(env.create_user("bob"))
    elsewhere = await outsider.slash(other, "actor", query="Amina Odhiambo")
    assert not elsewhere.response.embeds  # an untrusted server's documents stay its own
    [record] = env.bot.admin.history(guild.id)
    assert record.action == "ingest" and record.after["events added"] >= 1
    again = await admin.slash(channel, "admin ingest", file=("copy.txt", ARTICLE))
    assert "was read before" in again.response.content


async def test_cancel_leaves_the_store_as_it_was(server):
    env, _guild, channel, admin, _reader = server
    before = env.bot.sommet.store.counts()
    question = await admin.slash(channel, "admin ingest", file=("nairobi.txt", ARTICLE))
    cancelled = await admin.click(question.response, label="Cancel")
    assert cancelled.response.content == "Cancelled; nothing changed."
    assert env.bot.sommet.store.counts() == before


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (("report.pdf", b"%PDF-1.7 binary"), "as a .txt, .md or .html file"),
        (("photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00binary"), "not UTF-8 text"),
        (("huge.txt", b"a" * 1_000_001), "up to 1 MB"),
    ],
)
async def test_uploads_that_are_not_documents_are_refused_and_change_nothing(server, file, message):
    env, guild, channel, admin, _reader = server
    before = env.bot.sommet.store.counts()
    refused = await admin.slash(channel, "admin ingest", file=file)
    replies = [refused.response, *refused.followups]
    assert any(r.ephemeral and message in r.content for r in replies if r is not None), replies
    assert env.bot.sommet.store.counts() == before
    assert env.bot.admin.history(guild.id) == []


async def test_a_member_without_rights_cannot_ingest(server):
    _env, _guild, channel, _admin, reader = server
    assert "admin ingest" not in reader.available_commands(channel)


@pytest.mark.parametrize(
    "file",
    [
        ("empty.txt", b""),
        ("blank.md", b" \n\n\t\n"),
        (
            "menus.html",
            b"<nav>Accueil</nav><div class='share'>Partager</div><footer>\xc2\xa9 Journal</footer>",
        ),
        ("nested.html", b"<div>" * 10_000 + b"Accueil" + b"</div>" * 10_000),
        ("front.md", b"---\ntitle: [jamais ferm\xc3\xa9\n"),
    ],
)
async def test_a_document_with_nothing_to_read_gets_a_polite_answer_and_changes_nothing(server, file):
    env, guild, channel, admin, _reader = server
    before = env.bot.sommet.store.counts()
    answered = await admin.slash(channel, "admin ingest", file=file)
    (reply,) = [r for r in (answered.response, *answered.followups) if r is not None and r.content]
    assert reply.ephemeral and reply.content.startswith(f"I found no event or actor in “{file[0]}”")
    assert env.bot.sommet.store.counts() == before
    assert env.bot.admin.history(guild.id) == []
    assert env.errors == []


async def test_an_excerpt_without_years_is_dated_near_the_known_event_it_names(server):
    env, guild, channel, admin, _reader = server
    first = (
        "Publié le 12 mars 2031\n\nLe Sommet de Lomé sur les données s'est ouvert le 10 mars 2031 à Lomé.\n"
    ).encode()
    done = await admin.click(
        (await admin.slash(channel, "admin ingest", file=("a.txt", first))).response, label="Confirm"
    )
    assert "Read document" in done.response.content
    excerpt = (
        "Dans la foulée du Sommet de Lomé sur les données, la Charte des données a été signée le 14 mars à Lomé.\n"
    ).encode()
    await admin.click(
        (await admin.slash(channel, "admin ingest", file=("b.txt", excerpt))).response, label="Confirm"
    )
    signing = await admin.slash(channel, "event", query="Signature de la Charte des données")
    assert signing.response.embeds[0].title == "Signature de la Charte des données"
    dates = {event.name: event.start for event in env.bot.sommet.store.all_events(guild_id=guild.id)}
    assert dates["Signature de la Charte des données"].iso() == "2031-03-14"


async def test_a_document_that_calls_an_event_off_marks_it_cancelled_on_its_card_and_off_upcoming(server):
    _env, _guild, channel, admin, reader = server
    announced = b"Wire\n\nMarch 1, 2031\n\nThe Drone Forum will be held in Oslo on 2 June 2031.\n"
    called_off = b"Wire\n\nMarch 20, 2031\n\nThe Drone Forum planned for 2 June in Oslo has been cancelled.\n"
    for name, document in (("a.txt", announced), ("b.txt", called_off)):
        asked = (await admin.slash(channel, "admin ingest", file=(name, document))).response
        assert "Read document" in (await admin.click(asked, label="Confirm")).response.content
        if name == "a.txt":
            listed = (await reader.slash(channel, "upcoming")).response.embeds[0].description
            assert "Drone Forum" in listed
    card = (await reader.slash(channel, "event", query="Drone Forum")).response.embeds[0]
    assert card.title == "Drone Forum" and card.description.startswith("**Cancelled.**")
    upcoming = (await reader.slash(channel, "upcoming")).response
    assert "Drone Forum" not in str([e.to_dict() for e in upcoming.embeds]) + (upcoming.content or "")
