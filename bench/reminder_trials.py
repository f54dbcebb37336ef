"""Reminders under random trouble: restarts, Discord blips and outages, a locked database.

Run with ``python -m bench.reminder_trials --trials 1000 --seed S``. Each trial runs the real bot
in SimCord on a fresh database file: reminders are turned on with a random hour and grace window
and 1-4 events are added at random dates and time zones through the slash commands. Then troubles
are placed on the reminders' due times (one or two failed posts; Discord down for less or more
than the grace window; the bot down for a while, then restarted; another process holding the
database's write lock) and the clock is advanced in random steps until every window has closed.

Each reminder is then judged against the trouble it met in its window (from its due time to the
window's close): with a quarter of an hour when the bot, Discord and the database all worked, it
must be posted exactly once; when the whole window was lost, it must be skipped; between the two,
either is right. Lost (none when it had to come), doubled (more than one post) and posted after
its window closed must all be 0.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import shutil
import sqlite3
import sys
import tempfile
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from pathlib import Path

import discord
import simcord

from bot import create_bot
from sommet.service import Sommet

ZONES = ("UTC", "Europe/Paris", "America/New_York", "America/Los_Angeles", "Asia/Tokyo", "Asia/Kolkata")
STATUSES = (500, 502, 503, 504, 429)
# Working time within the window that must be enough to post: the longest wait between attempts
# (10 minutes) and some.
ENOUGH = timedelta(minutes=15)


@dataclass
class Tally:
    trials: int = 0
    expected: int = 0
    posted_once: int = 0
    posted_late: int = 0
    lost: int = 0
    doubled: int = 0
    skipped_past_window: int = 0
    posted_past_window: int = 0
    # SimCord waits a few seconds of real time for the bot to settle after a restart; on a machine
    # too busy for that, it gives the trial up, and the trial is counted here instead of judged.
    given_up_by_simcord: int = 0

    def add(self, other: Tally) -> None:
        for item in fields(self):
            setattr(self, item.name, getattr(self, item.name) + getattr(other, item.name))

    def counts(self) -> list[tuple[str, int]]:
        return [(item.name.replace("_", " "), getattr(self, item.name)) for item in fields(self)]

    def line(self) -> str:
        return ", ".join(f"{name} {count:,}" for name, count in self.counts())

    def __str__(self) -> str:
        return "\n".join(f"{name:22} {count:,}" for name, count in self.counts())


@dataclass(frozen=True)
class Trouble:
    kind: str  # "blip", "outage", "down" or "lock"
    start: datetime
    end: datetime
    detail: int = 0  # for a blip, the status and how many posts fail (status * 10 + count)


def plan_troubles(rng: random.Random, dues: list[datetime], grace: timedelta) -> list[Trouble]:
    """Troubles placed on due times, none overlapping another, in time order."""
    candidates = []
    for due in dues:
        roll = rng.random()
        before = timedelta(seconds=rng.uniform(0, 600))
        if roll < 0.2:
            detail = rng.choice(STATUSES) * 10 + rng.randint(1, 2)
            candidates.append(Trouble("blip", due - timedelta(seconds=1), due, detail))
        elif roll < 0.4:
            length = timedelta(minutes=rng.uniform(1, max(grace.total_seconds() / 60 - 30, 2)))
            candidates.append(Trouble("outage", due - before, due + length))
        elif roll < 0.5:
            length = grace + timedelta(minutes=rng.uniform(30, 180))
            candidates.append(Trouble("outage", due - before, due + length))
        elif roll < 0.65:
            length = timedelta(seconds=rng.uniform(5, 180))
            candidates.append(Trouble("lock", due - timedelta(seconds=rng.uniform(0, 30)), due + length))
        elif roll < 0.8:
            length = timedelta(minutes=rng.uniform(1, grace.total_seconds() / 60 + 120))
            start = due - timedelta(minutes=rng.uniform(0, 60))
            candidates.append(Trouble("down", start, due + length))
    chosen: list[Trouble] = []
    for trouble in sorted(candidates, key=lambda t: t.start):
        if not chosen or trouble.start > chosen[-1].end + timedelta(minutes=1):
            chosen.append(trouble)
    return chosen


def judge(due: datetime, grace: timedelta, troubles: list[Trouble]) -> str:
    """What a reminder must come to: "post", "skip" (its whole window was lost) or "either"."""
    closes, cursor, longest = due + grace, due, timedelta(0)
    for trouble in troubles:
        if trouble.kind == "blip" or trouble.end <= cursor or trouble.start >= closes:
            continue
        longest = max(longest, min(trouble.start, closes) - cursor)
        cursor = max(cursor, trouble.end)
    longest = max(longest, closes - cursor)
    if longest >= ENOUGH:
        return "post"
    covered = cursor >= closes and any(
        t.kind != "blip" and t.start <= due and t.end >= closes for t in troubles
    )
    return "skip" if covered else "either"


class World:
    """One trial's bot, server and database file, and the troubles it can be put through."""

    def __init__(self, env, path: Path) -> None:
        self.env, self.path = env, path
        self.guild = env.create_guild("Trial server")
        self.channel = self.guild.create_text_channel("agenda")
        managers = self.guild.create_role("Managers", permissions=discord.Permissions(manage_guild=True))
        self.admin = self.guild.add_member(env.create_user("admin"), roles=[managers])
        self.lock: sqlite3.Connection | None = None
        self.fault: dict | None = None

    @property
    def store(self):
        return self.env.bot.sommet.store

    async def begin(self, trouble: Trouble) -> None:
        if trouble.kind == "blip":
            status, count = divmod(trouble.detail, 10)
            self.env.inject_error("POST", "/channels/*/messages", status=status, times=count)
        elif trouble.kind == "outage":
            self.env.inject_error("*", "/channels/*/messages", status=503, times=None)
            self.fault = self.env.backend.faults[-1]
        elif trouble.kind == "lock":
            self.lock = sqlite3.connect(self.path, isolation_level=None)
            self.lock.execute("BEGIN IMMEDIATE")
        elif trouble.kind == "down":
            await self.env.bot.unload_extension("cogs.reminders")

    async def end(self, trouble: Trouble) -> None:
        if trouble.kind == "outage" and self.fault in self.env.backend.faults:
            self.env.backend.faults.remove(self.fault)
        elif trouble.kind == "lock" and self.lock is not None:
            self.lock.execute("ROLLBACK")
            self.lock.close()
        elif trouble.kind == "down":
            await self.env.restart_bot(quick_bot(self.path))


