"""/admin through SimCord: who may use it, each subcommand, bad input, Undo, Confirm and Cancel, and per-server scope."""

from __future__ import annotations

import json

import discord
import pytest
from simcord import SetupError

from tests.cogs.helpers import assert_within_discord_limits
from tests.reading import as_read


@pytest.fixture
def server(simcord_env):
    """A server with an admin (Manage Server), an editor-role member, a plain member and a channel."""
    env = simcord_env
    guild = env.create_guild("Team A")
    channel = guild.create_text_channel("general")
    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    editors = guild.create_role("Editors")
    admin = guild.add_member(env.create_user("ada"), roles=[managers])
    editor = guild.add_member(env.create_user("eddie"), roles=[editors])
    reader = guild.add_member(env.create_user("rita"))
    return env, guild, channel, admin, editor, reader, editors


async def _add(member, channel, **options):
    options.setdefault("name", "Test Summit")
    options.setdefault("start", "10-11 février 2026")
    return await member.slash(channel, "admin event add", **options)


async def _allow_admin_command_for(env, guild, role) -> None:
    """What a server owner does in Server Settings → Integrations: show /admin to a role."""
    [command] = [c for c in await env.bot.tree.fetch_commands() if c.name == "admin"]
    guild.set_command_permissions(command, {role: True})


# ------------------------------------------------------------------ permissions


async def test_members_without_manage_server_do_not_see_admin(server):
    _env, _guild, channel, admin, _editor, reader, _roles = server
    assert "admin" in {name.split()[0] for name in admin.available_commands(channel)}
    assert "admin" not in {name.split()[0] for name in reader.available_commands(channel)}
    with pytest.raises(SetupError):
        await _add(reader, channel)


async def test_a_call_discord_lets_through_is_still_refused_by_the_bot(server):
    env, guild, channel, _admin, _editor, _reader, _roles = server
    everyone = guild.create_role("Everyone else")
    reader_with_role = guild.add_member(env.create_user("rob"), roles=[everyone])
    await _allow_admin_command_for(env, guild, everyone)
    result = await _add(reader_with_role, channel)
    assert result.ephemeral
    assert "Manage Server permission or this server's editor role" in result.response.content
    assert "Test Summit" not in [
        m.name for m in env.bot.sommet.suggest("event", "Test Summit", guild_id=guild.id)
    ]


async def test_the_editor_role_can_use_admin_once_named(server):
    env, guild, channel, admin, editor, _reader, editors = server
    await _allow_admin_command_for(env, guild, editors)
    refused = await _add(editor, channel)
    assert "editor role" in refused.response.content
    named = await admin.slash(channel, "admin editors", role=editors)
    assert "can now use `/admin`" in named.response.content
    result = await _add(editor, channel)
    assert not result.ephemeral and "Added event" in result.response.content
    setting = await editor.slash(channel, "admin editors", role=editors)
    assert setting.ephemeral and "Only members with the Manage Server permission" in setting.response.content


# --------------------------------------------------------------------- events


async def test_adding_an_event_shows_the_parsed_dates_and_it_is_upcoming_at_once(server, user_locales):
    _env, _guild, channel, admin, _editor, _reader, _roles = server
    user_locales[admin.id] = "en-GB"
    result = await _add(admin, channel, city="Paris", timezone="Europe/Paris", kind="conference")
    text = as_read(result.response.content)
    assert "10 – 11 February 2026" in text and "2026-02-10 → 2026-02-11" in text
    assert "Paris" in text and "Conference" in text
    assert [c["label"] for row in result.response.components for c in row["components"]] == ["Undo"]
    upcoming = await admin.slash(channel, "upcoming", days=60)
    assert "Test Summit" in upcoming.response.embeds[0].description
    found = await admin.slash(channel, "event", query="Test Summit")
    assert found.response.embeds[0].title == "Test Summit"


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"start": "quand il fera beau"}, "could not read"),
        ({"start": "30 février 2026"}, "not a date that exists"),
        ({"start": "12 March 2026", "end": "2 March 2026"}, "before the start"),
        ({"name": "x" * 101}, "101 characters long"),
        ({"name": "   "}, "The name is empty"),
        ({"timezone": "Paris/France"}, "not a time zone"),
        ({"name": "AI Safety Summit"}, "`/admin event edit target: AI Safety Summit`"),
        ({"parent": "qqqq zzzz wwww"}, "No event matches"),
        ({"link": "ftp://example"}, "not a web address"),
    ],
)
async def test_bad_input_gets_a_private_explanation_and_changes_nothing(server, options, message):
    env, guild, channel, admin, _editor, _reader, _roles = server
    before = env.bot.sommet.store.counts()
    result = await _add(admin, channel, **options)
    assert result.ephemeral and message in result.response.content
    assert env.bot.sommet.store.counts() == before
    assert env.bot.admin.history(guild.id) == []


