"""The reminder scheduler: one task that sleeps until the next due reminder, and exactly-once delivery.

A delivery is claimed (pending -> sending) in the store before its message is sent and completed
(-> sent) after; the message carries a fixed nonce and a visible marker, so that a delivery whose
outcome is unknown (a crash, a timeout, a server error) is looked up in the channel before it is
sent again. One that Discord refuses for a while is tried again until its grace window closes.
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import logging
import random
from collections.abc import Callable
from datetime import datetime, timedelta

import discord
from discord.ext import commands

from cogs._i18n import server_language
from cogs._reminder_pacing import Lanes, Pacer, is_global, retry_after
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
    is_late,
    is_remindable,
    next_attempt,
    triage,
    window_closes,
)
from sommet.store import Store

log = logging.getLogger("sommet.reminders")

WAKE = "sommet_reminders_changed"
CLAIMED = "sommet_reminder_claimed"
# How far back a look in the channel goes for a message that may already have been sent.
HISTORY_LIMIT = 50
AFTER_A_BUG = 60.0
# How soon a write the database refused (locked by another process, full) is tried again.
BUSY_WAIT = 5.0
# Deliveries claimed and not yet settled, at most: at Discord's 50 messages a second, two seconds'
# worth, so that a burst is claimed as it goes out rather than all at once. Claims come in batches
# of at least half of that, one look at the database for fifty deliveries rather than one each.
IN_HAND = 100
REFILL_AT = IN_HAND // 2
# With every place taken, the scheduler waits to be told that half are free again; when deliveries
# waiting out an outage hold more than half for long, it still looks this often for a free place.
FULL_RECHECK = 60.0

Checkpoint = Callable[[str, int], None]


def _no_checkpoint(step: str, delivery_id: int) -> None:
    """Tests replace this to stop a delivery between two steps, as a crash would."""


class Refused(Exception):
    """Discord answered a delivery with a server error, a rate limit or not at all: try again later."""

    def __init__(self, error: Exception, *, posted_maybe: bool) -> None:
        self.error = error
        self.posted_maybe = posted_maybe  # a 429 is never posted; a 5xx or a timeout may have been
        super().__init__(str(error))


class Scheduler:
    """Sleeps until the earliest pending delivery of this process's servers, then posts it."""

    def __init__(self, bot: commands.Bot, store: Store) -> None:
        self.bot = bot
        self.store = store
        self.checkpoint: Checkpoint = _no_checkpoint
        self.wakeups = 0
        self.pacer = Pacer()
        self.jitter = random.Random()
        self._lanes = Lanes()
        self._live: dict[int, asyncio.Task] = {}
        self._in_hand: set[int] = set()  # claimed or resumed here, and not settled yet
        self._full = False  # the scheduler found no free place and waits for half to free up
        self._resume = True  # look for deliveries in flight that nobody is working on
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    # ------------------------------------------------------------- lifecycle

    def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._task = asyncio.create_task(self._run(), name="sommet-reminders")

    def stop(self) -> None:
        for task in [self._task, *self._live.values()]:
            if task is not None:
                task.cancel()
        self._task = None

    def wake(self) -> None:
        """Look again for the next due reminder (something was added, moved or removed)."""
        self._resume = True
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
        planned = False
        while True:
            try:
                if not planned:
                    now = discord.utils.utcnow()
                    for settings in self.servers()[1].values():
                        replan_server(self.store, settings, now=now)
                    planned = True
                await self._step()
            except asyncio.CancelledError:
                raise
            except StoreBusy:
                log.warning("The database is busy; looking at reminders again in %d s", BUSY_WAIT)
                await asyncio.sleep(BUSY_WAIT)
            except Exception:
                log.exception("The reminder scheduler failed; trying again in a minute")
                await asyncio.sleep(AFTER_A_BUG)

    async def _step(self) -> None:
        """Post what is due, or sleep until the next reminder or a change, whichever comes first."""
        self.wakeups += 1
        servers, active = self.servers()
        if self._resume:
            self._resume = False
            # Left in flight by a previous run (or a server that was unavailable): settle them now.
            for delivery in self.store.in_flight_reminders(servers):
                self._hand_over(delivery.id, resumed=True)
        now = discord.utils.utcnow()
        room = IN_HAND - len(self._in_hand)
        due = self.store.due_reminders(servers, now=now, limit=room) if room > 0 else []
        if due:
            self._claim(due, active, now)
            return
        if room > 0:
            next_due = self.store.next_reminder_due(servers)
            timeout = None if next_due is None else max((next_due - now).total_seconds(), 0.0)
        else:
            self._full, timeout = True, FULL_RECHECK
        # A wait_for on a bot event is this task's wake-up call: dispatching WAKE re-arms it.
        with contextlib.suppress(TimeoutError):
            await self.bot.wait_for(WAKE, timeout=timeout)

    def _claim(self, due, servers: dict[int, ReminderSettings], now: datetime) -> None:
        """Skip what is too late or outrun, claim the rest and hand each one to a delivery."""
        decided = triage(due, now=now, grace={gid: s.grace for gid, s in servers.items()})
        for reason, skipped in (("window", decided.expired), ("outrun", decided.outrun)):
            if skipped:
                self.store.skip_reminders(skipped, now=now, reason=reason)
                log.info("Skipped %d overdue reminders (%s)", len(skipped), reason)
        for delivery_id, late in decided.send:
            self.checkpoint("claim", delivery_id)
            if self.store.claim_reminder(delivery_id, late=late, now=now):
                self._hand_over(delivery_id, resumed=False)

    def _hand_over(self, delivery_id: int, *, resumed: bool) -> None:
        if delivery_id not in self._in_hand:
            self._in_hand.add(delivery_id)
            self.bot.dispatch(CLAIMED, delivery_id, resumed)

    # -------------------------------------------------------------- delivery

    async def deliver(self, delivery_id: int, *, resumed: bool) -> None:
        """Post a claimed reminder once and record how it ended, keeping at it until it is settled.

        ``resumed`` is for a delivery whose message may already be in the channel. Deliveries of
        one server go out one at a time, in the order they were claimed.
        """
        if delivery_id in self._live:
            return
        delivery = self.store.reminder(delivery_id)
        if delivery is None or delivery.state != "sending":
            self._release(delivery_id)
            return
        task = asyncio.current_task()
        assert task is not None
        self._live[delivery_id] = task
        try:
            await self._lanes.enter(delivery.guild_id)
            while not await self._settle(delivery_id, resumed=resumed):
                resumed = True
        finally:
            self._lanes.leave(delivery.guild_id)
            self._live.pop(delivery_id, None)
            self._release(delivery_id)

    def _release(self, delivery_id: int) -> None:
        """A delivery is settled here: once half the places are free, the scheduler claims a batch."""
        self._in_hand.discard(delivery_id)
        if self._full and len(self._in_hand) <= REFILL_AT:
            self._full = False
            self.signal(WAKE)

    async def _settle(self, delivery_id: int, *, resumed: bool) -> bool:
        """One run at a delivery; False when something unexpected stopped it and it must be resumed."""
        try:
            await self._attempts(delivery_id, resumed=resumed)
            return True
        except asyncio.CancelledError:
            raise
        except Exception:
            log.exception("Reminder %d: delivery stopped; looking at it again in a minute", delivery_id)
            await asyncio.sleep(AFTER_A_BUG)
            return False

    async def _attempts(self, delivery_id: int, *, resumed: bool) -> None:
        """Try, and after a refusal wait and try again, until the reminder is posted or too late."""
        look_first, fresh, failures = resumed, not resumed, None
        while True:
            delivery = self.store.reminder(delivery_id)
            if delivery is None or delivery.state != "sending":
                return
            if failures is None:  # a resumed delivery goes on with the waits where it left them
                failures = max(delivery.attempts - 1, 0)
            try:
                await self._attempt(delivery, look_first=look_first, fresh=fresh)
                return
            except Refused as refused:
                failures += 1
                if not await self._wait_to_retry(delivery, refused.error, failures):
                    return
                look_first, fresh = refused.posted_maybe, False

    async def _attempt(self, delivery: Delivery, *, look_first: bool, fresh: bool) -> None:
        """One attempt, on what the event and the settings are now; ``Refused`` when it must wait.

        ``fresh`` is for the first attempt of a delivery just claimed: the claim checked its window.
        """
        settings = self.store.reminder_settings(delivery.guild_id)
        event = self.store.event(delivery.event_id, guild_id=delivery.guild_id)
        if event is None or not is_remindable(event) or not settings.enabled:
            await self._finish(
                delivery, "skipped", error="the event or the setting changed", skip_reason="changed"
            )
            return
        locale = server_language(self.store, delivery.guild_id) or ENGLISH
        guild = self.bot.get_guild(delivery.guild_id)
        channel = guild.get_channel(settings.channel_id) if guild else None
        if not isinstance(channel, discord.TextChannel | discord.Thread):
            await self._halt(delivery, text("reminders.channel_gone", locale))
            return
        # An attempt that seemed to fail may have been posted all the same: look before sending again.
        if look_first and await self._already_sent(channel, delivery):
            return
        if not fresh and discord.utils.utcnow() > window_closes(delivery.due_at, settings.grace):
            await self._finish(delivery, "skipped", error=delivery.error, skip_reason="window")
            return
        await self.pacer.slot(channel.id)
        self.checkpoint("send", delivery.id)
        late = is_late(delivery.due_at, discord.utils.utcnow())
        content, embed, mentions = reminder_message(
            event, dataclasses.replace(delivery, late=late), settings, locale=locale
        )
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
            await self._halt(
                delivery,
                text(key, locale, channel=channel.mention, status=error.status, error=error.text[:80]),
            )
            return
        except TRANSIENT as error:
            if not _transient(error):
                reason = text("reminders.refused", locale, status=error.status, error=error.text[:80])
                await self._finish(delivery, "failed", error=reason)
                await self._persist(
                    "a problem",
                    lambda: self.store.add_reminder_problem(
                        delivery.guild_id, reason, now=discord.utils.utcnow()
                    ),
                )
                return
            raise Refused(error, posted_maybe=not _rate_limited(error)) from error
        self.checkpoint("complete", delivery.id)
        await self._finish(delivery, "sent", message_id=message.id, late=late)

    async def _wait_to_retry(self, delivery: Delivery, error: Exception, failures: int) -> bool:
        """Record the refusal and sleep until the next attempt; False (and skipped) once the window closed."""
        settings = self.store.reminder_settings(delivery.guild_id)
        locale = server_language(self.store, delivery.guild_id) or ENGLISH
        status = getattr(error, "status", None) or type(error).__name__
        reason = text("reminders.refused", locale, status=status, error=str(error)[:80])
        wait = retry_after(error)
        if wait is not None and is_global(error):
            self.pacer.hold(wait)
        now = discord.utils.utcnow()
        jitter = self.jitter.random()
        at = next_attempt(
            delivery.due_at, grace=settings.grace, failures=failures, now=now, jitter=jitter, retry_after=wait
        )
        if at is None:
            await self._finish(delivery, "skipped", error=reason, skip_reason="window")
            return False
        log.warning("Reminder %d: attempt failed (%s); next at %s", delivery.id, status, at.isoformat())
        # Only shown by /reminders status: a busy database must not hold up the retry.
        with contextlib.suppress(StoreBusy):
            self.store.retry_reminder(delivery.id, at=at, error=reason)
        await asyncio.sleep(max((at - now).total_seconds(), 0.0))
        return True

    async def _already_sent(self, channel: discord.abc.Messageable, delivery: Delivery) -> bool:
        """Find our message for this delivery in the channel; record it as sent when found.

        Without Read Message History the nonce is the only guard left against a double post; when
        Discord cannot answer, the look is an attempt that failed (``Refused``).
        """
        since = (delivery.claimed_at or delivery.due_at) - timedelta(minutes=1)
        await self.pacer.slot()
        try:
            async for message in channel.history(limit=HISTORY_LIMIT, after=since):
                if message.author.id == self.bot.user.id and any(
                    delivery.marker in (embed.footer.text or "").split(" · ") for embed in message.embeds
                ):
                    late = is_late(delivery.due_at, message.created_at)
                    await self._finish(delivery, "sent", message_id=message.id, late=late)
                    return True
        except (discord.Forbidden, discord.NotFound):
            log.warning("Reminder %d: could not read the channel history", delivery.id)
        except TRANSIENT as error:
            if not _transient(error):
                raise
            raise Refused(error, posted_maybe=True) from error
        return False

    async def _finish(self, delivery: Delivery, state: str, **fields: object) -> None:
        """Record how a delivery ended: once posted, a reminder is never posted again."""
        await self._persist(
            f"reminder {delivery.id} as {state}",
            lambda: self.store.finish_reminder(delivery.id, state, now=discord.utils.utcnow(), **fields),
        )

    async def _halt(self, delivery: Delivery, reason: str) -> None:
        await self._finish(delivery, "failed", error=reason)
        await self._persist(
            "a halt", lambda: self.store.halt_reminders(delivery.guild_id, reason, now=discord.utils.utcnow())
        )
        log.warning("Reminders halted in guild %d: %s", delivery.guild_id, reason)

    async def _persist(self, what: str, write: Callable[[], None]) -> None:
        """Make a write, trying again while the database is busy (locked by another process, full)."""
        while True:
            try:
                write()
                return
            except StoreBusy:
                log.warning("Could not record %s yet: the database is busy; trying again", what)
                await asyncio.sleep(BUSY_WAIT)


# What a send or a look in the channel may raise when Discord is down or busy (timeouts are OSErrors).
TRANSIENT = (discord.HTTPException, discord.RateLimited, OSError)


def _rate_limited(error: Exception) -> bool:
    return isinstance(error, discord.RateLimited) or getattr(error, "status", None) == 429


def _transient(error: Exception) -> bool:
    """A refusal worth waiting out: a server error, a rate limit, a timeout; not a bad request."""
    status = getattr(error, "status", None)
    return not isinstance(error, discord.HTTPException) or status is None or status >= 500 or status == 429


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
