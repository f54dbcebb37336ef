"""How robust the bot is: hostile input to every command and autocomplete, Discord refusing sends,
a locked database, a restart, and how many entries and reminders were lost or duplicated (zero).

Run with ``python -m bench.robustness [--examples N]``. It draws from the same generators and makes
the same checks as tests/cogs/test_fuzz.py (tests/fuzz.py), on the real bot in SimCord with a
database file, and prints what it tried per command and what survived.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import sqlite3
import tempfile
from collections import Counter
from datetime import timedelta
from pathlib import Path
from typing import Any

import simcord
from hypothesis import Phase, given, settings
from hypothesis import strategies as st

from bot import create_bot
from tests import fuzz

STATUSES = (429, 500, 403, 404)
SENDS = {
    "interaction answer": ("POST", "/interactions/*/callback"),
    "followup": ("POST", "/webhooks/*"),
    "message edit": ("PATCH", "/webhooks/*"),
    "channel post": ("POST", "/channels/*/messages"),
    "scheduled event": ("POST", "/guilds/*/scheduled-events"),
}


def draw(strategy: st.SearchStrategy[Any], count: int) -> list[Any]:
    """``count`` examples from a strategy, drawn as hypothesis would in a test (no shrinking)."""
    examples: list[Any] = []

    @settings(max_examples=count, database=None, phases=[Phase.generate], deadline=None)
    @given(strategy)
    def collect(example: Any) -> None:
        examples.append(example)

    collect()
    return examples[:count]


class Problems:
    """Failed checks, by command, with the first message of each."""

    def __init__(self) -> None:
        self.counts: Counter[str] = Counter()
        self.first: dict[str, str] = {}

    async def check(self, label: str, run) -> bool:
        try:
            await run
        except AssertionError as error:
            self.counts[label] += 1
            self.first.setdefault(label, str(error)[:300])
            return False
        return True


async def fuzz_commands(env, examples: int, problems: Problems, numbers) -> None:
    for name in fuzz.COMMANDS:
        definition = fuzz.leaf(env, name)
        count = max(2, examples // 5) if name == "admin ingest" else examples
        for options, press in draw(st.tuples(fuzz.options_for(definition), st.integers(0, 3)), count):
            world = fuzz.new_world(env, next(numbers))
            await problems.check(name, fuzz.run_command(world, name, options, press=press))
        refused = fuzz.refused_options_for(definition)
        for options in draw(refused, examples) if refused is not None else []:
            await problems.check(name, fuzz.run_refused(fuzz.new_world(env, next(numbers)), name, options))
    for name, option in fuzz.AUTOCOMPLETES:
        for typed in draw(fuzz.hostile_text(), examples):
            world = fuzz.new_world(env, next(numbers))
            await problems.check(f"{name} [{option}]", fuzz.run_autocomplete(world, name, option, typed))


class Faults:
    def __init__(self) -> None:
        self.injected: Counter[str] = Counter()
        self.survived: Counter[str] = Counter()


async def _next_command_works(world) -> bool:
    result = await world.admin.slash(world.channel, "event", query="AI Action Summit")
    return bool(result.response and result.response.embeds)


async def inject_faults(env, faults: Faults, numbers, log: fuzz.ErrorLog) -> None:
    """Each kind of send refused once with each status; the bot must carry on."""
    for status in STATUSES:
        for send, (method, path) in SENDS.items():
            world = fuzz.new_world(env, next(numbers))
            env.bot.sommet.store.set_server_language(world.guild.id, "en")
            errors, logged = env.error_cursor, len(log.records)
            env.inject_error(method, path, status=status, times=1)
            if send == "interaction answer":
                await world.admin.slash(world.channel, "event", query="AI Action Summit")
            elif send == "followup":
                await world.admin.slash(world.channel, "admin ingest", file=("a.txt", b"A summit in Paris."))
            elif send == "message edit":
                await world.admin.slash(world.channel, "admin event add", name="Lapse", start="1 June 2030")
                await env.advance_time(601)
            elif send == "channel post":
                await _reminders_on(world, "0d")
                await world.admin.slash(world.channel, "admin event add", name="Soon", start=_day(env, 2))
                await env.advance_time(3 * 86_400)
            else:
                await world.admin.slash(world.channel, "admin event add", name="Tab", start=_day(env, 9))
                await world.admin.slash(world.channel, "reminders discord-events", state="on")
            env.backend.faults.clear()  # a fault the path never reached is not counted as survived
            faults.injected[send] += 1
            clean = not env.errors_since(errors) and len(log.records) == logged
            if clean and await _next_command_works(world):
                faults.survived[send] += 1


def _day(env, days: int) -> str:
    return (env.now() + timedelta(days=days)).date().isoformat()


async def _reminders_on(world, offsets: str) -> None:
    await world.admin.slash(world.channel, "reminders channel", channel=world.channel)
    await world.admin.slash(world.channel, "reminders offsets", offsets=offsets)


async def entries_under_faults(env, numbers, rng: random.Random) -> tuple[int, int, int]:
    """Adds whose answer Discord refuses, each tried again as a person would: each entry once."""
    world = fuzz.new_world(env, next(numbers))
    names = [f"Faulty summit {n}" for n in range(40)]
    for name in names:
        if rng.random() < 0.5:
            env.inject_error("POST", "/interactions/*/callback", status=rng.choice(STATUSES), times=1)
        first = await world.admin.slash(world.channel, "admin event add", name=name, start="1 June 2030")
        if "Discord did not accept" in (first.response.content if first.response else ""):
            await world.admin.slash(world.channel, "admin event add", name=name, start="1 June 2030")
    events = Counter(e.name for e in env.bot.sommet.store.all_events(guild_id=world.guild.id) if e.guild_id)
    lost = sum(1 for name in names if events[name] == 0)
    duplicated = sum(events[name] - 1 for name in names if events[name] > 1)
    return len(names), lost, duplicated


async def reminders_under_faults(env, db: Path, numbers, rng: random.Random) -> tuple[int, int, int, int]:
    """Reminders through refused posts, a locked database and a restart: each posted exactly once."""
    world = fuzz.new_world(env, next(numbers))
    env.bot.sommet.store.set_server_language(world.guild.id, "en")
    await _reminders_on(world, "1d, 0d")
    names = [f"Reminded summit {n}" for n in range(12)]
    for number, name in enumerate(names):
        await world.admin.slash(world.channel, "admin event add", name=name, start=_day(env, 3 + number))
    injected = 0
    for day in range(len(names) + 4):
        if rng.random() < 0.6:
            env.inject_error("POST", "/channels/*/messages", status=rng.choice((429, 500, 502)), times=2)
            injected += 1
        if day == 5:
            env.bot.sommet.store.db.conn.execute("PRAGMA busy_timeout = 50")
            other = sqlite3.connect(db, isolation_level=None)
            other.execute("BEGIN IMMEDIATE")
            await env.advance_time(6 * 3600)
            other.execute("ROLLBACK")
            other.close()
            injected += 1
            await env.advance_time(18 * 3600)
        elif day == 8:
            await env.advance_time(12 * 3600)
            await env.restart_bot(create_bot(db))
            injected += 1
            await env.advance_time(12 * 3600)
        else:
            await env.advance_time(86_400)
    posts = Counter()
    for message in world.channel.history():
        for embed in message.embeds if message.author.bot else []:
            posts[(embed.title, embed.footer.text)] += 1
    expected = 2 * len(names)
    lost = expected - len(posts)
    duplicated = sum(count - 1 for count in posts.values())
    return expected, lost, duplicated, injected


async def main(examples: int) -> None:
    rng = random.Random(8)
    numbers = iter(range(1, 10**9))
    problems, faults = Problems(), Faults()
    logging.getLogger().setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "robustness.db"
        async with simcord.run(create_bot(db), settle_timeout=60, check_errors=False) as env:
            with fuzz.error_log() as log:
                await fuzz_commands(env, examples, problems, numbers)
                await inject_faults(env, faults, numbers, log)
                entries = await entries_under_faults(env, numbers, rng)
                reminders = await reminders_under_faults(env, db, numbers, rng)
            env.errors  # noqa: B018 - counted above; acknowledged so the teardown does not re-raise
    report(problems, faults, entries, reminders, len(log.records))


def report(problems: Problems, faults: Faults, entries, reminders, logged_errors: int) -> None:
    tally = fuzz.TALLY
    print(
        f"{'command or autocomplete':42} {'tried':>6} {'answered':>9} {'told why':>9} {'refused':>8} {'failed':>7}"
    )
    for name in sorted(tally.tried):
        print(
            f"{name:42} {tally.tried[name]:>6} {tally.answered[name]:>9} {tally.told_why[name]:>9}"
            f" {tally.refused_by_discord[name]:>8} {problems.counts[name]:>7}"
        )
    print(
        f"total: {sum(tally.tried.values())} inputs, {tally.pressed} buttons pressed after them, "
        f"{tally.bodies_checked} message bodies checked for pings, {sum(problems.counts.values())} failed checks"
    )
    for label, message in problems.first.items():
        print(f"  FAILED {label}: {message}")
    print(f"faults injected: {sum(faults.injected.values())}, survived: {sum(faults.survived.values())}")
    for send in SENDS:
        print(f"  {send:20} {faults.survived[send]}/{faults.injected[send]} survived")
    tried, lost, duplicated = entries
    print(f"entries added while Discord refused answers: {tried}, lost {lost}, duplicated {duplicated}")
    expected, lost, duplicated, injected = reminders
    print(
        f"reminders due through {injected} faults (refused posts, a locked database, a restart): "
        f"{expected}, lost {lost}, duplicated {duplicated}"
    )
    print(f"errors logged: {logged_errors}")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=15, help="generated inputs per command (default 15)")
    asyncio.run(main(parser.parse_args().examples))
