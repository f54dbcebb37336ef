"""One database, two processes: what `sommet ingest` writes in one is answered by the bot in the
other within seconds, without a restart (PRAGMA data_version, cogs/store_watch.py)."""

from __future__ import annotations

import asyncio
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from bot import create_bot
from cogs import store_watch

ARTICLE = Path(__file__).resolve().parent.parent / "fixtures" / "english_summit.txt"
pytestmark = pytest.mark.simcord(settle_timeout=60)


@pytest.fixture
def database(tmp_path):
    return tmp_path / "shared.db"


@pytest.fixture
def simcord_bot(monkeypatch, database):
    monkeypatch.delenv("DEV_GUILD_ID", raising=False)
    return create_bot(database)


async def test_an_ingest_in_another_process_is_answered_within_seconds(world, database):
    env, _guild, channel, member = world
    before = await member.slash(channel, "event", query="Global AI Testing Summit")
    assert not before.response.embeds or before.response.embeds[0].title != "Global AI Testing Summit"
    command = [sys.executable, "-m", "sommet.cli", "ingest", "--db", str(database), str(ARTICLE)]
    done = await asyncio.to_thread(subprocess.run, command, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    written = time.monotonic()
    while time.monotonic() - written < 10:
        await asyncio.to_thread(time.sleep, 0.5)
        await env.settle(timeout=60)
        found = env.bot.sommet.resolve("event", "Global AI Testing Summit", guild_id=None).match
        if found is not None and found.name == "Global AI Testing Summit":
            break
    assert time.monotonic() - written < 10
    after = await member.slash(channel, "event", query="Global AI Testing Summit")
    assert after.response.embeds[0].title == "Global AI Testing Summit"


def test_the_watch_ends_quietly_when_the_bots_event_loop_is_gone(monkeypatch, database):
    """A bot dropped without closing (a crash, a restart in a test) leaves no thread that throws."""
    monkeypatch.setattr(store_watch, "EVERY_SECONDS", 0.05)
    errors: list[threading.ExceptHookArgs] = []
    monkeypatch.setattr(threading, "excepthook", errors.append)
    watch = store_watch.StoreWatch(create_bot(database))
    loop = asyncio.new_event_loop()
    loop.close()
    thread = threading.Thread(target=watch._watch, args=(loop,))
    thread.start()
    other = sqlite3.connect(database)
    for turn in range(100):  # another process writes until the watch has seen it
        with other:
            other.execute("CREATE TABLE IF NOT EXISTS elsewhere (turn INTEGER)")
            other.execute("INSERT INTO elsewhere VALUES (?)", (turn,))
        thread.join(timeout=0.1)
        if not thread.is_alive():
            break
    other.close()
    watch._stop.set()
    thread.join()
    watch.sommet.close()
    assert turn < 99 and not errors, [error.exc_value for error in errors]
