"""/actor through SimCord: people, organisations and countries, with their events in date order."""

from __future__ import annotations

import pytest

from tests.cogs.helpers import assert_within_discord_limits, field


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Cédric O", "Cédric O"),
        ("cedric o", "Cédric O"),
        ("OCDE", "OECD"),  # an English reader sees the English acronym
        ("GPAI", "Global Partnership on Artificial Intelligence"),
        ("Brunno Le Mair", "Bruno Le Maire"),
    ],
)
async def test_actor_is_found_by_name_accentless_acronym_or_typo(world, query, name):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "actor", query=query)
    [embed] = result.response.embeds
    assert embed.title == name
    assert_within_discord_limits(embed)


async def test_actor_card_shows_kind_role_aliases_events_and_sources(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "actor", query="Bruno Le Maire")
    [embed] = result.response.embeds
    assert field(embed, "Kind") == "Person"
    assert "Economie et des Finances" in field(embed, "Role")
    events = field(embed, "Events").splitlines()
    assert "Rome" in events[0]  # 30 October 2023 comes before the November summit
    assert any("AI Safety Summit" in line for line in events[1:])
    assert field(embed, "Sources").startswith("• ")


async def test_from_an_actor_the_menu_opens_an_event(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "actor", query="Inde")
    menu = result.response.components[0]["components"][0]
    option = next(o for o in menu["options"] if o["label"] == "AI Action Summit")
    chosen = await alice.select(result.response, [option["value"]])
    assert chosen.response.embeds[0].title == "AI Action Summit"


async def test_unknown_actor_gets_a_private_answer(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "actor", query="Zzyzx Qwerty")
    assert result.ephemeral and result.response.content.startswith("No actor matches")


async def test_actor_autocomplete_ranks_the_typed_name_first(world):
    _env, _guild, channel, alice = world
    choices = await alice.autocomplete(channel, "actor", "query", "macr")
    assert choices[0]["name"] == "Emmanuel Macron"
    assert len(choices) <= 25
