"""The feed poller: runs a pass over the due feeds on the bot's schedule, then posts one digest in
each server that asked for it. Posting never pings (``AllowedMentions.none()``)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from datetime import timedelta

import discord
from discord.ext import commands

from sommet.digest import digest_text
from sommet.feeds import PassReport, run_pass

log = logging.getLogger(__name__)
_IDLE = timedelta(days=1)
FEED_ADDED = "sommet_feed_added"  # the bot event /admin source add dispatches to wake the poller


class Feeds(commands.Cog):
    def __init__(self, bot: commands.Bot) -> None:
        self.bot = bot
        self.store = bot.sommet.store  # type: ignore[attr-defined]
        self.every: timedelta = bot.poll_every  # type: ignore[attr-defined]
        self._task: asyncio.Task | None = None
        self._lock = asyncio.Lock()

    async def cog_load(self) -> None:
        # One process polls: the one with shard 0 (or the only one), so feeds are read once.
        shards = getattr(self.bot, "shard_ids", None)
        if self.every > timedelta(0) and (shards is None or 0 in shards):
            self._task = asyncio.create_task(self._run(), name="sommet-feeds")

    async def cog_unload(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        while True:
            try:
                await self.poll_once()
            except Exception:  # a pass that breaks must not stop the next one
                log.exception("A feed pass failed")
            # A wait_for on a bot event is the wake-up call: /admin source add dispatches FEED_ADDED.
            with contextlib.suppress(TimeoutError):
                await self.bot.wait_for(FEED_ADDED, timeout=self._pause().total_seconds())

    def _pause(self) -> timedelta:
        """Until the next feed falls due, at most ``every`` (feeds added by another process are
        found then); a day when none is followed, as adding one here wakes the poller."""
        due = self.store.feeds.next_due()
        if due is None:
            return _IDLE
        return max(min(due - discord.utils.utcnow(), self.every), timedelta(seconds=1))

    async def poll_once(self) -> PassReport:
        """One pass over the due feeds, then the digests; passes never overlap."""
        async with self._lock:
            report = await run_pass(
                self.store,
                now=discord.utils.utcnow(),
                policy=self.bot.fetch_policy,
                every=self.every,  # type: ignore[attr-defined]
                trusted=self.bot.admin.trusted,  # type: ignore[attr-defined]
            )
            if report.problems:
                log.info("Feed pass: %s", "; ".join(report.problems[:5]))
            if report.changed or any(report.changed_in.values()):
                await self._post_digests(report)
            return report

    async def _post_digests(self, report: PassReport) -> None:
        for guild_id in self.store.feeds.digest_servers():
            guild = self.bot.get_guild(guild_id)
            channel_id = self.store.reminder_settings(guild_id).channel_id
            channel = guild.get_channel(channel_id) if guild is not None and channel_id else None
            if not isinstance(channel, discord.abc.Messageable):
                continue
            lang = self.store.server_language(guild_id) or "fr"
            content = digest_text(self.store, report.changed_for(guild_id), guild_id=guild_id, lang=lang)
            if content is None:
                continue
            try:
                await channel.send(
                    content, allowed_mentions=discord.AllowedMentions.none(), suppress_embeds=True
                )
            except discord.HTTPException as error:
                log.warning("Could not post the digest in server %s: %s", guild_id, error)


async def setup(bot: commands.Bot) -> None:
    await bot.add_cog(Feeds(bot))
