"""Mirror upcoming events in a server's Events tab as external Discord scheduled events."""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta

import discord

from cogs._i18n import server_language
from cogs._render import clip
from sommet.i18n import ENGLISH, text
from sommet.models import Event
from sommet.names import shown_name
from sommet.reminders import event_begins, event_zone, is_ahead, is_remindable, midnight_after
from sommet.store import Store

log = logging.getLogger("sommet.reminders")

# Discord keeps at most 100 scheduled events per server; leave room for the server's own.
MAX_MIRRORED = 50


def _span(event: Event, now: datetime) -> tuple[datetime, datetime]:
    """Start and end for Discord, which wants both in the future for an external event."""
    begins = event_begins(event)
    if event.start_time:
        end = begins + timedelta(hours=2) if begins.year < 9999 else begins  # no overflow past year 9999
    else:
        last = (event.end or event.start).last_day()  # type: ignore[union-attr]
        end = midnight_after(last, event_zone(event))
    return max(begins, now + timedelta(minutes=1)), max(end, now + timedelta(minutes=2))


def _fields(event: Event, now: datetime, locale: str) -> dict:
    start, end = _span(event, now)
    name = shown_name(event, locale)
    description = clip(event.description or "", 800)
    more = (
        text("reminders.more", locale) + ": " + text("reminders.more_command", locale, name=name).strip("`")
    )
    description = (description + "\n\n" if description else "") + more
    return {
        "name": clip(name, 100),
        "start_time": start,
        "end_time": end,
        "location": clip(event.location.label() or text("event.tba", locale), 100),
        "description": clip(description, 1000),
    }


def _signature(fields: dict) -> str:
    """What was last sent to Discord, to skip edits that change nothing."""
    return json.dumps({key: str(value) for key, value in fields.items()}, sort_keys=True)


def wanted(event: Event | None, now: datetime) -> bool:
    return event is not None and is_remindable(event) and is_ahead(event, now)


async def sync_event(guild: discord.Guild, store: Store, event_id: int, *, enabled: bool) -> None:
    """Create, update or delete the scheduled event that mirrors one event in one server."""
    now = discord.utils.utcnow()
    event = store.event(event_id, guild_id=guild.id)
    link = store.scheduled_event_link(guild.id, event_id)
    try:
        if not enabled or not wanted(event, now):
            if link is not None:
                await _delete(guild, link[0])
                store.unlink_scheduled_event(guild.id, event_id)
            return
        assert event is not None
        fields = _fields(event, now, server_language(store, guild.id) or ENGLISH)
        signature = _signature(fields)
        if link is not None and link[1] == signature:
            return
        scheduled = None
        if link is not None:
            try:
                scheduled = await guild.fetch_scheduled_event(link[0])
                await scheduled.edit(**fields, entity_type=discord.EntityType.external)
            except discord.NotFound:  # deleted by hand in Discord: make it again
                scheduled = None
        if scheduled is None:
            scheduled = await guild.create_scheduled_event(
                **fields,
                entity_type=discord.EntityType.external,
                privacy_level=discord.PrivacyLevel.guild_only,
            )
        store.link_scheduled_event(guild.id, event_id, scheduled.id, signature)
    except discord.Forbidden:
        _problem(store, guild.id, _server_text(store, guild.id, "reminders.need_manage_events_short"), now)
    except discord.HTTPException as error:
        log.warning("Scheduled event for event %d in guild %d: %s", event_id, guild.id, error)
        problem = _server_text(store, guild.id, "reminders.events_tab_refused", status=error.status)
        _problem(store, guild.id, problem, now)


def _server_text(store: Store, guild_id: int, key: str, **params: object) -> str:
    """A problem is recorded once, in the server's language, for whoever reads /reminders status."""
    return text(key, server_language(store, guild_id) or ENGLISH, **params)


def _problem(store: Store, guild_id: int, message: str, now: datetime) -> None:
    """Record a problem, once while it repeats."""
    latest = store.reminder_problems(guild_id, limit=1)
    if not latest or latest[0][1] != message:
        store.add_reminder_problem(guild_id, message, now=now)


async def _delete(guild: discord.Guild, scheduled_event_id: int) -> None:
    try:
        scheduled = await guild.fetch_scheduled_event(scheduled_event_id)
        await scheduled.delete()
    except discord.NotFound:
        pass


async def sync_server(guild: discord.Guild, store: Store, *, enabled: bool) -> None:
    """Mirror a server's next events (or remove every mirror when turned off)."""
    now = discord.utils.utcnow()
    if enabled and not guild.me.guild_permissions.manage_events:
        _problem(store, guild.id, _server_text(store, guild.id, "reminders.need_manage_events_short"), now)
        return
    linked = store.scheduled_event_links(guild.id)
    ahead = [e.id for e in store.upcoming(today=now.date(), guild_id=guild.id) if wanted(e, now)]
    keep = ahead[:MAX_MIRRORED] if enabled else []
    for event_id in dict.fromkeys(linked + keep):
        await sync_event(guild, store, event_id, enabled=event_id in keep)