def quick_bot(path: Path):
    """The bot on the trial's file; a locked database makes a write give up at once, not in 10 s."""
    bot = create_bot(path)
    bot.sommet.store.db.conn.execute("PRAGMA busy_timeout = 50")
    return bot


async def advance_to(env, rng: random.Random, moment: datetime) -> None:
    """Move the clock to ``moment`` in random steps, from seconds to two days."""
    while env.now() < moment:
        step = rng.choice((60.0, 3_600.0, 43_200.0, 172_800.0)) * rng.uniform(0.2, 1.0)
        await env.advance_time(max(min(step, (moment - env.now()).total_seconds()), 0.001))


async def trial(rng: random.Random, folder: Path, template: Path) -> Tally:
    path = folder / f"trial-{rng.getrandbits(32)}.db"
    shutil.copyfile(template, path)  # a fresh store, without loading the shipped knowledge each time
    async with simcord.run(quick_bot(path), settle_timeout=60) as env:
        world = World(env, path)
        world.store.set_server_language(world.guild.id, "en")
        hour, grace = rng.randint(6, 20), rng.randint(1, 12)
        await world.admin.slash(world.channel, "reminders channel", channel=world.channel)
        await world.admin.slash(world.channel, "reminders hour", hour=hour)
        await world.admin.slash(world.channel, "reminders grace", hours=grace)
        for number in range(rng.randint(1, 4)):
            day = date(2026, 1, 1) + timedelta(days=rng.randint(1, 12))
            await world.admin.slash(
                world.channel,
                "admin event add",
                name=f"Trial summit {number}",
                start=day.isoformat(),
                timezone=rng.choice(ZONES),
            )
        planned = [
            d
            for e in world.store.reminder_events(world.guild.id)
            for d in world.store.event_reminders(world.guild.id, e)
        ]
        window = timedelta(hours=grace)
        troubles = plan_troubles(rng, sorted({d.due_at for d in planned}), window)
        for trouble in troubles:
            await advance_to(env, rng, trouble.start)
            await world.begin(trouble)
            await advance_to(env, rng, trouble.end)
            await world.end(trouble)
        await advance_to(env, rng, max(d.due_at for d in planned) + window + timedelta(hours=1))
        posts: Counter[int] = Counter()
        late: set[int] = set()
        for message in world.channel.history():
            if message.author.bot and message.embeds and "#" in (message.embeds[0].footer.text or ""):
                number = int(message.embeds[0].footer.text.rsplit("#", 1)[1])
                posts[number] += 1
                if "Posted late" in message.content:
                    late.add(number)
        return tally(planned, posts, late, window, troubles)


