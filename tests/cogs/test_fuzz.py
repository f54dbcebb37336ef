"""Every slash command and autocomplete driven with hostile input through SimCord (property-based).

Each example runs in a fresh server of the test's SimCord world. The number of examples comes from
the hypothesis profile in tests/conftest.py (SOMMET_FUZZ=long for a longer run).
"""

from __future__ import annotations

import itertools
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests import fuzz

# /admin ingest runs spaCy in a thread; its first load alone can outlast SimCord's 5 s default.
pytestmark = pytest.mark.simcord(settle_timeout=60)
_numbers = itertools.count()


def _leaves(env) -> set[str]:
    def walk(node, prefix):
        subs = [o for o in node.get("options", []) if o["type"] in (1, 2)]
        if not subs:
            yield prefix
        for sub in subs:
            yield from walk(sub, f"{prefix} {sub['name']}")

    return {
        name for command in env.backend.commands[None].values() for name in walk(command, command["name"])
    }


def test_every_command_and_every_autocomplete_is_fuzzed(simcord_env):
    assert sorted(fuzz.COMMANDS) == sorted(_leaves(simcord_env))
    assert sorted(fuzz.AUTOCOMPLETES) == sorted(fuzz.autocompleted(simcord_env))


# Commands that fetch what they are given are fuzzed apart (an upload) or not at all (a URL: the
# network); their refusals are tested in test_admin_ingest_url.py and test_feeds.py.
@pytest.mark.parametrize(
    "name", [name for name in fuzz.COMMANDS if name not in ("admin ingest", "admin source add")]
)
@given(data=st.data())
async def test_any_input_to_a_command_gets_a_reply_within_discord_limits_and_pings_nobody(
    simcord_env, name, data
):
    world = fuzz.new_world(simcord_env, next(_numbers))
    options = data.draw(fuzz.options_for(fuzz.leaf(simcord_env, name)), label="options")
    await fuzz.run_command(world, name, options, press=data.draw(st.integers(0, 3), label="press"))


@settings(max_examples=max(3, settings.default.max_examples // 5))
@given(file=fuzz.upload((".txt", ".md", ".html")), press=st.integers(0, 1))
async def test_any_uploaded_document_gets_a_reply_and_pings_nobody(simcord_env, file, press):
    world = fuzz.new_world(simcord_env, next(_numbers))
    await fuzz.run_command(world, "admin ingest", {"file": file}, press=press)


@pytest.mark.parametrize(("name", "option"), fuzz.AUTOCOMPLETES)
@given(typed=fuzz.hostile_text())
async def test_any_typing_gets_at_most_25_choices_discord_accepts(simcord_env, name, option, typed):
    world = fuzz.new_world(simcord_env, next(_numbers))
    await fuzz.run_autocomplete(world, name, option, typed)


@settings(max_examples=settings.default.max_examples * 2)
@given(data=st.data())
async def test_values_out_of_range_are_refused_by_discord_before_the_bot_sees_them(simcord_env, data):
    bounded = {
        name: strategy
        for name in fuzz.COMMANDS
        if (strategy := fuzz.refused_options_for(fuzz.leaf(simcord_env, name))) is not None
    }
    name = data.draw(st.sampled_from(sorted(bounded)), label="command")
    world = fuzz.new_world(simcord_env, next(_numbers))
    before = simcord_env.bot.sommet.store.counts()
    await fuzz.run_refused(world, name, data.draw(bounded[name], label="options"))
    assert simcord_env.bot.sommet.store.counts() == before


@pytest.mark.parametrize(
    ("name", "option", "edges"),
    [
        ("upcoming", "days", (1, 3650)),
        ("timeline", "year", (1900, 2100)),
        ("reminders hour", "hour", (0, 23)),
        ("reminders grace", "hours", (0, 72)),
    ],
)
async def test_numbers_at_their_bounds_work(simcord_env, name, option, edges):
    world = fuzz.new_world(simcord_env, next(_numbers))
    for value in edges:
        result = await fuzz.run_command(world, name, {option: value})
        assert result.response is not None


@given(
    start=st.sampled_from(fuzz.EDGE_DATES),
    end=st.none() | st.sampled_from(fuzz.EDGE_DATES),
    timezone=st.sampled_from(fuzz.ZONES),
    hour=st.integers(0, 23),
)
async def test_an_event_at_the_edges_of_the_calendar_is_added_or_refused_and_every_view_of_it_works(
    simcord_env, start, end, timezone, hour
):
    world = fuzz.new_world(simcord_env, next(_numbers))
    await _reminders_on(world, hour)
    options = {"name": "Edge summit", "start": start, "end": end, "timezone": timezone}
    added = await fuzz.run_command(world, "admin event add", {k: v for k, v in options.items() if v})
    await _every_view_of(world, added.response.ephemeral)


@given(
    day=st.sampled_from(["0001-01-01", "9999-12-31", "2024-02-29", "2026-03-29", "2026-10-25", "2026-01-02"]),
    time=st.sampled_from(["00:00", "02:30", "03:00", "23:59", None]),
    timezone=st.sampled_from(fuzz.ZONES),
    hour=st.integers(0, 23),
)
async def test_an_imported_event_in_a_dst_gap_or_at_the_end_of_time_is_shown_and_reminded(
    simcord_env, day, time, timezone, hour
):
    world = fuzz.new_world(simcord_env, next(_numbers))
    await _reminders_on(world, hour)
    event = {"name": "Edge summit", "start": day, "start_time": time, "timezone": timezone, "kind": "summit"}
    file = ("edge.json", json.dumps({"events": [event]}).encode())
    imported = await fuzz.run_command(world, "admin import", {"file": file})
    await _every_view_of(world, imported.response.ephemeral)


async def _reminders_on(world, hour: int) -> None:
    await fuzz.run_command(world, "reminders channel", {"channel": fuzz.Ref("channel", "general")})
    await fuzz.run_command(world, "reminders offsets", {"offsets": "7d, 1d, 1h, 0d"})
    await fuzz.run_command(world, "reminders hour", {"hour": hour})
    await fuzz.run_command(world, "reminders discord-events", {"state": "on"})


async def _every_view_of(world, refused: bool) -> None:
    """The event in every place it shows, then a month and a half of reminders, all without a bug."""
    found = await fuzz.run_command(world, "event", {"query": "Edge summit"}, press=1)
    assert (found.response.embeds == []) == refused
    for name, options in [
        ("upcoming", {}),
        ("upcoming", {"days": 3650}),
        ("timeline", {}),
        ("reminders status", {}),
        ("admin export", {}),
        ("admin history", {}),
    ]:
        await fuzz.run_command(world, name, options, press=1)
    cursor, errors = len(world.env.http_requests), world.env.error_cursor
    with fuzz.error_log() as log:
        await world.env.advance_time(45 * 24 * 3600)
    assert not log.records, [r.getMessage() for r in log.records]
    assert not world.env.errors_since(errors)
    fuzz.check_no_pings(world.env.http_requests[cursor:])
