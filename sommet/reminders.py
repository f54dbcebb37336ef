"""Which reminder is due when: offsets, due times in the event's own time zone, and the catch-up policy.

Pure rules, no database and no Discord: the store keeps deliveries, the cog posts them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel.dates import format_timedelta

from sommet.errors import UserError
from sommet.i18n import ENGLISH, text
from sommet.models import Event

DEFAULT_OFFSETS = "7d, 1d, 0d"
DEFAULT_HOUR = 9
DEFAULT_GRACE = timedelta(hours=6)
MAX_GRACE = timedelta(hours=72)
MAX_OFFSETS = 10
MAX_AHEAD = timedelta(days=366)
# A reminder posted more than this after its time says it is late.
LATE_AFTER = timedelta(minutes=2)
# Waits between attempts after a server error or a timeout: doubling from the first to the longest.
FIRST_RETRY = timedelta(seconds=5)
LONGEST_RETRY = timedelta(minutes=10)

_UNITS = {"d": "d", "day": "d", "days": "d", "j": "d", "jour": "d", "jours": "d"}
_UNITS |= {"h": "h", "hour": "h", "hours": "h", "heure": "h", "heures": "h"}
_UNITS |= {"m": "m", "min": "m", "mins": "m", "minute": "m", "minutes": "m"}
_OFFSET = re.compile(r"(\d{1,4})\s*([a-z]+)")


@dataclass(frozen=True)
class Offset:
    """How long before an event a reminder comes: whole local days, or hours and minutes."""

    amount: int
    unit: str  # "d", "h" or "m"

    @property
    def label(self) -> str:
        return f"{self.amount}{self.unit}"

    @property
    def length(self) -> timedelta:
        """Roughly how far ahead, for sorting and limits (a local day may be 23 or 25 hours)."""
        return {"d": timedelta(days=1), "h": timedelta(hours=1), "m": timedelta(minutes=1)}[self.unit] * (
            self.amount
        )

    @classmethod
    def parse(cls, label: str) -> Offset:
        match = _OFFSET.fullmatch(label.strip().lower())
        if not match or match.group(2) not in _UNITS:
            raise ValueError(f"not an offset: {label!r}")
        return cls(int(match.group(1)), _UNITS[match.group(2)])

    def ahead(self, locale: str = ENGLISH) -> str:
        """How far ahead, for people, in their language: "in 7 days", "tomorrow", "dans 2 heures"."""
        if self.unit == "d" and self.amount in (0, 1):
            return text("reminders.today" if self.amount == 0 else "reminders.tomorrow", locale)
        if self.amount == 0:
            return text("reminders.starting_now", locale)
        # A threshold equal to the amount makes Babel keep the offset's own unit ("in 7 days", not "in 1 week").
        return format_timedelta(self.length, threshold=self.amount, add_direction=True, locale=locale)


def parse_offsets(text: str) -> tuple[Offset, ...]:
    """Read "7d, 1d, 0d", "2h" or "1 day, 30 min": earliest reminder first, no repeats."""
    parts = [part for part in re.split(r"[,;]|\s+(?=\d)", text.strip().lower()) if part.strip()]
    if not parts:
        raise UserError("reminders.no_offsets")
    offsets: dict[timedelta, Offset] = {}
    for part in parts:
        try:
            offset = Offset.parse(part)
        except ValueError:
            shown = part.strip()[:30]
            raise UserError("reminders.bad_offset", text=shown) from None
        if offset.length > MAX_AHEAD:
            raise UserError("reminders.too_far")
        offsets.setdefault(offset.length, offset)
    if len(offsets) > MAX_OFFSETS:
        raise UserError("reminders.too_many", count=MAX_OFFSETS)
    return tuple(offsets[length] for length in sorted(offsets, reverse=True))


def format_offsets(offsets: Iterable[Offset]) -> str:
    return ", ".join(offset.label for offset in offsets)


def parse_grace(hours: float) -> timedelta:
    """A grace window in hours, between none and three days."""
    grace = timedelta(hours=hours)
    if not timedelta(0) <= grace <= MAX_GRACE:
        raise UserError("reminders.bad_grace")
    return grace


@dataclass(frozen=True)
class ReminderSettings:
    """One server's reminder settings, as the store keeps them."""

    guild_id: int
    channel_id: int | None = None
    offsets: tuple[Offset, ...] = ()
    hour: int = DEFAULT_HOUR
    role_id: int | None = None
    grace: timedelta = DEFAULT_GRACE
    discord_events: bool = False
    halted: str | None = None

    @property
    def enabled(self) -> bool:
        return self.channel_id is not None


