"""Keep each server's stored reminder deliveries in step with its events and settings."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from sommet.reminders import MAX_GRACE, ReminderSettings, plan, reconcile
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

    A reminder is only ever created ahead of now, and every reminder of an event falls due by the
    end of its first day, so an event that began before the longest grace window (and a day for
    time zones) is not planned again, however long it lasts: a re-plan costs the events ahead and
    just begun, not every event begun long ago. Its reminders still pending (the bot was away for days) are re-planned all
    the same and left pending, so that triage counts them skipped instead of losing them.
    """
    if not settings.enabled:
        store.drop_pending_reminders(settings.guild_id)
        return
    since = (now - MAX_GRACE - timedelta(days=1)).date()
    with store.transaction():
        for event_id in store.reminder_candidates(settings.guild_id, since=since):
            replan_event(store, event_id, now=now, servers=[settings])