async def test_undo_removes_an_added_event_and_only_its_author_or_an_admin_may_press(server):
    env, guild, channel, admin, editor, _reader, editors = server
    await _allow_admin_command_for(env, guild, editors)
    await admin.slash(channel, "admin editors", role=editors)
    result = await _add(editor, channel)
    other_editor = guild.add_member(env.create_user("otto"), roles=[editors])
    refused = await other_editor.click(result.response, label="Undo")
    assert refused.ephemeral and "Only the person who made this change" in refused.response.content
    undone = await editor.click(result.response, label="Undo")
    assert "Undone by" in undone.response.content and undone.response.components == []
    ahead = env.bot.sommet.store.upcoming(today=env.now().date(), guild_id=guild.id)
    assert "Test Summit" not in [event.name for event in ahead]
    [undo, add, _editors] = env.bot.admin.history(guild.id)
    assert (undo.action, undo.undoes, add.undone_by) == ("undo", add.id, undo.id)


async def test_undo_lapses_after_ten_minutes(server):
    env, _guild, channel, admin, _editor, _reader, _roles = server
    await _add(admin, channel)
    await env.advance_time(601)
    message = channel.last_message
    assert message.components == [] and "no longer offered" in message.content


async def test_editing_a_shared_event_changes_it_here_and_shows_before_and_after(server):
    env, _guild, channel, admin, _editor, _reader, _roles = server
    target = (await admin.autocomplete(channel, "admin event edit", "target", "bletch"))[0]["value"]
    result = await admin.slash(channel, "admin event edit", target=target, start="2 November 2023", end="-")
    assert "start: November 1, 2023 (2023-11-01) → November 2, 2023 (2023-11-02)" in result.response.content
    assert "end: November 2, 2023 (2023-11-02) → —" in result.response.content
    other = env.create_guild("Team B")
    other_channel = other.create_text_channel("general")
    bob = other.add_member(env.create_user("bob"))
    theirs = await bob.slash(other_channel, "event", query="AI Safety Summit")
    assert "November 1 – 2, 2023" in as_read(theirs.response.embeds[0].fields[1].value)
    moved = await admin.slash(
        channel,
        "admin event edit",
        target=target,
        parent="Semaine de l'action pour l'intelligence artificielle",
    )
    assert "• parent: — → AI Action Week" in moved.response.content
    nothing = await admin.slash(channel, "admin event edit", target=target)
    assert nothing.ephemeral and "Nothing to change" in nothing.response.content


async def test_removing_asks_first_and_cancel_changes_nothing(server):
    env, guild, channel, admin, _editor, _reader, _roles = server
    asked = await admin.slash(channel, "admin event remove", target="AI Safety Summit")
    assert (
        "Remove the event **AI Safety Summit** from this server? Other servers keep it."
        in asked.response.content
    )
    cancelled = await admin.click(asked.response, label="Cancel")
    assert cancelled.response.content == "Cancelled; nothing changed."
    assert env.bot.sommet.resolve("event", "AI Safety Summit", guild_id=guild.id).match is not None
    assert env.bot.admin.history(guild.id) == []


