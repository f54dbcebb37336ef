"""The ``sommet`` command: work on a store from the shell, without Discord."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sommet.export import export
from sommet.service import Sommet, default_db_path


def _open(args: argparse.Namespace) -> Sommet:
    return Sommet.open(args.db)


def cmd_export(args: argparse.Namespace) -> int:
    """Write the whole store as JSON in the export format."""
    app = _open(args)
    try:
        text = json.dumps(export(app.store), ensure_ascii=False, indent=2)
    finally:
        app.close()
    if args.output in (None, "-"):
        sys.stdout.write(text + "\n")
    else:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    return 0


def cmd_init(args: argparse.Namespace) -> int:
    """Create the database with the shipped knowledge, or say what it already holds."""
    app = _open(args)
    try:
        counts = app.store.counts()
    finally:
        app.close()
    print(", ".join(f"{count} {name}" for name, count in counts.items()))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="sommet", description="Manage Sommet's knowledge store.")
    parser.add_argument(
        "--db", type=Path, default=None, help=f"database file (default: $SOMMET_DB or {default_db_path()})"
    )
    commands = parser.add_subparsers(dest="command", required=True)
    init = commands.add_parser("init", help="create the database from the shipped knowledge")
    init.set_defaults(run=cmd_init)
    out = commands.add_parser("export", help="write the store as JSON")
    out.add_argument("--output", "-o", help="file to write (default: standard output)")
    out.set_defaults(run=cmd_export)
    for sub in (init, out):
        sub.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    raise SystemExit(main())
