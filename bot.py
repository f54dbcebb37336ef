"""Sommet's entry point: read the settings, open the store, load the cogs, then run or preview."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import os
import sys
from pathlib import Path

import discord
from discord.ext import commands
from dotenv import load_dotenv

from cogs._translator import CatalogueTranslator
from sommet.admin import Admin
from sommet.errors import DatabaseRefused
from sommet.service import Sommet

log = logging.getLogger("sommet")

EXTENSIONS = (
    "cogs.errors",
    "cogs.events",
    "cogs.actors",
    "cogs.agenda",
    "cogs.help",
    "cogs.admin",
    "cogs.reminders",
)

NO_TOKEN = """\
No DISCORD_TOKEN is set, so Sommet cannot connect to Discord.

To run it for real: create an application at https://discord.com/developers/applications,
add a bot, copy its token into a .env file beside bot.py (see .env.example) as
DISCORD_TOKEN=..., then run `python bot.py` again.

To try it offline first, with no token and no network: `python bot.py --preview`
"""


PREVIEW_WELCOME = """\
**Sommet preview** — the real bot, offline. Type `/` in the box below and try:
`/event query: AI Action Summit` · `/actor query: OCDE` · `/timeline year: 2023` · `/upcoming` · `/help`"""


class SommetBot(commands.Bot):
    """The bot with the core attached: cogs reach the store and index through ``bot.sommet``,
    and the admin changes through ``bot.admin``."""

    def __init__(self, sommet: Sommet, *, dev_guild_id: int | None = None) -> None:
        super().__init__(
            command_prefix=commands.when_mentioned,
            intents=discord.Intents.default(),
            allowed_mentions=discord.AllowedMentions.none(),
            help_command=None,
        )
        self.sommet = sommet
        self.admin = Admin(sommet)
        self.dev_guild_id = dev_guild_id

    async def setup_hook(self) -> None:
        await self.tree.set_translator(CatalogueTranslator())  # French names and descriptions at sync
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


def create_bot(db_path: str | Path | None = None, *, memory: bool = False) -> SommetBot:
    """Build the configured bot without touching the network, so tests and tools can drive it."""
    dev_guild = os.environ.get("DEV_GUILD_ID", "").strip()
    sommet = Sommet.open(db_path, memory=memory)
    return SommetBot(sommet, dev_guild_id=int(dev_guild) if dev_guild.isdigit() else None)


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
    bot = create_bot(args.db)
    bot.run(token, log_handler=None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