async def test_confirmed_removal_hides_the_event_here_only_and_undo_restores_it(server):
    env, _guild, channel, admin, _editor, _reader, _roles = server
    asked = await admin.slash(channel, "admin event remove", target="AI Safety Summit")
    done = await admin.click(asked.response, label="Confirm")
    assert "Removed event" in done.response.content
    gone = await admin.slash(channel, "event", query="AI Safety Summit")
    assert all(embed.title != "AI Safety Summit" for embed in gone.response.embeds)
    choices = await admin.autocomplete(channel, "event", "query", "AI Safety")
    assert all(not c["name"].startswith("AI Safety Summit") for c in choices)
    other = env.create_guild("Team B")
    bob = other.add_member(env.create_user("bob"))
    kept = await bob.slash(other.create_text_channel("general"), "event", query="AI Safety Summit")
    assert kept.response.embeds[0].title == "AI Safety Summit"
    await admin.click(done.response, label="Undo")
    back = await admin.slash(channel, "event", query="AI Safety Summit")
    assert back.response.embeds[0].title == "AI Safety Summit"


async def test_only_the_asker_may_confirm_and_an_unanswered_question_lapses(server):
    env, guild, channel, admin, _editor, _reader, _roles = server
    bosses = guild.create_role("Bosses", permissions=discord.Permissions(manage_guild=True))
    other_admin = guild.add_member(env.create_user("max"), roles=[bosses])
    asked = await admin.slash(channel, "admin actor remove", target="Kamala Harris")
    refused = await other_admin.click(asked.response, label="Confirm")
    assert refused.ephemeral and "Only the person who asked" in refused.response.content
    await env.advance_time(601)
    assert "No answer in time; nothing changed." in channel.last_message.content
    assert env.bot.sommet.resolve("actor", "Kamala Harris", guild_id=guild.id).match is not None


# ------------------------------------------------------ actors, links, aliases


async def test_actor_add_edit_link_alias_and_unlink(server):
    _env, _guild, channel, admin, _editor, _reader, _roles = server
    added = await admin.slash(channel, "admin actor add", name="Jane Doe", kind="person", role="envoy")
    assert "Added actor" in added.response.content
    duplicate = await admin.slash(channel, "admin actor add", name="jane doe")
    assert duplicate.ephemeral and "`/admin actor edit target: Jane Doe`" in duplicate.response.content
    edited = await admin.slash(channel, "admin actor edit", target="Jane Doe", role="special envoy")
    assert "role: envoy → special envoy" in edited.response.content
    linked = await admin.slash(
        channel, "admin link", actor="Jane Doe", event="AI Safety Summit", role="speaker"
    )
    assert "as speaker" in linked.response.content
    card = await admin.slash(channel, "actor", query="Jane Doe")
    assert "AI Safety Summit" in card.response.embeds[0].fields[-1].value
    aliased = await admin.slash(channel, "admin alias add", name="J. Doe", actor="Jane Doe")
    assert "Added an alias" in aliased.response.content
    by_alias = await admin.slash(channel, "actor", query="J. Doe")
    assert by_alias.response.embeds[0].title == "Jane Doe"
    both = await admin.slash(channel, "admin alias add", name="X", actor="Jane Doe", event="AI Safety Summit")
    assert both.ephemeral and "either an event or an actor" in both.response.content
    removed = await admin.slash(channel, "admin alias remove", name="J. Doe", actor="Jane Doe")
    assert "Removed an alias" in removed.response.content
    unlinked = await admin.slash(channel, "admin unlink", actor="Jane Doe", event="AI Safety Summit")
    assert "Unlinked" in unlinked.response.content
    again = await admin.slash(channel, "admin unlink", actor="Jane Doe", event="AI Safety Summit")
    assert again.ephemeral and "is not linked" in again.response.content
    unknown = await admin.slash(channel, "admin actor edit", target="qqqq zzzz wwww", role="x")
    assert unknown.ephemeral and "No actor matches" in unknown.response.content


# -------------------------------------------------------------- two servers


