"""How /event and /actor answer through SimCord: the best entry with its runners-up in a menu, a
question only on a true tie, suggestions on a miss, and autocomplete in the same order."""

from __future__ import annotations

from tests.cogs.helpers import field


def _menu(response, placeholder: str) -> dict:
    """The select menu with this placeholder under a message."""
    menus = [item for row in response.components for item in row["components"] if item["type"] == 3]
    return next(menu for menu in menus if menu.get("placeholder") == placeholder)


def _add_events(env, *names: str, guild_id: int | None = None) -> None:
    store = env.bot.sommet.store
    with store.transaction():
        for name in names:
            store.add_event(name=name, kind="workshop", origin="admin", guild_id=guild_id)


async def test_an_answer_offers_its_runners_up_and_each_opens_its_card(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "event", query="action summit")
    assert not result.ephemeral
    assert result.response.embeds[0].title == "AI Action Summit"
    menu = _menu(result.response, "Other matches…")
    assert 1 < len(menu["options"]) <= 10
    for option in menu["options"]:
        chosen = await alice.select(result.response, [option["value"]], custom_id=menu["custom_id"])
        assert chosen.ephemeral
        title = chosen.response.embeds[0].title
        assert option["label"].startswith(title) and title != "AI Action Summit"


async def test_keywords_in_any_order_with_a_year_and_a_place_open_the_summit(world):
    _env, _guild, channel, alice = world
    for query in ("sommet ia paris 2025", "somet action ia", "paris summit action ai"):
        result = await alice.slash(channel, "event", query=query)
        assert result.response.embeds[0].title == "AI Action Summit", query


async def test_an_answer_with_no_close_rival_has_no_other_matches_menu(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "actor", query="kamala")
    assert result.response.embeds[0].title == "Kamala Harris"
    placeholders = [
        item.get("placeholder") for row in result.response.components for item in row["components"]
    ]
    assert "Other matches…" not in placeholders


async def test_a_true_tie_asks_which_one_and_the_choice_answers(world):
    env, _guild, channel, alice = world
    _add_events(env, "Atelier IA Lyon", "Atelier IA Nantes")
    result = await alice.slash(channel, "event", query="atelier ia")
    assert result.ephemeral
    assert result.response.content.startswith("Several events fit")
    options = result.response.components[0]["components"][0]["options"]
    assert [o["label"] for o in options[:2]] == ["Atelier IA Lyon", "Atelier IA Nantes"]
    chosen = await alice.select(result.response, [options[1]["value"]])
    assert chosen.response.embeds[0].title == "Atelier IA Nantes"


async def test_a_miss_suggests_the_closest_names(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "event", query="Sommet de Séoul sur la robotique marine")
    assert result.ephemeral and result.response.embeds == []
    assert "Closest:" in result.response.content and "Séoul" in result.response.content


async def test_autocomplete_follows_the_answers_order(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "event", query="action summit")
    answered = [o["value"] for o in _menu(result.response, "Other matches…")["options"]]
    choices = await alice.autocomplete(channel, "event", "query", "action summit")
    assert len(choices) <= 25 and all(len(c["name"]) <= 100 for c in choices)
    first = await alice.slash(channel, "event", query=choices[0]["value"])
    assert first.response.embeds[0].title == "AI Action Summit"
    assert [c["value"].removeprefix("id:") for c in choices[1 : 1 + len(answered)]] == answered


async def test_a_servers_own_event_is_found_by_its_words_in_any_order_there_only(world):
    env, guild, channel, alice = world
    _add_events(env, "Conclave privé Zanzibar", guild_id=guild.id)
    result = await alice.slash(channel, "event", query="zanzibar conclave")
    assert result.response.embeds[0].title == "Conclave privé Zanzibar"
    other = env.create_guild("Other server")
    bob = other.add_member(env.create_user("bob"))
    there = other.create_text_channel("general")
    elsewhere = await bob.slash(there, "event", query="zanzibar conclave")
    assert elsewhere.ephemeral and "Zanzibar" not in elsewhere.response.content
    assert await bob.autocomplete(there, "event", "query", "zanzibar") == []


async def test_a_sub_event_query_opens_the_sub_event_not_its_parent(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "event", query="diner elysee")
    [embed] = result.response.embeds
    assert embed.title == "Élysée dinner for AI Action Summit leaders"
    assert "AI Action Summit" in field(embed, "Part of")
