"""/upcoming and /timeline through SimCord, on SimCord's clock (1 January 2026 at the start)."""

from __future__ import annotations

from datetime import timedelta

from sommet.dates import PartialDate
from sommet.models import Location
from tests.cogs.helpers import assert_within_discord_limits, field


def _add_future_events(env, count: int, *, kind: str = "conference") -> None:
    store = env.bot.sommet.store
    today = env.now().date()
    for number in range(count):
        day = today + timedelta(days=3 + number)
        store.add_event(
            name=f"Future meeting {number:02d}",
            kind=kind,
            origin="admin",
            start=PartialDate.from_date(day),
            timezone="Europe/Paris",
            location=Location(city="Lyon"),
        )


def _fresh_announcement(env) -> None:
    """An undated announced event whose source is a month old: still "date to be announced"."""
    store = env.bot.sommet.store
    published = (env.now() - timedelta(days=30)).date().isoformat()
    with store.transaction():
        event_id = store.add_event(name="Lagos Data Week", kind="week", origin="document", status="announced")
        store.cite("event", event_id, store.add_document(sha256="f" * 64, title="Lagos", published=published))


async def test_nothing_ahead_names_the_most_recent_past_event(world):
    _env, _guild, channel, alice = world
    _fresh_announcement(_env)
    result = await alice.slash(channel, "upcoming", days=30)
    assert not result.ephemeral
    [embed] = result.response.embeds
    assert embed.description.startswith("Nothing dated is scheduled ahead within 30 days.")
    assert "The most recent event was" in embed.description
    to_be_announced = field(embed, "Date to be announced")
    assert "Lagos Data Week" in to_be_announced and "AI Safety Summit" not in to_be_announced
    assert "Semaine numériQC" not in to_be_announced  # its one source is from 2021: stale


async def test_with_nothing_at_all_ahead_the_answer_is_a_sentence_not_an_error(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "upcoming", kind="dinner")
    assert not result.ephemeral
    assert result.response.content.startswith("Nothing is scheduled ahead.")
    assert "The most recent event was" in result.response.content


async def test_upcoming_lists_soonest_first_with_countdowns_and_undated_apart(world):
    env, _guild, channel, alice = world
    _add_future_events(env, 3)
    _fresh_announcement(env)
    result = await alice.slash(channel, "upcoming")
    [embed] = result.response.embeds
    lines = embed.description.splitlines()
    assert [line.split("**")[1] for line in lines] == [
        "Future meeting 00",
        "Future meeting 01",
        "Future meeting 02",
    ]
    assert "<t:" in lines[0] and ":R>" in lines[0]
    to_be_announced = field(embed, "Date to be announced")
    assert "Lagos Data Week" in to_be_announced and "AI Safety Summit" not in to_be_announced
    assert "Semaine numériQC" not in to_be_announced  # its one source is from 2021: stale
    assert_within_discord_limits(embed)


async def test_upcoming_filters_by_horizon_and_kind(world):
    env, _guild, channel, alice = world
    _add_future_events(env, 3)
    _add_future_events(env, 1, kind="webinar")
    within = await alice.slash(channel, "upcoming", days=4)
    listed = within.response.embeds[0].description
    assert listed.count("Future meeting") == 3 and "Future meeting 02" not in listed
    webinars = await alice.slash(channel, "upcoming", kind="webinar")
    assert webinars.response.embeds[0].description.count("Future meeting") == 1
    kinds = await alice.autocomplete(channel, "upcoming", "kind", "web")
    assert [c["value"] for c in kinds] == ["webinar"]


async def test_many_upcoming_events_come_in_pages_for_the_asker_only(world):
    env, guild, channel, alice = world
    _add_future_events(env, 23)
    result = await alice.slash(channel, "upcoming")
    assert result.response.embeds[0].footer.text.startswith("Page 1/3")
    turned = await alice.click(result.response, label="Next")
    assert turned.response.embeds[0].footer.text.startswith("Page 2/3")
    assert "Future meeting 10" in turned.response.embeds[0].description
    bob = guild.add_member(env.create_user("bob"))
    refused = await bob.click(result.response, label="Next")
    assert refused.ephemeral and "belong to whoever asked" in refused.response.content


async def test_timeline_lists_past_events_in_date_order_by_year_and_actor(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "timeline", year=2023)
    lines = result.response.embeds[0].description.splitlines()
    assert "Vivatech" in "".join(lines) and "AI Safety Summit" in "".join(lines)
    assert all("2023" in line for line in lines)
    by_actor = await alice.slash(channel, "timeline", actor="Xi Jinping")
    assert by_actor.response.embeds[0].title == "Timeline — Xi Jinping"
    assert "State visit of Xi Jinping" in by_actor.response.embeds[0].description


async def test_timeline_with_an_unknown_actor_says_so_privately(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "timeline", actor="Nobody Atall")
    assert result.ephemeral and result.response.content.startswith("No actor matches")


async def test_help_says_what_the_bot_knows(world):
    _env, _guild, channel, alice = world
    result = await alice.slash(channel, "help")
    [embed] = result.response.embeds
    assert "events" in embed.description and "/upcoming" in field(embed, "Commands")
    assert result.ephemeral


async def test_a_very_long_list_says_it_shows_only_the_first_ones(world):
    env, _guild, channel, alice = world
    _add_future_events(env, 260)
    result = await alice.slash(channel, "upcoming")
    footer = result.response.embeds[0].footer.text
    assert footer.startswith("Page 1/25") and "only the first 250 are listed" in footer
