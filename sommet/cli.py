"""The ``sommet`` command: work on a store from the shell, without Discord."""

from __future__ import annotations

import argparse
import asyncio
import json
import sqlite3
import sys
from datetime import UTC, datetime
from pathlib import Path

from sommet.calendar import store_calendar
from sommet.errors import DatabaseRefused, UserError
from sommet.export import export
from sommet.i18n import LANGUAGES, text
from sommet.service import Sommet, default_db_path
from sommet.store import backup

_PROGRESS_FROM = 5  # documents: fewer finish before a bar would help


def _open(args: argparse.Namespace) -> Sommet:
    return Sommet.open(args.db)


def cmd_export(args: argparse.Namespace) -> int:
    """Write the whole store as JSON in the export format, or its events as an .ics calendar."""
    app = _open(args)
    try:
        if args.ics:
            data = _calendar(app, every=args.all, lang=args.lang)
        else:
            data = (json.dumps(export(app.store), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    finally:
        app.close()
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
    else:
        Path(args.output).write_bytes(data)
    return 0


def _calendar(app: Sommet, *, every: bool, lang: str) -> bytes:
    """Upcoming events (or every dated one), the same UIDs as the bot's calendar files."""
    now = datetime.now(UTC)
    events = app.store.all_events() if every else app.store.upcoming(today=now.date())
    title = text("calendar.title" if every else "calendar.upcoming_title", lang)
    data, left_out = store_calendar(app.store, events, now=now, title=title, locale=lang)
    if left_out:
        print(f"{left_out} events without a known day were left out.", file=sys.stderr)
    return data


def cmd_init(args: argparse.Namespace) -> int:
    """Create the database with the shipped knowledge, or say what it already holds."""
    app = _open(args)
    try:
        counts = app.store.counts()
    finally:
        app.close()
    print(", ".join(f"{count} {name}" for name, count in counts.items()))
    return 0


def cmd_ingest(args: argparse.Namespace) -> int:
    """Read documents into the store (or, with --dry-run, print what they would add)."""
    from sommet.ingest.run import ingest_paths

    db = args.db or default_db_path()
    app = Sommet.open(memory=True) if args.dry_run and not Path(db).exists() else Sommet.open(db)
    urls = [item for item in args.paths if _is_url(item)]
    try:
        pages, fetch_failures, known = asyncio.run(_fetch_pages(app, urls))
        paths = [Path(item) for item in args.paths if not _is_url(item)]
        outcome = ingest_paths(app.store, paths, dry_run=args.dry_run, progress=_progress_bar(), pages=pages)
    finally:
        app.close()
    outcome.failures[:0] = fetch_failures
    outcome.skipped.extend(known)
    if args.dry_run:
        sys.stdout.write(json.dumps(outcome.preview, ensure_ascii=False, indent=2) + "\n")
    for problem in outcome.failures:
        print(f"failed: {problem}", file=sys.stderr)
    print(outcome.summary(), file=sys.stderr if args.dry_run else sys.stdout)
    return 1 if outcome.failures else 0


def _is_url(item: str) -> bool:
    return item.lower().startswith(("http://", "https://"))


async def _fetch_pages(app: Sommet, urls: list[str]) -> tuple[list, list[str], list[str]]:
    """Fetch each URL not read before: the pages, the failures and the URLs already known.

    The operator's own command may read any address, their network's included (``allow_private``).
    """
    from sommet.fetch import FetchError, Policy
    from sommet.ingest.web import fetch_page

    pages, failures, known = [], [], []
    for url in urls:
        if app.store.documents.by_url(url) is not None:
            known.append(url)
            continue
        try:
            pages.append(await fetch_page(url, Policy(allow_private=True)))
        except FetchError as error:
            failures.append(f"{url}: {error}")
    return pages, failures, known


def cmd_forget(args: argparse.Namespace) -> int:
    """Forget a document (any server's or the operator's) and every fact only it supports."""
    app = _open(args)
    try:
        document = app.store.documents.find(args.document)
        docs = app.store.documents
        forgotten = docs.would_forget(document.id) if args.dry_run else docs.forget(document.id)
    except UserError as error:
        print(f"sommet forget: {error}", file=sys.stderr)
        return 1
    finally:
        app.close()
    verb = "Would forget" if args.dry_run else "Forgot"
    print(f"{verb} {forgotten.document}.")
    for label, names in (
        ("Events removed", forgotten.events_removed),
        ("Actors removed", forgotten.actors_removed),
        ("Kept with their other sources", [*forgotten.events_kept, *forgotten.actors_kept]),
    ):
        print(f"{label} ({len(names)}): {', '.join(names) or '-'}")
    print(
        f"Links removed: {forgotten.links_removed}. Pending reminders dropped: {forgotten.reminders_dropped}."
    )
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    """Print the sentences of the documents that best answer TEXT, best first."""
    app = _open(args)
    try:
        hits = app.store.documents.search(" ".join(args.text), limit=args.limit)
    finally:
        app.close()
    if not hits:
        print("No sentence matches.", file=sys.stderr)
        return 1
    for number, hit in enumerate(hits, start=1):
        source = ", ".join(part for part in (hit.title or hit.name, hit.publisher, hit.published) if part)
        print(f"{number}. {hit.text}\n   — {source}" + (f" <{hit.url}>" if hit.url else ""))
    return 0


def cmd_feeds(args: argparse.Namespace) -> int:
    """Follow, list, unfollow or poll the operator's feeds (shared with every server)."""
    from sommet.feeds import check_feed, run_pass
    from sommet.fetch import Policy
    from sommet.trust import trusted_servers

    app = _open(args)
    feeds, now = app.store.feeds, datetime.now(UTC)
    try:
        if args.action == "add":
            title = asyncio.run(check_feed(args.url, Policy(allow_private=True)))
            feeds.add(args.url.strip(), guild_id=None, now=now)
            print(f"Following {args.url.strip()}" + (f" ({title})." if title else "."))
        elif args.action == "remove":
            feeds.remove(args.url, guild_id=None)
            print(f"No longer following {args.url}.")
        elif args.action == "list":
            for feed in feeds.list(guild_id=None):
                print(feed_line(feed))
        else:
            # Servers' feeds are read here too: whose articles are shared follows the same setting.
            report = asyncio.run(run_pass(app.store, now=now, policy=Policy(), trusted=trusted_servers()))
            for problem in report.problems:
                print(f"problem: {problem}", file=sys.stderr)
            print(report.summary())
    except UserError as error:
        print(f"sommet feeds: {error}", file=sys.stderr)
        return 1
    finally:
        app.close()
    return 0


def feed_line(feed) -> str:
    """One feed as ``sommet feeds list`` shows it: URL, title, last poll, status and backoff."""
    when = f"polled {feed.polled_at:%Y-%m-%d %H:%M} UTC" if feed.polled_at else "not polled yet"
    retry = (
        f", {feed.failures} failures in a row, next try {feed.next_poll:%Y-%m-%d %H:%M} UTC"
        if feed.failures
        else ""
    )
    return (
        f"{feed.url}" + (f" — {feed.title}" if feed.title else "") + f" ({when}{retry}): {feed.status or '-'}"
    )


def cmd_backup(args: argparse.Namespace) -> int:
    """Copy the database, even while the bot writes to it, as one consistent and checked snapshot."""
    source = args.db or default_db_path()
    destination: Path = args.destination
    if destination.is_dir():
        destination = destination / f"sommet-{datetime.now(UTC):%Y%m%d-%H%M%S}.db"
    elif destination.exists() and not args.force:
        print(f"sommet backup: {destination} already exists (--force replaces it)", file=sys.stderr)
        return 1
    try:
        written = backup(source, destination)
    except (OSError, ValueError, sqlite3.Error) as error:
        print(f"sommet backup: {error}", file=sys.stderr)
        return 1
    print(f"Backed up {source} to {written} ({written.stat().st_size / 1e6:.1f} MB, integrity checked).")
    return 0


def _progress_bar():
    """A one-line bar on standard error for runs long enough to need one, when it is a terminal."""
    if not sys.stderr.isatty():
        return None

    def show(done: int, total: int, name: str) -> None:
        if total < _PROGRESS_FROM:
            return
        width = 30
        filled = width * done // total
        end = "\n" if done == total else ""
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} {name[:40]:<40}{end}")
        sys.stderr.flush()

    return show


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sommet", description="Manage Sommet's knowledge store.")
    parser.add_argument(
        "--db", type=Path, default=None, help=f"database file (default: $SOMMET_DB or {default_db_path()})"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser("init", help="create the database from the shipped knowledge")
    init.set_defaults(run=cmd_init)
    out = commands.add_parser("export", help="write the store as JSON, or as an .ics calendar with --ics")
    out.add_argument("--output", "-o", help="file to write (default: standard output)")
    out.add_argument("--ics", action="store_true", help="write upcoming events as an iCalendar (.ics) file")
    out.add_argument("--all", action="store_true", help="with --ics: every dated event, past ones too")
    out.add_argument("--lang", choices=LANGUAGES, default="en", help="with --ics: language of names and text")
    out.set_defaults(run=cmd_export)
    ingest = commands.add_parser(
        "ingest", help="read .txt, .md and .html documents (files, folders or http(s) URLs) into the store"
    )
    ingest.add_argument("paths", nargs="+", metavar="PATH|URL")
    ingest.add_argument(
        "--dry-run", action="store_true", help="print what would be added, as export JSON, and change nothing"
    )
    ingest.set_defaults(run=cmd_ingest)
    forget = commands.add_parser(
        "forget", help="remove a document and every fact only it supports (others keep theirs)"
    )
    forget.add_argument("document", metavar="DOC", help="file name, URL, title or the start of its sha256")
    forget.add_argument("--dry-run", action="store_true", help="print what would go, and change nothing")
    forget.set_defaults(run=cmd_forget)
    search = commands.add_parser("search", help="full-text search over the sentences of every document")
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--limit", type=int, default=10, help="how many sentences (default 10)")
    search.set_defaults(run=cmd_search)
    follow = commands.add_parser("feeds", help="follow RSS/Atom feeds: add, list, remove, poll (one pass)")
    follow_actions = follow.add_subparsers(dest="action", required=True)
    for action, help_text in (
        ("add", "follow a feed (fetched once to check it)"),
        ("remove", "stop following a feed"),
    ):
        one = follow_actions.add_parser(action, help=help_text)
        one.add_argument("url", metavar="URL")
    follow_actions.add_parser("list", help="the feeds followed, with their status and backoff")
    follow_actions.add_parser("poll", help="read every due feed once (for cron and tests)")
    follow.set_defaults(run=cmd_feeds)
    keep = commands.add_parser(
        "backup", help="copy the database (safe while the bot runs) to a file, or into a folder by date"
    )
    keep.add_argument("destination", type=Path, metavar="DEST")
    keep.add_argument("--force", action="store_true", help="replace DEST when it is an existing file")
    keep.set_defaults(run=cmd_backup)
    for sub in (init, out, ingest, forget, search, follow, keep):
        sub.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except DatabaseRefused as error:
        print(f"sommet: {error}", file=sys.stderr)
        return 3


if __name__ == "__main__":
    raise SystemExit(main())
