"""The reminder scheduler: one task that sleeps until the next due reminder, and exactly-once delivery.

A delivery is claimed (pending -> sending) in the store before its message is sent and completed
(-> sent) after; the message carries a fixed nonce and a visible marker, so that a delivery left
in flight by a crash is looked up in the channel before it is sent again.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from datetime import datetime, timedelta

import discord
from discord.ext import commands

from cogs._i18n import server_language
from cogs._render import COLOUR, clip
from sommet.errors import StoreBusy
from sommet.formatting import format_span
from sommet.i18n import ENGLISH, text
from sommet.models import Event
from sommet.names import shown_name
from sommet.reminder_plans import replan_server
from sommet.reminders import (
    Delivery,
    ReminderSettings,
    Servers,
    event_begins,
    event_zone,
    is_remindable,
    triage,
)
from sommet.store import Store

log = logging.getLogger("sommet.reminders")

WAKE = "sommet_reminders_changed"
CLAIMED = "sommet_reminder_claimed"
# Waits between attempts after a server error or a rate limit; then the delivery has failed.
RETRY_DELAYS = (5.0, 30.0, 120.0, 600.0)
# How far back a restart looks in a channel for a message it may already have sent.
HISTORY_LIMIT = 50
AFTER_A_BUG = 60.0

Checkpoint = Callable[[str, int], None]


def _no_checkpoint(step: str, delivery_id: int) -> None:
    """Tests replace this to stop a delivery between two steps, as a crash would."""


class Scheduler:
    """Sleeps until the earliest pending delivery of this process's servers, then posts it."""

    def __init__(self, bot: commands.Bot, store: Store) -> None:
        self.bot = bot
        self.store = store
        self.checkpoint: Checkpoint = _no_checkpoint
        self.wakeups = 0
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # ------------------------------------------------------------- lifecycle

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self._run(), name="sommet-reminders")

    def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def wake(self) -> None:
        """Look again for the next due reminder (something was added, moved or removed)."""
        self.signal(WAKE)

    def signal(self, event: str, *args: object) -> None:
        """Dispatch a bot event, also from a store change made off the loop (an ingest in a thread)."""
        if self._loop is None or self._loop.is_closed():
            return
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            self.bot.dispatch(event, *args)
        else:
            self._loop.call_soon_threadsafe(self.bot.dispatch, event, *args)

    def servers(self) -> tuple[Servers, dict[int, ReminderSettings]]:
        """This process's share: servers on its shards, less those it cannot see or that are halted."""
        count = self.bot.shard_count or 1
        shard_ids = getattr(self.bot, "shard_ids", None) or (
            [self.bot.shard_id] if self.bot.shard_id is not None else range(count)
        )
        mine = Servers(count, tuple(shard_ids))
        configured = {s.guild_id: s for s in self.store.reminder_servers() if mine.owns(s.guild_id)}
        exclude = tuple(g for g, s in configured.items() if s.halted or self.bot.get_guild(g) is None)
        active = {g: s for g, s in configured.items() if g not in exclude}
        return Servers(count, mine.shard_ids, exclude), active

    async def _run(self) -> None:
        await self.bot.wait_until_ready()
        now = discord.utils.utcnow()
        servers, active = self.servers()
        for settings in active.values():
            replan_server(self.store, settings, now=now)
        for delivery in self.store.in_flight_reminders(servers):
            self.bot.dispatch(CLAIMED, delivery.id, True)
        while True:
            try:
                await self._step()
            except asyncio.CancelledError:
                raise
            except StoreBusy:
                log.warning("The database is busy; looking at reminders again in a minute")
                await asyncio.sleep(AFTER_A_BUG)
            except Exception:
                log.exception("The reminder scheduler failed; trying again in a minute")
                await asyncio.sleep(AFTER_A_BUG)

    async def _step(self) -> None:
        """Post what is due, or sleep until the next reminder or a change, whichever comes first."""
        self.wakeups += 1
        servers, active = self.servers()
        now = discord.utils.utcnow()
        due = self.store.due_reminders(servers, now=now)
        if due:
            self._claim(due, active, now)
            return
        next_due = self.store.next_reminder_due(servers)
        timeout = None if next_due is None else max((next_due - now).total_seconds(), 0.0)
        # A wait_for on a bot event is this task's wake-up call: dispatching WAKE re-arms it.
        with contextlib.suppress(TimeoutError):
            await self.bot.wait_for(WAKE, timeout=timeout)

    def _claim(self, due, servers: dict[int, ReminderSettings], now: datetime) -> None:
        """Skip what is too late or outrun, claim the rest and hand each one to a delivery."""
        decided = triage(due, now=now, grace={gid: s.grace for gid, s in servers.items()})
        if decided.skip:
            self.store.skip_reminders(decided.skip, now=now)
            log.info("Skipped %d overdue reminders", len(decided.skip))
        for delivery_id, late in decided.send:
            self.checkpoint("claim", delivery_id)
            if self.store.claim_reminder(delivery_id, late=late, now=now):
                self.bot.dispatch(CLAIMED, delivery_id, False)

    # -------------------------------------------------------------- delivery

    async def deliver(self, delivery_id: int, *, resumed: bool) -> None:
        """Post a claimed reminder once, retrying server errors, and record how it ended.

        ``resumed`` is for a delivery a previous run claimed and never completed.
        """
        delivery = self.store.reminder(delivery_id)
        if delivery is None or delivery.state != "sending":
            return
        settings = self.store.reminder_settings(delivery.guild_id)
        event = self.store.event(delivery.event_id, guild_id=delivery.guild_id)
        now = discord.utils.utcnow()
        if event is None or not is_remindable(event) or not settings.enabled:
            self.store.finish_reminder(
                delivery.id, "skipped", now=now, error="the event or the setting changed"
            )
            return
        locale = server_language(self.store, delivery.guild_id) or ENGLISH
        guild = self.bot.get_guild(delivery.guild_id)
        channel = guild.get_channel(settings.channel_id) if guild else None
        if not isinstance(channel, discord.TextChannel | discord.Thread):
            self._halt(delivery, text("reminders.channel_gone", locale))
            return
        # A previous run may have sent it and stopped before recording so: look before sending.
        if resumed and await self._already_sent(channel, delivery):
            return
        content, embed, mentions = reminder_message(event, delivery, settings, locale=locale)
        self.checkpoint("send", delivery.id)
        for attempt, delay in enumerate((*RETRY_DELAYS, None)):
            try:
                message = await channel.send(
                    content, embed=embed, nonce=delivery.nonce, allowed_mentions=mentions
                )
            except (discord.Forbidden, discord.NotFound) as error:
                key = (
                    "reminders.lost_permission"
                    if isinstance(error, discord.Forbidden)
                    else "reminders.lost_channel"
                )
                self._halt(
                    delivery,
                    text(key, locale, channel=channel.mention, status=error.status, error=error.text[:80]),
                )
                return
            except discord.HTTPException as error:
                transient = error.status >= 500 or error.status == 429
                if not transient or delay is None:
                    self._fail(
                        delivery,
                        text("reminders.refused", locale, status=error.status, error=error.text[:80]),
                    )
                    return
                log.warning("Reminder %d: attempt %d failed with %d", delivery.id, attempt + 1, error.status)
                await asyncio.sleep(delay)
                self.store.count_reminder_attempt(delivery.id)
                if await self._already_sent(channel, delivery):
                    return
                continue
            self.checkpoint("complete", delivery.id)
            self.store.finish_reminder(delivery.id, "sent", now=discord.utils.utcnow(), message_id=message.id)
            return

    async def _already_sent(self, channel: discord.abc.Messageable, delivery: Delivery) -> bool:
        """Find our message for this delivery in the channel; record it as sent when found."""
        since = (delivery.claimed_at or delivery.due_at) - timedelta(minutes=1)
        try:
            async for message in channel.history(limit=HISTORY_LIMIT, after=since):
                if message.author.id == self.bot.user.id and any(
                    delivery.marker in (embed.footer.text or "").split(" · ") for embed in message.embeds
                ):
                    self.store.finish_reminder(
                        delivery.id, "sent", now=discord.utils.utcnow(), message_id=message.id
                    )
                    return True
        except discord.HTTPException:
            # Without Read Message History the nonce is the only guard left against a double post.
            log.warning("Reminder %d: could not read the channel history", delivery.id)
        return False

    def _halt(self, delivery: Delivery, reason: str) -> None:
        now = discord.utils.utcnow()
        self.store.finish_reminder(delivery.id, "failed", now=now, error=reason)
        self.store.halt_reminders(delivery.guild_id, reason, now=now)
        log.warning("Reminders halted in guild %d: %s", delivery.guild_id, reason)

    def _fail(self, delivery: Delivery, reason: str) -> None:
        now = discord.utils.utcnow()
        self.store.finish_reminder(delivery.id, "failed", now=now, error=reason)
        self.store.add_reminder_problem(delivery.guild_id, reason, now=now)


