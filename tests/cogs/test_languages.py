"""French and English readers through SimCord: command names, replies, dates, names, errors and reminders."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

import discord
import pytest

from sommet.dates import PartialDate
from sommet.i18n import catalogue
from sommet.models import Location
from tests.cogs.helpers import field
from tests.reading import as_read

NAME = re.compile(r"^[-_\w]{1,32}$")


def _synced_commands(env) -> list[dict]:
    [put] = [r for r in env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]
    return put.json


def _walk(commands: list[dict], path: str = ""):
    for command in commands:
        here = f"{path}.{command['name']}" if path else command["name"]
        yield here, command
        yield from _walk(command.get("options", []), here)


async def test_every_command_option_and_choice_is_synced_with_english_and_french(world):
    env, *_ = world
    items = list(_walk(_synced_commands(env)))
    assert len(items) > 90
    for path, item in items:
        assert item["name"].isascii() or item["name"] == item["name"].lower(), path
        french = item["name_localizations"]["fr"]
        assert NAME.match(french) and french == french.lower(), (path, french)
        assert 1 <= len(item["description_localizations"]["fr"]) <= 100, path
        for choice in item.get("choices", []):
            assert choice["name_localizations"]["fr"], (path, choice)
    top = {command["name"]: command for command in _synced_commands(env)}
    assert top["event"]["name_localizations"]["fr"] == "événement"
    assert top["upcoming"]["name_localizations"]["fr"] == "à-venir"
    assert top["upcoming"]["description"] == "Events ahead, soonest first."
    days = next(o for o in top["upcoming"]["options"] if o["name"] == "days")
    assert days["name_localizations"]["fr"] == "jours"


async def test_the_french_catalogue_names_exactly_the_commands_that_exist(world):
    env, *_ = world
    synced = {path for path, _item in _walk(_synced_commands(env))}
    keys = [key for key in catalogue("fr") if key.startswith(("command.", "option."))]
    named = {key.split(".", 1)[1].rsplit(".", 1)[0] for key in keys}
    assert named == synced
    values = {c["value"] for _p, item in _walk(_synced_commands(env)) for c in item.get("choices", [])}
    assert {key.split(".", 1)[1] for key in catalogue("fr") if key.startswith("choice.")} == values


# ----------------------------------------------------------------- replies


@pytest.fixture
def french(world, user_locales):
    env, guild, channel, alice = world
    bob = guild.add_member(env.create_user("bob"))
    user_locales[bob.id] = "fr"
    return env, guild, channel, alice, bob


async def test_an_event_reads_in_each_readers_language(french):
    _env, _guild, channel, alice, bob = french
    english = (await alice.slash(channel, "event", query="AI Action Summit")).response.embeds[0]
    francais = (await bob.slash(channel, "event", query="AI Action Summit")).response.embeds[0]
    assert english.title == "AI Action Summit"
    assert "Sommet pour l'action sur l'IA" in field(english, "Also known as")
    assert "February 10" in field(english, "When") and field(english, "Kind") == "Summit"
    assert francais.title == "Sommet pour l'action sur l'IA"
    assert "AI Action Summit" in field(francais, "Autres noms")
    assert "10–11 février 2025" in as_read(field(francais, "Quand")) and field(francais, "Type") == "Sommet"
    assert "Inde — coprésident" in field(francais, "Qui (4)")


async def test_an_actor_reads_in_each_readers_language(french):
    _env, _guild, channel, alice, bob = french
    english = (await alice.slash(channel, "actor", query="OCDE")).response.embeds[0]
    francais = (await bob.slash(channel, "actor", query="OECD")).response.embeds[0]
    assert (english.title, field(english, "Kind")) == ("OECD", "Organisation")
    assert (francais.title, field(francais, "Type")) == ("OCDE", "Organisation")
    assert any(f.name.startswith("Événements") for f in francais.fields)


async def test_upcoming_and_timeline_read_in_each_readers_language(french):
    _env, _guild, channel, alice, bob = french
    english = (await alice.slash(channel, "timeline", year=2023)).response.embeds[0]
    francais = (await bob.slash(channel, "timeline", year=2023)).response.embeds[0]
    assert english.title == "Timeline 2023" and "November 1" in english.description
    assert francais.title == "Chronologie 2023" and "1–2 novembre 2023" in francais.description
    assert "Sommet sur la sécurité de l'intelligence artificielle" in francais.description
    # The shipped announcements' sources are years old, so they have aged out: nothing at all is ahead.
    ahead = (await bob.slash(channel, "upcoming", days=30)).response
    assert ahead.content.startswith("Rien n’est prévu d’ici 30 jours.") and not ahead.embeds


async def test_help_and_errors_read_in_each_readers_language(french):
    _env, _guild, channel, alice, bob = french
    aide = (await bob.slash(channel, "help")).response.embeds[0]
    assert "/à-venir" in field(aide, "Commandes") and "Je connais" in aide.description
    missing = await bob.slash(channel, "event", query="qqqq zzzz xxxx")
    assert missing.response.content == "Aucun événement ne correspond à « qqqq zzzz xxxx »."
    english = await alice.slash(channel, "timeline", actor="Nobody Atall")
    assert english.response.content.startswith("No actor matches")
    francais = await bob.slash(channel, "timeline", actor="Nobody Atall")
    assert francais.response.content.startswith("Aucun acteur ne correspond")


async def test_an_admin_date_error_reads_in_french(world, user_locales):
    env, guild, channel, _alice = world
    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(env.create_user("admin"), roles=[managers])
    user_locales[admin.id] = "fr"
    result = await admin.slash(channel, "admin event add", name="Atelier", start="mercredi 10 février 2025")
    assert result.ephemeral
    assert result.response.content == "Le 10 février 2025 est un lundi, pas un mercredi. Vérifiez la date."
    user_locales[admin.id] = "en-GB"
    result = await admin.slash(channel, "admin event add", name="Atelier", start="mercredi 10 février 2025")
    assert result.response.content == "10 February 2025 is a Monday, not a Wednesday. Please check the date."
    bad = await admin.slash(channel, "reminders offsets", offsets="soon")
    assert bad.ephemeral and bad.response.content.startswith("I could not read “soon” as an offset")


async def test_readers_in_other_languages_get_the_servers_language(world, user_locales):
    env, guild, channel, alice = world
    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(env.create_user("admin"), roles=[managers])
    user_locales[alice.id] = "de"
    before = await alice.slash(channel, "event", query="AI Action Summit")
    assert field(before.response.embeds[0], "Quand")  # French by default
    chosen = await admin.slash(channel, "admin language", language="en")
    assert "This server's language is now English" in chosen.response.content
    after = await alice.slash(channel, "event", query="AI Action Summit")
    assert after.response.embeds[0].title == "AI Action Summit" and field(after.response.embeds[0], "When")


async def test_autocomplete_labels_are_in_the_readers_language(french):
    _env, _guild, channel, alice, bob = french
    english = await alice.autocomplete(channel, "event", "query", "sommet pour l'action")
    francais = await bob.autocomplete(channel, "event", "query", "AI Action Summit")
    assert english[0]["name"].startswith("AI Action Summit")
    assert francais[0]["name"].startswith("Sommet pour l'action sur l'IA")


# ---------------------------------------------------------------- reminders


async def test_reminder_posts_use_the_servers_language_french_by_default(world):
    env, guild, channel, _alice = world
    managers = guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
    admin = guild.add_member(env.create_user("admin"), roles=[managers])
    await admin.slash(channel, "reminders channel", channel=channel)
    store = env.bot.sommet.store
    store.add_event(
        name="Conférence de Lyon",
        kind="conference",
        origin="admin",
        start=PartialDate.from_date(date(2026, 1, 12)),
        timezone="Europe/Paris",
        location=Location(city="Lyon", country="France"),
    )
    await env.advance_time((datetime(2026, 1, 5, 8, 1, tzinfo=UTC) - env.now()).total_seconds())
    [post] = [m for m in channel.history() if m.author.bot and "Rappel" in m.content]
    assert "**Rappel :** Conférence de Lyon — dans 7 jours." in post.content
    assert "12 janvier 2026, toute la journée" in field(post.embeds[0], "Quand")
    await admin.slash(channel, "admin language", language="en")
    await env.advance_time((datetime(2026, 1, 11, 8, 1, tzinfo=UTC) - env.now()).total_seconds())
    [post] = [m for m in channel.history() if m.author.bot and "Reminder" in m.content]
    assert "**Reminder:** Conférence de Lyon — tomorrow." in post.content
    assert "January 12, 2026, all day" in field(post.embeds[0], "When")
