"""Isolation and permissions: from one server, every command tries to read or change what another
server added, and members without rights try every admin command. None succeeds."""

from __future__ import annotations

import json

import pytest
from simcord import SetupError

from tests import fuzz

SECRET = "Zyxwv"  # in every name server B adds, so that a leak shows wherever it lands


@pytest.fixture
async def servers(simcord_env):
    """Server B with private entries, an edited shared event and reminders; server A next to it."""
    env = simcord_env
    a, b = fuzz.new_world(env, 1), fuzz.new_world(env, 2)
    for world in (a, b):
        env.bot.sommet.store.set_server_language(world.guild.id, "en")
        await world.admin.slash(world.channel, "reminders channel", channel=world.channel)
        await world.admin.slash(world.channel, "reminders offsets", offsets="1d")
    admin, channel = b.admin, b.channel
    await admin.slash(channel, "admin event add", name=f"{SECRET} Summit", start="20 January 2026")
    await admin.slash(channel, "admin event add", name=f"{SECRET} Dinner", start="10 December 2025")
    await admin.slash(channel, "admin actor add", name=f"{SECRET} Envoy", role=f"{SECRET} role")
    await admin.slash(channel, "admin alias add", name=f"{SECRET} Alias", event=f"{SECRET} Summit")
    await admin.slash(channel, "admin link", actor=f"{SECRET} Envoy", event=f"{SECRET} Summit", role="host")
    await admin.slash(channel, "admin link", actor=f"{SECRET} Envoy", event=f"{SECRET} Dinner", role="host")
    shared = (await admin.autocomplete(channel, "event", "query", "AI Action Summit"))[0]["value"]
    await admin.slash(channel, "admin event edit", target=shared, description=f"{SECRET} note")
    store = env.bot.sommet.store
    ids = {
        owner: [m.id for m in env.bot.sommet.suggest(owner, SECRET, guild_id=b.guild.id) if SECRET in m.name]
        for owner in ("event", "actor")
    }
    assert len(ids["event"]) == 2 and len(ids["actor"]) == 1
    return env, a, b, ids, store


async def _everything_shown(result) -> str:
    """All a reply shows: text, embeds, menus, buttons and attached files."""
    parts = []
    for message in (result.response, *result.followups):
        if message is None:
            continue
        parts += [
            message.content,
            json.dumps([e.to_dict() for e in message.embeds]),
            json.dumps(message.components),
        ]
        for attachment in message.attachments:
            parts.append((await attachment.read()).decode("utf-8", "replace"))
    return "\n".join(parts)


def _without_echo(shown: str, options: dict) -> str:
    """What a reply shows besides the words the person typed, quoted back to them."""
    for value in options.values():
        if isinstance(value, str):
            for quoted in (f"“{value}”", f"“{value.strip()[:100]}”", f"`{value}`"):
                shown = shown.replace(quoted, "“…”")
    return shown


def _attempts(ids) -> list[tuple[str, dict]]:
    """Every command, aimed at server B's entries by name, alias and id."""
    events = [f"{SECRET} Summit", f"{SECRET} Alias", *(f"id:{i}" for i in ids["event"])]
    actors = [f"{SECRET} Envoy", *(f"id:{i}" for i in ids["actor"])]
    out: list[tuple[str, dict]] = []
    for event in events:
        out += [
            ("event", {"query": event}),
            ("admin event edit", {"target": event, "city": "Leaked"}),
            ("admin event remove", {"target": event}),
            ("admin event add", {"name": "Child", "start": "1 March 2026", "parent": event}),
            ("admin alias add", {"name": "Stolen", "event": event}),
            ("admin alias remove", {"name": f"{SECRET} Alias", "event": event}),
        ]
        for actor in actors:
            out += [
                ("admin link", {"actor": actor, "event": event, "role": "guest"}),
                ("admin unlink", {"actor": actor, "event": event}),
            ]
    for actor in actors:
        out += [
            ("actor", {"query": actor}),
            ("timeline", {"actor": actor}),
            ("admin actor edit", {"target": actor, "role": "Leaked"}),
            ("admin actor remove", {"target": actor}),
            ("admin alias add", {"name": "Stolen", "actor": actor}),
        ]
    out += [
        ("upcoming", {}),
        ("upcoming", {"days": 3650}),
        ("timeline", {}),
        ("timeline", {"year": 2025}),
        ("admin export", {}),
        ("admin history", {}),
        ("reminders status", {}),
        ("help", {}),
    ]
    return out


async def test_no_command_in_one_server_reads_or_changes_another_servers_entries(servers):
    env, a, b, ids, store = servers
    before = (store.all_events(guild_id=b.guild.id), store.all_actors(guild_id=b.guild.id))
    history = env.bot.admin.history(b.guild.id)
    for name, options in _attempts(ids):
        result = await a.admin.slash(a.channel, name, **options)
        shown = _without_echo(await _everything_shown(result), options)
        assert SECRET not in shown, (name, options, shown[:300])
        labels = [c.get("label") for row in result.response.components for c in row["components"]]
        for button in ("Add to calendar", "Confirm"):
            if button in labels:
                pressed = await a.admin.click(result.response, label=button)
                assert SECRET not in await _everything_shown(pressed), (name, button)
    for name, option in fuzz.AUTOCOMPLETES:
        for typed in (SECRET, f"{SECRET} Alias", ""):
            choices = await a.admin.autocomplete(a.channel, name, option, typed)
            assert not [c for c in choices if SECRET in c["name"]], (name, option, typed)
            owner = (
                "actor"
                if option == "actor" or name in ("actor", "admin actor edit", "admin actor remove")
                else "event"
            )
            assert not {c["value"] for c in choices} & {f"id:{i}" for i in ids[owner]}
    assert (store.all_events(guild_id=b.guild.id), store.all_actors(guild_id=b.guild.id)) == before
    assert env.bot.admin.history(b.guild.id) == history
    assert not [r for r in env.bot.admin.history(a.guild.id) if SECRET in r.summary]