async def test_two_servers_each_see_only_their_own_additions(server):
    env, _guild, channel, admin, _editor, _reader, _roles = server
    other = env.create_guild("Team B")
    other_channel = other.create_text_channel("general")
    managers_b = other.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    bob = other.add_member(env.create_user("bob"), roles=[managers_b])
    await _add(admin, channel, name="Team A Workshop", start="2026-03-04")
    await _add(bob, other_channel, name="Team B Retreat", start="2026-03-05")
    for member, place, mine, theirs in (
        (admin, channel, "Team A Workshop", "Team B Retreat"),
        (bob, other_channel, "Team B Retreat", "Team A Workshop"),
    ):
        names = [c["name"] for c in await member.autocomplete(place, "event", "query", "Team")]
        assert mine in names and theirs not in names
        upcoming = (await member.slash(place, "upcoming", days=90)).response.embeds[0].description
        assert mine in upcoming and theirs not in upcoming
        lookup = await member.slash(place, "event", query=theirs)
        assert lookup.ephemeral
        exported = await member.slash(place, "admin export")
        data = json.loads(await exported.response.attachments[0].read())
        assert mine in [e["name"] for e in data["events"]] and theirs not in [
            e["name"] for e in data["events"]
        ]
    history_b = await bob.slash(other_channel, "admin history")
    assert "Team B Retreat" in history_b.response.embeds[0].fields[0].name
    assert all("Team A" not in f.name for f in history_b.response.embeds[0].fields)


# ---------------------------------------------------- export, import, history


async def test_export_sends_json_and_a_calendar_of_upcoming_events(server):
    _env, _guild, channel, admin, _editor, _reader, _roles = server
    await _add(admin, channel, name="Calendar Test", start="2026-03-04", end="2026-03-06", city="Lyon")
    result = await admin.slash(channel, "admin export")
    assert result.ephemeral
    json_file, ics_file = result.response.attachments
    assert (json_file.filename, ics_file.filename) == ("sommet-export.json", "sommet-upcoming.ics")
    ics = (await ics_file.read()).decode()
    assert "SUMMARY:Calendar Test" in ics and "DTSTART;VALUE=DATE:20260304" in ics
    assert "DTEND;VALUE=DATE:20260307" in ics and "UID:event-" in ics
    data = json.loads(await json_file.read())
    assert {"events", "actors"} == set(data)


async def test_import_applies_a_file_and_refuses_bad_ones(server):
    env, guild, channel, admin, _editor, _reader, _roles = server
    good = json.dumps(
        {"events": [{"name": "Imported Forum", "kind": "forum", "start": "2026-06-01", "aliases": ["IF26"]}]}
    ).encode()
    result = await admin.slash(channel, "admin import", file=("knowledge.json", good))
    assert "1 event added" in result.response.content
    assert (await admin.slash(channel, "event", query="IF26")).response.embeds[0].title == "Imported Forum"
    before = env.bot.sommet.store.counts()
    for file, message in (
        (("broken.json", b'{"events": [}'), "not valid JSON"),
        (("notes.txt", b"hello"), "Please send a .json"),
        (("huge.json", b" " * 1_000_001), "at most 1 MB"),
        (
            ("bad.json", b'{"events": [{"name": "X", "kind": "summit", "timezone": "Nowhere/City"}]}'),
            "events[0] “X”",
        ),
    ):
        refused = await admin.slash(channel, "admin import", file=file)
        assert refused.ephemeral and message in refused.response.content, refused.response.content
    assert env.bot.sommet.store.counts() == before
    assert len(env.bot.admin.history(guild.id)) == 1


async def test_history_lists_who_changed_what_in_pages(server):
    _env, _guild, channel, admin, _editor, _reader, _roles = server
    for number in range(10):
        await admin.slash(channel, "admin actor add", name=f"Person {number}")
    result = await admin.slash(channel, "admin history")
    assert result.ephemeral
    [page] = result.response.embeds
    assert_within_discord_limits(page)
    assert page.fields[0].name.endswith("Added actor Person 9")
    assert f"<@{admin.id}>" in page.fields[0].value and "name: — → Person 9" in page.fields[0].value
    turned = await admin.click(result.response, label="Next")
    assert turned.response.embeds[0].fields[-1].name.endswith("Person 0")


async def test_time_zone_autocomplete_offers_iana_names(server):
    _env, _guild, channel, admin, _editor, _reader, _roles = server
    choices = await admin.autocomplete(channel, "admin event add", "timezone", "europe/par")
    assert choices[0]["value"] == "Europe/Paris"
