"""/event through SimCord: lookups with typos, accents, other languages, acronyms, ties and misses."""

from __future__ import annotations

import pytest

from tests.cogs.helpers import assert_within_discord_limits, field
from tests.reading import as_read


async def _event(world, query: str):
    _env, _guild, channel, alice = world
    return await alice.slash(channel, "event", query=query)


@pytest.mark.parametrize(
    "query",
    [
        "Sommet pour l'action sur l'IA",  # exact French name
        "AI Action Summit",  # English name of a French-named event
        "sommet pour l’action sur l’ia",  # typographic apostrophes, lower case
        "Somet pour l'action sur l'IA",  # a typo
    ],
)
async def test_event_answers_with_the_paris_summit(world, query):
    result = await _event(world, query)
    assert not result.ephemeral
    [embed] = result.response.embeds
    assert embed.title == "AI Action Summit"  # the English name, for an English reader
    assert "February 10 – 11, 2025" in as_read(field(embed, "When"))
    assert "Grand Palais" in field(embed, "Where")
    assert "India — co-chair" in field(embed, "Who")
    assert "UP' Magazine" in field(embed, "Sources")
    assert "Sommet pour l'action sur l'IA" in field(embed, "Also known as")
    assert_within_discord_limits(embed)


async def test_missing_accent_and_bletchley_name_find_the_safety_summit(world):
    result = await _event(world, "sommet de bletchley")
    [embed] = result.response.embeds
    assert embed.title == "AI Safety Summit"
    assert "Kamala Harris" in field(embed, "Who")


async def test_french_user_sees_dates_in_french(world, user_locales):
    _env, _guild, channel, alice = world
    user_locales[alice.id] = "fr"
    result = await alice.slash(channel, "event", query="AI Action Summit")
    assert "10–11 février 2025" in as_read(field(result.response.embeds[0], "Quand"))


async def test_sub_events_and_parent_are_shown_and_reachable(world):
    _env, _guild, _channel, alice = world
    result = await _event(world, "Semaine de l'action pour l'intelligence artificielle")
    [embed] = result.response.embeds
    assert "AI, Science and Society" in field(embed, "Programme")
    related = next(row for row in result.response.components[1]["components"])
    option = next(o for o in related["options"] if o["label"] == "AI, Science and Society")
    chosen = await alice.select(result.response, [option["value"]], custom_id=related["custom_id"])
    assert chosen.ephemeral
    assert chosen.response.embeds[0].title == "AI, Science and Society"
    assert "AI Action Week" in field(chosen.response.embeds[0], "Part of")


async def test_from_an_event_the_menu_opens_an_actor(world):
    _env, _guild, _channel, alice = world
    result = await _event(world, "AI Safety Summit")
    menu = result.response.components[0]["components"][0]
    option = next(o for o in menu["options"] if o["label"] == "Kamala Harris")
    chosen = await alice.select(result.response, [option["value"]], custom_id=menu["custom_id"])
    [embed] = chosen.response.embeds
    assert embed.title == "Kamala Harris"
    assert "AI Safety Summit" in field(embed, "Events")


async def test_no_match_is_a_private_answer_with_no_embed(world):
    result = await _event(world, "qqqq zzzz xxxx")
    assert result.ephemeral
    assert result.response.content == "No event matches “qqqq zzzz xxxx”."
    assert result.response.embeds == []


async def test_a_near_miss_suggests_the_closest_names(world):
    result = await _event(world, "Sommet de Séoul sur la robotique marine")
    assert result.ephemeral
    assert "Closest:" in result.response.content and "Séoul" in result.response.content


async def test_an_over_long_query_gets_a_polite_private_error(world):
    result = await _event(world, "sommet " * 60)
    assert result.ephemeral
    assert "keep it under 200" in result.response.content


async def test_autocomplete_offers_at_most_25_short_choices_that_send_ids(world):
    _env, _guild, channel, alice = world
    choices = await alice.autocomplete(channel, "event", "query", "")
    assert 0 < len(choices) <= 25
    assert all(len(c["name"]) <= 100 and c["value"].startswith("id:") for c in choices)
    typed = await alice.autocomplete(channel, "event", "query", "bletch")
    assert typed[0]["name"].startswith("AI Safety Summit")
    result = await alice.slash(channel, "event", query=typed[0]["value"])
    assert result.response.embeds[0].title == "AI Safety Summit"


async def test_replies_never_allow_pings(world):
    env, _guild, _channel, _alice = world
    await _event(world, "AI Action Summit")
    callbacks = [r for r in env.http_requests if r.path.endswith("/callback")]
    assert callbacks and all(r.json["data"]["allowed_mentions"] == {"parse": []} for r in callbacks)


async def test_undated_past_programme_items_are_not_called_announced(world):
    result = await _event(world, "AI Action Summit")
    programme = field(result.response.embeds[0], "Programme")
    assert "Convergence AI challenges** — Date not known" in programme
    assert "Date to be announced" not in programme
