"""Ingesting files and folders: skip known documents, read the rest, merge each in its own transaction."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sommet.dates import PartialDate
from sommet.ingest.clean import FORMATS
from sommet.ingest.merge import MergeReport, era_in, merge, plan
from sommet.ingest.model import Extraction
from sommet.ingest.pipeline import Source, extract_many, source_from_file
from sommet.store import Store

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


@dataclass
class Outcome:
    """What a run did: documents read and skipped, what each one changed, and what failed."""

    read: int = 0
    skipped: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    reports: list[MergeReport] = field(default_factory=list)
    preview: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def count(self, what: str) -> int:
        return sum(len(getattr(report, what)) for report in self.reports)

    def summary(self) -> str:
        return (
            f"{self.read} documents read, {len(self.skipped)} skipped (already known), "
            + (f"{len(self.empty)} with nothing to add, " if self.empty else "")
            + f"{len(self.failures)} failed. Events: {self.count('events_added')} added, "
            f"{self.count('events_merged')} merged, {self.count('events_updated')} updated. "
            f"Actors: {self.count('actors_added')} added, {self.count('actors_merged')} merged, "
            f"{self.count('actors_updated')} updated."
        )


def document_files(paths: Iterable[Path]) -> list[Path]:
    """The documents named, folders searched recursively, in a stable order."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in FORMATS))
        else:
            files.append(path)
    return files


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    *,
    dry_run: bool = False,
    progress: Progress | None = None,
    today: date | None = None,
    pages: Iterable[Source] = (),
) -> Outcome:
    """Read every new document under ``paths`` (and the fetched ``pages``) into the store, one
    transaction per document.

    A document whose bytes are already known is skipped; one that cannot be read or merged
    is reported and leaves nothing behind, and the run goes on. One in which nothing is found
    (empty, or only page furniture) is reported apart and not recorded, as in ``/admin ingest``.
    """
    outcome = Outcome()
    files = document_files(paths)
    sources: list[Source] = []
    seen: set[str] = set()
    for path in [*files, *pages]:
        try:
            source = path if isinstance(path, Source) else source_from_file(path)
        except (OSError, ValueError) as error:
            outcome.failures.append(f"{path}: {error}")
            continue
        outcome.read += 1
        if store.document_by_hash(source.sha256) is not None or source.sha256 in seen:
            outcome.skipped.append(source.file_name or "")
            continue
        seen.add(source.sha256)
        sources.append(source)
    extractions = []
    for done, (source, extraction) in enumerate(_extractions(store, sources, today), 1):
        if progress:
            progress(done, len(sources), source.file_name or "")
        if isinstance(extraction, Exception):
            outcome.failures.append(f"{source.file_name}: could not be read ({extraction})")
            continue
        if not extraction.events and not extraction.actors:
            outcome.empty.append(source.file_name or "")
            continue
        if dry_run:
            extractions.append(extraction)
            continue
        try:
            outcome.reports.append(merge(store, extraction))
        except Exception as error:  # one bad document must not stop the run
            outcome.failures.append(f"{extraction.file_name}: {error}")
    if dry_run:
        planned = plan(store, extractions)
        outcome.reports, outcome.preview = planned.reports, planned.preview
    return outcome


def _extractions(
    store: Store, sources: list[Source], today: date | None
) -> Iterator[tuple[Source, Extraction | Exception]]:
    """Each source with its extraction, or with the error that stopped it.

    ``extract_many`` reads ahead (spaCy batches paragraphs across documents), so an error may
    surface while another document is being produced: from there on each document is read alone,
    which pins the error on the one that raised it. Each is read against the store as the
    documents before it left it (see ``era_of``).
    """
    done = 0

    def era(extraction: Extraction) -> PartialDate | None:
        return era_in(store, extraction)

    try:
        # extract_many is lazy: with nothing new, spaCy is never loaded.
        for extraction in extract_many(sources, today=today, era=era) if sources else ():
            yield sources[done], extraction
            done += 1
        return
    except Exception:
        log.info("reading a batch of documents failed; reading the rest one by one", exc_info=True)
    for source in sources[done:]:
        try:
            extraction = next(extract_many([source], today=today, era=era))
        except Exception as error:  # one bad document must not stop the run
            log.info("could not read %s", source.file_name, exc_info=True)
            yield source, error
        else:
            yield source, extraction
