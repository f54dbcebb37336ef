"""The feeds the bot follows, what it took from each, and when to ask again. Part of the store
(``Store.feeds``): it writes SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from sommet.errors import UserError

if TYPE_CHECKING:
    from sommet.store import Store

MAX_FEEDS_PER_SERVER = 25
_LONGEST_BACKOFF = timedelta(days=1)


@dataclass(frozen=True)
class Feed:
    id: int
    url: str
    guild_id: int | None
    title: str | None
    etag: str | None
    last_modified: str | None
    polled_at: datetime | None
    next_poll: datetime | None
    failures: int
    status: str | None


class Feeds:
    """Followed feeds, over the store's connection and transactions."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def add(self, url: str, *, guild_id: int | None, now: datetime) -> Feed:
        """Follow a feed (for a server, or the operator's when ``guild_id`` is None); polled at once."""
        store = self._store
        with store.transaction():
            if self.find(url, guild_id=guild_id) is not None:
                raise UserError("feeds.known", url=url[:200])
            if guild_id is not None and len(self.list(guild_id=guild_id)) >= MAX_FEEDS_PER_SERVER:
                raise UserError("feeds.too_many", limit=MAX_FEEDS_PER_SERVER)
            feed_id = (
                store.db["feeds"]
                .insert(
                    {
                        "url": url,
                        "guild_id": guild_id,
                        "added_at": _iso(now),
                        "next_poll": _iso(now),
                        "failures": 0,
                    }
                )
                .last_pk
            )
        return self.get(feed_id)  # type: ignore[return-value]

    def remove(self, url: str, *, guild_id: int | None) -> Feed:
        """Stop following a feed; what it brought stays (``forget`` takes documents back)."""
        store = self._store
        with store.transaction():
            feed = self.find(url, guild_id=guild_id)
            if feed is None:
                raise UserError("feeds.unknown", url=url[:200])
            store.db.execute("DELETE FROM feed_items WHERE feed_id = ?", [feed.id])
            store.db.execute("DELETE FROM feeds WHERE id = ?", [feed.id])
        return feed

    def get(self, feed_id: int) -> Feed | None:
        rows = self._store._query("SELECT * FROM feeds WHERE id = ?", [feed_id])
        return _feed(rows[0]) if rows else None

    def find(self, url: str, *, guild_id: int | None) -> Feed | None:
        rows = self._store._query(
            "SELECT * FROM feeds WHERE url = ? AND ifnull(guild_id, 0) = ifnull(?, 0)",
            [url.strip(), guild_id],
        )
        return _feed(rows[0]) if rows else None

    def list(self, *, guild_id: int | None) -> list[Feed]:
        """A server's feeds, or the operator's (``guild_id`` None), oldest first."""
        rows = self._store._query(
            "SELECT * FROM feeds WHERE ifnull(guild_id, 0) = ifnull(?, 0) ORDER BY id", [guild_id]
        )
        return [_feed(row) for row in rows]

    def due(self, *, now: datetime) -> list[Feed]:
        """Every feed whose next poll has come, in the order they fell due."""
        rows = self._store._query(
            "SELECT * FROM feeds WHERE next_poll IS NULL OR next_poll <= ? ORDER BY next_poll, id",
            [_iso(now)],
        )
        return [_feed(row) for row in rows]

    def next_due(self) -> datetime | None:
        """When the next feed falls due (None when none is followed): the poller sleeps until then."""
        rows = self._store._query("SELECT min(ifnull(next_poll, '')) AS due, count(*) AS n FROM feeds")
        if not rows or not rows[0]["n"]:
            return None
        return _when(rows[0]["due"]) or datetime.min.replace(tzinfo=UTC)

    def seen(self, feed_id: int, url: str) -> bool:
        return bool(
            self._store._query("SELECT 1 FROM feed_items WHERE feed_id = ? AND url = ?", [feed_id, url])
        )

    def mark_seen(self, feed_id: int, url: str, *, now: datetime, document_id: int | None = None) -> None:
        with self._store.transaction():
            self._store.db["feed_items"].insert(
                {"feed_id": feed_id, "url": url, "seen_at": _iso(now), "document_id": document_id},
                ignore=True,
            )

    def succeeded(
        self,
        feed: Feed,
        *,
        now: datetime,
        every: timedelta,
        title: str | None,
        etag: str | None,
        last_modified: str | None,
        status: str,
    ) -> None:
        """A pass went well: keep the validators for the next conditional request, poll again in ``every``."""
        with self._store.transaction():
            self._store.db["feeds"].update(
                feed.id,
                {
                    "title": (title or feed.title or "")[:200] or None,
                    "etag": etag or feed.etag,
                    "last_modified": last_modified or feed.last_modified,
                    "polled_at": _iso(now),
                    "next_poll": _iso(now + every),
                    "failures": 0,
                    "status": status[:300],
                },
            )

    def failed(self, feed: Feed, *, now: datetime, every: timedelta, reason: str) -> datetime:
        """A pass failed: wait twice as long after each failure in a row (at most a day); when next."""
        failures = feed.failures + 1
        wait = min(every * (2 ** min(failures, 10)), _LONGEST_BACKOFF)
        with self._store.transaction():
            self._store.db["feeds"].update(
                feed.id,
                {
                    "polled_at": _iso(now),
                    "next_poll": _iso(now + wait),
                    "failures": failures,
                    "status": reason[:300],
                },
            )
        return now + wait

    # ---------------------------------------------------------------- digest

    def digest_servers(self) -> list[int]:
        """Servers that asked for a digest of what a pass added (``/reminders digest on``)."""
        rows = self._store._query("SELECT guild_id FROM guild_settings WHERE digest = 1 ORDER BY guild_id")
        return [row["guild_id"] for row in rows]

    def set_digest(self, guild_id: int, on: bool) -> None:
        with self._store.transaction():
            self._store.db["guild_settings"].upsert({"guild_id": guild_id, "digest": int(on)}, pk="guild_id")


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def _when(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _feed(row: dict[str, Any]) -> Feed:
    return Feed(
        row["id"],
        row["url"],
        row["guild_id"],
        row["title"],
        row["etag"],
        row["last_modified"],
        _when(row["polled_at"]),
        _when(row["next_poll"]),
        row["failures"] or 0,
        row["status"],
    )
