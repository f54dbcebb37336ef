"""Noticing what another process wrote to the database (a ``sommet`` command, another shard's
process): SQLite's ``PRAGMA data_version`` changes when another connection commits, so a thread
reads it every two seconds and, when it moved, the search index is rebuilt and reminders replanned."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading

import discord
from discord.ext import commands

from cogs._reminder_delivery import WAKE
from sommet.reminder_plans import replan_server

log = logging.getLogger(__name__)
EVERY_SECONDS = 2.0


class StoreWatch(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.sommet = bot.sommet  # type: ignore[attr-defined]
        self.store = self.sommet.store
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    async def cog_load(self) -> None:
        if not self.store.file_backed():
            return  # an in-memory store has no other writer
        loop = asyncio.get_running_loop()
        # A thread on the real clock, not a task: it wakes nothing in the event loop until a change comes.
        self._thread = threading.Thread(
            target=self._watch, args=(loop,), name="sommet-store-watch", daemon=True
        )
        self._thread.start()

    async def cog_unload(self) -> None:
        self._stop.set()

    def _watch(self, loop: asyncio.AbstractEventLoop) -> None:
        seen = self.store.data_version()
        while not self._stop.wait(EVERY_SECONDS):
            try:
                version = self.store.data_version()
            except sqlite3.ProgrammingError:
                return  # the store was closed: the bot is gone
            except sqlite3.Error:
                continue  # busy: look again next time
            if version != seen:
                seen = version
                if loop.is_closed():
                    return  # the bot's loop ended without unloading this cog (a crash, a test's restart)
                asyncio.run_coroutine_threadsafe(self.refresh(), loop)

    async def refresh(self) -> None:
        """Re-read what another process changed: every name into the index, every server's reminders."""
        try:
            await asyncio.to_thread(self.sommet.build_index)
            now = discord.utils.utcnow()
            for settings in self.store.reminder_servers():
                await asyncio.to_thread(replan_server, self.store, settings, now=now)
            self.bot.dispatch(WAKE)
            log.info("The database changed in another process: search index and reminders refreshed")
        except Exception:
            log.exception("Refreshing after another process's change failed")


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(StoreWatch(bot))