@dataclass(frozen=True)
class Delivery:
    """One reminder for one event in one server, and how far its delivery got."""

    id: int
    guild_id: int
    event_id: int
    offset: Offset
    due_at: datetime
    state: str  # pending -> sending -> sent | failed | skipped; or pending -> skipped
    late: bool = False
    attempts: int = 0
    claimed_at: datetime | None = None
    message_id: int | None = None
    error: str | None = None
    next_attempt_at: datetime | None = None  # set while a failed attempt waits for the next one
    skip_reason: str | None = None  # "window" (too late to post), "outrun" (a later one came), "changed"

    @property
    def nonce(self) -> str:
        """The same for every attempt, so Discord can tell a retry from a new message."""
        return f"sommet-reminder-{self.id}"

    @property
    def marker(self) -> str:
        """Printed on the message, so that a restart can find it in the channel's history."""
        return f"reminder #{self.id}"


@dataclass(frozen=True)
class Servers:
    """Whose reminders a process delivers: servers on its shards, less those it cannot serve now."""

    shard_count: int = 1
    shard_ids: tuple[int, ...] = (0,)
    exclude: tuple[int, ...] = ()

    def owns(self, guild_id: int) -> bool:
        """Discord's rule for a server's shard, as the store's queries apply it."""
        return (guild_id >> 22) % self.shard_count in self.shard_ids and guild_id not in self.exclude


def event_zone(event: Event) -> ZoneInfo:
    """The event's own time zone; UTC when it has none or an unknown one."""
    try:
        return ZoneInfo(event.timezone) if event.timezone else ZoneInfo("UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def is_remindable(event: Event) -> bool:
    """Confirmed and known to the day: month- or year-precise and undated events get no reminders."""
    return event.status == "confirmed" and event.start is not None and event.start.precision == "day"


def _local(day: date, clock: time, zone: ZoneInfo) -> datetime:
    """A wall-clock time on a day, in UTC; a time skipped by a clock change lands just after it.

    At the very ends of the calendar (year 1 or 9999) the UTC instant may not exist: it is then
    the first or last instant there is, so that such an event is simply long past or far ahead.
    """
    try:
        return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)
    except OverflowError:
        return datetime.min.replace(tzinfo=UTC) if day.year == 1 else datetime.max.replace(tzinfo=UTC)


def _days_after(day: date, days: int) -> date:
    """``day`` moved by whole days, stopping at the first or last day there is."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def _reference(event: Event, hour: int) -> tuple[date, time]:
    """The local day and time reminders count back from: the start time, or the reminder hour."""
    assert event.start is not None
    clock = time.fromisoformat(event.start_time) if event.start_time else time(hour)
    return event.start.first_day(), clock


def due_at(event: Event, offset: Offset, *, hour: int = DEFAULT_HOUR) -> datetime:
    """When a reminder falls due, in UTC.

    Days are counted in the event's own calendar, keeping the wall-clock time, so a
    daylight-saving change between the reminder and the event never moves it by an hour.
    All-day events count back from the reminder hour on their first day.
    """
    zone = event_zone(event)
    day, clock = _reference(event, hour)
    if offset.unit == "d":
        return _local(_days_after(day, -offset.amount), clock, zone)
    return _local(day, clock, zone) - offset.length


def event_begins(event: Event) -> datetime:
    """The moment an event starts, in UTC: its start time, or local midnight for an all-day event."""
    assert event.start is not None
    clock = time.fromisoformat(event.start_time) if event.start_time else time(0)
    return _local(event.start.first_day(), clock, event_zone(event))


def is_ahead(event: Event, now: datetime) -> bool:
    """Not yet begun (timed), or its first day not yet over where it happens (all-day)."""
    if event.start_time:
        return event_begins(event) > now
    return midnight_after(event.start.first_day(), event_zone(event)) > now


def midnight_after(day: date, zone: ZoneInfo) -> datetime:
    """The end of a local day, in UTC (the last instant there is after 31 December 9999)."""
    if day == date.max:
        return datetime.max.replace(tzinfo=UTC)
    return _local(_days_after(day, 1), time(0), zone)


def plan(event: Event | None, settings: ReminderSettings, *, now: datetime) -> dict[str, datetime]:
    """Offset label -> due time for every reminder this event should get in this server.

    An event that has begun keeps its schedule: its reminders already due stay pending so that
    triage posts them late or counts them skipped past the window, never drops them unseen
    (``reconcile`` creates none in the past).
    """
    if event is None or not settings.enabled or not is_remindable(event):
        return {}
    out = {}
    for offset in settings.offsets:
        try:
            out[offset.label] = due_at(event, offset, hour=settings.hour)
        except OverflowError:
            continue  # before the first day of the calendar: a reminder that can never be due
    return out


@dataclass(frozen=True)
class Changes:
    """What to do to an event's stored deliveries for one server."""

    insert: dict[str, datetime]
    move: dict[str, datetime]
    drop: tuple[str, ...]


