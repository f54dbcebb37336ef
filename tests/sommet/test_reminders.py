"""The reminder rules without Discord: offsets, due times across time zones and clock changes, catch-up."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from sommet.dates import PartialDate
from sommet.errors import UserError
from sommet.models import Event, Location
from sommet.reminder_plans import replan_event, replan_server
from sommet.reminders import (
    Changes,
    Due,
    Offset,
    ReminderSettings,
    Servers,
    due_at,
    format_offsets,
    next_attempt,
    parse_offsets,
    plan,
    reconcile,
    triage,
)
from sommet.store import Store


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def event(
    day: str, *, at: str | None = None, zone: str | None = "Europe/Paris", status: str = "confirmed"
) -> Event:
    return Event(
        id=1,
        name="Summit",
        kind="summit",
        start=PartialDate.parse_iso(day),
        end=None,
        start_time=at,
        timezone=zone,
        location=Location(city="Paris"),
        parent_id=None,
        status=status,
        description=None,
        origin="admin",
        guild_id=None,
    )


def test_offsets_read_days_hours_and_minutes_in_several_spellings():
    assert format_offsets(parse_offsets("7d, 1d, 0d")) == "7d, 1d, 0d"
    assert format_offsets(parse_offsets("2h")) == "2h"
    assert format_offsets(parse_offsets("30 min; 1 jour, 3 days")) == "3d, 1d, 30m"
    assert format_offsets(parse_offsets("1d 2h 1d")) == "1d, 2h"


@pytest.mark.parametrize("text", ["", "7 weeks", "d7", "400d", ", ,"])
def test_unreadable_or_too_far_offsets_are_refused(text):
    with pytest.raises(UserError):
        parse_offsets(text)


def test_how_far_ahead_reads_naturally():
    assert [Offset.parse(o).ahead() for o in ("7d", "1d", "0d", "2h", "1m")] == [
        "in 7 days",
        "tomorrow",
        "today",
        "in 2 hours",
        "in 1 minute",
    ]


def test_all_day_event_is_reminded_at_the_reminder_hour_in_its_own_zone():
    assert due_at(event("2026-01-12"), Offset(0, "d")) == utc(2026, 1, 12, 8)
    assert due_at(event("2026-01-12", zone="America/New_York"), Offset(1, "d"), hour=8) == utc(
        2026, 1, 11, 13
    )
    assert due_at(event("2026-01-12", zone=None), Offset(7, "d")) == utc(2026, 1, 5, 9)


def test_timed_event_is_reminded_counting_back_from_its_start():
    tokyo = event("2026-01-10", at="14:00", zone="Asia/Tokyo")
    assert due_at(tokyo, Offset(1, "d")) == utc(2026, 1, 9, 5)
    assert due_at(tokyo, Offset(2, "h")) == utc(2026, 1, 10, 3)
    assert due_at(tokyo, Offset(0, "d")) == utc(2026, 1, 10, 5)


def test_days_are_counted_on_the_local_calendar_across_both_clock_changes():
    # Summer time in Paris starts on 29 March 2026 and ends on 25 October 2026.
    assert due_at(event("2026-04-02"), Offset(7, "d")) == utc(2026, 3, 26, 8)
    assert due_at(event("2026-04-02"), Offset(1, "d")) == utc(2026, 4, 1, 7)
    assert due_at(event("2026-10-27", at="10:00"), Offset(3, "d")) == utc(2026, 10, 24, 8)


def test_hours_are_real_hours_even_across_a_clock_change():
    # 03:30 on the day of the change is 01:30 UTC; two real hours earlier is 23:30 UTC the day before.
    assert due_at(event("2026-03-29", at="03:30"), Offset(2, "h")) == utc(2026, 3, 28, 23, 30)


def test_a_wall_time_skipped_by_the_clock_change_still_gets_a_reminder():
    assert due_at(event("2026-03-29", at="02:30"), Offset(0, "d")) == utc(2026, 3, 29, 1, 30)


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", None])
def test_events_on_the_first_and_last_days_of_the_calendar_are_planned_without_overflowing(zone):
    now = utc(2026, 1, 1)
    past = plan(event("0001-01-01", zone=zone), SETTINGS, now=now)  # long past: nothing to create
    assert all(due <= now for due in past.values()) and not reconcile({}, [], past, now=now).insert
    far = plan(event("9999-12-31", at="23:59", zone=zone), SETTINGS, now=now)
    assert set(far) == {"7d", "1d", "0d"} and all(due > now for due in far.values())
    assert plan(event("9999-12-31", zone=zone), SETTINGS, now=now)["7d"] > now


def test_unknown_time_zone_falls_back_to_utc():
    assert due_at(event("2026-01-12", zone="Mars/Olympus"), Offset(0, "d")) == utc(2026, 1, 12, 9)


SETTINGS = ReminderSettings(1, channel_id=10, offsets=parse_offsets("7d, 1d, 0d"))


def test_only_confirmed_events_known_to_the_day_are_planned_and_none_is_created_in_the_past():
    now = utc(2026, 1, 1)
    assert set(plan(event("2026-01-12"), SETTINGS, now=now)) == {"7d", "1d", "0d"}
    assert plan(event("2026-01"), SETTINGS, now=now) == {}
    assert plan(event("2026"), SETTINGS, now=now) == {}
    assert plan(event("2026-01-12", status="cancelled"), SETTINGS, now=now) == {}
    assert plan(event("2026-01-12", status="announced"), SETTINGS, now=now) == {}
    begun = plan(event("2025-12-30"), SETTINGS, now=now)
    assert set(begun) == {"7d", "1d", "0d"} and not reconcile({}, [], begun, now=now).insert
    # A reminder already pending when the event began is kept for triage, not dropped unseen.
    assert reconcile({"0d": begun["0d"]}, [], begun, now=now).drop == ()
    assert plan(None, SETTINGS, now=now) == {}
    assert plan(event("2026-01-12"), ReminderSettings(1, offsets=SETTINGS.offsets), now=now) == {}


def test_reconcile_moves_pending_adds_new_and_never_replans_what_was_delivered():
    now = utc(2026, 1, 6)
    pending = {"1d": utc(2026, 1, 11, 8), "0d": utc(2026, 1, 12, 8)}
    wanted = {"7d": utc(2026, 1, 8, 8), "1d": utc(2026, 1, 14, 8), "0d": utc(2026, 1, 15, 8)}
    changes = reconcile(pending, ["7d"], wanted, now=now)
    assert changes.insert == {} and changes.move == {"1d": utc(2026, 1, 14, 8), "0d": utc(2026, 1, 15, 8)}
    assert changes.drop == ()


def test_reconcile_keeps_an_overdue_reminder_for_catch_up_but_creates_none_in_the_past():
    now = utc(2026, 1, 11, 10)
    wanted = {"7d": utc(2026, 1, 5, 8), "1d": utc(2026, 1, 11, 8), "0d": utc(2026, 1, 12, 8)}
    kept = reconcile({"1d": utc(2026, 1, 11, 8)}, [], wanted, now=now)
    assert kept.insert == {"0d": utc(2026, 1, 12, 8)} and kept.move == {} and kept.drop == ()
    moved_back = reconcile({"0d": utc(2026, 1, 20, 8)}, [], wanted, now=now)
    assert moved_back.drop == ()
    assert reconcile({"1d": utc(2026, 1, 12, 8)}, [], wanted, now=now).drop == ("1d",)
    assert reconcile({"1d": utc(2026, 1, 11, 8)}, [], {}, now=now).drop == ("1d",)


def test_triage_posts_only_the_latest_overdue_reminder_of_an_event_within_grace():
    now = utc(2026, 1, 11, 10)
    due = [
        Due(1, 5, 100, utc(2026, 1, 5, 8)),  # 7d, long gone
        Due(2, 5, 100, utc(2026, 1, 11, 8)),  # 1d, two hours late
        Due(3, 5, 200, utc(2026, 1, 11, 9, 59)),  # another event, on time
        Due(4, 6, 100, utc(2026, 1, 11, 2)),  # another server, eight hours late
    ]
    decided = triage(due, now=now, grace={5: timedelta(hours=6), 6: timedelta(hours=6)})
    assert decided.send == ((2, True), (3, False))
    assert decided.expired == (1, 4) and decided.outrun == ()
    assert triage(due[3:], now=now, grace={6: timedelta(hours=9)}).send == ((4, True),)


def test_triage_tells_reminders_past_the_window_from_those_a_later_one_outran():
    now = utc(2026, 1, 11, 10)
    due = [Due(1, 5, 100, utc(2026, 1, 11, 7)), Due(2, 5, 100, utc(2026, 1, 11, 9))]  # 2h and 1h offsets
    decided = triage(due, now=now, grace={5: timedelta(hours=6)})
    assert (decided.send, decided.expired, decided.outrun) == (((2, True),), (), (1,))


GRACE = timedelta(hours=6)
DUE = utc(2026, 1, 11, 8)


def test_waits_between_attempts_double_with_jitter_up_to_ten_minutes():
    def wait(failures: int, jitter: float) -> float:
        at = next_attempt(DUE, grace=GRACE, failures=failures, now=DUE, jitter=jitter)
        return (at - DUE).total_seconds()

    assert [wait(n, 1.0) for n in range(1, 10)] == [5, 10, 20, 40, 80, 160, 320, 600, 600]
    assert [wait(n, 0.0) for n in (1, 2, 9)] == [2.5, 5, 300]  # never less than half the wait
    assert wait(1000, 0.5) == 450


def test_a_rate_limit_is_waited_as_discord_asks():
    at = next_attempt(DUE, grace=GRACE, failures=7, now=DUE, jitter=0.9, retry_after=1.25)
    assert at == DUE + timedelta(seconds=1.25)


def test_the_last_attempt_comes_as_the_window_closes_and_none_after():
    almost = DUE + GRACE - timedelta(minutes=1)
    assert next_attempt(DUE, grace=GRACE, failures=9, now=almost, jitter=1.0) == DUE + GRACE
    assert next_attempt(DUE, grace=GRACE, failures=1, now=DUE + GRACE, jitter=0.0) is None
    assert next_attempt(DUE, grace=timedelta(0), failures=1, now=DUE, jitter=0.0) is None


def test_a_failed_attempt_then_a_skip_past_the_window_are_kept_for_the_status():
    store = Store.open(None)
    insert = {"1d": DUE, "0d": DUE + timedelta(days=1)}
    store.apply_reminder_changes(5, 100, Changes(insert, {}, ()))
    first, second = store.event_reminders(5, 100)
    assert store.claim_reminder(first.id, late=False, now=DUE)
    store.retry_reminder(first.id, at=DUE + timedelta(seconds=5), error="Discord refused a reminder (503)")
    [waiting] = store.waiting_reminders(5)
    assert (waiting.id, waiting.attempts, waiting.next_attempt_at) == (
        first.id,
        2,
        DUE + timedelta(seconds=5),
    )
    store.finish_reminder(first.id, "skipped", now=DUE + GRACE, error=waiting.error, skip_reason="window")
    store.skip_reminders([second.id], now=DUE + GRACE, reason="outrun")
    assert store.waiting_reminders(5) == []
    assert [d.id for d in store.expired_reminders(5)] == [first.id]
    assert store.reminder_counts(5) == {"skipped": 2, "expired": 1}


def test_planning_follows_the_event_as_each_server_sees_it():
    store = Store.open(None)
    now = utc(2026, 1, 1)
    store.save_reminder_settings(SETTINGS)
    store.save_reminder_settings(ReminderSettings(2, channel_id=20, offsets=parse_offsets("1d")))
    private = store.add_event(
        name="Ours", kind="summit", origin="admin", start=PartialDate(2026, 1, 12), timezone="UTC", guild_id=1
    )
    replan_event(store, private, now=now)
    assert [d.offset.label for d in store.event_reminders(1, private)] == ["7d", "1d", "0d"]
    assert store.event_reminders(2, private) == []
    store.update_event(private, start=PartialDate(2026, 1, 13))
    replan_event(store, private, now=now)
    assert [d.due_at for d in store.next_reminders(1)][-1] == utc(2026, 1, 13, 9)
    store.remove_event(private)
    replan_event(store, private, now=now)
    assert store.next_reminders(1) == []


def test_a_replan_skips_events_begun_long_ago_but_keeps_their_pending_reminders_for_triage(monkeypatch):
    store = Store.open(None)
    store.save_reminder_settings(SETTINGS)

    def add(name: str, start: PartialDate, end: PartialDate | None = None) -> int:
        return store.add_event(name=name, kind="summit", origin="admin", start=start, end=end, timezone="UTC")

    fair = add("Fair", PartialDate(2025, 6, 1), PartialDate(2026, 12, 31))  # began long ago, still on
    add("Old", PartialDate(2025, 12, 1))
    away = add("Away", PartialDate(2026, 1, 2))
    replan_server(store, SETTINGS, now=utc(2026, 1, 1))
    begun, ahead = add("Begun", PartialDate(2026, 1, 8)), add("Ahead", PartialDate(2026, 1, 20))
    planned = []

    def recorded(event, settings, *, now):
        planned.append(event.id)
        return plan(event, settings, now=now)

    monkeypatch.setattr("sommet.reminder_plans.plan", recorded)
    # The bot comes back a week after Away's reminders fell due.
    now = utc(2026, 1, 10, 12)
    replan_server(store, SETTINGS, now=now)
    assert sorted(planned) == [away, begun, ahead] and fair not in planned
    stranded = store.event_reminders(1, away)
    assert [(d.offset.label, d.state) for d in stranded] == [("1d", "pending"), ("0d", "pending")]
    due = store.due_reminders(Servers(), now=now)
    assert sorted(triage(due, now=now, grace={}).expired) == sorted(d.id for d in stranded)
    assert [d.offset.label for d in store.event_reminders(1, ahead)] == ["7d", "1d", "0d"]


def test_turning_a_server_off_forgets_its_pending_reminders_only():
    store = Store.open(None)
    now = utc(2026, 1, 1)
    store.save_reminder_settings(SETTINGS)
    store.add_event(name="A", kind="summit", origin="admin", start=PartialDate(2026, 1, 12), timezone="UTC")
    replan_server(store, SETTINGS, now=now)
    [first, *_] = store.next_reminders(1)
    assert store.claim_reminder(first.id, late=False, now=now)
    assert not store.claim_reminder(first.id, late=False, now=now)
    replan_server(store, ReminderSettings(1, offsets=SETTINGS.offsets), now=now)
    assert store.next_reminders(1) == []
    assert store.reminder(first.id).state == "sending"


def test_the_next_due_reminder_is_found_among_this_process_servers_only():
    store = Store.open(None)
    now = utc(2026, 1, 1)
    for guild_id, offsets in ((1, "1d"), (2, "7d")):
        store.save_reminder_settings(ReminderSettings(guild_id, channel_id=9, offsets=parse_offsets(offsets)))
    store.add_event(name="A", kind="summit", origin="admin", start=PartialDate(2026, 1, 12), timezone="UTC")
    for settings in store.reminder_servers():
        replan_server(store, settings, now=now)
    assert store.next_reminder_due(Servers()) == utc(2026, 1, 5, 9)
    assert store.next_reminder_due(Servers(exclude=(2,))) == utc(2026, 1, 11, 9)
    assert store.next_reminder_due(Servers(exclude=(1, 2))) is None
    assert [d.guild_id for d in store.due_reminders(Servers(), now=utc(2026, 1, 11, 9))] == [2, 1]


def test_each_shard_finds_only_the_reminders_of_its_own_servers():
    store = Store.open(None)
    now = utc(2026, 1, 1)
    # Discord puts a server on shard (id >> 22) % shard_count.
    on_shard = {shard: (1_000_000 << 22) + (shard << 22) for shard in range(2)}
    store.add_event(name="A", kind="summit", origin="admin", start=PartialDate(2026, 1, 12), timezone="UTC")
    for shard, guild_id in on_shard.items():
        settings = ReminderSettings(guild_id, channel_id=9, offsets=parse_offsets("7d" if shard else "1d"))
        store.save_reminder_settings(settings)
        replan_server(store, settings, now=now)
    assert store.next_reminder_due(Servers(2, (0,))) == utc(2026, 1, 11, 9)
    assert store.next_reminder_due(Servers(2, (1,))) == utc(2026, 1, 5, 9)
    assert Servers(2, (1,)).owns(on_shard[1]) and not Servers(2, (1,)).owns(on_shard[0])
