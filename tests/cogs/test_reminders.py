"""Reminder posts through SimCord on its clock (1 January 2026, 00:00 UTC at the start).

Each test uses a database file, so that a "restart" is a new bot on the same file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import discord
import pytest
from simcord import SetupError

from bot import create_bot
from sommet.dates import PartialDate
from sommet.models import Location
from sommet.reminders import ReminderSettings, parse_offsets
from tests.cogs.helpers import field, managed_server


class SimulatedCrash(Exception):
    """Raised at a step of a delivery to stop it there, as a crash would."""


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "sommet.db"


@pytest.fixture
def simcord_bot(db_path, monkeypatch):
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    return create_bot(db_path)


@pytest.fixture
def server(simcord_env):
    # These tests read the posts in English; the French default is tested in tests/cogs/test_languages.py.
    return managed_server(simcord_env, "agenda", guild_name="Policy team", admin_name="admin", language="en")


def store(env):
    return env.bot.sommet.store


def scheduler(env):
    return env.bot.get_cog("Reminders").scheduler


def add_event(
    env, name: str, day: date, *, at: str | None = None, zone: str = "Europe/Paris", **fields
) -> int:
    return store(env).add_event(
        name=name,
        kind="summit",
        origin="admin",
        start=PartialDate.from_date(day),
        start_time=at,
        timezone=zone,
        location=fields.pop("location", Location(venue="Grand Palais", city="Paris", country="France")),
        **fields,
    )


def posted(channel) -> list[discord.Message]:
    return [m for m in channel.history() if m.author.bot and "Reminder" in m.content]


async def advance_to(env, moment: datetime) -> None:
    await env.advance_time((moment - env.now()).total_seconds())


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


async def turn_on(admin, channel, **settings) -> None:
    result = await admin.slash(channel, "reminders channel", channel=channel)
    assert result.ephemeral and result.response.content.startswith("Reminders are on"), (
        result.response.content
    )
    for name, value in settings.items():
        await admin.slash(channel, f"reminders {name}", **value)


async def restart(env, db_path) -> None:
    await env.restart_bot(create_bot(db_path))
    await env.advance_time(1)


# ---------------------------------------------------------------- when they come


async def test_all_day_event_gets_reminders_a_week_before_the_day_before_and_on_the_morning(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel)
    add_event(env, "Sommet de Paris", date(2026, 1, 12))
    # 09:00 in Paris is 08:00 UTC in winter.
    await advance_to(env, utc(2026, 1, 5, 7, 59))
    assert posted(channel) == []
    await advance_to(env, utc(2026, 1, 5, 8, 0, 1))
    [week] = posted(channel)
    assert "Sommet de Paris" in week.content and "in 7 days" in week.content
    [embed] = week.embeds
    assert "Grand Palais, Paris, France" in embed.fields[1].value
    assert "January 12, 2026" in embed.fields[0].value and "<t:" in embed.fields[0].value
    assert "/event" in embed.fields[-1].value
    await advance_to(env, utc(2026, 1, 11, 8, 0, 1))
    assert "tomorrow" in posted(channel)[-1].content
    await advance_to(env, utc(2026, 1, 12, 8, 0, 1))
    assert "today" in posted(channel)[-1].content
    await advance_to(env, utc(2026, 1, 20))
    assert len(posted(channel)) == 3


async def test_timed_event_in_tokyo_is_reminded_counting_back_from_its_start_there(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d, 2h"})
    add_event(env, "Tokyo dialogue", date(2026, 1, 10), at="14:00", zone="Asia/Tokyo")
    # 14:00 in Tokyo is 05:00 UTC: one day before is 9 January 05:00 UTC, two hours before 03:00 UTC.
    await advance_to(env, utc(2026, 1, 9, 4, 59))
    assert posted(channel) == []
    await advance_to(env, utc(2026, 1, 9, 5, 0, 1))
    [day_before] = posted(channel)
    assert "tomorrow" in day_before.content
    start = int(utc(2026, 1, 10, 5).timestamp())
    assert f"<t:{start}:F>" in day_before.embeds[0].fields[0].value
    await advance_to(env, utc(2026, 1, 10, 2, 59))
    assert len(posted(channel)) == 1
    await advance_to(env, utc(2026, 1, 10, 3, 0, 1))
    assert "in 2 hours" in posted(channel)[-1].content


# Months of simulated time: a loaded machine may need more than SimCord's default 5 s to settle.
@pytest.mark.simcord(settle_timeout=30)
async def test_a_week_before_a_day_after_the_clocks_change_keeps_the_local_hour(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "7d"})
    # Paris moves to summer time on 29 March 2026: the event day is UTC+2, a week before is UTC+1.
    add_event(env, "Forum de printemps", date(2026, 4, 2))
    await advance_to(env, utc(2026, 3, 26, 7, 30))  # 08:30 in Paris: 24-hour blocks would have fired
    assert posted(channel) == []
    await advance_to(env, utc(2026, 3, 26, 8, 0, 1))  # 09:00 in Paris
    assert len(posted(channel)) == 1


# Months of simulated time: a loaded machine may need more than SimCord's default 5 s to settle.
@pytest.mark.simcord(settle_timeout=30)
async def test_month_precise_and_undated_events_get_no_reminders(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel)
    store(env).add_event(name="Some time in March", kind="summit", origin="admin", start=PartialDate(2026, 3))
    store(env).add_event(name="Date to come", kind="summit", origin="admin", status="announced")
    add_event(env, "Only announced", date(2026, 1, 20), status="announced")
    await advance_to(env, utc(2026, 4, 1))
    assert posted(channel) == []


async def test_an_event_of_another_server_is_not_reminded_here(server):
    env, guild, channel, admin = server
    await turn_on(admin, channel)
    add_event(env, "Their private summit", date(2026, 1, 8), guild_id=guild.id + 1)
    add_event(env, "Our private summit", date(2026, 1, 8), guild_id=guild.id)
    await advance_to(env, utc(2026, 1, 9))
    assert {m.embeds[0].title for m in posted(channel)} == {"Our private summit"}


# ------------------------------------------------------------- events that change


async def test_moving_an_event_moves_its_pending_reminders(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    event_id = add_event(env, "Moved summit", date(2026, 1, 12))
    await advance_to(env, utc(2026, 1, 3))
    store(env).update_event(event_id, start=PartialDate(2026, 1, 15))
    await advance_to(env, utc(2026, 1, 13))
    assert posted(channel) == []
    await advance_to(env, utc(2026, 1, 14, 8, 0, 1))
    assert len(posted(channel)) == 1


async def test_a_cancelled_or_removed_event_gets_no_more_reminders(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel)
    cancelled = add_event(env, "Cancelled summit", date(2026, 1, 12))
    removed = add_event(env, "Removed summit", date(2026, 1, 12))
    await advance_to(env, utc(2026, 1, 5, 9))
    assert len(posted(channel)) == 2
    store(env).update_event(cancelled, status="cancelled")
    store(env).remove_event(removed)
    await advance_to(env, utc(2026, 1, 13))
    assert len(posted(channel)) == 2
    status = await admin.slash(channel, "reminders status")
    assert "Next reminders" in status.response.embeds[0].fields[6].name
    assert status.response.embeds[0].fields[6].value == "none"


async def test_an_event_added_close_to_its_date_gets_only_the_reminders_still_ahead(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel)
    add_event(env, "Short notice", date(2026, 1, 3))
    await advance_to(env, utc(2026, 1, 4))
    assert [("tomorrow" in m.content, "today" in m.content) for m in posted(channel)] == [
        (True, False),
        (False, True),
    ]


# ------------------------------------------------------------------ catch-up


async def _offline_until(env, db_path, moment: datetime) -> None:
    """Stop the reminders (the bot is down), let time pass, start a new bot on the same file."""
    await env.bot.unload_extension("cogs.reminders")
    await advance_to(env, moment)
    await restart(env, db_path)


async def test_a_reminder_missed_within_the_grace_window_comes_late_and_older_ones_are_skipped(
    server, db_path
):
    env, _guild, channel, admin = server
    await turn_on(admin, channel)
    add_event(env, "Catch-up summit", date(2026, 1, 12))
    await _offline_until(env, db_path, utc(2026, 1, 11, 10))  # "1d" was due 2 hours ago, "7d" 6 days ago
    [late] = posted(channel)
    assert "tomorrow" in late.content and "late" in late.content
    status = await admin.slash(channel, "reminders status")
    assert "1 sent, 1 skipped" in status.response.embeds[0].fields[7].value
    await advance_to(env, utc(2026, 1, 12, 8, 0, 1))
    assert len(posted(channel)) == 2 and "late" not in posted(channel)[-1].content


async def test_reminders_missed_beyond_the_grace_window_are_skipped_and_counted(server, db_path):
    env, _guild, channel, admin = server
    await turn_on(admin, channel)
    add_event(env, "Missed summit", date(2026, 1, 12))
    add_event(env, "Other missed summit", date(2026, 1, 12))
    await _offline_until(env, db_path, utc(2026, 1, 11, 15))  # "1d" was due 7 hours ago
    assert posted(channel) == []
    status = await admin.slash(channel, "reminders status")
    assert "0 sent, 4 skipped" in status.response.embeds[0].fields[7].value


async def test_the_grace_window_can_be_widened(server, db_path):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, grace={"hours": 12})
    add_event(env, "Patient summit", date(2026, 1, 12))
    await _offline_until(env, db_path, utc(2026, 1, 11, 15))
    assert len(posted(channel)) == 1


# ------------------------------------------------------------ exactly once


@pytest.mark.parametrize("step", ["claim", "send", "complete"])
async def test_a_crash_at_any_step_of_a_delivery_still_ends_with_exactly_one_message(server, db_path, step):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    add_event(env, "Crash summit", date(2026, 1, 12))

    def crash(at: str, delivery_id: int) -> None:
        if at == step:
            raise SimulatedCrash(at)

    scheduler(env).checkpoint = crash
    await advance_to(env, utc(2026, 1, 11, 8, 0, 1))
    assert len(posted(channel)) == (1 if step == "complete" else 0)
    env.errors  # noqa: B018 - the crash was seen; acknowledge it
    await restart(env, db_path)
    await advance_to(env, utc(2026, 1, 13))
    [message] = posted(channel)
    assert "tomorrow" in message.content
    status = await admin.slash(channel, "reminders status")
    assert "1 sent, 0 skipped, 0 failed" in status.response.embeds[0].fields[7].value


@pytest.mark.parametrize("status", [500, 429, 503])
async def test_server_errors_and_rate_limits_are_retried_until_the_reminder_is_posted_once(server, status):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    add_event(env, "Flaky summit", date(2026, 1, 12))
    env.inject_error("POST", "/channels/*/messages", status=status, times=3)
    await advance_to(env, utc(2026, 1, 11, 8, 5))
    assert len(posted(channel)) == 1
    posts = [r for r in env.http_requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(posts) == 4 and len({r.json["nonce"] for r in posts}) == 1


@pytest.mark.parametrize(("status", "code", "said"), [(403, 50013, "permission"), (404, 10003, "channel")])
async def test_a_lost_permission_or_channel_stops_reminders_and_shows_in_status(server, status, code, said):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d, 0d"})
    add_event(env, "Blocked summit", date(2026, 1, 12))
    env.inject_error("POST", "/channels/*/messages", status=status, code=code, times=1)
    await advance_to(env, utc(2026, 1, 12, 9))
    assert posted(channel) == []  # the day itself was not tried either: reminders are paused
    posts = [r for r in env.http_requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(posts) == 1
    embed = (await admin.slash(channel, "reminders status")).response.embeds[0]
    assert "paused" in embed.description and said in embed.description
    assert said in embed.fields[-1].value and "1 failed" in embed.fields[7].value
    # Fixed and resumed: the reminder still within the grace window comes, once.
    await admin.slash(channel, "reminders channel", channel=channel)
    await env.advance_time(1)
    [message] = posted(channel)
    assert "today" in message.content and "late" in message.content


async def test_a_reminder_pings_the_configured_role_and_nobody_else(server):
    env, guild, channel, admin = server
    watchers = guild.create_role("Watchers")
    await turn_on(admin, channel, offsets={"offsets": "1d"}, role={"role": watchers})
    add_event(env, "Pinged summit", date(2026, 1, 12), description="Ask @everyone about it")
    await advance_to(env, utc(2026, 1, 11, 9))
    [message] = posted(channel)
    assert message.content.startswith(f"<@&{watchers.id}>")
    [post] = [r for r in env.http_requests if r.method == "POST" and r.path.endswith("/messages")]
    mentions = post.json["allowed_mentions"]
    assert mentions["parse"] == [] and mentions["roles"] == [watchers.id] and not mentions.get("users")
    assert not message.mention_everyone


async def test_a_reminder_for_a_server_this_process_cannot_see_is_left_alone(server):
    env, guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    elsewhere = guild.id + 12345
    settings = store(env).reminder_settings(guild.id)
    store(env).save_reminder_settings(type(settings)(elsewhere, channel_id=1, offsets=settings.offsets))
    add_event(env, "Shared summit", date(2026, 1, 12))
    await advance_to(env, utc(2026, 1, 11, 9))
    assert len(posted(channel)) == 1
    [theirs] = store(env).next_reminders(elsewhere)
    assert theirs.state == "pending"


# ------------------------------------------------------------- settings


async def test_discord_hides_reminders_from_members_without_manage_server(server):
    env, guild, channel, _admin = server
    bob = guild.add_member(env.create_user("bob"))
    with pytest.raises(SetupError, match="default-member-permissions"):
        await bob.slash(channel, "reminders channel", channel=channel)
    assert store(env).reminder_settings(guild.id).channel_id is None


async def test_the_bot_itself_refuses_reminders_to_members_without_manage_server(server):
    env, guild, channel, _admin = server
    bob = guild.add_member(env.create_user("bob"))
    # An override in the server's integration settings lets bob see the command; the bot still says no.
    [command] = [c for c in await env.bot.tree.fetch_commands() if c.name == "reminders"]
    guild.set_command_permissions(command, {bob: True})
    result = await bob.slash(channel, "reminders channel", channel=channel)
    assert result.ephemeral and result.response.content == "You need the Manage Server permission to do that."
    assert store(env).reminder_settings(guild.id).channel_id is None


async def test_bad_offsets_are_refused_politely_and_change_nothing(server):
    env, guild, channel, admin = server
    await turn_on(admin, channel)
    result = await admin.slash(channel, "reminders offsets", offsets="7 weeks")
    assert result.ephemeral and "could not read" in result.response.content
    assert [o.label for o in store(env).reminder_settings(guild.id).offsets] == ["7d", "1d", "0d"]


async def test_turning_reminders_off_drops_the_pending_ones(server):
    env, guild, channel, admin = server
    await turn_on(admin, channel)
    add_event(env, "Quiet summit", date(2026, 1, 12))
    assert len(store(env).next_reminders(guild.id)) == 3
    await admin.slash(channel, "reminders off")
    assert store(env).next_reminders(guild.id) == []
    await advance_to(env, utc(2026, 1, 13))
    assert posted(channel) == []


# ------------------------------------------------------- Discord scheduled events


def scheduled_events(env, guild) -> list:
    return list(env.backend.get_guild(guild.id).scheduled_events.values())


async def test_upcoming_events_are_mirrored_in_the_events_tab_and_kept_in_step(server):
    env, guild, channel, admin = server
    event_id = add_event(env, "Mirrored summit", date(2026, 1, 12))
    result = await admin.slash(channel, "reminders discord-events", state="on")
    assert "Events tab" in result.response.content
    [mirror] = scheduled_events(env, guild)
    assert (
        mirror.name == "Mirrored summit"
        and mirror.entity_metadata["location"] == "Grand Palais, Paris, France"
    )
    assert mirror.scheduled_start_time.startswith("2026-01-11T23:00")  # midnight in Paris
    store(env).update_event(event_id, start=PartialDate(2026, 1, 14))
    await env.advance_time(1)
    [moved] = scheduled_events(env, guild)
    assert moved.id == mirror.id and moved.scheduled_start_time.startswith("2026-01-13T23:00")
    store(env).update_event(event_id, status="cancelled")
    await env.advance_time(1)
    assert scheduled_events(env, guild) == []


async def test_without_manage_events_the_events_tab_fails_politely_and_shows_in_status(server):
    env, guild, channel, admin = server
    add_event(env, "Unmirrored summit", date(2026, 1, 12))
    bot_role = guild.roles[env.bot.user.name]
    permissions = discord.Permissions.all()
    permissions.update(administrator=False, manage_events=False)
    env.backend.edit_role(guild.id, bot_role.id, {"permissions": permissions.value})
    result = await admin.slash(channel, "reminders discord-events", state="on")
    assert result.ephemeral and "Manage Events" in result.response.content
    assert scheduled_events(env, guild) == []
    embed = (await admin.slash(channel, "reminders status")).response.embeds[0]
    assert "Manage Events" in embed.fields[-1].value


async def test_an_event_added_by_an_admin_gets_reminders_and_removing_it_stops_them(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    added = await admin.slash(
        channel, "admin event add", name="Conférence de Lyon", start="2026-01-20", timezone="Europe/Paris"
    )
    assert not added.ephemeral, added.response.content
    await advance_to(env, utc(2026, 1, 19, 8, 0, 1))
    [reminder] = posted(channel)
    assert "Conférence de Lyon" in reminder.content and "tomorrow" in reminder.content
    await admin.slash(channel, "admin event add", name="Table ronde de Nantes", start="2026-01-25")
    question = await admin.slash(channel, "admin event remove", target="Table ronde de Nantes")
    await admin.click(question.response, label="Confirm")
    await advance_to(env, utc(2026, 1, 26))
    assert len(posted(channel)) == 1


# ------------------------------------------------------------- Discord outages


def outage(env) -> dict:
    """From now on Discord answers 503 to every message posted or read in a channel, until ``end``."""
    env.inject_error("*", "/channels/*/messages", status=503, message="Service Unavailable", times=None)
    return env.backend.faults[-1]


def end(env, fault: dict) -> None:
    env.backend.faults.remove(fault)


def tries(env) -> list:
    """Every post of a message, and every look in the channel before posting again."""
    return [r for r in env.http_requests if r.method in ("GET", "POST") and r.path.endswith("/messages")]


@pytest.mark.parametrize("minutes", [15, 60, 300])
async def test_an_outage_within_the_grace_window_ends_with_one_late_post(server, minutes):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    add_event(env, "Outage summit", date(2026, 1, 12))
    await advance_to(env, utc(2026, 1, 11, 7, 59))
    fault = outage(env)
    await advance_to(env, utc(2026, 1, 11, 8) + timedelta(minutes=minutes))  # due at 08:00 UTC
    assert posted(channel) == []
    status = (await admin.slash(channel, "reminders status")).response.embeds[0]
    assert "Outage summit (tomorrow)" in field(status, "Waiting for a retry") and "<t:" in field(
        status, "Waiting for a retry"
    )
    end(env, fault)
    await env.advance_time(15 * 60)  # the longest wait between attempts is 10 minutes
    [message] = posted(channel)
    assert "Outage summit" in message.content and "Posted late" in message.content
    assert len(tries(env)) > 8
    assert len({r.json["nonce"] for r in tries(env) if r.method == "POST"}) == 1
    status = (await admin.slash(channel, "reminders status")).response.embeds[0]
    assert "1 sent, 0 skipped, 0 failed" in field(status, "So far")
    assert field(status, "Waiting for a retry") == "none"
    await advance_to(env, utc(2026, 1, 13))
    assert len(posted(channel)) == 1


async def test_an_outage_past_the_grace_window_skips_the_reminder_and_status_shows_it(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    add_event(env, "Unlucky summit", date(2026, 1, 12))
    await advance_to(env, utc(2026, 1, 11, 7, 59))
    fault = outage(env)
    await advance_to(env, utc(2026, 1, 11, 15))  # seven hours down; the grace window is six
    end(env, fault)
    await advance_to(env, utc(2026, 1, 13))
    assert posted(channel) == []
    assert len(tries(env)) > 30  # retried every ten minutes at most, for six hours
    status = (await admin.slash(channel, "reminders status")).response.embeds[0]
    assert "0 sent, 1 skipped, 0 failed" in field(status, "So far")
    assert "Unlucky summit (tomorrow)" in field(status, "Skipped, too late to post: 1")
    assert field(status, "Waiting for a retry") == "none"


async def test_reminders_of_one_server_keep_their_order_when_the_first_is_refused(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    for name in ("First summit", "Second summit", "Third summit"):
        add_event(env, name, date(2026, 1, 12))
    env.inject_error("POST", "/channels/*/messages", status=429, times=2)
    await advance_to(env, utc(2026, 1, 11, 8, 5))
    assert [m.embeds[0].title for m in posted(channel)] == ["First summit", "Second summit", "Third summit"]


async def test_a_burst_over_many_servers_is_claimed_in_batches_and_keeps_each_server_in_order(server):
    env, _guild, channel, admin = server
    await turn_on(admin, channel, offsets={"offsets": "1d"})
    channels = [channel]
    for number in range(59):
        other = env.create_guild(f"Team {number}").create_text_channel("agenda")
        store(env).set_server_language(other.guild.id, "en")
        store(env).save_reminder_settings(
            ReminderSettings(other.guild.id, channel_id=other.id, offsets=parse_offsets("1d"))
        )
        channels.append(other)
    add_event(env, "First summit", date(2026, 1, 12))
    add_event(env, "Second summit", date(2026, 1, 12))
    await advance_to(env, utc(2026, 1, 11, 7, 59))
    before = scheduler(env).wakeups
    await advance_to(env, utc(2026, 1, 11, 8, 5))
    for each in channels:
        assert [m.embeds[0].title for m in posted(each)] == ["First summit", "Second summit"]
    # Fifty requests in any second: the 120 reminders go out in three seconds.
    last = max(m.created_at for each in channels for m in posted(each))
    assert last - utc(2026, 1, 11, 8) < timedelta(seconds=3)
    # A look at the database for each batch of claims (a hundred, then twenty), not for each reminder.
    assert scheduler(env).wakeups - before <= 6
