"""How fast the scheduler finds the next due reminder, and whether it stays idle between reminders.

Run with ``python -m bench.reminders [--rows N]``. Builds a database file with N pending
deliveries (default 1,000,000) spread over 2,000 servers and a year, then times the
scheduler's two queries (median and 99th percentile over many calls) for one process that
has every server and for one shard out of four. Then it runs the real bot in SimCord with
one reminder 30 days ahead and counts the scheduler's wake-ups over that month.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sommet.reminders import Changes, Servers
from sommet.store import Store

SERVERS = 2_000
OFFSETS = ("7d", "1d", "0d")
START = datetime(2026, 1, 1, tzinfo=UTC)


def build(path: Path, rows: int) -> Store:
    store = Store.open(path)
    rng = random.Random(4)
    # Snowflake-like ids, so that Discord's shard rule ((id >> 22) % shards) spreads them out.
    guilds = [(rng.randrange(1 << 40) << 22) + n for n in range(SERVERS)]
    started = time.perf_counter()
    with store.transaction():
        for number in range(rows // len(OFFSETS)):
            event_due = START + timedelta(seconds=rng.randrange(365 * 86_400))
            insert = {o: event_due - timedelta(days=int(o[:-1])) for o in OFFSETS}
            store.apply_reminder_changes(guilds[number % SERVERS], number, Changes(insert, {}, ()))
    print(f"built {rows:,} pending deliveries in {time.perf_counter() - started:.1f} s")
    return store


def timed(call, repeats: int) -> tuple[float, float]:
    samples = []
    for _ in range(repeats):
        started = time.perf_counter()
        call()
        samples.append(time.perf_counter() - started)
    samples.sort()
    return statistics.median(samples) * 1000, samples[int(len(samples) * 0.99)] * 1000


def queries(store: Store, repeats: int) -> None:
    now = START + timedelta(days=180)
    for label, guilds in (("every server", Servers()), ("one shard of four", Servers(4, (1,)))):
        for name, call in (
            ("next due", lambda g=guilds: store.next_reminder_due(g)),
            ("due now (batch of 100)", lambda g=guilds: store.due_reminders(g, now=now)),
        ):
            median, p99 = timed(call, repeats)
            print(f"{name:24} {label:18} median {median:.3f} ms  p99 {p99:.3f} ms")


async def idle_month() -> None:
    import discord
    import simcord

    from bot import create_bot
    from sommet.dates import PartialDate
    from sommet.reminders import ReminderSettings, parse_offsets

    bot = create_bot(memory=True)
    async with simcord.run(bot) as env:
        guild = env.create_guild("Bench")
        channel = guild.create_text_channel("agenda")
        await env.advance_time(1)
        store = bot.sommet.store
        store.save_reminder_settings(
            ReminderSettings(guild.id, channel_id=channel.id, offsets=parse_offsets("0d"))
        )
        day = (env.now() + timedelta(days=30)).date()
        store.add_event(name="Far summit", kind="summit", origin="admin", start=PartialDate.from_date(day))
        scheduler = bot.get_cog("Reminders").scheduler
        before = scheduler.wakeups
        await env.advance_time(29 * 86_400)
        idle = scheduler.wakeups - before
        await env.advance_time(2 * 86_400)
        posted = [m for m in channel.history() if m.author.id == bot.user.id]
        # The one expected wake-up is the event being added; a polling loop would show thousands.
        print(
            f"scheduler wake-ups over 29 idle days: {idle} "
            f"(then {len(posted)} reminder posted on {day}, {scheduler.wakeups - before} wake-ups in all)"
        )
        assert isinstance(posted[0], discord.Message)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        store = build(Path(folder) / "bench.db", args.rows)
        queries(store, args.repeats)
        store.close()
    asyncio.run(idle_month())


if __name__ == "__main__":
    main()
