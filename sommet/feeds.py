"""Following news sources: one pass reads every feed that is due, takes at most a few new articles
from each, and reports which events ahead are new or changed (for the digest).

A pass is what ``sommet feeds poll`` runs once and what the bot runs on its schedule. Each article
is merged in its own transaction, with the feed's record of it; a failure is a line in the feed's
status, and the feed waits longer before the next try. What a server's feed brings is that server's
own unless the operator trusts the server to publish (the operator's own feeds are shared).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta

from sommet.fetch import FEED_TYPES, FetchError, Policy, check_url, fetch, robots_allow
from sommet.models import Event
from sommet.store import Store
from sommet.store.feeds import Feed
from sommet.trust import publishes_to

EVERY = timedelta(hours=1)
ARTICLES_PER_FEED = 5
_FEED_POLICY_TYPES = FEED_TYPES | {"text/plain"}  # some servers label their feed as plain text


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None


@dataclass
class PassReport:
    """What one pass did, and the events ahead it added or changed."""

    feeds: int = 0
    articles: int = 0
    documents: int = 0
    problems: list[str] = field(default_factory=list)
    changed: list[Event] = field(default_factory=list)
    # The events ahead new or changed as a server sees them, for each server whose private feeds
    # were read (the others see ``changed``).
    changed_in: dict[int, list[Event]] = field(default_factory=dict)

    def changed_for(self, guild_id: int) -> list[Event]:
        """The events ahead new or changed in this server's view: what its digest lists."""
        return self.changed_in.get(guild_id, self.changed)

    def summary(self) -> str:
        return (
            f"{self.feeds} feeds polled, {self.articles} new articles fetched, {self.documents} documents "
            f"added, {len(self.changed)} events ahead new or changed, {len(self.problems)} problems."
        )


def parse_feed(raw: bytes) -> tuple[str | None, list[Entry]]:
    """The feed's title and its entries' links (http(s) only), newest first as the feed lists them."""
    import feedparser  # only when a feed is read

    parsed = feedparser.parse(raw)
    if parsed.bozo and not parsed.entries:
        raise FetchError("feeds.malformed")
    entries = []
    for item in parsed.entries:
        link = (item.get("link") or "").strip()
        if link.lower().startswith(("http://", "https://")):
            entries.append(Entry(link, item.get("title")))
    return parsed.feed.get("title"), entries


async def check_feed(url: str, policy: Policy, *, robots: bool = False) -> str | None:
    """Fetch and parse a feed once before following it: its title, or FetchError saying why not.
    With ``robots``, the site's robots.txt must allow it (feeds added from Discord)."""
    if robots and not await robots_allow(url, policy):
        raise FetchError("fetch.robots")
    fetched = await fetch(check_url(url), replace(policy, accept=_FEED_POLICY_TYPES))
    title, _entries = await asyncio.to_thread(parse_feed, fetched.body)
    return title


async def run_pass(
    store: Store,
    *,
    now: datetime,
    policy: Policy,
    every: timedelta = EVERY,
    per_feed: int = ARTICLES_PER_FEED,
    today: date | None = None,
    trusted: frozenset[int] = frozenset(),
) -> PassReport:
    """Poll every due feed once. ``policy`` bounds fetches of feeds added from Discord; the
    operator's own feeds (``sommet feeds add``) may also reach private addresses. What a feed of
    a server not in ``trusted`` brings is seen in that server only."""
    today = today or now.date()
    feeds = store.feeds.due(now=now)
    scopes = {None, *(publishes_to(feed.guild_id, trusted) for feed in feeds)}
    before = {scope: _signatures(store.upcoming(today=today, guild_id=scope)) for scope in scopes}
    report = PassReport()
    for feed in feeds:
        report.feeds += 1
        allowed = policy if feed.guild_id is not None else replace(policy, allow_private=True)
        try:
            status = await _poll_feed(
                store,
                feed,
                allowed,
                now=now,
                every=every,
                per_feed=per_feed,
                report=report,
                scope=publishes_to(feed.guild_id, trusted),
            )
        except FetchError as error:
            store.feeds.failed(feed, now=now, every=every, reason=str(error))
            report.problems.append(f"{feed.url}: {error}")
            continue
        store.feeds.succeeded(feed, now=now, every=every, **status)
    for scope, seen in before.items():
        ahead = store.upcoming(today=today, guild_id=scope)  # as that server sees them
        changed = [event for event in ahead if seen.get(event.id) != _signature(event)]
        if scope is None:
            report.changed = changed
        else:
            report.changed_in[scope] = changed
    return report


