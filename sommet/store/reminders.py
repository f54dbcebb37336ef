"""Reminder deliveries: per-server settings, the delivery rows and their states, and scheduled-event links."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

from sommet.reminders import (
    DEFAULT_OFFSETS,
    Changes,
    Delivery,
    Due,
    Offset,
    ReminderSettings,
    Servers,
    parse_offsets,
)
from sommet.store.connection import Connection
from sommet.store.rows import _now


class Reminders(Connection):
    """Reminder settings, deliveries and Discord scheduled-event links."""

    # ---------------------------------------------------------------- reminders
    # Settings per server, and one delivery row per (server, event, offset) whose state moves
    # pending -> sending -> sent | failed | skipped (or pending -> skipped); a delivery waiting
    # for its next attempt stays sending. Times are ISO text in UTC, so they sort as they compare.

    def reminder_settings(self, guild_id: int) -> ReminderSettings:
        """A server's settings; the defaults (reminders off) when it has none."""
        rows = self._query("SELECT * FROM reminder_settings WHERE guild_id = ?", [guild_id])
        if not rows:
            return ReminderSettings(guild_id, offsets=parse_offsets(DEFAULT_OFFSETS))
        return _settings(rows[0])

    def reminder_servers(self) -> list[ReminderSettings]:
        """Every server with reminders on."""
        rows = self._query("SELECT * FROM reminder_settings WHERE channel_id IS NOT NULL ORDER BY guild_id")
        return [_settings(row) for row in rows]

    def mirrored_servers(self) -> list[int]:
        """Servers that show upcoming events in their Discord Events tab."""
        rows = self._query(
            "SELECT guild_id FROM reminder_settings WHERE discord_events = 1 ORDER BY guild_id"
        )
        return [row["guild_id"] for row in rows]

    def save_reminder_settings(self, settings: ReminderSettings) -> None:
        row = {
            "guild_id": settings.guild_id,
            "channel_id": settings.channel_id,
            "offsets": ", ".join(offset.label for offset in settings.offsets),
            "hour": settings.hour,
            "role_id": settings.role_id,
            "grace_minutes": int(settings.grace.total_seconds() // 60),
            "discord_events": int(settings.discord_events),
            "halted": settings.halted,
            "updated_at": _now(),
        }
        with self.transaction():
            self.db["reminder_settings"].upsert(row, pk="guild_id")

    def halt_reminders(self, guild_id: int, reason: str, *, now: datetime) -> None:
        """Stop posting in a server until an admin changes a setting, and say why."""
        with self.transaction():
            self.db.execute("UPDATE reminder_settings SET halted = ? WHERE guild_id = ?", [reason, guild_id])
            self.add_reminder_problem(guild_id, reason, now=now)

    def resume_reminders(self, guild_id: int) -> None:
        """Post again in a halted server; reminders that failed there get another chance."""
        with self.transaction():
            self.db.execute("UPDATE reminder_settings SET halted = NULL WHERE guild_id = ?", [guild_id])
            self.db.execute(
                "UPDATE reminder_deliveries SET state = 'pending', error = NULL "
                "WHERE guild_id = ? AND state = 'failed'",
                [guild_id],
            )

    def add_reminder_problem(self, guild_id: int, message: str, *, now: datetime) -> None:
        with self.transaction():
            self.db["reminder_problems"].insert({"guild_id": guild_id, "at": _iso(now), "message": message})

    def reminder_problems(self, guild_id: int, *, limit: int = 5) -> list[tuple[datetime, str]]:
        """The latest problems met in a server, newest first."""
        rows = self._query(
            "SELECT at, message FROM reminder_problems WHERE guild_id = ? ORDER BY id DESC LIMIT ?",
            [guild_id, limit],
        )
        return [(datetime.fromisoformat(row["at"]), row["message"]) for row in rows]

    def event_reminders(self, guild_id: int, event_id: int) -> list[Delivery]:
        """Every delivery of one event in one server, whatever its state."""
        rows = self._query(
            "SELECT * FROM reminder_deliveries WHERE guild_id = ? AND event_id = ? ORDER BY due_at",
            [guild_id, event_id],
        )
        return [_delivery(row) for row in rows]

    def apply_reminder_changes(self, guild_id: int, event_id: int, changes: Changes) -> None:
        """Insert, move and drop an event's pending deliveries in one server (see ``reconcile``)."""
        where = "guild_id = :guild AND event_id = :event AND offset = :offset AND state = 'pending'"
        with self.transaction():
            for offset, due in changes.insert.items():
                self.db.execute(
                    "INSERT INTO reminder_deliveries (guild_id, event_id, offset, due_at, state, late, attempts) "
                    "VALUES (?, ?, ?, ?, 'pending', 0, 0)",
                    [guild_id, event_id, offset, _iso(due)],
                )
            for offset, due in changes.move.items():
                self.db.execute(
                    f"UPDATE reminder_deliveries SET due_at = :due WHERE {where}",
                    {"due": _iso(due), "guild": guild_id, "event": event_id, "offset": offset},
                )
            for offset in changes.drop:
                self.db.execute(
                    f"DELETE FROM reminder_deliveries WHERE {where}",
                    {"guild": guild_id, "event": event_id, "offset": offset},
                )

    def drop_pending_reminders(self, guild_id: int) -> int:
        """Forget a server's reminders not yet attempted (reminders turned off); how many there were."""
        with self.transaction():
            return self.db.execute(
                "DELETE FROM reminder_deliveries WHERE guild_id = ? AND state = 'pending'", [guild_id]
            ).rowcount

    def reminder_candidates(self, guild_id: int, *, since: date) -> list[int]:
        """Events a server's reminders may concern: confirmed ones it sees starting on ``since`` or
        later, and every event with a pending delivery there, whenever it began."""
        rows = self._query(
            f"SELECT id FROM {self._view['event']} WHERE start_min >= :since AND status = 'confirmed' "
            "UNION SELECT event_id FROM reminder_deliveries WHERE guild_id = :guild AND state = 'pending' "
            "ORDER BY 1",
            {"since": since.isoformat(), "guild": guild_id},
        )
        return [row["id"] for row in rows]

    def reminder_events(self, guild_id: int) -> list[int]:
        """Events with a pending delivery in a server, to re-plan when its settings change."""
        rows = self._query(
            "SELECT DISTINCT event_id FROM reminder_deliveries WHERE guild_id = ? AND state = 'pending'",
            [guild_id],
        )
        return [row["event_id"] for row in rows]

    def next_reminder_due(self, servers: Servers) -> datetime | None:
        """When the earliest pending delivery of these servers falls due.

        Walks the (state, due_at) index from the earliest row and stops at the first one
        that belongs to the servers, so it costs the same with a thousand rows or a million.
        """
        rows = self._query(
            f"SELECT due_at FROM reminder_deliveries INDEXED BY {_DUE_INDEX} "
            f"WHERE state = 'pending' AND {_OWNED} ORDER BY due_at LIMIT 1",
            _owned(servers),
        )
        return datetime.fromisoformat(rows[0]["due_at"]) if rows else None

    def due_reminders(self, servers: Servers, *, now: datetime, limit: int = 100) -> list[Due]:
        """Pending deliveries of these servers whose time has come, oldest first."""
        rows = self._query(
            f"SELECT id, guild_id, event_id, due_at FROM reminder_deliveries INDEXED BY {_DUE_INDEX} "
            f"WHERE state = 'pending' AND due_at <= :now AND {_OWNED} ORDER BY due_at, id LIMIT :limit",
            {**_owned(servers), "now": _iso(now), "limit": limit},
        )
        return [
            Due(row["id"], row["guild_id"], row["event_id"], datetime.fromisoformat(row["due_at"]))
            for row in rows
        ]

    def in_flight_reminders(self, servers: Servers) -> list[Delivery]:
        """Deliveries claimed but never completed: a send that may or may not have happened."""
        rows = self._query(
            f"SELECT * FROM reminder_deliveries WHERE state = 'sending' AND {_OWNED} ORDER BY due_at",
            _owned(servers),
        )
        return [_delivery(row) for row in rows]

    def reminder(self, delivery_id: int) -> Delivery | None:
        rows = self._query("SELECT * FROM reminder_deliveries WHERE id = ?", [delivery_id])
        return _delivery(rows[0]) if rows else None

    def claim_reminder(self, delivery_id: int, *, late: bool, now: datetime) -> bool:
        """pending -> sending, recorded before the message is sent; False if it was not pending."""
        with self.transaction():
            return (
                self.db.execute(
                    "UPDATE reminder_deliveries SET state = 'sending', late = ?, claimed_at = ?, "
                    "attempts = attempts + 1 WHERE id = ? AND state = 'pending'",
                    [int(late), _iso(now), delivery_id],
                ).rowcount
                == 1
            )

    def retry_reminder(self, delivery_id: int, *, at: datetime, error: str) -> None:
        """Record a failed attempt of a delivery in flight, and when the next one comes."""
        with self.transaction():
            self.db.execute(
                "UPDATE reminder_deliveries SET attempts = attempts + 1, next_attempt_at = ?, error = ? "
                "WHERE id = ? AND state = 'sending'",
                [_iso(at), error, delivery_id],
            )

    def finish_reminder(
        self,
        delivery_id: int,
        state: Literal["sent", "failed", "skipped"],
        *,
        now: datetime,
        message_id: int | None = None,
        error: str | None = None,
        late: bool | None = None,
        skip_reason: str | None = None,
    ) -> None:
        """Record how a delivery ended (and, when posted, whether it said it was late)."""
        with self.transaction():
            self.db.execute(
                "UPDATE reminder_deliveries SET state = ?, finished_at = ?, message_id = ?, error = ?, "
                "late = COALESCE(?, late), skip_reason = ?, next_attempt_at = NULL WHERE id = ?",
                [state, _iso(now), message_id, error, late, skip_reason, delivery_id],
            )

    def skip_reminders(self, delivery_ids: Iterable[int], *, now: datetime, reason: str) -> None:
        """Mark pending deliveries skipped: too late ("window") or outrun by a later one ("outrun")."""
        with self.transaction():
            for delivery_id in delivery_ids:
                self.db.execute(
                    "UPDATE reminder_deliveries SET state = 'skipped', finished_at = ?, skip_reason = ? "
                    "WHERE id = ? AND state = 'pending'",
                    [_iso(now), reason, delivery_id],
                )

    def waiting_reminders(self, guild_id: int, *, limit: int = 5) -> list[Delivery]:
        """A server's deliveries in flight that wait for their next attempt, soonest first."""
        where = "state = 'sending' AND next_attempt_at IS NOT NULL ORDER BY next_attempt_at"
        return self._server_deliveries(guild_id, where, limit)

    def expired_reminders(self, guild_id: int, *, limit: int = 5) -> list[Delivery]:
        """A server's latest deliveries skipped because their grace window closed, newest first."""
        where = "state = 'skipped' AND skip_reason = 'window' ORDER BY due_at DESC, id DESC"
        return self._server_deliveries(guild_id, where, limit)

    def next_reminders(self, guild_id: int, *, limit: int = 5) -> list[Delivery]:
        """A server's next pending deliveries, soonest first."""
        return self._server_deliveries(guild_id, "state = 'pending' ORDER BY due_at", limit)

    def _server_deliveries(self, guild_id: int, where: str, limit: int) -> list[Delivery]:
        rows = self._query(
            f"SELECT * FROM reminder_deliveries WHERE guild_id = ? AND {where} LIMIT ?", [guild_id, limit]
        )
        return [_delivery(row) for row in rows]

    def reminder_counts(self, guild_id: int) -> dict[str, int]:
        """How many deliveries a server has in each state, and ("expired") skipped as too late."""
        rows = self._query(
            "SELECT state, count(*) AS n, sum(skip_reason IS 'window') AS expired "
            "FROM reminder_deliveries WHERE guild_id = ? GROUP BY state",
            [guild_id],
        )
        return {row["state"]: row["n"] for row in rows} | {"expired": sum(row["expired"] for row in rows)}

    def scheduled_event_link(self, guild_id: int, event_id: int) -> tuple[int, str] | None:
        """The Discord scheduled event mirroring an event in a server, and what it was last given."""
        rows = self._query(
            "SELECT scheduled_event_id, signature FROM reminder_scheduled_events "
            "WHERE guild_id = ? AND event_id = ?",
            [guild_id, event_id],
        )
        return (rows[0]["scheduled_event_id"], rows[0]["signature"]) if rows else None

    def scheduled_event_links(self, guild_id: int) -> list[int]:
        """The events mirrored as Discord scheduled events in a server."""
        rows = self._query("SELECT event_id FROM reminder_scheduled_events WHERE guild_id = ?", [guild_id])
        return [row["event_id"] for row in rows]

    def link_scheduled_event(
        self, guild_id: int, event_id: int, scheduled_event_id: int, signature: str
    ) -> None:
        with self.transaction():
            self.db["reminder_scheduled_events"].upsert(
                {
                    "guild_id": guild_id,
                    "event_id": event_id,
                    "scheduled_event_id": scheduled_event_id,
                    "signature": signature,
                },
                pk=("guild_id", "event_id"),
            )

    def unlink_scheduled_event(self, guild_id: int, event_id: int) -> None:
        with self.transaction():
            self.db.execute(
                "DELETE FROM reminder_scheduled_events WHERE guild_id = ? AND event_id = ?",
                [guild_id, event_id],
            )


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


_DUE_INDEX = "idx_reminder_deliveries_state_due_at"
_OWNED = (
    "((guild_id >> 22) % :shard_count) IN (SELECT value FROM json_each(:shard_ids)) "
    "AND guild_id NOT IN (SELECT value FROM json_each(:exclude))"
)


def _owned(servers: Servers) -> dict[str, Any]:
    """The parameters of ``_OWNED``: Discord's shard rule, and the servers left out."""
    return {
        "shard_count": servers.shard_count,
        "shard_ids": json.dumps(sorted(servers.shard_ids)),
        "exclude": json.dumps(sorted(servers.exclude)),
    }


@lru_cache(maxsize=4096)
def _stored_offsets(text: str) -> tuple[Offset, ...]:
    """Offsets as saved, read once per spelling: the scheduler reads every server's settings often."""
    return parse_offsets(text)


def _settings(row: dict) -> ReminderSettings:
    return ReminderSettings(
        guild_id=row["guild_id"],
        channel_id=row["channel_id"],
        offsets=_stored_offsets(row["offsets"] or DEFAULT_OFFSETS),
        hour=row["hour"],
        role_id=row["role_id"],
        grace=timedelta(minutes=row["grace_minutes"]),
        discord_events=bool(row["discord_events"]),
        halted=row["halted"],
    )


def _delivery(row: dict) -> Delivery:
    return Delivery(
        id=row["id"],
        guild_id=row["guild_id"],
        event_id=row["event_id"],
        offset=Offset.parse(row["offset"]),
        due_at=datetime.fromisoformat(row["due_at"]),
        state=row["state"],
        late=bool(row["late"]),
        attempts=row["attempts"],
        claimed_at=datetime.fromisoformat(row["claimed_at"]) if row["claimed_at"] else None,
        message_id=row["message_id"],
        error=row["error"],
        next_attempt_at=datetime.fromisoformat(row["next_attempt_at"]) if row["next_attempt_at"] else None,
        skip_reason=row["skip_reason"],
    )