def when_text(event: Event, *, locale: str) -> str:
    """The event's time as Discord timestamps (shown in each reader's zone); all-day events by date."""
    begins = event_begins(event)
    relative = discord.utils.format_dt(begins, "R")
    if event.start_time:
        return f"{discord.utils.format_dt(begins, 'F')} ({relative}) · {event.start_time} {event_zone(event).key}"
    # A midnight timestamp would show the day before to readers west of the event.
    assert event.start is not None
    return text(
        "reminders.all_day", locale, dates=format_span(event.start, event.end, locale), relative=relative
    )


def reminder_message(
    event: Event, delivery: Delivery, settings: ReminderSettings, *, locale: str
) -> tuple[str, discord.Embed, discord.AllowedMentions]:
    """The reminder's text, embed and the only mention it may ping (the configured role)."""
    title = shown_name(event, locale)
    name = discord.utils.escape_markdown(clip(title, 200))
    head = "⏰ " + text("reminders.head", locale, name=name, ahead=delivery.offset.ahead(locale))
    if delivery.late:
        head += " *" + text("reminders.late", locale) + "*"
    content = f"<@&{settings.role_id}> {head}" if settings.role_id else head
    embed = discord.Embed(title=clip(title, 256), colour=COLOUR, url=event.url or None)
    embed.add_field(
        name=text("field.when", locale), value=clip(when_text(event, locale=locale), 1024), inline=False
    )
    if event.location.label():
        embed.add_field(
            name=text("field.where", locale), value=clip(event.location.label(), 1024), inline=False
        )
    if event.description:
        embed.description = clip(event.description, 500)
    embed.add_field(
        name=text("reminders.more", locale),
        value=text("reminders.more_command", locale, name=clip(title, 90)),
        inline=False,
    )
    embed.set_footer(text=f"Sommet · {delivery.marker}")
    roles = [discord.Object(settings.role_id)] if settings.role_id else False
    return (
        content,
        embed,
        discord.AllowedMentions(everyone=False, users=False, roles=roles, replied_user=False),
    )