async def _poll_feed(
    store: Store,
    feed: Feed,
    policy: Policy,
    *,
    now: datetime,
    every: timedelta,
    per_feed: int,
    report: PassReport,
    scope: int | None,
) -> dict:
    if feed.guild_id is not None and not await robots_allow(feed.url, policy):
        raise FetchError("fetch.robots")
    fetched = await fetch(
        feed.url, replace(policy, accept=_FEED_POLICY_TYPES), etag=feed.etag, last_modified=feed.last_modified
    )
    if fetched.not_modified:
        return {
            "title": None,
            "etag": fetched.etag,
            "last_modified": fetched.last_modified,
            "status": "not modified",
        }
    title, entries = await asyncio.to_thread(parse_feed, fetched.body)
    new = [
        e
        for e in entries
        if not store.feeds.seen(feed.id, e.url) and store.documents.by_url(e.url, guild_id=scope) is None
    ]
    added = 0
    for entry in new[:per_feed]:
        report.articles += 1
        added += await _take(store, feed, entry, policy, report, now=now, scope=scope)
    report.documents += added
    left = max(len(new) - per_feed, 0)
    status = f"ok: {len(entries)} entries, {added} documents added" + (
        f", {left} left for the next pass" if left else ""
    )
    return {"title": title, "etag": fetched.etag, "last_modified": fetched.last_modified, "status": status}


async def _take(
    store: Store,
    feed: Feed,
    entry: Entry,
    policy: Policy,
    report: PassReport,
    *,
    now: datetime,
    scope: int | None,
) -> bool:
    """Fetch, read and merge one article into ``scope`` (every server, or one server's own view),
    and remember it was taken (in the merge's transaction); whether it added a document (not when
    it failed, was known by its text where it would go, or said nothing)."""
    from sommet.ingest.merge import era_in, merge
    from sommet.ingest.pipeline import extract_many
    from sommet.ingest.web import fetch_page

    try:
        source = await fetch_page(entry.url, policy)
    except FetchError as error:
        report.problems.append(f"{entry.url}: {error}")
        source = None
    extraction = None
    if source is not None and store.document_by_hash(source.sha256 or "", guild_id=scope) is None:
        extraction = await asyncio.to_thread(lambda: next(extract_many([source])))
        era = era_in(store, extraction, guild_id=scope) if extraction.wants_an_era else None
        if era is not None:  # an excerpt without years, read again near the known event it names
            extraction = await asyncio.to_thread(lambda: next(extract_many([source], era=lambda _found: era)))
    if extraction is None or not (extraction.events or extraction.actors):
        store.feeds.mark_seen(feed.id, entry.url, now=now)
        return False
    with store.transaction():
        merged = merge(store, extraction, guild_id=scope)
        if scope is None and feed.guild_id is not None and merged.document_id is not None:
            store.documents.claim(merged.document_id, feed.guild_id)  # a trusted server's: it may forget it
        store.feeds.mark_seen(feed.id, entry.url, now=now, document_id=merged.document_id)
    return True


def _signatures(events: list[Event]) -> dict[int, tuple]:
    return {event.id: _signature(event) for event in events}


def _signature(event: Event) -> tuple:
    return (event.name, event.start, event.end, event.location, event.status)
