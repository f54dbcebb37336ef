"""Sommet's entry point: read the settings, open the store, load the cogs, then run or preview."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from collections.abc import Mapping
from datetime import timedelta
from pathlib import Path
from typing import Any

import discord
from discord.ext import commands
from dotenv import load_dotenv

from cogs._translator import CatalogueTranslator
from sommet.admin import Admin
from sommet.errors import DatabaseRefused
from sommet.fetch import Policy
from sommet.service import Sommet
from sommet.trust import trusted_servers

log = logging.getLogger("sommet")

EXTENSIONS = (
    "cogs.errors",
    "cogs.events",
    "cogs.actors",
    "cogs.agenda",
    "cogs.help",
    "cogs.admin",
    "cogs.reminders",
    "cogs.search",
    "cogs.feeds",
    "cogs.store_watch",
)

NO_TOKEN = """\
No DISCORD_TOKEN is set, so Sommet cannot connect to Discord.

To run it for real: create an application at https://discord.com/developers/applications,
add a bot, copy its token into a .env file beside bot.py (see .env.example) as
DISCORD_TOKEN=..., then run `python bot.py` again.

To try it offline first, with no token and no network: `python bot.py --preview`
"""

BAD_TOKEN = """\
Discord refused the DISCORD_TOKEN, so Sommet cannot connect. It may have been reset or mistyped:
copy the bot's token again from https://discord.com/developers/applications into .env.
"""

PREVIEW_WELCOME = """\
**Sommet preview** — the real bot, offline. Type `/` in the box below and try:
`/event query: AI Action Summit` · `/actor query: OCDE` · `/timeline year: 2023` · `/upcoming` · `/help`"""


class SommetBot(commands.Bot):
    """The bot with the core attached: cogs reach the store and index through ``bot.sommet``,
    and the admin changes through ``bot.admin``."""

    def __init__(
        self,
        sommet: Sommet,
        *,
        dev_guild_id: int | None = None,
        fetch_policy: Policy | None = None,
        poll_every: timedelta = timedelta(hours=1),
        trusted_servers: frozenset[int] = frozenset(),
        **options: Any,
    ) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
            **options,
        )
        self.sommet = sommet
        self.admin = Admin(sommet, trusted=trusted_servers)  # who may teach every server
        self.dev_guild_id = dev_guild_id
        self.fetch_policy = fetch_policy or Policy()  # links given in Discord: see fetch_settings
        self.poll_every = poll_every  # how often followed feeds are read; 0 turns the poller off

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CatalogueTranslator())  # French names and descriptions at sync
        # Before any command can arrive for a small store, in the background for a large one (seconds
        # at 1M names); in a thread either way so that the loop stays free.
        await asyncio.to_thread(self.sommet.start_index)
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        if self.dev_guild_id:
            guild = discord.Object(self.dev_guild_id)
            self.tree.copy_global_to(guild=guild)
            await self.tree.sync(guild=guild)
        else:
            await self.tree.sync()

    async def close(self) -> None:
        await super().close()
        self.sommet.close()


class ShardedSommetBot(SommetBot, commands.AutoShardedBot):
    """The same bot over several gateway shards, or over some of them when processes split the work."""


def shard_settings(environ: Mapping[str, str] = os.environ) -> tuple[int | None, list[int] | None]:
    """``SHARD_COUNT`` and ``SHARD_IDS`` ("0,1" or "0-3"): how many shards in all, and this
    process's; (None, None) when unset. Raises ValueError with a message for people."""
    count_text = environ.get("SHARD_COUNT", "").strip()
    ids_text = environ.get("SHARD_IDS", "").strip()
    if not count_text:
        if ids_text:
            raise ValueError("SHARD_IDS needs SHARD_COUNT, the number of shards across all processes.")
        return None, None
    if not count_text.isdigit() or int(count_text) < 1:
        raise ValueError(f"SHARD_COUNT must be a whole number of at least 1, not {count_text!r}.")
    count = int(count_text)
    if not ids_text:
        return count, None
    ids: list[int] = []
    for part in ids_text.split(","):
        low, _, high = part.strip().partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise ValueError(f"SHARD_IDS must look like 0,1 or 0-3, not {ids_text!r}.")
        ids.extend(range(int(low), int(high or low) + 1))
    if not ids or len(set(ids)) != len(ids) or max(ids) >= count:
        raise ValueError(f"SHARD_IDS must be distinct shard numbers from 0 to {count - 1}, not {ids_text!r}.")
    return count, ids


