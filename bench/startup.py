"""How long the bot takes from process start to its first answer, with a store of N names.

Run with ``python -m bench.startup --names 100000``. Writes the store once into a temporary
directory (names from bench/names.py), then starts a fresh Python process several times: each
imports the bot, opens the store, starts building the search index (in the background for a
large store), starts against SimCord's in-memory Discord and answers one /event by its name.
Prints the median wall time of those processes, from before the process is spawned to the
answer, the child's own breakdown, and when the index was complete.

Twice: as a restart pays it, with Python's compiled bytecode cached (in a folder beside the store,
filled by one untimed run, which also leaves the search index saved beside the store as a bot
that ran before would), and compiling every module (``PYTHONDONTWRITEBYTECODE=1``, as a first
start or an environment that sets it pays: it made imports look three times as slow).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.names import entries
from sommet.service import Sommet

CHILD = """
import asyncio, json, time
started = time.perf_counter()
import simcord
from bot import create_bot
imported = time.perf_counter()

async def main():
    bot = create_bot({db!r})
    opened = time.perf_counter()
    async with simcord.run(bot) as env:
        ready = time.perf_counter()
        guild = env.create_guild("bench")
        channel = guild.create_text_channel("general")
        member = guild.add_member(env.create_user("someone"))
        result = await member.slash(channel, "event", query={query!r})
        answered = time.perf_counter()
        answered_at = time.time()
        title = result.response.embeds[0].title if result.response.embeds else result.response.content
        await asyncio.to_thread(bot.sommet.index_ready.wait)
        indexed = time.perf_counter()
    print(json.dumps({{"imports": imported - started, "open store": opened - imported,
        "index and start": ready - opened, "first answer": answered - ready, "title": title,
        "index ready": indexed - opened, "answered at": answered_at, "entries": len(bot.sommet.index)}}))

asyncio.run(main())
"""


def fill(db: Path, count: int) -> str:
    """Write ``count`` names into a new store; give one event name to ask for."""
    sommet = Sommet.open(db, index=False)
    store = sommet.store
    asked = ""
    with store.transaction():
        for entry in entries(count):
            name, *aliases = entry.names
            if entry.owner == "event":
                entry_id = store.add_event(name=name, kind="summit", origin="admin")
                asked = asked or name
            else:
                entry_id = store.add_actor(name=name, kind="person", origin="admin")
            for alias in aliases:
                store.add_alias(entry.owner, entry_id, alias)
    sommet.close()
    return asked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=100_000, help="how many names and aliases")
    parser.add_argument("--runs", type=int, default=5, help="how many processes to time")
    parser.add_argument("--keep", type=Path, help="keep the store in this folder and reuse it next time")
    args = parser.parse_args(argv)
    root = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as scratch:
        db = (args.keep or Path(scratch)) / f"sommet-{args.names}.db"
        started = time.perf_counter()
        if db.exists():
            query = Sommet.open(db, index=False).store.first_entries("event", limit=1)[0][1]
        else:
            query = fill(db, args.names)
            print(f"store of {args.names:,} names written in {time.perf_counter() - started:.0f} s")
        env = {k: v for k, v in os.environ.items() if k not in ("DEV_GUILD_ID", "SHARD_COUNT", "SHARD_IDS")}
        code = CHILD.format(db=str(db), query=query)
        cached = {**env, "PYTHONPYCACHEPREFIX": str(db.parent / "pycache")}
        cached.pop("PYTHONDONTWRITEBYTECODE", None)
        spawn(code, root, cached)  # fills the bytecode cache (and saves the index), untimed
        for label, child_env in (
            ("a restart (bytecode cached)", cached),
            ("every module compiled", {**env, "PYTHONDONTWRITEBYTECODE": "1"}),
        ):
            walls: list[float] = []
            parts: list[dict] = []
            for _ in range(args.runs):
                spawned = time.time()  # wall clock, as the child reports when it answered
                parts.append(spawn(code, root, child_env))
                walls.append(parts[-1]["answered at"] - spawned)
            report(label, parts, walls)
    return 0


def spawn(code: str, root: Path, env: dict[str, str]) -> dict:
    """Run the child once; its figures."""
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=root, env=env, capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(label: str, parts: list[dict], walls: list[float]) -> None:
    print(f"{label}: answered {parts[0]['title']!r} from {parts[0]['entries']:,} entries")
    for name in ("imports", "open store", "index and start", "first answer"):
        print(f"  {name:16} {statistics.median(p[name] for p in parts):6.2f} s")
    print(f"  process start to first answer: median {statistics.median(walls):.2f} s over {len(walls)} runs")
    index_ready = statistics.median(p["index ready"] for p in parts)
    print(f"  (search index complete, in the background, {index_ready:.2f} s after the store opened)")
    print(f"  (min {min(walls):.2f} s, max {max(walls):.2f} s)")


if __name__ == "__main__":
    raise SystemExit(main())