def tally(planned, posts: Counter[int], late: set[int], grace: timedelta, troubles: list[Trouble]) -> Tally:
    result = Tally(trials=1, expected=len(planned))
    for delivery in planned:
        verdict, count = judge(delivery.due_at, grace, troubles), posts[delivery.id]
        if count > 1:
            result.doubled += 1
        elif count == 1 and verdict == "skip":
            result.posted_past_window += 1
        elif count == 1:
            result.posted_once += 1
            result.posted_late += delivery.id in late
        elif verdict == "post":
            result.lost += 1
        else:
            result.skipped_past_window += 1
    return result


def seeds(trials: int, seed: int) -> list[int]:
    """Each trial's own seed, drawn from ``seed``: a trial gives the same result wherever it runs."""
    rng = random.Random(seed)
    return [rng.getrandbits(64) for _ in range(trials)]


async def run_trials(trials: int, seed: int) -> Tally:
    """Run the trials seeded by ``seed``; the sum of what they gave."""
    return await run_seeds(seeds(trials, seed))


async def run_seeds(trial_seeds: list[int], progress: int = 0) -> Tally:
    """The sum of the trials; every ``progress`` trials, the running sum on stderr."""
    total = Tally()
    # In memory when the machine has it: each trial's database file is then free of disk syncs.
    shared_memory = Path("/dev/shm")
    with tempfile.TemporaryDirectory(dir=shared_memory if shared_memory.is_dir() else None) as folder:
        template = Path(folder) / "template.db"
        Sommet.open(template).close()
        for done, trial_seed in enumerate(trial_seeds, 1):
            try:
                total.add(await trial(random.Random(trial_seed), Path(folder), template))
            except TimeoutError:
                total.given_up_by_simcord += 1
            if progress and done % progress == 0:
                print(total.line(), file=sys.stderr, flush=True)
            for leftover in Path(folder).glob("trial-*"):
                leftover.unlink()
    return total


def run_part(trial_seeds: list[int], progress: int = 0) -> Tally:
    """One process's share of the trials."""
    logging.getLogger("sommet").setLevel(logging.ERROR)  # the troubles' warnings are expected
    return asyncio.run(run_seeds(trial_seeds, progress))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=1_000)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--jobs", type=int, default=1, help="processes to share the trials (same result)")
    parser.add_argument(
        "--progress", type=int, default=0, help="print each process's running sum every N trials"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    trial_seeds = seeds(args.trials, args.seed)
    parts = [trial_seeds[n :: args.jobs] for n in range(args.jobs)]
    total = Tally()
    with ProcessPoolExecutor(args.jobs) as pool:
        for part in pool.map(run_part, parts, [args.progress] * args.jobs):
            total.add(part)
    print(f"seed {args.seed}\n{total}\n({time.perf_counter() - started:.0f} s)")


if __name__ == "__main__":
    main()