async def test_another_servers_event_is_reminded_there_and_not_here(servers):
    env, a, b, _ids, _store = servers
    await env.advance_time(25 * 24 * 3600)
    here = [m.content for m in a.channel.history() if m.author.bot]
    there = [m.content for m in b.channel.history() if m.author.bot and "Reminder" in m.content]
    assert not [text for text in here if SECRET in text]
    assert [text for text in there if f"{SECRET} Summit" in text]  # the probe can see a leak


async def test_the_same_probes_do_find_the_entries_in_their_own_server(servers):
    _env, _a, b, ids, _store = servers
    found = await b.admin.slash(b.channel, "event", query=f"{SECRET} Alias")
    assert found.response.embeds[0].title == f"{SECRET} Summit"
    choices = await b.admin.autocomplete(b.channel, "admin link", "actor", SECRET)
    assert choices[0]["value"] == f"id:{ids['actor'][0]}"


# ------------------------------------------------------------------ permissions

ADMIN_ATTEMPTS = {
    "admin event add": {"name": "Intruder summit", "start": "1 March 2026"},
    "admin event edit": {"target": "AI Action Summit", "city": "Nowhere"},
    "admin event remove": {"target": "AI Action Summit"},
    "admin actor add": {"name": "Intruder"},
    "admin actor edit": {"target": "OCDE", "role": "Nobody"},
    "admin actor remove": {"target": "OCDE"},
    "admin alias add": {"name": "Intruded", "event": "AI Action Summit"},
    "admin alias remove": {"name": "AI Action Summit", "event": "AI Action Summit"},
    "admin link": {"actor": "OCDE", "event": "AI Action Summit", "role": "guest"},
    "admin unlink": {"actor": "OCDE", "event": "AI Action Summit"},
    "admin editors": {"role": fuzz.Ref("role", "editors")},
    "admin language": {"language": "en"},
    "admin export": {},
    "admin import": {"file": ("x.json", b'{"events": [{"name": "Intruder", "kind": "summit"}]}')},
    "admin ingest": {"file": ("x.txt", b"A summit in Paris on 10 March 2026.")},
    "admin history": {},
    "admin document forget": {"document": "x.txt"},
    "admin source add": {"url": "https://news.example/feed"},
    "admin source list": {},
    "admin source remove": {"url": "https://news.example/feed"},
    "reminders channel": {"channel": fuzz.Ref("channel", "general")},
    "reminders offsets": {"offsets": "1d"},
    "reminders hour": {"hour": 3},
    "reminders role": {"role": fuzz.Ref("role", "editors")},
    "reminders grace": {"hours": 1},
    "reminders off": {},
    "reminders discord-events": {"state": "on"},
    "reminders digest": {"state": "on"},
    "reminders status": {},
}


def test_every_admin_command_is_tried_without_rights():
    assert sorted(ADMIN_ATTEMPTS) == sorted(
        n for n in fuzz.COMMANDS if n.split()[0] in ("admin", "reminders")
    )


async def test_admin_and_reminder_commands_are_hidden_from_members_without_rights(simcord_env):
    world = fuzz.new_world(simcord_env, 1)
    shown = {name.split()[0] for name in world.member.available_commands(world.channel)}
    assert "admin" not in shown and "reminders" not in shown and "event" in shown
    for name, options in ADMIN_ATTEMPTS.items():
        with pytest.raises(SetupError):
            await world.member.slash(world.channel, name, **fuzz._resolve(world, options))


@pytest.mark.parametrize("name", sorted(ADMIN_ATTEMPTS))
async def test_a_member_without_rights_let_through_by_discord_is_refused_by_the_bot(simcord_env, name):
    env = simcord_env
    world = fuzz.new_world(env, 1)
    everyone = world.guild.create_role("Everyone else")
    intruder = world.guild.add_member(env.create_user("intruder"), roles=[everyone])
    for command in await env.bot.tree.fetch_commands():
        if command.name in ("admin", "reminders"):
            world.guild.set_command_permissions(command, {everyone: True})
    store = env.bot.sommet.store
    before = (store.counts(), store.reminder_settings(world.guild.id), store.server_language(world.guild.id))
    result = await intruder.slash(world.channel, name, **fuzz._resolve(world, ADMIN_ATTEMPTS[name]))
    assert result.ephemeral
    assert "Manage Server" in result.response.content
    assert (
        store.counts(),
        store.reminder_settings(world.guild.id),
        store.server_language(world.guild.id),
    ) == (before)
    assert env.bot.admin.history(world.guild.id) == []
    assert world.guild.id not in store.mirrored_servers()
