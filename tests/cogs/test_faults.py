"""Faults: Discord refusing each kind of send (429, 500, 403, 404), and a database that is locked or
fails in the middle of a write. The bot logs, tells the person, and the next command works.

A crash and restart while reminders are in flight is tested in tests/cogs/test_reminders.py.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import UTC, date, datetime
from pathlib import Path

import discord
import pytest

from bot import create_bot
from sommet.dates import PartialDate
from sommet.models import Location
from tests.cogs.helpers import managed_server

STATUSES = (429, 500, 403, 404)
ARTICLE = (Path(__file__).resolve().parent.parent / "fixtures" / "english_summit.txt").read_bytes()
# /admin ingest runs spaCy in a worker thread; its first load can outlast SimCord's 5 s default.
pytestmark = pytest.mark.simcord(settle_timeout=60)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "sommet.db"


@pytest.fixture
def simcord_bot(db_path, monkeypatch):
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    bot = create_bot(db_path)
    # Another process holding the lock should make a write give up quickly, not freeze the test.
    bot.sommet.store.db.conn.execute("PRAGMA busy_timeout = 50")
    return bot


@pytest.fixture
def server(simcord_env):
    return managed_server(simcord_env, "agenda", guild_name="Policy team", admin_name="admin", language="en")


@pytest.fixture
def errors_logged(caplog):
    """What was logged at ERROR: a Discord outage is a warning, never an unexpected error."""
    caplog.set_level(logging.WARNING)
    return lambda: [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]


async def _works(admin, channel) -> None:
    found = await admin.slash(channel, "event", query="AI Action Summit")
    assert found.response.embeds[0].title == "AI Action Summit"


# ------------------------------------------------------------------ Discord faults


@pytest.mark.parametrize("status", STATUSES)
async def test_a_refused_answer_is_logged_the_person_is_asked_to_retry_and_the_next_command_works(
    server, errors_logged, caplog, status
):
    env, _guild, channel, admin = server
    env.inject_error("POST", "/interactions/*/callback", status=status, times=1)
    result = await admin.slash(channel, "event", query="AI Action Summit")
    assert result.ephemeral and f"Discord did not accept my answer just now (error {status})" in (
        result.response.content
    )
    assert errors_logged() == [] and "Discord refused an answer to event" in caplog.text
    await _works(admin, channel)


@pytest.mark.parametrize("status", STATUSES)
async def test_a_refused_followup_is_reported_and_the_document_is_not_applied(server, errors_logged, status):
    env, _guild, channel, admin = server
    before = env.bot.sommet.store.counts()
    env.inject_error("POST", "/webhooks/*", status=status, times=1)
    result = await admin.slash(channel, "admin ingest", file=("summit.txt", ARTICLE))
    told = result.response  # the first followup after "thinking…" takes its place
    assert told.ephemeral and f"(error {status})" in told.content
    assert env.bot.sommet.store.counts() == before and errors_logged() == []
    await _works(admin, channel)


@pytest.mark.parametrize("status", STATUSES)
async def test_a_refused_edit_when_undo_lapses_changes_nothing_else(server, errors_logged, status):
    env, guild, channel, admin = server
    await admin.slash(channel, "admin event add", name="Lapsing summit", start="10 March 2026")
    env.inject_error("PATCH", "/webhooks/*", status=status, times=1)
    await env.advance_time(601)
    assert errors_logged() == []
    assert [e.name for e in env.bot.sommet.store.all_events(guild_id=guild.id) if e.guild_id] == [
        "Lapsing summit"
    ]
    await _works(admin, channel)


@pytest.mark.parametrize("status", STATUSES)
async def test_a_refused_events_tab_update_shows_in_status_and_the_next_change_mirrors_once(
    server, errors_logged, status
):
    env, guild, channel, admin = server
    store = env.bot.sommet.store
    event_id = store.add_event(
        name="Mirrored summit", kind="summit", origin="admin", start=PartialDate(2026, 1, 12)
    )
    env.inject_error("POST", "/guilds/*/scheduled-events", status=status, times=1)
    await admin.slash(channel, "reminders discord-events", state="on")
    mirrors = env.backend.get_guild(guild.id).scheduled_events
    assert mirrors == {} and errors_logged() == []
    status_embed = (await admin.slash(channel, "reminders status")).response.embeds[0]
    said = status_embed.fields[-1].value
    assert f"Discord refused a scheduled event ({status})" in said or "Manage Events" in said
    store.update_event(event_id, location=Location(city="Lyon"))
    await env.advance_time(1)
    [mirror] = env.backend.get_guild(guild.id).scheduled_events.values()
    assert mirror.name == "Mirrored summit"
    await _works(admin, channel)


# --------------------------------------------------------------- database faults


async def test_an_admin_change_while_another_process_holds_the_lock_is_refused_politely_then_works(
    server, db_path, errors_logged
):
    env, guild, channel, admin = server
    before = env.bot.sommet.store.counts()
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        refused = await admin.slash(channel, "admin event add", name="Locked summit", start="10 March 2026")
        assert refused.ephemeral and "busy right now, so nothing was changed" in refused.response.content
        await _works(admin, channel)  # reading still works while another process writes
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert env.bot.sommet.store.counts() == before and env.bot.admin.history(guild.id) == []
    added = await admin.slash(channel, "admin event add", name="Locked summit", start="10 March 2026")
    assert "Added event" in added.response.content
    found = await admin.slash(channel, "event", query="Locked summit")
    assert found.response.embeds[0].title == "Locked summit"
    assert errors_logged() == []


async def test_a_statement_failing_mid_transaction_rolls_the_whole_change_back(
    server, monkeypatch, errors_logged
):
    env, guild, channel, admin = server
    store = env.bot.sommet.store
    before = store.counts()
    record_audit = store.record_audit

    def disk_full(**fields):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(store, "record_audit", disk_full)  # after the event row, before its audit row
    refused = await admin.slash(channel, "admin event add", name="Half summit", start="10 March 2026")
    assert refused.ephemeral and "nothing was changed" in refused.response.content
    assert store.counts() == before
    assert all(m.name != "Half summit" for m in env.bot.sommet.suggest("event", "Half", guild_id=guild.id))
    monkeypatch.setattr(store, "record_audit", record_audit)
    added = await admin.slash(channel, "admin event add", name="Half summit", start="10 March 2026")
    assert "Added event" in added.response.content
    [record] = env.bot.admin.history(guild.id)
    assert record.summary == "Half summit" and errors_logged() == []


def _one_reminder(channel, name: str) -> discord.Message:
    [message] = [m for m in channel.history() if m.author.bot and "Reminder" in m.content]
    assert name in message.content
    return message


async def _remind_the_day_before(env, admin, channel, name: str) -> int:
    """Reminders on, the day before only, and a summit on 12 January 2026 (reminded at 08:00 UTC on the 11th)."""
    await admin.slash(channel, "reminders channel", channel=channel)
    await admin.slash(channel, "reminders offsets", offsets="1d")
    return env.bot.sommet.store.add_event(
        name=name,
        kind="summit",
        origin="admin",
        start=PartialDate.from_date(date(2026, 1, 12)),
        timezone="Europe/Paris",
    )


async def test_a_reminder_due_while_the_database_is_locked_comes_once_when_it_is_free(
    server, db_path, errors_logged
):
    env, _guild, channel, admin = server
    await _remind_the_day_before(env, admin, channel, "Locked reminder summit")
    await env.advance_time((datetime(2026, 1, 11, 7, 59, tzinfo=UTC) - env.now()).total_seconds())
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        await env.advance_time(120)  # due at 08:00 UTC (9:00 in Paris): the claim is refused
    finally:
        other.execute("ROLLBACK")
        other.close()
    await env.advance_time(180)
    _one_reminder(channel, "Locked reminder summit")
    assert errors_logged() == []


async def test_a_reminder_sent_just_before_the_database_locks_is_recorded_once_without_a_restart(
    server, db_path, errors_logged
):
    env, guild, channel, admin = server
    store = env.bot.sommet.store
    event_id = await _remind_the_day_before(env, admin, channel, "Sent then locked summit")
    other = sqlite3.connect(db_path, isolation_level=None)

    def lock_after_the_send(step: str, delivery_id: int) -> None:
        if step == "complete":
            other.execute("BEGIN IMMEDIATE")  # another process takes the write lock at this moment

    env.bot.get_cog("Reminders").scheduler.checkpoint = lock_after_the_send
    try:
        await env.advance_time((datetime(2026, 1, 11, 8, 0, 30, tzinfo=UTC) - env.now()).total_seconds())
        [delivery] = store.event_reminders(guild.id, event_id)
        assert delivery.state == "sending"  # posted, but the database could not record it yet
        await env.advance_time(120)
    finally:
        other.execute("ROLLBACK")
        other.close()
    await env.advance_time(10)
    message = _one_reminder(channel, "Sent then locked summit")
    [delivery] = store.event_reminders(guild.id, event_id)
    assert delivery.state == "sent" and delivery.message_id == message.id
    sends = [r for r in env.http_requests if r.method == "POST" and r.path.endswith("/messages")]
    assert len(sends) == 1
    assert errors_logged() == []