def reconcile(
    pending: dict[str, datetime], settled: Iterable[str], wanted: dict[str, datetime], *, now: datetime
) -> Changes:
    """Bring an event's pending deliveries in line with what it should get now.

    ``pending`` maps offset -> due time of deliveries not yet attempted; ``settled`` are offsets
    already sent, skipped, failed or in flight, which are never planned again (each reminder is
    delivered once). New and moved reminders whose time has already passed are not created: only
    a reminder that was due while the bot was away is caught up, never one that was never due.
    """
    settled = set(settled)
    insert = {o: due for o, due in wanted.items() if o not in pending and o not in settled and due > now}
    move = {o: due for o, due in wanted.items() if o in pending and due != pending[o] and due > now}
    drop = tuple(
        o for o, due in pending.items() if o not in wanted or (wanted[o] != due and wanted[o] <= now)
    )
    return Changes(insert, move, drop)


@dataclass(frozen=True)
class Due:
    """A pending delivery whose time has come."""

    id: int
    guild_id: int
    event_id: int
    due_at: datetime


@dataclass(frozen=True)
class Triage:
    send: tuple[tuple[int, bool], ...]  # (delivery id, late)
    expired: tuple[int, ...]  # past the grace window
    outrun: tuple[int, ...]  # within it, but a later reminder of the same event is due too


def triage(due: Sequence[Due], *, now: datetime, grace: dict[int, timedelta]) -> Triage:
    """Which due reminders to post and which to skip, so that a restart never floods a channel.

    For each event in each server only the most recent due reminder is posted, and only when
    it is less than that server's grace window late; it says it is late when it is. The rest are
    skipped (and counted), those past the window apart from those outrun by a later one.
    """
    latest: dict[tuple[int, int], Due] = {}
    for item in due:
        key = (item.guild_id, item.event_id)
        if key not in latest or (item.due_at, item.id) > (latest[key].due_at, latest[key].id):
            latest[key] = item
    send, expired, outrun = [], [], []
    for item in due:
        if now > window_closes(item.due_at, grace.get(item.guild_id, DEFAULT_GRACE)):
            expired.append(item.id)
        elif latest[(item.guild_id, item.event_id)] is item:
            send.append((item.id, is_late(item.due_at, now)))
        else:
            outrun.append(item.id)
    return Triage(tuple(send), tuple(expired), tuple(outrun))


def is_late(due: datetime, now: datetime) -> bool:
    """Whether a reminder posted now says it is late."""
    return now - due > LATE_AFTER


def window_closes(due: datetime, grace: timedelta) -> datetime:
    """The last moment a reminder may still be posted (a grace window past the end of time never closes)."""
    try:
        return due + grace
    except OverflowError:
        return datetime.max.replace(tzinfo=UTC)


def next_attempt(
    due: datetime,
    *,
    grace: timedelta,
    failures: int,
    now: datetime,
    jitter: float,
    retry_after: float | None = None,
) -> datetime | None:
    """When to try a failed reminder again, or None when its grace window has closed.

    Waits double from ``FIRST_RETRY`` up to ``LONGEST_RETRY``, each a random part (``jitter``, from
    0 to 1) longer than half of it, so that servers failed by one outage do not all come back at
    once; a rate limit's ``retry_after`` is waited as Discord asks. The last attempt is made as the
    window closes, so that an outage ending just before then still lets the reminder through.
    """
    closes = window_closes(due, grace)
    if now >= closes:
        return None
    if retry_after is not None:
        wait = timedelta(seconds=retry_after)
    else:
        ceiling = min(FIRST_RETRY * 2 ** min(max(failures - 1, 0), 20), LONGEST_RETRY)
        wait = ceiling / 2 + ceiling / 2 * jitter
    return min(now + wait, closes)