def poll_setting(environ: Mapping[str, str] = os.environ) -> timedelta:
    """``SOMMET_POLL_MINUTES``: how often followed feeds are read (default 60; 0 turns polling off)."""
    value = environ.get("SOMMET_POLL_MINUTES", "").strip()
    if not value:
        return timedelta(hours=1)
    if not value.isdigit():
        raise ValueError(f"SOMMET_POLL_MINUTES must be a whole number of minutes, not {value!r}.")
    return timedelta(minutes=int(value))


def fetch_settings(environ: Mapping[str, str] = os.environ) -> Policy:
    """How links given in Discord are fetched: ``SOMMET_FETCH_PRIVATE=1`` lets them reach loopback
    and private addresses (tests, or a bot that reads an intranet), which is otherwise refused."""
    allow = environ.get("SOMMET_FETCH_PRIVATE", "").strip().lower() in ("1", "true", "yes", "on")
    return Policy(allow_private=allow)


def create_bot(
    db_path: str | Path | None = None,
    *,
    memory: bool = False,
    shard_count: int | None = None,
    shard_ids: list[int] | None = None,
) -> SommetBot:
    """Build the configured bot without touching the network, so tests and tools can drive it.

    The search index is built by ``setup_hook``. With a shard count (argument or SHARD_COUNT),
    the bot is an AutoShardedBot over ``shard_ids`` (or SHARD_IDS), or all shards when unset.
    """
    dev_guild = os.environ.get("DEV_GUILD_ID", "").strip()
    if shard_count is None:
        shard_count, shard_ids = shard_settings()
    sommet = Sommet.open(db_path, memory=memory, index=False)
    dev_guild_id = int(dev_guild) if dev_guild.isdigit() else None
    options: dict[str, Any] = {
        "dev_guild_id": dev_guild_id,
        "fetch_policy": fetch_settings(),
        "poll_every": poll_setting(),
        "trusted_servers": trusted_servers(),
    }
    if shard_count is None:
        return SommetBot(sommet, **options)
    return ShardedSommetBot(sommet, shard_count=shard_count, shard_ids=shard_ids, **options)


async def run_preview(db_path: str | Path | None) -> None:
    """Run the real bot against SimCord's in-memory Discord and serve it in a local browser page."""
    import simcord

    bot = create_bot(db_path)
    async with simcord.run(bot) as env:
        guild = env.create_guild("Sommet demo")
        channel = guild.create_text_channel("general")
        member = guild.add_member(env.create_user("you"))
        await bot.get_channel(channel.id).send(PREVIEW_WELCOME)
        await member.slash(channel, "event", query="AI Action Summit")  # one answer to look at
        async with env.preview(channel, viewers=[member], layout="channel") as preview:
            print(f"Sommet preview is running. Open this address in a browser:\n  {preview.url}", flush=True)
            print("Type / in the message box to use the commands. Press Ctrl+C to stop.", flush=True)
            await asyncio.Event().wait()  # serve until interrupted


def main(argv: list[str] | None = None) -> int:
    """Run the bot; a database it must not use (damaged, or newer than this code) stops it with why."""
    try:
        return _main(argv)
    except DatabaseRefused as error:
        print(error, file=sys.stderr)
        return 3


def _main(argv: list[str] | None) -> int:
    parser = argparse.ArgumentParser(description="Run the Sommet Discord bot.")
    parser.add_argument("--preview", action="store_true", help="run offline in a browser preview")
    parser.add_argument("--db", type=Path, default=None, help="database file (default: $SOMMET_DB)")
    args = parser.parse_args(argv)
    load_dotenv()
    discord.utils.setup_logging(level=os.environ.get("LOG_LEVEL", "INFO"))
    if args.preview:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(run_preview(args.db))
        return 0
    token = os.environ.get("DISCORD_TOKEN", "").strip()
    if not token:
        print(NO_TOKEN, file=sys.stderr)
        return 2
    try:
        shard_count, shard_ids = shard_settings()
        poll_setting()
        trusted_servers()
    except ValueError as error:
        print(error, file=sys.stderr)
        return 2
    bot = create_bot(args.db, shard_count=shard_count, shard_ids=shard_ids)
    try:
        bot.run(token, log_handler=None)
    except discord.LoginFailure:
        print(BAD_TOKEN, file=sys.stderr)  # never the token itself: this may land in a shared log
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
