"""Keep each server's stored reminder deliveries in step with its events and settings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sommet.reminders import ReminderSettings, plan, reconcile
from sommet.store import Store


def replan_event(
    store: Store, event_id: int, *, now: datetime, servers: Iterable[ReminderSettings] | None = None
) -> bool:
    """Insert, move or drop one event's pending reminders in every server with reminders on.

    The event is read as each server sees it, so an event another server cannot see, a
    cancelled one or a removed one ends up with no pending reminders. True when anything changed.
    """
    changed = False
    for settings in store.reminder_servers() if servers is None else servers:
        event = store.event(event_id, guild_id=settings.guild_id)
        stored = store.event_reminders(settings.guild_id, event_id)
        pending = {d.offset.label: d.due_at for d in stored if d.state == "pending"}
        settled = [d.offset.label for d in stored if d.state != "pending"]
        changes = reconcile(pending, settled, plan(event, settings, now=now), now=now)
        if changes.insert or changes.move or changes.drop:
            store.apply_reminder_changes(settings.guild_id, event_id, changes)
            changed = True
    return changed


def replan_server(store: Store, settings: ReminderSettings, *, now: datetime) -> None:
    """Re-plan every event that may concern one server, after its settings changed or on start.

    Candidates are the events not yet over (a day early, for time zones behind UTC) and those
    that still have pending reminders there.
    """
    if not settings.enabled:
        store.drop_pending_reminders(settings.guild_id)
        return
    ahead = store.upcoming(today=(now - timedelta(days=1)).date(), guild_id=settings.guild_id)
    candidates = dict.fromkeys([event.id for event in ahead] + store.reminder_events(settings.guild_id))
    with store.transaction():
        for event_id in candidates:
            replan_event(store, event_id, now=now, servers=[settings])
