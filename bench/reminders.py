"""How fast the scheduler finds the next due reminder, whether it stays idle between reminders,
and how fast a burst of reminders due at the same minute goes out within Discord's rate limits.

Run with ``python -m bench.reminders [--rows N] [--part queries|idle|burst]``. Builds a database
file with N pending deliveries (default 1,000,000) spread over 2,000 servers and a year, then times
the scheduler's two queries (median and 99th percentile over many calls) for one process that
has every server and for one shard out of four. Then it runs the real bot in SimCord with
one reminder 30 days ahead and counts the scheduler's wake-ups over that month. Last, the burst:
2,000 servers with 5 reminders each due at 09:00, posted through a limiter that answers 429 as
Discord does (``DiscordLimits``); it prints the simulated time against the floor of
10,000 / 50 per second = 200 s, and how many reminders were lost, doubled or out of due order.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import tempfile
import time
from collections import Counter, deque
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

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


class DiscordLimits:
    """Stands in front of SimCord's Discord and answers 429 as Discord does, with Retry-After.

    50 requests in any second in all, and 5 messages in any 5 seconds per channel, counted on
    SimCord's clock: the strictest reading of Discord's limits (a sliding window).
    """

    def __init__(self, env, request) -> None:
        self.env, self.request = env, request
        self.recent: deque[float] = deque()
        self.channels: dict[int, deque[float]] = {}
        self.refused = 0

    @staticmethod
    def _wait(uses: deque[float], limit: int, period: float, now: float) -> float:
        while uses and uses[0] <= now - period:
            uses.popleft()
        return uses[0] + period - now if len(uses) >= limit else 0.0

    async def __call__(self, route, **kwargs):
        import discord

        now = self.env.now().timestamp()
        channel = route.method == "POST" and route.path == "/channels/{channel_id}/messages"
        uses = self.channels.setdefault(route.channel_id, deque()) if channel else None
        overall = self._wait(self.recent, 50, 1.0, now)
        wait = max(overall, self._wait(uses, 5, 5.0, now) if uses is not None else 0.0)
        if wait > 0:
            self.refused += 1
            scope = "global" if overall > 0 else "user"
            headers = {"Retry-After": f"{wait:.3f}", "X-RateLimit-Scope": scope}
            headers["X-RateLimit-Global"] = "true" if overall > 0 else "false"
            response = SimpleNamespace(status=429, reason="Too Many Requests", headers=headers)
            body = {"message": "You are being rate limited.", "retry_after": wait, "global": overall > 0}
            raise discord.HTTPException(response, body)
        self.recent.append(now)
        if uses is not None:
            uses.append(now)
        return await self.request(route, **kwargs)


async def burst(servers: int, per_server: int = 5) -> None:
    """``servers`` servers with ``per_server`` reminders each, all due at 09:00 UTC on 2 January."""
    import simcord

    from bot import create_bot
    from sommet.dates import PartialDate
    from sommet.reminders import ReminderSettings, parse_offsets

    bot = create_bot(memory=True)
    started = time.perf_counter()
    async with simcord.run(bot, settle_timeout=3_600) as env:
        limits = DiscordLimits(env, bot.http.request)
        bot.http.request = limits
        store = bot.sommet.store
        day = PartialDate(2026, 1, 2)
        events = [
            store.add_event(name=f"Summit {n}", kind="summit", origin="admin", start=day, timezone="UTC")
            for n in range(per_server)
        ]
        due = datetime(2026, 1, 2, 9, tzinfo=UTC)
        channels = {}
        for number in range(servers):
            guild = env.create_guild(f"Server {number}")
            channels[guild.id] = guild.create_text_channel("agenda")
        with store.transaction():
            for guild_id, channel in channels.items():
                store.save_reminder_settings(
                    ReminderSettings(guild_id, channel_id=channel.id, offsets=parse_offsets("0d"))
                )
                for event_id in events:
                    store.apply_reminder_changes(guild_id, event_id, Changes({"0d": due}, {}, ()))
        bot.get_cog("Reminders").scheduler.wake()
        print(
            f"burst: {servers:,} servers, {servers * per_server:,} reminders due at {due:%H:%M} UTC "
            f"(set up in {time.perf_counter() - started:.0f} s)"
        )
        started = time.perf_counter()
        # Ten simulated seconds at a time: SimCord's real-time limit (settle_timeout) is per call.
        await env.advance_time((due - env.now()).total_seconds())
        while env.now() < due + timedelta(seconds=1_000):
            await env.advance_time(10)
        markers: Counter[str] = Counter()
        last, out_of_order = due, 0
        for channel in channels.values():
            mine = [m for m in channel.history() if m.author.id == bot.user.id]
            numbers = [
                int(m.embeds[0].footer.text.rsplit("#", 1)[1]) for m in sorted(mine, key=lambda m: m.id)
            ]
            markers.update(numbers)
            out_of_order += numbers != sorted(numbers)
            last = max([last, *(m.created_at for m in mine)])
        expected = servers * per_server
        took = (last - due).total_seconds()
        floor = expected / 50
        print(
            f"burst: all posted {took:.1f} s after they fell due (floor {floor:.0f} s, "
            f"{took / floor:.2f}x); posted {len(markers):,} of {expected:,}, lost {expected - len(markers)}, "
            f"doubled {sum(1 for n in markers.values() if n > 1)}, servers out of due order {out_of_order}, "
            f"429 answered {limits.refused}; {time.perf_counter() - started:.0f} s of real time"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--repeats", type=int, default=2_000)
    parser.add_argument("--part", choices=("queries", "idle", "burst"), action="append")
    parser.add_argument("--servers", type=int, default=SERVERS)
    args = parser.parse_args()
    parts = args.part or ["queries", "idle", "burst"]
    if "queries" in parts:
        with tempfile.TemporaryDirectory() as folder:
            store = build(Path(folder) / "bench.db", args.rows)
            queries(store, args.repeats)
            store.close()
    if "idle" in parts:
        asyncio.run(idle_month())
    if "burst" in parts:
        asyncio.run(burst(args.servers))


if __name__ == "__main__":
    main()
